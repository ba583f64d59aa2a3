"""Rule 2 — ruled out: a sentence says the act will not / cannot happen by the deadline, is
'not imminent', 'precluded', 'unlikely this week', postponed or called off → toward no.
A statement whose time window ends before the deadline counts for the share of the
remaining time it covers."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import (anaphoric_acts, asked_phrasals, attempt_subjects, attributive_cues, beaten_rivals, collapse_falls, dated_retries,
               declined_offices, delays, manner_limits, dropped_measures, dropped_plans, epistemic_cues, halted_premise, mentions, name_titles, negated_modals,
               negated_subjects, open_setbacks, other_fixtures, own_limits, snubs, withdrawn_entries, earliest_dates, court_pleas)
from ..deal_agreement import deal_agreement
from ..negated_expectations import EXPECTATION as _EXPECTATION, negated_expectation
from ..staged_events import staged_event_nouns
from ..suspended_strikes import former_day_in_window, other_strike
from ..moved_plans import moved_sooner
from ..analysis import MarketContext, SentenceFacts, aspect, negation
from ..verb_aspect import concessive_adjunct, implied_by
from ..averted_acts import AVERTING_PHRASES, averts_act
from ..lexicon import PARTY_CUES, RULED_OUT_CUES
from ..settings import EngineSettings
from ..text import conditional_clause, inflections_of, lemmas_of, tokenize
from ..types import Contribution
from . import ended_prospects, failed_attempt, hedged
from .base import cite, earlier_note
from .called_off import (DELAY_CUES, body_push_back, NEAR, RESCHEDULING, UNDOING, _before_the_window, _cancellation, pushes_back,
                         OPEN_DELAY_NOTE, _delay_reading, _someone_else_left, _undoes_object, rescheduling_act,
                         with_object, headline_cue_push_back)

NAME = "ruled_out"
# Cues reporting that the act was pushed back or abandoned: the time expression near them
# dates the announcement, not a window, so the whole run-up to the deadline is covered.
EVENT_CUES = frozenset({"postponed", "delayed", "called off", "cancelled", "canceled", "collapsed"})

# The reading of a bare statement ('will not sign') with no date and no reported cancellation: a
# forecast, which decides only when two sources make it (evaluate._affirmative).
NO_LIMIT = "no time limit given: read as covering the deadline"
PARTIAL_NOTE = "of the time left"  # a limit ending before the deadline: the act may come after it (evaluate._setback)


@lru_cache(maxsize=256)
def _normalized(cues: tuple[tuple[str, float], ...]) -> tuple[tuple[str, str, float], ...]:
    return tuple((phrase, " " + " ".join(t.lower for t in tokenize(phrase)) + " ", strength) for phrase, strength in cues)


@lru_cache(maxsize=256)
def _cues_with(extra: tuple[str, ...]) -> tuple[tuple[str, str, float], ...]:
    """The lexicon's ruled-out cues and the analyst's extra ones, normalised (once per list)."""
    return _normalized(RULED_OUT_CUES + tuple((c.lower(), 1.0) for c in extra))


_KNOWING = (" to say ", " to tell ", " to know ", " to predict ", " to call ", " to determine ")


def _about_knowing(window: str, norm: str) -> bool:
    """'it is impossible to say who the winner is': the cue is about knowing, not the act."""
    at = window.find(norm) + len(norm) - 1
    return any(window.startswith(k, at) for k in _KNOWING)


_MODAL_NOT = negated_modals.MODAL_NOT
# a conditional negated modal, read for the verb it governs only when that verb is one of taking part ('he would
# not participate in Afghanistan's runoff election' rules out his taking part, not the runoff being held)
_WOULD_NOT = frozenset({"would not", "wouldn't"})
_TAKING_PART = frozenset({"participate", "compete", "attend", "join", "contest", "boycott"})
_GOVERNING_NOT = _MODAL_NOT | _WOULD_NOT


def _takes_part_after(f: SentenceFacts, k: int, phrase: str) -> bool:
    """A verb of taking part right after `phrase` (adverbs between allowed) before token k."""
    toks = f.sent.tokens
    words = [t.lower for t in tokenize(phrase)]
    for m in range(max(0, k - NEAR), k):
        if [t.lower for t in toks[m:m + len(words)]] == words:
            j = m + len(words)
            while j < k and toks[j].lower.endswith("ly"):
                j += 1
            return j < k and bool(toks[j].lemmas & _TAKING_PART)
    return False
_LIMIT_WORDS = frozenset({"before", "until", "till"})
_BREAKS = frozenset({",", ";", ":", "which", "that", "who", "and", "but", "while", "as", "after", "when"})


def _far_limit(f: SentenceFacts, i: int, cues) -> tuple[str, float] | None:
    """'The launch of the James Webb space telescope scheduled for December 22 won't take place
    before December 24': the act noun is the subject, its modifiers push the predicate past the
    near window; the predicate, a negated modal followed within four words by 'before'/'until',
    still rules the act out until that date. Nothing between the act and the modal may open
    another clause."""
    toks = f.sent.tokens
    if i == 0 or toks[i - 1].lower != "the" or i not in f.act_idx + f.act_noun_idx:
        return None
    _, b = f.sent.clause_of(i)
    for k in range(i + 1, b):
        if toks[k].lower in _BREAKS:
            return None
        if k <= i + NEAR:
            continue  # the near window was read already
        for phrase, norm, strength in cues:
            words = norm.split()
            if phrase in _MODAL_NOT and [t.lower for t in toks[k:k + len(words)]] == words and any(
                    t.lower in _LIMIT_WORDS for t in toks[k + len(words):k + len(words) + 4]):
                return phrase, strength
    return None


def _cue(f: SentenceFacts, i: int, extra: tuple[str, ...] = ()) -> tuple[str, float] | None:
    a, b = f.sent.clause_of(i)
    a, b = max(a, i - NEAR), min(b, i + NEAR + 1)  # near the act: a long sentence holds other events
    cues = _cues_with(extra)
    window = " " + " ".join(t.lower for t in f.sent.tokens[a:b]) + " "
    for phrase, norm, strength in cues:
        if phrase in AVERTING_PHRASES and not averts_act(f.sent, i, norm.split(), f.act_idx):
            continue  # 'signs rail bill to avert strike': another thing averted near the act
        if norm in window and not _about_knowing(window, norm) and not any(  # about knowing or the manner, not the act
                g(f.sent, a, b, norm.split(), f.act_idx) for g in (epistemic_cues.about_knowing, manner_limits.manner_limited)):
            return phrase, strength
    # else a negated expectation about the act itself, in its own clause: "No signing … expected this week"
    return _far_limit(f, i, cues) or negated_expectation(f.sent.tokens[a:b])


def _modal_of_other_verb(ctx: MarketContext, f: SentenceFacts, k: int, phrase: str) -> bool:
    """A negated modal found only near the market's object (token k) that governs another verb, or
    one that is what a done announcement said when the criteria ask for a negation announced."""
    if k in f.act_idx and negated_modals.announced_negation(
            f.sent, k, phrase, f.act_idx, ctx.market.criteria, frozenset(w for v in ctx.act_verbs for w in _forms(v))) \
            and aspect(f.sent, k, next(iter(sorted(f.sent.tokens[k].lemmas & ctx.act_verbs)), None)) == "past":
        return True
    if phrase not in _GOVERNING_NOT or k in f.act_idx or k in f.act_noun_idx:
        return False
    if phrase in _WOULD_NOT and not _takes_part_after(f, k, phrase):
        return False
    words = _title_words(ctx.market.question)
    return negated_modals.governs_other_verb(f.sent, k, phrase, NEAR, ctx.act_verbs, f.act_idx, words) or \
        negated_modals.subject_modal_other_verb(f.sent, k, phrase, NEAR, ctx.act_verbs, f.act_idx, words)


def _other_act_expected(ctx: MarketContext, f: SentenceFacts, k: int) -> bool:
    """A market on a state lasting ('remain closed'): an expectation negated of another act done to its
    object ('airlines are not expected to start using the airport until late May') rules out that act,
    not the state."""
    return ctx.target.kind == "state" and k in f.object_idx and k not in f.act_idx and k not in f.act_noun_idx \
        and ("not" in f.sent.text or "n't" in f.sent.text) \
        and negated_modals.expected_other_verb(f.sent, k, NEAR, ctx.act_verbs, f.act_idx)


def _reported_as_done(f: SentenceFacts, i: int, phrase: str) -> bool:
    """The cancellation or postponement near token i is itself reported as done."""
    first = phrase.split()[0]
    read = {m.index: m for m in mentions.read(f.sent)}
    for k in range(max(0, i - NEAR), min(len(f.sent.tokens), i + NEAR + 1)):
        if f.sent.tokens[k].lower == first:
            m = read.get(k)
            return m is None or (m.polarity == "positive" and m.modality in ("asserted", "reported")
                                 and m.aspect != "future")
    return True


_PASSIVE_BE = frozenset({"was", "were", "is", "are", "been", "be", "being", "got"})


def _other_subject(f: SentenceFacts, i: int, phrase: str) -> bool:
    """The passive cancelling verb near token i has its own subject, with neither the act nor
    its object among the four words before the auxiliary: 'some flights at Dublin Airport were
    cancelled' calls off the flights, not the act ('The launch of Crew-7 was postponed' does)."""
    toks = f.sent.tokens
    mine = set(f.act_idx) | set(f.act_noun_idx) | set(f.object_idx)
    for k in range(max(1, i - NEAR), min(len(toks), i + NEAR + 1)):
        if toks[k].lower != phrase.split()[0] or toks[k - 1].lower not in _PASSIVE_BE:
            continue
        subject = range(max(0, k - 5), k - 1)
        return bool(subject) and not mine & set(subject) and all(toks[j].lower not in _PRONOUNS for j in subject) \
            and any(toks[j].lower.isalpha() for j in subject) and toks[k - 2].text not in (",", ";")
    return False


