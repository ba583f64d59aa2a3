"""Rule 1 — confirmation: a sentence reports the counted act as done, affirmatively, inside
the market's window (not negated, not hedged, not conditional, not a plan) → toward yes. The
checks a mention must pass first are in confirmation_gates.py; a least count the market sets ('at
least 240 votes') is read in least_count.py."""

from __future__ import annotations

import re

from ..derive import magnitude_bps
from ..thresholds import move_from_levels
from ..analysis import MarketContext, SentenceFacts, event_time, negation
from ..settings import EngineSettings
from ..frames import MODALITY
from ..text import conditional_clause
from ..timex import TimeSpan, day_span, later_day_only, runs_past
from ..occasions import REPORT_DAYS, cut_off
from ..types import Contribution
from .. import announced_ahead, own_names
from .. import agreed_sums, assembly_tallies, favour_votes, arrived_elsewhere, celebrated_acts, chosen_others, clock_cut_offs, clocked_acts, zoned_clocks, place_departure, result_lines, \
    bill_numbers, dropped_races, named_competitions, won_takeovers, own_objects, shown_content, split_awards, subset_doers, undone_restarts
from .. import attributes, categories, complement, concessions, contests, count_verdicts, denied_reports, disputed_claims, durations, ended_acts, \
    final_step, margins, measured_with, mentions, narrowed, participial_clauses, parts, past_editions, places, \
    pending_deals, poll_sourced, preliminary_instruments, presupposed_acts, provisional_results, quantities, reached_figures, reduced_lengths, reversed_sides, ruled_predicates, said_clauses, themes, unanimity, \
    unasserted, upheld_results
from . import acknowledged_outcome, announced_verbs, result_counts, candidate_wins, death_counts, does_not_count, final_tally, hedged, medal_tally, \
    record_level, reported_count, rival_outcome, runoff_share, set_count, tally_lines, timed_performance, vote_tally, withdrawn_status
from .base import cite, earlier_note
from .headline_tense import body_tells_it_to_come
from .least_count import _count, _short_factor, _short_note, _short_of_bar
from .confirmation_gates import (
    AWARDED_TO, BEAT_RIVAL, BEGUN, CONCEDED_TO, CROWNED, ELECT_TITLE, IN_FORCE_PHRASES, NEW_HOLDER, OVERALL_MARGIN, OWN_DATE, UNDER_WAY, _about_market,
    _candidate_is_agent, _done_trigger, _not_done, _one_off, other_prize_note, _partial,
    _restricted, _role_mismatch,
)

NAME = "confirmation"


def _done_once_elsewise(ctx: MarketContext, f: SentenceFacts, span) -> bool:
    """'The center of Hurricane Maria made landfall … near Yabucoa, Puerto Rico, as a Category 4
    storm' for 'make landfall in Puerto Rico as a Category 5 hurricane': the one-occasion act
    (attributes.one_occasion), reported in a body sentence naming the market's place, dated in
    the window, with a weaker attribute: the occasion went the other way."""
    place = places.of_market(ctx.market.question)
    if f.sent.headline or not attributes.one_occasion(ctx.market.question):
        return False
    # the place named by the sentence, or by the headline above a sentence that locates the act nowhere:
    # 'Hurricane Ian made landfall at 3:10 p.m. …' under '… Hurricane Ian makes landfall in southwestern Florida'
    if not places.names_place(place, f.sent.text) and not (places.names_place(place, f.article.title)
                                                           and not places.located(f.sent.text)):
        return False
    ws = ctx.target.window_start
    return not span.starts_after(ctx.market.deadline) and not (ws is not None and span.ends_before(ws)) \
        and span.start.date() <= f.article.published.date()

