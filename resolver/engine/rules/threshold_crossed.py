"""Threshold crossed: for a numeric market ('Will Bitcoin trade above $100,000 …?'), a
sentence reporting a value on the market's side of the threshold, moving in its direction,
inside the window → toward yes. Values dated outside the window are noted, not counted."""

from __future__ import annotations

import re
from functools import lru_cache
from datetime import datetime, timedelta

from .. import approval_shares, attribution, component_cuts, figure_words, figures, final_level, indicators, quantities, rate_series, \
    validated_figures
from ..excluded_figures import excluded_kind
from ..level_change import holds_through
from ..analysis import MarketContext, SentenceFacts, event_time, negation
from ..quantities import approximate
from ..text import conditional_clause
from ..timex import day_span, runs_past
from ..settings import EngineSettings
from ..types import Contribution
from . import hedged, opening_grosses, side_share, vote_share
from .statistic_period import (
    _earlier_reading, _period_named, _released_estimate, annual_change, later_revision, other_index, other_measure,
    other_period, own_period_change, release_day,
)
from .base import cite
from .threshold_figures import (
    _AS_EXPECTED, _RELEASE_ESTIMATE, _BEYOND_DOWN, _BEYOND_UP, _CAT_WORDS, _CLOSE_LEVEL, _FINAL_FOR_PERIOD, _FORECAST, _FUTURE,
    _MONTHLY, _NAMED_RELEASE, _NEAR_MISS, _PARTIAL_OK, _PARTICLE, _PAST_FIGURE, _PHYSICAL, _QUAKE,
    _RELEASE_VERBS, _REVISED, _SO_FAR, _TALLIED, _TOTAL, _UNCHANGED, _VALUE, _about_subject, _bound_beyond,
    _count_unit, _direction, _figure_span, _in_act_clause, _intraday, _measure_named, _names_statistic,
    _other_cut, _other_measure, other_scope, spelling, year_end,
)
from .figure_owners import _contest, _owner
from .figure_stretch import _other_places, _stretch

NAME = "threshold_crossed"
_MOVE_BY = re.compile(r"\bby\s+(?:a\s+|another\s+|a\s+further\s+)?\d[\d.]*\s*(?:basis\s+points?|bps?|percentage\s+points?|%|"
                      r"per\s*cent|percent)\s+to\s+$", re.I)
MISSED = "threshold_missed"
_ADDED = re.compile(r"\b(?:another|an?\s+(?:additional|further|extra))\s+$", re.I)
UNSETTLED = "does not settle"  # a figure read whose final value may still fall either side of the bar


# a change told as a fall by its verb ('contracted 0.3%', 'fell 2%'; 'output collapses by 20.4%', 'plunged 9.5%'),
# not a level the fall reached ('fell to 4.2%')
_FALL = re.compile(r"\b(contract\w*|shr[aiu]nk\w*|declin\w*|fell|fall\w*|drop\w*|collaps\w*|plung\w*|plummet\w*|"
                   r"slump\w*|tumbl\w*|sank|sink\w*|crash\w*|down(?=\s+by\s+$))\b(?!.*\bto\b)[^.]*$")  # 'GDP down by 0.3%'


# a statistic's figure told below zero by a word: 'negative inflation of 0.2%', 'negative growth of 0.1 percent'
_NEGATIVE_OF = re.compile(r"\bnegative\s+(?:[a-z-]+\s+){1,2}of\s+$", re.I)