_PRONOUNS = frozenset({"it", "they", "this", "that", "which", "these", "those"})


def _conceded(f: SentenceFacts, i: int, phrase: str) -> bool:
    """The cue near token i stands in a concessive adjunct ('despite … being postponed')."""
    first = phrase.split()[0]
    toks = f.sent.tokens
    return any(toks[k].lower == first and concessive_adjunct(f.sent, k)
               for k in range(max(0, i - NEAR), min(len(toks), i + NEAR + 1)))


@lru_cache(maxsize=1024)
def _forms(lemma: str) -> frozenset[str]:
    return frozenset(w for ws in inflections_of(lemma).values() for w in ws)


def _purpose_words(f: SentenceFacts, i: int) -> frozenset[str]:
    """Words of a purpose or cause adjunct after token i ('in order to assess the potential impact
    of tariffs'): a hedge there qualifies the reason, not the act."""
    low = [t.lower for t in f.sent.tokens]
    for k in range(i + 1, len(low) - 2):
        if low[k:k + 3] == ["in", "order", "to"] or low[k:k + 3] == ["so", "as", "to"] or low[k:k + 2] == ["due", "to"]:
            return frozenset(low[k:])
    return frozenset()


_REFUSING = frozenset({"decline", "refuse"})
REFUSAL_STRENGTH = 0.9


