"""A win of another contest told about a rival in a relative clause: 'Rick Scott of Florida, an underdog candidate who
just won a second term' in a report on a party's leadership vote. The clause describes the rival by an earlier
contest (a term of office, a seat, a re-election, a primary), not the contest the market asks about, so
rival_outcome does not read it as the rival's win.

Read only when the win verb opens a relative clause ('who', 'which', 'that' within the three words before it, after
a comma or a noun: 'who just won', 'who had won') and its object, within the next five words, is a noun of such
an earlier contest that the market's question does not name; and only for a market whose role is not itself won
for a term by a popular vote (a president, a governor, a mayor, a senator, a prime minister …: there 'who won a
second term' may well be the market's own contest). Word lists only. Pure and cheap: a substring test first."""

from __future__ import annotations

import re

_RELATIVE = frozenset({"who", "which", "that"})
_BETWEEN = frozenset({"just", "recently", "also", "had", "has", "have", "already", "narrowly", "easily", "only", "then",
                      "once", "previously", "earlier", "last", "comfortably"})
_OTHER_CONTEST = re.compile(r"^(?:[\w'’-]+\s+){0,4}?(?:terms?|re-?election|seats?|primary|primaries|mandate)\b", re.I)
_OTHER_WORDS = ("term", "election", "seat", "primar", "mandate")
# offices held for a term won by a popular vote: a term won may be the market's own contest
_TERM_OFFICES = frozenset({"president", "presidency", "governor", "mayor", "senator", "minister", "premier", "chancellor",
                           "representative", "congressman", "congresswoman", "mp", "deputy", "seat", "term", "election",
                           "re-election", "reelection", "primary", "nomination"})


def other_contest(sent, i: int, role: str | None, question: str) -> str | None:
    """The words of another contest won in the relative clause opened at the win verb at token i ('who just won a
    second term'), or None."""
    low = sent.text.lower()
    if not any(w in low for w in _OTHER_WORDS) or not any(f" {w} " in f" {low} " for w in _RELATIVE):
        return None
    toks = sent.tokens
    j = i - 1
    while j >= 0 and i - j <= 3 and toks[j].lower in _BETWEEN:
        j -= 1
    if j < 0 or toks[j].lower not in _RELATIVE:
        return None
    roles = {w.lower() for w in re.findall(r"[A-Za-z-]+", role or "")}
    if not roles or roles & _TERM_OFFICES or re.search(r"\b(?:terms?|re-?elect\w*|seats?|primar\w+|mandate)\b", question, re.I):
        return None  # the market's role is won for a term, or the question names such a contest
    following = " ".join(t.text for t in toks[i + 1:i + 7])
    m = _OTHER_CONTEST.match(following)
    return f"{toks[i].text} {m.group(0)}" if m is not None else None
