"""A time clause after the act that only dates it (README 'How the engine decides', criteria
exclusions): "India successfully launched its second Moon mission, dubbed Chandrayaan-2, on Monday,
a week after an earlier attempt was called off due to a technical snag" reports the launch; the
'attempt' in the clause opened by 'after' is the earlier occasion that dates it, not what was done,
so a criteria exclusion of a (scrubbed) launch attempt is not matched there, nor in a time clause
opening the sentence ('Just over a week after formal peace talks … began, delegates … signed').
exclusion_hit: the criteria exclusion a sentence names outside those clauses (read in analysis). An
exclusion of three words or more is named only when one of its words the question does not use is
there: 'Resignations of individual ministers do not count' for 'Will the government under Prime
Minister X resign' is not matched by 'the prime minister has announced the resignation of his
government', whose 'resignation' and 'minister' are the question's own words. Nor is an exclusion
whose noun the question numbers met by a sentence naming the question's own numbered label
('Plant Vogtle Unit 4 has entered commercial operation' when 'Unit 3's commercial operation does not
count' for a market on Unit 4): the sentence is about the market's unit, not the excluded one. An
exclusion of a provisional result ('final (not preliminary) results') is met by any word that makes a
count provisional before a count's noun ('Ghani wins presidential election - initial results')."""

from __future__ import annotations

import re
from functools import lru_cache

from .excluded_pairs import together
from .other_kinds import other_named, own_named
from .text import Sentence, lemmas_of, sentence_memo
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


# 'Just over a week after formal peace talks … began in Pretoria, delegates … signed an agreement':
# a clause opening the sentence with one of these words only dates the main clause's act
_TIME_OPENERS = frozenset({"after", "before", "since", "following", "until"})


def opening_clause_end(sent: Sentence, acts: list[int]) -> int:
    """The comma ending a time clause that opens the sentence ('after', 'since' … within its
    first five words) when every act word comes after it; 0 when there is none."""
    toks = sent.tokens
    opener = next((i for i, t in enumerate(toks[:5]) if t.lower in _TIME_OPENERS), None)
    if opener is None or not acts:
        return 0
    comma = next((i for i in range(opener + 1, len(toks)) if toks[i].text == ","), None)
    return comma if comma is not None and min(acts) > comma else 0


# a numbered label: a capitalised noun and its number ('Unit 4', 'Signal No. 10')
_LABEL = re.compile(r"\b([A-Z][a-z]+)\s+(?:No\.?\s*)?(\d+)\b")


@lru_cache(maxsize=1024)
def _numbered_labels(text: str) -> frozenset[tuple[str, str]]:
    """The numbered labels of a text, as (noun in lower case, number)."""
    if not any(c.isdigit() for c in text):
        return frozenset()
    return frozenset((m.group(1).lower(), m.group(2)) for m in _LABEL.finditer(text))


@lru_cache(maxsize=256)
def _asked_stems(question: str) -> frozenset[str]:
    words = re.findall(r"[a-z]+", question.lower())
    return frozenset(w[:5] for w in words) | frozenset(lem[:5] for w in words for lem in lemmas_of(w))


def _own_word(term: str, asked: frozenset[str]) -> bool:
    """The exclusion's term is none of the question's words."""
    return term[:5] not in asked and not any(lem[:5] in asked for lem in lemmas_of(term))


