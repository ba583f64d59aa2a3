"""Statistic periods: which period and which measure a published statistic's figure is for, when
the market reads one period's figure ('Will US annual CPI inflation for December 2019 be 2.3% or
higher?', 'real GDP growth of 2.5% or more in Q1 2013'). The period may be named in the sentences
before the figure; a figure the sentence itself sets in another period ('from fourth-quarter
2012, when the economy expanded at a scant 0.4 percent') is that period's. For a market on the
12-month change, a month's change told beside it ('rose 0.2 percent in December, bringing the
increase over the last year to 2.3 percent') and an annualized rate over a few months are other
measures. A year's figure ('GDP growth for 2015') is the one its own sentence dates to that year
('grew 6.9 percent in 2015'), with no month or quarter beside it; a quarter named by the month it
ends ('the December 2023 quarter') is the report's 'Q4'. Read by the threshold_crossed rule."""

from __future__ import annotations

import re

from .. import indicators
from ..analysis import MarketContext, SentenceFacts
from ..text import article_sentences
from .threshold_figures import _MONTH_NAMES, _VALUE

_QUARTER = re.compile(r"\bQ([1-4])\b|\b(?:(?P<w>first|second|third|fourth)\s+quarter)\b", re.I)
_ORDINALS = ("first", "second", "third", "fourth")
# a quarter named by the month it ends ('the December 2023 quarter', 'the June quarter')
_MONTH_QUARTER = re.compile(r"\b(?:March|June|September|December)\s+(?:(?:19|20)\d\d\s+)?quarter\b", re.I)


def _period_named(ctx: MarketContext, f: SentenceFacts) -> str | None:
    """For a statistic for a month, the month named in the figure's sentence or the two
    sentences before it (or the headline): 'the recent US jobs report for July … the
    unemployment rate went up to 4.3%'."""
    ws = ctx.target.window_start
    if ws is None:
        return None
    month = _MONTH_NAMES[ws.month - 1]
    quarter = _QUARTER.search(ctx.market.question)
    year = indicators.year_figure(ctx.market.question, ctx.market.criteria)
    if year is not None and not quarter:
        # a year's figure ('GDP growth for 2015'): the year named in the figure's own sentence
        # ('China's economy grew 6.9 percent in 2015'), which names no month or quarter of it
        hit = re.search(rf"\b{year}\b(?![-/]\d)", f.sent.text)
        if hit and not (_ANY_QUARTER.search(f.sent.text) or _ANY_MONTH.search(f.sent.text)):
            return f"the year '{year}' is named in {'the headline' if f.sent.headline else 'the sentence'}"
        return None
    if quarter:  # 'in Q1 2018': the quarter named in words ('in the first quarter')
        n = int(quarter.group(1)) if quarter.group(1) else _ORDINALS.index(quarter.group("w").lower()) + 1
        month = rf"(?:{_ORDINALS[n - 1]}\s+quarter|Q{n})"
    elif _MONTH_QUARTER.search(ctx.market.question) and ws.month % 3 == 0:
        # 'for the December 2023 quarter': the quarter named by its last month, which a report may
        # call by its number ('GDP contracting by -0.1% qoq in Q4') or by that month
        n = ws.month // 3
        month = rf"(?:{month}|{_ORDINALS[n - 1]}\s+quarter|Q{n})"
    sents = article_sentences(f.article.title, f.article.text)
    k = next((j for j, s in enumerate(sents) if s.index == f.sent.index and s.headline == f.sent.headline), 0)
    near = [sents[j] for j in range(max(0, k - 2), k + 1)] + [s for s in sents[:1] if s.headline]
    for s in near:
        hit = re.search(rf"\b{month}\b", s.text, re.I)
        if hit and not re.search(rf"\b{month}\s+\d{{1,2}}\b", s.text, re.I):
            return f"the period '{hit.group(0)}' is named in {'the headline' if s.headline else 'the sentence' if s is f.sent else 'a sentence before it'}"
    return None


# another quarter or month named in the figure's stretch of the sentence
_ANY_QUARTER = re.compile(r"\bQ([1-4])\b|\b(?P<w>first|second|third|fourth)[\s-]+quarter\b", re.I)
_ANY_MONTH = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")


def _quarter_number(m: re.Match[str]) -> int:
    return int(m.group(1)) if m.group(1) else _ORDINALS.index(m.group("w").lower()) + 1


def _periods(ctx: MarketContext) -> tuple[re.Pattern[str], int] | None:
    """What names a period of the market's kind (a quarter, a month), and the number of the
    market's own (its quarter, its month); None when the market reads no quarter or month."""
    ws = ctx.target.window_start
    if ws is None:
        return None
    quarter = _QUARTER.search(ctx.market.question)
    if quarter:
        return _ANY_QUARTER, _quarter_number(quarter)
    if re.search(rf"\b{_MONTH_NAMES[ws.month - 1]}\b", ctx.market.question, re.I):
        return _ANY_MONTH, ws.month
    return None


