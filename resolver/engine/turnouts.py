"""A ballot's turnout told as its figure: a market asking whether turnout in a named vote reaches a
share ('Will voter turnout in Egypt's April 2019 constitutional referendum exceed 50%?') is settled
by the turnout the sentence gives as the vote's own ('Voter turnout during the three-day referendum
was 44.33 percent', 'with a turnout of 27.54%'). A turnout told during the voting ('turnout stood at
31% by 1 pm', 'so far') or of another, earlier vote ('turnout in the previous referendum was …') is
no reading: the vote had not ended, or it is not the market's. Read by the threshold_crossed rule
through rules/side_share.py, which dates the figure and weighs what is left to count."""

from __future__ import annotations

import re

from .analysis import MarketContext, SentenceFacts
from .entities import demonyms
from .required_figures import modal_bar, needed_before
from .side_shares import _APPROX, _PCT, Reading, _range

_ASKED = re.compile(r"\bturnout\b", re.I)
# 'turnout during the three-day referendum was 44.33 percent', 'a turnout of 27.54%', 'turnout stood at about 27 percent'
# ('turnout was officially placed at a low 43 percent', 'turnout was a record 65 percent': the figure set down,
# a word judging it before it; 'with turnout placed at 70 percent': the participle with no verb before it)
_TOLD = re.compile(r"\bturnout\b(?P<of>\s+(?:in|during|at|for|of)\s+(?:the\s+)?[^,;%\d]{0,60}?)?\s+"
                   r"(?:(?:was|is|had\s+been|has\s+been)\s+(?:(?:officially|provisionally|finally)\s+)?"
                   r"(?:(?:placed|put|recorded|registered|set)\s+at\s+)?|(?:placed|put|recorded|registered|set)\s+at|stood\s+at|reached|came\s+in\s+at|hit|of|at|amounted\s+to|"
                   r"rose\s+to|fell\s+to)\s*(?:(?:just|only|a\s+mere|an?\s+(?:low|high|record|record-low|record-high|meagre|"
                   rf"meager|paltry|disappointing|modest|healthy|respectable|dismal|robust))\s+)?{_APPROX}{_PCT}", re.I)
# a figure while the polls were open, or an early one
# the share of the electorate that voted, told by what it did ('Only 23% of voters cast a ballot', 'just 21.3 per
# cent of eligible voters cast their ballot', 'almost 57 percent of Italians went to the polls'): a turnout, unless a
# side follows ('cast a ballot for statehood', 'voted in favour', 'voted to keep'); a capitalised people must be a
# demonym ('of Italians', not 'of Republicans')
_CAST = re.compile(rf"(?:\b(?:only|just|a\s+mere)\s+)?{_APPROX}{_PCT}\s+of\s+(?:the\s+)?(?:(?:eligible|registered|qualified|"
                   r"all)\s+)?(?P<who>voters|electors|(?-i:[A-Z][a-z]+s))\s+(?:(?:have|had)\s+)?(?:cast\s+(?:a\s+|their\s+)?"
                   r"(?:ballots?|votes?)|voted|turned\s+out|went\s+to\s+the\s+polls|showed\s+up)\b"
                   r"(?!\s+(?:for|in\s+favou?r|against|yes|no|to|on\s+the\s+side)\b)", re.I)
_INTERIM = re.compile(r"\b(?:by|as\s+of|at|until|till)\s+(?:\d{1,2}(?::\d\d)?\s*(?:a\.?m\b\.?|p\.?m\b\.?|h\b|hrs?\b|o'clock\b)|"
                      r"noon|midday|mid-day|mid-afternoon|\d{1,2}:\d\d)|\bso\s+far\b|\bhours?\s+(?:before|into)\b|\bmidday\b|"
                      r"\b(?:early|interim|hourly|initial)\s+(?:turnout|figures?|estimates?)\b|\bfirst\s+(?:few\s+)?hours\b|"
                      r"\bpolls\s+(?:were\s+|are\s+)?(?:still\s+)?open\b|\bexpected\b|\bforecast\b", re.I)
_OTHER_VOTE = re.compile(r"\b(?:previous|last|prior|earlier|past|former|first-round|first\s+round)\b", re.I)


def asked(ctx: MarketContext) -> bool:
    """The market asks a turnout's share against a bar."""
    t = ctx.target
    return t.kind == "threshold" and t.threshold_unit == "percent" and bool(_ASKED.search(ctx.market.question))


