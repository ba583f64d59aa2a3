"""Statistics: the published figures a market may ask about (unemployment, CPI, GDP, payrolls):
the names a statistic goes by in a report, its variant ('core'), whether it is itself a change
('payroll gains', 'GDP falling by'), and the period it measures (a month or a year)."""

from __future__ import annotations

import re
from functools import lru_cache
from datetime import datetime

from . import statistic_names
from .quantities import STATISTICS

# the words a statistic goes by in a report ('the jobless rate', 'gross domestic product')
_INDICATOR_NAMES = (
    ("unemployment", "jobless"),
    ("inflation", "cpi", "consumer price", "consumer prices", "prices"),
    ("gdp", "gross domestic product", "economy", "output"),
    ("payrolls", "payroll", "nonfarm", "jobs", "employment", "employers"),
    ("pce", "personal consumption expenditures"),
    ("ppi", "producer price", "producer prices"),
    ("deficit",), ("turnout",), ("approval",), ("growth", "economy", "gdp", "grew", "expanded"),
    # a country's trade in one month ('China's exports for June 2019'): read only where the sentence names it
    ("exports", "shipments abroad"), ("imports",),
)


_CHANGE = re.compile(r"\b(?:gains?|change|growth|grow|adds?|added|payrolls?|nonfarm|contraction|expansion)\b|\b(?:ris|fall|fell|drop|declin|contract|"
                     r"shr[ai]nk|grow|increas|decreas)\w*\s+by\b"
                     # the statistic's sign asked by a verb: 'GDP be reported as contracting', 'show the economy grew'
                     r"|\b(?:contract(?:s|ed|ing)?|shr(?:ink|inks|ank|unk|inking)|gr(?:ew|own|owing)|expand(?:s|ed|ing)?)\b", re.I)
# ('for the first half of February 2022', 'the second fortnight of May 2023': a half-month figure's month)
# ("China's January 2009 exports": the month a possessive's statistic is for)
# ('over the 12 months ending December 2011', 'in the year to March 2024': a twelve-month change is the
# month's figure, the month it ends in)
_PERIOD = re.compile(r"\b(?:for|the|['’]s)\s+(?:(?:first|second|1st|2nd)\s+(?:half|fortnight)\s+of\s+"
                     r"|(?:12|twelve)[\s-]months?\s+(?:ending|ended|to|through|thru)\s+(?:in\s+)?"
                     r"|year\s+(?:ending|ended|to|through)\s+(?:in\s+)?)?(?P<month>January|February|March|April|May|June|July|August|September|October|"
                     r"November|December)\s+(?P<year>(?:19|20)\d\d)\b")


def change_statistic(question: str) -> bool:
    """The statistic is itself a change ('payroll gains of 50,000', 'GDP growth'): 'increased by
    22,000' is its figure, and a month's figure is what it measures."""
    return bool(_CHANGE.search(question)) or statistic_names.phrase(question)  # 'retail sales rising 0.5%': a change


def statistic_period(question: str, criteria: str = "") -> tuple[int, int] | None:
    """The month a statistic market is about ('the August 2025 U.S. jobs report', 'for August
    2025' in its criteria): (year, month); for a quarter the question names as a modifier ('U.S.
    third-quarter 2001 real GDP', 'Germany's Q1 2023 GDP'), its first month; for a year's figure
    ('2024 GDP', 'for calendar year 2024'), (year, 1)."""
    for text in (question, criteria):
        m = _PERIOD.search(text)
        if m:
            return int(m.group("year")), _MONTHS.index(m.group("month").lower()) + 1
    months = _MONTH_RANGE_YEAR.search(question)
    if months and _QUARTER_ENDS.get(months.group("a")[:3].lower()) == months.group("b")[:3].lower():
        # 'April–June 2015': a quarter told by its months, from its first month
        return int(months.group("y")), [m[:3] for m in _MONTHS].index(months.group("a")[:3].lower()) + 1
    quarter = _QUARTER_YEAR.search(question)
    if quarter:
        n = int(quarter.group("n")) if quarter.group("n") else _ORDINALS.index(quarter.group("w").lower()) + 1
        return int(quarter.group("y") or quarter.group("y2")), 3 * n - 2
    for text in (question, criteria):
        m = _YEAR_FIGURE.search(text)
        if m:
            return int(m.group("year") or m.group("y2") or m.group("y3")), 1
    return None


