"""Words around a figure that say how it stands to a market's bar, beyond its number: a figure
only neared ('approaching the $4 per lb level'), a figure counting people in another state than
the market's ('forced more than 150,000 to flee'), a rough figure ('about $50,000') that may lie on
either side of a bar it rounds, a level at a session's end (a close: 'after
the first trading session'), the end of a part of the session before its close ('the opening
auction … ended with a price of'), a company's whole value against a share's price, a total over
several places, a listing's reference price, a later session's figure, a day of a month, a
temperature named as a mark, and a change's direction told after its figure. The word lists are
data: resolver/data/figures.json."""

from __future__ import annotations

import re

from .packaged import load_json

_WORDS = load_json("figures.json")


def _alternation(phrases: list[str]) -> str:
    """A regex alternation of phrases, longest first, any whitespace between their words."""
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in sorted(phrases, key=len, reverse=True))


# the approach word, then at most a determiner and two lowercase words before the figure
# ('approaching the $4 per lb level', 'neared the psychological 100,000 mark', 'nearly 15%')
# ('nearing a breach of the $2,000 an ounce level', 'close to a test of $30': the crossing neared, so the figure)
_CROSSING = rf"(?:(?:a|an|the|its)\s+(?:[a-z-]+\s+)?(?:{_alternation(_WORDS['approach_events'])})\s+" \
            r"(?:of|above|through|past|beyond|at|to|over|on|toward|towards)\s+)?"
_APPROACH = re.compile(rf"\b(?:{_alternation(_WORDS['approach'])})\s+{_CROSSING}"
                       r"(?:(?:the|a|an|its|their)\s+(?:[a-z-]+\s+){0,2})?$", re.I)
_APPROACH_ANY = re.compile(rf"\b(?:{_alternation(_WORDS['approach'])})\b", re.I)


def approach_in(text: str) -> str | None:
    """An approach phrase anywhere in `text` ('on the brink of snatching third consecutive …
    win'): what follows it is neared, not reached."""
    m = _APPROACH_ANY.search(text)
    return " ".join(m.group(0).split()) if m else None


# how far short of a figure an approach may leave the true value at most (a tenth: 'nearly 150,000' may be 135,000)
APPROACH_MARGIN = 0.1


def approached(before: str) -> str | None:
    """The words right before a figure saying it was neared, not reached ('approaching the',
    'nearly', 'just shy of'), or None."""
    m = _APPROACH.search(before)
    return " ".join(m.group(0).split()) if m else None


def approach_reach(value: float, written: str | None = None) -> float:
    """How far short of a figure only neared the true value may lie: one unit of its last written
    non-zero digit ('nearly 42%' is 41 to 42: a value of 40.6 is 'nearly 41%'), at most
    APPROACH_MARGIN of it ('nearly 150 deaths' is at least 140, 'nearly $100,000' at least $90,000);
    APPROACH_MARGIN of it when the digits are not given."""
    digits = re.sub(r"[,\s]", "", written or "")
    margin = abs(value) * APPROACH_MARGIN
    if not re.fullmatch(r"\d+(?:\.\d+)?", digits) or not digits.strip("0."):
        return margin
    whole, _, frac = digits.partition(".")
    frac = frac.rstrip("0")
    place = 10.0 ** -len(frac) if frac else 10.0 ** (len(whole) - len(whole.rstrip("0")))
    return min(place * abs(value / float(digits)), margin)


def written(m: re.Match[str]) -> str | None:
    """A figure's digits as written, from a figure match's number groups."""
    return next((m.group(g) for g in ("num", "pnum", "wnum", "tnum", "plain") if m.re.groupindex.get(g) and m.group(g)), None)


def approach_settles(direction: str, bar_met, value: float, written: str | None = None) -> bool:
    """A figure only neared still settles the bar when everything it may stand for does: the
    true value lies up to approach_reach short of it, on the side it came from ('nearly 150
    deaths' is at least 140: past a bar of 100; 'nearly 42%' past '≥ 40%'; 'approaching $4' says
    nothing of $4)."""
    reach = approach_reach(value, written)
    short = value - reach if direction == "above" else value + reach
    return bool(bar_met(value)) and bool(bar_met(short))


