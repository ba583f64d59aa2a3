"""The aspect of a verb or event noun in a sentence: whether it reports the act as done,
planned or hedged (modals, auxiliaries, a headline's present tense, a decision verb before an
infinitive), whether the clause around a noun reports it as having happened (a past verb
governing it, asides skipped), and whether a word is a verb form at all."""

from __future__ import annotations

from functools import lru_cache


from . import celebrated_acts, lexicon, noun_senses
from .act_families import family_key
from .coordinated_infinitives import infinitive_head, shared_aspect
from .frames import IMPLICATIVE, implicative_phrase
from .infinitive_forecasts import after_to
from .interrogatives import asked
from .progressive_passives import progressive_passive
from .participial_clauses import after_gerund, means_gerund, record_infinitive, result_participle, ruling_gerund, way_gerund
from .event_objects import NOT_DONE_PARTICIPLES, not_of_the_event
from .records import ORDINALS
from .sufficiency import sufficed
from .text import Sentence, inflections_of, the_month, all_lemmas, sentence_memo
from .voted_acts import voted_to
from .word_class import unrealised_plan, verb_at

_MODALS_FUTURE = frozenset({"will", "'ll", "shall", "going", "to", "set", "scheduled", "due", "plans", "planned", "intention", "intends", "would"})
_MODALS_HEDGE = frozenset({"could", "may", "might", "would", "should", "can", "must", "expected", "likely"})
_AUX_PAST = frozenset({"has", "have", "had", "was", "were", "been", "did"})
_AUX_PRESENT = frozenset({"is", "are", "am"})


# 'would be forced to', 'cannot be compelled to', 'is compelled to devote': a hedge, a denial or a state
_NOT_DONE_BEFORE = frozenset({"not", "never", "n't", "cannot", "if", "unless", "whether", "be", "being", "is", "are",
                              "am"}) | _MODALS_HEDGE | {"will", "to"}


def implied_by(sent: Sentence, i: int) -> str | None:
    """The past implicative verb ('forced', 'managed') within eight words before the infinitive at
    i ('to' just before it), in its clause, with no modal, negation or condition just before it."""
    toks = sent.tokens
    if i < 1 or toks[i - 1].lower != "to":
        return None
    a, _ = sent.clause_of(i)
    if (k := implicative_phrase(toks, i)) is not None and k >= a:  # 'went on to win', 'defied the odds to sink'
        return " ".join(t.text for t in toks[k:i - 1]) if not any(t.lower in _NOT_DONE_BEFORE for t in toks[max(a, k - 3):k]) else None
    for k in range(max(a, i - 8), i - 1):
        if toks[k].lower in IMPLICATIVE:
            ok = not any(t.lower in _NOT_DONE_BEFORE for t in toks[max(a, k - 3):k])
            return toks[k].text if ok else None
        if toks[k].lower == "enough":
            return sufficed(toks, a, k, _NOT_DONE_BEFORE)
    return None



def _is_inflection(word: str, lemma: str, tags: tuple[str, ...]) -> bool:
    forms = inflections_of(lemma)
    return any(word in forms.get(tag, ()) for tag in tags)


_NOUN_MARKERS = frozenset({
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "for", "of",
    "in", "on", "at", "with", "from", "first", "new", "latest", "planned", "possible", "potential",
})
_DECISION_VERBS = frozenset({"agreed", "decided", "voted", "moved", "opted", "chose", "resolved", "agrees",
                             "decides", "votes", "agree", "decide", "vote"})


@lru_cache(maxsize=65536)
def _finite_verb(word: str) -> bool:
    """True if `word` is a past or third-person-present form of some verb."""
    for lemma in all_lemmas(word).get("VERB", ()):
        if word != lemma and _is_inflection(word, lemma, ("VBD", "VBZ")):
            return True
    return False


