"""A candidate's campaign given up, told with the campaign's own modifiers or in the progressive:
'Bernie Sanders is suspending his 2020 presidential campaign', 'suspended her White House bid',
'has abandoned his leadership bid', 'ended his presidential campaign'. A candidate who gave up the
race does not win it (read by rules/opposite_outcome.py for a candidate's win, next to the fixed
phrases of lexicon.OPPOSITE_PHRASES 'win', which need the verb right before the possessive).

Read: a verb of giving up (suspend, abandon, drop, quit, withdraw) in any form, a possessive, at
most three modifiers, then 'campaign', 'bid' or 'candidacy' not followed by another noun ('his
campaign rally' is an event of the campaign, not the campaign). 'end' counts only for a 'bid' or a
'candidacy', or a campaign named political ('presidential', 'election', 'leadership' …): a team
or a player 'ended their campaign' by finishing a season. A pause told as one ('temporarily
suspended his campaign', '… for the day') is no exit."""

from __future__ import annotations

import re

from .text import Sentence

_POLITICAL = r"(?:presidential|election|re-?election|leadership|mayoral|senate|gubernatorial|primary|white\s+house|2\d{3})"
_EXIT = re.compile(
    r"\b(?P<verb>(?:suspend|abandon|withdraw|end)(?:s|ed|ing)?|withdr(?:awn|ew)|drop(?:s|ped|ping)?|quit(?:s|ting)?)\s+"
    r"(?:his|her|their)\s+(?P<mods>(?:[\w'’-]+\s+){0,3}?)(?P<noun>campaign|bid|candidacy)\b"
    r"(?=\s*(?:$|[,.;:—–)]|for\b|after\b|amid\b|following\b|on\b|and\b|citing\b|to\b|in\s+(?:19|20)\d\d\b))",
    re.I)
_PAUSED_BEFORE = re.compile(r"\b(?:temporarily|briefly)\s+$", re.I)
_PAUSED_AFTER = re.compile(r"^\s*for\s+(?:a|the|two|three|several)\s+(?:day|days|week|weekend|hours)\b", re.I)
_CUE = re.compile(r"campaign|bid|candidacy", re.I)


def ended(sent: Sentence) -> tuple[int, str] | None:
    """(the verb's token, its wording) when the sentence tells a campaign given up; else None."""
    text = sent.text
    if not _CUE.search(text):
        return None
    for m in _EXIT.finditer(text):
        verb = m.group("verb").lower()
        if verb.startswith("end") and m.group("noun").lower() == "campaign" \
                and not re.search(_POLITICAL, m.group("mods"), re.I):
            continue  # 'ended their campaign with a win': a season finished
        if _PAUSED_BEFORE.search(text[max(0, m.start() - 20):m.start()]) or _PAUSED_AFTER.search(text[m.end():m.end() + 30]):
            continue
        return sent.token_at(m.start("verb")), f"'{m.group(0)}' (the candidate gave up the race)"
    return None
