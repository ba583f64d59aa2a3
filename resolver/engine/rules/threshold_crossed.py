"""Threshold crossed: for a numeric market ('Will Bitcoin trade above $100,000 …?'), a
sentence reporting a value on the market's side of the threshold, moving in its direction,
inside the window → toward yes. Values dated outside the window are noted, not counted."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import lemminflect

from .. import attribution, figures, indicators, quantities
from ..analysis import MarketContext, SentenceFacts, event_time, negation
from ..entities import country_of
from ..lexicon import WEEKDAYS
from ..quantities import approximate, owner_before
from ..text import article_sentences, lemmas_of
from ..timex import day_span
from ..settings import EngineSettings
from ..types import Contribution
from . import hedged
from .base import cite

NAME = "threshold_crossed"
_VALUE = re.compile(r"(?P<cur>\$US|US\$|\$|€|£)\s?(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<mult>k|thousand|million|billion|trillion|bn|m)?\b"
                    r"|(?P<pnum>\d+(?:\.\d+)?)\s*(?P<pct>%|percent(?!age)|per cent|bps|basis points)"
                    r"|(?<=\b(?:to|at)\s)(?P<zero>zero)\b"
                    r"|(?P<tnum>\d+(?:\.\d+)?)\s*(?P<deg>°\s?[CF]\b|degrees?\s+(?:Celsius|Fahrenheit)\b)"
                    r"|\b[Cc]ategory\s+(?P<cat>[1-5]|one|two|three|four|five)\b"
                    r"|(?<![\w$€£.,])(?P<plain>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d%])(?:\s?(?P<pmult>[kK]|thousand|million|billion|bn)\b)?", re.I)
_UP = ("above", "surpass", "top", "exceed", "cross", "break", "hit", "reach", "record", "high", "more than",
       "over", "past", "climb", "rise", "rising", "rose", "soar", "jump", "rall", "breach", "raise", "hike", "lift",
       "increas")
_DOWN = ("below", "under", "fall", "fell", "drop", "dip", "tumbl", "slid", "sink", "sank", "low", "less than",
         "lose", "lost", "plung", "crash", "cut", "lower", "reduc", "slash")
# Nouns a count may measure without naming the market's subject ("50,000 people").
_COUNT_NOUNS = frozenset({"people", "persons", "deaths", "dead", "lives", "victims", "points", "votes", "seats",
                          "units", "barrels", "ounces", "an", "a", "per", "percent", "bps", "basis", "year", "years",
                          "in", "on", "at", "by", "for", "and", "or", "to", "from", "as", "after", "before", "the"})
# units of measure: a number followed by one measures a distance, a weight, a speed or a time
_MEASURES = frozenset({"km", "m", "mi", "ft", "kg", "lb", "lbs", "mph", "kph", "cm", "mm", "ha", "t", "kt", "mw", "gw",
                       "h", "hr", "hrs", "min", "s"})
# a level reported with no direction word: 'closed at 4,042.83', 'ended the day at', 'settled at'
_CLOSE_LEVEL = re.compile(r"\b(?:clos|end|finish|settl)(?:ed|es|e|ing)?\s+(?:the\s+(?:day|session|week)\s+)?at\s+$", re.I)
# a running total reported by a body: 'The Ministry of Health reported 2,045,277 cases of dengue so far in 2024'
_TOTAL = re.compile(r"\b(?:reported|recorded|registered|confirmed|counted|tallied|logged)\s+(?:a\s+(?:total|tally)\s+of\s+)?$",
                    re.I)
_SO_FAR = re.compile(r"\b(?:so\s+far|to\s+date|since\s+the\s+(?:start|beginning)|this\s+year|cumulative|in\s+total)\b",
                     re.I)
_CLOSE_RE = re.compile(r"\b(clos|finish|end|settl)\w*", re.I)


def _about_subject(ctx: MarketContext, text: str, m: re.Match[str], value: float) -> bool:
    """The number measures the market's quantity: not a sum of another scale ('$64 billion' of
    inflows for a $5,000 price) nor a count of something else ('600,000 apartments' for a death
    toll); for a closing-level market, the sentence speaks of a close."""
    t = ctx.target
    if m.groupdict().get("mult") and t.threshold is not None and value > 1000 * max(t.threshold, 1):
        return False
    nxt = re.match(r"\s*([A-Za-z]+)", text[m.end():])
    if nxt and m.group("plain"):
        word = nxt.group(1).lower()
        question = ctx.market.question.lower()
        if word not in _COUNT_NOUNS and word.rstrip("s") not in question and (len(word) > 2 or word in _MEASURES):
            return False  # '600,000 apartments', 'over 100km away': a count or measure of something else
    if re.search(r"\bclos(e|es|ing)\b", ctx.market.question, re.I) and not _CLOSE_RE.search(text[max(0, m.start() - 30):m.start()]):
        return False  # 'hits 40,000' intraday is not a close above 40,000
    return True


# 'came close to 40,000', 'fell just short of $100,000': near the bar, not past it
_NEAR_MISS = re.compile(r"\b(?:came\s+(?:close|near)|(?:fell|stopped|ended)\s+(?:just\s+)?short|just\s+shy|within\s+a\s+whisker)"
                        r"\s+(?:to|of)\s+$", re.I)


# the core cut of a statistic: without food and energy ('core CPI', 'excluding food and fuel')
_CORE = re.compile(r"\b(?:core|underlying|(?:excluding|excludes?|less|ex|minus|stripping\s+out|strips\s+out|without)\s+"
                   r"(?:the\s+)?(?:volatile\s+)?(?:food|energy|fuel))\b", re.I)
_ANAPHOR = re.compile(r"^\s*(?:this|that|it|the\s+(?:measure|gauge|index|figure|rate|reading))\b", re.I)


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
    return bool(re.search(r"\bclos(e|es|ing)\b", ctx.market.question, re.I)) and \
        not _CLOSE_RE.search(text[max(0, m.start() - 30):m.start()])


# Stems match at a word's start; these words only whole (or with a comparative ending):
# 'overnight rate' is no 'over', 'topic' no 'top', 'lowland' no 'low'.
_WHOLE = {"over": r"over\b", "past": r"past\b", "top": r"top(?:s|ped|ping)?\b", "high": r"high(?:s|er|est)?\b",
          "low": r"low(?:s|er|est|ered|ering)?\b", "under": r"under\b", "hit": r"hit(?:s|ting)?\b",
          "lose": r"lose[sr]?\b", "lost": r"lost\b"}
# A movement told with a particle: 'the unemployment rate went up to 4.3%', 'ticked down to'.
_PARTICLE = r"(?:go|goes|went|gone|going|move[sd]?|moving|tick(?:s|ed)?|edg(?:e|es|ed)|creep(?:s)?|crept|inch(?:es|ed)?|shot|shoot(?:s)?)\s+"
# A level stated as a state, with no movement: 'the key interest rate now stands at 4.75 per cent',
# 'the reduction brings the overnight rate to 4.5 per cent'. The figure is where the quantity is,
# on whichever side of the threshold it lies.
_LEVEL = re.compile(r"\b(?:(?:stand|stood|sit|sat|rest|settl(?:e|ed|es|ing)|now)\w*\s+at|"
                    r"(?:bring|brought|take|took|put|puts|leav(?:e|es|ing)|left)\w*\s+(?:\w+\s+){1,5}?to)\s+(?:an?\s+)?$", re.I)


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


MISSED = "threshold_missed"
UNSETTLED = "does not settle"  # a figure read whose final value may still fall either side of the bar
# "topped $100", "more than 4,000": the figure is passed, not just reached
_BEYOND_UP = re.compile(r"\b(?:(?:more|greater|higher)\s+than|over|above|past|beyond|top(?:s|ped)?|surpass(?:es|ed)?|"
                        r"exceed(?:s|ed)?|broke|breaks|crossed|crosses)\s+(?:the\s+)?$", re.I)
_BEYOND_DOWN = re.compile(r"\b(?:(?:less|fewer|lower)\s+than|under|below|beneath)\s+(?:the\s+)?$", re.I)
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")


def _period_named(ctx: MarketContext, f: SentenceFacts) -> str | None:
    """For a statistic for a month, the month named in the figure's sentence or the two
    sentences before it (or the headline): 'the recent US jobs report for July … the
    unemployment rate went up to 4.3%'."""
    ws = ctx.target.window_start
    if ws is None:
        return None
    month = _MONTH_NAMES[ws.month - 1]
    sents = article_sentences(f.article.title, f.article.text)
    k = next((j for j, s in enumerate(sents) if s.index == f.sent.index and s.headline == f.sent.headline), 0)
    near = [sents[j] for j in range(max(0, k - 2), k + 1)] + [s for s in sents[:1] if s.headline]
    for s in near:
        if re.search(rf"\b{month}\b", s.text, re.I) and not re.search(rf"\b{month}\s+\d{{1,2}}\b", s.text, re.I):
            return f"the period '{month.title()}' is named in {'the headline' if s.headline else 'the sentence' if s is f.sent else 'a sentence before it'}"
    return None


