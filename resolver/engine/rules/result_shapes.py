"""Shapes that tell the act's result with no done act verb: unread evidence.

The narrow net (unread_evidence.py) lists an affirmed mention of the act; the wide net
(bearing_reports.py) a done verb of the act's family told of the market's party. On text the
engine had never seen, a passed deadline still said likely-no while an article told the result in
one of three shapes neither net reads, because no done verb of the act is in them:

- a headline that puts a verb of the act's frame right after the party, in the headline's present,
  where the parser read no verb: 'Afridi the hero as Pakistan **triumph**' (a plural team's present);
- the market's candidate named champion or winner by a copula or a crowning: 'Chelsea **are
  European Champions** again', 'Barcelona are Champions League winners 2009!' (the champion's
  title need not repeat the market's object: 'European Champions' for the UEFA Champions League);
- an infinitive of result after a done verb of the contest whose subject is the party: 'Federer
  **beat** Robin Soderling in straight sets **to win** his first French Open', 'the Mumbai Indians
  defeated the Chennai Super Kings … **to be crowned** champions of VIVO IPL 2019'.

None of them is read as the act (each may be of a stage, or of another title): each only keeps
the deadline's silence from deciding, and the sentence is listed for an analyst.

Not read: a headline with a word of a plan, a forecast, a chase or a preview ('Pakistan eye
triumph', 'bid', 'on course', 'v'), a question; the frame word modifying a noun ('triumph hopes')
or the subject of a verb ('SpaceX launch scrubs'); a reigning, defending, former or possible
champion, or one of a past season ('became the eighth dual winner … last season'); an infinitive
after a verb of wanting or trying ('needs to win': only contest verbs head a result), or whose
contest verb has another subject ('The Swiss outclassed Andy Murray … to win'); a headline word the
parser reads as a verb ('Microsoft Closes Activision Blizzard Acquisition': the act readings read
it). The act's own verb in an infinitive of result is dated as the narrow net dates an act word
(undated, it may be of the window even when published after it); a headline's word and a champion
as the wide net dates them (undated, by their publication day: 'Boeing Finalizes Deal' ten days
after the deadline tells a late act), or, undated, in an edition of the day right after the
deadline's, stamped with its day only, that names no day (eve_reports.py: the morning paper's
'Pakistan triumph' after an evening final)."""

from __future__ import annotations

import re
from bisect import bisect_left

from .. import mentions, retold_headlines
from ..act_families import family_key
from ..analysis import MarketContext, SentenceFacts, event_time
from ..frames import FRAMES
from ..packaged import load_json
from ..types import Contribution
from ..word_class import is_noun, verb_at
from . import bearing_reports, eve_reports, unread_evidence

_DATA = load_json("result_shapes.json")
_NOT_TOLD = frozenset(_DATA["headline_not_told"])
_CHAMPIONS = frozenset(_DATA["champion_nouns"])
_NAMING = frozenset(_DATA["champion_copulas"])
_NOT_CHAMPION = frozenset(_DATA["not_champion"])
_CONTEST_HEADS = frozenset(_DATA["contest_heads"])
_BEFORE_NAMING = frozenset({"now", "officially", "finally", "deservedly", "have", "has"})
_MEANS = frozenset(_DATA["result_means"])
_NOT_MEANS = frozenset(_DATA["not_means"])
_TRYING = frozenset({"try", "attempt", "seek", "aim", "hope", "want", "need", "bid", "fail", "look", "threaten", "plan"})
_MEANS_DETS = frozenset({"a", "an", "his", "her", "their", "its", "one", "another"})
_PASSIVE_NAMING = frozenset({"crowned", "named", "declared", "proclaimed"})
_PAST_SEASON = re.compile(r"\blast\s+(?:season|year|term|time|edition)\b|\bprevious\b", re.I)
# a preposition after the frame word keeps it the headline's verb or noun ('triumph in Paris')
_AFTER_OK = frozenset({"in", "at", "over", "for", "against", "as", "on", "after", "with", "to", "by", "of"})
MARK = "as the act's result in a shape no act reading takes"


def _verbs(ctx: MarketContext) -> frozenset[str]:
    """The act's verbs and its frames' verbs ('triumph' of the win frame)."""
    act = ctx.target.act or ""
    names = {n for n in (family_key(act), act) if n in FRAMES}
    return ctx.act_verbs | frozenset(w for n in names for w in FRAMES[n].verbs)


