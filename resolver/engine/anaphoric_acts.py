"""An act noun standing for the market's act in an article about it (README 'How the engine
decides', rule `ruled_out`): in a story headed "Orion flight test reset for December 5", the body
sentence "A Thursday launch attempt was scrubbed due to valve issues …" names no actor, yet its
'launch attempt' is the Orion launch the story is about. A calling-off of such a bare act noun
(a determiner, a weekday or a date, no name of its own before it) is read as a calling-off of the
market's act when the article's headline names one of the market's actors or its object; an act
noun carrying another name ('the Antares launch was scrubbed') is another party's."""

from __future__ import annotations

from .lexicon import MONTHS, WEEKDAYS

_DETERMINERS = frozenset({"a", "an", "the", "this", "that"})
_OPENERS = frozenset({",", ";", ":", "("})
_MONTHS = frozenset(MONTHS)


def _date_word(word: str) -> bool:
    w = word.lower().rstrip(".")
    return w in WEEKDAYS or w in _MONTHS or w.isdigit()


def _bare(toks, i: int) -> bool:
    """The act noun at i opens its phrase with a determiner, a weekday, a date or a common word
    only: 'A Thursday launch attempt', 'the launch' (not 'the Antares launch', 'SpaceX's launch')."""
    for k in range(i - 1, max(-1, i - 5), -1):
        t = toks[k]
        if t.lower in _DETERMINERS or t.text in _OPENERS:
            return True
        if t.lower in ("'s", "’s") or t.lower.endswith(("'s", "’s")) or (t.text[:1].isupper() and not _date_word(t.text)):
            return False
    return i == 0 or i < 5 and all(not toks[k].text[:1].isupper() or _date_word(toks[k].text) for k in range(1, i))


def bare_act_nouns(ctx, f) -> list[int]:
    """The act nouns of a body sentence naming no actor that stand bare at the head of their
    phrase, when the article's headline names a market actor or the object; [] otherwise."""
    if f.actors or f.sent.headline or not (f.act_noun_idx or f.act_idx):
        return []
    title = f.article.title or ""
    if not (any(p.search(title) for p in ctx.actor_patterns.values())
            or any(w.lower() in ctx.object_head for w in title.replace("'s", " ").split())):
        return []
    # a verb-spelled act word ('launch') in a noun phrase is the act's noun too
    return [i for i in sorted(f.act_idx + f.act_noun_idx) if _bare(f.sent.tokens, i)]