def _headline_verb(sent: Sentence, i: int) -> bool:
    """In a headline, is token i the main verb (present tense reporting a past event)? Not when
    another finite verb precedes it in the clause ("Fed pauses rate cuts") or, for a base form,
    when a finite verb follows it ("New Glenn debut slips to January") or a delaying or planning
    word later in its clause is its own predicate ("Crew-7 launch to ISS postponed", "launch set
    for Friday")."""
    a, _ = sent.clause_of(i)
    # a sentence-case headline (the verb in lower case): a capitalised word before it is a name
    # ('Phone-hacking: Rebekah Brooks resigns from News International'), not a finite verb
    sentence_case = sent.tokens[i].text[:1].islower()
    for j in range(a + 1, i):
        t = sent.tokens[j]
        if sentence_case and t.text[:1].isupper() and t.text[1:].islower():
            continue
        if _finite_verb(t.lower) and sent.tokens[j - 1].lower not in _NOUN_MARKERS:
            return _comma_coordinated(sent, j, i)
    word = sent.tokens[i].lower
    if noun_senses.headline_noun(sent, i):
        return False  # 'Tesla launch plan … unveiled', 'Calls grow for policy rate cut': a noun, no verb
    if not word.endswith("s") and i + 1 < len(sent.tokens):
        nxt = sent.tokens[i + 1].lower
        if _finite_verb(nxt) and not all_lemmas(nxt).get("NOUN"):
            return False
        if _finite_verb(nxt) and nxt.endswith("s") and nxt not in ("rates", "is", "was", "has"):
            return False
        _, b = sent.clause_of(i)
        if any(t.lemmas & lexicon.UNDOING_VERBS or t.lower in _PLAN_PARTICIPLES - {"due"}  # ('due to': because of)
               for t in sent.tokens[i + 1:b]):
            return False  # 'NASA's SpaceX Crew-7 launch to ISS postponed': the act is the subject of its own predicate
    return True


def _comma_coordinated(sent: Sentence, j: int, i: int) -> bool:
    """'Thai court dissolves parties, disqualifies premier': a sentence-case headline's second
    present verb, right after a comma, coordinated with a first one that is itself the headline's
    verb; both '-s' forms, no finite verb after the second (not 'Fed pauses, cuts loom')."""
    toks = sent.tokens
    if i < 2 or toks[i - 1].text != "," or not (toks[i].text[:1].islower() and toks[j].text[:1].islower()):
        return False
    if not (toks[i].lower.endswith("s") and toks[j].lower.endswith("s")):
        return False
    if i + 1 < len(toks) and _finite_verb(toks[i + 1].lower) and not all_lemmas(toks[i + 1].lower).get("NOUN"):
        return False
    return j < i - 1 and _headline_verb(sent, j)


def _compound_head(before: list[str], word: str, verb_lemma: str | None) -> bool:
    """'the night launch', 'a test flight', 'the Nuri's third launch', 'Wednesday's maiden
    launch': a base form right after a determiner or a possessive and one singular noun, an
    ordinal or an adjective that cannot be a verb is the head of a noun phrase, not a verb (a
    singular subject would take '-s'; a past form that reads as the base, 'the team set', is
    left alone)."""
    if not verb_lemma or word != verb_lemma or len(before) < 2:
        return False
    if before[-2] not in _DETERMINERS and not before[-2].endswith(("'s", "’s")):
        return False
    prev = before[-1]
    if not prev.isalpha() or _is_inflection(word, verb_lemma, ("VBD",)):
        return False
    if prev in ORDINALS:
        return True
    if prev.endswith("s"):
        return False
    kinds = all_lemmas(prev)
    return ("NOUN" in kinds or "ADJ" in kinds) and "VERB" not in kinds


# 'the best prospect of getting them passed', 'hopes of having it approved': a participle caused by a
# gerund that a preposition of aim or topic governs is an outcome sought, not one reported ('after
# getting it passed', 'by having it approved' tell it done)
_CAUSATIVE_GERUNDS = frozenset({"getting", "having", "seeing"})
_SOUGHT_BY = frozenset({"of", "about", "toward", "towards"})


