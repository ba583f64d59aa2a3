"""A verb's event noun and an event noun's verb, by the regular English suffixes (-ion, -ation,
-ment, -al, and -sion / -ssion / -lution for a verb in -d(e), -t or -lve): 'erupt' → 'eruption', 'ship' →
'shipment', 'liquidation' → 'liquidate', 'extend' → 'extension', 'dissolve' → 'dissolution', 'apply' → 'application'. Only words the
dictionary lists as nouns (or verbs) are kept, so no spelling is made up.

Used where the question names an act by one word class and reports name it by the other:
'begin erupting' is reported as 'the eruption started' (the gerund's event noun), and 'announce a
liquidation' as 'said it would liquidate' (the noun's verb, nominal_verbs.py)."""

from __future__ import annotations

from functools import lru_cache

from .text import all_lemmas


def _candidates(verb: str) -> list[str]:
    stem = verb[:-1] if verb.endswith("e") else verb
    out = [verb + "ion", stem + "ion", stem + "ation", verb + "ation", verb + "ment", verb + "al", stem + "al"]
    if verb.endswith("e"):
        out.append(stem + "tion")  # 'produce' → 'production'
    if verb.endswith(("d", "de")):
        out.append(verb[:-2 if verb.endswith("de") else -1] + "sion")  # 'suspend' → 'suspension', 'decide' → 'decision'
    if verb.endswith("t"):
        out.append(verb[:-1] + "ssion")  # 'admit' → 'admission'
    if verb.endswith("ify") or verb.endswith("ply") and "VERB" not in all_lemmas(verb[:-1] + "icate"):
        out.append(verb[:-1] + "ication")  # 'ratify' → 'ratification', 'apply' → 'application' (not 'reply': 'replicate')
    if verb.endswith("lve"):
        out.append(verb[:-2] + "ution")  # 'dissolve' → 'dissolution'
    return list(dict.fromkeys(out))


@lru_cache(maxsize=2048)
def event_nouns(verb: str) -> tuple[str, ...]:
    """The event nouns a verb's lemma forms by a regular suffix ('erupt' → ('eruption',))."""
    verb = verb.lower()
    if not verb.isalpha() or "VERB" not in all_lemmas(verb):
        return ()
    return tuple(w for w in _candidates(verb) if w != verb and "NOUN" in all_lemmas(w)
                 and "VERB" not in all_lemmas(w))


@lru_cache(maxsize=2048)
def noun_verb(noun: str) -> str | None:
    """The verb an event noun is formed from by a regular suffix ('liquidation' → 'liquidate',
    'shipment' → 'ship'), else None."""
    noun = noun.lower()
    if not noun.isalpha() or "NOUN" not in all_lemmas(noun) or "ADJ" in all_lemmas(noun):
        return None  # ('final', 'provisional', 'coral': an adjective's noun use names no event)
    for suffix, ends in (("ication", ("y",)), ("lution", ("lve",)), ("ssion", ("t",)), ("sion", ("d", "de")), ("ation", ("ate", "e", "")),
                         ("tion", ("te", "e")), ("ion", ("e", "")), ("ment", ("",)), ("al", ("e", ""))):
        if not noun.endswith(suffix) or len(noun) - len(suffix) < 3:
            continue
        root = noun[:-len(suffix)]
        for end in ends:
            verb = root + end
            if "VERB" in all_lemmas(verb) and noun in event_nouns(verb):
                return verb
    return None


def gerund_object_nouns(obj: str | None, head: str) -> frozenset[str]:
    """For an object that is a gerund whose verb is the object's head term ('begin erupting': 'erupt'),
    the event nouns of that verb ('eruption'): 'the eruption started' tells that it began erupting."""
    last = (obj or "").split()[-1:] if obj else []
    if not last or not last[0].lower().endswith("ing") or head not in all_lemmas(last[0].lower()).get("VERB", ()):
        return frozenset()
    return frozenset(event_nouns(head))
