"""A negated expectation about the act, rules/ruled_out.py's last cue when no lexicon cue stands near it: 'no
deal was imminent', 'it was not likely to reach', 'could not go ahead as planned', 'A second 72-hour strike, due
to start on September 3, will now almost certainly not go ahead'.

The negation must govern the expectation word. A 'not' (or 'never', 'n't') governs it when only auxiliaries and
adverbs stand between them ('not yet scheduled'), or when the word closes an 'as planned' the negated verb is
measured against. A 'no' governs it through the noun phrase it opens ('No signing of the deal is expected'), with
no infinitive or past or -ing verb after the head noun. A negation that governs another verb only qualifies that
verb: 'has not suspended its planned teacher strikes' negates the suspension, and 'planned' only modifies the
noun; 'has no plans to suspend its planned strikes' negates a plan to suspend. When the negated verb calls
something off ('did not call off the strike planned for February 15', 'the planned strike has not been
suspended'), the plan stands: no expectation is negated at all."""

from __future__ import annotations

from .packaged import load_json
from .verb_aspect import verb_form

EXPECTATION = frozenset({"expected", "expect", "expects", "planned", "scheduled", "imminent", "likely", "due", "set"})
STRENGTH = 0.75
NEGATORS = frozenset({"no", "not", "never", "n't"})
# 'no earlier than Jan. 6', 'no later than Friday': a limit on a date, not a negated expectation
_COMPARATIVE_LIMITS = [["earlier", "than"], ["sooner", "than"], ["later", "than"]]
# words a verb's negation reaches its expectation word across ('is not yet scheduled', 'isn't currently planned')
_AUXILIARIES = frozenset({"be", "been", "being", "is", "are", "was", "were", "have", "has", "had", "yet", "now", "even",
                          "currently", "so", "ever", "always", "still", "officially", "immediately", "necessarily"})
_CANCELS = load_json("cancellations.json")
_CANCEL_LEMMAS = frozenset(_CANCELS["verbs"])
_PHRASALS = tuple(p.split() for p in _CANCELS["phrasal"])


def calls_off(toks, k: int) -> bool:
    """The token at k is a calling-off verb ('suspended', 'cancel') or opens a phrasal one ('call off')."""
    lemmas = toks[k].lemmas
    if lemmas & _CANCEL_LEMMAS:
        return True
    return any(p[0] in lemmas and [t.lower for t in toks[k + 1:k + len(p)]] == p[1:] for p in _PHRASALS)


def _negated_verb(toks, at: int) -> int | None:
    """The first word after the negation at `at` past auxiliaries and adverbs: the verb it negates."""
    k = at + 1
    while k < len(toks) and (toks[k].lower in _AUXILIARIES or toks[k].lower.endswith("ly") and toks[k].lower not in EXPECTATION):
        k += 1
    return k if k < len(toks) else None


def _governs(toks, at: int, k: int) -> bool:
    """The negation at `at` governs the expectation word at k (k > at) in the stretch `toks`."""
    between = [t.lower for t in toks[at + 1:k]]
    if "," in between or any(calls_off(toks, j) for j in range(at + 1, k)):
        return False
    if toks[at].lower != "no":
        return all(w in _AUXILIARIES or w.endswith("ly") for w in between) or toks[k - 1].lower == "as"
    # 'no' opens a noun phrase: its head may be a verb's -ing ('No signing … expected'), nothing after it a verb
    return "to" not in between[1:] and not any(verb_form(w) for w in between[1:])


def negated_expectation(toks) -> tuple[str, float] | None:
    """('neg … exp', strength) for a negated expectation in the stretch `toks` (the act's near window in its
    clause), or None."""
    words = [t.lower for t in toks]
    at = next((k for k, w in enumerate(words) if w in NEGATORS
               and not (w == "no" and words[k + 1:k + 3] in _COMPARATIVE_LIMITS)), None)
    if at is None:
        return None
    verb = _negated_verb(toks, at) if words[at] != "no" else None
    if verb is not None and calls_off(toks, verb):
        return None  # 'did not call off the strike planned for …': the plan stands
    # 'set' expects only as 'set to' / 'set for' ('did not set a new date' negates no expectation)
    exp = next((w for k, w in enumerate(words) if w in EXPECTATION and (w != "set" or words[k + 1:k + 2] in (["to"], ["for"]))
                and (k < at or _governs(toks, at, k))), None)
    return (f"{words[at]} … {exp}", STRENGTH) if exp else None



def negated_call_off(sent, i: int, span: int = 6) -> bool:
    """A calling-off verb between a negation (within `span` tokens before token i, in its clause) and the act word
    at i: 'did not call off the strike' negates the calling-off and the act stands; it is neither a failure of
    the act nor the act told undone."""
    toks = sent.tokens
    a, _ = sent.clause_of(i)
    at = next((k for k in range(max(a, i - span), i) if toks[k].lower in NEGATORS), None)
    return at is not None and any(calls_off(toks, j) for j in range(at + 1, i))