# a rounding word right before a figure, 'the' between allowed ('about $50,000', 'around the 5% mark')
_ROUGH = re.compile(rf"(?<![\w-])(?:{_alternation(_WORDS['rough'])})\s+(?:the\s+)?$", re.I)
# how far a rough figure may stand from the true value at most (a twentieth: 'about 50,000' may be 47,500)
ROUGH_MARGIN = 0.05


def rough(before: str) -> str | None:
    """The rounding word right before a figure ('about', 'around', 'roughly', 'an estimated'), or None."""
    m = _ROUGH.search(before)
    return " ".join(m.group(0).split()) if m else None


def rough_range(value: float, written: str) -> tuple[float, float]:
    """The values a rough figure may stand for: half a unit of its last written non-zero digit either
    side ('about $50,500': 50,450 to 50,550), at most ROUGH_MARGIN of it ('about $50,000': 47,500 to
    52,500, not 45,000 to 55,000). `written` is its digits as written, `value` with any multiplier."""
    digits = re.sub(r"[,\s]", "", written)  # ('47 500': thousands set off by a space)
    whole, _, frac = digits.partition(".")
    frac = frac.rstrip("0")
    place = 10.0 ** -len(frac) if frac else 10.0 ** (len(whole) - len(whole.rstrip("0")) if whole.strip("0") else 0)
    number = float(digits) if digits.strip("0.") else 0.0
    scale = value / number if number else 1.0
    half = min(place * abs(scale) / 2, abs(value) * ROUGH_MARGIN)
    return value - half, value + half


_BOUND = r"(?:(?:more|fewer|less)\s+than|over|about|around|nearly|almost|some|at\s+least|up\s+to|an\s+estimated|roughly)?\s*"
_GROUP_BEFORE = re.compile(rf"\b(?P<verb>{_alternation(_WORDS['other_group_before'])})\s+{_BOUND}$", re.I)
_GROUP_AFTER = re.compile(r"\s*(?:(?:people|persons|others|residents|individuals|children|adults|civilians|families|"
                          r"households|villagers|inhabitants)\s+)?(?:(?:were|are|was|is|have|has|had|been|being)\s+)?"
                          rf"(?P<state>{_alternation(_WORDS['other_group_after'])})\b", re.I)


def other_group(text: str, start: int, end: int) -> str | None:
    """The words placing the people a figure counts in another state than dead or counted:
    a verb right before it ('forced more than 150,000', 'injured 29') or a phrase right after it
    ('150,000 to flee their homes', '2,817 people said to be injured'). A figure belongs to the
    predicate it stands with, not to the market's measured thing named elsewhere in the sentence."""
    m = _GROUP_BEFORE.search(text[max(0, start - 60):start])
    if m:
        return " ".join(m.group("verb").split())
    m = _GROUP_AFTER.match(text, end)
    return " ".join(m.group("state").split()) if m else None


# a level placed at a session's end is its close: 'after the first trading session', 'at the end of
# the US trading session', 'after first day on Nasdaq', 'at the close of trading'
_SESSION_END = re.compile(r"\b(?:after|at\s+the\s+(?:end|close)\s+of|by\s+the\s+(?:end|close)\s+of)\s+(?:(?:the|its|their|his|her)\s+)?"
                          r"(?:(?:first|debut|opening|maiden|inaugural)\s+)?(?:(?:U\.?S\.?|[A-Z][a-z]+)\s+)?"
                          r"(?:trading\s+)?(?:session|day|trading)\b(?!\s*(?:'s|’s|\s+of\s+(?:trading|the)\s+\w+\s+(?:high|low)))",
                          re.I)


