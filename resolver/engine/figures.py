"""Figures of a market's quantity in a sentence, read from the text alone: a number carrying the
market's unit ('4.3%', '$US45.82', '14,000 jobs', '4.5 per cent'). Used as a precision gate: a
passed deadline may say no only when no sentence in the window holds such a figure on the
market's yes side that no rule read (the figure was in the article, the engine did not read
it, and the deadline's silence would have decided the wrong way)."""

from __future__ import annotations

import functools
import re

from . import counted_alike, currency_marks, figure_words, indicators, quantities, slug_figures
from .analysis import MarketContext, SentenceFacts
from .excluded_figures import excluded_kind

# Indian grouping first ('4,01,993' is 401,993); 'lakh' and 'crore' are 100,000 and 10,000,000
_NUM = r"\d{1,2}(?:,\d{2})+,\d{3}(?![,\d])(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_MULT = r"(?:\s*(?P<mult>k|thousand|million|billion|trillion|bn|m|lakhs?|crores?)\b)?"
# a currency written as a word after its figure ('65 million pounds', 'a three trillion dollar market value'):
# a number, or a number word before a scale word, then the currency's word (no place adjective between:
# '5 million Australian dollars' is not in U.S. dollars)
_SPELLED = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred"
_SPELLED_VALUES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                   "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100}


def _worded(word: str) -> str:
    """The figure before a currency word ('65 million pounds', 'three trillion dollar'), as group 'wnum'."""
    return (rf"(?<![\w.,$€£])(?:(?P<wnum>{_NUM})(?=(?:\s*(?:million|billion|trillion|bn))?\s+{word}\b)"
            rf"|(?P<snum>{_SPELLED})(?=\s+(?:million|billion|trillion)\s+{word}\b))")


_DOLLARS = _worded(r"(?:U\.?S\.?\s+)?dollars?")
_EUROS = _worded(r"euros?")
_POUNDS = _worded(r"(?:pounds(?:\s+sterling)?|sterling)")  # not 'a 300 pound weight'
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")
_RUPEES = _worded(r"rupees?")
_PATTERNS = {
    "percent": re.compile(rf"(?<![\w.,])(?P<num>{_NUM})\s*(?:%|percent(?!age)|per\s+cent)", re.I),
    "bps": re.compile(rf"(?<![\w.,])(?P<num>{_NUM})\s*(?:bps|basis[\s-]+points?)\b", re.I),
    "usd": re.compile(rf"(?:(?:\$US|US\$|(?<![A-Za-z])\$|\bUSD(?=\s?\d))\s?(?P<num>{_NUM})|"
                      rf"{_DOLLARS}){_MULT}", re.I),
    "eur": re.compile(rf"(?:€\s?(?P<num>{_NUM})|{_EUROS}){_MULT}", re.I),
    "gbp": re.compile(rf"(?:£\s?(?P<num>{_NUM})|{_POUNDS}){_MULT}", re.I),
    "inr": re.compile(rf"(?:(?:₹|\b(?:Rs\.?|INR)(?=\s?\d))\s?(?P<num>{_NUM})|{_RUPEES}){_MULT}", re.I),
    "celsius": re.compile(rf"(?<![\w.,])(?P<num>{_NUM})\s*(?:°\s?C\b|degrees?\s+(?:Celsius|C)\b)", re.I),
    "fahrenheit": re.compile(rf"(?<![\w.,])(?P<num>{_NUM})\s*(?:°\s?F\b|degrees?\s+(?:Fahrenheit|F)\b)", re.I),
}
# units whose figure, near the bar, is the subject's even in a sentence naming no actor: a price or a level
_NEAR_UNITS = frozenset({"usd", "eur", "gbp", "inr", "percent", "celsius", "fahrenheit"})
_MULTS = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9, "trillion": 1e12, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7}
# what comes before a figure that is not the released one: a prior level, a forecast, a bar
_NOT_RELEASED = re.compile(r"\b(?:from|than|expected|expecting|expects|forecast\w*|predict\w*|estimat\w*|consensus|"
                           r"looking\s+for|polls?|survey\w*|target|goal|threshold|mark)\b(?:\s+\w+){0,3}\s*$", re.I)