def sought_outcome(sent: Sentence, i: int) -> bool:
    """Token i is a participle after 'of getting …' / 'of having …' (its object between, a few words)."""
    toks = sent.tokens
    for k in range(i - 1, max(0, i - 5), -1):
        if toks[k].lower in _CAUSATIVE_GERUNDS:
            return k + 1 < i and toks[k - 1].lower in _SOUGHT_BY and all(t.lower.isalpha() for t in toks[k + 1:i])
    return False


@sentence_memo
def aspect(sent: Sentence, i: int, verb_lemma: str | None) -> str:
    """'future', 'hedged', 'past', 'present', 'ongoing' or 'noun' for the event at token i
    (hedged, too, in a stretch that asks or forecasts: interrogatives.py)."""
    if asked(sent, i):
        return "hedged"
    if not_yet_adjunct(sent, i):
        return "future"
    a, _ = sent.clause_of(i)
    before = [t.lower for t in sent.tokens[max(a, i - 4):i]]
    word = sent.tokens[i].lower
    prev = before[-1] if before else ""
    if prev.endswith("ly") and after_to(sent, i) is not None:
        prev = "to"  # 'curfew to officially end on Thursday': a split infinitive (infinitive_forecasts.py)
    past_form = bool(verb_lemma) and word != verb_lemma and _is_inflection(word, verb_lemma, ("VBD",))
    if prev in _NOUN_MARKERS or (prev.endswith("'s") and not past_form):  # "the signing", but "Moody's downgraded"
        return "noun"
    if prev in ("and", "or") and word == verb_lemma and (head := infinitive_head(sent, i)) is not None:
        return shared_aspect(sent, i, head, aspect)  # 'agreed to restore ties and reopen', 'voted to accept … and end'
    if _compound_head(before, word, verb_lemma):
        return "noun"  # 'scrubbed the night launch': a singular noun after a determiner cannot take a base-form verb
    if any(w in ("could", "may", "might", "should", "can", "must") and not the_month(sent, k)
           for k, w in enumerate(before, start=i - len(before))):
        return "hedged"
    if prev != "to" and sought_outcome(sent, i):
        return "hedged"  # 'when we have the best prospect of getting them passed': an outcome sought
    if prev == "to" and verb_lemma and (family_key(verb_lemma) in lexicon.DECISION_FAMILIES
                                        or verb_lemma in lexicon.DECISION_VERBS) and any(
            t.lower in _DECISION_VERBS for t in sent.tokens[max(a, i - 7):i - 1]):
        return "past"  # "agreed to delay", "voted 7-2 on Tuesday to approve": deciding is doing
    if prev == "to" and verb_lemma and voted_to(sent, i, {verb_lemma}):
        return "past"  # 'Lawmakers voted 134-104 to elect Kiril Petkov as prime minister': the vote is the act
    if prev == "to" and verb_lemma and word == verb_lemma and record_infinitive(sent, a, i):
        return "past"  # 'the first U.S.-built spacecraft to land on the moon since 1972'
    if prev == "to" and verb_lemma and word == verb_lemma and implied_by(sent, i):
        return "past"  # 'forced UN lead mediator to postpone talks': being forced to do it is doing it
    future = _MODALS_FUTURE - {"to"}
    if (any(w in future for w in before) or prev == "to") and not any(w in _AUX_PAST for w in before[-2:]):
        return "future"
    if unrealised_plan(before):
        return "future"  # 'which was to have come into effect from October': a plan that did not come about
    bare = [w for w in before if not w.endswith("ly")]
    be = next((k for k in range(i - 1, max(a, i - 3) - 1, -1) if sent.tokens[k].lower == "be"), None)
    if bare[-2:] == ["to", "be"] and be is not None and not any(
            t.lower in ORDINALS for t in sent.tokens[max(a, be - 8):be]):
        return "future"  # 'ordered the ban to be lifted' (but 'the sixth Prime Minister to be removed' is a record)
    if verb_lemma and word != verb_lemma and progressive_passive(sent, i):
        return "ongoing"  # 'USMCA text still being finalized', 'votes were being counted': under way, not done
    if verb_lemma and prev in _AUX_PRESENT and not sent.headline and word != verb_lemma and \
            _is_inflection(word, verb_lemma, ("VBD", "VBN")):
        return "present"  # 'the satellites are launched from …': a present passive tells a habit or a plan, not a past act
    if verb_lemma:
        if _is_inflection(word, verb_lemma, ("VBD", "VBN")) and word != verb_lemma or (
            word == verb_lemma and _is_inflection(word, verb_lemma, ("VBD",)) and prev not in ("to", "will")
            and any(w in _AUX_PAST for w in before)
        ):
            return "past"
        if _is_inflection(word, verb_lemma, ("VBD",)) and word == verb_lemma and prev not in ("to", "will", "would"):
            if sent.headline:
                return "past" if _headline_verb(sent, i) else "noun"
            return "past" if prev in _AUX_PAST else "present"
        if _is_inflection(word, verb_lemma, ("VBG",)):
            if after_gerund(sent, i) or result_participle(sent, i) or means_gerund(sent, i) is not None \
                    or way_gerund(sent, i) is not None or ruling_gerund(sent, i):
                return "past"  # 'after winning a leadership contest', '…, officially ending the shutdown', 'responded … by cutting',
                # 'hit a nine-dart finish on his way to … winning his first … title'
            return "ongoing" if prev in _AUX_PRESENT else "noun"
        if _is_inflection(word, verb_lemma, ("VBZ", "VBP", "VB")):
            if subject_noun(sent, i):
                return "noun"  # 'after an unmanned supply ship crashed last week': the subject of the past verb after it
            if sent.headline:
                return "past" if _headline_verb(sent, i) else "noun"
            return "present"
    return "noun"


