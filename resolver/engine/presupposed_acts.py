"""An act presupposed by the time adjunct it stands in: 'With the launch of Gemini 3 on Tuesday,
Google is making a play …', 'Following a filing for Chapter 11 bankruptcy last month, Joann has
announced …', 'in the wake of its bankruptcy filing last week'. The act's noun after 'with',
'after', 'following', 'since', 'in the wake of' or 'in the aftermath of', whose own phrase ends in
a date before the article's day, is told as having happened, whatever the tense of the clause it
stands in (rules/confirmation_gates.py). A planned, delayed or hedged noun, a modifier of a plan
before it ('the planned launch') or any other lead ('ahead of the launch on Tuesday') tells nothing.

The criteria may exclude an earlier instance of the act by its month ('The company's March 2024
Chapter 11 filing does not count'); an act dated so by its own phrase in another month is not
that instance (other_month)."""

from __future__ import annotations

from .analysis import SentenceFacts, negation
from .lexicon import MONTHS
from .timex import TimeSpan
from .text import inflections_of
from .word_class import is_noun, verb_at, verb_lemmas

OWN_DATE = "dated by its own phrase before the article"
# What may stand before '<the> <act noun> … <date>' for the noun to tell a past event: an
# accompanying or preceding act, not a coming one ('ahead of the launch on Tuesday').
_PAST_LEADS = frozenset({"with", "after", "following", "since"})
_LONG_LEADS = (("in", "the", "wake", "of"), ("in", "the", "aftermath", "of"))
_DETERMINERS = frozenset({"a", "an", "its", "their", "his", "her"})  # besides 'the', for the noun's own phrase only
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                       "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun"})
_OBJECT_PREPOSITIONS = frozenset({"of", "for"})


def _lead(toks, d: int) -> bool:
    """A presupposing lead ends right before token d."""
    if d >= 1 and toks[d - 1].lower in _PAST_LEADS:
        return True
    return any(d >= len(lead) and tuple(t.lower for t in toks[d - len(lead):d]) == lead for lead in _LONG_LEADS)


def _noun_modifier(sent, k: int) -> bool:
    """'bankruptcy' in 'its bankruptcy filing': a plain noun, no participle or verb ('the planned launch')."""
    w = sent.tokens[k].lower
    return w.isalpha() and not w.endswith(("ed", "ing")) and is_noun(w) and verb_at(sent, k) is None


def _opening(f: SentenceFacts, i: int) -> bool:
    """The noun at i opens its phrase after a presupposing lead: 'after the launch', 'Following a
    filing', 'in the wake of its bankruptcy filing': an article or a possessive, then at most two
    plain noun modifiers."""
    toks = f.sent.tokens
    d = i - 1
    while d >= 0 and i - d <= 2 and toks[d].lower not in _DETERMINERS | {"the"} and _noun_modifier(f.sent, d):
        d -= 1
    if d < 1 or toks[d].lower not in _DETERMINERS | {"the"}:
        return False
    return _lead(toks, d)


# a result adjective between the determiner and a date before the noun ('The successful December 14
# touchdown'); a plan's modifier ('the planned', 'the expected', 'a possible') is none
_RESULT_ADJECTIVES = frozenset({"successful", "historic"})


def _finite_after(sent, k: int) -> bool:
    """Token k can be the finite verb after a subject's head noun: read as a verb, or a verb's
    '-s' or past form ('makes', 'came'), not a noun going on the phrase ('the … landing attempt')."""
    w = sent.tokens[k].lower
    if verb_at(sent, k) is not None:
        return True
    return any(w != lem and w in inflections_of(lem).get("VBZ", frozenset()) | inflections_of(lem).get("VBD", frozenset())
               for lem in verb_lemmas(w))


def _subject_date(f: SentenceFacts, i: int) -> TimeSpan | None:
    """'The successful December 14 touchdown makes China the third country …': the act noun
    heading its sentence's subject, dated by a date before it in its own phrase ('The December 14
    touchdown'), the phrase opening the sentence with 'the' or a possessive and at most a result
    adjective; the noun's head is followed by the clause's verb, not another noun ('the December 14
    landing attempt'). The date's span, or None."""
    toks = f.sent.tokens
    if i + 1 >= len(toks) or not _finite_after(f.sent, i + 1):
        return None
    d = 0
    if toks[d].lower not in ("the", "its", "their") and not toks[d].lower.endswith(("'s", "\u2019s")):
        return None
    d += 1
    if d < i and toks[d].lower in _RESULT_ADJECTIVES:
        d += 1
    if d >= i:
        return None
    at, end = toks[d].start, toks[i].start
    span = next((s for s in f.spans if s.pos == at and s.pos + len(s.text) <= end
                 and not f.sent.text[s.pos + len(s.text):end].strip()), None)
    if span is None or span.exact or span.end.date() >= f.article.published.date():
        return None
    return span


def own_date_span(f: SentenceFacts, i: int, m) -> TimeSpan | None:
    """The date ending the act noun's own phrase (see the module), or None."""
    toks = f.sent.tokens
    if m is not None and (m.polarity != "positive" or m.modality not in ("asserted", "reported")):
        return None
    if i >= 2 and negation(f, i) is None and (span := _subject_date(f, i)) is not None:
        return span
    if i < 2 or not _opening(f, i):
        return None
    if negation(f, i):
        return None
    end = i + 1
    if end < len(toks) and toks[end].lower in _OBJECT_PREPOSITIONS:
        end += 1
        # the act's named object: 'of Gemini 3', 'for Chapter 11 bankruptcy' ('of the' is not allowed)
        while end < len(toks) and end - i <= 7 and toks[end].lower not in _WEEKDAYS and (
                toks[end].text[:1].isupper() or toks[end].text[:1].isdigit()
                or (end > i + 2 and toks[end - 1].text[:1].isdigit() and _noun_modifier(f.sent, end))):
            end += 1
    if end >= len(toks):
        return None
    at = toks[end].start
    span = next((s for s in f.spans if s.pos in (at, at - 1) or (toks[end].lower in ("on", "in", "last", "earlier")
                                                                 and s.pos <= at + len(toks[end].text) + 1
                                                                 and s.pos >= at)), None)
    if span is None or span.exact or f.lead_word(span) or span.end.date() >= f.article.published.date():
        return None
    return span


def dated_before_article(f: SentenceFacts, i: int, m) -> str | None:
    """The words of the date ending the act noun's own phrase before the article's day, or None."""
    span = own_date_span(f, i, m)
    return span.text if span is not None else None


def other_month(exclusion: str | None, span: TimeSpan | None) -> bool:
    """An exclusion naming a month ('march chapter filing') and an act dated by its own phrase
    within at most a month that does not touch it ('last month' in February: January)."""
    if not exclusion or span is None or (span.end - span.start).days > 31:
        return False
    months = {MONTHS[w] for w in exclusion.split() if w in MONTHS and len(w) > 3}  # no 'may', 'mar'
    return bool(months) and not months & {span.start.month, span.end.month}
