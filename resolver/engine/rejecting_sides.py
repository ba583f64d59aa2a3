"""The rejecting side of one dated ballot winning: 'Will the No side win Ireland's March 2024 referendum
on the Family amendment?', 'Will "Reject" win the 2022 constitutional plebiscite?'. A referendum's
measure defeated is the rejecting side's win (read by rules/acknowledged_outcome.py as the
candidate's win, toward yes), told

- in the passive, of the measure or the ballot: 'The referendums on family and care were
  comprehensively defeated', 'the amendment was rejected by voters' (no court or assembly as the
  agent: 'was struck down by a federal judge' is another decision);
- with the voters as the rejecting subject (as rejected_measures.py reads them), or a majority share
  of them: 'Voters rejected the proposed changes', 'Some 67 per cent of those who cast ballots on the
  39th amendment … rejected the Government's proposed changes' (a share over half; '40 per cent
  rejected it' is a minority);
- as the place or its voters voting no: 'Ireland votes No on family and care referendums',
  'Scots voted No'.

Each told done (past, or a headline's present), not negated, hedged, forecast or polled ('are
expected to reject', 'polls suggest voters will vote No', 'Early indications show … could be
defeated'). When the article tells of several ballots ('referendums', 'both'), the sentence must name
the market's own by a word of the question ('family')."""

from __future__ import annotations

import re

from . import ballot_sides
from .analysis import MarketContext, SentenceFacts
from .entities import country_of
from .rejected_measures import BODIES, VOTERS

_REJECTING = frozenset({"no", "reject", "rejection", "against", "rechazo", "non", "nein", "nee", "nej", "oxi", "ochi", "leave"})
_BALLOT = r"(?:referend\w*|plebiscites?|ballot\s+(?:measures?|questions?|initiatives?)|proposals?|amendments?|" \
          r"constitution|changes|measures?|initiatives?|propositions?|reforms?|bill|draft|charter)"
_DEFEATS = r"(?:defeated|rejected|voted\s+down|turned\s+down)"
_PASSIVE = re.compile(rf"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?{_DEFEATS}\b"
                      r"(?P<agent>\s+by\s+(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+)?)?", re.I)
_VOTED_BY = re.compile(r"^\s+by\s+(?:the\s+)?(?:[\w-]+\s+)?(?:voters|electorate|citizens|people|public|margin)\b", re.I)
_ACTIVE = re.compile(rf"\b(?:(?:have|had)\s+)?(?:\w+ly\s+)?(?:{_DEFEATS}|voted\s+(?:\w+ly\s+)?against)\s+"
                     rf"(?P<obj>[^.;:]{{0,100}}?)\b{_BALLOT}\b", re.I)
# a majority share of the voters as the subject: 'Some 67 per cent of those who cast ballots', '61% of voters'
_SHARE = re.compile(r"\b(?P<n>\d{1,3}(?:\.\d+)?)\s*(?:%|per\s*cent|percent)\s+of\s+(?:the\s+)?(?:those\s+who\s+(?:cast\s+"
                    r"(?:a\s+)?ballots?|voted)|voters|the\s+electorate|ballots|votes|valid\s+votes)\b", re.I)
_VOTES_NO = re.compile(r"\b(?P<verb>votes|voted|vote|say|says|said)\s+(?:an?\s+)?(?:(?:resounding|decisive|overwhelming|"
                       r"clear|emphatic|firm)\s+)?[\"'‘“]?no\b(?![-'’])", re.I)
_HEDGED = re.compile(r"\b(?:could|would|might|may|will|should|can|expected|likely|poised|set\s+to|poll\w*|survey\w*|if|"
                     r"unless|whether|indications?|projected|forecast\w*|tipped|urg\w+|campaign\w*)\b", re.I)
_NEGATED = re.compile(r"\b(?:not|never|n't|nearly|almost|narrowly\s+avoided)\b", re.I)
_SPLIT = re.compile(r"[;:]\s|,\s|\b(?:and|but|after|while|as|which|that|if|when|whether|because)\b", re.I)
# a passive's subject may coordinate ballots ('The referendums on family and care were … defeated')
_SUBJECT_SPLIT = re.compile(r"[;:]\s|,\s|\b(?:but|after|while|which|that|if|when|whether|because)\b", re.I)
# a result not yet declared: a poll, a projection, early tallies ('Ireland votes No …, exit poll suggests')
_UNSURE = re.compile(r"\b(?:exit\s+polls?|polls?|polling|projections?|projected|suggest\w*|indicat\w+|"
                     r"early\s+(?:results|returns|tall\w+|counts?)|tallies\s+show)\b", re.I)
