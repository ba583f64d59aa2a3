"""The numbers a market question sets: a threshold level ('above $100k', '3% or higher'), a
rate move's size in basis points, the least count an act must carry, and whether the bar is on
one published figure rather than a price path."""

from __future__ import annotations

import re

from . import currency_marks, exchange_rates, indicators, quantities, statistic_names, valued_figures
from .session_ends import session_end

_THRESHOLD_RE = re.compile(
    r"(?P<dir>above|over|below|under|exceed|exceeds|reach|reaches|surpass|surpasses|hit|hits|top|tops|"
    r"at least|more than|less than|fall below|drop below|dip below|higher than|lower than|larger than|bigger than|"
    # a rate of change outpaced: 'growing faster than 0.5% annualized' (a percent only: 'faster than 9.8 seconds' is a time)
    r"(?:faster|slower)\s+than(?=\s+[-−]?\d[\d.,]*\s*(?:%|percent|per\s+cent))|"
    # a sum to pass, named with its owner or its currency: 'beat Avengers: Endgame's $330.5 million'
    # ('cross ₹500 crore': a sum crossed; not 'cross the Florida coastline')
    r"(?:beat|beats|pass|passes|overtake|overtakes|eclipse|eclipses|outgross|outgrosses|cross|crosses)"
    r"(?=\s+(?:(?:the|its|their)\s+|(?-i:[A-Z][\w.:-]*)(?:\s+(?-i:[A-Z][\w.:-]*)){0,3}['’]s\s+)?(?:\$|€|£|us\$|₹|(?:rs\.?|inr)\s?\d))|"
    # a sum taken in, which it must reach: 'gross $1 billion worldwide'
    r"(?:gross|grosses)(?=\s+(?:\$|€|£|us\$)\s*\d))\s+"
    r"(?:(?:the|its|their)\s+(?=" + currency_marks.LOCAL + r"|\$|€|£|us\$|₹|(?:rs\.?|inr)\s?\d))?"
    # another's figure as the bar: 'surpass Titanic's $1.843 billion'
    r"(?:(?-i:[A-Z][\w.:-]*)(?:\s+(?-i:[A-Z][\w.:-]*)){0,3}['’]s\s+(?=\$|€|£|us\$))?"
    # an earlier period's or an owner's figure as the bar: 'below July's 6.5%', 'above last month's 3.2%', 'reach the
    # government's 5% target'
    r"(?:(?:the\s+)?(?:[A-Za-z][\w.-]*\s+){0,2}?[A-Za-z][\w.-]*['’]s\s+(?=\d[\d.,]*\s*(?:%|percent|per\s+cent)))?(?P<minus>[-−–](?=\$|€|£))?(?P<cur>"
    + currency_marks.LOCAL + r"|\$|€|£|us\$|₹|(?:rs\.?|inr)(?=\s?\d))?\s*(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>k\b|%|percent|per cent|bps|basis points|million|billion|trillion)?",
    re.I,
)


_OR_MORE_RE = re.compile(
    r"(?P<cur>" + currency_marks.LOCAL + r"|\$|€|£|us\$|₹|(?:rs\.?|inr)(?=\s?\d))?\s*(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>k\b|%|percent|per cent|bps|basis points|million|billion|trillion)?"
    # '₹1,000 crore or more': the Indian scale word, left as _THRESHOLD_RE leaves it ('cross ₹500 crore')
    r"(?:(?<=\d)\s+(?:crores?|lakhs?)(?=\s+or\s))?"
    r"(?:\s+per\s+(?:barrel|ounce|share|tonne|ton|bushel|gallon))?"  # '$100 per barrel or higher'
    r"\s+or\s+(?P<dir>higher|more|above|greater|over|lower|less|below|fewer)\b", re.I)
_MAGNITUDE_RE = re.compile(
    r"\bby\s+(?:at\s+least\s+|more\s+than\s+|over\s+|a\s+minimum\s+of\s+)?(?:(?P<bps>\d+)\s*(?:basis\s+points|bps|bp)\b"
    r"|(?P<pp>\d+(?:\.\d+)?|one|two|three|four|five)\s*(?:full\s+)?percentage\s+points?"
    r"|(?:a\s+|an\s+)?(?P<frac>quarter|half|three-quarters?)[\s-]+(?:of\s+)?(?:a\s+)?(?:percentage[\s-]+)?point"
    r"|(?P<one>a\s+(?:full\s+|whole\s+)?(?:percentage[\s-]+)?point)\b)", re.I)
_FRACTIONS = {"quarter": 25, "half": 50, "three-quarter": 75, "three-quarters": 75}
_PP_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
STATISTICS = quantities.STATISTICS


