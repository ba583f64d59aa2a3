"""Statistic periods: which period and which measure a published statistic's figure is for, when
the market reads one period's figure ('Will US annual CPI inflation for December 2019 be 2.3% or
higher?', 'real GDP growth of 2.5% or more in Q1 2013'). The period may be named in the sentences
before the figure; a figure the sentence itself sets in another period ('from fourth-quarter
2012, when the economy expanded at a scant 0.4 percent') is that period's. For a market on the
12-month change, a month's change told beside it ('rose 0.2 percent in December, bringing the
increase over the last year to 2.3 percent') and an annualized rate over a few months are other
measures. A year's figure ('GDP growth for 2015') is the one its own sentence dates to that year
('grew 6.9 percent in 2015'), with no month or quarter beside it; a quarter named by the month it
ends ('the December 2023 quarter') is the report's 'Q4', and so is the year's end ('shrank at a 3.8
percent pace at the end of 2008') in a report dated on its release day. A figure told as the change
of the market's own period ('The 0.3% fall in Q4') is that period's; one told beside the first
release ('far worse than the initial estimate of 3.8 percent') is a later revision; one dated as
the reading before ('A month ago, inflation stood at 2.2 percent') is the earlier one. Read by the
threshold_crossed rule."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from .. import indicators, month_ranges, release_vintage, told_periods
from ..analysis import MarketContext, SentenceFacts
from ..text import article_sentences
from ..packaged import load_json
from .threshold_figures import _MONTH_NAMES, _NAMED_RELEASE, _RELEASE_ESTIMATE, _VALUE

_QUARTER = re.compile(r"\bQ([1-4])\b|\b(?:(?P<w>first|second|third|fourth)[\s-]+quarter)\b", re.I)  # 'third-quarter 2001'
_ORDINALS = ("first", "second", "third", "fourth")
_FULL_YEAR = re.compile(r"\b(?:full|whole)[\s-]year\b(?!\s+(?:forecast|target|outlook|projection|estimate|goal|guidance))", re.I)
_AVERAGE = re.compile(r"\baverag", re.I)  # 'averaged 3.2% in 2011': the year's mean, not its December-to-December rise
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
    december = indicators.year_to_december(ctx.market.question, ctx.market.criteria) if year is None else None
    if december is not None and not quarter and not _AVERAGE.search(f.sent.text) and \
            re.search(rf"\b{december}\b(?![-/]\d)", f.sent.text) and \
            not (_ANY_QUARTER.search(f.sent.text) or _ANY_MONTH.search(f.sent.text)):
        # 'rose 3.0 percent in 2011' for the 12 months ending December 2011 (not 'averaged 3.2% in 2011')
        return f"the year '{december}' is named in {'the headline' if f.sent.headline else 'the sentence'}, the twelve " \
               "months ending in its December"
    if year is not None and not quarter:
        # a year's figure ('GDP growth for 2015'): the year named in the figure's own sentence
        # ('China's economy grew 6.9 percent in 2015'), which names no month or quarter of it
        hit = re.search(rf"\b{year}\b(?![-/]\d)", f.sent.text)
        if hit and not (_ANY_QUARTER.search(f.sent.text) or _ANY_MONTH.search(f.sent.text)):
            return f"the year '{year}' is named in {'the headline' if f.sent.headline else 'the sentence'}"
        pub = f.article.published
        full = _FULL_YEAR.search(f.sent.text) if not hit else None
        if full and (pub.year == year or (pub.year == year + 1 and pub.month <= 2)) and \
                not re.search(r"\b(?:19|20)\d\d\b", f.sent.text) and \
                not (_ANY_QUARTER.search(f.sent.text) or _ANY_MONTH.search(f.sent.text)):
            # '* Full-year average inflation at 9.21 pct y/y' in a release of Dec 24, 2012: the year it closes
            return f"'{full.group(0)}' in a report of {pub:%d %b %Y} names the year {year}"
        return None
    if quarter:  # 'in Q1 2018': the quarter named in words ('in the first quarter')
        n = int(quarter.group(1)) if quarter.group(1) else _ORDINALS.index(quarter.group("w").lower()) + 1
        month = rf"(?:{_ORDINALS[n - 1]}[\s-]+quarter|Q{n}" + (_last_quarter(ctx.market.question) if n == 4 else "") + (
            # 'in the three months to the end of September': the quarter told by its last month
            rf"|three\s+months\s+(?:to|ended|ending|through)\s+(?:the\s+end\s+of\s+)?(?:in\s+)?{_MONTH_NAMES[3 * n - 1]})")
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
    return None if quarter or _MONTH_QUARTER.search(ctx.market.question) else _released_month(ctx, f, sents)


_WORDS = load_json("figures.json")
_RELEASE_CUE = re.compile(rf"\b(?:{'|'.join(_WORDS['release_bodies'])})\b[^.;:]{{0,80}}?\b(?:{'|'.join(_WORDS['release_verbs'])})\b"
                          r"|\baccording\s+to\s+the\s+[^.;:]{0,60}?\b(?:report|release|data|figures)\b", re.I)
# the first days of the month after the market's, when a monthly release reports the month before
_RELEASE_DAYS = 10


def _released_month(ctx: MarketContext, f: SentenceFacts, sents) -> str | None:
    """For a month's statistic whose month the article does not name near the figure ('Unemployment
    Rate: 6.5%'): an article published in the first days of the next month that reports the release
    ('The government reported more grim news about the economy Friday', 'According to the Labor
    Department's monthly jobs report') reports the month before. The cue is read in the figure's
    sentence or the first two sentences of the body; a figure of another month is ruled out before."""
    ws, pub = ctx.target.window_start, f.article.published
    if ws is None or not re.search(rf"\b{_MONTH_NAMES[ws.month - 1]}\b", ctx.market.question, re.I):
        return None
    after = (ws.year + ws.month // 12, ws.month % 12 + 1)
    if (pub.year, pub.month) != after or pub.day > _RELEASE_DAYS:
        return None
    body = [s for s in sents if not s.headline][:2]
    cue = next((c for s in [f.sent] + body for c in [_RELEASE_CUE.search(s.text)] if c), None)
    if cue is None:
        return None
    return (f"published {pub:%d %b %Y}, in the first days of the month after {_MONTH_NAMES[ws.month - 1].capitalize()}, "
            f"in a report of the release ('{cue.group(0)}'): the month it reports is {_MONTH_NAMES[ws.month - 1].capitalize()}")


def _last_quarter(question: str) -> str:
    """The other words a report names a year's fourth quarter in, for a market on Q4 of a year:
    'shrank at a 3.8 percent pace at the end of 2008', 'in the final quarter of 2008', 'the
    October-December period'."""
    year = re.search(r"\b(?:19|20)\d\d\b", question)
    if year is None:
        return ""
    return rf"|at\s+the\s+end\s+of\s+{year.group(0)}|(?:last|final)\s+quarter\s+of\s+{year.group(0)}|October[-\u2013]December"


