"""A side named the champion of the market's contest (who-wins markets): 'Spain crowned world
champions after edging past England', 'Luke Humphries is the new PDC World Champion', 'X became
Serie A champions'. The side (the proper name right before the verb) won the contest the words
before 'champion' name, when those words are all words of the market's question and one of them a
word of its object ('world' of the FIFA Women's World Cup; not 'European champions' for the World
Cup). Being champion with no such word ('are champions again'), a champion still to be crowned
('could be crowned', 'will become'), a reigning one ('the reigning world champion', 'are world
champions' with no 'new') and a negated crowning are not read. Read by rules/confirmation.py (the
candidate crowned) and rules/rival_outcome.py (another side crowned)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .act_families import family_key
from .analysis import MarketContext, SentenceFacts, negation
from .contests import names_in
from .entities import country_of
from .champion_words import CHAMPION_WORDS
from .text import lemmas_of

_CHAMPION = CHAMPION_WORDS
_CROWNED = frozenset({"crowned"})
_BECAME = frozenset({"became", "becomes"})  # a headline's present reports what happened
_IS = frozenset({"is", "are", "'s", "\u2019s"})
_AUX = frozenset({"was", "were", "is", "are", "has", "have", "been", "officially", "finally", "deservedly"})
_NOT_DONE = frozenset({"will", "would", "could", "can", "may", "might", "must", "should", "to", "if", "whether",
                       "be", "being", "set", "poised", "bid", "hope", "hopes", "aim", "aims"})
_MAX_MODIFIERS = 4


@dataclass(frozen=True)
class Crowned:
    index: int  # the 'champion(s)' token
    verb: int  # the token that makes the side champion ('crowned', 'became', 'is')
    name: str  # the side named before the verb
    wording: str


def _words(text: str) -> set[str]:
    return {w.lower().removesuffix("'s").removesuffix("\u2019s") for w in re.findall(r"[\w'\u2019-]+", text)}


def _head(word: str, heads: set[str]) -> bool:
    """The word is one of the market's object words, in any of its forms ('Iditarod')."""
    return word in heads or word.rstrip("s") in heads or bool(lemmas_of(word) & heads)


_YEAR = re.compile(r"(?:19|20)\d\d")


def _edition_of(toks, k: int, asked: set[str], heads: set[str]) -> int | None:
    """'Ryan Redington is the champion of the 2023 Iditarod': after 'is the', a champion word, then
    'of (the)' and a year the question names, then words of the question, one of them a word of its
    object: the champion of that edition, its winner (not a reigning champion of an earlier one).
    The champion word's index, else None."""
    if k + 3 >= len(toks) or toks[k].lower not in _CHAMPION or toks[k + 1].lower != "of":
        return None
    j = k + 2 + (toks[k + 2].lower == "the")
    if j >= len(toks) or not _YEAR.fullmatch(toks[j].text) or toks[j].text not in asked:
        return None
    words = []
    for t in toks[j + 1:j + 1 + _MAX_MODIFIERS]:
        if not t.text[:1].isalpha():
            break
        words.append(t.lower.removesuffix("'s").removesuffix("\u2019s"))
    named = [w for w in words if w in asked]
    return k if named and words[:len(named)] == named and any(_head(w, heads) for w in named) else None


_LEAGUE_TITLES = frozenset({"title", "league", "championship", "crown"})


def _of_the_nation(toks, end: int, question: str, criteria: str, heads: set[str]) -> bool:
    """'Molde were crowned champions of Norway': for a market on a league's title ('the 2012 Tippeligaen title')
    whose question or criteria name the league's nation ('the 2012 Norwegian Tippeligaen'), the champions of that
    country are its league's (not for a cup, whose winners are its cup champions)."""
    market = f"{question} {criteria}"
    if not heads & _LEAGUE_TITLES or re.search(r"cups?", market, re.I) or end + 2 >= len(toks) \
            or toks[end + 1].lower != "of":
        return False
    j = end + 2 + (toks[end + 2].lower == "the")
    names = [toks[j].text] + ([f"{toks[j].text} {toks[j + 1].text}"] if j + 1 < len(toks) else []) if j < len(toks) else []
    nation = next((c for n in names if n[:1].isupper() and (c := country_of(n))), None)
    words = re.findall(r"\b[A-Z][\w'’-]+", market)
    return nation is not None and any(country_of(w) == nation for w in words + [" ".join(p) for p in zip(words, words[1:])])


def crowned(f: SentenceFacts, question: str, object_terms: list[str] | tuple[str, ...], criteria: str = "") -> Crowned | None:
    """The first side the sentence names champion of the market's contest (or of the nation whose league it is),
    else None."""
    toks = f.sent.tokens
    asked = _words(question)
    heads = {t.lower() for t in object_terms}
    for v, t in enumerate(toks):
        low = t.lower
        if low not in _CROWNED | _BECAME | _IS or negation(f, v):
            continue
        k = v + 1
        if k < len(toks) and toks[k].lower == "the":
            k += 1
        new = k < len(toks) and toks[k].lower == "new"
        edition = _edition_of(toks, k, asked, heads) if low in _IS and not new else None
        if low in _IS and not new and edition is None:
            continue  # 'Spain are world champions': may be the reigning ones; 'is the new … champion' tells a change
        k += new
        end = edition or next((j for j in range(k, min(len(toks), k + _MAX_MODIFIERS + 1))
                               if toks[j].lower in _CHAMPION), None)
        nation = end is not None and end == k and edition is None and low in _CROWNED \
            and _of_the_nation(toks, end, question, criteria, heads)
        if end is None or (end == k and edition is None and not nation):
            continue  # no 'champion', or none of the contest's words before it
        mods = [w.lower.removesuffix("'s").removesuffix("\u2019s") for w in toks[k:end]]
        if edition is None and not nation and (not all(m in asked for m in mods) or not any(_head(m, heads) for m in mods)):
            continue  # 'crowned European champions' for the World Cup: another contest's title
        a, _ = f.sent.clause_of(v)
        lead = v
        while lead > a and toks[lead - 1].lower in _AUX:
            lead -= 1
        if any(w.lower in _NOT_DONE for w in toks[max(a, lead - 3):v]):
            continue  # 'could be crowned', 'will become': not yet champion
        names = names_in(f, max(a, lead - 4), lead)
        if not names or lead == 0 or not toks[lead - 1].text[:1].isupper():
            continue  # the side is the name right before the verb (or its auxiliaries)
        words = f.sent.text[toks[v].start:toks[end].start + len(toks[end].text)]
        return Crowned(end, v, names[-1], f"'{words}'")
    return None


def crowned_candidate(ctx: MarketContext, f: SentenceFacts) -> Crowned | None:
    """'Spain crowned world champions after edging past England': for a market on a candidate
    winning a contest, the candidate named its champion."""
    t = ctx.target
    if not (t.candidate and t.role_exclusive and ctx.candidate_pattern and family_key(t.act or "") == "win"):
        return None
    found = crowned(f, ctx.market.question, t.object_terms, ctx.market.criteria)
    return found if found is not None and ctx.candidate_pattern.search(found.name) else None
