"""The market's candidate in the loser's role of a reported result (who-wins markets): another side's win over
the candidate, told in the shapes a match report uses, is the candidate's contest lost —

- a verb of defeat, past, with the candidate as its object and the score right after it: 'The great Swiss Master
  outclassed No. 6 Andy Murray, 6-2, 7-5, 6-2', 'The 46-year-old defeated Trump 18-13';
- its '-ing' form after a preposition, with the score: 'In overcoming Judd Trump 18-13, he …';
- a scoreline's notation: 'Collingwood 12.18 (90) bt Brisbane 13.8 (86)';
- a loss noun told of the candidate, to a named side: 'in a Los Angeles Lakers loss to the Oklahoma City Thunder';
- a win noun over the candidate, owned by another side or taken by a past verb: "COLLINGWOOD'S AFL GRAND FINAL WIN
  OVER BRISBANE", 'secured a 2-1 win over Brisbane'.

Read only when the contest is the market's (rival_outcome reads the sentence's date against the market's time and
its forecasts, polls and claims): the sentence names no stage the question does not ask ('semi-final', 'Game 3'),
no other competition or category, no other year than the market's; and it names the contest's own words
('snooker', 'AFL') or the article is dated on the contest's day or the day after (contest_day.py; the deadline's
day when the criteria name none). The candidate is the market's: its name (or, for a team named by a place and a
plural nickname, the place alone, capitalised and not followed by another name: 'Brisbane' for 'Brisbane Lions'),
not a possessive of another party ("Murray's brother"). Word lists are data (`resolver/data/loser_roles.json`).

Pure and cheap: a substring test for a loss word before any regular expression; the expressions are anchored at the
few places the candidate's name is found."""

from __future__ import annotations

import re
from datetime import timedelta
from functools import lru_cache

from . import categories, contest_day, contests, named_competitions, parts, standings, team_places
from .analysis import MarketContext, SentenceFacts, negation
from .contest_silence import contest_words
from .packaged import load_json

_DATA = load_json("loser_roles.json")
_PAST = frozenset(_DATA["past_verbs"])
_ING = frozenset(_DATA["ing_verbs"])
_CUES = tuple(sorted(_PAST | _ING | set(_DATA["loss_nouns"]) | set(_DATA["win_nouns"]))) + (" bt ", " def", "lost ")


def _alt(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_GAP = r"(?:(?!(?:%s)\s)(?:the|No\.?\s*\d+|\d+|[a-z][\w'’-]*)\s+){0,4}" % _alt(_DATA["gap_stops"])
_VERB_BEFORE = re.compile(r"(?:(?P<open>\b(?:%s))\s+)?\b(?P<v>%s|%s)\s+%s$" % (
    _alt(_DATA["ing_openers"]), _alt(_PAST), _alt(_ING), _GAP), re.I)
_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|can|must|might|may|should|to|not|never|didn't|did|cannot|if|unless|"
                           r"whether|when|'ll|’ll)\s+(?:\w+\s+)?$", re.I)
_SCORE_AFTER = re.compile(r"\s*,?\s*\d{1,3}\s*[-–]\s*\d{1,3}\b(?!\s*(?:lead|advantage|record|series|count|on\s+aggregate"
                          r"|in\s+the\s+(?:head|all-time)))", re.I)
_TALLY = r"(?:\d{1,3}\.\d{1,3}\s*\(\d{1,3}\)|\d{1,3})"
_NOTATION_BEFORE = re.compile(r"%s\s+(?:%s)\.?\s+(?:the\s+)?$" % (_TALLY, _alt(_DATA["notation"])), re.I)
_TALLY_AFTER = re.compile(r"\s+%s(?![\w.-])" % _TALLY)
_LOSS_BEFORE = re.compile(r"\b(?:a|an|the|in)\s+(?:[A-Z][\w.'’-]*\s+){0,3}$")
_LOSS_AFTER = re.compile(r"(?:'s|’s|'|’)?\s+(?:[\w-]+\s+){0,2}?(?:%s)\s+(?:to|against|at\s+the\s+hands\s+of)\s+(?:the\s+)?"
                         r"(?-i:[A-Z])" % _alt(_DATA["loss_nouns"]), re.I)
_WIN_OWNED = re.compile(r"(?P<owner>\b(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3})(?:'s|’s|'|’)\s+(?:[\w.'’-]+\s+){0,5}?"
                        r"(?P<n>%s)\s+over\s+(?:the\s+)?$" % _alt(_DATA["win_nouns"]), re.I)
