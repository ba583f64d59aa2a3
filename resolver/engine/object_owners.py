"""Another country's object: a market on one country's act upon a thing another country owns ('Will
Turkey's parliament ratify Sweden's NATO accession?', 'Will Hungary approve Finland's bid?', 'Will
the US recognise Kosovo's independence?') is not answered by a sentence telling the same act upon
the same kind of thing of a third country ("Turkey's parliament approved a bill on Thursday to allow
Finland to join NATO"). other_countries.py sets aside a sentence that names another country and none
of the market's; here the doer is the market's own (Turkey), so that test passes it, while the thing
acted on is another's.

Read when the market's object is owned by a country named with a possessive ('Sweden's NATO
accession', 'the baht's peg' is no country) and the sentence:

- names that owner in no form (name, demonym, capital, a place part of it: other_countries.mentions);
- names by its name another country, none of the market's, in a clause holding the act or its object,
  tied to it as other_countries._tied reads (the name a few words before it, with no saying verb
  between, or its place right after it: "Finland's accession was ratified") or standing in the act's
  complement, at most eight words after it ('approved a bill on Thursday to allow Finland to join').

A sentence naming the owner ('Turkey ratified Finland's and Sweden's bids') is left to the rules; so is
one naming no other country ('Turkey's parliament ratified the accession protocol'). Its readings of the
market's act become notes with no weight, as for other_countries. Pure; a look for a possessive in the
market's object comes first, then a capitalised word in the sentence."""

from __future__ import annotations

import re
from functools import lru_cache

from .analysis import MarketContext, SentenceFacts
from .entities import country_of
from .types import Contribution
from . import other_countries as oc

NAME = "other_owner"
_OWNER = re.compile(r"^(?:the\s+)?((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)['’]s?\s", re.U)


@lru_cache(maxsize=4096)
def _owner(obj: str | None) -> str | None:
    if not obj or "'" not in obj and "’" not in obj:
        return None
    m = _OWNER.match(obj)
    return country_of(m.group(1).lower()) if m else None


def owner(ctx: MarketContext) -> str | None:
    """The country owning the market's object by a possessive ('Sweden's NATO accession'), else None."""
    return _owner(ctx.target.object)


def _owner_named(text: str, own: str) -> bool:
    """The owner named by any capitalised word of the text ("Finland's and Sweden's", 'Swedish'), which
    other_countries.mentions may pass by inside a longer run of names."""
    return any(country_of(re.sub(r"['’]s?$", "", w).lower()) == own for w in re.findall(r"\b[A-Z][\w'’-]*", text))


def other_owner(ctx: MarketContext, f: SentenceFacts) -> str | None:
    """The other country the sentence tells the act upon (see the module's text), else None."""
    own = owner(ctx)
    if own is None or not oc._RUN.search(f.sent.text):
        return None
    text = f.sent.text
    found = [m for m in oc.mentions(text) if m[0] >= oc.opening_end(text)]
    if not found or any(oc._same(c, own) for _, _, c, _ in found) or _owner_named(text, own):
        return None
    mine = oc.market_countries(ctx) | {own}
    anchors = oc._anchors(f)
    toks = f.sent.tokens
    for s, e, canon, by_name in found:
        if not by_name or any(oc._same(canon, o) for o in mine) or oc._ROUTE.search(text[max(0, s - 14):s]):
            continue
        at = next((k for k, t in enumerate(toks) if t.start <= s < t.start + max(1, len(t.text))), None)
        if at is not None and any(oc._tied(f, at, i) or _after(f, i, at) for i in anchors):
            return text[s:e]
    return None


_AFTER = 8  # tokens: the act's complement naming whose thing it acts upon


def _after(f: SentenceFacts, i: int, at: int) -> bool:
    """The country at token `at` stands in the complement of the act at token i: in its clause, a
    few words after it, with no saying verb between ('approved a bill … to allow Finland to join')."""
    if not i < at <= i + _AFTER or f.sent.clause_of(at) != f.sent.clause_of(i):
        return False
    return not any(t.lemmas & oc._SAYING for t in f.sent.tokens[i + 1:at])


def set_aside(ctx: MarketContext, f: SentenceFacts, found: list[Contribution]) -> list[Contribution]:
    """The readings of `found` made notes with no weight when the sentence tells the act upon another
    country's object."""
    if not any(c.weight and (c.base_rule or c.rule) in oc.READINGS for c in found) or owner(ctx) is None:
        return found
    other = other_owner(ctx, f)
    if other is None:
        return found
    return [c.model_copy(update={"rule": NAME, "base_rule": None, "direction": "none", "weight": 0.0,
                                 "reason": f"the act upon another country's object ('{other}'), not "
                                           f"{owner(ctx).title()}'s: {c.reason}"})
            if c.weight and (c.base_rule or c.rule) in oc.READINGS else c for c in found]
