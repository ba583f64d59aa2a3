"""The 12-month figure told beside another: for a market on a statistic's annual (12-month,
year-on-year) rate, a report often gives the month's change too. When the sentence, or the one
right before or after it, gives a figure labelled as the 12-month one ('came in at 102.5% in the
12 months to February', 'which resulted in interannual inflation of 102.5%'), another figure with no
such label and another value ('saw inflation grow 6.6% in the month of February', 'the CPI for
February … stood at 6.6%') is another measure of the same period, not the market's: one period has
one 12-month rate. A figure labelled as the month's own change ('Monthly inflation was 3.54%',
'prices rose 3.5% month-on-month') is that other measure whatever the sentences around it say.
A change told against the month or quarter before ('rose 6.6% in February from January', 'grew 1.6%
… from the previous quarter', 'quarter-on-quarter') is likewise not the 12-month or annual(ised)
rate: `short_base`.
Read by rules/reported_figure.py. Pure; word shapes only."""

from __future__ import annotations

import re
from functools import lru_cache

from .quantities import article_sentences

# a market on the 12-month rate
_ANNUAL_ASKED = re.compile(r"\b(?:annual|12-month|twelve-month|year[\s-]+(?:on|over)[\s-]+year|inter-?annual"
                           r"|(?:12|twelve)\s+months\s+(?:ending|ended|to|through))\b", re.I)  # 'over the 12 months ending December'
_MONTH_ASKED = re.compile(r"\bmonth(?:ly)?\b(?![\s-]+(?:change|rate)\s+in\s+the)|\bmonth[\s-]+(?:on|over)[\s-]+month\b",
                          re.I)
_PCT = re.compile(r"(?<![\d.,])(\d{1,3}(?:[.,]\d+)?)\s*(?:%|per\s*cent\b|percent\b)", re.I)
# the label before a figure: 'interannual inflation of', 'annual rate was', 'year-on-year inflation stood at'
_LABEL_BEFORE = re.compile(r"\b(?:inter-?annual|annual|annuali[sz]ed(?=\s+inflation)|year[\s-]+(?:on|over)[\s-]+year|"
                           r"12-month|twelve-month|yearly)\s+(?:[a-z]+\s+){0,2}?(?:of|at|to|was|is|stood\s+at|stands\s+at|"
                           r"reached|reaches|hit|hits|came\s+in\s+at)\s+(?:an?\s+)?$", re.I)
# the label after a figure: 'in the 12 months to February', 'for the 12 months ending March', 'year on year', 'from a year earlier'
_LABEL_AFTER = re.compile(r"^[^\d,;]{0,30}?(?:(?:in|over|for)\s+the\s+(?:12|twelve|past\s+12|last\s+12)\s+months\b|year[\s-]+(?:on|over)[\s-]+year\b|"
                          r"(?:from|on|over)\s+(?:a|the)\s+year\s+(?:earlier|ago|before)\b|(?:on\s+)?an?\s+(?:annual|"
                          r"year-on-year|yearly)\s+basis\b|annually\b)", re.I)
# a prior level named before the label: 'up from an annual rate of 98.8%'
_PRIOR = re.compile(r"\b(?:from|than|versus|vs\.?|compared\s+with|compared\s+to)\s+(?:\w+\s+){0,3}$", re.I)
# an earlier period's figure: 'more than the prior month's 2.3% year-over-year gain'
_EARLIER = re.compile(r"\b(?:prior|previous|preceding|last|earlier|from|than)\b[^\d,;]{0,25}$", re.I)


def asked(question: str, criteria: str) -> bool:
    """The market asks a statistic's 12-month rate, not a month's change."""
    return bool(_ANNUAL_ASKED.search(f"{question} {criteria}")) and not _MONTH_ASKED.search(question)


def _labelled(text: str, start: int, end: int) -> bool:
    lead = text[max(0, start - 60):start]
    label = _LABEL_BEFORE.search(lead)
    if label and not _PRIOR.search(lead[:label.start()][-30:]):
        return True
    return bool(_LABEL_AFTER.search(text[end:end + 40]))


