"""Told periods: the words that tie a published statistic's figure to a period, beyond the quarter or
month named in its own stretch of the sentence (rules/statistic_period.other_period reads that
stretch, from the figure before it to the one after it). For a market on one month's, one quarter's
or one year's figure, a figure the sentence ties to another period is that period's, never the
market's:

- a span told after the figure and ending in a named month: 'rose by 10.5% in the 12 months to
  October 2019', 'in the year to August', 'shrank … in the three months through December', 'plunged 5.32%
  in the three months ended in June' (for a
  quarter: the quarter that ends in that month; a span ending in another month is no calendar quarter; for
  a month: twelve months or a year to it, its change on a year; 'GDP fell by 10.4% in the three months to
  April' is a rolling quarter's, not April's);
- for a market on a quarter, a month named alone: 'In May, South Africa recorded an annualised 6.4
  percent contraction' for the second quarter (a month of the quarter or before it dates a month's
  figure or an earlier release; a month after the quarter is its release month, and dates nothing);
- a period named at the head of the sentence, before any figure, which dates each figure of the
  sentence whose own stretch names none: 'August 2025 saw a sharp drop in U.S. job growth to 22,000,
  with unemployment rising to 4.3%', 'Advance estimates of U.S. retail … sales for March 2020, …,
  were $691.7 billion, down 1.0 percent' (for a market on a month, the month after it is the
  release's, and dates nothing);
- another year named right after the figure: 'grew 7.5 percent in 2007' for a market on 2010.

Each returns the words that name the other period, or None when the words name the market's own
period or none. Pure; word shapes only (a substring test before each pattern)."""

from __future__ import annotations

import re

from .month_ranges import RANGE

_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# a span that ends in a named month, told after the figure: 'in the 12 months to October 2019', 'over the
# year to August', 'on year to July 2022', 'in the three months through December', 'in the three months ended in June'
_SPAN_TO = re.compile(r"^[^\d;:]{0,30}?\b(?:in|over|for|during|on)\s+(?:the\s+)?(?:(?:past|last)\s+)?"
                      r"(?:(?P<n>12|twelve|three|3|six|6|nine|9)\s+months|(?P<y>year)|quarter)\s+"
                      rf"(?:to|through|thru|(?:ending|ended)(?:\s+in)?|until)\s+(?:the\s+end\s+of\s+)?(?P<month>{_MONTH})\b"
                      r"(?:\s*,?\s*(?P<year>(?:19|20)\d\d)\b)?", re.I)
_SPAN_WORDS = ("months", "year", "quarter")


def span_to(kind: str, own: int, own_year: int | None, text: str, end: int, hi: int) -> str | None:
    """For a market on a month (kind 'month', own = its number) or a quarter ('quarter', own = 1–4),
    the words of a span told right after the figure ending at `end` (up to `hi`, the next figure)
    that ends in another month or year, or, for a quarter, is no three months ending in its last
    month; '' when the span is the market's own (the caller reads no other period then); None when
    there is no such span."""
    tail = text[end:min(hi, end + 90)]
    if not any(w in tail for w in _SPAN_WORDS):
        return None
    m = _SPAN_TO.match(tail)
    if m is None:
        return None
    words = _words(m)
    month = _MONTH_NAMES.index(m.group("month").lower()) + 1
    if m.group("year") and own_year is not None and int(m.group("year")) != own_year:
        return words
    n = (m.group("n") or "").lower()
    if kind == "month":  # 'in the three months to April' is a rolling quarter's change, not April's own figure
        return "" if month == own and (m.group("y") or n in ("12", "twelve")) else words
    three = n in ("three", "3") or (not n and not m.group("y"))  # 'the quarter to June'
    if not three:
        return None  # twelve months to the quarter's end: a year's change, another measure read elsewhere
    return "" if month == 3 * own else words


def span_words(text: str, end: int) -> str:
    """The words of the span told right after the figure ending at `end` ('in the three months ended in June')."""
    m = _SPAN_TO.match(text[end:end + 90])
    return _words(m) if m else ""


def _words(m: re.Match[str]) -> str:
    text = m.group(0)
    k = re.search(r"\b(?:in|over|for|during|on)\s+(?:the\s+)?(?:(?:past|last)\s+)?(?:\w+\s+)?(?:months|year|quarter)\b",
                  text, re.I)
    return " ".join(text[k.start() if k else 0:].split())


