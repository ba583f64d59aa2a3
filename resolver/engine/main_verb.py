"""Which word of a question is its main verb, where the surface misleads the first-verb search of
derive.py: a word that ends the comparison a figure sets ('4.75% or lower') is no act; a verb
whose complement opens with a quantity or a manner word ('receive more than 50%', 'plead guilty',
'rule unanimously', 'touch down') is the act, not a noun further on ('… in a U.S. court'); a noun
heading the subject ('the death toll from the floods', 'the jobs report') is no act when the
subject's own verb follows ('… exceed 150', '… show gains of 50,000'); and a perfect ('15 million
people in the UK have received a first dose') asks for its participle's act."""

from __future__ import annotations

import re

import lemminflect

from . import lexicon
from .frames import LIGHT_VERBS, SUPPORT_VERBS
from .question_verbs import EVIDENTIAL_VERBS, in_content_clause, is_verb_base
from .text import Token, all_lemmas

# words that end a figure's comparison ('4.75% or lower', '30 centimeters or lower', '10 or more')
COMPARATIVE_TAILS = frozenset({"higher", "lower", "more", "less", "fewer", "greater", "better", "worse", "faster",
                               "slower", "stronger", "weaker", "longer", "shorter", "above", "below", "over", "under"})

# particles of a phrasal verb ('touch down', 'lay off', 'sell out', 'walk off', 'carry out')
PARTICLES = frozenset({"down", "off", "out", "up", "back"})

# words that open a verb's complement without a determiner: a quantity ('receive more than 50%'),
# a predicate of the plea ('plead guilty'), a place beside ('appear alongside'), an ordinal ('achieve first light')
_QUANTIFIERS = frozenset({"more", "less", "fewer", "nearly", "almost", "about", "around", "roughly", "approximately"})
_OPENERS = _QUANTIFIERS | frozenset({"guilty", "alongside", "first", "second", "third"}) | PARTICLES

_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "this", "that"})
_SUBJECT_PREPOSITIONS = frozenset({"from", "for", "of", "in", "on", "at", "during", "after"})
_DATE_WORDS = frozenset(lexicon.MONTHS) | {"the", "end", "mid", "early", "late"}


def figure_tail(words: list[str], i: int) -> bool:
    """Word i ends the comparison of a figure before it ('4.75% or lower', 'Category 3 or higher'):
    the direction of a bar, not the question's act."""
    return words[i] in COMPARATIVE_TAILS and i >= 2 and words[i - 1] == "or" and words[i - 2][:1] in "0123456789$€£"


def opens_complement(toks: list[Token], i: int) -> bool:
    """The word after the verb at i opens its complement though it is no determiner: a quantity
    ('gross more than $60 million'), a comparative with 'than' ('trade weaker than 1,500'), a manner
    adverb before a preposition or the end ('rule unanimously in …'), a plea's predicate ('plead
    guilty'), a particle ('touch down'), an ordinal ('achieve first light')."""
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1].lower
    after = toks[i + 2].lower if i + 2 < len(toks) else ""
    if nxt in _OPENERS:
        return True
    if nxt.endswith("er") and after == "than":
        return True
    lem = all_lemmas(nxt)
    return nxt.endswith("ly") and set(lem) == {"ADV"} and (after in _SUBJECT_PREPOSITIONS | {"", "?", "by", "to", "with"})


def _figure_next(toks: list[Token], j: int) -> bool:
    """The verb at j is followed by a figure or a quantity ('exceed 150', 'reach $5 trillion',
    'come in below 8.0%', 'show nonfarm payroll gains of 50,000')."""
    k = j + 1
    if k < len(toks) and toks[k].lower in PARTICLES | {"in"} and k + 1 < len(toks):
        k += 1  # 'come in below 8.0%'
    if k >= len(toks):
        return False
    w = toks[k].lower
    if w == "at" and k + 2 < len(toks) and toks[k + 1].lower == "or":
        k, w = k + 2, toks[k + 2].lower  # 'trade at or above $100'
    return w[:1] in "0123456789$€£" or w in _QUANTIFIERS or w in ("above", "below", "over", "under", "at") \
        and k + 1 < len(toks) and (toks[k + 1].lower[:1] in "0123456789$€£" or toks[k + 1].lower in ("least", "most"))


def _dated_end(toks: list[Token], j: int) -> bool:
    """The verb at j is followed by the date the act is due by ('end by October 6')."""
    return j + 2 < len(toks) and toks[j + 1].lower in ("by", "before") and (
        toks[j + 2].lower in _DATE_WORDS or toks[j + 2].lower[:1].isdigit())


