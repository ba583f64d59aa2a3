"""An open-ended push-back weighed by the time left in the window (data/open_setbacks.json).

'The launch … has been postponed indefinitely', 'postponed until further notice', 'adjourned sine die':
rules/called_off.py reads such a push-back as open-ended (no new date). Whether that rules the act out
depends on how much of the window is left after it: a week before the deadline it does (a launch pushed
back with no date on June 14 will not fly by June 20), a month before it does not (it may be re-set and
flown by June 30). The days left are counted from the day the push-back was made to the deadline's day;
with more than the cut-off (or the lead time the market's act needs to be re-set, when longer: a popular
vote, a summit, a trial) the reading becomes a setback (called_off.OPEN_DELAY_NOTE), which weighs toward
no but decides nothing alone."""

from __future__ import annotations

import re
from datetime import datetime

from .analysis import MarketContext, SentenceFacts
from .packaged import load_json
from .types import Target
from .rules.called_off import OPEN_DELAY_NOTE, OPEN_ENDED_NOTE, _statement_day

_DATA = load_json("open_setbacks.json")
CUT_OFF_DAYS: int = int(_DATA["cut_off_days"])


def _words(ws: list[str]) -> re.Pattern[str] | None:
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True)) + r")\b", re.I) if ws else None


# (kind, days, object heads, object phrases, act lemmas, question phrases)
LEAD_TIMES = tuple((row["kind"], int(row["days"]), frozenset(row["heads"]), _words(row["objects"]), frozenset(row["acts"]),
                    _words(row["question"])) for row in _DATA["lead_times"])


def lead_time(target: Target, question: str) -> tuple[int, str]:
    """The days the market's act needs to be re-set and done, and its kind: the longest lead time of an act
    kind the market names (its object's head, an object phrase, its act, a question phrase), if longer than the
    cut-off; else (the cut-off, '')."""
    best = (CUT_OFF_DAYS, "")
    head = (target.object_terms or [""])[-1].lower()
    for kind, days, heads, objects, acts, asked in LEAD_TIMES:
        if days > best[0] and (head in heads or objects is not None and objects.search(target.object or "")
                               or (target.act or "") in acts or asked is not None and asked.search(question)):
            best = (days, kind)
    return best


def open_ended(temporal: str | None) -> bool:
    """The temporal reading is called_off's open-ended push-back (no new date, open-ended)."""
    return bool(temporal) and OPEN_ENDED_NOTE in temporal


def weigh(ctx: MarketContext, f: SentenceFacts, k: int, temporal: str) -> str:
    """The open-ended push-back at token k (its temporal reading `temporal`) weighed by the days left
    from the day it was made to the deadline: with more than the act's lead time left, a setback
    (the reading rewritten with OPEN_DELAY_NOTE); otherwise `temporal` unchanged. Any other reading
    is returned as it is."""
    if not open_ended(temporal):
        return temporal
    deadline: datetime = ctx.market.deadline
    made = _statement_day(f, k) if 0 <= k < len(f.sent.tokens) else f.article.published.date()
    left = (deadline.date() - made).days
    need, kind = lead_time(ctx.target, ctx.market.question)
    if left <= need:
        why = f"the {need} days a {kind} needs to be re-set" if kind else f"the {need}-day cut-off"
        return f"{temporal}; {left} days left from {made:%d %b %Y}, within {why}"
    why = f"the {need} days a {kind} needs to be re-set" if kind else f"the {need}-day cut-off for an open-ended delay"
    head = temporal[:temporal.index(OPEN_ENDED_NOTE)].rstrip(": ")
    return (f"{head}: open-ended, but {left} days of the window are left from {made:%d %b %Y}, more than {why}: "
            f"{OPEN_DELAY_NOTE} {deadline:%a %d %b %Y %H:%M %z}")
