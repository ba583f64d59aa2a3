"""Threshold figures: how a figure in a sentence is read against a market's bar — its direction
(up/down), a level it stood or closed at, the period it counts for, a range's bounds and whether
it measures what the market asks (whose figure it is: figure_owners.py). Read by the threshold_crossed rule."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from operator import itemgetter
from datetime import datetime, timedelta

from .. import counted_alike, currency_marks, exchange_rates, figure_words, indicators, quantities, turnouts, unit_names
from ..analysis import MarketContext, SentenceFacts
from ..close_results import close_result
from ..moves_to_close import move_to_close
from ..session_ends import session_end
from ..hedges import BEATEN_FORECAST, FORESEEN_ASIDE
from ..text import lemmas_of

# (a sum written as a compound modifier keeps its multiplier: 'a $202-million weekend')
_VALUE = re.compile(r"(?P<cur>" + currency_marks.LOCAL + r"|\$US|US\$|\$|€|£|₹|\b(?:USD|EUR|INR|Rs\.?)(?=\s?\d))\s?(?P<num>\d[\d,]*(?:\.\d+)?)(?:-(?=(?:thousand|million|billion|trillion)\b)|\s*)(?P<mult>k|thousand|million|billion|trillion|bn|m)?\b"
                    r"|(?P<pnum>(?<!\d,)\d+,\d{1,2}(?=\s*(?:%|percent(?!age)|per\s+cent))|\d+(?:\.\d+)?)\s*(?P<pct>%|percent(?!age)|per cent|bps|basis points)"
                    r"|(?<=\b(?:to|at)\s)(?P<zero>zero)\b"
                    r"|(?P<tnum>\d+(?:\.\d+)?)\s*(?P<deg>°\s?[CF]\b|degrees?\s+(?:Celsius|Fahrenheit)\b)"
                    r"|\b[Cc]ategory\s+(?P<cat>[1-5]|one|two|three|four|five)\b"
                    # a magnitude in the seismologists' notation ('from M7.5 to M7.8', 'Mw 7.8')
                    r"|(?<![\w.])(?-i:M[wL]?)\s?(?P<mnum>\d\.\d{1,2})(?![\d%])"
                    r"|(?<![\w$€£.,])(?P<wnum>\d[\d,]*(?:\.\d+)?)\s*(?P<wmult>million|billion|trillion|bn)?\s+(?P<wcur>euros?|dollars?|pounds?)\b"
                    # a plain number: Indian grouping first ('4,01,993' is 401,993), never one glued to a word
                    # by a hyphen ('COVID-19', 'Ax-4': a name), save a quake's magnitude after its letter ('M7.8');
                    # 'lakh' and 'crore' are 100,000 and 10,000,000; thousands set off by spaces before a lowercase word ('2 384 cases')
                    r"|(?:(?<=(?<![\w.])M)(?=\d\.\d)|(?<![\w$€£.,]))(?<![A-Za-z]-)(?P<plain>\d{1,2}(?:,\d{2})+,\d{3}(?![,\d])(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<!\d[ \u00a0\u2009\u202f])" + figure_words.NOT_AFTER_DAY_WORD + r"\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3}){1,2}(?![\d.,]|[ \u00a0\u2009\u202f]\d)(?=\s+(?-i:[a-z]))|\d+(?:\.\d+)?)(?![\d%])(?!(?:st|nd|rd|th)\b)"
                    r"(?:\s?(?P<pmult>[kK]|thousand|million|billion|bn|lakhs?|crores?)\b)?", re.I)
_UP = ("above", "surpass", "top", "exceed", "cross", "break", "hit", "reach", "record", "high", "more than",
       "over", "past", "climb", "rise", "rising", "rose", "soar", "jump", "rall", "breach", "raise", "raising", "hike", "lift",
       "increas", "boost", "surge", "surging", "spike", "spiking", "gain", "touch")
_DOWN = ("below", "under", "sub-", "fall", "fell", "drop", "dip", "tumbl", "slid", "sink", "sank", "low", "less than", "lose",
         "lost", "plung", "crash", "cut", "lower", "reduc", "slash", "slump", "plummet", "tank", "sunk", "shrink", "contract")
# Nouns a count may measure without naming the market's subject ("50,000 people").
_COUNT_NOUNS = frozenset({"people", "persons", "deaths", "dead", "fatalities", "lives", "victims", "points", "votes", "seats",
                          "units", "barrels", "ounces", "an", "a", "per", "percent", "bps", "basis", "year", "years",
                          # a connective after the figure opens another phrase ('risen to at least 114 with 127 others
                          # reported missing'): the figure counts what the sentence counts
                          "with", "while", "including", "amid", "during", "since", "but", "according", "across", "among",
                          "in", "on", "at", "by", "for", "and", "or", "to", "from", "as", "after", "before", "the"})
# units of measure: a number followed by one measures a distance, a weight, a speed or a time
_MEASURES = frozenset({"km", "m", "mi", "ft", "kg", "lb", "lbs", "mph", "kph", "cm", "mm", "ha", "t", "kt", "mw", "gw",
                       "h", "hr", "hrs", "min", "s"})
# a level reported with no direction word: 'closed at 4,042.83', 'ended the day at', 'ended Friday at 6,000.36'
_CLOSE_DAY = r"(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)\s+)?"
_AMT = r"(?:(?:US)?[$€£]\s?[\d.,]+|[\d.,]+\s*(?:%|percent|per\s+cent|points?|cents?))"  # a change: a sum or a share
_MOVE = rf"(?:up|down|higher|lower)\s+(?:by\s+)?{_AMT}(?:\s*,?\s+or\s+{_AMT},?)?"  # 'closing up 8.7 percent to $78.29', 'finished the day down $4.20, or 11%, to'
_CLOSE_LEVEL = re.compile(r"\b(?:(?:clos|end|finish|settl)(?:ed|es|e|ing)?|wrap(?:s|ped|ping)?\s+up)\s+" + _CLOSE_DAY +
                          r"(?:(?:the|its|their)\s+(?:(?:first|debut|opening)\s+)?(?:trading\s+)?(?:day|session|week)\s+(?:of\s+trading\s+)?)?"
                          rf"(?:(?:(?:flat|unchanged)\s+|{_MOVE}\s+|{_AMT}\s+(?:up|down|higher|lower)\s+)?at|{_MOVE}\s+to)\s+$"
                          r"|\b(?:clos|end|finish)(?:ed|es|e|ing)\s+(?:its|their|the)\s+(?:first\s+|debut\s+)?(?:trading\s+)?(?:day|session)"
                          r"(?:\s+of\s+trading)?\s+with\s+(?:an?\s+)?(?:(?:stock|share|closing)\s+)?price\s+of\s+$", re.I)
# a running total reported by a body: 'The Ministry of Health reported 2,045,277 cases of dengue so far in 2024'
_TOTAL = re.compile(r"\b(?:reported|recorded|registered|confirmed|counted|tallied|logged)\s+(?:a\s+(?:total|tally)\s+of\s+)?$",
                    re.I)
_SO_FAR = re.compile(r"\b(?:so\s+far|to\s+date|since\s+the\s+(?:start|beginning)|this\s+year|cumulative|in\s+total)\b",
                     re.I)
_CLOSE_RE = re.compile(r"\b(?:clos|finish|end|settl)\w*|\bwrap(?:s|ped|ping)?\s+up\b", re.I)
# a level named as such after its number ('the 9,000 mark', 'the psychological 9,000 level'):
# the number is the level itself, not a count of something else
_LEVEL_NOUNS = frozenset({"mark", "level", "threshold", "barrier", "milestone", "point"})
# a time word after the figure dates it ('closed above 14,000 last week', '… Friday'): no noun it counts
_TIME_WORDS = frozenset({"last", "this", "yesterday", "today", "tonight", "earlier", "again", "monday", "tuesday",
                         "wednesday", "thursday", "friday", "saturday", "sunday"})
# a close governing the figure across a few words ('ending a session above the 9,000 mark',
# 'closed above the psychological 9,000 level'): no clause break, number or other verb between
_CLOSE_GOVERNS = re.compile(r"\b(?:clos|finish|end|settl)\w*\s+((?:[a-z-]+\s+){0,5})$", re.I)
_NOT_BETWEEN = frozenset({"after", "before", "when", "while", "as", "following", "then", "but", "and", "since", "until"})


def _close_governs(before: str) -> bool:
    """A close word governs the figure that follows `before`: it is within six words, and the
    words between are no verb form, conjunction or clause-opening preposition ('closed at
    8,918 after reaching 9,000' is no close at 9,000)."""
    m = _CLOSE_GOVERNS.search(before)
    if not m:
        return False
    between = m.group(1).lower().split()
    return not any(w in _NOT_BETWEEN or (w.endswith(("ing", "ed")) and len(w) > 4) for w in between)


# a market on a session's end level: a close, or a futures settlement price ('settle at or above
# $130', 'settle below $65'); 'settle for $725 million' is a lawsuit's, not a price's
_CLOSING_MARKET = re.compile(r"\bclos(?:e|es|ing)\b|\bsettle(?:s|d)?\s+(?:at|above|below|over|under|higher|lower)\b|"
                             r"\bsettlement\s+price\b", re.I)


def closing_market(question: str) -> bool:
    """The market reads a session's end level only: a close or a settlement ('hit $139.13' during
    the session is neither)."""
    return bool(_CLOSING_MARKET.search(question)) or session_end(question)  # 'finish a trading day above


def _closing(text: str, m: re.Match[str]) -> bool:
    """The sentence speaks of a close at the figure at `m`: a close word right before it (not the
    end of a part of the session before its close: 'the opening auction … ended with a price
    of'), or a phrase placing it at the session's end ('after the first trading session')."""
    if figure_words.at_session_end(text, m.start(), m.end()) or close_result(text, m.start()) or \
            move_to_close(text, m.start(), m.end()):  # 'tumbled 19 percent on Thursday to close at $176.26'
        return True  # (', bringing its market value to 3.04 trillion dollars' behind 'closed up 2.3% at …')
    near = _CLOSE_RE.search(text[max(0, m.start() - 30):m.start()]) or _CLOSE_LEVEL.search(text[max(0, m.start() - 80):m.start()])
    if not (near or _close_governs(text[max(0, m.start() - 60):m.start()])) or figure_words.during_session(text, m.end()):
        return False  # ('settle lower after passing US$143 a barrel in early trading': the level came before the close)
    lead = re.split(r"[.;!?]\s", text[max(0, m.start() - 150):m.start()])[-1]
    word = [w for w in _CLOSE_RE.finditer(lead) if not re.match(r"close\s+to\b", w.group(0) + lead[w.end():w.end() + 3], re.I)]
    return not (word and figure_words.before_close_part(lead[:word[-1].start()]))


def spelling(unit: str) -> str:
    """One spelling of a unit of length: 'meters' and 'metres' are the same unit."""
    return re.sub(r"meter", "metre", unit.lower())


def _about_subject(ctx: MarketContext, text: str, m: re.Match[str], value: float, closing: bool = True) -> bool:
    """The number measures the market's quantity: not a sum of another scale ('$64 billion' of
    inflows for a $5,000 price) nor a count of something else ('600,000 apartments' for a death
    toll); for a closing-level market, the sentence speaks of a close."""
    t = ctx.target
    if m.groupdict().get("mult") and t.threshold is not None and value > 1000 * max(t.threshold, 1) or exchange_rates.other_quote(t, ctx.market, text, m):
        return False  # (a sum of another scale; '24.1 pesos to the euro' for a bar per dollar: another rate)
    nxt = re.match(r"\s*([A-Za-z]+)(?:\s+([a-z]+))?", text[m.end():])
    if nxt and m.group("plain"):
        word = nxt.group(1).lower()
        question = ctx.market.question.lower()
        modified = nxt.group(1).islower() and nxt.group(2) and len(nxt.group(2)) > 2 and nxt.group(2).rstrip("s") in question
        if word not in _COUNT_NOUNS and word not in _LEVEL_NOUNS and word not in _TIME_WORDS and spelling(word).rstrip("s") not in spelling(question) and \
                (len(word) > 2 or word in _MEASURES) and not modified and not unit_names.spelled_out(text, m.end(), question) and not counted_alike.parties_after(t.threshold_unit, text, m.end()) \
                and not exchange_rates.rate_quoted(t, ctx.market, text, m):  # '22.04 pesos per dollar': a rate
            return False  # '600,000 apartments', 'over 100km away': another count or measure (not 'ppm' spelled out, '114,000 new jobs')
    if closing and closing_market(ctx.market.question) and not _closing(text, m):
        return False  # 'hits 40,000' intraday is not a close above 40,000
    state = _OTHER_GROUP.match(text, m.end()) or _OTHER_GROUP_BEFORE.search(text[max(0, m.start() - 60):m.start()])
    if state and not re.search(rf"\b{(state.group('state') or state.group('verb'))[:5]}", ctx.market.question, re.I):
        return False  # 'more than 300 people were still missing': a count of the missing, not of the dead
    group = figure_words.other_group(text, m.start(), m.end())
    if group and not re.search(rf"\b{re.escape(group.split()[-1][:5])}", ctx.market.question, re.I):
        return False  # 'forced more than 150,000 to flee', '2,817 people said to be injured': another group counted
    if t.threshold_unit in quantities.CURRENCY_UNITS and figure_words.other_value_measure(ctx.market.question, text, m.start(), m.end()):
        return False  # '$37.06 per share' for a market on the market capitalisation (or the reverse)
    return True


# the territory a figure covers: the home market ('domestic', 'U.S. and Canada') or the rest of the
# world ('overseas', 'international', 'worldwide', 'global', 'foreign', 'abroad')
_HOME = re.compile(r"\b(?:domestic(?:ally)?|North\s+American?|U\.?S\.?\s+and\s+Canad\w*|stateside)\b", re.I)
_WORLD = re.compile(r"\b(?:overseas|international(?:ly)?|worldwide|global(?:ly)?|foreign|abroad|offshore|"
                    r"outside\s+(?:the\s+)?(?:U\.?S|North\s+America|United\s+States))\b", re.I)


@lru_cache(maxsize=256)
def value_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where the figures of a sentence stand (start, end), read once per sentence: each of its
    figures asks for its neighbours."""
    return tuple((v.start(), v.end()) for v in _VALUE.finditer(text))


def stretch_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """From the end of the figure before start..end to the start of the one after it (the spans
    are in order and do not overlap: found by bisection, not by a pass over every figure)."""
    spans = value_spans(text)
    k, j = bisect_right(spans, start, key=itemgetter(1)), bisect_left(spans, end, key=itemgetter(0))
    return (spans[k - 1][1] if k else 0), (spans[j][0] if j < len(spans) else len(text))


def other_scope(ctx: MarketContext, text: str, m: re.Match[str]) -> str | None:
    """The word placing a figure in another territory than the market's: for a market on the
    domestic figure, a figure whose stretch of the sentence (from the figure before it to the
    next one) says 'overseas', 'international', 'worldwide' (and the reverse): another total."""
    asked = f"{ctx.market.question} {ctx.market.criteria}"
    home, world = _HOME.search(ctx.market.question) or _HOME.search(asked), _WORLD.search(ctx.market.question)
    if bool(home) == bool(world):
        return None
    lo, hi = stretch_bounds(text, m.start(), m.end())
    other, own = (_WORLD, _HOME) if home else (_HOME, _WORLD)  # the nearer of the two territories' words
    return figure_words.other_scope_nearest(text, lo, hi, m.start(), m.end(), other, own)


# a level at the year's end: 'close 2025 above', 'end the year above', 'at the end of 2025' (not 'by the end
# of 2025', a deadline): the last session's figure, the one occasion the market reads
_YEAR_END = re.compile(r"\b(?:clos|end|finish)(?:e|es|s|ing)?\s+(?:the\s+year|(?P<y>(?:19|20)\d\d))\b(?!\s*(?:season|campaign))"
                       r"|\b(?:at|on)\s+(?:the\s+)?(?:year[\s-]end|end\s+of\s+(?:the\s+year|(?P<y2>(?:19|20)\d\d)))\b", re.I)
FINAL_WEEK = 7  # the last days of a year: a close dated before them is another day's


def year_end(question: str, deadline: datetime) -> datetime | None:
    """For a market on a level at the year's end ('Will the CAC 40 close 2025 above 8,200?'):
    the first of the year's last FINAL_WEEK days; a close dated before it is not the year's."""
    m = _YEAR_END.search(question)
    if not m:
        return None
    year = int(m.group("y") or m.group("y2") or deadline.year)
    return datetime(year, 12, 31, tzinfo=deadline.tzinfo) - timedelta(days=FINAL_WEEK - 1)


# people counted in another state than the market's: the missing, the injured, the displaced
# ('300 people were still missing', '2,000 injured', '44,986 people still remain in the evacuation shelter'):
# a figure belongs to the noun it counts
_OTHER_GROUP = re.compile(r"\s*(?:(?:people|persons|others|residents|individuals|children|adults|civilians|more)\s+)?"
                          r"(?:(?:were|are|was|is|remain(?:ed|s)?|still|have|has|had|been|being|reported|listed|left|now|staying|living|"
                          r"sheltering|sheltered|housed)\s+){0,4}"
                          r"(?:(?:in|at)\s+(?:the\s+)?(?:(?:evacuation|temporary|relief|emergency|makeshift)\s+)?)?"
                          r"(?P<state>shelters?\b|sheltering|camps?\b|evacuation\s+cent(?:re|er)s?|missing|injured|wounded|hurt|displaced|evacuated|hospitali[sz]ed|unaccounted|"
                          r"rescued|arrested|detained|homeless|affected|trapped|infected|sickened|fled|fleeing|uprooted|relocated|stranded)\b", re.I)

# the same, told with a noun or verb before the figure: 'the displacement of more than 130,000 people',
# 'the evacuation of some 20,000 residents', 'injuries to 29 people', 'killing at least 35 people and wounding 100'
_OTHER_GROUP_BEFORE = re.compile(r"\b(?:(?P<state>displacement|evacuation|injur(?:y|ies)|rescue|arrests?|detention|hospitali[sz]ation|"
                                 r"disappearance)\s+(?:of|to)|(?P<verb>injuring|wounding|displacing|evacuating|uprooting|"
                                 r"hospitali[sz]ing))\s+(?:(?:more|fewer|less)\s+than|over|about|around|nearly|almost|"
                                 r"some|at\s+least|up\s+to|an\s+estimated)?\s*$", re.I)


# 'came close to 40,000', 'fell just short of $100,000': near the bar, not past it
_NEAR_MISS = re.compile(r"\b(?:came\s+(?:close|near)|(?:fell|stopped|ended)\s+(?:just\s+)?short|just\s+shy|within\s+a\s+whisker)"
                        r"\s+(?:to|of)\s+$", re.I)


# the core cut of a statistic: without food and energy ('core CPI', 'excluding food and fuel')
_CORE = re.compile(r"\b(?:core|underlying|(?:excluding|excludes?|less|ex|minus|stripping\s+out|strips\s+out|without)\s+"
                   r"(?:the\s+)?(?:volatile\s+|fresh\s+)?(?:food|energy|fuel))\b", re.I)
# a sentence taking up the statistic the sentence before named: 'This was up 5.9 percent', 'Over the
# last 12 months, the all items index increased 3.0 percent' (an opening adverbial may come first)
_ANAPHOR = re.compile(r"^\s*(?:[^,.;]{1,40},\s*)?(?:this|that|it|the\s+(?:(?:all[\s-]+items|headline|overall|main)\s+)?"
                      r"(?:measure|gauge|index|figure|rate|reading))\b", re.I)


def _other_cut(ctx: MarketContext, f: SentenceFacts) -> bool:
    """A market on the core rate ('core CPI', 'less food and energy') and a sentence that names
    no core cut — in itself, or in the sentence before when it opens with 'This', 'It', 'The
    measure' — reports the headline rate: another figure."""
    if not _CORE.search(ctx.market.question) or _CORE.search(f.sent.text):
        return False
    if _ANAPHOR.search(f.sent.text) and not f.sent.headline and f.sent.index > 0:
        texts = quantities.context_texts(f.article.title, f.article.text, f.sent.index, f.sent.headline)
        return not (len(texts) > 1 and _CORE.search(texts[1]))
    return True


def _intraday(ctx: MarketContext, text: str, m: re.Match[str]) -> bool:
    """For a closing-level market, a level the sentence does not call a close ('climbed above
    40,000', 'reached a high of 40,048 … before closing at …')."""
    return closing_market(ctx.market.question) and not _closing(text, m)


# Stems match at a word's start; these only whole: 'overnight rate' is no 'over', 'topic' no 'top', 'lowland' no 'low'.
_WHOLE = {"over": r"over\b", "past": r"past\b", "top": r"top(?:s|ped|ping)?\b", "high": r"high(?:s|er|est)?\b",
          "low": r"low(?:s|er|est|ered|ering)?\b", "under": r"under\b", "sub-": r"sub-\s*$", "hit": r"hit(?:s|ting)?\b",
          "lose": r"lose[sr]?\b", "lost": r"lost\b", "tank": r"tank(?:s|ed|ing)?\b", "gain": r"gain(?:s|ed|ing)?\b",
          "shrink": r"shr[iau]nk(?:s|ing)?\b", "contract": r"contract(?:ed|ing)\b"}  # 'shrank 6.1 percent': a fall
# A movement told with a particle: 'the unemployment rate went up to 4.3%', 'ticked down to'.
_PARTICLE = r"(?:go|goes|went|gone|going|move[sd]?|moving|tick(?:s|ed)?|edg(?:e|es|ed)|creep(?:s)?|crept|inch(?:es|ed)?|shot|shoot(?:s)?)\s+"
# A level stated as a state, with no movement: 'the key interest rate now stands at 4.75 per cent',
# 'the reduction brings the overnight rate to 4.5 per cent'. The figure is where the quantity is,
# on whichever side of the threshold it lies.
_LEVEL = re.compile(r"\b(?:"
                    # a share of holders told by what they hold: 'Creditors holding 76% of Argentina's defaulted debt
                    # accepted …' (the share that did the act, a level)
                    r"(?:creditors|bondholders|debtholders|holders|shareholders|investors|owners)\s+(?:holding|owning|"
                    r"representing)|"
                    r"(?:stand|stood|sit|sat|rest|settl(?:e|ed|es|ing)|now|flat|unchanged|trad(?:e|es|ed|ing)|quoted|"
                    # ('stands at a "staggering" 79 fatalities': a level told with the writer's intensifier)
                    r"changing\s+hands)\w*\s+at(?:\s+an?\s+[\"“]?(?:staggering|whopping|astounding|astonishing|grim|sobering)[\"”]?)?|"
                    # a price set: 'were priced yesterday at $85', 'priced its IPO at $38', 'set the offer price at'
                    r"(?:pric(?:ed|es|e|ing)|set(?:s|ting)?\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?price)\s+" + _CLOSE_DAY +
                    r"(?:(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?)?at|price\s+(?:(?:is|was|were|has\s+been)\s+)?set\s+at|"
                    # a level reached told with the copula: 'Containment of the Bootleg Fire … was up to 84% late
                    # Sunday' (no bound: 'up to 23.6 inches of rain' has no copula before it)
                    r"(?:is|was|are|were)\s+(?:now\s+)?(?:up|down)\s+to|"
                    # ('brings down the bank's base rate to 0.5%': a possessive among the words)
                    r"(?:bring|brought|take|took|put|puts|leav(?:e|es|ing)|left)\w*\s+(?:\w+(?:['’]s?)?\s+){1,5}?to|"
                    # a total taken in: 'has raked in an astounding $1.03 billion', 'grossed $95 million', 'has collected',
                    # the box-office page's 'the … flick scored $77.3 million'
                    # a count tallied: 'Downdetector logged 11,145 …', 'registered 2,300 complaints'
                    r"(?:logg(?:ed|ing)|logs|register(?:ed|s|ing)?|tall(?:ied|ies|ying)|"
                    r"gross(?:ed|es|ing)?|earn(?:ed|s|ing)?|collect(?:ed|s|ing)?|scor(?:ed|es|ing)|(?:rak|haul|pull|tak)(?:ed|es|s|ing)\s+in|took\s+in|amass(?:ed|es|ing)?|"
                    # a release's opening told by its total: 'opened with an estimated $168.5 million', 'debuted to $95 million'
                    r"(?:open(?:ed|s|ing)?|debut(?:ed|s|ing)?|bow(?:ed|s|ing)?)\s+(?:with|to))"
                    r"(?:\s+(?:an?\s+)?(?:astounding|astonishing|impressive|estimated|whopping|staggering|record|total\s+of))?)"
                    r"\s+(?:an?\s+)?$", re.I)


def _stem(w: str) -> str:
    return _WHOLE.get(w, re.escape(w))


_UP_RE = re.compile(r"\b(?:" + "|".join(_stem(w) for w in _UP) + "|" + _PARTICLE + r"up\b)", re.I)
_DOWN_RE = re.compile(r"\b(?:" + "|".join(_stem(w) for w in _DOWN) + "|" + _PARTICLE + r"down\b)", re.I)


def _direction(before: str, wanted: str | None = None) -> str | None:
    """The way the figure moved, from the words before it (the last movement word wins); a
    level stated as a state ('stands at', 'brings … to') is on the side it lies, so it takes
    the market's direction `wanted` and the bar decides."""
    up = max((m.start() for m in _UP_RE.finditer(before)), default=-1)
    down = max((m.start() for m in _DOWN_RE.finditer(before)), default=-1)
    if wanted and _LEVEL.search(before) and not (_BEYOND_UP.search(before) or _BEYOND_DOWN.search(before)):
        return wanted
    if up < 0 and down < 0:
        return None
    return "above" if up > down else "below"


# "topped $100", "more than 4,000", "has breached the $1.50 mark": the figure is passed, not just reached
# 'above the psychological 9,000 level': up to two lowercase words between 'the' and the figure ('the key level of 22')
_THE = r"(?:the\s+(?:[a-z-]+\s+){0,2}|the\s+(?:[a-z-]+\s+){0,3}(?:level|mark|barrier|threshold)\s+of\s+)?$"
_BEYOND_UP = re.compile(r"\b(?:(?:more|greater|higher)\s+than|over|above|past|beyond|top(?:s|ped)?|surpass(?:es|ed)?|"
                        r"exceed(?:s|ed)?|broke(?:\s+through)?|breaks(?:\s+through)?|breach(?:es|ed)|crossed|crosses|crossing)\s+" + _THE, re.I)
_BEYOND_DOWN = re.compile(r"\b(?:(?:less|fewer|lower)\s+than|under|below|beneath)\s+" + _THE + r"|\bsub-\s*$", re.I)  # 'sub-$100,000'
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")


_MEASURE = re.compile(r"^\s*(?:[a-z]+\s+)?(?:in|of)\s+(?:the\s+)?((?:[a-z-]+\s+){0,3}?)([a-z]+)"
                      r"(?=\s+(?:against|in|for|to|from|by|at|on|over|after|with|and)\b|\s*[,.;?()]|\s*$)", re.I)
# a figure for a month when the market asks for a year-on-year rate, or a forecast of the figure; not the
# report's rhythm ('the Labor Department's monthly jobs report') nor the month a figure is for ('for the month of
# October, 2025'): those name no month-on-month change
_MONTHLY = re.compile(r"\b(?:(?<!not\s)seasonally\s+adjusted\s+basis|a\s+month\s+earlier|from\s+a\s+month|month[\s-]+(?:on|over)[\s-]+month|"
                      r"monthly(?!\s+(?:[a-z]+\s+){0,2}(?:reports?|releases?|surveys?|bulletins?)\b)|"
                      r"[Ff]or\s+the\s+month(?!\s+of\s+[A-Z])|on\s+a\s+monthly\s+basis|from\s+[A-Z][a-z]+\s+to\s+[A-Z][a-z]+)\b")
_FORECAST = re.compile(r"\b(?:predict(?!ab)\w*|forecast\w*|expect\w*|estimat\w*|consensus|projected|polls?\s+of|looking\s+for|"
                       r"surveyed|anticipat\w*)\b"
                       # 'annual inflation is seen at 98.8%', 'growth was seen slowing to 7.7%': a forecast's idiom
                       r"|\b(?:is|are|was|were|being)\s+seen\s+(?:at|(?:rising|falling|slowing|easing|climbing|accelerating|"
                       r"edging|hitting|reaching|growing|expanding|contracting|slipping|dropping|declining|increasing|"
                       r"holding|remaining|staying|coming\s+in)\b)", re.I)
_REVISED = re.compile(r"\brevis\w*\s+(?:up|down|higher|lower)?\s*(?:by|to|from)\s+(?:\w+\s+)?$|\b(?:estimate|figure|reading|"
                      r"number|print)\s+(?:was\s+|had\s+been\s+|has\s+been\s+)?(?:lowered|raised|marked\s+(?:up|down))\s+"
                      r"(?:by|to|from)\s+$|\bfrom\s+(?:(?!to\b)[\w-]+\s+){1,4}?(?:of|at)\s+$", re.I)
# a statistical office's first release is called an estimate ('flash estimates from … Eurostat',
# 'the advance estimate'): a published figure, not a forecast
_RELEASE_ESTIMATE = re.compile(r"\b(?:flash|advance|preliminary|first|second|third)\s+estimates?\b", re.I)
_AS_EXPECTED = re.compile(r"\b(?:as|than)\s+(?:\w+\s+)?expected\b"  # a reported figure, compared with the forecast
                          r"|\b(?:much|long|highly|eagerly|hotly|keenly)[\s-]+(?:anticipated|expected|awaited)\b"  # an epithet
                          r"|" + BEATEN_FORECAST.pattern + r"|" + FORESEEN_ASIDE.pattern, re.I)  # 'surpassed expectations'; 'The cut, which was widely predicted …'
_FUTURE = re.compile(r"\b(?:will|would|could|may|might|shall)\s+(?:\w+\s+)?be\b|\b(?:set|likely|poised|on\s+(?:track|course))"
                     r"\s+to\b|\bvirtually\s+certain\b", re.I)
# a figure with its own past verb ('temperature recorded at 1.5 degrees') is reported, whatever comes before
_PAST_FIGURE = re.compile(r"\b(?:recorded|measured|registered|came\s+in|stood|was|were|reached|hit|rose|fell|climbed)\s+"
                          r"(?:at\s+|to\s+)?(?:an?\s+)?$", re.I)
# 'remained unchanged from a 3.7% increase', 'held steady at 4.1%': the earlier figure is the
# reported one too
_UNCHANGED = re.compile(r"\b(?:remained|remains|was|were|is|held|holds|stayed|stays|kept|came\s+in)\s+"
                        r"(?:unchanged|steady|flat|stable)\s+(?:from|at|with)\s+(?:an?\s+)?$", re.I)
_EXCLUDING = re.compile(r"\b(?:excluding|not\s+including|other\s+than|do(?:es)?\s+not\s+count)\b", re.I)


def _other_measure(ctx: MarketContext, after: str) -> bool:
    """When the criteria exclude other kinds of the measure ('excluding compensatory
    damages'), a figure of the same measure without the question's qualifier ('$148 million in
    damages' for 'in punitive damages') is another kind."""
    if not _EXCLUDING.search(ctx.market.criteria):
        return False
    bar = quantities.required(ctx.market.question)
    q = ctx.market.question
    if bar is None or bar.text not in q:
        return False
    want = _MEASURE.match(q[q.find(bar.text) + len(bar.text):])
    got = _MEASURE.match(after)
    if not (want and got) or lemmas_of(want.group(2).lower()).isdisjoint(lemmas_of(got.group(2).lower())):
        return False
    return not set(want.group(1).lower().split()) <= set(got.group(1).lower().split())


# a figure counted over time (votes, seats, a turnout): only there can a figure be partial
_TALLIED = re.compile(r"\b(?:votes?|ballots?|seats?|elections?|referendum|primary|runoff|turnout|"
                      r"first[\s-]preferences?|results?|count)\b", re.I)
_PARTIAL_OK = re.compile(r"\b(?:provisional|partial|near-complete|preliminary|unofficial)\b[^.]*\b(?:acceptable|sufficient|"
                         r"suffices?|count\s+as|is\s+enough)\b", re.I)


def _own_period(f: SentenceFacts, i: int, m: re.Match[str]):
    """The period that dates the figure: 'climbed to 7.1 per cent from 6.9 per cent in July' —
    a period after 'from' behind the figure dates the earlier figure, not this one; so does one
    after a level's earlier time ('to 3.5 percent, matching a level it last saw in December 1969')."""
    text = f.sent.text
    prior = [s for s in f.spans if s.pos > m.end() and (re.search(r"\bfrom\b", text[m.end():s.pos], re.I)
                                                        or figure_words.earlier_level(text[m.end():s.pos]))]
    if not prior:
        return f.nearest_span(i, dating_only=True)
    saved = f.spans
    try:
        f.spans = [s for s in saved if s not in prior]
        return f.nearest_span(i, dating_only=True)
    finally:
        f.spans = saved


# for a market on an announcement, 'bond purchases of 20 billion euros a month from November' dates
# when the announced programme starts, not the announcement
ANNOUNCING_ACTS = frozenset({"announce", "unveil", "declare"})
_STARTS = re.compile(r"(?:from|starting|beginning)\b", re.I)
_STARTS_BEFORE = re.compile(r"\b(?:from|starting|beginning)\s+(?:in\s+|on\s+)?$", re.I)


def _figure_span(ctx: MarketContext, f: SentenceFacts, i: int, m: re.Match[str]):
    """The time expression that dates the figure at token i: one in the figure's own clause
    ('cut … to 4.5%, but … fewer rate cuts next year': 'next year' dates the other clause).
    For a statistic, a span naming the market's period ('in August') wins over a nearer one
    that dates the prior figure ('from 6.9 per cent in July')."""
    a, b = f.sent.clause_of(i)
    lo = f.sent.tokens[a].start if a < len(f.sent.tokens) else 0
    hi = f.sent.tokens[b - 1].start + len(f.sent.tokens[b - 1].text) if b > a else lo
    starts = ctx.target.act in ANNOUNCING_ACTS
    spans = [s for s in f.spans if lo <= s.pos <= hi and f.lead_word(s) not in ("until", "till", "through")
             and not f.dates_the_statement(s, i)
             and not (starts and _starts_programme(f, s))]
    ws = ctx.target.window_start
    if ctx.target.single_value and ws is not None:
        period = [s for s in spans if s.start.date() <= ws.date() <= s.end.date()
                  and s.end.date() <= ws.date() + timedelta(days=31)]
        if period:
            return period[0]
    span = _own_period(f, i, m)
    if span is not None and ctx.target.single_value and f.dates_the_statement(span, i):
        return None  # 'GDP grew at … 2.3 percent annualized rate, the Commerce Department reported Friday': the release's day
    if span is not None and starts and _starts_programme(f, span):
        return None
    return span if span is not None and lo <= span.pos <= hi else None


def _starts_programme(f: SentenceFacts, s) -> bool:
    return bool(_STARTS.match(s.text) or _STARTS_BEFORE.search(f.sent.text[max(0, s.pos - 20):s.pos]))


_QUAKE = re.compile(r"\b(?:magnitude|quake|earthquake|tremor|temblor|seismolog\w*|reading|richter)\b", re.I)


_RELEASE_VERBS = frozenset({"reported", "reports"})
_NAMED_RELEASE = re.compile(r"\b[A-Z][A-Za-z]+\s+(?:reported|reports)\b")


# "finished his 2024 MVP season with 54 home runs": the final figure of a period that has
# ended, which settles a running total (a path) both ways
_FINAL_FOR_PERIOD = re.compile(r"\b(?:finish|end|clos|wrapp?|conclud)(?:ed|es|e|s|ing)?\s+(?:(?:the|his|her|its|their)\s+)?"
                               r"(?:[\w-]+\s+){0,3}?(?:season|year|campaign|tournament|series|month|quarter)\s+"
                               r"(?:with|at|on)\s+$", re.I)


_CAT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


def _in_act_clause(f: SentenceFacts, m: re.Match[str]) -> bool:
    """The figure stands in the clause of the market's act ('The storm then made landfall as a
    category three')."""
    i = f.sent.token_at(m.start())
    return any(f.sent.clause_of(a) == f.sent.clause_of(i) for a in f.act_idx)


def _count_unit(t, text: str, m: re.Match[str], reported: frozenset[str] = frozenset()) -> bool:
    """For a count-noun unit ('flights', 'home runs'): the number is followed by it, or by what the
    market's reports are of (`reported`, unit_names.reported_things: '11,145 Cloudflare issues')."""
    words = t.threshold_unit.split()
    after = [w.lower() for w in re.findall(r"[A-Za-z]+", text[m.end():m.end() + 40])[:len(words) + 3]]
    if any(after[k:k + len(words)] == words for k in range(0, 3)) or unit_names.before_bar(words, after):
        return True  # (or 'crossed the 100 million customer mark': the noun in the singular before a bar noun)
    if reported and any(w in reported for w in after[:2]):
        return True
    if any(counted_alike.counts_alike(t.threshold_unit, t.act, w) for w in after[:1]) or counted_alike.parties_counted(t.threshold_unit, after):
        return True  # '73 wins' for 'win at least 73 games': a winner's wins are the games it won; '50 states parties': ratifications
    # 'dengue cases' written '2,045,277 cases of dengue'
    return len(words) == 2 and any(after[k:k + 3] == [words[1], "of", words[0]] for k in range(0, 2))


def _measure_named(ctx: MarketContext, f: SentenceFacts) -> bool:
    """A published statistic with no actor in its question ('Will the U.S. unemployment rate for
    July be …?'): the sentence names the measure as the question does, its head noun with the
    word before it ('the unemployment rate went up to 4.3%')."""
    t = ctx.target
    if not t.single_value or t.actors or not t.act:
        return False
    m = re.search(rf"\b([a-z-]{{3,}})\s+{re.escape(t.act)}s?\b", ctx.market.question, re.I)
    return bool(m) and re.search(rf"\b{re.escape(m.group(1))}\s+{re.escape(t.act)}s?\b", f.sent.text, re.I) is not None


def _names_statistic(ctx: MarketContext, f: SentenceFacts, indicator: tuple[str, ...]) -> bool:
    """The sentence names the statistic the market asks about, with the variant the question gives
    it ('core'); a sentence opening with 'This', 'It', 'The measure' takes up the sentence before
    ('… a sub-category of inflation that excludes food and fuel prices … This was up 5.9 percent')."""
    texts = [f.sent.text]
    if _ANAPHOR.search(f.sent.text) and not f.sent.headline and f.sent.index > 0:
        around = quantities.context_texts(f.article.title, f.article.text, f.sent.index, f.sent.headline)
        texts += around[1:2]
    joined = " ".join(texts)
    question = ctx.market.question
    if _CORE.search(question) and _CORE.search(joined):
        question = _CORE.sub(" ", question)  # the core cut named in words ('excluding food and energy')
    return indicators.names_indicator(joined, indicator, question) or turnouts.told_by_voters(ctx, f)  # '57% of Italians voted'


# Measures of length, mass, speed and time right after a number: that number is a measure.
_PHYSICAL = re.compile(r"\s*-?(km|kilomet\w*|miles?|mi|metres?|meters?|m|kg|kilograms?|tonnes?|tons?|lbs?|feet|ft|"
                      r"inch\w*|cm|mm|mph|kph|km/h|hours?|hrs?|minutes?|mins?|seconds?|secs?|days?|weeks?|months?|"
                      r"years?)\b", re.I)
