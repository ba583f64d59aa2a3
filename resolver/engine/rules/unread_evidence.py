"""Unread evidence: sentences that mention the act or its object, inside the market's window,
in a way no rule could read (neither a confirmation, a denial, a plan, a status note, nor an
exclusion). While such a sentence exists, the silence of the evidence proves nothing: a passed
deadline may not decide likely-no (or, for a 'stays true until' market, likely-yes), and the
verdict is undetermined with status `unread-evidence`, listing the sentences an analyst should
read."""

from __future__ import annotations

from .. import mentions
from ..analysis import MarketContext, SentenceFacts, event_time
from ..frames import NON_EVENT_PREDICATES
from ..types import Contribution
from .base import cite

NAME = "unread_evidence"
STATUS = "unread-evidence"
MAX_LISTED = 5  # sentences listed in the trace; the count says how many more


def _in_window(ctx: MarketContext, f: SentenceFacts, i: int) -> bool:
    """Unless a time expression in the sentence dates the mention outside the window, it may
    be inside it (an undated report published after the deadline may describe an earlier act)."""
    span = event_time(f, i)
    if span.pos < 0:  # no date in the sentence
        ws = ctx.target.window_start
        return ws is None or f.article.published >= ws
    ws = ctx.target.window_start
    if span.starts_after(ctx.market.deadline):
        return False
    return ws is None or not span.ends_before(ws)


def mention_at(ctx: MarketContext, f: SentenceFacts) -> int | None:
    """Token index of a mention no rule read: an event mention (mentions.py) that is affirmed
    (positive, asserted or reported, done), inside the window, and is either the act itself
    (a verb, noun or phrase of its frame) or an event whose participant is the market's
    object — unless its predicate never reports an event ('remained out of reach')."""
    act_tokens = set(f.act_idx) | set(f.act_noun_idx)
    for m in mentions.read(f.sent):
        if not m.affirmed:
            continue
        is_act = m.index in act_tokens or m.predicate in ctx.act_verbs or m.predicate in ctx.act_noun_set
        if not is_act and (m.predicate in NON_EVENT_PREDICATES or not mentions.about(m, f.sent, f.object_idx)):
            continue
        if _in_window(ctx, f, m.index):
            return m.index
    return None


def note(f: SentenceFacts, i: int) -> Contribution:
    word = f.sent.tokens[i].text
    return cite(f, NAME, "none", 0.0, f"mentions '{word}' in words no rule read: an analyst should read it")


def listed(found: list[Contribution]) -> list[Contribution]:
    """The unread sentences for the trace: headlines first, at most MAX_LISTED, then a count."""
    ranked = sorted(found, key=lambda c: (0 if "(headline)" in c.reason else 1,
                                           c.published.isoformat() if c.published else "", c.article_url or ""))
    out = ranked[:MAX_LISTED]
    if len(ranked) > MAX_LISTED:
        out.append(Contribution(rule=NAME, direction="none", weight=0.0,
                                reason=f"and {len(ranked) - MAX_LISTED} more sentence(s) of the same kind"))
    return out