# Adjuncts whose act is not reported as done: 'imposes new fines on X before lifting the ban',
# 'ahead of signing', 'prior to launching', 'until reaching' ('before' is not veridical: 'he
# died before finishing the book'); 'without' and 'instead of' are negators (lexicon.NEGATORS)
_NOT_YET_LEADS = ("before", "ahead of", "prior to", "until", "till")


def not_yet_adjunct(sent: Sentence, i: int) -> str | None:
    """The lead ('before', 'ahead of' …) of an adjunct whose gerund at token i is not reported as
    done: the main clause happened first, the gerund's act is still to come (or never came)."""
    tok = sent.tokens[i]
    if not tok.lower.endswith("ing") or i == 0:
        return None
    k = i - 1
    if sent.tokens[k].lower.endswith("ly") and k > 0:
        k -= 1  # 'before formally lifting'
    window = " " + " ".join(t.lower for t in sent.tokens[max(0, k - 1):k + 1]) + " "
    return next((lead for lead in _NOT_YET_LEADS if window.endswith(f" {lead} ")), None)


_SPANS_OF_TIME = frozenset({"minute", "hour", "day", "week", "month", "year", "time", "while", "long", "longer"})


def duration_forecast(sent: Sentence, i: int) -> str | None:
    """'it would take more than a week to restore supplies', 'could take months to rebuild': the
    infinitive at token i after 'take' and a span of time tells how long the act will need, so it
    is still to come (a past 'took days to restore' is left to the other readings). The 'take'
    form, else None."""
    if i < 3 or sent.tokens[i - 1].lower != "to":
        return None
    a, _ = sent.clause_of(i)
    for k in range(i - 2, max(a, i - 9) - 1, -1):
        t = sent.tokens[k]
        if "take" in t.lemmas and t.lower not in ("took", "taken"):
            gap = sent.tokens[k + 1:i - 1]
            return t.text if any(w.lemmas & _SPANS_OF_TIME for w in gap) else None
    return None


