"""An announcement told by the verb of the announced noun: a market asking that a party announce an
event noun ('announce a wind-down or liquidation of Silvergate Bank') is settled by the party saying
it is doing or will do the act the noun names ('said late Wednesday that it is winding down
operations and would liquidate'): the noun's verb (nominals.noun_verb: 'liquidation' → liquidate;
a noun ending in a particle, 'wind-down', 'shutdown', → the phrasal verb), ongoing or to come,
after a past announcing verb whose subject is the market's actor → toward yes (rule
confirmation). The act itself told done in the party's own saying meets the market too: what a
party says it has done it has announced ('announce an extension of its grain export ban': 'Putin
said Thursday he has extended Russia's ban'; 'announce the observation of a new particle': 'teams
at CERN said they have both "observed" a new particle').

A policy move (one for which deciding is doing: lexicon.DECISION_FAMILIES) told done by the market's actor, with
the noun's other word in the verb's own noun phrase, is announced too: 'The Russian Central Bank unexpectedly raised
its key interest rate' for 'announce a rate hike' (decided).

Not read: a negated or conditional clause, a verb with its own hedge ('could', 'may' — a
hypothetical, a demand, an expectation), one weighed rather than decided ('is considering
liquidating', 'weighs a wind-down'), an announcing verb still to come ('will announce'), or a
report dated outside the market's window."""

from __future__ import annotations

from .. import mentions
from ..act_families import family_key
from ..analysis import MarketContext, SentenceFacts, negation
from ..lexicon import DECISION_FAMILIES
from ..word_class import PREPOSITIONS
from ..nominals import noun_verb
from ..settings import EngineSettings
from ..text import all_lemmas, conditional_clause
from ..types import Contribution
from ..verb_aspect import aspect
from . import does_not_count, hedged
from .base import reported_in_window

NAME = "confirmation"
_ASKING = frozenset({"announce", "declare", "confirm"})
_SAYING = frozenset({"say", "announce", "confirm", "tell", "declare", "state"})
_PARTICLES = ("down", "up", "out", "off", "over", "back")
# weighing an act is not deciding it ('is considering liquidating', 'weighs winding down')
_WEIGHING = frozenset({"consider", "weigh", "mull", "explore", "study", "contemplate", "discuss", "debate",
                       "evaluate", "review", "assess"})
_NOT_SAID = frozenset({"hypothetical", "demanded", "expected", "attempted", "denied", "claimed"})
_SUBJECTS = frozenset({"it", "they", "we", "he", "she", "company", "bank", "firm", "group", "lender", "government"})


def asked_verbs(ctx: MarketContext) -> tuple[tuple[str, str | None], ...]:
    """(verb, particle) pairs of the market's announced nouns, when the market asks for an announcement."""
    t = ctx.target
    if t.kind != "event" or not t.object_terms or (t.act not in _ASKING and family_key(t.act or "") != "announce"):
        return ()
    out: list[tuple[str, str | None]] = []
    for term in t.object_terms:
        term = term.lower()
        verb = noun_verb(term)
        if verb:
            out.append((verb, None))
            continue
        head, _, tail = term.partition("-")
        if not tail:
            tail = next((p for p in _PARTICLES if term.endswith(p) and len(term) > len(p) + 2), "")
            head = term[:-len(tail)] if tail else ""
        if tail in _PARTICLES and head and "VERB" in all_lemmas(head):
            out.append((all_lemmas(head)["VERB"][0], tail))
    return tuple(dict.fromkeys(out))


def _sayer(ctx: MarketContext, f: SentenceFacts, j: int) -> int | None:
    """The past announcing verb before token j whose subject names the market's actor, and nothing
    between it and j that weighs the act or reports another speaker."""
    toks = f.sent.tokens
    for k in range(j - 1, -1, -1):
        lem = toks[k].lemmas & _SAYING
        if lem and toks[k].lower not in _SAYING and not toks[k].lower.endswith("ing"):
            if aspect(f.sent, k, sorted(lem)[0]) in ("future", "hedged"):
                return None  # 'will announce that it is winding down': the announcement is still to come
            before = f.sent.text[:toks[k].start]
            if not any(p.search(before) for p in ctx.actor_patterns.values()):
                return None
            between = toks[k + 1:j]
            if any(t.lemmas & _WEIGHING for t in between):
                return None
            if not any(t.lower in _SUBJECTS or any(p.fullmatch(t.text) for p in ctx.actor_patterns.values())
                       for t in between):
                return None  # 'said regulators would liquidate it': another party's act
            return k
        if toks[k].lemmas & _WEIGHING:
            return None
    return None


