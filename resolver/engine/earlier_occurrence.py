"""Earlier occurrences of a recurring act, for a market with no window of its own. Closures,
strikes, launches, rate cuts, eruptions, elections and annual prizes come again and again; a
market asking 'Will Bali's airport close by November 30, 2017?' names no start, yet it asks about
a closure after it was opened, not the one of 2015. An act the sentence (the act's own clause)
explicitly dates before a sensible start of the market's window — 'The airport in Bali was closed
in 2015', 'suspended operations in July 2015', 'was closed two years ago' — is an earlier
occurrence: a note in the trace with the date arithmetic, neither a confirmation nor (for a
failure, a cancellation, a loss) a ruling-out.

The implicit start (`implicit_start`), when window.window_start reads none:
- the question's own time words: a year it names for the act ('close in 2017?', 'during 2017'),
  1 January of it (window.py reads no bare year);
- else a conservative default, 1 January of the year before the deadline's. A market's life is
  not known to the engine (no creation date: the criteria's 'between market creation and …' names
  none, and a verdict is read article by article, so the earliest evidence cannot bound it);
  venues' event markets rarely run longer than a year, so an act dated in a calendar year two or
  more before the deadline's came before any plausible opening, while 'last year' in a report of
  the deadline's year may still be inside it and is left alone;
- any other year the question names ('the 2019 Booker Prize', 'over his December 2022 attempt')
  lowers it to 1 January of that year, never raises it (what the act is about may be older);
- none when the article is from two or more years before the deadline's year (a long market,
  whose opening may be far before its deadline: nothing is known of it).
Measured on the development corpus (2,615 cases): the year before the deadline's, the deadline
minus 365 days, and the question's own year first all change no verdict; 1 January of the
deadline's own year makes a right verdict undetermined ('Capri and Tapestry called off their merger
on Thursday' in November 2024 for a February 2025 deadline; before the opening-participle check
below, a film 'Released on December 19' for a January deadline too): markets cross a new year, so
the deadline's own year is too late a start.

The act's own date: the sentence's time expression dating it (analysis.event_time, not the
publication day it falls back to, nor a 'since …'/'from …'/'until …' one), or a bare year right
after 'in' ('in 2015', 'in July 2015'), or a count of years back ('a year earlier', 'the previous
year': at least that long before the article, whatever moment of the story it counts from), either in the act's own stretch: after its words with no
comma, relative or subordinating word or other verb between, or opening the sentence before them
('In 2015, …', 'Two years ago, …'; not an opening participle's, 'Released on December 19, …').
Not read as an earlier occurrence:
- a sentence with another date, or a year, at or after the start ('closed in 2015 and again on
  Tuesday', 'the 2017 closure'): it may tell the market's occurrence too;
- a sentence with 'since' or 'again' ('closed since 2015' is a state since then, 'the first time
  since 2015' dates the earlier occurrence, not this one), anniversaries ('two years after the
  2015 closure', 'on the anniversary of …');
- a date in another clause ('Mount Agung, a volcano that killed 1,100 people in March 1963').
A market with a window of its own ('at the 2023 Berlin Marathon', 'between … and …'): its rules read
the dates timex reads against it, but timex reads no bare year, so the bare year in the act's own
stretch is read here against the window's start. So too, for a question placing the act at a dated
edition ('at the 2023 Berlin Marathon'), a bare year or a count of years back against 1 January of
that edition's year ('the record he set in Berlin in 2022'); a date timex reads there is
past_editions.before_edition's.
Read by confirmation (a note, not a confirmation), ruled_out and failed_attempt (a note, not a
ruling-out: 'The union called off the strike in 2015', 'A mistrial was declared … in 2015').
"""

from __future__ import annotations

import re
from datetime import datetime

from .lexicon import MONTHS
from .timex import TimeSpan
from .word_class import verb_at

