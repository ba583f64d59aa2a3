"""State held: for a 'stays true until' market ("Will the repo rate remain at 6.25% through
March 31?"), a sentence reporting the state's object kept as it was ('kept its repo rate unchanged
at 6.25 percent', 'left its benchmark rate unchanged', 'voted to maintain the Bank Rate at 5.25
percent', 'keeps rate on hold'). It weighs nothing: the state going on is what the passed deadline
already says — except when the market's window is the body's decisions ('at every rate decision
… through December 6') and the hold is dated on the deadline's day: that decision is the window's
last, so the window is closed as if its deadline had passed (endings.json 'decision_windows'). It reads the sentence, so that a hold is not listed as unread evidence holding the
deadline back. A hold at another value than the market's ('kept it at 6.50%' for 6.25%) says the
state changed before; it is not read here (it stays for the analyst).

For a market on surviving a vote ('survive the May 16, 2006 no-confidence motion'), a tally told
short of the number the motion needed to pass ('190 members … voted in favour, short of the 289
needed to pass the motion': endings.json 'motion_failed') is read the same way: the motion failed,
the state goes on. So is a holder surviving a vote or winning a contest for the office ('has
survived a referendum to recall him': kept_offices.py), as a note."""

from __future__ import annotations

import re

from .. import final_outings, held_at_end, held_since, kept_offices, level_change, mentions, record_misses
from ..hedges import hedge_cue
from ..analysis import MarketContext, SentenceFacts, aspect, event_time, negation
from ..lexicon import HOLD_VERBS, STEADY_COMPLEMENTS
from ..packaged import load_json
from ..settings import EngineSettings
from ..text import conditional_clause
from ..types import Contribution
from .base import cite

NAME = "state_held"

_WINDOWS = load_json("endings.json")["decision_windows"]
# 'at every rate decision', 'at each Monetary Policy Committee meeting': a window made of decisions
_DECISION_WINDOW = re.compile(r"\b(?:%s)\s+(?:[\w-]+\s+){0,3}?(?:%s)\b" % (
    "|".join(_WINDOWS["quantifiers"]), "|".join(_WINDOWS["nouns"])), re.I)

# 'at 6.25 percent', 'at 5.25%': the value the hold names, right after 'at'
_AT_VALUE = re.compile(r"\bat\s+(?P<v>\d+(?:\.\d+)?)\b")

_FAILED = load_json("endings.json")["motion_failed"]
_ALT = lambda words: "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))
# 'short of the 289 needed to pass', 'falling short of the 289 required to pass'
_SHORT_OF_NEEDED = re.compile(rf"\b(?:{_ALT(_FAILED['short'])})\s+(?P<n>\d[\d,]*)\s+(?:votes?\s+)?"
                              rf"(?:{_ALT(_FAILED['needed'])})\s+to\s+(?:{_ALT(_FAILED['verbs'])})\b", re.I)


def _steady(f: SentenceFacts, i: int) -> tuple[str | None, float | None]:
    """The steady complement ('unchanged', 'on hold') and the value ('at 6.25') after the verb at
    token i, within its clause and a few words."""
    toks = f.sent.tokens
    _, b = f.sent.clause_of(i)
    end = min(b, i + 10)
    window = " " + " ".join(t.lower for t in toks[i + 1:end]) + " "
    steady = next((w for w in STEADY_COMPLEMENTS if f" {w} " in window), None)
    m = _AT_VALUE.search(window)
    return steady, float(m.group("v")) if m else None


def _holds(ctx: MarketContext, f: SentenceFacts):
    """(token, steady complement, value) of each hold verb told as done (a headline's present too:
    'Bank Of England Keeps Rate Unchanged'), with the state's object right after it in its clause,
    keeping it steady or at a value."""
    if ctx.target.kind != "state" or not f.object_idx:
        return
    done = {m.index for m in mentions.read(f.sent) if m.affirmed}
    toks = f.sent.tokens
    for i, tok in enumerate(toks):
        verbs = tok.lemmas & HOLD_VERBS
        if not verbs or tok.lower.endswith("ing"):
            continue
        if not (i in done or f.sent.headline or aspect(f.sent, i, sorted(verbs)[0]) == "past"
                or held_at_end.decided_hold(f, i)):
            continue  # 'voted 5-4 to maintain the bank rate at 5.25 percent': for a hold, deciding is doing
        _, b = f.sent.clause_of(i)
        if not any(i < k < min(b, i + 6) for k in f.object_idx):
            continue  # the object kept is not the state's
        if negation(f, i) or conditional_clause(f.sent, i):
            continue
        steady, at = _steady(f, i)
        if steady is not None or at is not None:
            yield i, steady, at


