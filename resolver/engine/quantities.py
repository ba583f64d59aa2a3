"""Quantities: the one figure a quantity market asks about, read from its question (a measured
quantity, a bar, a direction, whether the bar itself counts, a unit, and the occasion that
settles it), whether a figure's range settles the bar, and whose figure a sentence reports. The
partial-count arithmetic that says whether a reported figure is final enough to settle it is in
partial_counts.py, counts of voters and results given as a count in vote_counts.py, how a number
is written in numerals.py.

A unit is a percentage ('percent'), basis points ('bps'), a currency ('usd', 'eur', 'gbp'), a
count noun ('years', 'seats', 'votes', 'home runs') or '' (index points, a bare count).

The occasion is
- 'one': one report for a named occasion settles the market both ways (a sentencing, an
  election's result, a meeting's decision, a statistic for a period, an award);
- 'rounds': several occasions may count ('in any ballot', 'at any decision between …'): a
  figure at or beyond the bar settles yes, a figure short of it settles nothing;
- 'path': a level that moves (prices, tolls that grow, a season's running total: 'reach X by …'):
  crossing settles yes, only the deadline settles no.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


from . import counted_nouns, currency_marks, offer_prices, statistic_names
from .text import article_sentences, all_lemmas
from .numerals import _NUM, _WORDNUM, _number
from .owner_names import owner_before  # noqa: F401  (read here by many: whose figure a sentence gives)
from .session_ends import session_end
from .partial_counts import Completeness, FINAL, accepted_provisional, completeness, final_range, in_count_cue
from .vote_counts import VOTER_NOUNS, act_count, results_with_count, role_subject, voter_count, voters_for, votes_for_name

_CUR = rf"(?P<cur>{currency_marks.LOCAL}|\$|€|£|us\$|₹|(?-i:\bRs\.?)(?=\s?\d))?\s*"  # 'Rs 70,000 crore'
_MULT = r"(?:\s*(?P<mult>k\b|thousand\b|million\b|billion\b|trillion\b|bn\b))?"
_PCT_UNIT = (r"(?:\s*(?P<pct>%|percent\b|per cent\b|bps\b|basis points\b|percentage points?\b|°\s?[CF]\b|"
             r"degrees?\s+(?:Celsius|Fahrenheit|C|F)\b|metres\b|meters\b|m\b(?=\s*(?:or\b|[,.?;)]|$))))?")
_NUMBER = rf"{_CUR}(?P<num>{_NUM}|(?:{_WORDNUM})\b){_MULT}{_PCT_UNIT}"

# a sum to pass, named with its owner or its currency ('beat Avengers: Endgame's $330.5 million'): strictly
# above it; read only before a currency (to beat a team, a time or a score is no bar on a sum)
_PASSING = r"(?:beat|pass|overtake|eclipse|outgross)(?:s|es)?"
# comparators before the number: (pattern, direction, inclusive)
_BEFORE = (
    (r"at\s+least|a\s+minimum\s+of|no\s+(?:fewer|less)\s+than|at\s+or\s+above|not\s+less\s+than", "above", True),
    (r"reach(?:es)?|hits?|exceeds?|surpass(?:es)?|tops?|more\s+than|greater\s+than|higher\s+than|above|over|"
     r"longer\s+than|larger\s+than|bigger\s+than", "above", None),
    # a sum to pass, named with its owner or its currency ('beat Avengers: Endgame's $330.5 million'): strictly above it
    (_PASSING, "above", False),
    (r"at\s+most|no\s+more\s+than|at\s+or\s+below|a\s+maximum\s+of", "below", True),
    (r"(?:fall|drop|dip|sink)s?\s+(?:below|under)|below|under|less\s+than|fewer\s+than|lower\s+than", "below", False),
)
_AFTER_ABOVE = r"or\s+(?:more|higher|above|greater|longer|over)\b|\+"
_AFTER_BELOW = r"or\s+(?:less|lower|below|fewer|under)\b"
_REQ_BEFORE = re.compile(
    r"\b(?P<cmp>" + "|".join(f"(?:{p})" for p, _, _ in _BEFORE) + r")\s+(?:the\s+|(?:its|their)\s+(?=[$€£₹])|"
    r"(?-i:[A-Z][\w.:-]*)(?:\s+(?-i:[A-Z][\w.:-]*)){0,3}['’]s\s+(?=[$€£₹]))?"  # 'surpass Titanic's $1.843 billion'
    r"(?:\+(?=\d))?" + _NUMBER, re.I)  # 'above +1.0°C': a plus sign written on a level above zero
_REQ_AFTER = re.compile(r"(?<![\w.])" + _NUMBER + r"(?P<noun>\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?=\s+or\s))?\s*(?P<tail>"
                        + _AFTER_ABOVE + "|" + _AFTER_BELOW + ")", re.I)
# "51 of the 101 seats", "272 or more Lok Sabha seats", "50 home runs": the count noun after
# the number, past an "of the N", "or more" and a few modifiers
_OF_TOTAL = re.compile(rf"\s*(?:or\s+(?:more|higher|greater|fewer|less)\s+)?(?:of\s+(?:the\s+|its\s+)?(?P<total>{_NUM})[\s-]*)?", re.I)
CURRENCY_UNITS = currency_marks.UNITS


def currency_unit(mark: str | None) -> str | None:
    """The currency a mark written with a figure names ('$', 'US$', '€', '₹', 'Rs', 'HK$', 'SAR'), or None."""
    return currency_marks.unit(mark)
_MULTS = {"k": 1e3, "thousand": 1e3, "million": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}
# words after a number that are not what it counts
_NOT_UNITS = frozenset({"in", "on", "at", "by", "for", "of", "the", "a", "an", "and", "or", "to", "from", "per", "than",
                        "more", "less", "higher", "lower", "above", "below", "over", "under", "percent", "points",
                        "point", "basis", "times", "degrees", "mph", "km", "miles"})


@dataclass(frozen=True)
class Required:
    """The bar a market sets: 'at least 25 years' → (25, 'above', True, 'years')."""

    value: float
    direction: str  # 'above' | 'below'
    inclusive: bool
    unit: str
    total: float | None = None  # 'of the 101 seats'
    text: str = ""

    @property
    def count_noun(self) -> bool:
        return self.unit not in ("", "percent", "bps") + CURRENCY_UNITS + SCALES

    def met_by(self, value: float) -> bool:
        if self.direction == "above":
            return value >= self.value if self.inclusive else value > self.value
        return value <= self.value if self.inclusive else value < self.value

    def describe(self) -> str:
        op = {("above", True): "≥", ("above", False): ">", ("below", True): "≤", ("below", False): "<"}
        unit = {"percent": "%", "usd": " USD", "eur": " EUR", "gbp": " GBP", "inr": " INR", "bps": " bp", "celsius": "°C",
                "fahrenheit": "°F", "metres": " m"}.get(self.unit, f" {self.unit.upper() if self.unit in CURRENCY_UNITS else self.unit}")
        if self.unit == "category":
            return f"{op[(self.direction, self.inclusive)]} Category {self.value:g}"
        value = f"{self.value:,.0f}" if abs(self.value) >= 1e5 and self.value == int(self.value) else f"{self.value:g}"
        return f"{op[(self.direction, self.inclusive)]} {value}{unit.rstrip()}"


# plurals not made with -s that a number counts ('15 million people', '550,000 children')
_IRREGULAR_PLURALS = frozenset({"people", "children", "men", "women"})


def _plural_noun(word: str) -> bool:
    w = word.lower()
    if w in _IRREGULAR_PLURALS:
        return True
    lem = all_lemmas(w).get("NOUN", ())
    return bool(lem) and (w not in lem or counted_nouns.listed_plural(w, lem)) and w.endswith("s")  # ('games')


def count_noun_after(text: str) -> str | None:
    """The noun a number counts, read from the text right after it ('years in prison' → years,
    'Lok Sabha seats' → seats, 'home runs and …' → home runs): the first plural noun within
    three words, with a lowercase modifier right before it kept ('home runs')."""
    words = re.findall(r"[A-Za-z](?:[A-Za-z']|-(?=[A-Za-z\d]))*(?:\d+)?|\S", text)[:4]  # 'COVID-19 cases': one word
    for k, w in enumerate(words):
        lw = w.lower()
        if lw == "of" and 0 < k < len(words) - 1 and words[k - 1][:1].isupper() and words[k + 1][:1].isupper():
            continue  # 'House of Representatives seats': the 'of' inside a name
        if not w[:1].isalpha() or (lw in _NOT_UNITS and not w[:1].isupper()):
            return None
        if _plural_noun(w) and not w[:1].isupper():
            prev = words[k - 1] if k else ""
            if prev and prev[:1].islower() and prev.lower() not in _NOT_UNITS and "NOUN" in all_lemmas(prev.lower()):
                return f"{prev.lower()} {lw}"
            return lw
        if w[:1].islower() and k >= 2:
            return None  # a third lowercase word that is not the counted noun ends the search
    return None


# a storm's category is an ordinal scale: reaching Category 5 is a bar of at least 5
_CATEGORY_BAR = re.compile(r"\b(?:reach(?:es)?|hits?|becomes?|be|strengthens?\s+(?:in)?to|at\s+least)\s+(?:an?\s+)?"
                           r"category\s+(?P<num>[1-5])\b|\bcategory\s+(?P<num2>[1-5])\s+or\s+(?:stronger|higher|above|"
                           r"greater)\b", re.I)
# a bar that qualifies the act ('make landfall as a Category 4 or stronger hurricane'): the
# level at that one act is what counts, not a level reached before it
# ('make landfall … at Category 2 or stronger' qualifies it the same way)
_AS_BAR = re.compile(r"\bas\s+an?\s+(?:[\w-]+\s+){0,3}\(?(?:category|magnitude)\b"
                     r"|\b(?:landfall|ashore|cross(?:es)?)\b[^.?]{0,60}?\bat\s+(?:a\s+)?category\b", re.I)


_SCORE_TOTAL = re.compile(r"\btotal\s+(?:points|goals|runs|score)\b|\bcombined\s+(?:final\s+)?(?:score|points|goals|runs)\b",
                          re.I)


def score_total(question: str, criteria: str = "") -> bool:
    """The market asks for the sum of a game's final score ('over 47.5 total points?', 'the
    combined final score')."""
    return bool(_SCORE_TOTAL.search(question) or (_SCORE_TOTAL.search(criteria) and re.search(r"\btotal\b", question,
                                                                                               re.I)))


