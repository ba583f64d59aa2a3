"""A figure told with a bound or a rounding word stands for a range, and is read against the market's
bar as that range: 'sentenced to nearly 25 years' lies below 25 (a miss of 'at least 25 years'),
'up to 27 years' and 'as many as 102' may lie anywhere at or under the figure (neither side of a bar
below it), 'more than 48 seats' anywhere above 48 (nothing of 'at least 50'), 'about 13 years' half a
unit of its last written digit either side (nothing of '13 years or more'). The bound phrases are those
of figure_bounds (data/figure_bounds.json), the rounding words those of figure_words (data/figures.json);
a bound told close to its figure ('nearly 30 years') lies within figure_words.approach_reach of it.

Read by the readers of a count or a figure told with the act (rules/least_count.py, the confirmation
rule's result counts) and by threshold_crossed: the range settles the bar (every value meets it), misses it
(none does), or leaves it open (values on both sides). Pure and cheap: two anchored regex tests on the
words right before the figure."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import figure_bounds, figure_words
from .packaged import load_json

_LEAD = 48  # characters before a figure in which its bound or rounding word is read
_MARK = re.compile(r"(?:(?<=\s)(?:[$€£¥₹]|[A-Z]{1,3}\$?|R|Rs\.?)|[$€£¥₹])\s*$|\s*$")


_REACHED = frozenset(load_json("figure_bounds.json")["reached_up_to"])
# a peak told as what the measure went up to: wind and gust speeds, rain and snow fallen ('winds of up to 165 mph')
_PEAK = re.compile(r"\s*(?:-?\s*(?:m/s|mph|km/h|kph|kmh|knots?|kts|mm|cm|millimet(?:er|re)s?|centimet(?:er|re)s?|inch(?:es)?)\b|"
                   r"\s*(?:met(?:er|re)s|miles|kilomet(?:er|re)s)\s+(?:per|an|a)\s+(?:second|hour)\b)", re.I)


_BROUGHT = frozenset(load_json("figure_bounds.json")["brought_up_to"])
_BROUGHT_REACH = 5  # words between a verb of bringing and its 'up to' ('brought the death toll up to 102')


def _reached(before: str) -> bool:
    """'up to' after these words tells a level reached: a verb of motion or a copula right before it ('went
    up to', 'is up to'), or a verb of bringing a few words before it, in the same clause."""
    words = [w.lower().strip(",;:") for w in re.split(r"[,;:]\s", before)[-1].split()]
    return bool(words) and (words[-1] in _REACHED or any(w in _BROUGHT for w in words[-_BROUGHT_REACH:]))


@dataclass(frozen=True)
class Told:
    """A figure told as a range: its words ('nearly', 'up to', 'about') and whether the range meets
    the bar (True: every value; False: none; None: some do, some do not)."""

    phrase: str
    meets: bool | None

    def note(self, figure: str, wanted: str) -> str:
        said = f"'{self.phrase} {figure}'"
        if self.meets is None:
            return f"{said} is a range on both sides of the bar, not the figure (the market needs {wanted})"
        return f"{said} lies {'past' if self.meets else 'short of'} the bar as a whole (the market needs {wanted})"


def _met(v: float, threshold: float, direction: str, inclusive: bool) -> bool:
    if direction == "above":
        return v > threshold or (inclusive and v == threshold)
    return v < threshold or (inclusive and v == threshold)


def against_bar(before: str, value: float, written: str | None, threshold: float, direction: str,
                inclusive: bool) -> Told | None:
    """The figure `value` (its digits as `written`), preceded by the text `before`, read against the bar
    (threshold, direction 'above'/'below', inclusive): None when no bound or rounding word stands right
    before it (the figure is the value)."""
    lead = _MARK.sub(" ", before[-_LEAD:])  # 'up to $27': the currency mark between word and digits
    bound = figure_bounds.bound_before(lead)
    if bound is not None and bound.phrase.lower() == "up to" and _reached(lead[:bound.start]):
        return None  # 'went up to 4.3%', 'containment is up to 74%': the level reached, no bound
    if bound is not None:
        reach = figure_words.approach_reach(value, written)
        return Told(bound.phrase.lower(), figure_bounds.settles(bound, value, threshold, direction, inclusive, reach))
    word = figure_words.rough(lead)
    if word is None or not written:
        return None
    lo, hi = figure_words.rough_range(value, written)
    ends = {_met(lo, threshold, direction, inclusive), _met(hi, threshold, direction, inclusive)}
    return Told(word.lower(), ends.pop() if len(ends) == 1 else None)


def changes_reading(told: Told | None, value: float, threshold: float, direction: str, inclusive: bool) -> bool:
    """The range reads the bar otherwise than the bare figure would ('nearly 25' misses '≥ 25' where
    '25' meets it; 'up to 27' leaves it open where '27' meets it)."""
    return told is not None and told.meets != _met(value, threshold, direction, inclusive)


def unmet_note(before: str, value: float, written: str | None, threshold: float | None, direction: str | None,
               inclusive: bool, figure: str) -> str | None:
    """For a reading of a level crossed: the note when the figure's words make a range that does not meet
    the bar as a whole though the bare figure would ('as many as 102' for '100 or more', 'nearly 25' for
    '25 or more'), else None."""
    if threshold is None or direction not in ("above", "below"):
        return None
    if not _met(value, threshold, direction, inclusive):
        return None  # the bare figure does not meet the bar either: nothing to hold back
    told = against_bar(before, value, written, threshold, direction, inclusive)
    if told is None or told.meets is True:
        return None
    op = {("above", True): "≥", ("above", False): ">", ("below", True): "≤", ("below", False): "<"}[(direction, inclusive)]
    return told.note(figure, f"{op} {threshold:g}")


def level_note(t, text: str, m, value: float, question: str = "") -> str | None:
    """unmet_note for a level the threshold_crossed rule reads at match `m` of `text` against the target `t`'s
    bar; a market read on one occasion's figure is left to reported_figure, which reads bounds itself, and a
    peak told with 'up to' ('gales of up to 50 meters per second') is the peak. For a market on a maximum or a
    minimum ('highest valid maximum temperature'), 'logged a maximum of 52.3°C' names that measure, no bound."""
    if t.single_value or t.occasion == "one" or t.threshold_unit == "magnitude" or _PEAK.match(text, m.end()):
        return None
    named = _MEASURE_BOUND.search(text[:m.start()])
    if named and named.group(1).lower() in question.lower():
        return None
    return unmet_note(text[:m.start()], value, figure_words.written(m), t.threshold, t.threshold_direction,
                      t.threshold_inclusive is not False, m.group().strip())


# a bound phrase whose noun may be the market's own measure ('a maximum of 52.3°C' for a maximum temperature)
_MEASURE_BOUND = re.compile(r"\ba\s+(maximum|minimum)\s+of\s*$", re.I)
