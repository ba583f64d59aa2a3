"""Count nouns that count the same thing for a market: the bar counts one noun and a report gives
the figure with another.

A winner's wins: when the market's act is winning and what it counts is won one at a time (games,
matches, races, awards, titles: data `counted_alike.json`), each win is one of them, so '73 wins'
counts games won ('win at least 73 regular-season games') and 'with 11 wins' Academy Awards won
('win more than 11 Academy Awards'). Only for a winning act: wins are not games played ('in 73
games'), and a market counting games played, goals or points is not counted by wins. Seats,
states, medals and votes are left out: a party's 'wins' may be districts or rounds, a country's
medals are not all wins, a vote is not a win.

A treaty's parties: when the market counts a treaty's ratifications, '50 states parties' counts them (each
party deposited one instrument of ratification or accession; parties_counted); 'states' or 'countries' alone
do not, for they may only have signed.

Read by the count readers (threshold_figures._count_unit, least_count._count) and by the
unread-figure gate (figures._count_pattern), which must see a yes-side figure however it is
worded."""

from __future__ import annotations

import re

from .act_families import family_key
from .packaged import load_json

_DATA = load_json("counted_alike.json")
_WON_ONE_EACH = frozenset(_DATA["won_one_each"])
WIN_NOUNS = frozenset(_DATA["win_nouns"])


def _single(noun: str) -> str:
    w = noun.lower().strip()
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "xes")):
        return w[:-2]
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def won_one_each(unit: str | None, act: str | None) -> bool:
    """The market's act is winning and its unit is a thing won one at a time ('games', 'Academy
    Awards' read as 'awards', 'Oscars')."""
    if not unit or not act or family_key(act) != "win":
        return False
    return _single(unit.split()[-1]) in _WON_ONE_EACH or _single(unit) in _WON_ONE_EACH


def alike_nouns(unit: str | None, act: str | None) -> frozenset[str]:
    """The singular nouns (beside the unit's own) a report may count the market's unit with."""
    return WIN_NOUNS if won_one_each(unit, act) else frozenset()


_RATIFIED = frozenset(_DATA["ratified_units"])
_PARTY_NOUNS = tuple(tuple(words) for words in _DATA["party_nouns"])


def parties_counted(unit: str | None, after: list[str]) -> bool:
    """The market counts a treaty's ratifications ('reach 50 ratifications') and the words after a figure
    (`after`, lower case) count its parties ('50 states parties'): each party ratified or acceded once."""
    if not unit or (unit.lower() not in _RATIFIED and _single(unit) not in _RATIFIED):
        return False
    return any(tuple(after[:len(words)]) == words for words in _PARTY_NOUNS)


def parties_after(unit: str | None, text: str, end: int) -> bool:
    """parties_counted for the words right after a figure ending at `end` in `text`."""
    return parties_counted(unit, re.findall(r"[a-z]+", text[end:end + 30].lower())[:2])


def counts_alike(unit: str | None, act: str | None, said: str) -> bool:
    """`said`, the noun a figure is written with, counts what the market's unit counts: the unit
    itself is the caller's to match; this is only another noun for the same things."""
    return _single(said) in alike_nouns(unit, act)


# -- voters and their votes ---------------------------------------------------------------------
# A market counting voters who vote against ('150 or more Conservative MPs vote against Boris Johnson')
# is counted by the tally of votes against: each voter casts one vote ('a vote against was 148 votes',
# '303 votes against, and 6 abstentions'). Not 'votes against <a name>' ('2,810,757 votes against
# Lungu's 1,814,201': one side's votes beside another's), and never the votes for.
_AGAINST_ASKED = re.compile(r"\bvotes?\s+against\b", re.I)
_TALLY_NUM = r"\d{1,3}(?:,\d{3})+|\d+"
_AGAINST_TALLY = re.compile(
    rf"\b(?P<num>{_TALLY_NUM})\s+(?:votes?|ballots?)\s+(?:were\s+cast\s+)?against\b(?=\s*(?:[,.;:)]|and\b|with\b|$))"
    rf"|\b(?:the\s+|a\s+)?(?:votes?|ballots?)\s+against\s+(?:(?:him|her|it|them)\s+)?(?:was|were|stood\s+at|totall?ed|"
    rf"numbered)\s+(?P<num2>{_TALLY_NUM})\b(?!\s*(?:%|percent|per\s+cent|[-–]))", re.I)


def voters_against(question: str, unit: str | None) -> bool:
    """The market counts voters (a voter noun) who vote against its subject."""
    from .vote_counts import voter_count
    return voter_count(unit) and bool(_AGAINST_ASKED.search(question))


def votes_against(text: str) -> tuple[float, str] | None:
    """The tally of votes against the sentence gives ('a vote against was 148 votes' → 148)."""
    m = _AGAINST_TALLY.search(text)
    if not m:
        return None
    return float((m.group("num") or m.group("num2")).replace(",", "")), m.group(0).strip()
