"""Another thing reached: an act verb whose own object is another noun phrase. For a market on a
transitive act done to a named thing ('Will lava … reach the Daniel K. Inouye Highway …?'), a
sentence that names the thing only inside a phrase of its own before the verb ('traveling to the
north toward the Daniel K. Inouye Highway (Saddle Road)') and gives the verb a noun phrase of its
own right after it ('but have reached relatively flatter ground') tells the act done to that other
thing: the market's thing is where the flow is heading, not what it reached. English puts a
transitive verb's object right after it; a noun in a preposition's phrase ('toward', 'from',
'near', 'of') is neither the verb's object nor its subject.

Not read: a passive or a verb with no noun phrase after it ('was reached on Monday'); an object
phrase sharing a word with the market's object or its named parties ('reached the road' for the
Saddle Road), or taking it up with a pronoun ('reached it'); a sentence naming the market's thing
after the verb, or before it anywhere but in a preposition's phrase (it may be the verb's subject:
'The bill passed the Senate'). Pure, read from the sentence's tokens; data own_objects.json."""

from __future__ import annotations

import json
from importlib import resources

from .frames import FRAMES
from .text import Sentence

_DATA = json.loads(resources.files("resolver.data").joinpath("own_objects.json").read_text(encoding="utf-8"))
_ENDS = frozenset(_DATA["object_ends"])
_PREPOSITIONS = frozenset(_DATA["phrase_prepositions"])
_TAKERS_UP = frozenset(_DATA["takers_up"])
_PASSIVE = frozenset({"was", "were", "been", "being", "be", "is", "are", "get", "got", "gets"})
_ARTICLES = frozenset({"the", "a", "an"})
_MAX_PHRASE = 8  # words of an object phrase; a longer run tells nothing clear
_MAX_NAME = 6  # words of the named thing read back to the preposition that opens its phrase


def _object_phrase(sent: Sentence, i: int) -> list[str] | None:
    """The words of the noun phrase right after the verb at i, up to the first word that ends it,
    or None when none follows or the run is too long to tell."""
    toks = sent.tokens
    words: list[str] = []
    k = i + 1
    while k < len(toks) and toks[k].lower not in _ENDS:
        words.append(toks[k].lower)
        k += 1
        if len(words) > _MAX_PHRASE:
            return None
    return words or None


def _in_phrase(sent: Sentence, o: int, object_idx: set[int]) -> bool:
    """The named thing at o stands in a preposition's phrase: read back over its own words (capitalised
    words, initials, an article) to the word before it, which must be a preposition."""
    toks = sent.tokens
    k = o - 1
    for _ in range(_MAX_NAME):
        if k < 0:
            return False
        t = toks[k]
        initial = t.text == "." and k > 0 and len(toks[k - 1].text) == 1 and toks[k - 1].text.isupper()  # 'K.'
        if k in object_idx or initial or t.lower in _ARTICLES or (t.text[:1].isupper() and t.lower not in _PREPOSITIONS):
            k -= 1
            continue
        break
    return k >= 0 and toks[k].lower in _PREPOSITIONS


def other_object(sent: Sentence, i: int, object_idx: list[int], own_words: set[str]) -> str | None:
    """Why the act verb at i is done to another thing than the market's: (its own object phrase,
    named), or None. `own_words`: the lowercased words of the market's object and its named parties."""
    toks = sent.tokens
    if not object_idx or i + 1 >= len(toks) or any(o >= i for o in object_idx):
        return None
    if i > 0 and toks[i - 1].lower in _PASSIVE or (i > 1 and toks[i - 2].lower in _PASSIVE and toks[i - 1].lower.endswith("ly")):
        return None  # 'was reached', 'was finally reached': no object of its own
    words = _object_phrase(sent, i)
    if words is None or not any(w.isalpha() and w not in _ARTICLES for w in words):
        return None
    if any(w in _TAKERS_UP for w in words) or any(w in own_words or w.rstrip("s") in own_words for w in words):
        return None  # 'reached it', 'reached the road' (Saddle Road): the market's thing taken up
    held = set(object_idx)
    if not all(_in_phrase(sent, o, held) for o in object_idx):
        return None  # the market's thing may be the verb's subject ('The bill passed the Senate')
    phrase = " ".join(words)
    return (f"'{toks[i].text} {phrase}': the verb's own object is another thing; the sentence names the "
            f"market's only in a phrase of its own, not as what the act was done to")


# the words after a phrase's object slot ('bring * into force' → ('into', 'force')), from the frame lexicon
_SLOT_TAILS = frozenset(tuple(p.split("*", 1)[1].split()) for frame in FRAMES.values() for p in frame.phrases if "*" in p)


def slot_other(sent: Sentence, i: int, end: int | None, own_words: set[str]) -> str | None:
    """The same for a phrase with an object slot ('bring * into force', frames.json): the words between its
    verb at i and the phrase's tail (before `end`) are the verb's own object; when they share no word with
    the market's object or parties and take nothing up ('brought the new capital rules into force' for the
    prudential regime), the phrase's act is another thing's. None when the slot is empty (a passive: 'was
    brought into force') or names the market's thing."""
    toks = sent.tokens
    if end is None or end - i < 3:
        return None
    low = [t.lower for t in toks]
    tail = next((k for k in range(i + 1, end) if any(tuple(low[k:k + len(tl)]) == tl for tl in _SLOT_TAILS)), None)
    words = low[i + 1:tail] if tail is not None else []  # (a phrase with no slot, 'Falls Perfectly Into An Orbit', has none)
    if not any(w.isalpha() and w not in _ARTICLES for w in words):
        return None
    if any(w in _TAKERS_UP for w in words) or any(w in own_words or w.rstrip("s") in own_words for w in words):
        return None
    return f"'{toks[i].text} {' '.join(words)} …': the phrase's own object is another thing than the market's"
