"""A report that matches the market's words with a narrower or another scope (data/scopes.json):

- a qualified superlative: 'the most valuable Modern artwork ever sold' for a market on 'the most
  expensive artwork ever sold' names the top of a narrower class (a qualifier the question lacks
  stands between the superlative and its noun, or a phrase after the noun: 'by a woman', 'in
  Asia'); 'the second-most expensive artwork' names a lower rank, 'one of the most expensive
  artworks' one of several at the top. None is the question's superlative.
- an office held in a stand-in capacity: 'was named the company's interim CEO' for a market asking a
  permanent CEO (a qualifier the question has, 'permanent', 'non-interim', against 'interim',
  'acting', 'caretaker' right before the office) is not the appointment asked.
- an object approached, not reached: 'reached 4793 close to that all-time high', 'came within 12
  points of the record': a word of proximity before the object says the act reached something
  near it.

Each returns a note (the report does not count for the market) or None. Pure and deterministic."""

from __future__ import annotations

import re
from functools import lru_cache

from .packaged import load_json
from .text import Sentence, lemmas_of

_DATA = load_json("scopes.json")
_PROXIMITY = tuple(tuple(p.split()) for p in sorted(_DATA["proximity"], key=len, reverse=True))
_DETERMINERS = frozenset(_DATA["determiners"])
_SUPERLATIVE_WORDS = frozenset(_DATA["superlative_words"])
_RANKS = frozenset(_DATA["rank_ordinals"])
_STOPS = frozenset(_DATA["superlative_stops"])
_ONE_OF = tuple(tuple(p.split()) for p in _DATA["one_of"])
_QUALIFYING = frozenset(_DATA["qualifying_prepositions"])
_LEVELS = {wide: frozenset(narrow) for wide, narrow in _DATA["levels"].items()}
_CAPACITIES = {lasting: frozenset(stand_ins) for lasting, stand_ins in _DATA["capacities"].items()}
_STAND_INS = frozenset().union(*_CAPACITIES.values())
_MODIFIERS = 2  # words that may stand between a proximity cue and the object
_BREAKS = frozenset({"and", "or", "but", "then", "to", "of"})
_WITHIN = 8  # 'within about 12- 13 points of its all-time high': how far 'within' may stand before 'of'


def _est(word: str) -> bool:
    """'largest', 'highest' (also before a hyphen: 'highest-grossing'): an inflection of a shorter adjective."""
    w = word.lower().split("-")[0]
    return len(w) > 4 and w.endswith("est") and any(len(x) < len(w) for x in lemmas_of(w))


def _superlative_at(words: list[str], k: int) -> tuple[int, str] | None:
    """When a superlative starts at words[k]: (index of its adjective, the rank ordinal before it or '')."""
    w = words[k].lower()
    rank = ""
    parts = w.split("-")
    if len(parts) == 2 and parts[0] in _RANKS:
        rank, w = parts[0], parts[1]  # 'second-most', 'third-largest'
    elif k > 0 and words[k - 1].lower() in _RANKS:
        rank = words[k - 1].lower()  # 'second most', 'third largest'
    if w in _SUPERLATIVE_WORDS and k + 1 < len(words):
        before, after = words[k - 1].lower() if k else "", words[k + 1].lower()
        if before == "at" or not after.isalpha() or after in _STOPS or after in _DETERMINERS:
            return None  # 'at least 5 seats', 'most of the votes': a quantity, not a superlative
        return k + 1, rank
    if _est(w):
        return k, rank
    return None


def _lemma(word: str) -> frozenset[str]:
    w = word.lower()
    return lemmas_of(w) | {w}


@lru_cache(maxsize=1024)
def _asked(question: str) -> tuple[str, frozenset[str], str] | None:
    """The question's superlative: (its head noun, its words and the question's after it, its
    rank ordinal or '')."""
    words = re.findall(r"[A-Za-z0-9][A-Za-z0-9'-]*", question)
    for k in range(len(words)):
        found = _superlative_at(words, k)
        if not found:
            continue
        adj, rank = found
        phrase = []
        for w in words[adj + 1:adj + 5]:
            if w.lower() in _STOPS:
                break
            phrase.append(w)
        if not phrase:
            return None
        return phrase[-1].lower(), frozenset(x.lower() for x in words[max(0, k - 1):]), rank
    return None