def release_day(ctx: MarketContext, span) -> bool:
    """A single day dating a statistic's figure that lies after the market's quarter or month, within
    40 days of its end ('Washington, DC, Jan. 30, 2009--The economy shrank …' for Q4 2008): the day of
    the first release, not the period the figure is for."""
    kind = _periods(ctx)
    ws = ctx.target.window_start
    if kind is None or ws is None or span.end - span.start > timedelta(days=1):
        return False
    months = 3 if kind[0] is _ANY_QUARTER else 1
    end = datetime(ws.year + (ws.month - 1 + months) // 12, (ws.month - 1 + months) % 12 + 1, 1, tzinfo=ws.tzinfo)
    return end <= span.start <= end + timedelta(days=40)


# another quarter or month named in the figure's stretch of the sentence
_ANY_QUARTER = re.compile(r"\bQ([1-4])\b|\b(?P<w>first|second|third|fourth)[\s-]+quarter\b"
                          # a year's last quarter named with its year: 'during the last quarter of 2022'
                          r"|\b(?P<last>last|final)\s+quarter(?=\s+of\s+(?:19|20)\d\d\b)", re.I)
_ANY_MONTH = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")


def _quarter_number(m: re.Match[str]) -> int:
    if m.re is _ANY_QUARTER and m.group("last"):
        return 4
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


def own_span(ctx: MarketContext, text: str, m: re.Match[str]) -> str | None:
    """For a market on a quarter, the words of a span told right after the figure at m that is the quarter
    itself, by its three months ending in its last month ('plunged 5.32% in the three months ended in June'
    for the second quarter), else None."""
    kind = _periods(ctx)
    if kind is None or kind[0] is not _ANY_QUARTER or "month" not in text[m.end():m.end() + 60]:
        return None
    if told_periods.span_to("quarter", kind[1], ctx.target.window_start.year, text, m.end(), len(text)) != "":
        return None
    return told_periods.span_words(text, m.end())


# a period named as the base a change is measured from: 'over October, 2024', 'compared with October 2021'
_BASE_BEFORE = re.compile(r"\b(?:over|from|above|below|against|versus|vs\.?|than|(?:compared|relative)\s+(?:with|to))\s+(?:the\s+)?$", re.I)


def other_period(ctx: MarketContext, text: str, m: re.Match[str]) -> str | None:
    """For a market on one quarter's or one month's figure, the other quarter or month that dates
    the figure at m in its stretch of the sentence (from the figure before it to the one after
    it): one right after it ('0.4% in the fourth quarter'), else the last one before it ('from
    fourth-quarter 2012, when the economy expanded at a scant 0.4 percent' for a market on Q1
    2013). None when that period is the market's own, or none is named."""
    kind = _periods(ctx)
    ws = ctx.target.window_start
    year = indicators.year_figure(ctx.market.question, ctx.market.criteria) if kind is None else None
    if kind is None and year is None:
        return None
    spans = [(v.start(), v.end()) for v in _VALUE.finditer(text) if not re.fullmatch(r"(?:19|20)\d\d", v.group(0).strip())]
    lo = max((e for s, e in spans if e <= m.start()), default=0)
    hi = min((s for s, e in spans if s >= m.end()), default=len(text))
    # (the number of a span's months is no figure: the span is read past it)
    summed = told_periods.cumulative(ctx.market.question, text, lo, m.start(), m.end(), len(text))
    if summed:  # 'during the first ten months of this year': a sum from the year's start, not the period's figure
        return summed
    if kind is None:  # a year's figure: another year named right after it ('grew 7.5 percent in 2007')
        return told_periods.other_year_after(year, text, m.end(), hi)
    rx, own = kind
    quarter = rx is _ANY_QUARTER
    told = told_periods.span_to("quarter" if quarter else "month", own, ws.year, text, m.end(), len(text))
    if told is not None:  # 'in the 12 months to October 2019', 'in the three months to June'
        return told or None
    # a month with its day is a date ('released January 14'), not a period; 'may be' is a verb
    found = [p for p in rx.finditer(text, lo, hi) if not re.match(r"\s+(?:\d{1,2}\b|be\b|have\b|not\b)", text[p.end():])]
    # after the figure, a period it is told for ('0.4% in the fourth quarter'), not one compared with ('the
    # lowest figure since November 2021')
    after = [p for p in found if p.start() >= m.end() and (p.start() - m.end() <= 30 or p.start() - m.end() <= 50
             and not re.search(r"[,;:()]|\b(?:and|but|while|after|before|since|than)\b", text[m.end():p.start()]))
             and re.search(r"\b(?:in|for|during)\s+(?:the\s+)?$", text[m.end():p.start()], re.I)]
    before = [p for p in found if p.end() <= m.start() and not re.search(r"\b(?:since|than)\s+(?:the\s+)?$",
                                                                          text[:p.start()], re.I)]
    near = after[0] if after else before[-1] if before else None
    if near is None:
        return _beyond_stretch(ctx, text, m, rx, own, spans, lo, hi)
    year_after = told_periods.other_year_after(ws.year, text, m.end(), hi)
    if year_after:  # 'spiked by 4.9 percent in 2021 in the third quarter' for the third quarter of 2023
        return year_after
    if rx is _ANY_MONTH and month_ranges.asked(ctx.market.question):  # a period named by its months
        same = month_ranges.own_range(ctx.market.question, text, near.start(), near.end())
        return None if same else month_ranges.label_at(text, near.start(), near.end()) or near.group(0)
    number = _quarter_number(near) if rx is _ANY_QUARTER else _MONTH_NAMES.index(near.group(0).lower()) + 1
    year = re.match(r"(?:\s+quarter)?(?:\s+of)?,?\s+((?:19|20)\d\d)\b", text[near.end():])  # 'the March quarter 2010'
    if rx is _ANY_QUARTER and number == own and year and ctx.target.window_start and int(year.group(1)) != ctx.target.window_start.year:
        return f"{near.group(0)}{year.group(0)}"  # 'the first quarter of 1991' for a market on Q1 2023
    if rx is _ANY_MONTH and number == own and year and ctx.target.window_start \
            and int(year.group(1)) != ctx.target.window_start.year and not _BASE_BEFORE.search(text[:near.start()]):
        # 'the rate recorded in June 2023, which was 22.79 per cent' for a market on June 2024: the same month of
        # another year (not the base a change is told over: 'for October, 2025 over October, 2024 is 0.25%')
        return f"{near.group(0)}{year.group(0)}"
    return None if number == own else near.group(0)


def _beyond_stretch(ctx: MarketContext, text: str, m: re.Match[str], rx: re.Pattern[str], own: int,
                    spans: list[tuple[int, int]], lo: int, hi: int) -> str | None:
    """When the figure's stretch names no quarter or month of the market's kind: for a market on a
    quarter, a month named alone in the stretch ('In May, South Africa recorded …' for the second
    quarter); a period named at the head of the sentence before its first figure; another year right
    after the figure (told_periods.py). The words naming the other period, or None."""
    ws = ctx.target.window_start
    quarter = rx is _ANY_QUARTER
    if quarter:
        for p in reversed(told_periods.lone_months(text, lo, hi)):
            if p.end() <= m.start() or re.search(r"\b(?:in|for|during)\s+(?:the\s+)?$", text[m.end():p.start()]):
                return told_periods.month_in_quarter(own, ws.year, text, p)
    head = told_periods.head_period(text, spans[0][0], rx, quarter) if spans else None
    if head is not None:
        if quarter and head.re is not rx:
            return told_periods.month_in_quarter(own, ws.year, text, head)
        number = _quarter_number(head) if quarter else _MONTH_NAMES.index(head.group(0).lower()) + 1
        year = re.match(r"(?:\s+quarter)?(?:\s+of)?,?\s+((?:19|20)\d\d)\b", text[head.end():])
        if year and int(year.group(1)) != ws.year:
            return f"{head.group(0)}{year.group(0)}"
        if number != own and not (not quarter and number == own % 12 + 1):  # (the month after: the release's)
            return head.group(0)
    return told_periods.other_year_after(ws.year, text, m.end(), hi) or told_periods.other_year_before(ws.year, text, lo, m.start())


_CHANGE_NOUNS = load_json("figures.json")["change_nouns"]
_NOUN_AFTER = re.compile(r"\s*(?P<noun>" + "|".join(sorted(_CHANGE_NOUNS["down"] + _CHANGE_NOUNS["up"], key=len, reverse=True))
                         + r")\s+(?:in|for|during)\s+(?:the\s+)?", re.I)
# the figure names its period as the subject of the sentence or of a clause: 'The 0.3% fall in Q4 was
# fuelled by …' (not 'than the 0.5 percent decline', 'from the 0.2% rise': a base compared with)
_SUBJECT_THE = re.compile(r"(?:^|[,;:]\s*|\b(?:and|but|while|as)\s+)the\s+$", re.I)
_REVISED_AFTER = re.compile(r"\b(?:was|were|has\s+been|had\s+been|is|being)\s+revised\b", re.I)


def own_period_change(ctx: MarketContext, text: str, m: re.Match[str]) -> tuple[str, int] | None:
    """For a market on one quarter's or one month's figure, a figure told as the change of the
    market's own period, after 'the' at the head of a clause: 'The 0.3% fall in Q4 was fuelled by
    …' for a market on Q4 2023. Returns the words read and the change's sign (-1 for a fall). None
    for another period or year, a base compared with ('than the 0.5 percent decline'), or a figure
    the sentence says was revised."""
    kind = _periods(ctx)
    if kind is None or not _SUBJECT_THE.search(text[:m.start()]):
        return None
    rx, own = kind
    noun = _NOUN_AFTER.match(text, m.end())
    period = rx.match(text, noun.end()) if noun else None
    if period is None:
        return None
    number = _quarter_number(period) if rx is _ANY_QUARTER else _MONTH_NAMES.index(period.group(0).lower()) + 1
    year = re.match(r"[\s,]*((?:19|20)\d\d)\b", text[period.end():])
    if number != own or (year and year.group(1) not in ctx.market.question) or _REVISED_AFTER.search(text[period.end():]):
        return None
    sign = -1 if noun.group("noun").lower() in _CHANGE_NOUNS["down"] else 1
    return text[m.start():period.end()], sign


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


# the words of a rate scaled to a year, in a report ('contracted at an annualized rate', 'an annual pace')
_ANNUAL_RATE = re.compile(r"\bannuali[sz]ed\b|\bannual\s+(?:rate|pace)\b", re.I)


def unannualised(ctx: MarketContext, f: SentenceFacts, m: re.Match[str]) -> bool:
    """For a market on an annualised rate ('an annualised contraction larger than 1.8%'), a figure
    whose sentence names no annual rate, in an article that names one for another figure ('contracted
    by 0.5 percent in the July to September period' beside 'On an annualized rate, … contracted by 1.9
    percent'): the quarter's own change, another measure. A headline's figure, or one the article
    tells elsewhere as the annual rate ('Grows 4.1%' over 'at an annual rate of 4.1 percent'), is not."""
    if f.sent.headline or not _ANNUALIZED.search(ctx.market.question) or _ANNUAL_RATE.search(f.sent.text):
        return False
    number = re.search(r"\d+(?:\.\d+)?", m.group())
    annual = [s.text for s in article_sentences(f.article.title or "", f.article.text)
              if not s.headline and _ANNUAL_RATE.search(s.text)]
    return bool(annual) and not (number and any(re.search(rf"(?<![\d.]){re.escape(number.group())}(?![\d]|\.\d)", s)
                                                for s in annual))


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


# a statistic's first release named with its own figure ('far worse than the initial estimate of 3.8 percent')
_FIRST_ESTIMATE = re.compile(r"\b(?:initial|first|advance|original|preliminary|flash|earlier|previous)\s+(?:estimate|reading|"
                             r"figure|print)\s+(?:of|at|was|had\s+been)\s+(?:an?\s+)?$", re.I)
_FIRST_ASKED = re.compile(r"\b(?:initial|first|advance|preliminary|flash)\s+(?:\(\w+\)\s+)?(?:quarterly\s+)?estimate\b"
                          r"|\bas\s+first\s+(?:published|released|reported)\b|\brevisions?\b", re.I)


# a figure told as the revised one: 'at a revised 1.1 percent annual rate', 'a revised 0.3% rise'
_TOLD_REVISED = re.compile(r"\b(?:an?|the|its)\s+(?:downwardly\s+|upwardly\s+)?revised\s+$", re.I)


def later_revision(ctx: MarketContext, text: str, m: re.Match[str]) -> str | None:
    """For a market on a statistic's first release ('the advance (first) estimate …; later
    revisions do not count'), a figure in a sentence that names the first release with another
    figure ('shrank at an annualized rate of 6.2 percent …, far worse than the initial estimate
    of 3.8 percent') is a later revision of it, and so is one told as revised ('contracted at a
    revised 1.1 percent annual rate'). Returns the words naming the first release or the revision."""
    if not (_FIRST_ASKED.search(f"{ctx.market.question} {ctx.market.criteria}")
            or release_vintage.asks_early(ctx.market.question, ctx.market.criteria)):  # 'the first official estimate'
        return None
    told = _TOLD_REVISED.search(text[max(0, m.start() - 30):m.start()])
    if told:  # 'contracted at a revised 1.1 percent annual rate': the figure is itself the revision
        return f"{told.group(0).strip()} {m.group(0).strip()}"
    for v in _VALUE.finditer(text):
        first = _FIRST_ESTIMATE.search(text[max(0, v.start() - 50):v.start()])
        if first and v.start() != m.start():
            return f"{first.group(0).strip()} {v.group(0).strip()}"
    return None


# the reading before the one reported: 'A month ago, inflation stood at 2.2 percent', 'from 2.2% a
# year earlier' ('last month' is no such phrase: in a report it names the period just measured)
# ('had expanded by 5.2 per cent in the corresponding April-June period of 2019-20', 'in the same quarter last year':
# the year-ago period a report compares with)
_EARLIER = re.compile(r"\b(?:an?\s+(?:month|year|quarter)\s+(?:ago|earlier|before)|(?:the\s+)?(?:previous|prior|preceding)\s+"
                      r"(?:month|year|quarter|reading)|the\s+(?:month|year|quarter)\s+before|the\s+corresponding\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:month|quarter|period)|the\s+same\s+(?:[\w-]+\s+){0,2}?(?:month|quarter|period)\s+(?:of\s+|in\s+)?"
                      r"(?:last|the\s+previous|the\s+prior|a)\s+year)\b", re.I)


def _earlier_reading(text: str, m: re.Match[str]) -> str | None:
    """A phrase dating the figure at m as the previous reading: right after it, or before it
    with no other figure between ('A month ago, inflation stood at 2.2 percent')."""
    for e in _EARLIER.finditer(text):
        if e.end() <= m.start() and re.fullmatch(r"['’]s?\s+(?:(?:[a-z-]+\s+){0,2}?(?:reading|figure|rate)\s+of\s+)?(?:an?\s+)?",
                                                 text[e.end():m.start()]):
            return f"{e.group(0)}{text[e.end():m.start()].rstrip()}"  # 'more than the prior month's 2.3% gain'
        if re.search(r"\b(?:from|than|with|over|versus|vs\.?|on)\s+$", text[:e.start()], re.I):
            continue  # 'rose 3.0 percent from a year ago': the base of a change, not an earlier reading
        if e.start() >= m.end() and not re.search(r"\d", text[m.end():e.start()]) and e.start() - m.end() <= 25:
            return e.group(0)
        if e.end() <= m.start() and not re.search(r"\d", text[e.end():m.start()]) and \
                not re.search(r"\d[%\w\s]{0,15}$", text[:e.start()]):
            return e.group(0)
    return None


def _released_estimate(ctx: MarketContext, f: SentenceFacts, bound: str) -> bool:
    """'GDP grew at an estimated 2.3 percent annualized rate, the Commerce Department reported
    Friday': for a market on a statistic's published estimate ('the advance estimate'), the
    estimate a named body releases is the figure the market reads, not a rough one."""
    return bool(ctx.target.single_value and " ".join(bound.lower().split()) == "an estimated"
                and _RELEASE_ESTIMATE.search(ctx.market.question + " " + ctx.market.criteria)
                and _NAMED_RELEASE.search(f.sent.text))
