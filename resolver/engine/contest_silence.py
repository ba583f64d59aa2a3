"""A who-wins market's passed deadline is no evidence on its own. A contest always has a result: for a market on
a named candidate winning an exclusive role or contest (rival_outcome's markets: 'Will Greece win UEFA Euro
2004?'), the deadline passing with nothing read confirming the win says only that no rule read the result, not
that the candidate lost ('Greece's Euro 2004 odyssey ended in a 1-0 victory over host Portugal … crowned European
champions' is a win in words no reading caught). So a likely-no may not rest on `deadline_passed` alone there:
when no other counted reading toward no (rival_outcome, opposite_outcome, ruled_out, failed_attempt, …) supports
it, the verdict is undetermined with the unread-evidence status (evaluate._hold_for_unread), listing the sentences
that name the candidate (else those that name the contest) for an analyst to read.

First-sight history (development batches 59-140, each on the engine that first saw it): 17 decisive likely-no
verdicts of who-wins markets rested on the deadline alone, and 10 of them were wrong.

Pure and cheap: run only when the verdict would be such a likely-no (one regular expression search per sentence of
the attached articles)."""

from __future__ import annotations

import re
from functools import lru_cache

from .act_families import family_key
from .analysis import MarketContext
from .text import article_sentences
from .types import Article, Contribution

NAME = "unread_evidence"  # the entries are unread evidence (rules/unread_evidence.py)
DEADLINE = "deadline_passed"
NOTE = ("a contest always has a result: the deadline's silence says no only when a reading tells the result, and "
        "none did")
_GENERIC = frozenset({"title", "titles", "cup", "championship", "championships", "final", "finals", "game", "match",
                      "race", "prize", "award", "open", "world", "series", "league", "tournament", "contest", "seat",
                      "grand", "single", "singles", "men", "women", "best", "film", "the", "election", "vote"})


def who_wins(ctx: MarketContext) -> bool:
    """The market asks whether a named candidate wins an exclusive role or contest (rival_outcome's markets)."""
    t = ctx.target
    return bool(t.candidate and t.role and t.role_exclusive and ctx.candidate_pattern is not None)


def contest_won(ctx: MarketContext) -> bool:
    """A who-wins market whose act is winning ('Will Greece win UEFA Euro 2004?'): a contest, which always has a
    result; not an act that may not happen by the deadline ('be sworn in as President … by January 20'), nor a
    share to reach ('win a majority of valid votes': a threshold)."""
    return who_wins(ctx) and ctx.target.kind == "event" and family_key(ctx.target.act or "") == "win" \
        and _SHARES.isdisjoint((ctx.target.role or "").lower().split())


# a role that is a share of a vote to reach ('win a majority of valid votes'), not a contest's prize
_SHARES = frozenset({"majority", "majorities", "supermajority", "plurality", "share", "percent", "half"})


def silence_only(ctx: MarketContext, contribs: list[Contribution]) -> bool:
    """A contest-won market whose counted no rests on the passed deadline alone: no other counted reading toward no."""
    if not contest_won(ctx):
        return False
    passed = any(c.rule == DEADLINE and c.counted and c.direction == "no" for c in contribs)
    return passed and not any(c.counted and c.direction == "no" and c.rule != DEADLINE for c in contribs)


def cued(ctx: MarketContext, text: str, cues: tuple[str, ...] | frozenset[str]) -> bool:
    """The cheap gate before a reading of a contest's result told in other words (contest_results): the market
    names a candidate and the sentence holds one of the reading's cue words."""
    low = text.lower()
    return bool(ctx.target.candidate and ctx.candidate_pattern is not None and any(c in low for c in cues))


@lru_cache(maxsize=1024)
def contest_words(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    words = sorted({w for t in terms for w in t.lower().split() if len(w) > 2 and w not in _GENERIC})
    return re.compile(r"\b(?:%s)\b" % "|".join(map(re.escape, words)), re.I) if words else None


def sentences(ctx: MarketContext, articles: list[Article]) -> list[Contribution]:
    """Unread-evidence entries for a who-wins market's silent deadline: each sentence, in the window, naming the
    candidate; none naming it, each naming the contest's own words; none of those, one entry saying so."""
    ws = ctx.target.window_start
    shown = [a for a in articles if ws is None or a.published >= ws]
    found = _entries(ctx, shown, ctx.candidate_pattern, f"names {ctx.target.candidate}")
    contest = contest_words(tuple(ctx.target.object_terms))
    if not found and contest is not None:
        found = _entries(ctx, shown, contest, "names the contest")
    return found or [Contribution(rule=NAME, direction="none", weight=0.0,
                                  reason=f"no sentence tells the contest's result in words a rule read; {NOTE}")]


def _entries(ctx: MarketContext, articles: list[Article], pattern: re.Pattern[str] | None,
             what: str) -> list[Contribution]:
    out: list[Contribution] = []
    if pattern is None:
        return out
    for a in articles:
        for sent in article_sentences(a.title, a.text):
            m = pattern.search(sent.text)
            if m is None:
                continue
            where = "headline" if sent.headline else f"sentence {sent.index}"
            out.append(Contribution(rule=NAME, direction="none", weight=0.0,
                                    reason=f"{what} ('{m.group(0)}'), the result read by no rule; {NOTE}: an analyst "
                                           f"should read it ({where})",
                                    sentence=sent.text, article_url=a.url, article_title=a.title,
                                    published=a.published, source=a.source or None))
    return out