def narrower_superlative(question: str, sent: Sentence, i: int) -> str | None:
    """A superlative after the act at token i, in its clause, whose noun is the question's but
    which is qualified by a word the question lacks, or ranked below the top the question asks."""
    asked = _asked(question)
    if asked is None:
        return None
    head, q_words, q_rank = asked
    toks = sent.tokens
    _, b = sent.clause_of(i)
    words = [t.text for t in toks]
    for k in range(i + 1, b):
        found = _superlative_at(words, k)
        if not found:
            continue
        adj, rank = found
        end = next((h for h in range(adj + 1, min(b, adj + 5)) if _lemma(words[h]) & _lemma(head)), None)
        if end is None:
            continue
        said = " ".join(words[k - (1 if rank and "-" not in words[k] else 0):end + 1])
        if rank and rank != q_rank:
            return f"'{said}': a lower rank than the top the market asks"
        extra = [w for w in words[adj + 1:end] if w.lower() not in q_words and w.lower() not in _DETERMINERS]
        if extra:
            return f"'{said}': the top of a narrower class ('{' '.join(extra)}'), not the market's superlative"
        start = k - (1 if rank and "-" not in words[k] else 0)
        lead = tuple(w.lower() for w in words[max(0, start - 3):start])
        one_of = next((" ".join(c) for c in _ONE_OF if lead[-len(c) - 1:] == c + ("the",)), None)
        if one_of:
            return f"'{one_of} the {said}': one of several at the top, not the top"
        tail = _qualifier_after(words, end, b, q_words)
        if tail:
            return f"'{said} … {tail}': the top of a narrower class, not the market's superlative"
    return None


def _qualifier_after(words: list[str], end: int, b: int, q_words: frozenset[str]) -> str | None:
    """'the most expensive painting by a woman', 'the largest IPO in Asia': a preposition after the
    superlative's noun (past 'ever', a participle, the question's own words) followed by 'a'/'an' or a name, that the
    question does not have."""
    j = end + 1
    while j < b and j < end + 3 and words[j].lower() not in _QUALIFYING and (
            words[j].lower() in q_words or words[j].lower() == "ever" or words[j].lower().endswith("ed")):
        j += 1
    if j + 1 >= b or words[j].lower() not in _QUALIFYING or words[j].lower() in q_words:
        return None
    nxt = words[j + 1]
    if nxt.lower() in ("a", "an") or nxt[:1].isupper():
        return f"{words[j]} {nxt}"
    return None


def approached(sent: Sentence, i: int, object_idx: list[int]) -> str | None:
    """The object after the act at token i is preceded by a word of proximity ('close to that
    all-time high', 'within … points of the record'): the act reached something near it."""
    toks = sent.tokens
    _, b = sent.clause_of(i)
    for k in sorted(o for o in object_idx if i < o < b):
        j, skipped = k - 1, 0
        # determiners, the object's own words and up to two modifiers ('close to that all-time high')
        while j > i and (toks[j].lower in _DETERMINERS or j in object_idx
                         or skipped < _MODIFIERS and toks[j].lower[:1].isalnum() and toks[j].lower not in _BREAKS):
            skipped += toks[j].lower not in _DETERMINERS and j not in object_idx
            if _cue_ends(toks, i, j) or toks[j].lower == "of":
                break
            j -= 1
        cue = _cue_ends(toks, i, j)
        if cue and j + 1 < k and j + 1 not in object_idx and _counting(toks[j + 1].lower):
            continue  # 'suspending a nearly two-week strike': the cue is the length's, not the object's
        if cue:
            return f"'{cue} … {toks[k].text}': near the object, not the object"
        if toks[j].lower == "of" and any(t.lower == "within" for t in toks[max(i + 1, j - _WITHIN):j]):
            return f"'within … of {toks[k].text}': near the object, not the object"
    return None


_NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                           "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "half"})


def _counting(word: str) -> bool:
    """A number, or a compound opened by one ('two-week', '10-day', 'month-long'): what a proximity word before it
    measures is that count or length."""
    head = word.split("-")[0]
    return head[:1].isdigit() or head in _NUMBER_WORDS or word.endswith("-long")


def _cue_ends(toks, i: int, j: int) -> str | None:
    """The proximity cue whose last word is token j (after the act at i), if any."""
    for cue in _PROXIMITY:
        n = len(cue)
        if cue != ("within",) and j - n + 1 > i and tuple(t.lower for t in toks[j - n + 1:j + 1]) == cue:
            return " ".join(cue)
    return None


def narrower_level(question: str, sent: Sentence, object_idx: list[int]) -> str | None:
    """The market's object is qualified by a wide level ('after the statewide recount') and the
    report qualifies it right before by a narrower one ('Trump wins county recount'): a count of
    a part, not the market's (data/scopes.json 'levels'). A note, else None."""
    asked = {w.lower() for w in re.findall(r"[\w-]+", question)}
    for wide in sorted(_LEVELS.keys() & asked):
        for k in object_idx:
            before = [t.lower for t in sent.tokens[max(0, k - 2):k]]
            hit = next((w for w in before if w in _LEVELS[wide]), None)
            if hit and wide not in before:
                return f"'{hit} {sent.tokens[k].text}' is a narrower count than the market's {wide} one"
    return None


@lru_cache(maxsize=1024)
def _stand_ins_ruled_out(question: str, exclusions: tuple[str, ...], object_terms: tuple[str, ...]) -> str | None:
    """How the market rules a stand-in capacity out: its question's lasting word ('permanent',
    'non-interim'), or an exclusion pairing a stand-in word with an office word of its object ('The
    appointment of an interim or acting CEO does not count': 'acting ceo'). None when it does not."""
    asked = {w.lower() for w in re.findall(r"[\w-]+", question)}
    lasting = next((w for w in sorted(_CAPACITIES.keys() & asked)), None)
    if lasting:
        return lasting
    for phrase in exclusions:
        words = phrase.split()
        if len(words) == 2 and words[0] in _STAND_INS and words[1] in object_terms:
            return phrase
    return None


def stand_in(question: str, exclusions: list[str], sent: Sentence, i: int, object_terms: list[str]) -> str | None:
    """The market asks for a lasting capacity ('name a permanent CEO', 'a non-interim governor', or
    criteria excluding 'an interim or acting CEO') and the report qualifies the office it names with a
    stand-in one ('was named … interim CEO', 'acting governor'): an appointment in a capacity the
    market does not ask (data/scopes.json 'capacities'; any stand-in word stands for all). The office
    read is the one named 'as' after the act ('named Lee, its interim CEO since June, as CEO'), else
    the market's office word nearest after the act in its clause, else the last before it ('Interim
    CEO named'); a clause that also says the lasting word is no stand-in. A note, else None."""
    asked = _stand_ins_ruled_out(question, tuple(exclusions), tuple(object_terms))
    if asked is None:
        return None
    a, b = sent.clause_of(i)
    toks = sent.tokens
    if any(t.lower in _CAPACITIES for t in toks[a:b]):
        return None
    terms = set(object_terms) - _CAPACITIES.keys()
    named_as = next((k for k in range(i + 1, len(toks)) if toks[k].lower in terms
                     and any(t.lower == "as" for t in toks[max(i + 1, k - 3):k])), None)
    offices = [k for k in range(a, b) if toks[k].lower in terms]
    k = named_as if named_as is not None else next((k for k in offices if k > i), offices[-1] if offices else None)
    if k is None:
        return None
    hit = next((t.lower for t in toks[max(a, k - 2):k] if t.lower in _STAND_INS), None)
    if hit is None:
        return None
    if asked in _CAPACITIES:
        return f"'{hit} {toks[k].text}' is a stand-in capacity, not the {asked} one the market asks"
    return f"'{hit} {toks[k].text}' is a stand-in capacity, which the criteria exclude ('{asked}')"
