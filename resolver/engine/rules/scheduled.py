"""Rule 3 — scheduled after deadline: the act itself or a step that must come first (talks,
a visit, a vote) is dated after the deadline, resolving relative expressions against the
article's publication time → toward no. The same plan dated before the deadline is only a
weak sign toward yes (a plan is not the event)."""

from __future__ import annotations

import re

from .. import called_events, custody_until, delays, electoral, final_level, firm_plans, first_to, mentions, moved_deadlines, poll_sourced, pronoun_antecedents, roles, stages
from ..analysis import MarketContext, SentenceFacts, aspect, negation, verb_lemma_at
from ..lexicon import PREREQUISITE_NOUNS, PREREQUISITE_VERBS
from ..settings import EngineSettings
from ..text import conditional_clause
from ..verb_aspect import dated_past_verb
from ..sentence_tense import tense_of
from ..types import Contribution
from . import called_off, does_not_count, hedged, ruled_out
from .base import cite

NAME = "scheduled_after_deadline"
PLAN = "plan_before_deadline"
_PREREQ = frozenset(PREREQUISITE_NOUNS) | frozenset(PREREQUISITE_VERBS)
_DELAYS = frozenset({"delayed", "delays", "delay", "postponed", "postpones", "postpone", "deferred", "defers",
                     "rescheduled", "reschedules", "pushed"})


def _is_future(f: SentenceFacts, i: int, span_start) -> bool:
    asp = aspect(f.sent, i, None)
    return asp in ("future", "hedged") or span_start.date() > f.article.published.date() or any(
        t.lower in ("will", "'ll", "scheduled", "set", "upcoming", "next", "planned", "due") for t in f.sent.tokens
    )


def _moved_clauses(ctx: MarketContext, f: SentenceFacts) -> set[tuple[int, int]]:
    """Clauses in which the market's rescheduling act stands ('extended the deadline to Aug. 1'):
    a later date there is the new date the act set, not a schedule for a step before it."""
    if not called_off.rescheduling_act(ctx):
        return set()
    moving = [k for k, t in enumerate(f.sent.tokens) if t.lemmas & called_off.RESCHEDULING]
    return {f.sent.clause_of(k) for k in f.act_idx + f.act_noun_idx + moving}


# Acts that end a pause, and the words naming the pause they end ('will remain paused until
# Oct. 1', 'extended the shutdown of its production lines until …'): the pause lasting until a
# day after the deadline dates the act itself after it.
_ENDS_PAUSE = frozenset({"resume", "restart", "reopen", "restore", "lift"})
_PAUSE = frozenset({"pause", "halt", "suspend", "suspension", "shutdown", "shut", "close", "closure", "stoppage",
                    "idle", "freeze", "ban", "moratorium", "embargo", "lockdown"})


# The pause told of the market's actor or object as its subject, for any act ('LHC on hold until
# spring of 2009'): the words between that subject and the pause, and the pause's own words
_HELD_LINKS = frozenset({"is", "are", "was", "were", "be", "been", "being", "will", "would", "remain", "remains",
                         "remained", "stay", "stays", "stayed", "has", "have", "had", "to", "now", "still", "put", "placed",
                         "kept", "left", "again"})
_HELD = frozenset({"paused", "halted", "suspended", "shut", "closed", "grounded", "idled", "frozen"})
_HELD_SUBJECT_REACH = 4


_PREPOSITIONS = frozenset({"with", "for", "of", "to", "on", "at", "about", "between", "against", "from", "in", "over",
                           "by", "into", "under", "after", "before"})


def _governed(f: SentenceFacts, start: int) -> bool:
    """The name starting at `start` is a preposition's object ('talks with CERN'), not a subject."""
    before = [t for t in f.sent.tokens if t.start + len(t.text) <= start]
    return bool(before) and before[-1].lower in _PREPOSITIONS


