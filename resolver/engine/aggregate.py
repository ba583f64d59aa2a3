"""Deterministic combination of contributions into a verdict.

Method (README 'Aggregation'): contributions are signed log-odds. Within one source, the
signals on each side are sorted by strength and each further one counts `repeat_factor`
times the previous (one outlet repeating itself is not independent confirmation). The sides
are summed. If both sides reach the decision threshold, the side whose newest decisive
report is at least `supersede_hours` newer wins (a later collapse outweighs an earlier plan);
otherwise the verdict is undetermined and both sides are cited (rule 7, conflict)."""

from __future__ import annotations

import math
from collections import defaultdict
from datetime import datetime, timedelta
from typing import Callable

from .settings import EngineSettings
from .types import Contribution

CONFLICT = "conflict"


def damp_by_source(contribs: list[Contribution], settings: EngineSettings) -> list[Contribution]:
    """Return copies with weights damped for repeated signals from the same source."""
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for k, c in enumerate(contribs):
        if c.direction != "none" and c.counted:
            groups[(c.source or c.article_url or "", c.direction)].append(k)
    out = list(contribs)
    for idxs in groups.values():
        ranked = sorted(idxs, key=lambda k: (-abs(contribs[k].weight), k))
        for rank, k in enumerate(ranked):
            if rank:
                factor = settings.repeat_factor ** rank
                c = contribs[k]
                out[k] = c.model_copy(update={
                    "weight": round(c.weight * factor, 4),
                    "reason": f"{c.reason} [repeat #{rank + 1} from the same source: ×{factor:g}]",
                })
    return out


PLAN_RULES = frozenset({"plan_before_deadline"})
SUPERSEDING_NO = frozenset({"ruled_out", "scheduled_after_deadline", "failed_attempt", "opposite_outcome",
                            "state_ended", "rival_outcome"})


def supersede_plans(contribs: list[Contribution]) -> list[Contribution]:
    """A plan reported earlier is superseded by a later report that the act is off or moved
    past the deadline ('will open in June' … later 'postponed to 2027')."""
    later_no = [c.published for c in contribs
                if c.counted and c.published and (c.rule in SUPERSEDING_NO or c.base_rule in SUPERSEDING_NO)
                and abs(c.weight) >= 1.0]
    if not later_no:
        return contribs
    newest = max(later_no)
    out = []
    for c in contribs:
        if (c.rule in PLAN_RULES or c.base_rule in PLAN_RULES) and c.counted and c.published and c.published < newest:
            c = c.model_copy(update={"counted": False,
                                     "reason": f"{c.reason} [superseded by a later report of {newest:%d %b %Y %H:%M %z}]"})
        out.append(c)
    return out


LATE_SCHEDULES = frozenset({"scheduled_after_deadline"})


def supersede_late_schedules(contribs: list[Contribution], settings: EngineSettings) -> list[Contribution]:
    """A date after the deadline is superseded by another article's plan for the act inside the window
    published at least `supersede_hours` later ('general elections … would be held on February 11, 2024',
    the next day 'has officially announced that the general elections … will take place on February 8,
    2024'): the act was set again, earlier. Only the late date is set aside; the plan itself stays a plan
    (it confirms nothing), so the verdict waits for the act."""
    plans = [(c.published, c.article_url) for c in contribs
             if c.counted and c.published and (c.base_rule or c.rule) in PLAN_RULES and c.direction == "yes" and c.weight > 0]
    if not plans:
        return contribs
    gap = timedelta(hours=settings.supersede_hours)
    out = []
    for c in contribs:
        if (c.base_rule or c.rule) in LATE_SCHEDULES and c.counted and c.published and c.direction == "no":
            later = max((t for t, url in plans if url != c.article_url and t - c.published >= gap), default=None)
            if later is not None:
                c = c.model_copy(update={"counted": False, "reason": f"{c.reason} [superseded: a later report of "
                                                                     f"{later:%d %b %Y %H:%M %z} plans the act inside the window]"})
        out.append(c)
    return out


CONFIRMING = frozenset({"confirmation"})


def supersede_setbacks(contribs: list[Contribution], setback: Callable[[Contribution], bool]) -> list[Contribution]:
    """A setback after which the act could still come (a launch 'delayed' or 'scrubbed' with no new
    date, a failed attempt in an open market) is superseded by a later report that the act was done
    ('Weather Delays Rocket Lab Launch' … a month later 'the Electron rocket lifted off'): the two
    agree, the act came after the setback. Only another article's report, published no earlier than
    the setback, counts (the same day's, its time of day unknown: 'launch has been placed on hold' …
    'lifted off on Saturday'); within one article the setback is the news and a 'done' the background."""
    done = [(c.published, c.article_url) for c in contribs
            if c.counted and c.published and c.direction == "yes" and (c.base_rule or c.rule) in CONFIRMING
            and c.weight >= 1.0]
    if not done:
        return contribs
    out = []
    for c in contribs:
        later = max((t for t, url in done if url != c.article_url and c.published and t >= c.published), default=None)
        if later is not None and c.counted and c.direction == "no" and setback(c):
            c = c.model_copy(update={"counted": False, "reason": f"{c.reason} [superseded: the act was reported "
                                                                 f"done in a later report of {later:%d %b %Y %H:%M %z}]"})
        out.append(c)
    return out


