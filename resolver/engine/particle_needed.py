"""Verbs that name the market's act only with their particle. A frame lists 'carry' among the words
of completing or conducting an act, but only as a phrasal verb: 'carried out the transfer', 'carried
the plan through'. Bare, it is bearing or printing something: 'Spanish sports newspaper Mundo
Deportivo carried similar news' reports no transfer completed. A token whose lemma is such a verb
(data: frames.json 'particle_needed'), with none of its particles among the few words after it in
its clause, is no report of the act. Not read when the question itself uses the bare verb ('Will the
motion carry?'): there the bare verb is the act."""

from __future__ import annotations

import re
from functools import lru_cache

from .packaged import load_json
from .text import Sentence

PARTICLES: dict[str, frozenset[str]] = {verb: frozenset(words)
                                        for verb, words in load_json("frames.json")["particle_needed"].items()}
# how far after the verb its particle may stand ('carried the whole plan out')
_REACH = 5
_CLAUSE_END = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "—", "–", "and", "but", "which", "that", "who"})
_FORMS = {"carry": "carry|carries|carried|carrying"}


@lru_cache(maxsize=512)
def _asked_bare(question: str, verb: str) -> bool:
    """The question uses the verb without its particle ('Will the motion carry?')."""
    forms = _FORMS.get(verb, re.escape(verb) + r"\w*")
    particles = "|".join(sorted(PARTICLES[verb]))
    return re.search(rf"\b(?:{forms})\b(?!\s+(?:\w+\s+){{0,3}}?(?:{particles})\b)", question, re.I) is not None


def bare(sent: Sentence, i: int, question: str) -> str | None:
    """The verb at token i needs a particle to name the act and has none in its clause: the wording
    for a note; else None."""
    toks = sent.tokens
    verbs = sorted(toks[i].lemmas & PARTICLES.keys())
    if not verbs:
        return None
    verb = verbs[0]
    if _asked_bare(question, verb):
        return None
    for k in range(i + 1, min(len(toks), i + 1 + _REACH)):
        if toks[k].lower in PARTICLES[verb]:
            return None
        if toks[k].lower in _CLAUSE_END:
            break
    return f"'{toks[i].text}' names the act only with '{'/'.join(sorted(PARTICLES[verb]))}'"
