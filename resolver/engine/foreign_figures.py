"""The market's bar written in an article not in English: for a threshold market ('Will the Dutch TTF gas
price exceed 300 euros per megawatt hour?'), a sentence of such an article that writes the bar as a figure
with a mark of its unit right before or after it ('Eind augustus was dat nog meer dan 300 euro', '1,5 %')
names the market's quantity, whatever language the words around it are in: digits and unit marks are
written alike. foreign_articles.readings takes such a sentence when the article names none of the
candidate, an actor or the object's word, so that the article is unread evidence (a passed deadline's silence cannot decide while it stands).

The unit is the market's threshold unit, or a currency the question's object names ('euros megawatt hour'
for a bar read in index points); the marks are data/foreign_units.json's. The figure is the bar itself, in
any of the ways the languages write it ('70.000', '70,000', '70 000', '1,5', '300,00'); a bar written with
a word multiplier ('7 Milliarden Euro') is not read (the multiplier's word is the language's). A stock index's
level needs no unit ('코스피지수가 … 2,000을 넘었다' for 'Will the KOSPI index close above 2,000?'): the bar, four digits
or more, written with its thousands grouped ('2,000', '2.000', '2 000'; never a bare '2000', which may be a year). Pure and
cheap: a substring test for the bar's leading digits before one compiled regex (memoised per bar and unit)."""

from __future__ import annotations

import re
from functools import lru_cache

from .analysis import MarketContext
from .packaged import load_json
from .text import article_sentences
from .types import Article

MARKS: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in load_json("foreign_units.json")["marks"].items()}
_SEPARATORS = (",", ".", " ", "\u00a0", "'", "")
_LARGEST = 10_000_000  # a larger bar is written with a word multiplier in most languages: not read


def _digit_forms(value: float) -> tuple[str, ...]:
    """The bar written as digits, in the ways languages group thousands and mark decimals."""
    if value != int(value):
        text = f"{value:f}".rstrip("0")
        whole, frac = text.split(".")
        return (f"{whole}.{frac}", f"{whole},{frac}")
    n = int(value)
    plain = str(n)
    groups = f"{n:,}".split(",")
    return tuple(dict.fromkeys(sep.join(groups) for sep in _SEPARATORS)) if len(groups) > 1 else (plain,)


def _mark_alternation(unit: str) -> str:
    words = sorted(MARKS[unit], key=len, reverse=True)
    return "|".join(re.escape(w) + (r"(?!\w)" if w[-1:].isalnum() else "") for w in words)


@lru_cache(maxsize=64)
def _pattern(value: float, unit: str) -> re.Pattern[str]:
    number = "|".join(re.escape(d) for d in _digit_forms(value))
    fig = rf"(?<![\d.,])(?:{number})(?:[.,]0+)?(?![\d]|[.,]\d)"
    marks = _mark_alternation(unit)
    return re.compile(rf"{fig}\s?(?:{marks})|(?<!\w)(?:{marks})\s?{fig}", re.I)


def _unit(ctx: MarketContext) -> str | None:
    """The bar's unit among data/foreign_units.json's: the threshold's own, else a currency the object names."""
    t = ctx.target
    if t.threshold_unit in MARKS:
        return t.threshold_unit
    words = {w.lower() for w in (t.object or "").split()}
    return next((u for u in sorted(MARKS) if u != "percent" and not words.isdisjoint(MARKS[u])), None)


@lru_cache(maxsize=64)
def _grouped(value: int) -> re.Pattern[str]:
    """An index level written with its thousands grouped ('2,000', '2.000', '2 000'), no unit needed."""
    groups = f"{value:,}".split(",")
    number = "|".join(re.escape(sep.join(groups)) for sep in _SEPARATORS[:4])
    return re.compile(rf"(?<![\d.,])(?:{number})(?:[.,]0+)?(?![\d]|[.,]\d)")


def _index_bar(ctx: MarketContext) -> int | None:
    """A stock index's level as the bar ('Will South Korea's KOSPI index close above 2,000 points?'): a whole
    number of four digits or more, no unit of data/foreign_units.json's, the object an index."""
    t = ctx.target
    if t.threshold is None or t.threshold != int(t.threshold) or not 1000 <= t.threshold < _LARGEST:
        return None
    return int(t.threshold) if "index" in (t.object or "").lower().split() else None


def bar_named(ctx: MarketContext, text: str) -> str | None:
    """The words of `text` that write the threshold market's bar with a mark of its unit ('300 euro'), or an
    index's bar with its thousands grouped ('2,000'), else None."""
    t = ctx.target
    if t.kind != "threshold" or t.threshold is None or not 0 < t.threshold < _LARGEST:
        return None
    unit = _unit(ctx)
    if unit is None:
        level = _index_bar(ctx)
        m = _grouped(level).search(text) if level is not None and str(level)[:1] in text else None
        return m.group(0) if m else None
    lead = str(int(t.threshold))[:1] if t.threshold >= 1 else "0"
    if lead not in text:
        return None
    m = _pattern(float(t.threshold), unit).search(text)
    return m.group(0) if m else None


def bar_sentence(ctx: MarketContext, article: Article) -> tuple[int, str, str] | None:
    """(3, the bar's words, the first sentence writing them) in an article's title or text, else None (the
    whole text tested once before its sentences are split)."""
    if bar_named(ctx, f"{article.title}\n{article.text}") is None:
        return None
    for sent in article_sentences(article.title, article.text):
        if (bar := bar_named(ctx, sent.text)) is not None:
            return 3, bar, sent.text
    return None
