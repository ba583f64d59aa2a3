"""A bidder withdrawing from the contest it must win (who-wins markets): 'Alcoa Inc., which said it was withdrawing
its offer', '<candidate> withdrew its bid for <target>', 'dropped its pursuit of <target>', 'walked away from its
offer' — a candidate that gives up its bid (for a company, a host city, a contract) no longer contends, so it does
not win the contest.

The candidate is the one giving up: its name, then at most a company suffix, ', which', 'said (that) it' and an
auxiliary, right before the verb. Read only when the market asks about a bid, an offer or a takeover (its question
or criteria name one), the article names another of the market's parties (the target, a rival bidder), and the
sentence has no modal, condition, negation or plan before the verb ('could withdraw', 'threatened to walk away'),
no bid given for another target ('its bid for Reynolds' when the market's target is another) and no replacing bid
('withdrew its offer and tabled a higher one'). Word lists are data (`resolver/data/withdrawn_bids.json`).

Pure and cheap: a substring test for a verb of giving up before any regular expression."""

from __future__ import annotations

import re

from .analysis import MarketContext, SentenceFacts, negation
from .contest_silence import cued
from .packaged import load_json

_DATA = load_json("withdrawn_bids.json")
_CUES = ("withdr", "drop", "abandon", "walk", "pull", "scrap", "end", "terminat", "quit", "retract", "gave up",
         "give up", "giving up", "ditch")


def _alt(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_VERB = re.compile(r"\b(?P<v>%s)\s+(?:its|their|the|his|her)\s+(?:(?:[\w$€£.,’'-]+)\s+){0,5}?(?P<n>%s)\b(?P<rest>.{0,80})"
                   % (_alt(_DATA["verbs"]), _alt(_DATA["bid_nouns"])), re.I)
_SUBJECT = re.compile(r"^(?:\s+(?:%s)\.?)?(?:\s*,?\s*which|\s*,\s*that)?(?:\s+(?:%s)(?:\s+(?:on\s+)?\w+day)?(?:\s+that)?"
                      r"\s+(?:it|they))?(?:\s*,\s*[^,]{0,40},)?\s+(?:(?:has|had|have|was|were|is|are)\s+)?(?:(?:%s)\s+)?$"
                      % (_alt(_DATA["suffixes"]), _alt(_DATA["saying_verbs"]), _alt(_DATA["adverbs"])), re.I)
_FOR = re.compile(r"^\s+(?:for|of|to\s+(?:buy|acquire|take\s+over))\s+(?:the\s+)?(?P<who>(?-i:[A-Z])[\w.&'’-]*(?:\s+(?-i:[A-Z])[\w.&'’-]*){0,3})")
_REPLACED = re.compile(r"\b(?:%s)\b" % _alt(_DATA["replacing"]), re.I)
_PLANNED = re.compile(r"\b(?:%s)\b" % _alt(_DATA["planned"]), re.I)
_ASKED = re.compile(r"\b(?:%s)" % _alt(_DATA["market_words"]), re.I)


def withdrawn(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(token index, wording) of the candidate told giving up its bid in the market's contest, or None."""
    text = f.sent.text
    if not cued(ctx, text, _CUES) or not _ASKED.search(f"{ctx.market.question} {ctx.market.criteria}"):
        return None
    others = [p for a, p in ctx.actor_patterns.items() if not ctx.candidate_pattern.search(a)]
    whole = f"{f.article.title}\n{f.article.text}"
    if not any(p.search(whole) for p in others):
        return None  # the article names neither the target nor a rival bidder: another contest
    for v in _VERB.finditer(text):
        head = text[:v.start()]
        subject = next((m for m in ctx.candidate_pattern.finditer(head) if _SUBJECT.match(head[m.end():])), None)
        if subject is None or _PLANNED.search(head[subject.end():]) or _REPLACED.search(v.group("rest")):
            continue
        target = _FOR.match(v.group("rest"))
        if target is not None and not any(p.search(target.group("who")) for p in others):
            continue  # 'its bid for Reynolds': another target than the market's
        k = next((j for j, t in enumerate(f.sent.tokens) if t.start >= v.start()), None)
        if k is None or negation(f, k):
            continue
        return k, f"'{subject.group(0)} … {v.group('v')} {text[v.end('v'):v.end('n')].strip()}'"
    return None
