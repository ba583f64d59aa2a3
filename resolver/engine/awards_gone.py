"""An award told gone to another nominee (who-wins markets on a prize): 'one of the biggest surprises on Oscar night
was the award going to the Japanese language film "Departures"', 'the Oscar for best foreign language film went to
"Departures"', 'the prize has gone to Anna Burns' — the prize given to another than the candidate, in an aside or a
main clause.

Read only when the award named is the market's: the words of the market's category ('foreign', 'language') are in
the sentence or the article's headline, no other category or competition is named (loser_roles.market_contest: nor
another stage or year), and the article is dated on the ceremony's day or the day after (a bare 'the award' names
no ceremony, so its day must). The recipient right after 'to' is a name (capitalised or quoted, after at most a few
words describing it: 'the Japanese language film'), not the candidate; the sentence has no modal, condition,
negation or forecast before it ('could go to', 'is expected to go to', 'should have gone to'). Word lists are
data (`resolver/data/awards_gone.json`).

Pure and cheap: a substring test for 'went to', 'going to', 'goes to' or 'gone to' before any regular expression."""

from __future__ import annotations

import re

from .analysis import MarketContext, SentenceFacts, negation
from .contest_silence import contest_words, cued
from .loser_roles import dated_at_contest, market_contest
from .packaged import load_json

_DATA = load_json("awards_gone.json")
_CUES = ("went to", "going to", "goes to", "gone to", "go to", "awarded to", "given to", "handed to", "presented to")


def _alt(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_GONE = re.compile(r"\b(?:the|this\s+year's|this\s+year’s)\s+(?P<pre>(?:[\w'’-]+\s+){0,4}?)(?P<n>%s)\b(?P<mid>(?:\s+(?!(?:%s)\b)[\w'’&-]+){0,7}?)\s+"
                   r"(?P<v>%s)\s+to\s+(?P<who>.{1,80})" % (_alt(_DATA["award_nouns"]), _alt(_DATA["mid_stops"]),
                                                         _alt(_DATA["going_verbs"])), re.I)
# the recipient: a quoted title within a few describing words ('the Japanese language film "Departures"'), else a
# run of capitalised words right after 'to' (and 'the')
_QUOTED = re.compile(r"^(?:the\s+)?(?:[\w'’-]+\s+){0,5}?[\"“‘](?P<q>[^\"”’]{1,60})[\"”’]")
_NAMED = re.compile(r"^(?:the\s+)?(?P<q>(?-i:[A-Z])[\w.&'’-]*(?:\s+(?:(?-i:[A-Z])[\w.&'’-]*|of|the|and|de|la|del)){0,5})")
_FORESEEN = re.compile(r"(?<![\w'’])(?:%s)(?![\w'’])" % _alt(_DATA["foreseen"]), re.I)


def _who(m: re.Match[str]) -> str:
    after = m.group("who")
    found = _QUOTED.match(after) or _NAMED.match(after)
    return found.group("q").strip(" ,").removesuffix(".") if found else ""


def gone(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str, tuple[str, ...]] | None:
    """(token index, wording, the recipient) of the market's award told given to another, or None."""
    text = f.sent.text
    if not cued(ctx, text, _CUES):
        return None
    words = contest_words(tuple(ctx.target.object_terms))
    if words is None or not (words.search(text) or words.search(f.article.title)):
        return None  # the market's category not named
    for m in _GONE.finditer(text):
        who = _who(m)
        if not who or ctx.candidate_pattern.search(who) or ctx.candidate_pattern.search(m.group(0)[:m.start("who") - m.start()]):
            continue  # the candidate the recipient, or named before it ('the award for Waltz … went to')
        if _FORESEEN.search(text[max(0, m.start() - 80):m.start("who")]):
            continue
        k = next((j for j, t in enumerate(f.sent.tokens) if t.start >= m.start("v")), None)
        if k is None or negation(f, k) or not market_contest(ctx, f, k) or not dated_at_contest(ctx, f):
            continue
        return k, f"'the {m.group('pre')}{m.group('n')}{m.group('mid')} {m.group('v')} to {who}'", (who,)
    return None