def _modified(toks: list[Token], i: int) -> bool:
    """The word at i has a modifier before it that only a noun takes: a lowercase noun or adjective
    ('death toll', 'jobs report', 'jobless rate'), a number or year ('March 2023 strike'), or a
    possessive ("Eurostat's flash estimate")."""
    if i == 0:
        return False
    if "-" in toks[i].lower and i + 1 < len(toks) and toks[i + 1].lower.isalpha() and toks[i + 1].text.islower() \
            and "NOUN" in all_lemmas(toks[i + 1].lower) and "NOUN" in all_lemmas(toks[i].lower.split("-")[0]):
        return True  # 'recover the Hayabusa2 sample-return capsule': a compound modifying the noun after it
    k = i - 1
    while k > 0 and toks[k].text[:1].isupper() and not toks[k].text.endswith(("'s", "’s", "s'")):
        k -= 1  # "Japan's preliminary GDP estimate", "Nebraska's Volleyball Day match": a name or acronym modifying it
    prev = toks[k]
    if prev.text.endswith(("'s", "’s", "s'")) or prev.lower[:1].isdigit() and k == i - 1:
        return True
    if k < i - 1 and prev.text[:1].isupper():
        return False  # a name opening the question ('Rocket Lab launch'): the name is the subject
    if not _compound_word(prev.lower) or prev.text[:1].isupper() or prev.lower in _DETERMINERS | _SUBJECT_PREPOSITIONS:
        return False
    lem = all_lemmas(prev.lower)
    return "NOUN" in lem or "ADJ" in lem or "-" in prev.lower


def _compound_word(w: str) -> bool:
    """A plain word, or one joined by hyphens ('no-confidence', 'far-side')."""
    return w.isalpha() or "-" in w and all(p.isalpha() for p in w.split("-"))


def noun_use(toks: list[Token], i: int) -> bool:
    """The word at i stands after a lowercase noun or adjective that can only modify it ('an orbital
    launch', 'a 5% pay raise', 'its target reverse repurchase rate'): read as a noun when a verb
    with a determiner after it comes first."""
    if i == 0:
        return False
    if "-" in toks[i].lower and i + 1 < len(toks) and toks[i + 1].lower.isalpha() and toks[i + 1].text.islower() \
            and "NOUN" in all_lemmas(toks[i + 1].lower) and "NOUN" in all_lemmas(toks[i].lower.split("-")[0]):
        return True  # 'recover the Hayabusa2 sample-return capsule': a compound modifying the noun after it
    prev = toks[i - 1]
    if not prev.lower.isalpha() or prev.text[:1].isupper() or prev.lower in _DETERMINERS | _SUBJECT_PREPOSITIONS \
            or prev.lower in ("to", "or", "and", "not", "will"):
        return False
    lem = all_lemmas(prev.lower)
    return "NOUN" in lem or "ADJ" in lem


def _named_after_determiner(toks: list[Token], i: int) -> bool:
    """The word at i follows a capitalised name opened by a determiner ('the Wang Fuk Court fire'):
    the name modifies it when a verb with a figure follows."""
    k = i - 1
    while k >= 0 and toks[k].text[:1].isupper():
        k -= 1
    return k < i - 1 and k >= 0 and toks[k].lower in _DETERMINERS and k > 0 and toks[k - 1].lower in _SUBJECT_PREPOSITIONS


def subject_verb(toks: list[Token], words: list[str], i: int) -> int | None:
    """When the word at i, read as the act, is a noun heading the question's subject ('the confirmed
    death toll from the floods exceed 150', 'the July 2024 U.S. jobs report show …', 'the ILA port
    strike on the US East … end by October 6'), the index of the subject's own verb further on; else
    None. The noun has a noun's modifier before it and a preposition or the verb after it; the verb is
    a base form, not after a determiner, a preposition or 'to', followed by a figure (or, after a
    modified noun, by the date it is due by, or it is a verb of showing)."""
    if i <= 0 or i + 1 >= len(toks) or "NOUN" not in all_lemmas(words[i]):
        return None
    modified = _modified(toks, i)
    lead_named = _named_from_start(toks, i)  # 'the UMWA strike at Warrior Met Coal remain active on …'
    if not modified and not lead_named and not _named_after_determiner(toks, i):
        return None
    n = _past_parenthesis(words, i + 1)  # 'crude oil (WTI) trade below $30': the aside names the noun
    post = (modified or lead_named) and post_modifier(words, n)  # "drivers' strike that began at … end by May 22"
    if n >= len(toks) or words[n] not in _SUBJECT_PREPOSITIONS | {"against", "over"} and not post \
            and (not _verb_base(words[n]) or toks[n].text[:1].isupper()) \
            or _figure_next(toks, i):  # ('the first no-confidence motion against … receive at least 287 votes')
        return None  # 'futures trade at or above $100': a verb with its figure ('reach Earth orbit': a name, no verb)
    compound = True  # the words after the noun continue its compound ('flash estimate show')
    for j in range(n, len(toks)):
        w = words[j]
        if not (w.isalpha() and w.islower() and "NOUN" in all_lemmas(w)):
            compound = False
        if toks[j].text[:1].isupper() or not _verb_base(w):
            continue
        prev = toks[j - 1]
        if prev.lower in _DETERMINERS | _SUBJECT_PREPOSITIONS | {"to", "or", "and", "per"} or prev.text.endswith(("'s", "’s")):
            continue
        if not compound and "NOUN" in all_lemmas(w) and noun_use(toks, j):
            continue  # 'launch on its first flight test': a noun of the complement
        if in_content_clause(words, j):
            return None
        if _figure_next(toks, j) or (modified or lead_named) and _dated_end(toks, j) or modified and w in EVIDENTIAL_VERBS:
            return j
        if (modified or lead_named) and (_lasting(words, j) or post and _dated_end(toks, j)):
            return j  # '… strike at WestJet remain active on July 2' (shapes.holding_office's 'still be under way')
    return None


