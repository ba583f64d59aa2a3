"""The verb a negated modal governs: 'the special counsel cannot prosecute Trump in the case'
rules out prosecuting, not the case's dismissal (rules/ruled_out.py)."""

from __future__ import annotations

import re

from .text import Sentence, tokenize

MODAL_NOT = frozenset({"will not", "won't", "cannot", "can't", "can not"})
# words between a negated modal and its verb ('cannot legally be tried', 'will not now go ahead')
_FILLERS = frozenset({"be", "been", "have", "ever", "yet", "still", "now", "also", "even", "again", "longer"})
# verbs that say the act itself does or does not come about ('the launch will not take place')
_HAPPENING = frozenset({"happen", "take", "occur", "go", "proceed", "come", "start", "begin", "resume", "be"})


def governs_other_verb(sent: Sentence, k: int, phrase: str, near: int, act_verbs: frozenset[str],
                       act_idx, question_words: frozenset[str]) -> bool:
    """'Cannon ruled that the special counsel cannot prosecute Trump in the case' for a market on
    the case's dismissal: the negated modal `phrase`, within `near` words before the market's
    object (token k) in its clause, governs a verb (past adverbs and 'be') that takes the object
    further on and is neither the act, a word of the question ('cannot stand' for 'cleared to
    stand'), nor a verb of an act coming about: it rules out another act done to the object."""
    toks = sent.tokens
    words = [t.lower for t in tokenize(phrase)]
    a, _ = sent.clause_of(k)
    for m in range(max(a, k - near), k):
        if [t.lower for t in toks[m:m + len(words)]] != words:
            continue
        j = m + len(words)
        while j < len(toks) and (toks[j].lower in _FILLERS or toks[j].lower.endswith("ly")):
            j += 1
        if j >= len(toks) or not toks[j].lower.isalpha():
            return False
        verb = toks[j]
        if j >= k:
            return False
        return not ((verb.lemmas | {verb.lower}) & (act_verbs | question_words) or j in act_idx
                    or verb.lemmas & _HAPPENING)
    return False


# words that open a noun phrase of the verb's own ('cannot fulfill his duties'), or an object pronoun standing for
# one ('will not be joining them')
_OWN_OBJECT = frozenset({"his", "her", "its", "their", "the", "a", "an", "any", "our", "my", "your", "this", "that",
                         "them", "him", "us"})


def subject_modal_other_verb(sent: Sentence, k: int, phrase: str, near: int, act_verbs: frozenset[str],
                             act_idx, question_words: frozenset[str]) -> bool:
    """'Ghannouchi said President Zine El Abidine Ben Ali "cannot fulfill his duties"' for a market on
    the president leaving: the market's object (token k) is the subject of the negated modal
    `phrase` (only its own name words stand between), and the modal governs an active verb taking
    a noun phrase of its own ('his duties') that is neither the act, a word of the question, nor a
    verb of an act coming about: it rules out another act the object would do, not the market's.
    A passive ('cannot be removed') is what would be done to the object and is not read here."""
    toks = sent.tokens
    words = [t.lower for t in tokenize(phrase)]
    _, b = sent.clause_of(k)
    for m in range(k + 1, min(b, k + near + 1)):
        if [t.lower for t in toks[m:m + len(words)]] != words:
            continue
        if any(not (t.text[:1].isupper() or t.text in ("\"", "“", "'", "‘")) for t in toks[k + 1:m]):
            return False  # another noun phrase or verb between: the object is not the modal's subject
        j = m + len(words)
        while j < len(toks) and toks[j].lower.endswith("ly") and toks[j].lower not in ("only",):
            j += 1
        if j + 1 < len(toks) and toks[j].lower == "be" and toks[j + 1].lower.endswith("ing") and toks[j + 1].lower.isalpha():
            j += 1  # the progressive 'will not be joining them': the verb is 'joining'
        if j + 1 >= len(toks) or not toks[j].lower.isalpha() or toks[j + 1].lower not in _OWN_OBJECT:
            return False
        verb = toks[j]
        return not ((verb.lemmas | {verb.lower}) & (act_verbs | question_words) or j in act_idx
                    or verb.lemmas & (_HAPPENING | {"be", "have"}))
    return False


_NEGATIVE_CONTENT = re.compile(r"\bthat\b[^.;]*?\b(?:not|n't|no\s+longer|never)\b", re.I)


def announced_negation(sent: Sentence, k: int, phrase: str, act_idx, criteria: str, act_forms: frozenset[str]) -> bool:
    """'Fidel Castro has announced he will not return to the presidency' for a market on his announcing
    that he 'will not continue in the office': the negated modal `phrase` comes after the act's verb
    (told done, in act_idx) within its clause, so it is what was announced, and the market's criteria
    themselves ask for an announcement of a negation (a form of the act's verb, then 'that … not'): the
    modal is the announcement's content, not the act ruled out."""
    if phrase not in MODAL_NOT or k not in act_idx:
        return False
    words = [t.lower for t in tokenize(phrase)]
    toks = sent.tokens
    _, b = sent.clause_of(k)
    if not any([t.lower for t in toks[m:m + len(words)]] == words for m in range(k + 1, min(b, k + 8))):
        return False
    low = criteria.lower()
    return any(_NEGATIVE_CONTENT.search(low[m.end():m.end() + 120])
               for form in act_forms for m in re.finditer(rf"\b{re.escape(form)}\b", low))


# an expectation negated: 'are not expected to', 'is not likely to', 'is not due to'
_EXPECTED_NOT = frozenset({"expected", "likely", "due", "scheduled", "set", "planned"})
# a use of the object beginning (what would end a closure), not the state kept ('keep the airport closed')
_BEGINNING = frozenset({"start", "begin", "resume", "restart", "reopen"})


def expected_other_verb(sent: Sentence, k: int, near: int, act_verbs: frozenset[str], act_idx) -> bool:
    """'U.S.-based airlines are not expected to start using the airport until late May' for a market
    on the airport remaining closed: within `near` words before the market's object (token k) in its
    clause, 'not' + an expectation word + 'to' governs a verb of beginning (past adverbs) that is not the
    market's act: the expectation is of another act begun on the object, not of the state the market asks
    about ('not expected to keep the airport closed' is the state itself)."""
    toks = sent.tokens
    a, _ = sent.clause_of(k)
    for m in range(max(a, k - near), k - 2):
        if toks[m].lower not in ("not", "n't") or toks[m + 1].lower not in _EXPECTED_NOT or toks[m + 2].lower != "to":
            continue
        j = m + 3
        while j < k and toks[j].lower.endswith("ly") and toks[j].lower.isalpha():
            j += 1
        if j >= k or not toks[j].lower.isalpha():
            return False
        verb = toks[j]
        return bool(verb.lemmas & _BEGINNING) and not ((verb.lemmas | {verb.lower}) & act_verbs or j in act_idx)
    return False
