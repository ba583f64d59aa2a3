"""Whose act an object-keyed entailing phrase tells: 'appointed joint administrators of Comet' tells
Comet's administration, not the market's party's, when the name after 'of/to/at/for' is none of
the market's actors (frames.json entailments keyed by act and object, read by analysis.py)."""

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
    "was were is are has have had be been being not also once now".split())


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
