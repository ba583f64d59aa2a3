"""A sentence's clemency told on its holder: for a market on an act over a person's sentence ('Will
Trump pardon or commute the sentence of Ross Ulbricht …?'), a pardon is told of the person, not of
the sentence ('Trump pardoned Ross Ulbricht', 'granted Ross Ulbricht … a full pardon', 'granted a
pardon to Ross Ulbricht'): the holder, named as the question names him, stands as the verb's object
(or as the one a pardon is granted to), and the sentence need not be named.

Only the clemency that takes a person (pardon); 'commute' takes the sentence itself and is read by
the object as usual. Another person pardoned ('pardoned his co-defendant') names not the holder."""

from __future__ import annotations

import re

from .analysis import MarketContext, SentenceFacts

_HELD = frozenset({"sentence", "sentences", "conviction", "convictions"})
_PERSON_ACTS = frozenset({"pardon"})
_GRANT = frozenset({"grant", "give", "issue", "offer", "extend", "award"})
_NOT_NOUN = frozenset({"to", "will", "would", "did", "does", "do", "could", "can", "may", "might", "should", "must", "not"})
_REACH = 20  # tokens from 'granted' to 'pardon', at most (an apposition between)


def _holder(ctx: MarketContext) -> str | None:
    """The market's actor holding the sentence: 'the sentence of Ross Ulbricht', "Ross Ulbricht's sentence"."""
    q = ctx.market.question
    for actor in ctx.target.actors:
        a = re.escape(actor)
        if re.search(rf"\b(?:sentences?|convictions?)\s+of\s+{a}\b|\b{a}['’]s?\s+(?:[\w-]+\s+)?(?:sentences?|convictions?)\b",
                     q, re.I):
            return actor
    return None


def holder_acted_on(ctx: MarketContext, f: SentenceFacts) -> int | None:
    """The pardon told of the sentence's holder (see the module's doc): its token, else None."""
    if not (ctx.object_head & _HELD) or f.object_idx or "pardon" not in f.sent.text.lower():
        return None
    holder = _holder(ctx)
    if holder is None or holder not in f.actors:
        return None
    pat = ctx.actor_patterns[holder]
    toks, text = f.sent.tokens, f.sent.text
    for i in sorted(set(f.act_idx) | set(f.act_noun_idx)):
        if not toks[i].lemmas & _PERSON_ACTS:
            continue
        end = toks[i].start + len(toks[i].text)
        if _names_at(pat, text, end):
            return i  # 'pardoned Ross Ulbricht'
        if toks[i].lower not in ("pardon", "pardons") or (i and toks[i - 1].lower in _NOT_NOUN):
            continue  # only the noun is granted ('granted … a full pardon'), never the verb ('and pardoned his aide')
        to = re.match(r"\s+to\b", text[end:])
        for k in range(i - 1, max(-1, i - _REACH), -1):
            if toks[k].text in (";", ":", ".", "—"):
                break
            if toks[k].lemmas & _GRANT:  # 'granted Ross Ulbricht … a full pardon', 'granted a full pardon to Ross Ulbricht'
                if _names_at(pat, text, toks[k].start + len(toks[k].text)) or (to and _names_at(pat, text, end + to.end())):
                    return i
                break
    return None


def _names_at(pat: re.Pattern[str], text: str, pos: int) -> bool:
    """The holder's name right after pos (spaces between), not as another's owner ("Ulbricht's co-defendant")."""
    m = re.match(r"\s+", text[pos:])
    hit = pat.match(text, pos + m.end()) if m else None
    return bool(hit) and not re.match(r"['’]s?\b", text[hit.end():])
