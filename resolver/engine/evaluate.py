"""Evaluate one market against its evidence at a given time: run every rule over every
sentence, aggregate, and return a Verdict with the full reasoning trace."""

from __future__ import annotations

import hashlib
import json
import re
from collections import OrderedDict
from functools import lru_cache
from datetime import datetime

from . import aggregate, celebrated_acts, contest_silence, datelines, excluded_amounts, figures, first_flights, foreign_articles, interrogatives, margins, object_owners, other_countries, retracted_figures, revived_processes, sources, spec, understood, undone_restarts, value_kind, weak_readings
from .analysis import MarketContext, analyse
from .settings import EngineSettings
from .spec import RuleSet
from .rules.base import cite
from .rules import (
    called_off,
    confirmation,
    deadline_passed,
    failed_attempt,
    majority_seats,
    not_yet,
    opposite_outcome,
    rival_outcome,
    ruled_out,
    scheduled,
    state_ended,
    state_continues,
    state_held,
    state_restored,
    threshold_crossed,
    unread_evidence,
)
from .rules import act_levels, bearing_reports, eve_reports, final_leaders, first_occurrences, least_count, result_shapes, runoff_counts
from .text import normalize
from .types import Article, Contribution, Market, Verdict

ENGINE_VERSION = "1.0.0"
SENTENCE_RULES = (confirmation, act_levels, ruled_out, scheduled, rival_outcome, opposite_outcome,
                  failed_attempt, majority_seats, runoff_counts, state_ended, state_held, state_restored, state_continues, not_yet)


@lru_cache(maxsize=16384)
def content_hash(text: str) -> str:
    """Hash of an article body after normalisation (used to spot syndicated copies). Memoised:
    an evaluation asks for it twice per article (the inputs hash and the reading's cache key)."""
    return hashlib.sha256(" ".join(normalize(text).lower().split()).encode()).hexdigest()


