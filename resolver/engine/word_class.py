"""Word classes without a tagger: is this token a verb here, and in which form?

The mention reader (mentions.py) has no part-of-speech tagger (README "Syntax: decision and
figures"): it asks `lemminflect` which lemmas a word can have and decides from the words around
it. An ambiguous word ("talks", "cut", "halt") is a verb only after a modal, "to", an
auxiliary, a pronoun or a negator, or, in the past, after a name or noun; a headline's verb
needs a subject before it. Pure and deterministic."""

from __future__ import annotations

from functools import lru_cache


from .act_families import known_act
from .text import Sentence, inflections_of, the_month, all_lemmas

AUX_PAST = frozenset({"has", "have", "had", "was", "were", "been", "did", "got", "is", "are", "be", "being"})
AUX_PERFECT = frozenset({"has", "have", "had", "having"})
AUX_PASSIVE = frozenset({"was", "were", "been", "is", "are", "be", "being", "got"})
FUTURE = frozenset({"will", "'ll", "shall", "wo", "gonna"})
MODALS = frozenset({"would", "could", "might", "may", "should", "can", "must", "ca"})
DETERMINERS = frozenset({
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "any", "such",
    "first", "new", "latest", "planned", "possible", "potential", "proposed", "another", "no", "each", "every",
})
PREPOSITIONS = frozenset({"of", "for", "on", "in", "at", "with", "from", "by", "about", "over", "after", "before",
                          "into", "under", "against", "toward", "towards", "amid", "despite", "during", "than"})
PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you", "it", "who", "which", "that"})
REPORTING = frozenset({"say", "tell", "report", "announce", "confirm", "state", "add", "write", "claim", "according"})
# a headline's finite verb of saying, after which a noun opens the reported clause ('Ukraine says troops enter …')
_SAYING = frozenset({"says", "said", "say", "claims", "claimed"})
RELATIVES = frozenset({"where", "which", "who", "whom", "whose", "when"})
SKIP_VERBS = frozenset({"be", "have", "do", "will", "shall", "would", "could", "may", "might", "should", "can", "must"})


_BE_FINITE = frozenset({"was", "were", "is", "are", "am"})


def unrealised_plan(before: list[str]) -> bool:
    """'which was to have come into effect from October', 'they were to have met on Monday': be +
    'to have' before a participle tells a plan that did not (or not yet) come about."""
    return len(before) >= 3 and before[-2:] == ["to", "have"] and before[-3] in _BE_FINITE


@lru_cache(maxsize=65536)
def verb_lemmas(word: str) -> tuple[str, ...]:
    found = tuple(all_lemmas(word).get("VERB", ()))
    if not found and word.startswith("re") and len(word) > 5 and not all_lemmas(word):
        # a verb with the prefix re- that the dictionary does not list ('resentenced', 'reindicted')
        return tuple("re" + lem for lem in all_lemmas(word[2:]).get("VERB", ()))
    return found


@lru_cache(maxsize=65536)
def is_noun(word: str) -> bool:
    return bool(all_lemmas(word).get("NOUN"))


def verb_tag(word: str, lemma: str) -> str | None:
    """Penn tag of `word` as a form of verb `lemma` (VBD before VBN, then VBG, VBZ, VB)."""
    forms = inflections_of(lemma)
    for tag in ("VBD", "VBN", "VBG", "VBZ", "VBP", "VB"):
        if word in forms.get(tag, ()):
            return tag
    return "VB" if word == lemma else None


def verb_at(sent: Sentence, i: int) -> tuple[str, str] | None:
    """(lemma, tag) if token i reads as a verb in its context. Memoised on the sentence: many
    readers ask it of the same tokens (the answer depends on the sentence alone)."""
    memo = sent.__dict__.get("_verb_at")
    if memo is None:
        memo = sent.__dict__["_verb_at"] = {}
    elif i in memo:
        return memo[i]
    found = memo[i] = _verb_at(sent, i)
    return found


# 're-' words whose unhyphenated spelling is another verb: 're-signed' is no resignation, 're-leased' no release
_RE_HOMOGRAPHS = frozenset({"resign", "release", "recover", "reform", "reserve", "resent", "repress", "recount"})


