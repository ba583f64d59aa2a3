"""A guilty verdict told without the verb 'convict': a finding verb whose complement is 'guilty'
('were found guilty of one count each of interference with rights', 'to find the three men …
guilty in the federal hate crimes trial'). For a market on a conviction, the finding is the act.

The phrase matcher of the frames lets words stand between a phrase's words, so 'find guilty' as
a frame phrase would read 'found not guilty' as a conviction; this reading is its own, and a
negator before 'guilty' or between the verb and it ('found not guilty', 'found him not guilty')
makes the finding the other way: the acquittal frame reads it, never this one. A plea ('pleaded
guilty') is no verdict, and a finding of liability ('found liable') is a civil one
(data/verdicts.json 'guilty_finding')."""

from __future__ import annotations

from functools import lru_cache

from .act_families import family_key
from .packaged import load_json
from .text import Sentence
from .word_class import verb_at

_DATA = load_json("verdicts.json")["guilty_finding"]
_VERBS = frozenset(_DATA["verbs"])
_GUILTY = _DATA["adjective"]
_NEGATORS = frozenset(_DATA["negators"])
_STOPS = frozenset(_DATA["stops"])
_MAX_BETWEEN = int(_DATA["max_between"])
_DELIVERING = frozenset(_DATA["delivering_verbs"])
_VERDICTS = frozenset(_DATA["verdict_nouns"])
_PLEAS = frozenset({"plea", "pleas"})  # 'ruled his guilty plea valid': a plea, no verdict


@lru_cache(maxsize=256)
def asked(act: str | None) -> bool:
    """The market's act is a conviction ('Will … be convicted of …?')."""
    return bool(act) and (family_key(act) or act) == "convict"


def _negated(words: list[str], k: int) -> bool:
    """A negator right before 'guilty' at k ('not guilty')."""
    return k > 0 and (words[k - 1] in _NEGATORS or words[k - 1].endswith("n't"))


def findings(sent: Sentence) -> list[tuple[int, int]]:
    """Where the sentence tells a guilty finding: (the finding verb's token, the token after
    'guilty'). The verb must be read as a verb; 'guilty' follows it in the same clause with at most
    `max_between` words between, none a negator or a stop."""
    toks = sent.tokens
    words = [t.lower for t in toks]
    out: list[tuple[int, int]] = []
    for i, t in enumerate(toks):
        if t.lemmas & _DELIVERING and t.lower not in _VERDICTS:
            end = _delivered(sent, words, i)
            if end:
                out.append((i, end))
            continue
        if not (t.lemmas & _VERBS):
            continue
        v = verb_at(sent, i)
        if not v or v[0] not in _VERBS:
            continue
        _, b = sent.clause_of(i)
        for k in range(i + 1, min(b, len(toks), i + _MAX_BETWEEN + 2)):
            w = words[k]
            if w == _GUILTY:
                if not _negated(words, k) and not (k + 1 < len(words) and words[k + 1] in _PLEAS):
                    out.append((i, k + 1))
                break
            if w in _NEGATORS or w.endswith("n't") or w in _STOPS or toks[k].lemmas & _STOPS:
                break
    return out


def _delivered(sent: Sentence, words: list[str], i: int) -> int | None:
    """'Judge Steven Ebert read the verdict of guilty on all counts', 'returned guilty verdicts',
    'before reaching their guilty verdict': a verb delivering a verdict whose object, within four
    words in its clause, is 'guilty' + a verdict noun or a verdict noun + 'of guilty' (no negator
    before 'guilty': 'returned a not guilty verdict' is an acquittal). The token after the verdict's
    last word, else None."""
    v = verb_at(sent, i)
    if not v or v[0] not in _DELIVERING:
        return None
    _, b = sent.clause_of(i)
    for k in range(i + 1, min(b, i + 6)):
        w = words[k]
        if w in _NEGATORS or w.endswith("n't") or w in _STOPS:
            return None
        if w == _GUILTY and k + 1 < b and words[k + 1] in _VERDICTS:
            return None if _negated(words, k) else k + 2
        if w in _VERDICTS:
            return k + 3 if k + 2 < b and words[k + 1] == "of" and words[k + 2] == _GUILTY else None
    return None


def mark(f) -> None:
    """Record the sentence's guilty findings as the act (analysis.SentenceFacts `f`): the finding
    verb's token, read as a phrase running to 'guilty'."""
    for i, end in findings(f.sent):
        if i not in f.act_idx:
            f.act_idx.append(i)
            f.phrase_heads[i] = "find"
            f.phrase_ends[i] = end
    f.act_idx.sort()
