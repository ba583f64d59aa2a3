"""A status withdrawn told by the holder no longer having it: a market on a status taken away ('Will India withdraw
legal tender status from its ₹500 and ₹1,000 banknotes …?', 'Will the EU revoke Turkey's candidate status …?') is met
by a report that the holder is no longer what the status names — the status's own words (the object's terms before
'status') after a negated copula: 'are no longer legal tender', 'ceased to be legal tender', or, announced, 'announced
that the currency notes … will not be legal tender beginning November 9' (a change told with the day it takes effect).
The negation is the act, not its denial: rules/ruled_out.py's 'will not' does not read against it.

Read only for an event market whose act is one of taking away (withdraw, revoke, strip, remove, scrap, abolish, cancel,
end, rescind, terminate, lose) and whose object ends in 'status' with its own words before it. Told to come ('will not
be', 'will no longer be', 'will cease to be'), it counts only after a past announcing verb (announced, declared, said)
and with the day it takes effect named in its clause, on or before the article's own day and the deadline ('beginning
November 9' in an article of November 9): a change set for a later day is a plan. Not read: a modal of possibility
('could no longer be', 'would not be … if'), a condition, a question, a demand ('demanded that … no longer be'), or a
holder that is the status's ('still legal tender', 'not yet legal tender': 'not' alone, in the present, tells no
change). Pure; rule contribution toward yes, under the confirmation rule's name."""

from __future__ import annotations

import re

from ..analysis import MarketContext, SentenceFacts, negation
from ..settings import EngineSettings
from ..text import all_lemmas, conditional_clause
from ..types import Contribution
from . import does_not_count, hedged
from .base import reported_in_window

NAME = "confirmation"
_TAKING = frozenset({"withdraw", "revoke", "strip", "remove", "scrap", "abolish", "cancel", "end", "rescind",
                     "terminate", "lose"})
# the negated copula told done ('are no longer', 'ceased to be') or to come ('will not be', 'will no longer be')
_DONE = r"(?:(?:is|are|was|were|has\s+been|have\s+been)\s+no\s+longer|(?:has\s+|have\s+)?ceased\s+to\s+be)"
_TO_COME = r"(?:will|shall)\s+(?:not|no\s+longer|cease\s+to)\s+be"
_BEFORE_STATUS = r"(?:\s+(?:a|an|the|considered|recognised|recognized|treated\s+as))?"
_SAYING = re.compile(r"\b(?:announced|declared|said|ruled|decreed|ordered)\b", re.I)
_DEMAND = re.compile(r"\b(?:demand(?:ed|s)?|call(?:ed|s)?\s+for|urg(?:ed|es)|want(?:ed|s)?|propos(?:ed|es)|if|unless|"
                     r"could|may|might|would|should)\b", re.I)


def status_words(ctx: MarketContext) -> tuple[str, ...]:
    """The status's own words ('legal', 'tender' for 'legal tender status'); () when the market asks no status taken
    away."""
    t = ctx.target
    if t.kind != "event" or (t.act or "") not in _TAKING:
        return ()
    words = (t.object or "").split()
    if len(words) < 2 or words[-1].lower() != "status":
        return ()
    own = words[:-1]
    k = max((n + 1 for n, w in enumerate(own) if w.lower().endswith(("'s", "’s"))), default=0)
    return tuple(w.lower() for w in own[k:] if len(w) > 1)  # "Turkey's candidate status": the holder is no word of it


def _other_holder(ctx: MarketContext, f: SentenceFacts, a: int, first: int) -> bool:
    """The copula's subject (from its clause's start, or the last 'that' before it) names a holder the market does not:
    a capitalised word of four letters or more, past the sentence's first, that neither the question nor the criteria
    hold ('Serbia is no longer a candidate' for Turkey's candidate status)."""
    toks = f.sent.tokens
    start = max([a] + [k + 1 for k in range(a, first) if toks[k].lower == "that"])
    known = f"{ctx.market.question} {ctx.market.criteria or ''}".lower()
    for k, t in enumerate(toks[start:first], start=start):
        m = _NAME.fullmatch(t.text)
        base = m.group(1).lower() if m else ""
        if base and base not in known and (k > 0 or not (all_lemmas(base) or base in _OPENERS)):  # 'These notes'
            return True
    return False


_NAME = re.compile(r"([A-Z][a-z]{3,})(?:['’]s)?")


_OPENERS = frozenset({"these", "those", "this", "that", "under", "from", "after", "since", "when", "some", "many", "most"})


def found(ctx: MarketContext, f: SentenceFacts) -> tuple[int, int, str, bool] | None:
    """(token of the status's first word, token to date the report by, wording, told to come) when the sentence
    tells the holder no longer has the status; else None."""
    words = status_words(ctx)
    if not words:
        return None
    status = r"\s+".join(re.escape(w) for w in words)
    text = f.sent.text
    for m in re.finditer(rf"\b(?P<neg>{_DONE}|{_TO_COME}){_BEFORE_STATUS}\s+(?P<status>{status})\b", text, re.I):
        i, first = f.sent.token_at(m.start("status")), f.sent.token_at(m.start())
        if conditional_clause(f.sent, first):
            continue
        a, _ = f.sent.clause_of(first)
        before = text[:m.start()]
        if _DEMAND.search(text[f.sent.tokens[a].start:m.start()]):
            continue
        if _other_holder(ctx, f, a, first):
            continue
        to_come = not re.match(_DONE, m.group("neg"), re.I)
        if not to_come:
            return i, first, f"'{m.group(0)}'", False
        say = None
        for s in _SAYING.finditer(before):
            say = s
        if say is None or _DEMAND.search(before[say.end():]):
            continue
        k = f.sent.token_at(say.start())
        return i, k, f"'{say.group(0)} … {m.group(0)}'", True
    return None


_EFFECT = re.compile(r"\b(?:beginning|from|starting|effective|as\s+of|with\s+effect\s+from|after)\s*$", re.I)


def _effect_day(f: SentenceFacts, i: int):
    """The day the change takes effect: the first time expression after the status at token i, within a few words
    of it and led by 'beginning', 'from', 'starting', 'effective', 'as of' ('will not be legal tender beginning
    November 9'); else None."""
    start = f.sent.tokens[i].start
    for span in sorted(f.spans, key=lambda s: s.pos):
        if span.pos <= start:
            continue
        between = f.sent.text[start:span.pos]
        return span if len(between.split()) <= 6 and _EFFECT.search(between) else None
    return None


def confirm(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    if not status_words(ctx) or not f.actors:
        return []
    hit = found(ctx, f)
    if hit is None:
        return []
    i, k, wording, to_come = hit
    if to_come:  # the change dated by its day of effect, the announcement by its report
        span = _effect_day(f, i)
        ws = ctx.target.window_start
        if span is None or negation(f, k) or span.starts_after(ctx.market.deadline) \
                or span.start.date() > f.article.published.date() or (ws is not None and span.ends_before(ws)):
            return []  # no day of effect named after the change, or a later one: a plan
    else:
        span = reported_in_window(ctx, f, k)
        if span is None:
            return []
    excluded = does_not_count.check(f, "a confirmation")
    if excluded:
        return [excluded]
    why = f"act reported as done: the status told withdrawn, the holder no longer having it ({wording}; the market " \
          f"asks that '{ctx.target.object}' be taken away)"
    return [hedged.weaken(f, i, NAME, "yes", settings.weights.confirmation, why, settings,
                          f"{span.explanation}; deadline {ctx.market.deadline:%a %d %b %Y %H:%M %z}: on or before it")]
