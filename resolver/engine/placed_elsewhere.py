"""A placing told at another contest (README 'How the engine decides', rival outcomes): 'Improbable
finished in fifth at the Kentucky Derby' for 'Will Improbable win the 2019 Preakness Stakes?' tells
the candidate's place in a contest the sentence names, and that contest is not the market's: none
of the capitalised words of 'the Kentucky Derby' is a word of the market's question or criteria.
Such a placing says nothing of the market's contest, so it is no defeat there. A placing 'in the
Premier League' for a Premier League market, or at a stage of the contest ('in the Final'), is the
market's own and stays a defeat."""

from __future__ import annotations

import re

from .text import Sentence

# 'at the Kentucky Derby', 'in the 2019 Dubai World Cup': the named occasion of the placing, right after it
_AT_NAMED = re.compile(r"[\s,]*(?:at|in)\s+the\s+(?:(?:19|20)\d\d\s+)?(?P<name>[A-Z][\w'.-]*(?:\s+(?:of\s+)?[A-Z][\w'.-]*){0,4})")
# capitalised words that name a stage, a round or the kind of contest, not one contest
_GENERIC = frozenset({"final", "finals", "semifinal", "semifinals", "semi-final", "semi-finals", "quarterfinal",
                      "quarterfinals", "quarter-final", "quarter-finals", "round", "race", "event", "stage", "heat",
                      "game", "match", "championship", "championships", "tournament", "of", "open", "cup", "stakes",
                      "prize", "award", "awards", "league", "men's", "women's", "grand"})


def elsewhere(sent: Sentence, cue_end: int, market_text: str) -> str | None:
    """The contest named right after a placing (ending at character `cue_end`) when none of its
    words is a word of `market_text` (the market's question and criteria) and one of them names
    more than a stage or a kind of contest; None otherwise."""
    m = _AT_NAMED.match(sent.text, cue_end)
    if m is None:
        return None
    words = [w.lower().strip(".'") for w in m.group("name").split()]
    asked = {w.lower() for w in re.findall(r"[A-Za-z][\w'-]*", market_text)}
    if any(w in asked for w in words) or all(w in _GENERIC for w in words):
        return None
    return m.group("name")


def kept(sent: Sentence, found, market_text: str):
    """A placing reading (`contests.runner_up`'s, at its cue token) unless it is told at another
    contest; None then."""
    if found is None:
        return None
    toks = sent.tokens
    for k in (found.index, found.index + 1):
        if k < len(toks) and elsewhere(sent, toks[k].start + len(toks[k].text), market_text):
            return None
    return found


__all__ = ["elsewhere", "kept"]
