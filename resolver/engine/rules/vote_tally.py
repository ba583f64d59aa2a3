"""Vote tally: a market on how many votes one vote gives its side ('receive 12 or more votes in
favour', 'pass the Senate with at least 90 votes in favor', 'win at least 32 votes in the … ballot')
and a sentence that reports the vote held with its tally ('was approved with 86 votes in favor of
the proposition and 41 against', '11 voted in favour of the resolution', 'defeated … in a 31-to-18
vote'). A recorded vote's tally is final: it settles the market either way (a market with several
rounds excepted: another round may still reach the bar). Read by the confirmation rule first.

The same for a market on the share of a vote in favour ('Will at least 90% of voting Local S6
members approve the new contract?', 'ratify … with at least 75% support'): the share a sentence
reports for the vote held ('ratified … with 87 percent of its members backing it', 'was approved
3,105-817' → 79.2 %) settles it either way; a rounded share ('about 80 per cent', 'two thirds')
only when it lies clear of the bar."""

from __future__ import annotations

import re

from ..analysis import MarketContext, SentenceFacts
from ..settings import EngineSettings
from ..types import Contribution
from .. import quantities, told_ranges
from ..vote_counts import shares_in_favour, tallies_in_favour, votes_to_name
from . import hedged
from .base import cite, reported_in_window

NAME = "confirmation"
# the vote told as held: a past verb of voting or of its outcome
_HELD = re.compile(r"\b(?:voted|approved|adopted|passed|elected|re-elected|defeated|beat|endorsed|ratified|backed|rejected|"
                   r"confirmed|won)\b", re.I)
# a split that may count the side against the subject: a measure rejected, a subject beaten
_LOST = re.compile(r"\b(?:reject\w*|fail\w*|vot\w+\s+down|block\w*|veto\w*|sank|lost|(?:was|were|been)\s+(?:defeated|beaten)|"
                   r"defeated\s+(?:the\s+|a\s+)?(?:bill|motion|resolution|measure|proposal|text|draft))\b", re.I)
# the voting bodies a question or a sentence may name: a tally of another body is another vote
_BODIES = re.compile(r"\b(?:Senate|House|Chamber|Assembly|Council|Congress|Parliament|Lords|Commons|Bundestag|Knesset|"
                     r"Duma|Diet|Cortes|Sejm|Rajya\s+Sabha|Lok\s+Sabha)\b")


def _other_body(question: str, text: str) -> str | None:
    """A voting body the sentence names that the market (its question or criteria) does not."""
    asked = {b.lower() for b in _BODIES.findall(question)}
    return next((b for b in _BODIES.findall(text) if b.lower() not in asked), None)


# a market on the share of a vote in favour: 'at least 90% of voting … members', 'more than 60% of the
# vote', 'with at least 75% support', '75% of votes cast in favour'
# ('60% of Conservative MPs voting': of the members who vote)
_SHARE_MARKET = re.compile(r"(?:%|\bpercent|\bper\s+cent)\s+(?:of\s+(?:the\s+)?(?:votes?|ballots?|voting)\b|support\b|of\s+(?:the\s+)?"
                           r"(?:[\w'’-]+\s+){0,3}?(?:members|MPs|lawmakers|legislators|senators|deputies|delegates|"
                           r"shareholders|voters)\s+(?:voting|who\s+vote)\b)", re.I)
# the acts such a vote carries
_CARRYING_ACTS = frozenset({"approve", "ratify", "accept", "endorse", "pass", "back", "support", "adopt"})
# a subject's own share of the vote asked as a win of its backing ('win the backing of at least 60% of …
# MPs voting in the confidence vote'): the votes for the subject
_WIN_ACTS = frozenset({"win", "secure", "get", "receive", "gain", "obtain"})
_BACKING = frozenset({"backing", "support", "approval"})
_HELD_SHARE = re.compile(r"\b(?:voted|approved|adopted|passed|ratified|backed|endorsed|accepted|ratifies|approves|won)\b", re.I)
ROUNDED_MARGIN = 3.0  # points: a rounded share ('about 80 per cent', 'two thirds') settles only this far from the bar


def share_market(ctx: MarketContext) -> bool:
    """The market's bar is a share of one vote in favour of its act."""
    t = ctx.target
    return t.kind == "threshold" and t.threshold is not None and t.threshold_unit == "percent" and \
        ((t.act or "") in _CARRYING_ACTS or (t.act or "") in _WIN_ACTS and bool({w.lower() for w in t.object_terms} & _BACKING)) \
        and t.occasion != "rounds" and \
        bool(_SHARE_MARKET.search(ctx.market.question) or _SHARE_MARKET.search(ctx.market.criteria))


