"""A verdict's words that tell no verdict given (opposite_outcome's phrase reading, 'not guilty').

A report names the other outcome of a trial in three ways that are not that outcome decided:

- a plea: the defendant's answer to the charge ('He pleaded not guilty to all charges', 'entered a
  plea of not guilty', 'a not guilty plea');
- a request or advice: what someone asked the court to find ('two court assessors … advised court
  to find Kananura not guilty of murdering his employee', 'urged the jury to return a not guilty
  verdict'): a verb of asking, advising or urging before the phrase in its clause whose infinitive
  governs the phrase: 'to' + a verdict verb ('find', 'return', 'deliver', …) + at most an object +
  the phrase, with no finite deciding verb ('found', 'returned') between the asking verb and the
  phrase ('The jury, after being asked to keep deliberating on Monday, found Derek Chauvin not
  guilty' is the verdict given);
- an expectation ("I'm expecting a not guilty verdict"): a verb of expecting or hoping right before
  the phrase's noun phrase.

A deciding verb ('voted to acquit', 'the jury found him not guilty') is none of these: the panel
that votes or finds decides. `given(sent, phrase)` is the index of the phrase's first occurrence
that is none of these, or None."""

from __future__ import annotations

from .text import Sentence

_PLEA = frozenset({"plead", "pleads", "pleaded", "pled", "pleading", "plea", "pleas"})
# verbs of asking, advising or urging someone to do something (their infinitive is what is asked)
_ASKING = frozenset({"advise", "urge", "ask", "request", "recommend", "implore", "beg", "petition", "call", "press",
                     "want", "demand", "seek", "appeal", "invite", "encourage", "exhort"})
# verbs of expecting or hoping that take the verdict as their object ('expecting a not guilty verdict')
_EXPECTING = frozenset({"expect", "hope", "anticipate", "predict", "seek", "want", "demand", "request"})
# verbs whose infinitive takes the verdict as what is asked for ('to find him not guilty', 'to return a … verdict')
_VERDICT_VERBS = frozenset({"find", "return", "deliver", "enter", "acquit", "reach", "render", "declare", "bring"})
# finite deciding verbs: the panel that found, returned, acquitted or cleared decided
_DECIDING = frozenset({"found", "returned", "acquitted", "cleared", "delivered", "reached", "rendered", "declared"})
_OBJECT = 3  # words an infinitive's object may take between the verdict verb and the phrase
_REACH = 10  # words before the phrase an asking verb may stand
_NEAR = 3    # words before the phrase a plea word or an expecting verb may stand


def _occurrences(sent: Sentence, words: list[str]) -> list[int]:
    toks, n = sent.tokens, len(words)
    return [k for k in range(len(toks) - n + 1) if all(toks[k + j].lower == w for j, w in enumerate(words))]


def _governed(toks, j: int, k: int) -> bool:
    """Whether the asking verb at j governs the phrase at k through its infinitive: 'to' + a
    verdict verb + at most _OBJECT words + the phrase, and no finite deciding verb in between."""
    for t in range(max(j + 1, k - _OBJECT - 2), k - 1):
        if toks[t].lower == "to" and toks[t + 1].lemmas & _VERDICT_VERBS:
            return not any(w.lower in _DECIDING for w in toks[j + 1:t])
    return False


def why_not(sent: Sentence, k: int, n: int = 2) -> str | None:
    """Why the verdict phrase of n words at token k tells no verdict given: 'a plea', 'asked',
    'expected'; None when it may be the verdict."""
    toks = sent.tokens
    a, _ = sent.clause_of(k)
    near = toks[max(a, k - _NEAR):k]
    if any(t.lower in _PLEA for t in near) or (k + n < len(toks) and toks[k + n].lower in _PLEA):
        return "a plea"
    for j in range(max(a, k - _REACH), k):
        if toks[j].lemmas & _ASKING and _governed(toks, j, k):
            return f"asked ('{toks[j].text}')"
    if any(t.lemmas & _EXPECTING for t in near):
        return "expected"
    return None


def given(sent: Sentence, phrase: str) -> int | None:
    """The index of the first occurrence of `phrase` (lowercase words) that may tell a verdict given."""
    words = phrase.split()
    found = _occurrences(sent, words)
    if not found:  # (written across tokens otherwise: the first word's token, as the phrase reading had it)
        return next((k for k, t in enumerate(sent.tokens) if t.lower == words[0]), None)
    return next((k for k in found if why_not(sent, k, len(words)) is None), None)
