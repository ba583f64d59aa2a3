"""Counts told as a result, read for the confirmation rule (rules/confirmation.py): a market on how many
voters back the act ('at least four members vote to raise': the vote split), a count one occasion settles
told as the subject's result without the act word ('The results grant PAS 55 seats'), and a count of voters
who voted for the subject ('325 members … voted for Merz'). Their readings are cited under the rule's name."""

from __future__ import annotations

from ..analysis import MarketContext, SentenceFacts, event_time, negation
from ..occasions import REPORT_DAYS
from ..settings import EngineSettings
from ..text import conditional_clause
from ..types import Contribution
from .. import assembly_tallies, counted_alike, mentions, possessive_tallies, prison_terms, quantities, taken_up, \
    tally_splits
from . import hedged
from .base import cite
from .confirmation_gates import NOT_DONE
from .least_count import _bar_word, _common_word, _final_count, _short_factor, _short_note, _short_of_bar, result_told

NAME = "confirmation"


def vote_split(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    """A market on how many voters back the act ('at least four members vote to raise'): the
    count of voters the sentence reports for the act (quantities.voters_for); the decision
    itself, either way, says nothing about the split."""
    against = counted_alike.votes_against(f.sent.text) \
        if counted_alike.voters_against(ctx.market.question, ctx.target.quantity_unit) else None
    found = against or quantities.voters_for(f.sent.text, ctx.target.act_forms) or \
        quantities.act_count(f.sent.text, ctx.target.act_forms)
    if found is None:
        tally = tally_splits.short_tally(ctx, f)  # 'failed with a vote of 65-30' for at least 66
        return [] if tally is None else _short_tally(ctx, f, settings, tally)
    got, wording = found
    start = f.sent.text.find(wording)
    if (got := result_told(ctx, f.sent.text, start, got)) is None:  # 'nearly 320 members voted for Merz'
        return []
    i = f.sent.token_at(start)
    if negation(f, i) or conditional_clause(f.sent, i):
        return []
    span = event_time(f, i)
    why = span.explanation
    deadline, ws = ctx.market.deadline, ctx.target.window_start
    need, unit = ctx.target.quantity, ctx.target.quantity_unit
    undated = f.nearest_span(i, dating_only=True) is None
    if undated and ctx.target.occasion == "one" and span.starts_after(deadline) \
            and (span.start.date() - deadline.date()).days <= REPORT_DAYS:
        why = f"{why}; an undated report of the one occasion the market names, published within {REPORT_DAYS} days of it"
    elif span.starts_after(deadline) or (ws is not None and span.ends_before(ws)):
        return [cite(f, NAME, "none", 0.0, f"vote split '{wording}' is dated outside the market's window", why)]
    if got < need and against:  # the whole tally of one side: short of the bar on a final count says no
        return [cite(f, "magnitude_short", "no", -settings.weights.confirmation * _short_factor(ctx, f, got),
                     f"votes against '{wording}': {got:g}, fewer than the {need:g} {unit} the market needs"
                     f"{_short_note(ctx, f, got)}", why)]
    if got < need:
        return [cite(f, NAME, "none", 0.0, f"vote split '{wording}': {got:g} {unit}, fewer than the {need:g} the market "
                     "needs, but other voters may have backed it too", why)]
    temporal = why if undated and span.starts_after(deadline) else \
        f"{why}; deadline {deadline:%a %d %b %Y %H:%M %z}: on or before it"
    return [hedged.weaken(f, i, NAME, "yes", settings.weights.confirmation,
                          f"vote split: '{wording}': {got:g} {unit} ≥ the {need:g} the market needs", settings, temporal)]


def _short_tally(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings, tally) -> list[Contribution]:
    """A whole tally of the market's vote both of whose sides are short of the bar (tally_splits.py): the voters
    for the act are short of it; decisive for the one vote the market names, half weight otherwise."""
    got, wording, i = tally
    if negation(f, i) or conditional_clause(f.sent, i):
        return []
    span = event_time(f, i)
    deadline, ws = ctx.market.deadline, ctx.target.window_start
    if span.starts_after(deadline) or (ws is not None and span.ends_before(ws)):
        return [cite(f, NAME, "none", 0.0, f"tally '{wording}' is dated outside the market's window", span.explanation)]
    factor = 1.0 if ctx.target.occasion == "one" else 0.5
    return [cite(f, "magnitude_short", "no", -settings.weights.confirmation * factor,
                 f"tally '{wording}': neither side reaches the {ctx.target.quantity:g} {ctx.target.quantity_unit} the "
                 f"market needs{'' if factor == 1.0 else '; a later vote may still reach it (half weight)'}",
                 span.explanation)]


def result_count(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    """For a count that one occasion settles ('at least 51 of the 101 seats'): a result the
    sentence gives as the subject's count without the market's act word ('The results grant
    PAS 55 seats', 'with the BJP winning 240 seats'), weighed like a count carried by the act."""
    t = ctx.target
    if t.kind != "event" or t.quantity is None or not t.quantity_unit:
        return []
    if not f.actors and not taken_up.opens_with_description(f.sent.text):
        return []
    voted = votes_for_subject(ctx, f, settings) if f.actors else []
    if voted or t.occasion != "one":
        return voted

    def ours(name: str) -> bool:
        return any(p.search(name) for p in ctx.actor_patterns.values()) or quantities.names_overlap(name, t.actors)

    for verb_at, num_at, got, wording in quantities.results_with_count(f.sent.text, t.quantity_unit) + \
            prison_terms.terms(f.sent.text, t.quantity_unit):
        owner = quantities.owner_before(f.sent.text, num_at, _common_word)
        if not owner or not ours(owner):
            owner = quantities.described_person(f.article.title, f.article.text, f.sent.index, f.sent.headline,
                                                f.sent.text[:verb_at], t.actors)  # 'The leader of the X party won …'
            owner = owner or taken_up.taken_up_name(f.article.title, f.article.text, f.sent.index, f.sent.headline,
                                                    f.sent.text[:verb_at], ours)  # 'The party won 331 seats'
            if not owner:
                continue
        i = f.sent.token_at(verb_at)
        m = next((m for m in mentions.read(f.sent) if m.index == i), None)
        if negation(f, i) or conditional_clause(f.sent, i) or (
                m is not None and (m.modality in NOT_DONE or m.aspect == "future")):
            continue
        span = event_time(f, i)
        if span.starts_after(ctx.market.deadline) or (t.window_start is not None and span.ends_before(t.window_start)):
            continue
        if (got := result_told(ctx, f.sent.text, num_at, got)) is None:  # 'jailed for up to 12 years': a range
            continue
        lo, hi, arithmetic = _final_count(ctx, f, got)
        note = f"result '{wording}' ({owner}'s; the market needs {_bar_word(ctx)} {t.quantity:g} {t.quantity_unit})"
        if lo > t.quantity or (lo == t.quantity and t.threshold_inclusive is not False):  # 'more than 300': 300 is short
            return [hedged.weaken(f, i, NAME, "yes", settings.weights.confirmation, note, settings, span.explanation)]
        if _short_of_bar(ctx, hi):
            return [cite(f, "magnitude_short", "no", -settings.weights.confirmation, f"{note}{_short_note(ctx, f, got)}",
                         span.explanation)]
        return [cite(f, NAME, "none", 0.0, f"{note}; not settled: {arithmetic}", span.explanation)]
    return []


def votes_for_subject(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    """A count of voters who voted for the subject ('325 members … voted for Merz'), at or beyond
    the bar, is a ballot that reached it; one short of it is left to the other readings (in a
    market with several rounds it says nothing of another round)."""
    t = ctx.target
    if (t.quantity_unit or "").rstrip("s") != "vote":
        return []
    for verb_at, num_at, got, wording, name in quantities.votes_for_name(f.sent.text):
        got = result_told(ctx, f.sent.text, num_at, got)  # 'nearly 320 members … voted for Merz': a range
        if got is None or got < t.quantity or not any(p.search(name) for p in ctx.actor_patterns.values()):
            continue
        if (told := _told_in_window(ctx, f, verb_at)) is None:
            continue
        i, span = told
        note = f"'{wording}': {got:g} votes for {name} (the market needs at least {t.quantity:g})"
        return [hedged.weaken(f, i, NAME, "yes", settings.weights.confirmation, note, settings, span.explanation)]
    return possessive_tally(ctx, f, settings)


def _told_in_window(ctx: MarketContext, f: SentenceFacts, at: int):
    """(token index, time) of a count told at character `at`, when it is asserted (not negated, not conditional) and
    its time falls in the market's window; else None."""
    i = f.sent.token_at(at)
    if negation(f, i) or conditional_clause(f.sent, i):
        return None
    span = event_time(f, i)
    start = ctx.target.window_start
    if span.starts_after(ctx.market.deadline) or (start is not None and span.ends_before(start)):
        return None
    return i, span


def possessive_tally(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    """A vote's two-sided tally naming the subject's side by a possessive ('a vote of 206 in his favour to
    Ozawa's 200', possessive_tallies.py): the subject's count in that vote, at or past the bar a confirmation;
    short of it, magnitude_short as a count one occasion settles."""
    t = ctx.target
    for num_at, got, wording, name in possessive_tallies.counts(f.sent.text, t.quantity_unit or ""):
        if not any(p.search(name) for p in ctx.actor_patterns.values()):
            continue
        if (told := _told_in_window(ctx, f, num_at)) is None:
            continue
        i, span = told
        note = f"tally '{wording}': {got:g} {t.quantity_unit} for {name} (the market needs {_bar_word(ctx)} {t.quantity:g})"
        if not _short_of_bar(ctx, got):
            return [hedged.weaken(f, i, NAME, "yes", settings.weights.confirmation, note, settings, span.explanation)]
        factor = _short_factor(ctx, f, got)
        return [cite(f, "magnitude_short", "no", -settings.weights.confirmation * factor, f"{note}{_short_note(ctx, f, got)}",
                     span.explanation)] if factor else []
    return []


def state_yeas(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    """A market counting the states that vote for a resolution (assembly_tallies.asked): the yeas a sentence
    naming the market's object gives ('adopted a resolution with 143 votes in favour', '128 countries voted in
    favor of the resolution, with nine … voting against'). At or past the bar, a confirmation; short of it,
    decisive only when the sentence tells the whole tally (the votes against beside it)."""
    told = assembly_tallies.yeas(ctx.market.question, f.sent.text) if f.object_idx else None
    if told is None:
        return []
    got, wording, num_at, whole = told
    i = f.sent.token_at(num_at)
    if negation(f, i) or conditional_clause(f.sent, i):
        return []
    if (got := result_told(ctx, f.sent.text, num_at, got)) is None:  # 'more than 120 countries': a range over the bar
        return []
    span = event_time(f, i)
    need, unit, deadline, ws = ctx.target.quantity, ctx.target.quantity_unit, ctx.market.deadline, ctx.target.window_start
    if span.starts_after(deadline) or (ws is not None and span.ends_before(ws)):
        return [cite(f, NAME, "none", 0.0, f"yeas '{wording}' are dated outside the market's window", span.explanation)]
    if not _short_of_bar(ctx, got):
        return [hedged.weaken(f, i, NAME, "yes", settings.weights.confirmation,
                              f"yeas '{wording}': {got:g} {unit} for it, the market needs {_bar_word(ctx)} {need:g}",
                              settings, f"{span.explanation}; deadline {deadline:%a %d %b %Y %H:%M %z}: on or before it")]
    if whole:
        return [cite(f, "magnitude_short", "no", -settings.weights.confirmation * _short_factor(ctx, f, got),
                     f"yeas '{wording}', told with the votes against (the whole tally): {got:g} {unit}, short of the "
                     f"{need:g} the market needs{_short_note(ctx, f, got)}", span.explanation)]
    return [cite(f, NAME, "none", 0.0, f"yeas '{wording}': {got:g} {unit}, short of the {need:g} the market needs, but "
                 "other states may have voted for it too", span.explanation)]
