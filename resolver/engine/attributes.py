"""Attributes of a one-occasion act that the market names with 'as a …' ('make landfall as a
Category 4 or stronger hurricane', 'as a major hurricane', 'as a hurricane'): a report of the act
counts only when the attribute it states matches; one that states none counts half.

A scale attribute ('Category N or stronger', 'major' = Category 3 and up) is compared by number
('made landfall as a category three' is not Category 4); a class attribute by its head noun ('as
a tropical storm' is not 'as a hurricane'). Pure and deterministic."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import NUMBER_WORDS
from .packaged import load_json

_AS = re.compile(r"\bas an? ([^?(),;.]+)", re.I)
# 'make landfall in mainland China at super typhoon intensity'
_AT = re.compile(r"\bat (?:an? )?([a-z][a-z -]*?) (?:intensity|strength|status|level)\b", re.I)
# classes of one intensity scale, weakest first ('severe typhoon' < 'super typhoon')
_SCALES = tuple(tuple(s) for s in load_json("scopes.json")["intensity_scales"])
_CATEGORY = re.compile(r"\bcategory[ -](\d+|[a-z]+)\b", re.I)
_OR_MORE = re.compile(r"\bor (?:stronger|higher|greater|above|more)\b|\bor\s+\w+er\b|\bat least\b", re.I)
_MAJOR = 3  # a 'major' storm: Category 3 and up
# classes below the scale: no category at all
_BELOW_SCALE = ("tropical storm", "tropical depression", "post-tropical", "subtropical", "remnant", "depression")
_STOP = re.compile(r"\s+(?:in|on|at|near|over|along|into|by|before|after|with|and|early|late|around|just|about|"
                   r"shortly|on|this|that|hurricane season|during)\b.*$", re.I)


@dataclass(frozen=True)
class Attribute:
    text: str
    head: str
    least: int | None  # least category on a scale, when the attribute is one
    scale: tuple[str, ...] = ()  # the intensity scale its class is on (data/scopes.json), if any
    rank: int | None = None  # the class's rank on that scale


def _classes(scale: tuple[str, ...], text: str) -> list[tuple[int, int, str]]:
    """The classes of `scale` named in the text, longest first at each place ('severe typhoon'
    is not also a 'typhoon'): (position, rank, words as written)."""
    low = text.lower()
    taken: list[tuple[int, int]] = []
    out = []
    for rank, name in sorted(enumerate(scale), key=lambda x: -len(x[1])):
        for m in re.finditer(rf"\b{re.escape(name)}\b", low):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                taken.append((m.start(), m.end()))
                out.append((m.start(), rank, text[m.start():m.end()]))
    return sorted(out)


def _on_scale(text: str) -> tuple[tuple[str, ...], int | None]:
    low = text.lower().strip()
    for scale in _SCALES:
        if low in scale:
            return scale, scale.index(low)
    return (), None


def _number(word: str) -> int | None:
    w = word.lower()
    if w.isdigit():
        return int(w)
    n = NUMBER_WORDS.get(w)
    return int(n) if n is not None else None


def _parse(text: str) -> Attribute:
    text = _STOP.sub("", text.strip()).strip()
    words = [w for w in re.findall(r"[A-Za-z]+", text.lower())]
    head = words[-1] if words else ""
    least = None
    m = _CATEGORY.search(text)
    if m and _number(m.group(1)) is not None:
        least = _number(m.group(1))
    elif re.search(r"\bmajor\b", text, re.I):
        least = _MAJOR
    scale, rank = _on_scale(text)
    return Attribute(text=text, head=head, least=least, scale=scale, rank=rank)


# ', sitting as an impeachment court,': a participle's 'as a' set off by commas describes the subject
_APPOSITIVE = re.compile(r",\s*[a-z]+ing\s+$", re.I)


def _capacity(question: str, m: re.Match) -> bool:
    """'Will the Philippine Senate, sitting as an impeachment court, convict …': an 'as a' phrase in
    a participle clause set off by commas names the capacity the subject acts in, not an attribute
    of the act a report must state."""
    return bool(_APPOSITIVE.search(question[:m.start()])) and question[m.end():m.end() + 1] == ","


@lru_cache(maxsize=1024)
def of_market(question: str) -> Attribute | None:
    """The attribute the question names for its act ('as a Category 4 or stronger hurricane')."""
    m = next((m for m in _AS.finditer(question) if not _capacity(question, m)), None)
    if not m:
        at = _AT.search(question)
        return _parse(at.group(1)) if at and _on_scale(at.group(1))[0] else None
    return _parse(re.split(r"\b(?:by|before|in \d{4}|during)\b", m.group(1))[0])


def _weaker(market_attr: Attribute, text: str, titled: bool = False) -> str | None:
    """The text names the storm only by classes weaker than the one the market asks ('Severe
    Typhoon Ragasa … had made landfall' for 'at super typhoon intensity'): the weaker class.
    `titled`: only classes written as a title before a name ('Severe Typhoon Ragasa')."""
    named = [(pos, rank, said) for pos, rank, said in _classes(market_attr.scale, text)
             if not titled or re.match(r"(?:[A-Z][\w-]*\s+)+[A-Z]", text[pos:]) and said[:1].isupper()]
    if not named or any(rank >= market_attr.rank for _, rank, _ in named):
        return None
    return named[-1][2]


def check(market_attr: Attribute | None, sentence: str, at: int, article: str = "") -> tuple[float, str] | None:
    """For a report of the act at character `at` of the sentence: (factor, note) — 0 when the
    stated attribute does not match, 0.5 when none is stated, 1 when it matches; None when the
    market names no attribute. A class on an intensity scale is compared by rank; when the
    sentence names none, the article's title for the storm ('Severe Typhoon Ragasa') is its class."""
    if market_attr is None:
        return None
    if market_attr.rank is not None:
        weaker, where = _weaker(market_attr, sentence), "named"
        if weaker is None and not _classes(market_attr.scale, sentence):
            weaker, where = _weaker(market_attr, article, titled=True), "the article names it"
        if weaker:
            return 0.0, f"{where} {_a(weaker.lower())}: weaker than {_a(market_attr.text)}"
    m = _AS.search(sentence, at)
    named = next((b for b in _BELOW_SCALE if b in sentence.lower()), None)
    if not m and named and not any(b in market_attr.text.lower() for b in _BELOW_SCALE):
        return 0.0, f"named a {named}: not {_a(market_attr.text)}"
    if not m:
        return 0.5, f"the report does not say it was {_a(market_attr.text)} (half weight)"
    got = _parse(m.group(1))
    said = f"'as {_a(got.text)}'"
    low = got.text.lower()
    if any(b in low for b in _BELOW_SCALE) and not any(b in market_attr.text.lower() for b in _BELOW_SCALE):
        return 0.0, f"{said}: not {_a(market_attr.text)}"
    if market_attr.least is not None:
        if got.least is None:
            return 0.5, f"{said} gives no category (the market needs {_a(market_attr.text)}; half weight)"
        if got.least < market_attr.least:
            return 0.0, f"{said}: Category {got.least}, below the Category {market_attr.least} the market needs"
        return 1.0, f"{said} (the market needs {_a(market_attr.text)})"
    if got.head and market_attr.head and got.head != market_attr.head:
        return 0.0, f"{said}: not {_a(market_attr.text)}"
    return 1.0, f"{said} (the market needs {_a(market_attr.text)})"


def _a(text: str) -> str:
    return ("an " if text[:1].lower() in "aeiou" else "a ") + text


_ONCE = load_json("scopes.json")
_ONE_OCCASION = tuple(_ONCE["one_occasion"])
_OCCURRENCE = frozenset(_ONCE["ordinals_of_occurrence"])


def one_occasion(question: str) -> bool:
    """The question asks an act done once at its place ('make landfall in Puerto Rico as a
    Category 5 hurricane'), not another occurrence of it ('a second landfall')."""
    low = question.lower()
    words = set(re.findall(r"[a-z]+", low))
    return any(re.search(rf"\b{w}\b", low) for w in _ONE_OCCASION) and not words & _OCCURRENCE
