"""A rate move's size told with 'by' is not the level the rate reached: 'Norway's central bank has cut its
interest rate by 0.5%, to 4.75%', 'the Fed raised rates by 0.75 percent on Wednesday'. For a market on a rate's
level ('take its benchmark rate under 4 percent'), a percent figure right after 'by' (or 'by a further',
'by another') whose verb moves a rate named before it ('cut its interest rate by', 'raised rates by') is the
step taken, not where the rate stands; the level is the figure after 'to', read as before.

Read only when the market's bar is a level (not a change against a reference, figure_words.change_bar) and
the rate's word stands between the move's verb and 'by' (a growth rate told 'grew by 0.6%' names no rate
moved, and is left alone). Called from other_measures.other_measure for threshold_crossed."""

from __future__ import annotations

import re

from .figure_words import change_bar

# the move's verb, up to five words naming the rate, then 'by' (with 'a further', 'another') right before
# the figure: 'cut its key interest rate by', 'raised rates by', 'lowered the benchmark repo rate by a further'
_MOVED_RATE_BY = re.compile(
    r"\b(?:cut|cuts|cutting|lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|trim(?:s|med|ming)?|slash(?:es|ed|ing)?|"
    r"rais(?:e|es|ed|ing)|hik(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|lift(?:s|ed|ing)?|eas(?:e|es|ed|ing))"
    r"\s+(?:[\w'’-]+\s+){0,4}?rates?\s+by\s+(?:a\s+further\s+|another\s+|a\s+)?$", re.I)
# a question whose bar is itself a move's size ('devalue the yuan by more than 1.5% in a single day', 'cut rates by at
# least 0.5 percent'): the step taken is the market's figure
_SIZED_MOVE = re.compile(r"\bby\s+(?:(?:more\s+than|at\s+least|over|up\s+to|less\s+than|under|as\s+much\s+as)\s+)?"
                         r"\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent|percentage\s+points?)", re.I)
_REACH = 90  # characters before the figure searched for the verb and the rate


def move_size(question: str, text: str, start: int) -> str | None:
    """The words telling the percent figure starting at `start` as a rate move's size, when the market
    reads a level; else None. A cheap test for ' by ' right before the figure comes first."""
    before = text[max(0, start - _REACH):start]
    if not before.rstrip().lower().endswith(("by", "further", "another", " a")) or " by " not in before.lower() \
            or change_bar(question) or _SIZED_MOVE.search(question):
        return None
    m = _MOVED_RATE_BY.search(before)
    return " ".join(m.group(0).split()) if m else None


# the way a move goes, told by its verb: down ('cut', 'devalue', 'weaken') or up ('raise', 'revalue', 'strengthen')
_DOWN = re.compile(r"\b(?:cut|lower|reduc|trim|slash|devalu|weaken|depreciat|eas|drop|lop)\w*", re.I)
_UP = re.compile(r"\b(?:rais|hik|increas|lift|revalu|strengthen|apprecia|boost)\w*", re.I)


def _way(words: str) -> str | None:
    hits = [(m.start(), "below") for m in _DOWN.finditer(words)] + [(m.start(), "above") for m in _UP.finditer(words)]
    return max(hits)[1] if hits else None


def same_way(question: str, text: str, start: int) -> bool | None:
    """For a question whose bar is a move's size ('devalue the yuan by more than 1.5% in a single day'), the percent
    figure starting at `start` is a move's size told with 'by' after a verb moving the same way as the question's
    ('The central bank cut its daily reference rate by 1.9 percent'): the figure is the size the bar reads, whatever
    its verb's own direction word; False for a move the other way ('raised the fixing by 1.9%': no size of the
    market's move); None when the question sets no such bar or the figure is not a move's size after 'by'."""
    q = _SIZED_MOVE.search(question)
    if not q or not text[max(0, start - 12):start].rstrip().lower().endswith(" by"):
        return None
    clause = re.split(r"[,;:]\s|\b(?:and|but|while|after|as)\s", text[max(0, start - _REACH):start])[-1]
    way, asked = _way(clause), _way(question[:q.start()])
    return None if way is None or asked is None else way == asked

