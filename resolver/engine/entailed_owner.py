"""Whose act an object-keyed entailing phrase tells: 'appointed joint administrators of Comet' tells
Comet's administration, not the market's party's, when the name after 'of/to/at/for' is none of
the market's actors (frames.json entailments keyed by act and object, read by analysis.py). A phrase ending in
a noun that modifies the next word tells another thing ('took control of government buildings'), and a phrase
of handing over ('handing over to her eldest son Willem-Alexander', 'abdicated in favour of') tells the act of
the one it is handed to: the market's actor must be named after it, within a few words, and not before it. A verb
whose entailment needs its object ('seal' a title) counts only with such an object (object_fits)."""

from __future__ import annotations

from .text import Sentence


def named_other(sent: Sentence, end: int, actors: dict) -> bool:
    """An object-keyed entailing phrase ending at token `end` is followed by 'of/to/at/for' and a
    name that is none of the market's actors ('administrators of Comet')."""
    toks = sent.tokens
    if end + 1 >= len(toks) or toks[end].lower not in ("of", "to", "at", "for") or not toks[end + 1].text[:1].isupper():
        return False
    rest = sent.text[toks[end + 1].start:]
    return not any(p.match(rest) for p in actors.values())


# words that may follow an object-keyed phrase ending in a noun without that noun modifying them: the clause goes on
_GOES_ON = frozenset(
    "on in at after before and or but as from with by since amid following without through when while which that "
    "who whom where there again overnight back itself himself themselves early late last this next today yesterday "
    "tonight for to of into from under over against during until till than then thus so the a an his her its their "
    "was were is are has have had be been being not also once now around above below beneath near across along about "
    "toward towards inside outside beyond onto upon via within among amongst between behind off up down out away "
    "despite per past like".split())  # a preposition or particle opens what follows: 'slipped into orbit around Mars'


def modifies_noun(sent: Sentence, end: int) -> bool:
    """An object-keyed entailing phrase ending at token `end` in a noun that modifies the word after it: 'took
    control of government buildings', 'took control of the country's north' tell no seizure of the government.
    Read only when the phrase's last word is no verb ('announce will leave the club' goes on with its object)."""
    from .word_class import verb_at
    toks = sent.tokens
    if end >= len(toks) or verb_at(sent, end - 1):
        return False
    nxt = toks[end]
    if nxt.lower in ("'s", "’s", "s"):
        return True
    return nxt.text[:1].islower() and nxt.text.isalpha() and nxt.lower not in _GOES_ON and not nxt.lower.endswith("ly")


# a handing-over phrase's last word: the one named after it receives ('hand over to', 'abdicate in favour of')
_TO_WHOM = frozenset({"to", "of"})
_RECIPIENT_REACH = 6  # words from the phrase's end to the recipient's name ('to her eldest son Willem-Alexander')


def not_owned(sent: Sentence, i: int, end: int, actors: dict) -> bool:
    """An object-keyed entailing phrase (tokens i to end) that tells no act of the market's actor: its noun
    modifies the next word (modifies_noun), or it hands something over and the market's actor is not the one
    named right after it ('Beatrix abdicated, handing over to her son Willem-Alexander' is Willem-Alexander's
    accession; 'Willem-Alexander handed over to his daughter' is none of his)."""
    toks = sent.tokens
    if toks[end - 1].lower not in _TO_WHOM:
        return modifies_noun(sent, end)
    if end >= len(toks):
        return True
    last = toks[min(end + _RECIPIENT_REACH, len(toks)) - 1]
    # a hyphenated name read word by word ('Willem-Alexander'), as the market's actors are
    after = sent.text[toks[end].start:last.start + len(last.text)].replace("-", " ")
    before = sent.text[:toks[i].start].replace("-", " ")
    named = [p for p in actors.values() if p.search(after)]
    return not named or any(p.search(before) for p in named)


# where a verb's object ends: a preposition, an infinitive's 'to', a conjunction or punctuation
_OBJECT_ENDS = frozenset({"to", "with", "by", "in", "at", "on", "for", "of", "after", "as", "and", "but", "while", ",", ".",
                          ";", ":", "-", "–", "—"})
_OBJECT_REACH = 7  # words from the verb to its object's head ('seals 2019 Bennetts British Superbike title')


def object_fits(sent: Sentence, i: int, nouns: frozenset[str], not_nouns: frozenset[str] = frozenset()) -> bool:
    """An entailing verb whose sense needs its object ('seal' entails a win only when what is sealed is a title, a crown
    or a victory: 'sealed the 2019 British Superbike title', not 'sealed his status with a solo attack to win the road
    race' nor 'sealed a place in the final'): one of `nouns` (lemmas) before the object's phrase ends. True without
    `nouns`. Nor, with `not_nouns`, when one of them heads the object ('concluded proceedings of the case' ends a hearing,
    it announces nothing)."""
    if not_nouns:
        for tok in sent.tokens[i + 1:i + 1 + _OBJECT_REACH]:
            if tok.lower in _OBJECT_ENDS:
                break
            if tok.lemmas & not_nouns:
                return False
    if not nouns:
        return True
    for tok in sent.tokens[i + 1:i + 1 + _OBJECT_REACH]:
        if tok.lower in _OBJECT_ENDS:
            return False
        if tok.lemmas & nouns:
            return True
    return False
