"""Another country's act: a market about one country's act, state or figure ('Will India ban wheat exports?',
'Will Turkey's quake death toll pass 40,000?', 'Will Truss remain UK prime minister?') is not answered by a
sentence that tells the same kind of act of another country by name ('Portugal has banned wheat exports',
'Earthquake death toll in Syria rises to 5,000', 'Portugal's prime minister resigns'). The rules read the act
and its object; the market's country is often left to the article ('The central bank raised its key rate'),
so a sentence naming no country is read as the market's. One naming another country, and none of the
market's, is that country's report.

A reading is set aside (a note with no weight) when:

- the market names a country: an actor or the candidate is one (or owns one by its possessive: "Romania's
  Constitutional Court"), or the question names one;
- the sentence names none of the market's countries in any form (name, capital, demonym: entities.py), nor
  any of its actors, nor a place that is part of one of its countries or that one of them is part of
  (data/country_parts.json: 'Scotland' for the United Kingdom, 'Hong Kong' for China);
- the sentence names another country by its name (not its demonym: 'a Portuguese court' may sit in any
  country), outside a dateline ('SEOUL, South Korea (AP) —'), in a clause holding the act, its object or the
  entailing word, and not as the place where a thing came from or went to ('exports to Bangladesh', 'flights
  from Portugal'): a country told as where the act went, not whose it was.

Names that are as often a person's or a US state's ('Jordan', 'Chad', 'Georgia') count only with no other
capitalised word beside them. Pure; a cheap look for a capitalised word the country table knows comes first.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .analysis import MarketContext, SentenceFacts
from .datelines import opening_end
from .entities import country_of, country_records, demonyms
from .packaged import load_json
from .types import Contribution

NAME = "other_country"
_DATA = load_json("country_parts.json")
_PARTS: dict[str, str] = dict(_DATA["parts"])
_ALSO_NAMES = frozenset(_DATA["also_names"])
# the readings of the market's own act, state or figure (a rival's win is another side's by nature)
READINGS = frozenset({"confirmation", "ruled_out", "state_ended", "state_held", "state_continues", "threshold_crossed",
                      "threshold_missed", "failed_attempt", "scheduled_after_deadline", "opposite_outcome"})
# a capitalised run of words ('Republic of the Congo', 'South Korea', 'U.S.'), possessive cut off
_RUN = re.compile(r"(?<![\w.])[A-Z][\w.'’-]*(?:\s+(?:(?:of|the|and)\s+){0,2}[A-Z][\w.'’-]*)*")
# a market that ranks countries ('… the lowest annual inflation rate of any EU member state', 'the first country
# to …'): every country's figure or act is part of what it asks
_RANKED = re.compile(r"\b(?:any|every|all|other|first|only)\b[^?]{0,40}?\b(?:countr(?:y|ies)|nations?|member\s+states?|states)\b",
                     re.I)
# the country named as where a thing came from or went to, not whose act it is
_ROUTE = re.compile(r"(?:\b(?:to|from|into|towards?|via|with|against|on|over)\s+(?:the\s+)?)$", re.I)


def _bare(word: str) -> str:
    return re.sub(r"['’]s?$", "", word)


@lru_cache(maxsize=1)
def _capitals() -> frozenset[str]:
    """Capital cities (lowercase): 'Beijing said' may be the government, 'in Kingston' any Kingston."""
    return frozenset(str(i.get("capital") or "").lower() for i in country_records().values()) - {""}


def _same(a: str, b: str) -> bool:
    """Two canonical places that are one country for this reading: the same, or one part of the other."""
    return a == b or _PARTS.get(a) == b or _PARTS.get(b) == a


def mentions(text: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, canonical country, by its name) of every country the text names, longest name first:
    by its name, or by its demonym or capital (by its name false for those)."""
    out: list[tuple[int, int, str, bool]] = []
    dem = demonyms()
    for m in _RUN.finditer(text):
        words = [(w.start() + m.start(), w.end() + m.start(), w.group(0)) for w in re.finditer(r"\S+", m.group(0))]
        k = 0
        while k < len(words):
            hit = None
            for n in range(min(len(words) - k, 6), 0, -1):
                s, e = words[k][0], words[k + n - 1][1]
                phrase = _bare(text[s:e]).rstrip(",")
                if len(phrase.rstrip(".")) <= 3 and not phrase.replace(".", "").isupper():
                    continue  # 'us', 'Us' are no country; 'US', 'U.S.' are
                for form in (phrase, phrase.rstrip(".")):
                    low = form.lower().removeprefix("the ")
                    canon = country_of(low)
                    if canon is not None:
                        phrase = form
                        break
                if canon is None:
                    continue
                if n == 1 and low in _ALSO_NAMES and (len(words) > 1 or re.search(r"[A-Z]\w+,\s*$", text[max(0, s - 30):s])):
                    break  # 'Michael Jordan', 'Chad Johnson', 'Atlanta, Georgia': a person's or a state's name
                hit = (s, s + len(phrase), canon, low not in dem and low not in _capitals(), n)
                break
            if hit is None:
                k += 1
                continue
            if all(w[2] in ("The", "the") for w in words[:k]):  # ('Latin America', 'Air France', 'New Mexico': other names)
                out.append(hit[:4])
            k += hit[4]
    return out


