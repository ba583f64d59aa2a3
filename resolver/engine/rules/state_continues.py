"""State continues: for a 'stays true until' market, a sentence that dates the state's end after
the deadline, or carries the state itself past it, → toward yes. The readings (data
`endings.json` 'continuations'):

- the end announced for a day after the deadline: 'The borders with Canada and Mexico will reopen
  in November' for a closure through October 31 (a future ending verb, the state's object or
  holder named before it in its clause, a date after the deadline that is no upper bound: not
  'by', 'before', 'within', 'no later than', 'at the latest');
- the state told as going on to a day at or after the deadline: 'classes of all schools will
  remain suspended on Saturday', 'will remain closed until Nov. 21' (a future stays-true verb);
  a day that is the deadline's own counts only when told on it or the day before ('New York City's
  curfew will continue through Sunday', five days before a Sunday deadline: a note, for the set end
  only reaches the deadline and a measure may be lifted before it; an extension done is a decision
  in force, read as before);
- the state extended to such a day: 'extended the closure until November 21' (a done extension
  whose clause names the state or its object);
- the holder staying on until a successor step set after the deadline ('will continue … until the
  next government has been formed', the next chancellor due in early December: successor_waits.py).

A hedge ('could', 'expected') weakens it (hedged.py); a negation or a condition drops it. Read only
from articles published by the deadline (after it, the passed deadline speaks), except the end still
to come on a day after the report's own ('The Gotthard tunnel is to reopen … on December 21' in a
report of December 10 for a closure through December 9): the state stood when it was written."""

from __future__ import annotations

import re

from ..analysis import MarketContext, SentenceFacts, aspect, negation
from ..lexicon import OFFICES, STATE_NOUNS, STATE_VERBS
from ..packaged import load_json
from ..settings import EngineSettings
from ..text import conditional_clause
from ..timex import find_time_expressions
from ..types import Contribution
from . import hedged
from .base import cite
from .. import held_off_endings, renewed_terms, standing_holders, successor_waits

NAME = "state_continues"
_DATA = load_json("endings.json")["continuations"]
ENDS = frozenset(_DATA["ending_verbs"])
PARTICLES = {k: frozenset(v) for k, v in _DATA["particles"].items()}
RESTARTS = frozenset(load_json("endings.json")["halted_states"]["restart_verbs"])
EXTEND = frozenset(_DATA["extension_verbs"])
# 'elements of', 'parts of the (stage four)': a part of what follows
_PART_OF = re.compile(r"\b(?:" + "|".join(_DATA["partitive"]) + r")\s+of\s+(?:the\s+|its\s+|their\s+|this\s+|that\s+)?(?:[\w'’-]+\s+){0,3}$", re.I)
_HALTED = re.compile(r"\b(?:remain|remains|stay|stays|be|kept|keep)\s+(?:\w+\s+)?(?:"
                     + "|".join(load_json("endings.json")["halted_states"]["states"]) + r")\b", re.I)
# an upper bound before the date: the end may come sooner ('by', 'before', 'no later than')
_UPPER = re.compile(r"\b(?:by|before|within|no\s+later\s+than|not\s+later\s+than|as\s+early\s+as)\s+(?:the\s+)?$", re.I)
_BOUND = re.compile(r"\b(?:by|before|within|no\s+later\s+than|not\s+later\s+than|ahead\s+of|prior\s+to)\b", re.I)
_AT_LATEST = re.compile(r"^\s*,?\s*at\s+the\s+latest\b", re.I)
_UNTIL = frozenset({"until", "till", "through", "thru"})
_TOLD = "it is told to go on to"
_EVE_DAYS = 1  # a set end on the deadline's own day counts when told on that day or the day before


def _named_before(ctx: MarketContext, f: SentenceFacts, a: int, i: int) -> bool:
    """The state's object, or an actor of the market, named in the clause before token i."""
    if any(a <= k < i for k in f.object_idx):
        return True
    before = f.sent.text[f.sent.tokens[a].start:f.sent.tokens[i].start]
    return any(p.search(before) for p in ctx.actor_patterns.values())


def _part_only(ctx: MarketContext, f: SentenceFacts, a: int, i: int) -> bool:
    """The clause names the state before token i only as a part of it ('some other elements of stage four will then
    remain', 'parts of the lockdown were extended'): each naming of its object or holder there follows a partitive
    word and 'of'."""
    toks = f.sent.tokens
    lo, hi = toks[a].start, toks[i].start
    starts = [toks[k].start for k in f.object_idx if a <= k < i and k - 1 not in f.object_idx]
    starts += [m.start() for p in ctx.actor_patterns.values() for m in p.finditer(f.sent.text, lo, hi)]
    return bool(starts) and all(_PART_OF.search(f.sent.text, max(lo, k - 40), k) for k in starts)


