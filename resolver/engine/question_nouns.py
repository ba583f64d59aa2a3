"""The nouns of a market's question, for derive.py: when a word is a noun (after a determiner
or a possessive), where the subject's or object's noun phrase starts (past a partitive count, a
prepositional verb's preposition, the possessor's name), word pairs closed up into one noun
('shut down' → 'shutdown'), the head noun of a name made of an acronym ('BI-Rate'), a verb with an
object sense followed by its object ('stay the execution'), and a support or light verb whose
object is an event noun naming the act ('make its third launch')."""

from __future__ import annotations

import re


from . import lexicon
from .act_families import EVENT_NOUN_ACTS
from .frames import OBJECT_SENSES, QUESTION_EVENT_NOUNS
from .frames import LIGHT_VERBS, SUPPORT_VERBS
from .question_verbs import light_verb_act, support_verb_act
from .text import Token, all_lemmas


# event nouns a question's light or support verb carries: the frames', and question-only ones ('flight')
_CARRIED_NOUNS = {**QUESTION_EVENT_NOUNS, **EVENT_NOUN_ACTS}


def _merge_compounds(words: list[str]) -> list[str]:
    """Join word pairs that are one dictionary word when closed up ("shut down" → "shutdown")."""
    out: list[str] = []
    i = 0
    while i < len(words):
        if i + 1 < len(words) and words[i].isalpha() and words[i + 1].isalpha():
            joined = (words[i] + words[i + 1]).lower()
            if all_lemmas(joined).get("NOUN"):
                out.append(joined)
                i += 2
                continue
        out.append(words[i])
        i += 1
    return out


def _object_preposition(act: str | None, words: list[str], start: int) -> int:
    """How many words of a prepositional verb's preposition stand at `start` ('rule against',
    'rule in favour of'): the object follows them (0 when the verb takes a direct object)."""
    for prep in lexicon.PREPOSITIONAL_OBJECTS.get(act or "", ()):
        n = len(prep.split())
        if words[start:start + n] == prep.split():
            return n
    return 0


_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "this", "that"})


def _object_sense(act: str | None, toks: list[Token], i: int) -> bool:
    """'stay Rahul Gandhi's conviction', 'stay the execution': a verb of data/frames.json
    'object_senses' followed at once by a noun phrase (a determiner or a capitalised name) is the
    act done to that object, not a state ('stay at 5.25%', 'stay unbeaten' stay states)."""
    if act not in OBJECT_SENSES or not 0 <= i < len(toks) - 1:
        return False
    nxt = toks[i + 1]
    return nxt.lower in _DETERMINERS or (nxt.text[:1].isupper() and nxt.lower not in lexicon.MONTHS)


# a name made of an acronym and a head noun ('BI-Rate'): the head names what it is
_ACRONYM_HEAD = re.compile(r"[A-Z]{2,5}-([A-Z][a-z]+)")


def _determined(prev: Token) -> bool:
    """The word before is a determiner or a possessive ('the launch', "Collor's arrest"): what
    follows is a noun."""
    return prev.lower in _DETERMINERS or prev.text.endswith(("'s", "\u2019s"))


def _name_of_owner(toks: list[Token], subject: list[str], owner: int) -> bool:
    """The subject's phrase stopped inside the possessor's name: 'the Bank of Thailand's policy
    rate' read as 'Bank' ('of' then capitalised words up to the possessive), not a phrase that
    ends before another modifier ('the start date for Trump's new tariff rates')."""
    if not subject or toks[owner].text.strip("'\"") in subject:
        return False
    last = max((k for k in range(owner) if toks[k].text.strip("'\"") == subject[-1]), default=None)
    return last is not None and last + 1 < owner and toks[last + 1].lower == "of" and \
        all(t.text[:1].isupper() for t in toks[last + 2:owner + 1])


_COUNTING = frozenset({"all", "each", "every", "both", "any"})