def _held_subject(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    """'LHC on hold until spring of 2009': the market's actor or object, as the subject, told on hold
    (paused, halted, suspended, shut, grounded …) until a day after the deadline: it does nothing of
    its kind before then, so the act cannot come in time. The pause must not be the act itself
    ('Will the government shut down?'), nor the act end a pause (read by _paused_until)."""
    if ctx.target.kind != "event" or ctx.target.act in _ENDS_PAUSE or ctx.target.act in _PAUSE:
        return []
    toks, deadline = f.sent.tokens, ctx.market.deadline
    names = {m.end(): m.start() for n in f.actors for m in ctx.actor_patterns[n].finditer(f.sent.text)}
    names.update({toks[k].start + len(toks[k].text): toks[k].start for k in f.object_idx
                  if k or toks[k].lemmas & ctx.object_head})
    for span in f.spans:
        if f.lead_word(span) not in ("until", "till") or not span.starts_after(deadline):
            continue
        lead = max((k for k, t in enumerate(toks) if t.start <= span.pos and t.lower in ("until", "till")), default=None)
        if lead is None:
            continue
        pause = lead - 2 if lead >= 2 and [t.lower for t in toks[lead - 2:lead]] == ["on", "hold"] else (
            lead - 1 if lead >= 1 and toks[lead - 1].lower in _HELD else None)
        if pause is None or toks[pause].lemmas & ctx.act_verbs or negation(f, pause) or conditional_clause(f.sent, pause):
            continue
        k = pause - 1
        while k >= 0 and pause - k <= _HELD_SUBJECT_REACH and toks[k].lower in _HELD_LINKS:
            k -= 1
        end = toks[k].start + len(toks[k].text) if k >= 0 else -1
        if end not in names or _governed(f, names[end]):
            continue  # 'Talks with CERN on hold until …': the name is not the subject
        words = " ".join(t.text for t in toks[pause:lead])
        return [hedged.weaken(f, pause, ruled_out.NAME, "no", -settings.weights.ruled_out,
                              f"the market's '{toks[k].text}' {words} until '{span.text}': nothing of the act before then",
                              settings, not_before(span, deadline))]
    return []


def _paused_until(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    if (held := custody_until.held_past(ctx, f)) is not None:  # 'X will stay behind bars at least until February 1'
        k, span, words = held
        return [hedged.weaken(f, k, ruled_out.NAME, "no", -settings.weights.ruled_out,
                              f"'{words}' '{span.text}': held until then, so not freed before",
                              settings, not_before(span, ctx.market.deadline))]
    if ctx.target.kind != "event" or ctx.target.act not in _ENDS_PAUSE:
        return _held_subject(ctx, f, settings)
    if ctx.target.object_terms and not f.object_idx or not (f.actors or f.object_idx):
        return []  # the pause must be the market's: its object named, or its actor when it has none
    deadline = ctx.market.deadline
    for span in f.spans:
        if f.lead_word(span) not in ("until", "till") or not span.starts_after(deadline):
            continue
        toks = f.sent.tokens
        lead = max((k for k, t in enumerate(toks) if t.start <= span.pos and t.lower in ("until", "till")), default=None)
        if lead is None:
            continue
        a, _ = f.sent.clause_of(lead)
        pause = next((k for k in range(a, lead) if toks[k].lemmas & _PAUSE or toks[k].lower in _PAUSE), None)
        if pause is None or negation(f, pause) or conditional_clause(f.sent, pause):
            continue
        return [hedged.weaken(f, pause, ruled_out.NAME, "no", -settings.weights.ruled_out,
                              f"'{toks[pause].text}' until '{span.text}': the act comes after the pause ends",
                              settings, not_before(span, deadline))]
    return []


def not_before(span, deadline) -> str:
    """The temporal note of a limit reading: the act cannot come before the span, which starts
    after the deadline (the words ruled_out gives 'will not take place before January 6')."""
    return f"{span.explanation}; not before then, and that is after the deadline {deadline:%a %d %b %Y %H:%M %z}"


# Verbs by which a process that has not yet produced the act takes up again ('is scheduled to
# resume work next week', 'aims to reconvene … on Wednesday, 3 November')
_TAKES_UP = frozenset({"resume", "reconvene"})


def _resumes_after(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    """'The jury didn't reach a verdict Friday and is scheduled to resume work next week': the act
    (or its object) told not done, and in the same sentence, after it, the process taking up again
    on a day after the deadline: until then it is paused, so the act cannot come before the
    deadline. A limit like 'will not take place before …' (ruled_out), not a plan."""
    if ctx.target.kind != "event" or not (f.actors or f.object_idx):
        return []
    toks = f.sent.tokens
    negated = next((i for i in f.act_idx + f.act_noun_idx + f.object_idx
                    if negation(f, i) and not conditional_clause(f.sent, i)), None)
    if negated is None:
        return []
    deadline = ctx.market.deadline
    for k in range(negated + 1, len(toks)):
        if not toks[k].lemmas & _TAKES_UP or negation(f, k) or conditional_clause(f.sent, k):
            continue
        after = sorted((s for s in f.spans if s.pos > toks[k].start), key=lambda s: s.pos)
        if not after or not after[0].starts_after(deadline) or f.lead_word(after[0]) in ("by", "before", "within", "through"):
            continue
        span = after[0]
        told = f"'{negation(f, negated)} … {toks[negated].text}'"
        return [hedged.weaken(f, k, ruled_out.NAME, "no", -settings.weights.ruled_out,
                              f"the act told not done ({told}) and its process to '{toks[k].text}' on "
                              f"'{span.text}': paused until then", settings, not_before(span, deadline))]
    return []


_NEXT_ATTEMPT = frozenset(called_off.CANCEL_DATA["next_attempt"])


def _next_attempt(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    """'aiming for our next opportunity starting July 27', 'NEXT WINDOW NET JULY 27': in an
    article about the act, the next chance at it dated after the deadline is the earliest the act
    can come, so the act is scheduled after the deadline."""
    if ctx.target.kind != "event" or not f.article_about_act or not (f.act_idx or f.act_noun_idx or f.object_idx):
        return []
    toks = f.sent.tokens
    for k, t in enumerate(toks):
        if t.lower not in _NEXT_ATTEMPT or not any(w.lower == "next" for w in toks[max(0, k - 2):k]):
            continue
        if negation(f, k) or conditional_clause(f.sent, k):
            continue
        a, b = f.sent.clause_of(k)
        after = sorted((s for s in f.spans if s.pos > t.start and a <= f.sent.token_at(s.pos) < b), key=lambda s: s.pos)
        if not after or not after[0].starts_after(ctx.market.deadline):
            continue
        span, deadline = after[0], ctx.market.deadline
        temporal = f"{span.explanation}, after the deadline {deadline:%a %d %b %Y %H:%M %z}"
        return [hedged.weaken(f, k, NAME, "no", -settings.weights.event_after_deadline,
                              f"the next {t.text.lower()} for the act is '{span.text}'", settings, temporal)]
    return []


def _soonest(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    """'The soonest another launch can happen will be seven days': in an article about the act, the
    shortest wait before the act's next try, counted from the publication day, ends after the
    deadline: the act is scheduled after it (delays.py)."""
    if ctx.target.kind != "event" or not f.article_about_act or not (f.act_idx or f.act_noun_idx):
        return []
    length = delays.minimum_delay(f.sent.text, led=False)
    if length is None:
        return []
    toks = f.sent.tokens
    at = f.sent.text.find(length[0])
    k = next((i for i in f.act_idx + f.act_noun_idx if at <= toks[i].start < at + len(length[0])), None)
    if k is None or negation(f, k) or conditional_clause(f.sent, k):
        return []
    deadline = ctx.market.deadline
    first = delays.earliest_day(f.article.published.date(), length[1])
    if first <= deadline.date():
        return []
    temporal = (f"'{length[0]}' from the publication day: not before {first:%a %d %b %Y}, after the deadline "
                f"{deadline:%a %d %b %Y %H:%M %z}")
    return [hedged.weaken(f, k, NAME, "no", -settings.weights.event_after_deadline,
                          f"the soonest the act can come: '{length[0]}'", settings, temporal)]


# words that make a 'to'-infinitive an aim or a plan ('was expected to win', 'bids to win')
_AIMS = frozenset({"expected", "expects", "expect", "planned", "plans", "plan", "planning", "aims", "aimed", "aiming",
                   "hopes", "hoped", "hoping", "seeks", "sought", "seeking", "bid", "bids", "bidding", "tries", "trying",
                   "attempt", "attempts", "wants", "wanted", "looking", "set", "due", "scheduled", "slated", "poised",
                   "favourite", "favorite", "favoured", "favored", "chance", "chances", "hope", "goal", "ready", "vows",
                   "vowed", "intends", "intended", "could", "would", "may", "might", "should", "can", "must"})


def _result_not_plan(f: SentenceFacts, i: int, span) -> bool:
    """'Muguruza beat … Serena Williams 7-5, 6-4 to win her maiden Grand Slam crown at the French
    Open here on Saturday': in a body sentence told in the past (no future cue), dated the day it
    was published, a 'to'-infinitive act with no word of aim or plan before it tells what the past
    act came to, not a plan."""
    toks = f.sent.tokens
    if f.sent.headline or i == 0 or toks[i - 1].lower != "to" or span.start.date() != f.article.published.date():
        return False
    return tense_of(f.sent) == "past" and not any(t.lower in _AIMS for t in toks[:i])


_EFFECTIVE = re.compile(r"\b(?:as\s+of|with\s+effect\s+from|effective(?:\s+(?:from|on|as\s+of))?)\s+$", re.I)


def _effective(f: SentenceFacts, span) -> bool:
    """'The decision to abolish checks … as of 1 January 2025 was published today': a date the
    decided measure takes effect is not when the step before it (the decision, the vote) comes."""
    lead = f.sent.text[:span.pos] + (re.match(r"(?:of|from)\s+", span.text, re.I) or re.match("", "")).group()
    return bool(_EFFECTIVE.search(lead))


# 'from the initially planned Feb. 15', 'had originally planned to launch … on March 22': the plan given up
_FORMER_PLAN = re.compile(r"\b(?:originally|initially|previously|formerly)\s+(?:planned|scheduled|slated|set|targeted|"
                          r"expected|due)\b|\b(?:was|were)\s+(?:due|supposed|meant)\s+to\b|\bfrom\s+(?:the|its|an?)\s+(?:\w+\s+)?(?:planned|scheduled|original)\s*$",
                          re.I)


def _dates_other(f: SentenceFacts, i: int, span) -> bool:
    """The span dates the report ('on Tuesday confirmed', a dateline), a verb told in the past
    ('closed this Friday … the text of a free trade agreement') or a former plan ('from the
    initially planned Feb. 15'), not the plan for the act."""
    a, _ = f.sent.clause_of(f.sent.token_at(span.pos))
    former = _FORMER_PLAN.search(f.sent.text[f.sent.tokens[a].start:span.pos]) if f.sent.tokens else None
    return f.dates_the_statement(span, i) or dated_past_verb(f.sent, span.pos, span.pos + len(span.text)) \
        or former is not None


def _set_before_push_back(ctx: MarketContext, f: SentenceFacts, i: int, span) -> bool:
    """'The announcement …, scheduled for today, has been postponed': the day the act was set for,
    told before the verb pushing it back, is the day it moved away from, not its plan."""
    called = called_off._cancellation(f, i, ctx.act_verbs)  # or after 'planned' following it ('suspended a
    # planned one-day strike … next Wednesday'): the day the act was called off for
    return called is not None and (called_off.pushes_back(f, called[2]) and delays.set_for_before(f, span, called[2])
                                   or span.pos > f.sent.tokens[called[2]].start and delays.former_day(f, span, called[0], called[2]))


_OWN_NOUN_AFTER = frozenset({"of", "for", "by", "from"})
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "it"})


def _bare_act_noun(ctx: MarketContext, f: SentenceFacts, i: int) -> bool:
    """'NASA has scrubbed the launch of their joint Crew 9 mission … The launch is now scheduled for
    no earlier than 1:17 p.m. on Saturday': the act word with only 'the' before it and no 'of …'
    after it, or a sentence opening with a subject pronoun ('They are now scheduled to be sentenced
    on July 16'), naming no actor, object or other name, right after a sentence that tells the act
    of the market's object or actors, refers back to that act."""
    toks = f.sent.tokens
    if f.actors or f.object_idx or not f.follows_named_act or i == 0 or any(t.text[:1].isupper() for t in toks[1:i]):
        return False  # 'SpaceX's Starliner … the launch': another name
    if toks[0].lower in _SUBJECT_PRONOUNS:  # 'They are now scheduled to be sentenced on July 16.'
        return not pronoun_antecedents.other_name_before(f)  # not after '… another mission of GSAT-1, …'
    return toks[i - 1].lower == "the" and not (i + 1 < len(toks) and toks[i + 1].lower in _OWN_NOUN_AFTER)


def _all_parties(ctx: MarketContext, f: SentenceFacts, i: int) -> bool:
    """'Amazon and Whole Foods Market announced Thursday that the sale of the grocery chain to the
    tech giant will close on Monday, Aug. 28': every party of a market with two or more, named
    before the act's verb, tell of the act between them in other words than the market's object."""
    names = ctx.target.actors
    if len(names) < 2 or i not in f.act_idx or set(names) - set(f.actors):
        return False
    before = f.sent.text[:f.sent.tokens[i].start]
    return all(ctx.actor_patterns[n].search(before) for n in names)


_AHEAD = frozenset({"before", "ahead", "prior", "advance", "preceding"})


def _ahead_of(f: SentenceFacts, i: int) -> bool:
    """'unexpectedly cut the official cash rate …, moving before its scheduled policy decision meeting on
    March 25': a step named after 'before' or 'ahead of', in a sentence that tells the act itself done
    before it, is the time the act came by, not a step still to come first ('will meet ahead of a final
    vote on March 30' still waits for the vote)."""
    toks = f.sent.tokens
    ahead = next((k for k in range(max(0, i - 5), i) if toks[k].lower in _AHEAD), None)
    return ahead is not None and any(m.index < ahead and m.index in f.act_idx and m.affirmed and m.aspect == "done"
                                     for m in mentions.read(f.sent))


def apply(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    if not f.spans:
        return _soonest(ctx, f, settings)
    deadline = ctx.market.deadline
    out: list[Contribution] = _soonest(ctx, f, settings) or _paused_until(ctx, f, settings) \
        or _resumes_after(ctx, f, settings) or _next_attempt(ctx, f, settings)
    if out:
        return out
    moved = moved_deadlines.moved_past(ctx, f) if ctx.target.kind in ("event", "state") else None
    if moved is not None:  # 'the previous deadline of January 31 has been changed to February 10': a push-back
        k, words, temporal = moved  # done, read as 'postponed to February 10' is (ruled_out), not as a plan
        return [hedged.weaken(f, k, ruled_out.NAME, "no", -settings.weights.ruled_out,
                              f"act pushed back: the deadline it was due by moved past the market's: '{words}'", settings,
                              temporal)]
    # the act itself, planned (not when the sentence rules it out: see ruled_out)
    ruled = ruled_out._cue(f, f.act_idx[0], ctx.extra_ruled_out) if f.act_idx else None
    if ruled and ruled[0].split()[0] in _DELAYS:
        ruled = None  # 'Plans to Release Delayed … Features in Spring 2026': a delay to a date is a plan for it
    for i in ([] if ctx.target.kind != "event" or ruled else f.act_idx + f.act_noun_idx):
        anaphor = False
        if (ctx.target.object_terms and not f.object_idx or not (f.actors or f.object_idx)) \
                and not _all_parties(ctx, f, i):
            anaphor = _bare_act_noun(ctx, f, i)
            if not anaphor:
                break  # the plan must be about the market's object ('set to launch' of the console, not its pre-orders)
        if any(m.index == i and m.affirmed and m.kind != "nominal" for m in mentions.read(f.sent)):
            break  # a sentence that tells the act as done does not schedule it
        if stages.later(ctx.target.act, f"{ctx.market.question} {ctx.market.criteria}", f.sent.tokens[i].lemmas):
            continue  # 'Rutte will take office on October 2nd': a later stage's date is not the appointment's
        span = f.nearest_span(i)
        asp = aspect(f.sent, i, verb_lemma_at(ctx, f, i))
        if span is None or asp == "past" or negation(f, i) or conditional_clause(f.sent, i) or _dates_other(f, i, span) \
                or _set_before_push_back(ctx, f, i, span) or called_events.dates_event(ctx, f, i, span) \
                or first_to.first_to_in_past(f.sent, i):  # 'was trying to make history as the first club to win …'
            break  # … or the called event's own date ('prefer the vote to take place in November'), not the call's
        if not _is_future(f, i, span.start):
            break
        if poll_sourced.source(f.sent, i) and not poll_sourced.asked(ctx.market.question, ctx.market.criteria):
            break  # '… will keep its rate on hold next week …, a Reuters poll showed': economists' forecast, no plan
        if span.starts_after(deadline):
            temporal = f"{span.explanation}, after the deadline {deadline:%a %d %b %Y %H:%M %z}"
            firm = f" ({firm_plans.MARK})" if firm_plans.firm(ctx.market.question, f, i, span, deadline) else ""
            out.append(hedged.weaken(f, i, NAME, "no", -settings.weights.event_after_deadline,
                                     f"the act itself is planned for '{span.text}'{firm}", settings, temporal))
        elif anaphor:
            break  # the bare act noun reads as the market's act only for a new date after the deadline
        elif span.ends_by(deadline) and span.start.date() >= f.article.published.date():
            if _result_not_plan(f, i, span):
                break  # '… beat Serena Williams 7-5, 6-4 to win her maiden Grand Slam crown … on Saturday'
            temporal = f"{span.explanation}, before the deadline {deadline:%a %d %b %Y %H:%M %z}"
            note = does_not_count.check(f, "a plan before the deadline")
            out.append(note or hedged.weaken(f, i, PLAN, "yes", settings.weights.plan_before_deadline,
                                             f"the act is planned for '{span.text}' (a plan, not the event)",
                                             settings, temporal))
        return out
    # a prerequisite step, dated after the deadline, in an article about the act
    if not f.article_about_act:
        return out
    prereq = _PREREQ | ctx.extra_prerequisites
    moved = _moved_clauses(ctx, f)
    for i, t in enumerate(f.sent.tokens):
        if not (t.lemmas & prereq) or negation(f, i) or f.sent.clause_of(i) in moved or _ahead_of(f, i) \
                or conditional_clause(f.sent, i):
            continue  # 'In that case the decision would go to … next month': a step only if the act fails
        if called_events.called_event(ctx, t.text):
            continue  # 'the vote' for a market on calling an election: the event called comes after the call
        if electoral.other_election(f.sent, i, ctx.market.question):
            continue  # 'the March primary ballot' for a special runoff: another election's ballot
        span = f.nearest_span(i)
        if span is None or not span.starts_after(deadline) or not _is_future(f, i, span.start) or _effective(f, span):
            continue
        if final_level.on_one_date(ctx):
            out.append(cite(f, NAME, "none", 0.0, f"'{t.text}' by '{span.text}': the market reads a level on one "
                                                 "date, and a step dated after it leaves that level as it stands"))
            break
        if ctx.target.kind == "state":
            out.append(cite(f, NAME, "none", 0.0, f"'{t.text}' by '{span.text}': a step that could change a state "
                                                 "the market asks to hold, dated after the deadline, is no sign it ends"))
            break
        body = roles.decision_of_other(ctx, f, i)
        if body:
            out.append(cite(f, NAME, "none", 0.0, f"'{t.text}' by '{span.text}' is {body}'s decision, not the one the "
                                                 "market asks of its own deciding body"))
            break
        temporal = f"{span.explanation}, after the deadline {deadline:%a %d %b %Y %H:%M %z}"
        out.append(hedged.weaken(f, i, NAME, "no", -settings.weights.scheduled_after_deadline,
                                 f"prerequisite '{t.text}' scheduled for '{span.text}'", settings, temporal))
        break
    return out
