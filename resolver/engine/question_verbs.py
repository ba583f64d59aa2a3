"""How a question's verb is read where the dictionary or the surface would mislead: a
hyphenated verb ('soft-land' is landing), a re- prefix the dictionary does not list
('resentenced'), an announced intent ('announce they will seek the death penalty': the act
is seeking, and saying so is doing it), and data that show a clause ('data show the economy
grew': the act is growing, not showing)."""

from __future__ import annotations

import re


from . import lexicon
from .text import lemmas_of, all_lemmas

ANNOUNCING = frozenset({"announce", "declare", "confirm", "say", "state"})
_PRONOUNS = frozenset({"they", "he", "she", "it", "we"})


def is_verb_base(word: str) -> bool:
    lem = all_lemmas(word.lower())
    return "VERB" in lem and word.lower() in lem["VERB"]


def verb_head(word: str) -> str | None:
    """The verb a hyphenated question word acts as: the whole word when it is a verb
    ('re-establish'), else its last part after one manner word or prefix ('soft-land')."""
    w = word.lower()
    parts = w.split("-")
    if len(parts) < 2 or not all(p.isalpha() for p in parts):
        return None
    if is_verb_base(w):
        return w
    return parts[-1] if len(parts) == 2 and is_verb_base(parts[-1]) else None


def passive_lemma(word: str) -> str | None:
    """Lemma of a past participle after 'be', including prefixed ones lemminflect does not list
    ('resentenced' → 'resentence')."""
    lem = all_lemmas(word)
    if "VERB" in lem:
        return lem["VERB"][0]
    w = word.replace("-", "")
    if w.startswith("re") and w.endswith("ed") and all_lemmas(w[2:]).get("VERB"):
        return "re" + all_lemmas(w[2:])["VERB"][0]
    return None


def passive_alternative(words: list[str], act_idx: int) -> str | None:
    """'be captured or killed': the lemma of a second participle joined to the passive act at
    act_idx by 'or' (either act settles the question), else None."""
    if act_idx + 2 < len(words) and words[act_idx + 1].lower() == "or":
        return passive_lemma(words[act_idx + 2].lower())
    return None


def announced_act(words: list[str], capitalised: list[bool], act_idx: int) -> int | None:
    """After an announcing verb at act_idx, the index of the act it announces as intended
    ('announce they will seek', 'confirm that Acme will close'), else None."""
    rest = words[act_idx + 1:act_idx + 6]
    k = next((n for n, w in enumerate(rest) if w in ("will", "would")), None)
    at = act_idx + (k or 0) + 2
    if k is None or k > 2 or at >= len(words) or not is_verb_base(words[at]):
        return None
    if all(w == "that" or w in _PRONOUNS or capitalised[act_idx + 1 + n] for n, w in enumerate(rest[:k])):
        return at
    return None


# Verbs that carry an event noun ('grant approval', 'give the green light', 'issue a ban', 'put his
# signature to'): the noun is the act, and what it is granted to is the object (LIGHT_VERBS, data).
# ('regulatory' says who grants it, which the act itself says: a registration or an approval is the regulator's)
_SKIP = frozenset({"a", "an", "the", "its", "their", "his", "her", "(", ")", "final", "formal", "official", "regulatory"})


def light_verb_act(words: list[str], act_idx: int, nouns: dict[str, str]) -> tuple[str, int, list[str]] | None:
    """'grant traditional (full) approval to Leqembi' → ('approve', index of 'Leqembi',
    ['traditional', 'full']): the act a light verb's event noun names (`nouns`: noun → act),
    where its object starts, and the noun's qualifiers, which a report must name."""
    for j in range(act_idx + 1, min(len(words), act_idx + 7)):
        w = words[j]
        if w in nouns and j + 1 < len(words) and words[j + 1] in ("to", "on", "for"):
            qualifiers = [q for q in words[act_idx + 1:j] if q.isalpha() and q not in _SKIP]
            return nouns[w], j + 2, qualifiers
        if not (w.isalpha() or w in "()") or w in ("to", "on", "for", "by", "before"):
            return None
    return None


# Support verbs whose object is an event noun ('hold a meeting', 'conduct a test', 'carry out a
# strike', 'make a visit'): the noun names the event, so a report in the noun's own verb ('met')
# confirms it as well as one with the support verb ('held talks') (SUPPORT_VERBS, data).
# Frames whose doer chooses someone ('elect', 'appoint'): who holds an election organises the
# vote, it does not choose, so the support verb stays the act ('hold a presidential election').
_CHOOSING = frozenset({"elect", "select", "choose", "name", "appoint", "nominate", "vote"})
# how many parties meet is stated by the actors a report must name, not by a word it must repeat
_PARTY_COUNT = frozenset({"bilateral", "trilateral"})
_AFTER_HEAD = frozenset({"at", "in", "on", "by", "before", "with", "between", "during", "to", "for",
                         "?", ",", "this", "next", "within", "from", "of"})


