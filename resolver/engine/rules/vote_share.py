"""Vote shares against an outright-win bar: a market on winning an election outright ('in the
first round', 'without a run-off') whose criteria set the share it takes ('more than 50% of
the votes'). The candidate's result share ('won with 57 percent of the vote', 'he secured 49.1
percent') settles it either way, once what is left to count cannot bridge the gap (the
partial-count arithmetic of partial_counts.py). Read by the threshold_crossed rule."""

from __future__ import annotations

import re

from .. import quantities
from ..analysis import MarketContext, SentenceFacts, event_time, negation
from ..settings import EngineSettings
from ..text import conditional_clause
from ..types import Contribution
from . import hedged
from .base import cite
from .figure_owners import _common

# the market is about an outright win: one round settles it
_OUTRIGHT = re.compile(r"\b(?:in\s+the\s+first\s+round|outright(?:ly)?|without\s+(?:a\s+)?run-?off|avoid(?:s|ing)?\s+(?:a\s+)?"
                       r"run-?off)\b", re.I)
# the share the criteria set: 'more than 50% of the votes cast', 'over 50 percent of the vote'
_SHARE_BAR = re.compile(r"\b(?:more\s+than|over|above|at\s+least|a\s+majority\s+of)\s+(?P<num>\d+(?:\.\d+)?)\s*(?:%|percent\b|"
                        r"per\s+cent\b)\s+of\s+(?:the\s+)?(?:valid\s+|total\s+)?(?:votes?|ballots?)\b", re.I)
# a result share: the getting verb, then the share ('won with 57 percent', 'secured 49.1 percent')
_SHARE = re.compile(r"\b(?:won|wins|secured|secures|received|receives|got|gets|took|takes|obtained|obtains|garnered|"
                    r"captured|polled)\s+(?:with\s+|only\s+|just\s+)?(?P<num>\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)",
                    re.I)
# a share in an earlier election ('previously won with', 'in the last election')
_EARLIER = re.compile(r"\b(?:previous(?:ly)?|last\s+(?:time|election|vote|race)|earlier|once|former(?:ly)?|in\s+(?:19|20)\d\d)\b",
                      re.I)
NAME = "threshold_crossed"
MISSED = "threshold_missed"


def share_bar(ctx: MarketContext) -> quantities.Required | None:
    """The share an outright-win market needs, from its criteria; None for other markets."""
    t = ctx.target
    if t.kind != "event" or not t.candidate or not _OUTRIGHT.search(ctx.market.question):
        return None
    m = _SHARE_BAR.search(ctx.market.criteria)
    if not m:
        return None
    inclusive = m.group(0).lower().startswith("at least")
    return quantities.Required(float(m.group("num")), "above", inclusive, "percent")


def apply(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    bar = share_bar(ctx)
    if bar is None or ctx.candidate_pattern is None:
        return []
    text = f.sent.text
    for m in _SHARE.finditer(text):
        owner = quantities.owner_before(text, m.start("num"), _common)
        if not owner or not (ctx.candidate_pattern.search(owner) or quantities.names_overlap(owner, [ctx.target.candidate])):
            continue
        years = set(re.findall(r"\b(?:19|20)\d\d\b", ctx.market.question))
        named = set(re.findall(r"\b(?:19|20)\d\d\b", text[:m.start()]))
        if years and named and not years & named:
            continue  # a share in another election
        if _EARLIER.search(text[max(0, m.start() - 60):m.start()]):
            continue  # 'she previously won with 57 percent': another election
        i = f.sent.token_at(m.start())
        if negation(f, i) or conditional_clause(f.sent, i):
            continue
        span = event_time(f, i)
        ws = ctx.target.window_start
        if span.starts_after(ctx.market.deadline) or (ws is not None and span.ends_before(ws)):
            continue
        value = float(m.group("num"))
        done = quantities.completeness(quantities.context_texts(f.article.title, f.article.text, f.sent.index,
                                                                f.sent.headline))
        lo, hi, arithmetic = quantities.final_range(value, "percent", done)
        yes = quantities.settled(bar, lo, hi)
        figure = f"'{m.group(0).strip()}' ({owner}'s share; the market needs {bar.describe()} of the vote)"
        how = f": {arithmetic}" if arithmetic else ""
        if yes is None:
            return [cite(f, NAME, "none", 0.0, f"result share {figure} does not settle the bar{how}", span.explanation)]
        if yes:
            return [hedged.weaken(f, i, NAME, "yes", settings.weights.threshold_crossed,
                                  f"result share {figure} meets the bar{how}", settings, span.explanation)]
        return [hedged.weaken(f, i, MISSED, "no", -settings.weights.threshold_crossed,
                              f"result share {figure} does not meet the bar{how}", settings, span.explanation)]
    return []
