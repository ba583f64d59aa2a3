"""A sum of money the question sets on the act ('Will Lonmin agree to pay … a monthly wage of at
least R12,500', 'price its … offering at 550 pence per share or higher') and the sum a report
gives with the act: 'Lonmin agreed to a gross pay of 11,078 rand … to rock drill operators who
had been demanding … 12,500 rand' agrees to less than the bar; 'set the final price for its IPO at
530 pence' prices below it. The report's sum is the first one in the market's currency after the
act word in its sentence (another currency's, '($1,385)', is a conversion); a rough sum ('about',
'up to', 'nearly') settles nothing either way, and a sum demanded, sought or offered is not the one agreed.
A report of the act that tells no sum ('wage deal reached with Lonmin') does not say whether the
bar was met. Only acts that set a sum once are read (agreeing, settling, pricing, paying, awarding):
a sum that builds up ('gross at least 4 billion yuan … by August 20', 'grossing 3.6 billion yuan in
just 15 days') is a running total that may still reach the bar. Read by the confirmation rule.
Pure and deterministic."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# currency marks before a number, and currency words after it, by currency
_MARKS = {"R": "ZAR", "$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "Rs": "INR", "Rs.": "INR", "¥": "JPY"}
_WORDS = {"rand": "ZAR", "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
          "pounds": "GBP", "pence": "GBX", "p": "GBX", "yen": "JPY", "rupees": "INR", "yuan": "CNY"}
_SCALE = {"million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9}
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_MONEY = re.compile(rf"(?P<mark>US\$|Rs\.?\s?|R(?=\d)|[$€£¥])\s?(?P<n>{_NUM})(?:\s?(?P<scale>million|billion|bn|mn|m|b)\b)?"
                    rf"|\b(?P<n2>{_NUM})(?:\s?(?P<scale2>million|billion))?\s?(?P<word>rand|dollars?|euros?|pounds?|pence|"
                    rf"(?<=\d)p(?=\s|$|[,;)]|\.(?!m\b))|yen|rupees|yuan)\b")  # ('550p', not '4 p.m.')
_AT_LEAST = re.compile(r"\b(?:at\s+least|no\s+less\s+than|a\s+minimum\s+of|not\s+less\s+than)\s+$", re.I)
_MORE_THAN = re.compile(r"\b(?:more\s+than|over|above|in\s+excess\s+of)\s+$", re.I)
_OR_MORE = re.compile(r"^(?:\s+(?:per|a)\s+share)?\s+or\s+(?:more|higher|above|greater)\b", re.I)
# words that make a sum another party's ask or a rough one, right before it
_NOT_AGREED = re.compile(r"\b(?:demand\w*|sought|seek\w*|asked\s+for|asking\s+for|wanted|wanting|call\w*\s+for|offered|"
                         r"propos\w*|initially|originally|range\s+of|up\s+to)\s+(?:(?:a|an|the|their|its|his|her)\s+)?"
                         r"(?:[a-z-]+\s+){0,5}$", re.I)
# a sum told as a change, not a level: 'a R1,000 increase', '$5 more', 'an increase of R1,000', 'by $5 a share'
_CHANGE_AFTER = re.compile(r"\s*(?:(?:[a-z-]+\s+){0,2}(?:increase|rise|raise|hike|increment)s?\b|(?:more|extra)\b)",
                           re.I)
_CHANGE_BEFORE = re.compile(r"\b(?:(?:increase|rise|raise|hike|increment)s?\s+of|by)\s+$", re.I)
_ROUGH = re.compile(r"\b(?:about|around|roughly|nearly|almost|some|approximately|up\s+to|close\s+to|closer\s+to)\s+$", re.I)
# acts that set their sum once: what was agreed, settled, priced or awarded stays so
SET_ONCE = frozenset({"agree", "accept", "settle", "price", "pay", "offer", "approve", "award"})
REACH = 160  # characters after the act word within which the report's sum must stand
SHORT = "the sum reported with the act misses the question's bar"
MET = "the sum reported with the act meets the question's bar"
UNTOLD = "the sum is not told with the act"


@dataclass(frozen=True)
class Bar:
    value: float
    currency: str
    inclusive: bool
    text: str
    written: str = ""  # the sum as the question writes it ('R12,500', '550 pence')

    def met_by(self, v: float) -> bool:
        return v >= self.value if self.inclusive else v > self.value


def _sum(m: re.Match[str]) -> tuple[float, str]:
    """(value, currency) of a money match."""
    if m.group("n"):
        mark = m.group("mark").strip()
        return float(m.group("n").replace(",", "")) * _SCALE.get((m.group("scale") or "").lower(), 1.0), _MARKS[mark]
    return float(m.group("n2").replace(",", "")) * _SCALE.get((m.group("scale2") or "").lower(), 1.0), \
        _WORDS[m.group("word").lower()]


@lru_cache(maxsize=1024)  # a pure reading of the market's text, asked of every sentence
def bar(question: str) -> Bar | None:
    """The least sum the question sets on its act: 'of at least R12,500', 'at 550 pence per share or
    higher'; None when it sets none."""
    for m in _MONEY.finditer(question):
        before, after = question[max(0, m.start() - 30):m.start()], question[m.end():m.end() + 30]
        inclusive = bool(_AT_LEAST.search(before) or _OR_MORE.match(after))
        if inclusive or _MORE_THAN.search(before):
            value, currency = _sum(m)
            return Bar(value, currency, inclusive, " ".join(question[m.start() - len(before):m.end()].split()[-4:]),
                       " ".join(m.group(0).split()))
    return None


def _needs(need: Bar) -> str:
    """The bar as the question writes it: 'at least R12,500', 'at least 550 pence'."""
    return f"{'at least' if need.inclusive else 'more than'} {need.written or f'{need.value:,.0f} {need.currency}'}"


def check(question: str, text: str, act_at: int, act: str | None) -> tuple[str, str] | None:
    """('met' | 'short' | 'untold', why) for the sum told with the act whose word starts at
    `act_at` (a rough sum is not told); None when the question sets no sum or its act does not
    set one once."""
    need = bar(question) if act in SET_ONCE else None
    if need is None:
        return None
    for m in _MONEY.finditer(text, act_at):
        if m.start() - act_at > REACH:
            break
        value, currency = _sum(m)
        if currency != need.currency or _NOT_AGREED.search(text[max(0, m.start() - 60):m.start()]) or \
                _CHANGE_AFTER.match(text, m.end(), m.end() + 40) or \
                _CHANGE_BEFORE.search(text[max(0, m.start() - 20):m.start()]):
            continue  # another party's ask, or a change ('a R1,000 increase, lifting … to R12,500')
        if _ROUGH.search(text[max(0, m.start() - 20):m.start()]):
            return "untold", f"the sum is told only roughly ('{m.group(0).strip()}')"
        wording = f"'{m.group(0).strip()}' (the market needs {_needs(need)})"
        return ("met", f"{wording}: {MET}") if need.met_by(value) else ("short", f"{wording}: {SHORT}")
    return "untold", f"{UNTOLD} (the market needs {_needs(need)})"