# a quarter with its year: 'Q1 2023', 'third-quarter 2001', 'the third quarter of 2001'
_ORDINALS = ("first", "second", "third", "fourth")
_QUARTER_YEAR = re.compile(r"\bQ(?P<n>[1-4])\s*(?P<y>(?:19|20)\d\d)\b|\b(?P<w>first|second|third|fourth)[\s-]+quarter\s+"
                           r"(?:of\s+)?(?P<y2>(?:19|20)\d\d)\b", re.I)

# a quarter told by its months ('April–June 2015', 'Jan-Mar 2024'): its first and last months, then the year
_MONTH_RANGE_YEAR = re.compile(r"\b(?P<a>jan(?:uary)?|apr(?:il)?|jul(?:y)?|oct(?:ober)?)\.?\s*[-–—]\s*(?P<b>mar(?:ch)?|june?|"
                               r"sep(?:t(?:ember)?)?|dec(?:ember)?)\.?,?\s+(?P<y>(?:19|20)\d\d)\b", re.I)
_QUARTER_ENDS = {"jan": "mar", "apr": "jun", "jul": "sep", "oct": "dec"}


def year_figure(question: str, criteria: str = "") -> int | None:
    """The year a statistic market reads a whole year's figure of ('2024 GDP', 'GDP growth for
    2015'), when it names no month: its period is the year, not the year's first month."""
    if any(_PERIOD.search(text) for text in (question, criteria)):
        return None
    for text in (question, criteria):
        m = _YEAR_FIGURE.search(text)
        if m:
            return int(m.group("year") or m.group("y2") or m.group("y3"))
    return None


_TWELVE_TO_DECEMBER = re.compile(r"\b(?:(?:12|twelve)[\s-]months?|year)\s+(?:ending|ended|to|through|thru)\s+(?:in\s+)?"
                                 r"December\s+(?P<year>(?:19|20)\d\d)\b")


def year_to_december(question: str, criteria: str = "") -> int | None:
    """The year whose December a twelve-month change ends in ('rise more than 3.0% over the 12 months ending
    December 2011'): that change is the calendar year's, December to December, so a report dating the rise by the
    year alone ('The CPI rose 3.0 percent in 2011') tells it."""
    for text in (question, criteria):
        m = _TWELVE_TO_DECEMBER.search(text)
        if m:
            return int(m.group("year"))
    return None


# ('GDP growth for 2015': the year may be named after the statistic)
_YEAR_FIGURE = re.compile(r"\b(?:(?:calendar|fiscal)\s+year\s+|for\s+)?(?P<year>(?:19|20)\d\d)(?:'s)?\s+(?:annual\s+)?"
                          r"(?:GDP|growth|inflation|deficit|unemployment)\b|\bcalendar\s+year\s+(?P<y2>(?:19|20)\d\d)\b"
                          r"|\b(?:GDP|growth|inflation|deficit|unemployment|CPI|consumer\s+price\s+index|consumer\s+prices)\s+for\s+"
                          r"(?:(?:the\s+)?(?:calendar\s+|full\s+)?year\s+)?"
                          r"(?P<y3>(?:19|20)\d\d)\b(?![-/]\d)")


_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"]


@lru_cache(maxsize=4096)
def indicator_names(question: str) -> tuple[str, ...]:
    """The names of the statistic a market asks about, from its question ('unemployment rate'
    → unemployment, jobless); empty when it names none."""
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", question)} & STATISTICS
    groups = [group for group in _INDICATOR_NAMES if words & set(group)]
    prices = _PRICE_INDEX.search(question)
    if prices:  # 'consumer price growth': the price index's rise, not the economy's growth
        own = _INDICATOR_NAMES[5] if prices.group(1).lower().startswith("producer") else _INDICATOR_NAMES[1]
        groups = [g for g in groups if not (g is _INDICATOR_NAMES[9] and not words & {"gdp", "economy", "output"})]
        groups += [own]
    return tuple(sorted({n for group in groups for n in group} | set(statistic_names.names(question))))


# a price index's rise named with 'growth' or 'index' ('consumer price growth', 'producer prices growth')
_PRICE_INDEX = re.compile(r"\b(consumer|producer)[\s-]+prices?\s+(?:growth|inflation|index|rise|increase)\b", re.I)


