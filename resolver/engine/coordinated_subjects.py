"""The subject shared by coordinated verbs: 'Chelsea came from behind to tie Bayern Munich 1-1 in
regulation time and then won The Champions League final'. A verb right after 'and' (or 'and' and
an adverb of sequence: 'and then', 'and later') has no subject of its own: it shares the subject
of the clause's first finite verb ('came'). A name between that verb and the 'and' is an object
or a complement of the first verb ('tie Bayern Munich'), not the doer of the second one, so a
reader asking who won looks before the first verb, not merely before the second."""

from __future__ import annotations

from .text import Sentence
from .word_class import verb_at

# adverbs of sequence that may stand between 'and' and the verb it joins
_SEQUENCE = frozenset({"then", "later", "eventually", "finally", "subsequently", "ultimately", "soon", "duly",
                       "promptly", "quickly", "also", "still"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_NOT_FINITE_BEFORE = frozenset({"to", "will", "would", "could", "can", "may", "might", "should", "must", "shall"})


def _finite(sent: Sentence, k: int) -> bool:
    found = verb_at(sent, k)
    return found is not None and found[1] in _FINITE and sent.tokens[k - 1].lower not in _NOT_FINITE_BEFORE


def shared_subject(sent: Sentence, i: int) -> tuple[int, int] | None:
    """(start, end) token range of the subject the verb at token i shares with an earlier finite
    verb of its clause it is joined to by 'and'; None when the verb has a subject of its own (a
    word other than an adverb of sequence stands between 'and' and it) or no earlier finite verb
    stands in the clause."""
    toks = sent.tokens
    if not _finite(sent, i):
        return None
    k = i - 1
    while k > 0 and toks[k].lower in _SEQUENCE:
        k -= 1
    a, _ = sent.clause_of(i)
    if k <= a or toks[k].lower != "and" or toks[k - 1].text == ",":
        return None  # ', and' opens a clause of its own (text.py cuts there)
    first = next((j for j in range(a + 1, k) if _finite(sent, j)), None)
    if first is None:
        return None
    return a, first


def subject_text(sent: Sentence, i: int) -> str | None:
    """The words of the shared subject of the verb at token i (shared_subject), else None."""
    span = shared_subject(sent, i)
    if span is None:
        return None
    a, e = span
    return sent.text[sent.tokens[a].start:sent.tokens[e].start]


_RESPECTIVE_REACH = 20  # words after the verb in which 'respectively' pairs the subjects with what follows


def respective_member(sent: Sentence, i: int, pattern) -> bool:
    """'Ruto William Samoei … and … Gachagua Rigathi, have been duly elected as the President and Deputy
    President, respectively': a verb whose coordinated subjects 'respectively' pairs, in order, with the
    roles after it. The one `pattern` names, among the subjects (before the verb, an 'and' between it and
    the verb), is one of those the verb tells of; the name nearest the verb holds another of the roles."""
    if "respectively" not in sent.text.lower():
        return False
    toks = sent.tokens
    if not any(t.lower == "respectively" for t in toks[i + 1:i + 1 + _RESPECTIVE_REACH]):
        return False
    found = pattern.search(sent.text, 0, toks[i].start)
    return found is not None and any(t.lower == "and" and t.start >= found.end() for t in toks[:i])