def _value(number: str) -> float:
    return float(number.replace(",", "."))


def told_beside(title: str, body: str, index: int, headline: bool, text: str, m: re.Match[str],
                value: float) -> str | None:
    """The 12-month figure's words when the figure at m (in `text`, sentence `index` of the article)
    carries no 12-month label while this sentence, or the one right before or after it, gives a
    labelled 12-month figure of another value; None otherwise."""
    if _labelled(text, m.start(), m.end()):
        return None
    near = [text] if headline else [s.text for s in article_sentences(title, body)
                                     if not s.headline and abs(s.index - index) <= 1]
    for t in near or [text]:
        for v in _PCT.finditer(t):
            if t == text and v.start() <= m.start() < v.end():
                continue
            if _EARLIER.search(t[max(0, v.start() - 40):v.start()]):
                continue  # an earlier period's figure or a prior level, not this period's
            if _labelled(t, v.start(), v.end()) and abs(_value(v.group(1)) - abs(value)) > 1e-9:
                lo, hi = t.rfind(" ", 0, max(0, v.start() - 30)) + 1, t.find(" ", v.end() + 30)
                return t[lo:hi if hi >= 0 else len(t)].strip(" ,;")
    return None


# the label of a month's own change before a figure: 'Monthly inflation was', 'month-on-month inflation of',
# 'the monthly rate stood at', 'on a monthly basis, prices rose'
_MONTH_BEFORE = re.compile(r"\b(?:monthly|month[\s-]+(?:on|over)[\s-]+month|m/m|mom)\s+(?:[a-z]+\s+){0,3}?(?:of|at|to|was|"
                           r"is|were|stood\s+at|reached|hit|came\s+in\s+at|rose|grew|increased|climbed|jumped|by)\s+"
                           r"(?:an?\s+)?$|\bon\s+a\s+monthly\s+basis,?\s+(?:[a-z]+\s+){0,4}?(?:rose|grew|increased|climbed|"
                           r"jumped|was|were|stood\s+at|came\s+in\s+at)\s+(?:by\s+)?$", re.I)
# after a figure: 'month on month', 'on a monthly basis', 'from the previous month', 'on the month'
_MONTH_AFTER = re.compile(r"^\s*(?:\([^)]{0,20}\)\s*)?,?\s*(?:month[\s-]+(?:on|over)[\s-]+month\b|m/m\b|on\s+a\s+monthly\s+basis\b|"
                          r"(?:from|over|on)\s+(?:the\s+)?(?:previous|prior|preceding)\s+month\b|(?:from|on)\s+a\s+month\s+"
                          r"(?:earlier|before)\b|on\s+the\s+month\b)", re.I)


def month_label(text: str, start: int, end: int) -> str | None:
    """The words labelling the figure at [start, end) as a month's own change ('Monthly inflation
    was', 'month-on-month'), or None. A prior level named before the label ('up from monthly
    inflation of') is not this figure's label either way."""
    lead = text[max(0, start - 60):start]
    m = _MONTH_BEFORE.search(lead)
    if m and not _PRIOR.search(lead[:m.start()][-30:]):
        return " ".join(m.group(0).split())
    m = _MONTH_AFTER.match(text[end:end + 40])
    return " ".join(m.group(0).strip(" ,").split()) if m else None


# A change told against the month or quarter before ('rose 6.6% in February from January', 'grew 1.6% in the first
# quarter from the previous quarter', 'quarter-on-quarter'): not the 12-month or annual(ised) rate a market reads.
_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
           r"Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
