"""What a percentage told of a vote is a share of. Of the votes cast, when 'of the votes' follows it,
even after 'by' ('declared that the MPLA won the polls by 61.07% of valid votes cast', 'had won
Russia's presidential election by about 64 percent of the votes'): a side's share, not a margin
'by' a number of points. Of the roll, when 'of the electorate' or 'of registered voters' follows it
('a majority of more than 30,000 votes, equivalent to nearly 10 percent of the electorate'): a
share of everyone entitled to vote, not of the votes a market on a side's share reads. Read by
rules/threshold_crossed.py and rules/reported_figure.py."""

from __future__ import annotations

import re

from .analysis import MarketContext

_ASKED = re.compile(r"\bturnout\b", re.I)
# a share of the votes cast: 'of valid votes cast', 'of the votes', 'of the vote', 'of all ballots'
_OF_VOTES = re.compile(r"^\s*of\s+(?:the\s+|all\s+(?:the\s+)?)?(?:valid\s+|total\s+|popular\s+)?(?:votes?|ballots)\b", re.I)


def share_of_votes(text: str, end: int) -> bool:
    """The percentage ending at `end` is followed by 'of (the) (valid) votes': a share of the votes."""
    return bool(_OF_VOTES.match(text[end:end + 40]))


# a share of the roll, not of the votes: 'nearly 10 percent of the electorate', '41% of eligible voters'
_ROLL = re.compile(r"^\s*of\s+(?:the\s+|all\s+|all\s+the\s+|the\s+country's\s+)?(?:electorate|(?:registered|eligible)\s+"
                   r"voters|voters\s+(?:registered|eligible)|(?:voter|electoral)\s+roll)\b", re.I)
_ROLL_ASKED = re.compile(r"\b(?:electorate|registered\s+voters|eligible\s+voters|voter\s+roll|electoral\s+roll)\b", re.I)


def told_of_roll(ctx: MarketContext, text: str, end: int) -> str | None:
    """For a market on a share of the votes (not a turnout, and not a share of the roll: neither
    its question nor its criteria name the electorate), the words telling the percentage ending at
    `end` as a share of the electorate ('a majority of more than 30,000 votes, equivalent to nearly
    10 percent of the electorate'): measured against everyone entitled to vote, not the votes
    cast; else None."""
    if _ASKED.search(ctx.market.question) or _ROLL_ASKED.search(f"{ctx.market.question} {ctx.market.criteria}"):
        return None
    m = _ROLL.match(text[end:end + 60])
    return " ".join(m.group(0).split()) if m else None
