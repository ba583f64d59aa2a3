"""The candidate told leading as the contest's last stage begins, the result untold: unread evidence.

For a market on a candidate winning a contest decided on the deadline's day, a passed deadline's
silence says no only when the evidence would have told a win. An article of the last days before the
deadline that tells the candidate leading going into the contest's final round, day or stage
('Hideki Matsuyama … held a four-stroke lead as Sunday's dramatic final round of the 85th Masters
began', 'Shane Lowry leads The Open Championship by four shots going into the final round') leaves the
result open: the leader often wins, so the silence after it proves nothing. The sentence is listed for
an analyst, the deadline's contribution not counted; nothing is confirmed or ruled out.

Read only when the candidate is the lead's own subject: the name right before the lead verb, or before
'has/held/took … lead' with at most an appositive between commas ('Matsuyama, trying to become the first
Japanese man …, held a four-stroke lead'); not a lead told of another ('Thomas leads Matsuyama by two'
names Thomas first), a lead lost or given up ('lost the lead', 'surrendered'), a lead before another stage
than the last, a lead told in a question or a hypothesis ('if he keeps the lead'). Only an article
published from three days before the deadline to a day after it is read (the final stage is the
deadline's): an earlier leader may have fallen back since. A result told anywhere in the evidence is
read by the act readings, which decide before the deadline's silence is weighed."""

from __future__ import annotations

import re
from datetime import timedelta

from ..act_families import family_key
from ..analysis import MarketContext, SentenceFacts
from ..types import Contribution
from . import bearing_reports

MARK = "as the candidate's lead going into the contest's last stage, the result untold"
_BEFORE = timedelta(days=3)
_AFTER = timedelta(days=1)
# the lead verb after the name: 'leads', 'held a four-stroke lead', 'will take a share of the lead into'
_LEAD = re.compile(r"(?:\s*,[^,;:]{1,140},)?\s+(?:(?:will|would)\s+)?(?:leads?\b|led\b|(?:has|had|holds?|held|takes?|took|take|"
                   r"carr(?:y|ies|ied)|enjoys?|enjoyed|opened|opens|built|builds|maintained|kept)\s+(?:a|an|the)\s+"
                   r"(?:(?:share\s+of\s+the|[\w-]+(?:-(?:shot|stroke|point|second|minute))?|[\w-]+\s+(?:shot|stroke))\s+){0,2}lead\b)",
                   re.I)
# the lead taken by the candidate's own done round: 'carded an error-free 67 to take a three-shot lead into …'
_TO_LEAD = re.compile(r"\s+(?:shot|carded|fired|posted|signed\s+for|produced|closed\s+with)\s+(?:[\w'’-]+\s+){1,5}?to\s+"
                      r"(?:take|build|open|grab|seize|claim)\s+(?:a|an|the)\s+(?:(?:share\s+of\s+the|[\w-]+)\s+){0,2}lead\b", re.I)
# the contest's last stage, told as beginning or ahead: 'into the final round', 'as … final round … began',
# 'going into Sunday's final round', 'entering the final day', 'heading into the last stage'
_FINAL = re.compile(r"\b(?:into|entering|before|ahead\s+of|as)\s+(?:the\s+|[A-Z]\w+(?:'|’)s\s+)?(?:[\w-]+\s+){0,2}"
                    r"(?:final|last|closing)\s+(?:round|day|stage|leg|lap|session|set|race)\b", re.I)
_NOT_LEADING = re.compile(r"\b(?:lost|loses|lose|surrender(?:s|ed)?|squander(?:s|ed)?|blew|blows|relinquish(?:es|ed)?|"
                          r"overhaul(?:s|ed)?|overtook|overtakes|if|whether|won|wins|finished|trail(?:s|ed|ing)?)\b|\?",
                          re.I)


def _in_days(ctx: MarketContext, f: SentenceFacts) -> bool:
    deadline, published = ctx.market.deadline, f.article.published
    return deadline - _BEFORE <= published <= deadline + _AFTER


def leader_at(ctx: MarketContext, f: SentenceFacts) -> int | None:
    """The token of 'lead' in a sentence telling the candidate leading into the contest's last stage,
    else None."""
    text = f.sent.text
    low = text.lower()
    if "lead" not in low or not any(w in low for w in ("final", "last", "closing")):
        return None  # the cheap prefilter
    t = ctx.target
    if t.kind != "event" or not t.candidate or family_key(t.act or "") != "win" or ctx.candidate_pattern is None:
        return None
    if not _in_days(ctx, f) or _NOT_LEADING.search(text) or not _FINAL.search(text):
        return None
    for m in ctx.candidate_pattern.finditer(text):
        lead = _LEAD.match(text, m.end()) or _TO_LEAD.match(text, m.end())
        if lead is None:
            continue
        end = lead.end()
        toks = f.sent.tokens
        return next((k for k, tok in enumerate(toks) if tok.start >= end - 4 and tok.lower.startswith("lead")),
                    len(toks) - 1)
    return None


def note(f: SentenceFacts, i: int) -> Contribution:
    return bearing_reports.note(f, i, MARK)