def _prefixed(sent: Sentence, i: int, base: str) -> tuple[str, str] | None:
    """'re-elected', 're-opened': a past form of a verb written after the prefix 're-' and a hyphen
    (the word is no dictionary word), read as the act the unhyphenated verb names ('reelect',
    'reopen') when that verb is one of the acts the engine knows (act_families.known_act) and not
    another verb spelled alike ('re-signed' is no 'resign'). Only a past form, not after a
    determiner: the word may be a noun ('the re-run', 're-counts')."""
    if i == 0 or (sent.tokens[i].text[:1].isupper() and not sent.headline):
        return None
    lemmas = verb_lemmas(base)
    if not lemmas:
        return None
    lemma = next((lem for lem in lemmas if lem != base), lemmas[0])
    joined = f"re{lemma}"
    if joined in _RE_HOMOGRAPHS or not known_act(joined):
        return None
    tag = verb_tag(base, lemma)
    prev = sent.tokens[i - 1].lower
    if prev in DETERMINERS or prev in PREPOSITIONS - {"to"} or prev.endswith("'s"):
        return None  # 'The re-run is set for Sunday': a noun after a determiner
    return (joined, tag) if tag in ("VBD", "VBN") else None


def _verb_at(sent: Sentence, i: int) -> tuple[str, str] | None:
    tok = sent.tokens[i]
    w = tok.lower
    if w.startswith("re-") and len(w) > 5 and w[3:].isalpha():
        return _prefixed(sent, i, w[3:])
    if i == 0 or not w.isalpha() or len(w) < 2 or (tok.text[:1].isupper() and not sent.headline):
        return None
    lemmas = verb_lemmas(w)
    if not lemmas:
        return None
    lemma = next((lem for lem in lemmas if lem != w), lemmas[0]) if w.endswith(("ed", "s", "ing", "en")) else lemmas[0]
    tag = verb_tag(w, lemma)
    if tag is None:
        return None
    prev = _before_aside(sent, i)
    if tag == "VBG" and _gerund_noun(sent, i, prev):
        return None  # 'underwent its fourth halving', 'the halving': a gerund after a determiner is a noun
    if is_noun(w) or tag in ("VB", "VBP"):
        # an ambiguous word ("talks", "cut", "halt", "rates"): a verb only after a modal, 'to',
        # an auxiliary, a pronoun or a negator, or (a past form) after a name or noun
        if prev in DETERMINERS or prev in PREPOSITIONS - {"to"} or prev[:1].isdigit() or prev.endswith("'s"):
            return None
        name_i = prev == "i" and i >= 2 and sent.tokens[i - 2].text[:1].isupper()  # 'Artemis I', 'World War I'
        verbal_prev = not name_i and prev in FUTURE | MODALS | AUX_PAST | PRONOUNS | {
            "to", "not", "n't", "never", "also", "did", "does", "do"} and not the_month(sent, i - 1)  # 'the May vote'
        if not verbal_prev and i >= 2 and _manner_adverb(prev):
            verbal_prev = sent.tokens[i - 2].lower in FUTURE | MODALS | {"to", "not", "n't", "never"}  # 'will temporarily suspend'
        if tag in ("VBD", "VBN") and not verbal_prev and prev.isalpha() and i > 0:
            verbal_prev = True
        finite = tag == "VBZ" or tag in ("VB", "VBP") and plural_subject(sent, i)
        closing = sent.headline and _closing_aspect_verb(sent, i, lemma, tag)
        if not verbal_prev and sent.headline and tag == "VBZ" and prev == "," and _comma_predicate(sent, i):
            return lemma, tag
        if not verbal_prev and not (sent.headline and finite and (headline_subject(sent, i - 1) or closing)):
            return None
        if closing:
            return lemma, tag
        # 'new rocket launches', 'interest rates': a subject that could itself be the verb
        compound = not verbal_prev and not sent.tokens[i - 1].text[:1].isupper() and bool(verb_lemmas(prev))
        if not verbal_prev and (tag in ("VB", "VBP") or compound) and clear_verb_after(sent, i):
            return None  # 'Valoria port strike enters eighth week': 'port' is a noun
        if compound and (i + 1 == len(sent.tokens) or _base_verb(sent.tokens[i + 1].lower)):
            return None  # 'fewer side effects', 'Higher interest rates loom': nothing after, or the next word can be the verb
    return lemma, tag


# ordinals between a determiner and the gerund it makes a noun ('its fourth halving'); 'first', 'new'
# and 'latest' are determiners themselves
_GERUND_ORDINALS = frozenset({"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                              "last", "next", "final", "only"})


def _gerund_noun(sent: Sentence, i: int, prev: str) -> bool:
    """The -ing form at token i stands after a determiner or a possessive determiner, directly or
    past an ordinal ('the signing', 'its fourth halving', 'their second meeting'): a noun, not a verb
    (not 'that', which may open a clause: 'said that signing the deal …')."""
    if prev in DETERMINERS and prev != "that":
        return True
    return prev in _GERUND_ORDINALS and i >= 2 and sent.tokens[i - 2].lower in DETERMINERS - {"that"}


_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "it", "he", "she", "they", "we"})


