"""A question's verb with its particle ('Will the striking … pilots call off their strike'): the
particle makes the verb another act, and the frame lexicon names which one where a frame lists
the phrase ('call off' in `terminate`). Read by derive.py after the act is found, so the act is
the phrase's frame, not the bare verb ('call'). A phrase whose verb the frame already lists by
itself ('hand over' in `release`, which lists 'hand') changes nothing, and a phrase no frame lists
('lay off', 'tip off') keeps the verb: the lexicon, not a guess, says what a phrase reports."""

from __future__ import annotations

from types import MappingProxyType

from .frames import FRAMES
from .text import lemmas_of

# adverbial particles of phrasal verbs; prepositions ('file for', 'rule on') take an object, not a new act
PARTICLES = frozenset({"off", "out", "up", "down", "over", "back", "away"})


def _particle_phrases() -> MappingProxyType[tuple[str, str], str]:
    """(verb, particle) → the frame listing 'verb particle' as a phrase of two words, for the frames
    that do not list the verb by itself; a phrase two frames list is left out (no one act)."""
    found: dict[tuple[str, str], set[str]] = {}
    for name, frame in FRAMES.items():
        for phrase in frame.phrases:
            parts = phrase.split()
            if len(parts) == 2 and parts[1] in PARTICLES and parts[0] not in frame.verbs:
                found.setdefault((parts[0], parts[1]), set()).add(name)
    return MappingProxyType({k: next(iter(v)) for k, v in sorted(found.items()) if len(v) == 1})


_PHRASES = _particle_phrases()
_FIRST = frozenset(v for v, _ in _PHRASES)


def particle_act(words: list[str], act_idx: int, act: str) -> str | None:
    """The frame a question's act verb (word act_idx, lemma `act`) names with the particle right
    after it ('call off' → 'terminate'), else None."""
    if not 0 <= act_idx < len(words) - 1 or words[act_idx + 1] not in PARTICLES or act not in _FIRST:
        return None
    for lemma in sorted({act} | set(lemmas_of(words[act_idx]))):
        frame = _PHRASES.get((lemma, words[act_idx + 1]))
        if frame is not None and frame != act:
            return frame
    return None
