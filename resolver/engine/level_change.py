"""Level changes: for a market on a value that must last ('Will the alert level stay at Level 4
through …?', 'Will Bank Rate stay at 5.25% …?'), a done move of the state's object to another
value ('authorities opted to downgrade the volcano's status to level 3') ends the state. A move
to the market's own value ('raised the alert level to 4') is the state beginning or coming back,
not ending, and a move with no value named is left to the unread-evidence gate."""

from __future__ import annotations

import re

from . import mentions
from .analysis import MarketContext, SentenceFacts
from .lexicon import LEVEL_CHANGE_VERBS, NUMBER_WORDS

# 'stay at Level 4', 'remain at 15.00%', 'keep the range at 4.25%-4.50%': the value that must last;
# 'to level 3', 'to 4.75 percent', 'to Category 2': the value a move goes to
_SCALE = r"(?:level|status|category|tier|grade|stage|phase|rating|alert)"
_HELD = re.compile(rf"\b(?:stay|remain|keep|hold|maintain|leave)\b[^?]*?\bat\s+(?:{_SCALE}\s+)?(?P<v>\d+(?:\.\d+)?)",
                   re.I)
# ('cuts cash rate to 2-year low': a number glued to a period is no value)
_TO = re.compile(rf"^[^,;]*?\bto\s+(?:(?:a|an|the)\s+)?(?:{_SCALE}\s+)?(?P<v>\d+(?:\.\d+)?)"
                 r"(?!\d|\.\d|-[a-z]|\s+(?:years?|months?|weeks?|days?|decades?)\b)", re.I)


def held_value(ctx: MarketContext) -> float | None:
    """The value the market's state must keep, when the question names one."""
    if ctx.target.kind != "state":
        return None
    m = _HELD.search(ctx.market.question)
    return float(m.group("v")) if m else None


def ending(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(token, wording) of a done change verb whose theme is the state's object and which moves
    it to a value other than the one the market holds it at."""
    value = held_value(ctx)
    if value is None or not f.object_idx:
        return None
    for m in mentions.read(f.sent):
        if m.kind != "verb" or not m.affirmed or not f.sent.tokens[m.index].lemmas & LEVEL_CHANGE_VERBS:
            continue
        if not mentions.about(m, f.sent, f.object_idx) or _faction_vote(f, m.index):
            continue
        tok = f.sent.tokens[m.index]
        dest = _TO.match(f.sent.text[tok.start + len(tok.text):])
        if dest is not None and float(dest.group("v")) != value:
            return m.index, f"'{tok.text} … to {dest.group('v')}' (the market holds it at {value:g})"
    return None


def _faction_vote(f: SentenceFacts, i: int) -> bool:
    """'… but three voted to raise it to 5.5%': members counted before a vote are a part of the
    body (a dissent), not its decision."""
    a, _ = f.sent.clause_of(i)
    toks = f.sent.tokens
    voted = next((j for j in range(i - 1, a - 1, -1) if toks[j].lower in ("voted", "vote", "votes")), None)
    return voted is not None and any(t.lower[:1].isdigit() or (t.lower in NUMBER_WORDS and t.lower not in ("a", "an"))
                                     for t in toks[a:voted])
