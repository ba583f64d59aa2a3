"""Truce breaches: for a market on a ceasefire holding ('Will the June 10 Sudan ceasefire hold in
Khartoum through June 11?', 'Will Israel's extended Gaza ceasefire hold until midnight …?'),
fighting told as resumed ends the truce: 'Shelling and gunfire have resumed in the Sudanese
capital', 'Israeli forces resumed full-scale attacks on targets in Gaza', 'the Israel Defense
Forces said they were resuming their offensive'. A sentence that names an earlier truce ('fighting
resumed after a previous truce collapsed') tells another truce's end. Words: endings.json
'truce_breaches'; the truce nouns are lexicon.NOUN_FAMILIES['ceasefire'], and a pause (endings.json
'truce_breaches' 'pauses') when the question sets it in fighting."""

from __future__ import annotations

import re

from .analysis import MarketContext, SentenceFacts, aspect, negation
from .lexicon import NOUN_FAMILIES
from .packaged import load_json
from .text import conditional_clause

_DATA = load_json("endings.json")["truce_breaches"]
TRUCES = frozenset(NOUN_FAMILIES["ceasefire"]) - {"halt"}
RESUME = frozenset(_DATA["verbs"])
HOSTILITIES = frozenset(_DATA["hostilities"])
EARLIER = frozenset(_DATA["earlier"])
PAUSES = frozenset(_DATA["pauses"])


def is_truce(ctx: MarketContext) -> bool:
    """The market's state is a truce: its object's head is a ceasefire noun, or a pause the
    question sets in fighting ('New Year pause in fighting with the Tamil Tigers hold through …')."""
    terms = ctx.target.object_terms
    if ctx.target.kind != "state" or not terms:
        return False
    if terms[-1] in PAUSES:
        words = set(re.findall(r"[a-z-]+", ctx.market.question.lower()))
        return bool(words & HOSTILITIES)
    return terms[-1] in TRUCES


def ending(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(token, wording) of fighting told as resumed in the sentence, for a truce market."""
    if not is_truce(ctx):
        return None
    toks = f.sent.tokens
    for i, tok in enumerate(toks):
        verbs = tok.lemmas & RESUME
        if not verbs:
            continue
        progressive = tok.lower.endswith("ing") and i > 0 and toks[i - 1].lower in ("was", "were")
        if aspect(f.sent, i, sorted(verbs)[0]) != "past" and not progressive:
            continue  # 'could resume', 'threatened to resume'
        if negation(f, i) or conditional_clause(f.sent, i):
            continue
        a, b = f.sent.clause_of(i)
        fighting = next((k for k in range(max(a, i - 6), min(b, i + 5))
                         if k != i and (toks[k].lemmas | {toks[k].lower}) & HOSTILITIES), None)
        if fighting is None or earlier(f, 0, len(toks)):
            continue
        return i, f"'{tok.text} … {toks[fighting].text}' (fighting resumed: the truce is over)"
    return None


def earlier(f: SentenceFacts, a: int, b: int) -> bool:
    """The clause [a, b) names an earlier truce ('after a previous truce collapsed last week')."""
    return any(t.lower in EARLIER for t in f.sent.tokens[a:b])
