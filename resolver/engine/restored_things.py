"""A halt ended by the halted thing told back (rules/state_ended.py). For a 'stays true until' market
whose state is a halt of a thing, named by a halt noun ('Will Bangladesh's nationwide mobile internet
shutdown remain in force …?', 'the internet shutdown in Cameroon's Northwest and Southwest regions',
'Pakistan's ban on TikTok'), reports tell the end by the thing coming back, not by the halt noun: 'Bangladesh
has restored mobile internet services', 'On Sunday, 4G mobile internet services resumed', 'Cameroon
government restores internet after 3 months shutdown'.

The thing is the object's word right before the halt noun ('internet' in 'mobile internet shutdown') or the
last word after 'of' / 'on' ('ban on TikTok', 'suspension of Air India Express flights'). Read: a verb of
'RESTART' told done (a past; a headline's present) with the thing in its clause, a few words from it, not
negated, not conditional, and not with the halt noun itself as what came back ('the ban was reinstated'
brings the halt back). Not a noun ('the restoration of mobile internet'), a hope or an infinitive ('look
forward to services … resuming', 'a condition for resuming imports')."""

from __future__ import annotations

from .analysis import MarketContext, SentenceFacts, aspect, negation
from .halt_words import HALT_NOUNS, RESTART, names_thing, other_kind, things
from .text import conditional_clause

REACH = 6  # words between the verb and the thing


def ending(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(the verb's token, its wording) when the halted thing is told back; else None."""
    t = ctx.target
    words = things(t.kind, ctx.market.question, tuple(t.object_terms))
    if not words or not (f.actors or f.article_mentions_subject) or not names_thing(
            t.kind, ctx.market.question, tuple(t.object_terms), f.sent.text):
        return None
    toks = f.sent.tokens
    for i, tok in enumerate(toks):
        lemmas = tok.lemmas & RESTART
        if not lemmas or aspect(f.sent, i, sorted(lemmas)[0]) != "past" or negation(f, i) or conditional_clause(f.sent, i):
            continue
        a, b = f.sent.clause_of(i)
        near = [k for k in range(max(a, i - REACH), min(b, i + REACH + 1)) if k != i and toks[k].lower in words]
        if not near:
            continue
        k = min(near, key=lambda j: abs(j - i))
        if k > 0 and other_kind(tuple(t.object_terms), toks[k - 1].lower):
            continue  # 'broadband internet connectivity was reinstated' for a mobile internet shutdown
        lo, hi = min(i, k), max(i, k)
        if any(toks[j].lower in HALT_NOUNS for j in range(lo, hi + 1)):
            continue  # 'beef ban reinstated': the halt came back, not the thing
        return i, f"'{f.sent.text[toks[lo].start:toks[hi].start + len(toks[hi].text)]}'"
    return None
