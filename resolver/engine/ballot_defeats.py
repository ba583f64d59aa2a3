"""A measure or a removal defeated at the ballot: a market on the voters deciding something at a vote
('Will Ohio voters approve Issue 1 in the August 8, 2023 special election?', 'Will President Traian
Băsescu be removed from office by the May 19, 2007 referendum?') is settled no when the vote is told
to have gone against it:

- the measure told as defeated, in the passive ('Issue 1 was struck down by voters in a special
  election held Tuesday', 'the ballot initiative was defeated 1,744,094 votes (57.01%) to …'), with
  no court or assembly as its agent ('was struck down by a federal judge' is another decision);
- the voters told as rejecting it ('Romanians overwhelmingly rejected an attempt to impeach the
  country's reform-minded president', 'Romanians have voted overwhelmingly against a government and
  opposition effort to … an impeachment of President Traian Basescu'): the subject is the voters (as
  rejected_measures.py reads them), the thing rejected is a measure for an approval market and an
  effort to remove the holder for a removal market.

The market must name a ballot ('referendum', 'ballot', 'special election', 'voters', 'recall',
'plebiscite') and ask an approval (approve, pass, adopt, ratify) or a removal (remove, recall,
impeach, oust, dismiss). Read by the opposite_outcome rule (through rejected_measures.rejected)."""

from __future__ import annotations

import re

from . import rejected_measures
from .act_families import family_key
from .analysis import MarketContext, SentenceFacts

_BALLOT = re.compile(r"\b(?:referend\w*|plebiscite|ballot|special\s+election|voters|recall\s+(?:election|vote)|"
                     r"popular\s+vote)\b", re.I)
_APPROVALS = frozenset({"approve", "pass", "adopt", "ratify"})
_REMOVALS = frozenset({"remove", "recall", "impeach", "oust", "dismiss", "depose", "unseat"})
# what is defeated: a measure put to the voters
_MEASURE = r"(?:proposals?|constitution|amendments?|measures?|initiatives?|propositions?|issue\s+\d+|prop\.?\s+\d+|" \
           r"question|reforms?|changes?|law|bill|charter|draft)"
# an effort to remove the holder ('an attempt to impeach', 'the effort to recall', 'plans to impeach', 'a motion to oust')
_REMOVAL = r"(?:(?:efforts?|attempts?|bids?|moves?|motions?|plans?|push|campaign|drive)\b[^.;:]{0,60}?\b" \
           r"(?:impeach\w*|recall\w*|remov\w*|oust\w*|dismiss\w*|unseat\w*|depos\w*)|impeachment|removal|dismissal|ouster)"
_DEFEATS = r"(?:defeated|rejected|struck\s+down|voted\s+down|turned\s+down)"
_PASSIVE = re.compile(rf"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?{_DEFEATS}\b"
                      r"(?P<agent>\s+by\s+(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+)?)?", re.I)
_ACTIVE = re.compile(rf"\b(?:(?:have|had)\s+)?(?:\w+ly\s+)?(?:{_DEFEATS}|voted\s+(?:\w+ly\s+)?against)\s+(?P<obj>[^.;:]{{0,120}})",
                     re.I)
_SUBJECT_SPLIT = re.compile(r"[;:]\s|,\s|\b(?:and|but|after|while|as|which|who|that|if|when|whether|because)\b", re.I)
_NEGATED = re.compile(r"\b(?:not|never|n't|nearly|almost|narrowly\s+avoided)\b", re.I)
_HEDGED = re.compile(r"\b(?:could|would|might|may|will|should|expected|likely|poll\w*|survey\w*|if|unless)\b", re.I)
_VOTED_BY = re.compile(r"^\s+by\s+(?:the\s+)?(?:[\w-]+\s+)?(?:voters|electorate|citizens|people)\b", re.I)


def asked(ctx: MarketContext) -> str | None:
    """'approve' for a market on the voters approving a measure, 'remove' for one on a holder
    removed at the ballot, else None."""
    key = family_key(ctx.target.act or "") or ctx.target.act or ""
    if ctx.target.kind != "event" or not _BALLOT.search(ctx.market.question):
        return None
    act = ctx.target.act or ""
    if key in _APPROVALS or act in _APPROVALS:
        return "approve"
    if key in _REMOVALS or act in _REMOVALS:
        return "remove"
    return None


def _own(ctx: MarketContext, f: SentenceFacts, a: int, b: int) -> bool:
    """The text span [a, b) names the market's object or one of its actors."""
    for k in f.object_idx:
        if a <= f.sent.tokens[k].start < b:
            return True
    span = f.sent.text[a:b]
    return any(p.search(span) for p in ctx.actor_patterns.values())


def defeated(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """The token index and wording of the vote going against the market's measure or removal, else None."""
    kind = asked(ctx)
    low = f.sent.text.lower()
    if kind is None or not any(w in low for w in ("defeat", "reject", "struck", "down", "against")):
        return None  # the keyword prefilter
    text = f.sent.text
    for m in _PASSIVE.finditer(text):
        if kind != "approve":
            break
        agent = m.group("agent") or ""
        if agent and not _VOTED_BY.match(agent):
            continue  # 'struck down by a federal judge': another body's decision
        start = _SUBJECT_SPLIT.split(text[:m.start()])[-1]
        at = m.start() - len(start)
        if _NEGATED.search(text[at:m.end()]) or _HEDGED.search(text[at:m.start()]):
            continue
        if not (re.search(rf"\b{_MEASURE}\b", start, re.I) or _own(ctx, f, at, m.start())):
            continue
        said = text[at:m.start("agent") if agent else m.end()].strip()
        return f.sent.token_at(m.start()), f"'{said}' (the measure lost at the ballot)"
    for m in _ACTIVE.finditer(text):
        subject = _SUBJECT_SPLIT.split(text[:m.start()])[-1].strip()
        if not subject or rejected_measures.BODIES.search(subject) or not rejected_measures.VOTERS.search(subject) \
                or _HEDGED.search(subject):  # (the voters as the rejecting subject, as rejected_measures.py reads them)
            continue
        if _NEGATED.search(text[m.start():m.start("obj")]):
            continue
        obj = m.group("obj")
        wanted = _REMOVAL if kind == "remove" else _MEASURE
        head = re.search(rf"\b{wanted}\b", obj, re.I)
        if head is None or _NEGATED.search(obj[:head.start()]):
            continue
        words = " ".join(f"{subject} {m.group(0)[:head.end() + m.start('obj') - m.start()]}".split())
        return f.sent.token_at(m.start()), f"'{words}' (the voters rejected it)"
    return None
