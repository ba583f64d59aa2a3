"""Unread evidence: sentences that mention the act or its object, inside the market's window,
in a way no rule could read (neither a confirmation, a denial, a plan, a status note, nor an
exclusion). While such a sentence exists, the silence of the evidence proves nothing: a passed
deadline may not decide likely-no (or, for a 'stays true until' market, likely-yes), and the
verdict is undetermined with status `unread-evidence`, listing the sentences an analyst should
read."""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache

from .. import appraisals, dating_clauses, dealt_blows, event_objects, late_endings, figures, languages, level_change, margins, mentions, participial_clauses, parts, \
    retold_headlines, slug_figures
from ..analysis import MarketContext, SentenceFacts, event_time
from ..averted_acts import negated_averting
from ..act_families import family_key
from ..left_standing import left_standing
from ..progressive_passives import progressive_passive
from ..frames import FRAMES, NON_EVENT_PREDICATES, OUTCOME_HEADS, STEP_PREDICATES, frames_of_verb
from ..lexicon import ENDING_VERBS, RECORD_NOUNS, RECORD_VERBS
from ..packaged import load_json
from ..types import Contribution
from ..word_class import DETERMINERS, REPORTING, is_noun, verb_at, verb_tag
from . import state_held
from . import state_ended
from .base import cite

NAME = "unread_evidence"
STATUS = "unread-evidence"
MAX_LISTED = 5  # sentences listed in the trace; the count says how many more
WHOLE_ARTICLE = "the article is not in English"  # an entry for a whole article no rule could read (foreign_articles.py)


# 'came ashore near San Diego in 1858': a bare year in the mention's clause
_YEAR = re.compile(r"\b(?:in|since|of|back\s+in)\s+(?P<y>1[5-9]\d\d|20\d\d)\b", re.I)


def _earlier_year(ctx: MarketContext, f: SentenceFacts, i: int) -> bool:
    """The mention's clause dates it in a year before the market's window (before the year
    before the deadline when no window is named): a past occurrence, not evidence."""
    a, b = f.sent.clause_of(i)
    clause = f.sent.text[f.sent.tokens[a].start:f.sent.tokens[b - 1].start + len(f.sent.tokens[b - 1].text)]
    ws = ctx.target.window_start
    first = ws.year if ws is not None else ctx.market.deadline.year - 1
    years = [int(m.group("y")) for m in _YEAR.finditer(clause)]
    return bool(years) and max(years) < first


def _before_last_year(ctx: MarketContext, f: SentenceFacts, i: int) -> bool:
    """The mention is dated ('in December 2008') before the year before the deadline's, with no window
    named: what set a lasting state, not what ended it."""
    span = event_time(f, i)
    first = datetime(ctx.market.deadline.year - 1, 1, 1, tzinfo=ctx.market.deadline.tzinfo)
    return ctx.target.window_start is None and span.pos >= 0 and span.ends_before(first)


def _in_window(ctx: MarketContext, f: SentenceFacts, i: int) -> bool:
    """Unless a time expression in the sentence dates the mention outside the window, it may
    be inside it (an undated report published after the deadline may describe an earlier act)."""
    if _earlier_year(ctx, f, i):
        return False
    span = event_time(f, i)
    if span.pos < 0:  # no date in the sentence
        ws = ctx.target.window_start
        return ws is None or f.article.published >= ws
    ws = ctx.target.window_start
    if span.starts_after(ctx.market.deadline):
        return False
    return ws is None or not span.ends_before(ws)


# Rules whose contribution reads the act itself in a sentence: after one of them, nothing in
# that sentence is left unread. Other rules (a failed no-confidence motion, a prerequisite's
# date) read something else, so the sentence is still searched for a mention of the act.
ACT_READERS = frozenset({"confirmation", "not_yet", "does_not_count", "magnitude_short", "rival_outcome",
                         "opposite_outcome", "state_ended", "state_held", "threshold_crossed", "threshold_missed", "ruled_out"})


