"""Endings told with their effect set at once (endings.json 'immediate_endings'): 'Urjit Patel … said
that he has decided to "step down" from his current position effective immediately', 'has agreed to
step down, effective immediately', 'is stepping down as CEO of Twitter with immediate effect'. A
decision, an agreement or a present progressive is otherwise a departure still to come (a board may
keep the holder on); with its effect set at once it is the state over on the day it is told. Read by
rules/state_ended.py (the holder's checks are the rule's) and by announced_endings.to_come (a
headline's present-tense departure whose body says so is done). A bare 'immediately' after the verb
('will leave the company immediately') is read the same, unless the verb is a demand ('should step down
immediately') or a later event follows ('immediately after the vote')."""

from __future__ import annotations

from .analysis import SentenceFacts, negation
from .packaged import load_json
from .text import Sentence, conditional_clause

_DATA = load_json("endings.json")["immediate_endings"]
_PHRASES = tuple(tuple(p.split()) for p in _DATA["phrases"])
VERBS = frozenset(_DATA["verbs"])
_PARTICLES: dict[str, list[str]] = _DATA["particles"]
_BARE = frozenset(_DATA["bare"])
_BARE_NOT_BEFORE = frozenset(_DATA["bare_not_before"])
_BARE_NOT_AFTER = frozenset(_DATA["bare_not_after"])
_BARE_REACH = 4  # words between the verb and a bare 'immediately' ('will leave the company immediately')
_REACH = 12  # words after the verb within which the phrase must come
_STOPS = frozenset({";", ".", "but", "while", "whereas"})
_QUOTES = frozenset({"\"", "“", "”", "'", "‘", "’"})


def phrase_after(sent: Sentence, i: int) -> str | None:
    """The words of immediate effect within a few words after token i, in its stretch of the
    sentence (no ';', 'but' between), or None."""
    low = [t.lower for t in sent.tokens]
    for k in range(i + 1, min(len(low), i + 1 + _REACH)):
        if low[k] in _STOPS:
            return None
        for words in _PHRASES:
            if tuple(low[k:k + len(words)]) == words:
                return " ".join(words)
    return None


def _particle_ok(sent: Sentence, i: int, lemma: str) -> bool:
    need = _PARTICLES.get(lemma)
    if not need:
        return True
    nxt = next((t.lower for t in sent.tokens[i + 1:i + 3] if t.text not in _QUOTES), "")
    return nxt in need


def verb_with_effect(sent: Sentence, i: int, lemmas: frozenset[str] = VERBS) -> str | None:
    """Token i is an ending verb (its particle there) followed by words of immediate effect: those
    words, else None."""
    found = sent.tokens[i].lemmas & lemmas
    if not found or not any(_particle_ok(sent, i, lem) for lem in found):
        return None
    return phrase_after(sent, i) or _bare_after(sent, i)


def _bare_after(sent: Sentence, i: int) -> str | None:
    """'will leave the company immediately': a bare 'immediately' within a few words after the
    verb, the verb not told as a demand ('should step down immediately', 'urged him to resign
    immediately') and no later event after the word ('immediately after the vote')."""
    low = [t.lower for t in sent.tokens]
    j = i - 1
    while j >= 0 and sent.tokens[j].text in _QUOTES:
        j -= 1  # 'should “step down immediately”': the word before the quote
    if j >= 0 and low[j] in _BARE_NOT_BEFORE:
        return None
    for k in range(i + 1, min(len(low), i + 2 + _BARE_REACH)):
        if low[k] in _STOPS or low[k] == ",":
            return None
        if low[k] in _BARE:
            return None if k + 1 < len(low) and low[k + 1] in _BARE_NOT_AFTER else low[k]
    return None


def find(f: SentenceFacts):
    """(token, wording) of each ending verb of the sentence told with immediate effect, not negated
    and not in a condition; the caller checks whose ending it is."""
    for i, tok in enumerate(f.sent.tokens):
        if tok.text[:1].isupper() and not f.sent.headline and i > 0:
            continue
        words = verb_with_effect(f.sent, i)
        if words is None or negation(f, i) or conditional_clause(f.sent, i):
            continue
        yield i, f"'{tok.text} … {words}'"
