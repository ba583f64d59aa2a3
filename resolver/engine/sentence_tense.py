"""The tense a sentence's time expressions are resolved by: a sentence about what comes next
resolves 'on Tuesday' forward, one about what happened resolves it backwards, and an expression
that dates a verb told in the past inside a sentence about what comes next ('said on Tuesday that
the vote will …', 'the July election result which saw …') is resolved backwards all the same."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from . import future_in_past
from .text import Sentence, sentence_memo
from .timex import Tense, TimeSpan, find_time_expressions
from .verb_aspect import dated_past_verb, finite_past, past_predicate
from .word_class import PREPOSITIONS, REPORTING, verb_at


# 'appeared to be burning', 'was believed to be', 'turned out to be': an infinitive under a verb of
# seeming, finding or saying tells what is (or was), not what is to come
_RAISED_TO_BE = re.compile(r"\b(?:appear|seem|prov|turn(?:ed|s|ing)?\s+out|believ|thought|think|known|said|says|report|"
                           r"found|understood|consider|claim|alleg|estimat|reckon|fear|confirm)\w*\s+to\s+be\b", re.I)


_FUTURE_CUES = frozenset({"will", "'ll", "shall", "upcoming", "scheduled", "next", "tomorrow"})


@sentence_memo
def tense_of(sent: Sentence) -> Tense:
    return _tense_of_text({t.lower for k, t in enumerate(sent.tokens) if not _name_will(sent, k)
                           and not _next_holder(sent, k)}, sent.text)


# Offices and titles that 'next' can name the coming holder of ('to become Virginia's next governor')
_HOLDER_NOUNS = frozenset({"president", "governor", "mayor", "prime", "premier", "chancellor", "leader", "pope",
                           "speaker", "senator", "king", "queen", "monarch", "taoiseach", "ceo", "chairman", "chair",
                           "coach", "manager", "champion", "champions", "secretary-general", "commissioner"})


def _next_holder(sent: Sentence, k: int) -> bool:
    """'defeated … to become Virginia's next governor on Tuesday evening': 'next' before an office
    names who is to hold it, a result of what the sentence reports; it does not put the sentence's
    time ahead ('next week', 'the next meeting' do)."""
    toks = sent.tokens
    return toks[k].lower == "next" and k + 1 < len(toks) and toks[k + 1].lower in _HOLDER_NOUNS


def _name_will(sent: Sentence, k: int) -> bool:
    """'Justin Thomas beat Will Zalatoris': inside a sentence of running text (not a headline,
    which capitalises every word), a capitalised 'Will' right before another capitalised word
    is a first name, not the modal."""
    toks = sent.tokens
    return (not sent.headline and 0 < k < len(toks) - 1 and toks[k].text == "Will"
            and toks[k + 1].text[:1].isupper() and toks[k - 1].text not in ('"', "'", "(", ":", "—", "-"))


def _tense_of_text(lowers: set[str], text: str) -> Tense:
    if lowers & _FUTURE_CUES or len(re.findall(r"\bto\s+be\b", text, re.I)) > len(_RAISED_TO_BE.findall(text)):
        return "future"
    return "future" if _COMING_AHEAD.search(text) else "past"


def _clause_told_in_past(sent: Sentence, pos: int) -> bool:
    """The clause holding the time expression at character `pos` has no future cue of its own and
    a verb in the simple past ('after it was delayed in March, the launch will …'): the expression
    dates that clause's past act, whatever another clause of the sentence plans."""
    k = sent.token_at(pos)
    a, b = sent.clause_of(k)
    if (a, b) == (0, len(sent.tokens)):
        return False  # one clause: the sentence's own tense
    toks = sent.tokens[a:b]
    text = sent.text[toks[0].start:toks[-1].start + len(toks[-1].text)] if toks else ""
    if _tense_of_text({t.lower for t in toks}, text) == "future":
        return False
    return any(past_predicate(sent.tokens, j) for j in range(a, b))


