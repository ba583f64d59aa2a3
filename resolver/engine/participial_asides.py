"""A comma-bounded participial aside telling an act noun planned, between the noun and its own predicate:
'The Dawn launch, planned for Saturday, was canceled because of storms'; 'The vote, originally scheduled for
March, has been postponed'. The aside modifies the noun before it, so

- its plan participle governs nothing after it: the verb after the closing comma is the noun's predicate,
  asserted ('was canceled' is done, not planned) (mentions._governing);
- that predicate is what governs the noun (mentions._after_modifier, read by _planned_by): a calling-off
  verb there makes the noun an act called off, not an act done.

The aside opens with a plan participle ('planned', 'scheduled', 'slated', 'set', 'due' …), after at most an
adverb of earlier time ('originally', 'initially'), and closes with a comma within a few words, with no clause
opener, relative, colon or bracket inside (so a list or another clause is never taken for one)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .text import Sentence

_OPENERS = frozenset({"originally", "initially", "previously", "first", "once", "already", "tentatively"})
_PARTICIPLES = frozenset({"planned", "scheduled", "slated", "set", "due", "expected", "proposed", "meant", "supposed",
                          "billed", "intended", "penciled", "pencilled", "timed", "targeted"})
_STOPS = frozenset({";", ":", "(", ")", "—", "–", "and", "but", "or", "which", "who", "that", "while", "when"})
_REACH = 12  # words an aside may hold


def _closes(text: str) -> bool:
    """A closing comma, or one the tokenizer kept on a day's figure ('…, scheduled for September 30, …')."""
    return text == "," or (len(text) > 1 and text.endswith(",") and text[:-1].isdigit())


def after(sent: Sentence, i: int, b: int) -> int | None:
    """The token after a comma-bounded plan aside right after the noun at i (', planned for Saturday,'),
    within the clause end b; None when there is none."""
    toks = sent.tokens
    if i + 3 >= b or toks[i + 1].text != ",":
        return None
    k = i + 2 + (toks[i + 2].lower in _OPENERS)
    if k >= b or toks[k].lower not in _PARTICIPLES:
        return None
    for m in range(k + 1, min(b, k + _REACH)):
        if _closes(toks[m].text):
            return m + 1 if m + 1 < b else None
        if toks[m].text in _STOPS or toks[m].lower in _STOPS:
            return None
    return None


def closed_before(sent: Sentence, lo: int, i: int) -> int:
    """The token after such an aside closed before token i, the aside's noun at or after lo - 1; `lo` when
    there is none (or the aside does not end before i)."""
    toks = sent.tokens
    best = lo
    for n in range(max(0, lo - 1), i - 3):
        if toks[n + 1].text == ",":
            e = after(sent, n, len(toks))
            if e is not None and e <= i:
                best = max(best, e)
    return best
