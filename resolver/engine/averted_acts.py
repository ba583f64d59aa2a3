"""An act averted (README 'How the engine decides'): 'reach agreement, avert strike', 'Strike averted', 'to
avoid a nationwide strike', 'Households were spared yet another interest rate increase' (what one is spared
does not happen to one). The averting cues (lexicon.AVERTING_CUES: 'avert', 'avoid', 'dodge', ...) rule the
act out only when they stand at the act's own word; a sentence that averts something else near the act ('signs
rail bill to avert strike' for a market on the bill's signing, 'to avoid a runoff') rules nothing out. Read by
rules/ruled_out.py; moved here from it."""

from __future__ import annotations

import re

from .lexicon import AVERTING_CUES
from .text import Sentence
from .word_class import PREPOSITIONS, is_noun

AVERTING_PHRASES = frozenset(p for p, _ in AVERTING_CUES)
_PHRASE_WORDS = tuple(sorted({p: p.split() for p in AVERTING_PHRASES}.items()))
_FIRST_WORDS = frozenset(w[0] for _, w in _PHRASE_WORDS)
# a negated averting ('were not spared another increase', 'failed to avert a strike'): the act went ahead
_NEGATING = frozenset({"not", "n't", "never", "failed", "fail", "fails"})
# verbs of keeping something from happening that rule nothing out by themselves ('escaped a fine' may be told of a
# penalty, 'prevent' of a plan) but whose negation still governs them, not the act ('did not escape another hike')
_NEGATED_ONLY = (("escaped", ["escaped"]), ("escape", ["escape"]), ("prevent", ["prevent"]),
                 ("prevented", ["prevented"]), ("ward off", ["ward", "off"]), ("head off", ["head", "off"]))
_AVERT_GAP = frozenset({"a", "an", "the", "its", "their", "any", "national", "nationwide", "planned", "threatened",
                        "possible", "potential", "looming", "rail", "general"})
# a repeat of the act named before it: 'spared yet another rate increase', 'avoided a further hike'
_REPEAT_GAP = frozenset({"yet", "another", "further", "fresh", "new", "more"})
# an ordinal names one stage of the act ('avoid a second round runoff'), never a modifier passed over
_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "final", "last", "next"})
# the act's length told before it: a number ('three', '48') or a number and its unit in one word ('one-day', '48-hour')
_DURATION = re.compile(r"(?:\d+|one|two|three|four|five|six|seven|ten|twelve|twenty-four|forty-eight)"
                       r"(?:-(?:hour|day|week|month))?|(?:hour|day|week|month)s?", re.I)
_MAX_GAP = 4  # 'yet another interest rate increase': two repeat words and a two-word compound


def _gap_word(word: str) -> bool:
    """A word that may stand between the averting words and the act's noun: a listed modifier or a
    lowercase noun of a compound ('interest rate increase'), never a preposition ('avoid talk of a strike') nor an
    ordinal ('avoid a second round runoff')."""
    if word.lower() in _AVERT_GAP or word.lower() in _REPEAT_GAP or _DURATION.fullmatch(word):
        return True  # ('averting a planned three day strike', 'avert a 48-hour strike': its length)
    return word.isalpha() and word.islower() and word not in PREPOSITIONS and word not in _ORDINALS and is_noun(word)


def averts_act(sent: Sentence, i: int, words: list[str], own: tuple[int, ...] | list[int] = ()) -> bool:
    """The averting words end right before the act's word at i (at most four modifiers between: 'avoid
    nationwide strike', 'averting a strike', 'spared yet another interest rate increase'), or the act's word
    comes right before them ('Strike averted'). Averting words that are the market's own act (token indices
    `own`: 'averting a government shutdown' for a market on avoiding one) rule nothing out."""
    toks, n = sent.tokens, len(words)
    if [t.lower for t in toks[i + 1:i + 1 + n]] == words:
        return True
    for gap in range(_MAX_GAP + 1):
        k = i - gap - n
        if k >= 0 and [t.lower for t in toks[k:k + n]] == words and all(
                _gap_word(t.text) for t in toks[k + n:i]):
            return not _negated(sent, k) and k not in own
    return False


def _negated(sent: Sentence, k: int) -> bool:
    """A negator in the two words before the averting words at k ('were not spared', 'did not avoid',
    'could never avert', 'failed to avert'): the act went ahead."""
    return _negator_at(sent, k) is not None


def _negator_at(sent: Sentence, k: int) -> int | None:
    """The index of the negator in the two words before token k ('did not', "didn't", 'failed to'), else None."""
    return next((j for j in range(max(0, k - 2), k) if sent.tokens[j].lower in _NEGATING
                 or sent.tokens[j].lower.endswith(("n't", "n’t"))), None)


def negated_averting(sent: Sentence, i: int) -> tuple[int, int] | None:
    """(negator index, averting index) when averting words stand before the act's word at i with only modifiers
    between and are themselves negated ('did not avoid another interest rate increase', 'were not spared yet
    another increase', 'failed to avert a strike'): the negation is the averting's, not the act's. None
    otherwise. A cheap first-word test over the few words before i comes first."""
    toks = sent.tokens
    lo = max(0, i - _MAX_GAP - 3)
    if not any(t.lower in _FIRST_WORDS or t.lower in _NEGATED_FIRST for t in toks[lo:i]):
        return None
    for _, words in _PHRASE_WORDS + _NEGATED_ONLY:
        n = len(words)
        for gap in range(_MAX_GAP + 1):
            k = i - gap - n
            if k >= 0 and [t.lower for t in toks[k:k + n]] == words and all(_gap_word(t.text) for t in toks[k + n:i]):
                neg = _negator_at(sent, k)
                if neg is not None:
                    return neg, k
    return None


_NEGATED_FIRST = frozenset(w[0] for _, w in _NEGATED_ONLY)


def averted(sent: Sentence, i: int, own: tuple[int, ...] | list[int] = ()) -> str | None:
    """The averting words that keep the act at token i (a noun) from happening, when they stand before it
    with only modifiers between ('avert a strike', 'were spared yet another interest rate increase') and
    are not negated nor the market's own act (`own`); None otherwise. A cheap first-word test over the few
    words before i comes first."""
    toks = sent.tokens
    lo = max(0, i - _MAX_GAP - 3)
    if not any(t.lower in _FIRST_WORDS for t in toks[lo:i]):
        return None
    for phrase, words in _PHRASE_WORDS:
        n = len(words)
        for gap in range(_MAX_GAP + 1):
            k = i - gap - n
            if k >= 0 and [t.lower for t in toks[k:k + n]] == words and all(_gap_word(t.text) for t in toks[k + n:i]):
                return None if _negated(sent, k) or k in own else phrase
    return None