def act_bound(question: str) -> bool:
    """The market's bar qualifies its act ('make landfall as a Category 4 or stronger')."""
    return bool(_AS_BAR.search(question))
SCORE_TOTAL = "score total"  # the sum of a game's final score
# units that are levels on a scale or measures, not counts ('6.30 m or higher': a height)
SCALES = ("celsius", "fahrenheit", "category", "magnitude", SCORE_TOTAL, "metres")
# an earthquake's magnitude: 'magnitude 7.5 or higher', 'a magnitude of at least 7.0', 'a 7.5+ magnitude';
# a magnitude put at a level, its quake named between ('put the magnitude of the … earthquake at 7.8 or higher')
_MAGNITUDE_BAR = re.compile(r"\bmagnitude\s+(?:of\s+(?:the\s+)?(?:[\w,'’-]+\s+){0,8}?(?:earthquake|quake|tremor)\s+at\s+)?"
                            r"(?:of\s+)?(?:(?P<least>at\s+least|above|over|greater\s+than)\s+)?"
                            r"(?P<num>\d(?:\.\d+)?)(?P<plus>\+|\s+or\s+(?:higher|greater|more|above|stronger))?", re.I)


_FALL_BY = re.compile(r"\b(?:fall|falls|falling|fell|drop|drops|dropping|decline|declines|declining|contract|contracts|"
                     r"contracting|shrink|shrinks|shrinking|decrease|decreases|decreasing)\s+"
                     r"(?:by|at\s+an?\s+(?:[a-z-]+\s+){0,3}(?:rate|pace)\s+of)\s+(?:at\s+least\s+)?$"
                     # ('a contraction larger than 1.8%': the comparator follows the noun, the bar is below -1.8)
                     r"|\ban?\s+(?:[a-z-]+\s+)?(?:decline|drop|fall|contraction|decrease)\s+(?:of\s+(?:at\s+least\s+)?)?$"
                     # the fall noun as the subject of a copula: 'Will Malaysia's second-quarter 2020 GDP contraction
                     # be larger than 17.0%?' (a contraction of more than 17%: below -17)
                     r"|\b(?:decline|drop|fall|contraction|decrease|shrinkage)\s+(?:be|is|was|will\s+be)\s+$"
                     # a session's move told down: 'Will Facebook (FB) shares close down 15% or more on July 26?'
                     r"|\b(?:close|closes|closed|closing|end|ends|ended|ending|finish|finishes|finished)\s+down\s+"
                     r"(?:by\s+)?(?:at\s+least\s+)?$", re.I)