_SHORT_BASE_AFTER = re.compile(
    rf"^[^\d;]{{0,30}}?\b(?:from|compared\s+(?:with|to)|versus|vs\.?)\s+{_MONTHS}(?![\w'’])"
    r"(?!\s*,?\s*(?:19|20)\d\d|\s+(?:last|a|the\s+previous)\s+year|\s*(?:through|to|until|till|-|–)\s)"
    r"|^[^\d;]{0,40}?\b(?:(?:from|compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+)?(?:previous|prior|preceding|first|"
    r"second|third|fourth|1st|2nd|3rd|4th|last|June|September|December|March)\s+quarter|(?:over|on)\s+the\s+(?:previous|"
    r"prior|preceding)\s+quarter)(?![\w'’])(?!\s+of\s+(?:19|20)\d\d|\s+(?:a|last|the\s+previous)\s+year)"
    r"|^\s*(?:\([^)]{0,20}\)\s*)?,?\s*(?:quarter[\s-]+(?:on|over)[\s-]+quarter|q/q|qoq|on\s+a\s+quarterly\s+basis|on\s+(?:the\s+)?quarter)\b"
    # 'rose 4.2 percent in January from the previous month' (not 'from the previous month's 3.6%', a level before)
    r"|^[^\d;]{0,40}?\b(?:from|compared\s+(?:with|to)|versus|vs\.?|over|on)\s+the\s+(?:previous|prior|preceding)\s+month\b"
    r"(?!['’])"
    # 'fell 0.36 percent, from 204.34 in June to 203.61 in July': an index's two levels, a month apart
    rf"|^[^\d;]{{0,20}}?\bfrom\s+\d[\d,.]*\s+(?:points\s+)?in\s+{_MONTHS}(?!\s*,?\s*(?:19|20)\d\d)\s+to\s+\d[\d,.]*\s+"
    rf"(?:points\s+)?in\s+{_MONTHS}(?!\s*,?\s*(?:19|20)\d\d)", re.I)
# the quarter's own change labelled right after its figure, whatever verb led to it
_QUARTER_LABEL = re.compile(r"^\s*(?:\([^)]{0,20}\)\s*)?,?\s*(?:quarter[\s-]+(?:on|over)[\s-]+quarter|q/q|qoq|on\s+a\s+quarterly\s+"
                            r"basis|on\s+(?:the\s+)?quarter)\b", re.I)  # ('41.2 percent on quarter')
_SHORT_BASE_BEFORE = re.compile(r"\b(?:quarter[\s-]+(?:on|over)[\s-]+quarter|q/q|qoq)\s+(?:[a-z]+\s+){0,3}?(?:of|at|to|was|"
                                r"is|were|stood\s+at|reached|hit|came\s+in\s+at|rose|grew|increased|expanded|by)\s+"
                                r"(?:an?\s+)?$", re.I)
_QUARTER_ASKED = re.compile(r"\bquarter[\s-]+(?:on|over)[\s-]+quarter\b|\bq/q\b|\bquarterly\s+(?:growth|rate|change)\b|"
                            r"\b(?:from|over)\s+the\s+(?:previous|prior|preceding)\s+quarter\b", re.I)
_ANNUALISED = re.compile(r"\bannuali[sz]ed\b|\bannual\s+(?:rate|pace)\b|\ba\s+year\s+(?:earlier|ago|before)\b", re.I)


def short_base(text: str, start: int, end: int, question: str) -> str | None:
    """The words telling that the figure at [start, end) is a change from the month or quarter
    before (a named month not of another year, 'the previous quarter', 'quarter-on-quarter'),
    for a market on a 12-month or annual rate that does not itself ask a quarter's change; None
    for a level ('rose to 6.6% … from January'), an annualised rate, or a labelled 12-month figure."""
    if _QUARTER_ASKED.search(question) or _MONTH_ASKED.search(question):
        return None
    lead, tail = text[max(0, start - 60):start], text[end:end + 60]
    label = _QUARTER_LABEL.match(tail)
    if label and not _ANNUALISED.search(lead) and not _ANNUALISED.search(tail):
        return " ".join(label.group(0).strip(" ,").split())  # 'eased to 0.5% quarter-on-quarter': labelled, even after 'to'
    if re.search(r"\bto\s+(?:an?\s+)?$", lead, re.I) or _ANNUALISED.search(lead) or _ANNUALISED.search(tail) \
            or _labelled(text, start, end):
        return None
    m = _SHORT_BASE_BEFORE.search(lead) or _SHORT_BASE_AFTER.match(tail)
    return " ".join(m.group(0).split()).strip(" ,") if m else None