def _common(word: str) -> bool:
    """A capitalised word that is no name: a month, a weekday, or a dictionary word (a
    sentence's first word: 'Voter turnout …')."""
    w = word.lower()
    return w in _MONTH_NAMES or w in WEEKDAYS or (word == w and bool(lemminflect.getAllLemmas(w))) \
        or country_of(w) is not None


def _owner(ctx: MarketContext, f: SentenceFacts, m: re.Match[str]) -> tuple[bool | None, str | None]:
    """Whether the figure is the market's subject's: True (its name is the figure's owner),
    False (another name is), None (no name owns it)."""
    name = owner_before(f.sent.text, m.start(), _common)
    if name is None:
        return None, None
    ours = any(p.search(name) for p in ctx.actor_patterns.values()) or quantities.names_overlap(name, ctx.target.actors)
    return ours, name


def _contest(ctx: MarketContext) -> bool:
    """Several contestants share the occasion (vote shares, seats): a figure counts only
    when the subject's name owns it."""
    return bool(re.search(r"\b(?:votes?|ballots?|seats?|first[\s-]preferences?)\b", ctx.market.question, re.I))


_MEASURE = re.compile(r"^\s*(?:[a-z]+\s+)?(?:in|of)\s+(?:the\s+)?((?:[a-z-]+\s+){0,3}?)([a-z]+)"
                      r"(?=\s+(?:against|in|for|to|from|by|at|on|over|after|with|and)\b|\s*[,.;?()]|\s*$)", re.I)
