"""A departure the parties fixed in advance (endings.json 'agreed_departures'): 'CEO Kasper
Rorsted and the firm's supervisory board mutually agreed in August that he will leave the company
as of Nov. 11'. For a stays-true market on a holder, an agreement or decision told as done, then
the holder's future ending verb dated by 'as of', 'effective' or 'on' a day: the state ends that
day. Read only with no hedge in the sentence, no negation, no condition, the holder named before
the verb and the date right after it. The body the holder serves stating the departure ('BP says CEO
Tony Hayward will step down on Oct. 1') is read as the agreement (not the holder's own word), and a
headline telling it ('BP CEO Hayward to step down Oct. 1') with its body."""

from __future__ import annotations

import re

from . import fixed_successions
from .analysis import MarketContext, SentenceFacts, analyse, negation
from .packaged import load_json
from .text import conditional_clause
from .timex import TimeSpan

_DATA = load_json("endings.json")["agreed_departures"]
_AGREE = frozenset(_DATA["agree_verbs"])
_SAYS = frozenset(_DATA["body_says"])
_VERBS = frozenset(_DATA["verbs"])
_PARTICLES: dict[str, list[str]] = _DATA["particles"]
_HEDGES = frozenset(_DATA["hedges"])
_LEAD = re.compile(r"\b(?:%s)\s*$" % "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _DATA["date_leads"]), re.I)
_FUTURE = frozenset({"will", "'ll"})
_NEXT_DAY = re.compile(r"^(?:%s)$" % "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _DATA["next_day"]), re.I)
_QUOTES = ("\"", "“", "”")


def _body_says(ctx: MarketContext, f: SentenceFacts) -> int | None:
    """'BP says CEO Tony Hayward will …': a say verb whose speaker, before it, is an actor of the
    market and not the holder, the holder named after it."""
    holder = ctx.actor_patterns.get(ctx.target.actors[0]) if ctx.target.actors else None
    if holder is None:
        return None
    toks = f.sent.tokens
    k = next((k for k, t in enumerate(toks) if t.lower in _SAYS), None)
    if k is None:
        return None
    before, after = f.sent.text[:toks[k].start], f.sent.text[toks[k].start:]
    speaker = any(p.search(before) for a, p in ctx.actor_patterns.items() if a != ctx.target.actors[0])
    return k if speaker and not holder.search(before) and holder.search(after) else None


def _headline(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str, TimeSpan] | None:
    """'BP CEO Hayward to step down Oct. 1': the holder named before 'to' + the ending verb and a
    day right after it, in the headline of an article whose body fixes the same day."""
    toks = f.sent.tokens
    for i in range(1, len(toks)):
        lemma = next((w for w in _VERBS if w in toks[i].lemmas), None)
        if lemma is None or toks[i - 1].lower != "to" or not any(
                p.search(f.sent.text[:toks[i].start]) for p in ctx.actor_patterns.values()):
            continue
        if lemma in _PARTICLES and not (i + 1 < len(toks) and toks[i + 1].lower in _PARTICLES[lemma]):
            continue
        span = next((s for s in sorted(f.spans, key=lambda s: s.pos) if s.pos > toks[i].start
                     and len(f.sent.text[toks[i].start:s.pos].split()) <= 4), None)
        if span is None or negation(f, i) or conditional_clause(f.sent, i):
            return None
        body = next((found for g in analyse(ctx, f.article) if not g.sent.headline
                     for found in (ending(ctx, g),) if found is not None), None)
        if body is None or (body[2].start.month, body[2].start.day) != (span.start.month, span.start.day):
            return None  # the same day (the headline's year is read from its own tense: the body's is kept)
        return i, f"the state ends on a fixed day: '{toks[i - 1].text} {toks[i].text}' {span.text}, as its article says", body[2]
    return None


def ending(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str, TimeSpan] | None:
    """(token of the ending verb, wording, the fixed day) or None."""
    if ctx.target.kind != "state":
        return None
    if not f.actors:  # a stays-true market, its holder named; or its post, taken by a successor
        return fixed_successions.starts(ctx, f) if f.object_idx else None
    toks = f.sent.tokens
    if any(t.lower in _HEDGES for t in toks):
        return None
    if f.sent.headline:
        return _headline(ctx, f)
    agree = next((k for k, t in enumerate(toks) if t.lower in _AGREE), None)
    if agree is None or not any(p.search(f.sent.text[:toks[agree].start]) for p in ctx.actor_patterns.values()):
        agree = _body_says(ctx, f)  # the holder (or his company) among those who agreed, named before the agreement
    if agree is None:
        return _next_day(ctx, f)
    for i in range(agree + 1, len(toks)):
        lemma = next((w for w in _VERBS if w in toks[i].lemmas), None)
        if lemma is None or not any(toks[k].lower in _FUTURE for k in range(max(agree, i - 3), i)):
            continue
        if lemma in _PARTICLES and not (i + 1 < len(toks) and toks[i + 1].lower in _PARTICLES[lemma]):
            continue
        if negation(f, i) or conditional_clause(f.sent, i):
            return None
        after = [s for s in f.spans if s.pos > toks[i].start and len(f.sent.text[toks[i].start:s.pos].split()) <= 8]
        span = next((s for s in sorted(after, key=lambda s: s.pos) if _LEAD.search(f.sent.text[:s.pos])
                     or _LEAD.match(s.text)), None)
        if span is None:
            return None
        return i, f"the state ends on a fixed day: '{toks[agree].text} … will {toks[i].text}' {span.text}", span
    return None


def _next_day(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str, TimeSpan] | None:
    """'Alan Joyce will leave Qantas tomorrow': the report itself tells the holder's departure for
    its own day or the next (endings.json 'next_day'), the holder named before a future ending verb,
    the day word at most four words after it, outside any quotation."""
    toks = f.sent.tokens
    holder = ctx.actor_patterns.get(ctx.target.actors[0]) if ctx.target.actors else None
    if holder is None or any(q in f.sent.text for q in _QUOTES):
        return None
    for i in range(2, len(toks)):
        lemma = next((w for w in _VERBS if w in toks[i].lemmas), None)
        if lemma is None or toks[i - 1].lower not in _FUTURE or not holder.search(f.sent.text[:toks[i - 1].start]):
            continue
        if lemma in _PARTICLES and not (i + 1 < len(toks) and toks[i + 1].lower in _PARTICLES[lemma]):
            continue
        if negation(f, i) or conditional_clause(f.sent, i):
            return None
        span = next((s for s in sorted(f.spans, key=lambda s: s.pos) if s.pos > toks[i].start
                     and len(f.sent.text[toks[i].start:s.pos].split()) <= 4 and _NEXT_DAY.match(s.text.strip())), None)
        if span is None or (span.start.date() - f.article.published.date()).days > 1:
            return None
        return i, f"the state ends on a fixed day: '{toks[i - 1].text} {toks[i].text}' {span.text}, told by the report", span
    return None