# 'opened with an estimated $168.5 million', 'attracted an estimated 100,000 people': an estimate of what
# happened, told right before its figure, is a released figure ('analysts had estimated $150 million' is not,
# nor 'up from an estimated 5%')
_REPORTED_ESTIMATE = re.compile(r"\ban?\s+estimated\s*$", re.I)


def _not_released(lead: str) -> bool:
    """The words before a figure make it a prior level, a forecast or a bar, not a released figure."""
    estimate = _REPORTED_ESTIMATE.search(lead)
    return bool(_NOT_RELEASED.search(lead[:estimate.start()] if estimate else lead))  # 'up from an estimated 5%': a prior level


# count nouns a report uses for the same thing ('these 14,000 roles' for jobs)
# (not 'employees' or 'workers': '350,000 corporate employees' is a headcount, not a cut)
_SAME_COUNT = (frozenset({"job", "role", "position", "post"}),
               frozenset({"death", "fatalitie", "fatality"}))


@functools.lru_cache(maxsize=256)
def _count_pattern(noun: str, act: str | None = None) -> re.Pattern[str]:
    """'14,000 jobs', '14k corporate jobs', 'these 14,000 roles': a number whose noun, within two
    words after it, is the market's count noun or one a report uses for the same thing ('73 wins'
    for games a winner won: counted_alike.py)."""
    stem = noun.split()[-1].lower().rstrip("s")
    stems = next((group for group in _SAME_COUNT if stem in group), frozenset({stem})) \
        | counted_alike.alike_nouns(noun, act)
    alt = "|".join(re.escape(s) for s in sorted(stems))
    return re.compile(rf"(?<![\w.,])(?<![A-Za-z]-)(?P<num>{_NUM}){_MULT}\s+(?:[a-z-]+\s+){{0,2}}?(?:{alt})s?\b", re.I)


@functools.lru_cache(maxsize=256)
def _modifier_pattern(noun: str) -> re.Pattern[str] | None:
    """'a final tally of 51 gold, 21 silver and 28 bronze' for 'gold medals': in a tally, a two-word count
    noun is written by its first word alone (the caller checks that the sentence names the head noun)."""
    words = noun.lower().split()
    if len(words) != 2 or not words[0].isalpha():
        return None
    return re.compile(rf"(?<![\w.,])(?P<num>{_NUM})\s+{re.escape(words[0])}s?\b(?!\s+{re.escape(words[1].rstrip('s'))})",
                      re.I)


# a level with no unit (an index): a number of three digits or more, not followed by a unit
_LEVEL_NUMBER = re.compile(rf"(?<![\w.,$€£])(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d{{3,}}(?:\.\d+)?)(?![\d%])(?![.,]\d)"
                           r"(?!\s*(?:%|percent|per\s+cent))(?![A-Za-z])(?!\s+[a-z]+s\b)")


def figures_in(text: str, unit: str, act: str | None = None) -> list[tuple[int, float, str]]:
    """(position, value, wording) of each figure in `text` carrying `unit` (or a noun that counts the
    same things for a market whose act is `act`: counted_alike.py)."""
    rx = _PATTERNS.get(unit) or currency_marks.pattern(unit, _NUM, _MULT) or (_count_pattern(unit, act) if unit and unit not in quantities.SCALES else
                                 _LEVEL_NUMBER if not unit else None)
    if rx is None:
        return []
    out = []
    matches = list(rx.finditer(text))
    if rx is not _LEVEL_NUMBER and unit not in _PATTERNS and (alone := _modifier_pattern(unit)) is not None \
            and unit.split()[-1].lower().rstrip("s") in text.lower():
        matches = sorted(matches + list(alone.finditer(text)), key=lambda m: m.start())  # '51 gold' on the medals table
    for m in matches:
        groups = m.groupdict()
        spelled = groups.get("snum")
        raw = (groups.get("num") or groups.get("wnum") or "").replace(",", "")
        if len(raw) == 4 and raw.startswith(("19", "20")) and (unit not in _PATTERNS or (
                groups.get("wnum") and not groups.get("mult") and _YEAR_LIKE.fullmatch(groups["wnum"]))):
            continue  # a year ('in 2010 dollars')
        number = _SPELLED_VALUES[spelled.lower()] if spelled else float(raw)
        value = number * _MULTS.get((groups.get("mult") or "").lower(), 1)
        out.append((m.start(), value, m.group(0).strip()))
    return out