def at_session_end(text: str, start: int, end: int) -> str | None:
    """A phrase in the figure's stretch of the sentence (no other figure between, no sentence
    break) that places it at a session's end ('reached $85.5 billion after the first trading
    session'): the level is a close."""
    lo = max(0, start - 90)
    hi = min(len(text), end + 60)
    for m in _SESSION_END.finditer(text, lo, hi):
        between = text[m.end():start] if m.end() <= start else text[end:m.start()]
        if m.start() >= end or m.end() <= start:
            if re.search(r"\d", between) or re.search(r"[;]|\.\s", between):
                continue
            return " ".join(m.group(0).split())
    return None


# a part of the session told right after the figure ('passing US$143 a barrel in early trading', 'to $121.97 in
# afternoon trading'): the level came during the session, not at its close
_DURING_AFTER = re.compile(r"\s*(?:(?:a|per)\s+(?:barrel|share|ounce|tonne|ton|gallon)\s+|points?\s+)?(?:in|during)\s+"
                           r"(?:early|morning|afternoon|midday|intraday|electronic|overnight|after-hours|pre-market|premarket)"
                           r"\s+(?:electronic\s+)?trad(?:e|ing)\b", re.I)


def during_session(text: str, end: int) -> bool:
    """The figure ending at `end` is told in a part of the session before its close."""
    return bool(_DURING_AFTER.match(text, end))


_BEFORE_CLOSE = re.compile(rf"\b(?:{_alternation(_WORDS['before_close'])})\b", re.I)


def before_close_part(clause_before: str) -> str | None:
    """A part of the session before its close named as what ended ('the opening auction … ended
    with a price of 25.5 euros'): its end is no close."""
    m = _BEFORE_CLOSE.search(clause_before)
    return " ".join(m.group(0).split()) if m else None


_PER_SHARE = re.compile(rf"^\s*(?:{_alternation(_WORDS['per_share'])})\b", re.I)
_COMPANY_VALUE = re.compile(rf"\b(?:{_alternation(_WORDS['company_value'])})\b", re.I)


def other_value_measure(question: str, text: str, start: int, end: int) -> str | None:
    """A figure of the other of two measures of a listed company: a share's price ('$37.06 per
    share') for a market on its market capitalisation, or the company's value ('the market
    capitalisation … reached $85.5 billion') for a market on its share price."""
    asks_value = _COMPANY_VALUE.search(question)
    if asks_value:
        m = _PER_SHARE.match(text[end:])
        return " ".join(m.group(0).split()) if m else None
    lead = re.split(r"[,;]\s", text[max(0, start - 70):start])[-1]
    m = _COMPANY_VALUE.search(lead)
    return " ".join(m.group(0).split()) if m else None


# a list of names after 'in', 'across' or 'from': 'in Malawi, Mozambique and Madagascar'
_NAME = r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
_PLACES = re.compile(rf"\b(?:in|across|from|between)\s+(?P<list>{_NAME}(?:\s*,\s*{_NAME})*,?\s+(?:and|&)\s+{_NAME})", re.U)


def combined_places(stretch: str) -> list[str]:
    """The names of a coordinated list of places in a figure's stretch of the sentence ('has
    killed more than 300 people in Malawi, Mozambique and Madagascar'): a figure told for all of
    them together is their total, not any one's. Empty when there is no such list."""
    m = _PLACES.search(stretch)
    if not m:
        return []
    return [re.sub(r"^the\s+", "", p.strip()) for p in re.split(r"\s*,\s*|\s+(?:and|&)\s+", m.group("list")) if p.strip()]


_REFERENCE = re.compile(rf"\b(?:{_alternation(_WORDS['reference_price'])})\s+(?:of\s+)?(?:the\s+)?$|\bpriced\s+(?:(?:its|the|their)\s+"
                        r"(?:[\w-]+\s+){0,3}?)?at\s+$", re.I)


def reference_price(before: str) -> bool:
    """The figure is the listing's reference price, named right before it ('compared with the
    initial public offering price of $46 each', 'priced its shares at $38'): the price a close is
    measured against, not a level the shares reached."""
    return _REFERENCE.search(before) is not None