def magnitude_bps(text: str) -> float | None:
    """A rate move's size in basis points: 'by 50 basis points', 'by half a point', 'by 0.25 percentage points'."""
    m = _MAGNITUDE_RE.search(text)
    if not m:
        return None
    if m.group("bps"):
        return float(m.group("bps"))
    if m.group("one"):
        return 100.0  # 'by a full percentage point', 'by a point'
    if m.group("pp"):
        pp = m.group("pp").lower()
        return float(_PP_WORDS.get(pp, pp)) * 100
    return float(_FRACTIONS[m.group("frac").lower()])


# a move told by its two levels: 'increased the Official Cash Rate to 5.25 per cent from 4.75 per cent',
# 'raised it from 4.75% to 5.25%'; no clause break between them
_PCT = r"\s*(?:%|percent|per\s+cent)"
_LEVELS_RE = re.compile(rf"\bto\s+(?P<to>-?\d+(?:\.\d+)?){_PCT}\s+from\s+(?P<from>-?\d+(?:\.\d+)?){_PCT}"
                        rf"|\bfrom\s+(?P<from2>-?\d+(?:\.\d+)?)(?:{_PCT})?\s+to\s+(?P<to2>-?\d+(?:\.\d+)?){_PCT}", re.I)


_BREAK = re.compile(r"[;:()]|\b(?:as|while|whereas|after|when|but|and|which|since|because)\b", re.I)


def move_from_levels(text: str, verb_end: int) -> float | None:
    """A rate move's size in basis points from the levels it went between, when the sentence tells
    one move that way, right after the move's verb (ending at `verb_end`, a few words and no clause
    break between): 'increased the Official Cash Rate to 5.25 per cent from 4.75 per cent' is a
    50 bp move; 'cut rates as inflation fell from 3.2% to 3.0%' tells no size of the cut."""
    found = list(_LEVELS_RE.finditer(text))
    if len(found) != 1:
        return None
    m = found[0]
    between = text[verb_end:m.start()]
    if m.start() < verb_end or len(between) > 60 or _BREAK.search(between):
        return None
    new, old = float(m.group("to") or m.group("to2")), float(m.group("from") or m.group("from2"))
    return round(abs(new - old) * 100, 6)


_LIFE_RE = re.compile(r"\blife\s+(?:imprisonment|sentence|in\s+prison|term)\b", re.I)


def required_quantity(question: str, criteria: str = "") -> tuple[float, str] | None:
    """The least count an act must carry: 'at least 240 votes', '15 years or more' in prison,
    'sentenced to life imprisonment' (infinite years). Read by quantities.required, the one
    reading of a market's bar."""
    if _LIFE_RE.search(question):
        return float("inf"), "years"
    req = quantities.required(question, criteria)
    if req is None or not req.count_noun or req.direction != "above":
        return None
    return req.value, req.unit


# a statistic's sign asked as a verb: 'data show the economy grew', 'GDP show a contraction'
# ('be reported as contracting', 'be shown to have shrunk': the statistic as the passive subject)
_SIGN_VERB = re.compile(r"\b(?:show|shows|showed|shown|report|reports|reported|confirm|confirms|confirmed)\s+(?:that\s+)?(?:the\s+)?"
                        r"(?:(?:economy|GDP|output|gross\s+domestic\s+product)\s+)?(?:(?:has|had)\s+)?(?:an?\s+)?"
                        r"(?:as\s+(?=\w+ing\b)|to\s+have\s+(?=\w+(?:ed|wn|nk|unk)\b))?"
                        r"(?P<v>grew|grow|expanded|expand|growth|expansion|contracted|contract|shrank|shrink|contraction|"
                        r"growing|expanding|contracting|shrinking|grown|shrunk)\b", re.I)


# the statistic the subject of the sign verb: 'Will Nigeria's real GDP grow year on year in the second quarter of 2017?',
# 'Will Germany's GDP contract in Q3 2023?' (a modal's bare verb; not 'GDP growth', a noun)
_SUBJECT_SIGN = re.compile(r"\bGDP\s+(?:to\s+)?"
                           r"(?P<v>grow|expand|contract|shrink)\b", re.I)


# a count statistic's sign asked as a verb: 'show U.S. nonfarm payrolls increasing', 'report payrolls fell'
_COUNT_SIGN = re.compile(r"\b(?:show|shows|showed|report|reports|reported|confirm|confirms)\s+(?:that\s+)?(?:the\s+)?"
                         r"(?:[A-Z][\w.]*\s+)?(?:nonfarm\s+|non-farm\s+)?payrolls?\s+(?:employment\s+)?(?:(?:has|had)\s+)?"
                         r"(?P<v>increas(?:e|ed|ing)|r(?:ise|ising|ose)|gr(?:ow|owing|ew)|f(?:all|alling|ell)|"
                         r"decreas(?:e|ed|ing)|declin(?:e|ed|ing))\b", re.I)


