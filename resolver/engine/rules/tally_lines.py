"""Tally lines: an election report's seat table, each party on a line of its own under a heading
that introduces it ('The tally so far:' / 'United Progressive Alliance (UPA) - 262' / 'Congress -
205'). For a market on a party's seat count ('Will the Indian National Congress win at least 200
Lok Sabha seats …?'), the line naming the party — by its whole name, its last word ('Congress'
for 'Indian National Congress') or its initials — gives the party's count, with no act word in
it. Read only under a heading that names a tally, results or seats and ends with a colon, with
every line between the heading and this one a tally line too, in an article that speaks of seats;
a count at or beyond the bar is a yes (seats declared won are not taken back), one short of it is
weighed like any count still being made (least_count._final_count). Read by the confirmation
rule."""

from __future__ import annotations

import re

from ..analysis import MarketContext, SentenceFacts, event_time, negation
from ..quantities import acronym
from ..settings import EngineSettings
from ..text import article_sentences
from ..types import Contribution
from . import hedged
from .base import cite
from .least_count import _bar_word, _final_count, _short_note, _short_of_bar

NAME = "confirmation"

_LINE = re.compile(r"^\s*(?P<name>[A-Z][\w.'&-]*(?:\s+[A-Z][\w.'&-]*){0,5}?)\s*(?:\((?P<abbr>[A-Z][A-Za-z]{1,6})\))?"
                   r"\s*[-–—:]\s*(?P<n>\d{1,4})\s*(?:seats?)?\s*\.?\s*$")
_HEADING = re.compile(r"\b(?:tally|tallies|results?|standings?|seats?|party\s+positions?)\b[^.;]*:\s*$", re.I)
_UNIT = "seats"


def _ours(name: str, abbr: str | None, actors: list[str]) -> bool:
    """The line's party is the market's: its whole name, its last word(s) or its initials."""
    n = name.lower().strip()
    for a in actors:
        al = a.lower()
        if n == al or (al.endswith(" " + n) and n[:1].isalpha()) or \
                (len(acronym(a)) > 2 and acronym(a) in (name, abbr or "")):
            return True
    return False


def _under_heading(f: SentenceFacts) -> bool:
    """The lines before this one, back to a heading, are tally lines; the heading names a tally."""
    sents = [s for s in article_sentences(f.article.title, f.article.text) if not s.headline]
    k = next((j for j, s in enumerate(sents) if s.index == f.sent.index), None)
    if k is None:
        return False
    for s in reversed(sents[:k]):
        if _LINE.match(s.text):
            continue
        return bool(_HEADING.search(s.text))
    return False


def apply(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    t = ctx.target
    if t.kind != "event" or t.quantity is None or (t.quantity_unit or "").lower() != _UNIT or f.sent.headline:
        return []
    m = _LINE.match(f.sent.text)
    if not m or not _ours(m.group("name"), m.group("abbr"), t.actors):
        return []
    if not re.search(r"\bseats\b", f.article.text, re.I) or not _under_heading(f):
        return []
    i = f.sent.token_at(m.start("n"))
    if negation(f, i):
        return []
    span = event_time(f, i)
    if span.starts_after(ctx.market.deadline) or (t.window_start is not None and span.ends_before(t.window_start)):
        return []
    got = float(m.group("n"))
    lo, hi, arithmetic = _final_count(ctx, f, got)
    note = (f"tally line '{f.sent.text.strip()}' ({m.group('name')}'s count; the market needs {_bar_word(ctx)} "
            f"{t.quantity:g} {t.quantity_unit})")
    if lo > t.quantity or (lo == t.quantity and t.threshold_inclusive is not False):
        return [hedged.weaken(f, i, NAME, "yes", settings.weights.confirmation, note, settings, span.explanation)]
    if _short_of_bar(ctx, hi):
        return [cite(f, "magnitude_short", "no", -settings.weights.confirmation, f"{note}{_short_note(ctx, f, got)}",
                     span.explanation)]
    return [cite(f, NAME, "none", 0.0, f"{note}; not settled: {arithmetic}", span.explanation)]
