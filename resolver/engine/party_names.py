"""Which names in a list of winners or rivals name a party (a person, a side, a team) and which only
describe one. A report's capitalised words are not all names: a nationality or a language ('The
South African writer JM Coetzee', 'writers in English have won'), a title or a standing ('Former',
'President', 'Leftist candidate …'), a function word or a number opening a sentence ('But', 'Two
Americans …') describe whoever is named, or no one. A name made only of such words names no party;
a name with one other word keeps it ('Former President Morsi', 'Team USA').

Demonyms count as parties where the market's candidate is itself a nation or a national side
('the Dutch won the World Cup' for 'Will England win …'): keep_demonyms. Word lists:
data/demonyms.json (with countryinfo's demonyms), data/party_names.json, and the function words
of data/name_guard.json."""

from __future__ import annotations

import re
from functools import lru_cache

from .entities import country_of, demonyms
from .packaged import load_json
from .quantities import acronym
from .transliteration import fold

_DEMONYMS = load_json("demonyms.json")
_PARTY = load_json("party_names.json")
_FUNCTION = load_json("name_guard.json")["function_words"]
_LONGEST = 4  # words in the longest demonym phrase read ('papua new guinean')


def _plurals(word: str) -> set[str]:
    """'germans', 'filipinos' (not 'chineses', 'swisss')."""
    return set() if word.endswith(("s", "sh", "ch", "ese", "x", "z")) else {word + "s"}


@lru_cache(maxsize=1)
def demonym_words() -> frozenset[str]:
    """Lowercase (folded) nationality, language and regional words and phrases, with plurals."""
    words = {w for key in ("nationalities", "languages", "regions") for w in _DEMONYMS[key]}
    words |= {p for w in words for p in _plurals(w)} | set(demonyms())
    return frozenset(fold(w) for w in words)


@lru_cache(maxsize=1)
def _describing() -> frozenset[str]:
    """Titles, standings, numbers and capitalised function words."""
    return frozenset(fold(w) for w in set(_PARTY["titles"]) | set(_PARTY["numbers"]) | set(_FUNCTION))


def _words(name: str) -> list[str]:
    """The name's words, lowercase and without accents, a possessive or stops ('Coetzee's' → 'coetzee')."""
    return [w for w in (fold(re.sub(r"['’]s$", "", p)).strip(".,;:'’\"()") for p in name.split()) if w]


def describes(name: str, keep_demonyms: bool = False, also: frozenset[str] = frozenset()) -> bool:
    """Every word of `name` is a demonym, a language, a title or standing, a number or a function
    word ('South African', 'English', 'Former President', 'Two Americans'), or one of `also` (the market's own
    places and contest words: 'Acting Zambia president wins election' for Zambia's election): it names no party."""
    words = _words(name)
    lone, phrases = _describing() | frozenset(fold(w) for w in also), frozenset() if keep_demonyms else demonym_words()
    k = 0
    while k < len(words):
        for n in range(min(_LONGEST, len(words) - k), 0, -1):
            phrase = " ".join(words[k:k + n])
            if phrase in phrases or (n == 1 and phrase in lone):
                k += n
                break
        else:
            return False
    return bool(words)


_SIDE_WORDS = re.compile(r"^(?:the\s+)?(?:team\s+)?(.+?)(?:\s+(?:national\s+)?(?:team|side|squad|xi))?$")


def nation_contest(candidate: str) -> bool:
    """The candidate is a nation, a national side or a continent's side ('England', 'Team USA', the
    Netherlands', 'Team Europe'): a demonym may name its rival ('the Americans')."""
    m = _SIDE_WORDS.match(" ".join(_words(candidate)))
    side = m.group(1) if m else ""
    return country_of(side) is not None or side in _PARTY["sides"]


def parties(names: tuple[str, ...], candidate: str, also: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """Of `names`, those that name a party (describes is false, with `also` among the describing words), for a
    market on `candidate`."""
    keep = nation_contest(candidate)
    return tuple(n for n in names if not describes(n, keep, also))


_ARTICLE_OR_POSSESSIVE = re.compile(r"^the\s+|['’]s$", re.I)
_INITIALS = re.compile(r"[A-Z]{2,6}")


def initials_of(name: str, owners: list[str]) -> bool:
    """`name` ('ABC', 'The ABC', 'the ANC's') is written in the initials of one of `owners` ('All
    Basotho Convention', 'African National Congress'): the same party by its short name, no rival."""
    short = _ARTICLE_OR_POSSESSIVE.sub("", name.strip())
    return bool(_INITIALS.fullmatch(short)) and any(acronym(o) == short for o in owners if o)
