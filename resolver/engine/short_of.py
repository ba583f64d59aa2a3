"""Short of the mark with the gap told: 'fell just short', 'falling narrowly short of', 'fell about
1% short', 'fell one seat short of an overall majority', 'falling just three seconds short of
reaching orbital velocity', 'fell just shy of hitting … 500,000'. The failure cue of the lexicon
('fell short', 'falls short', 'falling short') with a degree word, or the size of the gap (a number
and its unit), between the verb and 'short' / 'shy'. Read as that cue; 'short-lived', 'short
term' and 'in short' are not it (the word after 'short' may not be a hyphen or a noun the gap
cannot take)."""

from __future__ import annotations

import re

from .lexicon import FAILURE_CUES

_NUMBER_WORDS = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several|a|an|half\s+a")
# degree words that may stand between the verb and 'short' ('just', 'narrowly', 'well', 'about')
_DEGREE = (r"(?:just|narrowly|slightly|well|far|painfully|agonisingly|agonizingly|only|about|some|around|roughly|"
           r"nearly|barely|marginally|fractionally|a\s+little|a\s+bit|so|even)")
# the size of the gap: a number, then at most one unit word ('1%', 'one seat', 'three seconds', 'two points')
_MEASURE = rf"(?:(?:\d[\d.,]*\s*(?:%|per\s*cent|percent)?|{_NUMBER_WORDS})(?:\s+(?!(?:short|shy|in|of|on|at|to|and|or|but|the|by|for|from|as|after|before|since|while|this|that|its|their)\b)[a-z]+)?)"
# what may stand between the verb and 'short': degree words, then at most one measure
GAP = rf"(?:{_DEGREE}\s+)*(?:{_MEASURE}\s+)?"

_CUE = re.compile(rf"\b(?P<verb>fell|falls|falling)\s+{GAP}(?:short|shy)\b(?!-)", re.I)
_STRENGTH = dict(FAILURE_CUES)


def gapped_cue(text: str) -> tuple[str, float] | None:
    """The lexicon's short-of cue ('fell short', 'falls short', 'falling short') with its strength
    when the sentence tells it with a gap between the verb and 'short' (or says 'shy'), else None."""
    for m in _CUE.finditer(text):
        phrase = f"{m.group('verb').lower()} short"
        if phrase in _STRENGTH:
            return phrase, _STRENGTH[phrase]
    return None


_ANY_CUE = re.compile(rf"\b(?:fell|falls|falling)\s+{GAP}(?:short|shy)\b(?!-)", re.I)
_NUMBER = re.compile(r"(?<![\w.,])(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?P<pct>\s*-?\s*(?:%|per\s*cent\b|percent\b))?", re.I)
# the bar named as what was not reached ('short of the 50% threshold', 'shy of … 500,000') or as
# what was needed ('needed at least 50% of the vote …, but fell about 1% short')
_BAR_BEFORE = re.compile(r"\b(?:short|shy)\s+of\s+(?:[\w'’-]+\s+){0,5}$|\b(?:needed|needs|need|required|requires|require)\s+"
                         r"(?:[\w'’-]+\s+){0,3}$", re.I)


def bar_token(sent, threshold: float | None, unit: str | None) -> int | None:
    """For a market on reaching a bar ('more than 50% of the vote', 'at least 500,000'), the token of
    that bar in a sentence that says the subject fell short of it: the figure equal to the market's
    threshold, named after 'short of' or after 'needed' / 'required', with a short-of cue in the
    sentence. None when there is no such figure (a figure that is the level reached is not a bar)."""
    if threshold is None or not _ANY_CUE.search(sent.text):
        return None
    for m in _NUMBER.finditer(sent.text):
        if float(m.group("n").replace(",", "")) != threshold:
            continue
        if (unit == "percent") != bool(m.group("pct")):
            continue
        if _BAR_BEFORE.search(sent.text[max(0, m.start() - 80):m.start()]):
            return sent.token_at(m.start())
    return None


def cue_token(sent) -> int:
    """The token of the first short-of verb ('fell', 'falls', 'falling') in a sentence that has one."""
    m = _ANY_CUE.search(sent.text)
    return sent.token_at(m.start()) if m else 0


def told_done(sent, span, published) -> bool:
    """'… needed at least 50% of the vote to avoid a run-off on 29 October, but fell about 1% short':
    the failure told in the past tense ('fell') by an article published before the date its sentence
    names — that date is another event's (the run-off to come), not the failure's."""
    m = _ANY_CUE.search(sent.text)
    return bool(m) and m.group(0).lower().startswith("fell") and span.start > published
