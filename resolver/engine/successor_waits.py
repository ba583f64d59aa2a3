"""A holder who stays until a successor comes, and the successor's step dated after the deadline:
'Until the next government has been formed, Merkel will continue to lead Germany in a caretaker
position' with, in the same article, 'they aim to have the country's next chancellor in place in
early December'; 'I will continue to exercise my function (until the new election)' with 'new
elections, which will take place sometime between December and March'; 'intends to continue as
chancellor until her term ends in 2021'.

A holder who says he stays on until the one who replaces him is chosen keeps the office until that
step is taken; when the step (a new government, a coalition, an election, the next holder, the end
of the term) is set for a day after the deadline, the office is held through it — which is what a
'stays true until' market on an office asks.

Read (for a market on an office):
- a stays-true verb ('continue', 'remain', 'stay', 'serve') told in the future or as what the
  holder intends or is asked to do ('will continue', 'intends to continue', 'asked Merkel to
  continue'), not negated nor conditional, in a sentence that names the holder or the office;
- 'until' (or 'till') followed within a few words by a successor step: a successor noun
  ('successor', 'government', 'coalition', 'election', 'term'), or the office's own noun after
  'new' / 'next' ('the next chancellor');
- the step's date: a time expression after 'until' in the same sentence, else one after a successor
  noun in another sentence of the same article; it must start after the deadline and be no upper
  bound ('by the end of the summer', 'before', 'within', 'no later than': the step may come sooner),
  nor told under a condition or a modal ('if no new government is established, … an election that
  would likely be held in spring 2009': one outcome of several).
  Besides the time expressions timex.py reads, a step is dated here by its year ('ends in 2021') or
  by the months it falls between ('sometime between December and March', the next such December).

Not read: a holder's own departure set for a later day ('will step down on July 5'; not_ending_about
in endings.json), a step dated by the deadline, an undated step."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from .analysis import MarketContext, SentenceFacts, aspect, negation
from .lexicon import CONDITIONALS, MONTHS
from .text import article_sentences, conditional_clause
from .timex import TimeSpan, find_time_expressions

_STAYS = frozenset({"continue", "remain", "stay", "serve"})
# verbs whose infinitive complement is what the holder means (or is asked) to do
_INTENT = frozenset({"intend", "plan", "ask", "agree", "pledge", "vow", "promise", "decide", "want", "request"})
_UNTIL = frozenset({"until", "till"})
# the steps that put a successor in place
SUCCESSOR_NOUNS = frozenset({"successor", "government", "coalition", "cabinet", "election", "elections", "term",
                             "administration"})
_NEW = frozenset({"new", "next"})
_MAYBE = frozenset({"would", "could", "might", "may"})
_UPPER = re.compile(r"\b(?:by|before|within|no\s+later\s+than|not\s+later\s+than|as\s+early\s+as|ahead\s+of|prior\s+to)"
                    r"\s+(?:the\s+)?$", re.I)


def _office_words(ctx: MarketContext) -> frozenset[str]:
    return frozenset(w.lower() for w in ctx.target.object_terms) | frozenset((ctx.target.object or "").lower().split())


def _step_at(toks, k: int, office: frozenset[str]) -> bool:
    """Token k names a successor step: a successor noun, or the office's noun after 'new' / 'next'."""
    w = toks[k].lower
    if w in SUCCESSOR_NOUNS:
        return True
    return w in office and any(toks[j].lower in _NEW for j in range(max(0, k - 3), k))


def _stays_verb(f: SentenceFacts) -> int | None:
    """The stays-true verb told as what the holder will (or means to) do, else None."""
    toks = f.sent.tokens
    for i, t in enumerate(toks):
        lemma = next(iter(sorted(t.lemmas & _STAYS)), None)
        if lemma is None or negation(f, i) or conditional_clause(f.sent, i):
            continue
        intended = i >= 2 and toks[i - 1].lower == "to" and bool(toks[i - 2].lemmas & _INTENT) \
            or i >= 3 and toks[i - 1].lower == "to" and bool(toks[i - 3].lemmas & _INTENT)  # 'asked Merkel to continue'
        if intended or aspect(f.sent, i, lemma) == "future":
            return i
    return None