_FIRST_SESSION = re.compile(r"\b(?:first|debut|opening)\s+(?:trading\s+)?(?:day|session)\b|\bday\s+of\s+trading\b|\bdebut\b", re.I)
_LATER_SESSION = re.compile(r"\b(?:second|third|fourth|fifth|next|following|subsequent)\s+(?:day|session|trading\s+(?:day|session))"
                            r"(?:\s+of\s+(?:trade|trading|listing))?\b", re.I)


def later_session(question: str, clause: str) -> str | None:
    """For a market on a listing's first session, the words placing a figure on a later one ('fell
    over 4.5% on the second day of trade'): another session's figure, not the market's."""
    if not _FIRST_SESSION.search(question):
        return None
    m = _LATER_SESSION.search(clause)
    return " ".join(m.group(0).split()) if m else None


_MONTHS = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DAY_OF_MONTH = re.compile(rf"\b{_MONTHS}\s+$")
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}\b")
# not right after a month's name or 'day' (fixed-width lookbehinds, one per word): 'March 3 200 people' is a day
# and a count, never 3,200 (read by rules/threshold_figures.py before thousands set off by a space)
_DAY_WORDS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
NOT_AFTER_DAY_WORD = "".join(rf"(?<!\b{w} )" for w in _DAY_WORDS + ("day",)) + \
    "".join(rf"(?<!\b{w}\. )" for w in _DAY_WORDS if len(w) <= 4)


def day_of_month(text: str, start: int, end: int) -> bool:
    """The number at text[start:end] is a day of a month ('July 22', '2 July'): never a level or a count."""
    return bool(_DAY_OF_MONTH.search(text[max(0, start - 12):start]) or _MONTH_AFTER.match(text, end))


# a time of day: '15:00 p.m.', 'by 0600 GMT' is left to the units; the hour of '15:00' is no level or count
_CLOCK_AFTER = re.compile(r":[0-5]\d(?!\d)")
_CLOCK_BEFORE = re.compile(r"(?<!\d)\d{1,2}:$")


def clock_time(text: str, start: int, end: int) -> bool:
    """The number at text[start:end] is an hour or a minute of a time of day ('by 15:00 p.m. local
    time'): never a level or a count."""
    return bool(_CLOCK_AFTER.match(text, end) or _CLOCK_BEFORE.search(text[max(0, start - 3):start]))


_SCALE_WORDS = {"fahrenheit": r"(?:degrees?|°|fahrenheit)", "celsius": r"(?:degrees?|°|celsius)"}


def scale_mark(unit: str | None, text: str, end: int) -> bool:
    """A temperature written as a bare number named a mark, in a sentence that speaks of degrees
    ('broke a 2010 record of 110 with one degree higher on Thursday, reaching the 111 mark')."""
    words = _SCALE_WORDS.get(unit or "")
    return bool(words) and bool(re.match(r"\s+(?:mark|level|threshold|barrier)\b", text[end:], re.I)) and \
        re.search(rf"(?:\b|(?<=\d)){words}(?!\w)", text, re.I) is not None


# a bar set as a change against a reference: 'at least 15% above the IPO price', '10% higher'
_CHANGE_BAR = re.compile(r"\d\s*(?:%|percent|per\s+cent)\s+(?:above|below|higher|lower|up|down|over|under)\b", re.I)
_AFTER_UP = re.compile(r"^\s*(?:higher|up|above)\b", re.I)
_AFTER_DOWN = re.compile(r"^\s*(?:lower|down|below)\b", re.I)


def change_bar(question: str) -> bool:
    """The question sets its bar as a change against a reference ('at least 15% above the ₹390 IPO price')."""
    return _CHANGE_BAR.search(question) is not None


def after_direction(after: str) -> str | None:
    """The way a change moved, told right after its figure ('closed 16% higher', '3% down')."""
    return "above" if _AFTER_UP.match(after) else "below" if _AFTER_DOWN.match(after) else None


_EARLIER_LEVEL = re.compile(rf"\b(?:{_alternation(_WORDS['earlier_level'])})\b", re.I)