def _magnitude(ctx: MarketContext, f: SentenceFacts, i: int) -> tuple[float, str] | None:
    """When the market needs a move of a given size: (factor, note). A smaller stated move
    does not count (factor 0); an unstated size counts half."""
    need = ctx.target.magnitude_bps
    if need is None:
        return None
    got = magnitude_bps(f.sent.text)
    levels = ""
    if got is None:
        got = move_from_levels(f.sent.text, f.sent.tokens[i].start + len(f.sent.tokens[i].text))
        levels = " (the gap between the levels it moved between)"
    if got is None:
        return 0.5, f"size not stated (the market needs {need:g} bp)"
    if got + 1e-9 < need:
        return 0.0, f"a {got:g} bp move, smaller than the {need:g} bp the market needs"
    if ctx.target.threshold_inclusive is False and got <= need + 1e-9:
        return 0.0, f"a {got:g} bp move, not more than the {need:g} bp the market needs"
    return 1.0, f"a {got:g} bp move{levels} (needs {need:g} bp)"


# An act told as done cannot have happened after the article that tells it: such a date is misread
# (a weekday taken forward, a later date of another clause), so the report is evidence to read.
MISDATED = "reported as done, but its date falls after the article that reports it: the date is misread"
# An act told as done, dated by a period that overlaps the window but is not inside it ('10 years
# ago' counted with slack, 'in October' for a deadline of 2 October): not placed in the window, but
# not outside it either, so the deadline's silence cannot say no while it stands (evaluate.py).
STRADDLES = "dated by a period that runs past the deadline"
UNANCHORED = "dated by a period that starts before the market's window"


def _edition_report(ctx: MarketContext, f: SentenceFacts, i: int, span) -> bool:
    """'Botafogo wins Copa Libertadores …' in an article of the morning after the final: a win of
    a named edition of a contest (one winner, decided once) told with no date of its own in an
    article published within REPORT_DAYS after the deadline is that edition's result."""
    t = ctx.target
    undated = f.nearest_span(i, dating_only=True) is None
    return undated and t.act == "win" and bool(t.candidate) and t.role_exclusive \
        and 0 <= (span.start.date() - ctx.market.deadline.date()).days <= REPORT_DAYS


def _done_then_planned(f: SentenceFacts, i: int, m) -> TimeSpan | None:
    """'has restarted Range Rover production lines in Solihull, with plans for all its sites to
    be back up and running by the end of next week': a done act (perfect or past) followed by a
    plan; the later date dates the plan, so the act is dated by the publication day."""
    if m.aspect != "done" or f.sent.headline or f.sent.tokens[i].lower in ("has", "have", "had"):
        return None  # an auxiliary is not the act ('has restarted')
    span = event_time(f, i)
    pub = f.article.published
    if span.start.date() <= pub.date() or span.pos <= f.sent.tokens[i].start:
        return None
    between = [t for t in f.sent.tokens if f.sent.tokens[i].start < t.start < span.pos]
    if not any(t.lemmas & MODALITY["planned"] for t in between):
        return None
    return day_span("", -1, pub.date(), pub.date(), pub.tzinfo,
                    f"a done act, the later '{span.text}' dates the plan after it: taken as the publication day "
                    f"{pub:%a %d %b %Y}")