_WIN_TAKEN = re.compile(r"\b(?:%s)\s+(?:a|an|the|their|his|her|its)\s+(?:[\w.'’-]+\s+){0,4}?(?P<n>%s)\s+over\s+(?:the\s+)?$"
                        % (_alt(_DATA["win_taking_verbs"]), _alt(_DATA["win_nouns"])), re.I)
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)(?!\w)")
_YEAR = re.compile(r"(?<![\d.£$€,])\b(?:19|20)\d\d\b(?![\d,])")
_REACH = 90  # characters looked at before the candidate's name
# an earlier meeting told by its time ('last season', 'earlier this year'), a result only foreseen after a noun ('a
# Lakers loss to the Thunder would …')
_EARLIER = re.compile(r"\b(?:last|previous|earlier|prior)\s+(?:season|year|meeting|time|month|week|round|campaign)\b"
                      r"|\bearlier\s+this\b", re.I)
# a numbered or ordinal part of a season or a tournament ('in round 5', 'the group stage') the question does not name
_PART = re.compile(r"\b(?:round|game|leg|stage|week|match|heat|matchday)\s+(?:\d+|one|two|three|four|five|six|seven)\b"
                   r"|\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|opening|group|qualifying|preliminary|"
                   r"elimination|wildcard|wild-card)[\s-]+(?:round|game|leg|stage|week|match|heat|phase)\b"
                   r"|\b(?:group|pool|conference|division)\b(?!\s+(?:of|said|says))", re.I)  # 'to win their Europa League group'
# 'Ben Wikler lost to Ken Martin of Minnesota in his bid to lead the Democratic National Committee': the candidate's
# loss to a named side, read with a score after it or with the bid's aim naming the market's contest (its body or role)
_LOST_TO = re.compile(r"^\s+(?:(?:has|had)\s+)?(?:(?:narrowly|ultimately|eventually|decisively|easily)\s+)?lost\s+(?:out\s+)?"
                      r"to\s+(?:the\s+)?(?-i:[A-Z])", re.I)
_BID = re.compile(r"\bin\s+(?:his|her|their|its)\s+(?:bid|race|run|quest|campaign|attempt|effort)\s+(?:to\s+(?:lead|become|"
                  r"chair|head|win|be)|for)\s+(?P<aim>[^,;.]{1,80})", re.I)
_FORESEEN_AFTER = re.compile(r"^[^,;.]{0,60}?\b(?:would|could|will|might|may|'d)\b", re.I)


@lru_cache(maxsize=1024)
def _place_capitals(candidate: str, question: str, criteria: str) -> re.Pattern[str] | None:
    """'BRISBANE' in a headline's capitals for the 'Brisbane Lions' of a sports market: the place alone, as
    team_places.place_of gives it (its guards: the market names a sports side, no other side of that place). The place
    as written is already a name of the candidate (MarketContext.candidate_pattern)."""
    place = team_places.place_of(candidate, question, criteria)
    return re.compile(rf"(?-i:\b{re.escape(place.upper())})(?![\w-])") if place else None


def _names(ctx: MarketContext, text: str) -> list[re.Match[str]]:
    found = list(ctx.candidate_pattern.finditer(text))
    alias = _place_capitals(ctx.target.candidate or "", ctx.market.question, ctx.market.criteria)
    if alias is not None:
        taken = [(m.start(), m.end()) for m in found]
        found += [m for m in alias.finditer(text) if not any(a <= m.start() < b for a, b in taken)]
    return sorted(found, key=lambda m: m.start())


def _token_at(f: SentenceFacts, pos: int) -> int | None:
    return next((k for k, t in enumerate(f.sent.tokens) if t.start <= pos < t.start + max(1, len(t.text))), None)