def earlier_level(between: str) -> bool:
    """The stretch between a figure and a date after it makes the date the earlier time of the same
    level ('dropped … to 3.5 percent, matching a level it last saw in December 1969', 'the lowest
    since 1969'): the date is that earlier time's, not the figure's."""
    return _EARLIER_LEVEL.search(between) is not None


# 'So a 34% decline in GDP doesn't mean that the economy shrunk by one-third': a figure whose
# sentence goes on to say, negated, what it means is an explanation of a figure, not its release
_EXPLAINED = re.compile(rf"[^.;:]{{0,60}}?\b(?:does|do|did|would|will)(?:n['’]t|\s+not)\s+"
                        rf"(?:{_alternation(_WORDS['explanatory_verbs'])})\b", re.I)


def explained(text: str, end: int) -> str | None:
    """The words after a figure (ending at `end`) deny what it means ('… doesn't mean that'):
    the sentence explains a figure rather than reports one. Returns those words, or None."""
    m = _EXPLAINED.match(text, end)
    return " ".join(m.group(0).split()[-3:]) if m else None


# 'He had sought $50 million', 'seeking as much as $100 million in damages': a sum asked for
_SOUGHT = re.compile(rf"\b(?:{_alternation(_WORDS['sought_amount'])})\s+(?:(?:a\s+total\s+of|as\s+much\s+as|up\s+to|more\s+than|"
                     r"over|about|around|nearly|some|at\s+least|an?\s+(?:additional|further)|damages\s+of)\s+)?$", re.I)
_SOUGHT_ASKED = re.compile(rf"\b(?:{_alternation(_WORDS['sought_amount'])})\b", re.I)


def sought(question: str, before: str) -> bool:
    """The sum right after `before` is what a side asked for ('He had sought $50 million'), not an
    amount awarded, paid or raised; unless the market asks about the sum sought itself."""
    return _SOUGHT.search(before) is not None and not _SOUGHT_ASKED.search(question)


# 'The laws require at least 30 percent of registered voters to participate', 'needed 50% to avoid a runoff'
_REQUIRED = re.compile(rf"\b(?P<w>{_alternation(_WORDS['required_amount'])})\s+(?:(?:at\s+least|a\s+minimum\s+of|no\s+less\s+than|"
                       r"more\s+than|over|only|just|about|around|some)\s+)?$", re.I)
# a second bar joined to the first: 'require at least 30 percent of registered voters to participate … and 25
# percent of voters to cast a valid vote'
_REQUIRED_AND = re.compile(rf"\b(?P<w>{_alternation(_WORDS['required_amount'])})\s+(?:(?:at\s+least|a\s+minimum\s+of|"
                           r"no\s+less\s+than|more\s+than|over)\s+)?\d[^.;:!?]{0,100}?\band\s+(?:(?:at\s+least|a\s+minimum\s+of|"
                           r"no\s+less\s+than|more\s+than|over)\s+)?$", re.I)
_REQUIRED_ASKED = re.compile(rf"\b(?:{_alternation(_WORDS['required_amount'])})\b", re.I)


def required_bar(question: str, before: str) -> str | None:
    """The verb right before a figure that makes it a bar set by a rule or a goal ('The laws require
    at least 30 percent of registered voters to participate'), not a level reported: its words, else
    None. Not 'the required 30%' (the bar named, as met or missed), nor for a market whose question
    uses such a verb itself."""
    m = _REQUIRED.search(before)
    joined = _REQUIRED_AND.search(before) if m is None else None
    m = m or joined
    if m is None or _REQUIRED_ASKED.search(question) or re.search(r"\b(?:the|a|an|its|their)\s+$", before[:m.start()], re.I):
        return None
    return f"{m.group('w')} … and" if joined else " ".join(before[m.start():].split())