def _span_after(f: SentenceFacts, i: int, b: int, future: bool = False):
    """The first time expression after token i in its clause that dates a plan, not the
    statement ('said on Tuesday'). After a future verb a bare weekday is the coming one ('announced
    class suspension …, and classes will remain suspended on Saturday'), whatever the tense of the
    sentence's other verbs."""
    toks = f.sent.tokens
    hi = toks[b - 1].start + len(toks[b - 1].text)
    spans = sorted((s for s in f.spans if toks[i].start < s.pos <= hi and not f.dates_the_statement(s, i)),
                   key=lambda s: s.pos)
    if not spans:
        return None
    if future and spans[0].start.date() < f.article.published.date():
        coming = {s.pos: s for s in find_time_expressions(f.sent.text, f.article.published, "future")}
        return coming.get(spans[0].pos, spans[0])
    return spans[0]


def _reading(ctx: MarketContext, f: SentenceFacts, i: int, halted: bool):
    """(kind, span) when token i carries the state past the deadline, else None."""
    toks, deadline = f.sent.tokens, ctx.market.deadline
    tok = toks[i]
    a, b = f.sent.clause_of(i)
    ends = ENDS | (RESTARTS if halted else frozenset())
    if tok.lemmas & ends:
        lemma = sorted(tok.lemmas & ends)[0]
        need = PARTICLES.get(lemma)
        if need and not (i + 1 < len(toks) and toks[i + 1].lower in need):
            return None
        if aspect(f.sent, i, lemma) != "future" or not _named_before(ctx, f, a, i):
            return None
        span = _span_after(f, i, b, future=True)
        if span is None or not span.starts_after(deadline):
            return None
        lead = f.sent.text[tok.start:span.pos]  # 'to resign before his term ends on April 28': a bound
        if _UPPER.search(lead) or _BOUND.search(lead) or re.match(r"(?:by|before|within)\b", span.text, re.I) \
                or _AT_LATEST.match(f.sent.text[span.pos + len(span.text):]):
            return None
        return "its end is set for", span
    if tok.lemmas & STATE_VERBS or tok.lemmas & EXTEND:
        extension = bool(tok.lemmas & EXTEND)
        lemma = sorted(tok.lemmas & (EXTEND if extension else STATE_VERBS))[0]
        asp = aspect(f.sent, i, lemma)
        if extension:
            named = any(a <= k < b for k in f.object_idx) or any(t.lemmas & STATE_NOUNS for t in toks[a:b])
            if asp != "past" or not named:
                return None
        elif asp != "future" or not _named_before(ctx, f, a, i):
            return None
        if _part_only(ctx, f, a, i):
            return None  # a part of the state carried on, not the state
        span = _span_after(f, i, b, future=not extension)
        if span is None or not span.covers(deadline):
            return None
        lead = f.lead_word(span)
        # without 'until': a day ('will remain suspended on Saturday') or a stretch from now ('will
        # remain in effect for the next 45 days') that holds the deadline
        stretch = re.search(r"\bfor\s+(?:the\s+)?$", f.sent.text[max(0, span.pos - 10):span.pos], re.I) \
            or re.match(r"for\b", span.text, re.I)
        if lead in _UNTIL or (not extension and lead is None and span.start.date() <= deadline.date()
                              and (span.start.date() == span.end.date() or stretch)):
            return ("it is extended to" if extension else _TOLD), span
    return None


