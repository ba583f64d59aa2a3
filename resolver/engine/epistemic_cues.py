"""A negated modal about knowing, not about the act (README 'How the engine decides', rule
`ruled_out`): "NATO and the US state department said it cannot confirm the reports of Gaddafi's
capture" says nobody could yet check the report, not that the capture cannot happen; "cannot say
whether approval comes by March 31" leaves the act open. The cue is read as about knowing when the
verb it governs (an adverb such as 'independently' may stand between) is one of confirming,
verifying, saying or knowing, and that verb is not itself the market's act (a Senate that
'cannot confirm the nominee' before recess rules the confirmation out)."""

from __future__ import annotations

from .text import Sentence

KNOWING_VERBS = frozenset({"confirm", "verify", "corroborate", "say", "tell", "know", "predict", "determine",
                           "ascertain", "establish"})
_BETWEEN = frozenset({"independently", "immediately", "yet", "officially", "publicly", "definitively", "fully",
                      "be", "to"})


def about_knowing(sent: Sentence, a: int, b: int, cue_words: list[str], act_idx: list[int]) -> bool:
    """The cue (its lowercase words) found in tokens a..b governs a verb of knowing that is not
    the act: 'cannot confirm the reports', 'could not independently verify', 'cannot say whether'."""
    toks = sent.tokens
    n = len(cue_words)
    for k in range(a, b - n + 1):
        if [t.lower for t in toks[k:k + n]] != cue_words:
            continue
        j = k + n
        while j < b and toks[j].lower in _BETWEEN:
            j += 1
        if j < b and toks[j].lemmas & KNOWING_VERBS and j not in act_idx:
            return True
    return False