# 'its 2% target', 'the 2% inflation target' (not 'a 1% target rate': the rate itself)
_GOAL_AFTER = re.compile(rf"\s*(?:[a-z-]+\s+)?(?P<w>{_alternation(_WORDS['goal_nouns'])})\b(?!\s+(?:rate|range|level)\b)", re.I)
# '0.2% in services', '1.3% in construction output'
_PART_AFTER = re.compile(rf"\s*in\s+(?:the\s+)?(?P<w>{_alternation(_WORDS['breakdown_parts'])})\b", re.I)
# 'a 1.0 per cent contribution from net exports', '0.5 percentage point contribution to growth'
_CONTRIBUTION_AFTER = re.compile(r"\s*(?:(?:percentage|pc)\s+)?(?:points?\s+)?(?P<w>contributions?)\s+(?:from|of|by|to)\b",
                                 re.I)


def aside(question: str, text: str, end: int) -> str | None:
    """Why the figure ending at `end` is not the level a market reads, from the words right after
    it: a goal set ('BoE is unlikely to bring inflation back to its 2% target') or one part of a
    breakdown ('decreases in all three main sectors: 0.2% in services, 1% in production'), when
    the question does not use that word itself; else None."""
    for pattern, why in ((_GOAL_AFTER, "a goal set, not a level reported"),
                         (_PART_AFTER, "the figure of one part of a breakdown, not of the whole the market reads"),
                         (_CONTRIBUTION_AFTER, "one part's contribution to the whole, not the whole the market reads")):
        m = pattern.match(text, end)
        if m and not re.search(rf"\b{re.escape(m.group('w'))}\b", question, re.I):
            return f"is {why} ('{' '.join(text[end:m.end()].split())}')"
    return None



# a figure given as one end of an open range: '7.8 percent or above', '50 or more', '2% and higher'
_OPEN_UP = re.compile(r"\s*(?:or|and)\s+(?:above|more|higher|over|greater|up)\b", re.I)
_OPEN_DOWN = re.compile(r"\s*(?:or|and)\s+(?:below|less|lower|under|fewer|down)\b", re.I)


def open_bound(bar_met, value: float, text: str, end: int) -> str | None:
    """A figure written as one end of an open range ('stuck at 7.8 percent or above since
    September', '50 or more'): it says the level lay somewhere beyond `value`, not where. When the
    range holds values on both sides of the market's bar (`bar_met`, a test of one value), the
    figure settles nothing: its words, else None."""
    up, down = _OPEN_UP.match(text, end), _OPEN_DOWN.match(text, end)
    m = up or down
    if not m:
        return None
    far = float("inf") if up else float("-inf")
    return " ".join(m.group(0).split()) if bar_met(far) != bar_met(value) else None


# 'managed to finish the day above 14K on nine occasions', 'has topped $100 three times': a level
# reached on a number of occasions is a tally over a stretch of time the sentence leaves open
_TALLY = re.compile(r"[^.;:]{0,40}?\b(?:on\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                    r"several|many|few|numerous)\s+(?:separate\s+|other\s+)?occasions|(?:\d+|two|three|four|five|six|"
                    r"seven|eight|nine|ten|eleven|twelve|several|many)\s+times)\b", re.I)


def occasions_tally(text: str, end: int) -> str | None:
    """The words after a figure count the occasions it was reached ('on nine occasions'): the
    figure is a tally of levels over a stretch the sentence does not date, not one level reported
    for the day it was written."""
    m = _TALLY.match(text, end)
    return m.group(0).strip() if m else None


def other_scope_nearest(text: str, lo: int, hi: int, start: int, end: int, other: re.Pattern[str],
                        own: re.Pattern[str]) -> str | None:
    """The word of another territory in a figure's stretch of the sentence (lo..hi), unless a word of
    the market's own territory stands nearer the figure (start..end): 'crossed the coveted Rs 1000
    crore mark worldwide and is also … towards becoming the top Hindi-language film domestically' is
    the worldwide figure, the home word telling another thing."""
    found = other.search(text, lo, hi)
    if found is None:
        return None
    def gap(m: re.Match[str]) -> int:
        return max(m.start() - end, start - m.end(), 0)
    theirs = min(gap(x) for x in other.finditer(text, lo, hi))
    mine = min((gap(x) for x in own.finditer(text, lo, hi)), default=None)
    return None if mine is not None and mine < theirs else found.group(0)
