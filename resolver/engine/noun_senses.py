"""Noun senses of act words (census r20, class H: a word misread). Many act words are nouns too
('a launch', 'the cut', 'release'), and a sentence can name the act as a noun inside a phrase that
reports nothing done: 'Tesla launch plan for robotaxi service unveiled', 'Calls grow for policy
rate cut', 'Google released its launch schedule for Gemini', 'held a launch rehearsal for the
robotaxi service'. Readers here tell such a noun phrase from a verb, with no tagger:

- `headline_noun`: in a headline, a base form that word_class.verb_at does not read as a verb (a
  singular subject would take '-s': 'Tesla launch plan'), or a word at the end of a bare noun phrase
  governed by a preposition ('for policy rate cut', 'on Gemini release'): a noun, not the headline's
  verb;
- `schedule_object`: an act verb whose object is a schedule or a plan ('released its launch
  schedule', 'unveiled the release plan'): the schedule was made known, the act not done;
- `embedded_in_other_head`: the market's object inside a prepositional phrase of another head noun
  ('held a launch rehearsal for the robotaxi service', 'reviewed the opening process for the
  pre-orders', 'the debate over the opening … dominated'): the clause's verb is that head's, not
  the object's."""

from __future__ import annotations

from .schedule_nouns import SCHEDULE_NOUNS
from .text import Sentence, all_lemmas
from .word_class import DETERMINERS, verb_at

# prepositions that govern a noun phrase and never open a clause ('after', 'before', 'since' can:
# 'after Fed cut rates')
_NP_PREPOSITIONS = frozenset({"for", "on", "of", "over", "about", "against", "amid", "toward", "towards", "into",
                              "behind", "around", "with", "without", "despite", "under"})
# heads naming when or how an act is to happen: as a verb's object, the act is not done ('released its
# launch schedule')
PLAN_HEADS = SCHEDULE_NOUNS | frozenset({"plan", "plans", "roadmap", "calendar", "rehearsal", "rehearsals"})
# heads that carry an act only as their modifier or complement: a plan, a talk or a wish about the act
# ('held a launch rehearsal for the service', 'the debate over the opening of the pre-orders')
OTHER_HEADS = PLAN_HEADS | frozenset({"costs", "cost", "debate", "talk", "calls", "hopes", "fears", "preparations"})
_PARTICLES = frozenset({"up", "down", "out", "off", "in", "away", "back", "ahead", "through", "forward", "apart"})
_EMBEDDING = frozenset({"for", "of", "about", "over", "on", "behind", "around", "against", "toward", "towards"})


def _noun_only(word: str) -> bool:
    kinds = all_lemmas(word)
    return word.isalpha() and "NOUN" in kinds and "VERB" not in kinds


def _bare_noun(word: str) -> bool:
    return word.isalpha() and "NOUN" in all_lemmas(word)


def headline_noun(sent: Sentence, i: int) -> bool:
    """In a headline, the act word at token i is a noun: a base form (no '-s') that verb_at does
    not read as a verb, or the last word of a bare noun phrase a preposition governs."""
    if not sent.headline or i == 0:
        return False
    toks = sent.tokens
    word = toks[i].lower
    if word.endswith("s") or not word.isalpha():
        return False  # '-s' is the headline's finite verb ('Bank of England cuts', 'Game of Thrones wins')
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and nxt.lower == "of" and _bare_noun(word):
        return True  # 'Norges Bank eyes cut of policy rate': a verb of the act takes no 'of'
    if verb_at(sent, i) is None and nxt is not None and nxt.text.isalpha() and nxt.text.islower() \
            and _bare_noun(nxt.lower) and nxt.lower not in DETERMINERS | _NP_PREPOSITIONS | _PARTICLES:
        return True  # 'Tesla launch plan', 'Gershkovich release schedule': a modifier of the next noun
    return prep_phrase_end(sent, i)


def passive_of_plan(sent: Sentence, i: int) -> str | None:
    """The participle at token i has a plan or a schedule as its subject's head ('Tesla launch plan
    for robotaxi service unveiled', 'the release schedule was published'): that head noun, else None.
    The head is the word before the subject's first preposition (or its last word); the subject runs
    from the clause's start to the participle (an auxiliary skipped) with no verb in it."""
    toks = sent.tokens
    a, _ = sent.clause_of(i)
    end = i - 1 if i > a and toks[i - 1].lower in ("was", "were", "been", "is", "are") else i
    words = toks[a:end]
    if not words or len(words) > 10:
        return None
    if any(k < len(words) - 1 and verb_at(sent, a + k) and w.lower not in _NP_PREPOSITIONS for k, w in enumerate(words)):
        return None
    first = next((k for k, w in enumerate(words) if w.lower in _NP_PREPOSITIONS), len(words))
    head = words[first - 1] if first > 0 else None
    return head.text if head is not None and head.lower in PLAN_HEADS else None


