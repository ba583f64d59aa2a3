"""Pronoun antecedents: a sentence opening with a subject pronoun ('It is going to be launched from French Guiana on
December 5') takes up what the sentence right before it names. When that sentence names no market actor but another
name ('We are going to have another spectacular mission of GSAT-1, that is the heaviest satellite India has made'),
the pronoun is that other thing, not the market's object told of further back (ISRO's HysIS launch): read by
rules/scheduled.py before a bare pronoun is taken for the market's act. A sentence before that names a market actor,
or no other name, leaves the pronoun to the market's act as before."""

from __future__ import annotations

from .analysis import SentenceFacts
from .text import article_sentences

# words a sentence may open or carry capitalised that name nobody ('We', 'The', 'I')
_NOT_NAMES = frozenset({"i", "we", "the", "a", "an", "it", "he", "she", "they", "this", "that", "our", "his", "her",
                        "their", "its", "in", "on", "at", "but", "and", "so"})


def other_name_before(f: SentenceFacts) -> bool:
    """The sentence right before f's names no market actor and some other capitalised name."""
    k = f.sent.index - 1
    sents = article_sentences(f.article.title, f.article.text)
    if k < 0 or k >= len(sents) or sents[k].headline:
        return False
    read = next((g for g in f.article_facts if g.sent.index == k), None)
    if read is not None and read.actors:
        return False  # (a sentence not read names no actor of the market)
    return any(t.text[:1].isupper() and t.lower.strip("\"'“”‘’,.") not in _NOT_NAMES for t in sents[k].tokens[1:])