def mention_at(ctx: MarketContext, f: SentenceFacts, act_only: bool = False) -> int | None:
    """Token index of a mention no rule read: an event mention (mentions.py) that is affirmed
    (positive, asserted or reported, done), inside the window, and is either the act itself
    (a verb, noun or phrase of its frame) or an event whose participant is the market's
    object — unless its predicate never reports an event ('remained out of reach')."""
    if ctx.target.kind == "threshold" or ctx.target.quantity is not None:
        k = figures.unread_figure(ctx, f)
        if k is not None and _in_window(ctx, f, k):
            return k  # a figure of the market's quantity, on its yes side: the deadline's silence proves nothing
    if ctx.target.kind == "state" and (k := state_held.kept_elsewhere(ctx, f)) is not None \
            and not _earlier_year(ctx, f, k):
        # 'kept … unchanged at 6.50 percent' for 6.25%, even after the deadline: kept means it stood there
        # before the decision, so the state may have changed inside the window; no rule reads when
        return k
    if ctx.target.kind == "state" and (k := level_change.moved(ctx, f)) is not None and _in_window(ctx, f, k) \
            and not _before_last_year(ctx, f, k):
        return k  # 'has raised interest rates by a quarter percentage point' for 'keep … at 1%': moved, to a value untold
    if figures.short_figure_only(ctx, f):
        return None  # 'Amazon cuts 14k jobs' for a bar of 15,000 jobs: read as short of the bar
    beyond = beyond_words(ctx, f)
    if beyond is not None:
        return beyond
    act_tokens = set(f.act_idx) | set(f.act_noun_idx)
    for i in sorted(act_tokens):
        if negated_averting(f.sent, i) and _in_window(ctx, f, i):
            return i  # 'did not avoid another interest rate increase': the act went ahead, told in words no rule reads
    found = mentions.read(f.sent)
    seen = {m.index for m in found}
    found += tuple(mentions.nominal(f.sent, i) for i in sorted(act_tokens - seen))  # 'its first double dissent'
    for m in found:
        if ctx.target.kind == "state" and _ending_ahead(ctx, f, m):
            return m.index  # 'arrived at the palace to formally resign': the deadline's silence proves nothing
        if not (m.affirmed or _done_participle(f, m, found) or _under_way(f, m)):
            continue
        if m.predicate in FAILING and m.kind == "verb":
            continue  # 'the second attempt to launch the spy satellite into orbit has failed': read, the act did not succeed
        if m.predicate in REPORTING and any(o.predicate in FAILING and o.kind == "verb" and o.affirmed
                                             and o.index < m.index for o in found):
            continue  # '… Attempt to Launch Spy Satellite Fails, State Media Announces': what is announced is the failure
        if (ctx.target.kind == "state" or ctx.target.act in ENDING_VERBS) and m.predicate in CONTINUING:
            continue  # 'the strike entered its eighth week', 'extend strike': the state goes on
        if ctx.target.object_terms and participial_clauses.after_gerund(f.sent, m.index) and \
                not mentions.about(m, f.sent, f.object_idx):
            continue  # 'retained the Solheim Cup after securing a first-ever tie': the gerund's act is on another object
        if f.exclusion and m.kind == "verb" and dating_clauses.excluded_kind_word(f.exclusion, m.predicate):
            continue  # 'opened one lane of the bridge to traffic' when the criteria exclude 'opening lanes … without …'
        if m.kind == "verb" and appraisals.appraisal(f.sent, m.index):
            continue  # 'in a move seen as a further step in …': a judgement, not an event
        if m.kind == "verb" and dealt_blows.blow_at(f.sent, m.index):
            continue  # 'dealt a killer blow to Hutchison's takeover attempt': an obstacle, not a deal
        if m.kind == "verb" and left_standing(f.sent, m.index):
            continue  # 'The move left Beijing as the only city still under …': what remains, no departure
        if m.kind == "nominal" and _modifier(f, m.index):
            continue  # 'the launch pad', 'the launch control computer': another thing, named after the act
        is_act = m.index in act_tokens or m.predicate in ctx.act_verbs or m.predicate in ctx.act_noun_set
        if not is_act and _object_of_inquiry(f, m):
            continue  # 'who headed the inquiry into Folbigg's convictions': the verb's theme is the inquiry
        if not is_act and (_step_on_object(ctx, f, m) or _says_that(ctx, f, m)):
            continue  # 'China approves Synopsys' acquisition of Ansys', 'officials maintained that …': not the act
        if m.kind == "nominal" and _goal_of(f, m.index):
            continue  # 'a significant step toward the finalization of the takeover': a goal, not yet reached
        if is_act and _other_event_held(ctx, f, m):
            continue  # 'approved by shareholders during a vote held in March': the vote was held, not the act
        figure = ctx.target.kind == "threshold" and _figure(ctx, m, f)
        if not is_act and not figure and (act_only or m.predicate in NON_EVENT_PREDICATES
                                          or not (mentions.about(m, f.sent, f.object_idx) or _record_of_object(f, m))):
            continue
        if ctx.target.kind == "threshold" and not _figure(ctx, m, f):
            continue  # a figure market: only a reported figure in the market's unit can be unread evidence
        if _in_window(ctx, f, m.index) and not retold_headlines.dated_outside(ctx, f, m):
            return m.index  # unless a headline's act its body dates outside the window ('claimed … on Thursday')
    return None


