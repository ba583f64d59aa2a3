"""A market whose object is a group with a quantifier: 'Will both Libyan defendants be found
guilty …?', 'Will the three Pussy Riot members …', 'both chambers of the Czech Parliament', 'all
47 defendants', 'Will Travis McMichael, Gregory McMichael and William Bryan all be convicted?'.
Such a market is confirmed only by a report whose act covers the whole group, never by one
member's act ('… aquitted one the two Libyan defendants, Lameen Fhima, but Abdelbasset Megrahi
was pronounced guilty'). A report covers the group when it says a word for all of them ('both',
'all'), their count ('the two men'), names every member together ('found Megrahi and Fhimah
guilty'), or takes them up as a plural pronoun at the act ('they were convicted', 'convicted
them'); parts.whole_unstated reads the words and the count.

- `quantified`: the question's 'both …' or 'the N …' asks for every member of a group (not
  'both its June and July meetings', 'the three months to November': occasions, data/groups.json);
- `asked`: the group (its count, its noun, its members' names from the question or criteria);
- `unstated`: why a report of the act does not cover the whole group, else None;
- `members`: the members' names, for the reading of one of them told the other way
  (count_verdicts.members_acquitted).
Word shapes only; pure and deterministic."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import product

from . import parts
from .lexicon import NUMBER_WORDS
from .packaged import load_json
from .text import Sentence, all_lemmas

_DATA = load_json("groups.json")
_OCCASIONS = frozenset(_DATA["occasions"])
_APART = frozenset(_DATA["apart"])
_THEY = frozenset(_DATA["plural_subjects"])
_THEM = frozenset(_DATA["plural_objects"])
# between 'they' and the act: auxiliaries and adverbs ('they were both later convicted')
_AUX = frozenset({"were", "was", "have", "had", "been", "are", "all", "both", "each", "also", "later", "then",
                  "subsequently", "finally", "eventually", "duly", "unanimously"})

# a word for all before the object ('all its bases', 'the remaining stores') and a year or a season
# before a noun, which names it and counts nothing ('cancels 2004-2005 season')
_ALL_WORDS = frozenset({"all", "every", "entire", "remaining", "last"})
_YEAR = re.compile(r"^(?:1[89]|20)\d\d(?:[-–/]\d{2,4})?$")
_NUM = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|[1-9]\d{1,2})"
# 'the two miners', 'the six ORBCOMM OG2 satellites', 'the three 2002 Bali bombers': a lowercase
# count ('the Five Star Movement' is a name) and up to three words before a plural noun; not the
# whole of a part ('at least 45 of the 48 counts', 'any of the five people')
_THE_N = re.compile(rf"(?<!\bof\s)\b(?i:the)\s+(?P<n>{_NUM})(?![\w,.%-])\s+(?P<rest>(?:[\w'’.-]+\s+){{0,3}}?)(?P<noun>[a-z][\w'’-]*s)\b")
_BOTH = re.compile(r"\b(?i:both)\s")
# a member's name: capitalised words, particles inside ('Abdelbaset Al Megrahi', 'Al Amin Khalifa Fhimah')
_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:(?:al|el|bin|ibn|de|del|da|van|von|der|la|le)\s+)?[A-Z][\w'’.-]*){0,4}"
_LIST = rf"{_NAME}(?:,\s+{_NAME})*,?\s+and\s+{_NAME}"
_MEMBERS = (re.compile(rf"\b(?i:both)\s+(?P<list>{_NAME}\s+and\s+{_NAME})\b"),  # 'finds both A and B guilty'
            re.compile(rf"(?P<list>{_LIST})\s+(?:(?:would|will)\s+)?(?i:all|both)\b"),  # 'A, B and C all be convicted'
            re.compile(rf"(?<=[a-z]s)\s+\((?P<list>{_LIST})\)"))  # 'the three 2002 Bali bombers (Amrozi, Mukhlas and Imam Samudra)'
_STOPS = frozenset({"be", "been", "have", "has", "had", "to", "in", "at", "by", "on", "for", "with", "from", "before",
                    "after", "this", "that", "which", "who"})
# 'both chambers of the Czech Parliament', 'both houses of Congress': the body the chambers make up, and
# the words naming one chamber ('the Czech parliament's upper house', 'Argentina's Senate')
_CHAMBERS_OF = re.compile(r"\b(?i:both|the\s+two)\s+(?:chambers|houses)\s+of\s+((?:[\w'’]+\s+){0,3}[\w'’]+)")
_BODIES = frozenset(_DATA["bodies"])
_ONE_CHAMBER = frozenset(_DATA["one_chamber"])
_PARTICLES = frozenset({"al", "el", "bin", "ibn", "de", "del", "da", "van", "von", "der", "la", "le", "Al", "El"})


@dataclass(frozen=True)
class Group:
    n: str | None  # how many ('two', '47'), when the market says
    noun: str | None  # what they are ('defendant'), when the market says
    members: tuple[tuple[str, ...], ...]  # each member's identifying name words
    small: bool  # counted by 'both' or 'the N', or named member by member
    whole: frozenset[str] = frozenset()  # the body the members make up ('parliament' of 'both chambers of …')


def _plural(word: str) -> str | None:
    """The singular of a plural noun ('defendants' → 'defendant'), else None."""
    w = word.lower().strip(".,'’")
    nouns = all_lemmas(w).get("NOUN")
    return nouns[0] if nouns and w.endswith("s") and nouns[0] != w else None


def _both(question: str) -> tuple[str, str | None] | None:
    """'both Libyan defendants' → ('two', 'defendant'); 'both A and B' → ('two', None); None when
    'both' counts occasions ('both its June and July meetings')."""
    m = _BOTH.search(question)
    if not m:
        return None
    for word in question[m.end():m.end() + 120].split()[:7]:
        w = word.strip(".,'’?")
        if w.lower() in _OCCASIONS:
            return None
        if w.lower() in _STOPS:
            break  # the group's words end at its verb or a preposition ('both be convicted of crimes')
        if w[:1].isupper():
            continue  # a name: 'both Greek Cypriot and Turkish Cypriot voters'
        noun = _plural(w)
        if noun:
            return "two", noun
    return "two", None


def _the_n(question: str) -> tuple[str, str] | None:
    """'the three Pussy Riot members' → ('three', 'member'); not 'the three months to …'."""
    for m in _THE_N.finditer(question):
        noun = m.group("noun")
        if noun.lower() in _OCCASIONS:
            continue
        single = _plural(noun)
        if single:
            return m.group("n").lower(), single
    return None


def _names(text: str) -> tuple[tuple[str, ...], ...]:
    """Each listed member's identifying words: the words of its name that no other member shares
    ('Travis McMichael', 'Gregory McMichael' → 'Travis', 'Gregory')."""
    body = re.sub(r"^\s*Will\s+", "", text)
    for pattern in _MEMBERS:
        m = pattern.search(body)
        if not m:
            continue
        names = [[w for w in n.split() if w not in _PARTICLES] for n in re.split(r",\s+and\s+|,\s+|\s+and\s+", m.group("list"))]
        names = [n for n in names if n]
        if len(names) < 2:
            continue
        shared = {w for n in names for w in set(n) if sum(w in set(o) for o in names) > 1}
        keys = tuple(tuple(w.strip(".,'’") for w in n if w not in shared and len(w) > 2) for n in names)
        if all(keys):
            return keys
    return ()


@lru_cache(maxsize=256)
def asked(question: str, criteria: str = "") -> Group | None:
    """The market's group: 'both …', 'the N …', 'all N …' or members named with 'both' / 'all'."""
    both = _both(question)
    counted = both or _the_n(question)
    n = counted[0] if counted else parts.asked_count(question)
    members = _names(question) or (_names(criteria) if counted or n else ())
    if not (counted or n or members):
        return None
    whole = _CHAMBERS_OF.search(question)
    bodies = frozenset(w.lower() for w in re.findall(r"[\w'’]+", whole.group(1))) & _BODIES if whole else frozenset()
    return Group(n, (counted[1] if counted else None) or parts.universal_noun(question), members,
                 bool(counted or members), bodies)