# a fall told by its verb right before a share ('Will the index fall 7% or more in a single session?',
# 'drop at least 10 percent'): the same bar as 'close down 7% or more', a change of -7 or below
_FALL_SHARE = re.compile(r"\b(?:fall|falls|fell|drop|drops|decline|declines|plunge|plunges|tumble|tumbles|slump|slumps|"
                         r"sink|sinks|slide|slides)\s+(?:by\s+)?(?:at\s+least\s+|more\s+than\s+)?$", re.I)


# 'at least one year in prison': one of a unit of time, written in the singular, is a term's length
_ONE_TERM = re.compile(r"\s*(year|month|week|day)\b(?!\s*-)", re.I)


# 'at least two-thirds of the seats (32 or more)': a bar in brackets restates the phrase before
# it as a count; the count noun is that phrase's
_BRACKETED = re.compile(r"\b(?P<noun>[a-z]+)\s*\(\s*$")


def _bracketed_count(before: str) -> str | None:
    """The count noun of the phrase a bracketed bar restates ('… of the seats (32 or more)')."""
    m = _BRACKETED.search(before)
    return count_noun_after(m.group("noun")) if m else None


# 'at least two-thirds of the seats', 'a three-fifths majority of the votes': a share of a count
# the criteria restate as the count itself ('at least 167 of the 250 seats')
_FRACTION_OF = re.compile(r"\b(?:two-thirds|three-fifths|three-quarters|three-fourths|half)\s+(?:majority\s+)?of\s+"
                          r"(?:the\s+|all\s+)?(?:[a-z-]+\s+)?(?P<noun>seats|votes)\b", re.I)


