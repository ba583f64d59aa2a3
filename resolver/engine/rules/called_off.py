"""A calling-off or push-back of the act, for rules/ruled_out.py (and rules/scheduled.py): the
verbs and phrasal verbs that report it (data/cancellations.json), in any inflection, reported as
done near the act or its object, and not when calling off is the act itself, a part of the event
was called off, or another party left; and the temporal reading of a postponement — a new date
after the deadline, a delay of a length that ends after it, an open-ended delay, or a setback after
which the act may still come in time."""

from __future__ import annotations

import re
from datetime import date

from .. import act_predicates, anaphoric_acts, contests, delays, mentions, new_dates, pushback_nouns, roles
from ..analysis import MarketContext, SentenceFacts, aspect, negation, verb_form
from ..infinitive_forecasts import decided_in_body
from ..verb_aspect import concessive_adjunct
from ..word_class import PREPOSITIONS, _plain_adjective, is_noun
from ..lexicon import NUMBER_WORDS, PART_NOUNS
from ..text import conditional_clause, inflections_of, lemmas_of
from ..packaged import load_json

NEAR = 8  # words either side of the act or object within which a cue must stand

_CANCEL = load_json("cancellations.json")
CANCEL_DATA = _CANCEL
CANCEL_VERBS: dict[str, float] = dict(_CANCEL["verbs"])
CANCEL_PHRASAL: dict[str, float] = dict(_CANCEL["phrasal"])
_CANCEL_PHRASAL_FIRST = frozenset(p.split()[0] for p in CANCEL_PHRASAL)  # a token with none of these starts none
RESCHEDULING = frozenset(_CANCEL["rescheduling"])


def rescheduling_act(ctx: MarketContext) -> bool:
    """The market's act is itself a move to a later date ('delay again', 'extend the deadline'):
    its words and the later date it sets report the act, not a postponement of it."""
    return (ctx.target.act or "") in RESCHEDULING


UNDOING = frozenset(_CANCEL["undoing"])
ACT_NOUN_ONLY = frozenset(_CANCEL["act_noun_only"])
_TAKEN_BETWEEN = frozenset({"the", "its", "their", "his", "her", "a", "an", "was", "were", "is", "are", "has", "have", "had",
                            "been", "be"})


def _takes_act_noun(f: SentenceFacts, k: int, i: int, event: bool = False) -> bool:
    """The verb at k takes the act's own noun at i (or, `event`, the noun of the event the act stages:
    staged_events.py), with at most determiners (or, in the passive, the auxiliaries) between them:
    'suspended certification', 'the certification was suspended'."""
    if not (event or i in f.act_noun_idx or k < i and i in f.act_idx) or abs(i - k) > 5:
        return False  # ('suspended a planned strike': the act's verb, as the noun it takes after determiners)
    toks = f.sent.tokens
    j = i  # 'suspended its planned teacher strikes', 'suspended their nationwide strike': the noun's own modifiers
    while k < i and j - 1 > k and j > i - 3 and _nominal_modifier(toks[j - 1].text):
        j -= 1
    return all(t.lower in _TAKEN_BETWEEN or k < i and (t.lower in _PLAN_MODIFIERS or _LENGTH_MODIFIER.match(t.lower))
               for t in toks[min(j, k) + 1:max(j, k)])


def _nominal_modifier(word: str) -> bool:
    """A lower-case noun or adjective that is no verb, right before the act noun ('teacher', 'nationwide',
    'general'): it names the kind of the act, not another thing the verb takes."""
    return word.isalpha() and word.islower() and word not in PREPOSITIONS and not word.endswith(("ed", "ing")) \
        and (is_noun(word) or _plain_adjective(word))


# the act noun's own modifiers after the verb: 'suspended a planned one-day strike', 'suspended its 48-hour walkout'
_PLAN_MODIFIERS = act_predicates.PLAN_MODIFIERS
_LENGTH_MODIFIER = re.compile(r"^(?:(?:\d+|one|two|three|four|five|six|seven)(?:-(?:day|hour|week))?|-|day|hour|week)$")


