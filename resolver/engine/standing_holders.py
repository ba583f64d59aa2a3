"""A holder told still in office on the deadline's day (rules/state_continues.py).

For a 'stays true until' market on an office ("Will Recep Tayyip Erdoğan remain President of
Turkey through July 17, 2016?"), an article published on the deadline's day that tells the holder
still holding it is the state standing on that day — the window's last — as a careful reader takes
it:

- the holder survived an attempt to remove him, told as done: "Turkish President Recep Tayyip
  Erdogan survived a deadly challenge to his rule", "has survived an attempt by Tory MPs to oust
  him", "survived a no-confidence vote" (the thing survived is a challenge, an attempt, a coup, a
  vote or a motion: data `standing_holders.json` 'survived');
- the holder told in the present as acting in the office the market names: "Goodluck Jonathan, the
  vice-president, who is acting as the head of state", "remains acting president" (the office's
  words in the question or its criteria).

Not such a report: an article of an earlier day (the state may still end before the deadline), a
negation or a condition, a modal ('is expected to survive'), a holder not named as the subject (or
the one a relative 'who' takes up), a past or future tense ('was acting as', 'will serve as')."""

from __future__ import annotations

import re

from .analysis import MarketContext, SentenceFacts, negation
from .packaged import load_json
from .text import conditional_clause

_DATA = load_json("standing_holders.json")
_SURVIVED = "|".join(map(re.escape, _DATA["survived"]))
# 'survived a deadly challenge to his rule', 'has survived an attempt by Tory MPs to oust him'
_SURVIVE = re.compile(rf"\b(?:survived|survives)\s+(?:(?:a|an|the|this|his|her|their|another|today's)\s+)?"
                      rf"(?:[\w-]+\s+){{0,3}}?(?:{_SURVIVED})\b", re.I)
_MODAL = re.compile(r"\b(?:will|would|could|may|might|expected|likely|set|poised|hopes?|seeks?|trying|to)\s+(?:\w+\s+)?$", re.I)
# 'who is acting as the head of state', 'remains acting president', 'is still serving as'
_ACTING = re.compile(r"\b(?:is|remains)\s+(?:still\s+)?(?:acting|serving)\s+as\s+(?P<office>(?:[\w'’-]+\s+){0,4}[\w'’-]+)",
                     re.I)
# between the holder and the present verb: nothing, or an apposition then 'who'
_LINK = re.compile(r"^\s*(?:,\s*(?:[\w'’.-]+\s+){0,4}[\w'’.-]+\s*,\s*)?(?:who\s+)?(?:(?:has|had|narrowly|again|just)\s+)*$",
                   re.I)
_OFFICE_WORDS = tuple(_DATA["offices"])


def on_deadline_day(ctx: MarketContext, f: SentenceFacts) -> bool:
    deadline = ctx.market.deadline
    pub = f.article.published
    return pub <= deadline and pub.astimezone(deadline.tzinfo).date() == deadline.date()


def _holders(ctx: MarketContext) -> list[re.Pattern[str]]:
    """The market's actors not named in its office ('Erdoğan', not 'Turkey' of 'President of Turkey')."""
    office = (ctx.market.question or "").lower()
    terms = [t for t in ctx.target.object_terms if len(t) >= 4]
    return [p for actor, p in ctx.actor_patterns.items()
            if not any(w.startswith(t) for w in actor.lower().split() for t in terms)
            and not re.search(rf"\bof\s+(?:the\s+)?{re.escape(actor.lower())}\b", office)]


def _office_named(ctx: MarketContext, office: str) -> bool:
    """The complement names the market's office ('the head of state' for criteria on acting as
    Nigeria's head of state)."""
    text = f"{ctx.market.question} {ctx.market.criteria or ''}".lower()
    low = office.lower()
    return any(w in low and w in text for w in _OFFICE_WORDS)


def _holder_subject(f: SentenceFacts, holders: list[re.Pattern[str]], at: int) -> bool:
    before = f.sent.text[:at]
    for p in holders:
        for m in p.finditer(before):
            if _LINK.match(before[m.end():]):
                return True
    return False


def _token_at(f: SentenceFacts, pos: int) -> int:
    return next((k for k, t in enumerate(f.sent.tokens) if t.start >= pos), len(f.sent.tokens) - 1)


def stood(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(token, words) of the holder told still in office, in an article of the deadline's day."""
    if ctx.target.kind != "state" or not on_deadline_day(ctx, f):
        return None
    holders = _holders(ctx)
    if not holders:
        return None
    text = f.sent.text
    for m in _SURVIVE.finditer(text):
        i = _token_at(f, m.start())
        if _MODAL.search(text[:m.start()]) or negation(f, i) or conditional_clause(f.sent, i):
            continue
        if _holder_subject(f, holders, m.start()):  # 'Erdogan survived', 'Johnson has survived'
            return i, f"'{m.group(0)}'"
    for m in _ACTING.finditer(text):
        i = _token_at(f, m.start())
        if negation(f, i) or conditional_clause(f.sent, i) or not _office_named(ctx, m.group("office")):
            continue
        if _holder_subject(f, holders, m.start()):
            return i, f"'{m.group(0)}'"
    return None