# a figure for a month when the market asks for a year-on-year rate, or a forecast of the figure
_MONTHLY = re.compile(r"\b(?:a\s+month\s+earlier|from\s+a\s+month|month[\s-]+(?:on|over)[\s-]+month|monthly|"
                      r"[Ff]or\s+the\s+month|on\s+a\s+monthly\s+basis|from\s+[A-Z][a-z]+\s+to\s+[A-Z][a-z]+)\b")
_FORECAST = re.compile(r"\b(?:predict\w*|forecast\w*|expect\w*|estimat\w*|consensus|projected|polls?\s+of|looking\s+for|"
                       r"surveyed|anticipat\w*)\b", re.I)
_REVISED = re.compile(r"\brevis\w*\s+(?:up|down|higher|lower)?\s*(?:by|to|from)\s+(?:\w+\s+)?$|\b(?:estimate|figure|reading|"
                      r"number|print)\s+(?:was\s+|had\s+been\s+|has\s+been\s+)?(?:lowered|raised|marked\s+(?:up|down))\s+"
                      r"(?:by|to|from)\s+$|\bfrom\s+(?:(?!to\b)[\w-]+\s+){1,4}?(?:of|at)\s+$", re.I)
_AS_EXPECTED = re.compile(r"\b(?:as|than)\s+(?:\w+\s+)?expected\b", re.I)  # a reported figure, compared with the forecast
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
    a period after 'from' behind the figure dates the earlier figure, not this one."""
    text = f.sent.text
    prior = [s for s in f.spans if s.pos > m.end() and re.search(r"\bfrom\b", text[m.end():s.pos], re.I)]
    if not prior:
        return f.nearest_span(i, dating_only=True)
    saved = f.spans
    try:
        f.spans = [s for s in saved if s not in prior]
        return f.nearest_span(i, dating_only=True)
    finally:
        f.spans = saved


_LOWER_BOUNDS = frozenset({"more than", "over", "at least"})
_UPPER_BOUNDS = frozenset({"less than", "under", "up to"})


def _bound_beyond(t, bound: str, value: float) -> bool:
    """A bound that already lies on the market's side: 'forfeit over $11 billion' for '$10 billion
    or more' (the true figure is beyond the bound, so beyond the bar); never the other way ('more
    than $9 billion' says nothing of $10 billion)."""
    bound = " ".join(bound.lower().split())
    if t.threshold is None:
        return False
    if bound in _LOWER_BOUNDS and t.threshold_direction == "above":
        return value >= t.threshold
    if bound in _UPPER_BOUNDS and t.threshold_direction == "below":
        return value <= t.threshold
    return False


