"""A craft lost (data/lost_craft.json): a market asking that a named craft do or undergo something
that needs it whole ('Will ISRO's EOS-03 … satellite be successfully placed in orbit', 'Will
SpaceIL's Beresheet lander successfully land on the Moon') and a sentence telling that craft lost,
destroyed or crashed ('The 2,268 kg EOS-03 communication satellite carried by the rocket was lost',
'Israeli spacecraft crashes during moon landing'): no other attempt can follow, so the act cannot
come. Read by rules/ruled_out.py.

The loss must be told of the craft itself, as the subject of the loss verb: its name from the
question, or its noun with only words of the market before it ('the lander', 'Israeli
spacecraft'), never after a preposition ('communication with Luna-25 was lost' tells a link lost,
not the craft) nor as a possessor ('MethaneSAT's signal'). Told as done (past, or a headline's
present), not negated, not in a condition, and not a guess ('appeared to have crashed', 'assumed
to be lost': the reading is then not made). Or told of the craft as the object of a destroying verb in
the active, in its main clause ('The explosion destroyed the rocket and spacecraft'): the object's words
before the craft are determiners, the market's own words or the vehicle carrying it ('the rocket and');
not in a relative clause ('an explosion that destroyed a rocket and satellite' dates another event)."""

from __future__ import annotations

import re
from functools import lru_cache

from .analysis import MarketContext, SentenceFacts, aspect, negation
from .packaged import load_json
from .text import conditional_clause, tokenize

_DATA = load_json("lost_craft.json")
CRAFT = frozenset(_DATA["craft"])
ACTS = frozenset(_DATA["acts"])
PASSIVE = frozenset(_DATA["passive"])
ACTIVE = frozenset(_DATA["active"])
PHRASAL = frozenset(tuple(p.split()) for p in _DATA["phrasal"])
_PHRASAL_FIRST = frozenset(p[0] for p in PHRASAL)
UNSURE = frozenset(_DATA["unsure"])
DESTROYING = frozenset(_DATA["destroying"])
CARRIERS = frozenset(_DATA["carriers"])
_BE = frozenset({"was", "were", "is", "are", "been", "be", "being", "got"})
_PREPOSITIONS = frozenset({"with", "of", "from", "to", "between", "for", "on", "aboard", "by", "about", "and", "or",
                           "than", "like", "after", "before", "into", "onto", "at", "in"})
_OPENERS = frozenset({"that", "said", "says", "announced", "confirmed", "when", "as", "while", "because", "but",
                      "after", "where", "which", "who"})
_DETERMINERS = frozenset({"the", "its", "their", "a", "an", "this", "that"})
_NAME = re.compile(r"^(?=.*[A-Za-z])[A-Z0-9][\w-]*$")


@lru_cache(maxsize=1024)
def _craft_of(question: str) -> tuple[str, frozenset[str]] | None:
    """The craft noun the question names and the names standing before it in its noun phrase
    ('ISRO's EOS-03 Earth observation satellite' → satellite, {eos-03}; 'SpaceIL's Beresheet
    lander' → lander, {beresheet}), lower-cased; possessors ('ISRO's') are owners, not names."""
    toks = tokenize(question)
    at = next((k for k, t in enumerate(toks) if t.lower in CRAFT), None)
    if at is None:
        return None
    names = set()
    for t in reversed(toks[max(0, at - 4):at]):
        if t.lower in _DETERMINERS or t.lower in ("will", "'s", "’s"):
            break
        if _NAME.match(t.text) and not t.lower.endswith(("'s", "’s")) and (any(c.isdigit() for c in t.text)
                                                                         or t.text[1:] != t.text[1:].lower()
                                                                         or t is toks[at - 1]):
            names.add(t.lower)
    # a name ahead of its owner's possessive ('MethaneSAT's operators … the satellite')
    names |= {t.lower[:-2] for t in toks if t.lower.endswith(("'s", "’s")) and t.text[:1].isupper()
              and any(c.isupper() for c in t.text[1:-2])}
    return toks[at].lower, frozenset(n for n in names if len(n) > 2)


def asked(ctx: MarketContext) -> tuple[str, frozenset[str]] | None:
    """The market's craft when its act needs the craft whole, else None."""
    if ctx.target.kind not in ("event", "state") or (ctx.target.act or "") not in ACTS \
            or ctx.target.kind == "state" and ctx.target.act != "survive":
        return None
    return _craft_of(ctx.market.question) or _craft_of(ctx.market.criteria)