def _act_frames(ctx: MarketContext) -> frozenset[str]:
    """The frames of the market's act verb (and its family): a verb of one of them may report the act."""
    act = ctx.target.act or ""
    return frozenset(frames_of_verb(act)) | frozenset(k for k in (family_key(act), act) if k)


def _step_on_object(ctx: MarketContext, f: SentenceFacts, m: mentions.Mention) -> bool:
    """'China approves Synopsys' acquisition of Ansys', 'the CMA prevented the deal', 'We have
    planned three uncrewed mission' for 'complete the acquisition' or 'launch the mission': a verb
    (or an event noun of its frame: 'its approval of the merger') of a step before the act or an obstacle to it (frames.json 'step_predicates'), done on the
    market's object and of no frame of the act, tells that the act was readied or stopped, never
    that it happened."""
    step = m.predicate in STEP_PREDICATES if m.kind == "verb" else \
        m.kind == "nominal" and bool(set(m.frames) & STEP_PREDICATES)  # 'paused its approval of the merger'
    return step and not set(m.frames) & _act_frames(ctx) and not _named_by_market(ctx, m.predicate) \
        and mentions.about(m, f.sent, f.object_idx)


_OBSTACLES = frozenset(o for fr in FRAMES.values() for o in fr.opposites)


def _named_by_market(ctx: MarketContext, predicate: str) -> bool:
    """An obstacle verb (an opposite of some frame: 'block', 'reject') that the market's own words
    use ('affirming an order blocking it' in the criteria of 'rule against the plan') bears on the
    act: its mention is never a mere step (a wrong likely-no would follow from skipping it)."""
    return predicate in _OBSTACLES and _uses_word(predicate, f"{ctx.market.question} {ctx.market.criteria or ''}")


