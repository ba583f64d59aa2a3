"""Whose act a negated modal negates (rules/ruled_out.py). A ruling-out counts for the market only when
the negated act is the market's: its subject the market's (or its object, in a passive) and its verb
the market's act. Three shapes say otherwise:

- a participant's own act: 'Abdullah Abdullah announced today that he would not participate in
  Afghanistan's runoff election' for a market on the runoff being held; 'Giuseppe Conte said Sunday he
  would not be leading the next Italian government' for a market on the government being sworn in. The
  modal's subject is a person or party the sentence names (directly, or as the antecedent of 'he',
  'she'), none of the market's actors nor a word of its question, and the verb the modal
  governs is not the market's act nor a verb of an act coming about ('take part' is no 'take place'):
  a candidate not taking part is not the event not happening, a person declining a role is not the
  body not forming. When the governed verb is the market's act ('Kishida said he will not run' for
  'Will Kishida run') the reading stands;
- the timing of a result in a market on who wins: 'The final winner for the party's nomination is
  unlikely to be declared before the national convention' for 'Will Hillary Clinton win the
  nomination?'. The modal governs a verb of declaring or knowing the result and its subject names no
  market actor: when the winner is known says nothing of who it is;
- an idiom of another sense in a market on a win: 'they will not take ownership of the results' (the
  win's 'take' made an idiom by its noun, verb_idioms.py) negates owning, not winning.

Pure; word shapes only. A cheap check (a modal cue word in the sentence) comes first."""

from __future__ import annotations

from functools import lru_cache

from .analysis import MarketContext, SentenceFacts
from .lexicon import MONTHS, WEEKDAYS
from .text import lemmas_of, tokenize
from . import verb_idioms

# the modal cues whose subject and governed verb are read ('unlikely to', 'not expected to')
MODAL_CUES = frozenset({"will not", "won't", "would not", "wouldn't", "cannot", "can't", "can not", "unlikely",
                        "not expected", "is not going to", "are not going to"})
# words between the cue and the verb it governs ('would not be leading', 'is unlikely to be declared')
_FILLERS = frozenset({"be", "been", "being", "have", "ever", "yet", "still", "now", "also", "even", "again", "longer",
                      "to", "able", "reportedly", "then"})
# verbs that say the act itself does or does not come about ('the runoff will not take place')
_HAPPENING = frozenset({"happen", "take", "occur", "go", "proceed", "come", "start", "begin", "be", "get"})
_PERSONAL = frozenset({"he", "she"})  # a person: 'they' and 'it' name things as well
# verbs of declaring or knowing a result: its timing, not its outcome
_RESULT_KNOWN = frozenset({"declare", "know", "decide", "settle", "call", "determine", "announce", "finalize",
                           "finalise", "certify", "clear", "resolve"})
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(w.capitalize() for w in WEEKDAYS)
_REACH = 8  # words either side of the trigger in which the cue is looked for


def _cue_at(f: SentenceFacts, k: int, phrase: str) -> int | None:
    """The position of the cue `phrase` nearest token k, within reach."""
    toks = f.sent.tokens
    words = [t.lower for t in tokenize(phrase)]
    n = len(words)
    hits = [m for m in range(max(0, k - _REACH - n), min(len(toks) - n + 1, k + _REACH + 1))
            if [t.lower for t in toks[m:m + n]] == words]
    return min(hits, key=lambda m: abs(m - k)) if hits else None


def _governed(f: SentenceFacts, m: int, n: int) -> int | None:
    """The verb the cue at m (n tokens) governs: the first word after it past fillers and adverbs."""
    toks = f.sent.tokens
    j = m + n
    while j < min(len(toks), m + n + 5) and (toks[j].lower in _FILLERS
                                            or (toks[j].lower.endswith("ly") and toks[j].lower != "only")):
        j += 1
    return j if j < len(toks) and toks[j].lower.isalpha() else None


