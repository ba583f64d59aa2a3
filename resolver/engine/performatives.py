"""Performative quotes: a holder quoted saying the ending in the first person present ('"I resign
(from) my post as president," said the leftist in a televised address') has ended the state by
saying it: the words are the act (read by rules/state_ended.py). The quote must open with the
ending ('I resign', 'I hereby resign', 'I quit'), be followed by a past verb of saying, and name the
state's office or the holder in the sentence; a quote of another office is another post.

Also the announced performative noun: announcing a resignation or an appointment ('has announced the
resignation of his government', 'PM announces government resignation'), or an agreement as the verb's own
object ('formally announced an agreement to normalize …', announced_deals.py), is doing it, not a noun some
other verb carries (mentions.PERFORMATIVE_NOUNS): the confirmation says so in its own words, so the
gate on weak readings (weak_readings.py, 'noun_carried') does not take it for the weak kind."""

from __future__ import annotations

import re

from .analysis import MarketContext, SentenceFacts
from . import celebrated_acts
from .announced_deals import announced_agreement
from .mentions import PERFORMATIVE_NOUNS
from .text import Sentence

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


ANNOUNCED = "announced (announcing it is doing it)"


def carried_note(sent: Sentence, i: int, verb: str | None, carried: str) -> str:
    """The confirmation's wording for the act noun at i reported done by `verb`: an announced
    performative noun ('announced the resignation') in its own words; else the noun-carried
    wording (`carried`, confirmation_gates.NOUN_CARRIED)."""
    noun = sent.tokens[i].text
    if verb and verb.lower().startswith("announc") and (sent.tokens[i].lower in PERFORMATIVE_NOUNS
                                                       or announced_agreement(sent, i)):  # 'announced an agreement'
        return f"'{verb} … {noun}' {ANNOUNCED}"
    if verb and celebrated_acts.celebrating_verb(sent, i) is not None:
        return f"'{verb} … {noun}' {celebrated_acts.MARK}"  # not the weak noun-carried kind
    return f"'{noun}'{carried}{verb}')"
