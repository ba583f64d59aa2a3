"""The question's own alternative chosen: a market asking that one named thing be chosen over another
('Will Qantas choose the Boeing 777X over the Airbus A350-1000 as its preferred aircraft?') names both
sides of a two-way choice. A report that the chooser chose the other one ('Qantas has chosen Airbus'
A350-1000 as the aircraft', 'Qantas selected Airbus aircraft', 'picked the A350-1000 over the 777X', 'the
A350-1000 was selected') is the choice gone the other way: rules/opposite_outcome.py reads it as it reads
'Gillard defeats Rudd' for 'Will Rudd defeat Gillard?' (reversed_sides.py), dated and windowed like any
opposite decision, and hedges weaken it.

The reading holds only for the select family of verbs (chosen_others.py: select, choose, pick, prefer,
favour), told as done (past or perfect, not negated), with the alternative's own word (one not in the asked
thing's name: 'Airbus', 'A350-1000') among the capitalised words the verb takes (or, in the passive, its
subject), and none of the asked thing's words there. The alternative is the name after 'over', 'instead
of' or 'rather than' that follows the question's choice; a question naming none is not read.

Pure and cheap: a substring test for the alternative's words before any token is read."""

from __future__ import annotations

import re

from .analysis import MarketContext, SentenceFacts, aspect, negation
from .chosen_others import _BE, _CHOICE, _name, asked_name
from .contests import Reading

_ALTERNATIVE = re.compile(r"\b(?:over|instead\s+of|rather\s+than)\s+(?:the\s+|an?\s+)?"
                          r"(?P<name>(?-i:[A-Z][\w&.'’-]*)(?:\s+(?-i:[A-Z0-9][\w&.'’-]*)){0,4})", re.I)

_MORE = re.compile(r"(?:\s+(?-i:[A-Z0-9][\w&.'’-]*))+")


def _words(name: str) -> set[str]:
    return {w.lower().strip(".'’").removesuffix("'s").removesuffix("’s") for w in name.split()} - {""}


def sides(question: str) -> tuple[str, str] | None:
    """(the asked thing, its alternative) for 'choose A over B'; None when the question names no alternative."""
    name = asked_name(question)
    if not name:
        return None
    at = question.find(name)
    whole = _MORE.match(question, at + len(name))  # 'the Boeing 777X': a model number after the maker's name
    name += whole.group(0) if whole else ""
    m = _ALTERNATIVE.search(question, at + len(name))
    return (name, m.group("name")) if m else None


def alternative_chosen(ctx: MarketContext, f: SentenceFacts) -> Reading | None:
    """The choice verb reporting the question's alternative chosen, as a reading; else None."""
    act = (ctx.target.act or "").lower()
    if ctx.target.kind != "event" or act not in _CHOICE and act not in ("chose", "chosen", "selected", "picked"):
        return None
    both = sides(ctx.market.question)
    if both is None:
        return None
    asked, other = _words(both[0]), _words(both[1])
    own = other - asked
    low = f.sent.text.lower()
    if not own or not any(w in low for w in own):
        return None
    toks = f.sent.tokens
    for i, tok in enumerate(toks):
        lemmas = tok.lemmas & _CHOICE
        if not lemmas or negation(f, i) or aspect(f.sent, i, sorted(lemmas)[0]) != "past":
            continue
        k = i - 1
        while k >= 0 and toks[k].lower in _BE:
            k -= 1  # 'the A350-1000 was selected': the subject before the auxiliaries
        chosen = _name(f, k, -1) if k < i - 1 else _name(f, i + 1, 1)
        said = _words(" ".join(chosen))
        if said & own and not said & asked:
            return Reading(i, f"'{tok.text} … {' '.join(reversed(chosen) if k < i - 1 else chosen)}': the question's "
                              f"alternative ({both[1]}) chosen, not {both[0]}")
    return None
