"""Gate on weak readings (README 'How the engine decides', data: `resolver/data/weak_readings.json`).

A decisive verdict whose whole support is one family of readings of a kind that was right only
about half the time on text the engine had never seen (precision archaeology: a date after the
deadline alone, a confirmation whose act is a noun carried by another verb, a single sentence
reporting a state over, the deadline's silence as a stays-true yes) is not decisive: the verdict
becomes undetermined and the trace cites the sentence an analyst should read and why it was not
enough. Families and "support" are counted as the archaeology measured them: the counted
contributions in the verdict's direction, each under its base rule, the threshold readings as one."""

from __future__ import annotations

from . import blocked_measures, firm_plans, former_titles, held_at_end, held_since, kept_offices, named_removals, official_endings
from .level_change import MOVED
from .packaged import load_json
from .rules.confirmation_gates import NOUN_CARRIED
from .rules.hedged import NAME as HEDGED
from .types import Contribution

NAME = "weak_reading"
STATUS = "weak-reading"
_DATA = load_json("weak_readings.json")
FAMILIES: dict[str, str] = _DATA["families"]
GATES: list[dict] = _DATA["gates"] if _DATA.get("enabled", True) else []
READINGS = {"noun_carried": lambda c: NOUN_CARRIED in (c.reason or ""),
            # a set figure reported moved to a value against the market's (level_change.py): a number
            # read against a number, not an ending told in other words
            "level_moved": lambda c: any(w in (c.reason or "") for w in MOVED),
            # a reading weakened by the writer's hedge ('could drop below 7 percent', 'may fall'): a
            # forecast or a possibility, not a report (rules/hedged.py)
            "hedged": lambda c: c.rule == HEDGED,
            # the employer's own statement of a done dismissal or parting ('Chelsea have parted ways with
            # manager Thomas Tuchel, the Premier League club announced'; official_endings.py)
            "official_ending": lambda c: official_endings.MARK in (c.reason or ""),
            # the holder, told removed from the market's own post or employer, named with it in one body
            # sentence ('Claudio Ranieri has been sacked as the coach of Juventus'; named_removals.py)
            "named_removal": lambda c: c.rule == "state_ended" and named_removals.MARK in (c.reason or ""),
            # a court told blocking a measure the market asks stay free of a court's block ('A federal judge has
            # blocked Montana's first-in-the-nation law banning … TikTok'; blocked_measures.py)
            "court_block": lambda c: c.rule == "state_ended" and blocked_measures.MARK in (c.reason or ""),
            # the holder given the market's office with 'former' before it, in an article inside the window
            # ('claimed former CEO Vikram Pandit "resigned"'; former_titles.py): the narrator's title, not a report
            "former_title": lambda c: c.rule == "state_ended" and former_titles.MARK in (c.reason or ""),
            # the act's own verb told to come with a date of its own two days or more after the deadline
            # ('is now set to open … around September 23, 2018'; firm_plans.py)
            "firm_plan": lambda c: c.rule == "scheduled_after_deadline" and firm_plans.MARK in (c.reason or "")}
# Notes anywhere in the verdict that make a reading more than it is alone: a hold of the state reported
# on the deadline's day or after it (held_at_end.py) is the state as it stood when the window closed,
# not the deadline's silence
# ('its first reduction this year' told after the deadline, 'where it's been since October': the
# value held through the window, held_since.py)
NOTES = {"held_at_end": lambda c: (c.base_rule or c.rule) == "state_held" and held_at_end.MARK in (c.reason or ""),
         "held_since": lambda c: (c.base_rule or c.rule) == "state_held" and held_since.MARK in (c.reason or ""),
         # the holder surviving a vote or winning a contest for the office within a month of the deadline
         # ('has survived a referendum to recall him'): the state seen holding late in the window (kept_offices.py)
         "kept_office": lambda c: (c.base_rule or c.rule) == "state_held" and kept_offices.MARK in (c.reason or "")}
_HELD = "not decisive: the likely-{} rests only on "  # the note's opening, which also names the direction


def family(c: Contribution) -> str:
    rule = c.base_rule or c.rule
    return FAMILIES.get(rule, rule)


def gate(contribs: list[Contribution], direction: str) -> Contribution | None:
    """The note that turns a decisive verdict in `direction` undetermined, or None when its
    support is not one weak reading alone."""
    support = [c for c in contribs if c.counted and c.direction == direction]
    if not support:
        return None
    families = {family(c) for c in support}
    fam = next(iter(families)) if len(families) == 1 else None
    top = max(support, key=lambda c: abs(c.weight))  # the first of equals
    sentences = {(c.article_url, c.sentence) for c in support}
    for g in GATES:
        if g.get("direction", direction) != direction:
            continue
        if "every_reading" in g:  # a kind of reading, whatever the families: every supporting one of it
            if not all(READINGS[g["every_reading"]](c) for c in support):
                continue
        elif fam is None or g["family"] != fam:
            continue
        if len(sentences) > g.get("max_sentences", len(sentences)):
            continue
        if "reading" in g and not all(READINGS[g["reading"]](c) for c in support):
            continue  # another kind of reading supports it too ('his main rivals … conceded defeat'): not only this one
        unless = g.get("unless_reading", [])
        if any(all(READINGS[u](c) for c in support) for u in ([unless] if isinstance(unless, str) else unless)):
            continue
        notes = g.get("unless_note", [])
        if any(NOTES[n](c) for n in ([notes] if isinstance(notes, str) else notes) for c in contribs):
            continue
        where = f"'{top.sentence}'" if top.sentence else "no sentence (the deadline passed with no report)"
        src = f" ({top.article_title or top.article_url})" if top.article_url else ""
        return Contribution(
            rule=NAME, direction="none", weight=0.0,
            reason=(f"{_HELD.format(direction)}{g['what']}, a reading of a kind that is "
                    f"right only about half the time on unseen text ({g['record']}); read {where}{src}: "
                    f"it said {top.reason}"),
            sentence=top.sentence, article_url=top.article_url, article_title=top.article_title,
            published=top.published, source=top.source)
    return None


def held_direction(contributions: list[Contribution]) -> str | None:
    """The label a verdict held back by this gate would have had ('likely-yes' / 'likely-no'), read
    from its note; None when the gate did not hold it back."""
    note = next((c for c in contributions if c.rule == NAME), None)
    if note is None:
        return None
    return next(f"likely-{d}" for d in ("yes", "no") if (note.reason or "").startswith(_HELD.format(d)))
