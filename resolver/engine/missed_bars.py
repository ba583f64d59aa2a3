"""A bar told missed by its own figure: for a market on one occasion whose bar is a share to reach ('Will Golden Dawn
win at least 3% of the vote in Greece's July 2019 parliamentary election?'), a report that the subject 'has failed to
clear the 3 percent threshold', 'fell short of the 3% mark', 'missed the 3 percent hurdle' or 'did not pass the 3%
barrier' tells the occasion's figure on the bar's no side, as a figure under it would ('won 2.9 percent').

Read only when the figure named is the market's own bar (same value, a percentage), the market's subject is the
clause's subject right before the verb (no other name, no clause break between), the verb is told done ('failed to',
'fell short of', 'missed', 'did not'), and nothing before it in the sentence makes it a forecast, a fear or a
condition ('could fail to clear', 'is expected to fall short of', 'polls suggest … may miss', 'if … fails to').
A market whose window allows several tries (a price path: 'failed to break the $100,000 barrier') is not read: a
failed try is a setback there. Read by rules/threshold_crossed.py as threshold_missed."""

from __future__ import annotations

import re

from .analysis import MarketContext, SentenceFacts, event_time, negation
from .text import conditional_clause

_MISSED = re.compile(
    r"\b(?P<verb>(?:has\s+|had\s+|have\s+)?failed\s+to\s+(?:clear|pass|cross|reach|meet|surpass|overcome|exceed|break|make|top|hit)"
    r"|(?:has\s+|had\s+|have\s+)?f(?:e|a)ll(?:en)?\s+short\s+of|missed|did\s+not\s+(?:clear|pass|cross|reach|meet|surpass|make)"
    r"|didn['’]t\s+(?:clear|pass|cross|reach|meet|surpass|make))\s+(?:the\s+|its\s+|a\s+)?(?:key\s+|crucial\s+|required\s+|"
    r"necessary\s+|minimum\s+|electoral\s+|parliamentary\s+)*(?P<num>\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)"
    r"(?:\s+(?:threshold|mark|barrier|hurdle|bar|cut-?off|minimum|level))?", re.I)
# words before the verb that make it a forecast, a fear or a condition
_NOT_TOLD = re.compile(r"\b(?:could|may|might|would|will|should|expected|likely|set\s+to|poised|risks?|threatens?|"
                       r"fears?|feared|polls?|projected|forecast|predicted|if|unless|whether|whose|in\s+case)\b", re.I)
_BREAK = re.compile(r"[,;:()]|\b(?:and|but|while|whereas|as|which|who|that)\b", re.I)


def _subject_named(ctx: MarketContext, before: str) -> bool:
    """The market's subject is the clause's subject right before the verb: its name, then at most a few lowercase
    words ('Golden Dawn party has', 'Golden Dawn'), with no clause break and no other name between."""
    for p in ctx.actor_patterns.values():
        for m in p.finditer(before):
            between = before[m.end():]
            if len(between.split()) <= 3 and not _BREAK.search(between) and not re.search(r"\b[A-Z]", between):
                return True
    return False


def missed(ctx: MarketContext, f: SentenceFacts, settings, rule: str):
    """The threshold rule's contribution (under `rule`, the missed side) for a bar told missed; else None."""
    t = ctx.target
    text = f.sent.text
    if t.kind != "threshold" or t.occasion != "one" or (t.threshold_direction or "above") != "above" \
            or t.threshold_unit != "percent" or t.threshold is None or not _MISSED.search(text):
        return None
    for m in _MISSED.finditer(text):
        if float(m.group("num")) != t.threshold:
            continue  # another bar than the market's
        before = text[max(0, m.start() - 80):m.start()]
        if _NOT_TOLD.search(text[:m.start()]) or not _subject_named(ctx, before):
            continue
        i = f.sent.token_at(m.start("verb"))
        if negation(f, i) or conditional_clause(f.sent, i):
            continue
        span = event_time(f, i)
        if span.starts_after(ctx.market.deadline) or (t.window_start is not None and span.ends_before(t.window_start)):
            continue
        from .rules import hedged  # the rules package imports this module's caller
        return hedged.weaken(f, i, rule, "no", -settings.weights.threshold_crossed,
                             f"the bar told missed: '{' '.join(m.group(0).split())}' (the market's own bar)", settings,
                             f"{span.explanation}; on or before the deadline")
    return None