_SEVERAL = re.compile(r"\breferendums\b|\bplebiscites\b|\bboth\s+(?:votes|ballots|measures|proposals|amendments)\b|"
                      r"\b(?:two|three|four)\s+(?:votes|ballots|referend\w+|measures|proposals|amendments|questions)\b", re.I)
_GENERIC = frozenset({"will", "the", "side", "win", "wins", "referendum", "plebiscite", "amendment", "vote", "ballot", "on",
                      "of", "in", "and", "for", "to", "a", "an", "no", "yes", "reject", "option", "campaign", "national",
                      "constitutional", "constitution", "proposed", "held", "first", "second", "special"})


def asked(ctx: MarketContext) -> bool:
    """The market asks the rejecting side of one dated referendum to win."""
    c = (ctx.target.candidate or "").strip().strip("\"'“”‘’").lower()
    return c in _REJECTING and ballot_sides.one_ballot(ctx.market.question, ["referendum"]) \
        and bool(re.search(r"\b(?:referend\w*|plebiscites?)\b", ctx.market.question, re.I))


def _own_ballot(ctx: MarketContext, f: SentenceFacts) -> bool:
    """The sentence is about the market's ballot: with several told in the article, it names a word of the
    question other than a place or a ballot's generic words (none such: not read)."""
    if not _SEVERAL.search(f"{f.article.title}\n{f.article.text}"):
        return True
    words = {w for w in re.findall(r"[a-z]{4,}", ctx.market.question.lower()) if w not in _GENERIC and not country_of(w)
             and not re.fullmatch(r"january|february|march|april|june|july|august|september|october|november|december", w)}
    low = f.sent.text.lower()
    return any(re.search(rf"\b{re.escape(w)}", low) for w in words)  # (none to tell it by: not read)


def _voters(ctx: MarketContext, subject: str) -> bool:
    """The subject is the voters, a place the market names, or a majority share of the voters."""
    s = subject.strip()
    if BODIES.search(s) and not _SHARE.search(s):
        return False
    share = _SHARE.search(s)
    if share:
        return float(share.group("n")) > 50
    if VOTERS.search(s):
        return True
    place = re.fullmatch(r"(?:the\s+)?(?P<p>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?:\s+(?:on|this|last)\b.*)?", s)
    return bool(place and country_of(place.group("p").lower()) and any(p.search(place.group("p")) for p in
                                                                         ctx.actor_patterns.values()))


def defeated(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """The token index and wording of the market's measure defeated at the ballot, else None."""
    if not asked(ctx):
        return None
    text = f.sent.text
    low = text.lower()
    if not any(w in low for w in ("defeat", "reject", "down", "against", "no")):
        return None  # the keyword prefilter
    if not _own_ballot(ctx, f) or _UNSURE.search(text):
        return None
    for m in _PASSIVE.finditer(text):
        agent = m.group("agent") or ""
        if agent and not _VOTED_BY.match(agent):
            continue  # 'struck down by a federal judge': another body's decision
        subject = _SUBJECT_SPLIT.split(text[:m.start()])[-1]
        if _NEGATED.search(text[m.start() - len(subject):m.end()]) or _HEDGED.search(subject) \
                or not re.search(rf"\b{_BALLOT}\b", subject, re.I) or (BODIES.search(subject) and not re.search(
                    r"\b(?:government|government's)\s+(?:proposed\s+)?(?:changes|proposals?|amendments?)\b", subject, re.I)):
            continue
        return f.sent.token_at(m.start()), f"'{' '.join((subject.strip() + ' ' + m.group(0)).split())}' (the measure lost at the ballot)"
    for m in _ACTIVE.finditer(text):
        before = text[:m.start()]
        share = list(_SHARE.finditer(before))
        subject = before[share[-1].start():] if share else _SPLIT.split(before)[-1]
        if not subject.strip() or not _voters(ctx, subject if not share else share[-1].group(0)) or _HEDGED.search(subject) \
                or _NEGATED.search(text[m.start():m.start("obj")] + m.group("obj")):
            continue
        return f.sent.token_at(m.start()), f"'{' '.join((subject.strip() + ' ' + m.group(0)).split())}' (the voters rejected the measure)"
    for m in _VOTES_NO.finditer(text):
        if m.group("verb").lower() in ("vote", "say") and not f.sent.headline:
            continue  # 'voters vote no' in a body is a call or a plan ('urged voters to vote No')
        subject = _SPLIT.split(text[:m.start()])[-1]
        if not subject.strip() or not _voters(ctx, subject) or _HEDGED.search(subject) or _NEGATED.search(subject):
            continue
        return f.sent.token_at(m.start()), f"'{' '.join((subject.strip() + ' ' + m.group(0)).split())}' (the voters voted no)"
    return None