def _share(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    """A reported share in favour of the vote held, against the market's bar."""
    t = ctx.target
    if not (f.actors or f.article_mentions_subject) or _other_body(ctx.market.question + " " + ctx.market.criteria, f.sent.text):
        return []
    text = f.sent.text
    if not _HELD_SHARE.search(text):
        return []
    bar = quantities.Required(t.threshold, t.threshold_direction or "above", t.threshold_inclusive is not False, "percent")
    for start, share, wording, exact in shares_in_favour(text):
        if "-" in wording or " to " in wording:
            if _LOST.search(text):
                continue  # a split of a vote lost: its larger side is the side against
        rounded = quantities.approximate(text[max(0, start - 30):start])
        if rounded or not exact:
            if abs(share - t.threshold) < ROUNDED_MARGIN:
                continue  # 'about 76 per cent' for a bar of 75 %: the true share may lie either side
        i = f.sent.token_at(start)
        span = reported_in_window(ctx, f, i)
        if span is None:
            continue
        met = bar.met_by(share)
        told = f"'{(rounded + ' ') if rounded else ''}{wording.strip()}'"
        note = f"the vote's share in favour {told}: {share:.3g}% ({'meets' if met else 'does not meet'} {bar.describe()}), " \
               f"a recorded vote's result"
        if met:
            return [hedged.weaken(f, i, NAME, "yes", settings.weights.confirmation, note, settings, span.explanation)]
        return [cite(f, "magnitude_short", "no", -settings.weights.confirmation, note, span.explanation)]
    return []


_OF_NAME = re.compile(r"\s+of\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")


def _for_other(ctx: MarketContext, after: str) -> bool:
    """'422 MEPs voted in favour of <name>': the votes are that person's, another side's when the
    name is none of the market's parties."""
    m = _OF_NAME.match(after)
    return bool(m) and not any(p.search(m.group("name")) for p in ctx.actor_patterns.values())


def _tallies(ctx: MarketContext, text: str) -> list[tuple[int, float, str, bool]]:
    """The tallies in favour a sentence gives, with those it gives to a person it names ('voted by 395
    of 707 votes cast for Scholz', 'Scholz was elected with 395 votes') when that person is the
    market's subject (votes to another person are another side's)."""
    found = [(start, got, wording, False) for start, got, wording in tallies_in_favour(text)
             if not _for_other(ctx, text[start + len(wording):])]
    for start, got, wording, name in votes_to_name(text):
        if any(p.search(name) for p in ctx.actor_patterns.values()) and \
                not any(a <= start < a + len(w) for a, _, w, _ in found):
            found.append((start, got, wording, True))
    return sorted(found)


def apply(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    t = ctx.target
    if share_market(ctx):
        return _share(ctx, f, settings)
    if t.kind != "event" or t.quantity is None or t.quantity == float("inf") or \
            (t.quantity_unit or "").rstrip("s") != "vote" or t.occasion == "rounds":
        return []
    if not (f.actors or f.article_mentions_subject) or _other_body(ctx.market.question + " " + ctx.market.criteria, f.sent.text):
        return []
    text = f.sent.text
    held = _HELD.search(text)
    if not held:
        return []
    for start, got, wording, named in _tallies(ctx, text):
        split = "favo" not in wording.lower() and "voted" not in wording.lower() and not named
        if split and (_LOST.search(text) or not any(p.search(text[:held.start()]) for p in ctx.actor_patterns.values())):
            continue  # a split counts the subject's side only when the subject is named carrying the vote
        i = f.sent.token_at(start)
        span = reported_in_window(ctx, f, i)
        if span is None:
            continue
        need = f"at least {t.quantity:g}" if t.threshold_inclusive is not False else f"more than {t.quantity:g}"
        inclusive = t.threshold_inclusive is not False
        digits = re.match(r"\d[\d,]*", text[start:])
        ranged = told_ranges.against_bar(text[:start], got, digits and digits.group(0), t.quantity, "above", inclusive)
        note = f"the vote's tally '{wording}': {got:g} votes for its side, a recorded vote's final count (the market " \
               f"needs {need})"
        if told_ranges.changes_reading(ranged, got, t.quantity, "above", inclusive):  # 'as many as 452 MEPs voted …'
            if ranged.meets is None:
                return [cite(f, NAME, "none", 0.0, ranged.note(wording, need), span.explanation)]
            got, note = (t.quantity + 1 if ranged.meets else t.quantity - 1), f"the vote's tally {ranged.note(wording, need)}"
        if got > t.quantity or (got == t.quantity and t.threshold_inclusive is not False):
            return [hedged.weaken(f, i, NAME, "yes", settings.weights.confirmation, note, settings, span.explanation)]
        return [cite(f, "magnitude_short", "no", -settings.weights.confirmation, note, span.explanation)]
    return []
