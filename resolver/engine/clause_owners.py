"""Clause owners: whose figure a clause gives, in a sentence that tells of two sides. A figure
is predicated of the subject of its own clause: in 'Barbie grossed $162 million in its opening
weekend, and Oppenheimer took $82 million' the first sum is Barbie's, whatever else the sentence
names; in 'Oppenheimer finished second behind Barbie, which opened to $162 million' the relative
clause's sum is its antecedent's; in 'While Barbie raked in $162 million, Oppenheimer …' the
fronted clause's is Barbie's. A figure whose clause has another name (a title, a body, a person)
for the subject of the verb that carries it, when the clause names not the market's subject and
another clause of the sentence does, is that other name's figure, not the market's.

The clauses: the pieces between coordinators that join two clauses (', and', ', but', ', yet',
' and ' before a capitalised word, ', while', ', whereas', ';', a dash), each with a finite verb of
its own (a piece without one is part of the clause before it: 'in the U.S. and Canada'); a fronted
subordinate clause ('While …,', 'Whereas …,', 'Although …,'); a relative clause (', which …', ',
who …') that belongs to the name right before it, and a bracketed aside with a verb of its own. The
subject of a report verb ('Comscore estimated $95 million') is the figure's source, not its owner.
Read by rules/threshold_crossed.py after contrasted_figures.other_owner. Pure and deterministic."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterable

from .quantities import names_overlap
from .word_class import verb_lemmas, verb_tag

# a cheap test first: a sentence with no second clause has no clause of another side
_CUE = re.compile(r",\s*(?:and|but|yet|while|whereas|which|who)\s|\s(?:and|but)\s+[A-Z]|;\s|\s[—–]\s|\(|"
                  r"^\s*(?:While|Whereas|Although|Though)\b|\s(?:while|whereas)\s")
# the coordinators that join two clauses
_JOIN = re.compile(r",\s*(?:and|but|yet|but\s+while|while|whereas)\s+|\s+(?:and|but)\s+(?=[A-Z])|"
                   r"\s+(?:while|whereas)\s+(?=[A-Z\"'“‘])|;\s+|\s+[—–]\s+")
_FRONTED = re.compile(r"\s*(?:While|Whereas|Although|Though)\s+[^,;]{3,200}?,\s+")
_RELATIVE = re.compile(r",\s+(?:which|who)\s+[^,;()—–]{1,200}")
# the name a relative clause belongs to: the capitalised words right before its comma
_ANTECEDENT = re.compile(r"([A-Z][\w.&'’-]{0,30}(?:\s+(?:[A-Z0-9][\w.&'’-]{0,30}|of|and|the)){0,6})\s*$")
_BRACKET = re.compile(r"\(([^()]{3,200})\)")
_WORD = re.compile(r"[A-Za-z][\w.&'’-]*")
_AUX = frozenset({"has", "have", "had", "is", "was", "were", "are", "will", "would", "could", "did", "does", "do",
                  "be", "been", "also", "not", "still", "already", "then", "just", "now"})
_FINITE_AUX = frozenset({"has", "have", "had", "is", "was", "were", "are", "will", "would", "could", "did", "does"})
# a report's verb: its subject is the figure's source ('Comscore estimated', 'the studio said'), not its owner
_REPORT = frozenset({"say", "report", "estimate", "put", "announce", "confirm", "tell", "project", "calculate", "state",
                     "publish", "release", "show", "add", "note", "write", "predict", "forecast", "expect"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those"})


def _finite(word: str) -> str | None:
    """The lemma of a finite verb form ('grossed', 'scores', 'has'); None for any other word."""
    if word in _FINITE_AUX:
        return word
    if not word.islower():
        return None
    for lem in verb_lemmas(word):
        if verb_tag(word, lem) in ("VBD", "VBZ"):
            return lem
    return None


def _blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    out = list(text)
    for a, b in spans:
        out[a:b] = " " * (b - a)
    return "".join(out)


def _has_verb(text: str) -> bool:
    return any(_finite(w.group(0)) for w in _WORD.finditer(text))


def _name_in(stretch: str, common: Callable[[str], bool]) -> str | None:
    """The capitalised words of a subject's stretch that name someone ('Warner Bros.' Barbie' → the
    last run: 'Barbie'); None when it has none (a pronoun, a common noun, a month)."""
    runs: list[list[str]] = []
    last_end = -10
    for w in _WORD.finditer(stretch):
        word = re.sub(r"['’]s?$", "", w.group(0)).rstrip(".")
        first = not re.search(r"[A-Za-z0-9]", stretch[:w.start()])
        if not word or not word[0].isupper() or word.lower() in _DETERMINERS or common(word) or (first and common(word.lower())):
            last_end = -10
            continue
        if runs and w.start() - last_end <= 2:
            runs[-1].append(word)
        else:
            runs.append([word])
        last_end = w.end()
    return " ".join(runs[-1]) if runs else None


def _subject(clause: str, pos: int, common: Callable[[str], bool]) -> tuple[str | None, bool]:
    """The name that is the subject of the finite verb carrying the figure at `pos` of `clause`
    (the last finite verb before it, with its auxiliaries and adverbs), and whether that verb
    is a report's. (None, False) when no verb comes before the figure or its subject names no one."""
    words = list(_WORD.finditer(clause[:pos]))
    verbs = [k for k, w in enumerate(words) if _finite(w.group(0))]
    if not verbs:
        return None, False
    k = verbs[-1]
    lemma = _finite(words[k].group(0)) or ""
    while k > 0 and (words[k - 1].group(0) in _AUX or words[k - 1].group(0).endswith("ly") and words[k - 1].group(0).islower()):
        k -= 1  # 'had previously held': the verb group
    earlier = [j for j in verbs if j < k]
    lo = words[earlier[-1]].end() if earlier else 0
    stretch = clause[lo:words[k].start()]
    return _name_in(stretch, common), lemma in _REPORT