def _undoes_object(ctx: MarketContext, f: SentenceFacts, k: int) -> bool:
    """The market's act itself voids or calls off its object ('annul the election'), and the
    calling-off verb at k takes that object, with no act noun between them ('cancels
    presidential election process'): the act done, not the act called off ('cancelled the
    hearing on the annulment of the election' still calls the act off)."""
    if (ctx.target.act or "") not in UNDOING:
        return False
    a, b = f.sent.clause_of(k)
    for j in f.object_idx:
        if a <= j < b and abs(j - k) <= NEAR and not any(min(j, k) < n < max(j, k) for n in f.act_noun_idx):
            return True
    return False


# words opening an adjunct after a calling-off verb's object: what follows them is a reason or a
# time, not the thing called off
_ADJUNCT_OPENERS = frozenset({"following", "after", "amid", "amidst", "despite", "because", "due", "since",
                              "ahead", "before", "while", "when", "as"})


def _reason_opener(toks, j: int) -> bool:
    """Token j opens a reason or time adjunct: one of _ADJUNCT_OPENERS, or 'over' giving a cause
    ('Cancels 300 December Flights Over Pilot Strike', 'delayed over logistical issues') — not
    'over' before a number, where it means 'more than' ('cancelled over 300 flights')."""
    w = toks[j].lower
    if w in _ADJUNCT_OPENERS:
        return True
    return w == "over" and j + 1 < len(toks) and not (toks[j + 1].lower[:1].isdigit() or toks[j + 1].lower in NUMBER_WORDS)


# every word that can start a calling-off (_called_at): a verb's lemma, a phrasal verb's first word, a
# calling-off noun, a court's 'continued'
_VOCAB = frozenset(CANCEL_VERBS) | _CANCEL_PHRASAL_FIRST | frozenset(pushback_nouns.NOUNS)


def _may_call_off(sent) -> bool:
    """Whether any word of the sentence can call an act off (memoised on the sentence): most
    sentences hold none, and `_cancellation` then has nothing to look for."""
    cached = sent.__dict__.get("_may_call_off")
    if cached is None:
        cached = any(not t.lemmas.isdisjoint(_VOCAB) or t.lower in pushback_nouns.NOUNS or t.lower == "continued"
                     for t in sent.tokens)
        sent.__dict__["_may_call_off"] = cached
    return cached


def _cancellation(f: SentenceFacts, i: int, act_verbs: frozenset[str], event: bool = False) -> tuple[str, float, int] | None:
    """'Adobe cancels Figma deal', 'Adobe abandoned the $20 billion deal', 'Apple puts off release':
    a verb calling the act off or pushing it back, in any inflection, reported as done, near the
    act or its object (token i) in its clause — unless calling off is the act itself ('Will the
    merger agreement be terminated?'). `event`: token i names the event the act stages, read as the
    act's own noun (staged_events.py). Returns (the words, strength, their index)."""
    if not _may_call_off(f.sent):
        return None
    a, b = f.sent.clause_of(i)
    toks = f.sent.tokens
    # further on, the act (or its object) must be the subject of the calling-off verb: no other
    # verb between them ('Netflix's planned acquisition of … Warner Bros Discovery (WBD) has
    # fallen apart')
    reach = next((k for k in range(i + 1, b) if verb_form(toks[k].lower)), b)
    for k in range(max(a, i - NEAR), max(min(b, i + NEAR + 1), min(b, reach + 1))):
        found = _called_at(f, k, i, b, act_verbs, event=event)
        if found:
            return found
    # the act noun's own predicate past its modifiers, or a pronoun standing for it after 'but'
    # ('The announcement …, scheduled for today, has been postponed'; '…, but … said it would be delayed')
    own = event or i in f.act_idx or i in f.act_noun_idx  # the act's own word, not its object's or actor's
    # the object in the sentence's subject ('The inauguration of Navi Mumbai International Airport, initially
    # scheduled for September 30, has been delayed'): its predicate past the inserted modifier, not a pronoun's
    preds = (act_predicates.subject_predicate(f.sent, i), act_predicates.pronoun_predicate(f.sent, i)) if own else \
        (act_predicates.subject_predicate(f.sent, i),) if i in f.object_idx else ()
    for j in preds:
        k = act_predicates.chain_verb(f.sent, j) if j is not None else None
        found = _called_at(f, k, i, len(toks), act_verbs, subject=own, event=event) if k is not None else None
        if found:
            return found
    return None


