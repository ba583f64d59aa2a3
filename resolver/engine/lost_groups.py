"""The whole group told dead (data/survivors.json 'group'): a market asking that the people of a group
come through alive ('Will at least one of the four miners trapped in the Gleision Colliery be rescued
alive?', 'Will the four Americans taken hostage aboard the yacht Quest be freed alive?') and a sentence
telling that every one of them is dead: 'All four coal miners … have been found dead', 'Welsh mine
tragedy as all missing found dead', 'Pirates Kill 4 Hostages on U.S. Yacht', 'the bodies of all six
miners were recovered'. Whether the market asks for any or for all of them alive, none can come out
alive now: the act cannot come. Read by rules/ended_prospects.py under `ruled_out`, beside
no_survivors.py ('there were no survivors').

The group is the market's: the dead are counted with the market's own number ('four' for 'the four
miners'), or called 'all' of a group the sentence or its title ties to the market, and the noun, when
there is one, is a noun of people the market uses ('miners', 'hostages', 'workers'). A count of part of
the group is no such finding: 'One of four at Gleision Colliery dead', 'three of the four miners were
found dead' (the market's number after 'of' names the whole, not the dead), and another count is
another group ('the explosion that killed 25 coworkers', 'the bodies of 18 miners'). Not a guess or a
fear ('feared dead', 'presumed dead', 'may have died'), a negated, conditional or planned death ('if
all four were killed', 'threatened to kill four hostages'), nor a finding of them alive ('all four
miners were found alive')."""

from __future__ import annotations

from functools import lru_cache

from typing import TYPE_CHECKING

from .lexicon import NUMBER_WORDS
from .packaged import load_json
from .text import Sentence, conditional_clause, tokenize

if TYPE_CHECKING:  # (analysis reads this module: told() admits a sentence it would otherwise pass over)
    from .analysis import MarketContext, SentenceFacts

_ALL = load_json("survivors.json")
ASKED = frozenset(_ALL["asked"])
UNSURE = frozenset(_ALL["unsure"])
_DATA = _ALL["group"]
PEOPLE = frozenset(_DATA["people"])          # plural nouns of people a market's group is told in
DEAD = frozenset(_DATA["dead"])              # 'dead' after a copula or a finding verb
DIED = frozenset(_DATA["died"])              # verbs of dying told of the group ('died', 'perished')
KILLED = frozenset(_DATA["killed"])          # verbs whose object dies ('killed', 'executed')
_PLANNED = frozenset({"to", "will", "would", "could", "might", "may", "threaten", "threatened", "threatens", "vowed",
                      "if", "unless", "whether"})
_BREAKS = frozenset({";", ":", "but", "though", "although", "while", "whereas", "—", "–"})
REACH = 24  # words from the group's count to its death predicate (a relative clause may stand between)
_WORD_NUMBERS = {w: n for w, n in NUMBER_WORDS.items() if w not in ("a", "an")}


@lru_cache(maxsize=512)
def _asks_alive(question: str) -> bool:
    return any(t.lower in ASKED for t in tokenize(question))


def asked(ctx: MarketContext) -> bool:
    """The market asks that someone come through alive (as no_survivors.asked)."""
    return ctx.target.kind == "event" and _asks_alive(ctx.market.question)


def _number(word: str) -> int | None:
    w = word.lower().replace(",", "")
    if w.isdigit():
        return int(w)
    return _WORD_NUMBERS.get(w)


@lru_cache(maxsize=512)
def group_size(text: str) -> int | None:
    """The market's group count: a number right before a noun of people ('the four miners', 'all 29
    miners', 'the 13 coal miners', 'the four Americans'), not one before 'of' ('one of the four')."""
    toks = [t.text for t in tokenize(text)]
    low = [t.lower() for t in toks]
    for k, w in enumerate(low):
        n = _number(w)
        if n is None or n < 2 or k + 1 >= len(low) or low[k + 1] == "of":
            continue
        for j in range(k + 1, min(len(low), k + 4)):
            if low[j] in PEOPLE:
                return n
    return None


def _market_people(ctx: MarketContext) -> frozenset[str]:
    return _people_in(ctx.market.question + " " + (ctx.market.criteria or ""))


@lru_cache(maxsize=512)
def _people_in(text: str) -> frozenset[str]:
    """The nouns of people the market's words name, in the plural ('hostages' for 'taken hostage')."""
    words = {t.lower for t in tokenize(text)} | {lem for t in tokenize(text) for lem in t.lemmas}
    return frozenset(p for p in PEOPLE if p in words or p.rstrip("s") in words)


def _subject(low: list[str], k: int, size: int | None, people: frozenset[str]) -> tuple[int, int] | None:
    """(start, end) of a group phrase at token k told whole: 'all four coal miners', 'all missing',
    '4 hostages', 'the six miners'; None for a part ('one of four', 'three of the four miners')."""
    start = k
    if low[k] == "all":
        j = k + 1
        if j < len(low) and low[j] in ("the", "of"):
            j += 1
            if j < len(low) and low[j] == "the":
                j += 1
        n = _number(low[j]) if j < len(low) else None
        if n is not None and size is not None and n != size:
            return None
        end = j + (1 if n is not None else 0)
        for e in range(end, min(len(low), end + 3)):
            if low[e] in PEOPLE:
                return (start, e + 1) if low[e] in people or not people else None
        return start, end  # 'all missing found dead': 'all' told of the group the headline is about
    n = _number(low[k])
    if n is None or size is None or n != size or (k > 0 and low[k - 1] in ("than", "about", "nearly", "over")):
        return None
    if _of_whole(low, k) and not _bodies(low, k):
        return None  # 'three of the four miners', 'one of four': the market's number names the whole
    for e in range(k + 1, min(len(low), k + 4)):
        if low[e] in PEOPLE:
            return (start, e + 1) if low[e] in people else None
    return None