def _single_value(ctx: MarketContext, f: SentenceFacts, m: re.Match[str], value: float,
                  settings: EngineSettings, period_final: bool = False) -> list[Contribution]:
    """A market settled by one report for a named occasion: the figure reported for it
    settles the market either way ('inflation rose to 6.4% in May' for 'above 6%' → yes, for
    'above 7%' → no; 'received 63.36 percent' for 'at least 65%' → no). A partial or
    provisional figure decides only when what is left to count cannot bridge the gap."""
    t = ctx.target
    i = f.sent.token_at(m.start())
    statistic = t.single_value
    if negation(f, i) or (statistic and not t.window_start):
        return []
    if conditional_clause(f.sent, i) or figure_words.explained(f.sent.text, m.end()):
        return []  # 'If the death toll does reach …', 'a 34% decline … doesn't mean': no figure reported
    lead = f.sent.text[max(0, m.start() - 40):m.start()].lower()
    unchanged = bool(statistic and _UNCHANGED.search(lead))
    change = statistic and indicators.change_statistic(ctx.market.question)
    fall = ""
    moved_to = re.search(rf"\b{_PARTICLE}(?:up|down)\s+to\s+$", lead, re.I)  # 'went up to 4.3%' is no bound
    released = bool(approximate(lead)) and _released_estimate(ctx, f, approximate(lead))
    change = change or (statistic and annual_change(ctx, f.sent.text, m))  # 'rose by 10.5% in the 12 months to'
    lead_words = r"from|than|the|since|last|previous(?:ly)?|expected|forecast" + ("" if change else r"|by(?:\s+(?:just|only|a\s+further|another))?")
    own_change = own_period_change(ctx, f.sent.text, m) if statistic else None  # 'The 0.3% fall in Q4'
    if not unchanged and not own_change and re.search(rf"\b(?:{lead_words})\s+(?:an?\s+)?$", lead) or _REVISED.search(lead) \
            or (approximate(lead) and not moved_to and not _bound_beyond(t, approximate(lead), value) and not released):
        return []  # a prior level, a move, a bar, a forecast, a revision or a rough figure, not the reported one
    if statistic and _FALL.search(re.split(r"[;:]\s", lead)[-1]) and \
            not re.search(r"\bto\s+(?:an?\s+)?$", lead):
        value = -abs(value)  # "contracted at a 0.3% rate", "fell 2%": a change, negative ('contracts -0.1%' too)
        fall = f" (a fall: {value:g})"
    elif statistic and _NEGATIVE_OF.search(lead):
        value = -abs(value)  # 'negative inflation of 0.2%': a rate below zero told by a word
        fall = f" (below zero: {value:g}, read as '{_NEGATIVE_OF.search(lead).group(0).strip()}')"
    elif own_change and own_change[1] < 0:
        value = -abs(value)
        fall = f" (a fall: {value:g}, read as '{own_change[0]}')"
    elif value < 0:
        fall = f" (below zero: {value:g})"  # 'to -0.10%'
    if statistic and _other_cut(ctx, f):
        return []  # the headline rate, for a market on the core rate (or the reverse)
    if statistic and _earlier_reading(f.sent.text, m):
        return [cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' is the earlier reading ('{_earlier_reading(f.sent.text, m)}'),"
                     " not the one for the market's period")]
    revision = later_revision(ctx, f.sent.text, m) if statistic else None
    if revision:
        return [cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' is a later revision, told beside the first release "
                     f"('{revision}'): the market reads the first release only")]
    measure = other_measure(ctx, f.sent.text, m) if statistic else None
    if measure:
        return [cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' is another measure than the market's 12-month change "
                     f"('{measure}')")]
    other = other_period(ctx, f.sent.text, m) if statistic and not unchanged else None  # 'unchanged from … in August' is this one
    if other:
        return [cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' is the figure for '{other}', another period than "
                     "the market's")]
    index = other_index(ctx, f.sent.text, m) if statistic else None
    if index:
        return [cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' is the {index} figure, another index than the "
                     "market's")]
    names = indicators.indicator_names(ctx.market.question) if statistic else ()
    variant = indicators.sub_series(f.sent.text, m.start(), names, ctx.market.question) if names else None
    if variant:
        return [cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' is the {variant.lower()} figure, a sub-series the "
                     f"question does not name: not the figure the market reads")]
    if statistic and not change and _MONTHLY.search(f.sent.text) and not re.search(r"\bmonth", ctx.market.question, re.I):
        return []  # a month-on-month change, for a market on the annual rate
    before = f.sent.text[:m.start() - len(approximate(lead) or "") - 1] if released else f.sent.text[:m.start()]
    if _FORECAST.search(_RELEASE_ESTIMATE.sub(" ", _AS_EXPECTED.sub(" ", before))):
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
        if statistic and attribution.government(who):
            who = sources[0]  # 'The government reports the nation's jobless rate …': the official release
        elif statistic and who is None and attribution.article_names(f.article.title, f.article.text, sources[0]):
            # 'The U.S. jobless rate fell to 9.4 percent in December', in an article that quotes the
            # Labor Department's release: an official statistic has one publisher, and the article names it
            who = sources[0]
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
        named = _period_named(ctx, f) if statistic and span.start.date() > t.window_start.date() + timedelta(days=31) else None
        if named and not named.endswith("a sentence before it") and release_day(ctx, span):
            # 'Washington, DC, Jan. 30, 2009--The economy shrank at a 3.8 percent pace at the end of 2008': the
            # day after the period is the release's; the sentence names the period the figure is for
            dating, when = f"{named}; '{span.text}' is a day after that period: its release", ""
        elif statistic and span.start.date() > t.window_start.date() + timedelta(days=31):
            return []
        else:
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
        if t.window_start is not None and event.ends_before(t.window_start):
            # a figure published before the occasion the market names cannot be that occasion's figure
            return [cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' was published before the market's occasion "
                         f"({t.window_start:%d %b %Y}): it is an earlier figure, not that occasion's", event.explanation)]
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