def quantified(question: str) -> bool:
    """The question asks the act of every member of a group by 'both' or 'the N' (criteria_terms.quantifier)."""
    if "both" in question.lower() and _both(question) is not None:
        return True
    return _the_n(question) is not None


def members(question: str, criteria: str = "") -> tuple[tuple[str, ...], ...]:
    """The members' identifying name words, when the market names them."""
    g = asked(question, criteria)
    return g.members if g else ()


def _mentions(sent: Sentence, key: tuple[str, ...]) -> list[int]:
    return [k for k, t in enumerate(sent.tokens) if t.text.strip(".,;:'’\"()") in key or
            t.text.endswith(("'s", "’s")) and t.text[:-2] in key]


def _together(sent: Sentence, i: int, group: Group) -> bool:
    """Every member named, all together with the act ('Travis McMichael, 36, his father Gregory
    McMichael, 66, and William "Roddie" Bryan, 52, were found guilty'; 'found Megrahi and Fhimah
    guilty'): no word that tells them apart between the names and the act."""
    if not group.members or len(group.members) > 6:
        return False
    found = [_mentions(sent, key) for key in group.members]
    if not all(found):
        return False
    apart = [k for k, t in enumerate(sent.tokens) if t.lower in _APART and k != i]
    for combo in product(*(f[:3] for f in found)):
        lo, hi = min(*combo, i), max(*combo, i)
        if bisect_left(apart, lo) == bisect_right(apart, hi):
            return True  # no word telling them apart from lo to hi
    return False