def _of_whole(low: list[str], k: int) -> bool:
    return (k > 0 and low[k - 1] == "of") or (k > 1 and low[k - 1] == "the" and low[k - 2] == "of")


def _bodies(low: list[str], k: int) -> int | None:
    """The index of 'bodies' in 'the bodies of [all] [the] N …' before the group phrase at k, else None."""
    j = k - 1
    while j >= 0 and low[j] in ("the", "all"):
        j -= 1
    return j - 1 if j >= 1 and low[j] == "of" and low[j - 1] in ("bodies", "remains") else None


def _death_after(low: list[str], end: int) -> int | None:
    """The index of the group's death predicate after its phrase: 'have been found dead', 'died',
    'were killed', 'found dead'; None at a break or a word of doubt first."""
    for j in range(end, min(len(low), end + REACH)):
        w = low[j]
        if w in _BREAKS or w in ("alive", "survived", "rescued", "safe"):
            return None
        if w in UNSURE:
            return None  # 'feared dead', 'presumed dead', 'may have died'
        if w in DEAD or w in DIED or (w in KILLED and j > 0 and low[j - 1] in ("were", "been", "was", "are")):
            return j
    return None


def _killed_before(low: list[str], k: int) -> int | None:
    """'Pirates Kill 4 Hostages', 'killed four American hostages': the verb of killing right before the
    group's count (an article or 'all' between at most), not planned ('threatened to kill')."""
    j = k - 1
    while j >= 0 and low[j] in ("all", "the"):
        j -= 1
    if j < 0 or low[j] not in KILLED:
        return None
    if any(w in _PLANNED for w in low[max(0, j - 3):j]):
        return None
    return j


def _scan(ctx: MarketContext, sent: Sentence) -> tuple[int, int, int] | None:
    """(start, end, predicate index) of the market's whole group told dead in the sentence's words."""
    if not asked(ctx):
        return None
    text = sent.text.lower()
    if not any(w in text for w in ("dead", "died", "kill", "perish", "drown", "bodies", "remains", "execut", "murder",
                                   "slain", "behead")):
        return None
    size = group_size(ctx.market.question) or group_size(ctx.market.criteria or "")
    people = _market_people(ctx)
    low = [t.lower for t in sent.tokens]
    for k, w in enumerate(low):
        if w != "all" and _number(w) is None:
            continue
        span = _subject(low, k, size, people)
        if span is None:
            continue
        s, e = span
        if low[s] == "all" and e - s <= 1:
            continue  # 'all' alone
        killer = _killed_before(low, s)
        bodies = _bodies(low, s)
        pred = killer if killer is not None else bodies if bodies is not None else _death_after(low, e)
        if pred is not None:
            return s, e, pred
    return None


def _tied(ctx: MarketContext, sent: Sentence, title: str) -> bool:
    """The sentence or its title names the market's party or place, or a word of its name ('a South Wales
    colliery' for 'the Gleision Colliery')."""
    words = {t.lower for t in sent.tokens} | {t.lower for t in tokenize(title)}
    if words & ctx.object_head or any(p.search(sent.text) or p.search(title) for p in ctx.actor_patterns.values()):
        return True
    return bool(words & _name_words(tuple(ctx.actor_patterns)))


@lru_cache(maxsize=256)
def _name_words(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(t.lower for n in names for t in tokenize(str(n)) if len(t.lower) > 3 and t.lower.isalpha())


def told(ctx: MarketContext, sent: Sentence, title: str) -> bool:
    """The sentence tells the market's whole group dead and is tied to the market (analysis reads it
    then, though it names neither the market's act nor its party: 'All four coal miners … in a South
    Wales colliery have been found dead')."""
    return _scan(ctx, sent) is not None and _tied(ctx, sent, title)


def find(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(the death predicate's index, its words) when the sentence tells every one of the market's
    group dead; None otherwise."""
    from .analysis import negation  # (imported late: analysis imports this module)
    found = _scan(ctx, f.sent)
    if found is None:
        return None
    s, e, pred = found
    low = [t.lower for t in f.sent.tokens]
    if not (f.actors or f.object_idx or _tied(ctx, f.sent, f.article.title)):
        return None  # a group the sentence and its title do not tie to the market
    if negation(f, pred) or conditional_clause(f.sent, pred):
        return None
    a, _ = f.sent.clause_of(pred)
    if any(x in UNSURE for x in low[max(a, pred - 3):pred]) or any(x in _PLANNED for x in low[max(a, pred - 2):pred]):
        return None  # 'may have died', 'threatened to kill', 'will be declared dead'
    lo, hi = min(s, pred), max(e, pred + 1)
    words = " ".join(t.text for t in f.sent.tokens[lo:hi]) if hi - lo <= 8 else \
        f"{' '.join(t.text for t in f.sent.tokens[s:e])} … {f.sent.tokens[pred].text}"
    return pred, words
