"""Schedule nouns: an act word written as the modifier of a noun naming when it is to happen ('a
new sentencing date', 'no launch date', 'the restart date', 'a hearing window', 'a vote timetable')
names the act's schedule, not the act. A negation over such a phrase ('Zagel didn't set a new
sentencing date', 'did not immediately announce a new launch date') says no date is set: the act is
still to be scheduled, not an occasion that came and went without it. Read by the not_yet and
failed_attempt rules before they take a negation as the act's failure."""

from __future__ import annotations

from .text import Sentence

# nouns naming a time fixed for an act ('date', 'window', 'timetable'), singular and plural
SCHEDULE_NOUNS = frozenset({"date", "dates", "day", "time", "window", "windows", "schedule", "timetable", "timeline",
                            "slot"})


def modifies_schedule(sent: Sentence, i: int) -> bool:
    """The act word at token `i` is followed by a schedule noun it modifies ('sentencing date',
    'launch window'): the phrase names when the act is set for, not the act."""
    if i + 1 >= len(sent.tokens):
        return False
    word, nxt = sent.tokens[i].lower, sent.tokens[i + 1].lower
    return nxt in SCHEDULE_NOUNS and word.isalpha() and sent.tokens[i + 1].start - (sent.tokens[i].start + len(sent.tokens[i].text)) <= 1


def schedule_only(sent: Sentence, idx: list[int]) -> bool:
    """Every act word at `idx` is a schedule noun's modifier (and there is at least one)."""
    return bool(idx) and all(modifies_schedule(sent, i) for i in idx)
