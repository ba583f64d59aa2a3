"""No one left to rescue (data/survivors.json): a market asking that someone be rescued, found or
brought back alive ('Will any crew member of the sunken Russian submarine Kursk be rescued alive
…?') and a sentence telling, as a finding, that there are no survivors: 'there was no chance of
finding any survivors' (an impossibility), 'There Were No Survivors' / 'there were no survivors'
(a copula's 'no survivors'), a headline opening with 'No Survivors', 'no one survived'. The act
cannot come. Read by rules/ruled_out.py.

Not a count so far ('no survivors have been found', 'no survivors yet', 'no signs of survivors':
the search may go on), a guess or a fear ('there may be no survivors', 'feared there were no
survivors'), a negated or conditional finding ('if there are no survivors'), nor a sentence that
names neither the market's actors nor its object in an article whose title names neither."""

from __future__ import annotations

from functools import lru_cache

from .analysis import MarketContext, SentenceFacts, negation
from .packaged import load_json
from .text import conditional_clause, tokenize

_DATA = load_json("survivors.json")
ASKED = frozenset(_DATA["asked"])
SURVIVORS = frozenset(_DATA["survivors"])
CHANCES = frozenset(_DATA["chances"])
NOBODY = tuple(tuple(p.split()) for p in _DATA["nobody"])
SO_FAR = tuple(tuple(p.split()) for p in _DATA["so_far"])
UNSURE = frozenset(_DATA["unsure"])
_COPULA = frozenset({"was", "were", "is", "are", "be", "been"})
_ANY = frozenset({"any", "more", "other", "further"})


@lru_cache(maxsize=1024)
def _asks_alive(text: str) -> bool:
    return any(t.lower in ASKED for t in tokenize(text))


def asked(ctx: MarketContext) -> bool:
    """The market asks that someone come through alive ('be rescued alive', 'any survivors')."""
    return ctx.target.kind == "event" and _asks_alive(ctx.market.question)


def _has(low: list[str], at: int, phrase: tuple[str, ...]) -> bool:
    return low[at:at + len(phrase)] == list(phrase)


def _finding(f: SentenceFacts) -> tuple[int, str] | None:
    """(index, words) of the 'no survivors' finding the sentence tells, else None."""
    low = [t.lower for t in f.sent.tokens]
    for k, w in enumerate(low):
        if w in SURVIVORS:
            j = k - 1
            while j >= 0 and low[j] in _ANY:
                j -= 1
            # 'no chance of finding any survivors': 'no' + a chance noun + 'of', a gerund between
            if j >= 3 and low[j].endswith("ing") and low[j - 1] == "of" and low[j - 2] in CHANCES and low[j - 3] == "no":
                return k, " ".join(t.text for t in f.sent.tokens[j - 3:k + 1])
            if j >= 2 and low[j] == "of" and low[j - 1] in CHANCES and low[j - 2] == "no":
                return k, " ".join(t.text for t in f.sent.tokens[j - 2:k + 1])
            if j < 0 or low[j] != "no":
                continue
            # 'there were no survivors'; a headline opening with 'No Survivors'
            if (j >= 1 and low[j - 1] in _COPULA) or (j == 0 and f.sent.headline):
                lead = j - 2 if j >= 2 and low[j - 2] == "there" else j - 1 if j >= 1 else 0
                return k, " ".join(t.text for t in f.sent.tokens[lead:k + 1])
        for phrase in NOBODY:  # 'no one survived'
            if _has(low, k, phrase) and k + len(phrase) < len(low) and low[k + len(phrase)] == "survived":
                return k + len(phrase), " ".join(t.text for t in f.sent.tokens[k:k + len(phrase) + 1])
    return None


def find(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(the finding's index, its words) when the sentence tells that no one of the market's came
    through alive; None otherwise."""
    if not asked(ctx):
        return None
    found = _finding(f)
    if found is None:
        return None
    k, words = found
    low = [t.lower for t in f.sent.tokens]
    a, b = f.sent.clause_of(k)
    if any(w in UNSURE for w in low[a:k]) or conditional_clause(f.sent, k):
        return None  # 'there may be no survivors', 'if there are no survivors'
    if any(_has(low, n, p) for n in range(k + 1, b) for p in SO_FAR):
        return None  # 'no survivors have been found so far': a count so far
    start = k - len(words.split()) + 1
    if start > 0 and negation(f, start):
        return None
    if not (f.actors or f.object_idx) and not _title_names(ctx, f):
        return None
    return k, words


def _title_names(ctx: MarketContext, f: SentenceFacts) -> bool:
    title = f.article.title
    words = {t.lower for t in tokenize(title)}
    return bool(words & ctx.object_head) or any(p.search(title) for p in ctx.actor_patterns.values())
