"""A runoff made needless: a market asking whether an election goes to a runoff (a second round),
and a sentence telling that the first round's result avoided it — 'had won 51.8 percent of the vote,
… avoiding the need for a second round runoff', 'Erdogan avoids run-off', 'making a runoff
unnecessary', 'no runoff will be needed'. The runoff will not be held. Read by rules/ruled_out.py.

Not the bar a contender must clear ('the absolute majority needed to avoid a run-off', 'enough to
avoid a runoff', 'hopes to avoid a second round': an infinitive tells what would avoid it), a
guess ('could avoid', 'may be enough to avoid'), a negated or conditional statement, nor a market
on who wins a runoff (a candidate's market: rules/runoff_share.py).

So does a winner told elected with an absolute majority, in an article published before the runoff's date
the market names ('Niinisto Re-Elected as Finnish President With 62.7% of Votes' for a runoff scheduled
for February 11): a share above half of the vote leaves no second round in any two-round system. Not a
share still being counted that could end at or below half (partial_counts.py), a sentence that names a
runoff or second round (the result may be the runoff's own), nor an article after the runoff's date."""

from __future__ import annotations

import re

from functools import lru_cache

from .analysis import MarketContext, SentenceFacts, negation
from .partial_counts import completeness, final_range
from .quantities import context_texts
from .text import conditional_clause
from .runoff_words import ASKED as _ASKED, RUNOFF as _RUNOFF, runoff_asked
from .timex import find_time_expressions

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
    return runoff_asked(ctx.target.kind, ctx.target.candidate, ctx.market.question)


# a winner told elected with a share: 'Re-Elected as Finnish President With 62.7% of Votes', 'was elected
# president with 53.2 percent of the vote' (not 'nearly', 'almost': a share short of the figure)
_ELECTED_WITH = re.compile(r"\b(?P<verb>(?:re-?)?elected|won\s+(?:re-?election|the\s+(?:presidential\s+)?election|the\s+presidency)"
                           r"|(?:ensured|secured|clinched|won)\s+(?:(?:his|her)\s+|a\s+(?:second|third|new)\s+term\s+and\s+)?re-?election)\b"
                           r"[^.;]{0,80}?\bwith\s+(?:more\s+than\s+|over\s+|just\s+over\s+)?(?P<p>\d{2}(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)"
                           r"(?:\s+of\s+(?:the\s+)?(?:valid\s+|popular\s+)?(?:votes?|ballots?))?", re.I)


@lru_cache(maxsize=1024)
def _runoff_day(question: str, criteria: str, deadline):
    """The first day of the runoff the market names ('a second-round runoff is held (scheduled for
    February 11, 2018)'), else None."""
    text = f"{question} {criteria}"
    for m in _ASKED.finditer(text):
        spans = find_time_expressions(text[m.end():m.end() + 60], deadline, "future")
        if spans:
            return spans[0].start
    return None


def _elected_outright(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(token index, words) of a winner told elected with more than half the vote before the runoff's date."""
    if _ASKED.search(f.sent.text):
        return None
    day = _runoff_day(ctx.market.question, ctx.market.criteria, ctx.market.deadline)
    if day is None or f.article.published >= day:
        return None
    text = f.sent.text
    for m in _ELECTED_WITH.finditer(text):
        share = float(m.group("p"))
        done = completeness(context_texts(f.article.title, f.article.text, f.sent.index, f.sent.headline))
        lo, _, _ = final_range(share, "percent", done)
        if lo <= 50:
            continue
        i = f.sent.token_at(m.start())
        if negation(f, i) or conditional_clause(f.sent, i) or re.search(r"\bif\s+$", text[:m.start()], re.I):
            continue
        return i, m.group(0).strip()
    return None


def find(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(token index, words) of a runoff told avoided, else None."""
    if not asked(ctx):
        return None
    if not _ASKED.search(f.sent.text):
        return _elected_outright(ctx, f)
    text = f.sent.text
    for m in _NEEDLESS.finditer(text):
        cleared = _cleared(f, text[:m.start()], text[m.end():]) if _NOT_TOLD.search(text[max(0, m.start() - 40):m.start()]) else ""
        if cleared is None:
            continue  # 'the absolute majority needed to avoid a run-off': the bar, not the result
        if cleared:
            return f.sent.token_at(text.find(cleared)), f"{cleared}{m.group(0).strip()}"
        if m.group(0).lower().startswith("no") and not re.search(r"(?:needed|necessary|required)$", m.group(0), re.I):
            continue  # a bare 'no runoff' names nothing told
        i = f.sent.token_at(m.start())
        if negation(f, i) or conditional_clause(f.sent, i):
            continue
        return i, m.group(0).strip()
    return None


# a share told beyond the bar that avoids the runoff: 'Abinader has obtained 52.52 percent of the votes cast,
# above the 50 percent necessary to avoid a second round'; not 'short of', 'below', 'nearly'
_CLEARED = re.compile(r"(?P<p>\d{2}(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)[^.;]{0,80}?\b(?:comfortably\s+|well\s+|just\s+)?"
                      r"(?:above|over|beyond|exceeding|surpassing|more\s+than)\s+(?:the\s+|a\s+)?(?P<bar>\d{2}(?:\.\d+)?)\s*"
                      r"(?:%|percent\b|per\s+cent\b)(?:\s+(?:threshold|mark|bar))?(?:\s+of\s+the\s+(?:valid\s+)?votes?)?\s+"
                      r"(?:needed|necessary|required)\s+to\s+$", re.I)


# the runoff told as one that will not be: 'a second round that would have been held on July 26'
_COUNTERFACTUAL = re.compile(r"^\s*(?:that|which)\s+would\s+have\s+(?:been\s+held|taken\s+place|been\s+staged)\b", re.I)


def _cleared(f: SentenceFacts, before: str, after: str) -> str | None:
    """The bar before 'avoid a runoff' told cleared by a share reported beside it, beyond reach of what
    is left to count, or with the runoff told as one that would have been held: the runoff was avoided,
    not only what would avoid it. Returns the words from the share to the bar, else None."""
    m = _CLEARED.search(before)
    if m is None or float(m.group("p")) <= float(m.group("bar")):
        return None
    i = f.sent.token_at(m.start())
    if negation(f, i) or conditional_clause(f.sent, i):
        return None
    done = completeness(context_texts(f.article.title, f.article.text, f.sent.index, f.sent.headline))
    if _COUNTERFACTUAL.search(after) or final_range(float(m.group("p")), "percent", done)[0] > float(m.group("bar")):
        return m.group(0)
    return None