# a statistic's variant ('core CPI', 'youth unemployment', 'services inflation'): a figure of the
# plain statistic is another figure
VARIANTS = frozenset({"core", "underlying", "trimmed", "median", "supercore", "youth", "services", "goods", "wholesale",
                       "producer", "food", "energy", "shelter", "rent", "manufacturing", "private", "public",
                       "nominal"})


# the cuts of a statistic that are another series of the same measure, not a component of it ('core inflation',
# 'the underlying rate'), and the words naming the whole series ('headline inflation', 'the all-items index')
_CUTS = frozenset({"core", "underlying", "trimmed", "median", "supercore", "nominal", "core-core"})
# a price index's components, read as another series only for a market on consumer prices or inflation ('Gasoline
# prices were up 59.9%', 'New vehicle prices rose 11.4%' for the all-items CPI); a gas-price market names its own
COMPONENTS = frozenset({"gasoline", "petrol", "fuel", "electricity", "vehicle", "vehicles", "car", "cars", "airline",
                        "apparel", "clothing", "medical", "transportation", "transport", "housing", "rents", "core-core",
                        "grocery", "groceries", "utility", "utilities", "import", "export"})
_PRICES_ASKED = re.compile(r"\bconsumer[\s-]+price|\bCPI\b|\binflation\b|\bHICP\b", re.I)
# a group's figure named right after the statistic ('the unemployment rate for Black workers', 'jobless rate among
# teenagers'), or the whole's ('overall', 'headline') for a market on a group's or a sub-series' figure
_GROUP = re.compile(r"\s+(?:rate\s+)?(?:for|among)\s+(?:the\s+)?(?P<g>black|hispanic|latino|white|asian|women|men|"
                    r"teen\w*|young|youth|older|veterans|graduates|immigrants|foreign-born|disabled|adult)\b", re.I)
_SUBGROUP_ASKED = re.compile(r"\b\d{2}\s*(?:-|–|to)\s*\d{2}\b|\byouth\b|\byoung\b|\bteen\w*|\baged\b", re.I)
# a figure in current prices ('In current prices, the economy expanded 14%', 'in nominal terms'): not the real change
_NOMINAL = re.compile(r"\bcurrent[\s-]+prices?\b|\b(?:nominal|cash)\s+terms\b|\bnot\s+adjusted\s+for\s+inflation\b|"
                      r"\bbefore\s+adjust\w*\s+for\s+inflation\b", re.I)
# a measure per head, right after the statistic's name ('GDP per capita'): another series
_PER_HEAD = re.compile(r"\s+(?:per\s+(?:capita|head|person)|per-capita)\b", re.I)
# another price index named in the figure's stretch ('The producer price index, a key measure of inflation, rose 2.5%')
_OTHER_INDEX = re.compile(r"\b(?:producer|wholesale|import|export)[\s-]+prices?\b|\b(?:PPI|WPI)\b", re.I)
_CONSUMER = re.compile(r"\bconsumer[\s-]+prices?\b|\bCPI\b|\bHICP\b", re.I)
_WHOLE = frozenset({"headline", "overall", "all-items", "all", "general", "total"})
# a question that defines its measure by what it leaves out ('consumer prices excluding fresh food', 'CPI ex-energy')
_EXCLUDING = re.compile(r"\b(?:excluding|excludes|exclusive\s+of|less|ex)\b[\s-]+(?:fresh\s+|volatile\s+)?(?:food|energy|"
                        r"fuel|tobacco|alcohol|mortgage)", re.I)
# a cut of the measure written right after the statistic's name ('CPI core-core', 'PCE supercore')
_CUT_AFTER = re.compile(r"\s+(core-core|supercore|core)\b(?!\s+(?:of|to)\b)", re.I)


def _negated_part(word: str, parts: frozenset[str]) -> bool:
    """'non-food inflation', 'nonfood prices', 'non-energy': the rest of the measure without a variant or
    a component, another series as much as the part itself is."""
    rest = word[4:] if word.startswith("non-") else word[3:] if word.startswith("non") else ""
    return rest in VARIANTS or rest in parts


