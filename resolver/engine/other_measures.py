"""A figure its sentence tells of another measure, place or count than the market's (census r20 §6 class D): for a
market on a body's set rate, a figure of another of its rates named in its own conjunct (rate_series.other_rate)
or told of a mortgage rate, a bond yield or inflation (rate_series.named_other);
for a market on a country's rate or share, a figure told for a region, a city or another country
(figure_places.other_place); for a market on a rate's level, a rate move's size told with 'by'
(move_sizes.move_size); for a market on deaths, a figure told as a count of the hurt (joint_counts.hurt_count).
One entry for the threshold readers: the reason the figure is not the market's, or None."""

from __future__ import annotations

import re

from . import figure_places, joint_counts, move_sizes, paired_measures, rate_series
from .analysis import MarketContext


def other_measure(ctx: MarketContext, text: str, m: re.Match[str], lo: int) -> str | None:
    """Why the figure `m` (its stretch of the sentence starting at `lo`) is not the market's figure, or None."""
    figure = m.group().strip()
    series = rate_series.other_rate(ctx, text, m.start())
    if series:  # 'The ECB cut the main rate … to 0.15% and … the rate on its overnight deposit facility to -0.10%'
        return f"'{figure}' is the figure of '{series}', another rate than the market's, named in its own part of the sentence"
    percent = bool(m.group("pnum") or m.group("zero"))
    series = rate_series.named_other(ctx, text, m.start()) if percent else None
    if series:  # 'cuts its average mortgage rate to 4%', 'the 10-year yield fell to 4%' for a body's set rate
        return f"'{figure}' is told of '{series}', another measure than the rate the market reads"
    place = figure_places.other_place(ctx.market.question, ctx.market.criteria, text, m.start(), m.end(), lo) \
        if m.group("pnum") else None
    if place:  # 'Consumer prices in Tokyo rose 3.1%', '52.6 percent of the votes in the capital' for the country's
        return f"'{figure}' is told for {place}, another place than the market's country"
    moved = move_sizes.move_size(ctx.market.question, text, m.start()) if percent else None
    if moved:  # 'has cut its interest rate by 0.5%, to 4.75%' for a market on the rate's level
        return f"'{moved} {figure}' is the size of a rate move, not the level the rate reached"
    pair = paired_measures.other_side(ctx.market.question, text, m.start())
    if pair:  # 'Imports in June fell 7.3%' for a market on exports
        return f"'{figure}' is told of '{pair}', the other side of the measure the market reads"
    hurt = joint_counts.hurt_count(ctx.market.question, text, m.start(), m.end())
    if hurt:  # 'The injury toll … climbed to 114' for a death toll
        return f"'{figure}' is told as the '{hurt}': a count of the hurt, not the deaths the market counts"
    return None
