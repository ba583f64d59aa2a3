"""Prospective levels: a figure that is the object of an infinitive governed by a word of prospect
('Average gas price poised to hit $4 a gallon this week!', 'is on track to cross $2 billion
worldwide', 'is set to exceed 8 percent for the first time', 'the Brothers of Italy (FdI) set to get
4.1%') is a level the measure is heading for, not one reported: it crosses no bar.

A crossing told in the future tense ('prices will likely top $4', 'is due to pass 100') is the same
fact: the auxiliary (or 'due', 'about', 'going' + 'to'), an '-ly' adverb at most, the verb, and only
a preposition of crossing ('above', 'past', …) or 'the' before the figure ('due to wind gusts
exceeding 3 …' tells a cause, not a prospect).

'expected to', 'likely to' are hedges already (hedges.py weakens them); this reads the governing
words that are no hedge elsewhere ('set' is a common verb, 'due' an adjective of debts). Only the
infinitive form counts: 'was set at 4%' or 'set a record of 4%' is a level told, and so is a
prospect told before another verb ('prices that were set to rise have hit $4').

Any other word that governs the infinitive and makes it no report in the event-mention reading
(mentions.py: a plan, a forecast, a promise, a demand, an attempt — 'plans to top $100', 'vowed to
raise $22 billion', 'tried to reach 157', 'wants to hit $2,000') makes the level one to come as well
(`governed`): the figure's own verb, right before it (a preposition of crossing or 'the' between),
right after 'to', or a gerund ('eyes topping 6,000'), or the nearest verb of its clause, its object
between ('plans to cut interest rates to 4%').

Read by rules/threshold_crossed.py. Pure and deterministic."""

from __future__ import annotations

import re

from . import mentions, unasserted
from .frames import MODALITY
from .text import Sentence

# the governing word, 'to', the infinitive, up to two more words, then the figure (the text ends
# right before the figure): 'poised to hit ', 'on track to cross ', 'set to climb above '
_INFINITIVE = (r"\b(?:poised|set|on\s+(?:track|course)|slated|tipped|bound)\s+to\s+(?:[a-z]+ly\s+)?[a-z]+\s+"
               r"(?:(?!(?:have|has|had|is|are|was|were|been)\b)[a-z-]+\s+){0,2}")
# the future told by an auxiliary: 'will likely top ', 'is due to pass the '
_FUTURE = (r"(?:will|shall|'ll|(?:due|about|going)\s+to)\s+(?:[a-z]+ly\s+)?[a-z]+\s+"
           r"(?:(?:above|past|over|beyond|through)\s+)?(?:the\s+)?")
_PROSPECT = re.compile(r"(?:" + _INFINITIVE + r")(?:[$€£₹]\s?)?$", re.I)
_PROSPECT_FUTURE = re.compile(r"(?:" + _FUTURE + r")(?:[$€£₹]\s?)?$", re.I)
_PREFILTER = re.compile(r"\b(?:poised|set|track|course|slated|tipped|bound|will|shall|due|about|going)\b|'ll\b", re.I)


def prospect(before: str, future: bool = False) -> str | None:
    """The words before a figure ('poised to hit') when they make it a level to come, a forecast of a
    crossing and not one reported, else None; with `future`, the crossing told by an auxiliary
    instead ('will likely top'), read only for a figure that crosses the bar and is no reported
    figure of its own occasion ('will forfeit over $11 billion' is the order's sum, told as it is).
    `before` is the text right before the figure, a few dozen characters."""
    if not _PREFILTER.search(before):
        return None
    m = (_PROSPECT_FUTURE if future else _PROSPECT).search(before)
    return None if m is None else " ".join(m.group(0).split())


_BETWEEN = frozenset({"above", "past", "over", "beyond", "through", "the", "a", "an", "more", "than", "nearly", "almost",
                      "about", "around", "some", "roughly", "$", "€", "£", "₹"})
# the modalities of a mention that is no report of the act (mentions.py)
_GOVERNING = frozenset().union(*(MODALITY[k] for k in ("planned", "expected", "attempted", "demanded")))
_NOT_TOLD_DONE = frozenset({"planned", "expected", "demanded", "attempted", "hypothetical", "denied", "claimed"})


def governed(sent: Sentence, k: int) -> str | None:
    """'plans to top' when the figure at token k is the object of an infinitive that a word of plan,
    forecast, promise, demand or attempt governs (its mention's modality), or 'whether …' when it
    stands in a stretch the sentence does not assert (unasserted.py: 'It is not yet clear whether the
    bank has cut rates to 4%'), else None."""
    held = unasserted.scope(sent, k)
    if held is not None:
        return f"{held[1]} …"
    j = k - 1
    while j > 0 and k - j <= 4 and sent.tokens[j].lower in _BETWEEN:
        j -= 1
    gerund = sent.tokens[j].lower.endswith("ing")  # 'eyes topping 6,000'
    if j < 1 or not (sent.tokens[j - 1].lower == "to" or gerund) or not sent.tokens[j].lower.isalpha():
        return _moved_to(sent, k)
    m = next((m for m in mentions.read(sent) if m.index == j), None)
    if m is None and gerund and sent.tokens[j - 1].lemmas & _GOVERNING:
        return f"{sent.tokens[j - 1].text} {sent.tokens[j].text}"  # ('topping' read as no verb of its own)
    if m is None or m.modality not in _NOT_TOLD_DONE or not m.cue:
        return None
    return f"{m.cue} {'' if gerund else 'to '}{sent.tokens[j].text}"


_MOVE_REACH = 8  # words between a verb of the figure's clause and the figure ('plans to cut interest rates to 4%')


def _moved_to(sent: Sentence, k: int) -> str | None:
    """'plans to cut interest rates to 4%': the nearest verb before the figure at token k in its clause is
    a mention under a plan, promise, forecast or attempt, with only its object and a preposition between."""
    a, _ = sent.clause_of(k)
    found = {m.index: m for m in mentions.read(sent) if m.kind == "verb" and a <= m.index < k}
    for j in range(k - 1, max(a, k - _MOVE_REACH) - 1, -1):
        m = found.get(j)
        if m is None:
            continue
        if m.modality in _NOT_TOLD_DONE and m.cue and sent.tokens[j - 1].lower == "to":
            return f"{m.cue} to {sent.tokens[j].text}"
        return None
    return None
