"""A drawn or tied result of the market's contest (who-wins markets): a contest that ends level has no winner, so a
market that needs the candidate to win it — one whose criteria count a draw or a tie as No or ask for an outright
win, or one on a single match between named sides — is answered no by a report of the draw, told in the shapes a
match report uses:

- the contest told ending level: 'the Test ended in a draw', 'ends in dramatic draw' (a headline), 'the match
  finished in a 1-1 draw', 'the Test was drawn', 'the match was tied', 'the teams … finish tied 14-14';
- a draw taken by a side: 'after securing a first-ever tie with the United States', 'were held to a 1-1 draw',
  'settled for a goalless draw', 'played out a 0-0 draw';
- the side's own verb with the score or the other side: 'India drew 1-1 with West Indies', 'drew the Test'.

Read only when the result is the market's contest (loser_roles.market_contest: no other stage, part, competition,
category or year; the contest's own words named or the article dated on the contest's day or the day after) and
the sentence names the candidate, the contest's own words or another of the market's sides (not a draw between two
other sides on the same day); with no earlier game or numbered part the question does not name ('the second Test
was drawn' for the third), no state part-way ('tied 1-1 at half-time', 'tied after regulation', 'were tied at the
top'), no tie-break that settled it ('won on penalties', 'a shoot-out', 'super over'; on a market whose criteria
say nothing of draws, none anywhere in the article), and no modal, condition, negation or foreseen draw ('heading
for a draw', 'to avoid a draw'). 'Retained the cup after a tie' is still a tie (a holder keeping the cup has not
won it outright). Word lists are data (`resolver/data/drawn_results.json`).

Pure and cheap: a substring test for 'draw' or 'tie' before any regular expression."""

from __future__ import annotations

import re

from . import parts
from .analysis import MarketContext, SentenceFacts, negation
from .contest_silence import contest_words, cued
from .loser_roles import market_contest
from .packaged import load_json

_DATA = load_json("drawn_results.json")
_CUES = ("draw", "drew", "tie", "stalemate", "deadlock", "all square")


def _alt(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_NOUN = r"(?:%s)" % _alt(_DATA["level_nouns"])
_ADJ = r"(?:(?:\d{1,3}\s*[-–]\s*\d{1,3}|[\w'’-]+)\s+){0,3}?"
# the contest told ending level ('ended in a draw', 'ends in dramatic draw', 'finished all square')
_ENDED = re.compile(r"\b(?P<v>%s)\s+(?:(?:in|as)\s+(?:(?:a|an)\s+)?%s(?P<n>%s)\b|all\s+square\b|level\b(?!\s+(?:on|with|at)\b))"
                    % (_alt(_DATA["ending_verbs"]), _ADJ, _NOUN), re.I)
# 'the Test was drawn', 'the match was tied', 'finish tied 14-14' (not 'drawn against', 'tied for fifth')
_LEVEL = re.compile(r"\b(?P<v>(?:was|were|has\s+been|had\s+been|%s)\s+(?:drawn|tied))\b(?!\s+(?:%s)\b)"
                    % (_alt(_DATA["ending_verbs"]), _alt(_DATA["level_after_stops"])), re.I)
# a draw taken by a side ('securing a first-ever tie with', 'held to a 1-1 draw', 'settled for a draw'); 'the tie'
# is a cup match ('clinched the tie'), so only 'a' or 'an'
_TAKEN = re.compile(r"\b(?P<v>%s)\s+(?:a|an)\s+%s(?P<n>%s)\b" % (_alt(_DATA["taking_verbs"]), _ADJ, _NOUN), re.I)
# the side's own verb with the score, the other side or the contest ('drew 1-1 with', 'drew the Test')
_DREW = re.compile(r"\b(?P<v>drew|have\s+drawn|has\s+drawn|had\s+drawn)\s+(?:\d{1,3}\s*[-–]\s*\d{1,3}\b|(?:with|against)\s+"
                   r"(?:the\s+)?(?-i:[A-Z])|the\s+(?:[\w-]+\s+){0,2}?(?:%s)\b)" % _alt(_DATA["contest_nouns"]), re.I)
_UNTIL = re.compile(r"\b(?:%s)\b" % "|".join(sorted(_DATA["part_way"], key=len, reverse=True)), re.I)
_BREAKER = re.compile(r"\b(?:%s)" % _alt(_DATA["tie_breakers"]), re.I)
_KEEPS = re.compile(r"\b(?:%s)\b" % _alt(_DATA["holder_keeps"]), re.I)
_FORESEEN = re.compile(r"(?<![\w'’])(?:%s)(?![\w'’])" % _alt(_DATA["foreseen"]), re.I)
_ORDINAL = re.compile(r"\b(?P<o>%s)\s+(?:(?:and\s+final|[\w-]+)\s+)?(?:%s)s?\b"
                      % (_alt(_DATA["ordinals"]), _alt(_DATA["contest_nouns"])), re.I)
_EARLIER = re.compile(r"\b(?:earlier|previous|last|prior|opening)\s+(?:[\w-]+\s+)?(?:%s)s?\b|\bearlier\s+(?:this|in\s+the)\b"
                      % _alt(_DATA["contest_nouns"]), re.I)
_DRAW_WORDS = re.compile(r"\b(?:draws?|drawn|ties?|tied|stalemate|deadlock)\b", re.I)
_OUTRIGHT = re.compile(r"\boutright", re.I)
_SAYS_NO = re.compile(r"\bNo\b|\bnot\s+(?:count|qualify)", re.I)
_SAYS_OTHER = re.compile(r"\bYes\b|\b50\b|\bsplit\b|\brefund|\bvoid\b|\bcancel|\bhalf\b|\bpush\b", re.I)
_MATCH_Q = re.compile(r"\b(?:against|vs\.?|versus|v\.?)\s+(?:the\s+)?(?-i:[A-Z])", re.I)
_PRESENT = frozenset({"ends", "finishes", "concludes", "results"})
_BASE = frozenset({"end", "finish", "conclude", "result"})


def admits_no(ctx: MarketContext) -> str | None:
    """Why a draw answers the market no: its criteria name a draw or a tie as No ('If the match is drawn, tied or won
    by the West Indies, this market will resolve to "No"'), or it asks for an outright win ('win … outright'), or it
    asks about one match against a named side ('the third Test against the West Indies') and its criteria say
    nothing of a draw; else None (criteria that count a draw otherwise decide it)."""
    q, c = ctx.market.question, ctx.market.criteria
    told = [s for s in re.split(r"(?<=[.;])\s+", c) if _DRAW_WORDS.search(s)]
    if any(_SAYS_NO.search(s) and not _SAYS_OTHER.search(s) for s in told):
        return "criteria"
    if told:
        return None
    if _OUTRIGHT.search(f"{q} {c}"):
        return "criteria"
    return "match" if _MATCH_Q.search(q) else None


def _shape(f: SentenceFacts) -> re.Match[str] | None:
    text = f.sent.text
    for p in (_ENDED, _LEVEL, _TAKEN, _DREW):
        for m in p.finditer(text):
            verb = m.group("v").lower().split()[-2 if p is _LEVEL and len(m.group("v").split()) > 1 else 0]
            if verb in _PRESENT and not f.sent.headline:
                continue  # 'ends in a draw' in a body sentence: a habit or a forecast, not the report
            if verb in _BASE and not re.search(r"\bto\s+$", text[:m.start()]):
                continue  # 'end in a draw' other than 'to finish tied 14-14' (its own guards follow)
            return m
    return None


def _names_party(ctx: MarketContext, text: str) -> bool:
    """The sentence names the candidate, the contest's own words or another of the market's sides."""
    if ctx.candidate_pattern.search(text):
        return True
    words = contest_words(tuple(ctx.target.object_terms))
    if words is not None and words.search(text):
        return True
    return any(p.search(text) for a, p in ctx.actor_patterns.items() if not ctx.candidate_pattern.search(a))


def _other_part(ctx: MarketContext, text: str) -> bool:
    """An ordinal part ('the second Test') or an earlier game the question does not name."""
    q = ctx.market.question
    if any(not re.search(rf"\b{re.escape(m.group('o'))}\b", q, re.I) for m in _ORDINAL.finditer(text)):
        return True
    return bool(_EARLIER.search(text))


_DATELINE = re.compile(r"^[A-Z][\w .,'’-]{0,40}?(?:\([^)]{1,20}\))?\s*(?:[—–]+|\s--?\s)\s*")
_CAPITAL = re.compile(r"(?<![\w'’])(?-i:[A-Z])[\w'’-]*")
_CALENDAR = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                       "february", "march", "april", "may", "june", "july", "august", "september", "october",
                       "november", "december", "the", "a", "an", "it", "they", "their", "its", "in", "on", "at", "team", "teams",
                       "captain", "hosts", "holders", "champions"})