@lru_cache(maxsize=4096)
def _market_countries(names: tuple[str, ...], question: str) -> frozenset[str]:
    out = set()
    for a in names:
        for c in (country_of(a.lower()), country_of(a.lower().removeprefix("the ")),
                  country_of(re.split(r"['’]s\b", a.lower())[0].strip())):
            if c:
                out.add(c)
    out |= {c for _, _, c, _ in mentions(question)}
    return frozenset(out)


def market_countries(ctx: MarketContext) -> frozenset[str]:
    """The countries the market names: an actor, the candidate or an actor's owner, or named in the question."""
    names = tuple(ctx.target.actors) + ((ctx.target.candidate,) if ctx.target.candidate else ())
    return _market_countries(names, ctx.market.question)


def _anchors(f: SentenceFacts) -> list[int]:
    return sorted(set(f.act_idx) | set(f.act_noun_idx) | set(f.object_idx) | set(f.entailed_idx))


def other_country(ctx: MarketContext, f: SentenceFacts) -> str | None:
    """The other country the sentence tells the act of (see the module's text), else None."""
    if f.actors or not _RUN.search(f.sent.text):
        return None
    own = market_countries(ctx)
    if not own or _RANKED.search(ctx.market.question):
        return None  # 'the lowest annual inflation rate of any EU member state': other countries are its measure
    text = f.sent.text
    start = opening_end(text)  # 'SEOUL, South Korea (AP) —'
    found = [m for m in mentions(text) if m[0] >= start]
    if not found or any(_same(c, o) for _, _, c, _ in found for o in own):
        return None
    if ctx.candidate_pattern is not None and ctx.candidate_pattern.search(text):
        return None
    toks = f.sent.tokens
    # a figure's sentence may name neither act nor object ('Portugal's economy grew 6.9 percent'): its figures
    anchors = _anchors(f) or [k for k, t in enumerate(toks) if t.text[:1].isdigit()]
    for s, e, canon, by_name in found:
        if not by_name or _ROUTE.search(text[max(0, s - 14):s]):
            continue
        at = next((k for k, t in enumerate(toks) if t.start <= s < t.start + max(1, len(t.text))), None)
        if at is not None and any(_tied(f, at, i) for i in anchors):
            return text[s:e]
    return None


def _tied(f: SentenceFacts, at: int, i: int) -> bool:
    """The country at token `at` is told as whose the act or object at token i is: in its clause, either
    the name a few words before it ('Portugal has banned …', "Portugal's central bank raised …", 'Portugal
    quake toll …'), with no saying verb between ('Portugal said Iran had …'), or its place right after it
    ('death toll in Portugal', 'the earthquake in western Portugal', 'the prime minister of Portugal'). (A
    place farther on is left alone: 'record high temperatures for June were set in Germany' may list one
    country's record beside the market's.)"""
    if f.sent.clause_of(at) != f.sent.clause_of(i):
        return False
    toks = f.sent.tokens
    if at < i:
        return i - at <= _BEFORE and not any(t.lemmas & _SAYING for t in toks[at + 1:i])
    k = at - 1
    while k > i and toks[k].lower in _SIDES:
        k -= 1
    return i < k and toks[k].lower in _PLACE_WORDS and at - i <= _AFTER


_BEFORE, _AFTER = 6, 4  # tokens: a subject's name before its verb, a place after its noun
_SAYING = frozenset({"say", "tell", "report", "announce", "claim", "accuse", "warn", "urge", "ask", "welcome"})
_PLACE_WORDS = frozenset({"in", "of", "across", "throughout", "for", "at"})
_SIDES = frozenset({"western", "eastern", "northern", "southern", "central", "north", "south", "east", "west",
                    "northwestern", "northeastern", "southwestern", "southeastern", "neighbouring", "neighboring",
                    "rural", "coastal", "mainland", "the"})


def set_aside(ctx: MarketContext, f: SentenceFacts, found: list[Contribution]) -> list[Contribution]:
    """The readings of `found` made notes with no weight when the sentence is another country's report."""
    if not any(c.weight and (c.base_rule or c.rule) in READINGS for c in found):
        return found
    other = other_country(ctx, f)
    if other is None:
        return found
    mine = ", ".join(sorted(market_countries(ctx))).title()
    return [c.model_copy(update={"rule": NAME, "base_rule": None, "direction": "none", "weight": 0.0,
                                 "reason": f"another country's report ('{other}'), naming none of the market's "
                                           f"({mine}): {c.reason}"})
            if c.weight and (c.base_rule or c.rule) in READINGS else c for c in found]
