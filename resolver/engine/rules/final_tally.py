"""Final tallies of a closed event: a market on a count an event reaches ('5 or more
laboratory-confirmed cases') and an article that reports the event over ('declared an end to
its Marburg virus outbreak') with its tally split by kind ('two confirmed and eight probable
cases'). The tally of the kind the market counts is final: it settles the market either way.
Read by the confirmation rule after its own readings."""

from __future__ import annotations

import re

from ..analysis import MarketContext, SentenceFacts, event_time, negation
from ..numerals import _NUM, _WORDNUM, _number
from ..settings import EngineSettings
from ..text import article_sentences
from ..types import Contribution
from . import hedged
from .base import cite

# the event reported over, in the article
_OVER = re.compile(r"\bdeclar\w*\s+(?:an?\s+|the\s+)?end\s+(?:to|of)\b|\bdeclar\w*\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,4}?"
                   r"(?:over|ended|finished)\b|\b(?:is|was|has\s+been)\s+(?:officially\s+)?over\b", re.I)
_COUNT = rf"(?:{_NUM}|{_WORDNUM})"


def _tally(text: str, unit: str, kind: str) -> tuple[float, str] | None:
    """'two confirmed and eight probable cases' → (2, wording) for kind 'confirmed': counts of
    one noun split by the words before it, joined by 'and' or commas."""
    stem = re.escape(unit.rstrip("s"))
    rx = re.compile(rf"\b(?P<all>{_COUNT}\s+[a-z-]+(?:\s*(?:,|\band\b|,\s*and\b)\s*{_COUNT}\s+[a-z-]+)+)\s+{stem}s?\b", re.I)
    for m in rx.finditer(text):
        for part in re.finditer(rf"(?P<n>{_COUNT})\s+(?P<q>[a-z-]+)", m.group("all"), re.I):
            if part.group("q").lower() == kind:
                n = _number(part.group("n"))
                if n is not None:
                    return n, m.group(0)
    return None


def apply(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    t = ctx.target
    if t.kind != "event" or t.quantity is None or not t.quantity_unit or t.quantity == float("inf"):
        return []
    q = re.search(rf"\b([a-z-]+)\s+{re.escape(t.quantity_unit)}\b", ctx.market.question, re.I)
    if not q:
        return []
    kind = q.group(1).lower().split("-")[-1]  # 'laboratory-confirmed cases' → confirmed
    found = _tally(f.sent.text, t.quantity_unit, kind)
    if found is None:
        return []
    over = next((m.group(0) for s in article_sentences(f.article.title, f.article.text) for m in [_OVER.search(s.text)] if m),
                None)
    if over is None:
        return []
    got, wording = found
    start = f.sent.text.find(wording)
    i = f.sent.token_at(start)
    if negation(f, i):
        return []
    span = event_time(f, i)
    if span.starts_after(ctx.market.deadline):
        return []
    note = (f"final tally '{wording}': {got:g} {kind} {t.quantity_unit}, the event reported over ('{over}'); the market "
            f"needs at least {t.quantity:g}")
    if got > t.quantity or (got == t.quantity and t.threshold_inclusive is not False):
        return [hedged.weaken(f, i, "confirmation", "yes", settings.weights.confirmation, note, settings,
                              span.explanation)]
    return [cite(f, "magnitude_short", "no", -settings.weights.confirmation, note, span.explanation)]