def _one_match_told(ctx: MarketContext, f: SentenceFacts, m: re.Match[str]) -> bool:
    """For a contest made of many matches ('Solheim Cup', 'Premier League'), a draw of one of its matches is no
    result of the whole: the sentence must tell a side's own draw ('Arsenal drew 1-1 with Chelsea') or name a side
    the market does not ('were held to a draw by Chelsea'). Every capitalised word past a dateline is then the
    market's (its question or criteria) or a day's name."""
    if m.re is _DREW:
        return True
    known = {w.lower() for w in re.findall(r"[\w'’-]+", f"{ctx.market.question} {ctx.market.criteria}")}
    text = _DATELINE.sub("", f.sent.text)
    plain = known | _CALENDAR
    return any(w not in plain and not any(len(k) > 3 and w.startswith(k) for k in known)  # 'Europeans'
               for w in (c.group(0).lower() for c in _CAPITAL.finditer(text)))


def drawn(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(token index, wording) of the market's contest told ended level, or None."""
    text = f.sent.text
    if not cued(ctx, text, _CUES):
        return None
    why = admits_no(ctx)
    if why is None:
        return None
    m = _shape(f)
    if m is None:
        return None
    head = text[:m.start()]
    if _FORESEEN.search(head[-80:]) or _FORESEEN.search(text[m.start():m.end() + 20]) or _UNTIL.search(text) \
            or _BREAKER.search(text) or _other_part(ctx, text) or not _names_party(ctx, text):
        return None
    whole = f"{f.article.title}\n{f.article.text}"
    if why == "match" and (_BREAKER.search(whole) or _KEEPS.search(whole)):
        return None  # the draw settled by a tie-break told elsewhere in the article, or a holder keeping the prize
    if parts.multi_part(ctx.target.object_terms, ctx.target.role) and _one_match_told(ctx, f, m):
        return None
    k = next((j for j, t in enumerate(f.sent.tokens) if t.start >= m.start()), None)
    if k is None or negation(f, k) or not market_contest(ctx, f, k):
        return None
    return k, f"'{m.group(0).strip()}'"
