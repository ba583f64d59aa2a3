"""Readings two branches of the twenty-seventh round each got right alone and wrong together, found by the full
development run after the merges:

- exchange_rates.py: e150 (a rate told per the other currency in a report) and e154 (a question's level per the other
  currency, its side taken from the criteria) each named a module pattern `_QUOTED`; merged, the later one (without a
  `num` group) replaced the other, and every question naming a level per dollar whose criteria set a bar by strength
  ('Will the Philippine peso weaken past 60 per US dollar …?' with 'weaker than 60.00 per US dollar') stopped the
  derivation with an IndexError: no evaluation of such a market could run. The question's pattern is now
  `_ASKED_LEVEL`. Generated questions of that shape must derive a threshold, none may raise."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from resolver.engine.derive import derive_target
from resolver.engine.types import Market

CURRENCIES = [("Philippine peso", "60", "60.00"), ("Indian rupee", "80", "80.00"), ("Egyptian pound", "45", "45.00"),
              ("Turkish lira", "7", "7.00"), ("Mexican peso", "22", "22.00")]
ASKS = ["weaken past {n} per US dollar", "weaken beyond {n} per US dollar", "breach the {n}-per-dollar level",
        "cross {n} per dollar", "fall past {n} to the dollar"]
CRITERIA = ('This market will resolve to "Yes" if the {c} trades or closes weaker than {bar} per US dollar at any time '
            'by December 31, 2022. Otherwise, "No".')
QUESTIONS = [(f"Will the {c} {a.format(n=n)} by December 31, 2022?", CRITERIA.format(c=c, bar=bar), float(n))
             for c, n, bar in CURRENCIES for a in ASKS]


def _market(question: str, criteria: str) -> Market:
    return Market(id="m", question=question, criteria=criteria,
                  deadline=datetime(2022, 12, 31, 23, 59, tzinfo=timezone.utc))


@pytest.mark.parametrize("question,criteria,level", QUESTIONS)
def test_a_level_per_dollar_with_a_criteria_bar_derives(question, criteria, level):
    t = derive_target(_market(question, criteria))
    assert (t.kind, t.threshold, t.threshold_direction) == ("threshold", level, "above"), question
