"""Partial counts: how complete a reported count is ('with 95% of votes counted', '12 of 16
districts', 'With about a third of votes counted', 'preliminary results', 'Early returns', 'as count
nears completion'), and the range a partial figure may still end in."""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

from .numerals import _NUM, _number

# -- partial counts ---------------------------------------------------------------------------
_COUNTED_NOUNS = (r"(?:the\s+)?(?:votes?|ballots?|ballot\s+counting|polling\s+stations?|districts?|voting\s+districts?|"
                  r"precincts?|protocols|returns|results|the\s+vote|count|counting)")
# a decimal comma is read as a decimal point ('100,00 %')
_SHARE = r"(?P<p>\d+(?:\.\d+|,\d{1,2}(?=\s*%))?)\s*(?:%|percent\b|per\s+cent\b)"
_FRACTIONS = {"a third": 33.3, "one third": 33.3, "one-third": 33.3, "a quarter": 25.0, "one quarter": 25.0,
              "one-quarter": 25.0, "half": 50.0, "a half": 50.0, "two-thirds": 66.7, "two thirds": 66.7,
              "three-quarters": 75.0, "three quarters": 75.0, "a fifth": 20.0, "a tenth": 10.0}
_FRACTION = r"(?P<p>" + "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in _FRACTIONS), key=len, reverse=True)) + ")"
_COUNTED_RES = (
    # ('after counting ballots from 90.06% of polling stations': the ballots' units named after them)
    re.compile(rf"\b(?:with|after|once)\s+(?:(?:counting|processing|tallying)\s+(?:(?:the\s+)?(?:votes|ballots)\s+(?:from|at|in)\s+)?|"
               rf"results\s+(?:in\s+)?from\s+)?{_SHARE}\s+(?:of\s+)?{_COUNTED_NOUNS}", re.I),
    re.compile(rf"\bresults\s+(?:in\s+)?from\s+{_SHARE}\s+of\s+{_COUNTED_NOUNS}", re.I),
    re.compile(rf"{_SHARE}\s+of\s+{_COUNTED_NOUNS}\s+(?:have\s+|had\s+|has\s+)?(?:been\s+|were\s+|was\s+)?(?:counted|processed|"
               r"tallied|reported|captured|completed)\b", re.I),
    re.compile(rf"\b(?:counted|processed|tallied|conducted)\s+{_SHARE}\s+of\s+{_COUNTED_NOUNS}", re.I),
    # a share told as a fraction ('With about a third of votes counted', 'with half the precincts reporting')
    re.compile(rf"\b(?:with|after|once)\s+(?:(?:about|around|roughly|nearly|almost|just|over|under|more|less|than|some)\s+)*"
               rf"{_FRACTION}\s+(?:of\s+)?{_COUNTED_NOUNS}\s+(?:have\s+|had\s+|has\s+)?(?:been\s+|were\s+|was\s+)?"
               r"(?:counted|processed|tallied|reported|reporting|declared|in\b)", re.I),
    # an election office's status line: 'Status of data processing: 100,00 %'
    re.compile(rf"\b(?:status\s+of\s+)?(?:data\s+|vote\s+|ballot\s+)?(?:processing|counting|count)(?:\s+status)?\s*:\s*{_SHARE}", re.I),
)
# the share of the units a result rests on ('based on 17.2 percent of the polling stations nationwide',
# 'based on 92.00 percent of all ballot boxes', 'based on 98.1 percent of ballots cast'): a counted share
_BASED_ON = re.compile(rf"\bbased\s+on\s+(?:results\s+(?:in\s+)?from\s+)?{_SHARE}\s+of\s+(?:all\s+)?(?:the\s+)?"
                       rf"(?:total\s+|counted\s+)?(?:ballot\s+boxes|{_COUNTED_NOUNS})\b", re.I)
# every unit told counted ('With all jurisdictions reporting complete but unofficial results', 'with all
# precincts reporting', 'with all ballots counted'): the count is whole, whatever else is said of it
_ALL_COUNTED = re.compile(r"\bwith\s+(?:the\s+)?(?:results\s+(?:in\s+)?from\s+)?all\s+(?:\d+\s+)?(?:of\s+the\s+)?(?:jurisdictions|precincts|"
                          r"districts|polling\s+stations|counties|constituencies|states|ballots|votes)\s+(?:now\s+)?(?:reporting|"
                          r"counted|declared|tallied|in\b)", re.I)
