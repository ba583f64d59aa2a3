"""Failed attempt: a sentence reports that an attempt at the act failed ("failed to win a
majority in the first round", "fell short", "inconclusive ballot"). For a market about one
occasion (`occasions.one_occasion`: a named round, ballot, trial, meeting or day) dated inside
its window, the failure settles it → toward no; for an open 'by <date>' market another attempt
may follow, so it counts little ("missed the April 1 deadline" in a window to April 30)."""

from __future__ import annotations

import re

from .. import complement, first_rounds, guilty_verdicts, mistrials, occasions, roles, short_of
from ..analysis import MarketContext, SentenceFacts, event_time
from ..averted_acts import negated_averting
from ..negated_expectations import calls_off
from ..sentence_tense import resolved_spans
from ..lexicon import FAILURE_CUES
from ..packaged import load_json
from ..schedule_nouns import modifies_schedule
from ..settings import EngineSettings
from ..word_class import verb_lemmas
from ..text import Sentence, article_sentences, conditional_clause, has_phrase, sentence_memo
from ..types import Contribution
from . import hedged
from .base import earlier_note

NAME = "failed_attempt"
OPEN_NOTE = "another attempt may follow"  # a setback, not a verdict (evaluate._affirmative)
OPEN_WINDOW_FACTOR = 0.25


_BARE_NEGATIONS = frozenset({"did not", "didn't"})


_CHARGED_FAILURE = re.compile(
    r"\b(?:" + "|".join(load_json("verdicts.json")["charged_failure"]) + r")\b[^.;:!?]{0,60}?\b(?:of|for)\b[^.;:!?]{0,60}$",
    re.I)


def _charged_failures_only(text: str) -> bool:
    """Every 'failing to' of the sentence names an offence in a charge's of- or for-phrase ('charges of
    tax and bank fraud and failing to disclose'), none reports an attempt that failed."""
    hits = [m.start() for m in re.finditer(r"\bfailing to\b", text, re.I)]
    return bool(hits) and all(_CHARGED_FAILURE.search(text[max(0, k - 140):k]) for k in hits)


def _negates_the_act(f: SentenceFacts, phrase: str) -> bool:
    """A bare 'did not' reports a failure only of the act it negates: an act word within four
    words after it ('did not win the majority')."""
    words = [t.lower for t in f.sent.tokens]
    first = phrase.split()[0]
    starts = [k for k, w in enumerate(words) if w == first or w == phrase]
    # 'didn't set a new sentencing date': the act word names a schedule (schedule_nouns.py), not the act
    acts = [j for j in f.act_idx if not modifies_schedule(f.sent, j)]
    # ('did not call off the strike': the calling-off is negated, the act stands)
    return any(0 < j - k <= 5 and not any(calls_off(f.sent.tokens, m) for m in range(k + 1, j)) for k in starts for j in acts)


def _averting_failed(f: SentenceFacts, phrase: str) -> bool:
    """The failure cue negates an averting verb whose object is the act ('failed to avoid another interest rate
    increase', 'did not avert the strike'): the act went ahead (averted_acts.negated_averting), no attempt at it
    failed."""
    first = phrase.split()[0]
    for j in f.act_idx + f.act_noun_idx:
        found = negated_averting(f.sent, j)
        if found and any(f.sent.tokens[k].lower == first for k in range(max(0, found[0] - 1), found[1])):
            return True
    return False


def _of_the_act(f: SentenceFacts, phrase: str, objects: bool = False) -> bool:
    """The failure cue shares a clause with a word of the act ('failed to secure 50%'); with
    `objects`, or of its object ('failed to deploy its satellites to orbit', for a named
    mission's delivery of them)."""
    words = f.act_idx + f.act_noun_idx + (f.object_idx if objects else [])
    if not words:
        return False
    first = phrase.split()[0]
    at = [k for k, tok in enumerate(f.sent.tokens) if tok.lower == first]
    return any(f.sent.clause_of(k) == f.sent.clause_of(i) for k in at for i in words)


def _against_subject(ctx: MarketContext, f: SentenceFacts, phrase: str) -> bool:
    """The failure is told against the market's subject ('fell short against Paul', 'failed
    against Paul'): an actor the market names who is not its object failed no attempt here."""
    subjects = roles.actors_besides_object(ctx)
    if not subjects:
        return False
    at = re.search(r"\b" + re.escape(phrase) + r"\s+(?:against|to|versus|vs\.?)\s+(?P<who>[^,.;]{1,40})", f.sent.text, re.I)
    return bool(at) and any(p.search(at.group("who")) for p in subjects)


