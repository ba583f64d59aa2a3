"""A defeat in the market's final: 'Naomi Osaka defeated Serena Williams in the U.S. Open final on
Saturday' — the side that beat another in the final of the contest the market asks about won that
contest (rules/candidate_wins._beat_rival). The final must be the defeat's own: after the defeat
verb, in its clause, 'in' or 'at' and then only 'the', possessives and words of the market's question
before 'final' ('in the U.S. Open final', 'in the final'; not 'in the Wimbledon final' for the US Open,
nor a 'semi final' or 'quarter final', nor 'the final set' or 'the final round' of something)."""

from __future__ import annotations

import re

from .analysis import SentenceFacts

_FINALS = frozenset({"final", "finals"})
_INTO = frozenset({"in", "at"})
_FILLERS = frozenset({"the", "this", "year's", "years", "'s", "’s", "s", ".", "-", "women's", "men's"})
_BEFORE_FINAL = frozenset({"semi", "quarter", "semis", "quarters"})
_PART_AFTER = frozenset({"set", "sets", "round", "rounds", "stage", "leg", "lap", "day", "game", "frame", "quarter",
                         "minute", "minutes", "hole", "holes", "seconds", "stretch", "kilometres", "kilometers"})
_REACH = 10  # tokens between the defeat verb and the 'in' of its final


def in_final(f: SentenceFacts, i: int, asked: set[str]) -> str | None:
    """The defeat verb at token i took place in the final of the market's contest: 'named' when
    words of the market's contest name the final ('in the U.S. Open final'), 'bare' for 'in the
    final' (the caller needs the contest named elsewhere in the sentence), else None."""
    toks = f.sent.tokens
    _, b = f.sent.clause_of(i)
    start = next((k for k in range(i + 1, min(b, i + 1 + _REACH)) if toks[k].lower in _INTO), None)
    if start is None:
        return None
    named = False
    for k in range(start + 1, min(b, start + 8)):
        word = toks[k].lower
        if word in _FINALS:
            if toks[k - 1].lower in _BEFORE_FINAL or (k + 1 < b and toks[k + 1].lower in _PART_AFTER):
                return None
            return "named" if named else "bare"
        if word.replace(".", "") in asked:
            named = True
        elif word not in _FILLERS:
            return None
    return None


def contest_words(question: str, object_terms: list[str], candidate: str) -> set[str]:
    """The words that name the market's contest: its object's words and the question's
    capitalised words and numbers ('US', 'Open', '2018'), not the candidate's name nor 'Will'."""
    own = {w.lower() for w in re.findall(r"[\w'’-]+", candidate or "")}
    words = {w.lower().replace(".", "") for w in re.findall(r"[\w'’.-]+", question)
             if (w[:1].isupper() or w[:1].isdigit()) and w.lower() not in own}
    return (words | {w.lower() for w in object_terms}) - {"will", "who", "which"}
