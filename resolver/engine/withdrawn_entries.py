"""An entrant withdrawn from the event the market asks it to take part in: 'Defending champion
Rafael Nadal withdrew from Wimbledon on Friday because of tendinitis in his knees' for a market on
Nadal playing a match at Wimbledon. A withdrawing verb (cancellations.json 'withdrawals') told as
done — past, or a headline's present; not negated, hedged, conditional or in a concessive — whose
subject is the market's party (its name nearest before the verb, no other doer) and whose 'from' /
'out of' phrase names the market's event by a capitalised word of the question that is not the
party's own name. Read by rules/ruled_out.py as the act called off.

Held back: a withdrawal told with a part of the event ('before his third-round match', 'retired
during the second set', 'pulled out of the race on lap 12'), which may come after the party took
part; and a market whose act is not one of taking part (`acts`).

A market asking for a part of an event ('compete in the women's individual all-around final at the
Tokyo Olympics') is answered by a withdrawal from that part: 'has withdrawn from Thursday's final
individual all-round competition' names the part and another of the question's words for it
(spelt 'all-round' or 'all-around'); 'pulled out of the team final' names a part the question does
not ('team' before the part's word) and is another part's."""

from __future__ import annotations

import re

from .analysis import MarketContext, SentenceFacts, aspect, negation
from .contests import nearest_name
from .packaged import load_json
from .text import conditional_clause, lemmas_of
from .verb_aspect import concessive_adjunct

_DATA = load_json("cancellations.json")["withdrawals"]
VERBS = frozenset(_DATA["verbs"])
ACTS = frozenset(_DATA["acts"])
PARTS = frozenset(_DATA["parts"])
_REACH = 4  # words after 'from' / 'out of' in which the event's name must stand


def asked(ctx: MarketContext) -> bool:
    """The market asks its party to take part in an event ('play a singles match at …', 'start the
    … Grand Prix', 'race in …')."""
    act = (ctx.target.act or "").lower()
    return bool(act) and (act in ACTS or bool(lemmas_of(act) & ACTS))


def _event_named(ctx: MarketContext, f: SentenceFacts, j: int) -> str | None:
    """The capitalised word of the question, not the party's own name, in the words after 'from' /
    'out of' (token j is the first of them)."""
    toks = f.sent.tokens
    party = set((ctx.target.candidate or "").lower().split()) | {
        w.lower() for a in ctx.target.actors[:1] for w in a.split()}
    question = set(re.findall(r"\b[A-Z][\w'’-]+", ctx.market.question))
    for k in range(j, min(len(toks), j + _REACH)):
        w = toks[k].text
        if w[:1].isupper() and w in question and w.lower() not in party:
            return w
        if toks[k].lower in (",", ";", ".", "because", "after", "on", "with", "due"):
            return None
    return None


_STOPS = frozenset({",", ";", ".", "because", "after", "on", "with", "due", "to", "in", "amid", "citing"})


def _near(a: str, b: str) -> bool:
    """The same word in two spellings ('all-round', 'all-around'): equal, or one letter added, for long words."""
    if a == b:
        return True
    if min(len(a), len(b)) < 8 or abs(len(a) - len(b)) != 1:
        return False
    short, long_ = sorted((a, b), key=len)
    return any(long_[:k] + long_[k + 1:] == short for k in range(len(long_)))


# stages that are one occasion of their own: a question naming one asks about that stage ('compete in the
# … all-around final'); a unit of play ('a singles match', 'a round') is not one ('before his third-round match')
_STAGES = frozenset({"final", "semifinal", "semi-final", "quarterfinal", "quarter-final"})


def named_parts(question: str) -> frozenset[str]:
    """The stages of an event the question itself asks about ('final', 'semifinal')."""
    words = {w.lower() for w in re.findall(r"[\w-]+", question)}
    return frozenset(PARTS & _STAGES & words)


def _part_named(ctx: MarketContext, f: SentenceFacts, j: int, parts: frozenset[str]) -> str | None:
    """The words after 'from' (token j) name the question's part: its word, another lowercase word the
    question gives it, and no lowercase word right before the part's word that the question lacks."""
    toks = f.sent.tokens
    question = [w.lower() for w in re.findall(r"[\w'’-]+", ctx.market.question)]
    end = next((k for k in range(j, min(len(toks), j + 10)) if toks[k].lower in _STOPS), min(len(toks), j + 10))
    phrase = toks[j:end]
    at = next((n for n, t in enumerate(phrase) if t.lower in parts), None)
    if at is None:
        return None
    before = phrase[at - 1] if at else None
    if before is not None and before.text[:1].islower() and before.lower not in ("the", "a", "her", "his", "their", "its") \
            and not any(_near(before.lower, q) for q in question):
        return None  # 'the team final' for the individual final
    shared = [t.text for n, t in enumerate(phrase) if n != at and t.text[:1].islower() and len(t.lower) > 4
              and any(_near(t.lower, q) for q in question)]
    return f"{phrase[at].text} ({shared[0]})" if shared else None


def find(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(the verb's index, its wording) when the market's party is told withdrawn from its event."""
    if not asked(ctx) or not f.actors:
        return None
    toks = f.sent.tokens
    low = [t.lower for t in toks]
    parts = named_parts(ctx.market.question)
    if any((w in PARTS and w not in parts) or w.startswith("mid-") for w in low):
        return None  # '… before his third-round match': a part of the event, which may follow taking part
    for k, t in enumerate(toks):
        hits = sorted(t.lemmas & VERBS)
        if not hits:
            continue
        j = k + 1
        if j < len(toks) and low[j] == "out":
            j += 1
            if j < len(toks) and low[j] == "of":
                j += 1
            else:
                continue
        elif j < len(toks) and low[j] == "from":
            j += 1
        else:
            continue
        if aspect(f.sent, k, hits[0]) != "past" or negation(f, k) or conditional_clause(f.sent, k) \
                or concessive_adjunct(f.sent, k):
            continue
        doer = nearest_name(f, f.sent.clause_of(k)[0], k)
        if doer is None or not any(p.search(doer) for p in ctx.actor_patterns.values()):
            continue
        stage = parts and any(t.lower in PARTS for t in toks[j:j + 10])
        event = _part_named(ctx, f, j, parts) if stage else _event_named(ctx, f, j)
        if event is None:
            continue
        return k, " ".join(x.text for x in toks[k:j]) + f" {event}"
    return None
