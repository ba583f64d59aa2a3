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

from . import beaten_rivals, bid_objects, delays, roles
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


_PLAN_HEADS = frozenset({"plan", "plans"})
PLAN_TO_REACH = 10  # words after 'plan to' within which the act's verb or a word of its object must stand
_WHEN_WORDS = frozenset({"yesterday", "today", "tonight"})


_GENERIC = frozenset({"will", "with", "from", "that", "this", "than", "more", "least", "before", "after", "into", "over",
                      "under", "their", "there", "have", "been", "being", "which", "what", "when", "where", "announce",
                      "report", "publicly", "officially", "year", "month", "week", "deadline"})


@lru_cache(maxsize=256)
def _question_words(question: str) -> frozenset[str]:
    """The question's own words and lemmas that can tell a plan's content ('sale of a majority stake',
    'taken private'): lower-case words of four letters or more, not a name (written capitalised), a
    month or a number, nor a word any question holds."""
    out: set[str] = set()
    for t in tokenize(question):
        w = t.text
        if len(w) < 4 or not w.isalpha() or not w.islower() or w in _GENERIC:
            continue
        out |= lemmas_of(w) | {w}
    return frozenset(out)


def _plan_to_act(ctx: MarketContext, f: SentenceFacts, k: int) -> int | None:
    """'voted … to cancel the company's plan to sell a majority stake in … Adam Opel', 'abandoning his
    plans to consider turning the … automaker into a private company': a bare plan noun in the object
    of the verb at k whose 'to' clause holds the act's verb or a word of the market's object: the plan
    toward the act, whatever noun the question gives it. The index of the plan noun."""
    toks = f.sent.tokens
    for j in range(k + 1, min(len(toks), k + 1 + REACH)):
        if toks[j].lower in _PLAN_HEADS:
            if j + 1 >= len(toks) or toks[j + 1].lower != "to":
                return None
            words = ctx.act_verbs | _question_words(ctx.market.question)
            tail = range(j + 2, min(len(toks), j + 2 + PLAN_TO_REACH))
            return j if any(toks[m].lemmas & words or toks[m].lower in words for m in tail) else None
        if toks[j].lower in _NP_ENDS:
            return None
    return None


def _decided(f: SentenceFacts, k: int, lemma: str) -> bool:
    """The giving-up at k told as done: past, decided ('voted yesterday to cancel'), or under way
    right after 'is'/'are' ('he is abandoning his plans')."""
    words = [t.lower for t in f.sent.tokens]
    told = aspect(f.sent, k, lemma)
    if told == "past" or delays.decided_to(words, k):
        return True
    if k >= 3 and words[k - 1] == "to" and words[k - 2] in _WHEN_WORDS and delays.decided_to(words[:k - 2] + words[k - 1:], k - 1):
        return True
    return told == "ongoing" and k >= 1 and words[k - 1] in ("is", "are")


_SAYING = frozenset({"said", "says", "announced", "confirmed", "stated", "told"})


def _announced(f: SentenceFacts, k: int, lemma: str) -> bool:
    """The giving-up at k made known as the party's decision, not yet told as done: decided ('have decided to
    unconditionally withdraw the bill'), said it would be done ('said it would withdraw its bid'), or said to
    be under way ('said on Thursday it was dropping a bill'); an adverb before the verb is read past."""
    if _decided(f, k, lemma):
        return True
    words = [t.lower for t in f.sent.tokens]
    if k >= 1 and words[k - 1].endswith("ly") and words[k - 1] not in ("only", "early"):
        words = words[:k - 1] + words[k:]  # 'to unconditionally withdraw': the adverb aside
        k -= 1
    if delays.decided_to(words, k) or delays.said_it_would(words, k):
        return True
    return words[k].endswith("ing") and k >= 3 and words[k - 1] in ("was", "were") and words[k - 2] in ("it", "they") \
        and any(w in _SAYING for w in words[max(0, k - 8):k - 2])


def find(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str, str] | tuple[int, str, str, frozenset[str]] | None:
    """(the verb's index, the reason, the temporal reading[, the plan's own words, which hedge nothing])
    when the sentence tells a market party giving up its plan toward the act, else None."""
    asked = _asked_plans(ctx.market.question)
    if not f.actors or any(lemmas_of(t.lower) & REVIVED for t in f.sent.tokens):
        return None
    toks = f.sent.tokens
    for k, t in enumerate(toks):
        hits = sorted(t.lemmas & VERBS)
        if not hits or t.lemmas & ctx.act_verbs:
            continue  # 'Will BHP drop its bid?': dropping it is the act
        j = _plan_noun(f, k, asked) if asked else None
        planned = j is None
        if planned:
            j = _plan_to_act(ctx, f, k)
            if j is not None and not _decided(f, k, hits[0]):
                continue
        elif aspect(f.sent, k, hits[0]) != "past" and not _announced(f, k, hits[0]):
            continue
        if j is not None and beaten_rivals.rival_gave_up(ctx, f, k) is not None:
            continue  # 'Dish Network abandoned its bid' for 'Will SoftBank beat Dish Network?': the rival's exit
        if j is None or negation(f, k) or conditional_clause(f.sent, k) \
                or concessive_adjunct(f.sent, k) or not _party_gives_up(ctx, f, k, toks[j].lower in OWN_PLANS,
                                                                  toks[j].lower in NOMINATIONS):
            continue
        while j + 1 < len(toks) and toks[j + 1].lower in _HEADS:
            j += 1  # 'their IPO plans', 'its buyout proposal': the phrase to its head
        if not planned and (bid_objects.replaced(f.sent, k) or bid_objects.other_target(f.sent, j, ctx.actor_patterns.values())):
            continue  # 'withdrew its offer and tabled a higher one', 'withdrew its offer for Reynolds Metals' (bid_objects.py)
        words = " ".join(x.text for x in toks[k:j + (3 if planned else 1)])  # 'cancel the company's plan to sell'
        deadline = ctx.market.deadline
        found = (k, f"act called off or pushed back: plan toward it given up: '{words}'",
                 f"'{words}' with no new date before the deadline {deadline:%a %d %b %Y %H:%M %z}")
        return (*found, frozenset(x.lower for x in toks[j:j + 2 + PLAN_TO_REACH])) if planned else found
    return None