_CONCESSIVE = ("despite", "in spite of", "notwithstanding", "regardless of")


def concessive_adjunct(sent: Sentence, k: int, span: int = 8) -> str | None:
    """The lead of a concessive adjunct ('despite the final stage being abandoned') that token k
    stands in: background the main clause holds against, not the news the sentence reports."""
    a, _ = sent.clause_of(k)
    for j in range(k - 1, max(a, k - span) - 1, -1):
        if sent.tokens[j].text in (",", ";", ":", "—", "(", ")"):
            return None
        window = " " + " ".join(t.lower for t in sent.tokens[max(0, j - 2):j + 1]) + " "
        lead = next((c for c in _CONCESSIVE if window.endswith(f" {c} ")), None)
        if lead:
            return lead
    return None


def clause_is_done(sent: Sentence, i: int, any_past_verb: bool = False) -> tuple[bool, str | None]:
    """For an event noun at token i: does its clause report it as having happened?
    With `any_past_verb`, any past-tense verb of the clause counts ("justices probed … in
    oral arguments Wednesday"); otherwise only completion verbs ("talks concluded").
    Returns (done, the verb that says so)."""
    a, b = sent.clause_of(i)
    if asked(sent, i) or any(t.lower in (_MODALS_FUTURE - {"to"}) | _MODALS_HEDGE and not the_month(sent, k)
                             for k, t in enumerate(sent.tokens[a:b], start=a)):
        return False, None
    if any(t.lemmas & lexicon.UNDOING_VERBS for t in sent.tokens[a:b]):
        return False, None  # "postponed the opening": reported, but not as done
    celebrating = celebrated_acts.celebrating_verb(sent, i)
    if celebrating is not None:
        return True, sent.tokens[celebrating].text  # 'hailed the successful entry of …': one praises what has happened
    for j in range(a, b):
        t = sent.tokens[j]
        if t.text[:1].isupper() and not sent.headline:
            continue
        lemmas = t.lemmas & frozenset(lexicon.COMPLETION_VERBS)
        if any_past_verb and lemmas and lemmas <= NOT_DONE_PARTICIPLES:
            continue  # 'Unite announces strike': an event noun made known, not one that took place
        if any_past_verb and not lemmas:
            verbs = [v for v in all_lemmas(t.lower).get("VERB", ())
                     if v not in lexicon.REPORTING_VERBS and v not in _NAMING_VERBS
                     and v not in ("be", "have", "do", "get", "give")]
            lemmas = frozenset(v for v in verbs if v != t.lower and len(t.lower) > 3
                               and _is_inflection(t.lower, v, ("VBD", "VBN")))
            if lemmas and not_of_the_event(sent, j, i, lemmas):
                continue  # 'the summit organised by X', 'are geared to', 'aimed at': not the event taking place
        if lemmas and j + 1 < len(sent.tokens) and sent.tokens[j + 1].lower == "that" and any_past_verb:
            continue  # 'officials maintained that …': a verb taking a that-clause reports a statement
        if lemmas and not _governs(sent, j, i):
            continue  # 'signed a decree revoking the date … the election process': another act's verb
        for lemma in sorted(lemmas):
            if t.lower == lemma and not sent.headline:
                continue
            if lemma in _LIGHT_VERBS and j > i:
                continue  # a light verb does its own object only ('gave … notice'; not 'Acquisition …, X gives')
            if aspect(sent, j, lemma) == "past":
                return True, t.text
    return False, None


GOVERN_SPAN = 10  # words between a past verb and the event noun it reports as having happened
_IN_EVENT = frozenset({"in", "at", "during", "throughout"})


