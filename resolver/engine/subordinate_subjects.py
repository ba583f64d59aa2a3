"""Subordinate subjects: 'Swedish center-left Prime Minister Lofven announced his resignation last month after he
lost a vote of no-confidence on June 21'. A personal pronoun opening a subordinate clause ('after he', 'when she')
stands for the main clause's subject when the sentence opens with that subject, a market actor, and names nobody
else before the subordinator: no verb before the actor and no other capitalised word between the actor and the
subordinator, so 'Smith congratulated Jones after he lost' (two names, either may be 'he') is not read. Read by
confidence_votes.py, whose readings otherwise need the holder named in the verb's own clause."""

from __future__ import annotations

from .analysis import MarketContext, SentenceFacts
from .word_class import verb_at

SUBORDINATORS = frozenset({"after", "when", "because", "as", "since", "before", "once", "while"})
PRONOUNS = frozenset({"he", "she"})  # a person's: 'they' / 'it' may be any body named before
_AUX = frozenset({"had", "has", "have", "was", "were", "did", "narrowly", "also", "then", "just"})
_OPENING = 8  # the actor must be named within the sentence's first words: its subject, not an object further on


def main_subject(ctx: MarketContext, f: SentenceFacts, a: int, i: int) -> bool:
    """The verb at token i, in the clause opening at token a, has for subject a pronoun after a subordinator that
    stands for a market actor opening the sentence."""
    toks = f.sent.tokens
    k = a
    if k < len(toks) and toks[k].lower not in SUBORDINATORS and k > 0 and toks[k - 1].lower in SUBORDINATORS:
        k -= 1
    if not (0 < k < i - 1) or toks[k].lower not in SUBORDINATORS or toks[k + 1].lower not in PRONOUNS:
        return False
    if any(t.lower not in _AUX for t in toks[k + 2:i]):
        return False
    head = f.sent.text[:toks[k].start]
    opening_end = toks[min(_OPENING, k) - 1].start + len(toks[min(_OPENING, k) - 1].text)
    for p in ctx.actor_patterns.values():
        m = p.search(head[:opening_end])
        if m is None or any(w[:1].isupper() for w in head[m.end():].split()):
            continue
        if not any(toks[n].start < m.start() and _finite(f, n) for n in range(k)):
            return True  # the actor opens the sentence ('Minister Annie Loof praised Lofven after he …': its object)
    return False


def _finite(f: SentenceFacts, n: int) -> bool:
    form = verb_at(f.sent, n)
    return form is not None and form[1] in ("VBD", "VBZ", "VBP")