# a minus glued to a bar's number ('of -0.1% or higher'), or the word ('minus 0.5 percent'); a
# range's dash ('0.25-0.5%') has no space before it
_MINUS = re.compile(r"(?:(?:^|(?<=\s))[-−–]|\b(?:minus|negative)\s+)$", re.I)


def _signed(text: str, start: int, value: float) -> float:
    return -value if _MINUS.search(text[max(0, start - 10):start]) else value


# a share of the votes written as a fraction: 'at least two-thirds of valid votes', 'more than three-fifths of the ballots'
_FRACTION_SHARE = re.compile(r"\b(?P<dir>at\s+least|more\s+than|over|less\s+than|under|below|fewer\s+than)\s+"
                             r"(?P<n>one|two|three|four)[\s-](?P<d>halves|half|thirds?|quarters?|fifths?)\s+of\s+(?:the\s+|all\s+)?"
                             r"(?:(?:valid|cast|popular)\s+)?(?:votes|ballots)\b", re.I)
_NUMERATORS = {"one": 1, "two": 2, "three": 3, "four": 4}
_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5}


def _fraction_share(question: str) -> tuple[float, str, str] | None:
    """A vote share bar told as a fraction ('at least two-thirds of valid votes'): in percent."""
    m = _FRACTION_SHARE.search(question)
    if not m:
        return None
    n, d = _NUMERATORS[m.group("n").lower()], _DENOMINATORS[m.group("d").lower()]
    if n >= d:
        return None
    direction = "below" if re.match(r"less|under|below|fewer", m.group("dir"), re.I) else "above"
    return 100.0 * n / d, direction, "percent"


# a level passed by a move: 'weaken past 1,350 per US dollar', 'climb beyond $2,000', 'fall through 1.05'.
# A currency quoted as so many of it to another's unit ('per US dollar', 'to the euro') weakens to a
# higher number, so there a fall is a bar above and a rise one below; otherwise a rise passes upward.
_UP = r"rise|climb|jump|surge|soar|strengthen|appreciate|rally|advance"
_DOWN = r"fall|drop|slide|sink|slip|plunge|tumble|weaken|depreciate|decline"
_MOVED_PAST = re.compile(
    rf"\b(?:(?P<up>(?:{_UP})(?:s|es)?)|(?P<down>(?:{_DOWN})(?:s|es)?))\s+(?:past|beyond|through)\s+"
    r"(?P<cur>" + currency_marks.LOCAL + r"|\$|€|£|us\$|₹)?\s*(?P<num>\d[\d,]*(?:\.\d+)?)(?![\d,]|(?:st|nd|rd|th)\b)\s*"
    r"(?P<unit>k\b|%|percent|per cent|million|billion|trillion)?"
    r"(?P<quoted>\s*(?<=\s)(?:\w+\s+)?(?:per|to\s+the|to\s+one|against\s+the)\s+(?:(?:US|U\.S\.|American|single)\s+)?"
    r"(?:dollar|euro|yen|pound|sterling|yuan|franc|greenback)\b)?", re.I)


