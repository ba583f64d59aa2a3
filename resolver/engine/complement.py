"""What the act must be about: the prepositional complement of a passive act in the question
('be convicted of racketeering conspiracy', 'be sentenced to jail time or a fine', 'be charged
with murder'). A report of the act counts for the market only when its clause names one of
the complement's words: 'convicted of illegal prostitution' does not settle a racketeering
market, 'sentenced to an unconditional discharge' does not settle a jail-or-fine one."""

from __future__ import annotations

import re

from .text import Sentence, lemmas_of

_PASSIVE_COMPLEMENT = re.compile(
    r"\bbe\s+(?:found\s+(?:guilty|liable)|[a-z]+(?:ed|en|wn|t)(?:\s+guilty)?)\s+(?P<prep>of|to|with|for)\s+"
    r"(?P<np>[^?,;]+)", re.I)
# Where the complement's noun phrase stops: a time limit, the venue, a condition.
_NP_END = re.compile(r"\b(?:by|before|after|on|no\s+later|until|in|at|during|within|when|if|as|from|following|"
                     r"this|next|between|involving|including|concerning|regarding|related|over|against)\b", re.I)
_FUNCTION = frozenset({
    "a", "an", "the", "any", "all", "at", "least", "more", "most", "than", "or", "and", "one", "his", "her", "its",
    "their", "some", "each", "every", "no", "of", "to", "with", "for", "on", "total", "term", "time",
})
# Words too general to tell one complement from another ('convicted on any count').
_GENERIC = frozenset({"count", "charge", "case", "crime", "offense", "offence", "thing", "anything", "something",
                      "year", "month", "day", "week", "vote", "seat", "percent"})


def terms(question: str) -> list[str]:
    """Lemmas of the content words of a passive act's complement in the question, [] when it
    has none or names only a quantity ('sentenced to at least 25 years': the count rule)."""
    m = _PASSIVE_COMPLEMENT.search(question)
    if not m:
        return []
    np = m.group("np")
    cut = _NP_END.search(np)
    words = re.findall(r"[a-z][a-z\-]+", (np[:cut.start()] if cut else np).lower())
    out: list[str] = []
    for w in words:
        if w in _FUNCTION or w.isdigit():
            continue
        lemma = sorted(lemmas_of(w))[0] if lemmas_of(w) else w
        if lemma not in _GENERIC and w not in _GENERIC and lemma not in out:
            out.append(lemma)
    return out


def missing(wanted: list[str], sent: Sentence, i: int) -> str | None:
    """Why the act at token i does not count for the market, when its clause names none of
    the complement's words; None when it names one (or the market has no complement)."""
    if not wanted:
        return None
    a, b = sent.clause_of(i)
    if any(t.lemmas & set(wanted) or t.lower in wanted for t in sent.tokens[a:b]):
        return None
    said = " ".join(t.text for t in sent.tokens[i + 1:min(b, i + 8)]).strip(" ,.")
    return (f"the market asks about '{' '.join(wanted)}'; the report of '{sent.tokens[i].text}' names "
            + (f"'{said}'" if said else "no such thing"))
