"""Other names of a count's unit that the criteria give: a market counting 'bookings' whose criteria
count 'more than 200,000 booking applications' counts applications too ('The company had received
206,703 applications for the Nano'). The criteria's compound — the unit as the modifier of another
plural noun — names the same things counted, so that noun is the unit as well (for the count's
reader, least_count, and as a term of the market's object). A count's unit written in the singular as
the modifier of a bar noun ('Reliance Jio has crossed the 100 million customer mark') names it too. A unit the
question writes by its initials is written out in reports too: 'hit 400 parts per million' for '400 ppm'
(spelled_out)."""

from __future__ import annotations

import re


def criteria_units(criteria: str, stem: str) -> frozenset[str]:
    """The nouns (singular) the criteria name the unit `stem` with, as their modifier: 'booking
    applications' → {'application'} for 'booking'."""
    if not stem:
        return frozenset()
    return frozenset(m.group(1).lower() for m in re.finditer(rf"\b{re.escape(stem)}s?\s+([a-z]{{4,}}?)s\b", criteria, re.I))


# '… 10,000 user reports of issues with Cloudflare', 'reports of Cloudflare problems': what the reports
# are of, past a name that owns it (capitalised words)
_REPORTED = r"\b{stem}\s+of\s+(?:(?:[A-Z][\w.-]*|the|an?)\s+){{0,3}}([a-z]{{4,}}s)\b"


def reported_things(texts: tuple[str, ...], unit: str) -> frozenset[str]:
    """A count of reports (complaints, claims) told by the things reported: a market counting
    'reports of issues' counts the issues when a sentence tells them ('Downdetector logged 11,145
    Cloudflare issues'). The plural noun after '<unit> of' in the question or criteria; only a
    plural unit of one word, so a count of 'cases of dengue' keeps its own reading."""
    if not unit or " " in unit or not unit.endswith("s"):
        return frozenset()
    pattern = re.compile(_REPORTED.format(stem=re.escape(unit)), re.I)
    return frozenset(m.group(1).lower() for text in texts for m in pattern.finditer(text))


_BAR_NOUNS = frozenset({"mark", "milestone", "barrier", "threshold"})


def _singular(word: str) -> str:
    """A plural count noun's singular, as written before another noun ('customers' → 'customer')."""
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def before_bar(unit_words: list[str], after: list[str]) -> bool:
    """The words `after` a number (lower case) open with the unit (`unit_words`, its last word plural)
    in the singular, right before a bar noun, at most one word in ('100 million customer mark', with
    'million' read): the number counts the unit."""
    n = len(unit_words)
    single = unit_words[:-1] + [_singular(unit_words[-1])]
    return any(after[k:k + n] == single and after[k + n:k + n + 1] and after[k + n] in _BAR_NOUNS for k in range(0, 2))


# a unit written out after its figure: two to four lowercase words ('parts per million', 'miles per hour')
_WORDS_AFTER = re.compile(r"\s*((?:[a-z]+\s+){1,3}[a-z]+)")


def spelled_out(text: str, end: int, question: str) -> bool:
    """The words right after the figure ending at `end` spell out, by their initials, a unit the question
    writes as one lowercase word right after a number ('parts per million' for '400 ppm', 'miles per hour' for
    '150 mph')."""
    m = _WORDS_AFTER.match(text, end)
    if not m:
        return False
    words = m.group(1).split()
    q = set(re.findall(r"\d\s*([a-z]{3,5})\b", question))
    if not q:
        return False
    return any("".join(w[0] for w in words[:n]) in q for n in range(3, len(words) + 1))
