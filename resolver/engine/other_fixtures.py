"""Another fixture of the market's kind: 'England's Rugby World Cup Pool C match against France has
been called off' for a market on the Japan–Scotland match. The object's own noun phrase names its
parties — a possessive name before it ("England's … match") or a name after 'against', 'between',
'versus' ('match against France') — and none of them, nor anything else in the sentence, is one of
the market's actors: what the sentence tells of (called off, postponed) is another occasion of the
same kind, not the market's. Read only for a market on a fixture between two named sides ('the …
match between Japan and Scotland', 'Japan vs Scotland'), whose report would name one of them. Read by
rules/ruled_out.py. Pure; word shapes only."""

from __future__ import annotations

import re

from .analysis import MarketContext, SentenceFacts

# a question on a fixture between two sides: 'between Japan and Scotland', 'Japan vs Scotland', 'Japan v. Scotland'
_FIXTURE_Q = re.compile(r"\bbetween\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s+and\s+(?:the\s+)?[A-Z]"
                        r"|\b[A-Z][\w.'’-]*\s+(?:vs\.?|versus|v\.?|against)\s+(?:the\s+)?[A-Z]")

# words after the object that open the name of its other side
_OPPONENT = frozenset({"against", "between", "versus", "vs", "vs.", "v", "v."})
_REACH = 6  # words before the object in which its possessive name may stand (its modifiers between)
_POSSESSIVE = ("'s", "’s", "s'", "s’")


def _name_run(toks, j: int) -> str | None:
    """The capitalised words from token j on, joined; None when token j is not capitalised."""
    words = []
    while j < len(toks) and toks[j].text[:1].isupper():
        words.append(toks[j].text)
        j += 1
    return " ".join(words) or None


def _parties(f: SentenceFacts, k: int) -> list[str]:
    """The names the object at token k is told of in its own noun phrase: a possessive name before
    it (only capitalised modifiers between) and a name after an opponent word right after it."""
    toks = f.sent.tokens
    out: list[str] = []
    for j in range(k - 1, max(-1, k - 1 - _REACH), -1):
        t = toks[j].text
        if t.endswith(_POSSESSIVE) and t[:1].isupper():
            out.append(t[:-2] if t.endswith(("'s", "’s")) else t[:-1])
            break
        if not t[:1].isupper():
            break
    if k + 1 < len(toks) and toks[k + 1].lower in _OPPONENT:
        name = _name_run(toks, k + 2)
        if name:
            out.append(name)
    return out


def other_parties(ctx: MarketContext, f: SentenceFacts, idx: list[int]) -> str | None:
    """The other parties' names when an object mention among `idx` is told of parties none of which
    is a market actor, in a sentence that names no market actor; None otherwise. For a market on
    anything else whose question names the object's owner ('Will Nigeria hold its 2015 presidential
    election'), an owner the sentence gives the object — a possessive name before it or 'in' a name
    right after it ('Ghana's presidential election', 'the presidential election in Ghana') — that is
    no word of the question tells of another occasion of the kind."""
    if f.actors or not ctx.target.actors:
        return None
    fixture = bool(_FIXTURE_Q.search(ctx.market.question))
    for k in idx:
        if k not in f.object_idx:
            continue
        names = _parties(f, k) if fixture else _owners(ctx, f, k)
        if names and not any(p.search(n) for n in names for p in ctx.actor_patterns.values()):
            return ", ".join(names)
    return None


def _owners(ctx: MarketContext, f: SentenceFacts, k: int) -> list[str]:
    """The owner names of the object at token k that are no word of the market's question."""
    toks = f.sent.tokens
    names = []
    for j in range(k - 1, max(-1, k - 1 - _REACH), -1):  # its modifiers between ('Ghana's presidential election')
        t = toks[j].text
        if t.endswith(_POSSESSIVE) and t[:1].isupper():
            names.append(t[:-2] if t.endswith(("'s", "’s")) else t[:-1])
            break
        if not (t[:1].isupper() or (t.isalpha() and t.islower() and j in f.object_idx + f.act_noun_idx)
                or t.lower() in _MODIFIERS):
            break
    if k + 2 < len(toks) and toks[k + 1].lower == "in":
        name = _name_run(toks, k + 2)
        if name:
            names.append(name)
    question = set(re.findall(r"[a-z0-9]+", ctx.market.question.lower()))
    return [n for n in names if n[:1].isupper() and n.lower() not in _CALENDAR
            and not set(re.findall(r"[a-z0-9]+", n.lower())) & question]


_MODIFIERS = frozenset({"presidential", "parliamentary", "general", "national", "local", "municipal", "legislative",
                        "planned", "scheduled", "upcoming", "first", "second", "maiden", "inaugural"})
_CALENDAR = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                       "february", "march", "april", "may", "june", "july", "august", "september", "october",
                       "november", "december", "today", "tonight", "tomorrow", "yesterday"})



# the nouns of an agreement, told with its counterparty: 'merger agreement with Frontier'
_DEAL = frozenset({"agreement", "deal", "merger", "pact", "accord", "treaty", "contract", "partnership", "tie-up",
                   "alliance", "combination", "takeover", "acquisition"})


def other_counterparty(ctx: MarketContext, f: SentenceFacts) -> str | None:
    """For a market on an agreement between two named parties ('Will JetBlue sign a definitive
    merger agreement to acquire Spirit Airlines?'), the counterparty a sentence names for an
    agreement noun of the market's object when it is none of the market's actors ('Spirit Airlines
    terminates merger agreement with Frontier'): one party's deal with someone else, not the
    market's; None otherwise. Every such noun told 'with' a name must name another."""
    if len(ctx.target.actors) < 2:
        return None
    nouns = _DEAL & set((ctx.target.object or "").lower().split())
    if not nouns:
        return None
    toks, found = f.sent.tokens, None
    for j in range(1, len(toks) - 1):
        if toks[j].lower != "with" or toks[j - 1].lower not in nouns:
            continue
        name = _name_run(toks, j + 1 + (toks[j + 1].lower == "the"))
        if not name:
            continue
        if any(p.search(name) for p in ctx.actor_patterns.values()):
            return None
        found = name
    return found
