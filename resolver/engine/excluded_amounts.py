"""The same amount told elsewhere as of a kind the criteria exclude: 'With the buyer's premium and
taxes, the final sales figure is $450,312,500' for a market on the hammer price 'excluding buyer's
premium' makes '$450M sale', 'going for $450.3 million' and 'sells for $450 million', in any article
of the evidence, that same figure rounded: it is of the excluded kind too, and crosses no bar.

A crossing (rule threshold_crossed, counted, either side) is voided when its figure is a rounding of a
figure a note names as of an excluded kind (excluded_figures.py: 'a kind of figure the criteria
exclude'): the same unit mark (a currency sign or none, a percent sign or none), the excluded figure
told more precisely than the crossing's (strictly: '$155 million' estimated and '$155 million'
reported are two figures that agree, not one figure rounded), and the two within half the last
shown unit of the crossing's figure."""

from __future__ import annotations

import re

from .excluded_figures import EXCLUDED_KIND, NOT_READ
from .types import Contribution

CROSSING = "threshold_crossed"
# a figure quoted in a reason: its currency sign, its number and its multiplier
_QUOTE = re.compile(r"(?<!\w)'(.*?)'(?!\w)")
_FIGURE = re.compile(r"(?P<cur>[$€£¥])?\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(?P<mult>k|m|mn|bn|b|million|billion|"
                     r"trillion|thousand)?\b\s?(?P<pct>%|percent|per\s*cent)?", re.I)
_MULT = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9, "billion": 1e9,
         "trillion": 1e12}


def _amount(reason: str) -> tuple[float, float, str] | None:
    """The first quoted figure of a reason: its value, the size of its last shown unit, and its
    unit mark ('$', '%' or ''), else None."""
    m = next((f for q in _QUOTE.finditer(reason) if (f := _FIGURE.search(q.group(1)))), None)
    if m is None:
        return None
    num = m.group("num")
    mult = _MULT.get((m.group("mult") or "").lower().replace(" ", ""), 1.0)
    digits = num.split(".")[1] if "." in num else ""
    step = mult * 10 ** -len(digits)
    mark = (m.group("cur") or "") + ("%" if m.group("pct") else "")
    return float(num.replace(",", "")) * mult, step, mark


def void(contribs: list[Contribution]) -> list[Contribution]:
    """Crossings whose figure rounds a figure the evidence names as of an excluded kind."""
    excluded = [a for c in contribs if c.rule == CROSSING and c.direction == "none" and EXCLUDED_KIND in c.reason
                and NOT_READ in c.reason and (a := _amount(c.reason)) is not None]
    if not excluded:
        return contribs
    out = []
    for c in contribs:
        if c.counted and c.direction in ("yes", "no") and (c.base_rule or c.rule) == CROSSING:
            mine = _amount(c.reason)
            hit = None if mine is None else next(
                (e for e in excluded if e[2] == mine[2] and e[1] < mine[1] and abs(e[0] - mine[0]) <= mine[1] / 2 + 1e-9),
                None)
            if hit is not None:
                c = c.model_copy(update={"counted": False, "reason": (
                    f"{c.reason} [voided: the same amount, told more precisely elsewhere in the evidence "
                    f"({hit[0]:,.10g}), is of a kind the criteria exclude]")})
        out.append(c)
    return out
