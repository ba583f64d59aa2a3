"""Status note — not yet: a sentence says the act has not happened (as of its publication).
It carries no weight by itself (it does not rule out the future) but shows in the trace and
backs up 'deadline passed'. For a market on one occasion, a past-simple negation of the act
('the statement did not include a condemnation …') reports that occasion concluded without it:
a failed attempt, not a status note."""

from __future__ import annotations

import re

from ..analysis import MarketContext, SentenceFacts, event_time, negation
from ..averted_acts import negated_averting
from ..negated_expectations import negated_call_off
from ..not_until import PAST_NEGATION, late_act
from ..occasions import one_occasion
from ..parts import partial_mention
from ..schedule_nouns import modifies_schedule
from ..settings import EngineSettings
from ..text import conditional_clause
from ..types import Contribution
from . import hedged
from .base import cite

NAME = "not_yet"
FAILED = "failed_attempt"  # failed_attempt.NAME (imported by name: failed_attempt imports this package's rules)

# 'did not include', 'didn't', 'was not adopted': the occasion is told as over; 'has not yet',
# 'did not yet', 'still' or a modal leave it open
_PAST_NOT = re.compile(PAST_NEGATION + r"\b", re.I)
_OPEN = re.compile(r"\b(?:yet|still|so\s+far|until|before|as\s+of)\b", re.I)


# 'has not had a fully fledged government since December 2018': the object lacked over a period, a
# state told of the party, not a report that the act has not happened
_LACKED_SINCE = re.compile(r"\b(?:ha(?:s|ve|d)\s+not|ha(?:s|ve|d)n['’]t|ha(?:s|ve|d)\s+never)\s+(?:\w+\s+)?had\b[^.;]*\bsince\b",
                           re.I)


def _occasion_over_without(ctx: MarketContext, f: SentenceFacts, i: int, settings: EngineSettings) -> list[Contribution]:
    occasion = one_occasion(ctx.target, ctx.market)
    if not occasion or ctx.target.kind != "event" or f.sent.headline or conditional_clause(f.sent, i):
        return []
    a, b = f.sent.clause_of(i)
    lead = f.sent.text[f.sent.tokens[a].start:f.sent.tokens[i].start]
    clause = f.sent.text[f.sent.tokens[a].start:f.sent.tokens[b - 1].start + len(f.sent.tokens[b - 1].text)]
    cue = _PAST_NOT.search(lead)
    if not cue or _OPEN.search(clause):
        return []
    span = event_time(f, i)
    ws, deadline = ctx.target.window_start, ctx.market.deadline
    if span.starts_after(deadline) or (ws is not None and span.ends_before(ws)):
        return []
    return [hedged.weaken(f, i, FAILED, "no", -settings.weights.failed_attempt,
                          f"the one occasion ({occasion}) is told as over without the act: "
                          f"'{(lead[cue.start():] + f.sent.tokens[i].text).strip()}'", settings, span.explanation)]


# 'still haven't been restored', 'has yet to resume': the act told undone as the sentence is written ('yet
# another', 'yet again' count one more time, not time so far)
_STILL = re.compile(r"\b(?:still|yet)\b(?!\s+(?:another|again|more|further|other)\b)", re.I)


def _undone_after_deadline(ctx: MarketContext, f: SentenceFacts, i: int, settings: EngineSettings) -> list[Contribution]:
    """A report published after the deadline that the act is still not done ('The problem is that some of
    the services still haven't been restored'): it was not done by the deadline. A part told undone ('some
    of the services') settles only a market on all of its object; the act told of another party is not
    the market's (the sentence must name the market's actor or object)."""
    if ctx.target.kind != "event" or f.sent.headline or f.article.published <= ctx.market.deadline \
            or i not in f.act_idx or conditional_clause(f.sent, i):
        return []
    a, b = f.sent.clause_of(i)
    clause = f.sent.text[f.sent.tokens[a].start:f.sent.tokens[b - 1].start + len(f.sent.tokens[b - 1].text)]
    cue = _STILL.search(clause)
    if cue is None:
        return []
    part = partial_mention(f.sent, ctx.target.object, a, i)
    if part and ctx.target.quantifier != "all":
        return []  # 'some of the services still haven't been restored' leaves the others open
    when = (f"published {f.article.published:%d %b %Y %H:%M %z}, after the deadline "
            f"{ctx.market.deadline:%d %b %Y %H:%M %z}")
    return [hedged.weaken(f, i, FAILED, "no", -settings.weights.failed_attempt,
                          f"told still not done after the deadline ('{cue.group(0)} … "
                          f"{f.sent.tokens[i].text}'{f', of {part}' if part else ''}): not done by the deadline",
                          settings, when)]


def apply(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    for i in f.act_idx + f.act_noun_idx:
        if negation(f, i) and (f.actors or f.object_idx) and not modifies_schedule(f.sent, i) \
                and not negated_call_off(f.sent, i) and not negated_averting(f.sent, i):
            # ('did not call off the strike': the act stands; 'did not avoid another rate increase': it went ahead)
            late = late_act(ctx, f, i, settings)  # "wasn't sworn in until just after midnight on Monday"
            if late:
                return late
            over = _occasion_over_without(ctx, f, i, settings) or _undone_after_deadline(ctx, f, i, settings)
            if over:
                return over
    for i in f.act_idx + f.act_noun_idx + f.object_idx:
        if i not in f.act_idx and i not in f.act_noun_idx and _LACKED_SINCE.search(f.sent.text):
            continue  # the object lacked since a date: a state, not the act told undone
        neg = negation(f, i)
        if neg and (f.actors or f.object_idx) and not negated_call_off(f.sent, i) and not negated_averting(f.sent, i):
            return [cite(f, NAME, "none", 0.0,
                         f"says the act has not happened as of {f.article.published:%d %b %Y} ('{neg}')")]
    return []
