"""A past participle before a bare plural noun names a kind of thing, not an act: 'executives …, who
often receive suspended sentences', 'reduced sentences are common for first offenders', 'delayed
flights', 'cancelled meetings cost money'. With no determiner, possessive or number before it ('a
suspended sentence', 'his reduced sentence', 'two postponed votes'), the phrase tells no one occasion on
which the act was done; the market's act told this way is not reported done. A singular noun, a
determiner or number, or a participle after 'be'/'have' ('were suspended', 'had cut') is not read here.
Read by the mention reader (mentions._aspect). Pure and deterministic."""

from __future__ import annotations

from .lexicon import NUMBER_WORDS
from .text import Sentence, all_lemmas, lemmas_of
from .word_class import DETERMINERS, PREPOSITIONS, PRONOUNS, verb_at

_OWNERS = frozenset({"my", "your", "our", "his", "her", "its", "their", "whose", "both", "all", "some", "many", "several",
                     "these", "those", "the"})
_AUX = frozenset({"be", "is", "are", "was", "were", "been", "being", "has", "have", "had", "having"})


def kind_participle(sent: Sentence, i: int) -> bool:
    """Token i is a past participle right before a bare plural noun: 'receive suspended sentences'."""
    toks = sent.tokens
    if i + 1 >= len(toks) or not toks[i].lower.endswith(("ed", "en")):
        return False
    v = verb_at(sent, i)
    if v is not None and v[1] not in ("VBD", "VBN"):
        return False
    noun = toks[i + 1].lower
    if not noun.isalpha() or not noun.endswith("s") or noun.endswith("ss") or noun.rstrip("s") == noun \
            or not (lemmas_of(noun) - {noun}):
        return False  # not a plural ('sentences' → 'sentence')
    if i + 2 < len(toks) and toks[i + 2].lower in ("of", "to", "on", "against"):
        return False  # 'suspended sentences of two years for the five men': the occasion's own sentences
    prev = toks[i - 1].lower if i else ""
    if prev in DETERMINERS or prev in _OWNERS or prev in _AUX or prev in PRONOUNS or prev in NUMBER_WORDS \
            or prev[:1].isdigit() or prev.endswith(("'s", "’s")):
        return False  # 'the suspended sentences', 'were suspended', 'two reduced sentences', "Horie's reduced terms"
    if prev in PREPOSITIONS:
        return True  # 'with suspended sentences'
    pv = verb_at(sent, i - 1) if i else None
    if pv is None:  # a word that is only a verb, in its base or present form ('receive', 'gets')
        lem = all_lemmas(prev)
        return "VERB" in lem and "NOUN" not in lem and not prev.endswith(("ed", "en")) and prev.isalpha()
    return pv[1] in ("VB", "VBP", "VBZ", "VBG")  # 'often receive suspended sentences'; not
    # 'and deployed satellites', 'The rocket deployed satellites': a finite verb with its own object