@lru_cache(maxsize=1024)
def _uses_word(lemma: str, text: str) -> bool:
    """Whether the text holds a word beginning with the lemma's stem ('block' → 'blocking')."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    return re.search(rf"\b{re.escape(stem)}\w*", text, re.I) is not None


def _says_that(ctx: MarketContext, f: SentenceFacts, m: mentions.Mention) -> bool:
    """'These officials maintained that the timeline for the G1 mission …': a verb followed by
    'that' and of no frame of the act says or holds something; the event, if any, is told in the
    clause after 'that', whose own words are read as mentions of their own."""
    toks = f.sent.tokens
    return (m.kind == "verb" and m.index + 1 < len(toks) and toks[m.index + 1].lower == "that"
            and not set(m.frames) & _act_frames(ctx))


_GOAL_PREPOSITIONS = frozenset(load_json("frames.json")["goal_prepositions"])


# 'the inquiry into Folbigg's convictions', 'a probe into the merger', 'questions about the deal': a noun whose
# subject matter stands after these; the verb acts on that noun, not on its subject matter
_ABOUT_PREPOSITIONS = frozenset({"into", "about", "regarding", "concerning"})


def _object_of_inquiry(f: SentenceFacts, m: mentions.Mention) -> bool:
    """Every mention of the market's object in the theme of the mention m (not the act's own word) stands after
    one of _ABOUT_PREPOSITIONS that follows a lowercase noun of the theme ('headed the inquiry into Folbigg's
    convictions'): the object is the subject matter of another noun, no participant of the event."""
    if not f.object_idx or " into " not in f.sent.lower_text and not any(
            f" {w} " in f.sent.lower_text for w in _ABOUT_PREPOSITIONS):
        return False
    toks = f.sent.tokens
    lo, hi = m.theme_span
    inside = [k for k in f.object_idx if lo <= k < hi]
    if m.index in f.object_idx:  # the object's own noun read as an event ('the inquiry into Folbigg's convictions')
        if m.kind != "nominal":
            return False
        lo, inside = max(0, m.index - 6), [m.index]
    if not inside:
        return False
    for k in inside:
        p = next((j for j in range(k - 1, lo, -1) if toks[j].lower in _ABOUT_PREPOSITIONS), None)
        if p is None or any(j in f.object_idx for j in range(lo, p)):
            return False
        head = toks[p - 1]
        if not (head.text.isalpha() and head.text.islower() and is_noun(head.lower)):
            return False
    return True


def _goal_of(f: SentenceFacts, i: int) -> bool:
    """The event noun at i ends a phrase headed by a goal preposition ('toward the finalization
    of the takeover'), with only determiners, lowercase words that are not verbs and 'of' between: a goal the
    sentence looks to, not an event it reports."""
    toks = f.sent.tokens
    for k in range(i - 1, max(-1, i - 6), -1):
        w = toks[k].lower
        if w in _GOAL_PREPOSITIONS:
            return True
        if not (w in DETERMINERS or w == "of"
                or toks[k].text.isalpha() and toks[k].text.islower() and verb_at(f.sent, k) is None):
            return False
    return False


def _other_event_held(ctx: MarketContext, f: SentenceFacts, m: mentions.Mention) -> bool:
    """'… during a vote held in March' for 'complete the acquisition' (whose act words include
    'hold'): an act verb in the past right after a noun naming another event (frames.json
    'event_objects', the frames' nouns), one the market's question and criteria never name and
    not its act noun, tells that other event took place, not the act ('Iran-US talks held' still
    may tell the act of a market on holding talks)."""
    toks = f.sent.tokens
    i = m.index
    if m.kind != "verb" or i == 0 or verb_tag(toks[i].lower, m.predicate) not in ("VBD", "VBN"):
        return False
    prev = toks[i - 1]
    named = set(re.findall(r"[a-z]+", f"{ctx.market.question} {ctx.market.criteria}".lower()))
    return (prev.text.isalpha() and prev.text.islower() and i - 1 not in f.object_idx
            and not ({prev.lower} | prev.lemmas) & (ctx.act_noun_set | named)
            and event_objects.names_event(f.sent, i - 1))


def _modifier(f: SentenceFacts, i: int) -> bool:
    """The event noun at i modifies the lowercase noun after it ('launch pad', 'launch window'):
    the phrase names a thing or a time, not the event."""
    toks = f.sent.tokens
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    return (nxt.text.isalpha() and nxt.text.islower() and is_noun(nxt.lower) and nxt.lower not in OUTCOME_HEADS
            and verb_at(f.sent, i + 1) is None)


def beyond_words(ctx: MarketContext, f: SentenceFacts) -> int | None:
    """A sentence naming the market that tells the outcome in what no act word can show: a
    score for a market on a part of a contest, or another language than English; inside the
    window. The token to cite, else None."""
    for k in (_part_score(ctx, f), _foreign_naming(ctx, f)):
        if k is not None and _in_window(ctx, f, k):
            return k  # 'defeated Sabalenka 2-6 6-3 6-2' for 'go to a third set'; 'sort grande gagnante'
    return None


def _part_score(ctx: MarketContext, f: SentenceFacts) -> int | None:
    """A market on a part of a contest ('go to a third set', 'a goal in extra time') and a score
    in a sentence naming the market's actors: the score tells how the contest went, in figures
    no rule reads (the token of the score, else None)."""
    if not f.actors or not {w.lower() for w in ctx.target.object_terms} & parts.CONTEST_PARTS:
        return None
    m = margins.SCORE.search(f.sent.text)
    return f.sent.token_at(m.start()) if m else None


def _foreign_naming(ctx: MarketContext, f: SentenceFacts) -> int | None:
    """A sentence in another language than English (languages.not_english) that names the
    market's candidate, object or an actor: the token where it does, else None."""
    if not languages.not_english(f.sent):
        return None
    if ctx.candidate_pattern is not None:
        m = ctx.candidate_pattern.search(f.sent.text)
        if m:
            return f.sent.token_at(m.start())
    if f.object_idx:
        return f.object_idx[0]
    return 0 if f.actors else None


def figure_at(ctx: MarketContext, f: SentenceFacts) -> int | None:
    """Token index of a figure of the market's quantity on its yes side, inside the window, in a
    sentence naming neither the act nor an actor (figures.unread_figure says which), or None."""
    k = figures.unread_figure(ctx, f)
    return k if k is not None and _in_window(ctx, f, k) else None


def _done_participle(f: SentenceFacts, m: mentions.Mention, found) -> bool:
    """'broke the World Record …, finishing in 2:09:56': a participle clause after a comma shares
    the tense of the done verb before it, so it too reports what happened."""
    toks = f.sent.tokens
    return (m.kind == "verb" and m.aspect == "unknown" and m.polarity == "positive" and m.modality == "asserted"
            and toks[m.index].lower.endswith("ing") and m.index > 0 and toks[m.index - 1].text == ","
            and any(o.index < m.index and o.kind == "verb" and o.affirmed for o in found))


def _under_way(f: SentenceFacts, m: mentions.Mention) -> bool:
    """'Conferences were currently being held on …': a progressive passive, positive and asserted, tells
    the event taking place, not done; after the deadline an analyst should still read it."""
    return (m.kind == "verb" and m.aspect == "ongoing" and m.polarity == "positive" and m.modality in ("asserted", "reported")
            and progressive_passive(f.sent, m.index) is not None)


def _record_of_object(f: SentenceFacts, m: mentions.Mention) -> bool:
    """'shattered the women's marathon record': a record of the object is set by doing the
    object's act, so breaking it reports that act done (the object names the record, it does not
    merely modify another noun)."""
    if m.predicate not in RECORD_VERBS:
        return False
    toks = f.sent.tokens
    return any(m.theme_span[0] <= k < m.theme_span[1] and k + 1 < len(toks) and toks[k + 1].lower in RECORD_NOUNS
               for k in f.object_idx)


def _ending_ahead(ctx: MarketContext, f: SentenceFacts, m: mentions.Mention) -> bool:
    """For a 'stays true until' market: the holder's state is reported as about to end (a planned
    or present-tense resignation, removal…) inside the window; no rule reads it as ended."""
    return (m.predicate in ENDING_VERBS and m.polarity == "positive" and bool(f.actors)
            and m.modality not in ("hypothetical", "denied") and m.aspect in ("future", "present", "done")
            and not state_ended.other_office(ctx, f, m.index)  # 'will resign as party leader': another post
            and not enabled_future(f, m.index) and not _others_clause(ctx, f, m.index) and _in_window(ctx, f, m.index)
            and not late_endings.told_in(ctx, f.article, state_ended.late_ending))  # the announced ending came late


_SUBORDINATORS = frozenset(load_json("endings.json")["subordinators"]["words"])
_HOLDER_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})


