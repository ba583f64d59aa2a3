"""A result told on a count still under way: 'Funes wins El Salvador presidency, with 52 % of votes
counted', 'Pellegrini won Slovakia's presidential election, according to early returns', 'X leads …
as counting continues', and, for criteria that ask the final or certified result, 'Preliminary results
show that X has won'. A count still under way forecasts the result; it is not the result, so a win (or a
rival's win) read from such a sentence is not reported as done (rules/confirmation.py,
rules/rival_outcome.py). The share-based figures of a partial count are read apart, with their
arithmetic (partial_counts.final_range).

Not read as provisional:
- a count all but whole ('with 99.9% of the votes counted'): a share counted at or above FLOOR;
- a count the criteria settle on ('results with at least 90% of ballots counted'): partial_counts.accepted_count;
- criteria that accept media projections or the provisional results themselves: a call on a partial count
  is what they count (contests.projections_count, partial_counts.accepted_provisional's wording);
- 'preliminary results' where the criteria do not ask a final or certified result, nor only the official
  one: an electoral body's preliminary results are how a winner is declared ('won …, according to
  preliminary results from the Supreme Electoral Court').

Criteria that ask only the official result ('according to official results', 'per the official count',
'officially declares'), and accept no other source (no media, reporting, concession or projection), are
not met by a release told as preliminary, provisional or unofficial ('Preliminary results show that …');
a release told as official itself ('provisional official results') is read as before, since only criteria
asking the final or certified result set it apart.

The cue is a frame of the count, not a word of the result: 'early returns', 'partial results', 'with 52 %
of votes counted', 'counting continues'; 'Early referendum results showed that 98 percent …' names no count
under way (an adjective before another noun) and is not read."""

from __future__ import annotations

import re
from functools import lru_cache

from .partial_counts import _CRITERIA_PROVISIONAL, accepted_count, completeness
from .contests import projections_count

# a share counted at or above this is the result, whatever is left (recounts aside)
FLOOR = 95.0

# a count still under way, told as such ('according to early returns', '- partial results', 'as counting
# continues', 'with votes still being counted', 'incomplete results showed')
_UNDER_WAY = re.compile(
    r"\b(?:early|earliest|initial|first|partial|incomplete|rolling)\s+(?:official\s+)?(?:vote\s+)?(?:returns|results|counts?|"
    r"tall(?:y|ies)|figures|tabulations?)\b"
    r"|\b(?:votes?|ballots?)\s+(?:are\s+|were\s+|was\s+|is\s+)?(?:still\s+being|yet\s+to\s+be)\s+(?:counted|tallied)\b"
    r"|\b(?:still\s+being|yet\s+to\s+be)\s+(?:counted|tallied)\b"
    r"|\b(?:the\s+)?(?:count|counting|tally|tallying)\s+(?:is\s+|was\s+)?(?:still\s+)?(?:under\s*way|ongoing|continu(?:es|ed|ing)|"
    r"nears\s+completion|in\s+progress)\b"
    r"|\bas\s+(?:the\s+)?(?:count|counting|tallying|results)\s+(?:continu(?:es|ed)|(?:came|come|trickled?)\s+in)\b", re.I)

# a provisional release, told as such: read only against criteria that ask the final or certified result
_PRELIMINARY = re.compile(r"\b(?:preliminary|provisional|unofficial)\s+(?:official\s+)?(?:vote\s+)?(?:returns|results|counts?|"
                          r"tall(?:y|ies)|figures|tabulations?)\b", re.I)
_FINAL_ASKED = re.compile(r"\b(?:final|certified|certification|certifies|certify)\b[^.;]{0,60}?\b(?:results?|counts?|tall(?:y|ies)|"
                          r"winner|outcome)\b|\b(?:results?|counts?|tall(?:y|ies)|outcome)\b[^.;]{0,30}?\b(?:certified|final)\b"
                          r"|\bnot\s+(?:on\s+)?(?:preliminary|provisional|partial)\b", re.I)


