"""A time clause after the act that only dates it (README 'How the engine decides', criteria
exclusions): "India successfully launched its second Moon mission, dubbed Chandrayaan-2, on Monday,
a week after an earlier attempt was called off due to a technical snag" reports the launch; the
'attempt' in the clause opened by 'after' is the earlier occasion that dates it, not what was done,
so a criteria exclusion of a (scrubbed) launch attempt is not matched there. The opening time clause
('Just over a week after formal peace talks … began, delegates … signed') is read in analysis."""

from __future__ import annotations

from .text import Sentence
from .verb_aspect import past_tense_verb

TRAILING_OPENERS = frozenset({"after", "following", "since"})
_AUXILIARIES = frozenset({"was", "were", "had", "has", "have", "been"})


def trailing_span(sent: Sentence, acts: list[int]) -> tuple[int, int]:
    """The tokens (start, end) of a time clause opened after every act verb ('…, a week after an
    earlier attempt was called off'), up to the next comma or the sentence's end, telling an event of
    its own (a finite verb); (n, n) when there is none (or no act verb)."""
    toks = sent.tokens
    n = len(toks)
    if not acts:
        return n, n
    start = next((j for j in range(max(acts) + 1, n) if toks[j].lower in TRAILING_OPENERS), n)
    if start == n:
        return n, n
    end = next((j + (toks[j].text not in (",", ";")) for j in range(start + 1, n)
                if toks[j].text.endswith((",", ";"))), n)  # '1972,' is one token
    end = min(end, sent.clause_of(start)[1])
    # a clause of its own event ('an earlier attempt was called off'); 'after talks with …' with no
    # verb of its own tells how the act came about, and its noun may be what was done
    if not any(toks[j].lower in _AUXILIARIES or past_tense_verb(toks[j].text) for j in range(start + 1, end)):
        return n, n
    return start, end
