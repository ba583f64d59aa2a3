"""The wide net of unread evidence: a sentence that tells something done of the market's principal
party or object, in words of the act's family, of its outcome or of completion, bears on the act
even when no act word marks it.

The narrow net (unread_evidence.py) lists a sentence only when a word of the act's frame, or an
event on the market's object, is in it, and only when no rule read the act there. On text the
engine had never seen, a passed deadline then said likely-no while an article told the act in
other words: 'Lewis Hamilton claimed the Formula One title' (a win), 'Bank of England cuts
interest rates' with no figure (a cut to 0.5%), 'China's Chang'e-3 craft lands on the moon' (read
by no tense), 'The successful December 14 touchdown', 'Following a filing for Chapter 11
bankruptcy last month' (an event noun dated inside the window). The silence of the evidence proves
nothing while such a sentence stands.

A sentence bears on the act when, inside the market's window, in the clause naming the principal
party (the market's candidate when it names one, else its object or its first actor):
- a verb of the act, of its frames, of its family's outcome or of completion (data/bearing.json)
  is told as done — past, present perfect, or a headline's present ('lands on the moon') — and
  is not negated, planned, asked or hedged; or
- an event noun of the act is dated by its own clause inside the window, before its article
  ('the successful December 14 touchdown'), and is not negated, planned, a goal or a modifier.

A report with no date of its own is dated by its publication day, as every rule reads it: an
article published after the deadline that tells the act undated ('ICC issues arrest warrants for
Netanyahu' the day after) tells it after the window. A headline's present that its article's body
dates outside the window ('are set to resume on Tuesday') tells a coming event. A figure market
reads only a done verb with no figure in its clause, and only while no figure was read on the
bar's no side anywhere (the act told done adds nothing to its size read). A rule's note that set a
report aside only because no tense said it happened ('lands' in a headline) leaves the sentence
open to this net; other notes (an exclusion, a date after the deadline, another party, a negation,
a plan) read it.

Not read here: a participle modifying a noun ('previously approved drugs'), a verb of no frame of
the act before 'to' or 'that' ('are set to resume', 'concluded that'), a title-case headline's noun
after a determiner ('Ahead a Direct Hit From Powerful Typhoon'), a failure, another event held
('a vote held in March'), and a step before the act ('approve' for completing a deal:
frames.json step_predicates)."""

from __future__ import annotations

from functools import lru_cache

from .. import mentions, retold_headlines
from ..act_families import family_key
from ..analysis import MarketContext, SentenceFacts, event_time
from ..frames import FRAMES, STEP_PREDICATES
from ..packaged import load_json
from ..text import negated_before
from ..types import Contribution
from ..word_class import DETERMINERS, PREPOSITIONS, is_noun, verb_lemmas
from . import unread_evidence
from .base import cite

_DATA = load_json("bearing.json")
COMPLETION = frozenset(_DATA["completion"])
OUTCOMES = {family: frozenset(verbs) for family, verbs in _DATA["outcomes"].items()}

# a note saying only that no tense placed the act: no reading of it
_OPEN_NOTE = "its tense does not say it happened"
# no-side figure readings: a figure market whose figure was read needs no wide net
FIGURE_READERS = frozenset({"threshold_missed", "magnitude_short", "figure_short"})
MARK = "of the market's party or object as done"
_PLANNED = frozenset({"planned", "demanded", "hypothetical", "attempted", "expected", "denied", "pending", "claimed"})
_POSSESSIVES = frozenset({"his", "her", "their", "its", "our", "my", "your"})
_HEADLINE_PREV = frozenset({"to", "will", "would", "could", "may", "might", "can", "should", "must", "not"})


@lru_cache(maxsize=512)
def _vocabulary(act: str, act_verbs: frozenset[str]) -> frozenset[str]:
    key = family_key(act) or act
    frames = {n for n in (key, act) if n in FRAMES}
    frame_verbs = {v for n in frames for v in FRAMES[n].verbs}
    other = (COMPLETION | OUTCOMES.get(key, frozenset()) | OUTCOMES.get(act, frozenset())) - STEP_PREDICATES
    return act_verbs | frozenset(frame_verbs) | other


def vocabulary(ctx: MarketContext) -> frozenset[str]:
    """The verbs whose done report, of the market's party or object, bears on its act."""
    return _vocabulary(ctx.target.act or "", ctx.act_verbs)


def applies(ctx: MarketContext) -> bool:
    """The wide net holds back a likely-no the deadline would give: event and figure markets."""
    return ctx.target.kind in ("event", "threshold") and bool(ctx.target.act)


def reopened(found: list[Contribution]) -> bool:
    """Every reading of the act in the sentence is a note that set the report aside only because
    no tense said it happened (see the module's doc)."""
    readers = [c for c in found if (c.base_rule or c.rule) in unread_evidence.ACT_READERS]
    return bool(readers) and all(c.weight == 0 and c.direction == "none" and _OPEN_NOTE in c.reason for c in readers)


def is_note(c: Contribution) -> bool:
    return c.rule == unread_evidence.NAME and MARK in c.reason


