"""The theme of an act verb: what the verb's direct object names. A verb of the market's act
family whose own object is a move about the matter ('dismissed a last-minute attempt to halt
the Senate's vote', 'rejected a bid', 'quashed the petition') reports an act on that move, not
on the market's object: a court dismissing an attempt to stop the impeachment has not removed
anyone. Pure."""

from __future__ import annotations

from .analysis import MarketContext, SentenceFacts
from .word_class import DETERMINERS, PREPOSITIONS

# Nouns naming a move, a filing or a proceeding about something else: an act done to one of
# them is done to that move, not to the thing it concerns.
MOVE_NOUNS = frozenset({"attempt", "bid", "effort", "move", "push", "petition", "case", "motion", "suit", "lawsuit",
                        "application", "appeal", "challenge", "request", "plea", "complaint", "objection",
                        "proposal", "injunction", "applications", "attempts", "bids", "efforts", "moves", "petitions",
                        "cases", "motions", "suits", "lawsuits", "appeals", "challenges", "requests", "pleas",
                        "complaints", "objections", "proposals", "injunctions"})
_NP_REACH = 5  # words of the object phrase read for its head
# Verbs that decide a request: their natural object is the application, the motion or the bid,
# and granting or refusing it is the act ('approved the applications of 11 firms to offer ETFs').
DECIDING_REQUESTS = frozenset({"approve", "authorize", "authorise", "grant", "accept", "endorse", "adopt", "pass",
                               "ratify", "clear", "greenlight", "back", "support", "reject", "deny", "refuse",
                               "decline", "uphold", "sign"})


def move_theme(ctx: MarketContext, f: SentenceFacts, i: int) -> str | None:
    """The move noun heading the direct object of the act verb at token i ('a last-minute
    attempt'), when the market's question names no such move; None otherwise."""
    if f.sent.tokens[i].lemmas & DECIDING_REQUESTS:
        return None
    asked = {w.strip("?.,'\"").lower() for w in ctx.market.question.split()} | {t.lower() for t in ctx.target.object_terms}
    toks = f.sent.tokens
    _, b = f.sent.clause_of(i)
    for k in range(i + 1, min(b, i + 1 + _NP_REACH)):
        w = toks[k].lower
        if w in PREPOSITIONS or w == "to" or not any(ch.isalnum() for ch in w):
            return None  # the object phrase ended with no move noun: 'removed him from office'
        if w in MOVE_NOUNS:
            singular = w[:-1] if w.endswith("s") and w[:-1] in MOVE_NOUNS else w
            return None if (w in asked or singular in asked) else toks[k].text
        if w in DETERMINERS or "-" in w or w.endswith(("'s", "’s")) or w in ("'s", "’s") or (
                not toks[k].text[:1].isupper() and toks[k].text.isalpha()):
            continue  # 'a last-minute', "the opposition's", "Gachagua's"
        return None
    return None


__all__ = ["DECIDING_REQUESTS", "MOVE_NOUNS", "move_theme"]
