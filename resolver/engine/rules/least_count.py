"""A market's least count ('at least 240 votes', 'more than 6 years', 'life imprisonment'): the count
a sentence gives with the act (the nearest with the market's unit, a term converted between years,
months, weeks and days, the part in 'won 30 of 47 seats', owned by the market's subject), whether it
falls short of the bar, and how much a short count says no (a final count, another round still to
come). Read by the confirmation rule."""

from __future__ import annotations

import re

from .. import compound_terms, counted_alike, quantities, told_ranges, unit_names
from ..shortfall_figures import distance_after
from ..analysis import MarketContext, SentenceFacts
from ..counted_subject import counted_subject
from ..lexicon import MONTHS, NUMBER_WORDS, WEEKDAYS
from ..text import all_lemmas

_DAYS_IN = compound_terms.DAYS_IN  # units of a term, in days


def _count(ctx: MarketContext, f: SentenceFacts, i: int) -> tuple[float | None, str] | None:
    """When the market needs a least count ('at least 240 votes', '15 years or more', 'life
    imprisonment'): the count the sentence gives with the act — the nearest number after it
    with the same unit (or 'life' for years). (None, why) when the sentence gives none."""
    need, unit = ctx.target.quantity, ctx.target.quantity_unit
    if need is None or not unit:
        return None
    stem = unit.rstrip("s")
    toks = f.sent.tokens
    wanted = "life" if need == float("inf") else f"{_bar_word(ctx)} {need:g} {unit}"
    gap = None  # a count told as a distance to the bar ('eight wickets short of 800'): not the count
    # the nearest count after the act; then one before it that the market's subject owns by
    # name ('Takaichi secured 237 votes …, defeating Noda, who received 149 votes')
    for k in list(range(i + 1, len(toks))) + list(range(i - 1, -1, -1)):
        if k > i and stem == "year" and toks[k].lower == "life":
            return float("inf"), "a life term"
        said_unit = toks[k + 1].lower.rstrip("s") if k + 1 < len(toks) else ""
        width = 2
        if said_unit != stem and _unit_words(toks, k + 1, stem):
            said_unit, width = stem, 1 + len(stem.split())  # '50 novel drugs' for 'novel drugs'
        elif said_unit != stem and _object_modifier(ctx, toks, k + 1, stem):
            said_unit, width = stem, 3  # '365 electoral votes' for 'electoral votes': the unit after the object's modifier
        elif said_unit and said_unit != stem and said_unit in unit_names.criteria_units(ctx.market.criteria, stem):
            said_unit = stem  # '206,703 applications' where the criteria count 'booking applications'
        elif said_unit and said_unit != stem and counted_alike.counts_alike(unit, ctx.target.act, said_unit):
            said_unit = stem  # 'with 11 wins' for 'win more than 11 Academy Awards': each win is one won
        if said_unit == stem or (stem in _DAYS_IN and said_unit in _DAYS_IN):
            term = compound_terms.whole(toks, k) if stem in _DAYS_IN else None
            if term is not None:  # '20 years and six months': one term, not its part
                a, b, days = term
                conv = round(days / _DAYS_IN[stem], 2)
                said = " ".join(t.text for t in toks[a:b])
                told = _told(ctx, f.sent.text[:toks[a].start], conv, toks[a].text, stem, stem)  # 'as many as 27 years and …'
                if told is not None:
                    return told[0], told[1].note(said, wanted)
                return conv, f"'{said}' = {conv:g} {unit}, one term told in several units (the market needs {wanted})"
            last = toks[min(k + width, len(toks)) - 1]
            far = distance_after(f.sent.text, last.start + len(last.text))
            if far:
                gap = gap or " ".join(t.text for t in toks[k:k + width]) + f" {far}"
                continue
            part = _part_of_total(toks, k) if said_unit == stem else None
            said_count = " ".join(t.text for t in toks[part if part is not None else k:k + width])
            if part is not None:
                k = part  # 'won 30 of 47 seats': the count is 30; 47 is the whole
            w = toks[k].lower.replace(",", "")
            n = float(w) if w.replace(".", "", 1).isdigit() else NUMBER_WORDS.get(w)
            frac = compound_terms.fractional(toks, k) if part is None else None
            if frac is not None:  # 'two-and-a-half years', '2 1/2 years': one count with its fraction
                said_count = " ".join(t.text for t in toks[frac[0]:k + width])
                k, n = frac
            elif n is not None and compound_terms.half_after(toks, k + width):
                n = float(n) + 0.5  # 'a year and a half'
            told = None if frac is not None else _told(ctx, f.sent.text[:toks[k].start], n, toks[k].text, said_unit, stem)
            if told is not None:  # 'sentenced to nearly 13 years', 'up to 27 years': a range, read as one
                return told[0], told[1].note(" ".join(t.text for t in toks[k:k + width]), wanted)
            if n is not None and said_unit != stem:  # '87 months' against a bar in years: 87 × 30.44 / 365.25
                conv = round(float(n) * _DAYS_IN[said_unit] / _DAYS_IN[stem], 2)
                return conv, (f"{said_count} = {conv:g} {unit} "
                              f"({float(n):g} × {_DAYS_IN[said_unit]:g} / {_DAYS_IN[stem]:g} days; the market needs {wanted})")
            owner = quantities.owner_before(f.sent.text, toks[k].start, _common_word)
            ours = bool(owner) and (any(p.search(owner) for p in ctx.actor_patterns.values())
                                    or quantities.names_overlap(owner, ctx.target.actors))
            counted = k < i and not owner and counted_subject(ctx.market.question, toks, k, i)
            if (owner and not ours) or (k < i and not ours and not counted):
                continue  # another's count ('…, who received 149 votes'), or one before the act with no owner
            if n is not None and n < need and _run_within(toks, k):
                # "scored Iowa's first eight points": a run inside the count, not where it ends
                run = " ".join(t.text for t in toks[max(0, k - 1):k + width])
                return None, f"'{run}' is a run within the count, not the count (the market needs {wanted})"
            if n is not None and n < need and _floor_before(toks, k):
                # 'won more than 270 electoral votes' against 375: a floor under the bar says not where the count ends
                floor = " ".join(t.text for t in toks[max(0, k - 2):k + width])
                return None, f"'{floor}' is a floor below the bar, not the count (the market needs {wanted})"
            if n is not None:
                if k < i and counted:
                    return float(n), f"'{said_count}' did it, the count the market asks of (it needs {wanted})"
                if k < i:
                    said = " ".join(t.text for t in toks[max(0, k - 1):k + 2])
                    return float(n), f"'{said}' is {owner}'s count (the market needs {wanted})"
                return float(n), f"{said_count} (the market needs {wanted})"
    if gap:
        return None, f"'{gap}' is a distance to the bar, not the count (the market needs {wanted})"
    wanted = "a life term" if need == float("inf") else wanted
    return None, f"no count of {unit} is given (the market needs {wanted})"


