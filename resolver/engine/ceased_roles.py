"""A holder told to have ceased to hold the state: 'He has also ceased to be the prime minister of
Pakistan with effect from April 26' (a court's ruling quoted), 'Gilani ceased to hold the office of
prime minister', 'news broke that Waltz was out as NSA' ('was / is / has been out as' the office).
For a stays-true market on an office ('Will X remain Prime Minister …?'), 'ceased to be' / 'ceased to
hold' / 'out as' told as done, with the market's office named within a few words after it
and the holder as the clause's subject (named, or a personal pronoun in an article that names him),
is the state over. Not read: a modal or 'to' before it ('would cease to be'), a negation, a
condition, or another office ('ceased to be deputy prime minister'). Read by rules/state_ended.py."""

from __future__ import annotations

import re

from .analysis import MarketContext, SentenceFacts, negation
from .text import conditional_clause

# ('Waltz was out as NSA': 'out as' the office told of the holder, past or present, is the same ceasing)
_CEASED = re.compile(r"\b(?:ceased\s+to\s+(?:be|hold)|(?:was|is|has\s+been)\s+(?:now\s+)?out\s+as)\b", re.I)
_NOT_DONE = frozenset({"will", "would", "could", "may", "might", "must", "shall", "should", "to", "not", "never"})
_QUALIFIERS = frozenset({"deputy", "vice", "former", "shadow", "assistant", "acting", "interim", "co", "ex"})
_PRONOUNS = frozenset({"he", "she"})


def ending(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(token of 'ceased', wording) when the sentence tells the holder ceased to hold the market's
    office; None otherwise."""
    if ctx.target.kind != "state" or not f.object_idx:
        return None
    toks = f.sent.tokens
    for m in _CEASED.finditer(f.sent.text):
        i = f.sent.token_at(m.start())
        a, b = f.sent.clause_of(i)
        if any(t.lower in _NOT_DONE for t in toks[max(a, i - 3):i]):
            continue
        end = (f.sent.token_at(m.end()) or len(toks)) - 1  # the office counted from the phrase's last word ('… out as')
        obj = next((k for k in f.object_idx if end < k < min(b, end + 7)), None)
        if obj is None or any(t.lower in _QUALIFIERS for t in toks[end + 1:obj]):
            continue
        if negation(f, i) or conditional_clause(f.sent, i):
            continue
        before = f.sent.text[toks[a].start:toks[i].start]
        named = any(p.search(before) for p in ctx.actor_patterns.values())
        words = [t.lower for t in toks[a:i] if t.text[:1].isalpha()]
        pronoun = bool(words) and words[0] in _PRONOUNS and any(
            p.search(f"{f.article.title}\n{f.article.text}") for p in ctx.actor_patterns.values())
        if named or pronoun:
            return i, f"'{m.group(0)}'"
    return None
