"""A question's bar written as the value it gives a figure's noun: 'report a death toll of 400 or
more', 'put the Grenfell Tower fire death toll at 75 or more', 'put the magnitude of the November
14, 2016 Kaikoura earthquake at 7.8 or higher'.

Such a number carries no unit, currency or price verb ('trade', 'reach'), so on its own it reads
like a count with nothing counted and the market was left an event ('report', 'put') that no figure
could settle. The noun before it says what it measures: a toll, a tally, a count or a magnitude,
linked to the number by 'of' or 'at' (past the figure's own 'of' phrase: 'the magnitude of the
quake at 7.8'). The market is then a threshold on that figure, a magnitude read on its scale.

Not read: a number tied to a noun that is no figure ('a ceasefire of 30 days or more'), or one
the figure's noun does not lead to ('a death toll, with 10 or more people injured')."""

from __future__ import annotations

import re

# the figure's noun, its own 'of' phrase, and the 'of' / 'at' that gives it the number; the number
# follows right after (matched against what comes before its position in the question)
_VALUED = re.compile(r"\b(?P<noun>toll|tally|count|magnitude)(?:\s+of\s+(?:[^,;:?()]|,(?=\s*\d)){1,80}?)?\s+(?:of|at)\s+$",
                     re.I)  # a comma only inside a date ('the November 14, 2016 Kaikoura earthquake')


def figure_noun(question: str, number_start: int) -> str | None:
    """The figure's noun ('toll', 'magnitude') that the number starting at `number_start` is the
    value of, written 'a death toll of 400 or more' or 'put the death toll at 75 or more'; else None."""
    m = _VALUED.search(question[max(0, number_start - 120):number_start])
    return m.group("noun").lower() if m else None