def _refusal(f: SentenceFacts) -> tuple[int, tuple[str, float]] | None:
    """'President William Ruto has declined to sign the Finance Bill 2024': a refusal of the act
    itself ('declined/refused to' right before the act verb), its object named after it in the
    clause. Read like 'will not sign' (a statement with no time limit, which decides only when
    two sources make it); 'declined to comment on whether he would sign' is not one."""
    toks = f.sent.tokens
    for i in f.act_idx:
        if i < 2 or toks[i - 1].lower != "to" or not toks[i - 2].lemmas & _REFUSING or negation(f, i - 2):
            continue
        a, b = f.sent.clause_of(i)
        if any(i < k < b for k in f.object_idx):
            return i, (f"{toks[i - 2].text.lower()} to {toks[i].text.lower()}", REFUSAL_STRENGTH)
    return None


# A plan reported as given up: 'had planned to release in the 1st half of 2023, but …'
_FORMER_PLAN = re.compile(r"\b(?:had\s+(?:planned|hoped|intended|aimed|expected)|had\s+been\s+(?:originally\s+|initially\s+)?"
                          r"(?:scheduled|expected|set|due)|(?:was|were)\s+(?:originally\s+|initially\s+)?"
                          r"(?:supposed|meant|scheduled|due|set))\s+to\s*$", re.I)
