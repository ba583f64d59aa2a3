"""A two-sided vote tally that gives one side's count by a possessive name: 'Kan beat Ozawa narrowly
squeaking home by a vote of 206 in his favour to Ozawa's 200', 'Kan's 721 points to Ozawa's 491', 'by
206 votes to Ozawa's 200', 'Ozawa's 200 votes against Kan's 206'. The number right after '<Name>'s' is
that person's count in the vote told, the other number the other side's: for a market on how many votes
a person receives ('Will Ichiro Ozawa receive at least 200 votes from DPJ Diet members …?'), the count
told for that person settles the bar. The tally must be a vote's (a vote word in the sentence) and both
sides given; a possessive count with no other side ('Ozawa's 200 supporters'), a share or a range
('Ozawa's 40 percent', '200 to 210') is not read. Read by rules/result_counts.votes_for_subject. Pure
and deterministic."""

from __future__ import annotations

import re

_NUM = r"\d{1,3}(?:,\d{3})*"
_NAME = r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}"
_UNIT = r"(?:\s+(?:votes?|ballots?|points?))?"
_SIDE_FAVOUR = r"(?:\s+in\s+(?:his|her|their|its|[A-Z][\w-]*['’]s)\s+favou?r)?"
_VERSUS = r"\s*(?:to|against|versus|vs\.?|-|–)\s*"
# '206 (votes) (in his favour) to Ozawa's 200 (votes)': the later side named
_LATER = re.compile(rf"\b(?P<other>{_NUM}){_UNIT}{_SIDE_FAVOUR}{_VERSUS}(?P<name>{_NAME})['’]s\s+(?P<num>{_NUM})\b{_UNIT}"
                    r"(?!\s*(?:%|percent|per\s+cent|-|–|to\s+\d))")
# "Ozawa's 200 (votes) to Kan's 206 / to 206": the earlier side named
_EARLIER = re.compile(rf"\b(?P<name>{_NAME})['’]s\s+(?P<num>{_NUM}){_UNIT}{_VERSUS}(?:{_NAME}['’]s\s+)?(?P<other>{_NUM})\b"
                      r"(?!\s*(?:%|percent|per\s+cent))")
_UNIT_WORD = re.compile(r"\b(?:votes?|ballots?|points?)\b")
_VOTE_WORD = re.compile(r"\b(?:vot(?:e|es|ed|ing|ers?)|ballots?|tally|count|elect(?:ion|ed))\b", re.I)


def _norm(word: str) -> str:
    return "vote" if word.startswith("ballot") else word.rstrip("s")


def counts(text: str, unit: str) -> list[tuple[int, float, str, str]]:
    """(start of the count, the count, the wording, the name) of each side of a vote tally named by a
    possessive, in the market's `unit` ('votes'): a tally told in another unit ('721 points to Ozawa's
    491' for votes) is not read; [] when the sentence tells no vote."""
    if "'" not in text and "’" not in text or not _VOTE_WORD.search(text):
        return []
    out = []
    for rx in (_LATER, _EARLIER):
        for m in rx.finditer(text):
            said = _UNIT_WORD.findall(m.group(0).lower())
            if any(_norm(w) != _norm(unit.lower()) for w in said):
                continue  # 'points' for a count of votes
            value = float(m.group("num").replace(",", ""))
            out.append((m.start("num"), value, " ".join(m.group(0).split()), m.group("name")))
    return out
