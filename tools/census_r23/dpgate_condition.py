"""A passed deadline's silence against a party told doing something: the party's own done clause.

Study module (twenty-third round, tools/census_r23/dpgate.md): a sentence inside the window, read by
no rule, in which the market's principal party (its candidate, else its first actor) is the subject
of a done verb, and which names the market's object or act or a result word, may tell the act in
words no reading understood ('Tadej Pogačar has cemented his status … with a devastating solo attack
to win the men's road race'; 'Verstappen was officially crowned world champion').

Not part of the engine: measured and not kept (dpgate.md). dpgate_sim.py applies it post hoc to trace dumps; the
engine wiring measured on the development corpus is dpgate_wiring.patch (`git apply` it at the commit named in
dpgate.md to measure again; `git apply -R` to take it back).
"""

from __future__ import annotations

from resolver.engine import mentions
from resolver.engine.analysis import MarketContext, SentenceFacts
from resolver.engine.rules import bearing_reports, unread_evidence
from resolver.engine.rules.base import cite
from resolver.engine.types import Contribution
from resolver.engine.word_class import DETERMINERS, PREPOSITIONS, REPORTING, verb_at

RESULT_WORDS = frozenset({"win", "won", "winner", "winners", "victory", "victories", "champion", "champions",
                          "title", "crowned", "gold", "triumph", "triumphed", "trophy", "medal"})
_SKIP = frozenset({"be", "have", "say", "tell", "add", "note"})
# a will, a plan, a decision or a refusal tells what follows it ('voted on Wednesday to retain', 'Expects …
# to Be Completed', 'decisively rejected the offer'), not the act done
_INTENT = frozenset({"vote", "decide", "agree", "opt", "choose", "plan", "expect", "seek", "aim", "hope", "want",
                     "intend", "pledge", "promise", "vow", "threaten", "propose", "try", "attempt", "prepare",
                     "schedule", "set", "reject", "refuse", "deny", "decline", "block", "veto", "oppose", "delay",
                     "postpone", "suspend", "pause", "cancel", "halt", "scrap", "abandon", "lose", "miss"})
# the clause tells the act undone or tied ('ends in failure', 'after securing a first-ever tie')
_UNDONE = frozenset({"failure", "failed", "draw", "drawn", "tie", "tied", "stalemate", "defeat", "defeated"})
_AUX = frozenset({"has", "have", "had", "was", "were", "is", "are", "been", "be", "got", "get", "gets"})


def _party_spans(ctx: MarketContext, f: SentenceFacts) -> list[tuple[int, int]]:
    text = f.sent.text
    if ctx.candidate_pattern is not None:
        return [(m.start(), m.end()) for m in ctx.candidate_pattern.finditer(text)]
    first = ctx.target.actors[0] if ctx.target.actors else None
    pat = ctx.actor_patterns.get(first) if first else None
    return [(m.start(), m.end()) for m in pat.finditer(text)] if pat is not None else []


def _subject_before(f: SentenceFacts, spans: list[tuple[int, int]], k: int) -> bool:
    """A party name in the clause of token k, before it, not after a preposition or a verb, and no other
    verb between the name and k ('Matsuyama, trying to become …, held a lead as … the Masters began': the
    round began, not Matsuyama)."""
    toks = f.sent.tokens
    a, _ = f.sent.clause_of(k)
    lo, hi = toks[a].start, toks[k].start
    verbs = [m.index for m in mentions.read(f.sent) if m.kind != "nominal"]
    for s, e in spans:
        if not lo <= s < hi or any(e <= toks[j].start and j < k for j in verbs):
            continue
        before = [j for j in range(a, k) if toks[j].start < s]
        if before and (toks[before[-1]].lower in PREPOSITIONS or verb_at(f.sent, before[-1])):
            continue  # 'between India and …', 'In overcoming Judd Trump': the name is no subject
        return True
    return False


def _attributive(f: SentenceFacts, k: int) -> bool:
    """'the long anticipated railway', 'previously approved drugs': a participle after a determiner,
    with at most two modifiers between, modifies a noun; it tells no done clause."""
    toks = f.sent.tokens
    for j in range(k - 1, max(-1, k - 5), -1):
        w = toks[j].lower
        if w in DETERMINERS or w.endswith("'s") or w.endswith("’s"):
            return True
        if any(ch.isdigit() for ch in w) or w in ("billion", "million", "trillion", "$", "£", "€"):
            continue
        if not (w.isalpha() and (w.endswith("ly") or w in ("long", "much", "newly", "widely", "most", "more"))):
            return False
    return False


def _finite_past(f: SentenceFacts, k: int) -> bool:
    """A simple past, or a participle after an auxiliary ('has cemented', 'was officially crowned'); not a
    participle alone ('a move seen as', 'proposed takeover') nor one after 'having'/'being'."""
    v = verb_at(f.sent, k)
    if v is None or v[1] not in ("VBD", "VBN"):
        return False
    toks = f.sent.tokens
    for j in range(k - 1, max(-1, k - 4), -1):
        w = toks[j].lower
        if w in ("having", "being") or w == "been" and j > 0 and toks[j - 1].lower in ("having", "being"):
            return False
        if w in _AUX:
            return True
        if not (w.endswith("ly") or w in ("also", "not", "just", "already", "since", "now")):
            break
    return v[1] == "VBD"


def _names_matter(ctx: MarketContext, f: SentenceFacts) -> bool:
    if f.object_idx or f.act_idx or f.act_noun_idx:
        return True
    return any(t.lower in RESULT_WORDS for t in f.sent.tokens)


def held_at(ctx: MarketContext, f: SentenceFacts) -> int | None:
    """The token of the party's done verb in a sentence that may tell the act (see the module's doc)."""
    if ctx.target.kind != "event" or not ctx.target.act:
        return None
    spans = _party_spans(ctx, f)
    if not spans or not _names_matter(ctx, f):
        return None
    for m in mentions.read(f.sent):
        if m.kind == "nominal" or not m.affirmed or m.predicate in _SKIP:
            continue
        if m.predicate in unread_evidence.FAILING or m.predicate in REPORTING or m.predicate in _INTENT \
                or m.predicate in unread_evidence.CONTINUING:
            continue
        if not _finite_past(f, m.index):
            continue
        a, b = f.sent.clause_of(m.index)
        if any(t.lower in _UNDONE for t in f.sent.tokens[a:b]):
            continue
        tok = f.sent.tokens[m.index]
        if tok.lower.endswith("ing") or _attributive(f, m.index) or \
                (m.index > 0 and f.sent.tokens[m.index - 1].lower == "being"):
            continue  # 'upon being informed', 'the long anticipated railway': no done clause of the party
        if not _subject_before(f, spans, m.index):
            continue
        if not bearing_reports._in_window(ctx, f, m.index):
            continue
        return m.index
    return None


MARK = "of the market's party as done, naming its object or a result"


def note(f: SentenceFacts, i: int) -> Contribution:
    word = f.sent.tokens[i].text
    return cite(f, unread_evidence.NAME, "none", 0.0,
                f"tells '{word}' {MARK}, in words no rule read as the act: an analyst should read it")
