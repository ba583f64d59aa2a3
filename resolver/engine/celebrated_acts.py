"""Celebrated acts: an act told as a noun that is the object of a verb of praise or ceremony told
as done ('President Yoon Suk Yeol on Wednesday hailed the successful entry of a South Korean unmanned
space vehicle into the orbit of the moon', 'celebrated the launch of', 'welcomed the release of',
'applauded the passage of', a headline's 'Yoon hails space vehicle's successful entry into moon's
orbit'). One hails, celebrates, welcomes or praises what has happened: the noun's act is reported as
done. The same holds of the one praised or congratulated on or for it ('congratulated NASA on the
successful landing', 'praised Biden for the passage of the bill').

Only the verb's own object counts: the noun heading the phrase right after the verb (or after its
'on' / 'for'), behind a determiner or a possessive and at most a few modifiers, and followed by no
noun it would modify ('welcomed the launch plan'). Another noun in between is another thing
celebrated: a plan, a decision, an anniversary or a prospect ('welcomed the plan for the launch',
'hailed the decision to launch', 'celebrated the anniversary of the launch'). A modifier telling the
act as still to come or not done ('welcomed the planned release', 'the much-anticipated launch', 'the
failed launch') tells nothing; nor does a verb told as anything but done: after a modal, 'will' or
'to' ('is ready to welcome the return', 'looked forward to celebrating'), negated, or in the simple
present of a body sentence ('Engineers … celebrate the landing of NASA's Curiosity rover', a
photograph's caption). A contest's outcome (a win, a victory, an election, a title) is left to the
contests' own readings (acknowledged_wins.py, concessions.py): the one celebrating it is often, not
always, the one who won it.

A celebration's date bounds its act's from above only (the act came first): a celebration dated
after the deadline does not place the act after it, and the confirmation notes such a sentence (AFTER)
for an analyst, holding back the deadline's silence (rules/confirmation.py, evaluate._hold_for_unread). Read by the confirmation rule through
verb_aspect.clause_is_done; its own wording (MARK) is no noun carried by another verb, which the gate
on weak readings holds back (weak_readings.json 'noun_carried')."""

from __future__ import annotations

from . import verb_aspect
from .lexicon import NEGATORS
from .records import ORDINALS
from .text import Sentence, all_lemmas
from .timex import TimeSpan, later_day_only, runs_past
from .word_class import DETERMINERS, PREPOSITIONS, PRONOUNS

# verbs whose object is an act done: praise, celebration, welcome
CELEBRATING = frozenset({"hail", "celebrate", "welcome", "praise", "applaud", "laud", "commend", "cheer", "salute",
                         "acclaim", "toast"})
# verbs taking the one praised, then 'on' / 'for' + the act ('congratulated NASA on the landing')
_PRAISING_FOR = frozenset({"congratulate", "commend", "praise", "hail", "salute", "applaud", "laud", "thank"})
_ON_FOR = {"on": frozenset({"congratulate"}), "for": _PRAISING_FOR}
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that"})
# modifiers telling the act as still to come, only attempted, not done, or not known done
_NOT_DONE = frozenset({
    "planned", "proposed", "expected", "upcoming", "possible", "potential", "imminent", "impending", "future",
    "coming", "prospective", "anticipated", "scheduled", "intended", "promised", "pending", "eventual",
    "forthcoming", "hoped", "next", "attempted", "failed", "aborted", "delayed", "postponed", "announced",
    "mooted", "rumoured", "rumored", "likely", "would-be", "partial", "conditional", "provisional", "reported",
    "alleged", "supposed", "purported", "any", "further", "early", "earlier", "previous", "last", "past",
    "initial", "aimed", "awaited", "targeted", "tentative", "draft",
})
# a contest's outcome: whose it is, is the contests' readings' business
_OUTCOMES = frozenset({"win", "victory", "triumph", "winner", "election", "re-election", "reelection", "title",
                       "crown", "championship"})
_FUNCTION_WORDS = PREPOSITIONS | PRONOUNS | DETERMINERS | {"and", "or", "but", "as", "than", "to", "not", "so"}
_MAX_MODIFIERS = 4
_MAX_PARTY = 5
MARK = "(celebrated as done: one praises what has happened)"
# a celebration after the deadline: its act may have come before it (read, set aside for its date alone,
# so the deadline's silence cannot say no while it stands: evaluate._hold_for_unread)
AFTER = "celebrated after the deadline, which dates the act no later than the celebration, not after the deadline"


