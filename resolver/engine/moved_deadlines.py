"""A deadline moved past the market's: many markets are written on a date an authority set ('Will
Nigeria's old N200, N500 and N1,000 notes cease to be legal tender by January 31, 2023?', 'Will the
UK leave the EU by March 29, 2019?'), and the news that settles them is that the set date moved
('He said the previous deadline of January 31 has been changed to February 10', 'the March 29
deadline was extended to April 12'). The sentence names a deadline, tells it moved (extended,
changed, moved, pushed back, shifted, postponed, deferred) as done, names the old date (after
'deadline of', right before 'deadline', or after 'from') on or before the market's deadline and not
before the article, and the new one (after 'to', 'until' or 'till') after the market's deadline: what
was due at the old date is now due after the market's deadline. Not read: a move asked for,
possible or refused ('urged the bank to extend the deadline', 'could extend', 'declined to
extend'), a new date inside the window, a sentence that names no old date (another deadline may
be meant). Read by rules/scheduled.py as a push-back done (rule ruled_out, like 'postponed to
February 10'), not as a plan. Pure and deterministic."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .analysis import MarketContext, SentenceFacts
    from .timex import TimeSpan

_DEADLINE = re.compile(r"\bdeadlines?\b", re.I)
_MOVED = re.compile(r"\b(?:extended|changed|moved|pushed\s+back|pushed|shifted|postponed|deferred|put\s+back|"
                    r"extends|extending|moves|shifts|pushes\s+back|postpones|defers)\b", re.I)
# a move not done: asked for, possible, planned, refused, denied, conditional
_NOT_DONE = re.compile(r"\b(?:will|would|could|may|might|should|must|can|not|n't|never|no|refus\w*|reject\w*|declin\w*|"
                       r"den(?:y|ies|ied)|ask\w*|urg\w*|call\w*\s+for|calls|seek\w*|sought|demand\w*|request\w*|"
                       r"consider\w*|plans?\s+to|mull\w*|if|unless|whether|rumou?r\w*|reportedly|expected)\b", re.I)
_OLD_BEFORE = re.compile(r"\b(?:deadlines?\s+(?:of|on|for)|from)\s+(?:the\s+)?$", re.I)
_OLD_AFTER = re.compile(r"^\s*deadlines?\b", re.I)
_NEW_BEFORE = re.compile(r"\b(?:to|until|till)\s+(?:the\s+)?$", re.I)


def told(text: str) -> bool:
    """A cheap first test: the sentence names a deadline and a verb moving one."""
    return _DEADLINE.search(text) is not None and _MOVED.search(text) is not None


def moved_past(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str, str] | None:
    """(token of the moving verb, the words read, the temporal note) when the sentence tells a
    deadline set on or before the market's moved to a day after it; else None."""
    text = f.sent.text
    if len(f.spans) < 2 or not _DEADLINE.search(text) or not (f.actors or f.article_mentions_subject):
        return None
    moved = _MOVED.search(text)
    if moved is None:
        return None
    a, _ = f.sent.clause_of(f.sent.token_at(moved.start()))
    if _NOT_DONE.search(text[f.sent.tokens[a].start if a < len(f.sent.tokens) else 0:moved.start()]):
        return None
    deadline, published = ctx.market.deadline, f.article.published
    old = next((s for s in f.spans if _is_old(text, s) and not s.starts_after(deadline)
                and s.end.date() >= published.date()), None)
    new = next((s for s in f.spans if s is not old and s.pos > moved.start() and _NEW_BEFORE.search(text[:s.pos])
                and s.starts_after(deadline)), None)
    if old is None or new is None:
        return None
    words = " ".join(text[moved.start():new.pos + len(new.text)].split())
    temporal = (f"the deadline of '{old.text}' (on or before the market's) moved to '{new.text}': {new.explanation}, "
                f"after the deadline {deadline:%a %d %b %Y %H:%M %z}")
    return f.sent.token_at(moved.start()), words, temporal


def _is_old(text: str, span: TimeSpan) -> bool:
    """The span names the deadline being moved: 'deadline of January 31', 'the January 31 deadline',
    'from January 31'."""
    return bool(_OLD_BEFORE.search(text[:span.pos]) or _OLD_AFTER.match(text[span.pos + len(span.text):]))