def held_back(target_kind: str, contribs: list[Contribution], unread: list[Contribution]) -> list[Contribution]:
    """The wide net's sentences, less those of a figure market whose figure was read on the bar's
    no side in some sentence ('cut rates by 25 basis points'): the act told done without a figure
    adds nothing to a figure read."""
    if target_kind != "threshold" or not any((c.base_rule or c.rule) in FIGURE_READERS for c in contribs):
        return unread
    return [c for c in unread if not is_note(c)]


def _names_party(ctx: MarketContext, f: SentenceFacts, k: int) -> bool:
    """The clause of token k names the market's principal party: its candidate when it has one,
    else its object or its first actor (the question's subject; a league or a venue named after
    it is no party to the act)."""
    a, b = f.sent.clause_of(k)
    toks = f.sent.tokens
    clause = f.sent.text[toks[a].start:toks[b - 1].start + len(toks[b - 1].text)] if b > a else ""
    if ctx.candidate_pattern is not None:
        return ctx.candidate_pattern.search(clause) is not None
    if any(a <= i < b for i in f.object_idx):
        return True
    first = ctx.target.actors[0] if ctx.target.actors else None
    pat = ctx.actor_patterns.get(first) if first else None
    return pat is not None and pat.search(clause) is not None


def _in_window(ctx: MarketContext, f: SentenceFacts, k: int) -> bool:
    """Inside the window by the sentence's own date (unread_evidence._in_window); with no date in
    the sentence, by its publication day, as the rules read an undated report: an article
    published after the deadline that tells the act undated tells it on its own day."""
    if not unread_evidence._in_window(ctx, f, k):
        return False
    span = event_time(f, k)
    return span.pos >= 0 or not span.starts_after(ctx.market.deadline)


def _figure_says_no(ctx: MarketContext, m: mentions.Mention) -> bool:
    """A figure market: the verb carries a figure, and none on the bar's yes side."""
    return ctx.target.kind == "threshold" and bool(m.quantities) and not unread_evidence._figure(ctx, m)


def _clause_has_figure(f: SentenceFacts, k: int) -> bool:
    a, b = f.sent.clause_of(k)
    return any(any(ch.isdigit() for ch in t.text) for t in f.sent.tokens[a:b])


def _title_noun(f: SentenceFacts, k: int) -> bool:
    """'Ahead a Direct Hit From Powerful Typhoon': in a headline, a word after a determiner and
    capitalised words only is a noun, whatever its case says."""
    toks = f.sent.tokens
    for j in range(k - 1, max(-1, k - 4), -1):
        if toks[j].lower in DETERMINERS:
            return True
        if not toks[j].text[:1].isupper():
            return False
    return False


def _adjectival(f: SentenceFacts, k: int) -> bool:
    """'previously approved drugs', 'the elected mayor': a participle after an adverb or a
    determiner and before a lowercase noun modifies the noun; it tells no event of its own."""
    toks = f.sent.tokens
    if k == 0 or k + 1 >= len(toks) or not toks[k].lower.endswith(("ed", "en")):
        return False
    prev, nxt = toks[k - 1].lower, toks[k + 1]
    return (prev in DETERMINERS or prev.endswith("ly")) and nxt.text.isalpha() and nxt.text.islower() \
        and is_noun(nxt.lower)


def _complement_follows(ctx: MarketContext, f: SentenceFacts, m: mentions.Mention) -> bool:
    """'are set to resume', 'concluded that …': a verb of no frame of the act with 'to' or 'that'
    after it tells of what follows, not of its own end. 'to' before a determiner, a possessive or a
    name is a preposition ('returned to his native Cuba'): the verb's own end is told."""
    toks = f.sent.tokens
    i = m.index
    if i + 1 >= len(toks) or toks[i + 1].lower not in ("to", "that") or m.predicate in ctx.act_verbs:
        return False
    return not (toks[i + 1].lower == "to" and i + 2 < len(toks)
                and (toks[i + 2].lower in DETERMINERS or toks[i + 2].lower in _POSSESSIVES or toks[i + 2].text[:1].isupper()))


def _done_verb(ctx: MarketContext, f: SentenceFacts, vocab: frozenset[str]) -> int | None:
    if all(t.lemmas.isdisjoint(vocab) for t in f.sent.tokens):
        return None  # no word of the vocabulary: no mention of it to read (the mentions are read lazily)
    for m in mentions.read(f.sent):
        if m.kind == "nominal" or m.predicate not in vocab or not m.affirmed:
            continue
        if m.predicate in unread_evidence.FAILING or _figure_says_no(ctx, m) or _complement_follows(ctx, f, m):
            continue
        if ctx.target.kind == "threshold" and _clause_has_figure(f, m.index):
            continue  # a figure market: a figure in the clause is the threshold rules' to read
        if f.sent.headline and _title_noun(f, m.index) or _adjectival(f, m.index):
            continue
        if unread_evidence._other_event_held(ctx, f, m):
            continue  # 'approved by shareholders during a vote held in March': another event was held
        if not _names_party(ctx, f, m.index):
            continue
        if _in_window(ctx, f, m.index) and not retold_headlines.dated_outside(ctx, f, m):
            return m.index
    return None


