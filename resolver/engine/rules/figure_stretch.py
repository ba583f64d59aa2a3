"""A figure's stretch of its sentence: the words from the figure before it to the one after it
(what a later session or day it names is the figure's own), and the list of places a figure is
told for there, when their total is not the market's figure, and a headline's figure that its
article's opening sentence tells as such a total. Read by the threshold_crossed rule."""

from __future__ import annotations

import re
from bisect import bisect_right
from operator import itemgetter

from .. import figure_words, quantities
from ..analysis import MarketContext, SentenceFacts
from ..text import article_sentences
from .threshold_figures import _VALUE, stretch_bounds, value_spans


def _stretch(text: str, m: re.Match[str]) -> str:
    """The figure's stretch of its sentence: from the figure before it to the one after it, cut at a
    semicolon ('closed 16% higher at Rs 456, …, fell over 4.5% on the second day of trade': the
    second figure's stretch names the second day, the first's does not)."""
    lo, hi = stretch_bounds(text, m.start(), m.end())
    return re.split(r";\s", text[lo:hi])[-1] if ";" in text[lo:m.start()] else text[lo:hi]


def _other_places(ctx: MarketContext, text: str, m: re.Match[str]) -> list[str]:
    """A figure told for a list of places that holds one of the market's actors and a name that is
    none of them ('killed more than 300 people in Malawi, Mozambique and Madagascar' for Malawi's
    toll): their total, not the market's figure. The list is read in the figure's stretch of the
    sentence (from the figure to the next one), else the names; empty when it is the market's own.
    Only an amount adds up over places (a count, a sum of money); a rate or a temperature 'in New
    York and Boston' is each one's."""
    if ctx.target.threshold_unit in ("percent", "bps") + quantities.SCALES:
        return []
    spans = value_spans(text)
    k = bisect_right(spans, m.end(), key=itemgetter(0))
    names = figure_words.combined_places(text[m.end():spans[k][0] if k < len(spans) else len(text)])
    if len(names) < 2:
        return []
    ours = [n for n in names if any(p.search(n) for p in ctx.actor_patterns.values())]
    return names if ours and len(ours) < len(names) else []


_LEAD = 2  # the body's opening sentences, where a report restates its headline's figure


def headline_places(ctx: MarketContext, f: SentenceFacts, m: re.Match[str]) -> list[str]:
    """A headline's figure ('Quake death toll climbs to 600') that the article's opening sentence
    repeats as the total of a list of places ('The death toll rose to 600 … across El Salvador and
    Central America'): the headline shortens that total, so it is no more the market's own figure.
    Empty when the sentence is no headline, or the opening sentences tell the figure otherwise."""
    if not f.sent.headline:
        return []
    figure = m.group().strip()
    for sent in article_sentences(f.article.title, f.article.text):
        if sent.headline or sent.index > _LEAD:
            continue
        for v in _VALUE.finditer(sent.text):
            if v.group().strip() == figure:
                return _other_places(ctx, sent.text, v)
    return []
