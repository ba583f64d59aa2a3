"""Set counts: a market on how far a tennis match goes ('Will the 2023 US Open women's singles
final go to a third set?', 'be decided in three sets') and a sentence giving the match's score set
by set ('defeated Aryna Sabalenka 2-6 6-3 6-2 … in the women's US Open final'): the number of set
scores is the number of sets played, so the score settles the market either way. Read by the
confirmation rule after its own readings; the sentence must name the market's contest, not
another stage of it ('semifinal') nor another category ('men's singles')."""

from __future__ import annotations

from functools import lru_cache

import re

from .. import categories, contests, parts
from ..analysis import MarketContext, SentenceFacts, event_time, negation
from ..numerals import _number
from ..settings import EngineSettings
from ..types import Contribution
from . import hedged
from .base import cite

_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5}
_ASKED = (
    re.compile(r"\b(?:go|goes|going|stretch|stretches|extend|extends|be\s+(?:decided|played|taken))\s+(?:to|in|into)\s+"
               r"(?:a\s+|the\s+)?(?P<ord>second|third|fourth|fifth)\s+set\b", re.I),
    re.compile(r"\b(?:go|goes|going|stretch|stretches|last|lasts|be\s+(?:decided|played))\s+(?:to|in|into)?\s*"
               r"(?:the\s+full\s+|all\s+)?(?P<n>three|four|five|3|4|5)\s+sets\b", re.I),
)
# one set's score: the winner's games are 6 or 7 ('6-3', '7-6 (7-5)', '7-6(5)')
_SET = r"(?:[67]\s*[-–]\s*[0-7]|[0-7]\s*[-–]\s*[67])(?:\s*\(\d+(?:\s*[-–]\s*\d+)?\))?"
_RUN = re.compile(rf"(?<![\d.:/-]){_SET}(?:\s*[,;]?\s+{_SET})+(?!\d|[.:/]\d|%|-)")
_UNFINISHED = re.compile(r"\b(?:retired|retirement|ret\.?|walkover|suspended|abandoned|trail\w*|lead\w*|leads)\b", re.I)


@lru_cache(maxsize=1024)  # a pure reading of the market's or article's text, asked of every sentence
def asked_sets(question: str) -> int | None:
    """The number of sets the market asks the match to reach ('go to a third set' → 3)."""
    for rx in _ASKED:
        m = rx.search(question)
        if m:
            return _ORDINALS[m.group("ord").lower()] if m.groupdict().get("ord") else int(_number(m.group("n")) or 0) or None
    return None


def _sets(run: str) -> int:
    return len(re.findall(_SET, run))


def apply(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    need = asked_sets(ctx.market.question)
    if need is None or ctx.target.kind != "event" or not f.actors:
        return []
    m = _RUN.search(f.sent.text)
    if m is None or _UNFINISHED.search(f.sent.text):
        return []  # a retirement or a match still going: the score is not the match's last
    if contests.stages_in(f.sent.text, ctx.market.question) or parts.contest_part(f.sent, ctx.market.question):
        return []  # 'in the semifinal': another match of the event
    i = f.sent.token_at(m.start())
    if negation(f, i) or categories.other(categories.of_market(ctx.market.question), f.sent, i, ctx.target.object_terms):
        return []
    span = event_time(f, i)
    if span.starts_after(ctx.market.deadline) or (ctx.target.window_start and span.ends_before(ctx.target.window_start)):
        return []
    got = _sets(m.group(0))
    note = f"the score '{m.group(0)}' is {got} sets; the market asks for {need}"
    if got >= need:
        return [hedged.weaken(f, i, "confirmation", "yes", settings.weights.confirmation, note, settings, span.explanation)]
    return [cite(f, "magnitude_short", "no", -settings.weights.confirmation, note, span.explanation)]
