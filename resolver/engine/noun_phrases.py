"""The noun phrases of a market's question, for derive.py: the words of the phrase opening at a
token (past a name with its number, 'of' inside a name or a state's name, a counted collective, an
attributive sum; up to a boundary word, a figure, a participle after the head or, for a subject, its
verb), a phrase's content words, and the words of a subject that name it (capitalised words with the
particles inside a person's name). Where such a phrase starts is read in question_nouns.py."""

from __future__ import annotations

import re

from . import lexicon, quantities
from .actors import _NUMBERED_NAME, _TITLES
from .frames import COLLECTIVE_HEADS
from .main_verb import figure_tail, ordinal_suffix
from .packaged import load_json
from .question_nouns import adverb_only, phrase_ends
from .text import Token, all_lemmas

_STOP = frozenset({
    "the", "a", "an", "its", "their", "his", "her", "of", "to", "for", "with", "and", "or", "any",
    "all", "new", "official", "officially", "formally", "publicly", "least", "at", "be", "been",
    "it", "that", "this", "these", "those", "in", "on", "by", "as", "than", "more", "per", "s",
    "'s", "will", "some", "one", "each", "both", "either", "own", "first", "ever",
})
_BOUNDARY = frozenset({
    "by", "before", "at", "in", "on", "during", "following", "after", "until", "through", "within",
    "from", "of", "?", "(", ",", "as", "when", "if", "between", "into", "against", "over", "under",
    "above", "below", "for", "that", "with", "because", "amid", "despite",
})
OF_STATES = frozenset(load_json("endings.json")["in_force"]["of_names"])


# lowercase particles inside a person's name ('Alexander Van der Bellen', 'Ursula von der Leyen')
_NAME_PARTICLES = frozenset({"van", "der", "den", "von", "de", "del", "della", "da", "di", "du", "la", "le", "bin", "al"})


def _name_words(subject: list[str]) -> list[str]:
    """The subject's words that name it: capitalised words that are no title or stop word, with a
    capitalised stop word ('New' of 'Emirates Team New Zealand') or a lowercase particle ('der' of
    'Alexander Van der Bellen') kept between two of them."""
    keep = [(w[:1].isupper() or bool(_NUMBERED_NAME.match(w))) and w.lower() not in _TITLES and w.lower() not in _STOP
            for w in subject]
    for k in range(len(subject) - 2, -1, -1):
        if keep[k] or not keep[k + 1]:
            continue
        particle = subject[k].lower() in _NAME_PARTICLES and any(keep[:k])
        capital = subject[k][:1].isupper() and subject[k].lower() == "new"  # 'New Zealand', 'New York'
        keep[k] = particle or capital
    return [w for w, kept in zip(subject, keep) if kept]


def _attributive_name_of(toks, k: int, end: int | None) -> bool:
    """In a subject bounded by its verb, 'of' at token k inside a capitalised name used before a
    lowercase head noun ('the Writers Guild of America strike still be in effect'): capitalised words
    on both sides, then, right after the name and before the verb, a lowercase noun."""
    stop = len(toks) if end is None else end
    if not (k and toks[k - 1].text[:1].isupper() and k + 1 < stop and toks[k + 1].text[:1].isupper()):
        return False
    j = k + 1
    while j < stop and toks[j].text[:1].isupper() and toks[j].text.isalpha():
        j += 1
    if j >= stop or not toks[j].text.isalpha() or not toks[j].text.islower():
        return False
    lem = all_lemmas(toks[j].lower)
    # within a subject bounded by its verb ('… strike still be'), a noun that is also a verb is the head
    return "NOUN" in lem


def _content(phrase: list[str]) -> list[str]:
    """A phrase's content words: no stop words, but the 'New' of a name ('New York', 'New Glenn')."""
    return [w for k, w in enumerate(phrase)
            if w.lower() not in _STOP and not (w.islower() and adverb_only(w))
            or w == "New" and k + 1 < len(phrase) and phrase[k + 1][:1].isupper()]