def exclusion_hit(sent: Sentence, exclusions: list[str], acts: list[int] | None = None,
                  question: str = "") -> str | None:
    if not exclusions:
        return None
    # an excluded word inside an opening time clause dates the act; it is not what was done
    cut = opening_clause_end(sent, acts or [])
    start, end = trailing_span(sent, acts or [])  # nor in one closing it
    tokens = sent.tokens[cut:start] + sent.tokens[end:]
    stems = _stems(sent, cut, start, end)
    asked_labels = _numbered_labels(question) if question and exclusions else frozenset()
    told = _provisional_word(tokens) if exclusions else None
    own_labels = asked_labels & _numbered_labels(sent.text) if asked_labels else frozenset()
    for phrase in exclusions:
        terms = phrase.split()
        if told:  # 'initial results' meets 'final (not preliminary) results': one kind, told by another word
            terms = [told if term in PROVISIONAL_WORDS else term for term in terms]
        if any(noun in terms for noun, _ in own_labels):
            continue  # 'Plant Vogtle Unit 4 has entered commercial operation' when 'Unit 3's … does not count'
        if own_named(terms, question, sent.text):
            continue  # the market's own CoronaVac named, when 'other vaccines alone' do not count (other_kinds.py)
        if other_named(terms, question, sent.text):
            return phrase  # 'the Pfizer-BioNTech vaccine' only: another one, whatever verb tells its approval
        hits = sum(1 for term in terms if term[:5] in stems or any(lem[:5] in stems for lem in lemmas_of(term)))
        if len(terms) > 2 and question:
            own = [term for term in terms if _own_word(term, _asked_stems(question))]
            if own and not any(term[:5] in stems or any(lem[:5] in stems for lem in lemmas_of(term)) for term in own):
                continue  # only the question's own words: the act asked, not the kind excluded
        if (len(terms) <= 2 and hits == len(terms) and together(tokens, terms)) or (len(terms) > 2 and hits >= max(2, (2 * len(terms) + 2) // 3)):
            return phrase
        if _lacking_kind(terms, stems):
            return phrase
    return None


@sentence_memo
def _stems(sent: Sentence, cut: int, start: int, end: int) -> frozenset[str]:
    """The five-letter stems of the sentence's words and their lemmas outside tokens [0, cut) and [start, end)."""
    tokens = sent.tokens[cut:start] + sent.tokens[end:]
    return frozenset({t.lower[:5] for t in tokens} | {lem[:5] for t in tokens for lem in t.lemmas})


# Words that make a count or a result a provisional one ('preliminary results', 'initial returns', 'partial
# count'): an exclusion naming one of them excludes a result told with any other ('Ghani wins presidential
# election - initial results' when 'final (not preliminary) results' are asked), when it stands right
# before a count's noun ('early results', not 'early Wednesday')
PROVISIONAL_WORDS = frozenset({"preliminary", "prelim", "provisional", "partial", "initial", "early", "unofficial",
                               "incomplete"})
_COUNT_NOUNS = frozenset({"result", "results", "return", "returns", "count", "counts", "tally", "tallies", "figure",
                          "figures", "data", "estimate", "estimates", "reading", "readings"})


def _provisional_word(tokens) -> str | None:
    """The provisional word before a count's noun among `tokens` ('initial' of 'initial results'), else None."""
    return next((t.lower for t, u in zip(tokens, tokens[1:]) if t.lower in PROVISIONAL_WORDS and u.lower in _COUNT_NOUNS),
                None)


def _hit(term: str, stems: set[str]) -> bool:
    return term[:5] in stems or any(lem[:5] in stems for lem in lemmas_of(term))


def _lacking_kind(terms: list[str], stems: set[str]) -> bool:
    """'opening lanes traffic without formal inauguration': the kind excluded is named before 'without'
    (at least two words, two thirds of them told: 'opened one lane of the bridge to traffic'), the
    sentence naming nothing of what it lacks (a sentence telling the inauguration is no such case)."""
    if "without" not in terms:
        return False
    cut = terms.index("without")
    kind, lacked = terms[:cut], terms[cut + 1:]
    return len(kind) >= 2 and bool(lacked) and sum(_hit(t, stems) for t in kind) >= max(2, (2 * len(kind) + 2) // 3) \
        and not any(_hit(t, stems) for t in lacked)


def excluded_kind_word(exclusion: str, lemma: str) -> bool:
    """The word (a lemma) names the kind an exclusion 'X without Y' excludes ('open' for 'opening lanes
    traffic without formal inauguration'): a mention of it in a sentence meeting the exclusion is
    that kind, read (rules/unread_evidence.py)."""
    terms = exclusion.split()
    if "without" not in terms:
        return False
    kind = terms[:terms.index("without")]
    return any(lemma[:5] == t[:5] or any(lem[:5] == lemma[:5] for lem in lemmas_of(t)) for t in kind)