def _told(ctx: MarketContext, before: str, n: float | None, written: str, said_unit: str, stem: str):
    """A count told with a bound or rounding word that reads the bar otherwise than its figure
    (told_ranges): (the count to weigh, the reading) — None for the count when the range lies on both
    sides of the bar, else a count just past or short of it. None when the words change nothing."""
    need = ctx.target.quantity
    if n is None or need is None or need == float("inf"):
        return None
    scale = _DAYS_IN[said_unit] / _DAYS_IN[stem] if said_unit != stem and stem in _DAYS_IN and said_unit in _DAYS_IN else 1.0
    inclusive = ctx.target.threshold_inclusive is not False
    value = float(n) * scale
    told = told_ranges.against_bar(before, value, written if scale == 1.0 else None, need, "above", inclusive)
    if not told_ranges.changes_reading(told, value, need, "above", inclusive):
        return None
    if told.meets is None:
        return None, told
    step = max(abs(need) * 1e-6, 1e-6)
    return (max(value, need + step) if told.meets else min(value, need - step)), told


def result_told(ctx: MarketContext, text: str, num_at: int, got: float) -> float | None:
    """A result count read from `text` at `num_at` ('won nearly 170 seats', 'jailed for up to 12 years'),
    as _told reads it: the count to weigh, None when its range lies on both sides of the bar."""
    m = _DIGITS.match(text, num_at)
    said = m.group(0) if m else None
    told = _told(ctx, text[:num_at], got, said or "", "", "")
    return got if told is None else told[0]


_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
_FLOORS = (("more", "than"), ("over",), ("at", "least"), ("upwards", "of"), ("in", "excess", "of"), ("above",),
           ("well", "over"), ("beyond",))


def _floor_before(toks, k: int) -> bool:
    """The count at token k is told as a floor ('more than 270', 'at least 30', 'over 200')."""
    before = tuple(t.lower for t in toks[max(0, k - 3):k])
    return any(before[-len(w):] == w for w in _FLOORS if len(before) >= len(w))