def _shape(ctx: MarketContext, f: SentenceFacts, m: re.Match[str]) -> tuple[int, str] | None:
    """(token index, wording) when the candidate's name at m is in the loser's role of one of the shapes."""
    text = f.sent.text
    before, after = text[max(0, m.start() - _REACH):m.start()], text[m.end():m.end() + 60]
    if _POSSESSIVE.match(after) is None:
        v = _VERB_BEFORE.search(before)
        if v is not None and _SCORE_AFTER.match(after):
            verb = v.group("v").lower()
            if verb in _ING and not v.group("open"):
                return None  # 'beating Trump 18-13 would …': an '-ing' form only after 'in', 'after', 'by', 'with'
            head = before[:v.start("v")]
            if verb in _PAST and _MODAL_BEFORE.search(head):
                return None  # 'could have beaten', 'if X beat Trump 18-13'
            k = _token_at(f, m.start() - len(before) + v.start("v"))
            if k is not None and not negation(f, k):
                return k, f"'{v.group('v')} {m.group(0)}' with the score"
        n = _NOTATION_BEFORE.search(before)
        if n is not None and _TALLY_AFTER.match(after):
            k = _token_at(f, m.start() - len(before) + n.start())
            return (k, f"'{n.group(0).strip()} {m.group(0)}'") if k is not None else None
        w = _WIN_OWNED.search(before)
        if w is not None and ctx.candidate_pattern.search(w.group("owner")):
            w = None  # the candidate's own win over another
        w = w or _WIN_TAKEN.search(before)
        if w is not None:
            k = _token_at(f, m.start() - len(before) + w.start("n"))
            if k is not None and not negation(f, k):
                return k, f"'{w.group(0).strip()} {m.group(0)}'"
    if (lost_to := _LOST_TO.match(after)) is not None and _lost_to_market(ctx, text[m.end() + lost_to.end():]):
        k = _token_at(f, m.end() + lost_to.end() - 1)
        k = next((j for j in range(k or 0, -1, -1) if f.sent.tokens[j].lower == "lost"), None)
        if k is not None and not negation(f, k):
            return k, f"'{m.group(0)}{lost_to.group(0)[:-1].rstrip()}'"
    if _LOSS_BEFORE.search(before) and (loss := _LOSS_AFTER.match(after)) is not None:
        if _FORESEEN_AFTER.match(text[m.end() + loss.end():]):
            return None
        k = _token_at(f, m.start())
        if k is not None and not negation(f, k):
            return k, f"'{m.group(0)}{loss.group(0)[:-1].rstrip()}'"
    return None


def _lost_to_market(ctx: MarketContext, rest: str) -> bool:
    """After 'lost to <side>': a score follows in the clause, or the bid's aim names the market's body or role."""
    clause = re.split(r"[;:]|\.\s", rest, maxsplit=1)[0]
    if re.search(r"\b\d{1,3}\s*[-–]\s*\d{1,3}\b", clause[:120]):
        return True
    bid = _BID.search(clause)
    if bid is None:
        return False
    names = [a for a in ctx.actor_patterns if not ctx.candidate_pattern.search(a)] + list(ctx.target.object_terms)
    words = contest_words(tuple(names + [ctx.target.role or ""]))
    return words is not None and words.search(bid.group("aim")) is not None


def market_contest(ctx: MarketContext, f: SentenceFacts, i: int) -> bool:
    """The sentence's result is of the market's contest: no other stage, competition, category or year named, and
    the contest's own words named or the article dated on the contest's day or the day after."""
    q, c, text = ctx.market.question, ctx.market.criteria, f.sent.text
    if contests.stages_in(text, q) or any(not re.search(re.escape(p.group(0)), q, re.I) for p in _PART.finditer(text)) \
            or not text.isupper() and named_competitions.other(f.sent, i, q) or standings.within(text, q):
        return False  # (in a line all in capitals, capitals name no competition; 'and leads the NBA Finals 3-2': a game)
    if categories.other(categories.of_market(q), f.sent, i, ctx.target.object_terms):
        return False
    asked = set(_YEAR.findall(f"{q} {c}")) | {str(ctx.market.deadline.year)}
    if any(y not in asked for y in _YEAR.findall(text)) or _EARLIER.search(text):
        return False
    words = contest_words(tuple(ctx.target.object_terms))
    if words is not None and words.search(text) and not parts.multi_part(ctx.target.object_terms, ctx.target.role):
        return True  # (a contest of many matches, named, may be one of its matches: its day must say it is the last)
    return dated_at_contest(ctx, f)


def dated_at_contest(ctx: MarketContext, f: SentenceFacts) -> bool:
    """The article is dated on the contest's day or the day after (contest_day.py; the deadline's day when the
    criteria name none)."""
    span = contest_day.named_day(ctx.market.question, ctx.market.criteria, ctx.market.deadline)
    day = span.start.date() if span is not None else ctx.market.deadline.date()
    published = f.article.published.astimezone(ctx.market.deadline.tzinfo).date() \
        if f.article.published.tzinfo is not None else f.article.published.date()
    return day <= published <= day + timedelta(days=1)


def lost(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(token index, wording) of the candidate told in the loser's role of the market's contest, or None."""
    if not ctx.target.candidate or ctx.candidate_pattern is None:
        return None
    low = f.sent.text.lower()
    if not any(w in low for w in _CUES):
        return None
    for m in _names(ctx, f.sent.text):
        found = _shape(ctx, f, m)
        if found is not None and market_contest(ctx, f, found[0]):
            return found
    return None
