"""Act families (lexicon.ACT_FAMILIES): the family a verb belongs to, the verbs and nouns that
name its act, and the act an event noun names ('approval' → approve)."""

from __future__ import annotations

from . import lexicon

# event nouns of the frames → the act they name (the frame listing the noun first: 'approval' → approve)
EVENT_NOUN_ACTS = {noun: min((fam["nouns"].index(noun), key) for key, fam in lexicon.ACT_FAMILIES.items()
                               if noun in fam["nouns"])[1]
                    for family in lexicon.ACT_FAMILIES.values() for noun in family["nouns"]}


def _listing_first() -> dict[str, str]:
    """Each listed verb → the family listing it first (earliest place in its verbs; on a tie, the
    first key in sorted order)."""
    ranked: dict[str, tuple[int, str]] = {}
    for key, fam in lexicon.ACT_FAMILIES.items():
        for place, verb in enumerate(fam["verbs"]):
            if verb not in ranked or (place, key) < ranked[verb]:
                ranked[verb] = (place, key)
    return {verb: key for verb, (_, key) in ranked.items()}


# read at every token of every sentence: a table made once at import, not a pass over the families
_LISTING_FIRST = _listing_first()


def family_key(lemma: str) -> str | None:
    """The act family a verb belongs to: its own, else the family listing it first."""
    if lemma in lexicon.ACT_FAMILIES:
        return lemma
    return _LISTING_FIRST.get(lemma)


def family_of(lemma: str) -> tuple[str, ...]:
    key = family_key(lemma)
    verbs = lexicon.ACT_FAMILIES[key]["verbs"] if key else ()
    return tuple(dict.fromkeys((lemma, *verbs)))


def act_nouns(lemma: str) -> tuple[str, ...]:
    key = family_key(lemma)
    return lexicon.ACT_FAMILIES[key]["nouns"] if key else ()


def known_act(lemma: str) -> bool:
    return (lemma in lexicon.ACT_FAMILIES or lemma in _LISTING_FIRST
            or lemma in lexicon.STATE_VERBS or lemma in lexicon.ENDING_VERBS)