def _party_spans(ctx: MarketContext, f: SentenceFacts) -> list[tuple[int, int]]:
    """Token spans [a, b) of the party's name: the candidate's when the market names one, else its first actor's."""
    pat = ctx.candidate_pattern
    if pat is None and ctx.target.actors:
        pat = ctx.actor_patterns.get(ctx.target.actors[0])
    if pat is None:
        return []
    toks, text, out, pos = f.sent.tokens, f.sent.text, [], 0
    starts = [t.start for t in toks]
    while (m := pat.search(text, pos)) is not None:
        idx = [k for k in range(bisect_left(starts, m.start()), bisect_left(starts, m.end())) if toks[k].text.strip(" '’.,")]
        if idx:
            out.append((idx[0], idx[-1] + 1))
        pos = max(m.end(), m.start() + 1)
    return out


def _headline_word(ctx: MarketContext, f: SentenceFacts) -> int | None:
    """'Afridi the hero as Pakistan triumph': in a headline, a verb of the act's frame right after the
    party's name, in the headline's present, that the parser did not read as a verb."""
    toks = f.sent.tokens
    words = _verbs(ctx)
    if not any(t.lemmas & words for t in toks) or "?" in f.sent.text or any(t.lower in _NOT_TOLD for t in toks):
        return None
    verbs = {m.index for m in mentions.read(f.sent) if m.kind != "nominal"}  # read as verbs: the act readings' own
    for _, b in _party_spans(ctx, f):
        if toks[b - 1].lower.endswith(("'s", "’s", "s'", "s’")) and not toks[b - 1].lower.endswith(("ss", "us")) \
                or b < len(toks) and toks[b].lower in ("'s", "’s", "'", "’"):
            continue  # "Kosovo's vote": a noun after a possessive
        if b < len(toks) and b not in verbs and _told_word(f, b, words):
            return b
    return None


def _told_word(f: SentenceFacts, k: int, words: frozenset[str]) -> bool:
    toks = f.sent.tokens
    if not toks[k].lemmas & words or toks[k].lower.endswith(("ing", "ed")) or not toks[k].text.isalpha():
        return False
    if k + 1 < len(toks):
        nxt = toks[k + 1]
        if nxt.lower not in _AFTER_OK and (verb_at(f.sent, k + 1) is not None
                                           or nxt.text.isalpha() and nxt.text.islower() and is_noun(nxt.lower)):
            return False  # 'triumph hopes': a modifier; 'launch scrubs': the subject of another verb
    return True


def _champion(ctx: MarketContext, f: SentenceFacts) -> int | None:
    """'Chelsea are European Champions again': the candidate named champion or winner."""
    if family_key(ctx.target.act or "") != "win" or not ctx.target.candidate:
        return None
    toks = f.sent.tokens
    if not any(t.lower in _CHAMPIONS for t in toks):
        return None
    for a, b in _party_spans(ctx, f):
        k = b
        while k < len(toks) and k < b + 3 and toks[k].lower in _BEFORE_NAMING:
            k += 1
        if k >= len(toks) or toks[k].lower not in _NAMING:
            continue
        for c in range(k + 1, min(len(toks), k + 6)):
            if toks[c].lower in _BEFORE_NAMING or toks[c].lower in _PASSIVE_NAMING and toks[c - 1].lower in _NAMING | _BEFORE_NAMING:
                continue  # 'was officially crowned world champion': an adverb, a passive's participle
            if toks[c].lower in _CHAMPIONS:
                ca, cb = f.sent.clause_of(c)
                if {t.lower for t in toks[max(0, a - 3):c]} & _NOT_CHAMPION or \
                        _PAST_SEASON.search(" ".join(t.text for t in toks[ca:cb])):
                    break  # 'the reigning champions', 'became the eighth dual winner … last season'
                return c
            if not toks[c].text.isalnum() or verb_at(f.sent, c) is not None:
                break
    return None


