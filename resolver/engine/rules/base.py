"""Shared helpers for rules: building a contribution that quotes its sentence."""

from __future__ import annotations

import re

from ..analysis import MarketContext, SentenceFacts, event_time, negation
from ..text import conditional_clause
from ..timex import TimeSpan
from ..types import Contribution, Direction


def cite(f: SentenceFacts, rule: str, direction: Direction, weight: float, reason: str,
         temporal: str | None = None) -> Contribution:
    """A contribution quoting f's sentence verbatim, with its article."""
    a = f.article
    where = "headline" if f.sent.headline else f"sentence {f.sent.index}"
    return Contribution(
        rule=rule, direction=direction, weight=round(weight, 4), reason=f"{reason} ({where})",
        sentence=f.sent.text, article_url=a.url, article_title=a.title, published=a.published,
        source=a.source or None, temporal=temporal,
    )


_PERIOD_END = re.compile(r"\b(?:until|till|through|beyond)\s+(?:the\s+(?:end|start|middle)\s+of\s+)?(?:\w+\s+){0,2}(?:19|20)\d\d\b", re.I)


def reported_in_window(ctx: MarketContext, f: SentenceFacts, i: int) -> TimeSpan | None:
    """The date of what token i reports, when it is told affirmatively (not negated, not in a
    condition), of the question's year when both name years, and dated inside the market's window,
    not after the article; else None."""
    if negation(f, i) or conditional_clause(f.sent, i):
        return None
    years = set(re.findall(r"\b(?:19|20)\d\d\b", ctx.market.question))
    # ('suspend accession talks … until the end of 2028': a year that ends a period is no other occasion)
    named = set(re.findall(r"\b(?:19|20)\d\d\b", _PERIOD_END.sub(" ", f.sent.text)))
    if years and named and not years & named:
        return None  # 'a similar bill got 80 votes in favour in 2019': another occasion's figure
    span = event_time(f, i)
    ws = ctx.target.window_start
    if span.starts_after(ctx.market.deadline) or (ws is not None and span.ends_before(ws)) \
            or span.start.date() > f.article.published.date():
        return None
    return span


def earlier_note(ctx: MarketContext, f: SentenceFacts, i: int, rule: str, wording: str,
                 span: TimeSpan | None = None, words: str = "") -> Contribution | None:
    """A weightless note when the act (or its failure, its calling-off) at token i, with the
    sentence's `words` telling it, is dated by its own clause before the start taken for a
    market naming none (earlier_occurrence.py)."""
    from ..earlier_occurrence import earlier
    toks = f.sent.tokens
    first, end = i, f.phrase_ends.get(i, i + 1)
    at = f.sent.text.lower().find(words.lower()) if words else -1
    if at >= 0:
        k = f.sent.token_at(at)
        last = max((j for j in range(k, len(toks)) if toks[j].start < at + len(words)), default=k)
        first, end = min(first, k), max(end, last + 1)
    found = earlier(ctx, f, (first, end), span if span is not None else event_time(f, i))
    return cite(f, rule, "none", 0.0, f"{wording}, but {found[0]}", found[1]) if found else None