def required(question: str, criteria: str = "") -> Required | None:
    """The bar of a quantity market, from its question; None when it names none. A bar the
    question gives as a fraction of a count ('at least two-thirds of the seats') is read from the
    criteria when they give it as a count of the same noun."""
    bar = _required(question)
    frac = _FRACTION_OF.search(question) if criteria and (bar is None or not bar.unit) else None
    if frac:
        stated = _required(criteria)
        if stated is not None and stated.unit == frac.group("noun").lower() and stated.direction == "above":
            return stated
    return bar


def _required(question: str) -> Required | None:
    mag = _MAGNITUDE_BAR.search(question)
    if mag and (mag.group("least") or mag.group("plus")):
        inclusive = not (mag.group("least") or "").lower().startswith(("above", "over", "greater"))
        return Required(float(mag.group("num")), "above", inclusive, "magnitude", None, mag.group(0).strip())
    cat = _CATEGORY_BAR.search(question)
    if cat:
        return Required(float(cat.group("num") or cat.group("num2")), "above", True, "category", None,
                        cat.group(0).strip())
    best: Required | None = None
    for m in list(_REQ_BEFORE.finditer(question)) + list(_REQ_AFTER.finditer(question)):
        value = _number(m.group("num"))
        if value is None:
            continue
        if m.re is _REQ_BEFORE:
            cmp = re.sub(r"\s+", " ", m.group("cmp").lower())
            direction, inclusive = next((d, inc) for p, d, inc in _BEFORE if re.fullmatch(p, cmp, re.I))
            if inclusive is None:
                inclusive = cmp.startswith(("reach", "hit"))
            if re.fullmatch(_PASSING, cmp, re.I) and not m.group("cur"):
                continue  # 'beat the 49ers by 3 points': no sum to pass
        else:
            tail = m.group("tail").lower()
            direction, inclusive = ("below", True) if re.match(_AFTER_BELOW, tail) else ("above", True)
        cur, mult, pct = (m.group("cur") or "").lower(), (m.group("mult") or "").lower(), (m.group("pct") or "").lower()
        value *= _MULTS.get(mult, 1)
        total = None
        if cur:
            unit = currency_unit(m.group("cur")) or "usd"
        elif pct:
            unit = "percent" if pct in ("%", "percent", "per cent") or pct.startswith("percentage") else \
                "metres" if pct.startswith("m") else \
                "fahrenheit" if pct.endswith(("f", "fahrenheit")) else "celsius" if pct[:1] in "°d" else "bps"
        else:
            rest = (m.group("noun") or "") + " " + question[m.end():] if m.re is _REQ_AFTER else question[m.end():]
            om = _OF_TOTAL.match(rest)
            if om and om.group("total"):
                total = float(om.group("total").replace(",", ""))
            after = rest[om.end() if om else 0:]  # ('Conservative MPs', 'Model 3 vehicles', 'score 50 or more points')
            noun = count_noun_after(after) or counted_nouns.named_count(after) or ("points" if counted_nouns.scored_points(question[:m.start()], rest) else None)
            term = _ONE_TERM.match(after) if value == 1 and not noun else None
            unit = noun or (f"{term.group(1).lower()}s" if term else "")
            if not unit and m.re is _REQ_AFTER:
                unit = _bracketed_count(question[:m.start()]) or ""
            if not unit and m.group("num").isalpha():
                continue  # "one of", "two or more" without a counted noun
        if direction == "above" and (_FALL_BY.search(question[:m.start()])
                                     or unit == "percent" and _FALL_SHARE.search(question[:m.start()])):
            # 'GDP falling by 0.2% or more', 'contracting at an annualized rate of 1.0% or more':
            # a change of -0.2 (-1.0) or below
            value, direction = -value, "below"
        found = Required(value, direction, inclusive, unit, total, m.group(0).strip())
        if best is None or m.start() < question.find(best.text):
            best = found
    return best


