"""A title written before a name: 'German chancellor Angela Merkel will not seek reelection as chair
of the party' names who speaks or acts by her office; the office is not what the sentence's verb
is done to. A market's object word standing so ('Will Angela Merkel remain Chancellor …?') is no
trigger of that sentence's act (rules/ruled_out.py): 'will not seek reelection as chair' rules out
the chair, not the chancellorship."""

from __future__ import annotations

from .analysis import MarketContext, SentenceFacts
from .lexicon import MONTHS, WEEKDAYS

# words after which a title is the complement of a verb, not a title before a name ('named as
# chancellor', 'to become prime minister'): 'elected President Joe Biden' is rare, so these only guard
_COMPLEMENT = frozenset({"as", "become", "becomes", "became", "becoming", "remain", "remains", "remained"})


def _capital_name_word(text: str) -> bool:
    return text[:1].isupper() and text.isalpha() and text.lower() not in MONTHS and text.lower() not in WEEKDAYS


def title_before_name(ctx: MarketContext, f: SentenceFacts, k: int) -> bool:
    """Token k, a word of the market's object, with the object's words after it, stands right
    before a name: one of the market's actors, or (outside a headline, whose title case makes any
    word a capital) two capitalised words ('Chancellor Olaf Scholz')."""
    toks = f.sent.tokens
    if k > 0 and toks[k - 1].lower in _COMPLEMENT:
        return False
    objects = set(f.object_idx)
    j = k + 1
    while j in objects:
        j += 1  # 'Prime Minister Boris Johnson': the whole title
    if j >= len(toks) or not _capital_name_word(toks[j].text):
        return False
    pos = toks[j].start
    if any(pat.match(f.sent.text, pos) for pat in ctx.actor_patterns.values()):
        return True
    return not f.sent.headline and j + 1 < len(toks) and _capital_name_word(toks[j + 1].text)
