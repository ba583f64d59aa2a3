"""The new date of a postponed act told in another sentence of the same article (README 'How the
engine decides', rule `ruled_out`): "Samsung has delayed the launch of the Galaxy S25 Edge. … the
company plans to unveil the device at an event in May or June." The push-back sentence gives no
date, so alone it is a setback after which the act may still come in time
(called_off.OPEN_DELAY_NOTE); the other sentence dates the same act after the deadline in the
words of a plan or a rescheduling, and together they tell the act moved past the deadline.

The other sentence links to the postponement only when it clearly dates the same act:
- it names the act (its verb or its noun), either with the market's object (or its actor when
  the article names no object: an actor's other act is not the object's), or bare, led by a
  determiner ('the launch', 'the company plans to unveil the device'), and with no other name
  before the act in its clause (not 'the Antares launch');
- the date is a new one, not one told unchanged ('still set to launch globally on June 5');
- the act stands in a plan's or a rescheduling's words ('plans to', 'rescheduled for', 'now set
  for', 'the new date', 'will now take place on', 'postponed to'), not negated, hedged by a
  modal ('could be delayed to May') or in a conditional;
- the date nearest the act starts after the deadline and is not a former plan ('originally set
  for April 16'), nor the day of the report;
- no sentence of the article, however it names the act ('It is now set to be unveiled on April
  25'), dates it inside the window after its publication: a new date in time keeps the act open."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .analysis import negation
from .anaphoric_acts import _bare
from .text import conditional_clause
from .verb_aspect import dated_past_verb

if TYPE_CHECKING:
    from .analysis import SentenceFacts

# words that make the act's date a plan or a new date ('plans to unveil', 'rescheduled for',
# 'is now set for', 'pushed back to'), looked for in the act's clause before the date
_PLAN_WORDS = frozenset({"plan", "plans", "planned", "planning", "scheduled", "rescheduled", "slated", "set", "due",
                         "now", "moved", "postponed", "delayed", "deferred", "pushed", "new"})
# modals and hedges under which a date is a possibility, not a plan ('could be delayed to May or June')
_MODALS = frozenset({"could", "may", "might", "would", "possibly", "perhaps", "reportedly", "rumored", "rumoured",
                     "if", "unless", "whether"})
# words telling the date kept, not moved ('remains unchanged, still set to launch … on June 5')
_KEPT = frozenset({"still", "unchanged", "remains", "remain", "unaffected", "intact"})
_FORMER = re.compile(r"\b(?:originally|initially|previously|formerly|first)\b|\b(?:was|were|had\s+been)\s+"
                     r"(?:supposed|meant|due|scheduled|set|slated|planned)\b", re.I)


def _act_tokens(g: SentenceFacts) -> list[int]:
    return sorted(g.act_idx + g.act_noun_idx)


def _names_same_act(g: SentenceFacts, i: int, object_named: bool) -> bool:
    """The act at token i of sentence g is the market's: with its object named in g (or its actor,
    when the article names no object), or bare (a determiner before it, no name before it in its
    clause). An actor named without the object the article names is another act of the actor's
    ('Nintendo delays Switch 2 pre-orders …. The Switch 2's release date remains unchanged, still set
    to launch globally on June 5')."""
    toks = g.sent.tokens
    if g.object_idx:
        return True
    if g.actors:
        return not object_named
    a, _ = g.sent.clause_of(i)
    if any(toks[k].text[:1].isupper() for k in range(max(a, 1), i)):
        return False  # 'the Antares launch', 'SpaceX's launch': another party's act
    return _bare(toks, i)


def _dated_act(g: SentenceFacts, i: int, deadline) -> tuple[object, bool] | None:
    """(the span dating the act at token i, whether it is a plan after the deadline) — None when the
    act is not dated in a plan's words in g."""
    toks = g.sent.tokens
    if negation(g, i) or conditional_clause(g.sent, i):
        return None
    span = g.nearest_span(i)
    if span is None or g.dates_the_statement(span, i) or dated_past_verb(g.sent, span.pos, span.pos + len(span.text)):
        return None
    a, b = g.sent.clause_of(i)
    lo = min(toks[a].start, toks[i].start)
    lead = g.sent.text[lo:span.pos].lower()
    words = set(re.findall(r"[a-z]+", lead))
    if not words & _PLAN_WORDS or words & (_MODALS | _KEPT) or _FORMER.search(lead):
        return None
    return span, span.starts_after(deadline)


def told_elsewhere(f: SentenceFacts, deadline):
    """The other sentence of f's article and its span that give the postponed act a new date after
    the deadline, or None (see the module's doc for the conditions)."""
    found = None
    pub = f.article.published
    object_named = any(h.object_idx for h in f.article_facts)
    for g in f.article_facts:
        if g.sent is f.sent:
            continue
        for i in _act_tokens(g):
            dated = _dated_act(g, i, deadline)
            if dated is None:
                continue
            span, after = dated
            if not after:
                if span.start.date() > pub.date() and span.ends_by(deadline):
                    return None  # a new date inside the window, however the act is named: it may still come in time
                continue
            if _names_same_act(g, i, object_named):
                found = found or (g, span)
    return found