def apply(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    return vote_tally.apply(ctx, f, settings) or reported_count.apply(ctx, f, settings) or death_counts.apply(ctx, f, settings) \
        or timed_performance.apply(ctx, f, settings) \
        or acknowledged_outcome.confirm(ctx, f, settings) or _apply_act(ctx, f, settings) or favour_votes.confirm(ctx, f, settings) \
        or announced_verbs.confirm(ctx, f, settings) or withdrawn_status.confirm(ctx, f, settings) \
        or runoff_share.apply(ctx, f, settings) or result_counts.result_count(ctx, f, settings) \
        or final_tally.apply(ctx, f, settings) or tally_lines.apply(ctx, f, settings) or medal_tally.apply(ctx, f, settings) \
        or _final_margin(ctx, f, settings) or _result_line(ctx, f, settings) or set_count.apply(ctx, f, settings) or record_level.apply(ctx, f, settings)


def _final_margin(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    """A margin market and a final score naming the candidate (margins.final_score)."""
    pat = ctx.candidate_pattern
    if ctx.target.kind != "event" or pat is None:
        return []
    found = margins.final_score(ctx.market.question, f.sent.text, lambda name: bool(pat.search(name)))
    if found is None:
        return []
    ok, _, why = found
    i = next((k for k, t in enumerate(f.sent.tokens) if t.lower == "final"), 0)
    if negation(f, i) or conditional_clause(f.sent, i):
        return []
    span = event_time(f, i)
    deadline = ctx.market.deadline
    undated = f.nearest_span(i, dating_only=True) is None
    late = span.starts_after(deadline) and not (undated and (span.start.date() - deadline.date()).days <= REPORT_DAYS)
    if late or (ctx.target.window_start and span.ends_before(ctx.target.window_start)):
        return []  # an undated final score published within days of the deadline is the contest's
    if ok:
        return [hedged.weaken(f, i, NAME, "yes", settings.weights.confirmation, why, settings, span.explanation)]
    return [cite(f, "magnitude_short", "no", -settings.weights.confirmation, f"{why}; a final score settles it",
                 span.explanation)]


def _result_line(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    """A margin market 'Will A beat B by …' and a report's result line naming the two sides alone
    ('Leinster 42-14 Ulster') in a report telling the match as over, published from the day before the deadline to REPORT_DAYS after it
    (result_lines.py): the winner's margin against the bar, both ways."""
    if ctx.target.kind != "event" or f.sent.headline or not result_lines.told_over(f.article.title, f.article.text):
        return []  # a live report's score lines may be interim ones
    found = result_lines.margin_of(ctx.market.question, f.sent.text)
    if found is None:
        return []
    margin, line = found
    deadline, pub = ctx.market.deadline, f.article.published.astimezone(ctx.market.deadline.tzinfo)
    if not -1 <= (pub.date() - deadline.date()).days <= REPORT_DAYS or \
            (ctx.target.window_start and pub < ctx.target.window_start):
        return []  # a line from another meeting of the two sides
    why = f"result line '{line}': a margin of {margin:g} for the side asked, in a report published " \
          f"{pub:%a %d %b %Y}, within {REPORT_DAYS} days of the deadline"
    if result_lines.meets(ctx.market.question, margin):
        return [cite(f, NAME, "yes", settings.weights.confirmation, why)]
    return [cite(f, "magnitude_short", "no", -settings.weights.confirmation, f"{why}; short of the margin asked")]


def _short_verdict(ctx: MarketContext, f: SentenceFacts, i: int, settings: EngineSettings) -> list[Contribution]:
    """A market on all n counts and a verdict given on fewer, the rest without conviction
    (count_verdicts.py), dated in the market's window: toward no."""
    if ctx.target.quantifier != "all" or negation(f, i) or conditional_clause(f.sent, i):
        return []
    why = count_verdicts.short_of_all(f.sent, i, parts.asked_count(ctx.market.question),
                                      f"{f.article.title}\n{f.article.text}")
    m = next((m for m in mentions.read(f.sent) if m.index == i), None)
    if why is None or m is None or not m.affirmed or m.aspect != "done":
        return []
    span = event_time(f, i)
    ws = ctx.target.window_start
    if span.starts_after(ctx.market.deadline) or (ws is not None and span.ends_before(ws)):
        return []
    return [cite(f, "magnitude_short", "no", -settings.weights.confirmation, why, span.explanation)]


def _own_words(ctx: MarketContext) -> set[str]:
    """The lowercased words of the market's object, terms and named parties, the nouns naming its head and the
    question's acronyms and numbers, less function words: what an object phrase shares with the market's thing
    (own_objects)."""
    t = ctx.target
    text = " ".join([t.object or "", *t.object_terms, *t.actors, t.candidate or ""])
    marks = re.findall(r"\b(?:[A-Z]{2,}|\d[\d,.]*)\b", ctx.market.question)  # the question's acronyms and numbers ('SB 1047')
    return {w for w in re.findall(r"[a-z0-9][a-z0-9'-]*", text.lower()) if len(w) > 1 and w not in _FUNCTION} \
        | set(ctx.object_head) | {m.lower() for m in marks}


_FUNCTION = frozenset({"the", "a", "an", "of", "to", "in", "on", "by", "at", "for", "be", "will", "its", "their", "and",
                       "or", "with", "from", "as", "is", "it"})


def _announced_ahead(ctx: MarketContext, f: SentenceFacts, i: int) -> str | None:
    """'The apex court announced that verdict will be declared …': the act announced as still to come."""
    words = announced_ahead.act_ahead(f.sent, i, ctx.act_verbs, frozenset(ctx.target.object_terms)) if i in f.act_idx else None
    return f"'{words}': the act is told to come, in what was announced, not done" if words else None


def _apply_act(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    # 'resulted in Christian Menefee defeating Amanda Edwards': the candidate's win told by its defeat of a rival
    beat = candidate_wins.candidate_won(ctx, f) if ctx.target.kind == "event" else None
    if ctx.target.kind == "event" and quantities.voter_count(ctx.target.quantity_unit) and ctx.target.quantity is not None \
            and f.act_noun_idx and ctx.target.object_terms and not _about_market(ctx, f) \
            and re.search(rf"\b{re.escape(ctx.target.object_terms[-1])}\b", f"{f.article.title}\n{f.article.text}", re.I):
        return result_counts.vote_split(ctx, f, settings)  # '57-43, short of the two-thirds needed for conviction': its object named before
    away = arrived_elsewhere.gone(ctx, f) if ctx.target.kind == "event" and place_departure.asked(
        ctx.target.act, (ctx.target.object or "").split()) and not _about_market(ctx, f) else None
    if away is not None:  # 'Meng Wanzhou returns to China' for 'leave Canada': gone to another country
        span = event_time(f, away[0])
        ws = ctx.target.window_start
        if span.starts_after(ctx.market.deadline) or (ws is not None and span.ends_before(ws)):
            return []
        return [hedged.weaken(f, away[0], NAME, "yes", settings.weights.confirmation, f"act reported as done: {away[1]}",
                              settings, span.explanation)]
    gave_up = dropped_races.exit_of(ctx.actor_patterns.get(ctx.target.actors[0]) if ctx.target.actors else None, f.sent) \
        if ctx.target.kind == "event" and dropped_races.asked(ctx.target.act, ctx.market.question) else None
    # ('announced Sunday he is suspending his campaign' for 'drop out of the … race': the campaign given up)
    gave_up = gave_up or won_takeovers.win_of(ctx, f)  # 'has won control of … GKN' for winning the takeover battle
    if ctx.target.kind != "event" or not (_about_market(ctx, f) or beat is not None or gave_up is not None):
        return []
    if ctx.target.candidate and rival_outcome.candidate_beaten(ctx, f, surprise=True) is not None:
        return []  # the candidate is named as the loser ('Wawrinka stuns Djokovic to win …')
    if reversed_sides.doer_beaten(ctx, f) is not None or reversed_sides.doer_as_object(ctx, f) is not None:
        return []  # 'Julia Gillard defeats Kevin Rudd': the market's doer was beaten (opposite_outcome)
    if ctx.target.candidate and rival_outcome.partial_win(ctx, f):
        return [cite(f, NAME, "none", 0.0, "a stage of the contest (a round, a runoff), not the outcome the market asks")]
    if quantities.voter_count(ctx.target.quantity_unit) and ctx.target.quantity is not None:
        return result_counts.vote_split(ctx, f, settings)
    if ctx.target.quantity is not None and assembly_tallies.asked(ctx.target.quantity_unit, ctx.target.act) and \
            (yeas := result_counts.state_yeas(ctx, f, settings)):
        return yeas  # '143 votes in favour' for 'at least 140 countries vote in favour'
    # ('conceded his match to Francesco Molinari … to give Europe an unmatchable 14.5-9.5 lead': the lead is the news,
    # not the match's concession)
    found = gave_up or (None if beat is not None and beat[1] == candidate_wins.CLINCHED else _done_trigger(ctx, f))
    if not found and beat is not None:
        found = beat[0], f"'{f.sent.tokens[beat[0]].text}' {BEAT_RIVAL}: {beat[1]}"
    if not found and (said := said_clauses.statement(ctx, f)):
        return [cite(f, NAME, "none", 0.0, said)]  # 'announced on Monday that the unveiling … will be postponed'
    if not found:
        prize = other_prize_note(ctx, f)
        return [cite(f, does_not_count.NAME, "none", 0.0, prize)] if prize else []
    i, wording = found
    if ctx.target.candidate and ctx.candidate_pattern and not _candidate_is_agent(ctx, f, i) \
            and CONCEDED_TO not in wording and AWARDED_TO not in wording and BEAT_RIVAL not in wording \
            and ELECT_TITLE not in wording and concessions.CONGRATULATED not in wording:
        return []
    other = ctx.target.candidate and ctx.target.role_exclusive and ctx.target.act == "win" and \
        contests.other_contest(f, i, ctx.target.object_terms, ctx.target.role,
                               {w.lower() for a in ctx.target.actors + [ctx.target.candidate] for w in a.split()}
                               | own_names.contest_names(ctx))
    other = other or (ctx.target.candidate and categories.other(categories.of_market(ctx.market.question), f.sent, i,
                                                                     ctx.target.object_terms)) \
        or named_competitions.other(f.sent, i, ctx.market.question)  # 'beat Chelsea 4-1 to win the FA Cup
    if other:
        return [cite(f, does_not_count.NAME, "none", 0.0, other)]
    partial = past_editions.past_win(ctx, f, i) or _partial(ctx, f, i) or complement.missing(ctx.target.complement_terms, f.sent, i) or \
        complement.other_ordinal(complement.ordinals(ctx.market.question), f.sent, f.object_idx or [i],  # ('29th time')
                                 complement.editions(ctx.market.question)) or \
        complement.other_number(complement.numbered(ctx.market.question), f.sent, i) or \
        complement.earlier_instance(ctx.market.question, f.sent, sorted(set(f.object_idx) | {i})) or \
        complement.prior_event(ctx.market.criteria, f.sent, i) or _announced_ahead(ctx, f, i) or \
        complement.other_model(ctx.market.question, ctx.target.object_terms, f.sent, i) or \
        complement.other_finding(ctx.market.question, f.sent, i) or \
        shown_content.untold(ctx.target.act, ctx.target.object, f.sent, i) or \
        complement.other_title(ctx.market.question, f.sent, f.object_idx) or \
        ruled_predicates.other_finding(ctx.target.act, ctx.target.object, f.sent, i) or \
        ruled_predicates.other_side(ctx.market.question, ctx.target.act, f.sent, i) or \
        narrowed.narrower_superlative(ctx.market.question, f.sent, i) or narrowed.approached(f.sent, i, f.object_idx) or \
        reached_figures.lower_level(ctx.market.question, f.sent, i) or \
        narrowed.narrower_level(ctx.market.question, f.sent, f.object_idx) or \
        narrowed.stand_in(ctx.market.question, ctx.target.exclusions, f.sent, i,
                         ctx.target.object_terms) or \
        contests.nomination(f.sent, i, ctx.market.question) or \
        contests.elected_elsewhere(f.sent, i, ctx.elected_office, ctx.act_verbs - set(ctx.target.act_forms)) or \
        _restricted(ctx, f) or upheld_results.first_declaration(ctx.market.question, f.sent, i) or \
        (i in f.act_idx and own_objects.other_object(f.sent, i, f.object_idx, _own_words(ctx))) or \
        (i in f.phrase_ends and own_objects.slot_other(f.sent, i, f.phrase_ends[i], _own_words(ctx))) or \
        split_awards.other_edition(ctx.market.question, f.sent, i, f.object_idx) or \
        bill_numbers.other_bill(ctx.market.question, f.sent) or subset_doers.subset_doer(f.sent, i) or \
        final_step.earlier_vote(ctx.market.question, ctx.market.criteria, f.article.title,
                                f.article.text, f.sent.text) or \
        preliminary_instruments.earlier_instrument(ctx.market.question, ctx.market.criteria, f.sent.text,
                                                   f.sent.tokens[i].start) or places.other_place(places.of_market(ctx.market.question), f.sent, i,
                                                   f.article.title, f"{ctx.market.question} {ctx.market.criteria}")
    if partial:
        return _short_verdict(ctx, f, i, settings) or [cite(f, does_not_count.NAME, "none", 0.0, partial)]
    neg = negation(f, i)
    if neg:
        return []  # reported as not done: see not_yet
    if conditional_clause(f.sent, i) or unasserted.scope(f.sent, i):
        return []  # 'if …', 'whether …', 'denied reports that …', 'claimed to have …': not asserted
    denial = denied_reports.denied(f.sent, i) or disputed_claims.disputed(f.article.title, f.article.text, f.sent, i) \
        or pending_deals.still_expected(ctx.object_head, f.article.title, f.article.text) or undone_restarts.undone(ctx, f, i)
    if denial:
        return [cite(f, NAME, "none", 0.0, denial)]
    m = next((m for m in mentions.read(f.sent) if m.index == i), None) or mentions.nominal(f.sent, i)
    if "the criteria count announcements" not in wording and not wording.endswith(IN_FORCE_PHRASES) and not m.affirmed \
            and UNDER_WAY not in wording and BEGUN not in wording and OWN_DATE not in wording and NEW_HOLDER not in wording \
            and ended_acts.MARK not in wording and dropped_races.MARK not in wording \
            and CROWNED not in wording and celebrated_acts.MARK not in wording \
            and BEAT_RIVAL not in wording and OVERALL_MARGIN not in wording \
            and not participial_clauses.result_participle(f.sent, i, perfect=True) \
            and not participial_clauses.instrument_participle(f.sent, i):
        # ('has called home …, confirming the first successful flyby': the result of a past clause is done)
        return [cite(f, NAME, "none", 0.0, f"{wording}: {_not_done(m)}, not reported as done: no confirmation")]
    excluded = does_not_count.check(f, "a confirmation")
    if excluded and OWN_DATE in wording and presupposed_acts.other_month(f.exclusion, presupposed_acts.own_date_span(f, i, m)):
        excluded = None  # 'Following a filing … last month' when the criteria exclude 'The company's March 2024 … filing'
    if excluded:
        return [excluded]
    polled = None if poll_sourced.asked(ctx.market.question, ctx.market.criteria) else poll_sourced.source(f.sent, i)
    if polled:
        return [cite(f, NAME, "none", 0.0, f"{wording}: told on a poll's word ('{polled}'): a forecast of the count, "
                                           "not its result")]
    counting = None if poll_sourced.asked(ctx.market.question, ctx.market.criteria) else \
        provisional_results.cue(f.sent.text, ctx.market.criteria)
    if counting:
        return [cite(f, NAME, "none", 0.0, f"{wording}: told on a count still under way ('{counting}'): a forecast of "
                                           "the result, not the result")]
    coming = body_tells_it_to_come(ctx, f, i)
    if coming:
        return [cite(f, NAME, "none", 0.0, f"{wording}: a headline's present, but {coming}: "
                                           "a schedule, not a report")]
    span = _done_then_planned(f, i, m) or event_time(f, i)
    why = span.explanation
    deadline = ctx.market.deadline
    count = _count(ctx, f, i)
    if count is not None:
        got, note = count
        if got is None:
            return [cite(f, NAME, "none", 0.0, f"{wording}, but {note}", why)]
        if _short_of_bar(ctx, got):
            return [cite(f, "magnitude_short", "no", -settings.weights.confirmation * _short_factor(ctx, f, got),
                         f"{wording}: {note}{_short_note(ctx, f, got)}", why)]
        wording = f"{wording}, {note}"
    size = _magnitude(ctx, f, i)
    if size is not None and size[0] == 0.0:
        return [cite(f, "magnitude_short", "no", -settings.weights.confirmation if _one_off(ctx, span) else 0.0,
                     f"{wording}: {size[1]}", why)]
    if ctx.target.act != "unanimous" and unanimity.asked(ctx.market.question, ctx.market.criteria):
        how, said = unanimity.manner(f.sent.text)  # 'was approved on an 8-1 vote' for 'approved unanimously'
        if how != "whole":
            return [cite(f, "magnitude_short", "no", -settings.weights.confirmation if how == "split" else 0.0,
                         f"{wording}, but {said}: not unanimously" if said else f"{wording}, unanimity untold", why)]
        wording = f"{wording}, {said}"
    margin = margins.check(ctx.market.question, f.sent.text)
    if margin is not None and margin[0] != "enough":
        return [cite(f, NAME, "none", 0.0, f"{wording}: {margin[2]}", why)]  # a score short of it may be a stage's
    if margin is not None:
        wording = f"{wording}, {margin[2]}"
    timed = durations.check(ctx.market.question, f.sent.text, f.sent.tokens[i].start)
    if timed is not None and timed[0] == "short":  # a margin short of the bar may be a stage's: noted only
        decides = _one_off(ctx, span) and not durations.bar(ctx.market.question).margin
        return [cite(f, "magnitude_short", "no", -settings.weights.confirmation if decides else 0.0,
                     f"{wording}: {timed[1]}", why)]
    if timed is not None:
        wording = f"{wording}, {timed[1]}"
    measured = measured_with.check(ctx.market.question, f.sent.text, f.sent.tokens[i].start)
    if measured is not None and measured[0] == "short":  # decides only for an act done once at its place
        return [cite(f, "magnitude_short", "no", -settings.weights.confirmation if _done_once_elsewise(ctx, f, span)
                     else 0.0, f"{wording}: {measured[1]}", why)]
    if measured is not None:
        wording = f"{wording}, {measured[1]}"
    q, at = ctx.market.question, f.sent.tokens[i].start  # 'cut from two years to 15 months' for '12 months or less'
    for told in (reduced_lengths.check(q, f.sent.text, at), agreed_sums.check(q, f.sent.text, at, ctx.target.act)):
        if told is not None and told[0] != "met":  # 'agreed to … 11,078 rand' for 'at least R12,500'; a sum untold says nothing
            return [cite(f, "magnitude_short", "no", -settings.weights.confirmation, f"{wording}: {told[1]}", why)] \
                if told[0] == "short" else [cite(f, NAME, "none", 0.0, f"{wording}, but {told[1]}", why)]
        wording = f"{wording}, {told[1]}" if told is not None else wording
    if i in f.act_idx and themes.other_event_subject(ctx, f, i):
        # 'Conferences were currently being held …' for a summit: another event's report, or the
        # market's under another name ('the vote was held' for a referendum): left unread, for an analyst
        return []
    role = (None if gave_up else _role_mismatch(ctx, f, i, wording)) or chosen_others.chosen_other(ctx, f, i)
    if role:
        return [cite(f, does_not_count.NAME, "none", 0.0, role, why)]
    attr = attributes.check(attributes.of_market(ctx.market.question), f.sent.text, f.sent.tokens[i].start,
                            f"{f.article.title}\n{f.article.text}")
    if attr is not None and attr[0] == 0.0:
        if _done_once_elsewise(ctx, f, span):
            return [cite(f, "magnitude_short", "no", -settings.weights.confirmation,
                         f"{wording}: {attr[1]}; the act is done once at the market's place", why)]
        return [cite(f, does_not_count.NAME, "none", 0.0, f"{wording}: {attr[1]}", why)]
    if attr is not None and attr[0] < 1.0:
        size = (attr[0] * (size[0] if size else 1.0), attr[1] if not size else f"{size[1]}; {attr[1]}")
    elif attr is not None:
        wording = f"{wording}, {attr[1]}"
    if m.affirmed and m.kind != "nominal" and span.pos >= 0 and span.start.date() > f.article.published.date():
        return [cite(f, NAME, "none", 0.0, f"{wording}: {MISDATED} ('{span.text}' read as {span.start:%d %b %Y}, the "
                                           f"article is of {f.article.published:%d %b %Y})", why)]
    if celebrated_acts.MARK in wording and celebrated_acts.after_deadline(span, deadline, f.article.published):
        return [cite(f, NAME, "none", 0.0, f"{wording}, but {celebrated_acts.AFTER}", why)]  # held for an analyst
    span, why = zoned_clocks.placed_before(f, i, span, deadline, why)  # 'at 12:09 am UTC on April 20' for 23:59 ET Apr 19
    if span.starts_after(deadline) and _edition_report(ctx, f, i, span):
        why = f"{why}; an undated report of the named edition's win, published within {REPORT_DAYS} days of the deadline"
    elif span.starts_after(deadline):
        return [cite(f, NAME, "none", 0.0, f"{wording} reports the act, but dated after the deadline", why)]
    elif late := clocked_acts.told_after(f, i, span, deadline) or zoned_clocks.told_after(f, i, span, deadline):
        return [cite(f, NAME, "none", 0.0, f"{wording} reports the act, but {late}", why)]
    if runs_past(span, deadline, f.article.published):
        return [cite(f, NAME, "none", 0.0, f"{wording}, but {STRADDLES}, in a report "
                                           "published after it: not placed on or before the deadline", why)]
    if clock_cut_offs.asked(ctx.market.question, ctx.market.criteria) and (
            late := clock_cut_offs.unplaced(span, deadline, f.article.published, f.sent.text)):
        return [cite(f, NAME, "none", 0.0, f"{wording}, but {late}", why)]  # 'on Thursday evening' at -07:00 for 23:59 UTC
    if span.instants and later_day_only(f.article.published, deadline) and cut_off(ctx.market.question):
        # 'Edward Snowden leaves Sheremetyevo transit zone' in an article of 1 August (+06:00, time unknown)
        # for 'by July 31': the day began before the deadline but is the day after it
        return [cite(f, NAME, "none", 0.0, f"{wording}, undated, in an article of a day after the deadline's (its time "
                                           "of day unknown): not placed on or before the cut-off date", why)]
    ws = ctx.target.window_start
    if ws is not None and span.ends_before(ws):
        return [cite(f, NAME, "none", 0.0, f"{wording} reports the act, but before the market's window", why)]
    early = earlier_note(ctx, f, i, NAME, f"{wording} reports the act", span,  # 'the record he set in 2022': to its verb
                         m.form if "(done: " in wording and m.kind != "nominal" else "")
    if early:
        return [early]
    if (past_editions.one_edition(ctx) or past_editions.at_edition(ctx.market.question, deadline)) \
            and past_editions.before_edition(ctx.market.question, deadline, span, f.sent):
        return [cite(f, NAME, "none", 0.0, f"{wording} reports the act, but dated before the year of the edition the "
                                           "market names: an earlier edition's", why)]
    pub = f.article.published
    if span.start.date() > pub.date():
        return [cite(f, NAME, "none", 0.0, f"{wording}, but dated after the article was published "
                                           f"({pub:%d %b %Y}): a plan, not a report", why)]
    if ws is not None and span.start.date() < ws.date():
        return [cite(f, NAME, "none", 0.0, f"{wording}, but {UNANCHORED}: not anchored "
                                           "inside it", why)]
    w = settings.weights.confirmation * (size[0] if size else 1.0)
    if size:
        wording = f"{wording}, {size[1]}"
    if f.exclusion_dating:
        wording = f"{wording} (the excluded '{f.exclusion_dating}' only in the opening time clause dating it)"
    temporal = f"{why}; deadline {deadline:%a %d %b %Y %H:%M %z}: on or before it"
    return [hedged.weaken(f, i, NAME, "yes", w, f"act reported as done: {wording}", settings, temporal)]
