"""Approval shares: a market on the share of a vote that approves something ('Will more than 99%
of votes cast by WGA members approve the contract?', 'at least 60% of UAW members voting
approve', 'more than 50% of voting machinists back the extension') is settled by the one tally
of that vote. A sentence tells the approving side's share as the share that voted for it ('55%
were in favor of the deal', 'the vote of 51 percent to 49 percent to accept the deal') or as the
count of yes votes out of those cast ('8,435 of the 8,525 legitimate votes cast were "yes" votes':
98.9%). A share reported rounded covers half its last digit either side ('99%' is 98.5–99.5,
which does not settle 'more than 99%'); a count out of a total is exact. An opinion poll's share
('55% of voters support the deal, a poll found') is no tally. Read by the threshold_crossed rule."""

from __future__ import annotations

import re

from . import quantities
from .analysis import MarketContext, SentenceFacts, event_time, negation
from .text import conditional_clause

# the market: a percent of the votes (or of the voters) that approves
_PCT = r"(?:%|\s?percent\b|\s?per\s+cent\b)"
_SHARE_Q = re.compile(rf"\b\d+(?:\.\d+)?{_PCT}\s+of\s+(?:[\w'’-]+\s+){{0,4}}?(?:votes?|ballots?|voters?|members?|"
                      r"shareholders?|workers?|employees?|machinists?|delegates?)\b", re.I)
APPROVING = frozenset({"approve", "back", "support", "ratify", "accept", "endorse", "favor", "favour", "vote", "adopt"})

_NUM = r"\d{1,3}(?:,\d{3})+|\d+"
# 'Of the 35,000 members who cast votes, 55% were in favor of the deal', '55% of members voted to ratify'
_FOR = (r"(?:(?:who\s+)?(?:voted|were|was)\s+in\s+favou?r(?:\s+of)?|voted\s+(?:for|yes|in\s+favou?r(?:\s+of)?|to\s+"
        r"(?:approve|ratify|accept|back|support|endorse|adopt))|supported|approved|backed|ratified|endorsed|accepted|"
        r"favou?red)")
_SAID_FOR = re.compile(rf"(?<![\d.,])(?P<num>\d+(?:\.\d+)?){_PCT}(?:\s+of\s+(?:[^\s.;]+\s+){{1,7}}?)?\s*{_FOR}\b"
                       r"(?P<after>[^.;]{0,60})", re.I)
# 'the vote of 51 percent to 49 percent to accept the deal', 'approved the deal by 51% to 49%'
_SPLIT = re.compile(rf"\b(?:(?P<noun>vote|margin|tally|split)\s+(?:was\s+)?(?:of\s+)?|by\s+(?:a\s+(?:vote|margin)\s+of\s+)?)"
                    rf"(?P<num>\d+(?:\.\d+)?){_PCT}\s*(?:to|-|–)\s*(?P<other>\d+(?:\.\d+)?){_PCT}"
                    r"(?P<after>[^.;]{0,60})", re.I)
_SPLIT_FOR = re.compile(r"^\s*,?\s*(?:to|in\s+favou?r\s+of)\s+(?:approve|ratify|accept|back|support|endorse|adopt)\b", re.I)
_APPROVED_BEFORE = re.compile(r"\b(?:approved|ratified|accepted|backed|endorsed|adopted|passed)\b(?:\s+[^\s.;]+){0,6}\s+$", re.I)
# '8,435 of the 8,525 legitimate votes cast were "yes" votes'
_COUNTED = re.compile(rf"(?<![\d.,])(?P<yes>{_NUM})\s+of\s+(?:the\s+)?(?P<all>{_NUM})\s+(?:[\w-]+\s+){{0,2}}?(?:votes|ballots)"
                      r"(?:\s+cast)?\s+(?:were|was)\s+[\"“”']?(?:yes|in\s+favou?r)\b[\"“”']?", re.I)
# what the share approves: a deal, or the market's own object
_DEAL = frozenset({"deal", "contract", "agreement", "pact", "offer", "proposal", "extension", "accord", "measure",
                   "recall", "settlement", "plan", "it"})
