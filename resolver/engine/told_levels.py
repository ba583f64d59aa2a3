"""Levels and totals told with no word of movement: the figure is where the count or level stands,
so its value alone says which side of a bar it lies on (rules/threshold_crossed.py then takes the
market's own direction and lets the bar decide, as it does for 'stands at' or 'now at').

- a level told with the copula and 'at': 'The current death toll is at 20', 'bitcoin was at
  $61,119.51' ('is now at' and 'stands at' are read in threshold_figures._LEVEL already);
- a total told as the whole: a sentence opening 'In all, 51 people died' ('In total,', 'Altogether,',
  'All told,'), or 'a (cumulative) total of 6,262';
- a part named by the market's own noun inside such a total: 'a cumulative total of 2 384 … cases of
  plague, including 207 deaths' is the death count, for a market counting deaths;
- a toll told by what the disaster left: 'have left 10,668 people dead', for a market on deaths.

Not a level reported now: a figure told of another time right after it ('was at 3.11% a year ago',
'was at 40 a week earlier'). Pure and deterministic; a keyword prefilter runs before any pattern."""

from __future__ import annotations

import re

_PREFILTER = re.compile(r"\b(?:at|all|total|altogether|told|including)\b", re.I)

# 'is at ', 'was currently at ', 'were still at ' right before the figure (a currency mark may stand between)
_COPULA_AT = re.compile(r"\b(?:is|are|was|were)\s+(?:currently\s+|still\s+)?at\s+(?:[$€£₹]\s?)?$", re.I)
# 'In all, ', 'In total ', 'Altogether, ' opening the sentence or a clause, right before the figure
_WHOLE_OPENING = re.compile(r"(?:^|[;:]\s*|[.!?]\s+)[\"“']?(?:in\s+all|in\s+total|altogether|all\s+told),?\s+$", re.I)
# 'a total of ', 'a cumulative total of ', 'the combined total of ' (not a whole the count is part of: 'voting in
# favour out of a total of 130', 'abstentions from a total of 736')
_TOTAL_OF = re.compile(r"(?<!\bof\s)(?<!\bfrom\s)\b(?:a|the)\s+(?:cumulative\s+|combined\s+|overall\s+|grand\s+)?total\s+of\s+$", re.I)
# '…, including ' right before a part of the total
_INCLUDING = re.compile(r",\s+including\s+$", re.I)
# a total frame earlier in the same sentence ('a cumulative total of', 'In all,')
_TOTAL_FRAME = re.compile(r"\b(?:(?:a|the)\s+(?:cumulative\s+|combined\s+|overall\s+|grand\s+)?total\s+of|in\s+all|in\s+total|"
                          r"altogether|all\s+told|cumulative(?:ly)?)\b", re.I)
# another time told right after the figure: 'a year ago', 'a week earlier', 'last year', 'in 2019'
_OTHER_TIME = re.compile(r"\s*(?:%|percent|per\s+cent)?\s*(?:[a-z]+\s+){0,2}?(?:(?:a|one|two|three|several|\d+)\s+"
                         r"(?:years?|months?|weeks?|days?)[\s-]+(?:ago|earlier|before)\b|last\s+(?:year|month|week)\b|"
                         r"(?:previously|earlier)\b|in\s+(?:19|20)\d\d\b)", re.I)


def _noun_after(text: str, end: int) -> str | None:
    m = re.match(r"\s+([a-z]+)\b", text[end:end + 30])
    return m.group(1) if m else None


# a toll told by what the disaster left: 'the catastrophic earthquake and ensuing tsunami have left 10,668 people
# dead', 'leaving 26 dead' (not 'left 300 people homeless', nor 'injured'): the dead counted so far, for a
# market on deaths or a death toll
_LEFT = re.compile(r"\b(?:left|leaving|leaves|leave)\s+$", re.I)
_DEAD_AFTER = re.compile(r"\s+(?:(?:people|persons|others|residents|villagers)\s+)?dead\b", re.I)
_DEATHS_ASKED = re.compile(r"\b(?:death|deaths|dead|fatalities|killed)\b", re.I)


def level_told(question: str, text: str, start: int, end: int) -> str | None:
    """The words that tell the figure at [start, end) of `text` as a level or a whole count, with no
    movement ('is at', 'In all,', 'a total of', 'including' + the question's noun in a total, 'left
    N people dead' for a death toll), or None. `question` is the market's question: a part counts
    only when named by its noun."""
    before = text[max(0, start - 40):start]
    if ("left" in before or "leav" in before) and _LEFT.search(before) and _DEAD_AFTER.match(text, end) and _DEATHS_ASKED.search(question):
        return f"{_LEFT.search(before).group(0).strip()} … dead"
    if not _PREFILTER.search(before):
        return None
    if _OTHER_TIME.match(text, end, min(len(text), end + 40)):
        return None
    for rx in (_COPULA_AT, _WHOLE_OPENING, _TOTAL_OF):
        m = rx.search(text, max(0, start - 40), start)  # ('^' is the sentence's own start, '$' the figure's)
        if m:
            return " ".join(m.group(0).strip(" ;:.!?\"“'").split())
    if _INCLUDING.search(before):
        noun = _noun_after(text, end)
        lead = text[max(0, start - 200):start]
        if noun and len(noun) > 3 and re.search(rf"\b{re.escape(noun)}\b", question, re.I) and _TOTAL_FRAME.search(lead):
            return f"including {noun} in a total"
    return None