def _body_named(sent: Sentence, i: int, group: Group) -> bool:
    """'The Czech Parliament approved the treaty' for 'both chambers of the Czech Parliament': the body
    the members make up is the act's subject (before it in its clause, not 'in parliament', 'of
    Congress'), and no one chamber is named ('the parliament's upper house', 'the Senate')."""
    if not group.whole:
        return False
    words = [t.lower for t in sent.tokens]
    if any(w in _ONE_CHAMBER for w in words):
        return False
    a, _ = sent.clause_of(i)
    return any(words[k] in group.whole and not (k and words[k - 1] in ("of", "in", "at", "to", "by"))
               for k in range(a, i))


def _taken_up(sent: Sentence, i: int) -> bool:
    """A plural pronoun at the act: its subject ('they were convicted', 'they were both found
    guilty') or its object ('convicted them', 'found them guilty')."""
    toks = sent.tokens
    if i + 1 < len(toks) and toks[i + 1].lower in _THEM:
        return True
    j = i - 1
    while j >= 0 and toks[j].lower in _AUX:
        j -= 1
    return j >= 0 and j < i - 1 and toks[j].lower in _THEY


def noun(question: str, criteria: str = "") -> str | None:
    """What the market needs all of ('defendant' for 'both Libyan defendants', 'base' for 'all of
    its military bases'), else None."""
    group = asked(question, criteria)
    return group.noun if group else parts.universal_noun(question)


def covered(group: Group, sent: Sentence, i: int) -> bool:
    """The report of the act at token i covers the whole group: every member named together with
    it, or (for a group counted by 'both' or 'the N', or named member by member) a plural pronoun at
    it, or the body its members make up ('Congress' for 'both houses of Congress')."""
    return _together(sent, i, group) or (group.small and _taken_up(sent, i)) or _body_named(sent, i, group)


def short_of_all(question: str, criteria: str, sent: Sentence, i: int, what: str | None,
                 object_idx: list[int]) -> str | None:
    """For a market on all of a group or a set (confirmation_gates._partial), why the report of the
    act at token i is of some of them only, else None: it names one or some of `what` ('its first
    military base', 'one the two Libyan defendants'); it says neither a word for all nor their count
    (parts.whole_unstated: 'found guilty of murdering seven babies' for all 22 charges); it names some
    of the members only; or it counts the market's object short of the whole ('two … bases')."""
    group = asked(question, criteria)
    if group is not None and covered(group, sent, i):
        return None
    whole = group.n if group else None
    one = parts.partial_mention(sent, what, whole=whole)
    if one:  # 'France has handed over its first military base' for 'hand over all of its bases'
        return f"'{one}' is one or some of them; the market needs all"
    why = parts.whole_unstated(sent, whole)
    if why:
        return why
    toks = sent.tokens
    if group is not None and group.members and not any(t.lower in parts.WHOLE_WORDS for t in toks):
        named = [" ".join(key) for key in group.members if _mentions(sent, key)]
        if named and len(named) < len(group.members):
            return f"the report names {', '.join(named)} only; the market needs all {len(group.members)} of them"
    for k in object_idx:
        window = [t.lower for t in toks[max(0, k - 4):k]]
        if any(w in _ALL_WORDS for w in window):
            return None
        at = next((j for j, w in enumerate(window, max(0, k - 4)) if not parts.age_at(toks, j) and (
            (w[:1].isdigit() and not _YEAR.match(w)) or w in NUMBER_WORDS and w not in ("a", "an"))),
                  None)  # 'cancels 2004-2005 season': a year names the season, it counts nothing
        if at is not None and not (whole and parts.same_count(toks[at].lower, whole) and not parts.partitive(toks, at)):
            return f"'{toks[at].lower} … {toks[k].text}' is a partial count; the market needs all"
    return None