def _dated_aside(text: str, m: re.Match[str], span, published: datetime) -> bool:
    """'broke its closing record (8,239.99 points, May 15, 2024) by closing at …': a figure set in
    parentheses with its own earlier date is a past record the sentence cites, not its report."""
    opened, closed = text.rfind("(", 0, m.start()), text.find(")", m.end())
    if opened < 0 or closed < 0 or text.rfind(")", 0, m.start()) > opened:
        return False
    return opened < span.pos < closed and span.end.date() < published.date()


def _in_name(question: str, text: str, m: re.Match[str]) -> bool:
    """The number is part of a name the question writes the same way ('the FTSE 100', 'the
    S&P 500', 'the ASX 200'): the capitalised word right before it, with it, is in the question."""
    prev = re.search(r"([A-Z][\w&/.-]*)\s+$", text[max(0, m.start() - 30):m.start()])
    if not prev:
        return False
    return _name_in_question(question, prev.group(1).split("/")[-1], m.group("plain"))


@lru_cache(maxsize=8192)
def _name_in_question(question: str, name: str, number: str) -> bool:
    """'FTSE 100' written so in the question (memoised: each pair would otherwise be a new pattern
    to compile, sentence after sentence)."""
    return re.search(rf"\b{re.escape(name)}\s+{re.escape(number)}(?![\d,.])", question) is not None


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


def _bar(t) -> quantities.Required:
    return quantities.Required(t.threshold, t.threshold_direction or "above", t.threshold_inclusive is not False,
                               t.threshold_unit or "")


def _final_level(ctx: MarketContext, f: SentenceFacts, kept: tuple[int, float, str],
                 settings: EngineSettings) -> Contribution:
    """The level kept at the body's final decision of the year is the level on the market's date."""
    i, value, why = kept
    bar = final_level.bar_of(ctx)
    met = bar.met_by(value)
    reason = (f"kept at {value:g}% at the final decision of the year, none left before the market's date: "
              f"{'meets' if met else 'does not meet'} {bar.describe()}")
    temporal = f"{why}; deadline {ctx.market.deadline:%a %d %b %Y %H:%M %z}: on or before it"
    w = settings.weights.threshold_crossed
    return hedged.weaken(f, i, NAME if met else MISSED, "yes" if met else "no", w if met else -w, reason, settings,
                         temporal)