def prep_phrase_end(sent: Sentence, i: int) -> bool:
    """'Calls grow for policy rate cut', 'Talks on Gemini release continue': token i ends a noun
    phrase with no determiner that a preposition governs (only nouns and names between): a noun."""
    toks = sent.tokens
    nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
    if nxt and (nxt in DETERMINERS or nxt.endswith("'s")):
        return False  # 'for Fed cut the rate' is no phrase; an object follows a verb
    k = i - 1
    while k >= 0 and i - k <= 4:
        t = toks[k]
        if t.lower in ("with", "by"):
            return False  # 'end Leverkusen's dream run with 3-0 win': a phrase of manner tells the act's result
        if t.lower in _NP_PREPOSITIONS:
            name = k > 0 and toks[k - 1].text[:1].isupper() and toks[k + 1].text[:1].isupper()
            return k < i - 1 and not name  # not a name's 'of' ('Bank of Canada holds')
        if not (t.text[:1].isupper() or _bare_noun(t.lower) or t.text[:1].isdigit() or "-" in t.text
                or (t.lower.isalpha() and not all_lemmas(t.lower))):  # a word no dictionary lists ('robotaxi')
            return False
        k -= 1
    return False


def schedule_object(sent: Sentence, i: int, object_terms: list[str]) -> str | None:
    """The verb at token i takes a schedule or a plan as its object ('released its launch schedule
    for the robotaxi service', 'unveiled a release plan'): that head noun, else None. Not when the
    head is the market's own object ('publish a plan')."""
    toks = sent.tokens
    terms = {w.lower() for w in object_terms}
    k = i + 1
    if k < len(toks) and (toks[k].lower in DETERMINERS or toks[k].lower.endswith(("'s", "’s"))):
        k += 1  # 'its', 'the', "Tesla's"
    for k in range(k, min(len(toks), k + 3)):
        w = toks[k].lower
        if w in PLAN_HEADS:
            return None if w in terms or w.rstrip("s") in terms else toks[k].text
        if not (toks[k].text.islower() and (w.isalpha() or "-" in w)) or w in _NP_PREPOSITIONS | _PARTICLES:
            return None  # 'reopened Tuesday just in time': no object phrase
    return None


def embedded_in_other_head(sent: Sentence, i: int, verb: int | str | None,
                           act_words: frozenset[str] = frozenset()) -> str | None:
    """The object noun at token i sits in a prepositional phrase of another head noun ('a launch
    rehearsal for the robotaxi service', 'the debate over the opening of the pre-orders'), and the
    verb (its token, or its word nearest to i in the clause) stands outside that phrase: the verb
    governs the head, not the object. The head, else None."""
    toks = sent.tokens
    j = verb if isinstance(verb, int) else _nearest(sent, i, verb)
    k = i - 1
    while k > 0:
        w = toks[k].lower
        if w in _EMBEDDING:
            head = toks[k - 1].lower
            if k < j < i or not head.isalpha() or toks[k - 1].text[:1].isupper():
                return None  # the verb inside the phrase, or a name before the preposition
            if head in OTHER_HEADS and head not in act_words:
                return toks[k - 1].text
            if w != "of":
                return None  # 'the start of the strike': read on to what governs the act's noun
        if i - k > 8:
            return None
        gerund = w.endswith("ing") and toks[k - 1].lower in _EMBEDDING  # 'for serving prison sentence'
        if not (w in DETERMINERS or w.endswith("'s") or w.isalpha() or "-" in w) or (verb_at(sent, k) and not gerund):
            return None
        k -= 1
    return None


def _nearest(sent: Sentence, i: int, text: str | None) -> int:
    """The index of the clause word `text` nearest to token i, or -1."""
    a, b = sent.clause_of(i)
    found = [k for k in range(a, b) if sent.tokens[k].text == text]
    return min(found, key=lambda k: abs(k - i)) if found else -1