def _gloss_end(toks: list[Token], k: int, end: int | None) -> int | None:
    """'its overnight borrowing (reverse repurchase) rate', 'the greenshoe (over-allotment) option': at
    the '(' of token k, a short lowercase gloss inside a noun phrase that goes on after it with a
    lowercase word of the phrase (not a boundary, a verb of its own, a figure or a name): the index of
    its ')'. None where the parenthesis ends the phrase ('approve Mounjaro (tirzepatide) for …', 'a
    majority (272+ seats) in …') or glosses with a name or a figure ('Naro (KSLV-I) rocket')."""
    stop = len(toks) if end is None else end
    close = next((j for j in range(k + 1, min(k + 6, stop)) if toks[j].text in "()"), None)
    if close is None or toks[close].text != ")" or close == k + 1 or close + 1 >= stop:
        return None
    if not all(t.text.islower() and t.text.replace("-", "").isalpha() for t in toks[k + 1:close]):
        return None
    nxt = toks[close + 1]
    lem = all_lemmas(nxt.lower)
    if not (nxt.text.isalpha() and nxt.text.islower()) or nxt.lower in _BOUNDARY | _STOP or lem and not {"NOUN", "ADJ"} & set(lem):
        return None
    return close


# a level set for a measure, named by the measure it is set for ('its target for the overnight rate')
_SET_LEVELS = frozenset({"target"})


def _level_for(words: list[str], k: int, out: list[str], stop: int) -> bool:
    """At 'for' (token k) after a head naming a level set for a measure: the measure is a rate a
    determiner opens, up to three lowercase words on ('its target for the overnight rate': the
    overnight rate target; not 'a target for 2025', 'the target for inflation')."""
    if not (out and out[-1].lower() in _SET_LEVELS and words[k + 1:k + 2] in (["the"], ["its"], ["their"])):
        return False
    rest = words[k + 2:min(k + 5, stop)]
    return "rate" in rest and all(w.isalpha() and w not in _BOUNDARY for w in rest[:rest.index("rate")])


def noun_phrase(toks: list[Token], words: list[str], start: int, stop_at_verb: bool = False,
                end: int | None = None) -> list[str]:
    """The words of the noun phrase opening at token `start` of the question's tokens `toks`
    (lowercase `words`), up to a boundary word, a figure, or, with `stop_at_verb`, its verb (or
    token `end`)."""
    out = []
    glued = -1
    for k, t in enumerate(toks[start:end], start):
        if k <= glued:
            continue
        if t.lower.isdigit() and k + 1 < len(toks) and toks[k + 1].start == t.start + len(t.text) \
                and (_NUMBERED_NAME.match(t.text + toks[k + 1].text) and out and out[-1][:1].isupper()
                     or toks[k + 1].text.isupper() and toks[k + 1].text.isalpha() and len(toks[k + 1].text) <= 2):
            out.append(t.text + toks[k + 1].text)  # 'San Francisco 49ers', 'the 777X': a name with its number
            glued = k + 1
            continue
        if t.text == "No." and k + 1 < (len(toks) if end is None else end) and toks[k + 1].text.isdigit():
            out.append(f"No. {toks[k + 1].text}")  # 'remain No. 1', 'Hurricane Signal No. 10': a rank or a label with its number
            glued = k + 1
            continue
        if t.lower == "of" and out and k + 1 < (len(toks) if end is None else end) \
                and f"{out[-1].lower()} of {toks[k + 1].lower}" in OF_STATES:
            continue  # 'the state of emergency': one name, 'of' inside it
        if stop_at_verb and t.lower == "of" and out and _attributive_name_of(toks, k, end):
            continue  # 'the Writers Guild of America strike': a name with 'of' inside it before its head noun
        if t.lower == "for" and _level_for(words, k, out, len(toks) if end is None else end):
            continue  # 'its target for the overnight rate': the rate names what the target is for
        if t.lower == "of" and out and out[-1].lower() in COLLECTIVE_HEADS:
            continue  # 'a second batch of 36 satellites': the satellites are what the phrase names
        if n_sum := quantities.attributive_amount(words, k, out):  # 'the $700 billion … bill': the sum qualifies it
            glued = k + n_sum - 1
            continue
        if t.lower == "(" and out and (gloss := _gloss_end(toks, k, end)) is not None:
            glued = gloss
            continue  # 'its overnight borrowing (reverse repurchase) rate': the phrase goes on past its gloss
        if t.lower in _BOUNDARY or t.lower.startswith(("$", "€", "£")) or second_act(toks, k, out):
            break
        if ordinal_suffix(toks, k) or figure_tail(words, k):
            continue  # 'its 18th sanctions package', 'to 0.5% or higher': an ordinal's suffix, a bar's direction
        if stop_at_verb and t.lower == "be":
            break
        if not stop_at_verb and phrase_ends(toks, k, out):
            break  # 'a permanent CEO to succeed …', 'a new contract ending their strike'
        if t.lower[:1].isdigit() or t.lower.rstrip(".") in lexicon.MONTHS or not (t.lower[:1].isalpha()):
            continue  # dates, numbers and quotes inside a noun phrase
        lem = all_lemmas(t.lower)
        prev_noun = bool(out) and out[-1].lower() not in _STOP and "NOUN" in all_lemmas(out[-1].lower())
        attributive = stop_at_verb and t.lower.endswith("ing") and k + 1 < len(toks) and toks[k + 1].lower.isalpha() \
            and toks[k + 1].text.islower() and "NOUN" in all_lemmas(toks[k + 1].lower)
        named = t.text[:1].isupper() and out[-1][:1].isupper() if out else False  # 'Standing Lending Facility Rate'
        if prev_noun and set(lem) == {"VERB"} and t.lower not in lem["VERB"] and not attributive and not named:
            break  # a participle after the head: "hostages held in Gaza" (not a subject's 'winning streak')
        out.append(t.text.strip("'\""))
    return out


