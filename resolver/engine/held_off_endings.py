"""Endings held off by the holder ('Lebanese Prime Minister Saad Hariri on Wednesday suspended his
shock resignation', 'Hariri said that he had agreed to delay his resignation'): a verb that acts on
an ending noun ('resignation', 'departure', 'exit' …, data `endings.json` 'nouns') as its object
reports no ending of the state — 'suspended' there suspends the resignation, not the office
(rules/state_ended.py skips it). Told as done by the holder, named before it in its clause, and
dated on the deadline's day, it tells the state standing on that day (rules/state_continues.py)."""

from __future__ import annotations

from .analysis import MarketContext, SentenceFacts, aspect, event_time, negation
from .packaged import load_json
from .text import conditional_clause

_DATA = load_json("endings.json")
ENDING_NOUNS = frozenset(_DATA["nouns"])
HELD_OFF = frozenset(_DATA["continuations"]["held_off_verbs"])
_FILLERS = frozenset({"his", "her", "their", "its", "the", "a", "an", "own"})


def ending_object(f: SentenceFacts, i: int) -> str | None:
    """The ending noun that is the object of the verb at token i: right after it, past a
    determiner or a possessive and at most one modifier ('suspended his shock resignation')."""
    toks = f.sent.tokens
    _, b = f.sent.clause_of(i)
    k, modifiers = i + 1, 0
    while k < min(b, i + 5):
        w = toks[k].lower
        if w in ENDING_NOUNS:
            return toks[k].text
        if w in _FILLERS:
            k += 1
            continue
        if not toks[k].text.isalpha() or modifiers >= 1:
            return None
        modifiers += 1
        k += 1
    return None


def held_off(ctx: MarketContext, f: SentenceFacts):
    """(token, wording, span) of the holder holding back his own ending, told as done, not negated
    or conditional, the holder named before the verb in its clause; else None."""
    toks = f.sent.tokens
    for i, tok in enumerate(toks):
        verbs = tok.lemmas & HELD_OFF
        if not verbs or aspect(f.sent, i, sorted(verbs)[0]) != "past":
            continue
        noun = ending_object(f, i)
        if noun is None or negation(f, i) or conditional_clause(f.sent, i):
            continue
        a, _ = f.sent.clause_of(i)
        before = f.sent.text[toks[a].start:tok.start]
        if not any(p.search(before) for p in ctx.actor_patterns.values()):
            continue
        return i, f"'{tok.text} … {noun}'", event_time(f, i)
    return None
