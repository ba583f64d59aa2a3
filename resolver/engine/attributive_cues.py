"""A cue word of calling-off or failure used as an adjective before a noun ('pulled nine miners from
the collapsed, flooded shaft', 'passengers of the cancelled flight', 'after a delayed start'): right
after an article or a possessive and before the noun it qualifies, the participle tells what befell
that noun's thing. It is no report that the market's act was called off, unless the noun it
qualifies is the act's own word or the market's object ('the cancelled summit' for a market on the
summit: the presupposed cancellation is its). Read by rules/ruled_out.py for its one-word event cues.
Pure; word shapes only, a few tokens either way."""

from __future__ import annotations

from .text import Sentence
from .word_class import PREPOSITIONS, is_noun, verb_lemmas

# words that open a noun phrase and leave the next word no verb: articles and possessives (not
# 'that', a relative, nor 'these'/'those', which may stand alone as a subject: 'those postponed')
OPENERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this"})
_LINKS = frozenset({",", "and", "or"})
_MAX_PHRASE = 5  # words from the cue to the noun it qualifies


def _head(sent: Sentence, k: int) -> int | None:
    """Index of the noun the adjective at token k qualifies: the last noun of the run of adjectives,
    participles and nouns after it ('collapsed, flooded shaft' → 'shaft'); None when no noun
    follows within a few words (the word is no attribute: 'the delayed were rebooked')."""
    toks = sent.tokens
    head = None
    for j in range(k + 1, min(len(toks), k + 1 + _MAX_PHRASE)):
        w = toks[j].lower
        if w in _LINKS and head is None:
            continue  # 'the collapsed, flooded shaft', 'a delayed and costly launch'
        if not w.isalpha() or w in PREPOSITIONS or w in OPENERS or w in ("to", "that", "which", "who"):
            break
        if is_noun(w):
            head = j
            continue
        if head is not None:
            break
        if not verb_lemmas(w) and not w.endswith(("ed", "en", "al", "ous", "ive", "ful", "ic", "y")):
            break  # neither a participle nor an adjective's shape
    return head


def qualifies_other(sent: Sentence, i: int, word: str, ours: set[int], near: int) -> bool:
    """The cue `word` nearest token i (within `near` tokens) stands as an adjective right after an
    article or a possessive and qualifies a noun that is none of the tokens `ours` (the act's words
    and the market's object): it tells of another thing."""
    toks = sent.tokens
    at = [k for k in range(max(1, i - near), min(len(toks), i + near + 1)) if toks[k].lower == word]
    if not at:
        return False
    k = min(at, key=lambda k: abs(k - i))
    prev = toks[k - 1].lower
    if prev not in OPENERS and not prev.endswith(("'s", "s'")):
        return False
    head = _head(sent, k)
    return head is not None and not ours & set(range(k, head + 1))