def continued(f: SentenceFacts, k: int, i: int) -> bool:
    """'Jackson's sentencing … was continued to Oct. 19': the court proceeding's noun at i, before
    a passive 'continued to' a date at k (act_predicates.court_continuance)."""
    t = f.sent.tokens[i]
    return i < k and bool(t.lemmas & act_predicates.COURT_NOUNS or t.lower in act_predicates.COURT_NOUNS) \
        and act_predicates.court_continuance(f.sent, k, f.spans)


# 'was temporarily called off on Monday due to leakage': a calling-off told as for a while is a push-back
_TEMPORARY = frozenset({"temporarily"})
TEMPORARY_STRENGTH = CANCEL_VERBS["suspend"]


def temporary(f: SentenceFacts, k: int) -> bool:
    """The calling-off word at k told as for a while only ('temporarily called off')."""
    return k > 0 and f.sent.tokens[k - 1].lower in _TEMPORARY


def pushes_back(f: SentenceFacts, k: int) -> bool:
    """The calling-off word at k pushes the act back (a postponement, a court's continuance, a
    calling-off told as temporary) rather than calling it off."""
    t = f.sent.tokens[k]
    return bool(t.lemmas & PUSH_BACK) or t.lower == "continued" or pushback_nouns.pushes_back(t) or temporary(f, k)


def _called_at(f: SentenceFacts, k: int, i: int, b: int, act_verbs: frozenset[str],
               subject: bool = False, event: bool = False) -> tuple[str, float, int] | None:
    """The calling-off or push-back at token k of the act (or its object) at i, reported as done,
    within the clause ending at b; None when k holds none. `subject`: k is the predicate of the act's
    own noun as the sentence's subject (act_predicates.subject_predicate), so it takes that noun."""
    toks = f.sent.tokens
    t = toks[k]
    hits = sorted(lem for lem in t.lemmas if lem in CANCEL_VERBS)
    phrasal = None if _CANCEL_PHRASAL_FIRST.isdisjoint(t.lemmas) else next(
        (p for p in CANCEL_PHRASAL if p.split()[0] in t.lemmas and k + len(p.split()) <= b
         and [x.lower for x in toks[k + 1:k + len(p.split())]] == p.split()[1:]), None)
    court = not hits and not phrasal and continued(f, k, i)
    if not hits and not phrasal and not court:
        # 'ordered a one-month postponement of Timothy McVeigh's execution': the noun, told as done by its verb
        noun = pushback_nouns.announced(f.sent, k, i, act_verbs)
        return (*noun, k) if noun and not concessive_adjunct(f.sent, k) else None
    if t.lemmas & act_verbs:
        return None
    if hits and hits[0] in ACT_NOUN_ONLY and not subject and not _takes_act_noun(f, k, i, event):
        return None  # 'the platform, suspended above the dish', 'suspends some constitutional articles': another thing
    lemma = "postpone" if court else hits[0] if hits else phrasal.split()[0]
    decided = delays.said_it_would([t.lower for t in toks], k) \
        or delays.decided_to([t.lower for t in toks], k)  # 'said it would delay', 'has agreed to call off'
    if not decided and f.sent.headline and hits and aspect(f.sent, k, lemma) == "future":
        # 'Pfizer, Allergan to mutually terminate merger' over 'Pfizer has agreed to terminate its … agreement'
        decided = bool(decided_in_body(f.article.title, f.article.text, frozenset(hits)))
    if aspect(f.sent, k, "continue" if court else lemma) != "past" and not _dated_past(f, k, lemma) and not decided \
            or negation(f, k) \
            or conditional_clause(f.sent, k):
        return None
    if concessive_adjunct(f.sent, k) or _part_called_off(f, k, i, act_verbs):
        return None  # 'claimed victory …, despite the final stage being abandoned'
    if _coordinated_act(f, k):
        return None  # 'abandoning its "zero-interest-rate policy" and hiking the … call rate': another thing given up
    if k < i and any(_reason_opener(toks, j) for j in range(k + 1, i)):
        return None  # 'Cancels Next MPC Meeting Following Unscheduled Rate Hike': the rate hike is the reason, not what was cancelled
    words = " ".join(x.text for x in toks[k:k + len(phrasal.split())]) if phrasal and not hits else t.text
    strength = CANCEL_VERBS.get(lemma, CANCEL_PHRASAL.get(phrasal or "", 1.0))
    return words, min(strength, TEMPORARY_STRENGTH) if temporary(f, k) else strength, k