def _result_infinitive(ctx: MarketContext, f: SentenceFacts) -> int | None:
    """'Federer beat Robin Soderling in straight sets to win his first French Open': the act in an
    infinitive of result after a done contest verb whose subject is the party."""
    toks = f.sent.tokens
    if not any(t.lower == "to" for t in toks):
        return None
    contest = any(t.lemmas & _CONTEST_HEADS for t in toks)
    means = any(t.lower == "with" for t in toks) and any(t.lower in _MEANS for t in toks)
    if not contest and not means:
        return None
    vocab = bearing_reports.vocabulary(ctx)
    found = mentions.read(f.sent)
    for m in found:
        i = m.index
        if m.kind == "nominal" or m.predicate not in vocab:
            continue
        j = i - 2 if i >= 2 and toks[i - 1].lower == "be" else i - 1  # 'to be crowned champions'
        if j < 1 or toks[j].lower != "to":
            continue
        if m.predicate not in ctx.act_verbs and not mentions.about(m, f.sent, f.object_idx):
            continue  # a word of completion ('to win his second straight Emperor's Cup') told of the market's object only
        heads = [h for h in found if h.kind == "verb" and j - 20 <= h.index < j and h.affirmed and h.predicate in _CONTEST_HEADS]
        if not heads and means and (w := _means_with(f, j)) is not None:
            heads = [h for h in found if h.kind == "verb" and j - 20 <= h.index < w and h.affirmed
                     and f.sent.clause_of(h.index) == f.sent.clause_of(w) and not f.sent.tokens[h.index].lemmas & _TRYING]
        if heads and _subject_of(ctx, f, heads[-1].index, found) and _dated_in(ctx, f, i, m.predicate in ctx.act_verbs):
            return i
    return None


def _means_with(f: SentenceFacts, j: int) -> int | None:
    """'with a devastating solo attack to win': the 'with' of a noun of a decisive move right before the
    infinitive's 'to' at j, with only a determiner and modifiers between (not 'with a chance to win',
    'with hopes to win': no move). The index of 'with', else None."""
    toks = f.sent.tokens
    if j < 3 or toks[j - 1].lower not in _MEANS:
        return None
    for w in range(j - 2, max(-1, j - 7), -1):
        low = toks[w].lower
        if low == "with":
            return w if toks[w + 1].lower in _MEANS_DETS else None
        if not toks[w].text.replace("-", "").isalpha() or toks[w].lower in _NOT_MEANS or verb_at(f.sent, w) is not None:
            return None
    return None


def _subject_of(ctx: MarketContext, f: SentenceFacts, h: int, found) -> bool:
    """The party is named before the verb at h in its clause, with no verb or preposition between."""
    toks = f.sent.tokens
    start, _ = f.sent.clause_of(h)
    for a, b in _party_spans(ctx, f):
        if start <= a and b <= h and not any(o.kind != "nominal" and b <= o.index < h for o in found) \
                and not any(toks[x].lower in _AFTER_OK for x in range(b, h)):
            return True
    return False


def _dated_in(ctx: MarketContext, f: SentenceFacts, k: int, act_word: bool = False) -> bool:
    """Inside the window: an act verb as the narrow net dates it; other words as the wide net does (by
    the publication day when undated), or, undated, in an edition of the day right after the
    deadline's that names no day (eve_reports: 'Afridi the hero as Pakistan triumph' the morning after
    the final)."""
    if unread_evidence._earlier_year(ctx, f, k):
        return False
    if act_word:
        return unread_evidence._in_window(ctx, f, k)
    return bearing_reports._in_window(ctx, f, k) or (
        unread_evidence._in_window(ctx, f, k) and event_time(f, k).pos < 0 and eve_reports.eve_edition(ctx, f))


def result_at(ctx: MarketContext, f: SentenceFacts) -> int | None:
    """The token of a result told in one of the module's shapes, inside the window, else None."""
    if ctx.target.kind != "event" or not ctx.target.act:
        return None
    k = _headline_word(ctx, f) if f.sent.headline else None
    if k is not None and _dated_in(ctx, f, k) \
            and not retold_headlines.dated_outside(ctx, f, mentions.nominal(f.sent, k)):
        return k
    k = _champion(ctx, f)
    if k is not None and _dated_in(ctx, f, k):
        return k
    return _result_infinitive(ctx, f)


def note(f: SentenceFacts, i: int) -> Contribution:
    return bearing_reports.note(f, i, MARK)