def inputs_hash(market: Market, articles: list[Article], settings: EngineSettings,
                rule_set: RuleSet | None = None) -> str:
    """Hash of everything a verdict depends on except `as_of`."""
    payload = {
        "engine": ENGINE_VERSION,
        "market": market.model_dump(mode="json"),
        "rules": rule_set.model_dump(mode="json") if rule_set else None,
        "articles": sorted(
            [a.url, a.published.isoformat(), a.source, content_hash(a.title + "\n" + a.text)] for a in articles
        ),
        "settings": settings.model_dump(mode="json"),
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


def market_context(market: Market, rules: RuleSet) -> MarketContext:
    """The market with its target under `rules` and the analyst's extra word lists."""
    target = rules.target
    if not rules.enabled("does_not_count"):
        target = target.model_copy(update={"exclusions": []})
    ruled = rules.get("ruled_out")
    hedge = rules.get("hedged")
    sched = rules.get("scheduled_after_deadline")
    frames = rules.get("frames")
    extra = frames if isinstance(frames, spec.Frames) and frames.enabled else None
    # an aircraft's first flight: the flight's own words report it too, qualified (first_flights.py)
    flown = first_flights.asked(market.question, target)
    if flown:
        target = first_flights.widened(target)
    return MarketContext(
        market=market, target=target,
        extra_ruled_out=tuple(ruled.extra_cues) if isinstance(ruled, spec.RuledOut) else (),
        extra_hedges=frozenset(w.lower() for w in hedge.extra_cues) if isinstance(hedge, spec.Hedged) else frozenset(),
        extra_prerequisites=frozenset(w.lower() for w in sched.prerequisites)
        if isinstance(sched, spec.ScheduledAfterDeadline) else frozenset(),
        extra_verbs=(tuple(w.lower() for w in extra.verbs) if extra else ()) + (first_flights.VERBS if flown else ()),
        extra_nouns=(tuple(w.lower() for w in extra.nouns) if extra else ()) + (first_flights.NOUNS if flown else ()),
        extra_phrases=(tuple(" ".join(p.lower().split()) for p in extra.phrases) if extra else ())
        + (first_flights.PHRASES if flown else ()),
    )


def _weigh(c: Contribution, weight: sources.SourceWeight, shaky_time: str | None,
          settings: EngineSettings) -> Contribution:
    """Apply the article's source weight, and the unknown-time factor when the contribution's
    timing rests on the publication time (no date in its sentence)."""
    factor, notes = 1.0, []
    if weight.factor != 1.0:
        factor *= weight.factor
        notes.append(weight.note)
    if shaky_time and c.weight and (c.temporal or "").startswith(("no date in the sentence", "'within", "'today")):
        factor *= settings.unknown_time_factor
        notes.append(f"{shaky_time} ×{settings.unknown_time_factor:g}")
    if factor == 1.0 or not c.weight:
        return c
    return c.model_copy(update={"weight": round(c.weight * factor, 4), "reason": f"{c.reason} [{'; '.join(notes)}]"})


ArticleReading = tuple[tuple[Contribution, ...], int, tuple[Contribution, ...]]
_ARTICLE_CACHE: OrderedDict[tuple, ArticleReading] = OrderedDict()
_ARTICLE_CACHE_SIZE = 50_000


def _article_contributions(ctx_key: str, ctx: MarketContext, rules: RuleSet, settings: EngineSettings,
                           article: Article) -> ArticleReading:
    """What every sentence rule says about one article for one market, how many sentences
    mention the act with an actor, and the sentences that mention the act or its object in a
    way no rule read (unread evidence). Deterministic in its inputs, so memoised (bounded LRU):
    a re-evaluation only re-reads articles it has not seen."""
    key = (ctx_key, article.url, article.published.isoformat(), article.source, article.published_estimated,
           content_hash(article.title + "\n" + article.text))
    hit = _ARTICLE_CACHE.get(key)
    if hit is not None:
        _ARTICLE_CACHE.move_to_end(key)
        return hit
    out: list[Contribution] = []
    unread: list[Contribution] = []
    mentions = 0
    readable = ctx.target.kind in ("event", "state", "threshold")
    foreign = foreign_articles.language_of(article)  # not in English: no rule can read it (foreign_articles.py)
    named: foreign_articles.Named | None = None
    for facts in analyse(ctx, article):
        if facts.relevant and facts.actors:
            mentions += 1
        if foreign is not None:
            named = foreign_articles.first_named(named, facts, ctx)
        # words entailing the act ('sentenced' for convict) confirm it; no other rule reads them
        found = [c for rule in SENTENCE_RULES
                 for c in rule.apply(ctx, facts.with_entailed() if rule is confirmation else facts, settings)
                 if not _disabled(c, rules)]
        found = _asked_only(facts, found)
        found = other_countries.set_aside(ctx, facts, found)  # 'Portugal has banned wheat exports' for India's ban
        found = object_owners.set_aside(ctx, facts, found)  # 'approved a bill … to allow Finland to join NATO' for Sweden's
        if any(c.rule != not_yet.NAME for c in found):  # a status note adds nothing to a firing rule
            found = [c for c in found if c.rule != not_yet.NAME]
        out.extend(found)
        out.extend(retracted_figures.note(ctx, facts))  # 'is not correct due to malfunctioning of the sensor'
        out.extend(revived_processes.note(ctx, facts))  # 'have reached a binding agreement' after talks collapsed
        read_act = any(c.rule in unread_evidence.ACT_READERS or c.base_rule in unread_evidence.ACT_READERS
                       for c in found)
        if not readable:
            continue
        if read_act:  # a note that set the report aside for its tense or publication day only: the wide net
            if bearing_reports.reopened(found) and (i := bearing_reports.bearing_at(ctx, facts)) is not None:
                unread.append(bearing_reports.note(facts, i))
            elif (eve := eve_reports.held(ctx, facts, found)) is not None:  # a next-day edition naming no day
                unread.append(eve)
            continue
        held = len(unread)
        if facts.relevant or (ctx.target.kind in ("threshold", "state") and facts.actors):
            i = unread_evidence.mention_at(ctx, facts, act_only=bool(found))
            if i is not None:
                unread.append(unread_evidence.note(facts, i))
            elif (short := figures.short_figure_only(ctx, facts)) is not None:
                out.append(cite(facts, "figure_short", "none", 0.0,
                                f"'{short}' is short of {figures.bar_text(ctx)}: the mention is read as the act "
                                "carrying too small a count"))
        elif not read_act and readable and facts.actors:
            i = unread_evidence.beyond_words(ctx, facts)  # a score, another language: no act word to find
            if i is not None:
                unread.append(unread_evidence.note(facts, i))
        elif ctx.target.kind == "threshold" and (i := unread_evidence.figure_at(ctx, facts)) is not None:
            # a sentence naming neither act nor actor, kept for the subject its article names or the
            # statistic it names: only a figure of the market's quantity there is unread evidence
            unread.append(unread_evidence.note(facts, i))
        if len(unread) == held and (i := bearing_reports.bearing_at(ctx, facts)) is not None:
            unread.append(bearing_reports.note(facts, i))  # the party or object told done in other words
        elif len(unread) == held and (i := first_occurrences.first_at(ctx, facts)) is not None:
            unread.append(first_occurrences.note(facts, i))  # 'First flights leave …' for a restart
        elif len(unread) == held and (i := result_shapes.result_at(ctx, facts)) is not None:
            unread.append(result_shapes.note(facts, i))  # 'Pakistan triumph', 'are European Champions again'
        elif len(unread) == held and (i := final_leaders.leader_at(ctx, facts)) is not None:
            unread.append(final_leaders.note(facts, i))  # 'held a four-stroke lead as … final round … began'
    if foreign is not None:
        note, whole = foreign_articles.readings(ctx, article, foreign, named, readable)
        out.extend([note] if note is not None else [])
        if whole is not None:  # the article listed once, whole, not again sentence by sentence
            unread = [whole]
    result = (tuple(out), mentions, tuple(unread))
    _ARTICLE_CACHE[key] = result
    if len(_ARTICLE_CACHE) > _ARTICLE_CACHE_SIZE:
        _ARTICLE_CACHE.popitem(last=False)
    return result


def _asked_only(facts, found: list[Contribution]) -> list[Contribution]:
    """A sentence that only asks or forecasts ('Will X win the Palme d'Or?') asserts nothing:
    what a rule read in it is listed for the analyst, with no weight (interrogatives.py)."""
    cue = interrogatives.wholly_asked(facts.sent) if any(c.weight for c in found) else None
    if cue is None:
        return found
    return [c.model_copy(update={"rule": QUESTION, "base_rule": None, "direction": "none",
                                 "weight": 0.0, "reason": f"asked, not asserted ('{cue}'): {c.reason}"})
            if c.weight else c for c in found]


QUESTION = "question"


def _disabled(c: Contribution, rules: RuleSet) -> bool:
    return not rules.enabled(c.rule) or (c.base_rule is not None and not rules.enabled(c.base_rule))


def evaluate_market(market: Market, articles: list[Article], as_of: datetime,
                    settings: EngineSettings | None = None, rule_set: RuleSet | None = None) -> Verdict:
    """The verdict for `market` from `articles` as known at `as_of` (aware), under `rule_set`
    (default: derived from the market's text). Pure and deterministic."""
    base_settings = settings or EngineSettings()
    if as_of.tzinfo is None:
        raise ValueError("as_of must be timezone-aware")
    if market.settings.value is not None:  # a value question: not evaluated (value_kind.py)
        return value_kind.not_evaluated(market, as_of, ENGINE_VERSION,
                                        inputs_hash(market, articles, base_settings, rule_set))
    rules = rule_set or spec.default_rule_set(market)
    settings = rules.effective_settings(base_settings)
    ctx = market_context(market, rules)
    visible = sorted((datelines.local(a) for a in articles if a.published <= as_of), key=lambda a: (a.published, a.url))
    contribs: list[Contribution] = []
    unread: list[Contribution] = []
    copies = sources.syndicated_copies(visible)
    mentions = 0  # sentences naming the act or its object together with an actor
    ctx_key = hashlib.sha256("\x00".join((market.model_dump_json(), rules.model_dump_json(),
                                           settings.model_dump_json())).encode()).hexdigest()
    for article in visible:
        if article.url in copies:
            contribs.append(Contribution(rule="duplicate", direction="none", weight=0.0,
                                         reason=f"a copy of {copies[article.url]} (syndicated): counted once",
                                         article_url=article.url, article_title=article.title,
                                         published=article.published, source=article.source or None))
            continue
        weight = sources.source_weight(article, market, settings)
        shaky_time = sources.time_reliability(article)
        found, n, unread_here = _article_contributions(ctx_key, ctx, rules, settings, article)
        mentions += n
        unread.extend(unread_here)
        contribs.extend(_weigh(c, weight, shaky_time, settings) for c in found)
    contribs = understood.withhold_confirmations(ctx.target, market.question, contribs)
    contribs = aggregate.supersede_plans(contribs)
    contribs = aggregate.supersede_late_schedules(contribs, settings)
    contribs = aggregate.supersede_setbacks(contribs, _passed_setback)
    contribs = aggregate.supersede_endings(contribs, settings)
    contribs = retracted_figures.void(ctx, contribs)  # a reading later declared wrong at the same place
    contribs = excluded_amounts.void(contribs)  # a rounding of a figure told elsewhere as of an excluded kind
    contribs = revived_processes.void(contribs, settings)  # talks told collapsed, then the deal reached
    contribs = aggregate.damp_by_source(contribs, settings)
    contribs, conflict = aggregate.resolve_conflict(contribs, settings)
    yes, no = aggregate.side_totals(contribs)
    if rules.enabled(deadline_passed.NAME):
        contribs += deadline_passed.apply(ctx, as_of, yes, no, settings)
    t = settings.decision_threshold
    unread = bearing_reports.held_back(ctx.target.kind, contribs, unread)
    contribs, held = _hold_for_unread(contribs, unread, t)
    if not held and contest_silence.silence_only(ctx, contribs):  # a who-wins contest always has a result
        read = [a for a in visible if a.url not in copies]
        contribs, held = _hold_for_unread(contribs, contest_silence.sentences(ctx, read), t)
    if not held:  # an article not in English that held nothing is still noted as not read
        contribs += foreign_articles.as_notes(unread)
    yes, no = aggregate.side_totals(contribs)
    score = round(yes + no, 4)
    if conflict == aggregate.CONFLICT:
        label, status = "undetermined", "conflicting"
    elif held:
        label, status = "undetermined", unread_evidence.STATUS
    else:
        passed = any(c.rule == deadline_passed.NAME and c.counted for c in contribs)
        if score >= t and _affirmative(contribs, "yes"):
            label = "likely-yes"
            status = "deadline-passed" if passed and yes - settings.weights.deadline_passed < t else "confirmed"
        elif score <= -t and _affirmative(contribs, "no", _forecasts(rules)):
            label = "likely-no"
            status = "deadline-passed" if passed and no + settings.weights.deadline_passed > -t else "ruled-out"
        else:
            label = "undetermined"
            found = mentions or any(c.direction != "none" for c in contribs)
            status = ("inconclusive" if as_of > market.deadline else "too-early") if found else "no-evidence"
    direction = {"likely-yes": "yes", "likely-no": "no"}.get(label)
    weak = weak_readings.gate(contribs, direction) if direction else None
    if weak is not None:  # one weak reading alone: an analyst reads the sentence (weak_readings.py)
        contribs, label, status, direction = contribs + [weak], "undetermined", weak_readings.STATUS, None
    known = aggregate.known_at(contribs, direction, settings.decision_threshold) if direction else None
    if status == "deadline-passed" and known is None:
        grace = market.settings.grace_hours if market.settings.grace_hours is not None else settings.grace_hours
        known = deadline_passed.after_grace(market.deadline, grace)
    conf, _ = aggregate.corroborated(score, contribs, direction)
    return Verdict(
        market_id=market.id, verdict=label, score=score, confidence=conf, status=status,
        summary=_summary(label, status, contribs, ctx, len(visible)), as_of=as_of, known_at=known, target=ctx.target,
        contributions=contribs, engine_version=ENGINE_VERSION,
        inputs_hash=inputs_hash(market, articles, base_settings, rule_set),
    )


# Readings that can carry a decisive verdict on their own: an event reported as done, a value
# reported beyond the threshold, or a passed deadline (checked against unread evidence).
# A state held at its window's last decision (state_held) closes the window as its deadline would.
# A state whose end is dated after the deadline, or carried past it (state_continues), reaches it.
AFFIRMATIVE_YES = frozenset({"confirmation", "threshold_crossed", deadline_passed.NAME, "state_held", "state_continues"})
# No readings that forecast rather than report ('will not', 'cannot' with no date and no reported
# cancellation): they decide only when independent sources agree.
FORECAST_NO = frozenset({"ruled_out"})


def _forecasts(rules: RuleSet) -> frozenset[str]:
    """Forecast rules in force: an analyst who set a rule's weight vouches for it as decisive."""
    return frozenset(r for r in FORECAST_NO if (rule := rules.get(r)) is None or rule.weight is None)


def _affirmative(contribs: list[Contribution], direction: str, forecasts: frozenset[str] = FORECAST_NO) -> bool:
    """A decisive verdict needs a reading that says so: for yes, the act (or value) reported as
    done or a state reaching its deadline; for no, a reading of what happened or is dated
    (the other outcome, a failed attempt, a state ended, a figure, a date after the deadline,
    the deadline itself). Plans alone never make a likely-yes; a statement that the act will
    not happen ('will not sign … in Washington') makes a likely-no only when two sources say so;
    a setback after which the act can still happen (a rejection that could be revisited, a
    failed attempt in an open market) never does."""
    forecast_sources: set[tuple[str, str]] = set()
    for c in contribs:
        if not c.counted or c.direction != direction:
            continue
        rule = c.base_rule or c.rule
        if direction == "yes" and rule in AFFIRMATIVE_YES:
            return True
        if direction == "no" and rule in forecasts and c.temporal == ruled_out.NO_LIMIT:
            forecast_sources.add((c.source or c.article_url or "", re.sub(r"[^a-z0-9]+", " ", (c.sentence or "").lower()).strip()))
        elif direction == "no" and not _setback(c):
            return True
    # two sources quoting the same words ('"It was impossible (to form a government)."') carry one statement;
    # a reading with no sentence quoted is its source's own
    return any(a[0] != b[0] and (not a[1] or a[1] != b[1]) for a in forecast_sources for b in forecast_sources)


def _passed_setback(c: Contribution) -> bool:
    """A setback a later report of the act done supersedes: any _setback, or an act ruled out for a time
    that ends before the deadline ('will not happen on Sunday evening', then 'launched … Thursday')."""
    return _setback(c) or (c.base_rule or c.rule) == ruled_out.NAME and ruled_out.PARTIAL_NOTE in (c.temporal or "")


def _setback(c: Contribution) -> bool:
    """A no reading after which the act can still happen before the deadline: a rejection with
    no single occasion named ('could be revisited'), a failed attempt in an open market."""
    rule = c.base_rule or c.rule
    return (rule == opposite_outcome.NAME and opposite_outcome.REVISABLE_NOTE in (c.temporal or "")) or (
        rule == failed_attempt.NAME and failed_attempt.OPEN_NOTE in c.reason) or (
        rule == ruled_out.NAME and called_off.OPEN_DELAY_NOTE in (c.temporal or ""))


def _hold_for_unread(contribs: list[Contribution], unread: list[Contribution],
                     threshold: float) -> tuple[list[Contribution], bool]:
    """A passed deadline may decide only when no attached article holds an unread mention of
    the act or its object in the window. Otherwise the deadline's contribution is not counted
    and the unread sentences are listed."""
    passed = [k for k, c in enumerate(contribs) if c.rule == deadline_passed.NAME and c.counted]
    if not passed:
        return contribs, False
    rest = [c for k, c in enumerate(contribs) if k not in passed]
    yes, no = aggregate.side_totals(rest)
    direction = contribs[passed[0]].direction
    if direction == "no" and not unread:
        # a confirmation too weak to decide (hedged, one unsure source) is still a reading of
        # the act: the deadline's silence cannot outvote it
        unread = [c.model_copy(update={"rule": unread_evidence.NAME, "direction": "none", "weight": 0.0,
                                       "reason": f"a weak report of the act ({c.reason}): an analyst should read it"})
                  for c in rest if c.counted and c.direction == "yes" and (c.base_rule or c.rule) in AFFIRMATIVE_YES]
    if direction == "no":
        # a figure that could still meet the bar ('89.77 percent', provisional, for ≥ 90%): read,
        # but not settled, so the deadline's silence cannot settle it either
        unread = list(unread) + [c.model_copy(update={"rule": unread_evidence.NAME, "reason": f"{c.reason}: an analyst "
                                                      "should read it"})
                                 for c in rest if c.rule == threshold_crossed.NAME and c.direction == "none"
                                 and threshold_crossed.UNSETTLED in c.reason]
        # an act told as done with a date after its own article (misread), or by a period that overlaps
        # the window without lying inside it ('10 years ago' with its slack), or a figure over such a period
        # (threshold_crossed.STRADDLES): read, set aside for its
        # date alone, so the deadline's silence cannot say no while it stands
        unread = list(unread) + [c.model_copy(update={"rule": unread_evidence.NAME, "reason": f"{c.reason}: an analyst "
                                                      "should read it"})
                                 for c in rest if c.rule == confirmation.NAME and any(
                                     n in c.reason for n in (confirmation.MISDATED, confirmation.STRADDLES,
                                                             confirmation.UNANCHORED, celebrated_acts.AFTER,
                                                             undone_restarts.UNDONE))
                                 or c.rule == threshold_crossed.NAME and threshold_crossed.STRADDLES in c.reason]
        # a win reported without the margin the market sets: read, but its size is unknown
        unread = list(unread) + [c.model_copy(update={"rule": unread_evidence.NAME, "reason": f"{c.reason}: an analyst "
                                                      "should read it"})
                                 for c in rest if c.direction == "none" and margins.UNSTATED in (c.reason or "")]
        # the act reported with its count untold ('scored Iowa's first eight points' for 50 or more)
        unread = list(unread) + [c.model_copy(update={"rule": unread_evidence.NAME, "reason": f"{c.reason}: an analyst "
                                                      "should read it"})
                                 for c in rest if c.rule == confirmation.NAME and c.direction == "none"
                                 and any(n in c.reason for n in least_count.COUNT_UNTOLD)]
    if (direction == "no" and no <= -threshold) or (direction == "yes" and yes >= threshold):
        return contribs, False  # decided by what the evidence says, not by its silence
    if not unread:
        return contribs, False
    out = list(contribs)
    for k in passed:
        out[k] = out[k].model_copy(update={
            "counted": False,
            "reason": f"{out[k].reason} [not decisive: {len(unread)} sentence(s) mention the act or its object "
                      "in words no rule read]"})
    return out + unread_evidence.listed(unread), True


def _attached(n: int) -> str:
    return f"{n} article{'' if n == 1 else 's'} attached"


def _summary(label: str, status: str, contribs: list[Contribution], ctx: MarketContext, articles: int = 0) -> str:
    """One line that agrees with the evidence list: when articles are attached but no rule
    fired, it says how many and that none was decisive (not "no relevant evidence")."""
    fired = [c for c in contribs if c.counted and c.direction != "none"]
    top = sorted(fired, key=lambda c: -abs(c.weight))[:2]
    why = "; ".join(f"{c.rule}: {c.reason}" for c in top)
    if ctx.target.kind == "unknown":
        why = ("question not parsed into a known kind of market; " + why).rstrip("; ")
    texts = {
        "confirmed": "evidence confirms the act",
        "ruled-out": "evidence rules the act out by the deadline",
        "deadline-passed": "the deadline passed without confirmation",
        weak_readings.STATUS: "the verdict rests on one reading of a kind often wrong on unseen text: read the cited "
                              "sentence",
        unread_evidence.STATUS: "the deadline passed, but the evidence mentions the act in words the engine did not "
                                "read: read the listed sentences",
        "conflicting": "strong evidence points both ways",
        "too-early": (f"{_attached(articles)}, none decisive yet; the deadline is ahead" if articles
                      else "relevant evidence, but nothing decisive yet and the deadline is ahead"),
        "inconclusive": (f"{_attached(articles)}, none decisive; the deadline has passed: read the evidence"
                         if articles else "relevant evidence, none decisive; the deadline has passed: read the evidence"),
        "no-evidence": f"{_attached(articles)}, none decisive" if articles else "no relevant evidence",
    }
    unread = len({c.article_url for c in contribs if c.rule == foreign_articles.NAME or foreign_articles.is_foreign(c)})
    told = texts[status] + (f"; {unread} not in English, not read" if unread and status in ("too-early", "inconclusive",
                                                                                           "no-evidence") else "")
    return f"{label} ({status}): {told}" + (f" — {why}" if why else "")