def _coordinated_act(f: SentenceFacts, k: int) -> bool:
    """'The Bank of Japan …, abandoning its "zero-interest-rate policy" and hiking the unsecured overnight
    call rate to 0.25 percent': the calling-off verb at k takes an object of its own (no act or object
    word before 'and'), and the act's own verb, in the same form, is coordinated after it: the sentence
    gives up something else and does the act; the act is not what was called off."""
    toks = f.sent.tokens
    _, b = f.sent.clause_of(k)
    mine = set(f.act_idx) | set(f.act_noun_idx) | set(f.object_idx)
    for j in range(k + 2, min(len(toks), k + NEAR + 2)):
        if toks[j].lower in (";", "but", "or"):
            return False
        if j in mine:
            if j not in f.act_idx or toks[j - 1].lower != "and" or negation(f, j):
                return False
            ending = next((e for e in ("ing", "ed", "s") if toks[k].lower.endswith(e)), "")
            return bool(ending) and toks[j].lower.endswith(ending)
    return False


def _dated_past(f: SentenceFacts, k: int, lemma: str) -> bool:
    """'On Tuesday, the lower house put off a session …': a verb whose past is its base form, read
    as a present, in a body sentence dated before the day it was published: a past."""
    word = f.sent.tokens[k].lower
    if f.sent.headline or word != lemma or word not in inflections_of(lemma).get("VBD", ()):
        return False
    if aspect(f.sent, k, lemma) != "present":
        return False
    span = f.nearest_span(k, dating_only=True)
    return span is not None and span.end.date() < f.article.published.date()


# what makes 'day' a numbered part of an event ('day two', 'the final day'), not a time ('on the day', 'that day')
_DAY_PART_BEFORE = frozenset({"first", "second", "third", "fourth", "fifth", "final", "last", "opening", "closing"})


def _time_day(toks, j: int) -> bool:
    """'day' at j tells a time ('scheduled for the afternoon on the day, has been postponed', 'A planned
    launch that day was scrubbed'), not a part of the event: no number after it ('day two') and no
    ordinal before it ('the final day')."""
    if toks[j].lower != "day":
        return False
    after = toks[j + 1].lower if j + 1 < len(toks) else ""
    return not (after[:1].isdigit() or after in NUMBER_WORDS) and (j == 0 or toks[j - 1].lower not in _DAY_PART_BEFORE)


def _part_called_off(f: SentenceFacts, k: int, i: int, act_verbs: frozenset[str]) -> bool:
    """The calling-off verb at k has a part of the event as its subject or object ('the final
    stage being abandoned', lexicon.PART_NOUNS) while the sentence reports the act done: a part
    called off, not the whole."""
    toks = f.sent.tokens
    near = [j for j in range(max(0, k - 4), min(len(toks), k + 4)) if j != k]
    if not any(toks[j].lemmas & PART_NOUNS and toks[j].text[:1].islower() and not _time_day(toks, j) for j in near):
        return False
    return any(m.affirmed and (m.index == i or m.predicate in act_verbs or m.index in f.act_idx + f.act_noun_idx)
               for m in mentions.read(f.sent) if m.index != k)


# A postponement pushes the act back to a time it does not always name. It rules the act out
# only when the new time is after the deadline ('delayed until 2026') or open-ended
# ('postponed indefinitely'); with no new date the act may still come inside the window (a
# scrubbed launch flies two days later), so the reading is a setback, not a decisive no.
PUSH_BACK = delays.PUSH_BACK
DELAY_CUES = frozenset({"postponed", "delayed"})
# a party leaving the act ('Netflix walked away', 'Rui Costa pulled out of the race'): the act is
# called off only when that party is the market's own actor (another candidate's exit is theirs)
WITHDRAWALS = frozenset({"pull out", "back out", "walk away"})