# a window counted from something else ('within 12 months of the showcase'): not the plan's dates
_RELATIVE = re.compile(r"\s*within\b", re.I)
ABANDONED_NOTE = "the planned window covers the deadline and the plan was given up"


@lru_cache(maxsize=4096)
def _title_words(title: str) -> frozenset[str]:
    """A title's words and their lemmas (asked once per sentence of its article: memoised)."""
    return frozenset(lem for t in tokenize(title) for lem in lemmas_of(t.lower) | {t.lower})


def _abandoned_plan(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str, str] | None:
    """'We had planned to release in the 1st half of 2023, but development is still continuing',
    in an article whose title names the market's object: the act's former plan, its window
    covering the deadline, given up ('but …') → the act will not come by the deadline."""
    toks = f.sent.tokens
    title = _title_words(f.article.title)
    if not (title & ctx.object_head or any(p.search(f.article.title) for p in ctx.actor_patterns.values())):
        return None
    deadline = ctx.market.deadline
    for i in f.act_idx:
        plan = _FORMER_PLAN.search(f.sent.text[max(0, toks[i].start - 40):toks[i].start])
        but = next((k for k in range(i + 1, len(toks)) if toks[k].lower == "but"), None)
        if not plan or but is None or negation(f, i):
            continue
        window = next((sp for sp in f.spans if toks[i].start < sp.pos < toks[but].start and not _RELATIVE.match(sp.text)
                       and not sp.starts_after(deadline) and (sp.end - deadline).days >= -1), None)
        if window is None or any(sp.pos > toks[but].start and sp.start.date() > f.article.published.date()
                                 and sp.ends_by(deadline) for sp in f.spans) or moved_sooner(f, i, but, deadline):
            continue  # '…, but it now comes on June 20': a new date inside the window
        temporal = f"{window.explanation}; {ABANDONED_NOTE} ({deadline:%a %d %b %Y})"
        return i, f"act ruled out: '{plan.group(0).strip()} {toks[i].text}' … 'but'", temporal
    return None


def _decided(f: SentenceFacts, cancelled: tuple[str, float, int], deadline) -> bool:
    """The calling-off at the reading's token told as a decision ('has agreed to call off'), or a
    push-back to a new date after the deadline ('the launch was scrubbed for at least 48 hours' the
    day before it): either tells the act off for the window whoever is named."""
    words, _, k = cancelled
    low = [t.lower for t in f.sent.tokens]
    if delays.decided_to(low, k) or delays.said_it_would(low, k) or (not pushes_back(f, k)
                                                                      and delays.announced_off(low, k)):
        return True  # 'has agreed to call off', 'The companies said they would terminate their agreement',
        # 'announced … that a strike … has been called off'
    return pushes_back(f, k) and _past_deadline_strength(
        _delay_reading(f, words, deadline, k)) > 0


def _past_deadline_strength(temporal: str) -> float:
    """A push-back to a new date after the deadline ('Delayed Until March 2007' for a 2006 market)
    dates the act itself after it: full strength, as a called-off act (a delay with no new date
    keeps its lesser strength, a setback)."""
    return 1.0 if ", after the deadline " in temporal else 0.0