def _figure_span(ctx: MarketContext, f: SentenceFacts, i: int, m: re.Match[str]):
    """The time expression that dates the figure at token i: one in the figure's own clause
    ('cut … to 4.5%, but … fewer rate cuts next year': 'next year' dates the other clause).
    For a statistic, a span naming the market's period ('in August') wins over a nearer one
    that dates the prior figure ('from 6.9 per cent in July')."""
    a, b = f.sent.clause_of(i)
    lo = f.sent.tokens[a].start if a < len(f.sent.tokens) else 0
    hi = f.sent.tokens[b - 1].start + len(f.sent.tokens[b - 1].text) if b > a else lo
    spans = [s for s in f.spans if lo <= s.pos <= hi and f.lead_word(s) not in ("until", "till", "through")
             and not f.dates_the_statement(s, i)]
    ws = ctx.target.window_start
    if ctx.target.single_value and ws is not None:
        period = [s for s in spans if s.start.date() <= ws.date() <= s.end.date()
                  and s.end.date() <= ws.date() + timedelta(days=31)]
        if period:
            return period[0]
    span = _own_period(f, i, m)
    return span if span is not None and lo <= span.pos <= hi else None


def _single_value(ctx: MarketContext, f: SentenceFacts, m: re.Match[str], value: float,
                  settings: EngineSettings, period_final: bool = False) -> list[Contribution]:
    """A market settled by one report for a named occasion: the figure reported for it
    settles the market either way ('inflation rose to 6.4% in May' for 'above 6%' → yes, for
    'above 7%' → no; 'received 63.36 percent' for 'at least 65%' → no). A partial or
    provisional figure decides only when what is left to count cannot bridge the gap."""
    t = ctx.target
    i = next((k for k, tok in enumerate(f.sent.tokens) if tok.start >= m.start()), 0)
    statistic = t.single_value
    if negation(f, i) or (statistic and not t.window_start):
        return []
    lead = f.sent.text[max(0, m.start() - 40):m.start()].lower()
    unchanged = bool(statistic and _UNCHANGED.search(lead))
    change = statistic and indicators.change_statistic(ctx.market.question)
    fall = ""
    moved_to = re.search(rf"\b{_PARTICLE}(?:up|down)\s+to\s+$", lead, re.I)  # 'went up to 4.3%' is no bound
    lead_words = r"from|than|the|since|last|previous(?:ly)?|expected|forecast" + ("" if change else r"|by(?:\s+(?:just|only|a\s+further|another))?")
    if not unchanged and re.search(rf"\b(?:{lead_words})\s+(?:an?\s+)?$", lead) or _REVISED.search(lead) \
            or (approximate(lead) and not moved_to and not _bound_beyond(t, approximate(lead), value)):
        return []  # a prior level, a move, a bar, a forecast, a revision or a rough figure, not the reported one
    if statistic and re.search(r"\b(contract\w*|shr[ai]nk\w*|declin\w*|fell|fall\w*|drop\w*)\b(?!.*\bto\b)[^.]*$", lead) and \
            not re.search(r"\bto\s+(?:an?\s+)?$", lead):
        value = -value  # "contracted at a 0.3% rate", "fell 2%": a change, negative
        fall = f" (a fall: {value:g})"
    if statistic and _other_cut(ctx, f):
        return []  # the headline rate, for a market on the core rate (or the reverse)
    if statistic and not change and _MONTHLY.search(f.sent.text) and not re.search(r"\bmonth", ctx.market.question, re.I):
        return []  # a month-on-month change, for a market on the annual rate
    if _FORECAST.search(_AS_EXPECTED.sub(" ", f.sent.text[:m.start()])):
        return []  # what was predicted, not what was reported
    if _FUTURE.search(f.sent.text[:m.start()]) and not _PAST_FIGURE.search(lead):
        return []  # 'virtually certain that 2024 will be … exceeding 1.5 degrees': a figure to come
    if quantities.in_count_cue(f.sent.text, m.start()):
        return []  # the share of the vote counted, not a result
    if _other_measure(ctx, f.sent.text[m.end():]):
        return []  # '$148 million in damages' for a market on punitive damages only
    owner = None
    sources, strict = attribution.named_sources(ctx)
    who = attribution.giver(f.sent.text, m.start()) if sources else None
    if who is None and strict and any(attribution.names_source(f.sent.text, src) for src in sources):
        who = next(src for src in sources if attribution.names_source(f.sent.text, src))  # 'Copernicus … confirmed … 1.5 degrees'

    if sources and (who is not None or strict):
        if who is None or not quantities.names_overlap(who, sources):
            said = f"'{who}'s" if who else "an unattributed"
            return [cite(f, NAME, "none", 0.0, f"{said} figure '{m.group().strip()}' {UNSETTLED} the market, which "
                         f"reads {', '.join(sources)}'s figure only")]
        owner = who
    if not statistic and owner is None and t.threshold_unit != quantities.SCORE_TOTAL:
        ours, owner = _owner(ctx, f, m)
        if ours is False or (ours is None and _contest(ctx)):
            return []
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", ctx.market.question)]
    named = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", f.sent.text[:m.start()])]
    if not statistic and years and named and not set(named) & set(years):
        return []  # 'In 2019 the ANC obtained 57.5%': a figure for another occasion
    span = _figure_span(ctx, f, i, m)
    deadline = ctx.market.deadline
    if unchanged and span is not None and t.window_start and span.ends_before(t.window_start):
        span = None  # 'unchanged from a 3.7% increase in August': the date is the earlier period's
    if span is not None:
        years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", ctx.market.question)]
        floor = t.window_start or (datetime(max(years), 1, 1, tzinfo=deadline.tzinfo) if years else None)
        if (floor and span.ends_before(floor)) or span.starts_after(deadline):
            return []  # a figure for another period or occasion
        if statistic and span.start.date() > t.window_start.date() + timedelta(days=31):
            return []
        dating = span.explanation
        when = f" for {span.text}"
    elif statistic:
        named = _period_named(ctx, f)
        if not named:
            return []
        dating, when = f"{named}: a figure for that period, released by the deadline", ""
    elif period_final and set(named) & set(years):
        dating = (f"the final figure of the market's {sorted(set(named) & set(years))[0]} period "
                  f"('{_FINAL_FOR_PERIOD.search(f.sent.text[:m.start()]).group(0).strip()}'), reported after it ended")
        when = ""
    else:
        pub = f.article.published
        event = day_span("", -1, pub.date(), pub.date(), pub.tzinfo,
                         f"no date in the figure's clause: taken as the publication day {pub:%a %d %b %Y}")
        if t.window_start is None and event.starts_after(deadline):
            return []
        dating = event.explanation + (f"; the market's occasion is {t.window_start:%d %b %Y}" if t.window_start else "")
        when = ""
    bar = quantities.Required(t.threshold, t.threshold_direction, bool(t.threshold_inclusive), t.threshold_unit or "")
    if statistic and t.threshold_inclusive is None:
        bar = quantities.Required(t.threshold, t.threshold_direction, bool(re.search(
            r"\bor\s+(higher|more|above|greater|lower|less|below)\b|\bat\s+least\b", ctx.market.question, re.I)), bar.unit)
    done = quantities.FINAL if statistic or not _TALLIED.search(ctx.market.question) or \
        _PARTIAL_OK.search(ctx.market.criteria) else \
        quantities.completeness(
        quantities.context_texts(f.article.title, f.article.text, f.sent.index, f.sent.headline))
    body = attribution.named_body(ctx, f.sent.text) if done.share is None and done.cue else None
    if body:
        done = quantities.FINAL  # 'provisional results announced by the Independent Electoral Commission'
    lo, hi, arithmetic = quantities.final_range(value, bar.unit, done)
    if body:
        arithmetic = f"'{body}', the body the criteria name, announced it: its figure is the one the market reads"
    yes = quantities.settled(bar, lo, hi)
    figure = f"'{m.group().strip()}'{fall}{when}" + (f" ({owner}'s)" if owner else "")
    w = settings.weights.threshold_crossed
    if yes is None:
        return [cite(f, NAME, "none", 0.0, f"figure {figure} {UNSETTLED} {bar.describe()}: {arithmetic}", dating)]
    how = f"; {arithmetic}" if arithmetic else ""
    # a statistic is published: 'the Labor Department reported' is its release, not a hedge
    ignore = _RELEASE_VERBS if (statistic and _NAMED_RELEASE.search(f.sent.text)) or sources else frozenset()
    if yes:
        return [hedged.weaken(f, i, NAME, "yes", w, f"reported figure {figure} meets {bar.describe()}{how}",
                              settings, dating, ignore)]
    return [hedged.weaken(f, i, MISSED, "no", -w, f"reported figure {figure} does not meet {bar.describe()}{how}",
                          settings, dating, ignore)]