def _partitive(words: list[str], end: int) -> int:
    """Where the subject's noun phrase starts after a partitive count ('all 50 of Dominique
    Pelicot's co-defendants': the co-defendants are what is counted), else 0."""
    k = 0
    while k < end and (words[k] in _COUNTING or words[k].isdigit() or words[k] in lexicon.NUMBER_WORDS):
        k += 1
    return k + 1 if 0 < k < end and words[k] == "of" else 0


def _supported_noun(words: list[str], toks: list[Token]) -> tuple[str, int] | None:
    """'Nuri rocket make its third launch': a support or light verb whose object's head is an
    event noun is the question's verb (its noun names the act), even when that noun could itself
    be read as a verb ('launch'); else None."""
    for i, t in enumerate(toks):
        if t.text[:1].isupper() or (i and toks[i - 1].lower in _DETERMINERS):
            continue
        if i and (toks[i - 1].lower.isalpha() and "ADJ" in all_lemmas(toks[i - 1].lower)
                  and not toks[i - 1].lower.endswith("ly") or toks[i - 1].text in ("%",) or toks[i - 1].lower[:1].isdigit()):
            continue  # 'a Falcon 9 first stage after an orbital launch', 'a 5% pay raise': a noun after its modifier
        if t.lower in SUPPORT_VERBS and support_verb_act(words, i, _CARRIED_NOUNS) or \
                t.lower in LIGHT_VERBS and light_verb_act(words, i, _CARRIED_NOUNS):
            return t.lower, i
    return None


_POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her", "the", "a", "an"})


def phrase_ends(toks: list[Token], k: int, out: list[str]) -> bool:
    """The noun phrase built so far (`out`) ends before token k: at a preposition that opens an
    adjunct ('flights due to the outage', 'the title without dropping a set', 'rainfall since records
    began'), or at a participle opening a clause on the head ('a new contract ending their strike',
    'legislation permanently lifting sanctions')."""
    if not out or out[-1].lower() in _DETERMINERS:
        return False
    t = toks[k]
    if t.lower in ("without", "since", "due", "beyond"):
        return True  # 'flights due to the outage', 'the title without dropping a set' ('to' may join a
        # relational noun to its complement: 'a successor to CEO Kasper Rorsted', 'the amendment to the Basic Law')
    if not t.lower.endswith("ing") or "VERB" not in all_lemmas(t.lower):
        return False
    prev = toks[k - 1].lower
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    adverb = prev.endswith("ly") and set(all_lemmas(prev)) == {"ADV"}
    return adverb or (nxt is not None and (nxt.lower in _POSSESSIVE_PRONOUNS or nxt.text[:1].isupper()))


def adverb_only(word: str) -> bool:
    """A word that is only an adverb ('again', 'fully'): no part of a noun phrase. ('Outright' stays: 'win the
    Solheim Cup outright' asks for a win, not a tie that retains the cup.)"""
    return set(all_lemmas(word)) == {"ADV"}


# the head of a subject that measures something named after 'of': 'the spot price of gold'
_MEASURE_HEADS = frozenset({"price", "prices", "cost", "value"})


def priced_thing(toks: list[Token], end: int) -> str | None:
    """'Will the spot price of gold reach $2,000?': a subject whose head is a price or value,
    followed by 'of' and a lowercase noun before the verb, is about that noun ('gold'), the thing
    the figure prices; a sentence naming it ('Gold prices hit $2,000') speaks of the market's
    subject. None for any other subject (a capitalised name is read as an actor already)."""
    words = [t.lower for t in toks[:max(end, 0)]]
    k = next((k for k in range(1, len(words) - 1) if words[k] == "of" and words[k - 1] in _MEASURE_HEADS), None)
    if k is None:
        return None
    rest = [t.text for t in toks[k + 1:end] if t.lower not in _DETERMINERS]
    if not rest or not all(w.isalpha() and w.islower() for w in rest) or "NOUN" not in all_lemmas(rest[-1]):
        return None
    return rest[-1]