def _called_off(ctx: MarketContext, f: SentenceFacts, cancelled: tuple[str, float, int],
                settings: EngineSettings) -> list[Contribution]:
    """The act called off or pushed back (called_off._cancellation's reading), unless a new date
    before the deadline keeps it in the window, the act undoes its object, or another party left."""
    if delays.new_date_before(f, ctx.market.deadline, cancelled):
        return []  # 'postponed to March 3' with the deadline in April: still in the window
    words, strength, k = cancelled
    other = other_fixtures.other_parties(ctx, f, f.object_idx)
    if other:  # "England's … Pool C match against France has been called off" for the Japan–Scotland match
        return [_another_fixture(f, k, words, other)]
    if party := other_fixtures.other_counterparty(ctx, f):  # 'terminates merger agreement with Frontier': another deal
        return [cite(f, NAME, "none", 0.0, f"'{words}' tells of an agreement with {party}, none of the market's parties")]
    if _undoes_object(ctx, f, k):
        return []  # 'Court cancels presidential election process' for 'annul the election'
    if dropped_measures.plan_to_end(ctx, f, k):
        return []  # 'scrapped a proposal to end the dollar peg': the state kept
    if _someone_else_left(ctx, f, words, k):
        return []  # 'Rui Costa pulled out': his exit, not the election's calling off
    if (rival := beaten_rivals.rival_gave_up(ctx, f, k)) is not None:  # 'Dish Network abandoned …' for 'beat Dish'
        return [cite(f, NAME, "none", 0.0, f"'{words}' is told of {rival}, the rival the act beats: its exit, not the act called off")]
    if (others := other_strike(ctx, f, words, k)) is not None:  # 'The NEU … has suspended its planned strikes'
        return [cite(f, NAME, "none", 0.0, f"'{words}' tells of another strike than the market's ({others})")]
    early = earlier_note(ctx, f, k, NAME, f"'{words}' calls an occasion off", words=words.split("…")[0].strip())
    if early:
        return [early]  # 'The launch was cancelled in July 2015': an earlier occurrence's
    deadline = ctx.market.deadline
    temporal = f"'{words}' with no new date before the deadline {deadline:%a %d %b %Y %H:%M %z}"
    if pushes_back(f, k):
        temporal = open_setbacks.weigh(ctx, f, k, _delay_reading(f, words, deadline, k))  # weighed by the window left
        strength = max(strength, _past_deadline_strength(temporal))
        if strength < 1.0 and (day := former_day_in_window(ctx, f, words, k)) is not None:  # a strike's day called off
            strength, temporal = 1.0, f"'{words}' from {day.explanation}: the strike set for it, in the window, is off"
    elif (body := body_push_back(ctx, f, k, deadline)) is not None:
        # 'Defective fuel sensor scraps Discovery launch' over 'The launch was delayed until at least Saturday'
        strength = max(body[1], _past_deadline_strength(body[2]))
        temporal = open_setbacks.weigh(ctx, f, k, f"'{words}' in the headline, told in the body as a push-back: {body[2]}")
    forced = implied_by(f.sent, k)  # 'forced UN lead mediator to postpone talks': done, not planned
    told = f"'{forced} … to {words}'" if forced else f"'{with_object(f, k, words)}'"
    return [hedged.weaken(f, k, NAME, "no", -settings.weights.ruled_out * strength, f"act called off or pushed "
                          f"back: {told}", settings, temporal, ignore=_purpose_words(f, k))]


def _another_fixture(f: SentenceFacts, k: int, words: str, other: str) -> Contribution:
    """A weightless note: the occasion called off or pushed back is another of the kind (another fixture, another
    country's election)."""
    return cite(f, NAME, "none", 0.0, f"'{words}' tells of another occasion of the kind (named for: {other}), not the "
                                      f"market's: none of the market's parties is named", None)


def _others_note(ctx: MarketContext, f: SentenceFacts, cued: list[int]) -> list[Contribution]:
    """A weightless note when a modal cue near the act was set aside as another's act (negated_subjects)."""
    for k in cued:
        c = _cue(f, k, ctx.extra_ruled_out)
        why = c and not _modal_of_other_verb(ctx, f, k, c[0]) and negated_subjects.others_act(ctx, f, k, c[0])
        if why:
            return [cite(f, NAME, "none", 0.0, why)]
    return []