_SHORT_OF_FORECAST = re.compile(r"\b(?:fell|falls|falling|fall)\s+" + short_of.GAP + r"(?:short|shy)\s+of\s+(?:(?:the|most|many|analysts?['’]?s?|economists?['’]?s?|"
                                r"market|wall\s+street(?:['’]s)?)\s+){0,2}(?:expectations?|forecasts?|estimates?|predictions?|"
                                r"consensus|projections?)\b", re.I)


def _short_of_forecast(text: str, phrase: str) -> bool:
    """'Hiring Falls Short of Expectations', 'fell short of analysts' forecasts': a reported figure
    set against what was forecast (hedges.as_expected reads 'missed estimates' the same way), not an
    attempt at the act that failed."""
    return phrase in ("fell short", "falls short", "falling short") and bool(_SHORT_OF_FORECAST.search(text))


_ELAPSED = re.compile(r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|"
                      r"a\s+few)\s+(?:days?|weeks?|months?|years?)\s+(?:after|since|following)\s+(?:\S+\s+){0,3}$", re.I)


def _elapsed_anchor(f: SentenceFacts, phrase: str) -> bool:
    """'Belgium formed a new government yesterday, 16 months after an inconclusive election': the
    failure is the event a span of time is counted from, an earlier one the sentence dates by, not
    an attempt at the act that failed."""
    low = f.sent.text.lower()
    at = [m.start() for m in re.finditer(r"\b" + re.escape(phrase.lower()) + r"\b", low)]
    return bool(at) and all(_ELAPSED.search(f.sent.text[max(0, k - 80):k]) for k in at)


_CHALLENGES = frozenset(load_json("verdicts.json")["rejected_challenge"])


def _challenge_rejected(ctx: MarketContext, f: SentenceFacts, phrase: str) -> bool:
    """'after two appeals from Mercedes were rejected by race stewards': the subject of the rejection,
    within its clause, is a challenge to an outcome (an appeal, a protest), another party's attempt
    that failed, not the market's act; unless the question names that challenge itself."""
    if phrase not in ("was rejected", "were rejected"):
        return False
    question = {w.lower() for w in re.findall(r"[A-Za-z]+", ctx.market.question)}
    for m in re.finditer(r"\b" + re.escape(phrase) + r"\b", f.sent.text, re.I):
        clause = re.split(r"[,;:]|\b(?:after|and|but|when|while|because|as|that)\b", f.sent.text[:m.start()], flags=re.I)[-1]
        nouns = {w.lower() for w in re.findall(r"[A-Za-z]+", clause)} & _CHALLENGES
        if not nouns or {n.rstrip("s") for n in nouns} & {w.rstrip("s") for w in question}:
            return False
    return True


TARGET_NOUNS = frozenset({"deadline", "target", "date", "goal", "timeline", "timetable", "window"})


def _missed_target(f: SentenceFacts, phrase: str) -> bool:
    """'missed the April 1 deadline': the failure is a missed target date (a delay), not a
    failed attempt at the act."""
    if phrase != "missed":
        return False
    toks = f.sent.tokens
    at = next((k for k, t in enumerate(toks) if t.lower == "missed"), None)
    return at is not None and any(t.lower in TARGET_NOUNS for t in toks[at + 1:at + 6])


_SHORT_OF = re.compile(r"\b(?:fell|falls|falling|fall)\s+" + short_of.GAP + r"(?:short|shy)\s+of\s+"
                       r"(?:(?:the|a|an|its|their)\s+)?", re.I)


def _short_of_object(f: SentenceFacts) -> bool:
    """The failure names the market's object as what was not reached ('narrowly falling short of a
    required one-third quorum' for 'reach the one-third quorum'): the act failed on its occasion."""
    for m in _SHORT_OF.finditer(f.sent.text):
        k = f.sent.token_at(m.end())
        toks = f.sent.tokens[k:k + 4]
        stop = next((j for j, tok in enumerate(toks) if not re.fullmatch(r"[\w-]+", tok.text)), len(toks))
        if any(k + j in f.object_idx for j in range(stop)):
            return True
    return False


_ROUND_OCCASION = re.compile(r"^'((?:first|second|third|fourth|final|opening|1st|2nd|3rd)\s+(?:round|ballot|vote|leg))'$", re.I)
_FAILING = re.compile(r"\b(?:failed|failing|fails|fail)\s+to\b|\b(?:fell|falling|falls)\s+short\b", re.I)


