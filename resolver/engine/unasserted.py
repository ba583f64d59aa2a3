"""Stretches of a sentence that the sentence does not assert: the complement of a word that leaves its
content open, gives it as someone's claim, hope or forecast, or takes it back (README 'How the engine
decides'; data resolver/data/unasserted.json).

A mention's own modality (mentions.py) is read from the words right before it in its clause: a modal, a
planning or demanding verb ('vowed to cut'). That misses a content told inside a complement whose head
stands further away, often past commas that cut the sentence into clauses: 'It is not yet clear whether
Russia's central bank, citing inflation, raised its key rate', 'Officials denied reports that the
warrant had been issued', 'Analysts said it would be a surprise if the bank cut rates, …',
'Prigozhin claimed to have captured the city', 'hopes that the talks ended'. Each such head opens a
stretch that runs to the end of the sentence, or to a word that starts a new main clause ('but'); a
head inside an opening adjunct ('Asked whether …, the minister said …') opens a stretch that ends at
the adjunct's comma, and an 'if' or 'whether' before a word such as 'not', 'any' or 'needed' and a
comma is a parenthesis ('the first, if not the only, …', 'if needed,'). A negator right before the head cancels it ('did not deny that', 'no
doubt that'). A sentence-initial 'If …' is conditional_clause's (text.py): the whole sentence.

`scope(sent, i)` gives (kind, cue) for a token inside such a stretch — kind 'hypothetical' (an open
question or condition), 'claimed' (a party's claim), 'expected' (a hope, fear or forecast) or 'denied'
(taken back) — else None. Pure; the stretches are worked out once per sentence."""

from __future__ import annotations

from .packaged import load_json
from .text import Sentence

_DATA = load_json("unasserted.json")
_OPEN = frozenset(_DATA["open"])
_ASPIRING = frozenset(_DATA["aspiring"])
_CLAIMING = frozenset(_DATA["claiming"])
_WISHING = frozenset(_DATA["wishing"])
_DENYING = frozenset(_DATA["denying"])
_REPORT_NOUNS = frozenset(_DATA["report_nouns"])
_REPORT_GAP = _DATA["report_gap"]
_STOPS = frozenset(_DATA["stops"])
_ADJUNCT_LEADS = frozenset(_DATA["adjunct_leads"])
_HEADS = _OPEN | _CLAIMING | _WISHING | _DENYING
_NEGATORS = frozenset({"not", "no", "never", "n't", "nor", "without"})
_PARENTHESIS_WORDS = frozenset(_DATA["parenthesis_words"])
_PARENTHESIS = _DATA["parenthesis_reach"]  # a comma this close after 'if not …' closes a parenthesis
_INTERPOSED = frozenset(_DATA["interposed"])
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def _past_interposed(toks, j: int) -> int:
    """Token j, or the token after an adverb of time or manner standing there ('fears today that',
    'claimed on Sunday that'): where a head's 'that' would stand."""
    if j < len(toks) and toks[j].lower in _INTERPOSED:
        return j + 1
    if j + 1 < len(toks) and toks[j].lower == "on" and toks[j + 1].lower in _WEEKDAYS:
        return j + 2
    return j


def _stretch_end(sent: Sentence, k: int, opening_end: int | None) -> int:
    """Where a stretch opened at token k ends (exclusive)."""
    toks = sent.tokens
    end = len(toks) if opening_end is None or k >= opening_end else opening_end
    for j in range(k + 1, end):
        if toks[j].lower in _STOPS or toks[j].text in _STOPS:
            return j
    return end


def _opening_adjunct_end(sent: Sentence) -> int | None:
    """The first comma of a sentence that opens with an adjunct ('Asked whether …, …'), else None."""
    toks = sent.tokens
    if not toks or toks[0].lower not in _ADJUNCT_LEADS:
        return None
    return next((j for j, t in enumerate(toks) if t.text == ","), None)


def _head(sent: Sentence, k: int) -> tuple[str, int] | None:
    """(kind, first token of the content) when token k heads an unasserted stretch."""
    toks = sent.tokens
    w = toks[k].lower
    nxt = toks[k + 1].lower if k + 1 < len(toks) else ""
    if w in _OPEN:
        if k == 0 and w != "whether":
            return None  # 'If …, …': conditional_clause reads the whole sentence
        if nxt in _PARENTHESIS_WORDS and any(t.text == "," for t in toks[k + 1:k + 2 + _PARENTHESIS]):
            return None  # 'the first, if not the only, …'
        return "hypothetical", k + 1
    if w in _CLAIMING or w in _WISHING:
        kind = "claimed" if w in _CLAIMING else "expected"
        if nxt == "that":
            return kind, k + 2
        j = _past_interposed(toks, k + 1)
        if j > k + 1 and j < len(toks) and toks[j].lower == "that":
            return kind, j + 1
        if nxt == "to" and k + 2 < len(toks) and toks[k + 2].lower == "have" and w in _CLAIMING:
            return kind, k + 3  # 'claimed to have captured the city'
        return None
    if w in _DENYING:
        if nxt == "that":
            return "denied", k + 2
        for j in range(k + 1, min(len(toks), k + 2 + _REPORT_GAP)):
            if toks[j].lower in _REPORT_NOUNS:
                after = toks[j + 1].lower if j + 1 < len(toks) else ""
                return ("denied", j + 2) if after in ("that", "of") else None
            if toks[j].text in (",", ";", ":"):
                return None
    return None


def stretches(sent: Sentence) -> tuple[tuple[int, int, str, str], ...]:
    """(start, end, kind, cue) of each unasserted stretch of the sentence (cached on the sentence)."""
    cached = sent.__dict__.get("_unasserted")
    if cached is not None:
        return cached
    out: list[tuple[int, int, str, str]] = []
    toks = sent.tokens
    if any(t.lower in _HEADS for t in toks):  # the cheap test first: most sentences have no head word
        opening_end = _opening_adjunct_end(sent)
        for k, t in enumerate(toks):
            if t.lower not in _HEADS:
                continue
            if any(p.lower in _NEGATORS for p in toks[max(0, k - 2):k]):
                continue  # 'did not deny that', 'no doubt that'
            found = _head(sent, k)
            if found is None:
                continue
            kind, start = found
            end = _stretch_end(sent, k, opening_end)
            if start < end:
                out.append((start, end, kind, t.text))
    result = tuple(out)
    sent.__dict__["_unasserted"] = result
    return result


def scope(sent: Sentence, i: int) -> tuple[str, str] | None:
    """(kind, cue) of the innermost unasserted stretch holding token i, else None."""
    best = None
    for start, end, kind, cue in stretches(sent):
        if start <= i < end and (best is None or start > best[0]):
            best = (start, kind, cue)
    return (best[1], best[2]) if best else None


def aspiring(cue: str | None) -> bool:
    """The cue of a 'planned' mention tells a wish, promise, threat, offer or forecast ('vowed', 'aims',
    'poised'), not a decision: announcing it does not announce the act."""
    return bool(cue) and cue.lower() in _ASPIRING
