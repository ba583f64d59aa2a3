"""Dates that belong to the object, not to the act: 'agreed Thursday to a February 15 ceasefire',
'Ceasefire agreed for February 15 after Minsk summit'. A date standing as a modifier before a
noun ('a February 15 ceasefire') tells when that noun's event is, a 'since' date ending a
perfect relative clause on the act's object ('lifted the notice that has been in place since
Monday') tells when that noun's state began, and a date after 'for' behind a
verb told done ('agreed for February 15', 'called for March 5') tells when the thing agreed or
called is to be. Neither dates the agreeing (the verb), nor another event of the sentence ('after
marathon talks in Minsk'). Read only for a date after the article's day: a done act cannot
happen after the article telling it, so such a date is the object's (a date on or before the day
may date both, and is left to the other readings), save a date between 'after the' or 'following
the' and its noun behind the act ('has fully reopened … following the March 26 collapse of the
bridge'): on any day, that is the noun's event, which the act came after. Acts whose object is the event they perform
('hold the March 5 election', 'win the May 3 vote') keep the date (`object_dated_acts` in
resolver/data/frames.json names the acts whose object's date is not their own); any act told done ('has denied an
application to … stop the December 6 general election', in a report of December 3) is dated by no such later date."""

from __future__ import annotations

import re
from datetime import date

from .aside_dates import dates_an_aside
from .packaged import load_json
from .text import Sentence
from .timex import TimeSpan
from .word_class import verb_at

_DATA = load_json("frames.json")
# the acts (verb lemmas) that agree, decide or set a thing to come: its date is not theirs
OBJECT_DATED_ACTS = frozenset(_DATA["object_dated_acts"])
_ATTRIBUTIVE_BEFORE = re.compile(r"(?:\b(?:a|an|the|to|its|their|his|her|this|that)|'s)\s+$", re.I)
_NOT_A_NOUN = frozenset({"and", "or", "to", "of", "in", "on", "at", "for", "when", "as", "after", "before", "with",
                         "by", "the", "a", "an", "that", "which", "this", "last", "next", "through", "until", "local",
                         "time", "from", "deadline"})
_FOR_AFTER_VERB = re.compile(r"\b([A-Za-z]+)\s+for\s+$")


def _token_after(sent: Sentence, end: int) -> int | None:
    return next((k for k, t in enumerate(sent.tokens) if t.start >= end), None)


def _token_before(sent: Sentence, pos: int) -> int | None:
    return next((k for k in range(len(sent.tokens) - 1, -1, -1) if sent.tokens[k].start < pos), None)


def _deciding(sent: Sentence, i: int) -> bool:
    return bool(sent.tokens[i].lemmas & OBJECT_DATED_ACTS)


_PERFECT = frozenset({"has", "have", "had"})


def _told_done(sent: Sentence, i: int) -> bool:
    """Token i is a verb told done in the past tense or the perfect ('denied', 'has denied'): a date after the
    article's day, modifying a noun after it ('has denied an application to … stop the December 6 general
    election'), is that noun's, for the act is already done."""
    form = verb_at(sent, i)
    if form is None:
        return False
    return form[1] == "VBD" or (form[1] == "VBN" and i > 0 and sent.tokens[i - 1].lower in _PERFECT)


# 'the boil water notice that has been in place since Monday': a perfect relative clause after the
# act's object, whose 'since' date starts that noun's state (up to the date), not the act
_SINCE_RELATIVE = re.compile(r"^\W*[^\W\d][^.;:!?]{0,80}?\b(?:that|which|who)\s+(?:\w+ly\s+)?(?:has|have|had)\s+"
                             r"[^.;:!?]{0,60}?\bsince\s*$", re.I)


def _since_in_relative(sent: Sentence, i: int, span: TimeSpan) -> bool:
    """'Austin Water has lifted the boil water notice that has been in place since Monday, Oct. 22':
    the span, opened by 'since', ends a perfect relative clause standing after token i's act and
    its object (not right after the act word: 'the truce, which has held since Monday' dates it)."""
    lead = re.match(r"since\s+", span.text, re.I)
    upto = span.pos + (lead.end() if lead else 0)
    end = sent.tokens[i].start + len(sent.tokens[i].text)
    return span.pos > end and bool(_SINCE_RELATIVE.match(sent.text[end:upto]))


# 'following the March 26 collapse', 'after the 3 June 2017 elections': a date modifying the noun of an
# earlier event; not 'the day after the September 17 primary', which counts from it to the act's day
_AFTER_THE = re.compile(r"(?<!\bday\s)(?<!\bdays\s)(?<!\bhours\s)\b(?:after|following)\s+the\s+$", re.I)


def _after_the_event(sent: Sentence, i: int, span: TimeSpan) -> bool:
    """The span stands between 'after the'/'following the' and a noun, behind the act at token i."""
    if sent.tokens[i].start >= span.pos or not _AFTER_THE.search(sent.text[max(0, span.pos - 30):span.pos]):
        return False
    n = _token_after(sent, span.pos + len(span.text))
    return n is not None and sent.tokens[n].lower.isalpha() and sent.tokens[n].lower not in _NOT_A_NOUN


def dates_the_object(sent: Sentence, published: date, i: int, span: TimeSpan) -> bool:
    """The span (after the article's day) is the date of a noun, not of the event at token i; so is
    a 'since' date ending a perfect relative clause on the act's object, and a date of an event the
    act came after (_after_the_event), on any day, and a date of an aside ('…, brought back 15 months ago, has been
    forced out': aside_dates.py)."""
    if 0 <= i < len(sent.tokens) and span.pos >= 0 and (_since_in_relative(sent, i, span) or _after_the_event(sent, i, span)
                                                         or dates_an_aside(sent, i, span)):  # aside_dates.py
        return True
    if span.start.date() <= published or not 0 <= i < len(sent.tokens):
        return False
    text = sent.text
    lead = text[:span.pos]
    if span.text.lower().startswith("for "):
        lead, body_pos = lead + span.text[:4], span.pos + 4
    else:
        body_pos = span.pos
    if _FOR_AFTER_VERB.search(lead):  # 'agreed for February 15': the thing agreed is dated, not the agreeing
        f = _token_before(sent, body_pos)
        v = f - 1 if f is not None and sent.tokens[f].lower == "for" and f > 0 else None
        form = verb_at(sent, v) if v is not None else None
        if form is None or form[1] not in ("VBD", "VBN"):
            return False
        return i >= v and (i != v or _deciding(sent, i))
    if not _ATTRIBUTIVE_BEFORE.search(lead):
        return False
    n = _token_after(sent, span.pos + len(span.text))
    if n is None or not sent.tokens[n].lower.isalpha() or sent.tokens[n].lower in _NOT_A_NOUN:
        return False
    if n <= i <= n + 2:
        return False  # the noun the date modifies (or its compound head): its own date
    if sent.tokens[i].start < span.pos and (_deciding(sent, i) or _told_done(sent, i)) or i > n:
        return True   # 'agree to February 15 ceasefire'; 'a February 15 ceasefire … after marathon talks'
    return False