def _others_clause(ctx: MarketContext, f: SentenceFacts, i: int) -> bool:
    """'… after dozens of his ministers quit the government': the ending verb at i has a subject of
    its own after a subordinating word, naming none of the market's actors and not the holder's
    pronoun: others ended something, not the holder's state."""
    toks = f.sent.tokens
    k = i - 1
    while k >= 0 and i - k <= 6 and toks[k].lower not in _SUBORDINATORS and toks[k].text.isalpha():
        k -= 1
    if k < 0 or i - k < 2 or toks[k].lower not in _SUBORDINATORS:
        return False
    words = {t.lower for t in toks[k + 1:i]}
    subject = f.sent.text[toks[k + 1].start:toks[i].start]
    return not words & _HOLDER_PRONOUNS and not any(p.search(subject) for p in ctx.actor_patterns.values())


_ENABLERS = load_json("endings.json")["enablers"]
_ENABLED = re.compile(r"\b(?:%s)\w*\s+(?:the|a)\s+(?:%s)\s+for\b" % ("|".join(_ENABLERS["verbs"]),
                      "|".join(_ENABLERS["nouns"])), re.I)


def enabled_future(f: SentenceFacts, i: int) -> bool:
    """'paving the way for a successor to replace him as British prime minister': the verb at i is
    the 'to'-infinitive of what an enabling phrase (endings.json 'enablers') makes possible, in
    the same clause: an enabled future, not an ending told or ahead."""
    toks = f.sent.tokens
    if i == 0 or toks[i - 1].lower != "to":
        return False
    a, _ = f.sent.clause_of(i)
    lead = f.sent.text[toks[a].start:toks[i].start]
    m = _ENABLED.search(lead)
    return m is not None and len(lead[m.end():].split()) <= 6