def _name_before(toks, end: int) -> tuple[int, int] | None:
    """The run of capitalised words ending at token end-1 (a possessive's or a calendar word excluded)."""
    j = end
    while j > 0 and toks[j - 1].text[:1].isupper() and toks[j - 1].text not in _CALENDAR \
            and toks[j - 1].lower not in ("i", "the", "a", "an", "he", "she", "they", "we", "it"):
        j -= 1
    if j == end:
        return None
    if end - j == 1 and (j == 0 or not toks[j - 1].text[:1].isalnum()):
        return None  # one capitalised word opening the sentence or a quote ('While …'): no name told
    return j, end


def _subject_name(f: SentenceFacts, m: int) -> tuple[int, int] | None:
    """The name the cue at m is said of: a name right before it ('Morgan Tsvangirai, will not'), or the
    nearest name before a personal pronoun right before it ('Abdullah … announced that he would not')."""
    toks = f.sent.tokens
    j = m - 1
    if j >= 0 and toks[j].text == ",":
        j -= 1
    if j < 0:
        return None
    if toks[j].lower in _PERSONAL:
        e = next((e for e in range(j, 0, -1) if toks[e - 1].text[:1].isupper() and toks[e - 1].text not in _CALENDAR
                  and toks[e - 1].lower not in _PERSONAL), None)
        return None if e is None else _name_before(toks, e)
    return _name_before(toks, j + 1)


@lru_cache(maxsize=512)
def _question_words(question: str) -> frozenset[str]:
    return frozenset(lem for t in tokenize(question) for lem in lemmas_of(t.lower) | {t.lower})


def _market_words(ctx: MarketContext) -> frozenset[str]:
    return _question_words(ctx.market.question)


def _bare(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _is_markets(ctx: MarketContext, f: SentenceFacts, a: int, b: int) -> bool:
    """The words a..b name a market actor, its object, or are words of the question."""
    toks = f.sent.tokens
    text = " ".join(t.text for t in toks[a:b])
    if any(p.search(text) for p in ctx.actor_patterns.values()):
        return True
    if any(a <= j < b for j in f.object_idx + f.act_idx + f.act_noun_idx):
        return True
    words = _market_words(ctx)
    return any(_bare(t.lower) in words for t in toks[a:b])


def _is_act(ctx: MarketContext, f: SentenceFacts, j: int) -> bool:
    toks = f.sent.tokens
    verb = toks[j]
    if verb.lemmas & {"take"} and j + 1 < len(toks) and toks[j + 1].lower == "part":
        return bool({"participate", "part"} & _market_words(ctx))
    forms = verb.lemmas | {verb.lower}
    return j in f.act_idx or j in f.act_noun_idx or bool(forms & (ctx.act_verbs | _market_words(ctx))) \
        or bool(verb.lemmas & _HAPPENING)


def others_act(ctx: MarketContext, f: SentenceFacts, k: int, phrase: str) -> str | None:
    """Why the modal cue `phrase` found near token k negates an act that is not the market's, or None."""
    if phrase not in MODAL_CUES:
        return None
    m = _cue_at(f, k, phrase)
    if m is None:
        return None
    n = len(tokenize(phrase))
    j = _governed(f, m, n)
    if j is None:
        return None
    toks = f.sent.tokens
    if ctx.target.candidate and toks[j].lemmas & _RESULT_KNOWN and j not in f.act_idx:
        a, _ = f.sent.clause_of(m)
        before = toks[a:m]
        if not any(p.search(" ".join(t.text for t in before)) for p in ctx.actor_patterns.values()) \
                and not any(t.lower in _PERSONAL for t in before):  # 'she is unlikely to be declared …' may be hers
            return f"'{phrase} … {toks[j].text}': when the result is known says nothing of who wins"
    if (idiom := verb_idioms.negated_idiom(ctx.target.act, f.sent, j, ctx.market.question)) is not None:
        return f"'{phrase} … {toks[j].text}': {idiom}"  # 'they will not take ownership of the results'
    if _is_act(ctx, f, j):
        return None
    name = _subject_name(f, m)
    if name is None or _is_markets(ctx, f, *name):
        return None
    who = " ".join(t.text for t in toks[name[0]:name[1]])
    return f"'{phrase} … {toks[j].text}' is said of {who}'s own act, not the market's"