def _someone_else_left(ctx: MarketContext, f: SentenceFacts, words: str, k: int) -> bool:
    first, *rest = words.lower().split()
    if not rest or not any(f"{lemma} {rest[0]}" in WITHDRAWALS for lemma in lemmas_of(first) | {first}):
        return False
    a, _ = f.sent.clause_of(k)
    subject = f.sent.text[f.sent.tokens[a].start:f.sent.tokens[k].start]
    if ctx.target.candidate and ctx.candidate_pattern:
        return not ctx.candidate_pattern.search(subject)
    if ctx.target.act in HOSTING and not any(p.search(subject) for p in ctx.actor_patterns.values()):
        return True  # 'Abdullah Pulls Out of Runoff' for 'Will Afghanistan hold its runoff?': an entrant left, not the host
    return roles.other_agent(ctx, f, k) is not None or _named_leaver(ctx, f, a, k)


_BETWEEN = frozenset({"has", "have", "had", "will", "would", "also", "now", "then", "formally", "officially"})


def _named_leaver(ctx: MarketContext, f: SentenceFacts, a: int, k: int) -> bool:
    """'Afghanistan election challenger Abdullah Abdullah pulls out of runoff' for a market on the
    runoff being held: the proper name right before the leaving verb (auxiliaries and adverbs
    between allowed) is its doer, and it names none of the market's actors: a party left the event,
    which is not the event called off."""
    toks = f.sent.tokens
    j = k - 1
    while j >= a and (toks[j].lower in _BETWEEN or toks[j].lower.endswith("ly")):
        j -= 1
    if j < a or not toks[j].text[:1].isupper():
        return False
    name = contests.nearest_name(f, a, j + 1)
    return bool(name) and name.split()[-1] == toks[j].text.strip("'").removesuffix("'s") \
        and not any(p.search(name) for p in ctx.actor_patterns.values())


# acts done by the host of an event: a party leaving it that is not the market's is an entrant
HOSTING = frozenset({"hold", "host", "stage", "conduct", "convene", "organise", "organize"})
OPEN_ENDED = ("indefinitely", "until further notice", "sine die", "no longer", "without a new date", "no timeline",
              "know how long", "shelved", "on hold", "on ice")
_NEW_YEAR = re.compile(r"\b(?:until|to|into|till|for)\s+(?:early\s+|late\s+|mid-?)?(?:(January|February|March|April|"
                       r"May|June|July|August|September|October|November|December|spring|summer|autumn|fall)\s+)?"
                       r"((?:19|20)\d\d)\b", re.I)
MONTHS = {m: k for k, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                      "dec"), start=1)}
# 'delayed to summer 2021': a season's first month (winter straddles two years and is left out)
MONTHS.update({"spr": 3, "sum": 6, "aut": 9, "fal": 9})
# 'Maiden Launch Delayed to January' (no year, no day): the next such month after the article's
_NEW_MONTH = re.compile(r"\b(?:until|to|into|till)\s+(?:early\s+|late\s+|mid-?)?(January|February|March|April|May|June|"
                        r"July|August|September|October|November|December)\b(?![\s,]+\d)")


def _next_month_start(month: int, published: date) -> date | None:
    """The first day of the next `month` after the publication's month (none for the same month:
    'delayed to December' in a December article may be this one or the next)."""
    if month == published.month:
        return None
    return date(published.year + (month < published.month), month, 1)


OPEN_DELAY_NOTE = "no new date: the act may still come before the deadline"
OPEN_ENDED_NOTE = "no new date, open-ended"  # an open-ended push-back's reading (weighed by open_setbacks.py)


def _other_date(f: SentenceFacts, span, deadline, k: int = -1) -> bool:
    """Another date in the sentence than the one the act was set for, from the publication day to
    the deadline ('scheduled for 10 am today, has been postponed to 4 pm'): it may be the new date,
    inside the window, so the act is not read as moved past the deadline. A date of the report
    ('Dhaka, Jan. 29 --', 'said on Tuesday') is not one."""
    pub = f.article.published.date()
    return any(s is not span and s.pos != span.pos and s.end.date() >= pub and s.ends_by(deadline)
               and not f.dates_the_statement(s, -1) and not _dates_verb(f, s, k) for s in f.spans)