def apply(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    lost = ended_prospects.find(ctx, f, settings)  # the craft lost, no survivors, a hope or process ended
    if lost:
        return lost
    abandoned = _abandoned_plan(ctx, f) if f.act_idx else None
    # 'scuttled their IPO plans' for a market on beginning to trade (a new date in the window keeps the act open)
    abandoned = abandoned or (None if delays.new_date_before(f, ctx.market.deadline) else dropped_plans.find(ctx, f))
    if abandoned is not None and dropped_measures.plan_to_end(ctx, f, abandoned[0]):
        abandoned = None  # 'dropped plans to abandon the dollar peg' for a market on keeping the peg
    if abandoned is not None:  # (a plan's own words, 'plans to consider turning …', hedge nothing)
        k, reason, temporal, *own = abandoned
        return [hedged.weaken(f, k, NAME, "no", -settings.weights.ruled_out, reason, settings, temporal, *own)]
    withdrawn = withdrawn_entries.find(ctx, f)
    if withdrawn is not None:
        # 'Rafael Nadal withdrew from Wimbledon on Friday' for a market on his playing there: the act called off
        k, words = withdrawn
        return [hedged.weaken(f, k, NAME, "no", -settings.weights.ruled_out, f"act called off: the party withdrew "
                              f"from the event: '{words}'", settings, f"'{words}' with no new date before the deadline "
                              f"{ctx.market.deadline:%a %d %b %Y %H:%M %z}")]
    office = declined_offices.declined(ctx, f)
    if office is not None:
        # 'Sonia Gandhi Declines Post of Prime Minister': the candidate refused the office (a statement
        # with no time limit, like 'will not': two sources decide)
        k, wording = office
        if not conditional_clause(f.sent, k):
            return [hedged.weaken(f, k, NAME, "no", -settings.weights.ruled_out * REFUSAL_STRENGTH,
                                  f"act ruled out: the candidate declined the office ({wording})", settings, NO_LIMIT)]
    snub = snubs.snubbed(ctx, f)
    if snub is not None and not conditional_clause(f.sent, snub[0]):
        # 'convinced that its striker Vinicius … has been snubbed': passed over for the award (no time limit)
        return [hedged.weaken(f, snub[0], NAME, "no", -settings.weights.ruled_out * REFUSAL_STRENGTH,
                              f"act ruled out: the candidate told passed over ({snub[1]})", settings, NO_LIMIT)]
    triggers = f.act_idx + f.act_noun_idx + f.object_idx
    # an act called off in a sentence naming no party, in an article that names the market's ('The Union
    # has agreed to call off strike action' under a report on the territory's government workers): the act's
    # own word must be what is called off, not only its object, and the calling-off told as decided or
    # pushed past the deadline ('The launch was called off just minutes before the planned lift-off' is a
    # scrub, read only with a party)
    staged = staged_event_nouns(ctx, f)  # 'agreed to defer the proposed strike' for 'begin their proposed … strike'
    own = f.act_idx + f.act_noun_idx + deal_agreement(ctx, f.sent) + staged if not f.actors and f.article_mentions_subject else []
    if not triggers or (not f.actors and not f.object_idx and not f.act_noun_idx):
        called = next((c for k in own for c in (_cancellation(f, k, ctx.act_verbs),)
                       if c and _decided(f, c, ctx.market.deadline)), None)
        if called is None and triggers and not f.actors and not f.object_idx and not f.act_noun_idx:
            # 'A Thursday launch attempt was scrubbed …' in a story headed with the market's actor: the
            # act's own noun, pushed back (a push-back only: a scrub)
            called = next((c for k in anaphoric_acts.bare_act_nouns(ctx, f) for c in (_cancellation(f, k, ctx.act_verbs),)
                           if c and pushes_back(f, c[2])), None)
        return _called_off(ctx, f, called, settings) if called else []
    # the cue must share a clause with the act or its object ('the opposition is not expected to
    # unite' in another clause says nothing about the act)
    # 'German chancellor Angela Merkel will not seek reelection as chair': a title before a name is not
    # what the name's own verb is done to ('CEO Ashley Buchanan was terminated' is called off below)
    cued = [k for k in triggers if k not in f.object_idx or not name_titles.title_before_name(ctx, f, k)]
    cued = [k for k in cued if not _other_act_expected(ctx, f, k)] if ctx.target.kind == "state" else cued
    # ('All flights have been canceled' for 'resume international flights': the halt the act would end)
    i, found = next(((k, c) for k in cued for c in (_cue(f, k, ctx.extra_ruled_out),)
                     if c and not _modal_of_other_verb(ctx, f, k, c[0]) and not negated_subjects.others_act(ctx, f, k, c[0])
                     and not (c[0] in EVENT_CUES and halted_premise.premise(ctx, f, k))), (triggers[0], None))
    if not found and (f.actors or own):
        cancelled = next((c for k in (triggers if f.actors else own) for c in (_cancellation(f, k, ctx.act_verbs, k in staged),)
                          if c and (f.actors or _decided(f, c, ctx.market.deadline))
                          and not halted_premise.premise(ctx, f, k)), None)
        if cancelled and not delays.new_date_before(f, ctx.market.deadline, cancelled):
            return _called_off(ctx, f, cancelled, settings)
    if not found:
        refusal = _refusal(f)
        if refusal:
            i, found = refusal
    if not found:
        return _others_note(ctx, f, cued)
    if conditional_clause(f.sent, i):
        return []
    phrase, strength = found
    if phrase in EVENT_CUES and rescheduling_act(ctx) and any(
            lemmas_of(w) & RESCHEDULING for w in phrase.split()):
        return []  # 'Rockstar delayed the release' is the act a 'delay again' market asks about
    if phrase in EVENT_CUES and (ctx.target.act or "") in UNDOING and _undoes_object(
            ctx, f, next((k for k, t in enumerate(f.sent.tokens) if t.lower == phrase.split()[0]), i)):
        return []  # 'the election was cancelled' is what an 'annul the election' market asks about
    if phrase == "collapsed" and collapse_falls.fell_to(f.sent) or phrase in EVENT_CUES and attributive_cues.qualifies_other(
            f.sent, i, phrase, set(f.act_idx + f.act_noun_idx + f.object_idx), NEAR):
        return []  # 'Liverpool collapsed to their first league loss', 'pulled nine miners from the collapsed, flooded shaft'
    if phrase in EVENT_CUES and _conceded(f, i, phrase):
        return []  # 'won the title despite the final day being called off': background to the news
    if phrase in EVENT_CUES and _other_subject(f, i, phrase):
        return []  # 'nearly 400,000 properties were without power and some flights … were cancelled'
    if phrase in EVENT_CUES and (tried := attempt_subjects.collapsed_attempt(f.sent, phrase)):
        return [hedged.weaken(f, i, failed_attempt.NAME, "no", -settings.weights.failed_attempt * strength * failed_attempt.OPEN_WINDOW_FACTOR,
                              f"an attempt failed: '{tried} … {phrase}' (the market stays open until its deadline: "
                              f"{failed_attempt.OPEN_NOTE})", settings, ignore=frozenset(phrase.split()))]
    if phrase in EVENT_CUES and not _reported_as_done(f, i, phrase):
        return []  # 'requested that the adoption be postponed': a demand, not a postponement
    if phrase in EVENT_CUES and (any(phrase in inflections for inflections in map(_forms, ctx.act_verbs))
                                 or asked_phrasals.asked(ctx.market.question, phrase, ctx.act_verbs)):
        return []  # 'Will Rockstar delay GTA VI again?', '… call off their strike': the act, not its ruling out
    if phrase in PARTY_CUES and court_pleas.plea(ctx.market.question, f.sent.text):
        return []  # 'Rubiales … denies wrongdoing': a defendant's plea, not a ruling on the verdict
    if phrase in PARTY_CUES:
        start = f.sent.text.lower().find(phrase.split()[0])
        speaker = f.sent.text[:max(start, 0)]
        if not any(p.search(speaker) for p in ctx.actor_patterns.values()):
            return []  # a denial counts only from a party to the market
    other = other_fixtures.other_parties(ctx, f, [i]) if phrase in EVENT_CUES else None
    if other:
        return [_another_fixture(f, i, phrase, other)]
    if phrase in EVENT_CUES and (_before_the_window(ctx, f, i) or dated_retries.retry_in_window(f, ctx.market.deadline)):
        return []  # 'after it postponed in March a long-planned …': an earlier occasion's delay; 'next attempt Thursday' in the window
    if phrase in EVENT_CUES and (early := earlier_note(ctx, f, i, NAME, f"'{phrase}' calls an occasion off", words=phrase.split("…")[0].strip())):
        return [early]  # 'called off the strike in 2015' for a market with no window of its own
    deadline = ctx.market.deadline
    span, limit = (None, None) if phrase in EVENT_CUES else f.limit_span(i)
    coverage, temporal = 1.0, NO_LIMIT
    own = own_limits.own_limit(ctx.market.question, f.sent, i) if span is None and phrase not in EVENT_CUES else None
    if own:  # 'will not pay … before a 30-day grace period expires': the question's own limit, as a date would
        temporal = f"'{own}': the limit the question itself sets: covers the deadline {deadline:%a %d %b %Y %H:%M %z}"
    if phrase in EVENT_CUES:
        temporal = f"'{phrase}' with no new date before the deadline {deadline:%a %d %b %Y %H:%M %z}"
        if phrase in DELAY_CUES:
            temporal = open_setbacks.weigh(ctx, f, i, _delay_reading(f, phrase, deadline, i))
            if ctx.target.candidate and OPEN_DELAY_NOTE in temporal:
                # 'the Zimbabwe Electoral Commission delayed the release of presidential election results':
                # which side wins is untouched by a delay with no new date, and the result may still come in time
                return [cite(f, NAME, "none", 0.0, f"'{phrase}': a delay of the result with no new date says "
                                                   f"nothing of who wins ({ctx.target.candidate} or another)", temporal)]
            strength = max(strength, _past_deadline_strength(temporal))
        elif (body := headline_cue_push_back(ctx, f, phrase, i, deadline)) is not None:  # 'launch called off' over 'was temporarily called off'
            strength, temporal = min(strength, max(body[1], _past_deadline_strength(body[2]))), open_setbacks.weigh(
                ctx, f, i, f"'{phrase}' in the headline, told in the body as a push-back: {body[2]}")
    if (early_day := earliest_dates.inside(span, limit, deadline)) is not None:  # 'would not resume until Friday' (the deadline's day)
        return [cite(f, NAME, "none", 0.0, early_day, span.explanation)]
    if span is not None:
        if limit in ("before", "until", "till") and span.starts_after(deadline):
            # "will not take place before January 6": ruled out until a day after the deadline
            temporal = f"{span.explanation}; not before then, and that is after the deadline {deadline:%a %d %b %Y %H:%M %z}"
        elif span.starts_after(deadline):
            return []  # "not next month" etc. is handled as scheduled_after_deadline
        elif span.covers(deadline):
            temporal = f"{span.explanation}; covers the deadline {deadline:%a %d %b %Y %H:%M %z}"
        else:
            pub = f.article.published
            total = (deadline - pub).total_seconds()
            left = (deadline - span.end).total_seconds()
            coverage = max(0.0, min(1.0, 1 - left / total)) if total > 0 else 0.0
            temporal = (f"{span.explanation}; ends {left / 3600:.0f} h before the deadline "
                        f"{deadline:%a %d %b %Y %H:%M %z}: counts for {coverage:.0%} {PARTIAL_NOTE}")
            if coverage <= 0:
                return []
    w = settings.weights.ruled_out * strength * coverage
    return [hedged.weaken(f, i, NAME, "no", -w, f"act ruled out: '{phrase}'", settings, temporal,
                          ignore=frozenset(phrase.replace("…", " ").split()) | _EXPECTATION | {"would"}
                          | _purpose_words(f, i))]
