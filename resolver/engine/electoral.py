"""Reading elections (who-wins markets on a vote): who stands for a party (its leader named by
the article), the title of an office won and not yet taken up ('president-elect'), and the kind
of an election named before a ballot ('the March primary ballot'). The word lists are data
(`resolver/data/contests.json`)."""

from __future__ import annotations

import re

from .analysis import SentenceFacts
from .contests import NOT_NAMES, names_in
from .packaged import load_json
from .text import Sentence

_DATA = load_json("contests.json")
_LEADERS = "|".join(_DATA["leader_nouns"])
_OWNS = re.compile(r"['’]s\s+(?:the\s+)?")
_HEADS = re.compile(rf",\s+(?:the\s+)?(?:[\w-]+\s+)?(?i:{_LEADERS})\s+of\s+(?:the\s+)?")
_LED_BY = re.compile(rf"\s*(?:['’]s\s+)?(?:[\w-]+\s+)?(?i:{_LEADERS})\s+(?:[A-Z][\w-]*\s+){{0,2}}$")
PARTY_WORDS = frozenset(_DATA["party_words"])


def leads_candidate(text: str, name: str, pattern: re.Pattern[str]) -> bool:
    """The article names `name` as the leader of the candidate (a party): 'Tobgay's People's
    Democratic Party', 'Tobgay, head of the liberal People's Democratic Party', 'PDP leader
    Tshering Tobgay'. The party's leader elected, or winning, is the party's win, not a rival's.
    (The caller holds this to a candidate that is a party: PARTY_WORDS.)"""
    last = name.split()[-1]
    for m in re.finditer(rf"\b{re.escape(last)}\b", text):
        for link in (_OWNS, _HEADS):
            tie = link.match(text, m.end())
            if not tie:
                continue
            # the party's name right after the link, or after one or two modifiers ('the liberal …')
            at = tie.end()
            starts = [at] + [at + w.end() for w in re.finditer(r"[a-z][\w-]*\s+", text[at:at + 40])][:2]
            if any(pattern.match(text, k) for k in starts):
                return True
        window = text[max(0, m.start() - 80):m.start()]
        if any(_LED_BY.match(window, c.end()) for c in pattern.finditer(window)):
            return True
    return False


ELECTION_KINDS = frozenset(_DATA["election_kinds"])


def other_election(sent: Sentence, i: int, question: str, anywhere: bool = False) -> str | None:
    """'The district will appear again on the March primary ballot' for a market on a special
    runoff: the ballot or vote at token i is qualified (within two words before it; with
    `anywhere`, anywhere before it) by a kind of election the question does not name, so it is
    another election's, not the market's. The kind's word, else None."""
    asked = {w.lower() for w in re.findall(r"[A-Za-z-]+", question)}
    lo = 0 if anywhere else max(0, i - 2)
    return next((t.text for t in sent.tokens[lo:i] if t.lower in ELECTION_KINDS and t.lower not in asked), None)


_ELECTED = _DATA["elected_to_win"]
ELECT_TITLES = tuple(_ELECTED.get("title_suffixes", ()))
OTHER_OFFICE = frozenset(_ELECTED.get("other_office_before", ()))


def office_elect(f: SentenceFacts, office: tuple[str, ...]) -> list[tuple[int, str]]:
    """'Kiribati's president-elect Taneti Maamau': the one titled the office's '-elect' has won
    the election to it and is not yet sworn in, whatever the tense of the clause ('President-elect
    X will be sworn in'). (index of the title, the name right after it) for each such title of one
    of the `office` words; 'vice president-elect' is another office's."""
    toks = f.sent.tokens
    titles = {f"{o}{suffix}" for o in office for suffix in ELECT_TITLES}
    out = []
    for i, t in enumerate(toks):
        if t.lower not in titles or i + 1 >= len(toks) or (i and toks[i - 1].lower in OTHER_OFFICE):
            continue
        if toks[i + 1].text[:1].isupper() and toks[i + 1].lower not in NOT_NAMES:
            out.append((i, names_in(f, i + 1, min(len(toks), i + 4))[0]))
    return out


def elect_title(f: SentenceFacts, office: tuple[str, ...], candidate: re.Pattern[str] | None) -> int | None:
    """The token of an office's '-elect' title standing before the candidate's name, else None."""
    if candidate is None:
        return None
    return next((i for i, name in office_elect(f, office) if candidate.search(name)), None)


_PROJECTION = frozenset(_DATA["projection"])
_NEXT = ("will", "be", "the", "next")


def projected_holder(f: SentenceFacts, office: tuple[str, ...], criteria: str,
                     question: str) -> tuple[int, str, str] | None:
    """'Karen Bass will be the next mayor of Los Angeles, according to projections by the
    Associated Press': (index of 'next', the name before 'will', the source) when the office is
    the market's, the place after 'of' is in the question, and the source named after a
    projection word and 'by' is named in the criteria (whose call they accept); else None. A
    projection by a source the criteria do not name (or criteria asking for certified results
    only) is a forecast."""
    toks = f.sent.tokens
    for i in range(1, len(toks) - len(_NEXT)):
        if tuple(t.lower for t in toks[i:i + 4]) != _NEXT or toks[i + 4].lower not in office:
            continue
        name = names_in(f, max(0, i - 4), i)
        if not name or not toks[i - 1].text[:1].isupper() or toks[i - 1].lower in NOT_NAMES:
            continue
        j = i + 5
        if j + 1 >= len(toks) or toks[j].lower != "of":
            continue
        place = names_in(f, j + 1, min(len(toks), j + 4))
        if not place or place[0].lower() not in question.lower():
            continue
        source = _source(f, criteria)
        if source:
            return i + 3, name[-1], source
    return None


def _source(f: SentenceFacts, criteria: str) -> str | None:
    """The name after a projection word and 'by' ('projections by the Associated Press'), when
    the criteria name it."""
    toks = f.sent.tokens
    for k, t in enumerate(toks):
        if t.lower not in _PROJECTION or k + 2 >= len(toks) or toks[k + 1].lower != "by":
            continue
        at = k + 3 if toks[k + 2].lower == "the" else k + 2
        src = names_in(f, at, min(len(toks), at + 4))
        if src and src[0] == " ".join(w.text for w in toks[at:at + len(src[0].split())]) \
                and re.search(rf"\b{re.escape(src[0])}\b", criteria):
            return src[0]
    return None
