"""Another named competition: a result told in, or for, a competition named by its own capitalised name that is
not the market's ('Chelsea on Wednesday defeated Arsenal 4-1 to win the FA Cup', 'beat Liverpool in the League Cup
final', 'won the Community Shield' for a market on the 2019 UEFA Europa League final). The name is read where a
result's competition is told: after a title verb ('to win the …', 'lifted their first …') or after 'in', 'at' or
'of' ('in the FA Cup final'), past leading determiners, years, ordinals and possessives ('the 2018-19 season's
Europa League'). It is a competition's name when a word of it is a competition head (contests.json
'competition_heads': Cup, League, Shield, …), or a head follows it in lowercase ('the Spanish cup', 'the FA Cup
final'). It names another competition when one of its capitalised words is neither a word of the market's question
nor initials of consecutive words of it ('FA' for a Europa League market; not 'UEFA', nor 'UCL' for the UEFA
Champions League). Read only for a market whose question names a competition (a capitalised head among its words:
'… in the 2019 Champions League final'), so a party's name in a political market is seldom taken for one; it only
ever keeps a result from counting, never decides. Pure; word lists only."""

from __future__ import annotations

import re

from .lexicon import MONTHS, WEEKDAYS
from .packaged import load_json
from .text import Sentence
from .transliteration import fold

_DATA = load_json("contests.json")
HEADS = frozenset(_DATA["competition_heads"])
_TITLE_VERBS = frozenset(_DATA["title_verbs"])
_INTRO = frozenset({"in", "at", "of"})
_LEADS = frozenset({"the", "a", "an", "their", "its", "his", "her", "our", "this", "that", "'s", "’s"})
_LINKS = frozenset({"of", "del", "de", "du", "la"})  # inside a name: 'Africa Cup of Nations', 'Copa del Rey'
# words of a name that tell no competition from another: its prize ('Pacific League Title'), a part of it ('Stanley
# Cup Final Game 7'), a day ("Friday's final")
_GENERIC = frozenset({"title", "titles", "crown", "trophy", "pennant", "champion", "champions", "championship",
                      "championships", "final", "finals", "glory", "medal", "game", "match", "leg", "round", "stage",
                      "edition", "season", "day"}) | frozenset(w.lower() for w in MONTHS) | frozenset(w.lower() for w in WEEKDAYS)
_REACH = 16  # tokens after the result's word read for its competition
_LEAD_REACH = 6  # leading words (a year span is three tokens: '2018', '-', '19') between the introducer and the name


def _norm(word: str) -> str:
    """The word folded (lowercase, no accents: 'América' → 'america'), without a possessive or a plural 's'."""
    w = fold(word.lower()).removesuffix("'s").removesuffix("’s")
    return w[:-1] if len(w) > 3 and w.endswith("s") else w


def _names_of(question: str) -> list[list[str]]:
    """The question's capitalised names, each a list of folded words with its linking words ('Africa Cup of
    Nations' → ['africa', 'cup', 'of', 'nations'])."""
    out: list[list[str]] = []
    run: list[str] = []
    for w in re.findall(r"[\w’'-]+", question):
        if w[:1].isupper() or (run and w.lower() in _LINKS):
            run.append(fold(w.lower()))
        elif run:
            out.append(run)
            run = []
    return out + ([run] if run else [])


def _initials(word: str, names: list[list[str]]) -> bool:
    """An all-capitals word made of the starts of consecutive words of one of the question's names, each word
    giving one letter or more ('AFCON' for 'Africa Cup of Nations', 'UCL' for 'UEFA Champions League')."""
    if not (2 <= len(word) <= 6 and word.isalpha() and word.isupper()):
        return False
    low = word.lower()

    def fits(rest: str, words: list[str]) -> bool:
        if not rest:
            return True
        if not words:
            return False
        return any(words[0].startswith(rest[:n]) and fits(rest[n:], words[1:]) for n in range(1, len(rest) + 1))

    return any(fits(low, name[k:]) for name in names for k in range(len(name)) if name[k][:1] == low[:1])


def asked(question: str) -> list[str]:
    """The question's words (lowercase, in order) when it names a competition (a capitalised head among them:
    'Will Arsenal win the 2019 UEFA Europa League final …?'), else []."""
    found = re.findall(r"[\w’'-]+", question)
    return [w.lower() for w in found] if any(w[:1].isupper() and _norm(w) in HEADS for w in found[1:]) else []


def _lead(tok) -> bool:
    """A word that may lead a competition's name: a determiner, a possessive, a year or a count, a lowercase word
    ('the 2018-19 season's Europa League', 'their first Europa League')."""
    w = tok.lower
    return w in _LEADS or w.endswith(("'s", "’s")) or bool(re.fullmatch(r"\d[\d/–-]*|[–-]", w)) or (
        tok.text.isalpha() and tok.text.islower() and w not in HEADS and w not in _INTRO)


def _name_at(toks, k: int, end: int) -> tuple[int, int, bool] | None:
    """(start, stop, a lowercase head follows) of the capitalised name at or after token k (past up to
    _LEAD_REACH leading words), when it is a competition's name; None otherwise."""
    j = k
    while j < end and j - k < _LEAD_REACH and not toks[j].text[:1].isupper() and _lead(toks[j]):
        j += 1
    s = j
    while j < end and (toks[j].text[:1].isupper() and re.fullmatch(r"[\w’'-]+", toks[j].text) or (
            toks[j].lower in _LINKS and j > s and j + 1 < end and toks[j + 1].text[:1].isupper())):
        j += 1
    if j == s:
        return None
    tail = j < end and toks[j].lower in HEADS
    if not tail and not any(_norm(t.text) in HEADS or t.lower in HEADS for t in toks[s:j]):
        return None
    return s, j, tail


def other(sent: Sentence, i: int, question: str) -> str | None:
    """The wording of another competition named for the result at token i (a win or a defeat), else None (no
    competition named, or the market's own). Bounded to _REACH tokens of i's clause."""
    asked_words = asked(question)
    if not asked_words:
        return None
    names_q = _names_of(question)
    toks = sent.tokens
    _, b = sent.clause_of(i)
    end = min(b, i + 1 + _REACH)
    words = {_norm(w) for w in asked_words}
    for k in range(i, end):
        t = toks[k]
        if not (t.lower in _INTRO and k > i or t.lemmas & _TITLE_VERBS and (k == i or toks[k - 1].lower == "to")):
            continue
        found = _name_at(toks, k + 1, end)
        if found is None:
            continue
        s, e, tail = found
        names = [x.text for x in toks[s:e] if x.lower not in _LINKS]
        if any(_norm(w) not in words and _norm(w) not in _GENERIC
               and not _initials(w.removesuffix("'s").removesuffix("’s"), names_q) for w in names):
            told = " ".join(x.text for x in toks[s:e + (1 if tail else 0)])
            return f"'{told}' names another competition than the market's"
        return None  # the market's own competition named
    return None
