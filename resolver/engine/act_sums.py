"""A sum told with a one-off act, read as the level of a threshold market on that act ('Will the EU fine
Apple more than €500 million …?', 'Will Juan Soto sign a contract worth $700 million or more …?'):

- the act's verb, its party and the sum: 'fined Apple €500 million', 'fined Apple a record €500 million';
- the sum set on the act's noun, the noun governed by a verb that does the act: 'imposing a €500 million
  ($572 million) fine on Apple', 'agreed to a 15-year, $765 million contract', 'signing … Soto to a massive
  15-year, $765 million deal', 'handed Apple a fine of €500 million';
- the act's noun told with a copula: 'The official tally … is a gross of $2,077,618,725'.

The sum is the act's own size, so it lies on whichever side of the bar it lies (a level, not a move). Read
only when the clause names the market's party (the object when the question names one, else an actor),
no other party owns the sum ('Shohei Ohtani's 10-year, $700 million pact', 'a €200 million fine on Meta'),
and the verb is reported done (mentions.py: positive, asserted or reported, done). Time, negation,
conditions and hedges are left to the rule that cites the reading (rules/act_levels.py). Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from . import mentions
from .text import Sentence

# the nouns a one-off act's sum is set on, and the verbs (lemmas) that do the act with that noun
_NOUNS = {
    "fine": frozenset({"fine", "fines", "penalty", "penalties"}),
    "sign": frozenset({"contract", "deal", "pact", "extension", "agreement"}),
    "agree": frozenset({"contract", "deal", "pact", "extension", "agreement", "settlement"}),
    "gross": frozenset({"gross"}),
}
_DOERS = {
    "fine": frozenset({"fine", "impose", "issue", "hand", "levy", "slap", "hit", "announce", "deliver"}),
    "sign": frozenset({"sign", "agree", "ink", "land", "finalize", "finalise", "strike", "reach", "seal"}),
    "agree": frozenset({"agree", "sign", "ink", "reach", "strike", "seal", "finalize", "finalise"}),
    "gross": frozenset(),
}
SET_ONCE = frozenset({"fine", "sign", "agree"})  # ('gross' is a running total: its level told, not set once)
# the act done by its own verb, the party then the sum: 'fined Apple €500 million'
_VERB_FORM = frozenset({"fine"})
_COPULAS = frozenset({"is", "was", "stands", "stood", "totals", "totaled", "totalled"})
_MONEY = re.compile(r"(?:US\$|[$€£¥])\s?\d(?:[\d,]*\d)?(?:\.\d+)?(?:\s?(?:million|billion|trillion|bn|mn|m|b)\b)?"
                    r"|\b\d(?:[\d,]*\d)?(?:\.\d+)?(?:\s?(?:million|billion|trillion))?\s?(?:dollars|euros|pounds)\b")
_SCALE = {"million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12}
_UNIT = {"$": "usd", "US$": "usd", "€": "eur", "£": "gbp", "¥": "jpy", "dollars": "usd", "euros": "eur", "pounds": "gbp"}
_NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")
_ROUGH = re.compile(r"\b(?:about|around|roughly|nearly|almost|up\s+to|as\s+much\s+as|more\s+than|over|under|"
                    r"less\s+than|at\s+least|close\s+to|could|would|potential(?:ly)?|possible)\s+(?:a\s+)?$", re.I)
_OTHER_OWNER = re.compile(r"\b([A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)*)['’]s\s+(?:[\w,-]+\s+){0,4}$")
_LEADS = frozenset({"the", "this", "that", "its", "their", "his", "her", "a", "an", "after", "in", "on", "by"})
_TIME_NAMES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                         "february", "march", "april", "may", "june", "july", "august", "september", "october",
                         "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                         "oct", "nov", "dec"})
_ON_PARTY = re.compile(r"^\s*(?:on|against|for|to)\s+((?:[A-Z][\w.&-]*\s*)+)")


@dataclass(frozen=True)
class ActSum:
    value: float
    start: int  # the sum's span in the sentence text
    end: int
    verb: int  # token index of the word that does the act (the verb, or the copula)
    wording: str


def _value(s: str) -> tuple[float, str]:
    num = float(_NUM.search(s).group(0).replace(",", ""))
    low = s.lower()
    scale = next((v for k, v in _SCALE.items() if re.search(rf"\d\s?{k}\b", low)), 1.0)
    unit = next((u for k, u in _UNIT.items() if k.lower() in low), "")
    if s.startswith("US$"):
        unit = "usd"
    return num * scale, unit


def _party_named(sent: Sentence, a: int, b: int, names: Callable[[str], bool]) -> bool:
    return names(" ".join(t.text for t in sent.tokens[a:b]))


def _names_other(name: str, names: Callable[[str], bool]) -> bool:
    return bool(name.strip()) and not names(name)


def _after_paren(text: str, end: int) -> int:
    """Past a conversion in brackets right after the sum: '€500 million ($572 million) fine'."""
    m = re.match(r"\s*\([^()]{1,40}\)", text[end:])
    return end + m.end() if m else end


def _affirmed_verb(sent: Sentence, lo: int, hi: int, lemmas: frozenset[str]) -> int | None:
    """The last verb among tokens lo..hi-1 whose lemma does the act, reported done."""
    found = {m.index: m for m in mentions.read(sent) if m.kind == "verb"}
    for k in range(hi - 1, lo - 1, -1):
        m = found.get(k)  # (the act's noun, 'a fine of', is passed over)
        if m is not None and (sent.tokens[k].lemmas & lemmas or sent.tokens[k].lower in lemmas):
            return k if m.affirmed else None
    return None


def read(sent: Sentence, act: str | None, unit: str, parties: Callable[[str], bool], subject_told: bool = False) -> ActSum | None:
    """The sum told with the market's one-off act in `sent`, or None; `parties(text)` says whether a text names the
    market's party."""
    nouns = _NOUNS.get(act or "")
    if nouns is None or not any(c in sent.text for c in "$€£¥") and "dollars" not in sent.text and "euros" not in sent.text:
        return None
    text, toks = sent.text, sent.tokens
    for m in _MONEY.finditer(text):
        value, cur = _value(m.group(0))
        if cur != unit:
            continue
        before = text[max(0, m.start() - 80):m.start()]
        if _ROUGH.search(before[-30:]):
            continue  # 'up to €500 million', 'could be worth $805 million': not the sum told
        i = sent.token_at(m.start())
        a, b = sent.clause_of(i)
        owner = _OTHER_OWNER.search(before)
        if owner and _names_other(owner.group(1), parties):
            continue  # 'Shohei Ohtani's 10-year, $700 million pact': another party's
        # the noun form: the sum, then the act's noun ('$765 million contract', '€500 million ($572 million) fine');
        # or the noun, 'of' and the sum ('a fine of €500 million', 'a gross of $2,077,618,725')
        after = _after_paren(text, m.end())
        nm = re.match(r"\s+([a-z]+)\b", text[after:])
        of = re.search(r"\b([a-z]+)\s+(?:of|worth|valued\s+at)\s+$", before)
        noun_end = None
        if nm and nm.group(1) in nouns:
            noun_end = after + nm.end()
        elif of and of.group(1) in nouns:
            noun_end = m.end()
        if noun_end is not None:
            on = _ON_PARTY.match(text[noun_end:])
            if on and _names_other(on.group(1), parties) and on.group(1).split()[0].lower().strip(".") not in _TIME_NAMES:
                continue  # 'a €200 million fine on Meta'
            named = _party_named(sent, a, b, parties)
            lead = before[:of.start()] if of and noun_end == m.end() else before
            cop = re.search(r"\b(is|was|stands\s+at|stood\s+at)\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}$", lead)
            if cop and of and noun_end == m.end():  # 'is a gross of $2,077,618,725'
                k = sent.token_at(max(0, m.start() - 80) + cop.start())
                # the subject told by the article, and no other name in the clause before the copula
                if k >= a and (named or subject_told and not any(t.text[:1].isupper() and t.lower not in _LEADS
                                                                  for t in toks[a:k])):
                    return ActSum(value, m.start(), m.end(), k, f"'{cop.group(1)} a {of.group(1)} of {m.group(0)}'")
            if not named:
                continue
            k = _affirmed_verb(sent, max(a, i - 16), i, _DOERS.get(act or "", frozenset()) | {act or ""})
            gap = text[toks[k].start + len(toks[k].text):m.start()].split() if k is not None else []
            if k is not None and len(gap) <= 9 and not any(w.endswith((";", ":", ".")) for w in gap):
                return ActSum(value, m.start(), m.end(), k, f"'{text[toks[k].start:noun_end].strip()}'")
            continue
        # the verb form: the act's verb, its party, the sum ('fined Apple €500 million', 'fined Apple a record …')
        if act in _VERB_FORM:
            vm = re.search(r"\b(\w+)\s+((?:[A-Z][\w.&-]*\s+){1,3})(?:(?:a|an)\s+(?:record\s+|total\s+of\s+)?)?$", before)
            if vm and not _names_other(vm.group(2), parties):
                k = sent.token_at(max(0, m.start() - 80) + vm.start(1))
                if k >= a and _affirmed_verb(sent, k, k + 1, frozenset({act})) == k:
                    return ActSum(value, m.start(), m.end(), k, f"'{text[toks[k].start:m.end()]}'")
    return None