def _round_failed(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str, str] | None:
    """'after failing to secure two-thirds of the votes, or 86 votes, during the first round of
    voting': for a market on one named round, a failure told of that round with no one named as
    the one who failed is the round producing no result — for every candidate."""
    occasion = occasions.one_occasion(ctx.target, ctx.market)
    m = _ROUND_OCCASION.match(occasion or "")
    if not m:
        return None
    words = m.group(1).lower().split()
    for cue in _FAILING.finditer(f.sent.text):
        after = f.sent.text[cue.end():cue.end() + 140]
        if not re.search(r"\b(?:in|during|at)\s+the\s+" + r"\s+".join(words) + r"\b", after, re.I):
            continue
        i = f.sent.token_at(cue.start())
        a, _ = f.sent.clause_of(i)
        subject = [t.text for t in f.sent.tokens[a:i] if t.text[:1].isupper() and t is not f.sent.tokens[0]]
        if subject or conditional_clause(f.sent, i):
            continue  # 'Tchiroma failed to …': a named party's failure, not the round's
        return i, cue.group(0), m.group(1)
    return None


# acts that bring a verdict in ('Will the jury return a verdict …?', 'reach a unanimous verdict'): the trial's
# jury brings in one verdict or none; a mistrial discharges it, and a retrial's jury is another
_VERDICT_ACTS = frozenset({"reach", "return", "deliver", "render", "hand"})
VERDICT_OCCASION = "this trial's verdict"


def _verdict_asked(ctx: MarketContext) -> bool:
    """The market asks whether a trial's verdict is brought in (the object's head is 'verdict')."""
    return "verdict" in ctx.object_head and (ctx.target.act or "") in _VERDICT_ACTS