# a counted share told by what is left ('after accounting for all but 0.01 per cent of the country's 47
# million registered voters', 'with all but 2% of precincts reporting'): counted is 100 less it
_ALL_BUT = re.compile(rf"\ball\s+but\s+{_SHARE}\s+of\s+(?:the\s+)?(?:\w+'s\s+)?(?:[\d.,]+\s+(?:million\s+)?)?"
                      r"(?:registered\s+)?(?:voters|votes|ballots|precincts|polling\s+stations|districts|the\s+vote)\b", re.I)
# a counted share told by what is still to count ('with less than five percent of the vote still
# outstanding', 'with 3% of precincts yet to be counted'): counted is at least 100 less it
_LEFT_TO_COUNT = re.compile(r"\b(?P<p>\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:%|percent\b|per\s+cent\b)"
                            r"\s+of\s+(?:the\s+)?(?:votes?|ballots?|precincts|polling\s+stations|districts|the\s+vote)\s+"
                            r"(?:(?:are|is|were|was|have|has|had|remain|remained)\s+)?(?:still\s+)?(?:outstanding|uncounted|"
                            r"(?:yet|left|still)\s+to\s+(?:be\s+)?count(?:ed)?|to\s+be\s+counted)\b", re.I)
_COUNTED_OF = re.compile(rf"\b(?P<k>{_NUM})\s+of\s+(?:the\s+|all\s+)?(?P<n>{_NUM})\s+(?:[A-Z][\w-]*\s+){{0,3}}"
                         r"(?P<what>[a-z]+)\s+(?:\w+\s+){0,3}?(?:have\s+|had\s+|has\s+)?(?:been\s+)?(?:declared|counted|"
                         r"released|processed|reported|announced|captured|called)\b", re.I)
# the count's verb before it: 'the Election Commission formally announced results for 541 of the 543 elected seats'
_DECLARED_OF = re.compile(rf"\b(?:declared|announced|released|published)\s+(?:the\s+)?(?:results?|winners?)\s+(?:for|of|in)\s+"
                          rf"(?P<k>{_NUM})\s+(?:of|out\s+of)\s+(?:the\s+|all\s+)?(?P<n>{_NUM})\s+(?:[a-z-]+\s+){{0,2}}?"
                          r"(?P<what>seats|constituencies|districts|ridings|races)\b", re.I)
_PROVISIONAL = re.compile(r"\b(?:preliminary|exit\s+polls?|projected|projections?|projects|leading|leads|so\s+far|"
                          r"early\s+results|partial\s+results|partial\s+count|initial\s+results|"
                          # ('counting the 78 provisional absentee votes': ballots cast provisionally, a kind of ballot)
                          r"provisional(?!\s+(?:absentee\s+|mail-in\s+)?(?:ballots?|votes?)\b(?!\s+(?:counts?|tall(?:y|ies)|"
                          r"totals?|results?)))|"
                          # 'Early returns gave Abinader 61 percent', 'EFF on 6.1% as count nears completion'
                          r"(?:early|initial|partial|incomplete)\s+(?:returns|counts?|tall(?:y|ies))|incomplete\s+results|"
                          r"(?:still\s+being|yet\s+to\s+be)\s+(?:counted|tallied)|(?:count|counting|tally)\s+nears\s+completion|"
                          r"counting\s+(?:is\s+)?(?:still\s+)?(?:under\s*way|ongoing|continu\w+)|"
                          r"as\s+counting\s+continues|count\s+continues|is\s+on\s+course|set\s+for|unofficial|"
                          # a win still to come: 'is heading for a victory …, with 57.6% of votes', 'on track to win'
                          r"(?:heading|headed)\s+(?:for|to|towards?)\s+(?:a\s+|an\s+)?(?:[a-z-]+\s+)?(?:victory|win|landslide|"
                          r"majority|re-?election)|on\s+(?:course|track)\s+(?:for|to)|poised\s+(?:for|to)\s+(?:a\s+)?(?:victory|win)|"
                          r"claim(?:s|ed|ing)?\s+(?:victory|to\s+have\s+won|a\s+win)|self-declared)\b", re.I)


