"""The frame lexicon: which words report the same event (verbs, nominalisations, multi-word
phrases, opposites), the words that make a mention something other than an asserted, done
event (modality), verbs that never report an event themselves, and the acts whose report
entails another act without being its synonym (entailments: 'sentenced' → convicted). The lexicon is data
(`resolver/data/frames.json`, package data read once at import); a market's rule set can add
to it (`frames` rule, see spec.py)."""

from __future__ import annotations

from functools import lru_cache
from dataclasses import dataclass, replace
from types import MappingProxyType

from .packaged import load_json


@dataclass(frozen=True)
class Frame:
    name: str
    verbs: tuple[str, ...]
    nouns: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    opposites: tuple[str, ...] = ()


def _load() -> dict:
    return load_json("frames.json")


_DATA = _load()
FRAMES: MappingProxyType[str, Frame] = MappingProxyType({
    name: Frame(name, tuple(f["verbs"]), tuple(f.get("nouns", ())), tuple(f.get("phrases", ())),
                tuple(f.get("opposites", ())))
    for name, f in _DATA["frames"].items()
})
MODALITY: MappingProxyType[str, frozenset[str]] = MappingProxyType(
    {k: frozenset(v) for k, v in _DATA["modality"].items()})
# the noun of an aim or attempt right before 'to' + the act (frames.json 'intent_nouns_about') → its modality
INTENT_NOUNS: MappingProxyType[str, str] = MappingProxyType(
    {noun: kind for kind, nouns in _DATA["intent_nouns"].items() for noun in nouns})
NON_EVENT_PREDICATES = frozenset(_DATA["non_event_predicates"])
PLANNING_PREDICATES = frozenset(_DATA["planning_predicates"])
# a step before the act or an obstacle to it, never the act (frames.json 'step_predicates_about')
STEP_PREDICATES = PLANNING_PREDICATES | frozenset(_DATA["step_predicates"])
OUTCOME_HEADS = frozenset(_DATA["outcome_heads"])
# multi-word predicates of a question naming one act ('take place' → hold, 'come into force' → take-effect)
PHRASAL_ACTS: MappingProxyType[str, str] = MappingProxyType(dict(_DATA["phrasal_acts"]))
# verbs of a question carrying an event noun ('grant approval to', 'make its maiden launch'), see light_verbs_about
LIGHT_VERBS = frozenset(_DATA["light_verbs"]["light"])
SUPPORT_VERBS = frozenset(_DATA["light_verbs"]["support"])
SILENT_LIGHT_VERBS = frozenset(_DATA["light_verbs"]["silent"])
QUESTION_EVENT_NOUNS: MappingProxyType[str, str] = MappingProxyType(dict(_DATA["light_verbs"]["question_nouns"]))
# 'remain in place / in force': the state is the subject's
STANDING_COMPLEMENTS = frozenset(_DATA["standing_complements"])
# 'stay Rahul Gandhi's conviction': a stays-true verb that is an act when an object follows it
OBJECT_SENSES = frozenset(_DATA["object_senses"])
# 'an order … imposing binding arbitration': a document whose issue does the act
INSTRUMENT_NOUNS = frozenset(_DATA["instrument_nouns"])
# past implicative verbs that tell their infinitive's act as done ('forced … to postpone'; verb_aspect.implied_by)
IMPLICATIVE = frozenset(_DATA["implicative"])
# 'went on to win', 'defied the odds to sink …' (verb_aspect.implied_by)
IMPLICATIVE_PHRASES = tuple(tuple(p.split()) for p in _DATA["implicative_phrases"])


def implicative_phrase(toks, i: int) -> int | None:
    """The first token of an implicative phrase ending right before the 'to' that precedes token i, else None."""
    for words in IMPLICATIVE_PHRASES:
        k = i - 1 - len(words)
        if k >= 0 and toks[i - 1].lower == "to" and tuple(t.lower for t in toks[k:i - 1]) == words:
            return k
    return None
