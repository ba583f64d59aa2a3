"""A headline's act retold, dated, in its own article's body.

A headline tells its article's news without a date ('Napoli wins first Scudetto since 1990', 'FTC
Signals Approval for $60B Exxon-Pioneer Deal'); the body tells the same act again with its day
('claimed their first Scudetto since 1990 on Thursday', 'signaled Thursday it was prepared to …').
When every body sentence that retells the headline's act dates it, and every such date falls
outside the market's window, the headline reports that act, on that day: it is no unread evidence
of an act inside the window (rules/unread_evidence.py).

A body sentence retells the headline's act when it reports as done (mentions.py: positive,
asserted or reported, done) either the headline's own predicate in a sentence sharing a content
word of the headline's theme ('signaled' … 'Exxon'), or, in a sentence holding every content word
of the headline after its predicate (at least two: 'Scudetto', '1990'), a predicate whose theme
holds one of them ('claimed their first Scudetto since 1990'). A
retelling with no date of its own, or with a date inside the window, keeps the headline's mention
as evidence."""

from __future__ import annotations

import re

from . import mentions, zoned_dates
from .analysis import MarketContext, SentenceFacts
from .sentence_tense import resolved_spans
from .text import Sentence, article_sentences
from .word_class import DETERMINERS, PREPOSITIONS, PRONOUNS

_WORD = re.compile(r"[a-z0-9]+")
_FUNCTION = DETERMINERS | PREPOSITIONS | PRONOUNS | frozenset({"and", "or", "its", "their", "his", "her", "our"})


def _content(text: str) -> frozenset[str]:
    """The content words of a phrase, lower case, split at hyphens ('Exxon-Pioneer' → exxon, pioneer)."""
    return frozenset(w for w in _WORD.findall(text.lower()) if w not in _FUNCTION and len(w) > 1)


def _theme_words(sent: Sentence, m: mentions.Mention) -> frozenset[str]:
    a, b = m.theme_span
    return _content(" ".join(t.text for t in sent.tokens[a:b]))


def _tail_words(sent: Sentence, m: mentions.Mention) -> frozenset[str]:
    """The content words of the headline after its predicate ('first Scudetto since 1990' → scudetto, 1990)."""
    return _content(" ".join(t.text for t in sent.tokens[m.index + 1:]))


def _retells(head: Sentence, m: mentions.Mention, body: Sentence, m2: mentions.Mention) -> bool:
    if not m2.affirmed:
        return False
    words = _content(body.text)
    if m2.predicate == m.predicate:
        return bool(_theme_words(head, m) & words)
    tail = _tail_words(head, m)
    return len(tail) >= 2 and tail <= words and bool(tail & _theme_words(body, m2))


def dated_outside(ctx: MarketContext, f: SentenceFacts, m: mentions.Mention) -> bool:
    """Whether the headline mention m (of f, a headline) is retold in its article's body, every
    retelling dated in the sentence itself, and every date outside the market's window."""
    if not f.sent.headline:
        return False
    article = f.article
    ws = ctx.target.window_start
    deadline = ctx.market.deadline
    outside = False
    for sent in article_sentences(article.title, article.text):
        if sent.headline:
            continue
        retold = [m2 for m2 in mentions.read(sent) if _retells(f.sent, m, sent, m2)]
        if not retold:
            continue
        body = SentenceFacts(sent=sent, article=article)
        body.spans = zoned_dates.in_deadline_zone(sent.text, resolved_spans(sent, article.published), deadline)
        for m2 in retold:
            span = body.nearest_span(m2.index, dating_only=True)
            if span is None:
                return False  # retold with no date: the headline's act may be inside the window
            if not (span.starts_after(deadline) or (ws is not None and span.ends_before(ws))):
                return False  # retold inside the window
            outside = True
    return outside
