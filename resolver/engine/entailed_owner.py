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
