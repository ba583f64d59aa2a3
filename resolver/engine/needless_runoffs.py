"""A runoff made needless: a market asking whether an election goes to a runoff (a second round),
and a sentence telling that the first round's result avoided it — 'had won 51.8 percent of the vote,
… avoiding the need for a second round runoff', 'Erdogan avoids run-off', 'making a runoff
unnecessary', 'no runoff will be needed'. The runoff will not be held. Read by rules/ruled_out.py.

Not the bar a contender must clear ('the absolute majority needed to avoid a run-off', 'enough to
avoid a runoff', 'hopes to avoid a second round': an infinitive tells what would avoid it), a
guess ('could avoid', 'may be enough to avoid'), a negated or conditional statement, nor a market
on who wins a runoff (a candidate's market: rules/runoff_share.py)."""

from __future__ import annotations

import re

from .analysis import MarketContext, SentenceFacts, negation
from .text import conditional_clause

_RUNOFF = r"(?:(?:second[\s-]+round\s+)?run-?offs?|second[\s-]+(?:round|ballot)(?:\s+(?:vote|election|run-?off))?)"
_ASKED = re.compile(rf"\b{_RUNOFF}\b", re.I)
_NEEDLESS = re.compile(
    rf"\b(?P<verb>avoid(?:ing|ed|s)?|averting|averted|averts|obviating|obviated)\s+(?:the\s+need\s+for\s+|the\s+need\s+to\s+hold\s+)?"
    rf"(?:an?\s+|the\s+|any\s+)?(?:[\w-]+\s+){{0,2}}?{_RUNOFF}\b"
    rf"|\b(?:making|made|makes|rendering|rendered)\s+(?:an?\s+|the\s+|any\s+)?(?:[\w-]+\s+){{0,2}}?{_RUNOFF}\s+"
    r"(?:unnecessary|needless|redundant)\b"
    rf"|\bno\s+(?:need\s+for\s+(?:an?\s+|the\s+)?)?{_RUNOFF}\s+(?:will\s+be\s+|would\s+be\s+|is\s+|was\s+)?"
    r"(?:needed|necessary|required)?", re.I)
_NOT_TOLD = re.compile(r"\b(?:to|could|would|might|may|can|enough|hopes?|hoping|aims?|aiming|bid|needed|needs?|"
                       r"required|seeking|sought|tries|trying|try)\s+(?:\w+\s+){0,2}$", re.I)


def asked(ctx: MarketContext) -> bool:
    """The market asks whether a runoff is held, for no candidate of its own."""
    return ctx.target.kind == "event" and not ctx.target.candidate and bool(_ASKED.search(ctx.market.question))


def find(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(token index, words) of a runoff told avoided, else None."""
    if not asked(ctx) or not _ASKED.search(f.sent.text):
        return None
    text = f.sent.text
    for m in _NEEDLESS.finditer(text):
        if _NOT_TOLD.search(text[max(0, m.start() - 40):m.start()]):
            continue  # 'the absolute majority needed to avoid a run-off': the bar, not the result
        if m.group(0).lower().startswith("no") and not re.search(r"(?:needed|necessary|required)$", m.group(0), re.I):
            continue  # a bare 'no runoff' names nothing told
        i = f.sent.token_at(m.start())
        if negation(f, i) or conditional_clause(f.sent, i):
            continue
        return i, m.group(0).strip()
    return None
