"""A holder's last outing in the office, told on the deadline's day or after it: for a 'stays true until' market on
an office ("Will Sir Alex Ferguson still be Manchester United manager for the club's final match on May 19?"),
'Ferguson may have been denied an 896th victory in his 1,500th and final fixture as United manager' in a match
report of May 19 tells the holder still in the office on that day: the state as the window closed, not the
deadline's silence (a note like held_at_end.py's, which lets a passed deadline's likely-yes stand).

The outing ('his final fixture', 'her last game', 'X's last match') must be told 'as' the market's office, in words
of the market's object only ('as United manager' for 'Manchester United manager'; not 'as Everton manager'), of a
market actor (named in the sentence, the possessive 'his'/'her' or the actor's own name before the outing); it must
be dated on or after the deadline's day: by a date of its own sentence, or, with none, by an article published on
that day (a later article may look back on a farewell before the deadline). An outing dated before that day ('last Sunday'), in a conditional clause, or in an article
before it, is not read (a farewell may come before the window closes)."""

from __future__ import annotations

import re

from .analysis import MarketContext, SentenceFacts
from .text import conditional_clause

_OUTING = re.compile(
    r"(?P<owner>\b(?:his|her|their)|[A-Z][\w-]*['’]s?)\s+(?:(?:\d[\d,]*(?:st|nd|rd|th)?|very)\s+(?:and\s+)?)?"
    r"(?:final|last)\s+(?:competitive\s+|league\s+|home\s+|away\s+)?"
    r"(?:fixture|match|game|outing|day|race|appearance|session|meeting|bout|contest)\s+(?:in\s+charge\s+)?"
    r"as\s+(?:the\s+)?(?P<office>(?:[\w'’.-]+\s+){0,4}[\w'’.-]+)",
    re.I)


def _words(s: str) -> set[str]:
    return {w.lower().strip("'’.") for w in re.findall(r"[\w'’.-]+", s)}


def outing_at_end(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str, str] | None:
    """(token index, the words read, how they are dated) for a last outing in the market's office dated on or after
    the deadline's day, else None."""
    t = ctx.target
    if t.kind != "state" or not t.object or not f.actors or f.sent.headline:
        return None
    office = _words(t.object)
    head = (t.object_terms or [t.object.split()[-1]])[-1].lower()
    for m in _OUTING.finditer(f.sent.text):
        said = [w.lower().strip("'’.") for w in m.group("office").split()]
        k = next((j for j, w in enumerate(said) if w not in office), len(said))
        if head not in said[:k] or said[k:k + 1] == ["of"]:
            continue  # 'as Everton manager', 'as a player', 'as manager of Everton': another office
        owner = m.group("owner")
        if owner.lower() not in ("his", "her", "their") and not any(
                ctx.actor_patterns[n].search(owner) for n in f.actors):
            continue  # 'Scholes's last game as …': another person's
        i = f.sent.token_at(m.start())
        if conditional_clause(f.sent, i):
            continue
        day, deadline = ctx.market.deadline.date(), ctx.market.deadline
        span = f.nearest_span(i, dating_only=True)
        if span is not None:
            if span.start.date() < day or span.start.date() > f.article.published.date():
                continue
            dated = f"{span.explanation}; deadline {deadline:%a %d %b %Y %H:%M %z}"
        elif f.article.published.date() == day:  # a later article may look back on an earlier farewell
            dated = (f"no date in the sentence, in an article of {f.article.published:%a %d %b %Y}; "
                     f"deadline {deadline:%a %d %b %Y %H:%M %z}: its day")
        else:
            continue
        return i, m.group(0), dated
    return None