# past linking verbs before 'enough' ('was enough for them to take the trophy'; verb_aspect.implied_by)
SUFFICIENCY_LINKING = tuple(tuple(p.split()) for p in sorted(_DATA["sufficiency"]["linking"], key=len, reverse=True))
SUFFICIENCY_DEGREE = tuple(tuple(p.split()) for p in sorted(_DATA["sufficiency"]["degree"], key=len, reverse=True))
# 'a batch of 36 satellites': the things counted head the phrase
COLLECTIVE_HEADS = frozenset(_DATA["collective_heads"])


@dataclass(frozen=True)
class Entailment:
    """The words whose report, done, entails an act (one way only): verbs (lemmas) and phrases."""
    verbs: frozenset[str] = frozenset()
    phrases: tuple[str, ...] = ()
    together: bool = False  # the phrase's words with none between ('launched into space', not 'launched X into space')
    names_object: bool = False  # keyed with the act's object ('enter administration'): its words name the object too
    verb_objects: frozenset[str] = frozenset()  # the verbs count only with one of these nouns as object ('seal the title')
    verb_not_objects: frozenset[str] = frozenset()  # nor with one of these ('concluded proceedings' announces nothing)


ENTAILMENTS: MappingProxyType[str, Entailment] = MappingProxyType({
    act: Entailment(frozenset(e.get("verbs", ())), tuple(sorted(e.get("phrases", ()), key=lambda p: (-len(p), p))),
                    bool(e.get("words_together")), verb_objects=frozenset(e.get("verb_objects", ())),
                    verb_not_objects=frozenset(e.get("verb_not_objects", ())))
    for act, e in _DATA["entailments"].items()
})


_OBJECT_KEYS: dict[str, tuple[str, ...]] = {}
for _key in ENTAILMENTS:
    if " " in _key:
        _OBJECT_KEYS.setdefault(_key.split(" ", 1)[0], ())
        _OBJECT_KEYS[_key.split(" ", 1)[0]] += (_key.split(" ", 1)[1],)


def entailing(act: str | None, obj: str | None = None) -> Entailment:
    """The words that entail the market's act ('sentence' for convict), empty when none do; an act
    keyed with its object ('enter administration') is read for that object only."""
    if act and obj and f"{act} {obj.lower()}" in ENTAILMENTS:
        return replace(ENTAILMENTS[f"{act} {obj.lower()}"], names_object=True)
    if act and obj:  # the keyed object's words inside the market's ('Mars orbit insertion burn' holds 'orbit insertion')
        words = f" {' '.join(obj.lower().split())} "
        keyed = [k for k in _OBJECT_KEYS.get(act, ()) if f" {k} " in words]
        if keyed:
            return replace(ENTAILMENTS[f"{act} {max(keyed, key=len)}"], names_object=True)
    return ENTAILMENTS.get(act or "", Entailment())


def act_families() -> dict[str, dict[str, tuple[str, ...]]]:
    """The frames in the shape the derivation uses: {name: {'verbs': …, 'nouns': …}}."""
    return {f.name: {"verbs": f.verbs, "nouns": f.nouns} for f in FRAMES.values()}


def phrases_of(names: tuple[str, ...] | frozenset[str]) -> tuple[str, ...]:
    """Multi-word phrases of the given frames, longest first."""
    out = {p for n in names if n in FRAMES for p in FRAMES[n].phrases}
    return tuple(sorted(out, key=lambda p: (-len(p), p)))


@lru_cache(maxsize=1024)
def frames_of_verb(lemma: str) -> tuple[str, ...]:
    return tuple(f.name for f in FRAMES.values() if lemma in f.verbs)


@lru_cache(maxsize=1024)
def frames_of_noun(lemma: str) -> tuple[str, ...]:
    return tuple(f.name for f in FRAMES.values() if lemma in f.nouns)


EVENT_NOUNS = frozenset(n for f in FRAMES.values() for n in f.nouns)
