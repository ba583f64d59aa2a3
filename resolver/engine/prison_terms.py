"""Prison terms told without the word 'sentence': a term a court imposes, reported by the time it
runs ('was ordered to serve 24 years and four months in prison', 'Skilling Gets 24 Years for
Fraud', 'with Benny Tai receiving the longest term of 10 years', 'jailed for six years'). For a
market on the length of a sentence ('be sentenced to 25 years or more'), such a term is the
sentence passed: its length, in the market's unit, settles the bar. A term asked for, faced or
possible ('prosecutors sought 24 years', 'faces up to 20 years', 'could get 10 years') is none.
Read by the confirmation rule's result counts."""

from __future__ import annotations

import re

from .numerals import _number

_N = r"\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_TERM = (rf"(?P<num>{_N})[\s-]+(?P<unit>years?|months?)(?:\s+and\s+(?P<more>{_N})\s+(?P<more_unit>months?|days?))?")
_TERMS = re.compile(
    rf"\b(?P<verb>(?:ordered|sentenced|condemned)\s+to\s+serve|gets?|got|given|handed(?:\s+down)?|receiv(?:e|es|ed|ing)|"
    rf"jailed\s+for|imprisoned\s+for)\s+(?:(?:a|an|the|his|her)\s+(?:[\w-]+\s+){{0,3}}?(?:term|sentence)\s+of\s+|"
    rf"(?:a\s+)?(?:total\s+of\s+)?)?{_TERM}(?P<after>[^.;]{{0,40}})", re.I)
# a term of prison: the words after it, or the verb itself
_PRISON = re.compile(r"\b(?:prison|jail|behind\s+bars|imprisonment|custody|for\s+(?:fraud|murder|subversion|\w+ing))\b", re.I)
# a term not imposed: asked for, faced, possible
_NOT_IMPOSED = re.compile(r"\b(?:sought|seeks?|seeking|asked|asks|asking|recommend\w*|request\w*|demand\w*|urg\w*|faces?|facing|"
                          r"could|would|may|might|maximum|up\s+to|if)\b", re.I)
_DAYS = {"year": 365.25, "month": 30.4375, "day": 1.0}


def terms(text: str, unit: str) -> list[tuple[int, int, float, str]]:
    """(start of the verb, start of the number, the term in `unit`, the wording) of each prison
    term the text reports imposed; `unit` is 'years' or 'months'."""
    stem = unit.lower().rstrip("s")
    if stem not in ("year", "month"):
        return []
    out = []
    for m in _TERMS.finditer(text):
        verb = m.group("verb").lower()
        jailed = verb.startswith(("jailed", "imprisoned", "ordered", "sentenced", "condemned"))
        if not jailed and not _PRISON.search(m.group("after")) and "term" not in m.group(0).lower():
            continue  # 'got 24 votes', 'received 10 years of funding': no prison term
        clause = re.split(r"[;:]|,\s+(?:but|while|and)\b", text[:m.start()])[-1]
        if _NOT_IMPOSED.search(clause[-80:]) or _NOT_IMPOSED.search(m.group("verb")):
            continue
        n = _number(m.group("num"))
        if n is None:
            continue
        days = n * _DAYS[m.group("unit").lower().rstrip("s")]
        if m.group("more"):
            more = _number(m.group("more"))
            days += (more or 0) * _DAYS[m.group("more_unit").lower().rstrip("s")]
        value = round(days / _DAYS[stem], 2)
        out.append((m.start(), m.start("num"), value, m.group(0)[:m.start("after") - m.start()].strip()))
    return out