# no tally: a poll, a forecast
_NO_TALLY = re.compile(r"\b(?:polls?|polled|polling|survey\w*|respondents|sampled|exit\s+polls?|would|could|might|expected|"
                       r"projected|forecast\w*)\b", re.I)


def share_market(ctx: MarketContext) -> bool:
    """The market asks for a share of a vote that approves: a bar in percent of the votes or of
    the voters, and an approving act."""
    t = ctx.target
    return (t.kind == "threshold" and t.threshold is not None and t.threshold_unit == "percent"
            and (t.act or "").lower() in APPROVING and _SHARE_Q.search(ctx.market.question) is not None)


def _half_digit(num: str) -> float:
    """Half a unit of the last digit written: '55' → 0.5, '50.49' → 0.005."""
    return 0.5 * 10 ** -len(num.split(".")[1]) if "." in num else 0.5


def _about_it(ctx: MarketContext, after: str) -> bool:
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", after)[:6]}
    own = {w.lower() for w in re.findall(r"[A-Za-z]+", ctx.target.object or "") if len(w) > 2}
    return bool(words & (_DEAL | own)) or not after.strip(" ,")


def _excluded_name(ctx: MarketContext, text: str) -> str | None:
    """A name the criteria exclude ('Results at Ford or Stellantis do not count') in the sentence."""
    words = {w.lower() for ex in ctx.target.exclusions for w in re.findall(r"[A-Za-z]+", ex)}
    q = ctx.market.question.lower()
    for w in re.findall(r"\b[A-Z][a-z]+\b", text):
        if w.lower() in words and w.lower() not in q:
            return w
    return None


def shares(ctx: MarketContext, text: str) -> list[tuple[int, float, float, str]]:
    """(position, value, half-width, wording) of each approving share the sentence tallies."""
    found: list[tuple[int, float, float, str]] = []
    for m in _COUNTED.finditer(text):
        yes, total = float(m.group("yes").replace(",", "")), float(m.group("all").replace(",", ""))
        if 0 < yes <= total:
            share = round(yes / total * 100, 4)
            found.append((m.start(), share, 0.0, f"'{m.group(0).strip()}' = {share:.2f}% ({yes:g} of {total:g})"))
    for m in _SAID_FOR.finditer(text):
        if _about_it(ctx, m.group("after")):
            found.append((m.start(), float(m.group("num")), _half_digit(m.group("num")), f"'{m.group(0)[:m.start('after') - m.start()].strip()}'"))
    for m in _SPLIT.finditer(text):
        after = m.group("after")
        said_for = bool(_SPLIT_FOR.search(after)) and _about_it(ctx, after[_SPLIT_FOR.search(after).end():])
        approved = not m.group("noun") and bool(_APPROVED_BEFORE.search(text[max(0, m.start() - 80):m.start()]))
        if said_for or approved:
            found.append((m.start("num"), float(m.group("num")), _half_digit(m.group("num")),
                          f"'{m.group(0)[:m.start('after') - m.start()].strip()}' (the approving side first)"))
    return sorted(found)


def read(ctx: MarketContext, f: SentenceFacts):
    """(token, direction, reason, dating) for the first approving share in the sentence that
    settles the market's bar; (token, 'none', reason, dating) for one that does not; None."""
    text = f.sent.text
    if _NO_TALLY.search(text) or _excluded_name(ctx, text):
        return None
    t = ctx.target
    bar = quantities.Required(t.threshold, t.threshold_direction or "above", bool(t.threshold_inclusive), "percent")
    note = None
    for pos, value, half, wording in shares(ctx, text):
        i = f.sent.token_at(pos)
        if negation(f, i) or conditional_clause(f.sent, i):
            continue
        span = event_time(f, i)
        if span.starts_after(ctx.market.deadline) or (t.window_start is not None and span.ends_before(t.window_start)):
            continue
        yes = quantities.settled(bar, value - half, value + half)
        why = f"approving share {wording} of the vote's tally against {bar.describe()}"
        if half:
            why += f" (rounded: {value - half:g}–{value + half:g})"
        if yes is None:
            note = note or (i, "none", why + ": does not settle it", span.explanation)
            continue
        return i, "yes" if yes else "no", why + (": meets it" if yes else ": does not meet it"), span.explanation
    return note
