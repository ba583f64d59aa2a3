"""A win counted in parts of the electorate: 'Wade has won the presidential election in 30 of 45
departments', 'Rafsanjani won 12 of Iran's 30 provinces', 'The ABC has also won three
constituencies'. A winning verb whose own object (or 'in' phrase) is a count of districts,
provinces, states or constituencies tells where a side came first, not that it won the contest:
rival_outcome does not read it as another's win of the market's contest (a market that itself
counts such units, 'win the most constituencies', is left alone). Pure; word shapes only."""

from __future__ import annotations

import re

from .text import Sentence

_UNITS = (r"(?:constituenc(?:y|ies)|districts?|provinces?|states?|departments?|regions?|count(?:y|ies)|"
          r"municipalit(?:y|ies)|wards?|precincts?|cantons?|prefectures?|governorates?|oblasts?|ridings?|parishes)")
_NUM = (r"(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
        r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|all\s+but\s+(?:\d{1,3}|one|two|three))")
# after the verb, its object or an 'in' phrase (bounded words between): 'the presidential election in 30 of 45 departments'
_COUNTED = re.compile(rf"^\s+(?:[\w'’-]+\s+){{0,4}}?(?:in\s+)?(?:only\s+|just\s+|about\s+|some\s+|nearly\s+|at\s+least\s+)?"
                      rf"{_NUM}\s+(?:out\s+)?(?:of\s+(?:the\s+|[A-Z][\w-]*['’]s\s+)?{_NUM}\s+)?(?:[\w-]+\s+)?{_UNITS}\b",
                      re.I)
_ASKED = re.compile(rf"\b{_UNITS}\b", re.I)


def counted(sent: Sentence, i: int, question: str) -> str | None:
    """The words after the winning verb at token i that count the parts it was won in, or None."""
    if _ASKED.search(question):
        return None
    tok = sent.tokens[i]
    _, b = sent.clause_of(i)
    end = sent.tokens[b - 1].start + len(sent.tokens[b - 1].text) if b > i + 1 else tok.start + len(tok.text)
    m = _COUNTED.match(sent.text[tok.start + len(tok.text):min(end, tok.start + len(tok.text) + 120)])
    return " ".join(m.group(0).split()) if m else None
