"""A calling-off or push-back told as a noun: 'Attorney General John Ashcroft on Friday ordered a
one-month postponement of Timothy McVeigh's execution', 'Announcing the postponement of the
execution from next Wednesday until June 11, the US attorney general … said', 'announced on
Saturday the postponement of the official opening of the Grand Egyptian Museum'.

The noun (data/cancellations.json `nouns`) is read as done only when a verb of deciding or making
known (`noun_governors`: order, announce, declare, confirm, grant …) takes it as its object and
is itself told as done — a past or perfect verb, or a participle opening the sentence before a
main clause told in the past ('Announcing …, X said') — or when the noun is the subject of that
verb's passive ('The postponement of the vote was announced'). The act (or its object) must stand
in the noun's own 'of' / 'to' / 'for' phrase. 'requested a postponement', 'refrained from
directly confirming any postponement', 'a postponement … is considered possible' and 'could order
a postponement' report none. A length before the noun ('a one-month postponement', 'a six-week
postponement') is the push-back's length (delays.minimum_delay reads it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .packaged import load_json
from .text import conditional_clause, negated_before
from .verb_aspect import aspect, past_tense_verb, verb_form
from .word_class import FUTURE, MODALS

if TYPE_CHECKING:
    from .text import Sentence

_DATA = load_json("cancellations.json")
NOUNS: dict[str, float] = dict(_DATA["nouns"])
PUSH_BACK_NOUNS = frozenset(_DATA["push_back_nouns"])
GOVERNORS = frozenset(_DATA["noun_governors"])

_COMPLEMENT = frozenset({"of", "to", "for"})
_REACH = 7  # words from the noun to the act or its object in its phrase
_GAP = 5  # words between the governing verb and the noun ('announced on Saturday the postponement')
_STOP = frozenset({",", ";", ":", "that", "whether", "if", "which", "who", "but", "and", "or"})
_PASSIVE_BE = frozenset({"was", "were", "been", "is", "are"})
_NOT_PAST_BEFORE = frozenset({"to", "is", "are", "be", "been", "being", "will", "would"})


def noun_lemma(tok) -> str | None:
    """The calling-off noun the token is ('postponement', 'postponements'), else None."""
    if tok.lower not in NOUNS and tok.lemmas.isdisjoint(NOUNS):
        return None  # (asked of every word near an act: most are none)
    return next((n for n in NOUNS if n == tok.lower or n in tok.lemmas), None)


def pushes_back(tok) -> bool:
    """The token is a noun that pushes the act back rather than calling it off."""
    lemma = noun_lemma(tok)
    return lemma is not None and lemma in PUSH_BACK_NOUNS


def _phrase_reaches(sent: Sentence, k: int, i: int) -> bool:
    """The act or object at i stands in the noun's own 'of' / 'to' / 'for' phrase (no clause break
    and no verb form between)."""
    toks = sent.tokens
    if not (k < i <= k + _REACH) or k + 1 >= len(toks) or toks[k + 1].lower not in _COMPLEMENT:
        return False
    return not any(toks[j].text in (",", ";", ":") or toks[j].lower in _STOP or verb_form(toks[j].lower)
                   for j in range(k + 2, i))


def _governor_before(sent: Sentence, k: int) -> int | None:
    """The verb of deciding or making known whose object the noun at k is ('ordered a one-month
    postponement', 'agreed to a postponement', 'announced on Saturday the postponement')."""
    toks = sent.tokens
    for j in range(k - 1, max(-1, k - _GAP - 2), -1):
        t = toks[j]
        if t.lemmas & GOVERNORS:
            return j
        if t.text in (",", ";", ":") or t.lower in _STOP or t.lower in _PASSIVE_BE:
            return None
    return None


def _opening_participle(sent: Sentence, j: int, k: int) -> bool:
    """'Announcing the postponement …, the US attorney general, John Ashcroft, said': a participle
    opening the sentence, its clause ended by a comma, before a main clause with a finite verb told
    in the past and nothing still to come or negated before it."""
    toks = sent.tokens
    if j != 0 or not toks[j].lower.endswith("ing"):
        return False
    comma = next((n for n in range(k + 1, len(toks)) if toks[n].text == "," or toks[n].text.endswith(",")), None)
    if comma is None:
        return False
    for n in range(comma + 1, len(toks)):
        w = toks[n].lower
        if w in FUTURE or w in MODALS or w in ("not", "n't", "never") or toks[n].text in (";", ":"):
            return False
        if past_tense_verb(toks[n].text) and toks[n - 1].lower not in _NOT_PAST_BEFORE:
            return True  # '…, the US attorney general, John Ashcroft, said'
    return False


def _told_done(sent: Sentence, j: int) -> bool:
    lemma = next(iter(sorted(sent.tokens[j].lemmas & GOVERNORS)))
    if negated_before(sent, j) or conditional_clause(sent, j):
        return False
    return aspect(sent, j, lemma) == "past"


def _passive_governor_after(sent: Sentence, k: int, i: int) -> int | None:
    """'The postponement of the vote was announced on Monday': the noun (with its phrase up to i)
    the subject of a governor's passive, told in the past."""
    toks = sent.tokens
    for n in range(i + 1, min(len(toks) - 1, i + 4)):
        if toks[n].text in (",", ";", ":"):
            return None
        if toks[n].lower in ("was", "were") or toks[n].lower == "been" and toks[n - 1].lower in ("has", "have", "had"):
            nxt = toks[n + 1]
            if nxt.lemmas & GOVERNORS and nxt.lower.endswith("ed") and not negated_before(sent, n + 1):
                return n + 1
            return None
    return None


def announced(sent: Sentence, k: int, i: int, act_verbs: frozenset[str]) -> tuple[str, float] | None:
    """(the noun, its strength) when token k is a calling-off noun of the act (or object) at i, told
    as done by a verb of deciding or making known; None otherwise (and when calling off is the act
    itself: 'Will the IOC postpone the Games?')."""
    lemma = noun_lemma(sent.tokens[k])
    if lemma is None or not _phrase_reaches(sent, k, i):
        return None
    if any(lemma.startswith(v[:5]) for v in act_verbs):
        return None  # a postponement is what the market asks about
    j = _governor_before(sent, k)
    if j is not None and (_opening_participle(sent, j, k) or _told_done(sent, j)):
        return sent.tokens[k].text, NOUNS[lemma]
    if j is None and _passive_governor_after(sent, k, i) is not None:
        return sent.tokens[k].text, NOUNS[lemma]
    return None
