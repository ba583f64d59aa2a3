"""Where a sentence locates the act besides the words right after it (places.other_place reads those:
'made landfall in southern Japan'). A report locates the act, too, by

- a locative put before the clause ('In Ohio, Tesla launched its robotaxi service on Sunday'): the
  sentence opens with 'In/At/On <place>,' and the act follows;
- the place of the act's subject, told right before its verb ('The warring parties in Ukraine agreed
  Thursday to a ceasefire', 'The new bridge over Oregon Inlet opened Monday', 'The three bases … in Chad
  have all been handed over'): the place ends the subject and only auxiliaries stand between it and the act;
- a headline's capitalised preposition ("NASA's 'Phoenix' Lands On Mars"): in a title-case headline
  'In', 'On', 'At' are the prepositions of running text, and the place's name ends at the next
  capitalised function word ('Tesla Launches Robotaxis In Austin On Sunday': Austin).

- a place anywhere in the sentence's own clauses that the engine knows lies outside the market's (another
  country; another province of it): 'Kim Jong Un … joined Xi Jinping on Wednesday … at a massive military
  parade, staged in Vladivostok, Russia' is no report of the Beijing parade, however far the act word stands
  from the place. An unknown place there ('in the South China Sea' for Second Thomas Shoal) is no evidence.

A place read there is weighed as places.other_place weighs the one after the act: a place the market
does not name is another, and the report does not confirm the market's act there. A place told before
the act but inside another clause (a saying verb's: 'Speaking in Brussels, the commissioner said …';
a time clause's: 'After talks in Minsk, …') is not the act's and is not read."""

from __future__ import annotations

import re
from functools import lru_cache

from .entities import country_of, country_records
from .lexicon import MONTHS, WEEKDAYS
from .packaged import load_json
from .text import Sentence

_NAME = r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*"
# 'In Ohio, …' / 'At the Tokyo Olympics, …' opening the sentence, then the act's clause
_FRONTED = re.compile(rf"^\W*(?:In|At|On|Over|Off)\s+(?:the\s+)?(?P<name>{_NAME})\s*,\s+")
# '<subject> in <place> (has|have|had|was|were|…){0,3} <act>': the place ends the subject
_SUBJECT_PLACE = re.compile(rf"\b(?:in|at|on|over|off|near)\s+(?:the\s+)?(?P<name>{_NAME})\s+"
                            r"(?:(?:has|have|had|was|were|is|are|been|be|will|would|finally|formally|officially|"
                            r"all|both|also|now|reportedly)\s+){0,3}$")
# words that open a clause of its own before the act: a place told in it is not the act's
_OTHER_CLAUSE = re.compile(r"\b(?:said|says|say|told|tells|speaking|statement|according|after|before|following|since|"
                           r"during|ahead|amid|while|when|where|than|like|unlike|as)\b", re.I)
_TITLE_FUNCTION = r"(?:In|On|At|As|After|Before|With|For|To|Of|And|Or|The|A|An|By|From|Amid|Over|Near|Off|Into|Is|Are|" \
                  r"Was|Were|Its|His|Her|Their|Amid|Despite|Following|Ahead|Since|During|Says|Said|But|Than)"
_TITLE_PLACE = re.compile(rf"\b(?:In|On|At|Near|Off|Over|Into)\s+(?:The\s+)?(?P<name>(?!{_TITLE_FUNCTION}\b)[A-Z][\w'-]+"
                          rf"(?:\s+(?!{_TITLE_FUNCTION}\b)[A-Z][\w'-]+)*)")
_WORD = re.compile(r"[A-Za-z][\w'-]*")
_NOT_PLACES = frozenset(MONTHS) | frozenset(WEEKDAYS)
_PARTS: dict[str, str] = dict(load_json("country_parts.json")["parts"])


def _clean(name: str) -> str | None:
    """The place a name read before the act gives: no day or month ('On Wednesday, …'), the possessive's
    owner dropped ("in Iceland's Grindavik": Grindavik)."""
    name = re.split(r"['’]s\s+", name)[-1]
    if not name or name.isupper() or any(w.lower() in _NOT_PLACES for w in name.split()):
        return None
    return name


