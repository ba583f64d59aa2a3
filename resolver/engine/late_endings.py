"""Late endings: a 'stays true until' market's state reported over, told as done, on a day after
the deadline ('Japanese Prime Minister Shinzo Abe and his Cabinet resigned, clearing the way for
his successor' on the day after it; 'The state of emergency … has come to an end on January 19'
for a market through January 18; the MPC 'voted on Wednesday to reduce the policy interest rate
… from 2.50% to 2.25%' after a deadline for 2.50%). The state lasted up to that ending, so to the
deadline: a reading toward yes (rules/state_ended.py gives it under state_continues).

Read only when the report is published after the deadline and the ending's day is not after the
report (a done ending, not one told for a later day: 'dismissed as bogus his promise to resign
before … April 28' in a report of April 2 is not one). A successor's start is no ending of the
holder's own. A state that is a level ('remain at 2.50%') must be left from the market's value
('from 2.50% to 2.25%'): a move to another value says nothing of where the level stood before.

An ending announced ahead ('announced last month that he was stepping down') is then no unread
evidence when its article reports the holder's ending after the deadline: the announced ending
is the one that came late (rules/unread_evidence.py). An ending undated in an offset clause ('… voted on
Wednesday to reinstate him, only weeks after he was ousted') came that stretch before the dated event
(offset_clauses.py): no day of its own, so no late ending."""

from __future__ import annotations

import re

from . import level_change, offset_clauses
from .analysis import MarketContext, SentenceFacts, analyse, event_time
from .types import Article


def _from_value(ctx: MarketContext, f: SentenceFacts, i: int) -> bool:
    """The level is told left from the market's value in the verb's clause ('from 2.50% to 2.25%')."""
    value = level_change.held_value(ctx)
    if value is None:
        return False
    _, b = f.sent.clause_of(i)
    tail = f.sent.text[f.sent.tokens[i].start:f.sent.tokens[b - 1].start + len(f.sent.tokens[b - 1].text)]
    return any(float(m.group(1)) == value for m in re.finditer(r"\bfrom\s+(\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)", tail, re.I))


def outlasted(ctx: MarketContext, f: SentenceFacts, i: int, span, successor: bool) -> bool:
    """The ending at token i, dated by `span` after the deadline, is a done ending of the state
    itself reported after the deadline: the state lasted to the deadline."""
    deadline = ctx.market.deadline
    if successor or f.article.published <= deadline or not span.starts_after(deadline):
        return False
    if span.start.date() > f.article.published.date():
        return False  # an ending for a day after the report: still to come
    if span.pos < 0 and offset_clauses.opener(f.sent, i) is not None:
        return False  # 'only weeks after he was ousted', undated: it came that stretch before the main event
    if level_change.held_bar(ctx) is not None or level_change.held_value(ctx) is not None:
        return _from_value(ctx, f, i)
    return True


def told_in(ctx: MarketContext, article: Article, ending) -> bool:
    """Some sentence of `article` reports the state over after the deadline, told as done
    (`ending(ctx, facts)` finds an ending's token, as rules/state_ended.py reads it)."""
    if ctx.target.kind != "state" or article.published <= ctx.market.deadline:
        return False
    for g in analyse(ctx, article):
        if not (g.actors or g.object_idx):
            continue
        found = ending(ctx, g)
        if found is not None and outlasted(ctx, g, found[0], event_time(g, found[0]), False):
            return True
    return False