def _named_from_start(toks: list[Token], i: int) -> bool:
    """The word at i follows a name that opens the question after its determiner ('the UMWA strike',
    'the AMFA mechanics strike'): read as the head noun of the subject."""
    if i < 2 or toks[0].lower not in ("the", "a", "an"):
        return False
    return toks[1].text[:1].isupper() and all(t.text[:1].isupper() or t.text.islower() and t.lower.isalpha()
                                              and "NOUN" in all_lemmas(t.lower) for t in toks[2:i])


def post_modifier(words: list[str], n: int) -> bool:
    """Words at n open a clause or a participle phrase after a noun ('that began at …', 'which began
    on …', 'led by ACDAC'): the noun's modifier, not its verb's complement."""
    nxt = words[n:n + 2]
    if len(nxt) < 2:
        return False
    if nxt[0] in ("that", "which") and nxt[1].isalpha() and "VERB" in all_lemmas(nxt[1]) \
            and nxt[1] in lemminflect.getInflection(all_lemmas(nxt[1])["VERB"][0], "VBD"):
        return True  # 'that began', 'which started' (a past verb: 'that will begin' asks nothing of the noun)
    return nxt[1] == "by" and nxt[0].endswith("ed") and "VERB" in all_lemmas(nxt[0]) or \
        nxt[1] == "by" and nxt[0] in ("led", "called", "begun", "held", "run")


def _lasting(words: list[str], j: int) -> bool:
    """A verb of lasting at j with the state it lasts in ('remain active on', 'continue through',
    'remain in effect'): the subject's own verb."""
    if words[j] not in lexicon.STATE_VERBS or j + 1 >= len(words):
        return False
    nxt = words[j + 1]
    return nxt in lexicon.STATE_ADJECTIVES or nxt in ("through", "until", "till", "past", "beyond") \
        or nxt == "in" and words[j + 2:j + 3] in (["effect"], ["force"], ["place"])


def _verb_base(w: str) -> bool:
    """A base-form verb, spelt as one word or with a hyphened 're-' ('re-enter')."""
    return (w.isalpha() or w.startswith("re-") and w[3:].isalpha()) and is_verb_base(w)


def _past_parenthesis(words: list[str], k: int) -> int:
    """The index after a parenthesis opening at k ('(WTI)'), or k."""
    if k < len(words) and words[k] == "(" and ")" in words[k:k + 6]:
        return words.index(")", k) + 1
    return k


# what follows a verb used without an object: a preposition, the date it is due by, the end
_NO_OBJECT = _SUBJECT_PREPOSITIONS | {"to", "by", "before", "?", "within", "into", "over", "again"}
# 'the … cargo ship dock with the International Space Station': a verb taking its party with 'with' (not
# after a light verb, 'the lander make contact with Earth', whose noun is what it makes)
_WITH = frozenset({"with"})