ENDED_RULES = frozenset({"state_ended"})
RESTORED_RULE = "state_restored"


def supersede_endings(contribs: list[Contribution], settings: EngineSettings) -> list[Contribution]:
    """A report that the state holds again ('since being reappointed') supersedes reports that
    it ended published at least `supersede_hours` before it."""
    restored = [c.published for c in contribs if c.rule == RESTORED_RULE and c.published]
    if not restored:
        return contribs
    newest = max(restored)
    gap = timedelta(hours=settings.supersede_hours)
    out = []
    for c in contribs:
        if (c.base_rule or c.rule) in ENDED_RULES and c.counted and c.published and newest - c.published >= gap:
            c = c.model_copy(update={"counted": False, "reason": f"{c.reason} [superseded: the state holds again "
                                                                 f"in a report of {newest:%d %b %Y %H:%M %z}]"})
        out.append(c)
    return out


def side_totals(contribs: list[Contribution]) -> tuple[float, float]:
    yes = sum(c.weight for c in contribs if c.counted and c.direction == "yes")
    no = sum(c.weight for c in contribs if c.counted and c.direction == "no")
    return round(yes, 4), round(no, 4)


def _same_unknown_day(a: datetime | None, b: datetime | None) -> bool:
    """Two reports stamped with their day only (midnight: time of day unknown) on the same calendar day: the
    hours between them are their time zones', not news, so neither is later ('shrank by 17.1%' in a Kuala
    Lumpur edition, '16.5 per cent' in a Toronto one of the same day)."""
    return a is not None and b is not None and all((t.hour, t.minute, t.second, t.microsecond) == (0, 0, 0, 0)
                                                   for t in (a, b)) and a.date() == b.date()


def resolve_conflict(contribs: list[Contribution], settings: EngineSettings) -> tuple[list[Contribution], str | None]:
    """When both sides are decisive: supersede by recency, or report a conflict."""
    yes, no = side_totals(contribs)
    t = settings.decision_threshold
    if yes < t or no > -t:
        return contribs, None

    def newest(direction: str) -> datetime | None:
        times = [c.published for c in contribs if c.direction == direction and c.counted and c.published]
        return max(times) if times else None

    ny, nn = newest("yes"), newest("no")
    gap = timedelta(hours=settings.supersede_hours)
    loser = None
    if ny and nn and ny - nn >= gap:
        loser, winner_time = "no", ny
    elif ny and nn and nn - ny >= gap:
        loser, winner_time = "yes", nn
    if loser is None or _same_unknown_day(ny, nn):
        return contribs, CONFLICT
    out = []
    for c in contribs:
        if c.direction == loser and c.counted:
            c = c.model_copy(update={"counted": False,
                                     "reason": f"{c.reason} [superseded by a later report of {winner_time:%d %b %Y %H:%M %z}]"})
        out.append(c)
    return out, f"superseded-{loser}"


def known_at(contribs: list[Contribution], direction: str, threshold: float) -> datetime | None:
    """Publication time of the evidence at which the running total first became decisive."""
    running = 0.0
    for c in sorted((c for c in contribs if c.counted and c.direction == direction and c.published),
                    key=lambda c: (c.published, c.article_url or "")):
        running += abs(c.weight)
        if running >= threshold - 1e-9:
            return c.published
    return None


def confidence(score: float) -> float:
    """|2p − 1| for p = logistic(score): 0 when balanced, → 1 when overwhelming."""
    p = 1 / (1 + math.exp(-score))
    return round(abs(2 * p - 1), 4)


# Confidence ceilings by how many independent sources carry the decisive side (README
# 'Reliability'): one outlet, or the deadline's silence alone, is right less often than the
# score says; agreement between outlets is what earns the top band. Measured on unseen text in
# the fifth round: verdicts resting on one source or none were right 76 times in 112 on batches
# 15-18 and 23-26 first time; the 0.70-0.85 band, where they fall, 45/59 on the held-out batches
# 19-22 and 57/70 on the sealed splits: 178/241 = 74 % together. Two or more sources: 11/12.
# The deadline's silence alone (no source on the decisive side) is right less often still: 19 times
# in 33 on the first-time verdicts of the sixth round's material (batches 15-34 each on an engine that
# had not seen it), against 194/265 for verdicts with a source; its ceiling says so.
CEILINGS = ((0, 0.58), (1, 0.75), (2, 0.94))


def corroborated(score: float, contribs: list[Contribution], direction: str | None) -> tuple[float, int]:
    """Confidence of a verdict: the score's, capped by the number of distinct sources behind
    its side (the deadline's silence is no source). Returns (confidence, sources)."""
    conf = confidence(score)
    if direction is None:
        return conf, 0
    sources = {c.source or c.article_url or "" for c in contribs
               if c.counted and c.direction == direction and c.article_url and c.weight}
    for most, ceiling in CEILINGS:
        if len(sources) <= most:
            return min(conf, ceiling), len(sources)
    return conf, len(sources)