# A verb that says the attempt came to nothing: its mention is read (the act did not succeed),
# not evidence the deadline's silence hides; the act's own words in the sentence are still looked at.
FAILING = frozenset({"fail"})
CONTINUING = frozenset({"remain", "stay", "continue", "last", "keep", "hold", "maintain", "retain", "enter", "extend",
                        "persist", "drag", "stretch", "survive", "go"})
_UNIT_MARK = {"percent": "%", "bps": "bp", "usd": "$", "eur": "€", "gbp": "£", "inr": "₹"}


def _figure(ctx: MarketContext, m: mentions.Mention, f: SentenceFacts | None = None) -> bool:
    """The mention reports a figure in the market's unit on the threshold's yes side ('raised
    the repo rate to 50%' for '50% or higher'); a figure on the other side agrees with a no."""
    t = ctx.target
    mark = _UNIT_MARK.get(t.threshold_unit or "")
    for q in m.quantities:
        if mark is not None and not (mark in q or (mark == "%" and "percent" in q) or (mark == "bp" and "basis" in q)):
            continue
        num = re.match(r"[$€£]?(\d[\d,]*(?:\.\d+)?)", q)
        if num is None or t.threshold is None:
            return True
        value = float(num.group(1).replace(",", ""))
        if mark == "%" and f is not None:  # 'to 175 percent' over '1.75 percent': a headline that lost its point
            value = slug_figures.restored(f.sent.headline, num.group(1), f.article.text or "") or value
        if (value >= t.threshold) if t.threshold_direction != "below" else (value <= t.threshold):
            return True
    return False


def note(f: SentenceFacts, i: int) -> Contribution:
    word = f.sent.tokens[i].text
    return cite(f, NAME, "none", 0.0, f"mentions '{word}' in words no rule read: an analyst should read it")


def listed(found: list[Contribution]) -> list[Contribution]:
    """The unread sentences for the trace: whole articles not in English first, then headlines, at
    most MAX_LISTED, then a count."""
    ranked = sorted(found, key=lambda c: (0 if c.reason.startswith(WHOLE_ARTICLE) else 1 if "(headline)" in c.reason else 2,
                                           c.published.isoformat() if c.published else "", c.article_url or ""))
    out = ranked[:MAX_LISTED]
    if len(ranked) > MAX_LISTED:
        out.append(Contribution(rule=NAME, direction="none", weight=0.0,
                                reason=f"and {len(ranked) - MAX_LISTED} more sentence(s) of the same kind"))
    return out
