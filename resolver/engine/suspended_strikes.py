"""A planned strike suspended or deferred from the day it was set for ('has suspended its planned teacher
strikes which were due February 15 and 16', 'agreed to defer the proposed strike from August 28'): for a
market on that strike being staged, the occasion is called off, not pushed back to another day of the
window. A walkout is the union's own call, staged on a day it names and gives notice of; once suspended it
needs a new call, so the suspended day, and a window that holds it, is off (rules/ruled_out.py). A
suspension dated to another day than the window's ('A planned strike on Tuesday … has been suspended' for
a strike asked on the Friday that 'remained on the table') is another occasion's and keeps its lesser
strength, and so does one naming no former day.

Another party's or another day's suspension is not the market's strike called off (other_strike): 'The NEU,
another teaching union, has suspended its planned strikes' for NASUWT's strike (the doer is named, and is not
the market's), 'Bus drivers have suspended their planned strike …, easing travel for striking NASUWT teachers'
(the doer is a group the question does not name, while the sentence names the market's party apart from it),
and 'has suspended its planned strike on February 16' for a strike asked on February 15 (the suspended
strike's day lies outside the market's window)."""

from __future__ import annotations

import re
from functools import lru_cache

from . import delays
from .analysis import MarketContext, SentenceFacts
from .lexicon import MONTHS, NOUN_FAMILIES, WEEKDAYS
from .staged_events import STAGING
from .text import all_lemmas, tokenize
from .word_class import AUX_PASSIVE, is_noun

STRIKE_WORDS = frozenset(NOUN_FAMILIES["strike"])
# tokens between the push-back verb and the strike it takes: determiners and modifiers after it, a passive
# subject's own phrase before it ('A planned strike on Tuesday by thousands of workers at Heathrow Airport has
# been suspended')
AFTER, BEFORE = 6, 14


def strike_market(ctx: MarketContext) -> bool:
    """The market asks about a strike being staged: its act is striking, or staging (staged_events) a strike."""
    terms = ctx.target.object_terms
    return (ctx.target.act or "") == "strike" or (ctx.target.act or "") in STAGING and bool(terms) and terms[-1] in STRIKE_WORDS


def _strike_near(f: SentenceFacts, k: int) -> bool:
    toks = f.sent.tokens
    return any(toks[j].lemmas & STRIKE_WORDS or toks[j].lower in STRIKE_WORDS
               for j in range(max(0, k - BEFORE), min(len(toks), k + AFTER + 1)) if j != k)


def former_day_in_window(ctx: MarketContext, f: SentenceFacts, words: str, k: int):
    """The day a push-back verb at k (a suspension, a deferral) moves a strike away from, when the market
    asks about staging a strike and that day lies in the market's window: the span, else None."""
    if not strike_market(ctx) or not _strike_near(f, k):
        return None
    deadline, start = ctx.market.deadline, ctx.target.window_start
    for s in f.spans:
        if not (delays.moved_from(f.sent.text, s.pos) or delays.former_day(f, s, words, k)):
            continue
        if s.starts_after(deadline) or start is not None and s.ends_before(start):
            return None  # another day's strike
        if s.end.date() >= f.article.published.date():
            return s
    return None


def _other_day(ctx: MarketContext, f: SentenceFacts, words: str, k: int):
    """The day the suspended strike was set for ('suspended its planned strike on February 16'), when it lies
    outside the market's window: the span, else None. A day before the article's own (a weekday read in the past
    tense: 'on Sunday suspended a 24-hour strike planned for Wednesday') is no strike still to suspend: not read."""
    deadline, start = ctx.market.deadline, ctx.target.window_start
    for s in f.spans:
        if delays.moved_from(f.sent.text, s.pos) or delays.former_day(f, s, words, k):
            if s.end.date() < f.article.published.date():
                return None
            return s if s.starts_after(deadline) or start is not None and s.ends_before(start) else None
    return None


_FUNCTION = frozenset({"will", "the", "and", "for", "with", "from", "its", "their", "has", "have", "had", "was", "were",
                       "are", "been", "this", "that", "which", "who", "into", "after", "before", "than", "not", "all"})


def _words(toks) -> frozenset[str]:
    """Tokens' content words and their lemmas (no dates, numbers or function words)."""
    return frozenset(x for t in toks if t.lower.isalpha() and len(t.lower) > 2 and t.lower not in MONTHS
                     and t.lower not in WEEKDAYS and t.lower not in _FUNCTION for x in (t.lower, *t.lemmas))


@lru_cache(maxsize=256)
def _party_words(question: str, act_verbs: frozenset[str]) -> frozenset[str]:
    """The question's words before its act ('NASUWT teachers on the Isle of Man' of '… go on strike on …')."""
    toks = tokenize(question)
    end = next((j for j, t in enumerate(toks) if t.lemmas & act_verbs or t.lemmas & STRIKE_WORDS), len(toks))
    return _words(toks[:end])


def _names_ours(ctx: MarketContext, text: str) -> bool:
    return any(p.search(text) for p in ctx.actor_patterns.values()) \
        or bool(_words(tokenize(text)) & _party_words(ctx.market.question, ctx.act_verbs))


def _acronym_or_name(word: str) -> bool:
    """A word that names a party by itself: an acronym ('NEU') or a capitalised word no dictionary knows."""
    return word.isalpha() and (len(word) > 1 and word.isupper() or word[:1].isupper() and word.lower() not in _FUNCTION
                               and not all_lemmas(word.lower()))


_OBJECT_END = re.compile(r"[,;:]|\b(?:which|that|who|after|as|while|because|following)\b", re.I)


def other_strike(ctx: MarketContext, f: SentenceFacts, words: str, k: int) -> str | None:
    """For a strike market, the calling-off verb at k told of another party's or another day's strike: the
    words naming that party or day, else None (see the module's docstring). The doer is the active verb's
    subject (the sentence up to the verb, from its last ';'); the strike called off is the market's when the
    subject or the object phrase after the verb names the market's party or the question's own words
    ('Impact has … suspended a planned one-day strike of Ryanair pilots')."""
    if not strike_market(ctx) or not _strike_near(f, k):
        return None
    day = _other_day(ctx, f, words, k)
    if day is not None:
        return f"the strike set for {day.explanation}, outside the market's window"
    toks = f.sent.tokens
    if k == 0 or toks[k - 1].lower in AUX_PASSIVE:
        return None  # 'has been suspended': the strike itself is the subject
    start = max((j + 1 for j in range(k) if toks[j].text == ";"), default=0)
    subject = f.sent.text[toks[start].start:toks[k].start]
    rest = f.sent.text[toks[k].start + len(words):]
    cut = _OBJECT_END.search(rest)
    if _names_ours(ctx, subject) or _names_ours(ctx, rest[:cut.start() if cut else len(rest)]):
        return None
    name = next((t.text for j, t in enumerate(toks[start:k]) if _acronym_or_name(t.text) and (j or t.text.isupper())), None)
    if name:
        return name  # 'The NEU, another teaching union, has suspended …'
    head = next((t.text for t in reversed(toks[start:k]) if t.lower.isalpha() and t.lower.endswith("s")
                 and t.lower not in AUX_PASSIVE and is_noun(t.lower)), None)
    return head if head and f.actors else None  # 'Bus drivers have suspended …, easing travel for striking NASUWT teachers'
