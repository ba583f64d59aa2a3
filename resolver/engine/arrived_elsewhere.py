"""Gone to another country: a party told travelling to, or being in, another country than the one a
market asks about has left that one. 'Carlos Ghosn, … who was awaiting trial in Japan …, flew into
Lebanon aboard a private jet on Monday evening' and his statement '"I am now in Lebanon …"' end a
stay ('Will Carlos Ghosn remain in Japan through …?', read by rules/state_ended.py); 'Meng Wanzhou
returns to China' reports a departure ('Will Meng Wanzhou leave Canada by …?', read by
rules/confirmation.py).

Read: a verb of travelling told as done (past, or a headline's present: flew, fled, arrived,
landed, returned, travelled, escaped; 'left for'), then 'to', 'into', 'in' ('for' after 'left')
and a country's name or capital (countryinfo, entities.country_of) that is not the market's
country; or a present 'is / am now in' such a place. The market's party is named before the verb
in the sentence, as its subject or as the speaker of a first-person quote ('I am now in …'), and
the verb is not negated, conditional, an infinitive or after a modal ('plans to return to China',
'could fly to …'): a trip still to come has not left. The market's place must be a country: a city
or a region is not told apart from its country."""

from __future__ import annotations

import re

from .analysis import MarketContext, SentenceFacts, aspect, negation
from .entities import country_of
from .text import conditional_clause

# the travelling verbs, each form with its lemma; 'left' only with 'for'
_VERBS = {"flew": "fly", "flies": "fly", "fled": "flee", "flees": "flee", "arrived": "arrive", "arrives": "arrive",
          "landed": "land", "lands": "land", "returned": "return", "returns": "return", "travelled": "travel",
          "traveled": "travel", "travels": "travel", "escaped": "escape", "escapes": "escape", "left": "leave",
          "leaves": "leave"}
_TRAVEL = re.compile(r"\b(?P<verb>" + "|".join(_VERBS) + r")\s+(?:(?:safely|back|secretly|quietly)\s+)?"
                     r"(?P<prep>to|into|in|for)\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")
_BEING = re.compile(r"\b(?P<verb>am|is|are)\s+(?:now|already|safely)\s+(?:back\s+)?in\s+(?:the\s+)?"
                    r"(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")
_NOT_DONE = frozenset({"to", "will", "would", "could", "may", "might", "can", "should", "must", "'ll", "plans", "wants"})
_CUE = re.compile(r"\b(?:flew|flies|fled|flees|arriv|land|return|travel|escap|left|leaves|am\s+now|is\s+now|already\s+in)", re.I)


def _market_country(ctx: MarketContext) -> str | None:
    obj = (ctx.target.object or "").strip()
    return country_of(obj) or (country_of(obj.split()[-1]) if obj else None)


def asked_stay(ctx: MarketContext) -> bool:
    """A stays-true market on a party remaining in a country ('remain in Japan')."""
    return ctx.target.kind == "state" and (ctx.target.act or "") in ("remain", "stay") and _market_country(ctx) is not None


def _country(place: str) -> str | None:
    words = place.split()
    return next((c for n in range(len(words), 0, -1) if (c := country_of(" ".join(words[:n])))), None)


def gone(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(the verb's token, its wording) when the market's party is told gone to, or being in, another
    country than the market's; else None."""
    text = f.sent.text
    if not _CUE.search(text):
        return None
    home = _market_country(ctx)
    if home is None:
        return None
    for rx in (_TRAVEL, _BEING):
        for m in rx.finditer(text):
            verb = m.group("verb")
            if rx is _TRAVEL and (m.group("prep") == "for") != (_VERBS[verb.lower()] == "leave"):
                continue  # 'left for Beirut', 'flew to Beirut' (not 'left in a hurry', 'flew for hours')
            there = _country(m.group("place"))
            if there is None or there == home:
                continue
            before = text[:m.start()]
            if not any(p.search(before) for p in ctx.actor_patterns.values()):
                continue
            if rx is _BEING and verb.lower() == "am" and not re.search(r"[\"“]\s*(?:\w+\s+){0,3}$", before):
                continue  # 'I am now in …' only as the named party's quoted words
            i = f.sent.token_at(m.start("verb"))
            prev = [t.lower for t in f.sent.tokens[max(0, i - 3):i]]
            if set(prev) & _NOT_DONE or negation(f, i) or conditional_clause(f.sent, i):
                continue
            if rx is _TRAVEL:
                asp = aspect(f.sent, i, _VERBS[verb.lower()])
                if not (asp == "past" or (f.sent.headline and asp == "present")):
                    continue
            return i, f"'{m.group(0)}' (gone to another country than {ctx.target.object})"
    return None
