"""Joint counts: a figure that counts the market's people together with another group, named so
in its own clause: 'The number of people killed or injured in the floods has risen to 2,636',
'2,636 dead and wounded', 'deaths and injuries reached 2,636' for a market on a death toll. The
dead and the hurt counted as one are a wider count than the deaths the market reads, so the figure
is not read against its bar. The other group is one of the hurt (injured, wounded, hurt, injuries);
'dead or missing' is left standing (a toll that counts the missing presumed dead is often the
official one). Words of the market's count are resolver/data/figures.json 'count_families'. Read
by rules/threshold_crossed.py. Pure and deterministic."""

from __future__ import annotations

import re

from .packaged import load_json

_FAMILIES: list[frozenset[str]] = [frozenset(f) for f in load_json("figures.json").get("count_families", [])]
_HURT = r"(?:injured|wounded|hurt|injur(?:y|ies)|wounds)"
_DEAD = r"(?:dead|deaths?|killed|died|fatalit(?:y|ies))"
_JOINT = re.compile(rf"\b(?:{_DEAD}\s*(?:,\s*)?(?:or|and|&|/)\s*(?:[a-z]+\s+)?{_HURT}|{_HURT}\s*(?:,\s*)?(?:or|and|&|/)\s*"
                    rf"(?:[a-z]+\s+)?{_DEAD})\b", re.I)
# the figure's stretch: back to a clause break, forward to the next one (bounded)
_BREAK = re.compile(r"[;.]\s|,\s+(?:and|but|while|whereas|with)\s|\s[—–]\s")


def _deaths_asked(question: str) -> bool:
    words = set(re.findall(r"[a-z]+", question.lower()))
    return any(words & family for family in _FAMILIES if "deaths" in family)


def joint_count(question: str, text: str, start: int, end: int) -> str | None:
    """The words joining the market's dead with the hurt in the figure's own clause ('killed or
    injured'), for a market on a count of deaths; else None."""
    if not _deaths_asked(question) or not _JOINT.search(text):
        return None  # a cheap test first
    if re.search(_HURT, question, re.I):
        return None  # the market itself counts the hurt
    lo = max(0, start - 160)
    before = text[lo:start]
    cut = list(_BREAK.finditer(before))
    if cut:
        before = before[cut[-1].end():]
    after = text[end:end + 60]
    stop = _BREAK.search(after)
    if stop:
        after = after[:stop.start()]
    found = _JOINT.search(before) or _JOINT.search(after)
    return " ".join(found.group(0).split()) if found else None


# a count of the hurt alone named before the figure in its clause ('the injury toll … rose to 114', 'the number of
# injuries … rose to 182'), or told of the figure's people right after it ('200 people are confirmed injured')
_HURT_COUNT = re.compile(rf"\b(?:(?:injury|injuries|wounded|injured)\s+(?:toll|count|tally|figure)|number\s+of\s+(?:the\s+)?"
                         rf"(?:injured|injuries|wounded|hurt|people\s+(?:injured|wounded|hurt)))\b", re.I)
_HURT_AFTER = re.compile(r"\s*(?:(?:people|persons|others|residents)\s+)?(?:(?:are|were|have|has|had|been|now|confirmed|"
                         r"reported|officially)\s+){1,3}(?:injured|wounded|hurt)\b", re.I)


def hurt_count(question: str, text: str, start: int, end: int) -> str | None:
    """For a market on a count of deaths, a figure its clause tells as a count of the hurt alone ('The injury
    toll from the blazes climbed to 114', 'More than 200 people are confirmed injured'): another count.
    Returns its words; None when a word of the dead stands between the count's noun and the figure."""
    if not _deaths_asked(question) or re.search(_HURT, question, re.I):
        return None
    after = _HURT_AFTER.match(text, end)
    if after:
        return " ".join(after.group(0).split())
    before = text[max(0, start - 160):start]
    cut = list(_BREAK.finditer(before))
    if cut:
        before = before[cut[-1].end():]
    found = list(_HURT_COUNT.finditer(before))
    if not found or re.search(rf"\b{_DEAD}\b", before[found[-1].end():], re.I):
        return None
    return " ".join(found[-1].group(0).split())