_QUAKE = re.compile(r"\b(?:magnitude|quake|earthquake|tremor|temblor|seismolog\w*|reading|richter)\b", re.I)


_RELEASE_VERBS = frozenset({"reported", "reports"})
_NAMED_RELEASE = re.compile(r"\b[A-Z][A-Za-z]+\s+(?:reported|reports)\b")


# "finished his 2024 MVP season with 54 home runs": the final figure of a period that has
# ended, which settles a running total (a path) both ways
_FINAL_FOR_PERIOD = re.compile(r"\b(?:finish|end|clos|wrapp?|conclud)(?:ed|es|e|s|ing)?\s+(?:(?:the|his|her|its|their)\s+)?"
                               r"(?:[\w-]+\s+){0,3}?(?:season|year|campaign|tournament|series|month|quarter)\s+"
                               r"(?:with|at|on)\s+$", re.I)


# a final score with its result word: 'a 25-22 win over', 'beat the San Francisco 49ers 25-22'
_SCORE = re.compile(r"(?<![\d(])(?P<a>\d{1,3})\s?[-–]\s?(?P<b>\d{1,3})(?![\d)])")
_RESULT = re.compile(r"\b(?:win|wins|won|winning|beat|beats|beating|victory|defeat\w*|final\s+score|lost|loses|loss|edged|"
                     r"downed|triumph\w*)\b", re.I)


