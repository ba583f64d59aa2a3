"""The office a who-wins market's election fills, read from its criteria when the question names
the election by another word than its office ('Guyana's 2025 general election', criteria 'if the
Guyana Elections Commission (GECOM) declares Irfaan Ali … elected President'): the criteria's
'elected <Office>' names the office, so being elected, re-elected or titled '<office>-elect' to it
is winning that election (contests.json elected_to_win 'offices'). Only a capitalised office word
right after 'elected' counts: 'elected seats' or 'elected members' name no office."""

from __future__ import annotations

import re

from .packaged import load_json

_OFFICES = frozenset(w for words in load_json("contests.json")["elected_to_win"]["offices"].values() for w in words)
# 'elected President', 'elected as President', 'elected as the next Mayor' (linear: one word after each optional)
_ELECTED_AS = re.compile(r"\b(?:re-?)?elected\s+(?:as\s+)?(?:the\s+)?(?:next\s+|new\s+)?([A-Z][a-z]+)\b")


def criteria_office(criteria: str) -> tuple[str, ...]:
    """('president',) for criteria 'declares Irfaan Ali … elected President', else ()."""
    if "elected" not in criteria:
        return ()
    found = [m.group(1).lower() for m in _ELECTED_AS.finditer(criteria)]
    return tuple(dict.fromkeys(w for w in found if w in _OFFICES))


_ELECTING = frozenset(load_json("contests.json")["elected_to_win"]["verbs"])


def elected_to(toks, i: int, office: tuple[str, ...]) -> bool:
    """Token i is an electing verb whose complement is the market's office ('was re-elected
    president', 'elected as President'): it names the election the office fills, as 'the
    presidential election' would. 'elected leader of the party' for a presidency names another
    office, and 'elected' alone names none; nor does 'elected president of the Senate'."""
    if not office or not toks[i].lemmas & _ELECTING:
        return False
    k = i + 1
    while k < len(toks) and k <= i + 2 and toks[k].lower in ("as", "the"):
        k += 1
    if k >= len(toks) or toks[k].lower not in office:
        return False
    # 'elected president of the Senate', '… of the 80th session': another body's office; 'President of the
    # Republic', '… of the Russian Federation' is the state's
    after = [t.lower for t in toks[k + 1:k + 6]]
    return after[:2] != ["of", "the"] or any(w in _STATE_WORDS for w in after[2:])


_STATE_WORDS = frozenset({"republic", "federation", "country", "nation", "state"})


_OFFICE_NOUNS: dict[str, list[str]] = load_json("contests.json")["elected_to_win"]["office_nouns"]


def office_nouns(office: tuple[str, ...]) -> frozenset[str]:
    """The nouns of the office an election fills ('presidency' for 'president'): for a market on a
    candidate winning that election, 'Irro Wins Presidency', 'Mulino wins presidency' name the
    election won (contests.json elected_to_win 'office_nouns')."""
    return frozenset(n for o in office for n in _OFFICE_NOUNS.get(o, ()))