# 'won with 57 percent of the vote': the share is a result, not how much of the vote is counted
_RESULT_BEFORE = re.compile(r"\b(?:won|wins|winning|elected|re-elected|secured|securing|victory|triumphed|finished|"
                            r"came\s+(?:first|second|third))\s*$", re.I)


# a share of the votes is how much is counted only when the sentence says so ('with 95% of the vote
# counted / in / reporting'); bare, 'with 82.66% of the votes' is the share won, and so is 'with 84.3
# percent of the votes in last week's election' ('in' opening a phrase, not 'the votes in')
_VOTE_SHARE = re.compile(r"\b(?:votes?|the\s+vote|ballots?)$", re.I)
_COUNTING_AFTER = re.compile(r"^\s*(?:(?:have|has|had)\s+)?(?:(?:been|were|was)\s+)?(?:counted|in(?=\s*(?:[,.;:)]|$|and\b|so\s+far\b))|reporting|reported|tallied|"
                             r"tabulated|processed|declared|verified|scrutini[sz]ed|cast\s+(?:so\s+far|counted))"
                             # the votes of the election named, then counted: 'of the votes from the Sunday election counted'
                             r"|^\s*(?:from|in|cast\s+in)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:election|vote|poll|ballot|runoff|"
                             r"run-off|referendum)\s+(?:(?:have|has|had)\s+)?(?:(?:been|were|was)\s+)?(?:counted|tallied|processed)\b",
                             re.I)


def _share(p: str) -> float:
    """A counted share as a percentage: a number ('95', '100,00') or a fraction's words ('a third')."""
    frac = _FRACTIONS.get(" ".join(p.lower().split()))
    return frac if frac is not None else float(p.replace(",", "."))


def _all_but(text: str):
    """The 'all but X% of the voters' matches, leaving out a share won ('won all but 2 percent of the vote')."""
    return [m for m in _ALL_BUT.finditer(text) if not _RESULT_BEFORE.search(text[:m.start()])]


def _counted(rx: re.Pattern[str], text: str):
    """The counted-share matches of `rx` in `text`, leaving out a result told with a share."""
    return [m for m in rx.finditer(text) if not _RESULT_BEFORE.search(text[:m.start()])
            and not (_VOTE_SHARE.search(m.group(0)) and not _COUNTING_AFTER.search(text[m.end():]))]


@dataclass(frozen=True)
class Completeness:
    """How complete the count behind a figure is: a counted share of the vote (percent), or
    k of n units (seats, districts) declared; `cue` is the wording. `share` None with a cue
    means provisional with no measure of how much is left."""

    share: float | None
    cue: str
    declared: tuple[float, float] | None = None  # (k, n)

    @property
    def final(self) -> bool:
        return self.share is not None and self.share >= 100


FINAL = Completeness(100.0, "")


def completeness(texts: list[str]) -> Completeness:
    """The completeness a text gives its figures: the texts are the figure's sentence first,
    then its neighbours, nearest first. A counted share ('with 99% of votes counted',
    '542 of the 543 seats declared') wins over a provisional word ('preliminary', 'exit
    poll', 'leading'); with neither, the figure is taken as final. Every figure of a sentence
    asks with the same texts, so the answer is kept per texts (it depends on nothing else)."""
    return _completeness(tuple(texts))


@lru_cache(maxsize=1024)
def _completeness(texts: tuple[str, ...]) -> Completeness:
    for text in texts:
        told = _counted_share(text)
        if told is not None:
            return told
    for text in texts:
        cue = _provisional_cue(text)
        if cue is not None:
            return Completeness(None, cue)
    return FINAL


