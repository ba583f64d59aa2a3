"""Categories of one prize or contest: the Pulitzer Prize for Drama and the Pulitzer Prize for
fiction are two prizes, the women's and the men's singles two titles. A market names its
category ('win the 2024 Pulitzer Prize for Drama', 'the César for Best Film', 'the US Open
women's singles final'); a win reported in another category ('has won the Pulitzer Prize for
fiction', 'won best actress', 'the men's singles title') says nothing about the market's, so it
is neither a rival's win nor the candidate's.

A category is read three ways (`resolver/data/categories.json`): the words after a prize head and
'for' / 'in' ('Prize for Drama', 'Nobel Prize in Physics', 'the César for Best Film'), a lowercase
noun right before a prize head ('the drama prize'), 'best' + its words ('won best actress'); and
on closed axes of which a contest is exactly one ('men's' / 'women's', 'singles' / 'doubles').
Two categories differ only when both are stated and share no word (on an axis: both stated and
different); an unstated category never differs. Pure; word lists only."""

from __future__ import annotations

import re
from dataclasses import dataclass


from .packaged import load_json
from .text import Sentence, all_lemmas

_DATA = load_json("categories.json")
PRIZE_HEADS = frozenset(_DATA["prize_heads"])
AXES = tuple(frozenset(a) for a in _DATA["axes"])
NOT_CATEGORIES = frozenset(_DATA["not_categories"])
# Words that end a category's words: a preposition, a conjunction, a clause's punctuation.
_STOP = frozenset({"at", "in", "on", "by", "during", "to", "from", "and", "or", "but", "with", "as", "after", "before",
                   "for", "of", "over", "while", "when", "since", "this", "next", "?", ",", ".", ";", ":", "(", ")",
                   "—", "–", "-", "“", "”", '"', "was", "is", "were", "has", "have", "had", "will", "went", "goes"})
# What stands right after 'for' when the words are no category ('for her novel', 'for the third time').
_NOT_AFTER_FOR = frozenset({"the", "a", "an", "her", "his", "their", "its", "my", "our", "your", "this", "that", "these",
                            "those", "which", "what", "whom", "who", "it", "them", "him", "us", "me", "being", "having"})
_WORD = re.compile(r"[\w'’-]+(?:\.\w+)*|[^\w\s]")


@dataclass(frozen=True)
class Category:
    """The category a text gives a prize: its named words (lemmas, lowercase) and its value on
    each axis (None when unstated); `wording` is how the text says it."""

    named: frozenset[str]
    axes: tuple[str | None, ...]
    wording: str

    @property
    def stated(self) -> bool:
        return bool(self.named) or any(self.axes)


def _norm(word: str) -> str:
    return word.lower().replace("’", "'")


def _lemma(word: str) -> str:
    w = _norm(word).strip(".")
    nouns = all_lemmas(w).get("NOUN")
    return nouns[0] if nouns else w


def _named_words(words: list[str], start: int, capital_in: bool) -> list[str]:
    """The words of a category named after a prize head ('Prize for Drama', 'César for Best
    Film'): after 'for' (not before a determiner or a pronoun) or, for a capitalised head,
    after 'in' + a capitalised word ('Prize in Physics'); up to three words."""
    if start >= len(words) or _norm(words[start]) not in ("for", "in"):
        return []
    prep = _norm(words[start])
    k = start + 1
    if k >= len(words) or _norm(words[k]) in _NOT_AFTER_FOR or not words[k][:1].isalpha():
        return []
    if prep == "in" and not (capital_in and words[k][:1].isupper()):
        return []
    out = []
    while k < len(words) and len(out) < 3 and _norm(words[k]) not in _STOP and _common(words[k]):
        out.append(words[k])
        k += 1
    return out


def _common(word: str) -> bool:
    """A common word (a noun or an adjective the dictionary knows, 'Drama', 'fiction', 'Best'),
    not a title or a name ('for Oppenheimer' names the work, not the category)."""
    lem = all_lemmas(_norm(word).strip("."))
    return word[:1].isalpha() and ("NOUN" in lem or "ADJ" in lem)


def _best_words(words: list[str], k: int) -> list[str]:
    """'best actress', 'Best Film': the words after 'best', up to three, before a stop word."""
    out = []
    j = k + 1
    while j < len(words) and len(out) < 3 and _norm(words[j]) not in _STOP and words[j][:1].isalpha():
        out.append(words[j])
        j += 1
    return out


def read(words: list[str]) -> Category:
    """The category the words give a prize (see the module's docstring)."""
    named: list[str] = []
    shown: list[str] = []
    used = -1  # the last word taken, so that 'for Best Film' is read once
    for k, w in enumerate(words):
        low = _norm(w)
        if k <= used:
            continue
        if low in PRIZE_HEADS:
            after = _named_words(words, k + 1, w[:1].isupper())
            prev = words[k - 1] if k else ""
            if prev.isalpha() and prev.islower() and _norm(prev) not in NOT_CATEGORIES \
                    and "NOUN" in all_lemmas(prev) and "ADJ" not in all_lemmas(prev):
                named.append(prev)  # 'the drama prize'
                shown.append(f"{prev} {w}")
            if after:
                named += after
                shown.append(f"{w} {words[k + 1]} {' '.join(after)}")
                used = k + 1 + len(after)
        elif low == "best" and k + 1 < len(words):
            after = _best_words(words, k)
            named += after
            shown.append(" ".join([w] + after))
            used = k + len(after)
    lemmas = frozenset(_lemma(w) for w in named if _norm(w) not in NOT_CATEGORIES)
    axes = tuple(next((_norm(w) for w in words if _norm(w) in axis), None) for axis in AXES)
    shown += [a for a in axes if a]
    return Category(lemmas, tuple(a.replace("'s", "").rstrip("'") if a else None for a in axes), ", ".join(shown))


def of_market(question: str) -> Category:
    """The category the market's question names, stated or not."""
    return read(_WORD.findall(question))


def of_clause(sent: Sentence, i: int) -> Category:
    """The category the clause of token i gives the prize it reports."""
    a, b = sent.clause_of(i)
    return read([t.text for t in sent.tokens[a:b]])


def other(market: Category, sent: Sentence, i: int, object_terms: list[str] | tuple[str, ...] = ()) -> str | None:
    """Why the win at token i is in another category than the market's, else None. A named
    category differs only when it shares no word with the market's category nor its object's
    words ('best movie drama' is the market's 'Best Motion Picture – Drama')."""
    if not market.stated:
        return None
    got = of_clause(sent, i)
    own = market.named | {_lemma(w) for w in object_terms}
    if market.named and got.named and not own & got.named:
        return (f"'{got.wording}' is another category of the prize than the market's ('{market.wording}'): "
                "a win in it says nothing about the market's")
    for mine, theirs in zip(market.axes, got.axes):
        if mine and theirs and mine != theirs:
            return (f"'{got.wording}' is another category of the contest than the market's ('{market.wording}'): "
                    "a win in it says nothing about the market's")
    return None