# a month named alone, not a part of a range ('April-June'), of a span ('the three months to June', 'the year
# to May') or of a quarter's name ('the June quarter'), nor a date ('May 12'), nor the modal 'May be'
_LONE_MONTH = re.compile(rf"\b{_MONTH}\b")
_NOT_LONE_AFTER = re.compile(r"\s*(?:[-\u2013\u2014]\s*[A-Z]|(?:to|through|and)\s+[A-Z][a-z]+\b|quarter\b|\d{1,2}\b(?!\d)|"
                             r"(?:be|have|not)\b)", re.I)
_NOT_LONE_BEFORE = re.compile(r"\b(?:to|through|thru|until|till|ending|ended|since|than|from|over|versus|vs\.?|"
                              r"(?:compared|relative)\s+(?:to|with)|early|mid|late|end\s+of|start\s+of|beginning\s+of)\s+"
                              r"(?:the\s+)?$|\d\s*$", re.I)


def lone_months(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """The months named alone in text[lo:hi] (see _LONE_MONTH's note)."""
    out = []
    for p in _LONE_MONTH.finditer(text, lo, hi):
        if _NOT_LONE_AFTER.match(text, p.end()) or _NOT_LONE_BEFORE.search(text[max(0, p.start() - 25):p.start()]):
            continue
        if any(r.start() <= p.start() < r.end() for r in RANGE.finditer(text, max(0, p.start() - 12), p.end() + 25)):
            continue
        out.append(p)
    return out


def month_in_quarter(own: int, own_year: int | None, text: str, p: re.Match[str]) -> str | None:
    """For a market on quarter `own` (1–4), the words of a month named alone at p when it dates
    another period than the quarter: a month of the quarter or before it ('In May' for the second
    quarter: a month's figure, or a release made before the quarter ended), or one of another year.
    None for a month after the quarter: the quarter's release month."""
    month = _MONTH_NAMES.index(p.group(0).lower()) + 1
    year = re.match(r"\s*,?\s*(?:of\s+)?((?:19|20)\d\d)\b", text[p.end():])
    if year and own_year is not None and int(year.group(1)) != own_year:
        return f"{p.group(0)} {year.group(1)}"
    return p.group(0) if month <= 3 * own else None


# the sentence's head names its period: 'In March, …', 'For the first quarter, …', 'August 2025 saw …',
# 'Advance estimates of … sales for March 2020, …, were …'
def head_period(text: str, first: int, rx: re.Pattern[str], lone: bool) -> re.Match[str] | None:
    """The last period of the kind `rx` matches named before the sentence's first figure (at
    `first`), not as a base compared with ('since', 'than', 'from'); with `lone`, a month named
    alone too (for a market on a quarter). None when the head names none."""
    head = text[:first]
    found = [p for p in rx.finditer(head) if not _NOT_LONE_BEFORE.search(head[max(0, p.start() - 25):p.start()])
             and not re.match(r"\s+(?:\d{1,2}\b(?!\d)|be\b|have\b|not\b)", head[p.end():p.end() + 6])]
    if lone:
        found += lone_months(text, 0, first)
    return max(found, key=lambda p: p.start()) if found else None


# another year named right after the figure: 'grew 7.5 percent in 2007', 'in fiscal 2019', 'for the full year 2014',
# 'shrank at a 3.8 percent pace at the end of 2005'
_YEAR_AFTER = re.compile(r"^[^\d;:]{0,20}?\b(?:in|for|during|at\s+the\s+end\s+of)\s+(?:the\s+)?(?:(?:calendar|fiscal|whole|full)\s+)?(?:year\s+)?"
                         r"(?P<y>(?:19|20)\d\d)\b(?![-/\u2013]\d)(?!\s*(?:['’]s|Q[1-4]\b|first|second|third|fourth|"
                         r"January|February|March|April|May|June|July|August|September|October|November|December))")


def other_year_after(own_year: int, text: str, end: int, hi: int) -> str | None:
    """A year other than the market's named right after the figure ending at `end` ('in 2007'),
    before the next figure at `hi`: that year's figure."""
    tail = text[end:min(hi, end + 40)]
    if "19" not in tail and "20" not in tail:
        return None
    m = _YEAR_AFTER.match(tail)
    if m is None or int(m.group("y")) == own_year:
        return None
    lead = re.search(r"\b(?:in|for|during|at\s+the\s+end\s+of)\b", m.group(0))
    return " ".join(m.group(0)[lead.start():].split())


# a year named before the figure in its own clause: 'Average inflation in Hungary in 2022 rose to 14.5%' (not one in an
# adjunct cut off by a comma, 'After peaking in 2022, inflation fell to 4%', nor a year compared with, 'since 2022')
_YEAR_BEFORE = re.compile(r"(?<!since )(?<!after )(?<!than )(?<!from )\b(?:in|for|during)\s+(?:the\s+)?(?:(?:calendar|fiscal|whole|full)"
                          r"\s+)?(?:year\s+)?(?P<y>(?:19|20)\d\d)\b(?![-/\u2013]\d)(?P<rest>[^\d,;:()]{0,40})$", re.I)


def other_year_before(own_year: int, text: str, lo: int, start: int) -> str | None:
    """A year other than the market's named before the figure starting at `start`, in its stretch (from `lo`, the
    figure before) and its clause: that year's figure ('Average inflation in 2022 rose to 14.5%')."""
    lead = text[max(lo, start - 90):start]
    if "19" not in lead and "20" not in lead:
        return None
    m = _YEAR_BEFORE.search(lead)
    if m is None or int(m.group("y")) == own_year or re.search(r"\b(?:and|but|while|whereas|as|when|which)\b", m.group("rest")):
        return None
    return " ".join(m.group(0)[:m.start("rest") - m.start()].split())


# a span from the year's start told with the figure: 'a (CPI) of 76.5% during the first ten months of this year',
# 'up 6% so far this year', 'year-to-date inflation of 13.1%', 'accumulated inflation of', 'in the first half': a sum
# over several months, not the one period's figure
# (the first three months are the first quarter, a period its own readers date)
_NUMBER_WORDS = r"(?:two|four|five|six|seven|eight|nine|ten|eleven|(?!3\b)\d{1,2})"
_CUMULATIVE_AFTER = re.compile(rf"^[^\d;:]{{0,30}}?\b(?:(?:in|during|over|for)\s+the\s+first\s+{_NUMBER_WORDS}\s+months\b|"
                               r"(?:in|during|over|for)\s+(?:the\s+)?(?:first|second)\s+half\b|in\s+(?-i:H[12])\b|"
                               r"so\s+far\s+(?:this|in\s+the)\s+year\b|(?:in\s+the\s+)?year[\s-]+to[\s-]+date\b|since\s+the\s+"
                               r"(?:start|beginning)\s+of\s+the\s+year\b|since\s+January\b)", re.I)
_CUMULATIVE_BEFORE = re.compile(r"\b(?:cumulative|accumulated|year[\s-]+to[\s-]+date|ytd)\s+(?:[a-z]+\s+){0,2}?(?:of|at|was|"
                                r"reached|stood\s+at|rose\s+to)\s+(?:an?\s+)?$", re.I)
_CUMULATIVE_WORDS = ("months", "year", "January", "date", "umulat", "ccumulat", "YTD", "ytd", "half", "H1", "H2")


_ASKS_SPAN = re.compile(r"\bhalf\b|\bH[12]\b|\byear[\s-]+to[\s-]+date\b|\bcumulative\b|\baccumulated\b|\bfirst\s+\w+\s+months\b|"
                        r"\bso\s+far\b", re.I)


def cumulative(question: str, text: str, lo: int, start: int, end: int, hi: int) -> str | None:
    """The words telling the figure at [start, end) as a sum from the year's start (see the note above),
    read in its stretch (from `lo`, the figure before, to `hi`, the one after); None otherwise, or when
    the `question` itself asks such a span ('the first half of February 2022', 'year-to-date')."""
    stretch = text[lo:min(hi, end + 90)]
    if not any(w in stretch for w in _CUMULATIVE_WORDS):
        return None
    lead = text[max(lo, start - 50):start]
    # ('climbed to 4.3% since January': a level reached, not a sum)
    after = None if re.search(r"\bto\s+(?:an?\s+)?$", lead, re.I) else _CUMULATIVE_AFTER.match(text[end:min(hi, end + 90)])
    m = after or _CUMULATIVE_BEFORE.search(lead)
    if m is None or _ASKS_SPAN.search(question):
        return None
    words = m.group(0)
    k = re.search(r"\b(?:in|during|over|for|so|year|since|cumulative|accumulated|ytd)\b", words, re.I)
    return " ".join(words[k.start() if k else 0:].split()).strip(" ,")
