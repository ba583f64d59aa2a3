"""A final step still to come: a market on the final act of a process that takes several votes or
readings ('give final approval', 'passes … on third and final reading'; 'Passage on first or
second reading does not count') is not confirmed by an article that reports a vote while telling
that the final one lies ahead: 'The deal is not done just yet, one final vote remains next week on
Tuesday', 'Metro Council will hold a public hearing prior to next Tuesday's meeting vote on third
reading', 'the bill still needs a final vote in the Senate'. The vote that article reports done is
an earlier one, whatever words it is told in ('Metro council passes stadium deal').

The final step is read in a sentence of the article that names it (a final, third or last vote,
reading, approval or passage) with a word putting it ahead (remains, needs, awaits, will, next,
scheduled, set for, expected, due) near it, not told done ('gave final approval'), or that says the matter is 'not done yet'.
A sentence that itself calls the step it reports a preliminary, initial, tentative, first or second one
('Metro Council gave preliminary approval to the Titans stadium deal', 'approved on second reading') tells
an earlier step too, unless it names the final one as well ('gave final approval after a first vote')."""

from __future__ import annotations

import re
from functools import lru_cache

_STEP = r"(?:final|third|last)\s+(?:and\s+final\s+)?(?:vote|reading|approval|passage|ballot)s?"
# the market asks the final step
_ASKS = re.compile(rf"\b{_STEP}\b", re.I)
_AHEAD = re.compile(r"\b(?:remains?|remaining|needs?|needed|requires?|awaits?|awaiting|pending|will|next|"
                    r"scheduled|set\s+for|expected|due|upcoming|later\s+this)\b", re.I)
_NAMED = re.compile(rf"\b{_STEP}\b", re.I)
# the final step told done ('gave final approval', 'voted 25-11 on third reading', 'the final vote passed')
_DONE_BEFORE = re.compile(r"\b(?:passed|approved|gave|granted|cleared|won|adopted|voted|held|took|cast)\b"
                          r"(?:\s+[\w'’-]+){0,4}\s+$", re.I)
_DONE_AFTER = re.compile(r"^\s+(?:\w+\s+){0,3}?(?:passed|was\s+approved|succeeded|was\s+held|took\s+place)\b", re.I)
_NEAR = 60  # characters around the step in which a word puts it ahead
_NOT_YET = re.compile(r"\bnot\s+(?:done|final|over|finished|complete)\s+(?:just\s+)?yet\b", re.I)
_SENTENCES = re.compile(r"[^.!?\n]+[.!?]?")


@lru_cache(maxsize=1024)  # a pure reading of the market's or article's text, asked of every sentence
def asks_final(question: str, criteria: str) -> bool:
    """The market asks the final step of a process of several ('final approval', 'on third and
    final reading')."""
    return bool(_ASKS.search(question) or _ASKS.search(criteria))


@lru_cache(maxsize=1024)
def still_ahead(text: str) -> str | None:
    """The words of the text telling the final step still lies ahead, else None."""
    for m in _SENTENCES.finditer(text):
        s = m.group(0)
        for step in _NAMED.finditer(s):
            if _DONE_BEFORE.search(s[:step.start()]) or _DONE_AFTER.match(s[step.end():]):
                continue
            if _AHEAD.search(s[max(0, step.start() - _NEAR):step.end() + _NEAR]):
                return step.group(0)
        not_yet = _NOT_YET.search(s)
        if not_yet:
            return not_yet.group(0)
    return None


# a step the sentence itself qualifies as an early one ('gave preliminary approval', 'approved on first reading')
_EARLY_STEP = re.compile(r"\b(?:preliminary|initial|tentative|provisional|first|second|first-round|early)\s+"
                         r"(?:(?:and\s+\w+\s+)?(?:vote|reading|approval|passage|ballot|nod)s?)\b", re.I)


def earlier_vote(question: str, criteria: str, title: str, text: str, sentence: str = "") -> str | None:
    """For a market asking the final step, why a vote the article reports done is an earlier one
    (the article tells the final one ahead, or the sentence calls its own step a preliminary,
    first or second one: 'Metro Council gave preliminary approval to the … deal'), else None."""
    if not asks_final(question, criteria):
        return None
    early = _EARLY_STEP.search(sentence) if sentence and not _NAMED.search(sentence) else None
    if early:
        return f"'{early.group(0)}': the sentence tells an earlier step than the final one the market asks"
    ahead = still_ahead(f"{title}.\n{text}")
    if ahead is None:
        return None
    return f"the article tells the final step still ahead ('{ahead}'): the act it reports is an earlier stage"