@lru_cache(maxsize=4096)
def _counted_share(text: str) -> Completeness | None:
    """The counted share one text tells, if any (kept per text: an article's sentences are the
    neighbours of each of its figures)."""
    # what is left to count first: 'with 3% of precincts yet to be counted' is not 3% counted
    m = _LEFT_TO_COUNT.search(text)
    if m:
        left = _number(m.group("p"))
        if left is not None and 0 <= left <= 100:
            return Completeness(100.0 - left, m.group(0).strip())
    for rx in _COUNTED_RES:
        m = next(iter(_counted(rx, text)), None)
        if m:
            return Completeness(min(_share(m.group("p")), 100.0), m.group(0).strip())
    m = _BASED_ON.search(text) if "based" in text else None
    if m:
        return Completeness(min(_share(m.group("p")), 100.0), m.group(0).strip())
    m = _ALL_COUNTED.search(text)
    if m:
        return Completeness(100.0, m.group(0).strip())
    m = next(iter(_all_but(text)), None)
    if m:
        return Completeness(max(100.0 - float(m.group("p").replace(",", ".")), 0.0), m.group(0).strip())
    m = _COUNTED_OF.search(text) or _DECLARED_OF.search(text)
    if m:
        k, n = float(m.group("k").replace(",", "")), float(m.group("n").replace(",", ""))
        if 0 < k <= n:
            return Completeness(100.0 * k / n, m.group(0).strip(), (k, n))
    return None


@lru_cache(maxsize=4096)
def _provisional_cue(text: str) -> str | None:
    m = _PROVISIONAL.search(text)
    return m.group(0) if m else None


# criteria that resolve on the provisional count itself ('credited with 120 or more … seats …,
# according to the provisional results announced by the national vote counting commission')
_CRITERIA_PROVISIONAL = re.compile(r"\b(?:according\s+to|per|in|on)\s+(?:the\s+)?(?:official\s+)?(?:provisional|preliminary)\s+"
                                   r"(?:official\s+)?results\b", re.I)


def accepted_provisional(criteria: str, done: Completeness) -> bool:
    """The criteria resolve on provisional results, and the figure's only cue is that it is
    provisional ('according to the provisional results'), not a count still under way."""
    return done.share is None and bool(re.fullmatch(r"(?i)provisional|preliminary", done.cue)) \
        and bool(_CRITERIA_PROVISIONAL.search(criteria))


# criteria that settle on a count this complete: 'according to the Central Election Commission's results
# with at least 99% of ballots counted'
_CRITERIA_FLOOR = re.compile(rf"\b(?:with|once|after|when)\s+(?:at\s+least|more\s+than|over)\s+{_SHARE}\s+(?:of\s+)?"
                             rf"{_COUNTED_NOUNS}\s+(?:(?:have|has)\s+been\s+|are\s+|is\s+)?(?:counted|reporting|processed|"
                             r"tallied|in)\b", re.I)


def accepted_count(criteria: str, done: Completeness) -> str | None:
    """The criteria settle on a count at least this complete ('results with at least 99% of ballots
    counted'), and the figure's count is: its share is the one they read, whatever is left. The
    criteria's words, else None."""
    m = _CRITERIA_FLOOR.search(criteria) if done.share is not None else None
    if m is None:
        return None
    return m.group(0) if done.share >= float(m.group("p").replace(",", ".")) else None


def in_count_cue(text: str, pos: int) -> bool:
    """The figure at `pos` is the counted share itself ('with 99% of votes counted')."""
    spans = [m.span() for rx in _COUNTED_RES for m in _counted(rx, text)] + [m.span() for m in _COUNTED_OF.finditer(text)] \
        + [m.span() for m in _all_but(text)]
    return any(a <= pos < b for a, b in spans)


def final_range(value: float, unit: str, done: Completeness) -> tuple[float, float, str]:
    """The range the final figure can still take, and the arithmetic: a share s with p % of
    the vote counted ends in [s·p/100, s·p/100 + (100 − p)]; a count c with k of n units
    declared ends in [c, c + (n − k)]."""
    if done.final:
        return value, value, ""
    if done.declared and unit not in ("percent", "bps"):
        k, n = done.declared
        hi = value + (n - k)
        return value, hi, f"{value:g} with {k:g} of {n:g} declared: the final count lies in [{value:g}, {hi:g}]"
    if unit == "percent" and done.share is not None:
        p = done.share
        lo = value * p / 100
        hi = lo + (100 - p)
        return lo, hi, (f"{value:g}% with {p:g}% counted: the final share lies in "
                        f"[{value:g}×{p:g}/100, {value:g}×{p:g}/100 + (100 − {p:g})] = [{lo:.2f}, {hi:.2f}]")
    return float("-inf"), float("inf"), f"'{done.cue}': a provisional figure, with no measure of what is left to count"