# a second verb phrase after 'or' ('enter administration or file for insolvency'): the words a verb of its own
# opens ('file', then a preposition or determiner) are another act's, not the first act's object
_SECOND_OPENERS = frozenset({"for", "to", "the", "a", "an", "its", "their", "his", "her", "into", "with"})
_PARTICLES = frozenset({"off", "out", "up", "down", "back", "over", "away"})


def second_act(toks: list[Token], k: int, out: list[str]) -> bool:
    """Token k is 'or' or 'and' opening a second verb phrase after the object read so far ('end their strike and
    return to work')."""
    if toks[k].lower not in ("or", "and") or not out or k + 2 >= len(toks):
        return False
    verb, nxt = toks[k + 1].lower, toks[k + 2].lower
    lem = all_lemmas(verb)
    return "VERB" in lem and verb in lem["VERB"] and (nxt in _SECOND_OPENERS or nxt in _PARTICLES and k + 3 < len(toks)
                                                      and toks[k + 3].lower in _SECOND_OPENERS)  # 'or spin off the …'


# a title in quotes ('The Voice of Hind Rajab', "No One Is Talking About This"): its words are its
# name whole, the small words inside it too
_QUOTED = re.compile(r"(?:^|(?<=\s))(?:'(?P<a>[A-Z0-9][^'\"‘’“”]{0,80}?)'|\"(?P<b>[A-Z0-9][^'\"‘’“”]{0,80}?)\"|"
                     r"‘(?P<c>[A-Z0-9][^'\"‘’“”]{0,80}?)’|“(?P<d>[A-Z0-9][^'\"‘’“”]{0,80}?)”)(?=[\s?,:;]|['’]s\b|$)")


def quoted_title(text: str) -> tuple[int, list[str]] | None:
    """The first title in quotes in `text` (a question's subject): where it opens and its words, or None."""
    m = _QUOTED.search(text)
    if not m:
        return None
    title = next(g for g in m.groups() if g is not None)
    words = re.findall(r"[\w&.-]+(?:['’][\w]+)?", title)
    return m.start(), words[1:] if len(words) > 1 and words[0] in ("The", "A", "An") else words  # (no article: 'Zone of Interest')