_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_YEAR_TOKEN = re.compile(r"^((?:1[89]|20)\d\d)[,.;:]?$")
# a year the question names as the act's time ('close in 2017?', 'during 2017'), not an edition's
# ('in 2017 Wimbledon') nor a season's ('in 2023-24')
_ASKED_YEAR = re.compile(r"\b(?:in|during|throughout)\s+((?:1[89]|20)\d\d)\b(?![-–/]\d)(?!\s+[A-Za-z])")
_ANNIVERSARY = re.compile(r"\banniversar\w*|\byears?\s+(?:after|since)\b", re.I)


def implicit_start(question: str, deadline: datetime, published: datetime) -> tuple[datetime, str] | None:
    """(the start taken for a market naming none, why), or None for a long market (see the
    module's docstring)."""
    if published.year < deadline.year - 1:
        return None
    asked = [int(m.group(1)) for m in _ASKED_YEAR.finditer(question) if int(m.group(1)) <= deadline.year]
    named = [int(m.group(0)) for m in _YEAR.finditer(question) if int(m.group(0)) <= deadline.year]
    if asked:
        year, why = min(asked), f"the year the question names for the act ({min(asked)})"
    else:
        year, why = deadline.year - 1, f"the year before the deadline's ({deadline.year}), the market naming no start"
    if named and min(named) < year:
        year, why = min(named), f"the earliest year the question names ({min(named)})"
    return datetime(year, 1, 1, tzinfo=deadline.tzinfo), why


_RELATIVE = frozenset({"who", "whom", "whose", "which", "that", "where", "when", "as", "than", "because", "if",
                       "while", "since", "after", "before", "until", "like", "unlike"})
_PREPOSITIONS = frozenset({"during", "following", "according", "including", "regarding", "concerning"})
_AUX = frozenset({"was", "were", "been", "be", "is", "are", "being", "had", "has", "have", "did", "do", "does"})


def _stops(sent, k: int, act: tuple[int, int], commas: bool) -> bool:
    """Token k ends the act's own stretch (its words `act`, [first, end)): a relative or
    subordinating word, another verb than the act's own words and auxiliaries, or (unless
    `commas`) a comma, semicolon or dash opening another phrase."""
    tok = sent.tokens[k]
    if tok.lower in _RELATIVE or (not commas and tok.text in (",", ";", "—", "–", "(", ":")):
        return True
    return not act[0] <= k < act[1] and tok.lower not in _AUX and verb_at(sent, k) is not None


def _in_stretch(sent, k0: int, k1: int, act: tuple[int, int]) -> bool:
    """Tokens k0..k1 (a date) stand in the act's own stretch: after its words with no comma,
    relative word or other verb between ('suspended operations in July 2015'), or opening the
    sentence before them ('Two years ago, the airport was closed'), not in another clause ('a
    volcano that killed 1,100 people in March 1963', 'officials recalled the closure two years ago')."""
    if k0 >= act[1]:
        return not any(_stops(sent, k, act, False) for k in range(act[1], k0))
    if k1 >= act[0]:
        return False
    if k0 > 0 and sent.tokens[0].lower.endswith(("ed", "ing")) and sent.tokens[0].lower not in _PREPOSITIONS:
        return False  # 'Released on December 19, the film has grossed …': the opening participle's date
    return not any(_stops(sent, k, act, False) for k in range(0, k0)) and \
        not any(_stops(sent, k, act, True) for k in range(k1 + 1, act[0]))


def _span_tokens(sent, span: TimeSpan) -> tuple[int, int] | None:
    toks = sent.tokens
    k0 = sent.token_at(span.pos)
    if not toks or toks[k0].start < span.pos:
        return None
    return k0, max((k for k in range(k0, len(toks)) if toks[k].start < span.pos + len(span.text)), default=k0)


def _bare_year(sent, act: tuple[int, int]) -> int | None:
    """A year right after 'in' ('in 2015', 'in July 2015') in the act's own stretch."""
    toks = sent.tokens
    for k in range(1, len(toks)):
        m = _YEAR_TOKEN.match(toks[k].text)
        if not m:
            continue
        j = k - 1 if toks[k - 1].lower.rstrip(".") not in MONTHS else k - 2
        if j >= 0 and toks[j].lower == "in" and (act[0] <= j < act[1] or _in_stretch(sent, j, k, act)):
            return int(m.group(1))  # ('failed in 2015': the cue's own 'in')
    return None