def _comma_predicate(sent: Sentence, i: int) -> bool:
    """A headline's second predicate after a comma, sharing the first one's subject ('Falcon 9 Explosion
    Destroys Satellite, Throws SpaceX Launch Schedule into Disarray', 'Greek Prime Minister Under
    Pressure, Scraps Referendum Plan'): a -s form right after the comma is the verb when the word after
    it opens an object — a determiner, a possessive, a number, a pronoun or a word that cannot be a
    verb — not when that word can itself be the verb of a plural noun ('Duterte Declares Victory,
    Rivals Concede', 'Fed Cuts Rates, Stocks Rally') or is a preposition ('…, Talks on Truce Resume')."""
    toks = sent.tokens
    if i + 1 >= len(toks) or i < 3:
        return False
    last = toks[i - 2].lower
    if last.endswith("s") and is_noun(last) and verb_lemmas(last) and not any(
            (verb_at(sent, k) or ("", ""))[1] in ("VBZ", "VBD") for k in range(1, i - 2)):
        return False  # 'Indonesia floods, landslides death toll climbs': a list of nouns, no verb before it
    nxt = toks[i + 1].lower
    if nxt in DETERMINERS or nxt in _OBJECT_PRONOUNS or nxt.endswith("'s") or nxt[:1].isdigit() or nxt[:1] in "$€£":
        return True
    return nxt.isalpha() and nxt not in PREPOSITIONS | {"to", "and", "or", "as"} and not verb_lemmas(nxt)


# verbs of an event's beginning or end that close a headline after their subject ('Saudi ban on women
# driving ends', 'Annual pilgrimage begins')
_CLOSING_ASPECT = frozenset({"end", "begin", "start", "resume", "expire", "conclude", "finish"})


def _closing_aspect_verb(sent: Sentence, i: int, lemma: str, tag: str) -> bool:
    """A headline's last word, a present verb of beginning or ending ('… ban on women driving ends'),
    with no other finite verb before it: its subject is the whole phrase before it, however its last
    word reads ('driving')."""
    toks = sent.tokens
    if tag != "VBZ" or lemma not in _CLOSING_ASPECT or any(t.text.isalnum() for t in toks[i + 1:]) or i < 2 \
            or _base_verb(toks[i - 1].lower):
        return False  # ('teachers' strike ends': the word before could itself be the verb; left to the compound reading)
    return not any((verb_at(sent, k) or ("", ""))[1] in ("VBZ", "VBD", "VBP") for k in range(1, i))


def _manner_adverb(word: str) -> bool:
    """An adverb in -ly that is nothing else ('temporarily', 'formally'; not 'rally', 'family')."""
    return word.endswith("ly") and set(all_lemmas(word)) == {"ADV"}


def _before_aside(sent: Sentence, i: int) -> str:
    """The word before token i, past a short aside in parentheses right before it ('The Central
    Bank of Sri Lanka (CBSL) cut its …': 'Lanka')."""
    toks = sent.tokens
    if i >= 3 and toks[i - 1].text == ")":
        opening = next((k for k in range(i - 2, max(0, i - 6), -1) if toks[k].text == "("), None)
        if opening:
            return toks[opening - 1].lower
    return toks[i - 1].lower if i else ""


def _base_verb(word: str) -> bool:
    """Can `word` be a verb's base or plural present form ('loom', 'hit')?"""
    return word.isalpha() and word not in SKIP_VERBS and any(
        word == lem or word in inflections_of(lem).get("VBP", ()) for lem in verb_lemmas(word))


_QUOTES = "'\"‘’“”"


def _bare(sent: Sentence, j: int) -> str:
    """Token j without the quotation marks around it, when it is quoted ("'chopsticks'"):
    quoting a noun does not change its class. A final apostrophe with no opening quote before
    it is a plural possessive ('voice actors’ strike') and is kept."""
    w = sent.tokens[j].lower
    opened = w[:1] in _QUOTES or any(t.text in _QUOTES or t.text[:1] in _QUOTES and t.text[-1:] not in _QUOTES
                                     for t in sent.tokens[max(0, j - 3):j])
    return w.strip(_QUOTES) if opened else w


