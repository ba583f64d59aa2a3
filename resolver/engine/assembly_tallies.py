"""The yeas of a vote of states: for a market that counts the countries (member states, nations) voting
for a resolution ('Will at least 140 countries vote in favour of the UN General Assembly resolution …?'),
the count of them a report gives for the resolution. In a body of states each member casts one vote, so
'adopted a resolution with 143 votes in favour', 'passed with a vote of 143-9', '128 countries voted in
favor of the resolution' and '128 countries backed the non-binding resolution' all tell how many states
voted for it.

A count told beside the votes against ('…, nine against', 'with nine countries voting against', a split
'143-9') is the vote's whole tally: a short one settles the market (no other state is left to back it). A
count told alone may be part of the yeas (read as such by rules/result_counts.vote_split). A floor or a
rounding ('more than 120 countries') is read as a range by least_count.result_told.

Read only when the market's act is a vote and its counted noun one of the states' (STATE_VOTERS), and only
of a sentence that names no deliberative body other than those the question names ('the Security Council'
when the market asks of the General Assembly tells another vote)."""

from __future__ import annotations

import re

from .numerals import _NUM, _WORDNUM, _number

# the nouns a count of voting states is told in (the market's unit and a report's)
STATE_VOTERS = frozenset({"countries", "states", "member states", "nations", "member nations", "member countries",
                          "un member states", "un members", "governments", "delegations"})
_STATE_NOUN = r"(?:(?:un\s+)?member\s+(?:states|nations|countries)|countries|states|nations|delegations|governments)"
_FAVOUR = r"in\s+favou?r(?:\s+of\b)?"
_BACKING = r"(?:voted|vote|votes|backed|supported|endorsed)"
_PASSING = r"(?:passed|adopted|approved|carried|was\s+adopted|was\s+passed|was\s+approved)"
_N = rf"(?P<num>{_NUM}|(?:{_WORDNUM})\b)"

# 'with 143 votes in favour', '143 in favour', '143 yes votes', '128 countries voted in favor of',
# '128 countries backed the … resolution'
_YEAS = re.compile(
    rf"\b{_N}\s+(?:(?:votes?|ballots?)\s+{_FAVOUR}|{_FAVOUR}|(?:yes|affirmative)\s+votes?|"
    rf"{_STATE_NOUN}\s+(?:(?:have|had)\s+)?(?:{_BACKING}\s+(?:{_FAVOUR}|for)\b|(?:backed|supported|endorsed)\s+"
    rf"(?:the|a|an|it)\b))", re.I)
# 'passed with a vote of 143-9', 'adopted 143-9', 'was adopted by 143 votes to 9', 'in a 143-9 vote' after a passing verb
_SPLIT = re.compile(
    rf"\b{_PASSING}\s+(?:(?:with|by|in)\s+)?(?:an?\s+)?(?:(?:recorded\s+)?vote\s+of\s+)?"
    r"(?P<a>\d{1,3})\s*(?:-|–|—|to)\s*(?P<b>\d{1,3})\b(?!\s*(?:%|percent|per\s+cent))"
    rf"|\b{_PASSING}\s+(?:(?:with|by)\s+)?(?P<c>\d{{1,3}})\s+votes?\s+to\s+(?P<d>\d{{1,3}})\b", re.I)
# the votes against told beside the yeas: 'nine against', 'nine countries … voting against', '9 votes against'
_AGAINST = re.compile(
    rf"\b(?:{_NUM}|(?:{_WORDNUM})\b)\s+(?:(?:votes?|ballots?|{_STATE_NOUN})\s+)?(?:[—(][^—()]{{0,60}}[—)]\s+)?"
    r"(?:(?:voted|voting|were|was|cast)\s+)?(?:against|opposed)\b", re.I)
# a deliberative body named by a capitalised name ('the UN Security Council', 'the Human Rights Council')
_BODY = re.compile(r"\b((?:[A-Z][a-z]+\s+){1,3}(?:Council|Assembly|Committee|Parliament|Senate|Congress|Commission))\b")
# words before the count that make it a requirement, a forecast or a condition, not a vote taken ('needs 129
# votes in favour', 'is expected to win 140 votes in favour', 'if 130 countries vote in favour')
_UNREALISED = re.compile(r"\b(?:needs?|needed|requires?|required|necessary|would|could|might|may|will|expected|likely|"
                         r"hopes?|hoped|seeks?|sought|aims?|wants?|if|unless|whether|predicted|projected)\b", re.I)
_LEAD = 60  # characters before the count read for those words (within its clause)
_VOTING = frozenset({"vote", "back", "support", "endorse"})  # the market's act: a vote for the resolution
_PREFILTER = ("favo", "vote", "backed", "supported", "endorsed", "passed", "adopted", "approved", "carried")


def asked(unit: str | None, act: str | None) -> bool:
    """The market counts states voting: its act a vote, its counted noun a states' noun."""
    return (unit or "").lower() in STATE_VOTERS and (act or "").lower() in _VOTING


def _other_body(question: str, text: str) -> str | None:
    """A deliberative body the sentence names that the question does not ('the UN Security Council' for a
    General Assembly vote): the sentence may tell another vote."""
    q = question.lower()
    for m in _BODY.finditer(text):
        name = m.group(1)
        if name.lower() not in q and name.split()[-1].lower() not in q:
            return name
    return None


def yeas(question: str, text: str) -> tuple[float, str, int, bool] | None:
    """(the count of states for, the wording, where the count stands, whether the sentence tells the whole
    tally) of the first count of yeas the sentence gives; None when it gives none or names another body."""
    low = text.lower()
    if not any(p in low for p in _PREFILTER) or not any(c.isdigit() for c in text) and " in favo" not in low:
        return None
    if _other_body(question, text) is not None:
        return None
    split = _SPLIT.search(text)
    yea = _YEAS.search(text)
    if split is not None and _unrealised(text, split.start()):
        split = None
    if yea is not None and _unrealised(text, yea.start()):
        yea = None
    if split is not None and (yea is None or split.start() <= yea.start()):
        a, b = (split.group("a"), split.group("b")) if split.group("a") else (split.group("c"), split.group("d"))
        num_at = split.start("a") if split.group("a") else split.start("c")
        # a measure passed: the larger side voted for it
        return float(max(int(a), int(b))), split.group(0).strip(), num_at, True
    if yea is None:
        return None
    value = _number(yea.group("num"))
    if value is None:
        return None
    whole = _AGAINST.search(text, yea.end()) is not None
    return value, yea.group(0).strip(), yea.start("num"), whole


def _unrealised(text: str, at: int) -> bool:
    """The words before the count, back to the clause's start (a comma, a semicolon) and within _LEAD
    characters, make it a requirement, a forecast or a condition."""
    lead = re.split(r"[,;:]", text[max(0, at - _LEAD):at])[-1]
    return _UNREALISED.search(lead) is not None