def _ours(text: str, patterns: list[re.Pattern[str]], actors: list[str]) -> bool:
    return any(p.search(text) for p in patterns) or (bool(actors) and names_overlap(text, actors))


@lru_cache(maxsize=256)
def _pieces(text: str) -> tuple[tuple[tuple[int, int, str | None], ...], str]:
    """The sentence's clauses as (start, end, antecedent): relative clauses (antecedent: the word run
    right before the comma, '' when none is a name), bracketed asides with a verb ('' too), then the
    pieces of the rest (antecedent None); and the rest with the asides blanked. Cached: each figure of a
    sentence asks."""
    asides: list[tuple[int, int, str | None]] = []
    for m in _RELATIVE.finditer(text):
        before = _ANTECEDENT.search(text[max(0, m.start() - 80):m.start()])
        asides.append((m.start(), m.end(), before.group(1) if before else ""))
    for m in _BRACKET.finditer(text):
        if _has_verb(m.group(1)):
            asides.append((m.start(), m.end(), ""))
    rest = _blank(text, [(a, b) for a, b, _ in asides])
    cuts = [0]
    fronted = _FRONTED.match(rest)
    if fronted:
        cuts.append(fronted.end())
    for m in _JOIN.finditer(rest):
        if m.start() > cuts[-1]:
            cuts.append(m.start())
    cuts.append(len(rest))
    pieces: list[tuple[int, int, str | None]] = []
    for a, b in zip(cuts, cuts[1:]):
        if pieces and not (_has_verb(rest[a:b]) and _has_verb(rest[pieces[-1][0]:pieces[-1][1]])):
            pieces[-1] = (pieces[-1][0], b, None)  # 'in the U.S. and Canada', 'the Party of Action and Solidarity (PAS)
        else:                                      # receives …': a clause is cut off only with a verb on both sides
            pieces.append((a, b, None))
    return tuple(asides + pieces), rest


def other_clause_owner(text: str, start: int, patterns: Iterable[re.Pattern[str]], common: Callable[[str], bool],
                       actors: Iterable[str] = (), own: Callable[[str], bool] = lambda name: False) -> str | None:
    """The other name whose figure the one at `start` is: the subject of the verb carrying it in its
    own clause (or the name a relative clause holding it belongs to), when that clause names not the
    market's subject (`patterns`, `actors`) and another part of the sentence does; else None. `own(name)`
    says a name is the market's subject by another token (the article reports it the winner)."""
    if not _CUE.search(text):
        return None
    patterns, actors = list(patterns), list(actors)
    if not _ours(text, patterns, actors):
        return None
    pieces, rest = _pieces(text)
    piece = next(((a, b, ante) for a, b, ante in pieces if a <= start < b), None)
    if piece is None:
        return None
    a, b, ante = piece
    clause = text[a:b] if ante is not None else rest[a:b]
    if _ours(clause, patterns, actors):
        return None
    # the rest of the sentence, a main clause's own asides with it ('Barbie, which opened alongside Oppenheimer, …')
    kept = "".join(c if r == " " else " " for c, r in zip(text[a:b], rest[a:b])) if ante is None else " " * (b - a)
    outside = text[:a] + kept + text[b:]
    if not _ours(outside, patterns, actors):
        return None
    if ante is not None:
        if text[a] == "(":  # a bracketed aside: the subject of its own verb
            name, report = _subject(clause, start - a, common)
            return None if report or name is None or _ours(name, patterns, actors) or own(name) else name
        if not ante or common(ante.split()[-1]) or _ours(ante, patterns, actors) or own(ante):
            return None
        return ante
    name, report = _subject(clause, start - a, common)
    if name is None or report or _ours(name, patterns, actors) or own(name):
        return None
    return name
