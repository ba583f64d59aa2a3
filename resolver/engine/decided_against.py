"""A decision against the act by the party that would do it: 'IOC decides not to ban entire Russian
team from Olympics', 'have decided not to pursue an acquisition of Maxim', 'decided against raising
rates', 'Olympic leaders stopped short Sunday of imposing a complete ban on Russia'. The decision is
done, and it is the other way: read by the opposite-outcome rule, which weighs it as any decision
gone the other way (in full for the one occasion a market names, else as a setback that could be
revisited).

Read only when the deciding verb is itself affirmed (not 'may decide not to', 'if it decides
against'), the act's own word (verb, gerund or event noun) follows it closely, and the sentence's
subject before the deciding verb names a party to the market ('Saudi Arabia decided not to take
part' is another party's choice and another act)."""

from __future__ import annotations

from .analysis import MarketContext, SentenceFacts, negation
from .text import conditional_clause

# verbs whose 'not to' + act is a decision against it ('decided not to', 'opted not to', 'voted not to')
_DECIDING = frozenset({"decide", "opt", "choose", "elect", "vote", "resolve"})
# verbs whose 'against' + act is one ('decided against raising', 'voted against a ban')
_AGAINST = frozenset({"decide", "opt", "rule"})
# 'stopped short (Sunday) of imposing a complete ban', 'refrained from banning'
_SHORT = frozenset({"stop", "fall"})
_REFRAIN = frozenset({"refrain"})
_HEDGES = frozenset({"may", "might", "could", "would", "should", "will", "to", "if", "whether", "considering",
                     "consider", "weigh", "weighing"})
_REACH = 5  # tokens from the cue to the act's word ('stopped short of imposing a complete ban')


def _affirmed(f: SentenceFacts, k: int) -> bool:
    """The deciding verb at k is told as done: no hedge, modal or condition before it."""
    toks = f.sent.tokens
    if negation(f, k) or conditional_clause(f.sent, k):
        return False
    return not any(toks[j].lower in _HEDGES for j in range(max(0, k - 3), k)) and not toks[k].lower.endswith("ing")


def _subject_party(ctx: MarketContext, f: SentenceFacts, k: int) -> bool:
    before = f.sent.text[:f.sent.tokens[k].start]
    a, _ = f.sent.clause_of(k)
    clause = f.sent.text[f.sent.tokens[a].start:f.sent.tokens[k].start]
    return any(p.search(clause) for p in ctx.actor_patterns.values()) or (
        a == 0 and any(p.search(before) for p in ctx.actor_patterns.values()))


def find(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(index of the deciding verb, wording) of a decision against the market's act, else None."""
    acts = sorted(set(f.act_idx) | set(f.act_noun_idx))
    if not acts or ctx.target.kind != "event":
        return None
    toks = f.sent.tokens
    low = [t.lower for t in toks]
    for k, t in enumerate(toks):
        cue = None
        if t.lemmas & _DECIDING and low[k + 1:k + 3] == ["not", "to"]:
            cue = k + 3  # 'decides not to ban'
        elif t.lemmas & _AGAINST and low[k + 1:k + 2] == ["against"]:
            cue = k + 2  # 'decided against a ban'
        elif t.lemmas & _SHORT and "short" in low[k + 1:k + 2]:
            of = next((j for j in range(k + 2, min(len(low), k + 5)) if low[j] == "of"), None)
            cue = of + 1 if of is not None else None  # 'stopped short Sunday of imposing a complete ban'
        elif t.lemmas & _REFRAIN and low[k + 1:k + 2] == ["from"]:
            cue = k + 2  # 'refrained from banning'
        if cue is None:
            continue
        act = next((i for i in acts if cue <= i < cue + _REACH), None)
        if act is None or any(low[j] in (",", ";", "but", "and") for j in range(cue, act)):
            continue
        if not _affirmed(f, k) or not _subject_party(ctx, f, k):
            continue
        words = " ".join(x.text for x in toks[k:act + 1])
        return k, f"'{words}' (a decision against the act)"
    return None
