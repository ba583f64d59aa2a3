"""A side of one dated ballot: 'Will "Yes" win the September 18, 2014 Scottish independence
referendum?', 'Will the Approve option win Chile's September 4, 2022 constitutional plebiscite?'.
A referendum held on a named day has one winning side, so the market's side has rivals (the other
option): a report that the other side won or beat it ('the "No" vote … edged out the "Yes" vote')
is read by rules/rival_outcome.py as for any contest with one winner (derive.py marks the role
exclusive). Read: the complement of 'win' ends in a ballot noun and the question names a year;
not a share or a threshold of the vote ('win at least 60% of the vote in … referendum', whose
complement head is the share)."""

from __future__ import annotations

import re

_BALLOTS = frozenset({"referendum", "plebiscite", "referendums"})
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_SHARE = re.compile(r"\d\s*%|\bper\s*cent\b|\bpercent\b|\bmajority\b|\bshare\b", re.I)


def one_ballot(question: str, complement: list[str]) -> bool:
    """The market asks a side to win one dated referendum or plebiscite."""
    return bool(complement) and complement[-1].lower() in _BALLOTS and bool(_YEAR.search(question)) \
        and not _SHARE.search(question)
