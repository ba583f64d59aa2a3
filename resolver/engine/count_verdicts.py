"""A verdict on some of the counts. For a market that needs a conviction on all n counts
('Will … be convicted on all three rape counts?'), a report that the jury convicted on k < n
of them ('convicted actor Danny Masterson of two counts of rape') is the verdict given, short of
all, when the article also says the rest got no conviction ('the panel was unable to reach a
verdict on similar allegations'). A partial verdict with deliberations still going on the rest
is not read (data/verdicts.json)."""
from __future__ import annotations

import re

from .lexicon import NUMBER_WORDS
from .packaged import load_json
from .text import Sentence

_DATA = load_json("verdicts.json")
_VERBS = frozenset(_DATA["verdict_verbs"])
_NOUNS = frozenset(_DATA["count_nouns"])


def _phrases(words: list[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + r")\b", re.I)


_VAGUE = frozenset({"a", "an", "several", "few", "couple"})
_UNRESOLVED = _phrases(_DATA["unresolved"])
_PENDING = _phrases(_DATA["pending"])


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return None if word in _VAGUE else NUMBER_WORDS.get(word)


def short_of_all(sent: Sentence, i: int, asked: str | None, article_text: str) -> str | None:
    """For the verdict verb at token i ('convicted', 'found guilty') and a market on all `asked`
    counts: the sentence counts k < n counts ('of two counts') and the article says the rest got
    no conviction. Why, else None."""
    n = _number(asked) if asked else None
    toks = sent.tokens
    if n is None or not (toks[i].lemmas & _VERBS):
        return None
    if "find" in toks[i].lemmas and not any(t.lower == "guilty" for t in toks[i + 1:i + 6]):
        return None
    a, b = sent.clause_of(i)
    for k in range(i + 1, min(b, i + 12)):
        if not (toks[k].lemmas & _NOUNS) or k < 2:
            continue
        got = _number(toks[k - 1].lower)
        if got is None or got >= n or toks[k - 2].lower not in ("of", "on"):
            continue  # 'of two counts', 'on two counts'; not 'two of the three counts' read here
        rest = _UNRESOLVED.search(article_text)
        if rest is None or _PENDING.search(article_text):
            return None
        return (f"'{toks[i].text} … {toks[k - 2].text} {toks[k - 1].text} {toks[k].text}' at the verdict, and no "
                f"conviction on the rest ('{rest.group(0)}'): the verdict is given, on {got} of the {n}, not all")
    return None


# 'while two were acquitted', 'two of them were cleared': a count of a group's members acquitted
_MEMBERS_ACQUITTED = re.compile(
    r"\b(?P<k>\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|some)\s+(?:of\s+(?:them|the\s+(?:[\w'-]+\s+){0,3}?[a-z]+)\s+|"
    r"(?:other\s+)?(?:defendants|accused|officers|men|women|activists|people)\s+)?(?:were|was|had\s+been|have\s+been)\s+"
    r"(?P<verb>acquitted|cleared|exonerated|found\s+not\s+guilty)\b", re.I)
# the court's act on some of them: 'acquitted one of the two Libyan defendants', a page's 'aquitted one
# the two Libyan defendants' (the one misspelling the corpus shows, batch-113)
_ACQUITTED_MEMBERS = re.compile(
    r"\b(?P<verb>acquitted|aquitted|cleared|exonerated)\s+(?:only\s+)?(?P<k>one|two|three|four|five|six|seven|eight|"
    r"nine|ten|\d+)\s+(?:of\s+)?(?:the|them|its|their)\b(?:\s+(?!and\b|but\b|on\b|of\b)[\w'-]+){0,3}", re.I)
# 'only one of the two was convicted': the verdict given, for some of them only
_ONLY_SOME = re.compile(
    r"\bonly\s+(?P<k>one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+of\s+(?:them|the|their)\b[^.;]{0,60}?"
    r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?P<verb>convicted|found\s+guilty)\b", re.I)
_ACQUIT = r"(?i:acquitted|aquitted|cleared|exonerated)"
_CUES = ("acqu", "aqu", "clear", "exon", "guilty", "only")


def _member_acquitted(text: str, names: tuple[tuple[str, ...], ...]) -> re.Match[str] | None:
    """'Fhimah was acquitted', 'acquitted Fhimah': a member named by the market told acquitted."""
    if not names or not re.search(_ACQUIT, text, re.I):
        return None  # a cheap test first
    for key in names:
        words = "|".join(map(re.escape, key))
        m = re.search(rf"\b(?:{words})\b[^.;,]{{0,40}}?\b(?i:was|has\s+been|had\s+been)\s+(?P<verb>{_ACQUIT})\b", text) or \
            re.search(rf"\b(?P<verb>{_ACQUIT})\s+(?:[\w'-]+\s+){{0,3}}?(?:{words})\b", text)
        if m:
            return m
    return None


def members_acquitted(sent: Sentence, group_told: bool,
                      names: tuple[tuple[str, ...], ...] = ()) -> tuple[int, str] | None:
    """For a market that every one of a group be convicted ('Will all 47 defendants … be
    convicted?', 'Will both Libyan defendants be found guilty?'): a count of them told acquitted
    ('Most of the group were found guilty …, while two were acquitted', 'aquitted one the two
    Libyan defendants') or the verdict given for only some ('only one of the two was convicted') in a
    sentence about the group (`group_told`: it names the market's group, or tells the others'
    conviction), or a member the market names told acquitted (`names`: 'Fhimah was acquitted') is
    a verdict short of all. (token of the verb, wording), else None."""
    text = sent.text
    m = _member_acquitted(text, names)
    if m is None and group_told and any(c in text.lower() for c in _CUES):
        m = _MEMBERS_ACQUITTED.search(text) or _ACQUITTED_MEMBERS.search(text) or _ONLY_SOME.search(text)
    if not m:
        return None
    return sent.token_at(m.start("verb")), f"'{m.group(0)}' (not all)"
