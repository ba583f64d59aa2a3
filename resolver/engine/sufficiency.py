"""What was enough: 'the striker's late goal was enough for the home side to take the trophy', 'the
draw proved enough to win the title'. A past linking verb right before 'enough' (degree
words between: 'was just enough', 'proved good enough'), itself with no modal, negation or condition
just before it, tells that the infinitive after it happened (frames.json 'sufficiency'; read by
verb_aspect.implied_by like 'managed to'). Not 'is enough to win' (a present: a condition), 'would
have been enough' (a modal), 'was not enough to win' (negated), nor 'had enough votes to pass' (a
holding verb: what one has may go unused).

Who did the act is the 'for' phrase between 'enough' and 'to' ('for the home side'), not the
subject of 'was': the subject is what sufficed (a goal, a draw), and a name in it ('the
striker's goal') is the cause's owner, often a member of the side that did the act, not a rival winner.
Pure; word shapes only."""

from __future__ import annotations

from .frames import SUFFICIENCY_DEGREE, SUFFICIENCY_LINKING
from .text import Sentence

_REACH = 8  # tokens between 'enough' and the infinitive's 'to' at most ('enough for the visiting side to')


def _ends_with(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> int:
    """The length of the longest phrase `words` ends with, 0 when none."""
    return next((len(p) for p in phrases if len(p) <= len(words) and tuple(words[-len(p):]) == p), 0)


def sufficed(toks, a: int, k: int, not_done: frozenset[str]) -> str | None:
    """The words 'was enough' when the 'enough' at token k (clause from a) follows a past linking
    verb with no word of `not_done` (modals, negators, 'if', 'to', present 'be') just before it;
    else None."""
    words = [t.lower for t in toks[max(a, k - 6):k]]
    while (n := _ends_with(words, SUFFICIENCY_DEGREE)):
        words = words[:-n]
    n = _ends_with(words, SUFFICIENCY_LINKING)
    if not n or any(w in not_done or w == "n't" for w in words[-n - 3:-n]):
        return None
    return " ".join(words[-n:] + ["enough"])


def doer_span(sent: Sentence, i: int) -> tuple[int, int] | None:
    """For the infinitive at token i after 'enough … to': the token range of its doer, the 'for'
    phrase right after 'enough' ('for the home side'), or an empty range when there is none (the
    subject only sufficed). None when the verb at i is no such infinitive."""
    toks = sent.tokens
    if i < 2 or toks[i - 1].lower != "to":
        return None
    a, _ = sent.clause_of(i)
    k = next((k for k in range(i - 2, max(a, i - 2 - _REACH) - 1, -1) if toks[k].lower == "enough"), None)
    if k is None or any(t.lower == "to" for t in toks[k + 1:i - 1]):
        return None
    if k + 1 < i - 1 and toks[k + 1].lower == "for":
        return k + 2, i - 1
    return (i, i) if k + 1 == i - 1 else None


def doer_text(sent: Sentence, i: int) -> str | None:
    """The words of the 'for' phrase naming the doer of the infinitive at i ('the home side'), else None."""
    span = doer_span(sent, i)
    if span is None or span[0] >= span[1]:
        return None
    last = sent.tokens[span[1] - 1]
    return sent.text[sent.tokens[span[0]].start:last.start + len(last.text)]