_BACK = re.compile(r"^(?:(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+(?:earlier|before)"
                   r"|the\s+(?:previous|prior|preceding)\s+year|the\s+year\s+before)\b(?!\s+than)", re.I)
_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10}


def _years_back(sent, act: tuple[int, int]) -> tuple[int, str] | None:
    """(n, words) for 'a year earlier', 'two years before', 'the previous year' in the act's own
    stretch after it: told back from a moment of the story, itself no later than the article, so
    the act is at least n years before the article ('the record that he had set a year earlier').
    Not 'earlier than' (a comparison)."""
    toks = sent.tokens
    for k in range(act[1], min(len(toks), act[1] + 8)):
        if _stops(sent, k, act, False):
            return None
        m = _BACK.match(sent.text[toks[k].start:])
        if m:
            n = m.group(1)
            return (_NUMBERS.get(n.lower(), 0) if n and not n.isdigit() else int(n) if n else 1), m.group(0)
    return None


def earlier(ctx, f, act: tuple[int, int], span: TimeSpan) -> tuple[str, str] | None:
    """(why, the date arithmetic) when the act told by tokens [first, end) of the sentence (an
    analysis.SentenceFacts), dated by `span` (analysis.event_time), is an earlier occurrence
    than the market's, else None."""
    ws = ctx.target.window_start
    found = implicit_start(ctx.market.question, ctx.market.deadline, f.article.published) if ws is None else \
        (ws, f"the market's window opens {ws:%a %d %b %Y}")
    if found is None:
        return None
    start, why = found
    from .past_editions import at_edition_year
    edition = at_edition_year(ctx.market.question, ctx.market.deadline) if ws is None else None
    dated_start, dated_why = start, why  # a date timex reads is read against the edition by past_editions
    if edition is not None and edition > start.year:  # 'at the 2023 Berlin Marathon': not before its year
        start, why = datetime(edition, 1, 1, tzinfo=start.tzinfo), \
            f"the year of the edition the question places the act at ({edition})"
    text = f.sent.text
    if _ANNIVERSARY.search(text) or re.search(r"\bsince\b", text, re.I) or re.search(r"\bagain\b", text, re.I):
        return None
    where = _span_tokens(f.sent, span) if span.pos >= 0 else None
    dated = where is not None and f.lead_word(span) is None and not re.match(r"(?:since|from)\b", span.text, re.I) \
        and _in_stretch(f.sent, *where, act)
    year = _bare_year(f.sent, act)
    if dated and span.ends_before(dated_start) and ws is None:  # an explicit window's dates are read by the rules
        told, arithmetic = f"'{span.text.strip()}' dates it", span.explanation
        start, why = dated_start, dated_why
    elif year is not None and year < start.year and not (span.pos >= 0 and not span.ends_before(start)):
        told, arithmetic = f"'in {year}' dates it", f"'in {year}' → 1 Jan – 31 Dec {year}"
    elif (back := _years_back(f.sent, act)) and span.pos < 0 and \
            f.article.published.replace(year=f.article.published.year - back[0], day=min(f.article.published.day, 28)) < start:
        told = f"'{back[1]}' dates it"
        arithmetic = f"'{back[1]}': at least {back[0]} year(s) before a moment told no later than the article " \
                     f"({f.article.published:%d %b %Y})"
    else:
        return None
    # another date of the sentence at or after the start: it may tell the market's occurrence too
    if any(s.pos >= 0 and not s.ends_before(start) and not f.dates_the_statement(s, act[0]) for s in f.spans):
        return None
    if any(int(m.group(0)) >= start.year for m in _YEAR.finditer(text)):
        return None
    return (f"{told} before the market's window: an earlier occurrence of the act, not the market's",
            f"{arithmetic}; ends before {start:%a %d %b %Y}, the start taken for the market's window: {why}")