# 'in the coming days', 'this coming Thursday', 'more cuts are coming': ahead; a participle
# ('coming within a whisker of 6,000', 'coming off a loss') tells no tense.
_COMING_AHEAD = re.compile(r"\b(?:(?:the|this|in)\s+coming\b|(?:is|are|be|been)\s+coming\b(?!\s+(?:off|within|from|out|under|into|through|after|as|close|near|to)\b)|coming\s+(?:days|weeks|months|years|week|month|year"
                           r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|season|session|meeting)\b)", re.I)


def resolved_spans(sent: Sentence, published: datetime) -> list[TimeSpan]:
    """The sentence's time expressions, resolved by its tense; in a sentence about what comes
    next, an expression that dates a verb told in the past ('said on Tuesday that the vote will
    …', 'In June, Modi wrote … proposing … at the upcoming summit') is resolved backwards."""
    tense = tense_of(sent)
    spans = find_time_expressions(sent.text, published, tense)
    if tense == "future" and spans:
        back = {s.pos: s for s in find_time_expressions(sent.text, published, "past")}
        spans = [back[s.pos] if s.pos in back and back[s.pos].text == s.text
                 and (dated_past_verb(sent, s.pos, s.pos + len(s.text)) or _clause_told_in_past(sent, s.pos))
                 else s for s in spans]
    ahead = published.date() + timedelta(days=_NEAR_DAYS)
    if any(s.start.date() > ahead and past_adjunct(sent, s.pos) for s in spans):
        done = {s.pos: s for s in find_time_expressions(sent.text, published, "done")}
        spans = [done[s.pos] if s.start.date() > ahead and s.pos in done and done[s.pos].text == s.text
                 and past_adjunct(sent, s.pos) else s for s in spans]
    return future_in_past.re_anchored(sent.text, spans, published) if tense == "future" and spans else spans


# a past verb dated within a week after its report tells a decision for that day ('Eurostar said it canceled
# all services on December 21' in a December 19 article), not a past act: only a date further ahead is
# read back to the last such day ('which recalled 362,758 vehicles in February' in December)
_NEAR_DAYS = 7


# words that lead a date of what is to come, or of a plan's new date: 'slipped to February', 'until June'
_AHEAD_LEADS = frozenset({"to", "until", "till", "into", "for", "by", "before", "after", "from", "through", "next",
                          "this", "coming", "later", "early"})
_ADJUNCT_REACH = 8  # words of the object between the past verb and its date


def past_adjunct(sent: Sentence, pos: int) -> bool:
    """The time expression at character `pos` dates a verb told in the simple past in its clause,
    across the verb's object ('Tesla, which recalled 362,758 vehicles in February, …' in a December
    article): a past act cannot lie ahead of the report, so the month or day is the last one, however
    far back. Not after a word of a date ahead ('slipped to February'), nor across another verb, a
    modal, 'to', a preposition or a clause break ('recalled cars and will update them in February',
    'the deadline of January 31'), and not for a verb of saying, whose object is a clause of its own."""
    toks = sent.tokens
    first = next((k for k, t in enumerate(toks) if t.start >= pos), None)
    if first is None or first == 0:
        return False
    lead = toks[first].lower
    if lead in _AHEAD_LEADS or toks[first - 1].lower in _AHEAD_LEADS:
        return False
    for k in range(first - 1, max(-1, first - 1 - _ADJUNCT_REACH), -1):
        w = toks[k].lower
        if w in _STOPS or w in _COPULAS or (w in PREPOSITIONS and k != first - 1):
            return False  # ('arrived in Europe ahead of launch on December 8th': the date is the launch's)
        found = verb_at(sent, k)
        if found is None:
            continue
        return found[1] == "VBD" and finite_past(toks, k) and not found[0] in REPORTING \
            and not any(t.lower in _COPULAS for t in toks[max(0, k - 2):k])  # not 'has now arrived'
    return False


_STOPS = frozenset({",", ";", ":", "—", "and", "but", "or", "to", "will", "would", "could", "may", "might", "shall",
                    "should", "can", "must", "that", "which", "who", "when", "while", "if", "as", "ahead"})
_COPULAS = frozenset({"is", "are", "was", "were", "be", "been", "being", "has", "have", "had"})
