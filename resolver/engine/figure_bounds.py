"""A figure told as a bound, not as a value: 'securing over 50 percent of votes' says the share
lies strictly above 50, 'at least 25' says 25 or more, 'nearly 50%' and 'just under 3%' say
strictly below, 'up to 40' says 40 or less. The bound is read as the open or closed half-line it
names, and settles a market's bar only when every value on it falls on one side of the bar:
'over 50 percent' meets '> 50%' (every value above 50 is above 50), 'at least 50 percent' does
not settle it (exactly 50 is on the half-line), 'nearly 50%' misses '> 50%' and '≥ 50%' alike.
A rough figure ('about', 'around', 'roughly', 'close to': either side) is no bound. A bound told
close to its figure ('nearly 42%', 'just over 50%') lies within a reach of it the caller gives
(figure_words.approach_reach: one unit of the last written digit, at most a tenth), so 'nearly 42%'
meets '≥ 40%' and 'just over 48%' misses '≥ 50%'.

The bound phrase must stand right before the figure; the phrases are data
(resolver/data/figure_bounds.json)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .packaged import load_json

_WORDS = load_json("figure_bounds.json")


def _alternation(phrases: list[str]) -> str:
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in sorted(phrases, key=len, reverse=True))


_KINDS = (("lower", True, "above_strict"), ("lower", False, "above_inclusive"),
          ("upper", True, "below_strict"), ("upper", False, "below_inclusive"))
_CLOSE = frozenset(_WORDS["close"])
_ALL = [(side, strict, re.compile(rf"(?<![\w-])(?:{_alternation(_WORDS[key])})\s+\+?$", re.I))
        for side, strict, key in _KINDS]


@dataclass(frozen=True)
class Bound:
    """A bound told right before a figure: 'over' → the figure's true value lies strictly above it."""

    phrase: str
    side: str  # 'lower': the true value is above the figure; 'upper': below it
    strict: bool  # the figure itself is left out ('over 50' is not 50; 'at least 50' may be)
    start: int  # where the phrase starts in the text given
    close: bool = False  # told close to the figure ('nearly', 'just over'): within a reach of it

    def describe(self, value: float, reach: float | None = None) -> str:
        op = {("lower", True): ">", ("lower", False): "≥", ("upper", True): "<", ("upper", False): "≤"}
        if self.close and reach:  # 'nearly 42': < 42, at least 41
            far = value - reach if self.side == "upper" else value + reach
            return f"{op[(self.side, self.strict)]} {value:g}, {'at least' if self.side == 'upper' else 'at most'} {far:g}"
        return f"{op[(self.side, self.strict)]} {value:g}"


def bound_before(lead: str) -> Bound | None:
    """The bound phrase that ends `lead` (the text right before a figure), longest first:
    'won just over ' → ('just over', lower, strict)."""
    best = None
    for side, strict, rx in _ALL:
        m = rx.search(lead)
        if m and (best is None or m.start() < best.start):
            phrase = " ".join(m.group(0).rstrip(" +").split())
            best = Bound(phrase, side, strict, m.start(), phrase.lower() in _CLOSE)
    return best


def settles(bound: Bound, value: float, threshold: float, direction: str, inclusive: bool,
            reach: float | None = None) -> bool | None:
    """True when every value the bound allows meets the bar (threshold, direction, inclusive),
    False when none does, None when the half-line lies on both sides of it. A close bound with a
    `reach` allows only the values within it ('nearly 42' with a reach of 1: 41 to 42)."""
    on_side = (bound.side == "lower") == (direction == "above")
    far = (value - reach if bound.side == "upper" else value + reach) if bound.close and reach else None
    if on_side:  # the half-line runs the bar's way: met when it starts at or past the bar
        past = value > threshold if direction == "above" else value < threshold
        if past or (value == threshold and (bound.strict or inclusive)):
            return True
        # 'just over 48%' for '≥ 50%': its far end short of the bar, none of its values meets it
        return False if far is not None and not _met(far, threshold, direction, inclusive) else None
    # the half-line runs away from the bar: missed when it starts at or short of the bar
    short = value < threshold if direction == "above" else value > threshold
    if short or (value == threshold and (bound.strict or not inclusive)):
        return False
    # 'nearly 42%' for '≥ 40%': its far end past the bar, all of its values meet it
    return True if far is not None and _met(far, threshold, direction, inclusive) else None


def _met(v: float, threshold: float, direction: str, inclusive: bool) -> bool:
    return v > threshold or (inclusive and v == threshold) if direction == "above" else \
        v < threshold or (inclusive and v == threshold)


def level_word(bound: Bound) -> bool:
    """A bound told as a position ('below 7 percent', 'under 3%'): after a verb of falling it is
    the level reached ('could drop below 7 percent'), not the size of the fall."""
    return bound.phrase.split()[-1].lower() in ("below", "under", "above")


def negated(bound: Bound) -> Bound:
    """The bound on a figure read as a fall ('fell more than 2%': the change is below -2)."""
    return replace(bound, side="upper" if bound.side == "lower" else "lower")
