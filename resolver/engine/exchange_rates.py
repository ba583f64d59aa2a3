"""An exchange rate's bar told by a currency's strength against another ('Will … show the shilling weaker than 160
per US dollar …?', 'Will the Brazilian real trade at 2.00 or weaker per US dollar …?'). A currency quoted per
dollar is weaker the more of it a dollar buys: 'weaker than 160 per US dollar' is a rate above 160, 'stronger than
5.0 per dollar' a rate below 5.0. The rate is a bare number (units of the currency per unit of the other), so the
threshold has no currency unit: the reports' '160.2384 against the US dollar' is its level. Read by
thresholds._threshold when the question sets no other bar. Pure."""

from __future__ import annotations

import re
from functools import lru_cache

_PER = r"(?:per|to\s+the|to\s+a|against\s+the|a)\s+(?:(?:us|u\.s\.|american|single)\s+)?(?:dollar|euro|pound|yen|franc)\b"
_THAN = re.compile(r"\b(?P<dir>weaker|stronger)\s+than\s+(?P<num>\d+(?:\.\d+)?)\s+(?:\w+\s+)?" + _PER, re.I)
_OR = re.compile(r"\b(?P<num>\d+(?:\.\d+)?)\s+(?:\w+\s+)?or\s+(?P<dir>weaker|stronger)\s+" + _PER, re.I)


def bar(question: str) -> tuple[float, str, str] | None:
    """(value, 'above' | 'below', '') for a bar set on a currency's strength per another currency; None otherwise."""
    low = question.lower()
    if "weaker" not in low and "stronger" not in low:
        return None
    m = _THAN.search(question) or _OR.search(question)
    if m is None:
        return None
    return float(m.group("num")), ("above" if m.group("dir").lower() == "weaker" else "below"), ""


# a rate named per the other currency in the question ('breach the 80-per-dollar level', 'cross 80 per dollar')
_ASKED_LEVEL = re.compile(r"(?<![\d.])(?P<num>\d+(?:\.\d+)?)[\s-]+(?:\w+[\s-]+)?" + _PER.replace(r"\s+", r"[\s-]+"), re.I)


def criteria_bar(question: str, criteria: str) -> tuple[float, str, str] | None:
    """For a question naming a rate per the other currency with a verb of no side ('Will the Indian rupee breach
    the 80-per-dollar level …?'), the bar its criteria set on the same rate by strength ('trades weaker than 80.00
    rupees per US dollar'): the criteria tell the side; None when they set none, or another rate."""
    asked = _ASKED_LEVEL.search(question)
    told = bar(criteria) if asked else None
    return told if told and float(asked.group("num")) == told[0] else None


def inclusive(question: str) -> bool | None:
    """'2.00 or weaker' counts 2.00; 'weaker than 160' does not; None when no such bar is set."""
    if bar(question) is None:
        return None
    return bool(_OR.search(question)) and not _THAN.search(question)


# --- a currency pair by its codes, and a rate told per unit of the other currency -----------------------------------
# 'the USD/MXN exchange rate', 'USDMXN': two ISO 4217 codes, the base first
_PAIR = re.compile(r"\b(?P<base>[A-Z]{3})\s?/?\s?(?P<quote>[A-Z]{3})\b")
# a national currency's code opens with its country's ISO alpha-2 code ('MXN' Mexico, 'USD' United States)
_BASE_WORDS = {"USD": "dollar", "EUR": "euro", "GBP": "pound", "JPY": "yen", "CHF": "franc"}
_PER_WORD = re.compile(r"\b(?:per|to\s+the|to\s+a|against\s+the|versus\s+the|vs\.?\s+the|a)\s+(?:(?:us|u\.s\.|american|single)\s+)?"
                       r"(?P<word>dollar|greenback|euro|pound|yen|franc)\b", re.I)
# the figure's own quote: 'peso per dollar', 'pesos to the dollar', 'Mexican pesos per U.S. dollar', or none
_QUOTED = re.compile(r"\s*(?:[A-Za-z][a-z]*\s+){0,2}?(?:per|to\s+the|to\s+a|against\s+the|versus\s+the|vs\.?\s+the|a)\s+"
                     r"(?:(?:us|u\.s\.|american|single)\s+)?(?P<word>dollar|greenback|euro|pound|yen|franc)\b", re.I)
