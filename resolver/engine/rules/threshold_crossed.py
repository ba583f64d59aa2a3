"""Threshold crossed: for a numeric market ('Will Bitcoin trade above $100,000 …?'), a
sentence reporting a value on the market's side of the threshold, moving in its direction,
inside the window → toward yes. Values dated outside the window are noted, not counted."""

from __future__ import annotations

import re
from datetime import timedelta

from ..analysis import MarketContext, SentenceFacts, event_time, negation
from ..settings import EngineSettings
from ..types import Contribution
from . import hedged
from .base import cite

NAME = "threshold_crossed"
_VALUE = re.compile(r"(?P<cur>\$|€|£|US\$)\s?(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<mult>k|thousand|million|billion|trillion|bn|m)?\b"
                    r"|(?P<pnum>\d+(?:\.\d+)?)\s*(?P<pct>%|percent|per cent|bps|basis points)"
                    r"|(?<![\w$€£.,])(?P<plain>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d%])", re.I)
_UP = ("above", "surpass", "top", "exceed", "cross", "break", "hit", "reach", "record", "high", "more than",
       "over", "past", "climb", "rise", "rising", "rose", "soar", "jump", "rall", "breach", "raise", "hike", "lift",
       "increas")
_DOWN = ("below", "under", "fall", "fell", "drop", "dip", "tumbl", "slid", "sink", "sank", "low", "less than",
         "lose", "lost", "plung", "crash", "cut", "lower", "reduc", "slash")
# Nouns a count may measure without naming the market's subject ("50,000 people").
_COUNT_NOUNS = frozenset({"people", "persons", "deaths", "dead", "lives", "victims", "points", "votes", "seats",
                          "units", "barrels", "ounces", "an", "a", "per", "percent", "bps", "basis", "year", "years",
                          "in", "on", "at", "by", "for", "and", "or", "to", "from", "as", "after", "before", "the"})
_CLOSE_RE = re.compile(r"\b(clos|finish|end|settl)\w*", re.I)


def _about_subject(ctx: MarketContext, text: str, m: re.Match[str], value: float) -> bool:
    """The number measures the market's quantity: not a sum of another scale ('$64 billion' of
    inflows for a $5,000 price) nor a count of something else ('600,000 apartments' for a death
    toll); for a closing-level market, the sentence speaks of a close."""
    t = ctx.target
    if m.groupdict().get("mult") and t.threshold is not None and value > 1000 * max(t.threshold, 1):
        return False
    nxt = re.match(r"\s*([A-Za-z]+)", text[m.end():])
    if nxt and m.group("plain"):
        word = nxt.group(1).lower()
        question = ctx.market.question.lower()
        if word not in _COUNT_NOUNS and word.rstrip("s") not in question and len(word) > 2:
            return False
    if re.search(r"\bclos(e|es|ing)\b", ctx.market.question, re.I) and not _CLOSE_RE.search(text[max(0, m.start() - 30):m.start()]):
        return False  # 'hits 40,000' intraday is not a close above 40,000
    return True


def _direction(before: str) -> str | None:
    words = before.lower()
    up = max((words.rfind(w) for w in _UP), default=-1)
    down = max((words.rfind(w) for w in _DOWN), default=-1)
    if up < 0 and down < 0:
        return None
    return "above" if up > down else "below"


MISSED = "threshold_missed"


def _single_value(ctx: MarketContext, f: SentenceFacts, m: re.Match[str], value: float,
                  settings: EngineSettings) -> list[Contribution]:
    """A market on one published figure: the figure reported for the market's period settles it
    either way ('inflation rose to 6.4% in May' for 'above 6%' → yes, for 'above 7%' → no)."""
    t = ctx.target
    i = next((k for k, tok in enumerate(f.sent.tokens) if tok.start >= m.start()), 0)
    if negation(f, i) or not t.window_start:
        return []
    lead = f.sent.text[max(0, m.start() - 40):m.start()].lower()
    if re.search(r"\b(contract\w*|shr[ai]nk\w*|declin\w*|fell|fall\w*|drop\w*)\b(?!.*\bto\b)[^.]*$", lead) and \
            not re.search(r"\bto\s+(?:an?\s+)?$", lead):
        value = -value  # "contracted at a 0.3% rate", "fell 2%": a change, negative
    span = f.nearest_span(i, dating_only=True)
    if span is None or span.ends_before(t.window_start) or span.starts_after(ctx.market.deadline):
        return []  # a figure for another period
    if span.start.date() > t.window_start.date() + timedelta(days=31):
        return []
    inclusive = bool(re.search(r"\bor\s+(higher|more|above|greater|lower|less|below)\b|\bat\s+least\b",
                               ctx.market.question, re.I))
    if t.threshold_direction == "above":
        yes = value >= t.threshold if inclusive else value > t.threshold
    else:
        yes = value <= t.threshold if inclusive else value < t.threshold
    figure = f"'{m.group().strip()}' for {span.text}"
    w = settings.weights.threshold_crossed
    if yes:
        return [hedged.weaken(f, i, NAME, "yes", w, f"published figure {figure} is {t.threshold_direction} {t.threshold:g}",
                              settings, span.explanation)]
    return [hedged.weaken(f, i, MISSED, "no", -w, f"published figure {figure} is not {t.threshold_direction} {t.threshold:g}",
                          settings, span.explanation)]


def apply(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    t = ctx.target
    if t.kind != "threshold" or t.threshold is None or not (f.actors or f.article_mentions_subject):
        return []
    text = f.sent.text
    for m in _VALUE.finditer(text):
        if m.group("cur"):
            if t.threshold_unit not in ("usd", "eur", "gbp"):
                continue
            value = float(m.group("num").replace(",", ""))
            mult = (m.group("mult") or "").lower()
            value *= {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9, "trillion": 1e12}.get(mult, 1)
        elif m.group("pnum"):
            if t.threshold_unit not in ("percent", "bps"):
                continue
            value = float(m.group("pnum"))
        else:
            if t.threshold_unit or len(m.group("plain").replace(",", "")) == 4 and m.group("plain").startswith(("19", "20")):
                continue  # a bare number only for unitless thresholds (index points), never a year
            value = float(m.group("plain").replace(",", ""))
        if not _about_subject(ctx, text, m, value):
            continue
        before = text[max(0, m.start() - 45):m.start()]
        direction = _direction(before)
        if t.single_value:
            found = _single_value(ctx, f, m, value, settings)
            if found:
                return found
            continue
        if direction != t.threshold_direction:
            continue
        crossed = value >= t.threshold if direction == "above" else value <= t.threshold
        if not crossed:
            continue
        i = next((k for k, tok in enumerate(f.sent.tokens) if tok.start >= m.start()), 0)
        if negation(f, i):
            continue
        span = event_time(f, i)
        why = span.explanation
        deadline = ctx.market.deadline
        wording = f"'{before.strip().split()[-1] if before.strip() else ''} {m.group().strip()}' ({direction} {t.threshold:,.0f})"
        if span.starts_after(deadline):
            return [cite(f, NAME, "none", 0.0, f"{wording} reported, but dated after the deadline", why)]
        if t.window_start is not None and span.ends_before(t.window_start):
            return [cite(f, NAME, "none", 0.0, f"{wording} reported, but before the market's window", why)]
        temporal = f"{why}; deadline {deadline:%a %d %b %Y %H:%M %z}: on or before it"
        return [hedged.weaken(f, i, NAME, "yes", settings.weights.threshold_crossed,
                              f"threshold crossed: {wording}", settings, temporal)]
    return []