_ROUNDS = re.compile(r"\b(?:in|at)\s+(?:a|any|either|one\s+of\s+the)\s+(?:[\w-]+\s+){0,3}?(?:ballot|round|vote|decision|"
                     r"meeting|session)s?\b|\bany\s+(?:ballot|round|decision|meeting)\b"
                     # 'in its parliamentary voting rounds', 'in the ballots held …': several rounds named, any may decide
                     r"|\b(?:in|at)\s+(?:any\s+of\s+)?(?:its|their|the)\s+(?:[a-z-]+\s+){0,3}?(?:ballots|rounds)\b", re.I)
_PATH = re.compile(r"\b(?:trade|trades|touch|touches|hit|hits|reach|reaches|close|closes|settle|settles|top|tops|surpass|surpasses|"
                   r"any\s+time|at\s+any\s+point|death\s+toll|toll|cumulative|season|so\s+far)\b"
                   # 'report more than 400,000 new cases in a single day by May 2': any day's count may cross it
                   r"|\bin\s+(?:a|one)\s+single\s+day\b|\btotals?\s+(?=more\s+than|at\s+least|over\s+\d)", re.I)  # 'total more than 130 games': a sum that grows
_ONE = re.compile(r"\b(?:election|elections|ballot|vote|referendum|primary|runoff|meeting|assessment|decision|trial|"
                  r"sentenced|sentencing|sentence|verdict|ruling|award|awards|forfeit|final|match|game|report|release|auction|"
                  r"hammer\s+price)\b",
                  re.I)
# a ballot, whose result is told once (a share of it: 'share in … election'; not a market share or stock shares)
_BALLOT = re.compile(r"\b(?:election|elections|ballot|vote|votes|referendum|primary|runoff|run-off|plebiscite)\b", re.I)
_RUNNING = re.compile(r"\b(?:record|register|report|confirm|log|count|see)s?\s+(?:more\s+than|at\s+least|over)\s+[\d,.]+"
                      r"(?:\s+(?:million|thousand|billion))?\s+(?:[a-z-]+\s+){0,3}?[a-z]+s\s+in\s+(?:19|20)\d\d\b.*\bby\b",
                      re.I)
_ONE_DAY = re.compile(r"\b(?:on|at|after|close|closes|end|ends|finish|finishes)\s+(?:its|their|the|his|her)\s+"
                     r"(?:first|opening|debut|final|last)\s+(?:trading\s+)?(?:day|session)\b|\bon\s+(?:its|their)\s+(?:stock\s+)?(?:market\s+|exchange\s+)?debut\b",
                     re.I)