def _held_off(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    """The holder held back his own ending (held_off_endings.py): on the deadline's day, the state
    stood then (toward yes); on an earlier day, a note (the ending may still come)."""
    found = held_off_endings.held_off(ctx, f)
    if found is None:
        return []
    i, wording, span = found
    deadline = ctx.market.deadline
    if span.start.date() == span.end.date() == deadline.date():
        return [hedged.weaken(f, i, NAME, "yes", settings.weights.state_continues,
                              f"the holder held back his ending on the deadline's day: {wording}", settings,
                              f"{span.explanation}; deadline {deadline:%a %d %b %Y %H:%M %z}: the state stood on its day")]
    return [cite(f, NAME, "none", 0.0, f"the holder held back his ending: {wording}; it may still come",
                 span.explanation)]


def _renewed(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    """The holder given a new term of the office by the deadline (renewed_terms.py): it goes on past it."""
    found = renewed_terms.renewed(ctx, f) if _office(ctx) else None
    if found is None or found[2].starts_after(ctx.market.deadline):
        return []
    i, wording, span = found
    deadline = ctx.market.deadline
    return [hedged.weaken(f, i, NAME, "yes", settings.weights.state_continues,
                          f"the holder was given a new term of the office: {wording}", settings,
                          f"{span.explanation}; deadline {deadline:%a %d %b %Y %H:%M %z}: by it, the office goes on past it")]


def _office(ctx: MarketContext) -> bool:
    state = " ".join(ctx.target.object_terms) + " " + (ctx.target.object or "").lower()
    return any(re.search(r"\b" + re.escape(o) + r"\b", state) for o in OFFICES)


def _late_end(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    """In a report published after the deadline, the state's end still to come on a later day than
    the report's ('The Gotthard tunnel is to reopen to all traffic on December 21', published
    December 10 for a closure through December 9): the state stood when it was written, so it held
    through the deadline."""
    for i, tok in enumerate(f.sent.tokens):
        if not tok.lemmas & ENDS:
            continue
        found = _reading(ctx, f, i, False)
        if found is None or negation(f, i) or conditional_clause(f.sent, i) or \
                found[1].start.date() <= f.article.published.date():
            continue
        span = found[1]
        return [hedged.weaken(f, i, NAME, "yes", settings.weights.state_continues,
                              f"the state still stood when the report was written, after the deadline: its end is set "
                              f"for '{span.text}' ('{tok.text}')", settings,
                              f"{span.explanation}; published {f.article.published:%a %d %b %Y %H:%M %z}, after the "
                              f"deadline {ctx.market.deadline:%a %d %b %Y %H:%M %z}: the state lasted through it")]
    return []


def apply(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    if ctx.target.kind != "state" or not (f.object_idx or f.actors):
        return []
    if f.article.published > ctx.market.deadline:
        return _late_end(ctx, f, settings)
    if held := _held_off(ctx, f, settings):
        return held
    if _office(ctx) and (standing := standing_holders.stood(ctx, f)) is not None:
        i, wording = standing  # 'survived a deadly challenge to his rule', in an article of the deadline's day
        return [hedged.weaken(f, i, NAME, "yes", settings.weights.state_continues,
                              f"the holder is told still in office on the deadline's day: {wording}", settings,
                              f"published {f.article.published:%a %d %b %Y %H:%M %z}, the deadline's day")]
    if (renewal := _renewed(ctx, f, settings)):
        return renewal
    if _office(ctx) and (waits := successor_waits.waits_for_successor(ctx, f)) is not None:
        i, wording, span = waits  # 'will continue … until the next government has been formed', formed in December
        return [hedged.weaken(f, i, NAME, "yes", settings.weights.state_continues,
                              f"the holder stays until a successor step set after the deadline: {wording}", settings,
                              f"{span.explanation}; deadline {ctx.market.deadline:%a %d %b %Y %H:%M %z}: the office is held to it")]
    halted = bool(_HALTED.search(ctx.market.question))
    for i, tok in enumerate(f.sent.tokens):
        found = _reading(ctx, f, i, halted)
        if found is None or negation(f, i) or conditional_clause(f.sent, i):
            continue
        what, span = found
        deadline = ctx.market.deadline
        ahead = (deadline.date() - f.article.published.date()).days
        if what == _TOLD and span.ends_by(deadline) and ahead > _EVE_DAYS:
            # 'New York City's curfew will continue through Sunday', told five days before a Sunday deadline:
            # the set end only reaches the deadline's day, and a measure may be lifted before its set end
            return [cite(f, NAME, "none", 0.0, f"{what} '{span.text}' ('{tok.text}'): the state is set to last only to "
                                               f"the deadline's day, told {ahead} days before it: it may end sooner",
                         f"{span.explanation}; deadline {deadline:%a %d %b %Y %H:%M %z}")]
        return [hedged.weaken(f, i, NAME, "yes", settings.weights.state_continues,
                              f"the state goes on past the deadline: {what} '{span.text}' ('{tok.text}')", settings,
                              f"{span.explanation}; deadline {deadline:%a %d %b %Y %H:%M %z}: the state lasts to it")]
    return []