def sub_series(text: str, pos: int, names: tuple[str, ...], question: str, lo: int = 0) -> str | None:
    """The variant word ('core', 'services', 'food') on the statistic's name nearest before the
    figure at `pos` ('Core inflation, which strips out energy, food, and tobacco, eased … to
    2.7%'), when the question does not give the statistic that variant: the figure is another
    series than the one the market asks about. A cut of the measure ('core', 'underlying') counts on
    any naming of the statistic from `lo` (the end of the figure before) to the figure, up to one
    that names the whole series ('The core Consumer Price Index, a key measurement of inflation, rose
    2.5%'; not 'Core prices rose 2%, while headline inflation rose to 3.1%')."""
    found = [m for n in names for m in re.finditer(rf"\b{re.escape(n)}\b", text[:pos], re.I)]
    if not found:
        return None
    found.sort(key=lambda m: -m.start())
    asked = {w.lower() for w in re.findall(r"[A-Za-z]+", question)}
    if _EXCLUDING.search(question):
        asked |= {"core", "underlying"}  # 'consumer prices excluding fresh food' asks a core measure by its definition
    nominal = _NOMINAL.search(text, lo, pos) or _NOMINAL.search(text[pos:pos + 60])
    if nominal and "nominal" not in asked and "current" not in asked:
        return nominal.group(0)
    parts = COMPONENTS if _PRICES_ASKED.search(question) else frozenset()
    for k, named in enumerate(found):
        if k and named.start() < lo:
            break
        before = re.findall(r"[A-Za-z-]+", text[max(0, named.start() - 30):named.start()])[-2:]
        after = _CUT_AFTER.match(text, named.end())  # 'CPI core-core (all items ex-food and energy) … 3.0%'
        before += [after.group(1)] if after and after.group(1).lower() not in asked else []
        words = [w.lower() for w in before + re.findall(r"[A-Za-z-]+", named.group(0))]
        if k and any(w in _WHOLE for w in words):
            return None
        whole = next((w for w in words if w in _WHOLE), None)
        if not k and whole and (asked & VARIANTS or _SUBGROUP_ASKED.search(question)):
            return whole  # 'the overall urban unemployment rate' for the rate of 16-24 year-olds
        for w in words:
            if (w in VARIANTS or w in parts or _negated_part(w, parts)) and w not in asked and (k == 0 or w in _CUTS):
                return next(x for x in before + re.findall(r"[A-Za-z-]+", named.group(0)) if x.lower() == w)
        head = _PER_HEAD.match(text, named.end())
        if head and "capita" not in asked and "head" not in asked:
            return head.group(0).strip()
        group = None if _SUBGROUP_ASKED.search(question) else _GROUP.match(text, named.end())
        if group and group.group("g").lower() not in asked:
            return group.group(0).strip()  # 'the unemployment rate for Black workers' for the national rate
    return None


def other_price_index(text: str, lo: int, pos: int, question: str) -> str | None:
    """For a market on consumer prices, another price index named in the figure's stretch (from `lo`) before it
    ('The producer price index, a key measurement of inflation, rose 2.5%'), with no consumer index named after
    it: the figure is that index's. Returns its name."""
    consumer = bool(_CONSUMER.search(question)) or "inflation" in question.lower()
    if not consumer or _OTHER_INDEX.search(question):
        return None
    found = list(_OTHER_INDEX.finditer(text, lo, pos))
    if not found or _CONSUMER.search(text, found[-1].end(), pos):
        return None
    return found[-1].group(0)


def names_indicator(text: str, names: tuple[str, ...], question: str = "") -> bool:
    """The text names the statistic, and every variant word the question gives it ('core')."""
    if not any(re.search(rf"\b{re.escape(n)}\b", text, re.I) for n in names):
        return False
    variants = {w.lower() for w in re.findall(r"[A-Za-z]+", question)} & VARIANTS
    return all(re.search(rf"\b{v}\b", text, re.I) for v in variants)


def period_start(question: str, criteria: str, deadline: datetime) -> datetime | None:
    """The first day of the period a statistic market measures ('the August 2025 U.S. jobs
    report'; 'for August 2025' in the criteria; '2024 GDP'), in the deadline's time zone."""
    period = statistic_period(question, criteria)
    return datetime(period[0], period[1], 1, tzinfo=deadline.tzinfo) if period else None
