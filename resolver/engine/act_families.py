"""Act families (lexicon.ACT_FAMILIES): the family a verb belongs to, the verbs and nouns that
name its act, and the act an event noun names ('approval' → approve)."""

from __future__ import annotations

from . import lexicon

# event nouns of the frames → the act they name (the frame listing the noun first: 'approval' → approve)
EVENT_NOUN_ACTS = {noun: min((fam["nouns"].index(noun), key) for key, fam in lexicon.ACT_FAMILIES.items()
                               if noun in fam["nouns"])[1]
                    for family in lexicon.ACT_FAMILIES.values() for noun in family["nouns"]}


def family_key(lemma: str) -> str | None:
    """The act family a verb belongs to: its own, else the family listing it first."""
    if lemma in lexicon.ACT_FAMILIES:
        return lemma
    ranked = sorted((fam["verbs"].index(lemma), key) for key, fam in lexicon.ACT_FAMILIES.items()
                    if lemma in fam["verbs"])
    return ranked[0][1] if ranked else None


def family_of(lemma: str) -> tuple[str, ...]:
    key = family_key(lemma)
    verbs = lexicon.ACT_FAMILIES[key]["verbs"] if key else ()
    return tuple(dict.fromkeys((lemma, *verbs)))


def act_nouns(lemma: str) -> tuple[str, ...]:
    key = family_key(lemma)
    return lexicon.ACT_FAMILIES[key]["nouns"] if key else ()


def known_act(lemma: str) -> bool:
    return (lemma in lexicon.ACT_FAMILIES or any(lemma in f["verbs"] for f in lexicon.ACT_FAMILIES.values())
            or lemma in lexicon.STATE_VERBS or lemma in lexicon.ENDING_VERBS)
