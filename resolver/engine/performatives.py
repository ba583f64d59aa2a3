"""Performative quotes: a holder quoted saying the ending in the first person present ('"I resign
(from) my post as president," said the leftist in a televised address') has ended the state by
saying it: the words are the act (read by rules/state_ended.py). The quote must open with the
ending ('I resign', 'I hereby resign', 'I quit'), be followed by a past verb of saying, and name the
state's office or the holder in the sentence; a quote of another office is another post."""

from __future__ import annotations

import re

from .analysis import MarketContext, SentenceFacts

_QUOTE = re.compile(r"[\"“]\s*I\s+(?:hereby\s+)?(?P<verb>resign|quit)\b(?P<rest>[^\"”]{0,120})[\"”]\s*,?\s*"
                    r"(?:(?:he|she)\s+)?(?:said|announced|declared|told)\b")


def performed(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(token, wording) of a first-person present ending quoted as said, naming the state's office
    in the quote or the holder in the sentence; else None."""
    m = _QUOTE.search(f.sent.text)
    if m is None:
        return None
    rest = m.group("rest").lower()
    office = any(re.search(rf"\b{re.escape(t)}\b", rest) for t in ctx.target.object_terms)
    holder = any(p.search(f.sent.text) for p in ctx.actor_patterns.values())
    if not (office or holder) or (" as " in f" {rest} " and not office):
        return None
    return f.sent.token_at(m.start("verb")), f"'I {m.group('verb')}' (a quoted first-person ending: saying it is doing it)"