@lru_cache(maxsize=1)
def _provinces() -> dict[str, str]:
    """Every province countryinfo lists (lowercase) → its country."""
    out: dict[str, str] = {}
    for key, info in country_records().items():
        canon = (info.get("name") or key).lower()
        for p in info.get("provinces") or ():
            if isinstance(p, str) and p.lower() not in out:
                out[p.lower()] = canon
    return out


def _country(place: str) -> str | None:
    low = place.lower()
    canon = country_of(low)
    canon = canon or _provinces().get(low)
    return _PARTS.get(canon, canon) if canon else None


def known_elsewhere(place: str, found: str) -> bool:
    """`found` is a place the engine knows to lie outside the market's `place`: a country other than the
    one the market's place is or lies in, or a province when the market's place is another province or
    a country that does not hold it. An unknown place ('Austin', 'the South China Sea') is no evidence."""
    mine, theirs = _country(place), _country(found)
    if mine is None or theirs is None:
        return False
    if country_of(found.lower()) is not None and found.lower() not in _provinces():
        return theirs != mine  # a country (or its capital)
    if country_of(place.lower()) is not None:
        return theirs != mine  # a province, for a market on a country
    return found.lower() != place.lower()  # a province, for a market on another province


@lru_cache(maxsize=256)
def _title_case(text: str) -> bool:
    """Most words of four letters or more are capitalised: a title-case headline."""
    words = [w for w in _WORD.findall(text) if len(w) >= 4]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def before(sent: Sentence, i: int) -> list[str]:
    """The places the sentence locates the act at token i in before it: a fronted locative opening the
    sentence, or a place ending the act's subject (see the module's words)."""
    if not 0 < i < len(sent.tokens):
        return []
    head = sent.text[:sent.tokens[i].start]
    if " in " not in head and " at " not in head and " on " not in head and " over " not in head \
            and " off " not in head and " near " not in head and not head.lstrip("\"'“ ").startswith(("In ", "At ", "On ",
                                                                                                       "Over ", "Off ")):
        return []  # cheap prefilter: no preposition of place before the act
    out = []
    m = _FRONTED.match(head)
    if m and not _OTHER_CLAUSE.search(head, m.end()):
        out.append(m.group("name"))
    s = _SUBJECT_PLACE.search(head, max(0, len(head) - 160))  # the subject's end: a bounded stretch
    if s:
        lo = max(head.rfind(",", 0, s.start()), head.rfind(";", 0, s.start()), head.rfind(":", 0, s.start())) + 1
        if not _OTHER_CLAUSE.search(head, lo, s.start()):
            out.append(s.group("name"))
    return [c for p in out if (c := _clean(p))]


def anywhere(place: str, sent: Sentence, located) -> list[str]:
    """The places the sentence locates something in (`located`: places.located), each outside a clause of
    saying or of another time ('said in Brussels', 'after talks in Minsk'), that the engine knows lie outside
    the market's `place` (known_elsewhere): where the sentence's news is, when the act word stands far from it."""
    return [p for p in _anywhere(sent.text, located) if known_elsewhere(place, p)]


@lru_cache(maxsize=256)
def _anywhere(text: str, located) -> tuple[str, ...]:
    out: list[str] = []
    for name in dict.fromkeys(located(text)):
        k = text.find(name)
        lo = max(text.rfind(",", 0, k), text.rfind(";", 0, k), text.rfind(":", 0, k), text.rfind(" - ", 0, k)) + 1
        if k >= 0 and not _OTHER_CLAUSE.search(text, lo, k):
            out.append(name)
    return tuple(out)


def headline_after(sent: Sentence, after: str) -> list[str]:
    """The places a title-case headline names after its act with a capitalised preposition ('Lands On Mars')."""
    if not sent.headline or not _title_case(sent.text):
        return []
    return [m.group("name") for m in _TITLE_PLACE.finditer(after) if not m.group("name").isupper()]
