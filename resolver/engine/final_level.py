"""A set figure's level on one date ('Will the Bank of Thailand's policy rate be below 2.25% on
December 31, 2024?', 'Will Brazil's Selic … be 10.00% or higher at the end of 2013?'). A decision
is read as the level in effect on a later date only when it is the body's final decision of that
date's year ('At the final meeting of the year on 18 December 2024, the Monetary Policy Committee
voted unanimously to maintain the policy rate at 2.25 percent'; 'Copom decided unanimously to
raise the Selic rate to 10 percent …, the bank said in the statement of its last rate-setting
meeting of the year'): no scheduled decision is left to move it before the date. A level kept is
told with 'at', a move with 'to'. A decision with meetings still to come says nothing of the level
on the date, and a decision only expected ('economists expect the bank to keep the rate at 2.25%
at its final meeting of the year') is none."""

from __future__ import annotations

import re
from datetime import datetime

from . import mentions
from .analysis import MarketContext, SentenceFacts, event_time, negation
from .level_change import PERCENT_MARK
from .mentions import DECIDING
from .rules.threshold_figures import year_end
from .quantities import Required

# 'at the final meeting of the year', 'during its final session of 2024', 'its last policy review for 2025'
_FINAL = re.compile(r"\b(?:final|last)\s+(?:(?:monetary\s+)?policy\s+|rate(?:-setting)?\s+|board\s+|MPC\s+)?"
                    r"(?:meeting|decision|review|session)\s+(?:of|for|in)\s+(?:the\s+year|(?P<y>(?:19|20)\d\d))\b", re.I)
# 'maintain the policy rate at 2.25 percent', 'kept … unchanged at 2.25%': the level a decision keeps
_KEEPING = frozenset({"keep", "hold", "maintain", "leave", "retain"})
_AT = re.compile(rf"^[^;,]*?\bat\s+(?P<v>\d+(?:\.\d+)?)(?={PERCENT_MARK})", re.I)
# 'raise the Selic rate to 10 percent', 'cut its key rate by 25 basis points to 2.5%': the level a move sets
_MOVING = frozenset({"raise", "hike", "increase", "lift", "cut", "lower", "reduce", "trim", "slash"})
_TO = re.compile(rf"^[^;,]*?\bto\s+(?P<v>\d+(?:\.\d+)?)(?={PERCENT_MARK})", re.I)


def on_one_date(ctx: MarketContext) -> bool:
    """The market reads a percent level on one day: its window starts on the deadline's day, or the
    question asks for the level at the year's end ('be 10.00% or higher at the end of 2013')."""
    t = ctx.target
    if t.kind != "threshold" or t.threshold is None or t.threshold_unit != "percent":
        return False
    ws = t.window_start
    return ws is not None and ws.date() == ctx.market.deadline.date() \
        or year_end(ctx.market.question, ctx.market.deadline) is not None


def level(ctx: MarketContext, f: SentenceFacts) -> tuple[int, float, str] | None:
    """(token, value, explanation) of a level kept at the body's final decision of the deadline's
    year, dated on or before the deadline; None when the sentence reports no such decision."""
    if not on_one_date(ctx) or not f.object_idx:
        return None
    final = _FINAL.search(f.sent.text)
    deadline = ctx.market.deadline
    if final is None or int(final.group("y") or f.article.published.year) != deadline.year:
        return None
    found = mentions.read(f.sent)
    for m in found:
        tok = f.sent.tokens[m.index]
        moving = bool(tok.lemmas & _MOVING)
        if m.kind != "verb" or not tok.lemmas & _KEEPING and not moving or not _decided(m, found) \
                or negation(f, m.index):
            continue
        at = (_TO if moving else _AT).match(f.sent.text[tok.start + len(tok.text):])
        if at is None or not mentions.about(m, f.sent, f.object_idx):
            continue
        span = event_time(f, m.index)
        if not _by(span, deadline) or span.start.year != deadline.year:  # 'the year' of the decision, not of the report
            continue
        return m.index, float(at.group("v")), span.explanation
    return None


def _decided(m: mentions.Mention, found: tuple[mentions.Mention, ...]) -> bool:
    """Done, or the infinitive of a done decision ('voted unanimously to maintain')."""
    if m.polarity != "positive" or m.modality not in ("asserted", "reported"):
        return False
    return m.aspect == "done" or any(d.affirmed and d.predicate in DECIDING and d.index < m.index for d in found)


def _by(span, deadline: datetime) -> bool:
    return not span.starts_after(deadline) and span.ends_by(deadline)


def bar_of(ctx: MarketContext) -> Required:
    t = ctx.target
    return Required(t.threshold, t.threshold_direction or "above", t.threshold_inclusive is not False, "percent")