def other_period(ctx: MarketContext, text: str, m: re.Match[str]) -> str | None:
    """For a market on one quarter's or one month's figure, the other quarter or month that dates
    the figure at m in its stretch of the sentence (from the figure before it to the one after
    it): one right after it ('0.4% in the fourth quarter'), else the last one before it ('from
    fourth-quarter 2012, when the economy expanded at a scant 0.4 percent' for a market on Q1
    2013). None when that period is the market's own, or none is named."""
    kind = _periods(ctx)
    if kind is None:
        return None
    rx, own = kind
    spans = [(v.start(), v.end()) for v in _VALUE.finditer(text) if not re.fullmatch(r"(?:19|20)\d\d", v.group(0).strip())]
    lo = max((e for s, e in spans if e <= m.start()), default=0)
    hi = min((s for s, e in spans if s >= m.end()), default=len(text))
    # a month with its day is a date ('released January 14'), not a period; 'may be' is a verb
    found = [p for p in rx.finditer(text, lo, hi) if not re.match(r"\s+(?:\d{1,2}\b|be\b|have\b|not\b)", text[p.end():])]
    # after the figure, a period it is told for ('0.4% in the fourth quarter'), not one compared with ('the
    # lowest figure since November 2021')
    after = [p for p in found if p.start() >= m.end() and p.start() - m.end() <= 30
             and re.search(r"\b(?:in|for|during)\s+(?:the\s+)?$", text[m.end():p.start()], re.I)]
    before = [p for p in found if p.end() <= m.start() and not re.search(r"\b(?:since|than)\s+(?:the\s+)?$",
                                                                          text[:p.start()], re.I)]
    near = after[0] if after else before[-1] if before else None
    if near is None:
        return None
    number = _quarter_number(near) if rx is _ANY_QUARTER else _MONTH_NAMES.index(near.group(0).lower()) + 1
    return None if number == own else near.group(0)


# the year's change a month's change brings the measure to: ', bringing the increase over the last year
# to 2.3 percent', 'pushing the annual rate to', 'taking the 12-month rise to'
_BRINGING = re.compile(r"\b(?:bringing|putting|pushing|lifting|raising|taking|leaving|lowering)\s+(?:the\s+|its\s+)?"
                       r"(?:[\w-]+\s+){0,6}?to\s+$", re.I)
_YEARLY = re.compile(r"\b(?:year|12[\s-]month|twelve[\s-]month|annual)", re.I)
# a rate over a few months scaled to a year: another measure than the 12-month change
_ANNUALIZED = re.compile(r"\bannuali[sz]ed\b", re.I)
_TWELVE_MONTHS = re.compile(r"\b(?:12|twelve)[\s-]months?\b|\byear[\s-]+(?:over|on)[\s-]+year\b", re.I)


def other_measure(ctx: MarketContext, text: str, m: re.Match[str]) -> str | None:
    """For a market on a statistic's 12-month change (not a month's), the wording that makes the
    figure at m another measure: the month's change a sentence then carries to the year's ('rose
    0.2 percent in December, bringing the increase over the last year to 2.3 percent'), or an
    annualized rate over a few months ('The annualized rate of inflation, comparing the last
    three months …')."""
    asked = f"{ctx.market.question} {ctx.market.criteria}"
    if re.search(r"\bmonth(?:ly)?\b(?![\s-]+(?:change|rate)\s+in\s+the)", ctx.market.question, re.I) \
            or not _TWELVE_MONTHS.search(asked):
        return None
    later = [v for v in _VALUE.finditer(text) if v.start() >= m.end()]
    if later:
        lead = text[m.end():later[0].start()]
        brought = _BRINGING.search(lead)
        if brought and _YEARLY.search(brought.group(0)) and ";" not in lead[:brought.start()]:
            return brought.group(0).strip()
    annualized = _ANNUALIZED.search(text)
    if annualized and not _ANNUALIZED.search(asked):
        return annualized.group(0)
    return None


# a change over twelve months told right after its figure: 'rose by 10.5% in the 12 months to December 2022'
_OVER_TWELVE_MONTHS = re.compile(r"^\s*(?:in|over)\s+the\s+(?:12|twelve)\s+months\s+(?:to|through|ending|ended)\b"
                            r"|^\s*(?:year[\s-]+(?:on|over)[\s-]+year|from\s+a\s+year\s+(?:earlier|ago|before))\b", re.I)
_ANNUAL_ASKED = re.compile(r"\b(?:annual|12-month|twelve-month|year[\s-]+(?:on|over)[\s-]+year)\b", re.I)


def annual_change(ctx: MarketContext, text: str, m: re.Match[str]) -> bool:
    """For a market on a 12-month rate ('UK CPI annual inflation', 'the CPI 12-month rate'), a figure
    of a change told over twelve months ('prices rose by 10.5% in the 12 months to December 2022') is
    the rate itself, not the size of a move from another level."""
    return bool(_ANNUAL_ASKED.search(f"{ctx.market.question} {ctx.market.criteria}")) and \
        bool(_OVER_TWELVE_MONTHS.search(text[m.end():]))


_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")


def other_index(ctx: MarketContext, text: str, m: re.Match[str]) -> str | None:
    """An index whose initials extend the market's ('CPIH' for a market on 'CPI': the Consumer
    Prices Index including owner occupiers' housing costs), named before the figure with no
    mention of the market's own initials between: another series. Returns its initials."""
    asked = set(_ACRONYM.findall(ctx.market.question))
    if not asked:
        return None
    named = _ACRONYM.findall(text[:m.start()])
    if not named or named[-1] in asked:
        return None
    last = named[-1]
    return last if any(last.startswith(a) and len(last) > len(a) for a in asked) else None
