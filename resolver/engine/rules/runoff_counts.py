"""Runoff counts: a who-wins market on a runoff (two sides: the one with more votes wins) and a sentence
giving the whole count for both sides, each with its own verb of getting votes: 'According to the
commission, Morsi won 13.23 million votes, while Shafiq got 12.35 million', 'In total, Palacios-Apatang
garnered 7,394 votes, while Torres-Sablan received 6,263 votes based on official tabulation results'.
News reports a runoff's result so as often as with a verb of winning; no other rule reads the pair
(runoff_share.py reads one side's share of a count still under way).

Read when the market asks whether its candidate wins a runoff (runoff_share.asked), the sentence names
the candidate as one side (a running mate's name joined by a hyphen is the same ticket: 'Torres-Sablan')
and another name as the other, each right before a verb of getting votes and a count ('won 13.23
million votes', 'got 12.35 million', 'received 6,263 votes'), the count is whole (partial_counts:
no counted share, no 'preliminary', 'leading', 'exit poll' in the sentence or the article), and what
the sentence reports is dated inside the market's window. The greater count wins: the candidate's
is the yes of the confirmation rule, the other side's the no of rival_outcome. Not read: a first
round's counts, counts told with a share of the count ('with 95% counted'), equal counts, a count of
seats or delegates."""

from __future__ import annotations

import re

from ..analysis import MarketContext, SentenceFacts
from ..settings import EngineSettings
from ..types import Contribution
from .. import partial_counts, quantities
from . import hedged
from .base import reported_in_window
from .runoff_share import _FIRST_ROUND, asked

_GOT = r"(?:won|got|received|garnered|obtained|secured|polled|gained|collected|took|bagged|had)"
_SIDE = re.compile(rf"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}})\s+(?:has\s+|had\s+)?{_GOT}\s+"
                   r"(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(?P<mult>million|thousand|m\b)?"
                   r"(?=\s+(?:votes|ballots)\b|\s*[,;.]|\s+(?:while|and|against|compared|to|based|according)\b|\s*$)")
_NOT_VOTES = re.compile(r"\b(?:seats?|delegates?|electoral\s+votes|districts|states|counties|provinces)\b", re.I)
_MULT = {"million": 1e6, "m": 1e6, "thousand": 1e3}


def _sides(text: str) -> list[tuple[str, float, int]]:
    out = []
    for m in _SIDE.finditer(text):
        after = text[m.end():m.end() + 25]
        if _NOT_VOTES.match(after.strip()) or "%" in after[:3] or after.lstrip().lower().startswith("percent"):
            continue
        value = float(m.group("num").replace(",", "")) * _MULT.get((m.group("mult") or "").lower(), 1.0)
        name = re.sub(r"^(?:According|In|With|While|But|And|The|Meanwhile|Overall)\s+", "", m.group("name"))
        out.append((name, value, m.start("name")))
    return out


def apply(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    text = f.sent.text
    if not asked(ctx) or " votes" not in text and " million" not in text or _FIRST_ROUND.search(text):
        return []
    sides = _sides(text)
    if len(sides) != 2:
        return []
    pat = ctx.candidate_pattern
    mine = [s for s in sides if pat.search(s[0])]
    other = [s for s in sides if not pat.search(s[0])]
    if len(mine) != 1 or len(other) != 1 or mine[0][1] == other[0][1]:
        return []
    done = partial_counts.completeness(quantities.context_texts(f.article.title, f.article.text, f.sent.index,
                                                                f.sent.headline))
    if not done.final:
        return []
    i = f.sent.token_at(mine[0][2])
    span = reported_in_window(ctx, f, i)
    if span is None:
        return []
    (name, votes, _), (rival, theirs, _) = mine[0], other[0]
    told = f"runoff count: {name} {votes:,.0f} votes, {rival} {theirs:,.0f}"
    if votes > theirs:
        return [hedged.weaken(f, i, "confirmation", "yes", settings.weights.confirmation,
                              f"{told}: the greater count, the runoff is the candidate's", settings, span.explanation)]
    return [hedged.weaken(f, i, "rival_outcome", "no", -settings.weights.rival_outcome,
                          f"{told}: {rival} has the greater count, the runoff is not the candidate's", settings,
                          span.explanation)]
