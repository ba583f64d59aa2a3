"""A ruled-out cue that limits the manner of the act, not the act (README 'How the engine decides', rule
`ruled_out`): "the Covid crisis will make it impossible to hold the polls properly" says the vote cannot be held
well, not that it will not be held; "the election cannot be held fairly", "we can't campaign safely" alike. The cue
is read so when the market's act stands right after it (an infinitive marker, a passive auxiliary or an adverb may
come between) and a manner adverb ('properly', 'fairly', 'safely'; manners.json) follows the act within its own
clause (no comma, conjunction or subordinator between: 'cannot hold the vote until it is safe' still rules it out
until then)."""

from __future__ import annotations

from .packaged import load_json
from .text import Sentence

_DATA = load_json("manners.json")
MANNER_ADVERBS = frozenset(_DATA["manner_adverbs"])
_BETWEEN = frozenset(_DATA["between"])
_BREAKS = frozenset(_DATA["breaks"])
_REACH = _DATA["reach"]  # the most words from the act to its manner adverb


def manner_limited(sent: Sentence, a: int, b: int, cue_words: list[str], act_idx: list[int]) -> bool:
    """The cue (its lowercase words) found in tokens a..b governs the act (a token of act_idx) and a manner
    adverb follows the act in its clause: 'impossible to hold the polls properly', 'cannot be held fairly'."""
    toks = sent.tokens
    n = len(cue_words)
    acts = frozenset(act_idx)
    for k in range(a, b - n + 1):
        if [t.lower for t in toks[k:k + n]] != cue_words:
            continue
        j = k + n
        while j < len(toks) and j - k - n < 3 and toks[j].lower in _BETWEEN:
            j += 1
        if j not in acts:
            continue
        for m in range(j + 1, min(len(toks), j + 1 + _REACH)):
            w = toks[m].lower
            if w in MANNER_ADVERBS:
                return True
            if w in _BREAKS or not any(c.isalnum() for c in toks[m].text):
                break
    return False
