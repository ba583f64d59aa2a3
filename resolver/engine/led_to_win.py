"""A win told as where a leader took a side: 'Anthony Albanese leads Labor to election win',
'Messi led Argentina to a stunning World Cup victory'. The event noun of winning after 'to', with
a past 'led' (or a headline's present 'leads') before it in its clause and at most three
modifiers between ('to a stunning World Cup victory'), reports the win as done: the side led
there won. Not 'led the race', 'led to calls for …' (no win noun right after), 'could lead X to
victory', 'hopes to lead X to victory' (a future or a wish: the leading verb must be told done).
Read by rules/confirmation_gates._done_trigger for a market on winning. Pure and deterministic."""

from __future__ import annotations

import re

from .text import Sentence

_LED_TO = re.compile(r"\b(?P<v>led|leads)\s+(?!to\b)[^,;:.]{1,50}?\s+to\s+(?:an?\s+|the\s+|its\s+|their\s+|his\s+|her\s+)?"
                     r"(?:[\w'’-]+\s+){0,3}$", re.I)
_WIN_NOUNS = frozenset({"win", "victory", "triumph"})
_NOT_DONE = re.compile(r"\b(?:will|would|could|may|might|can|to|hopes?|aims?|wants?|seeks?|expected|set)\s+$", re.I)


def led_to_win(sent: Sentence, i: int) -> str | None:
    """The wording when the win noun at token i is where a past 'led' (a headline's 'leads') took
    a side, else None."""
    tok = sent.tokens[i]
    if tok.lower not in _WIN_NOUNS:
        return None
    a, _ = sent.clause_of(i)
    before = sent.text[sent.tokens[a].start:tok.start]
    m = _LED_TO.search(before)
    if m is None or (m.group("v").lower() == "leads" and not sent.headline):
        return None
    if _NOT_DONE.search(before[:m.start()]):
        return None
    return f"{' '.join(m.group(0).split())} {tok.text}"