def _bar(ctx: MarketContext) -> quantities.Required | None:
    t = ctx.target
    if t.kind == "threshold" and t.threshold is not None:
        return quantities.Required(t.threshold, t.threshold_direction or "above", t.threshold_inclusive is not False,
                                   t.threshold_unit or "")
    if t.quantity is not None and t.quantity_unit and t.quantity != float("inf"):
        return quantities.Required(t.quantity, "above", t.threshold_inclusive is not False, t.quantity_unit)
    return None


def unread_figure(ctx: MarketContext, f: SentenceFacts) -> int | None:
    """Token index of a figure of the market's quantity on its yes side in the sentence, when
    the sentence is about the market's subject (names an actor, or the statistic the market
    asks about): a figure the deadline's silence must not outvote. Prior levels ('from 4.2%')
    and forecasts ('economists expected 4.3%') are not released figures and do not count."""
    bar = _bar(ctx)
    if bar is None:
        return None
    indicator = indicators.indicator_names(ctx.market.question)
    if indicator and not indicators.names_indicator(f.sent.text, indicator, ctx.market.question):
        return None
    if not bar.unit and not (f.actors or indicator):
        return None
    # a sentence that names no actor, in an article that does ('a price slump to $49,500' after 'Bitcoin'
    # in the title): only a price or level near the bar is the subject's
    near_only = not (f.actors or indicator)
    if near_only and not (f.article_mentions_subject and bar.unit in _NEAR_UNITS):
        return None
    for pos, value, _wording in figures_in(f.sent.text, bar.unit, ctx.target.act):
        lead = f.sent.text[max(0, pos - 60):pos]
        if _not_released(lead[-40:]) or figure_words.approached(lead) or figure_words.reference_price(lead):
            continue  # a prior level, a forecast, a figure only neared ('approaching the $4 level'), an IPO price
        if figure_words.other_group(f.sent.text, pos, pos + len(_wording)):
            continue  # 'forced more than 150,000 to flee': people in another state than the market's
        if (not bar.unit or near_only) and not (abs(bar.value) / 2 <= value <= abs(bar.value) * 2):
            continue  # an index level is near its bar; other numbers are other quantities
        if excluded_kind(ctx, f, pos, pos + len(_wording)):
            continue  # a futures price for a market on the spot price: read, and excluded
        if bar.unit == "percent" and value.is_integer():  # 'to 175 percent' over '1.75 percent' (slug_figures.py)
            value = slug_figures.restored(f.sent.headline, str(int(value)), f.article.text or "") or value
        if bar.met_by(value) or (bar.value < 0 and bar.met_by(-abs(value))):
            return f.sent.token_at(pos)  # a bar below zero: 'shrinks 1.1%' tells its sign by its verb
    return None


def short_figure_only(ctx: MarketContext, f: SentenceFacts) -> str | None:
    """For a market with a count bar ('cuts of at least 15,000 jobs'): the sentence gives the
    market's count only short of the bar ('Amazon cuts 14k jobs'): the mention is read as the
    act carrying too small a count, which agrees with the deadline's no. Returns the wording."""
    bar = _bar(ctx)
    if bar is None or not bar.count_noun:
        return None
    found = [(pos, v, w) for pos, v, w in figures_in(f.sent.text, bar.unit)
             if not _not_released(f.sent.text[max(0, pos - 40):pos])]
    if found and not any(bar.met_by(v) for _, v, _ in found):
        return found[0][2]
    return None


def bar_text(ctx: MarketContext) -> str:
    bar = _bar(ctx)
    return bar.describe() if bar else "the bar"