_MONTH_AFTER = re.compile(r"\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.I)


def _moved_past(question: str) -> tuple[float, str, str] | None:
    """(value, direction, unit) of a level a move must pass ('weaken past 1,350 per US dollar': above 1,350)."""
    if not re.search(r"\b(?:past|beyond|through)\s+\S{0,4}\d", question, re.I):
        return None  # the keyword prefilter
    m = _MOVED_PAST.search(question)
    if not m or (m.group("unit") or "").lower() in ("%", "percent", "per cent"):
        return None  # 'rise past 5%': a share or rate, read by the statistic readings
    if not m.group("cur") and (re.fullmatch(r"(?:19|20)\d\d", m.group("num"))
                               or _MONTH_AFTER.match(question, m.end("num"))):
        return None  # 'slip past 2025', 'slide past 31 March': a date passed, not a level
    value = float(m.group("num").replace(",", ""))
    value *= {"k": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}.get((m.group("unit") or "").lower(), 1)
    up = bool(m.group("up")) != bool(m.group("quoted"))
    return value, ("above" if up else "below"), quantities.currency_unit(m.group("cur")) or ""


# a sum that names a measure, told before its noun ('the $19.1 billion disaster aid bill', 'a $2 trillion spending package')
_NAMED_SUM = re.compile(r"(?:\s+(?!or\b|and\b|by\b|before\b|in\b|on\b)[\w-]+){0,3}?\s+(?:bill|package|measure|legislation|"
                        r"budget|act|stimulus|appropriations?|plan|relief|aid)s?\b", re.I)


def _threshold(question: str) -> tuple[float, str, str] | None:
    sign = re.search(r"\bbe\s+(negative|positive|below\s+zero|above\s+zero)\b", question, re.I)
    if sign and set(re.findall(r"[a-z]+", question.lower())) & STATISTICS:
        return 0.0, ("below" if sign.group(1).lower().startswith(("neg", "below")) else "above"), "percent"
    m = _THRESHOLD_RE.search(question)
    if m and _NAMED_SUM.match(question, m.end()) and m.group("dir").lower() in ("pass", "passes"):
        m = None  # 'pass the $19.1 billion disaster aid bill': the sum names the bill, no bar to pass
    m = m or _OR_MORE_RE.search(question)
    verb = _SIGN_VERB.search(question) or _SUBJECT_SIGN.search(question)
    if verb and not m and set(re.findall(r"[a-z]+", question.lower())) & STATISTICS:
        # 'Will Japan's preliminary GDP data show the economy grew in October–December 2023?': growth above
        # zero; a bar the question states is the bar ('officially reported GDP growth for 2015 be 7.0% or
        # higher': 'reported' names the figure, it asks no sign)
        return 0.0, ("below" if verb.group("v").lower().startswith(("contract", "shr")) else "above"), "percent"
    counted = _COUNT_SIGN.search(question)
    if counted and not m:
        # 'show U.S. nonfarm payrolls increasing in September 2017': a monthly change in jobs above zero (a count)
        return 0.0, ("below" if counted.group("v").lower().startswith(("f", "d")) else "above"), ""
    moved = statistic_names.sign_bar(question) if not m else None
    if moved:
        # 'show US retail and food services sales declining month-over-month': the change in percent below zero
        return 0.0, moved, "percent"
    if not m:
        return _fraction_share(question) or _moved_past(question) or exchange_rates.bar(question)  # 'weaker than 160 per US dollar'
    unit = (m.group("unit") or "").lower()
    cur = m.group("cur")
    priced = bool(cur) or unit in ("%", "percent", "per cent", "bps", "basis points")
    price_verb = re.search(r"\b(trade|close|reach|hit|exceed|surpass|top|rise|fall|drop|dip|price|set|be)\b", question, re.I)
    price_verb = price_verb or session_end(question)  # 'finish a trading day above 14,000': a close
    figure = valued_figures.figure_noun(question, m.start("num"))  # 'a death toll of 400 or more': the toll's level
    if not priced and not price_verb and not figure and not set(re.findall(r"[a-z]+", question.lower())) & STATISTICS \
            and not statistic_names.phrase(question):
        return None
    value = float(m.group("num").replace(",", ""))
    value *= {"k": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}.get(unit, 1)
    if m.groupdict().get("minus"):
        value = -value  # 'settle below -$40 per barrel': a price below zero
    if unit in ("%", "percent", "per cent") and not cur:
        value = _signed(question, m.start("num"), value)  # 'inflation of -0.1% or higher': a bar below zero
    d = m.group("dir").lower()
    direction = "below" if any(w in d for w in ("below", "under", "less", "lower", "fewer", "slower")) else "above"
    unit_name = quantities.currency_unit(cur) or (
        "percent" if unit in ("%", "percent", "per cent") else "bps" if unit in ("bps", "basis points") else "")
    if figure == "magnitude" and not unit_name:
        unit_name = "magnitude"  # 'put the magnitude of the … earthquake at 7.8 or higher': a level on its scale
    return value, direction, unit_name


def _single_value(question: str) -> bool:
    """A threshold on one published figure ('Will CPI for May exceed 3%?'), not a price path
    ('Will Bitcoin trade above $100k at any time …?'): a statistic for a named period."""
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", question)}
    path = re.search(r"\b(any time|at any point|trade|touch|hit|reach|close)\b", question, re.I)
    if path and path.group(1).lower() in ("hit", "reach") and indicators.statistic_period(question) is not None \
            and not re.search(r"\b(?:any\s+time|at\s+any\s+point|trade|touch|close)\b", question, re.I):
        path = None  # 'Will China's third-quarter 2024 GDP growth reach the government's 5% target?': one period's figure
    return bool(words & STATISTICS or statistic_names.phrase(question)) and not path
