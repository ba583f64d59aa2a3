"""A halted thing told happening again as its first occurrence: unread evidence of a restart.

A market on something starting again ('Will Qantas resume commercial passenger flights by …?',
'restart production', 'reopen') is answered in news by the first occurrence after the halt, in
words of the object's own happening, not of resuming: 'First flights leave Brisbane airport
around 4.12', 'The first train left Trenton for New York early Tuesday morning'. No act word is in
such a sentence, so no rule reads it and the narrow and wide nets (unread_evidence.py,
bearing_reports.py) pass it by; the deadline's silence then said no while the article told the
restart.

Read here, for a market whose act is a verb of starting again (frames.json 'restore', and
'reopen'), in an article naming the market's subject: 'first' (with at most one word between)
before a word of the market's object, that object phrase the subject of a verb right after it told
as done — a simple past ('left'), a present perfect ('have taken off') or, in a headline or a
bulleted line, the telegraphic present ('leave') — inside the market's window (bearing_reports'
dating: an undated report by its publication day). The sentence is listed as unread evidence:
whether that occurrence is the one the market counts (a passenger flight, not a positioning one)
is an analyst's to read.

Not read: a plan or a schedule ('the first flights are scheduled for Tuesday', 'our first
commercial flights by 2:00pm': no verb told done after the object), a participle modifying it ('the
first flights planned'), a verb of planning, a step or a halt ('first flights delayed', 'cancelled',
'grounded'), a negation ('did not leave'), an occurrence dated outside the window ('early Tuesday
morning' after the deadline)."""

from __future__ import annotations

from ..analysis import MarketContext, SentenceFacts
from ..frames import FRAMES, STEP_PREDICATES
from ..packaged import load_json
from ..types import Contribution
from ..word_class import AUX_PERFECT, verb_lemmas, verb_tag
from . import bearing_reports

RESTARTS = frozenset(FRAMES["restore"].verbs) | {"reopen"}
# verbs of a halt or a failure: the first occurrence told stopped, not happening
_HALTS = frozenset(load_json("endings.json")["halted_states"]["states"]) | frozenset(
    {"suspend", "halt", "ground", "cancel", "fail", "stop", "close", "shut", "block", "ban"})
_BULLETS = ("•", "-", "*", "–", "·")
MARK = "as the first occurrence of the market's object"


def applies(ctx: MarketContext) -> bool:
    return ctx.target.kind == "event" and (ctx.target.act or "") in RESTARTS and bool(ctx.object_head)


def _telegraphic(f: SentenceFacts) -> bool:
    """A headline or a bulleted line: its present tense tells a done event."""
    return f.sent.headline or f.sent.text.lstrip().startswith(_BULLETS)


def _done_after(f: SentenceFacts, k: int) -> int | None:
    """The token of a verb told done right after the object word at k, else None."""
    toks = f.sent.tokens
    j = k + 1
    if j < len(toks) and toks[j].lower in AUX_PERFECT - {"had", "having"}:
        j += 1  # 'have taken off'
        perfect = True
    else:
        perfect = False
    if j >= len(toks) or not toks[j].text.isalpha():
        return None
    w = toks[j].lower
    for lemma in verb_lemmas(w):
        if lemma in STEP_PREDICATES or lemma in _HALTS or lemma in ("be", "do", "have"):
            return None
        tag = verb_tag(w, lemma)
        if perfect and tag == "VBN" or not perfect and tag == "VBD" \
                or not perfect and tag in ("VBP", "VBZ") and _telegraphic(f):
            return j
    return None


def first_at(ctx: MarketContext, f: SentenceFacts) -> int | None:
    """The token of a first occurrence of the market's object told done (see the module's doc)."""
    if not applies(ctx) or not f.object_idx or not f.article_mentions_subject:
        return None
    low = f.sent.text.lower()
    if "first" not in low:
        return None  # the cheap check before any reading
    toks = f.sent.tokens
    for k in f.object_idx:
        if not any(toks[j].lower == "first" for j in range(max(0, k - 2), k)):
            continue
        j = _done_after(f, k)
        if j is None or not bearing_reports._in_window(ctx, f, j):
            continue
        return j
    return None


def note(f: SentenceFacts, i: int) -> Contribution:
    return bearing_reports.note(f, i, f"{MARK} after its halt")