def found(ctx: MarketContext, f: SentenceFacts) -> tuple[int, int, str] | None:
    """(verb index, announcing verb index, wording) of an announced act told by the noun's verb."""
    verbs = asked_verbs(ctx)
    if not verbs or not f.actors:
        return None
    toks = f.sent.tokens
    read = {m.index: m for m in mentions.read(f.sent)}
    for j, t in enumerate(toks):
        for verb, particle in verbs:
            if verb not in t.lemmas or "VERB" not in all_lemmas(t.lower):
                continue
            if particle and (j + 1 >= len(toks) or toks[j + 1].lower != particle):
                continue
            m = read.get(j)
            if m is None or m.modality in _NOT_SAID or m.aspect not in ("future", "ongoing", "done"):
                continue
            if negation(f, j) or conditional_clause(f.sent, j):
                continue
            k = _sayer(ctx, f, j)
            if k is not None:
                words = f"{t.text} {particle}" if particle else t.text
                return j, k, f"'{toks[k].text} … {words}'"
    return None


def _decided_family(ctx: MarketContext) -> tuple[str, frozenset[str]] | None:
    """(the act family, the object's other words) when the market asks that a party announce a policy move a
    noun names ('announce a rate hike': raise, {'rate'}), a move for which deciding is doing."""
    t = ctx.target
    if t.kind != "event" or (t.act not in _ASKING and family_key(t.act or "") != "announce"):
        return None
    terms = [w.lower() for w in t.object_terms or ()]
    for term in terms:
        key = family_key(term)
        if key in DECISION_FAMILIES and "NOUN" in all_lemmas(term):
            others = frozenset(w for w in terms if w != term and len(w) > 2)
            return (key, others) if others else None
    return None


def decided(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(verb index, wording) of the policy move told done by the market's actor with the move's object: 'The Russian
    Central Bank unexpectedly raised its key interest rate' announces a rate hike (a decision told as made is
    announced); the object's word in the verb's own noun phrase (no preposition between: not 'raised concerns
    about rates')."""
    asked = _decided_family(ctx) if f.actors else None
    if asked is None:
        return None
    key, others = asked
    toks = f.sent.tokens
    for j, m in ((m.index, m) for m in mentions.read(f.sent) if m.kind == "verb" and m.affirmed):
        verbs = all_lemmas(toks[j].lower).get("VERB", ())
        if not any(family_key(v) == key for v in verbs) or negation(f, j) or conditional_clause(f.sent, j):
            continue
        a, b = f.sent.clause_of(j)
        phrase = []
        for t in toks[j + 1:min(b, j + 7)]:
            if t.lower in PREPOSITIONS or t.lower in (",", ";", "and", "but"):
                break
            phrase.append(t)
        wider = toks[j + 1:min(b, j + 13)]  # every other word of the noun's within the clause ('a ban on Russian oil')
        if not any(t.lower in others or t.lemmas & others for t in phrase) \
                or not all(any(t.lower == w or w in t.lemmas for t in wider) for w in others):
            continue
        before = f.sent.text[toks[a].start:toks[j].start]
        if any(p.search(before) for p in ctx.actor_patterns.values()):
            return j, f"'{toks[j].text} {' '.join(t.text for t in phrase)}'"
    return None


def _done(f: SentenceFacts, j: int) -> bool:
    return any(m.index == j and m.aspect == "done" for m in mentions.read(f.sent))


def confirm(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    hit = found(ctx, f)
    if hit is None:
        return _decided(ctx, f, settings)
    j, k, wording = hit
    span = reported_in_window(ctx, f, k)
    if span is None or (_done(f, j) and reported_in_window(ctx, f, j) is None):
        return []  # ('said it suspended its strikes in 2019': the act done before the window)
    excluded = does_not_count.check(f, "a confirmation")
    if excluded:
        return [excluded]
    why = f"act reported as done: the announced act told by its verb ({wording}; the market asks that " \
          f"'{ctx.target.object}' be announced)"
    return [hedged.weaken(f, j, NAME, "yes", settings.weights.confirmation, why, settings,
                          f"{span.explanation}; deadline {ctx.market.deadline:%a %d %b %Y %H:%M %z}: on or before it")]


def _decided(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    hit = decided(ctx, f)
    span = reported_in_window(ctx, f, hit[0]) if hit else None
    if span is None:
        return []
    excluded = does_not_count.check(f, "a confirmation")
    if excluded:
        return [excluded]
    why = f"act reported as done: the policy move told as made ({hit[1]}; the market asks that '{ctx.target.object}' " \
          "be announced, and a move decided is announced)"
    return [hedged.weaken(f, hit[0], NAME, "yes", settings.weights.confirmation, why, settings,
                          f"{span.explanation}; deadline {ctx.market.deadline:%a %d %b %Y %H:%M %z}: on or before it")]