# one measured occasion named by the question: the day of an event ('on the day it is floated'), a
# named edition of a survey ('the 2024 aerial surveys'; not 'a survey', of which there may be many):
# the figure reported for it is the one figure the market reads, on either side of the bar
_ONE_PERIOD = re.compile(r"\bon\s+the\s+day\s+(?:it|they)\b|\bthe\s+(?:19|20)\d\d\s+(?:[\w-]+\s+){0,2}surveys?\b", re.I)
# a fine in one named case ('fine Qualcomm more than €1 billion over its Apple chip payments', 'fine Microsoft €500
# million or more in its Windows antitrust case'): the case is decided once, and its fine is the one figure read
_ONE_CASE = re.compile(r"\bfine\b[^?]*?\b(?:in\s+(?:its|the|their|his|her)\s+[\w\s'-]{0,40}?\bcase\b"
                       r"|over\s+(?:its|their|the|his|her|(?-i:[A-Z][A-Za-z]*))\b)", re.I)
STATISTICS = frozenset({"inflation", "cpi", "gdp", "unemployment", "jobless", "payrolls", "payroll", "nonfarm", "pce",
                        "ppi", "growth", "exports", "imports",
                        "deficit", "turnout", "approval"})


# 'close at or above 8,000 on every trading day from April 23 to April 30': the bar must hold on
# each session of the window, so one session's level never shows it held on all of them
_EVERY_SESSION = re.compile(r"\b(?:on\s+)?(?:every|each|all)\s+(?:(?:of\s+the\s+)?(?:trading|business|market)\s+)?"
                            r"(?:day|days|session|sessions|close|closes)\b", re.I)


def every_session(question: str) -> bool:
    """True when the question's bar must hold on every session of its window."""
    return bool(_EVERY_SESSION.search(question))


def occasion(question: str, criteria: str = "") -> str:
    """'one', 'rounds', 'path' (see the module's docstring) or 'open' when the question names
    neither an occasion nor a moving level."""
    if _ONE_DAY.search(question) or _AS_BAR.search(question) or score_total(question, criteria) or \
            offer_prices.asks_pricing(question):
        return "one"  # an offering is priced once: the price set settles it either way  # 'close at or above $50 on their first day of trading': one session settles it
    if _ROUNDS.search(question) or re.search(r"\b(?:any|each)\s+(?:ballot|round|decision|meeting)\b|\b(?:any|each)\s+of\s+(?:its|their|the)\s+"
                                                   r"(?:[a-z-]+\s+){0,3}?(?:ballots|rounds)\b", criteria, re.I):
        return "rounds"
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", question)}
    if (words & STATISTICS or statistic_names.phrase(question)) and not re.search(r"\b(?:any\s+time|at\s+any\s+point|trade|touch|hit|reach)\b", question, re.I):
        return "one"
    if "turnout" in words and _ONE.search(question) and not re.search(r"\b(?:any\s+time|at\s+any\s+point)\b", question, re.I):
        return "one"  # 'Will turnout in the October 2 referendum reach 50%?': one ballot's one figure, whatever the verb
    if "share" in words and _BALLOT.search(question) and not re.search(r"\b(?:any\s+time|at\s+any\s+point|poll|polls|polling)\b", question, re.I):
        return "one"  # 'Will Museveni's official share in Uganda's January 2021 election reach 58.5%?': a ballot's one result
    if _RUNNING.search(question):
        return "path"  # 'record more than 2 million dengue cases in 2024 by March 31': a running total
    if _PATH.search(question) or session_end(question) or re.search(r"\b(?:cumulative|running\s+total|at\s+any\s+(?:time|point))\b", criteria, re.I):
        return "path"
    return "one" if _ONE.search(question) or _ONE_PERIOD.search(question) or _ONE_CASE.search(question) else "open"


def settled(req: Required, lo: float, hi: float) -> bool | None:
    """True when every value in [lo, hi] meets the bar, False when none does, else None."""
    if req.met_by(lo) and req.met_by(hi):
        return True
    if not req.met_by(lo) and not req.met_by(hi):
        return False
    return None


# -- a figure told roughly (whose figure it is: owner_names.py) ----------------------------------
_APPROX = re.compile(r"\b(?:about|around|roughly|nearly|almost|some|approximately|close\s+to|up\s+to|an\s+estimated|"
                     r"more\s+than|over|at\s+least|less\s+than|under)\s+\+?$", re.I)  # 'more than +0.5°C'


def approximate(before: str) -> str | None:
    """'about 40 percent', 'nearly 50 seats': a figure given as an approximation or a bound."""
    m = _APPROX.search(before)
    return m.group(0).strip() if m else None