def _headline_present(ctx: MarketContext, f: SentenceFacts, vocab: frozenset[str]) -> int | None:
    """'China's Chang'e-3 craft lands on the moon': a headline's -s form of a word of the vocabulary,
    read as no verb (it is also a noun), right after a lowercase noun and before a preposition or
    determiner: the headline's present, which tells a done event."""
    if not f.sent.headline:
        return None
    toks = f.sent.tokens
    verbs = {m.index for m in mentions.read(f.sent) if m.kind != "nominal"}
    for k in range(1, len(toks) - 1):
        w = toks[k].lower
        if k in verbs or not w.endswith("s") or not toks[k].lemmas & vocab:
            continue
        prev, nxt = toks[k - 1].lower, toks[k + 1].lower
        if prev in DETERMINERS or prev in _HEADLINE_PREV or not (prev.isalpha() and is_noun(prev) or "-" in prev):
            continue
        if nxt not in PREPOSITIONS and nxt not in DETERMINERS:
            continue
        if negated_before(f.sent, k) or _title_noun(f, k) or not _names_party(ctx, f, k):
            continue
        if ctx.target.kind == "threshold" and _clause_has_figure(f, k):
            continue
        if _in_window(ctx, f, k) and not _body_dates_outside(ctx, f, toks[k].lemmas & vocab):
            return k
    return None


def _body_dates_outside(ctx: MarketContext, f: SentenceFacts, lemmas: frozenset[str]) -> bool:
    """A headline's present also tells what is about to happen ('NJ Transit rail service resumes
    after 3 day engineer strike'): a body sentence of its article that tells the same word with a
    date of its own clause outside the window ('are set to resume on Tuesday') says when."""
    ws = ctx.target.window_start
    for g in f.article_facts:
        if g.sent.headline:
            continue
        for j, t in enumerate(g.sent.tokens):
            if not t.lemmas & lemmas:
                continue
            span = g.nearest_span(j, dating_only=True)
            if span is not None and (span.starts_after(ctx.market.deadline) or (ws is not None and span.ends_before(ws))):
                return True
    return False


def _modifier(f: SentenceFacts, k: int) -> bool:
    """The noun at k modifies the next one ('the launch pad'), unless that word is a verb's
    finite form ('The successful December 14 touchdown makes China the third country')."""
    toks = f.sent.tokens
    if not unread_evidence._modifier(f, k):
        return False
    nxt = toks[k + 1].lower
    return not (nxt.endswith(("s", "ed")) and verb_lemmas(nxt))


def _dated_event_noun(ctx: MarketContext, f: SentenceFacts) -> int | None:
    """An event noun of the act dated by its own clause inside the window, before its article:
    'the successful December 14 touchdown', 'Following a filing for Chapter 11 bankruptcy last month'."""
    toks = f.sent.tokens
    nouns = set(f.act_noun_idx) | {i for i in f.act_idx if i > 0 and toks[i - 1].lower in DETERMINERS}  # 'a filing for'
    for k in sorted(nouns):
        span = f.nearest_span(k, dating_only=True)
        if span is None or span.pos < 0:
            continue
        a, b = f.sent.clause_of(k)
        toks = f.sent.tokens
        if not toks[a].start <= span.pos <= toks[b - 1].start + len(toks[b - 1].text):
            continue  # a date of another clause
        if span.starts_after(f.article.published) or span.starts_after(ctx.market.deadline):
            continue
        ws = ctx.target.window_start
        if ws is not None and span.ends_before(ws):
            continue
        m = mentions.nominal(f.sent, k)
        if m.polarity != "positive" or m.modality in _PLANNED or unread_evidence._goal_of(f, k) \
                or _modifier(f, k) or unread_evidence._earlier_year(ctx, f, k):
            continue
        if _names_party(ctx, f, k) or f.actors:
            return k
    return None


def bearing_at(ctx: MarketContext, f: SentenceFacts) -> int | None:
    """The token of a report bearing on the act in the sentence (see the module's doc), else None."""
    if not applies(ctx):
        return None
    from .. import figures  # 'Amazon cuts 14k jobs' for 15,000: read as short of the bar
    if ctx.target.kind == "threshold" and figures.short_figure_only(ctx, f):
        return None
    k = _dated_event_noun(ctx, f)
    if k is not None:
        return k
    vocab = vocabulary(ctx)
    for reader in (_done_verb, _headline_present):
        k = reader(ctx, f, vocab)
        if k is not None:
            return k
    return None


def note(f: SentenceFacts, i: int, mark: str = MARK) -> Contribution:
    """The unread-evidence note for the word at token i, which tells the act as `mark` says."""
    word = f.sent.tokens[i].text
    return cite(f, unread_evidence.NAME, "none", 0.0,
                f"tells '{word}' {mark}, in words no rule read as the act: an analyst should read it")
