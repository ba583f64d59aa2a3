"""Vote tally: a market on how many votes one vote gives its side ('receive 12 or more votes in
favour', 'pass the Senate with at least 90 votes in favor', 'win at least 32 votes in the … ballot')
and a sentence that reports the vote held with its tally ('was approved with 86 votes in favor of
the proposition and 41 against', '11 voted in favour of the resolution', 'defeated … in a 31-to-18
vote'). A recorded vote's tally is final: it settles the market either way (a market with several
rounds excepted: another round may still reach the bar). Read by the confirmation rule first."""

from __future__ import annotations

import re

from ..analysis import MarketContext, SentenceFacts
from ..settings import EngineSettings
from ..types import Contribution
from ..vote_counts import tallies_in_favour
from . import hedged
from .base import cite, reported_in_window

NAME = "confirmation"
# the vote told as held: a past verb of voting or of its outcome
_HELD = re.compile(r"\b(?:voted|approved|adopted|passed|elected|re-elected|defeated|beat|endorsed|ratified|backed|"
                   r"confirmed|won)\b", re.I)
# a split that may count the side against the subject: a measure rejected, a subject beaten
_LOST = re.compile(r"\b(?:reject\w*|fail\w*|vot\w+\s+down|block\w*|veto\w*|sank|lost|(?:was|were|been)\s+(?:defeated|beaten)|"
                   r"defeated\s+(?:the\s+|a\s+)?(?:bill|motion|resolution|measure|proposal|text|draft))\b", re.I)
# the voting bodies a question or a sentence may name: a tally of another body is another vote
_BODIES = re.compile(r"\b(?:Senate|House|Chamber|Assembly|Council|Congress|Parliament|Lords|Commons|Bundestag|Knesset|"
                     r"Duma|Diet|Cortes|Sejm|Rajya\s+Sabha|Lok\s+Sabha)\b")


def _other_body(question: str, text: str) -> str | None:
    asked = {b.lower() for b in _BODIES.findall(question)}
    return next((b for b in _BODIES.findall(text) if b.lower() not in asked), None)


def apply(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    t = ctx.target
    if t.kind != "event" or t.quantity is None or t.quantity == float("inf") or \
            (t.quantity_unit or "").rstrip("s") != "vote" or t.occasion == "rounds":
        return []
    if not (f.actors or f.article_mentions_subject) or _other_body(ctx.market.question, f.sent.text):
        return []
    text = f.sent.text
    held = _HELD.search(text)
    if not held:
        return []
    for start, got, wording in tallies_in_favour(text):
        split = "favo" not in wording.lower() and "voted" not in wording.lower()
        if split and (_LOST.search(text) or not any(p.search(text[:held.start()]) for p in ctx.actor_patterns.values())):
            continue  # a split counts the subject's side only when the subject is named carrying the vote
        i = f.sent.token_at(start)
        span = reported_in_window(ctx, f, i)
        if span is None:
            continue
        need = f"at least {t.quantity:g}" if t.threshold_inclusive is not False else f"more than {t.quantity:g}"
        note = f"the vote's tally '{wording}': {got:g} votes for its side, a recorded vote's final count (the market " \
               f"needs {need})"
        if got > t.quantity or (got == t.quantity and t.threshold_inclusive is not False):
            return [hedged.weaken(f, i, NAME, "yes", settings.weights.confirmation, note, settings, span.explanation)]
        return [cite(f, "magnitude_short", "no", -settings.weights.confirmation, note, span.explanation)]
    return []
