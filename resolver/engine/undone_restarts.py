"""A restart told only as the moment a renewed halt came after it: 'a second BlackBerry outage …
just several hours after RIM tweeted that service had been restored', 'The evacuation … has halted
again, only a day after it restarted'. The restart happened, but the sentence's news is that it did
not hold, and whether a restart undone within hours or days counts is for the market's criteria
('normal service', 'with no continuing disruption'): the confirmation rule sets it aside as a note,
and a passed deadline's silence does not decide while it stands (evaluate._hold_for_unread).

Read only for a market whose act starts something again (halted_premise.RESTARTING), and only when
the act word stands inside an 'after' clause whose main clause, before 'after', tells the halt
again: 'again', or a renewed halt's noun ('a second outage', 'a fresh disruption')."""

from __future__ import annotations

from .analysis import MarketContext, SentenceFacts
from .halted_premise import RESTARTING

# the note's marker (evaluate._hold_for_unread holds a passed deadline while it stands)
UNDONE = "a restart told only before a renewed halt (the main clause tells the halt again)"

_RENEWED = frozenset({"second", "another", "fresh", "renewed", "new", "further", "repeat", "repeated"})
_HALTS = frozenset({"outage", "outages", "blackout", "blackouts", "disruption", "disruptions", "failure", "failures",
                    "shutdown", "shutdowns", "halt", "closure", "suspension", "crash", "stoppage", "breakdown"})
_HALT_VERBS = frozenset({"halt", "stop", "suspend", "fail", "crash", "collapse", "close", "shut", "cut", "go", "break"})
_WINDOW = 14  # tokens between 'after' and the act word


def undone(ctx: MarketContext, f: SentenceFacts, i: int) -> str | None:
    """The note when act word i is a restart inside an 'after' clause of a main clause telling a
    renewed halt; else None."""
    if not ctx.act_verbs & RESTARTING:
        return None
    toks = f.sent.tokens
    after = next((k for k in range(i - 1, max(-1, i - _WINDOW), -1) if toks[k].lower == "after"), None)
    if after is None or after == 0 or any(t.lower in (".", ";", "but") for t in toks[after:i]):
        return None
    main = toks[:after]
    for k, t in enumerate(main):
        renewed_noun = t.lower in _HALTS and any(m.lower in _RENEWED for m in main[max(0, k - 3):k])
        halted_again = t.lower == "again" and any(m.lemmas & _HALT_VERBS or m.lower in _HALTS
                                                  for m in main[max(0, k - 4):k])
        if renewed_noun or halted_again:
            return f"{UNDONE}: '{' '.join(m.text for m in main[max(0, k - 3):k + 1])}' … '{toks[after].text}'"
    return None