def _governs(sent: Sentence, j: int, i: int) -> bool:
    """The past verb at j reports the event noun at i as having happened: the noun names the
    event (not a modifier: 'the election process'); the verb happened in it ('probed … in oral
    arguments'), or is its own verb — near it, with no other verb form between them ('the
    election was held', 'carried into orbit the … satellite'; not 'signed a decree revoking …')."""
    toks = sent.tokens
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and nxt.lower.isalpha() and nxt.text[:1].islower() and _noun_only(nxt.lower):
        return False  # 'judges involved in the election process': the noun modifies another
    k = i - 1
    while k > j and toks[k].lower.isalpha() and toks[k].lower not in _IN_EVENT and not verb_form(toks[k].lower) \
            and i - k <= 3:
        k -= 1
    if k > j and toks[k].lower in _IN_EVENT:
        return True  # '… in oral arguments Wednesday': the act took place in the event
    lo, hi = sorted((i, j))
    between = _outside_asides(sent, lo, hi)
    if len(between) > GOVERN_SPAN:
        return False
    # a participle right after a determiner is an adjective ('had given China the required 90-day notice')
    return not any(verb_form(toks[k].lower) and not (k and toks[k - 1].lower in _DETERMINERS) for k in between)


# 'Glasto, as the festival is popularly known, …', 'the event, dubbed …': a verb that names the
# event says nothing of its having happened
_NAMING_VERBS = frozenset({"know", "call", "dub", "nickname", "name", "term", "label", "brand", "describe", "bill"})
_LIGHT_VERBS = frozenset({"give", "issue", "deliver", "serve"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those"})


def _outside_asides(sent: Sentence, lo: int, hi: int) -> list[int]:
    """Token positions strictly between lo and hi, leaving out asides: '( … )' and a ', … ,'
    span ('converted Leqembi (lecanemab-irmb), indicated to treat adult patients …, to
    traditional approval': the aside's verb is not between the verb and its noun)."""
    toks = sent.tokens
    commas = [k for k in range(lo + 1, hi) if toks[k].text == ","]
    aside = {k for c1, c2 in zip(commas[::2], commas[1::2]) for k in range(c1, c2 + 1)}
    keep, depth = [], 0
    for k in range(lo + 1, hi):
        if toks[k].text == "(":
            depth += 1
        if depth == 0 and k not in aside:
            keep.append(k)
        if toks[k].text == ")":
            depth = max(0, depth - 1)
    return keep


def _noun_only(word: str) -> bool:
    lem = all_lemmas(word)
    return "NOUN" in lem and not verb_form(word)


def verb_form(word: str) -> bool:
    """A past or participle form of a verb other than an auxiliary ('revoking', 'involved')."""
    if word in ("was", "were", "been", "is", "are", "be", "has", "have", "had", "being") or len(word) < 4 \
            or not word.isalpha():
        return False
    return any(_is_inflection(word, v, ("VBD", "VBN", "VBG")) for v in all_lemmas(word).get("VERB", ())
               if v != word)


def past_tense_verb(word: str) -> bool:
    """A simple-past form of a verb ('said', 'wrote', 'announced'), not a noun or adjective that
    only looks like one."""
    w = word.lower()
    if not w.isalpha() or len(w) < 3 or w in ("was", "were", "had", "did"):
        return False
    return any(_is_inflection(w, v, ("VBD",)) for v in all_lemmas(w).get("VERB", ()) if v != w)


_HEARERS = frozenset({"reporters", "journalists", "lawmakers", "parliament", "parliamentarians", "senators",
                      "investors", "analysts", "employees", "staff", "supporters", "officials"})
# participles that date a plan, not a past act ('the vote, scheduled on Monday, …')
_PLAN_PARTICIPLES = frozenset({"scheduled", "slated", "set", "planned", "expected", "due", "penciled", "pencilled",
                               "timed", "booked", "fixed", "postponed", "delayed", "moved", "rescheduled", "pushed",
                               "tipped", "billed", "earmarked"})
_NOT_FINITE_BEFORE = frozenset({",", "is", "are", "was", "were", "be", "been", "being", "to", "has", "have", "had",
                                "will", "would", "'s"})


def finite_past(toks, k: int) -> bool:
    """Token k is a verb in the simple past, used finitely (not a participle after 'has', 'is',
    'to' or a comma, and not a participle that dates a plan)."""
    return (past_tense_verb(toks[k].text) and toks[k].lower not in _PLAN_PARTICIPLES
            and (k == 0 or toks[k - 1].lower not in _NOT_FINITE_BEFORE))


_RELATIVE_PRONOUNS = frozenset({"which", "that", "who"})


def past_predicate(toks, k: int) -> bool:
    """Token k tells an act in the past: a finite simple past ('postponed'), or a participle after
    'was', 'were' or 'had' ('was delayed', 'had held'), not one that dates a plan ('was scheduled')."""
    if finite_past(toks, k):
        return True
    return k > 0 and toks[k - 1].lower in ("was", "were", "had") and toks[k].lower not in _PLAN_PARTICIPLES \
        and verb_form(toks[k].lower) and not toks[k].lower.endswith("ing")


def _past_relative_after(toks, last: int) -> bool:
    """'the July election result which saw it return just 121 MPs': the expression ending at token
    `last` modifies a noun (up to three words) whose relative clause is told in the simple past."""
    k = last + 1
    nouns = 0
    while k < len(toks) and nouns < 3 and (toks[k].lower.isalpha() or toks[k].lower == "'s") \
            and toks[k].lower not in _RELATIVE_PRONOUNS and not verb_form(toks[k].lower) \
            and not _finite_verb(toks[k].lower):
        k, nouns = k + 1, nouns + 1
    if nouns == 0:
        return False
    if k < len(toks) and toks[k].text == ",":
        k += 1
    if k >= len(toks) or toks[k].lower not in _RELATIVE_PRONOUNS:
        return False
    return any(past_predicate(toks, j) for j in range(k + 1, min(len(toks), k + 4)))


def dated_past_verb(sent: Sentence, pos: int, end: int) -> bool:
    """The time expression at characters [pos, end) dates a verb told in the simple past: the verb
    just before it ('said on Tuesday', 'told reporters Monday'), the past relative clause of the noun
    it modifies ('the July election result which saw …') or, when the expression opens the
    sentence before a comma, the first verb of the clause it leads ('In June, Modi wrote …'). Such
    an expression points back from the publication, whatever the rest of the sentence plans."""
    toks = sent.tokens
    first = next((k for k, t in enumerate(toks) if t.start >= pos), None)
    last = next((k for k in range(len(toks) - 1, -1, -1) if toks[k].start < end), None)
    if first is None or last is None:
        return False
    if _past_relative_after(toks, last):
        return True
    k = first - 1
    if k >= 1 and toks[k].lower in _HEARERS:
        k -= 1  # 'told reporters Tuesday'
    if k >= 0 and finite_past(toks, k):
        return True
    if _past_relative_after(toks, last):
        return True
    if first <= 1 and last + 1 < len(toks) and toks[last + 1].text == ",":
        for k in range(last + 2, min(len(toks), last + 12)):
            if toks[k].text in (",", ";", ":"):
                return False
            if finite_past(toks, k):
                return True
            if toks[k].lower in ("will", "would", "is", "are", "has", "have", "plans", "expects", "says"):
                return False
    return False


def subject_noun(sent: Sentence, i: int) -> bool:
    """The base form at token i, not read as a verb, stands right before a past-tense verb
    ('an unmanned supply ship crashed', 'the rocket launch failed'): it is that verb's subject, a noun."""
    if i + 1 >= len(sent.tokens) or verb_at(sent, i) is not None:
        return False
    nxt = verb_at(sent, i + 1)
    return nxt is not None and nxt[1] == "VBD"