# Notes of a report of the act whose count is told only in part (a run within it, a floor under the bar):
# read, but the count is unknown, so a passed deadline's silence cannot say no while one stands
COUNT_UNTOLD = ("a run within the count", "a floor below the bar", "a range on both sides of the bar",
                "a distance to the bar")
_RUNS = frozenset(("first", "last", "opening", "closing", "initial", "next"))


def _run_within(toks, k: int) -> bool:
    """The count at token k is told as a run inside a larger count ('the first eight points', 'his
    last 10 games', "Iowa's opening 12 points"): the ordinal stands right before the number."""
    return k >= 1 and toks[k - 1].lower in _RUNS


def _unit_words(toks, j: int, stem: str) -> bool:
    """A unit of several words is said in full from token j on ('novel drugs' in '50 novel drugs')."""
    words = stem.split()
    said = [t.lower for t in toks[j:j + len(words)]]
    return len(words) > 1 and len(said) == len(words) and said[:-1] == words[:-1] and said[-1].rstrip("s") == words[-1]


def _object_modifier(ctx: MarketContext, toks, j: int, stem: str) -> bool:
    """Token j is a modifier the market's own object sets before its unit ('electoral' in 'at least 375
    electoral votes'), and the unit follows it: the count before it is in the market's unit."""
    obj = (ctx.target.object or "").lower().split()
    if j + 1 >= len(toks) or toks[j + 1].lower.rstrip("s") != stem or len(obj) < 2:
        return False
    return toks[j].lower in obj[:-1] and obj[-1].rstrip("s") == stem


def _bar_word(ctx: MarketContext) -> str:
    """'more than' for a strict count bar ('more than 6 years': exactly 6 is short), else 'at least'."""
    return "more than" if ctx.target.threshold_inclusive is False else "at least"


def _short_of_bar(ctx: MarketContext, got: float) -> bool:
    """The count does not meet the market's least count: below it, or equal to a strict bar
    ('sentenced to six years' against 'more than 6 years')."""
    need = ctx.target.quantity
    return got < need or (got == need and ctx.target.threshold_inclusive is False)


def _part_of_total(toks, k: int) -> int | None:
    """For a whole at token k ('47' in 'won 30 of 47 seats', '165' in '130 of the 165 seats'): the
    index of the part counted before it, else None."""
    j = k - 1
    if j >= 0 and toks[j].lower == "the":
        j -= 1
    if j < 1 or toks[j].lower != "of":
        return None
    w = toks[j - 1].lower.replace(",", "")
    return j - 1 if w.replace(".", "", 1).isdigit() or w in NUMBER_WORDS and w not in ("a", "an") else None


def _short_factor(ctx: MarketContext, f: SentenceFacts, got: float) -> float:
    """How much a count short of the bar says no: fully when one report for a named occasion
    settles the market and the count is final (or what is left cannot bridge the gap); not at
    all when another round may still reach it; half when the market does not say."""
    occ = ctx.target.occasion
    if occ == "rounds":
        return 0.0
    if occ != "one":
        return 0.5
    lo, hi, _ = _final_count(ctx, f, got)
    return 1.0 if _short_of_bar(ctx, hi) else 0.0


def _final_count(ctx: MarketContext, f: SentenceFacts, got: float) -> tuple[float, float, str]:
    done = quantities.completeness(quantities.context_texts(f.article.title, f.article.text, f.sent.index,
                                                            f.sent.headline))
    if quantities.accepted_provisional(ctx.market.criteria, done):
        return got, got, f"'{done.cue}': the criteria resolve on the provisional results"
    return quantities.final_range(got, ctx.target.quantity_unit or "", done)


def _short_note(ctx: MarketContext, f: SentenceFacts, got: float) -> str:
    occ = ctx.target.occasion
    if occ == "rounds":
        return "; another round may still reach it"
    if occ != "one":
        return "; a later count may still reach it (half weight)"
    _, hi, arithmetic = _final_count(ctx, f, got)
    if _short_of_bar(ctx, hi):
        return f"; one report settles this occasion{': ' + arithmetic if arithmetic else ''}"
    return f"; not settled: {arithmetic}"


def _common_word(word: str) -> bool:
    w = word.lower()
    return w in MONTHS or w in WEEKDAYS or (word == w and bool(all_lemmas(w)))