def _dates_verb(f: SentenceFacts, span, k: int) -> bool:
    """'on Sunday suspended', 'has this evening suspended': a date right before the push-back verb at
    k dates the push-back itself, not a new date for the act."""
    if k < 0 or span.pos >= f.sent.tokens[k].start:
        return False
    return f.sent.text[span.pos + len(span.text):f.sent.tokens[k].start].strip().lower() in ("", "has", "have", "had")


def _before_the_window(ctx: MarketContext, f: SentenceFacts, i: int) -> bool:
    """A calling-off or postponement dated by the sentence before the market's window opens
    ('after it postponed in March a long-planned monetary easing' for a June meeting) befell an
    earlier occasion, not the one the market asks about."""
    ws = ctx.target.window_start
    span = f.nearest_span(i, dating_only=True)
    if span is None or ws is None:
        return False
    at = f.sent.text.find(span.text, max(0, span.pos - 2))
    after = f.sent.text[at + len(span.text):at + len(span.text) + 2] if at >= 0 else ""
    if span.text.endswith(("'s", "’s")) or after in ("'s", "’s"):
        return False  # 'called off Wednesday's national strike': the day names the occasion called off
    return not f.dates_the_statement(span, i) and span.ends_before(ws)


def _statement_day(f: SentenceFacts, k: int):
    """The day a push-back at token k was made: the sentence's own past date for it ('on
    Wednesday adjourned …'), else the publication day."""
    pub = f.article.published
    span = f.nearest_span(k, dating_only=True)
    if span is not None and span.ends_by(pub) and not span.starts_after(pub):
        return span.end.date()
    return pub.date()


def _delay_reading(f: SentenceFacts, words: str, deadline, k: int | None = None) -> str:
    """The temporal reading of a postponement: the new date after the deadline, a delay of a
    length that ends after it ('for at least one month'), an open-ended delay, or (none) a
    setback after which the act may still come in time."""
    later = next((s for s in f.spans if s.starts_after(deadline)), None)
    if later is not None:
        return f"'{words}' to {later.explanation}, after the deadline {deadline:%a %d %b %Y %H:%M %z}"
    moved = next((s for s in f.spans if (delays.moved_from(f.sent.text, s.pos) or k is not None and pushes_back(f, k)
                                         and delays.former_day(f, s, words, k) and not _other_date(f, s, deadline, k))
                  and s.start.date() >= deadline.date()), None)
    if moved is not None:  # 'delay the launch date … from the initially planned Feb. 15' for a Feb. 15 deadline
        return (f"'{words}' from {moved.explanation}: to a later day, after the deadline "
                f"{deadline:%a %d %b %Y %H:%M %z}")
    length = delays.minimum_delay(f.sent.text) if k is not None else None
    if length is not None:
        first = delays.earliest_day(_statement_day(f, k), length[1])
        if first > deadline.date():
            return (f"'{words}' '{length[0].strip()}': not before {first:%a %d %b %Y}, after the deadline "
                    f"{deadline:%a %d %b %Y %H:%M %z}")
        carried = delays.carried_past(f, k, length[1], deadline)
        if carried is not None:  # 'delayed completion … by a year' of an act 'expected to be complete in fall 2020'
            former, first = carried
            return (f"'{words}' '{length[0].strip()}' from its former date ({former.explanation}): not before "
                    f"{first:%a %d %b %Y}, after the deadline {deadline:%a %d %b %Y %H:%M %z}")
    year = _NEW_YEAR.search(f.sent.text)
    if year:
        month = MONTHS.get((year.group(1) or "").lower()[:3], 1) if year.group(1) else 1
        if (int(year.group(2)), month) > (deadline.year, deadline.month):
            return f"'{words}' to '{year.group(0).split(None, 1)[1]}', after the deadline {deadline:%a %d %b %Y %H:%M %z}"
    month = _NEW_MONTH.search(f.sent.text)
    if month:
        first = _next_month_start(MONTHS[month.group(1).lower()[:3]], f.article.published.date())
        if first is not None and first > deadline.date():
            return (f"'{words}' to '{month.group(0).split(None, 1)[1]}' (from {first:%d %b %Y}), after the deadline "
                    f"{deadline:%a %d %b %Y %H:%M %z}")
    low = f.sent.lower_text
    open_ended = next((w for w in OPEN_ENDED if f" {w} " in low and w not in words.lower()), None)  # 'put on hold' is a hold
    if open_ended:
        return f"'{words}' {open_ended}: {OPEN_ENDED_NOTE}, so not before the deadline {deadline:%a %d %b %Y %H:%M %z}"
    elsewhere = new_dates.told_elsewhere(f, deadline)
    if elsewhere is not None:  # '… has delayed the launch …. … plans to unveil the device … in May or June'
        g, span = elsewhere
        where = "the headline" if g.sent.headline else f"sentence {g.sent.index}"
        return (f"'{words}', the new date told in {where} ('{span.text}'): {span.explanation}, after the deadline "
                f"{deadline:%a %d %b %Y %H:%M %z}")
    return f"'{words}' with {OPEN_DELAY_NOTE} {deadline:%a %d %b %Y %H:%M %z}"


