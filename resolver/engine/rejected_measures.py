"""A measure rejected at the ballot: a market asking that the approving side of a referendum win
('Will the Approve option win Chile's September 4, 2022 constitutional plebiscite?', 'Will the Yes
side win …?') is settled no when the voters are told to have rejected the measure put to them
('The people of Chile on Sunday, 4 September, rejected the new proposed Constitution in a
plebiscite', 'Chile rejected this Sunday … the proposal for a new Constitution'). The rejecting
subject must be the voters (the voters, the people of a place, its citizens, or the place itself),
not a body that votes before or instead of them ('Congress rejected the proposal'); the thing
rejected must be a measure ('proposal', 'constitution', 'amendment', 'draft'). Read by the
opposite_outcome rule, which reads through rejected() the measures and removals the voters defeat
at a ballot of other markets too (ballot_defeats.py)."""

from __future__ import annotations

import re

from . import ballot_defeats, failed_confidence
from .act_families import family_key
from .analysis import MarketContext, SentenceFacts
from .entities import country_of

# the approving side as the question names it
_APPROVING = frozenset({"approve", "approval", "yes", "in favor", "in favour", "apruebo", "accept", "si", "sí", "oui", "ja"})
_BALLOT = re.compile(r"\b(?:referendum|plebiscite|ballot\s+(?:measure|question|initiative)|popular\s+(?:vote|consultation))\b", re.I)
_REJECTED = re.compile(r"\b(?:rejected|voted\s+(?:down|against)|turned\s+down)\s+(?P<obj>(?:[^.;:]|\.(?=\d)){0,80}?)\b(?P<head>proposals?|constitution|"
                       r"amendments?|draft|charter|measures?|initiative|reforms?|changes)\b", re.I)
# who rejected: the voters, a place's people or citizens, or the place alone (dates and adverbs may follow it)
VOTERS = re.compile(r"^(?:the\s+)?(?:[\w-]+\s+)?(?:voters|electorate|citizens|people(?:\s+of\s+[A-Z][\w-]*)?|[A-Z][\w-]*(?:ans|ians|ish|ese))\b",
                     re.I)
# the place alone, a market actor ('Chile rejected this Sunday …'), dates or adverbs after it
_PLACE = re.compile(r"^(?P<place>(?-i:[A-Z][\w-]*))(?:\s+(?:on|this|last)\b.*)?$", re.I)
BODIES = re.compile(r"\b(?:congress|parliament|assembly|senate|court|government|president|committee|convention|council|"
                     r"lawmakers|legislat\w+|cabinet|judges?|party|parties|board)\b", re.I)


def approving_side(ctx: MarketContext) -> bool:
    """The market asks the approving side of a referendum to win."""
    c = (ctx.target.candidate or "").strip().lower()
    return c in _APPROVING and bool(_BALLOT.search(ctx.market.question))


def rejected(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """The token index and wording of the voters' rejection of the measure, or None."""
    if family_key(ctx.target.act or "") != "win":
        return ballot_defeats.defeated(ctx, f)  # 'Issue 1 was struck down by voters' for 'Will Ohio voters approve Issue 1'
    if failed_confidence.asked(ctx):  # 'Members of parliament defeated the vote for … X's proposed cabinet'
        return failed_confidence.lost(ctx, f)
    if not approving_side(ctx):
        return None
    text = f.sent.text
    for m in _REJECTED.finditer(text):
        if re.search(r"\b(?:not|never|n't)\b", m.group("obj"), re.I):
            continue
        head = re.split(r"[;:]\s|\b(?:and|but|after|while|as|which|who|that|if|when|whether)\b", text[:m.start()])[-1]
        subject = re.sub(r"\s*,\s*", " ", head).strip()
        if not subject or BODIES.search(subject):
            continue
        place = _PLACE.match(subject)
        if not VOTERS.search(subject) and not (place and country_of(place.group("place").lower()) and any(
                p.fullmatch(place.group("place")) for p in ctx.actor_patterns.values())):
            continue
        i = f.sent.token_at(m.start())
        return i, f"'{subject} {m.group(0).strip()}' (the voters rejected the measure)"
    return None