# criteria that name a provisional release beside the final one ('in provisional or final results'), or call
# one acceptable ('a near-complete provisional count … is acceptable')
_PROVISIONAL_ACCEPTED = re.compile(r"\b(?:provisional|preliminary|partial|unofficial)\s+(?:or|and/or|and)\s+(?:final|official|"
                                   r"certified|definitive)\b|\b(?:final|official|certified|definitive)\s+or\s+(?:provisional|"
                                   r"preliminary|partial|unofficial)\b|\b(?:provisional|partial|near-complete|preliminary|"
                                   r"unofficial)\b[^.]*\b(?:acceptable|sufficient|suffices?|counts?\s+as|is\s+enough)\b", re.I)


# the share a provisional release rests on, told after it ('a preliminary tally of 97 percent of the ballots')
_TALLY_SHARE = re.compile(r"\s+(?:of|from|on|with)\s+(?:about\s+|some\s+|nearly\s+|over\s+)?(?P<p>\d+(?:\.\d+)?)\s*"
                          r"(?:%|percent|per\s+cent)\s+of\s+(?:the\s+|all\s+)?(?:votes?|ballots?|polling\s+stations|precincts|"
                          r"districts|the\s+vote)\b", re.I)


# criteria naming the official result ('according to (the) official results', 'the official count', 'officially
# declares/proclaims'), and any other source they accept besides it
_OFFICIAL = re.compile(r"\bofficial\s+(?:final\s+|first-round\s+|election\s+|vote\s+)?(?:results?|counts?|tall(?:y|ies)|"
                       r"canvass|figures|returns)\b|\bofficially\s+(?:declares?|proclaims?|announces?|confirms?)\b", re.I)
_OTHER_SOURCES = re.compile(r"\b(?:media|press|news|reporting|reports?|reported|concession|conced\w*|projections?|"
                            r"projected|consensus|credible|outlets?|networks?|calls?|called|provisional|preliminary|partial|unofficial|"
                            r"near-complete)\b", re.I)


@lru_cache(maxsize=1024)
def official_only(criteria: str) -> bool:
    """The criteria ask only the official result (see the module's words)."""
    return bool(_OFFICIAL.search(criteria)) and not _OTHER_SOURCES.search(criteria)


@lru_cache(maxsize=1024)
def _criteria(criteria: str) -> tuple[bool, bool]:
    """(the criteria accept a call on a partial count, the criteria ask the final or certified result)."""
    accepts = projections_count(criteria) or bool(_CRITERIA_PROVISIONAL.search(criteria)) \
        or bool(_PROVISIONAL_ACCEPTED.search(criteria))
    return accepts, bool(_FINAL_ASKED.search(criteria))


def cue(text: str, criteria: str = "") -> str | None:
    """The words that tell the result in `text` (one sentence) on a count still under way, if any:
    a counted share below FLOOR, a count told under way, or (for criteria asking the final result) a
    preliminary release. None when the criteria accept such a count."""
    low = text.lower()
    if not any(w in low for w in ("count", "return", "result", "tall", "figure", "tabulat", "precinct", "polling", "ballot",
                                  "vote", "processed", "reporting")):
        return None  # cheap prefilter: no word of a count
    accepts, final = _criteria(criteria)
    if accepts:
        return None
    done = completeness([text])
    if done.share is not None:
        if done.share < FLOOR and accepted_count(criteria, done) is None:
            return done.cue
        return None  # a share counted: whole enough, or one the criteria settle on
    m = _UNDER_WAY.search(text)
    if m:
        return m.group(0)
    if final:
        m = _PRELIMINARY.search(text)
        if m:
            return m.group(0)
    elif official_only(criteria):
        m = next((m for m in _PRELIMINARY.finditer(text) if not re.search(r"\bofficial\b", m.group(0), re.I)), None)
        share = _TALLY_SHARE.match(text, m.end()) if m else None
        if m and not (share and float(share.group("p")) >= FLOOR):
            return m.group(0)  # not 'based on a preliminary tally of 97 percent of the ballots': all but whole
    return None