def body_push_back(ctx: MarketContext, f: SentenceFacts, k: int, deadline) -> tuple[str, float, str] | None:
    """A headline's calling-off word ('Defective fuel sensor scraps Discovery launch') over an
    article whose body tells the same act only pushed back ('The launch was delayed until at least
    Saturday'): a headline names the news in its shortest word, and the body says what was called
    off — that attempt, not the act. Returns (the body's words, their strength, the body's temporal
    reading) when the headline's word at k calls off rather than pushes back, is not told as a
    decision, and the body pushes the act back and nowhere calls it off; None otherwise."""
    if not f.sent.headline or pushes_back(f, k):
        return None
    low = [t.lower for t in f.sent.tokens]
    if delays.decided_to(low, k) or delays.said_it_would(low, k):
        return None
    found = None
    for g in f.article_facts:
        if g.sent.headline:
            continue
        own = g.act_idx + g.act_noun_idx
        for j in own + ([] if g.actors or g.object_idx else anaphoric_acts.bare_act_nouns(ctx, g)):
            c = _cancellation(g, j, ctx.act_verbs)
            if c is None or _before_the_window(ctx, g, c[2]):
                continue
            if not pushes_back(g, c[2]):
                return None  # the body calls the act off too
            found = found or (c[0], c[1], _delay_reading(g, c[0], deadline, c[2]))
    return found


def headline_cue_push_back(ctx: MarketContext, f: SentenceFacts, phrase: str, i: int, deadline) -> tuple[str, float, str] | None:
    """A headline's calling-off cue read for the act at i ('GSLV-D5 rocket launch called off due to leak') over
    a body that tells the act only pushed back ('The launch … was temporarily called off on Monday'):
    body_push_back's reading at the cue's own word, else None."""
    if not f.sent.headline:
        return None
    first = phrase.split()[0]
    return body_push_back(ctx, f, next((k for k, t in enumerate(f.sent.tokens) if t.lower == first), i), deadline)


_SHOWN_REACH = 6  # tokens between the calling-off verb and the act's word for the trace to quote them together


def with_object(f: SentenceFacts, k: int, words: str) -> str:
    """The calling-off verb at k quoted with the act's word it is told of, as written ('suspended its planned
    teacher strikes', 'the strike was suspended'), when that word stands near it in its clause; else `words`."""
    toks, (a, b) = f.sent.tokens, f.sent.clause_of(k)
    marks = sorted(set(f.act_noun_idx) | set(f.object_idx) | set(f.act_idx))
    after = [j for j in marks if k < j < min(b, k + _SHOWN_REACH + 1)]
    before = [j for j in marks if max(a, k - _SHOWN_REACH) <= j < k]
    start, text = toks[k].start, f.sent.text
    if after:
        return text[start:toks[after[0]].start + len(toks[after[0]].text)]
    if before and text[start:start + len(words)] == words:
        return text[toks[before[-1]].start:start + len(words)]
    return words

