"""Threshold crossed: for a numeric market ('Will Bitcoin trade above $100,000 …?'), a
sentence reporting a value on the market's side of the threshold, moving in its direction,
inside the window → toward yes. Values dated outside the window are noted, not counted. A market
settled by one report for a named occasion reads each figure through rules/reported_figure.py."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import approval_shares, clause_owners, company_measures, component_cuts, exchange_rates, indian_scales, contrasted_figures, figure_bounds, figure_words, figures, final_level, full_levels, indicators, joint_counts, market_bets, missed_bars, move_sizes, \
    goal_figures, offer_prices, other_measures, possessed_figures, quantities, rate_series, required_figures, running_totals, sale_prices, slug_figures, told_levels, told_ranges, turnouts, unit_names, validated_figures, vote_bases, wider_totals
from ..added_parts import added_part
from ..dated_asides import dated_aside as _dated_aside
from ..infinitive_forecasts import headline_level
from ..prospective_levels import governed, prospect
from ..denied_figures import denied
from ..excluded_figures import NOT_READ, excluded_kind
from ..level_change import holds_through
from ..whole_counts import whole_of_parts
from ..analysis import MarketContext, SentenceFacts, event_time, negation
from ..text import conditional_clause
from ..timex import runs_past
from ..settings import EngineSettings
from ..types import Contribution
from . import figure_conflicts, first_since, hedged, opening_grosses, side_share, vote_share
from .base import cite
from .figure_owners import _common, _winner_named
from .reported_figure import MISSED, NAME, UNSETTLED, reported_figure
from .threshold_figures import (
    _BEYOND_DOWN, _BEYOND_UP, _CAT_WORDS, _CLOSE_LEVEL, _FINAL_FOR_PERIOD, _NAMED_RELEASE, _NEAR_MISS, _PHYSICAL, _QUAKE,
    _RELEASE_VERBS, closing_market, stretch_bounds,
    _SO_FAR, _TOTAL, _VALUE, _about_subject, _count_unit, _direction, _in_act_clause, _intraday, _measure_named,
    _names_statistic, other_scope, spelling, year_end,
)
from ..session_ends import weekday_sessions
from .figure_stretch import _other_places, _stretch, headline_places

# a figure dated by a period that starts by the deadline and ends after it, in a report published after the
# deadline: read, but not placed on or before it; a passed deadline's silence cannot say no while it stands
STRADDLES = "dated by a period that runs past the deadline"

# the move's size in figures ('by 25 basis points to') or in words ('by a quarter-point to', 'by half a
# percentage point to', 'by three quarters of a percentage point to')
_MOVE_BY = re.compile(r"\bby\s+(?:a\s+|another\s+|a\s+further\s+)?(?:\d[\d.]*\s*(?:basis\s+points?|bps?|percentage\s+points?|%|"
                      r"per\s*cent|percent)|(?:a\s+|an\s+)?(?:quarter|half|three[\s-]quarters?)[\s-]+(?:of\s+)?(?:a\s+)?"
                      r"(?:percentage[\s-]+)?point|a\s+(?:full\s+)?percentage[\s-]+point)\s+to\s+$", re.I)
_ADDED = re.compile(r"\b(?:another|an?\s+(?:additional|further|extra))\s+$", re.I)


def _in_name(question: str, text: str, m: re.Match[str]) -> bool:
    """The number is part of a name the question writes the same way ('the FTSE 100', 'the
    S&P 500', 'the ASX 200'): the capitalised word right before it, with it, is in the question."""
    prev = re.search(r"([A-Z][\w&/.-]*)\s+$", text[max(0, m.start() - 30):m.start()])
    if not prev:
        return False
    return _name_in_question(question, prev.group(1).split("/")[-1], m.group("plain"))


@lru_cache(maxsize=8192)
def _values(text: str) -> tuple[re.Match[str], ...]:
    """The figures of a sentence (_VALUE), matched once per text: a wire story's line is read in many articles."""
    return tuple(_VALUE.finditer(text))


@lru_cache(maxsize=8192)
def _name_in_question(question: str, name: str, number: str) -> bool:
    """'FTSE 100' written so in the question (memoised: each pair would otherwise be a new pattern
    to compile, sentence after sentence)."""
    k = question.find(name)
    while k >= 0:  # r"\bNAME\s+NUMBER(?![\d,.])", without a pattern to compile for each pair
        rest = question[k + len(name):]
        gap = len(rest) - len(rest.lstrip())
        after = rest[gap + len(number):gap + len(number) + 1]
        starts_word = k == 0 or not (question[k - 1].isalnum() or question[k - 1] == "_")
        if starts_word and gap and rest.startswith(number, gap) and not (after.isdigit() or after in (",", ".")):
            return True
        k = question.find(name, k + 1)
    return False


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
        found = reported_figure(ctx, f, m, float(a + b), settings)
        if any(c.direction != "none" for c in found):
            return [c.model_copy(update={"reason": f"{c.reason} — final score {a}-{b}: {a} + {b} = {a + b}"})
                    for c in found]
    return []


def _bound_settles(t, text: str, m: re.Match[str], value: float) -> bool:
    """A figure only neared that is also a bound ('won nearly 50 percent': strictly below 50) for a
    market read on one occasion's figure: the bound may miss the bar (reported_figure reads it)."""
    if not (t.single_value or t.occasion == "one") or t.threshold is None:
        return False
    bound = figure_bounds.bound_before(text[max(0, m.start() - 40):m.start()].lower())
    return bound is not None and figure_bounds.settles(bound, value, t.threshold, t.threshold_direction,
                                                       t.threshold_inclusive is not False,
                                                       figure_words.approach_reach(value, figure_words.written(m))) is not None


def _rough_at_bar(ctx: MarketContext, text: str, m: re.Match[str], value: float) -> str | None:
    """A rough figure ('about $50,000', 'around 5%') whose rounding spans the bar: the true value may
    lie on either side of it, so the figure settles neither (figure_words.rough_range). A note's
    reason, else None."""
    word = figure_words.rough(text[max(0, m.start() - 30):m.start()])
    if word is None or figure_words.change_bar(ctx.market.question):
        return None
    digits = figure_words.written(m)
    if digits is None:
        return None
    lo, hi = figure_words.rough_range(value, digits)
    bar = _bar(ctx.target)
    if bar.met_by(lo) == bar.met_by(hi):
        return None
    return (f"'{word} {m.group().strip()}' is a rough figure, anywhere from {lo:,.6g} to {hi:,.6g}: on both sides of "
            f"{bar.describe()}, so it {UNSETTLED} the market")


def _bar(t) -> quantities.Required:
    return quantities.Required(t.threshold, t.threshold_direction or "above", t.threshold_inclusive is not False,
                               t.threshold_unit or "")


def _final_level(ctx: MarketContext, f: SentenceFacts, kept: tuple[int, float, str],
                 settings: EngineSettings) -> Contribution:
    """The level kept at the body's final decision of the year is the level on the market's date."""
    i, value, why = kept
    bar = final_level.bar_of(ctx)
    met = bar.met_by(value)
    reason = (f"at {value:g}% from the final decision of the year, none left before the market's date: "
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
    if (full := full_levels.crossed(ctx, f, settings, NAME) or missed_bars.missed(ctx, f, settings, MISSED)) is not None:
        return [full]  # 'running at its full rated capacity' for 100%; 'failed to clear the 3 percent threshold' for 3%
    text = f.sent.text
    if t.threshold_unit == quantities.SCORE_TOTAL:
        return _score_total(ctx, f, settings)
    notes: list[Contribution] = []
    decided: list[tuple[re.Match[str], list[Contribution]]] = []  # figures read as the market's own (figure_conflicts.py)
    count_unit = t.threshold_unit not in (None, "", "percent", "bps") + quantities.CURRENCY_UNITS
    reported = unit_names.reported_things((ctx.market.question, ctx.market.criteria), t.threshold_unit) \
        if count_unit else frozenset()
    for m in _values(text):
        if m.group("cur"):
            if t.threshold_unit not in quantities.CURRENCY_UNITS or \
                    quantities.currency_unit(m.group("cur")) not in (None, t.threshold_unit):
                continue  # a figure in another currency ('Rs 456' for a market in dollars)
            mult = (m.group("mult") or "").lower()
            value = float(m.group("num").replace(",", "")) * {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9, "trillion": 1e12}.get(mult, 1)
            value = indian_scales.in_bar_units(ctx.market.question, t.threshold, value, text, m.end()) if t.threshold_unit == "inr" else value  # 'Rs 10 lakh crore'
        elif m.group("wcur"):  # '26.5 euros per share': the currency named after the number
            if t.threshold_unit != {"e": "eur", "p": "gbp"}.get(m.group("wcur")[:1].lower(), "usd"):  # '65 million pounds'
                continue
            value = float(m.group("wnum").replace(",", "")) * {"million": 1e6, "bn": 1e9, "billion": 1e9, "trillion": 1e12}.get(
                (m.group("wmult") or "").lower(), 1)
        elif m.group("pnum"):
            if t.threshold_unit != ("bps" if m.group("pct").lower().startswith(("b", "basis")) else "percent"):
                continue  # '50 basis points' is the size of a move, not a level in percent
            value = float(m.group("pnum").replace(",", "."))  # '44,08 %': a decimal comma
            value = slug_figures.restored(f.sent.headline, m.group("pnum"), f.article.text or "") or value  # '175 percent'
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
        elif m.group("mnum"):
            if t.threshold_unit != "magnitude":
                continue
            value = float(m.group("mnum"))
        elif t.threshold_unit == "magnitude":
            if not (re.fullmatch(r"\d\.\d+", m.group("plain")) and _QUAKE.search(text)):
                continue  # a magnitude is written 7.4, in a sentence about the quake's strength
            value = float(m.group("plain"))
        else:
            if len(re.sub(r"[,\s]", "", m.group("plain"))) == 4 and m.group("plain").startswith(("19", "20")):
                continue  # never a year
            if _in_name(ctx.market.question, text, m):
                continue  # 'FTSE 100', 'S&P/ASX 200': a number in the index's name, as the question writes it
            if figure_words.day_of_month(text, m.start(), m.end()) or figure_words.clock_time(text, m.start(), m.end()):
                continue  # 'July 22', '2 July', '15:00': a day of a month or a time of day, never a level or a count
            measure = _PHYSICAL.match(text, m.end())
            if measure and spelling(measure.group(1)).rstrip("s") not in spelling(t.threshold_unit or ""):
                continue  # 'over 100km away': a distance (a measure), not the count or level asked
            if count_unit and not _count_unit(t, text, m, reported) and not (measure and t.threshold_unit in quantities.SCALES) \
                    and not figure_words.scale_mark(t.threshold_unit, text, m.end()):
                continue  # a count needs its noun; a measure its unit ('6.30m' for a bar in metres)
            rupees = t.threshold_unit == "inr" and indian_scales.scaled(text, m.end("plain")) is not None  # '1000 crores plus'
            if t.threshold_unit and not count_unit and not rupees and not figure_words.scale_mark(t.threshold_unit, text, m.end()):
                continue  # a bare number only for unitless thresholds (index points) and counts
            value = float(re.sub(r"[,\s]", "", m.group("plain")))  # '2 384': thousands set off by a space
            value = indian_scales.in_bar_units(ctx.market.question, t.threshold, value, text, m.end("plain")) if rupees else value * {"k": 1e3, "thousand": 1e3, "million": 1e6, "billion": 1e9, "bn": 1e9, "lakh": 1e5, "crore": 1e7}.get((m.group("pmult") or "").lower().rstrip("s"), 1)  # '22K jobs', '2 million cases'
        if other := other_measures.other_measure(ctx, text, m, stretch_bounds(text, m.start(), m.end())[0]):
            notes.append(cite(f, NAME, "none", 0.0, other))  # another rate, place or count (other_measures.py)
            continue
        cut = component_cuts.component_cut(ctx.market.question, text, m.start(), m.end())
        if cut:
            notes.append(cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' is told '{cut}': a measure with a part left "
                              "out, not the whole one the market reads"))
            continue
        added = added_part(ctx.market.criteria or "", text, m.start(), m.end(), f.article.text)
        if added:  # 'with the buyers premium the price is $119,922,500' for a hammer price excluding it
            notes.append(cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' is told '{added}': a wider measure, "
                              "with a part the criteria leave out"))
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
        bar_set = figure_words.required_bar(ctx.market.question, text[max(0, m.start() - 160):m.start()]) \
            or goal_figures.goal_before(ctx.market.question, text[:m.start()]) or required_figures.modal_bar(ctx.market.question, text, m.start(), m.end())
        if bar_set:
            notes.append(cite(f, NAME, "none", 0.0, f"'{bar_set} {m.group().strip()}' is a bar set, not a level reported"))
            continue
        if figure_words.reference_price(text[max(0, m.start() - 60):m.start()]) and \
                not offer_prices.asks_pricing(ctx.market.question):
            continue
        if offer_prices.asks_pricing(ctx.market.question) and not offer_prices.price_told(text, m.start()):
            notes.append(cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' is not told as the price the offering was "
                              "set at (a level, a range, a bid, or a price still ahead): the market reads that price only"))
            continue  # 'the initial public offering price of $46': the bar's reference, not a level reached
        aside = figure_words.aside(ctx.market.question, text, m.end())
        if aside:  # 'its 2% target', '0.2% in services'
            notes.append(cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' {aside}"))
            continue
        whole = whole_of_parts(ctx.market.question, text, m.start(), m.end())
        if whole:  # 'have reached 2,636, of which 1,061 are deaths and 1,575 injuries' for a death toll
            notes.append(cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' is a wider count broken down into parts "
                              f"('{whole}'): the market's count is the part named so, not the whole"))
            continue
        joint = joint_counts.joint_count(ctx.market.question, text, m.start(), m.end())
        if joint:  # 'The number of people killed or injured … has risen to 2,636' for a death toll
            notes.append(cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' counts the '{joint}' together: a wider "
                              "count than the market's"))
            continue
        open_end = figure_words.open_bound(_bar(t).met_by, value, text, m.end())
        if open_end:  # 'stuck at 7.8 percent or above since September' for a bar of 7.8% or lower
            notes.append(cite(f, NAME, "none", 0.0, f"'{m.group().strip()} {open_end}' is one end of a range on both "
                              f"sides of {_bar(t).describe()}: no level reported"))
            continue
        bet = market_bets.bet_on(text, m.start())
        if bet:  # 'Markets are betting on rates hitting 4.5 per cent by year-end': a view priced, not a figure
            notes.append(cite(f, NAME, "none", 0.0, f"'{bet} … {m.group().strip()}': a figure traders bet on or price "
                              "in, not one reported"))
            continue
        near = figure_words.approached(text[max(0, m.start() - 60):m.start()])
        if near and not figure_words.approach_settles(t.threshold_direction or "above", _bar(t).met_by, value,
                                                      figure_words.written(m)) \
                and not _bound_settles(t, text, m, value):
            notes.append(cite(f, NAME, "none", 0.0, f"'{near} {m.group().strip()}': the figure was neared, not reached: "
                              f"no report of {_bar(t).describe()}"))
            continue
        ahead = prospect(text[max(0, m.start() - 60):m.start()]) or governed(f.sent, f.sent.token_at(m.start())) \
            or headline_level(f.sent, f.sent.token_at(m.start()))  # 'Gold to top $1,500' (infinitive_forecasts.py)
        if ahead:  # 'Average gas price poised to hit $4 a gallon this week!': a level to come (prospective_levels.py)
            notes.append(cite(f, NAME, "none", 0.0, f"'{ahead} {m.group().strip()}' is a level still to come, not a "
                              "level reached"))
            continue
        rough = _rough_at_bar(ctx, text, m, value) or told_ranges.level_note(t, text, m, value, ctx.market.question)  # 'as many as 102'
        if rough:  # 'a record high of about $50,000' for a bar of $50,000 or more
            notes.append(cite(f, NAME, "none", 0.0, rough))
            continue
        measure = company_measures.other_measure(ctx.market.question, text, m.start())
        if measure:
            notes.append(cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' is told of '{measure}', another measure "
                              "than the market's"))
            continue  # 'Net income rose to $2.04 billion' for a market on revenue
        other = contrasted_figures.other_owner(text, m.start(), ctx.actor_patterns.values(), _common, t.actors)
        why = "its clause is set against another that tells of the market's subject" if other else possessed_figures.WHY
        if other or (other := possessed_figures.owner(ctx.market.question, text, m.start(), ctx.actor_patterns.values(), _common, t.actors)):
            notes.append(cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' is {other}'s figure: {why}"))
            continue  # 'Barbie raked in $162 million …, while Oppenheimer's … run started with $82 million'
        other = clause_owners.other_clause_owner(text, m.start(), ctx.actor_patterns.values(), _common, t.actors,
                                                 lambda name: _winner_named(ctx, f, name))
        if other:  # 'Oppenheimer finished second behind Barbie, which opened to $162 million'
            notes.append(cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' is {other}'s figure: the subject of its own "
                              "clause, in a sentence that tells of the market's subject in another"))
            continue
        other = None if f.actors or t.single_value or indicator else contrasted_figures.other_subject(
            text, m.start(), ctx.actor_patterns.values(), _common, t.actors, f"{f.article.title}\n{f.article.text}")
        if other:  # 'For comparison, Inside Out 2 scored … a $154 million opening weekend'
            notes.append(cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' is {other}'s figure: its clause tells of "
                              f"{other}, in a sentence that names not the market's subject"))
            continue
        if other_scope(ctx, text, m):
            continue  # 'a bigger hit overseas, grossing another $88.4 million': not the domestic figure
        if wider := wider_totals.wider(ctx.market.question, ctx.market.criteria, text, m.start(), m.end(), *stretch_bounds(text, m.start(), m.end())):
            notes.append(cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' is told as the {wider}: a wider whole than the place the market counts in"))
            continue  # 'bringing the storm's overall death toll to 157' for the U.S. toll
        if running := running_totals.running_total(ctx.market.question, text, m.start(), m.end()) if m.group("cur") else None:
            notes.append(cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' is told as a running total of the release "
                              f"('{running}'), not the weekend's gross the market reads"))
            continue  # 'crossed the $100 million domestic threshold yesterday' for a second weekend's gross
        if year_total := opening_grosses.yearly(ctx, text, m):  # '… gross $2 billion in a year' for an opening
            notes.append(cite(f, NAME, "none", 0.0, f"'{m.group().strip()} {year_total}' is a year's total, not the opening's"))
            continue
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
        places = _other_places(ctx, text, m) or headline_places(ctx, f, m)  # a headline's: as its lead tells it
        if places:
            notes.append(cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' is a total for {', '.join(places)} together, "
                              "not the market's own figure"))
            continue
        turnout = turnouts.told_as_turnout(ctx, text, m.start()) if m.group("pnum") else None
        if turnout:  # 'The voter turnout was 59.4 percent' for a market on the share voting in favour
            notes.append(cite(f, NAME, "none", 0.0, f"'{turnout}' is the vote's turnout, not the share the market reads"))
            continue
        roll = vote_bases.told_of_roll(ctx, text, m.end()) if m.group("pnum") else None
        if roll:  # 'equivalent to nearly 10 percent of the electorate' for a share of the votes
            notes.append(cite(f, NAME, "none", 0.0, f"'{m.group().strip()} {roll}' is a share of the electorate, not of the votes"))
            continue
        if m.group("pnum") and turnouts.told_while_voting(ctx, text):
            notes.append(cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' is a turnout told while the polls were open"))
            continue
        side = turnouts.told_as_side_share(ctx, text, m.end()) if m.group("pnum") else None
        if side:  # '91.3 percent of voters approving the deal' for a market on the turnout
            notes.append(cite(f, NAME, "none", 0.0, f"'{m.group().strip()} {side}' is a side's share of the vote, not the turnout"))
            continue
        kind = excluded_kind(ctx, f, m.start(), m.end())
        if kind:
            notes.append(cite(f, NAME, "none", 0.0, f"'{m.group().strip()}' {NOT_READ}: it is named with {kind[1]}"))
            continue
        before = text[max(0, m.start() - 45):m.start()]
        direction = exchange_rates.level_side(t, ctx.market, text, m) or _direction(before, t.threshold_direction)  # a rate, a state
        if figure_words.change_bar(ctx.market.question) and m.group("pnum"):
            direction = figure_words.after_direction(text[m.end():]) or direction  # 'closed 16% higher' for '15% above the IPO price'
            if direction == "below" and t.threshold_direction == "above":
                value = -value  # 'closed 16% lower': a fall, short of any rise
        if direction is None and _MOVE_BY.search(before):
            # 'lowered the … reverse repurchase rate by 25 basis points to 4.75 percent': its verb further back
            direction = _direction(text[max(0, m.start() - 120):m.start()], t.threshold_direction)
        direction = {True: t.threshold_direction, False: None}.get(move_sizes.same_way(ctx.market.question, text, m.start()), direction)
        sold = sale_prices.sale_price(t.act, before)  # 'sold for $236.4 million': the one price a sale fetched
        if _CLOSE_LEVEL.search(before) or sold or (count_unit and t.occasion == "path" and _TOTAL.search(before)
                                           and _SO_FAR.search(text)):
            direction = t.threshold_direction  # a close or a running total: its value alone says which side it is on
        elif direction is None and t.occasion == "path" and told_levels.level_told(ctx.market.question, text, m.start(), m.end()):
            direction = t.threshold_direction  # 'The current death toll is at 20', 'In all, 51 people died'
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
            found = reported_figure(ctx, f, m, value, settings, period_final)
            if any(c.direction != "none" for c in found):
                decided.append((m, found))  # the other figures still read: one may fall on the bar's other side
            else:
                notes += found
            continue
        if direction != t.threshold_direction:
            continue
        if direction == "below" and t.threshold < 0 < value and t.threshold_unit == "percent" and m.group("pnum"):
            value = -value  # 'tumbled 19 percent … to close at' for 'close down 15% or more': a fall of 19%
        bar = quantities.Required(t.threshold, t.threshold_direction,
                                  t.threshold_inclusive is not False, t.threshold_unit or "")
        beyond = bool((_BEYOND_UP if direction == "above" else _BEYOND_DOWN).search(before))
        crossed = bar.met_by(value) or (beyond and value == t.threshold)
        if not crossed:
            continue
        i = f.sent.token_at(m.start())
        if negation(f, i) or conditional_clause(f.sent, i) or figure_words.explained(text, m.end()) or \
                denied(text, m.end()):  # '… $155 million opening weekend was not quite that': taken back
            continue  # 'If the death toll does reach 10,000, that would be …': a hypothetical, not a report
        span = event_time(f, i)
        why = span.explanation
        deadline = ctx.market.deadline
        wording = f"'{before.strip().split()[-1] if before.strip() else ''} {m.group().strip()}' ({bar.describe()})"
        if (coming := prospect(before, future=True)) is not None:  # 'prices will likely top $4': told to come
            notes.append(cite(f, NAME, "none", 0.0, f"{wording} is told to come ('{coming}'): a forecast, not a level reached", why))
            continue
        tally = figure_words.occasions_tally(text, m.end()) if span.pos < 0 else None
        if tally:  # 'managed to finish the day above 14K on nine occasions': undated past levels
            notes.append(cite(f, NAME, "none", 0.0, f"{wording} is told '{tally}': a tally of occasions the sentence "
                              "does not date, not a level reported for its day", why))
            continue
        if span.starts_after(deadline) and span.pos < 0:  # an undated figure published after the deadline
            span = opening_grosses.opening_dated(ctx, f, m.start()) or span  # '… in its first weekend': the opening's
            why = span.explanation
        if span.starts_after(deadline):  # ('touches $30 for the first time since 2013': not in the window either)
            return [first_since.missed(f, wording, text, m.end(), value == t.threshold, t.window_start, settings, why)
                    or cite(f, NAME, "none", 0.0, f"{wording} reported, but dated after the deadline", why)]
        if closing_market(ctx.market.question):
            span = weekday_sessions(span)  # 'closed above 14,000 last week': a close falls on a weekday
            why = span.explanation
        if runs_past(span, deadline, f.article.published):  # read, set aside for its date alone: holds the deadline
            return [cite(f, NAME, "none", 0.0, f"{wording} reported, but {STRADDLES}, in a report published after "
                                               "it: not placed on or before the deadline", why)]
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
    if decided:
        return figure_conflicts.settle(ctx, f, decided)
    # an opening's gross short of the bar: the opening is one period, reported once (opening_grosses.py)
    return opening_grosses.missed(ctx, f, settings) or opening_grosses.crossed(ctx, f, settings) or \
        sorted(notes, key=lambda c: UNSETTLED not in c.reason)[:1]  # a figure left open first: it holds the deadline
