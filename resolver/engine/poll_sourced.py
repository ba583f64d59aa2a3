"""A result told on a poll's word: 'Labour has won a landslide victory …, according to the exit
poll', 'Zelenskiy wins second round … – exit poll', 'Ukraine: exit-polls, Zelensky wins …',
'exit poll shows X ahead', '… will keep its benchmark interest rate on hold next week …, a Reuters poll
showed on Wednesday' (a closing source clause). A poll (an exit poll, an opinion poll, a survey) forecasts the count;
it is not the result, so a win or an act read from such a sentence is not reported as done.

'Poll' also names the vote itself ('Preliminary results from Wednesday's poll showed …', 'went
to the polls', 'won at the polls'): only a poll that is the source is read — named after
'according to', tagged at a headline's end, opened by 'exit' or 'opinion' or by an article, then
a verb of showing or a colon."""

from __future__ import annotations

from functools import lru_cache
import re

from .contests import projections_count
from .text import Sentence

_POLL = r"(?:exit[- ]polls?|opinion\s+polls?|polls?|surveys?)"
# what else forecasts a count from a sample of its polling stations: a quick count ('Yudhoyono won the election
# outright, according to quick counts', 'Yudhoyono wins – quick count'). Not a projection: a pollster's
# projection from the counted ballots ('according to a pollster's partial projection') is how a result is
# called, and the corpus's labels read it as one
_FORECAST = r"(?:quick[- ]counts?)"
# 'according to an exit poll released after voting ended', 'according to a late poll conducted by Ipsos'
_ACCORDING = re.compile(rf"\baccording\s+to\s+(?:(?:a|an|the)\s+)?(?:[\w'-]+\s+){{0,3}}?(?:{_POLL}|{_FORECAST})\b", re.I)
# a headline's source tag: '… election – exit poll', '…, exit poll says', '… election: polls show'
_TAIL = re.compile(rf"(?:\s[–—-]|[,:])\s*(?:(?:the|an?|first|latest|new)\s+)?(?:exit[- ]polls?|polls?|{_FORECAST})"
                   r"(?:\s+(?:says|say|shows|show|suggests|suggest))?\s*[.!]?\s*$", re.I)
# 'exit poll shows …', 'Exit polls put David Cameron's Conservative Party …', 'Ukraine: exit-polls, Zelensky wins',
# 'The polls showed the party coming out ahead' (not 'the poll has been postponed', 'won the poll, beating …')
_SHOWING = (r"show|shows|showed|suggest|suggests|suggested|say|says|indicate|indicates|indicated|predict|predicts|"
            r"predicted|put|puts|gave|give|gives|project|projects|projected")
_SHOWS = re.compile(rf"\b(?:exit[- ]polls?|opinion\s+polls?)(?:\s*[,:]|\s+(?:\w+\s+)?(?:{_SHOWING}|had|has)\b)"
                    rf"|\b(?:the|an?|new|latest|late|first|early|earlier|final)\s+polls?\s+(?:\w+\s+)?(?:{_SHOWING})\b",
                    re.I)

# a source clause closing any sentence: '…, a Reuters poll showed on Wednesday.', '…, the latest survey found.'
_CLOSING = re.compile(r",\s*(?:(?:the|an?)\s+)(?:[\w'-]+\s+){0,3}?(?:polls?|surveys?)\s+(?:showed|shows|found|finds|"
                      r"suggested|suggests|indicated|indicates)\b[^,;:]{0,40}[.!]?\s*$", re.I)


def source(sent: Sentence, i: int) -> str | None:
    """The words that put the act at token i on a poll's word, if the sentence does: an
    'according to … poll' anywhere, a headline's poll tag at its end, a closing source clause
    (', a Reuters poll showed on Wednesday.'), or a poll showing before the act."""
    text = sent.text
    m = _ACCORDING.search(text) or (_TAIL.search(text) if sent.headline else None) or \
        (_CLOSING.search(text) if "poll" in text or "survey" in text else None)
    if m:
        return m.group(0).strip(" ,:–—-")
    at = sent.tokens[i].start if 0 <= i < len(sent.tokens) else len(text)
    m = next((m for m in _SHOWS.finditer(text) if m.end() <= at), None)
    return m.group(0).strip(" ,:") if m else None


@lru_cache(maxsize=1024)
def asked(question: str, criteria: str = "") -> bool:
    """The market itself asks about a poll ('Will an exit poll show …?'), or its criteria accept
    media projections ('on the basis of vote counts or projections reported by major news
    organizations'), of which an exit survey's call is one."""
    return bool(re.search(r"\bpoll|\bsurvey", question, re.I)) or projections_count(criteria)