def _possessive(word: str) -> bool:
    return word.endswith(("'s", "\u2019s", "s'", "s\u2019"))


def _modifier(word: str) -> bool:
    """A word that may stand between the determiner and the act noun: an adjective, a noun, a name,
    an ordinal, a number ('successful', 'historic', 'Artemis', 'first', 'December 14'), none telling the
    act as not done."""
    w = word.lower()
    if w in _NOT_DONE or w.rsplit("-", 1)[-1] in _NOT_DONE or w in _FUNCTION_WORDS:
        return False
    return w in ORDINALS or w.replace("-", "").isalnum()


def _head(sent: Sentence, i: int) -> bool:
    """The noun at i heads its phrase: no lowercase noun follows that it would modify ('the launch
    plan', 'the release date')."""
    if i + 1 >= len(sent.tokens):
        return True
    nxt = sent.tokens[i + 1]
    return not (nxt.text.isalpha() and nxt.text.islower() and "NOUN" in all_lemmas(nxt.lower)
                and not verb_aspect.verb_form(nxt.lower))


def _phrase_start(sent: Sentence, i: int) -> int | None:
    """The first token of the noun phrase the act noun at i heads: a determiner, or a possessive
    with its possessor's words ('space vehicle's successful entry'); None when something other than
    modifiers stands between ('the plan for the launch')."""
    toks = sent.tokens
    k, seen = i - 1, 0
    while k >= 0 and seen <= _MAX_MODIFIERS:
        w = toks[k].lower
        if w in _DETERMINERS:
            return k
        if _possessive(w):
            j = k - 1  # the possessor's own words: 'the space vehicle's', 'South Korea's'
            while j >= 0 and k - j <= 3 and toks[j].lower not in _DETERMINERS and toks[j].text.isalpha() \
                    and not toks[j].lemmas & (CELEBRATING | _PRAISING_FOR):
                j -= 1
            return j if j >= 0 and toks[j].lower in _DETERMINERS else j + 1
        if not _modifier(toks[k].text):
            return None
        k, seen = k - 1, seen + 1
    return None


def _told_done(sent: Sentence, j: int, lemma: str) -> bool:
    """The verb at j is told as done: past, perfect, a headline's present or a present progressive
    ('is celebrating'); not negated."""
    asp = verb_aspect.aspect(sent, j, lemma)
    if asp == "ongoing" and j > 0 and sent.tokens[j - 1].lower in ("is", "are"):
        asp = "past"  # 'JAXA is celebrating the successful return of …': the act came first
    if asp != "past":
        return False
    a, _ = sent.clause_of(j)
    return not any(t.lower in NEGATORS or t.lower.endswith("n't") for t in sent.tokens[max(a, j - 4):j])


def _verb(sent: Sentence, j: int, lemmas: frozenset[str]) -> str | None:
    found = sent.tokens[j].lemmas & lemmas
    return min(found) if found else None


def celebrating_verb(sent: Sentence, i: int) -> int | None:
    """Index of the verb of praise or ceremony, told as done, whose object is the act noun at i
    ('hailed the successful entry', 'congratulated NASA on the landing'); else None."""
    toks = sent.tokens
    w = toks[i].lower
    if not w.isalpha() or w in _FUNCTION_WORDS or w in _OUTCOMES or "NOUN" not in all_lemmas(w) or not _head(sent, i):
        return None
    d = _phrase_start(sent, i)
    if d is None or d < 1:
        return None
    j = d - 1
    lemma = _verb(sent, j, CELEBRATING)
    if lemma is None and toks[j].lower in _ON_FOR:
        verbs = _ON_FOR[toks[j].lower]
        j -= 1
        while j >= 0 and d - j <= _MAX_PARTY + 1 and not _verb(sent, j, verbs):
            w = toks[j].text
            if not (w.isalpha() or _possessive(w.lower())) or toks[j].lower in NEGATORS:
                return None  # 'praised X, who …, for': an aside or another clause
            j -= 1
        if j < 0 or d - j > _MAX_PARTY + 1:
            return None
        lemma = _verb(sent, j, verbs)
    if lemma is None or not _told_done(sent, j, lemma):
        return None
    return j


def after_deadline(span: TimeSpan, deadline, published) -> bool:
    """The celebration is dated after the deadline, runs past it in a report published after it, or
    is undated in an article of a later day: its act may still have come before the deadline, so
    nothing is read of it either way."""
    return span.starts_after(deadline) or runs_past(span, deadline, published) or (
        bool(span.instants) and later_day_only(published, deadline))
