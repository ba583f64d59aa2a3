"""A state held at its window's end: for a 'stays true until' market, a hold of the state's object
reported on the deadline's day or after it ('The Bank of England has held the base interest rate at
5.25%' on the day of the November 2 decision the window ends with; 'The Reserve Bank of India kept
its repo rate unchanged at 6.25 percent for a third consecutive policy meeting on Thursday', a week
after a March 31 deadline). Such a report is not the deadline's silence: it tells the state as it
stood when the window closed, so a passed deadline with no report of the state ending may decide on
it (the weak-readings gate lets it stand, weak_readings.json 'unless_note').

The hold must keep the object steady ('left its benchmark rate unchanged') or at the market's value
('at 6.25' for 6.25%; a hold at another value is never read as the state going on), and be
dated on or after the deadline's day by its own sentence ('on Thursday'), or, with no date of its
own, be told in a headline or in the present or present perfect ('has held') in an article
published on or after that day: a bare past hold in a later article may be background about an
earlier decision. A hold dated after its own article is no report of it.

Also here: a hold decided by the body's vote ('voted 5-4 to maintain the bank rate at 5.25 percent',
'decided to keep the repo rate unchanged at 6.5 per cent'): for a hold, deciding is doing, as for
the policy acts of lexicon.DECISION_FAMILIES."""

from __future__ import annotations

from .analysis import MarketContext, SentenceFacts, aspect
from .mentions import DECIDING

MARK = "held at the window's end"

_WITHIN = 7  # the deciding verb within this many words before 'to' + the hold verb


def decided_hold(f: SentenceFacts, i: int) -> bool:
    """The hold verb at token i is an infinitive after a past deciding verb of its clause ('voted
    9-2 on Wednesday to keep', 'decided on Thursday to keep', 'opted to hold')."""
    toks = f.sent.tokens
    if i < 2 or toks[i - 1].lower != "to" or toks[i].lower not in toks[i].lemmas:
        return False  # 'to keep', not 'to keeping'
    a, _ = f.sent.clause_of(i)
    return any(t.lemmas & DECIDING and (t.lower.endswith("ed") or t.lower == "chose")
               for t in toks[max(a, i - 1 - _WITHIN):i - 1])


def at_end(ctx: MarketContext, f: SentenceFacts, i: int, verb: str) -> str | None:
    """How the hold at token i is dated on or after the deadline's day (for the trace), else None."""
    day = ctx.market.deadline.date()
    published = f.article.published.date()
    span = f.nearest_span(i, dating_only=True)
    if span is not None:
        if span.start.date() < day or span.start.date() > published:
            return None
        return f"{span.explanation}; deadline {ctx.market.deadline:%a %d %b %Y %H:%M %z}: " + (
            "its day" if span.start.date() == day else "after it")
    if published < day:
        return None
    if not (f.sent.headline or aspect(f.sent, i, verb) == "present"):
        return None  # 'kept rates unchanged' with no date, in a later article: maybe an earlier decision
    return (f"no date in the sentence, told as current in an article of {f.article.published:%a %d %b %Y}; "
            f"deadline {ctx.market.deadline:%a %d %b %Y %H:%M %z}: " + ("its day" if published == day else "after it"))
