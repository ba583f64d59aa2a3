"""Dates of an aside, not of the act: a time expression inside a stretch that predicates something else of a
participant dates that predication, not the act the sentence reports.

- a participle or relative aside set off by commas before the act: 'Boeing Co. CEO Harry Stonecipher, brought
  back from retirement 15 months ago to boost the aerospace manufacturer's tainted image, has been forced out'
  ('15 months ago' dates the bringing back);
- a relative clause on a noun after the act, with its own subject and finite verb, the relative word left out
  or not: '… because of a new ethics scandal involving an affair he had this year' ('this year' dates 'had'),
  '… the deal that was signed in March'.

Read by analysis.SentenceFacts.nearest_span: such a span does not date the act at token i (the act may then be
dated by another span, or by its article's day). Not an aside: a date in the act's own stretch, a stretch that
holds the act, a clause after a verb ('said he resigned on Monday': the reported clause is the act's own), a
pronoun after a conjunction ('after he left in May'). Pure and deterministic."""

from __future__ import annotations

import re

import lemminflect

from .text import Sentence
from .timex import TimeSpan
from .word_class import verb_at

_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you"})
_RELATIVES = frozenset({"that", "which", "who", "whom"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
# words that may stand before a pronoun and are no noun: the clause after them is no relative one
_NOT_NOUNS = frozenset({"and", "or", "but", "because", "as", "when", "while", "after", "before", "since", "if", "so",
                        "than", "until", "though", "although", "where", "whether", "that", "said", "says", "say",
                        "told", "added", "the", "a", "an", "of", "to", "for", "in", "on", "at", "with", "by", "from"})


# 'for the first time since the economic crisis over two years ago': after an event noun phrase after 'since' in a
# comparison, a counted stretch back or a bare year dates that event (the comparison's baseline), not the act
_SINCE_EVENT = re.compile(r"\b(?:lowest|highest|weakest|strongest|biggest|largest|first|most|least)(?:\s+[a-z-]+){0,3}"
                          r"\s+since\s+(?:(?:the|a|an|its|their)\s+(?:[a-z-]+\s+){1,4}|(?-i:[A-Z][\w-]+)\s+[a-z-]+ed\s+"
                          r"(?:[a-z-]+\s+){0,4})(?:in\s+|over\s+|more\s+than\s+|almost\s+|nearly\s+|about\s+|some\s+)?$", re.I)
# ('biggest one-day drop since China ended a dual-currency system in January 1994': a named doer's past act, its month)
_BACK = re.compile(r"\bago\b|^(?:in\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?(?:19|20)\d\d$", re.I)


def since_event(text: str, span: TimeSpan) -> bool:
    """The span dates the event a comparison counts from ('since the economic crisis over two years ago')."""
    return span.pos > 0 and " since " in text and _BACK.search(span.text) is not None \
        and _SINCE_EVENT.search(text[max(0, span.pos - 90):span.pos]) is not None


def dates_an_aside(sent: Sentence, i: int, span: TimeSpan) -> bool:
    """The span dates an aside of the sentence (a comma-set participle or relative clause before the act at token
    i, or a relative clause after it; an event a comparison counts from, since_event), not the act."""
    text = sent.text
    if since_event(text, span):
        return True
    if not 0 <= i < len(sent.tokens) or span.pos < 0 or ("," not in text and " he " not in text and " she " not in text
                                                          and " they " not in text and " that " not in text
                                                          and " which " not in text):
        return False  # cheap prefilter: no comma, no pronoun, no relative word
    act = sent.tokens[i].start
    if span.pos < act:
        return _aside_before(sent, act, span)
    # after the act, only an act told by its verb: a noun's relative clause may still come before the verb that
    # reports it ('A Japanese bulk carrier that ran aground … last month … has broken apart')
    return verb_at(sent, i) is not None and _relative_after(sent, i, span)


def _aside_before(sent: Sentence, act: int, span: TimeSpan) -> bool:
    """'X, brought back from retirement 15 months ago to …, has been forced out': the span lies between two commas
    before the act, in a stretch opened by a past participle or a relative word."""
    text = sent.text
    open_at = text.rfind(",", 0, span.pos)
    close_at = text.find(",", span.pos + len(span.text))
    if open_at < 0 or close_at < 0 or close_at >= act or ";" in text[open_at:close_at]:
        return False
    first = next((k for k, t in enumerate(sent.tokens) if t.start > open_at), None)
    if first is None or sent.tokens[first].start >= span.pos:
        return False
    word = sent.tokens[first]
    if word.lower in ("who", "which"):
        return True
    form = verb_at(sent, first)
    participle = form is not None and (form[1] == "VBN" or form[1] == "VBD" and word.lower in
                                       lemminflect.getInflection(form[0], "VBN"))  # 'brought': past or participle
    return participle and not any(t.lower in ("has", "have", "had", "was", "were", "is")
                                                             for t in sent.tokens[max(0, first - 2):first])


def _relative_after(sent: Sentence, i: int, span: TimeSpan) -> bool:
    """'… an affair he had this year', '… the deal that was signed in March': after the act, a noun, then a subject
    pronoun or a relative word and a finite verb, the span after that verb, no clause break between."""
    toks = sent.tokens
    end = next((k for k, t in enumerate(toks) if t.start >= span.pos), len(toks))
    for j in range(i + 2, end - 1):
        w = toks[j].lower
        if w not in _SUBJECT_PRONOUNS and w not in _RELATIVES:
            continue
        before = toks[j - 1]
        if not before.lower.isalpha() or before.lower in _NOT_NOUNS or verb_at(sent, j - 1) is not None:
            continue
        k = j + 1
        if w in _RELATIVES and k < end and toks[k].lower in ("was", "were", "is", "had", "has"):
            k += 1  # 'that was signed', 'which had opened'
        form = verb_at(sent, k) if k < end else None
        if form is None or (form[1] not in _FINITE and not (k > j + 1 and form[1] == "VBN")):
            continue
        if any(t.text in (";", ":") or t.text in ("—", "–") for t in toks[j:end]):
            return False
        return True
    return False
