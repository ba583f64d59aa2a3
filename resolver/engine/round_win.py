"""A bare win that is a step on the way to the contest's decider, not the contest: 'Naomi Osaka
and Victoria Azarenka win, will face off in women's final' — the candidate joined with another
side as the subject of a win with no object (a contest has one winner, so both won earlier
rounds), or a sentence that goes on to a decider still to be played ('win to advance to the
final', '… win, setting up a final against …'); or any win whose sentence takes its side on to the
decider with a verb of reaching ('Mavericks win West, reach NBA Finals'). Lexicon: contests.json 'deciders',
'advance_verbs' (README of the key 'round_win_about')."""

from __future__ import annotations

import re

from .packaged import load_json
from .text import Sentence

_DATA = load_json("contests.json")
_DECIDERS = tuple(tuple(d.split()) for d in _DATA["deciders"])
_ADVANCE = frozenset(_DATA["advance_verbs"])
_WINNING = frozenset({"win", "triumph", "prevail", "advance", "progress", "succeed"})
# words that may follow a win with no object ('win, will face', 'win to reach', 'wins in straight sets')
_AFTER_BARE = frozenset({"to", "and", "in", "at", "on", "over", "against", "after", "as", "again", "but", "with",
                         "easily", "comfortably", "through"})
_PUNCT = frozenset({",", ";", ":", "—", "–", "-", ".", "!", "?"})
_JOINED = re.compile(r"^[\s,]*(?:and|&)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*$")
_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_TWO_NAMES = re.compile(rf"(?:^|[:,;]\s*){_NAME}\s+(?:and|&)\s+{_NAME}\s*$")
_JOINED_BEFORE = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+(?:and|&)\s+$")


def _bare(sent: Sentence, i: int) -> bool:
    toks = sent.tokens
    return i + 1 >= len(toks) or toks[i + 1].text in _PUNCT or toks[i + 1].lower in _AFTER_BARE


def _joined_subject(sent: Sentence, i: int, pattern: re.Pattern[str] | None) -> bool:
    """The candidate (any name, when no candidate is given), joined by 'and' with another name,
    is the whole subject right before the verb at token i ('Naomi Osaka and Victoria Azarenka win')."""
    a, _ = sent.clause_of(i)
    lo = sent.tokens[max(a, i - 10)].start
    before = sent.text[lo:sent.tokens[i].start]
    if pattern is None:
        return bool(_TWO_NAMES.search(before))
    for m in pattern.finditer(before):
        tail, head = before[m.end():], before[:m.start()]
        if _JOINED.match(tail) or not tail.strip() and _JOINED_BEFORE.search(head):
            return True
    return False


def _decider_ahead(sent: Sentence, i: int, verbs: frozenset[str] = _ADVANCE) -> str | None:
    """A verb that takes the side on to a decider, then the decider, after token i in the
    sentence ('will face off in women's final', 'to reach the final'): the words, else None."""
    toks = sent.tokens
    verb = None
    for k in range(i + 1, len(toks)):
        if toks[k].lower in (".", ";") or toks[k].lower in ("but", "while", "although"):
            return None
        if verb is None and toks[k].lemmas & verbs:
            verb = k
            continue
        if verb is not None and any(tuple(t.lower for t in toks[k:k + len(d)]) == d for d in _DECIDERS):
            return " ".join(t.text for t in toks[verb:k + 1])
    return None


def earlier_round(sent: Sentence, i: int, pattern: re.Pattern[str] | None) -> str | None:
    """Why the win at token i is an earlier round's, not the contest's, else None. A win with an
    object of its own is read too when the sentence takes its winner on to the decider with a verb
    of reaching ('Mavericks win West, reach NBA Finals', 'beat Brady to book a place in the final'),
    and says no title was won (contests.decides_title, read by the caller's own gates)."""
    if not sent.tokens[i].lemmas & _WINNING:
        return None
    if not _bare(sent, i):
        ahead = _decider_ahead(sent, i, _REACHING)
        return f"'{ahead}' is still to be played" if ahead and not _title_taken(sent, i) else None
    if _joined_subject(sent, i, pattern):
        return "two sides both win"
    ahead = _decider_ahead(sent, i)
    return f"'{ahead}' is still to be played" if ahead else None


# verbs that take a side on to a decider by themselves, whatever the win before them took
_REACHING = frozenset({"reach", "advance", "book", "progress", "march", "qualify"})
_TITLES = frozenset({"title", "titles", "championship", "crown", "trophy", "cup", "gold"})


def _title_taken(sent: Sentence, i: int) -> bool:
    """The win at token i takes a title word within a few words ('win the title and reach …')."""
    return any(t.lower in _TITLES for t in sent.tokens[i + 1:i + 6])
