"""The theme of an act verb: what the verb's direct object names. A verb of the market's act
family whose own object is a move about the matter ('dismissed a last-minute attempt to halt
the Senate's vote', 'rejected a bid', 'quashed the petition') reports an act on that move, not
on the market's object: a court dismissing an attempt to stop the impeachment has not removed
anyone. Pure."""

from __future__ import annotations

from .analysis import MarketContext, SentenceFacts
from .frames import EVENT_NOUNS
from .lexicon import PREREQUISITE_NOUNS
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


_PASSIVE_AUX = frozenset({"was", "were", "is", "are", "been", "being", "be"})


# words before a noun that a participle right after it modifies: 'during a vote held in March'
_NOUN_LEADS = frozenset({"a", "an", "the", "this", "that", "its", "their", "his", "her"})
_MODIFIERS = 2  # lowercase words read between the determiner and its noun: 'a special meeting'


def _led_noun(toks, a: int, k: int) -> bool:
    """Token k heads a noun phrase opened by a determiner or possessive, right before it or
    across up to _MODIFIERS lowercase modifiers ('a vote', 'a special meeting', 'an
    extraordinary general meeting')."""
    for j in range(k - 1, max(a, k - 2 - _MODIFIERS) - 1, -1):
        w = toks[j]
        if w.lower in _NOUN_LEADS:
            return True
        if not (w.text.isalpha() and w.text.islower()):
            return False
    return False


def other_event_subject(ctx: MarketContext, f: SentenceFacts, i: int) -> str | None:
    """The subject of the passive act verb at token i when it heads another event than the
    market's object ('Conferences were currently being held …' for a summit market), or the noun
    a participle right after it modifies ('approved by shareholders during a vote held in March'
    for a market on completing an acquisition): what was held is that other event. None for an active verb, or a subject that is no event noun or
    is the market's own."""
    toks = f.sent.tokens
    a, _ = f.sent.clause_of(i)
    if not ctx.target.object_terms or not toks[i].lower.endswith(("ed", "en", "eld", "ld")):
        return None
    k = i - 1
    while k >= a and (toks[k].lower in _PASSIVE_AUX or toks[k].lower.endswith("ly") and k < i - 1):
        k -= 1
    reduced = k == i - 1 and k > a and toks[k].lower.isalpha() and _led_noun(toks, a, k)
    if not reduced and (k == i - 1 or k < a or not any(t.lower in _PASSIVE_AUX for t in toks[k + 1:i])):
        return None  # no passive auxiliary right before the verb, nor a participle after its noun
    head = toks[k]
    if not head.lemmas & (EVENT_NOUNS | frozenset(PREREQUISITE_NOUNS)):
        return None
    ours = {w.lower() for w in ctx.target.object_terms} | {w.lower() for w in ctx.market.question.split()}
    if head.lemmas & ours or head.lower in ours:
        return None
    return head.text


__all__ = ["DECIDING_REQUESTS", "MOVE_NOUNS", "move_theme", "other_event_subject"]
