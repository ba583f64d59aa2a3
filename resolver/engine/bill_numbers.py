"""A bill named by its number. Legislatures number their bills ('SB 1047', 'AB 5', 'H.R. 3684',
'Bill C-18'), and a report names a bill by its number as often as by its title ('vetoed the Safe and
Secure Innovation for Frontier Artificial Intelligence Models Act (SB 1047) today'). For a market
whose question names a bill by its number ('sign California's SB 1047 AI safety bill'), the same
number with the same letters in a sentence is the market's object, whatever title the sentence
gives the bill. The letters are compared without their stops and spaces ('HR 3684' is 'H.R. 3684');
another number under the same letters is another bill and is not marked.

Read only when the question calls the thing a bill, an act, a law, a measure, a proposition or
legislation; a bare number ('1047') is not read. Pure; analysis.py marks the positions when no
other word of the sentence names the object."""

from __future__ import annotations

import re
from functools import lru_cache

from .text import Sentence

_NUMBER = re.compile(r"(?<![\w.])((?:[A-Z]\.?){1,3})\s?-?\s?(\d{1,5})\b")
_BILL_WORDS = re.compile(r"\b(?:bill|act|law|measure|proposition|legislation|ordinance)s?\b", re.I)


def _key(letters: str, number: str) -> tuple[str, str]:
    return letters.replace(".", "").upper(), number.lstrip("0") or "0"


@lru_cache(maxsize=256)
def asked(question: str) -> frozenset[tuple[str, str]]:
    """The bill numbers the question names: {('SB', '1047')}; none when it calls nothing a bill."""
    if not _BILL_WORDS.search(question):
        return frozenset()
    return frozenset(_key(m.group(1), m.group(2)) for m in _NUMBER.finditer(question)
                     if len(m.group(1).replace(".", "")) >= 1 and not m.group(1).replace(".", "") in ("I", "A"))


def positions(question: str, sent: Sentence) -> list[int]:
    """Token indices of the question's bill numbers in the sentence (the number's token)."""
    wanted = asked(question)
    if not wanted or not any(n in sent.text for _, n in wanted):
        return []
    out: list[int] = []
    for m in _NUMBER.finditer(sent.text):
        if _key(m.group(1), m.group(2)) in wanted:
            at = m.start(2)
            k = next((k for k, t in enumerate(sent.tokens) if t.start <= at < t.start + len(t.text)), None)
            if k is not None:
                out.append(k)
    return out


def other_bill(question: str, sent: Sentence) -> str | None:
    """Why the sentence is about another bill than the question's numbered one: it names a bill number under
    letters the question uses ('SB 1048', 'SB 10' for SB 1047) or another with the question's number ('AB 1047'),
    and never the question's own; else None."""
    wanted = asked(question)
    if not wanted:
        return None
    said = {_key(m.group(1), m.group(2)): m.group(0) for m in _NUMBER.finditer(sent.text)}
    if not said or set(said) & wanted:
        return None
    letters, numbers = {l for l, _ in wanted}, {n for _, n in wanted}
    other = [text for (l, n), text in said.items() if l in letters or n in numbers]
    if not other:
        return None
    return f"'{other[0]}' is another bill than the market's ({', '.join(f'{l} {n}' for l, n in sorted(wanted))})"