_RANGE_FIRST = re.compile(rf"^\s*(?:%|percent|per\s+cent)?\s*(?:to|-|–|and)\s*(?:{currency_marks.LOCAL}|\$|€|£)?\d", re.I)
_RANGE_SECOND = re.compile(r"\d(?:\.\d+)?\s*(?:%|percent|per\s+cent)?\s*(?:to|-|–|and)\s*$", re.I)
_RANGE_FROM = re.compile(rf"\b(?:from|between)\s+(?:an?\s+|the\s+)?(?:{currency_marks.LOCAL}|\$|€|£|(?-i:M[wL]?))?\d[\d,.]*\s*(?:%|percent|per\s+cent)?\s*"
                         r"(?:to|-|–|and)\s*$", re.I)
_PERCENT_FIGURE = re.compile(r"%|percent|per\s+cent", re.I)
_UPPER = re.compile(r"\b(?:upper|top|high(?:er)?)\s+(?:bound|end|limit|of\s+the\s+(?:target\s+)?range)\b", re.I)
_LOWER = re.compile(r"\b(?:lower|bottom|low)\s+(?:bound|end|limit|of\s+the\s+(?:target\s+)?range)\b", re.I)


# a bound named right after its figure: 'to 0.25%, the bottom of a new target range', '5.5 percent, the top of the range'
_BOUND_AFTER = re.compile(r"\s*(?:%|percent|per\s+cent)?\s*,?\s*(?:which\s+is\s+|being\s+)?(?:the|its)\s+"
                          r"(?:(?P<low>bottom|floor|lower\s+(?:end|bound|limit)|low\s+end)|top|ceiling|upper\s+(?:end|bound|limit)|"
                          r"high\s+end)\s+of\s+(?:the|a|its)\s+(?:new\s+)?(?:[\w-]+\s+){0,2}?range\b", re.I)


# a range named as the level a move left ('raised its key interest rate from a range of 0% to 0.25% to a
# range of 0.25% to 0.5%'): both bounds are the old level; the new range follows the second 'to'
_RANGE_OF = r"(?:(?:a|the|its)\s+)?(?:(?:target|former|old|previous)\s+)?range\s+of\s+"
_NUM_MARK = rf"(?:{currency_marks.LOCAL}|\$|€|£)?-?\d[\d,.]*\s*(?:%|percent|per\s+cent)?"
_PRIOR_RANGE_LOW = re.compile(rf"\bfrom\s+{_RANGE_OF}$", re.I)
_PRIOR_RANGE_HIGH = re.compile(rf"\bfrom\s+{_RANGE_OF}{_NUM_MARK}\s*(?:to|-|–|and)\s*$", re.I)
# (the new range told 'to between 0.25% and 0.5%', 'to a 0.25 to 0.5 percent range' too)
_NEW_RANGE = rf"(?:{_RANGE_OF}|between\s+|(?:a|the|its)\s+(?:new\s+)?(?=-?\d))?"
_PRIOR_RANGE_AFTER = re.compile(rf"^\s*(?:%|percent|per\s+cent)?\s*,?\s*to\s+{_NEW_RANGE}(?:{currency_marks.LOCAL}|\$|€|£)?-?\d", re.I)
_PRIOR_RANGE_NEXT = re.compile(rf"^\s*(?:%|percent|per\s+cent)?\s*(?:to|-|–)\s*{_NUM_MARK}\s*,?\s*to\s+"
                               rf"{_NEW_RANGE}(?:{currency_marks.LOCAL}|\$|€|£)?-?\d", re.I)


# two sides' shares told as a lead or a vote, not a range: 'was leading Prime Minister Viktor F. Yanukovich by 52,4
# percent to 43,8 percent', 'Noboa Azin led González by 52.29% to 47.71%', 'an insurmountable lead of 51.6 per cent to
# 48 per cent', 'The vote of 51 percent to 49 percent' (not a move's size: 'cut rates by 0.25% to 3.75%')
_SIDES_BY = r"(?:\b(?:led|leads|leading|won|wins|winning|beat|beats|beating|defeated|edged\s+out)\s+(?:[\w.'’-]+\s+){0,6}?by|" \
            r"\b(?:lead|margin|vote)\s+of)\s+"
