"""A referendum side's share, or a vote's turnout (engine/turnouts.py), against the market's bar (engine/side_shares.py reads the sentence
shapes): dated in its clause, weighed against what is left to count ('With 99.65% of ballot boxes
tallied, … 44.24% voted in favor of it' can no longer reach 45%), and read only when the criteria's
excluded kinds ('unofficial projections') do not name it. Read by the threshold_crossed rule."""

from __future__ import annotations

import re

from .. import figure_places, quantities, side_shares, told_periods, turnouts
from ..analysis import MarketContext, SentenceFacts, event_time, negation
from ..excluded_figures import excluded_kind
from ..settings import EngineSettings
from ..text import conditional_clause
from ..types import Contribution
from . import hedged
from .base import cite

NAME = "threshold_crossed"
MISSED = "threshold_missed"


_PERCENT = re.compile(r"\d[\d.,]*\s*(?:%|percent|per\s*cent)", re.I)


# ', with turnout placed at 70 percent': an absolute phrase after a comma, out of reach of a negation before it
_WITH_ADJUNCT = re.compile(r",\s+with\s+", re.I)


def _negated(f: SentenceFacts, i: int) -> bool:
    """A negation scopes over the figure at token i, unless an absolute 'with' phrase opens between
    them ('Around 75 percent of voters rejected the law, with turnout placed at 70 percent')."""
    cue = negation(f, i)
    if cue is None:
        return False
    before = f.sent.text[:f.sent.tokens[i].start]
    at = before.lower().rfind(cue.lower())
    return at < 0 or not _WITH_ADJUNCT.search(before[at:])


def apply(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution] | None:
    """The contribution of the market's side's share in this sentence; None when the market is
    not about a side's share or the sentence gives none (the figure readers go on)."""
    s = side_shares.side(ctx)
    if s is not None:
        r, owner = side_shares.read(ctx, f, s), "the side's share"
    elif turnouts.asked(ctx):
        r, owner = turnouts.read(ctx, f), "the turnout"  # 'Voter turnout … was 44.33 percent'
    else:
        return None
    if r is None:
        return None
    i = f.sent.token_at(r.start)
    if _negated(f, i) or conditional_clause(f.sent, i):
        return []
    if excluded_kind(ctx, f, r.start, r.start + 1):
        return [cite(f, NAME, "none", 0.0, f"'{r.text}' is of a kind the criteria do not count")]
    t = ctx.target
    years = set(re.findall(r"\b(?:19|20)\d\d\b", ctx.market.question))
    named = set(re.findall(r"\b(?:19|20)\d\d\b", f.sent.text[:r.start]))
    if years and named and not years & named:
        return []  # a share in another vote
    k = f.sent.text.find(r.text, max(0, r.start - len(r.text)))
    after = told_periods.other_year_after(int(min(years)), f.sent.text, k + len(r.text), len(f.sent.text)) \
        if len(years) == 1 and k >= 0 else None
    if after:  # '58.2 percent of the vote in 2020' for the 2024 vote
        return [cite(f, NAME, "none", 0.0, f"'{r.text}' is told '{after}', another vote than the market's")]
    last = list(_PERCENT.finditer(r.text))[-1:] if k >= 0 else []
    place = figure_places.other_place(ctx.market.question, ctx.market.criteria, f.sent.text, k + last[0].start(),
                                      k + last[0].end(), 0) if last else None
    if place:  # 'Turnout was 46% in the capital' for the country's turnout
        return [cite(f, NAME, "none", 0.0, f"'{r.text}' is told for {place}, another place than the market's country")]
    span = event_time(f, i)
    if span.starts_after(ctx.market.deadline) or (t.window_start is not None and span.ends_before(t.window_start)):
        return []
    texts = quantities.context_texts(f.article.title, f.article.text, f.sent.index, f.sent.headline)
    done = quantities.completeness(texts)
    if done.share is None and done.cue:
        done = _official_nearer(texts, done)
    lo, _, arithmetic = quantities.final_range(r.lo + (1e-9 if r.strict_lo else 0.0), "percent", done)
    _, hi, _ = quantities.final_range(r.hi, "percent", done)
    bar = quantities.Required(t.threshold, t.threshold_direction or "above", t.threshold_inclusive is not False, "percent")
    yes = quantities.settled(bar, lo, hi)
    told = "" if r.lo == r.hi else f", which puts it in [{r.lo:g}, {r.hi:g}]" if r.hi != float("inf") else \
        f", above {r.lo:g}"
    figure = f"{owner} '{r.text}'{told}"
    how = f"; {arithmetic}" if arithmetic else ""
    if yes is None:
        return [cite(f, NAME, "none", 0.0, f"{figure} does not settle {bar.describe()}{how}", span.explanation)]
    w = settings.weights.threshold_crossed
    if yes:
        return [hedged.weaken(f, i, NAME, "yes", w, f"{figure} meets {bar.describe()}{how}", settings, span.explanation)]
    return [hedged.weaken(f, i, MISSED, "no", -w, f"{figure} does not meet {bar.describe()}{how}", settings,
                          span.explanation)]


# 'Official results have confirmed that …', 'official results show': the result told as the official one
_OFFICIAL = re.compile(r"\bofficial\s+(?:final\s+)?(?:results?|count|tally)\b(?:\s+\w+){0,2}?\s+(?:show\w*|confirm\w*|"
                       r"gave|give\w*|put\w*)\b", re.I)
_NOT_FINAL = re.compile(r"\b(?:unofficial|preliminary|partial|provisional|early|initial)\b", re.I)


def _official_nearer(texts: list[str], done: quantities.Completeness) -> quantities.Completeness:
    """A provisional cue ('claimed victory') read further from the figure than a sentence telling
    the official result ('Official results have confirmed that a majority … voted for independence'):
    the nearer word tells which count the figure is; the figure is final."""
    for text in texts:
        if re.search(rf"\b{re.escape(done.cue)}\b", text, re.I):
            return done
        if _OFFICIAL.search(text) and not _NOT_FINAL.search(text):
            return quantities.FINAL
    return done
