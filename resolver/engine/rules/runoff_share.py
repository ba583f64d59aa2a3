"""Runoff shares: a who-wins market on a runoff (two sides, one of them wins with the greater
share) and a sentence giving the candidate's share of a count whose completeness is measured
('With 99.58 per cent of the national presidential runoff results declared, Boakai has 814,212
votes representing 50.89 per cent'). The final share lies in [s·p/100, s·p/100 + (100 − p)]
(partial_counts.final_range); when even its lower end is above half, no count of the rest can
take the runoff from the candidate → toward yes. A share with no measure of what is left to count
('leading', 'preliminary', 'exit poll') or told on a poll's word is not read; neither is a first
round's share. Read by the confirmation rule."""

from __future__ import annotations

import re

from .. import poll_sourced, quantities
from ..act_families import family_key
from ..analysis import MarketContext, SentenceFacts
from ..settings import EngineSettings
from ..types import Contribution
from . import hedged
from .base import reported_in_window
from .figure_owners import _common

NAME = "confirmation"
_RUNOFF = re.compile(r"\brun-?offs?\b|\bsecond[\s-]+round\b", re.I)
_FIRST_ROUND = re.compile(r"\bfirst[\s-]+round\b|\bprimar(?:y|ies)\b", re.I)
_SHARE = re.compile(r"(?P<num>\d{1,2}(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)", re.I)


def asked(ctx: MarketContext) -> bool:
    """The market asks whether its candidate wins a runoff."""
    t = ctx.target
    return t.kind == "event" and bool(t.candidate) and ctx.candidate_pattern is not None and t.role_exclusive \
        and family_key(t.act or "") == "win" and bool(_RUNOFF.search(ctx.market.question))


def apply(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    if not asked(ctx) or _FIRST_ROUND.search(f.sent.text):
        return []
    text, pat = f.sent.text, ctx.candidate_pattern
    for m in _SHARE.finditer(text):
        if quantities.in_count_cue(text, m.start()):
            continue  # 'with 99.58 per cent of results declared': the counted share itself
        owner = quantities.owner_before(text, m.start(), _common)
        if not owner or not pat.search(owner):
            continue
        named = list(pat.finditer(text[:m.start()]))
        between = text[named[-1].end():m.start()] if named else ""
        if not named or re.search(r"\b[A-Z]|[;:]|\bagainst\b|\bwhile\b", between):
            continue  # another side named between the candidate and the share: the share may be its
        i = f.sent.token_at(m.start())
        if poll_sourced.source(f.sent, i):
            continue
        done = quantities.completeness(quantities.context_texts(f.article.title, f.article.text, f.sent.index,
                                                                f.sent.headline))
        if done.share is None or done.final:
            continue  # a share with no measured count behind it, or a whole count (read by other rules)
        span = reported_in_window(ctx, f, i)
        if span is None:
            continue
        lo, hi, arithmetic = quantities.final_range(float(m.group("num")), "percent", done)
        if lo <= 50.0:
            continue
        note = (f"runoff share '{m.group(0)}' ({owner}'s): {arithmetic}; above half whatever the rest of the count "
                f"gives: the runoff is the candidate's")
        return [hedged.weaken(f, i, NAME, "yes", settings.weights.confirmation, note, settings, span.explanation)]
    return []
