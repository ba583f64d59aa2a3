"""Another chamber: a legislature's two chambers pass the same bill one after the other, so a
market on one chamber's act ('Will the U.S. House of Representatives pass the Senate-approved
health care bill?') is not confirmed by the other chamber doing it ('The Senate passed the health
care bill on Christmas Eve', 'the bill, passed by the Senate in December'). The market's chamber
is the one its question names before its act verb (the 'Senate' of 'Senate-approved' after it is
the object's history); the report's chamber is the subject of the act verb, nearest before it in
its clause with only adverbs, dates, numbers or 'voted … to' between ('The Senate on Thursday
voted 60-39 to pass'), the agent after 'by' right after a passive one, or the chamber a bill is told to
have passed or cleared ('the bill, which already passed the lower chamber', 'clears Senate'). Chambers are told apart
as upper and lower ones (US Senate and House, Lords and Commons, Bundesrat and Bundestag, Rajya
and Lok Sabha); a question naming none, or both ('both chambers of Congress'), is not read — unless the
market needs both chambers ('if both the Lok Sabha and the Rajya Sabha pass …', 'Passage by only one
house does not count', 'Passage by the House of Representatives alone does not count'): then one
chamber told doing the act ('The bill, which was passed by the Lok Sabha on Tuesday') is a part of
it, not the act."""

from __future__ import annotations

import re
from functools import lru_cache

from .text import Sentence

_UPPER = r"senate|upper\s+(?:house|chamber)|house\s+of\s+lords|lords|bundesrat|rajya\s+sabha|federation\s+council|house\s+of\s+councillors"
_LOWER = (r"house\s+of\s+representatives|house\s+of\s+commons|commons|lower\s+(?:house|chamber)|bundestag|lok\s+sabha|"
          r"state\s+duma|duma|chamber\s+of\s+deputies|(?<!white\s)(?<!opera\s)(?<!full\s)house(?!\s+of\s+(?:lords|councillors))")
_CHAMBER = re.compile(rf"\b(?:(?P<upper>{_UPPER})|(?P<lower>{_LOWER}))\b", re.I)
_BY = re.compile(rf"\s+by\s+(?:the\s+)?(?:[A-Z][\w.]*\s+)?(?:{_UPPER}|{_LOWER})\b", re.I)  # 'passed by the Senate'
# 'the bill, which already passed the lower chamber of the legislature', 'clears Senate', 'passed in Senate':
# the chamber a bill passed is the one that passed it ('pass the Senate health care bill': the bill's, no chamber)
_THROUGH = re.compile(rf"\s+(?:in\s+)?(?:the\s+)?(?:{_UPPER}|{_LOWER})\b(?!\s+(?!of\b|on\b|in\b|by\b|with\b|and\b)[a-z])", re.I)
_REACH = 80  # characters between the chamber and its verb
# the market needs both chambers: 'both houses', 'both the Lok Sabha and the Rajya Sabha', 'only one house', '… alone'
_BOTH_NEEDED = re.compile(rf"\bboth\s+(?:the\s+)?(?:houses|chambers)\b|\bboth\s+(?:the\s+)?(?:{_UPPER}|{_LOWER})\s+and\b"
                          rf"|\b(?:only\s+one|a\s+single)\s+(?:house|chamber)\b|\b(?:{_UPPER}|{_LOWER})\s+alone\b", re.I)
_BOTH = re.compile(r"\b(?:both|two)\s+(?:chambers|houses)\b", re.I)
_BETWEEN = re.compile(r"^(?:\s+(?:of\s+(?:the\s+)?(?:national\s+)?(?:congress|parliament|legislature)|on|in|at|late|early|last|this|\w+day|\w+ly|also|then|finally|has|have|had|was|were|"
                      r"voted|votes|vote|to|\d[\d-]*|the|morning|evening|night|week|\w+ember|\w+uary|march|april|may|"
                      r"june|july|august|october|,))*\s+$", re.I)


def _side(m: re.Match) -> str:
    return "upper" if m.group("upper") else "lower"


@lru_cache(maxsize=512)
def asked(question: str, act_forms: tuple[str, ...]) -> str | None:
    """'upper' or 'lower': the chamber the question names before its act verb, when it names one."""
    if _BOTH.search(question):
        return None
    forms = "|".join(re.escape(f) for f in act_forms if f)
    verb = re.search(rf"\b(?:{forms})\b", question, re.I) if forms else None
    head = question[:verb.start()] if verb else question
    sides = {_side(m) for m in _CHAMBER.finditer(head)}
    return sides.pop() if len(sides) == 1 else None


@lru_cache(maxsize=512)
def both_needed(question: str, criteria: str) -> bool:
    """The market needs the act of both chambers (its question or its criteria say so)."""
    return bool(_BOTH_NEEDED.search(question) or _BOTH_NEEDED.search(criteria))


def other(question: str, act_forms, sent: Sentence, i: int) -> str | None:
    """The other chamber the sentence tells doing the act at token i, else None."""
    if not _CHAMBER.search(sent.text):
        return None
    wanted = asked(question, tuple(act_forms))
    if wanted is None:
        return None
    m = _doer(sent, i)
    return None if m is None or _side(m) == wanted else m.group(0)


def one_of_both(question: str, criteria: str, sent: Sentence, i: int) -> str | None:
    """For a market that needs both chambers, the one chamber the sentence tells doing the act at
    token i ('the Lok Sabha alone …'), else None."""
    if not _CHAMBER.search(sent.text) or not both_needed(question, criteria):
        return None
    m = _doer(sent, i)
    if m is None or _coordinated(sent.text, m):
        return None
    return f"{m.group(0)} alone (the market needs both chambers)"


# 'the Republican-controlled House and Senate … overrode', 'by the Senate and the House': the two chambers together
_AND_BEFORE = re.compile(rf"\b(?:{_UPPER}|{_LOWER})\s*,?\s+(?:and|&)\s+(?:the\s+)?(?:state\s+)?$", re.I)
_AND_AFTER = re.compile(rf"\s*,?\s+(?:and|&)\s+(?:the\s+)?(?:state\s+)?(?:{_UPPER}|{_LOWER})\b", re.I)


def _coordinated(text: str, m: re.Match) -> bool:
    """The chamber at m is joined by 'and' to the other one ('House and Senate'): both chambers act."""
    side = _side(m)
    before = _AND_BEFORE.search(text, max(0, m.start() - 60), m.start())
    after = _AND_AFTER.match(text, m.end())
    for o in (before, after):
        if o is not None:
            c = _CHAMBER.search(o.group(0))
            if c is not None and _side(c) != side:
                return True
    return False


def _doer(sent: Sentence, i: int) -> re.Match | None:
    """The chamber told doing the act at token i: the subject before it, the agent after a passive
    one, the chamber a bill passed or cleared."""
    toks = sent.tokens
    a, b = sent.clause_of(i)
    verb_at = toks[i].start
    before = [m for m in _CHAMBER.finditer(sent.text, toks[a].start, verb_at)]
    if before and verb_at - before[-1].end() <= _REACH and _BETWEEN.match(" " + sent.text[before[-1].end():verb_at]):
        return before[-1]
    end = toks[b - 1].start + len(toks[b - 1].text)
    m = _BY.match(sent.text, verb_at + len(toks[i].text), end) or (
        _THROUGH.match(sent.text, verb_at + len(toks[i].text), end) if toks[i].lower.startswith(("pass", "clear")) else None)
    return _CHAMBER.search(sent.text, m.start(), m.end()) if m else None
