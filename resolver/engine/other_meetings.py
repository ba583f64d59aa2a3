"""Another meeting of the sides, or a game of a series still going on: a result that is not the
contest a who-wins market asks about.

A preview of a final or a report from the middle of a series tells results of the sides' other
meetings ('Earlier this season the Chiefs beat the Sharks 18-12', 'The Cavaliers beat the Warriors
110-99 in their only regular-season meeting', 'The last time the sides met, …', '2012 meeting: Round
9, April 21, 2012: Chiefs beat Sharks') and of single games of the series ('beat the Panthers 5-2 to
take a 1-0 lead in the series', 'beat the Raptors to level the series at 1-1', '… to cut the deficit
to 3-2', '… to keep the series alive', '… to force a Game 7'). Such a result says who won that
meeting or that game, not the final or the series: rival_outcome treats it as a stage of the
contest (rules/rival_outcome.py partial_win, which still reads a sentence that says the title was
decided). Word shapes only; each pattern is bounded. Pure."""

from __future__ import annotations

import re

_SIDES = r"(?:two\s+)?(?:sides|teams|clubs|pair|two|nations|countries|rivals)"
_MEETING = re.compile(
    # 'earlier this season', 'earlier in the tournament': a result before this meeting
    r"\b(?:earlier|previously)\s+(?:this|that|in\s+the)\s+(?:season|campaign|tournament|competition)\b"
    # 'in the regular season', 'a league game', 'the pool stage', 'their round-robin clash'
    r"|\bregular[\s-]+season\b|\b(?:league|pool|round-robin)[\s-]+(?:stage|phase|match|game|fixture|meeting|clash)\b"
    # 'when the sides met', 'the last time the two teams met'
    rf"|\bwhen\s+the\s+{_SIDES}\s+(?:last\s+|first\s+|previously\s+)?met\b"
    rf"|\b(?:last|previous)\s+time\s+the\s+{_SIDES}\s+met\b"
    # 'their only meeting', 'the sides' previous meeting', 'the 2012 meeting', 'meeting between'
    rf"|\bmeetings?\s+between\s+the\s+{_SIDES}\b"
    r"|\b(?:their|the\s+(?:sides|teams|clubs)['’]?)\s+(?:(?:only|last|previous|earlier|first|most\s+recent|"
    r"regular-season|league|group)\s+){1,2}meetings?\b"
    r"|\b(?:19|20)\d\d\s+meetings?\b"
    r"|\b(?:previous|earlier|most\s+recent)\s+meetings?\b", re.I)
_SERIES_ON = re.compile(
    # 'a 1-0 lead in the series', 'a 2-0 series lead', 'lead the series 2-1'
    r"\blead\s+in\s+the\s+(?:best-of-\w+\s+)?(?:\w+\s+)?series\b|\bseries\s+lead\b"
    # 'take 3-2 lead in NBA Finals', 'a 1-0 lead in the Stanley Cup Final': a games score in a final still
    # going on (not 'a 2-1 lead in the final minutes', nor a lead in a final count or stage)
    r"|\b\d{1,2}\s*[-–]\s*\d{1,2}\s+lead\s+in\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}finals?\b(?!\s+(?:minutes?|seconds?|"
    r"stages?|stretch|count|quarter|period|round|set|frame|lap|hole|day|innings|over|game|match|leg|half)\b)"
    r"|\b(?:leads?|led|leading|trails?|trailed|trailing)\s+(?:the\s+)?(?:\w+\s+)?series\s+\d-\d\b"
    # 'level the series at 1-1', 'evened the Finals series', 'tie the series'
    r"|\b(?:level\w*|even|evens|evened|evening|tie|ties|tied|tying|square\w*)\s+the\s+(?:\w+\s+)?series\b"
    # 'to keep the series alive', 'to cut the deficit to 3-2', 'to force a Game 7'
    r"|\bkeep\w*\s+(?:the\s+|their\s+|its\s+)?(?:series|title\s+hopes)\s+alive\b"
    r"|\b(?:cut|cuts|cutting|trim\w*|reduc\w*)\s+(?:the|their|its)\s+(?:series\s+)?deficit\b"
    r"|\bforc\w+\s+a\s+(?:game\s+(?:\d|five|six|seven)|decider|deciding\s+(?:game|match|frame|set)|"
    r"(?:fifth|sixth|seventh)\s+game)\b", re.I)


def other_meeting(text: str) -> str | None:
    """The words telling that a result in `text` is another meeting of the sides or one game of a
    series still going on, or None."""
    m = _MEETING.search(text) or _SERIES_ON.search(text)
    return " ".join(m.group(0).split()) if m else None
