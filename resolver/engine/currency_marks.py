"""Currency marks: the currency a mark written before a figure names. A bare sign is read as it
always was ('$' and 'US$' → U.S. dollars, '€', '£', '₹', 'Rs'). A dollar sign with a place's
capitals glued before it names that place's currency, not the U.S. dollar ('HK$17' → Hong Kong
dollars, 'S$', 'A$', 'C$', 'NZ$', 'NT$', 'MX$', 'R$' for the Brazilian real), and so does a
currency code or a written abbreviation before the number ('SAR 28.00', 'SR 26.70', 'CHF 53',
'HKD 20'). A figure in one currency is never read against a bar set in another: a market on
'HK$20 or more' reads 'HK$17', not the '$2.17' it converts to.

LOCAL is a regex fragment for the marks this module adds (case-sensitive: the codes are written
in capitals, so 'try 5' or 'sr 2' are never a currency); callers put it first among their own
alternatives, before a bare '$', so that 'HK$17' is read whole."""

from __future__ import annotations

import re

# capitals glued before '$' → the currency they name
_DOLLAR_PREFIXES = {"HK": "hkd", "S": "sgd", "A": "aud", "AU": "aud", "C": "cad", "CA": "cad", "NZ": "nzd",
                    "NT": "twd", "MX": "mxn", "R": "brl"}
# codes and abbreviations written before the number ('SAR 28.00', 'SR 26.70', 'CHF 53')
_CODES = {"HKD": "hkd", "SGD": "sgd", "AUD": "aud", "CAD": "cad", "NZD": "nzd", "TWD": "twd", "MXN": "mxn",
          "BRL": "brl", "SAR": "sar", "SR": "sar", "CHF": "chf", "JPY": "jpy", "CNY": "cny", "RMB": "cny",
          "ZAR": "zar", "AED": "aed", "QAR": "qar", "KRW": "krw", "SEK": "sek", "NOK": "nok", "DKK": "dkk"}
_BASE = {"$": "usd", "us$": "usd", "$us": "usd", "usd": "usd", "€": "eur", "eur": "eur", "£": "gbp", "₹": "inr",
         "rs": "inr", "rs.": "inr", "inr": "inr"}

_PREFIXES = "|".join(sorted(_DOLLAR_PREFIXES, key=len, reverse=True))
_CODE_ALT = "|".join(sorted(_CODES, key=len, reverse=True))
LOCAL = rf"(?-i:(?<![A-Za-z])(?:{_PREFIXES})\$|\b(?:{_CODE_ALT})(?=\s?\d))"
_LOCAL_FULL = re.compile(rf"(?:{_PREFIXES})\$|(?:{_CODE_ALT})")

BASE_UNITS = ("usd", "eur", "gbp", "inr")
UNITS = BASE_UNITS + tuple(sorted(set(_DOLLAR_PREFIXES.values()) | set(_CODES.values())))


def unit(mark: str | None) -> str | None:
    """The currency a mark written with a figure names ('$', 'US$', 'HK$', 'SAR', '€'), or None."""
    if not mark:
        return None
    mark = mark.strip()
    if _LOCAL_FULL.fullmatch(mark):
        return _DOLLAR_PREFIXES.get(mark[:-1]) if mark.endswith("$") else _CODES[mark]
    return _BASE.get(mark.lower())


def pattern(currency: str, num: str, mult: str) -> re.Pattern[str] | None:
    """A figure written in one of the currencies this module adds ('HK$ 17', 'SAR27.25'), with its
    number in a group 'num' (the `num` and `mult` fragments are the caller's); None for another."""
    marks = [rf"{re.escape(p)}\$" for p, u in _DOLLAR_PREFIXES.items() if u == currency] + \
            [rf"\b{c}(?=\s?\d)" for c, u in _CODES.items() if u == currency]
    if not marks:
        return None
    return re.compile(rf"(?-i:(?<![A-Za-z])(?:{'|'.join(marks)}))\s?(?P<num>{num}){mult}", re.I)
