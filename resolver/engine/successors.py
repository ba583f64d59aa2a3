"""Successors (read by rules/state_ended.py): a state that is a holder's tenure is over when the
body that decides names someone to replace the holder ('Boeing has named Robert "Kelly" Ortberg to
replace CEO Dave Calhoun'), or when another person is reported taking the holder's office ('Rishi
Sunak has been appointed Britain's Prime Minister'). Word lists are data (`resolver/data/endings.json`:
'successor_verbs', 'successor_links', 'new_holder_verbs', 'office_qualifiers')."""

from __future__ import annotations

import re

from .analysis import MarketContext, SentenceFacts, aspect, negation
from .lexicon import OFFICES
from .packaged import load_json
from .text import conditional_clause

_DATA = load_json("endings.json")
SUCCESSOR = frozenset(_DATA["successor_verbs"])
LINKS = frozenset(_DATA["successor_links"])
NEW_HOLDER = frozenset(_DATA["new_holder_verbs"])
OFFICE_QUALIFIERS = frozenset(_DATA["office_qualifiers"])


def named(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """'Boeing has named Robert "Kelly" Ortberg to replace CEO Dave Calhoun': the body that decides
    named the holder's successor."""
    toks = f.sent.tokens
    for i, tok in enumerate(toks):
        verbs = tok.lemmas & SUCCESSOR
        if not verbs or aspect(f.sent, i, sorted(verbs)[0]) != "past" or negation(f, i):
            continue
        for k in range(i + 1, min(len(toks) - 1, i + 10)):
            if toks[k].lower == "to" and toks[k + 1].lemmas & LINKS:
                after = f.sent.text[toks[k + 1].start:toks[k + 1].start + 50]
                if any(p.search(after) for p in ctx.actor_patterns.values()):
                    return i, f"'{tok.text} … to {toks[k + 1].text}'"
                break
    return None


# the longest office first: 'prime minister' before 'minister'
_OFFICES_LONGEST_FIRST = tuple(sorted(OFFICES, key=len, reverse=True))


def took_office(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """'Rishi Sunak has been appointed Britain's Prime Minister by King Charles III', for 'Will Liz
    Truss remain UK Prime Minister …?': another person took the holder's office (the office named
    right after the verb, the holder named nowhere in the sentence), so the holder's tenure is
    over. An office of another body ('CEO of Pfizer' for Boeing's CEO) or another post ('deputy
    prime minister') is not the holder's."""
    office = next((o for o in _OFFICES_LONGEST_FIRST
                   if re.search(rf"\b{re.escape(o)}\b", (ctx.target.object or "").lower())), None)
    holder = ctx.actor_patterns.get(ctx.target.actors[0]) if ctx.target.actors else None
    if office is None or holder is None or holder.search(f.sent.text):
        return None
    toks = f.sent.tokens
    for i, tok in enumerate(toks):
        verbs = tok.lemmas & NEW_HOLDER
        if not verbs or aspect(f.sent, i, sorted(verbs)[0]) != "past" or negation(f, i) or conditional_clause(f.sent, i):
            continue
        after = f.sent.text[tok.start + len(tok.text):tok.start + len(tok.text) + 70]
        m = re.match(rf"\s+(?:in\s+)?(?:as\s+)?(?:(?:the|a|an|its|their|[A-Z][\w.-]*(?:'s|’s))\s+)?"
                     rf"(?:new\s+)?(?P<q>[\w-]+\s+)?(?P<o>{re.escape(office)})\b(?P<rest>.*)", after, re.I)
        if m is None or (m.group("q") and m.group("q").strip().lower() in OFFICE_QUALIFIERS):
            continue
        if m.group("q") and m.group("q").strip().lower() not in {w.lower() for w in (ctx.target.object or "").split()}:
            continue  # 'appointed foreign minister' is not 'prime minister'
        of = re.match(r"\s+(?:of|at|for)\s+(?P<who>.{1,50})", m.group("rest"))
        who = re.split(r"[,.;:]|\s(?:on|in|at|after|before|from|effective|last|this|next|who|which|when|and)\b",
                       of.group("who"))[0] if of else ""
        if of and not any(p.search(who) for p in ctx.actor_patterns.values()):
            continue  # the office of another body ('chief executive of its subsidiary', 'CEO of Pfizer')
        return i, f"'{tok.text} … {m.group('o')}' (another person took the office)"
    return None