def apply(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    return validated_figures.as_notes(_read(ctx, f, settings), ctx, f)  # 'confirm a reading of 52°C': the act too


def _read(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    t = ctx.target
    if t.kind == "event" and t.candidate:
        return vote_share.apply(ctx, f, settings)  # 'won with 57 percent of the vote' for an outright win
    if t.kind != "threshold" or t.threshold is None:
        return []
    indicator = indicators.indicator_names(ctx.market.question) if t.single_value else ()
    if indicator and not _names_statistic(ctx, f, indicator):
        return []  # a statistic's figure is read only in a sentence that names the statistic
    if not (f.actors or f.article_mentions_subject or indicator or _measure_named(ctx, f)):
        return []
    if (side := side_share.apply(ctx, f, settings)) is not None:  # 'Leave: 17,410,742 (51.9%)', '44.24% voted in favor'
        return side
    if approval_shares.share_market(ctx):
        share = approval_shares.read(ctx, f)
        if share is not None and share[1] != "none":
            i, direction, why, dating = share
            w = settings.weights.threshold_crossed
            return [hedged.weaken(f, i, NAME if direction == "yes" else MISSED, direction, w if direction == "yes" else -w,
                                  why, settings, dating)]
    kept = final_level.level(ctx, f)
    if kept is not None:
        return [_final_level(ctx, f, kept, settings)]
    text = f.sent.text
    if t.threshold_unit == quantities.SCORE_TOTAL:
        return _score_total(ctx, f, settings)
    notes: list[Contribution] = []
    count_unit = t.threshold_unit not in (None, "", "percent", "bps") + quantities.CURRENCY_UNITS
    for m in _VALUE.finditer(text):
        if m.group("cur"):
            if t.threshold_unit not in quantities.CURRENCY_UNITS or \
                    quantities.currency_unit(m.group("cur")) not in (None, t.threshold_unit):
                continue  # a figure in another currency ('Rs 456' for a market in dollars)
            value = float(m.group("num").replace(",", ""))
            mult = (m.group("mult") or "").lower()
            value *= {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9, "trillion": 1e12}.get(mult, 1)
        elif m.group("wcur"):  # '26.5 euros per share': the currency named after the number
            if t.threshold_unit != ("eur" if m.group("wcur").lower().startswith("euro") else "usd"):
                continue
            value = float(m.group("wnum").replace(",", "")) * {"million": 1e6, "bn": 1e9, "billion": 1e9, "trillion": 1e12}.get(
                (m.group("wmult") or "").lower(), 1)
        elif m.group("pnum"):
            if t.threshold_unit != ("bps" if m.group("pct").lower().startswith(("b", "basis")) else "percent"):
                continue  # '50 basis points' is the size of a move, not a level in percent
            value = float(m.group("pnum").replace(",", "."))  # '44,08 %': a decimal comma
            value = rate_series.signed(text, m.start(), value)  # 'to -0.10%': below zero
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
            if _in_name(ctx.market.question, text, m):
                continue  # 'FTSE 100', 'S&P/ASX 200': a number in the index's name, as the question writes it
            if figure_words.day_of_month(text, m.start(), m.end()):
                continue  # 'July 22', '2 July': a day of a month, never a level or a count
            measure = _PHYSICAL.match(text, m.end())
            if measure and spelling(measure.group(1)).rstrip("s") not in spelling(t.threshold_unit or ""):
                continue  # 'over 100km away': a distance (a measure), not the count or level asked
            if count_unit and not _count_unit(t, text, m) and not (measure and t.threshold_unit in quantities.SCALES) \
                    and not figure_words.scale_mark(t.threshold_unit, text, m.end()):
                continue  # a count needs its noun; a measure its unit ('6.30m' for a bar in metres)
            if t.threshold_unit and not count_unit and not figure_words.scale_mark(t.threshold_unit, text, m.end()):
                continue  # a bare number only for unitless thresholds (index points) and counts
            value = float(m.group("plain").replace(",", ""))
            value *= {"k": 1e3, "thousand": 1e3, "million": 1e6, "billion": 1e9, "bn": 1e9, "lakh": 1e5,
                      "crore": 1e7}.get((m.group("pmult") or "").lower().rstrip("s"), 1)  # '22K jobs', '2 million cases'
        series = rate_series.other_rate(ctx, text, m.start())
        if series:
            notes.append(cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' is the figure of '{series}', another rate "
                              "than the market's, named in its own part of the sentence"))
            continue
        cut = component_cuts.component_cut(ctx.market.question, text, m.start(), m.end())
        if cut:
            notes.append(cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' is told '{cut}': a measure with a part left "
                              "out, not the whole one the market reads"))
            continue
        bound = figures.range_bound(ctx, text, m)
        if bound == "skip":
            continue  # one bound of a range ('to 4.25% to 4.5%') that the market does not ask about
        if t.occasion == "path" and _NEAR_MISS.search(text[max(0, m.start() - 30):m.start()]):
            notes.append(cite(f, NAME, "none", 0.0, f"came near '{m.group().strip()}' without crossing it"))
            continue
        later = figure_words.later_session(ctx.market.question, _stretch(text, m))
        if later:
            notes.append(cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' is a figure of the '{later}', not of the "
                              "first session the market reads"))
            continue
        if m.group("cur") and figure_words.sought(ctx.market.question, text[max(0, m.start() - 60):m.start()]):
            notes.append(cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' is a sum asked for, not one awarded or paid"))
            continue
        if figure_words.reference_price(text[max(0, m.start() - 60):m.start()]):
            continue  # 'the initial public offering price of $46': the bar's reference, not a level reached
        aside = figure_words.aside(ctx.market.question, text, m.end())
        if aside:  # 'its 2% target', '0.2% in services'
            notes.append(cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' {aside}"))
            continue
        open_end = figure_words.open_bound(_bar(t).met_by, value, text, m.end())
        if open_end:  # 'stuck at 7.8 percent or above since September' for a bar of 7.8% or lower
            notes.append(cite(f, NAME, "none", 0.0, f"'{m.group().strip()} {open_end}' is one end of a range on both "
                              f"sides of {_bar(t).describe()}: no level reported"))
            continue
        near = figure_words.approached(text[max(0, m.start() - 60):m.start()])
        if near and not figure_words.approach_settles(t.threshold_direction or "above", _bar(t).met_by, value):
            notes.append(cite(f, NAME, "none", 0.0, f"'{near} {m.group().strip()}': the figure was neared, not reached: "
                              f"no report of {_bar(t).describe()}"))
            continue
        if other_scope(ctx, text, m):
            continue  # 'a bigger hit overseas, grossing another $88.4 million': not the domestic figure
        if _ADDED.search(text[max(0, m.start() - 25):m.start()]) and not (
                t.single_value and indicators.change_statistic(ctx.market.question)):
            continue  # 'another $88.4 million': an addition to a figure, not the total
        if not _about_subject(ctx, text, m, value):
            if _intraday(ctx, text, m) and _about_subject(ctx, text, m, value, closing=False):
                beyond = t.occasion == "one" and _bar(t).met_by(value)
                notes.append(cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' is a level during the day, not a "
                                  "close: the market counts closes only" + (
                                      f"; beyond the bar during the one session the market reads, it {UNSETTLED} "
                                      "the close" if beyond else "")))
            continue
        places = _other_places(ctx, text, m)
        if places:
            notes.append(cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' is a total for {', '.join(places)} together, "
                              "not the market's own figure"))
            continue
        kind = excluded_kind(ctx, f, m.start(), m.end())
        if kind:
            notes.append(cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' is not a figure the market reads: it is named with {kind[1]}"))
            continue
        before = text[max(0, m.start() - 45):m.start()]
        direction = _direction(before, t.threshold_direction)  # a level stated as a state takes the market's side
        if figure_words.change_bar(ctx.market.question) and m.group("pnum"):
            direction = figure_words.after_direction(text[m.end():]) or direction  # 'closed 16% higher' for '15% above the IPO price'
            if direction == "below" and t.threshold_direction == "above":
                value = -value  # 'closed 16% lower': a fall, short of any rise
        if direction is None and _MOVE_BY.search(before):
            # 'lowered the benchmark seven-day reverse repurchase rate by 25 basis points to 4.75 percent':
            # the level a move reached, its verb further back than the usual window
            direction = _direction(text[max(0, m.start() - 120):m.start()], t.threshold_direction)
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
        i = f.sent.token_at(m.start())
        if negation(f, i) or conditional_clause(f.sent, i) or figure_words.explained(text, m.end()):
            continue  # 'If the death toll does reach 10,000, that would be …': a hypothetical, not a report
        span = event_time(f, i)
        why = span.explanation
        deadline = ctx.market.deadline
        wording = f"'{before.strip().split()[-1] if before.strip() else ''} {m.group().strip()}' ({bar.describe()})"
        if span.starts_after(deadline) and span.pos < 0:  # an undated figure published after the deadline
            span = opening_grosses.opening_dated(ctx, f, m.start()) or span  # '… in its first weekend': the opening's
            why = span.explanation
        if span.starts_after(deadline) or runs_past(span, deadline, f.article.published):
            return [cite(f, NAME, "none", 0.0, f"{wording} reported, but dated after the deadline", why)]
        if t.window_start is not None and span.ends_before(t.window_start):
            return [cite(f, NAME, "none", 0.0, f"{wording} reported, but before the market's window", why)]
        if _dated_aside(text, m, span, f.article.published):
            notes.append(cite(f, NAME, "none", 0.0, f"{wording} is an earlier figure, dated in parentheses beside it: "
                              "a past record cited, not the level reported", why))
            continue
        last_days = year_end(ctx.market.question, deadline)
        if last_days is not None and span.ends_before(last_days):
            notes.append(cite(f, NAME, "none", 0.0, f"{wording} is a level of another day: the market reads the "
                              f"year's final close (from {last_days:%d %b %Y})", why))
            continue
        if t.quantifier == "all" or quantities.every_session(ctx.market.question) or holds_through(ctx):
            # 'close above 40,000 on every trading day from March 5 to March 29': one close on the bar's side
            # is not every close; only a close on the other side would settle the market
            notes.append(cite(f, NAME, "none", 0.0, f"{wording} is one level on the bar's side: the market asks for "
                              f"every one through the deadline, so it {UNSETTLED} the market", why))
            continue
        temporal = f"{why}; deadline {deadline:%a %d %b %Y %H:%M %z}: on or before it"
        # 'The Brazilian Ministry of Health reported 2,045,277 cases': a named body's release, not a hedge
        ignore = _RELEASE_VERBS if _NAMED_RELEASE.search(text[:m.start()]) else frozenset()
        return [hedged.weaken(f, i, NAME, "yes", settings.weights.threshold_crossed,
                              f"threshold crossed: {wording}", settings, temporal, ignore)]
    # an opening's gross short of the bar: the opening is one period, reported once (opening_grosses.py)
    return opening_grosses.missed(ctx, f, settings) or \
        sorted(notes, key=lambda c: UNSETTLED not in c.reason)[:1]  # a figure left open first: it holds the deadline