# a prior level or a bar before the figure ('from 21.9 per dollar', 'than 22 per dollar')
# or a level only neared ('approaching the key level of 22 pesos to the dollar', 'nearing 22')
_PRIOR = re.compile(r"\b(?:(?:from|than|since|of\s+about|approach\w*|near(?:s|ed|ing)?|close\s+to|shy\s+of|toward\w*)\s+"
                    r"(?:an?\s+|the\s+(?:[a-z-]+\s+){0,3}(?:level|mark|barrier|threshold)\s+of\s+|the\s+)?"
                    r"|(?:threshold|verge|brink|cusp|doorstep)\s+of\s+)$", re.I)  # ('on the threshold of 80 per dollar')


@lru_cache(maxsize=512)
def _code_country(code: str) -> str | None:
    """The country whose currency an ISO 4217 code names (countryinfo): its alpha-2 code opens the currency's, and
    the country lists it ('MXN' → 'Mexico'); None for a code of no one country ('EUR', 'XAU') or no currency."""
    from .entities import country_records
    for key, info in country_records().items():
        iso = (info.get("ISO") or {}).get("alpha2") or ""
        if iso == code[:2] and code in (info.get("currencies") or ()):
            return info.get("name") or key.title()
    return None


def pair_countries(question: str) -> list[str]:
    """The countries of a currency pair the question names by its codes ('Will the USD/MXN exchange rate …' →
    ['United States', 'Mexico']): reports name the currencies by their countries ('the Mexican peso', 'the U.S.
    dollar'), not by the codes. Both codes must be currencies of a country or a base the bar is quoted in; a lone
    code ('AMD' the company) is never read."""
    out: list[str] = []
    for m in _PAIR.finditer(question):
        base, quote = m.group("base"), m.group("quote")
        countries = [_code_country(base), _code_country(quote)]
        if all(c or code in _BASE_WORDS for c, code in zip(countries, (base, quote))) and any(countries):
            out += [c for c in countries if c and c not in out]
    return out


def _base_word(question: str, criteria: str) -> str | None:
    """The currency a rate market's bar is quoted per ('22 pesos per US dollar' → 'dollar'; 'USD/MXN' → 'dollar')."""
    m = _PER_WORD.search(question) or _PER_WORD.search(criteria)
    if m:
        return "dollar" if m.group("word").lower() == "greenback" else m.group("word").lower()
    pair = _PAIR.search(question)
    return _BASE_WORDS.get(pair.group("base")) if pair and pair_countries(question) else None


def quoted_level(question: str, criteria: str, text: str, start: int, end: int) -> bool:
    """A figure told with its quote per the bar's currency ('dropped to 22.04 peso per dollar', 'crossing the level
    of 22 pesos to the dollar') is the rate's level, whichever currency the verb tells moving: a peso that falls is a
    rate that rises, so the figure's side of the bar decides, not the verb. Only for a rate market (its bar quoted per
    a currency, or a pair by its codes), a figure quoted per the same currency ('24.1 pesos to the euro' is another
    rate), and no prior level or bar before it ('from 21.9 per dollar')."""
    base = _base_word(question, criteria)
    if base is None:
        return False
    m = _QUOTED.match(text, end)
    if m is None or ("dollar" if m.group("word").lower() == "greenback" else m.group("word").lower()) != base:
        return False
    return not _PRIOR.search(text[max(0, start - 60):start])


def level_side(target, market, text: str, m: re.Match[str]) -> str | None:
    """The market's own direction for a figure `m` that is a rate's level quoted per the bar's currency (quoted_level),
    for a bar with no unit; None otherwise (the words before the figure then tell its move)."""
    if not rate_quoted(target, market, text, m):
        return None
    number = re.sub(r"[^\d.]", "", m.groupdict().get("plain") or "")
    if number and target.threshold is not None and float(number) == target.threshold:
        return None  # a level right at the bar ('plummeted to 100,000 rials to the dollar'): its words tell which side
    return target.threshold_direction


def other_quote(target, market, text: str, m: re.Match[str]) -> bool:
    """A figure of a rate market quoted per another currency than the bar's ('24.1 pesos to the euro' for a bar per US
    dollar): another exchange rate, not the market's."""
    if target.threshold_unit:
        return False
    base = _base_word(market.question, market.criteria or "")
    q = _QUOTED.match(text, m.end())
    return base is not None and q is not None and \
        ("dollar" if q.group("word").lower() == "greenback" else q.group("word").lower()) != base


def rate_quoted(target, market, text: str, m: re.Match[str]) -> bool:
    """The figure `m` is quoted per the bar's currency in a rate market with no unit (quoted_level), and the criteria
    set no kind of rate aside: with 'unofficial' or 'open-market' rates excluded, a level naming none may be of them."""
    return not target.threshold_unit and not target.exclusions and \
        quoted_level(market.question, market.criteria or "", text, m.start(), m.end())
