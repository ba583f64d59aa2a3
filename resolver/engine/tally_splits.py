"""A vote's whole tally told as two numbers, for a market on how many voters back the act ('Will at least 66
Tennessee House members vote to expel Rep. Gloria Johnson on April 6, 2023?'): 'The vote to expel Rep. Gloria
Johnson (D-Knoxville) failed with a vote of 65-30'. Which side a tally names first is not always the yeas ('was
defeated 30-65', 'failed 65-30'), but when both of its numbers are short of the bar the voters for the act are
short of it whichever side they are: read by rules/result_counts.vote_split as the count short of the bar.

Read only when the tally is told of the market's own vote: the sentence names the market's object by a
capitalised name (the person or the measure the question names: 'Gloria Johnson') before the tally, and the
tally follows a word that makes it a vote's ('a vote of', 'the vote was', 'failed', 'passed', 'defeated', 'a
65-30 vote'). Not read: a tally with a number at or past the bar ('was expelled after a 69-26 vote' for 66), a
score, a share or a term ('65-30 percent', '10-15 years'), a tally of another member named alone."""

from __future__ import annotations

import re

_PREFILTER = re.compile(r"\d\s*(?:-|–|—|to)\s*\d")
_TALLY = re.compile(
    r"(?:\b(?:(?:by\s+)?an?\s+(?:final\s+)?vote\s+of|(?:vote|tally|count)\s+(?:was|of|stood\s+at)|failed|passed|"
    r"defeated|rejected|approved|adopted|fell|carried)\s+(?:(?:with|by)\s+)?(?:an?\s+(?:vote\s+of\s+)?)?"
    r"(?P<a>\d{1,3})\s*(?:-|–|—|to)\s*(?P<b>\d{1,3})\b"
    r"|\ban?\s+(?P<c>\d{1,3})\s*(?:-|–|—)\s*(?P<d>\d{1,3})\s+(?:vote|tally)\b)"
    r"(?!\s*(?:%|percent|per\s+cent|years?|months?|days?|hours?|points?|goals?|runs?)\b)", re.I)


def short_tally(ctx, f) -> tuple[float, str, int] | None:
    """(the larger side, the wording, its first token) of a tally of the market's vote both of whose numbers
    fall short of the market's bar; None otherwise."""
    need = ctx.target.quantity
    if need is None or not f.object_idx or not _PREFILTER.search(f.sent.text):
        return None
    text, toks = f.sent.text, f.sent.tokens
    named = [toks[k].start for k in f.object_idx if toks[k].text[:1].isupper()]
    if not named:
        return None
    for m in _TALLY.finditer(text):
        a, b = (m.group("a"), m.group("b")) if m.group("a") else (m.group("c"), m.group("d"))
        got = float(max(int(a), int(b)))
        if got >= need or min(named) > m.start():
            continue
        return got, m.group(0).strip(), f.sent.token_at(m.start())
    return None