_SIDES_FIRST = re.compile(_SIDES_BY + "$", re.I)
_SIDES_SECOND = re.compile(_SIDES_BY + r"\d[\d.,]*\s*(?:%|percent|per\s+cent)\s*(?:to|against)\s+$", re.I)
_SIDES_AFTER = re.compile(r"^\s*(?:to|against)\s+\d", re.I)


def sides_pair(text: str, m: re.Match[str]) -> bool:
    """The figure (a share with its mark, `m`) is one of two sides' shares told as a lead or a vote
    ('leading … by 52,4 percent to 43,8 percent'): each is a side's figure, no bound of a range."""
    if not m.groupdict().get("pnum"):
        return False
    before = text[max(0, m.start() - 80):m.start()]
    return bool(_SIDES_FIRST.search(before) and _SIDES_AFTER.match(text[m.end():]) or _SIDES_SECOND.search(before))


def sides_first_owner_at(text: str, m: re.Match[str]) -> int | None:
    """For the first of two sides' shares told after a lead verb ('Yushchenko was leading Prime Minister
    Viktor F. Yanukovich by 52,4 percent to …'), where the verb starts: the figure is its subject's, the
    name before it; the name right before 'by' is the other side's. None for any other figure."""
    if not sides_pair(text, m):
        return None
    lead = _SIDES_FIRST.search(text[max(0, m.start() - 80):m.start()])
    if lead is None or not re.match(r"\s*(?:led|leads|leading|won|wins|winning|beat|beats|beating|defeated|edged)", lead.group(0), re.I):
        return None
    start = max(0, m.start() - 80) + lead.start()
    aux = re.search(r"\b(?:was|were|is|are|has|had|have)\s+$", text[max(0, start - 12):start], re.I)
    return start - (len(aux.group(0)) if aux else 0)


@functools.lru_cache(maxsize=1024)
def _wanted(question: str, criteria: str) -> str | None:
    """The bound of a range the market asks about ('the upper bound of the target range'), else None."""
    asked = f"{question} {criteria}"
    return "upper" if _UPPER.search(asked) else "lower" if _LOWER.search(asked) else None


def range_bound(ctx: MarketContext, text: str, m: re.Match[str]) -> str | None:
    """For a figure that is one bound of a range ('to 4.25% to 4.5%', '4.25%-4.50%'): 'lower'
    or 'upper' when the market asks for that bound (its question or criteria name it), 'skip'
    for the other bound or when the market names neither; None for a figure that is no range's
    bound. 'from 5.25 per cent to 4.75 per cent' (a magnitude 'from M7.5 to M7.8') is a move, not a
    range: its second figure is the level reached."""
    if sides_pair(text, m):
        return None
    before = text[max(0, m.start() - 40):m.start()]
    named = _BOUND_AFTER.match(text, m.end())  # 'to 0.25%, the bottom of a new range'
    want = _wanted(ctx.market.question, ctx.market.criteria)
    if named and want:  # (for a market on a level, not a bound: 'priced at $85, the low end of a range' is the price)
        which = "lower" if named.group("low") else "upper"
        return which if want == which else "skip"
    if _PRIOR_RANGE_LOW.search(before) and _PRIOR_RANGE_NEXT.match(text[m.end():]) or \
            _PRIOR_RANGE_HIGH.search(text[max(0, m.start() - 60):m.start()]) and _PRIOR_RANGE_AFTER.match(text[m.end():]):
        return "skip"  # 'from a range of 0% to 0.25% to a range of 0.25% to 0.5%': the old range, either bound
    if _RANGE_FIRST.match(text[m.end():]) and not re.search(r"\bfrom\s+(?:an?\s+|the\s+)?$", before, re.I):
        which = "lower"
    elif (second := _RANGE_SECOND.search(before)) and not _RANGE_FROM.search(before) and \
            not (re.search(r"%|percent|per\s+cent", second.group(0), re.I) and not _PERCENT_FIGURE.search(m.group(0))):
        which = "upper"  # ('closing up 8.7 percent to $78.29': a move in percent, then the price it reached; no range)
    else:
        return None
    return which if want == which else "skip"