def held(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(token, wording) of a hold of the state's object steady or at the market's value."""
    value = level_change.held_value(ctx)
    for i, steady, at in _holds(ctx, f):
        if at is not None and value is not None and at != value:
            continue  # kept at another value: the state changed before, not read here
        if steady is None and value is None:
            continue  # 'held at 5' with no value asked: no steady state named
        words = " ".join(w for w in (steady, f"at {at:g}" if at is not None else None) if w)
        return i, f"'{f.sent.tokens[i].text} … {words}'"
    return None


def kept_elsewhere(ctx: MarketContext, f: SentenceFacts) -> int | None:
    """Token of a hold at another value than the market's ('kept its repo rate unchanged at 6.50
    percent' for 6.25%): the state changed before it; unread evidence, not silence."""
    value = level_change.held_value(ctx)
    if value is None:
        return None
    return next((i for i, _, at in _holds(ctx, f) if at is not None and at != value), None)


def motion_failed(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(token, wording) of a tally told short of what the motion needed to pass, for a market on
    surviving it: the sentence names the market's object, with no hedge or condition on it."""
    if ctx.target.kind != "state" or (ctx.target.act or "").lower() != "survive" or not f.object_idx:
        return None
    m = _SHORT_OF_NEEDED.search(f.sent.text)
    if m is None:
        return None
    i = next((k for k, t in enumerate(f.sent.tokens) if t.start >= m.start()), None)
    if i is None or hedge_cue(f, i) or conditional_clause(f.sent, i):
        return None
    return i, f"'{m.group(0)}': the motion failed"


def last_decision(ctx: MarketContext, f: SentenceFacts, i: int):
    """The hold at token i, in a market whose window is the body's decisions, dated by the sentence
    itself on the deadline's own day: the window's last decision (its span), else None."""
    m = ctx.market
    if not _DECISION_WINDOW.search(f"{m.question} {m.criteria or ''}"):
        return None
    span = f.nearest_span(i, dating_only=True)
    day = m.deadline.date()
    if span is None or span.instants or not (span.start.date() == span.end.date() == day):
        return None
    return span


def apply(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    return _held_through(ctx, f) + _apply(ctx, f, settings)


def _held_through(ctx: MarketContext, f: SentenceFacts) -> list[Contribution]:
    """A note of the value told as held through the window in words that are no hold verb ('its
    first reduction this year' after the deadline, 'where it's been since October': held_since.py)."""
    if ctx.target.kind not in ("state", "threshold"):
        return []
    since = held_since.first_change(ctx, f) or held_since.held_since(ctx, f)
    if since is None:
        return []
    _, wording, dating = since
    return [cite(f, NAME, "none", 0.0, f"the state is reported held through the window: {wording}: {held_since.MARK}",
                 dating)]


def _apply(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    missed = record_misses.missed(ctx, f)
    if missed is not None:  # 'fell two seconds short of breaking the world record', on the event's day
        i, wording = missed
        return [cite(f, NAME, "yes", settings.weights.deadline_passed,
                     f"the record is reported missed at the one event the market watches: {wording}: it stands "
                     "after it", f"{event_time(f, i).explanation}; deadline {ctx.market.deadline:%a %d %b %Y %H:%M %z}: "
                     "the event's day")]
    found = held(ctx, f) or motion_failed(ctx, f)
    if found is None and (last := final_outings.outing_at_end(ctx, f)) is not None:  # 'his final fixture as United manager'
        return [cite(f, NAME, "none", 0.0, f"the state is reported held: '{last[1]}': {held_at_end.MARK}", last[2])]
    if found is None:
        kept = kept_offices.kept(ctx, f)  # 'has survived a referendum to recall him': a note, the sentence read
        return [cite(f, NAME, "none", 0.0, f"the state is reported held: {kept[1]}: it goes on, nothing ends")] \
            if kept else []
    i, wording = found
    span = last_decision(ctx, f, i)
    if span is not None:
        w = settings.weights.deadline_passed
        return [cite(f, NAME, "yes", w, f"the state is reported held at the window's last decision: {wording}: "
                     "no decision of the window is left, it closes with the state held",
                     f"{span.explanation}; deadline {ctx.market.deadline:%a %d %b %Y %H:%M %z}: its day")]
    end = held_at_end.at_end(ctx, f, i, sorted(f.sent.tokens[i].lemmas & HOLD_VERBS or {""})[0]) \
        if _at_market_value(ctx, f, i) else None
    if end is not None:  # the state as it stood when the window closed: no longer the deadline's silence
        return [cite(f, NAME, "none", 0.0, f"the state is reported held: {wording}: {held_at_end.MARK}", end)]
    return [cite(f, NAME, "none", 0.0, f"the state is reported held: {wording}: it goes on, nothing ends")]


def _at_market_value(ctx: MarketContext, f: SentenceFacts, i: int) -> bool:
    """The hold at token i names the market's value ('at 6.25' for 6.25%) or keeps the object
    steady with no value named ('left its benchmark rate unchanged'); a hold at another value is
    never read here, and a tally short of a motion's need is no hold."""
    value = level_change.held_value(ctx)
    for k, steady, at in _holds(ctx, f):
        if k == i:
            return at == value if at is not None and value is not None else steady is not None
    return False