def read(ctx: MarketContext, f: SentenceFacts) -> Reading | None:
    """The vote's turnout told in the sentence, with the range it lies in; None when the sentence
    gives none, gives one during the voting, or gives another vote's."""
    text = f.sent.text
    q = ctx.market.question  # a share a rule needs is a bar set ('needs a turnout of more than 50 percent')
    m = next((x for x in _TOLD.finditer(text) if not needed_before(text, x.start())), None) \
        or _cast(text, f"{q} {ctx.market.criteria}")
    if not m or _INTERIM.search(text) or modal_bar(q, text, m.start("num"), m.end()):
        return None  # 'more than 50 percent of the electorate must vote': a bar set
    if m.groupdict().get("of") and _OTHER_VOTE.search(m.group("of")):
        return None
    bar = re.search(r"(\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per\s*cent)", ctx.market.question)
    decimals = len(bar.group(1).split(".")[1]) if bar and "." in bar.group(1) else 0
    lo, hi, strict = _range(m.group("num"), m.group("approx"), decimals)
    return Reading(m.start("num"), m.group(0).strip(), lo, hi, strict)


# a vote held over several days ('June 7–8, 2003', 'two-day referendum'), and a share told for one of its days
_SEVERAL_DAYS = re.compile(r"\b\d{1,2}\s*[–-]\s*\d{1,2}\b|\b(?:two|three|four)-day\b", re.I)
_ONE_DAY = re.compile(r"[^.;]{0,40}?\b(?:on|by)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|the\s+(?:first|second)\s+day)\b",
                      re.I)


def _cast(text: str, question: str = "") -> re.Match | None:
    """The first share of the electorate told as having voted ('23% of voters cast a ballot'), else None;
    none told for one day of a vote held over several ('Only 17.61% of registered voters cast ballots on
    Saturday' of a two-day referendum: the first day's share)."""
    low = text.lower()
    if not any(w in low for w in ("vot", "poll", "elector", "ballot", "turned out", "showed up")):
        return None  # the keyword prefilter
    for m in _CAST.finditer(text):
        if _SEVERAL_DAYS.search(question) and _ONE_DAY.match(text, m.end()):
            continue
        who = m.group("who").lower()
        if who in ("voters", "electors") or who in demonyms():
            return m
    return None


def told_by_voters(ctx: MarketContext, f: SentenceFacts) -> bool:
    """For a market on a turnout, the sentence tells it by what the voters did ('almost 57 percent of
    Italians went to the polls'): it names the turnout with no word 'turnout'."""
    return asked(ctx) and _cast(f.sent.text, f"{ctx.market.question} {ctx.market.criteria}") is not None


def told_as_turnout(ctx: MarketContext, text: str, start: int) -> str | None:
    """For a market on another share than a turnout ('at least 50.5% of voters back the purchase'),
    the words telling the percentage at `start` as the vote's turnout ('The voter turnout was 59.4
    percent'): another measure of the vote, not the share asked; else None."""
    if _ASKED.search(ctx.market.question):
        return None
    for m in [*_TOLD.finditer(text), *filter(None, [_cast(text, ctx.market.question)])]:
        if m.start("num") <= start < m.end():
            return " ".join(m.group(0).split())
    return None


# a share of the voters choosing a side: 'showed 91.3 percent of voters approving the deal', '61% of votes cast in favour'
_SIDE_SHARE = re.compile(r"^\s*(?:of\s+(?:the\s+)?(?:voters|votes|ballots|those)(?:\s+(?:cast|counted|who\s+voted))?\s+)"
                         r"(?:approving|approved|backing|backed|supporting|supported|endorsing|voting|voted|in\s+favou?r|"
                         r"for|against|opposing|opposed|rejecting|rejected|said\s+(?:yes|no))\b", re.I)


def told_as_side_share(ctx: MarketContext, text: str, end: int) -> str | None:
    """For a market on a vote's turnout, the words telling the percentage ending at `end` as the
    share of voters choosing a side ('91.3 percent of voters approving the deal'): the result's
    split, not the share of the electorate that voted; else None."""
    if not _ASKED.search(ctx.market.question):
        return None
    m = _SIDE_SHARE.match(text[end:end + 80])
    return " ".join(m.group(0).split()) if m else None


def told_while_voting(ctx: MarketContext, text: str) -> bool:
    """For a market on a vote's turnout, a sentence telling its turnout while the polls were open
    ('Half an hour before polls were to close, voter turnout stood at 34 percent'): not the vote's."""
    return bool(_ASKED.search(ctx.market.question)) and bool(_ASKED.search(text)) and bool(_INTERIM.search(text))