def headline_subject(sent: Sentence, j: int) -> bool:
    """In a headline, can token j end the subject of a verb that follows? A name, a word that
    cannot be a verb ('Bank of England cuts', but not 'cuts interest rates'), a quoted noun
    ("'chopsticks' catch"), or a noun that could be a verb but has a determiner, a possessive
    or a lowercase adjective right before it ('SpaceX's giant new rocket launches', 'Norway
    central bank cuts'; not 'two rate cuts', 'Taylor Swift breaks record')."""
    tok = sent.tokens[j]
    w = _bare(sent, j)
    if tok.text[:1].isupper() or (tok.lower.isalpha() and not verb_lemmas(tok.lower)):
        return True
    if w != tok.lower:  # quoted
        return w.isalpha() and is_noun(w) and not verb_lemmas(w)
    if j == 0 or not w.isalpha() or not is_noun(w):
        return False
    before = sent.tokens[j - 1]
    prev = before.lower
    if before.text[:1].isupper() or prev in NUMBER_LIKE or prev[:1].isdigit():
        return False
    if prev in _SAYING and w.endswith("s") and not w.endswith(("ss", "us")) and j >= 2:
        return True  # 'Ukraine says troops enter Kherson city': a plural noun opens the reported clause
    return prev in DETERMINERS - {"that", "planned", "proposed"} or prev.endswith("'s") or _plain_adjective(prev)


NUMBER_LIKE = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many",
                         "few", "fewer", "more", "most", "some", "multiple", "numerous"})


@lru_cache(maxsize=65536)
def _plain_adjective(word: str) -> bool:
    """An adjective that cannot be a verb ('central', 'giant'; not 'open', 'close')."""
    lem = all_lemmas(word)
    return word.isalpha() and "ADJ" in lem and "VERB" not in lem


def plural_subject(sent: Sentence, i: int) -> bool:
    """A headline's base-form verb needs a plural subject ('Democrats sign letter', 'Israel,
    Hamas agree'); after a singular name or noun the word is a noun ('Starship launch still on
    track')."""
    prev = sent.tokens[i - 1]
    bare = _bare(sent, i - 1)
    if bare.endswith("s") and not bare.endswith(("'s", "ss", "us")) and is_noun(bare):
        return True
    for k in range(max(0, i - 6), i):
        if sent.tokens[k].lower in ("and", "&", ",", "they", "we", "both") and not _finite_between(sent, k, i):
            return True
    # a team or a body named in the singular takes a plural verb when an object follows
    # ('Atalanta end Leverkusen's dream run'); 'Starship launch still on track' has none
    nxt = sent.tokens[i + 1] if i + 1 < len(sent.tokens) else None
    title_case = not any(t.text[:1].islower() for t in sent.tokens
                         if len(t.text) > 3 and t.text.isalpha() and t.lower not in _TITLE_LOWER)
    return prev.text[:1].isupper() and nxt is not None and (
        nxt.lower in DETERMINERS or nxt.lower.endswith("'s") or nxt.lower[:1].isdigit()
        or nxt.text[:1].isupper() and not title_case)


# words a title-case headline leaves in lowercase ('Throws SpaceX Launch Schedule into Disarray')
_TITLE_LOWER = PREPOSITIONS | frozenset({"into", "onto", "upon", "from", "with", "than", "over", "amid"})


def _finite_between(sent: Sentence, k: int, i: int) -> bool:
    """A finite verb between tokens k and i: the 'and' at k coordinates that verb, not a
    subject ('… explains why NO GO, and scrubs Wednesday's maiden launch': 'launch' is the
    object's noun, not a plural subject's verb)."""
    for j in range(k + 1, i):
        v = verb_at(sent, j) if sent.tokens[j].lower.isalpha() else None
        if v is not None and v[1] in ("VBZ", "VBD"):
            return True
    return False


def clear_verb_after(sent: Sentence, i: int) -> bool:
    """A later word of the clause that can only be a verb form ('enters', 'slipped')."""
    _, b = sent.clause_of(i)
    for k in range(i + 1, b):
        w = sent.tokens[k].lower
        if w.endswith("ing") and sent.tokens[k].text[:1].islower() and sent.tokens[k - 1].lower in PREPOSITIONS | DETERMINERS:
            continue  # 'in thrilling Starship test flight': a modifier, not the clause's verb
        if w.isalpha() and w not in SKIP_VERBS and verb_lemmas(w) and not is_noun(w) and w != verb_lemmas(w)[0] \
                and not all_lemmas(w).get("ADJ"):
            return True
    return False


def noun_modifier(sent: Sentence, i: int) -> bool:
    """'The cable repair ship Reliance recovered …': a base form between two lowercase nouns, the
    one before it singular (a singular subject would take '-s'), that verb_at does not read as a
    verb, is a noun modifying the next noun, not a present-tense verb (a body sentence only)."""
    toks = sent.tokens
    if sent.headline or i == 0 or i + 1 >= len(toks) or verb_at(sent, i):
        return False
    word, prev, nxt = toks[i].lower, toks[i - 1], toks[i + 1]
    if not (toks[i].lemmas and word in toks[i].lemmas):
        return False  # a base form only ('trades', 'delisted' are not)
    return all(t.text.isalpha() and t.text.islower() and is_noun(t.lower) for t in (prev, nxt)) \
        and not prev.lower.endswith("s") and not verb_at(sent, i + 1)
