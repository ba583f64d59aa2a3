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
different); an unstated category never differs.

Close categories share words: 'best supporting actor' and 'best actor', 'best original screenplay'
and 'best adapted screenplay', the 'junior title' and the title. A distinguishing word ('marks':
'supporting', 'original', 'adapted', 'animated', 'short', 'documentary', 'junior', …), read in a
category's own phrase (its words after 'best' or a prize head, and the words right before a prize
head or a title word: 'the supporting actor Oscar', 'the Wimbledon junior title'), sets a category
apart from its kin: a win whose stated phrases all carry other marks than the market's is in
another category. An axis's marked value ('doubles', 'mixed', 'boys'') sets a win apart from a
market that names no value on that axis ('win Wimbledon'). A market open to any category ('win an
Oscar') is not set apart from a marked one. Pure; word lists only."""

from __future__ import annotations

import re
from dataclasses import dataclass


from .packaged import load_json
from .text import Sentence, all_lemmas

_DATA = load_json("categories.json")
PRIZE_HEADS = frozenset(_DATA["prize_heads"])
AXES = tuple(frozenset(a) for a in _DATA["axes"])
NOT_CATEGORIES = frozenset(_DATA["not_categories"])
# distinguishing words, each mapped to its group's first word ('animation' → 'animated'); a word
# written capitalised in the data counts only capitalised ('International': the Booker International
# Prize, not 'a prestigious international award')
_MARKS = {w: g[0] for g in _DATA["marks"] for w in g}
MARKED_AXIS_VALUES = frozenset(_DATA["marked_axis_values"])
MARK_HEADS = frozenset(_DATA["mark_heads"]) | PRIZE_HEADS
_PHRASE_STOP = frozenset({"the", "a", "an", "his", "her", "their", "its", "this", "that", "our", "my", "your"})
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
    # each stated phrase's (named lemmas, marks): 'best actor' → ({'actor'}, {}), 'the supporting
    # actor Oscar' → ({'actor'}, {'supporting'})
    phrases: tuple[tuple[frozenset[str], frozenset[str]], ...] = ()
    any_category: bool = False  # the market asks a win in any category ('win an Oscar')

    @property
    def stated(self) -> bool:
        return bool(self.named) or any(self.axes)

    @property
    def marks(self) -> frozenset[str]:
        return frozenset(m for _, ms in self.phrases for m in ms)


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
    if _norm(words[k]) == "best":  # 'the Oscar for best supporting actor': the words after 'best', as 'best' reads them
        return [words[k]] + _best_words(words, k)
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


def _mark(word: str) -> str | None:
    """The distinguishing group of a word, if it is one ('supporting', 'animation' → 'animated')."""
    if word in _MARKS:
        return _MARKS[word]  # as written: 'International'
    return _MARKS.get(_norm(word))


def _before_head(words: list[str], k: int) -> list[str]:
    """The words right before a prize head or title word at k, back to a determiner, at most three
    ('the Wimbledon junior title' → 'Wimbledon junior')."""
    out = []
    for j in range(k - 1, max(-1, k - 4), -1):
        if _norm(words[j]) in _PHRASE_STOP or not words[j][:1].isalpha():
            break
        out.insert(0, words[j])
    return out


def _phrase(named: list[str], around: list[str]) -> tuple[frozenset[str], frozenset[str]]:
    lemmas = frozenset(_lemma(w) for w in named if _norm(w) not in NOT_CATEGORIES)
    return lemmas, frozenset(m for m in map(_mark, named + around) if m)


def read(words: list[str]) -> Category:
    """The category the words give a prize (see the module's docstring)."""
    named: list[str] = []
    shown: list[str] = []
    phrases: list[tuple[frozenset[str], frozenset[str]]] = []
    used = -1  # the last word taken, so that 'for Best Film' is read once
    for k, w in enumerate(words):
        low = _norm(w)
        if k <= used:
            continue
        if low in PRIZE_HEADS:
            own: list[str] = []
            after = _named_words(words, k + 1, w[:1].isupper())
            prev = words[k - 1] if k else ""
            if prev.isalpha() and prev.islower() and _norm(prev) not in NOT_CATEGORIES \
                    and "NOUN" in all_lemmas(prev) and "ADJ" not in all_lemmas(prev):
                own.append(prev)  # 'the drama prize'
                shown.append(f"{prev} {w}")
            if after:
                own += after
                shown.append(f"{w} {words[k + 1]} {' '.join(after)}")
                used = k + 1 + len(after)
            named += own
            phrases.append(_phrase(own, _before_head(words, k)))
        elif low == "best" and k + 1 < len(words):
            after = _best_words(words, k)
            named += after
            shown.append(" ".join([w] + after))
            used = k + len(after)
            phrases.append(_phrase(after, []))
        elif low in MARK_HEADS:
            phrases.append(_phrase([], _before_head(words, k)))  # 'the Wimbledon junior title'
    phrases = [p for p in phrases if p[0] or p[1]]
    shown += [f"'{m}'" for _, ms in phrases for m in sorted(ms) if not any(m in x.lower() for x in shown)]
    lemmas = frozenset(_lemma(w) for w in named if _norm(w) not in NOT_CATEGORIES)
    axes = tuple(next((_norm(w) for w in words if _norm(w) in axis), None) for axis in AXES)
    shown += [a for a in axes if a]
    return Category(lemmas, tuple(a.replace("'s", "").rstrip("'") if a else None for a in axes), ", ".join(shown),
                    tuple(phrases))


# 'win an Oscar', 'win any Grammy', 'win a Pulitzer Prize': a win in any category counts
_ANY = frozenset({"a", "an", "any"})


def _open_to_any(words: list[str]) -> bool:
    """The question asks a prize with an indefinite article or 'any' before it ('win an Oscar',
    'win a Pulitzer Prize'): any category counts."""
    heads = PRIZE_HEADS | MARK_HEADS
    return any(_norm(w) in _ANY and any(_norm(x) in heads for x in words[k + 1:k + 4]) for k, w in enumerate(words))


def of_market(question: str) -> Category:
    """The category the market's question names, stated or not."""
    words = _WORD.findall(question)
    cat = read(words)
    return Category(cat.named, cat.axes, cat.wording, cat.phrases, _open_to_any(words))


def of_clause(sent: Sentence, i: int) -> Category:
    """The category the clause of token i gives the prize it reports."""
    a, b = sent.clause_of(i)
    return read([t.text for t in sent.tokens[a:b]])


def other(market: Category, sent: Sentence, i: int, object_terms: list[str] | tuple[str, ...] = ()) -> str | None:
    """Why the win at token i is in another category than the market's, else None. A named
    category differs only when it shares no word with the market's category nor its object's
    words ('best movie drama' is the market's 'Best Motion Picture – Drama')."""
    got = of_clause(sent, i)
    marked = _marked_apart(market, got)
    if marked:
        return marked
    if not market.stated:
        return None
    own = market.named | {_lemma(w) for w in object_terms}
    if market.named and got.named and not own & got.named:
        return (f"'{got.wording}' is another category of the prize than the market's ('{market.wording}'): "
                "a win in it says nothing about the market's")
    for mine, theirs in zip(market.axes, got.axes):
        if mine and theirs and mine != theirs:
            return (f"'{got.wording}' is another category of the contest than the market's ('{market.wording}'): "
                    "a win in it says nothing about the market's")
    return None


def _marked_apart(market: Category, got: Category) -> str | None:
    """Why the win's category is set apart from the market's by a distinguishing word (see the
    module's docstring), else None: none of the win's stated phrases carries exactly the
    market's marks (one carrying them and sharing a named word, or naming none, is the market's),
    or an axis the market leaves unstated holds a marked value ('doubles')."""
    for mine, theirs in zip(market.axes, got.axes):
        if mine is None and theirs in MARKED_AXIS_VALUES and not market.any_category:
            return (f"'{got.wording}' is another event of the contest than the market's, which names none: "
                    "a win in it says nothing about the market's")
    if not got.phrases or (not market.marks and market.any_category):
        return None
    if not got.marks and not market.marks:
        return None
    if not (market.stated or market.marks) and not got.marks:
        return None
    want = market.marks
    for named, marks in got.phrases:
        if marks == want and (not named or not market.named or named & market.named or not want):
            return None
    return (f"'{got.wording}' is another category of the prize than the market's ('{market.wording or 'unmarked'}'): "
            "a distinguishing word sets them apart; a win in it says nothing about the market's")