def context_texts(title: str, body: str, index: int, headline: bool) -> list[str]:
    """A sentence of an article, then its other sentences: earlier ones nearest first, the
    headline, then later ones (where a partial count or a period is named)."""
    sents = article_sentences(title, body)
    k = next((j for j, s in enumerate(sents) if s.index == index and s.headline == headline), 0)
    earlier = [s.text for s in reversed(sents[:k]) if not s.headline]
    head = [s.text for s in sents[:k] if s.headline]
    return [sents[k].text] + earlier + head + [s.text for s in sents[k + 1:]] if sents else []


def acronym(name: str) -> str:
    """The initials of a name's capitalised words: 'U.S. Geological Survey' → 'USGS',
    'Bureau of Labor Statistics' → 'BLS'."""
    out = ""
    for w in name.split():
        if re.fullmatch(r"(?:[A-Z]\.){2,}", w):
            out += w.replace(".", "")
        elif w[:1].isupper():
            out += w[0]
    return out


def names_overlap(owner: str, actors: list[str]) -> bool:
    """The owner's name shares a word (of three letters or more) with one of the market's
    actors ('Sam Bankman-Fried' and 'Sam Bankman', 'African National Congress ANC' and 'ANC'),
    or one is the other's acronym ('U.S. Geological Survey' and 'USGS')."""
    words = {w for w in re.split(r"[\s-]+", owner.lower()) if len(w) > 2}
    if any(words & {w for w in re.split(r"[\s-]+", a.lower()) if len(w) > 2} for a in actors):
        return True
    if any(len(x) > 2 and x in (a.replace(".", ""), owner.replace(".", ""))
           for a in actors for x in (acronym(owner), acronym(a))):
        return True
    from .short_names import shortens  # 'Statistics New Zealand' and 'Stats NZ'
    return any(shortens(owner, a) for a in actors)


def described_person(title: str, body: str, index: int, headline: bool, before_verb: str,
                     people: list[str]) -> str | None:
    """A clause whose subject is a role description ('The leader of the Bhumjaithai party won a
    total of 311 votes') takes up the person the sentence before it names ('… Anutin
    Charnvirakul was elected prime minister …'): that person, when they are one of `people`
    (names of two or more capitalised words)."""
    if headline or not role_subject(before_verb):
        return None
    sents = article_sentences(title, body)
    k = next((j for j, s in enumerate(sents) if s.index == index and not s.headline), 0)
    if k == 0 or sents[k - 1].headline:
        return None
    prev = sents[k - 1].text
    for name in people:
        words = name.split()
        if len(words) >= 2 and all(w[:1].isupper() for w in words) and name in prev:
            return name
    return None


_PHRASE_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those"})
_SCALES = frozenset({"thousand", "million", "billion", "trillion", "bn", "m", "k"})
_NOT_QUALIFIED = frozenset({"or", "and", "to", "than", "per", "a", "an", "the", "of", "for", "on", "in", "at", "by",
                            "with", "from", "before", "after", "over", "under", "above", "below", "into", "against"})


def attributive_amount(words: list[str], k: int, before: list[str]) -> int:
    """How many words a sum of money at k spans when it stands inside a noun phrase ('the $700
    billion financial rescue bill', 'the £ 190 million Al-Qadir Trust case', 'its overdue $22.5
    million dollar-bond coupons'), else 0: `before` (the phrase's words so far) must be a determiner
    and adjectives only, and a noun must follow; a sum after a comparison or a verb ('at least $100
    million in damages') is a figure, not a qualifier."""
    if k >= len(words) or words[k][:1] not in "$€£":
        return 0
    # a named owner's possessive stands for the determiner: "Chinalco's $19.5 billion investment in Rio Tinto"
    # (derive.owned_sum then keeps what is owned, not the owner)
    owned = bool(before) and before[-1].endswith(("'s", "’s")) and all(w[:1].isupper() for w in before)
    if not owned and (not before or before[0].lower() not in _PHRASE_DETERMINERS
                      or any(set(all_lemmas(w.lower())) != {"ADJ"} for w in before[1:])):
        return 0
    n = 1 if words[k][1:2].isdigit() else 2 if k + 1 < len(words) and words[k + 1][:1].isdigit() else 0
    if n and k + n < len(words) and words[k + n] in _SCALES:
        n += 1
    follows = words[k + n] if n and k + n < len(words) else ""
    return n if follows[:1].isalpha() and follows not in _NOT_QUALIFIED else 0