def adjacent_subject_verb(toks: list[Token], words: list[str], i: int) -> int | None:
    """'West Ada School District's … plant facilities levy pass in the May 16 election', "China's
    Tiangong-1 space station re-enter Earth's atmosphere": the word at i, read as the act, is a noun
    closing the subject (a noun's modifier before it) when a base-form verb follows it at once and
    takes no noun after it (a preposition, a name, the date): that verb is the act, and the subject is
    what it is about. The index of the verb, or None."""
    if i <= 0 or "NOUN" not in all_lemmas(words[i]) or not _modified(toks, i):
        return None
    j = _past_parenthesis(words, i + 1)
    if j + 1 >= len(toks) or toks[j].text[:1].isupper() or not _verb_base(words[j]) \
            or {"ADV", "ADJ"} & set(all_lemmas(words[j])):
        return None  # 'land back on Earth', 'touch down', 'stay free of': a particle or a state after the verb
    nxt = toks[j + 1]
    if nxt.lower in _WITH and words[i] not in LIGHT_VERBS | SUPPORT_VERBS:
        return j
    if nxt.lower in _NO_OBJECT or nxt.text[:1].isupper() and not in_content_clause(words, j):
        return j
    return None


_PERFECT_AUX = frozenset({"have"})


def perfect_participle(toks: list[Token], words: list[str]) -> int | None:
    """'at least 15 million people in the UK have received a first dose', 'all of the plants have
    resumed production': after the question's 'have', a past participle names the act (its index);
    None when 'have' takes an object ('have a new CEO appointed', 'have the biggest debut')."""
    for k, w in enumerate(words[:-1]):
        if w not in _PERFECT_AUX or (k and words[k - 1] == "to") or in_content_clause(words, k):
            continue
        j = k + 1
        if words[j].endswith("ly") and set(all_lemmas(words[j])) == {"ADV"} and j + 1 < len(words):
            j += 1  # 'have officially resumed'
        verbs = all_lemmas(words[j]).get("VERB")
        if not verbs or words[j] == verbs[0] or words[j] not in lemminflect.getInflection(verbs[0], "VBN"):
            return None
        return j
    return None


_ORDINAL_SUFFIX = re.compile(r"^(?:st|nd|rd|th)$")


def ordinal_suffix(toks: list[Token], k: int) -> bool:
    """The token at k is the suffix of an ordinal written in figures ('18th', '21st'), split from
    its number by the tokenizer."""
    return k > 0 and bool(_ORDINAL_SUFFIX.match(toks[k].lower)) and toks[k - 1].lower.isdigit() \
        and toks[k].start == toks[k - 1].start + len(toks[k - 1].text)


_POSSESSIVES = frozenset({"its", "their", "his", "her", "the"})
_PHRASE_PREPOSITIONS = frozenset({"in", "at", "for", "during", "with", "on", "by", "via", "through"})
_RANGE_MARKS = frozenset({"-", "–", "/"})


def closes_noun_phrase(toks: list[Token], i: int) -> bool:
    """The word at i ends the question as the head of a noun phrase a preposition opens, past its
    modifiers (names, numbers, nouns, 'and'): 'in its Q4 2020 production and deliveries release?' —
    a noun naming where the act is told, not the act."""
    if i + 1 < len(toks) and toks[i + 1].text not in ("?", "."):
        return False
    j = i - 1
    while j > 0 and i - j <= 7:
        w = toks[j]
        if w.lower in _POSSESSIVES:
            return j < i - 1 and toks[j - 1].lower in _PHRASE_PREPOSITIONS and toks[i - 1].lower not in ("and", "or", "to")
        if not (w.text[:1].isupper() or w.text[:1].isdigit() or w.lower in ("and", "&")
                or (w.lower.isalpha() and "NOUN" in all_lemmas(w.lower))
                or (w.text in _RANGE_MARKS and toks[j - 1].text[:1].isdigit() and toks[j + 1].text[:1].isdigit())):
            # ('in the 2022-23 season?': a span of years told with a dash is one modifier)
            return False
        j -= 1
    return False


# verbs telling a measure's fate at a vote, with the measure for their subject
_FATE_VERBS = frozenset({"pass", "fail", "succeed", "prevail"})


def measure_fate_verb(toks: list[Token], words: list[str], i: int) -> int | None:
    """"Taiwan's December 18, 2021 referendum to ban imports of pork … pass": the verb at i, read as
    the act, is an infinitive naming a measure's content ('referendum to ban', a lowercase noun right
    before 'to'); when a verb of the measure's fate ('pass', 'fail') follows the subject with no
    object after it, that verb is the act and the measure its subject. Its index, else None."""
    if i < 2 or words[i - 1] != "to" or toks[i - 2].text[:1].isupper() or "NOUN" not in all_lemmas(words[i - 2]):
        return None
    for j in range(i + 1, len(toks)):
        if words[j] in _FATE_VERBS and words[j - 1] not in _DETERMINERS | {"to"} and not in_content_clause(words, j) \
                and (j + 1 == len(toks) or words[j + 1] in _NO_OBJECT | {"in", "on", "at", "with"}):
            return j
    return None