def _until_step(f: SentenceFacts, office: frozenset[str]) -> tuple[int, int] | None:
    """(index of 'until', index of the successor step it leads to within five words), else None."""
    toks = f.sent.tokens
    for u, t in enumerate(toks):
        if t.lower not in _UNTIL:
            continue
        for k in range(u + 1, min(len(toks), u + 6)):
            if toks[k].text in ",;)":
                break
            if _step_at(toks, k, office):
                return u, k
    return None


_YEAR = re.compile(r"\b(?:in|from)\s+(?P<y>(?:19|20)\d\d)\b(?![-/]\d)")
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_BETWEEN = re.compile(rf"\bbetween\s+(?P<a>{_MONTH})\s+and\s+(?P<b>{_MONTH})\b", re.I)


def _step_dates(text: str, published: datetime) -> list[TimeSpan]:
    """The step's year ('in 2021') or month range ('between December and March', from the next such
    first month on): dates timex.py leaves unread, read here only for a successor step."""
    out = find_time_expressions(text, published, "future")
    for m in _YEAR.finditer(text):
        y = int(m.group("y"))
        start = published.replace(year=y, month=1, day=1, hour=0, minute=0, second=0, microsecond=0)
        out.append(TimeSpan(m.group(0), m.start(), start, start.replace(month=12, day=31, hour=23, minute=59),
                            f"'{m.group(0)}' → the year {y}"))
    for m in _BETWEEN.finditer(text):
        a = MONTHS[m.group("a").lower()]
        y = published.year + (1 if a < published.month else 0)
        start = published.replace(year=y, month=a, day=1, hour=0, minute=0, second=0, microsecond=0)
        out.append(TimeSpan(m.group(0), m.start(), start, start + timedelta(days=365),
                            f"'{m.group(0)}' in an article of {published:%a %d %b %Y} → from {start:%b %Y} on"))
    return sorted(out, key=lambda s: s.pos)


def _after(span: TimeSpan, text: str, deadline: datetime) -> bool:
    return span.starts_after(deadline) and not _UPPER.search(text[max(0, span.pos - 25):span.pos]) \
        and not re.match(r"(?:by|before|within)\b", span.text, re.I)


def _supposed(sent, pos: int) -> bool:
    """The step's date is told under a condition or a modal ('But if no new government is established,
    … until after a general election that would likely be held in spring 2009'): one outcome of
    several, not the step's date."""
    return any(t.lower in CONDITIONALS or t.lower in _MAYBE for t in sent.tokens if t.start < pos)


def _dated_elsewhere(ctx: MarketContext, f: SentenceFacts, office: frozenset[str]) -> tuple[str, TimeSpan] | None:
    """Another sentence of the article dating a successor step after the deadline: (sentence, span)."""
    deadline, published = ctx.market.deadline, f.article.published
    for s in article_sentences(f.article.title, f.article.text):
        if s.index == f.sent.index and s.headline == f.sent.headline:
            continue
        steps = [t.start for k, t in enumerate(s.tokens) if _step_at(s.tokens, k, office)]
        if not steps:
            continue
        for span in _step_dates(s.text, published):
            if span.pos > steps[0] and _after(span, s.text, deadline) and not _supposed(s, span.pos):
                return s.text, span
    return None


def waits_for_successor(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str, TimeSpan] | None:
    """(index of the stays-true verb, wording, the step's date) when the holder stays until a
    successor step dated after the deadline; else None."""
    office = _office_words(ctx)
    found = _until_step(f, office)
    if found is None:
        return None
    i = _stays_verb(f)
    if i is None or not (f.actors or f.object_idx):
        return None
    u, k = found
    toks, deadline = f.sent.tokens, ctx.market.deadline
    step = "'" + " … ".join(toks[j].text for j in sorted({i, u, k})) + "'"  # in the sentence's order
    for span in list(f.spans) + _step_dates(f.sent.text, f.article.published):
        if span.pos > toks[u].start and _after(span, f.sent.text, deadline):
            return i, f"{step}, the step set for '{span.text}'", span
    elsewhere = _dated_elsewhere(ctx, f, office)
    if elsewhere is None:
        return None
    sentence, span = elsewhere
    return i, f"{step}, the step set for '{span.text}' (\"{sentence}\")", span
