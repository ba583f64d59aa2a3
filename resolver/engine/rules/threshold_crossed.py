"""Threshold crossed: for a numeric market ('Will Bitcoin trade above $100,000 …?'), a
sentence reporting a value on the market's side of the threshold, moving in its direction,
inside the window → toward yes. Values dated outside the window are noted, not counted."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import lemminflect

from .. import quantities
from ..analysis import MarketContext, SentenceFacts, event_time, negation
from ..entities import country_of
from ..lexicon import WEEKDAYS
from ..quantities import approximate, owner_before
from ..text import article_sentences, lemmas_of
from ..settings import EngineSettings
from ..types import Contribution
from . import hedged
from .base import cite

NAME = "threshold_crossed"
_VALUE = re.compile(r"(?P<cur>\$|€|£|US\$)\s?(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<mult>k|thousand|million|billion|trillion|bn|m)?\b"
                    r"|(?P<pnum>\d+(?:\.\d+)?)\s*(?P<pct>%|percent(?!age)|per cent|bps|basis points)"
                    r"|(?<=\b(?:to|at)\s)(?P<zero>zero)\b"
                    r"|(?P<tnum>\d+(?:\.\d+)?)\s*(?P<deg>°\s?[CF]\b|degrees?\s+(?:Celsius|Fahrenheit)\b)"
                    r"|\b[Cc]ategory\s+(?P<cat>[1-5])\b"
                    r"|(?<![\w$€£.,])(?P<plain>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d%])", re.I)
_UP = ("above", "surpass", "top", "exceed", "cross", "break", "hit", "reach", "record", "high", "more than",
       "over", "past", "climb", "rise", "rising", "rose", "soar", "jump", "rall", "breach", "raise", "hike", "lift",
       "increas")
_DOWN = ("below", "under", "fall", "fell", "drop", "dip", "tumbl", "slid", "sink", "sank", "low", "less than",
         "lose", "lost", "plung", "crash", "cut", "lower", "reduc", "slash")
# Nouns a count may measure without naming the market's subject ("50,000 people").
_COUNT_NOUNS = frozenset({"people", "persons", "deaths", "dead", "lives", "victims", "points", "votes", "seats",
                          "units", "barrels", "ounces", "an", "a", "per", "percent", "bps", "basis", "year", "years",
                          "in", "on", "at", "by", "for", "and", "or", "to", "from", "as", "after", "before", "the"})
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
        if word not in _COUNT_NOUNS and word.rstrip("s") not in question and len(word) > 2:
            return False
    if re.search(r"\bclos(e|es|ing)\b", ctx.market.question, re.I) and not _CLOSE_RE.search(text[max(0, m.start() - 30):m.start()]):
        return False  # 'hits 40,000' intraday is not a close above 40,000
    return True


def _direction(before: str) -> str | None:
    words = before.lower()
    up = max((words.rfind(w) for w in _UP), default=-1)
    down = max((words.rfind(w) for w in _DOWN), default=-1)
    if up < 0 and down < 0:
        return None
    return "above" if up > down else "below"


MISSED = "threshold_missed"
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
                      r"for\s+the\s+month|on\s+a\s+monthly\s+basis|from\s+[A-Z][a-z]+\s+to\s+[A-Z][a-z]+)\b")
_FORECAST = re.compile(r"\b(?:predict\w*|forecast\w*|expect\w*|estimat\w*|consensus|projected|polls?\s+of)\b", re.I)
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


_PARTIAL_OK = re.compile(r"\b(?:provisional|partial|near-complete|preliminary|unofficial)\b[^.]*\b(?:acceptable|sufficient|"
                         r"suffices?|count\s+as|is\s+enough)\b", re.I)


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
    if not unchanged and re.search(r"\b(?:from|than|the|by|since|last|previous(?:ly)?|expected|forecast)\s+(?:an?\s+)?$", lead) \
            or approximate(lead):
        return []  # a prior level, a bar, a forecast or a rough figure, not the reported one
    if statistic and re.search(r"\b(contract\w*|shr[ai]nk\w*|declin\w*|fell|fall\w*|drop\w*)\b(?!.*\bto\b)[^.]*$", lead) and \
            not re.search(r"\bto\s+(?:an?\s+)?$", lead):
        value = -value  # "contracted at a 0.3% rate", "fell 2%": a change, negative
    if statistic and _MONTHLY.search(f.sent.text) and not re.search(r"\bmonth", ctx.market.question, re.I):
        return []  # a month-on-month change, for a market on the annual rate
    if _FORECAST.search(f.sent.text[:m.start()]):
        return []  # what was predicted, not what was reported
    if _FUTURE.search(f.sent.text[:m.start()]) and not _PAST_FIGURE.search(lead):
        return []  # 'virtually certain that 2024 will be … exceeding 1.5 degrees': a figure to come
    if quantities.in_count_cue(f.sent.text, m.start()):
        return []  # the share of the vote counted, not a result
    if _other_measure(ctx, f.sent.text[m.end():]):
        return []  # '$148 million in damages' for a market on punitive damages only
    owner = None
    if not statistic:
        ours, owner = _owner(ctx, f, m)
        if ours is False or (ours is None and _contest(ctx)):
            return []
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", ctx.market.question)]
    named = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", f.sent.text[:m.start()])]
    if not statistic and years and named and not set(named) & set(years):
        return []  # 'In 2019 the ANC obtained 57.5%': a figure for another occasion
    span = f.nearest_span(i, dating_only=True)
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
        event = event_time(f, i)
        if t.window_start is None and event.starts_after(deadline):
            return []
        dating = event.explanation + (f"; the market's occasion is {t.window_start:%d %b %Y}" if t.window_start else "")
        when = ""
    bar = quantities.Required(t.threshold, t.threshold_direction, bool(t.threshold_inclusive), t.threshold_unit or "")
    if statistic and t.threshold_inclusive is None:
        bar = quantities.Required(t.threshold, t.threshold_direction, bool(re.search(
            r"\bor\s+(higher|more|above|greater|lower|less|below)\b|\bat\s+least\b", ctx.market.question, re.I)), bar.unit)
    done = quantities.FINAL if statistic or _PARTIAL_OK.search(ctx.market.criteria) else \
        quantities.completeness(
        quantities.context_texts(f.article.title, f.article.text, f.sent.index, f.sent.headline))
    lo, hi, arithmetic = quantities.final_range(value, bar.unit, done)
    yes = quantities.settled(bar, lo, hi)
    figure = f"'{m.group().strip()}'{when}" + (f" ({owner}'s)" if owner else "")
    w = settings.weights.threshold_crossed
    if yes is None:
        return [cite(f, NAME, "none", 0.0, f"figure {figure} does not settle {bar.describe()}: {arithmetic}", dating)]
    how = f"; {arithmetic}" if arithmetic else ""
    # a statistic is published: 'the Labor Department reported' is its release, not a hedge
    ignore = _RELEASE_VERBS if statistic and _NAMED_RELEASE.search(f.sent.text) else frozenset()
    if yes:
        return [hedged.weaken(f, i, NAME, "yes", w, f"reported figure {figure} meets {bar.describe()}{how}",
                              settings, dating, ignore)]
    return [hedged.weaken(f, i, MISSED, "no", -w, f"reported figure {figure} does not meet {bar.describe()}{how}",
                          settings, dating, ignore)]


_RELEASE_VERBS = frozenset({"reported", "reports"})
_NAMED_RELEASE = re.compile(r"\b[A-Z][A-Za-z]+\s+(?:reported|reports)\b")


# "finished his 2024 MVP season with 54 home runs": the final figure of a period that has
# ended, which settles a running total (a path) both ways
_FINAL_FOR_PERIOD = re.compile(r"\b(?:finish|end|clos|wrapp?|conclud)(?:ed|es|e|s|ing)?\s+(?:(?:the|his|her|its|their)\s+)?"
                               r"(?:[\w-]+\s+){0,3}?(?:season|year|campaign|tournament|series|month|quarter)\s+"
                               r"(?:with|at|on)\s+$", re.I)


def _count_unit(t, text: str, m: re.Match[str]) -> bool:
    """For a count-noun unit ('flights', 'home runs'): the number is followed by it."""
    words = t.threshold_unit.split()
    after = re.findall(r"[A-Za-z]+", text[m.end():m.end() + 40])[:len(words) + 2]
    return any([w.lower() for w in after[k:k + len(words)]] == words for k in range(0, 3))


# Measures of length, mass, speed and time right after a number: that number is a measure.
_PHYSICAL = re.compile(r"\s*-?(km|kilomet\w*|miles?|mi|metres?|meters?|m|kg|kilograms?|tonnes?|tons?|lbs?|feet|ft|"
                      r"inch\w*|cm|mm|mph|kph|km/h|hours?|hrs?|minutes?|mins?|seconds?|secs?|days?|weeks?|months?|"
                      r"years?)\b", re.I)


def apply(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    t = ctx.target
    if t.kind != "threshold" or t.threshold is None or not (f.actors or f.article_mentions_subject):
        return []
    text = f.sent.text
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
            if t.threshold_unit not in ("percent", "bps"):
                continue
            value = float(m.group("pnum"))
        elif m.group("tnum"):
            if t.threshold_unit != ("fahrenheit" if m.group("deg").lower().endswith(("f", "fahrenheit")) else "celsius"):
                continue
            value = float(m.group("tnum"))
        elif m.group("cat"):
            if t.threshold_unit != "category":
                continue
            value = float(m.group("cat"))
        elif m.group("zero"):
            if t.threshold_unit != "percent":
                continue
            value = 0.0
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
        if not _about_subject(ctx, text, m, value):
            continue
        before = text[max(0, m.start() - 45):m.start()]
        direction = _direction(before)
        if m.group("cat"):  # 'became a Category 5 hurricane' is at that level; 'weakened to' is down
            direction = "below" if re.search(r"\b(?:weaken|downgrad|dropp?|fell|fall)\w*\W+(?:\w+\W+){0,3}$", before, re.I) \
                else "above"
        period_final = t.occasion == "path" and bool(_FINAL_FOR_PERIOD.search(before))
        if t.single_value or t.occasion == "one" or period_final:
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
        return [hedged.weaken(f, i, NAME, "yes", settings.weights.threshold_crossed,
                              f"threshold crossed: {wording}", settings, temporal)]
    return notes[:1]
