"""The market's object told by the general noun of its kind (data/kind_nouns.json).

News names an object once by its own words and then by its kind: 'the detention facility at
Guantanamo Bay … The prison will not close by January'; a bill is 'the measure', 'the legislation',
and signed legislation is 'the Don't Ask, Don't Tell Repeal Act of 2010'. A kind noun stands for the
market's object only when nothing says it is another one of the kind:

- it is definite ('the', 'this', 'that'), never 'a new prison' or 'another bill';
- either the words between the determiner and the noun name one of the market's actors ('the
  Don't Ask, Don't Tell Repeal Act'), or they name nothing (no capitalised word, no 'new', 'other'
  …) and the article names the object by its own head beside a market actor and sets no other name
  or 'new', 'other' … before a noun of the kind anywhere ('the Thomson prison', 'a new prison');
- it is not the complement of a piece or another form of the object ('the December amendment to the
  Icesave legislation').

A 'named' noun of a group ('act', 'law' for a bill) counts only by the first way: a bare 'the law'
beside a bill is most often the law the bill amends."""

from __future__ import annotations

import re
from functools import lru_cache

from .packaged import load_json
from .word_class import DETERMINERS, PREPOSITIONS, PRONOUNS, verb_lemmas

_DATA = load_json("kind_nouns.json")
_GROUPS = tuple((frozenset(g["bare"]), frozenset(g["named"])) for g in _DATA["groups"])
_OTHERS = frozenset(_DATA["others"])
_PARTS = frozenset(_DATA["parts"])
_DEFINITE = frozenset({"the", "this", "that"})
_ALL = sorted({n for bare, named in _GROUPS for n in bare | named})
_OTHER_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(_OTHERS))})\s+(?:[\w-]+\s+)?(?:{'|'.join(_ALL)})s?\b", re.I)
_NAME_BEFORE = re.compile(rf"\b([A-Z][\w'’.-]*)\s+(?i:{'|'.join(_ALL)})s?\b")
_SPAN = 6  # words between the determiner and the noun
_FUNCTION = DETERMINERS | PREPOSITIONS | PRONOUNS | frozenset({"and", "or", "but", "said", "says", "not", "to"})


def _group(heads: frozenset[str]) -> tuple[frozenset[str], frozenset[str]] | None:
    for bare, named in _GROUPS:
        if heads & (bare | named):
            return bare, named
    return None


@lru_cache(maxsize=256)
def _article_ties(whole: str, heads: frozenset[str], actors: tuple, nouns: frozenset[str]) -> bool:
    """The article names the object by its own head in a sentence that names a market actor, and
    sets no other name nor 'new', 'other' … before a noun of the kind. `actors`: (name, pattern)."""
    for m in _OTHER_BEFORE.finditer(whole):
        if m.group(0).lower().split()[-1].rstrip("s") in nouns | heads:
            return False
    own = {w.lower() for name, _ in actors for w in re.findall(r"[\w'’-]+", name)}
    for m in _NAME_BEFORE.finditer(whole):
        name = m.group(1)
        if name.lower() in _DEFINITE or name.lower() in heads or name.lower().rstrip(".") in own:
            continue
        if not any(a.end() == m.end(1) for _, p in actors for a in p.finditer(whole, max(0, m.start(1) - 60), m.end(1))):
            return False  # 'the Thomson prison': another one of the kind
    head_pat = re.compile(rf"\b(?:{'|'.join(re.escape(h) for h in heads)})\b", re.I)
    for line in re.split(r"(?<=[.!?\n])\s+", whole):
        if head_pat.search(line) and any(p.search(line) for _, p in actors):
            return True
    return False


def _plain_modifier(word: str) -> bool:
    """A lowercase word that can stand between 'the' and the noun ('the military prison'): no
    function word, no verb ('the government said prison …' is no phrase)."""
    return word.isalpha() and word.islower() and word not in _FUNCTION and not verb_lemmas(word)


def positions(sent, heads: frozenset[str], actor_patterns: dict, whole: str) -> list[int]:
    """Indices of the sentence's kind nouns that stand for the market's object (module doc)."""
    group = _group(heads)
    if group is None:
        return []
    bare, named = group[0] - heads, group[1] - heads
    toks = sent.tokens
    out = []
    for i, t in enumerate(toks):
        if t.lower not in bare and t.lower not in named:
            continue  # a plural is many of the kind, not the one object
        det = next((j for j in range(i - 1, max(-1, i - _SPAN - 2), -1) if toks[j].lower in _DEFINITE), None)
        if det is None:
            continue
        if det >= 2 and toks[det - 1].lower in ("to", "of") and toks[det - 2].lower in _PARTS:
            continue  # 'the December amendment to the Icesave legislation': a piece of it
        between = toks[det + 1:i]
        if any(b.lower in _OTHERS for b in between):
            continue
        span = sent.text[toks[det].start:toks[i].start] if between else ""
        if span and not any(b.lower in _FUNCTION for b in between) \
                and any(p.search(span) for p in actor_patterns.values()):
            out.append(i)  # 'the Don't Ask, Don't Tell Repeal Act'
            continue
        if t.lower in named or len(between) > 2 or not all(_plain_modifier(b.text) for b in between):
            continue
        if _article_ties(whole, heads, tuple(actor_patterns.items()), bare | named):
            out.append(i)  # 'The prison will not close by January'
    return out