def _score_total(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    """A market on the sum of a game's final score: a score given with its result word settles
    it ('delivering the Kansas City Chiefs a 25-22 win' → 25 + 22 = 47 against > 47.5); an
    interim score ('trailed 22-19') or a record ('(15-6)') is not the final one."""
    text = f.sent.text
    for m in _SCORE.finditer(text):
        near = text[max(0, m.start() - 40):m.start()] + " " + text[m.end():m.end() + 25]
        if not _RESULT.search(near) or re.search(r"\b(?:trail\w*|led|lead\w*|halftime|quarter|record)\b",
                                                  text[max(0, m.start() - 25):m.start()], re.I):
            continue
        a, b = int(m.group("a")), int(m.group("b"))
        found = _single_value(ctx, f, m, float(a + b), settings)
        if any(c.direction != "none" for c in found):
            return [c.model_copy(update={"reason": f"{c.reason} — final score {a}-{b}: {a} + {b} = {a + b}"})
                    for c in found]
    return []


_CAT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


def _in_act_clause(f: SentenceFacts, m: re.Match[str]) -> bool:
    """The figure stands in the clause of the market's act ('The storm then made landfall as a
    category three')."""
    i = next((k for k, tok in enumerate(f.sent.tokens) if tok.start >= m.start()), 0)
    return any(f.sent.clause_of(a) == f.sent.clause_of(i) for a in f.act_idx)


def _count_unit(t, text: str, m: re.Match[str]) -> bool:
    """For a count-noun unit ('flights', 'home runs'): the number is followed by it."""
    words = t.threshold_unit.split()
    after = [w.lower() for w in re.findall(r"[A-Za-z]+", text[m.end():m.end() + 40])[:len(words) + 3]]
    if any(after[k:k + len(words)] == words for k in range(0, 3)):
        return True
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
    return indicators.names_indicator(joined, indicator, question)


# Measures of length, mass, speed and time right after a number: that number is a measure.
_PHYSICAL = re.compile(r"\s*-?(km|kilomet\w*|miles?|mi|metres?|meters?|m|kg|kilograms?|tonnes?|tons?|lbs?|feet|ft|"
                      r"inch\w*|cm|mm|mph|kph|km/h|hours?|hrs?|minutes?|mins?|seconds?|secs?|days?|weeks?|months?|"
                      r"years?)\b", re.I)


def apply(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    t = ctx.target
    if t.kind != "threshold" or t.threshold is None:
        return []
    indicator = indicators.indicator_names(ctx.market.question) if t.single_value else ()
    if indicator and not _names_statistic(ctx, f, indicator):
        return []  # a statistic's figure is read only in a sentence that names the statistic
    if not (f.actors or f.article_mentions_subject or indicator or _measure_named(ctx, f)):
        return []
    text = f.sent.text
    if t.threshold_unit == quantities.SCORE_TOTAL:
        return _score_total(ctx, f, settings)
    notes: list[Contribution] = []
    count_unit = t.threshold_unit not in (None, "", "usd", "eur", "gbp", "percent", "bps")
    for m in _VALUE.finditer(text):
        if m.group("cur"):
            if t.threshold_unit not in ("usd", "eur", "gbp"):
                continue
            value = float(m.group("num").replace(",", ""))
            mult = (m.group("mult") or "").lower()
            value *= {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9, "trillion": 1e12}.get(mult, 1)
        elif m.group("pnum"):
            if t.threshold_unit != ("bps" if m.group("pct").lower().startswith(("b", "basis")) else "percent"):
                continue  # '50 basis points' is the size of a move, not a level in percent
            value = float(m.group("pnum"))
        elif m.group("tnum"):
            if t.threshold_unit != ("fahrenheit" if m.group("deg").lower().endswith(("f", "fahrenheit")) else "celsius"):
                continue
            value = float(m.group("tnum"))
        elif m.group("cat"):
            if t.threshold_unit != "category":
                continue
            value = float(_CAT_WORDS.get(m.group("cat").lower(), m.group("cat")))
            if quantities.act_bound(ctx.market.question) and not _in_act_clause(f, m):
                continue  # 'intensified into a category four hurricane earlier' is not the level at landfall
        elif m.group("zero"):
            if t.threshold_unit != "percent":
                continue
            value = 0.0
        elif t.threshold_unit == "magnitude":
            if not (re.fullmatch(r"\d\.\d+", m.group("plain")) and _QUAKE.search(text)):
                continue  # a magnitude is written 7.4, in a sentence about the quake's strength
            value = float(m.group("plain"))
        else:
            if len(m.group("plain").replace(",", "")) == 4 and m.group("plain").startswith(("19", "20")):
                continue  # never a year
            measure = _PHYSICAL.match(text, m.end())
            if measure and measure.group(1).lower().rstrip("s") not in (t.threshold_unit or "").lower():
                continue  # 'over 100km away': a distance (a measure), not the count or level asked
            if count_unit and not _count_unit(t, text, m):
                continue
            if t.threshold_unit and not count_unit:
                continue  # a bare number only for unitless thresholds (index points) and counts
            value = float(m.group("plain").replace(",", ""))
            value *= {"k": 1e3, "thousand": 1e3, "million": 1e6, "billion": 1e9, "bn": 1e9}.get(
                (m.group("pmult") or "").lower(), 1)  # '22K jobs', '2 million cases'
        bound = figures.range_bound(ctx, text, m)
        if bound == "skip":
            continue  # one bound of a range ('to 4.25% to 4.5%') that the market does not ask about
        if t.occasion == "path" and _NEAR_MISS.search(text[max(0, m.start() - 30):m.start()]):
            notes.append(cite(f, NAME, "none", 0.0, f"came near '{m.group().strip()}' without crossing it"))
            continue
        if not _about_subject(ctx, text, m, value):
            if _intraday(ctx, text, m):
                notes.append(cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' is a level during the day, not a "
                                                        "close: the market counts closes only"))
            continue
        before = text[max(0, m.start() - 45):m.start()]
        direction = _direction(before, t.threshold_direction)  # a level stated as a state takes the market's side
        if _CLOSE_LEVEL.search(before) or (count_unit and t.occasion == "path" and _TOTAL.search(before)
                                           and _SO_FAR.search(text)):
            direction = t.threshold_direction  # a close or a running total: its value alone says which side it is on
        bar = quantities.Required(t.threshold, t.threshold_direction,
                                  t.threshold_inclusive is not False, t.threshold_unit or "")
        if t.occasion == "path" and not t.single_value and not bar.met_by(value) and \
                not (_BEYOND_UP if t.threshold_direction == "above" else _BEYOND_DOWN).search(before):
            notes.append(cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' does not cross {bar.describe()}"))
        if m.group("cat"):  # 'became a Category 5 hurricane' is at that level; 'weakened to' is down
            direction = "below" if re.search(r"\b(?:weaken|downgrad|dropp?|fell|fall)\w*\W+(?:\w+\W+){0,3}$", before, re.I) \
                else "above"
        period_final = t.occasion == "path" and bool(_FINAL_FOR_PERIOD.search(before))
        if t.single_value or t.occasion == "one" or period_final or t.threshold_unit == "magnitude":
            found = _single_value(ctx, f, m, value, settings, period_final)
            if any(c.direction != "none" for c in found):
                return found
            notes += found
            continue
        if direction != t.threshold_direction:
            continue
        bar = quantities.Required(t.threshold, t.threshold_direction,
                                  t.threshold_inclusive is not False, t.threshold_unit or "")
        beyond = bool((_BEYOND_UP if direction == "above" else _BEYOND_DOWN).search(before))
        crossed = bar.met_by(value) or (beyond and value == t.threshold)
        if not crossed:
            continue
        i = next((k for k, tok in enumerate(f.sent.tokens) if tok.start >= m.start()), 0)
        if negation(f, i):
            continue
        span = event_time(f, i)
        why = span.explanation
        deadline = ctx.market.deadline
        wording = f"'{before.strip().split()[-1] if before.strip() else ''} {m.group().strip()}' ({bar.describe()})"
        if span.starts_after(deadline):
            return [cite(f, NAME, "none", 0.0, f"{wording} reported, but dated after the deadline", why)]
        if t.window_start is not None and span.ends_before(t.window_start):
            return [cite(f, NAME, "none", 0.0, f"{wording} reported, but before the market's window", why)]
        temporal = f"{why}; deadline {deadline:%a %d %b %Y %H:%M %z}: on or before it"
        # 'The Brazilian Ministry of Health reported 2,045,277 cases': a named body's release, not a hedge
        ignore = _RELEASE_VERBS if _NAMED_RELEASE.search(text[:m.start()]) else frozenset()
        return [hedged.weaken(f, i, NAME, "yes", settings.weights.threshold_crossed,
                              f"threshold crossed: {wording}", settings, temporal, ignore)]
    return notes[:1]
