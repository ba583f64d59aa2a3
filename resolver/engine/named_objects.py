"""An article-level link between a generic noun and the market's named object: an article that
puts a craft noun in apposition to the proper name the market gives its object ('The
"microwave-oven-sized satellite", CAPSTONE, was designed …' for 'Will NASA's CAPSTONE mission
launch …?') means that object whenever it says 'satellite' ('Rocket Lab has successfully launched
a NASA satellite headed to the moon'). Only the nouns of data/craft.json, only singular, and only
when the article sets the noun beside no other proper name (two craft in one article keep their
nouns apart)."""

from __future__ import annotations

import re
from functools import lru_cache

from .packaged import load_json

_CRAFT = load_json("craft.json")
GENERIC = frozenset(_CRAFT["generic_nouns"])
NAMED_HEADS = frozenset(_CRAFT["named_heads"])
_NOUN = "|".join(sorted(GENERIC))
_Q = "[\"'“”‘’]?"
_NAME_TOKEN = re.compile(r"^[A-Z][A-Za-z0-9-]*[A-Z0-9][A-Za-z0-9-]*$|^[A-Z][a-z]+-?\d+[A-Za-z]?$")
# 'satellite", CAPSTONE,' / 'satellite, CAPSTONE,'
_AFTER = re.compile(rf"\b({_NOUN}){_Q},\s+{_Q}(?P<name>[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*)*){_Q}\s*,")
# 'CAPSTONE, a microwave-oven-sized satellite' / 'the CAPSTONE spacecraft'
_BEFORE = re.compile(rf"(?P<name>[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*)*),\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?({_NOUN})\b")
_COMPOUND = re.compile(rf"(?P<name>[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*)*)\s+({_NOUN})\b")


def _run_before_head(question: str, heads: frozenset[str], word: re.Pattern[str], after_owner: bool) -> str | None:
    """The run of words matching `word` right before the first head noun of the question that can
    carry a name; with `after_owner`, only a run that a possessive ('Blue Origin's') leads."""
    words = question.split()
    for k, w in enumerate(words):
        head = re.sub(r"\W", "", w).lower()
        if k < 2 or head not in heads or head not in NAMED_HEADS:
            continue
        run = []
        for j in range(k - 1, 0, -1):
            if words[j].endswith(("'s", "’s")):
                if after_owner:
                    return " ".join(run) if run else None
                break
            if not word.match(words[j].strip("\"'()")):
                break
            run.insert(0, words[j].strip("\"'()"))
        if run and not after_owner:
            return " ".join(run)
    return None


@lru_cache(maxsize=1024)
def object_name(question: str, heads: frozenset[str]) -> str | None:
    """The proper name the question gives its object, a craft or its flight, right before the
    object's head noun ('NASA's CAPSTONE mission' → 'CAPSTONE'): capitalised words, not a
    possessive owner, none at the question's start."""
    return _run_before_head(question, heads, _NAME_TOKEN, after_owner=False)


def _pairs(text: str, compounds: bool) -> list[tuple[str, str]]:
    """(name, noun) for every apposition (and, with `compounds`, compound: 'the CAPSTONE
    spacecraft') of a capitalised name and a craft noun. A compound of another name is no rival:
    'a NASA satellite' names its owner, not another craft."""
    out = []
    for pattern, ni in ((_AFTER, 1), (_BEFORE, 2)) + (((_COMPOUND, 2),) if compounds else ()):
        for m in pattern.finditer(text):
            out.append((m.group("name"), m.group(ni).lower()))
    return out


def aliases(question: str, heads: frozenset[str], text: str) -> frozenset[str]:
    """Craft nouns the article sets beside the market's object name and beside no other name."""
    name = object_name(question, heads)
    if not name:
        return frozenset()
    ours = {noun for n, noun in _pairs(text, True) if n == name or n.endswith(" " + name)}
    theirs = {noun for n, noun in _pairs(text, False) if not (n == name or n.endswith(" " + name) or n.startswith(name))}
    return frozenset(ours - theirs - heads)


_WORD_NAME = re.compile(r"^[A-Z][A-Za-z0-9-]*$")


@lru_cache(maxsize=1024)
def craft_name(question: str, heads: frozenset[str]) -> str | None:
    """The capitalised words right before a craft's head noun in the question, after its owner's
    possessive ('Blue Origin's New Glenn rocket' → 'New Glenn'); like object_name, but any
    capitalised word counts, so only a run led by a possessive is taken (no doer's name)."""
    return _run_before_head(question, heads, _WORD_NAME, after_owner=True)


def name_positions(tokens, name: str | None) -> list[int]:
    """Where a sentence writes the object's own name (object_name: 'New Glenn'), as capitalised
    words in order: the index of its last word ('its New Glenn launch vehicle' names the rocket)."""
    if not name:
        return []
    words = name.split()
    n = len(words)
    return [k + n - 1 for k in range(len(tokens) - n + 1)
            if [t.text for t in tokens[k:k + n]] == words]
