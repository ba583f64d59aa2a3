"""One reported figure read against a threshold market's bar: the figure a report gives for the
market's occasion or period ('inflation rose to 6.4% in May', 'received 63.36 percent'), with the
checks that it is that occasion's figure (not a prior level, a forecast, a revision, another
measure, period, index or sub-series, another source's) and the arithmetic of what is left to count.
Split out of rules/threshold_crossed.py, which finds the figures in a sentence and hands each here;
the rule names both modules report under are defined here and re-exported there."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from .. import (annual_figures, attribution, figure_bounds, figure_words, figures, first_rounds, indicators, period_changes, quantities,
               rounded_figures, told_periods, vote_bases, vote_night)
from ..analysis import MarketContext, SentenceFacts, negation
from ..partial_counts import Completeness, accepted_count
from ..quantities import approximate
from ..text import conditional_clause
from ..timex import day_span
from ..settings import EngineSettings
from ..types import Contribution
from . import hedged
from .statistic_period import (
    _earlier_reading, _period_named, _released_estimate, annual_change, later_revision, other_index, other_measure,
    other_period, own_period_change, own_span, release_day, unannualised,
)
from .base import cite
from .threshold_figures import (
    _AS_EXPECTED, _RELEASE_ESTIMATE, _FINAL_FOR_PERIOD, _FORECAST, _FUTURE, _MONTHLY, _NAMED_RELEASE, _PARTIAL_OK,
    _PARTICLE, _PAST_FIGURE, _RELEASE_VERBS, _REVISED, _TALLIED, _UNCHANGED, _figure_span, _other_cut,
    _other_measure, stretch_bounds,
)
from .figure_owners import _contest, _owner

NAME = "threshold_crossed"
MISSED = "threshold_missed"
UNSETTLED = "does not settle"  # a figure read whose final value may still fall either side of the bar


# a figure a poll of forecasters gives, told after it: '98.8% in February, according to a Reuters poll', 'a poll of
# economists showed', 'economists polled by Reuters'
# (not an official survey's release: 'according to the household survey', 'a government survey showed')
# an opinion poll giving the figure, told before it: 'A poll last week gave Museveni 58.64 percent of the vote'
_POLL_GAVE = re.compile(r"\b(?:polls?|opinion\s+polls?|surveys?)\b(?:\s+[\w'’,-]+){0,6}?\s+(?:gave|gives|give|showed|shows|show|"
                        r"put|puts|had|has|found|finds|find)\b", re.I)
_POLLED_AFTER = re.compile(r"^[^.;]{0,40}?(?:\baccording\s+to\s+(?:a|the|an)\s+(?:[\w'’-]+\s+){0,2}(?:polls?|consensus)\b"
                           r"|\baccording\s+to\s+(?:a|the|an)\s+(?:[\w'’-]+\s+){0,2}surveys?\s+of\s+(?:economists|analysts|forecasters)\b"
                           r"|\ba\s+(?:[\w'’-]+\s+){0,2}poll\s+(?:of\s+[\w-]+\s+)?(?:showed|found|shows|finds)\b"
                           r"|\b(?:economists|analysts|forecasters)\s+(?:polled|surveyed)\b)", re.I)


# a figure told as the one compared with: 'compared to 6.1% in last quarter', 'compared with growth of 0.7% in the
# three months to June', 'as against 5.2 per cent', 'versus 2.1%'
_COMPARED = re.compile(r"\b(?:compared\s+(?:to|with)|as\s+against|versus|vs\.?)\s+(?:(?:an?|the|its)\s+)?"
                       r"(?:(?!of\b)[\w-]+\s+){0,2}?(?:of\s+)?(?:an?\s+)?$", re.I)


# a change told as a fall by its verb ('contracted 0.3%', 'fell 2%'; 'output collapses by 20.4%', 'plunged 9.5%'),
# not a level the fall reached ('fell to 4.2%')
_FALL = re.compile(r"\b(contract\w*|shr[aiu]nk\w*|declin\w*|fell|fall\w*|drop\w*|collaps\w*|plung\w*|plummet\w*|"
                   r"slump\w*|tumbl\w*|sank|sink\w*|crash\w*|decreas\w*|slipp\w*|slid\w*|dipp\w*|down(?=\s+by\s+$))\b(?!.*\bto\b)[^.]*$")  # 'GDP down by 0.3%'


# a statistic's figure told below zero by a word: 'negative inflation of 0.2%', 'negative growth of 0.1 percent'
# a noun of rising right after the figure ('a surprise 0.3 percent rise in France', 'followed 0.3 per cent growth',
# 'reversing a 0.5 percent gain') tells the figure's own direction: a fall word before it is another figure's
_RISE_AFTER = re.compile(r"\s*(?:rise|increase|gain|growth|expansion|jump|rebound)\b", re.I)
_NEGATIVE_OF = re.compile(r"\bnegative\s+(?:[a-z-]+\s+){1,2}of\s+$", re.I)


# a sentence that breaks the statistic down ('By price category, seasonal items rose 5.7%', 'Broken down by region, …')
_BREAKDOWN = re.compile(r"\s*(?:broken\s+down\s+)?by\s+(?:price\s+|spending\s+|main\s+|expenditure\s+)?(?:categor(?:y|ies)|"
                        r"divisions?|components?|sectors?|regions?|groups?|items?|types?|products?|provinces?|states?)\s*,", re.I)
# a goal for the figure, named in its clause before it ('The annual inflation target … was at 15%')
_TARGET = re.compile(r"\b(?:target|goal|objective|ceiling)\b(?=[^.;%\d]{0,40}$)", re.I)


def _bar(ctx: MarketContext) -> quantities.Required:
    """The market's bar; a statistic's bar without a stated edge is strict unless the question says
    'or higher' or 'at least'."""
    t = ctx.target
    bar = quantities.Required(t.threshold, t.threshold_direction, bool(t.threshold_inclusive), t.threshold_unit or "")
    if t.single_value and t.threshold_inclusive is None:
        bar = quantities.Required(t.threshold, t.threshold_direction, bool(re.search(
            r"\bor\s+(higher|more|above|greater|lower|less|below)\b|\bat\s+least\b|\b(?:reach|reaches|hit|hits|meet|meets)\b",
            ctx.market.question, re.I)), bar.unit)  # 'reach the government's 5% target': 5.0% reaches it
    return bar


def reported_figure(ctx: MarketContext, f: SentenceFacts, m: re.Match[str], value: float,
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
    # ('won the polls by 61.07% of valid votes cast': a share of the votes after 'by', not a move)
    by = "" if change or vote_bases.share_of_votes(f.sent.text, m.end()) or figures.sides_pair(f.sent.text, m) else r"|by(?:\s+(?:just|only|a\s+further|another))?"
    lead_words = r"from|than|the|since|last|previous(?:ly)?|expected|forecast" + by
    own_change = own_period_change(ctx, f.sent.text, m) if statistic else None  # 'The 0.3% fall in Q4'
    bar = _bar(ctx)
    # 'securing over 50 percent': a bound, not a value; the words before it are read as before a figure
    bound = None if moved_to or released else figure_bounds.bound_before(lead)
    head = lead[:bound.start] if bound else lead
    if not unchanged and not own_change and re.search(rf"\b(?:{lead_words})\s+(?:an?\s+)?$", head) or _REVISED.search(head) \
            or (not bound and approximate(lead) and not moved_to and not released):
        return []  # a prior level, a move, a bar, a forecast, a revision or a rough figure, not the reported one
    told = value
    if bound and figure_bounds.level_word(bound) and statistic and _FALL.search(re.split(r"[;:]\s", head)[-1]):
        pass  # 'could drop below 7 percent': a level the fall reached, not a fall of 7
    elif statistic and _FALL.search(re.split(r"[;:]\s", lead)[-1]) and \
            not re.search(r"\bto\s+(?:an?\s+)?$", lead) and not _RISE_AFTER.match(f.sent.text, m.end()):
        value = -abs(value)  # "contracted at a 0.3% rate", "fell 2%": a change, negative ('contracts -0.1%' too)
        fall = f" (a fall: {value:g})"
    elif statistic and _NEGATIVE_OF.search(lead):
        value = -abs(value)  # 'negative inflation of 0.2%': a rate below zero told by a word
        fall = f" (below zero: {value:g}, read as '{_NEGATIVE_OF.search(lead).group(0).strip()}')"
    elif own_change and own_change[1] < 0:
        value = -abs(value)
        fall = f" (a fall: {value:g}, read as '{own_change[0]}')"
    elif statistic and (told_fall := period_changes.fall_told(lead, f.sent.text, m.end())) and \
            not re.search(r"\bto\s+(?:an?\s+)?$", lead):
        if not change:
            return []  # 'fell to 4.1%, down 0.1 percentage point': a move of a level, not the level the market reads
        value = -abs(value)  # 'down 1.0 percent from the previous month', 'a provisional 0.4 per cent contraction'
        fall = f" (a fall: {value:g}, read as '{told_fall}')"
    elif value < 0:
        fall = f" (below zero: {value:g})"  # 'to -0.10%'
    if bound and value != told:
        bound = figure_bounds.negated(bound)  # 'fell more than 2%': a change below -2
    reach = figure_words.approach_reach(value, figure_words.written(m)) if value == told else None
    bounded = figure_bounds.settles(bound, value, bar.value, bar.direction, bar.inclusive, reach) if bound else None
    if bound and bounded is None:
        return []  # 'over 49 percent' says nothing of '> 50%'
    if statistic and period_changes.margin(f.sent.text, m.start()):
        return [cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' is the margin of error told with the figure before it, "
                     "not a figure reported")]
    base = period_changes.longer_base(ctx.market.question, ctx.market.criteria, indicators.statistic_period(
        ctx.market.question, ctx.market.criteria), f.sent.text, m.end()) if statistic else None
    if base:
        return [cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' is a change measured '{base}', not from the period "
                     "right before, which the market reads")]
    other_stat = period_changes.other_statistic(ctx.market.question, f.sent.text, m.start()) if statistic else None
    if other_stat:
        return [cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' is the figure of {other_stat}, another statistic "
                     "named before it in its clause")]
    if statistic and _other_cut(ctx, f):
        return []  # the headline rate, for a market on the core rate (or the reverse)
    if statistic and _earlier_reading(f.sent.text, m):
        return [cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' is the earlier reading ('{_earlier_reading(f.sent.text, m)}'),"
                     " not the one for the market's period")]
    revision = later_revision(ctx, f.sent.text, m) if statistic else None
    if revision:
        return [cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' is a later revision, told beside the first release "
                     f"('{revision}'): the market reads the first release only")]
    if statistic and unannualised(ctx, f, m):
        return [cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' is told with no annual rate, in a report that gives "
                     "the annualised figure elsewhere: the quarter's own change, not the annualised rate the market reads")]
    lo, hi = stretch_bounds(f.sent.text, m.start(), m.end()) if statistic else (0, 0)
    scale = annual_figures.rate_base(ctx.market.question, ctx.market.criteria, f.sent.text, lo, m.start(), m.end(),
                                     hi) if statistic else None
    if scale:  # 'shrank at an annualised rate of 1.9%' for a market on the change from the quarter before
        return [cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' is told '{scale}': another measure of the quarter's "
                     "change than the market's")]
    if statistic and _COMPARED.search(lead):
        return [cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' is told as the figure compared with "
                     f"('{_COMPARED.search(lead).group(0).strip()}'), not the one reported")]
    measure = other_measure(ctx, f.sent.text, m) if statistic else None
    if measure:
        return [cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' is another measure than the market's 12-month change "
                     f"('{measure}')")]
    if statistic and annual_figures.annual_label(ctx.market.question, f.sent.text, m.start(), m.end()):
        return [cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' is labelled as the 12-month rate, not the month's "
                     "own change the market reads")]
    running = annual_figures.cumulative_label(ctx.market.question, ctx.market.criteria, f.sent.text, m.start(),
                                              m.end()) if statistic else None
    if running:
        return [cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' is a running total ('{running}'), not the "
                     "period's figure the market reads")]
    if statistic and (part := _BREAKDOWN.match(f.sent.text)):
        return [cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' is told in a breakdown ('{part.group(0).strip(' ,')}'): "
                     "a part's figure, not the whole statistic's")]
    if statistic and _TARGET.search(f.sent.text[:m.start()]):
        return [cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' is a target ('{_TARGET.search(f.sent.text[:m.start()]).group(0)}'), "
                     "not a figure reported")]
    asks_annual = statistic and annual_figures.asked(ctx.market.question, ctx.market.criteria)
    month = annual_figures.month_label(f.sent.text, m.start(), m.end()) if asks_annual else None
    if month:
        return [cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' is the month's own change ('{month}'), not the "
                     "12-month rate the market reads")]
    base = annual_figures.short_base(f.sent.text, m.start(), m.end(), ctx.market.question) if asks_annual else None
    if base:
        return [cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' is a change from the month or quarter before "
                     f"('{base}'), not the 12-month or annual rate the market reads")]
    annual = annual_figures.told_beside(f.article.title, f.article.text, f.sent.index, f.sent.headline, f.sent.text, m,
                                        value) if asks_annual else None
    if annual:
        return [cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' is another measure: the 12-month figure is told "
                     f"beside it ('{annual}')")]
    # 'unchanged from … in August' dates the earlier figure, this one too; 'remained steady at 6.7% in July 2023' dates this one
    unchanged_from = unchanged and re.search(r"\b(?:from|with)\s+(?:an?\s+)?$", lead)
    other = other_period(ctx, f.sent.text, m) if statistic and not unchanged_from else None
    if other:
        return [cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' is the figure for '{other}', another period than "
                     "the market's")]
    index = other_index(ctx, f.sent.text, m) if statistic else None
    if index:
        return [cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' is the {index} figure, another index than the "
                     "market's")]
    names = indicators.indicator_names(ctx.market.question) if statistic else ()
    variant = indicators.sub_series(f.sent.text, m.start(), names, ctx.market.question,
                                    stretch_bounds(f.sent.text, m.start(), m.end())[0]) if names else None
    variant = variant or (indicators.other_price_index(f.sent.text, lo, m.start(), ctx.market.question) if names else None)
    if variant:
        return [cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' is the {variant.lower()} figure, a sub-series the "
                     f"question does not name: not the figure the market reads")]
    if statistic and not change and _MONTHLY.search(f.sent.text) and not re.search(r"\bmonth", ctx.market.question, re.I) \
            and not annual_figures.monthly_elsewhere(f.sent.text, m.start(), m.end(), _MONTHLY):
        return []  # a month-on-month change, for a market on the annual rate
    before = f.sent.text[:m.start() - len(approximate(lead) or "") - 1] if released else f.sent.text[:m.start()]
    if _FORECAST.search(_RELEASE_ESTIMATE.sub(" ", _AS_EXPECTED.sub(" ", before))) or \
            _POLLED_AFTER.search(f.sent.text[m.end():m.end() + 80]) or ("oll" in before or "urvey" in before) and \
            _POLL_GAVE.search(before[-90:]):
        return []  # what was predicted ('is seen at 98.8%', '…, according to a Reuters poll'), not what was reported
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
    if who is None and sources:
        who = attribution.own_release(f.sent.text, m.start(), f.article.url, sources)  # 'We have revised …', on its own site

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
    # 'the first time since 2011 that …': a year after 'since' is the past the figure is compared with, not its occasion
    named = [int(y) for y in re.findall(r"(?<!\bsince\s)\b(?:19|20)\d\d\b", f.sent.text[:m.start()])]
    if not statistic and years and named and not set(named) & set(years):
        return []  # 'In 2019 the ANC obtained 57.5%': a figure for another occasion
    after_year = told_periods.other_year_after(years[0], f.sent.text, m.end(), len(f.sent.text)) \
        if not statistic and len(set(years)) == 1 else None
    if after_year:  # 'the ANC gets 40 percent of the vote in the 2019 elections' for the 2024 election
        return [cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' is told '{after_year}', another occasion than the "
                     "market's")]
    other_round = None if statistic else first_rounds.other_round_figure(ctx.market.question, f.sent.text, m.start())
    if other_round:
        return [cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' is told of '{other_round}', another round than the "
                     "market's")]  # 'Pavel won 35.4 percent of the vote in the first round', for the runoff's share
    span = _figure_span(ctx, f, i, m)
    deadline = ctx.market.deadline
    if unchanged and span is not None and t.window_start and span.ends_before(t.window_start):
        span = None  # 'unchanged from a 3.7% increase in August': the date is the earlier period's
    pub = f.article.published
    if span is not None and not statistic and t.window_start is not None and pub < t.window_start \
            and span.start.date() > pub.date():
        # 'Rousseff won 46.9 percent of the vote and will face Serra in a runoff on Oct. 31': a figure reported in an
        # article before the market's occasion is not that occasion's, whatever later day the sentence names
        return [cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' was reported before the market's occasion "
                     f"({t.window_start:%d %b %Y}); '{span.text}' is a day still to come, not the figure's",
                     f"published {pub:%a %d %b %Y}")]
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
        elif statistic and span.start.date() > t.window_start.date() + timedelta(days=31) and \
                (own := own_span(ctx, f.sent.text, m)):  # 'in the three months ended in June': the quarter itself
            dating, when = f"the period '{own}' is the market's quarter", ""
        elif statistic and span.start.date() > t.window_start.date() + timedelta(days=31):
            return []
        else:
            dating = span.explanation
            when = f" for {span.text}"
    elif statistic:
        named = _period_named(ctx, f) or (f"the period '{own}' is the market's quarter" if (own := own_span(ctx, f.sent.text, m))
                                          else None)  # 'in the three months to June'
        if not named:
            return []
        dating, when = f"{named}: a figure for that period, released by the deadline", ""
    elif period_final and set(named) & set(years):
        dating = (f"the final figure of the market's {sorted(set(named) & set(years))[0]} period "
                  f"('{_FINAL_FOR_PERIOD.search(f.sent.text[:m.start()]).group(0).strip()}'), reported after it ended")
        when = ""
    else:
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
    done = quantities.FINAL if statistic or not _TALLIED.search(ctx.market.question) or \
        _PARTIAL_OK.search(ctx.market.criteria) else \
        quantities.completeness(
        quantities.context_texts(f.article.title, f.article.text, f.sent.index, f.sent.headline))
    night = None if statistic or not done.final or done.cue else vote_night.cue(
        ctx.market.question, ctx.market.criteria, bar.unit, pub, t.window_start)
    if night:  # 'At print deadline on Saturday night, … 44.97 per cent voting "yes"' on the referendum's day
        done = Completeness(None, night)
    body = attribution.named_body(ctx, f.sent.text) if done.share is None and done.cue else None
    floor = accepted_count(ctx.market.criteria, done)
    share_counted = done.share
    if body or floor:
        done = quantities.FINAL  # 'provisional results announced by the Independent Electoral Commission'
    lo, hi, arithmetic = quantities.final_range(value, bar.unit, done)
    if body:
        arithmetic = f"'{body}', the body the criteria name, announced it: its figure is the one the market reads"
    elif floor:
        arithmetic = f"{share_counted:g}% counted, and the criteria settle on results '{floor}': its figure is the one " \
                     "the market reads"
    yes = quantities.settled(bar, lo, hi)
    if bound:  # the bound's half-line settles a final figure; a partial one only when both readings agree
        yes = bounded if lo == hi or yes == bounded else None
    told = f"{bound.phrase} {m.group().strip()}" if bound else m.group().strip()
    figure = f"'{told}'{fall}{when}" + (f" ({owner}'s)" if owner else "") + (
        f" (a bound: {bound.describe(value, reach)})" if bound else "")
    w = settings.weights.threshold_crossed
    if yes is None:
        return [cite(f, NAME, "none", 0.0, f"figure {figure} {UNSETTLED} {bar.describe()}: {arithmetic}", dating)]
    how = f"; {arithmetic}" if arithmetic else ""
    # a statistic is published: 'the Labor Department reported' is its release, not a hedge
    ignore = _RELEASE_VERBS if (statistic and _NAMED_RELEASE.search(f.sent.text)) or sources else frozenset()
    if yes:
        return [hedged.weaken(f, i, NAME, "yes", w, f"reported figure {figure} meets {bar.describe()}{how}",
                              settings, dating, ignore)]
    if (precise := rounded_figures.precise_value(f.article, value, bar)) is not None:
        return [cite(f, NAME, "none", 0.0, f"figure {figure} is the article's '{precise}' rounded: read that figure, "
                                           f"not the round one, against {bar.describe()}", dating)]
    return [hedged.weaken(f, i, MISSED, "no", -w, f"reported figure {figure} does not meet {bar.describe()}{how}",
                          settings, dating, ignore)]
