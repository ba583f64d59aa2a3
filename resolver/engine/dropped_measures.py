"""A measure dropped by its holder (read by rules/state_ended.py): for a 'stays true until' market
whose state is a measure the holder keeps ('Will Kuwait keep the dinar pegged to the U.S. dollar
through …?', 'keep a trading band for the tenge'), the holder, named before it, dropping the
measure's own noun as the verb's direct object, told done: 'Kuwait drops dollar peg, adopts
currency basket' (a headline's present), 'Kuwait switched the dinar's exchange rate mechanism to a
basket of currencies on Sunday, dropping a peg to the tumbling US dollar' (a participle after a
past main verb), 'Kazakhstan fired …, ditching a trading band'.

Not read: another holder ('Kuwait drops the dollar peg' for Oman's peg), a drop still to come
('to scrap historic smoking ban', 'would abandon the euro'), negated or in a condition, an
intransitive drop ('growth could drop to 2.5%', 'market capitalization dropping to $3.22
trillion'), a noun owned by another ('dropped the company's shares'), another object the measure only
completes ('dropped its opposition to the dollar peg', 'dropped plans to abandon the peg'). Pure; word shapes only."""

from __future__ import annotations

from .analysis import MarketContext, SentenceFacts, aspect, negation
from .text import conditional_clause
from .verb_aspect import verb_form
from .word_class import PREPOSITIONS

# verbs by which a holder gives up a measure it kept ('drop' here takes an object: 'drops dollar peg')
VERBS = frozenset({"drop", "abandon", "ditch", "scrap", "jettison"})
_STEMS = ("drop", "abandon", "ditch", "scrap", "jettison")
# words that may stand between the verb and the measure's noun ('a', 'its', 'decade-old')
_BETWEEN = 5


def _done(f: SentenceFacts, i: int, lemma: str) -> bool:
    """The verb at token i told done: a past (a headline's present counts as past), or a participle
    ('dropping a peg') after a past main verb of the sentence."""
    asp = aspect(f.sent, i, lemma)
    if asp == "past":
        return True
    if not f.sent.tokens[i].lower.endswith("ing") or asp in ("future", "hedged"):
        return False
    return any(aspect(f.sent, k, None) == "past" for k in range(i))


def _measure_after(ctx: MarketContext, f: SentenceFacts, i: int) -> int | None:
    """The token of the market's object right after the verb at token i, as its direct object: no
    preposition, 'to', other verb or punctuation before it, not owning another noun ('the company's shares')."""
    toks = f.sent.tokens
    terms = set(ctx.target.object_terms)
    # the object's words where the sentence names them ('peg' for the question's 'pegged')
    objects = set(f.object_idx) | {k for k in range(i + 1, min(len(toks), i + 1 + _BETWEEN))
                                   if toks[k].lower in terms or toks[k].lemmas & terms}
    for k in range(i + 1, min(len(toks), i + 1 + _BETWEEN)):
        if toks[k].lower in PREPOSITIONS or not (toks[k].text[:1].isalnum()):
            return None
        if k not in objects and (toks[k].lower == "to" or verb_form(toks[k].lower)):
            return None  # 'dropped its opposition to the dollar peg', 'dropped plans to abandon the peg': another object
        if k in objects:
            nxt = toks[k + 1].lower if k + 1 < len(toks) else ""
            if nxt in ("'s", "’s", "'", "’"):
                return None
            # the head of the noun phrase: the last object word of a run ('dollar peg')
            while k + 1 < len(toks) and k + 1 in objects:
                k += 1
            return k
    return None


def ending(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(the verb's token, its wording) when the holder dropped the measure the market keeps."""
    if ctx.target.kind != "state" or not f.object_idx or not f.actors:
        return None
    low = f.sent.lower_text
    if not any(s in low for s in _STEMS):
        return None  # a cheap check before the tokens
    toks = f.sent.tokens
    # the holder must be named before the verb (the one who dropped it): its first mention, found once
    holder_at = min((m.start() for p in ctx.actor_patterns.values() for m in [p.search(f.sent.text)] if m),
                    default=None)
    if holder_at is None:
        return None
    for i, tok in enumerate(toks):
        lemmas = tok.lemmas & VERBS
        if not lemmas or i == 0 or tok.start <= holder_at:
            continue
        k = _measure_after(ctx, f, i)  # the cheap test first
        if k is None:
            continue
        if not _done(f, i, sorted(lemmas)[0]) or negation(f, i) or conditional_clause(f.sent, i):
            continue
        return i, f"'{tok.text} … {toks[k].text}'"
    return None


# a plan or proposal whose own verb ends a state ('plans to abandon the dollar peg', 'a proposal to end the peg')
_PLAN_NOUNS = frozenset({"plan", "plans", "proposal", "proposals", "idea", "move", "bid", "effort", "efforts", "push"})
_ENDING = VERBS | frozenset({"end", "lift", "remove", "cancel", "terminate", "replace", "break", "stop", "unpeg"})
_PLAN_REACH = 4  # words after the calling-off verb within which the plan noun must stand


def plan_to_end(ctx: MarketContext, f: SentenceFacts, k: int) -> bool:
    """For a market on a state kept, the calling-off verb at token k gives up a plan to end it ('Kuwait dropped
    plans to abandon the dollar peg', 'scrapped a proposal to end the dollar peg'): the state is kept, so the
    giving-up does not rule the market's act out."""
    if ctx.target.kind != "state":
        return False
    toks = f.sent.tokens
    for j in range(k + 1, min(len(toks) - 2, k + 1 + _PLAN_REACH)):
        if toks[j].lower in _PLAN_NOUNS:
            return toks[j + 1].lower == "to" and bool(toks[j + 2].lemmas & _ENDING)
        if not toks[j].text[:1].isalnum():
            return False
    return False
