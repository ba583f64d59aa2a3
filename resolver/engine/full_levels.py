"""Full power as 100 percent: a market on reaching 100% of a rated level ('Will Unit 1 … reach 100% of
its rated power by December 31, 2020?', 'operate at 100 percent of capacity') is met by a report that
the subject runs at, reached or hit its full (rated) power, capacity, output or load: 'has been running
at its full rated capacity', 'reached full power', 'hits full 1.4GW capacity'. 'Full' is the whole of
the rated level, so it is the bar itself.

Not read: a level only neared ('near full capacity', 'almost full power'), a share of the full level
('15 percent of full power': 'of' before 'full'), a level still to come ('will continue to rise until
reaching full power', 'is expected to reach full capacity', 'plans to run at full power'), a negated
or conditional clause, and a date outside the market's window. Read by rules/threshold_crossed.py."""

from __future__ import annotations

import re

from .analysis import MarketContext, SentenceFacts, event_time, negation
from .prospective_levels import governed, prospect
from .text import conditional_clause

# the question's bar is the whole rated level: '100% of its rated power', '100 percent of capacity', '100% power'
_WHOLE_BAR = re.compile(r"\b100\s?(?:%|percent|per\s+cent)\s+(?:of\s+(?:its|their|the)?\s*)?(?:(?:rated|full|nameplate|"
                        r"design|maximum)\s+)*(?:\(?full\)?\s+)?(?:power|capacity|output|load)\b", re.I)
# the report: a verb of being at or reaching it, then 'full' (with 'rated', a size) and the level's noun
_FULL = re.compile(r"\b(?P<verb>at|to|reach(?:ed|es|ing)?|hit(?:s|ting)?|achiev(?:ed|es|ing)|attain(?:ed|s)?)\s+"
                   r"(?:its|their|the|a)?\s*full\s+(?:rated\s+|nameplate\s+|design\s+)?"
                   r"(?:\d[\d.,]*\s?(?:[GMk]We?|megawatts?|gigawatts?)\s+)?(?P<noun>power|capacity|output|load)\b(?!\s+of\b)", re.I)  # not 'the full power of the law'
# a level only neared, or a plan or forecast of it, in the words right before
_NEAR = re.compile(r"\b(?:near(?:ly)?|almost|close\s+to|approaching|nearing)\s+(?:\w+\s+){0,2}$", re.I)
_TO_COME = re.compile(r"\b(?:will|would|could|may|might|shall|expected|scheduled|set|due|planned|plans?|aims?|"
                      r"hopes?|until|before|once|when|if|soon)\b(?:\s+[\w-]+){0,5}\s+$", re.I)


def asks_whole(ctx: MarketContext) -> bool:
    """The market's bar is 100% of a rated level, reached or passed."""
    t = ctx.target
    return t.kind == "threshold" and t.threshold == 100 and t.threshold_unit == "percent" and \
        (t.threshold_direction or "above") == "above" and t.threshold_inclusive is not False and \
        bool(_WHOLE_BAR.search(ctx.market.question))


def read(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str, object] | None:
    """(token, the words read, the level's time span) for a report that the subject ran at or reached its
    full level, dated in the market's window and by its deadline; else None."""
    text = f.sent.text
    if "full" not in text.lower() or not asks_whole(ctx):
        return None
    for m in _FULL.finditer(text):
        before = text[max(0, m.start() - 60):m.start()]
        if _NEAR.search(before + m.group("verb") + " ") or _TO_COME.search(before):  # 'close to full power'
            continue
        i = f.sent.token_at(m.start("verb"))
        if prospect(before + m.group(0)) or prospect(before, future=True) or governed(f.sent, i):
            continue
        if negation(f, i) or conditional_clause(f.sent, i):
            continue
        span = event_time(f, i)
        t = ctx.target
        if span.starts_after(ctx.market.deadline) or (t.window_start is not None and span.ends_before(t.window_start)):
            continue
        return i, " ".join(m.group(0).split()), span
    return None


def crossed(ctx: MarketContext, f: SentenceFacts, settings, rule: str):
    """The threshold rule's contribution (under `rule`) for a full level reported (read), hedged as any
    crossing; None when the sentence reports none."""
    found = read(ctx, f)
    if found is None:
        return None
    from .rules import hedged  # the rules package imports this module's caller
    i, words, span = found
    return hedged.weaken(f, i, rule, "yes", settings.weights.threshold_crossed, f"threshold crossed: '{words}' is the "
                         "whole rated level (100%)", settings, f"{span.explanation}; on or before the deadline")