def _mistrial(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    """'A mistrial was declared Wednesday in the murder case against Phil Spector', 'Harvey
    Weinstein: Mistrial declared on rape charge': for a market on a conviction (one occasion, its
    verdict) or on a jury's verdict being brought in ('Judge declares mistrial in Menendez trial'), a mistrial declared in the defendant's trial, on the charge the market names, ends
    the occasion without the act — unless the article dates a retrial before the deadline."""
    t = ctx.target
    verdict = _verdict_asked(ctx)
    found = (guilty_verdicts.asked(t.act) or verdict) and f.actors and mistrials.declared(f.sent)
    occasion = found and (occasions.one_occasion(t, ctx.market) or (VERDICT_OCCASION if verdict else None))
    if not found or not occasion:
        return []
    i, words = found
    if conditional_clause(f.sent, i) or complement.missing(t.complement_terms, f.sent, i):
        return []  # 'a mistrial on the rape count' says nothing of the sex-act count
    span, deadline, published = event_time(f, i), ctx.market.deadline, f.article.published
    if span.starts_after(deadline) or (t.window_start is not None and span.ends_before(t.window_start)):
        return []
    early = earlier_note(ctx, f, i, NAME, f"the trial ended without a verdict: '{words}'", span, words)
    if early:
        return [early]  # 'A mistrial was declared in 2015': an earlier trial's
    for s in mistrials.retrial_sentences(article_sentences(f.article.title, f.article.text)):
        if any(sp.ends_by(deadline) and sp.end.date() >= published.date() for sp in resolved_spans(s, published)):
            return []  # 'the retrial is set for October 1': a new verdict may come in the window
    return [hedged.weaken(f, i, NAME, "no", -settings.weights.failed_attempt,
                          f"the trial ended without a verdict: '{words}' (the market is about one occasion, "
                          f"{occasion}; a retrial is another trial)", settings, span.explanation,
                          ignore=frozenset(words.lower().split()))]


@sentence_memo
def _failure_cue(sent: Sentence) -> tuple[str, float] | None:
    """The first failure cue of the sentence (lexicon FAILURE_CUES, else a gapped 'short of'), with its strength."""
    return next(((p, s) for p, s in FAILURE_CUES if has_phrase(sent, p)), None) or short_of.gapped_cue(sent.text)


# verbs of a figure reaching, passing or keeping a level: 'failed to reach 50%', 'failed to close above'
_REACHING = frozenset({"reach", "hit", "top", "cross", "break", "exceed", "surpass", "pass", "rise", "climb", "get", "make",
                       "close", "finish", "end", "stay", "hold", "clear", "meet", "match", "beat", "secure", "win", "gain",
                       "attain", "achieve", "muster", "garner", "obtain", "draw", "attract", "record", "register", "settle"})


def _other_infinitive(text: str, phrase: str) -> bool:
    """For a threshold market: every 'failed to' + verb in the sentence names a verb of no reaching ('failed to
    reignite the economy'), so no attempt at the bar failed."""
    if not phrase.endswith(" to"):
        return False
    verbs = re.findall(rf"\b{re.escape(phrase)}\s+([a-z]+)", text, re.I)
    return bool(verbs) and not any(lemma in _REACHING for v in verbs for lemma in (*verb_lemmas(v.lower()), v.lower()))


def apply(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    t = ctx.target
    mistrial = _mistrial(ctx, f, settings)
    if mistrial:
        return mistrial
    found = t.kind == "event" and t.candidate and f.article_mentions_subject and _round_failed(ctx, f)
    if found:
        i, phrase, occasion = found
        span = event_time(f, i)
        early = earlier_note(ctx, f, i, NAME, f"an attempt failed: '{phrase}' in the {occasion}", span, phrase)
        if early:
            return [early]
        if not span.starts_after(ctx.market.deadline) and not (t.window_start and span.ends_before(t.window_start)):
            return [hedged.weaken(f, i, NAME, "no", -settings.weights.failed_attempt,
                                  f"an attempt failed: '{phrase}' in the {occasion}, no one named as winning it (the "
                                  f"market is about one occasion, '{occasion}')", settings, span.explanation,
                                  ignore=frozenset(phrase.lower().split()))]
    triggers = f.act_idx + f.act_noun_idx + f.object_idx
    bar = None
    if not triggers and t.kind == "threshold" and t.threshold_direction == "above":
        bar = short_of.bar_token(f.sent, t.threshold, t.threshold_unit)  # 'falls short of 50% threshold'
        triggers = [] if bar is None else [bar]
    if t.kind not in ("event", "threshold") or not triggers or not (f.actors or f.object_idx):
        return []
    if t.candidate and ctx.candidate_pattern and not ctx.candidate_pattern.search(f.sent.text):
        return []
    cue = _failure_cue(f.sent)
    if cue is None:
        return []
    i = triggers[0] if bar is None else short_of.cue_token(f.sent)  # the failure's own clause dates it
    if conditional_clause(f.sent, i):
        return []
    phrase, strength = cue
    if phrase == "failing to" and _charged_failures_only(f.sent.text):
        return []  # 'found guilty on eight charges of … failing to disclose foreign bank accounts': an offence
    if _against_subject(ctx, f, phrase):
        return []  # 'Tyson … fell short against Paul': the opponent's failure is the subject's success
    if _challenge_rejected(ctx, f, phrase):
        return []  # 'two appeals from Mercedes were rejected': another party's challenge to the outcome failed
    if _elapsed_anchor(f, phrase):
        return []  # '16 months after an inconclusive election': the time counted from an earlier event
    if t.kind == "threshold" and _other_infinitive(f.sent.text, phrase):
        return []  # 'single-digit borrowing costs that failed to reignite Latin America's largest economy': no bar missed
    if _short_of_forecast(f.sent.text, phrase):
        return []  # 'Hiring Falls Short of Expectations': a figure set against forecasts, no attempt failed
    if _averting_failed(f, phrase):
        return []  # 'Households did not avoid another interest rate increase': the averting failed, the act went ahead
    if phrase in _BARE_NEGATIONS and not _negates_the_act(f, phrase):
        return []  # 'rejecting his claim that customers did not lose money': not the act that failed
    span = event_time(f, i)
    deadline = ctx.market.deadline
    if span.starts_after(deadline) and not (bar is not None and short_of.told_done(f.sent, span, f.article.published)):
        return []
    early = earlier_note(ctx, f, i, NAME, f"an attempt failed: '{phrase}'", span, phrase)
    if early:
        return [early]  # 'The launch failed in 2015': an earlier attempt's
    occasion = occasions.one_occasion(t, ctx.market)
    if occasion and first_rounds.runoff_named(occasion) and first_rounds.runoff_ahead(f.sent):
        return []  # 'won Sunday's election but failed to win a majority, forcing a runoff': the first round failed
    if occasion and not occasions.named_day(t, ctx.market) and \
            not _of_the_act(f, phrase, objects=occasion.startswith(occasions.MISSION)) and not _short_of_object(f) and bar is None:
        occasion = None  # 'Combs did not testify': a failure near the defendant's name is not the trial's
    one_off = occasion is not None and not (t.window_start is not None and span.ends_before(t.window_start))
    missed = _missed_target(f, phrase)
    if missed and not any(s.covers(deadline) for s in f.spans):
        one_off = False  # 'the FDA missed the April 1 deadline to approve': a delay; it may still come in time
    factor = 1.0 if one_off else OPEN_WINDOW_FACTOR
    why = (f"the market is about one occasion, {occasion}" if one_off
           else ("a target date was missed, not the market's" if missed else "the market stays open until its deadline")
           + f": {OPEN_NOTE}")
    return [hedged.weaken(f, i, NAME, "no", -settings.weights.failed_attempt * strength * factor,
                          f"an attempt failed: '{phrase}' ({why})", settings, span.explanation,
                          ignore=frozenset(phrase.split()))]