# the figure's own lead names the annual rate: 'Year-on-year inflation in July … at a rate of 19.01%'
_ANNUAL_LEAD = re.compile(r"\b(?:year[\s-]+on[\s-]+year|year[\s-]+over[\s-]+year|annual(?:ised|ized)?|12-month|twelve-month|"
                          r"y/y|yoy|homologous)\b", re.I)
# a month's word with its own figure after it: 'with the monthly price variation at 1.25%'
_MONTH_WITH_FIGURE = re.compile(r"\b(?:monthly|month[\s-]+(?:on|over)[\s-]+month|on\s+a\s+monthly\s+basis)\b[^;%\d]{0,50}?"
                                r"\d+(?:[.,]\d+)?\s*(?:%|percent|per\s+cent)", re.I)


def monthly_elsewhere(text: str, start: int, end: int, monthly: "re.Pattern[str]") -> bool:
    """The sentence's month-on-month words (`monthly` matches) all label another figure told after
    the one at [start, end), whose own lead names the annual rate: 'Year-on-year inflation in July …
    at a rate of 19.01%, with the monthly price variation at 1.25%' — 19.01% is the 12-month rate."""
    if not _ANNUAL_LEAD.search(text[:start]) or _ANNUAL_LEAD.search(text[end:]):
        return False
    found = list(monthly.finditer(text))
    return bool(found) and all(w.start() >= end and _MONTH_WITH_FIGURE.match(text, w.start()) for w in found)


# A market on a quarter's change that asks it unscaled ('quarter-on-quarter', 'from the previous quarter', 'not
# annualised'), and one that asks it scaled to a year ('an annualized rate', 'at an annual rate'): a figure labelled
# with the other measure ('shrank at an annualised rate of 1.9%' for the first; 'contracted 0.5% quarter-on-quarter'
# for the second) is another figure of the same quarter.
_UNSCALED_ASKED = re.compile(r"\bquarter[\s-]+(?:on|over)[\s-]+quarter\b|\bq/q\b|\bqoq\b|\b(?:from|over|on)\s+the\s+"
                             r"(?:previous|prior|preceding)\s+quarter\b|\bnot\s+annuali[sz]ed\b|\bnon-annuali[sz]ed\b", re.I)
_SCALED_ASKED = re.compile(r"\bannuali[sz]ed\b|\bannual\s+(?:rate|pace)\b", re.I)
# the labels, in the figure's stretch before it ('On an annualized rate, Japan's economy contracted by') or right after it
_SCALED = re.compile(r"\bannuali[sz]ed\b|\bannual\s+(?:rate|pace)\b", re.I)
_UNSCALED_AFTER = re.compile(r"^\s*(?:\([^)]{0,20}\)\s*)?,?\s*(?:quarter[\s-]+(?:on|over)[\s-]+quarter\b|q/q\b|qoq\b|"
                             r"on\s+a\s+quarterly\s+basis\b|(?:from|over|on)\s+the\s+(?:previous|prior|preceding)\s+quarter\b|"
                             r"non-annuali[sz]ed\b)", re.I)
_UNSCALED_BEFORE = re.compile(r"\b(?:quarter[\s-]+(?:on|over)[\s-]+quarter|q/q|qoq|non-annuali[sz]ed|quarterly)\s+(?:[a-z]+\s+){0,2}?"
                              r"(?:growth|rate|change|expansion|contraction|increase|decline|rise|fall)\s+(?:of|was|at)\s+"
                              r"(?:an?\s+)?$", re.I)


# a change from the same period a year before: another measure than the quarter's change, scaled or not
_YEAR_ASKED = re.compile(r"\byear[\s-]+(?:on|over)[\s-]+year\b|\by/y\b|\byoy\b|\ba\s+year\s+(?:earlier|ago|before)\b|"
                         r"\bsame\s+(?:quarter|period)\b|\b12-month\b", re.I)
