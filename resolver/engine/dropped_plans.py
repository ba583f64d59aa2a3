"""A plan toward the market's act given up, told in words other than the act's own (issue 10):
'Justworks and foot retailer Fresh Market both scuttled their IPO plans' for a market on Justworks
beginning to trade, 'Microsoft dropped its blockbuster bid to acquire Yahoo' for a market on a
Microsoft–Yahoo merger agreement. The calling-off verb (cancellations.json 'dropped_plans') takes
a noun phrase holding a plan noun whose words the market's question holds (an IPO is the plan to go
public; a bid, offer or proposal the plan to acquire); the verb is reported as done, unnegated,
unconditional, and a market actor gives the plan up (it comes before the verb). Read by
rules/ruled_out.py as a calling-off of the act."""

from __future__ import annotations

from functools import lru_cache

from . import roles
from .analysis import MarketContext, SentenceFacts, aspect, negation
from .packaged import load_json
from .text import conditional_clause, lemmas_of, tokenize
from .verb_aspect import concessive_adjunct

_DATA = load_json("cancellations.json")["dropped_plans"]
VERBS = frozenset(_DATA["verbs"])
NOUNS: dict[str, frozenset[str]] = {n: frozenset(ws) for n, ws in _DATA["nouns"].items()}
REVIVED = frozenset(_DATA["revived"])
OWN_PLANS = frozenset(_DATA["own_plans"])  # a party's own plan ('comeback'): no other party to name
ROLE_NOUNS = frozenset(_DATA["role_nouns"])  # 'withdrew as a nominee', 'from consideration'
NOMINATIONS = frozenset(_DATA["nominations"])  # the nominee may be named anywhere in the sentence
_ROLE_PREPS = frozenset({"as", "from"})
_DETS = frozenset({"a", "an", "the", "his", "her", "their", "its"})
_HEADS = frozenset(NOUNS) | {"plan", "plans"}
REACH = 5  # words after the verb within which its object's plan noun must stand
# words that end the verb's object noun phrase: what follows is an adjunct or another clause
_NP_ENDS = frozenset({"to", "for", "of", "in", "on", "at", "from", "by", "after", "before", "amid", "over", "and",
                      "or", "but", "as", "with", "since", "because", "that", "which", "who", "while", "when", ",",
                      ";", ":", ".", "(", ")", "-", "—", "–", "\"", "“", "”"})


@lru_cache(maxsize=256)
def _asked_plans(question: str) -> frozenset[str]:
    """Plan nouns the question is about: those one of whose words the question holds."""
    words = {lem for t in tokenize(question) for lem in lemmas_of(t.lower) | {t.lower}}
    return frozenset(n for n, ws in NOUNS.items() if words & ws)


def _plan_noun(f: SentenceFacts, k: int, asked: frozenset[str]) -> int | None:
    """The index of an asked plan noun in the object noun phrase right after the verb at k."""
    toks = f.sent.tokens
    for j in range(k + 1, min(len(toks), k + 1 + REACH)):
        if toks[j].lower in _ROLE_PREPS:  # 'withdrew this morning as a nominee': the role the party leaves
            r = j + 2 if j + 2 < len(toks) and toks[j + 1].lower in _DETS else j + 1
            return r if r < len(toks) and toks[r].lower in ROLE_NOUNS & asked else None
        if toks[j].lower in _NP_ENDS:
            return None
        if toks[j].lemmas & asked or toks[j].lower in asked:
            return j
    return None


def _party_gives_up(ctx: MarketContext, f: SentenceFacts, k: int, own: bool = False, nominee: bool = False) -> bool:
    """A market actor stands before the verb (the party giving the plan up; no other party is
    its doer) and, for a market naming two parties or more, another is named in the sentence: a
    third party's bid for one of them is not the market's deal."""
    before = f.sent.text[:f.sent.tokens[k].start]
    if nominee:  # 'the White House withdrew the nomination of …': the nominee named anywhere
        before = f.sent.text
    if not any(p.search(before) for p in ctx.actor_patterns.values()):
        return False
    if ctx.target.candidate and ctx.candidate_pattern:  # 'Will Pfizer win the bidding war?': a rival's bid is not Pfizer's
        return bool(ctx.candidate_pattern.search(before))
    return (own or len(f.actors) >= min(2, len(ctx.actor_patterns))) and roles.other_agent(ctx, f, k) is None


def find(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str, str] | None:
    """(the verb's index, the reason, the temporal reading) when the sentence tells a market party
    giving up its plan toward the act, else None."""
    asked = _asked_plans(ctx.market.question)
    if not asked or not f.actors or any(lemmas_of(t.lower) & REVIVED for t in f.sent.tokens):
        return None
    toks = f.sent.tokens
    for k, t in enumerate(toks):
        hits = sorted(t.lemmas & VERBS)
        if not hits or t.lemmas & ctx.act_verbs:
            continue  # 'Will BHP drop its bid?': dropping it is the act
        j = _plan_noun(f, k, asked)
        if j is None or aspect(f.sent, k, hits[0]) != "past" or negation(f, k) or conditional_clause(f.sent, k) \
                or concessive_adjunct(f.sent, k) or not _party_gives_up(ctx, f, k, toks[j].lower in OWN_PLANS,
                                                                  toks[j].lower in NOMINATIONS):
            continue
        while j + 1 < len(toks) and toks[j + 1].lower in _HEADS:
            j += 1  # 'their IPO plans', 'its buyout proposal': the phrase to its head
        words = " ".join(x.text for x in toks[k:j + 1])
        deadline = ctx.market.deadline
        return (k, f"act called off or pushed back: plan toward it given up: '{words}'",
                f"'{words}' with no new date before the deadline {deadline:%a %d %b %Y %H:%M %z}")
    return None
