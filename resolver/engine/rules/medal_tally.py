"""Medal tallies: a team's medals told the way a medal table reads, by colour in one list ('with a
final tally of 51 gold, 21 silver and 28 bronze', 'with a best 39 golds, 41 silvers and 33
bronze'), with no act word of winning beside the count and the count's unit written as a colour, not
as the market's 'gold medals'. For a market on a team's medal count ('Will China win at least 50
gold medals at the 2008 Beijing Olympics?'), the list's count of the market's colour (the sum of
the colours for 'medals') is the team's count when the team is the subject the sentence opens with
and nothing between it and the list turns to another team ('while', 'behind', 'compared with').

Medals won are not taken back by a later day of the Games, so a count at or beyond the bar is a yes
whenever it was told; a count short of it is a no only when the Games are told over ('finishes the
2008 Beijing Games', 'after ending the Tokyo Games', 'a final tally'), else another day may add to
it and it is a note. An undated tally published within days after the deadline is the Games' own (the
morning-after report of the closing day), as for a final score. Read by the confirmation rule."""

from __future__ import annotations

import re

from ..analysis import MarketContext, SentenceFacts, event_time, negation
from ..occasions import REPORT_DAYS
from ..numerals import _NUM, _WORDNUM, _number
from .. import told_ranges
from ..principal import principal_actors
from ..settings import EngineSettings
from ..types import Contribution
from . import hedged
from .base import cite

NAME = "confirmation"

_UNIT = re.compile(r"^(?:(?P<colour>gold|silver|bronze)\s+)?medals?$", re.I)
_COLOUR = r"(?P<k{n}>gold|silver|bronze)(?:s|\s+medals?)?"
_COUNT = r"(?P<n{n}>" + _NUM + "|" + _WORDNUM + r")\s+"
# two or three counts by colour in one list: '51 gold, 21 silver and 28 bronze'
_TALLY = re.compile(r"\b" + _COUNT.format(n=1) + _COLOUR.format(n=1)
                    + r"\s*(?:,|\band\b|,\s*and\b)\s*" + _COUNT.format(n=2) + _COLOUR.format(n=2)
                    + r"(?:\s*(?:,|\band\b|,\s*and\b)\s*" + _COUNT.format(n=3) + _COLOUR.format(n=3) + r")?\b", re.I)
# a turn to another team between the subject and its list
_OTHER_TEAM = re.compile(r";|\b(?:while|whereas|but|behind|ahead\s+of|compared\s+(?:with|to)|followed\s+by|"
                         r"surpassed\s+by|than)\b", re.I)
# the Games told over: the tally is final
_OVER = re.compile(r"\b(?:finish(?:es|ed|ing)?|end(?:s|ed|ing)?|conclud(?:es|ed|ing)|clos(?:es|ed|ing))\s+(?:the\s+|its\s+|their\s+)?"
                   r"(?:[\w'’-]+\s+){0,3}?(?:Games|Olympics)\b|\bfinal\s+(?:medals?\s+)?(?:tally|count|haul|table|standings)\b|"
                   r"\b(?:Games|Olympics)\s+(?:ended|closed|concluded|came\s+to\s+an?\s+(?:end|close))\b", re.I)
_SUBJECT_REACH = 40  # characters from the sentence's start within which its subject team stands


def _counts(m: re.Match) -> dict[str, float]:
    out: dict[str, float] = {}
    for n in (1, 2, 3):
        kind, count = m.group(f"k{n}"), m.group(f"n{n}")
        if kind and count:
            got = _number(count)
            if got is None or kind.lower() in out:
                return {}
            out[kind.lower()] = got
    return out


def _team(ctx: MarketContext, text: str, start: int) -> str | None:
    """The market's team, named as the subject the sentence opens with, with no turn to another
    team between it and the list at `start`."""
    teams = [ctx.target.candidate] if ctx.target.candidate else principal_actors(ctx)
    for team in teams:
        pat = ctx.candidate_pattern if team == ctx.target.candidate else ctx.actor_patterns.get(team)
        m = pat.search(text[:start]) if pat is not None else None
        if m and m.start() <= _SUBJECT_REACH and not _OTHER_TEAM.search(text, m.end(), start):
            return team
    return None


def apply(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    t = ctx.target
    if t.kind != "event" or t.quantity is None or t.quantity == float("inf") or not t.quantity_unit:
        return []
    unit = _UNIT.match(t.quantity_unit.strip())
    if not unit:
        return []
    text = f.sent.text
    for m in _TALLY.finditer(text):
        counts = _counts(m)
        colour = (unit.group("colour") or "").lower()
        if not counts or (colour and colour not in counts) or (not colour and len(counts) < 3):
            continue
        team = _team(ctx, text, m.start())
        if team is None:
            continue
        i = f.sent.token_at(m.start())
        if negation(f, i):
            return []
        span = event_time(f, i)
        undated = f.nearest_span(i, dating_only=True) is None
        deadline = ctx.market.deadline
        late = span.starts_after(deadline) and not (undated and (span.start.date() - deadline.date()).days <= REPORT_DAYS)
        if late or (t.window_start is not None and span.ends_before(t.window_start)):
            return []  # an undated tally published within days of the deadline is the Games'
        got = counts[colour] if colour else sum(counts.values())
        inclusive = t.threshold_inclusive is not False
        if told_ranges.changes_reading(told_ranges.against_bar(text[:m.start()], got, m.group("n1"), t.quantity, "above",
                                                               inclusive), got, t.quantity, "above", inclusive):
            continue  # 'nearly 40 golds, 41 silvers …': the tally told as a range, not the count
        note = (f"medal tally '{m.group(0)}': {got:g} {t.quantity_unit} for {team} (the market needs "
                f"{'more than' if t.threshold_inclusive is False else 'at least'} {t.quantity:g})")
        if got > t.quantity or (got == t.quantity and t.threshold_inclusive is not False):
            return [hedged.weaken(f, i, NAME, "yes", settings.weights.confirmation, note, settings, span.explanation)]
        over = _OVER.search(text) or _OVER.search(f.article.title or "")
        if over:
            return [cite(f, "magnitude_short", "no", -settings.weights.confirmation,
                         f"{note}; the Games told over ('{over.group(0)}'): the tally is final", span.explanation)]
        return [cite(f, NAME, "none", 0.0, f"{note}; the Games not told over: a later day may add to it",
                     span.explanation)]
    return []