_YEAR_BASE = re.compile(r"\byear[\s-]+(?:on|over)[\s-]+year\b|\by/y\b|\byoy\b|\b(?:from|than|compared\s+(?:with|to)|over|on)\s+"
                        r"(?:a|the)\s+(?:year|same\s+(?:quarter|period)(?:\s+(?:a|last|of\s+the\s+previous)\s+year)?)"
                        r"(?:\s+(?:earlier|ago|before))?\b", re.I)


@lru_cache(maxsize=1024)
def _scale_asked(question: str, criteria: str) -> tuple[bool, bool]:
    """Whether the market asks the quarter's change unscaled, and whether scaled to a year."""
    asked = f"{question} {criteria}"
    return bool(_UNSCALED_ASKED.search(asked)), bool(_SCALED_ASKED.search(asked))


def rate_base(question: str, criteria: str, text: str, lo: int, start: int, end: int, hi: int) -> str | None:
    """The label that makes the figure at [start, end) another measure of a quarter's change than the
    market's (see _UNSCALED_ASKED's note): read in its stretch of the sentence, from `lo` (the figure
    before it) to `hi` (the one after it). None when the market asks neither or both, or the figure
    bears its own measure's label or none."""
    unscaled, scaled = _scale_asked(question, criteria)
    if unscaled == scaled:
        return None
    year = None if _YEAR_ASKED.search(f"{question} {criteria}") else _YEAR_BASE.search(text, lo, hi)
    if year:  # 'Compared with a year earlier, GDP rose 2.9%' for the quarter's change from the quarter before
        return " ".join(year.group(0).split())
    if unscaled:
        if "nnual" not in text[lo:hi]:
            return None
        m = _SCALED.search(text, lo, hi)
        return " ".join(m.group(0).split()) if m else None
    m = _UNSCALED_AFTER.match(text[end:hi]) or _UNSCALED_BEFORE.search(text[max(lo, start - 60):start])
    return " ".join(m.group(0).strip(" ,").split()) if m else None


def annual_label(question: str, text: str, start: int, end: int) -> bool:
    """For a market on a month's own change ('rise 3% or more month over month'), the figure at [start, end)
    is labelled as the 12-month rate ('12-month rate reaches 32.4%', 'taking the 12-month rate to 32.4%'):
    another measure of the same month."""
    return bool(_MONTH_ASKED.search(question)) and not _ANNUAL_ASKED.search(question) and _labelled(text, start, end)


# a running total since the year began ('So far in 2018, the inflation rate … is at 11.9%', 'year-to-date'): neither the
# 12-month rate nor one month's change
_CUMULATIVE = re.compile(r"\bso\s+far\s+(?:in|this)\s+(?:the\s+)?(?:year|(?:19|20)\d\d)\b|\byear[\s-]+to[\s-]+date\b|\bytd\b|"
                         r"\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the\s+)?(?:year|(?:19|20)\d\d)\b|"
                         r"\b(?:in|during|over)\s+the\s+first\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+"
                         r"months\s+of\b|\baccumulated\b|\bcumulative(?:ly)?\b", re.I)


def cumulative_label(question: str, criteria: str, text: str, start: int, end: int) -> str | None:
    """The words telling the figure at [start, end) is the running total since the year began, in its
    clause, for a market that asks no such total; None otherwise."""
    if _CUMULATIVE.search(f"{question} {criteria}"):
        return None
    quarter = re.search(r"\bQ[1-4]\b|\bquarter\b|\bJanuary[-–\s]+(?:to\s+)?March\b", f"{question} {criteria}", re.I)
    lo = max(text.rfind(";", 0, start), text.rfind(". ", 0, start)) + 1
    hi = min((k for k in (text.find(";", end), text.find(", while", end), text.find(", but", end)) if k >= 0),
             default=len(text))
    m = _CUMULATIVE.search(text, lo, start) or _CUMULATIVE.search(text, end, min(hi, end + 40))
    if m and quarter and re.search(r"\b(?:three|3)\s+months\b", m.group(0), re.I):
        return None  # 'grew by 0.3 per cent in the first three months of the year': the first quarter itself
    return " ".join(m.group(0).split()) if m else None