def _loss_verb(f: SentenceFacts) -> tuple[int, str] | None:
    """The first loss verb told as done: (its index, its words)."""
    toks = f.sent.tokens
    for k, t in enumerate(toks):
        lemma = next((lem for lem in sorted(t.lemmas) if lem in PASSIVE | ACTIVE or lem in _PHRASAL_FIRST), None)
        if lemma is None or t.lower == lemma and not f.sent.headline:
            continue
        words = t.text
        if lemma in _PHRASAL_FIRST:
            if k + 1 >= len(toks) or (lemma, toks[k + 1].lower) not in PHRASAL:
                continue
            words = f"{t.text} {toks[k + 1].text}"
        elif lemma in PASSIVE:
            if k == 0 or toks[k - 1].lower not in _BE:
                continue
            words = f"{toks[k - 1].text} {t.text}"
        elif k > 0 and toks[k - 1].lower in _BE | _DETERMINERS:
            continue  # 'was crashed', 'the crashes': not the craft's own act
        if aspect(f.sent, k, lemma) != "past" or negation(f, k) or conditional_clause(f.sent, k):
            continue
        return k, words
    return None


def _subject_is_craft(ctx: MarketContext, f: SentenceFacts, k: int, craft: tuple[str, frozenset[str]]) -> bool:
    """The loss verb's subject (its clause's words before it, less an auxiliary) names the craft:
    by a name from the question, or by its noun with only determiners and words of the market
    before it; no preposition and no possessor before the name or noun."""
    noun, names = craft
    toks = f.sent.tokens
    a, _ = f.sent.clause_of(k)
    subject = [t for t in toks[a:k] if t.lower not in _BE and t.lower not in ("has", "have", "had")]
    market_words = {t.lower for t in tokenize(f"{ctx.market.question} {ctx.market.criteria}")}
    # the subject opens after the last word that opens a clause ('Roscosmos announced that the …')
    opened = max((j + 1 for j, t in enumerate(subject) if t.lower in _OPENERS or t.text in (",", ";", ":")), default=0)
    subject = subject[opened:]
    head = next((j for j, t in enumerate(subject) if t.lower in _PREPOSITIONS), len(subject))
    subject = subject[:head]
    if any(t.lower in names for t in subject):
        return True
    for j, t in enumerate(subject):
        if t.lower == noun or (t.lower in CRAFT and t.lower in market_words):
            return all(w.lower in _DETERMINERS or w.lower in market_words for w in subject[:j]) and \
                bool(names & {w.lower for w in tokenize(f.article.title + " " + f.article.text)})
    return False


def find(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(the loss verb's index, the words for the trace) when the sentence tells the market's craft
    lost, destroyed or crashed; None otherwise."""
    craft = asked(ctx)
    if craft is None:
        return None
    found = _loss_verb(f)
    if found is None:
        return _destroyed(ctx, f, craft)
    k, words = found
    low = [t.lower for t in f.sent.tokens]
    if any(w in UNSURE for w in low[max(0, k - 5):k]):
        return None  # 'appeared to have crashed', 'Assumed To Be Lost': a guess
    if not _subject_is_craft(ctx, f, k, craft):
        return _destroyed(ctx, f, craft)
    return k, words


_RELATIVE = frozenset({"that", "which", "who", "when", "after", "if", "unless", "before", "since"})


def _destroyed(ctx: MarketContext, f: SentenceFacts, craft: tuple[str, frozenset[str]]) -> tuple[int, str] | None:
    """'The explosion destroyed the rocket and spacecraft': a destroying verb told done, in the
    active, with the craft (its name, or its noun with only determiners, the market's words and the
    carrying vehicle before it) as its object; the article names the craft by a name of the question."""
    noun, names = craft
    toks = f.sent.tokens
    market_words = {t.lower for t in tokenize(f"{ctx.market.question} {ctx.market.criteria}")}
    for k, t in enumerate(toks):
        lemma = next((lem for lem in t.lemmas if lem in DESTROYING), None)
        if lemma is None or k == 0 or toks[k - 1].lower in _BE or toks[k - 1].lower in _DETERMINERS:
            continue  # 'was destroyed' is the passive reading; 'the wreck' a noun
        a, _ = f.sent.clause_of(k)
        if any(w.lower in _RELATIVE for w in toks[a:k]) or any(w.lower in UNSURE for w in toks[max(0, k - 5):k]):
            continue  # 'an explosion that destroyed …': another event told to date this one
        if (aspect(f.sent, k, lemma) != "past" and not f.sent.headline) or negation(f, k) or conditional_clause(f.sent, k):
            continue
        for j in range(k + 1, min(len(toks), k + 7)):
            w = toks[j].lower
            if w in names or w.rstrip("s") == noun or (w.rstrip("s") in CRAFT and w.rstrip("s") in market_words):
                if w in names or names & {x.lower for x in tokenize(f.article.title + " " + f.article.text)}:
                    return k, f"{t.text} {' '.join(x.text for x in toks[k + 1:j + 1])}"
                break
            if not (w in _DETERMINERS or w in CARRIERS or w in market_words):
                break
    return None