def support_verb_act(words: list[str], act_idx: int, nouns: dict[str, str]) -> tuple[str, int, list[str]] | None:
    """'hold a bilateral meeting at the summit' → ('meet', index of 'at', []): the act an event
    noun heading a support verb's object names, where the rest of the object starts, and the
    noun's qualifiers a report must name. None when the object's head is not an event noun."""
    start = act_idx + 1
    if words[act_idx] == "carry":
        if start >= len(words) or words[start] != "out":
            return None
        start += 1
    reach = start + 5
    for j in range(start, len(words)):
        if j >= reach:
            break
        w = words[j]
        if w in nouns and (j + 1 == len(words) or words[j + 1] in _AFTER_HEAD):
            if nouns[w] in _CHOOSING:
                return None
            qualifiers = [q for q in words[start:j] if q.isalpha() and q not in _SKIP and q not in _PARTY_COUNT
                          and not _AMOUNT.match(q)]
            return nouns[w], j + 1, qualifiers
        if _AMOUNT.match(w):
            reach += 1
            continue  # 'make its €1.6 billion IMF repayment': the sum qualifies the event noun
        if not w.replace("-", "").isalpha() or w in _AFTER_HEAD:
            return None
    return None


_AMOUNT = re.compile(r"^(?:[$€£¥]|[$€£¥]?\d[\d.,]*(?:bn|m|k)?|million|billion|trillion)$")


# Verbs by which data or a report make a fact known ('GDP data show the economy grew'): when their
# complement is a clause, its verb is the act; 'show' itself is said of any figure, whatever it shows.
EVIDENTIAL_VERBS = frozenset({"show", "indicate", "suggest"})
_CLAUSE_OPENERS = frozenset({"that"})


def evidential_act(words: list[str], act_idx: int) -> int | None:
    """'data show the economy grew in …' → the index of 'grew': after an evidential verb, a noun
    phrase (a few words) then an inflected verb form (past or third person) whose lemma differs
    from the word; else None ('reveal the iPhone 16': an object, no clause)."""
    if act_idx < 0 or words[act_idx] not in EVIDENTIAL_VERBS:
        return None
    start = act_idx + 1 + (act_idx + 1 < len(words) and words[act_idx + 1] in _CLAUSE_OPENERS)
    for j in range(start + 1, min(len(words), start + 5)):
        w = words[j]
        if not w.isalpha():
            return None
        lem = all_lemmas(w)
        verbs = lem.get("VERB")
        if verbs and w not in verbs and not w.endswith("ing") and "NOUN" not in lem and "ADJ" not in lem:
            return j  # 'grew', 'contracted', 'rose': a finite verb after the clause's subject
    return None


def phrasal_act(words: list[str], i: int) -> tuple[str, int] | None:
    """The act a multi-word predicate starting at word i names, and how many words follow its
    first ('taken into custody' → ('arrest', 2)); None when no phrase of the lexicon starts there."""
    for phrase, lemma in lexicon.PHRASAL_ACTS.items():
        first, *rest = phrase.split()
        if first in lemmas_of(words[i]) and (n := phrase_tail(words, i, rest)) is not None:
            return lemma, n
    return None


def phrase_tail(words: list[str], i: int, rest: list[str]) -> int | None:
    """How many words after word i the rest of a phrase takes: its words in a row ('taken into
    custody'), or, for a phrase of three words or more, up to two words of a name or modifier before its
    last word ('placed into FDIC receivership', 'taken into federal custody'); None when it is not there."""
    n = len(rest)
    if words[i + 1:i + 1 + n] == rest:
        return n
    if n < 2 or words[i + 1:i + n] != rest[:-1]:
        return None
    for gap in (1, 2):
        k = i + n + gap
        if k < len(words) and words[k] == rest[-1] and all(w.isalpha() for w in words[i + n:k]):
            return n + gap
    return None


_PERFECT = frozenset({"be", "been", "being", "have", "has", "had"})


def main_verb_form(words: list[str], i: int, base: str) -> bool:
    """After 'Will', the question's own verb stands in its base form ('come into force') or as a
    participle after an auxiliary ('have taken effect'); an inflected form ('before it takes
    effect on August 5') is the verb of a subordinate clause, which does not name the act."""
    return words[i] == base or (i > 0 and words[i - 1] in _PERFECT)


# verbs whose complement is a that-clause stating a finding ('rule that civilians cannot be tried'):
# a copula inside that clause is the finding's, not the question's act
_CLAUSE_TAKING = frozenset({"rule", "find", "decide", "declare", "hold", "determine", "conclude", "say", "confirm",
                            "announce", "state", "report", "order"})


def in_content_clause(words: list[str], i: int) -> bool:
    """Word i stands in a that-clause governed by a verb before it ('rule that … be tried')."""
    return any(words[k] == "that" and k and words[k - 1] in _CLAUSE_TAKING for k in range(i))


def in_parentheses(words: list[str], i: int) -> bool:
    """Word i stands inside a parenthesis ('keep its overnight borrowing (reverse repurchase) rate at
    4%', 'approve Mounjaro (tirzepatide)'): a gloss, never the question's own verb."""
    return words[:i].count("(") > words[:i].count(")")
