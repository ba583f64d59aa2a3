"""Event mentions: each sentence read once into the events it mentions.

A mention is a predicate — a verb ("signed"), an event noun ("the signing", "a 30-day halt")
or a multi-word phrase ("sworn in", "roll out") — with its participants (the words before it in
its clause, the agent side, and the noun phrase after it, the theme), its polarity, its modality
and attribution (asserted / reported / planned / expected / demanded / attempted / pending /
hypothetical / denied / claimed: unasserted.py), its tense and aspect (done / ongoing / future / present), the time
expression anchoring it, and any quantities in its theme. Which predicates report the same
event is the frame lexicon's business (frames.py); rules ask mentions questions such as "is
there an asserted, done mention of this frame?".

Whether a token is a verb here is word_class.py's business. Pure and deterministic; the reading of a
sentence is cached on the sentence."""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import islice

from .frames import EVENT_NOUNS, FRAMES, INTENT_NOUNS, MODALITY, NON_EVENT_PREDICATES, PLANNING_PREDICATES, frames_of_noun, frames_of_verb
from .lexicon import DECISION_VERBS, DEFEAT_VERBS, LEVEL_CHANGE_VERBS, NEGATING_PHRASES, NUMBER_WORDS
from .captions import caption_dated
from .interrogatives import asked
from .immediate_acts import told_immediate
from .announced_deals import announcing_verb
from .infinitive_forecasts import after_to
from .on_course import on_course
from .participial_clauses import after_gerund, means_gerund, object_participle, record_infinitive, result_participle, \
    ruling_gerund, way_gerund
from .progressive_passives import progressive_passive
from .unasserted import scope as unasserted_scope
from . import deck_lines, kind_participles, participial_asides
from .text import Sentence, approximated, closed_aside, negator_scopes, the_month
from .verb_aspect import implied_by, sought_outcome
from .voted_acts import turned_against, vote_decides, voted_to
from .word_class import (unrealised_plan, AUX_PAST, AUX_PERFECT, DETERMINERS, FUTURE, MODALS, PREPOSITIONS, PRONOUNS, RELATIVES,
                         REPORTING, SKIP_VERBS, is_noun, verb_at, verb_lemmas, verb_tag)

_MODALITY_ORDER = ("denied", "demanded", "attempted", "expected", "planned", "pending", "hypothetical")  # ('claimed': unasserted.py)
DECIDING = frozenset({"agree", "decide", "vote", "move", "opt", "choose", "resolve"})
POLICY_FRAMES = frozenset({"pause", "cut", "raise", "ban", "impose", "approve", "pass", "ratify", "extend", "recommend", "terminate"})
# Performative nouns: announcing them is doing them ('announced the appointment of Antonio Filosa
# as new CEO'), unlike an event announced for later ('announced the inauguration date').
PERFORMATIVE_NOUNS = frozenset({"appointment", "nomination", "designation", "selection", "resignation"})
_NOT_AGENT = AUX_PAST | FUTURE | MODALS | {"to", "not", "that"}  # words that name no doer


@dataclass(frozen=True)
class Mention:
    """One event mention in one sentence (token indexes refer to the sentence's tokens)."""

    index: int
    predicate: str
    form: str
    kind: str                      # verb | nominal | phrase
    frames: tuple[str, ...]
    polarity: str = "positive"     # positive | negative
    modality: str = "asserted"     # asserted | reported | planned | expected | demanded | attempted | pending | hypothetical | denied | claimed
    aspect: str = "unknown"        # done | ongoing | future | present | unknown
    cue: str | None = None         # the word behind a negative polarity or a modality other than asserted
    agent: str = ""
    theme: str = ""
    theme_span: tuple[int, int] = (0, 0)
    time: str | None = None
    quantities: tuple[str, ...] = ()

    @property
    def affirmed(self) -> bool:
        """Reported as having happened: positive, asserted or reported, done."""
        return self.polarity == "positive" and self.modality in ("asserted", "reported") and self.aspect == "done"

    def describe(self) -> str:
        bits = [f"{self.kind} '{self.form}' ({self.predicate}"
                + (f"; frames {', '.join(self.frames)}" if self.frames else "") + ")",
                self.polarity, self.modality + (f" ('{self.cue}')" if self.cue else ""), self.aspect]
        if self.agent:
            bits.append(f"agent '{self.agent}'")
        if self.theme:
            bits.append(f"theme '{self.theme}'")
        if self.time:
            bits.append(f"time '{self.time}'")
        if self.quantities:
            bits.append(f"quantities {', '.join(self.quantities)}")
        return "; ".join(bits)


def _aspect(sent: Sentence, i: int, a: int, tag: str, record: bool = True) -> str:
    before = [t.lower for t in sent.tokens[max(a, i - 4):i]]
    near = before[-2:]
    if record and tag in ("VB", "VBP") and (record_infinitive(sent, a, i) or implied_by(sent, i)):
        return "done"  # 'the first … to land', 'managed to land', 'was enough for them to take
    # ("Hints He'll Resign": a contracted 'will' on its pronoun)
    if any(w in FUTURE or w.endswith("'ll") for w in before) or (before and before[-1] == "to" and not any(w in AUX_PERFECT for w in near)) \
            or unrealised_plan(before) or (before and before[-1].endswith("ly") and after_to(sent, i) is not None):
        return "future"  # (and a split infinitive, 'to formally cut': infinitive_forecasts.py)
    if any(w in ("going",) for w in before[-3:]) and "to" in before:
        return "future"
    if tag == "VBG":
        if after_gerund(sent, i) or result_participle(sent, i) or means_gerund(sent, i) is not None \
                or way_gerund(sent, i) is not None or ruling_gerund(sent, i):  # 'issued a ruling … confirming'
            return "done"
        return "ongoing" if any(w in AUX_PAST for w in near) else "unknown"
    if tag in ("VBD", "VBN"):
        if before and (before[-1] == "be" or tag == "VBN" and before[-1] == "being" and "to" in before):
            return "future"  # 'to be signed', 'requested that it be postponed': not reported as done
        if object_participle(sent, i) or sought_outcome(sent, i) or kind_participles.kind_participle(sent, i):
            return "unknown"  # 'to pass the … bill passed late last year': the noun's history; 'prospect of getting them passed'
        return "ongoing" if progressive_passive(sent, i) else "done"  # 'still being finalized': under way
    if sent.headline or deck_lines.deck_line(sent, i):
        return "done"  # headline present reports a past event, and so does a deck line's ('Court shortens …')
    if caption_dated(sent):
        return "done"  # a photo caption's present, dated ', Wednesday, March 12, 2008,'
    return "present"


_GOVERNING_ADJ = frozenset({"due", "set", "poised", "likely", "expected", "scheduled", "planned", "tipped"})
_FORECASTING = frozenset({"poised", "likely", "expected", "tipped"})


_NOUN_MARKERS = (PREPOSITIONS | DETERMINERS) - {"that"}  # a word after one of these is a noun


def _governing(sent: Sentence, a: int, i: int) -> tuple[str, str] | None:
    """The modality a word before token i in its clause gives it: a governing verb or adjective
    ('demanded that they hand over', 'agreed to begin', 'tipped to win', 'waiting to be
    signed'), a modal, or a conditional."""
    found: list[tuple[int, str, str]] = []
    for j in range(max(a, i - 8, closed_aside(sent, max(a, i - 8), i), participial_asides.closed_before(sent, max(a, i - 8), i)), i):
        t = sent.tokens[j]
        if on_course(sent, j, i):
            found.append((j, "expected", t.text))  # 'on track to close in the second quarter', 'close to announcing'
            continue
        if j > 0 and sent.tokens[j - 1].lower in _NOUN_MARKERS:
            continue  # 'in favor of the cut': a noun, not a governing verb
        if is_noun(t.lower) and verb_lemmas(t.lower) and verb_at(sent, j) is None and t.lower not in _GOVERNING_ADJ \
                and not (sent.tokens[j + 1].lower == "to" and j + 2 == i):
            continue  # 'accept a contract offer': the noun 'offer', not the verb (but 'vows to top', 'plans to build' govern)
        lems = t.lemmas
        for kind in _MODALITY_ORDER:
            words = MODALITY.get(kind, frozenset())
            if kind == "hypothetical":
                if t.lower in words and not the_month(sent, j):
                    found.append((j, kind, t.text))
                continue
            if lems & words and t.lower not in MODALITY["planned_before_to"] or (  # 'set to', 'determined to have … passed'
                    kind == "planned" and t.lower in MODALITY["planned_before_to"] and j + 1 < i and sent.tokens[j + 1].lower == "to"):
                found.append((j, kind, t.text))
    intent = _intent_noun(sent, a, i)
    if intent is not None:
        found.append(intent)
    if not found:
        return None
    # the nearest governing word wins over an earlier one, but a denial or demand anywhere counts
    for kind in ("denied", "demanded"):
        hit = next((f for f in found if f[1] == kind), None)
        if hit:
            return hit[1], hit[2]
    j, kind, text = max(found)
    return kind, text


def _intent_noun(sent: Sentence, a: int, i: int) -> tuple[int, str, str] | None:
    """'ending its 20-month attempt to complete the deal', 'its offer to buy': a noun of an aim,
    an attempt or a plan right before 'to' + the verb at i takes the act as what it aims at
    (frames.json 'intent_nouns'); not after 'successful' ('a successful bid to host')."""
    j = i - 2
    if j < a or sent.tokens[i - 1].lower != "to":
        return None
    kind = INTENT_NOUNS.get(sent.tokens[j].lower)
    if kind is None or any(t.lower in ("successful", "successfully") for t in sent.tokens[max(a, j - 3):j]):
        return None
    return j, kind, sent.tokens[j].text


def _polarity(sent: Sentence, a: int, i: int) -> str | None:
    near = approximated(sent, i)  # 'virtually secured': a near miss, not the act
    if near:
        return near
    aside = closed_aside(sent, max(a, i - 8), i)  # ', who repeatedly denied any wrongdoing, has been dismissed'
    for k in range(max(a, i - 6, aside), i):
        if negator_scopes(sent, k, i):
            return sent.tokens[k].text
    window = " " + " ".join(t.lower for t in sent.tokens[max(a, i - 8, aside):i]) + " "
    return next((p for p in NEGATING_PHRASES if f" {p} " in window), None)


def _theme(sent: Sentence, i: int, b: int, verbs: set[int]) -> tuple[int, int]:
    end = i + 1
    while end < b and end not in verbs and end - i <= 8 and sent.tokens[end].text not in (",", ";", ":", "—"):
        end += 1
    return i + 1, end


def _quantities(sent: Sentence, a: int, b: int) -> tuple[str, ...]:
    out = []
    for k in range(a, b):
        w = sent.tokens[k].lower
        if w[:1].isdigit() or w[:1] in "$€£" or (w in NUMBER_WORDS and w not in ("a", "an", "several", "few")):
            unit = sent.tokens[k + 1].text if k + 1 < len(sent.tokens) and sent.tokens[k + 1].lower.isalpha() else ""
            out.append(f"{sent.tokens[k].text} {unit}".strip())
    return tuple(out)


def _modality(sent: Sentence, a: int, i: int, frames: tuple[str, ...], aspect: str) -> tuple[str, str | None, str]:
    policy = set(frames) & POLICY_FRAMES or sent.tokens[i].lemmas & (LEVEL_CHANGE_VERBS | DECISION_VERBS)
    if aspect == "future" and policy and i > 0 and sent.tokens[i - 1].lower == "to" and any(
            t.lemmas & DECIDING and t.lower.endswith("ed") and not turned_against(sent, k, i - 1, False)
            for k, t in enumerate(sent.tokens[max(a, i - 8):i - 1], start=max(a, i - 8))):
        return "asserted", None, "done"  # "voted 7-2 on Tuesday to approve": deciding is doing (not 'voted against …')
    if aspect == "future" and (vote_decides(sent, a, i) or voted_to(sent, i, sent.tokens[i].lemmas)):
        return "asserted", None, "done"  # "members voted Monday to accept the offer and end their strike"
    if aspect == "future" and "win" in frames and i > 1 and sent.tokens[i - 1].lower == "to" and any(
            t.lemmas & DEFEAT_VERBS and (sent.headline or verb_at(sent, k) and verb_at(sent, k)[1] in ("VBD", "VBN"))
            for k, t in enumerate(sent.tokens[max(a, i - 8):i - 1], start=max(a, i - 8))):
        return "asserted", None, "done"  # "Eagles top Chiefs to win Super Bowl": the win is the result
    means = means_gerund(sent, i)
    if means is not None:
        aspect = "done"  # 'responded to calls for … by cutting': the means of a past act, governed by what precedes that act
    gov = _governing(sent, a, i if means is None else means)
    kind, cue = gov if gov else (None, None)
    if kind == "planned" and set(frames) & POLICY_FRAMES and any(
            t.text == cue and t.lemmas & DECIDING for t in sent.tokens[a:i]):
        return "asserted", None, "done"  # "agreed to delay the tariffs": deciding is doing
    if kind == "hypothetical" and cue and cue.lower() == "would" and any(
            t.lower in ("said", "told", "announced", "confirmed") for t in sent.tokens[:i]):
        kind = "planned"  # "said it would deliver its ruling on May 28": a reported plan
    if kind:
        return kind, cue, ("future" if kind in ("planned", "expected", "demanded", "attempted", "pending")
                           and aspect != "done" else aspect)
    low = sent.lower_text
    if any(f" {w} " in low for w in ("said", "says", "told", "reportedly", "according")):
        return "reported", None, aspect
    return "asserted", None, aspect


def _clause_done(sent: Sentence, a: int, b: int, i: int, policy: bool = False) -> tuple[str, str | None]:
    """Aspect of an event noun at i from the nearest verb of its clause that is not a reporting
    verb ('talks concluded', 'the shutdown that began on Wednesday', 'completed its first
    deployment'); a verb that never reports an event ('an agreement remained out of reach')
    leaves it a state."""
    copula = _copula_aspect(sent, a, i)
    if copula is not None:
        return copula
    best: tuple[int, tuple[bool, bool, int], str, str] | None = None
    for j in range(a, b):
        if j == i:
            continue
        v = verb_at(sent, j)
        if v is None or v[0] in SKIP_VERBS or v[0] in REPORTING and not (policy and v[0] == "announce" and j < i):
            continue  # for a policy, announcing it is doing it ('announced a 90-day pause')
        if j > i and any(t.lower in RELATIVES for t in sent.tokens[i + 1:j]):
            continue  # '… visit to Germany, where the two discussed': another event's verb
        # a participle with no auxiliary ('the powers underlying the levies') modifies a noun:
        # the clause's finite verb comes first
        asp = _aspect(sent, j, a, v[1], record=False)  # 'the first country to ratify the treaty' dates no noun
        rank = (v[0] in NON_EVENT_PREDICATES, asp == "unknown", abs(j - i))
        if best is None or rank < best[1]:
            best = (j, rank, v[0], asp)
    if best is None:
        return "unknown", None
    j, _, lemma, asp = best
    if lemma in NON_EVENT_PREDICATES:
        return "state", sent.tokens[j].text
    return asp, sent.tokens[j].text


_COPULA_PAST = frozenset({"was", "were"})
_COPULA_PRESENT = frozenset({"is", "are", "am"})
_COPULAS = frozenset({"be", "been", "being"}) | _COPULA_PAST | _COPULA_PRESENT


def _copula_aspect(sent: Sentence, a: int, i: int) -> tuple[str, str] | None:
    """For an event noun at i that is the complement of 'be' ('It will be the Nuri's third
    launch', 'is set to be the first launch', 'was the second flight'): the aspect of the
    copula, which says whether the noun's event is to come, is or was; None when the noun is
    not a copula's complement."""
    k = i - 1
    while k >= a and i - k <= 6:
        t = sent.tokens[k]
        if t.lower in _COPULAS:
            break
        words = t.lower.replace("-", "")
        noun_phrase = t.lower in DETERMINERS or t.lower.endswith(("'s", "\u2019s")) or words.isdigit() or (
            words.isalpha() and t.lower not in PREPOSITIONS | RELATIVES | {"to", "and", "or", "not"}
            and verb_at(sent, k) is None)
        if not noun_phrase:
            return None
        k -= 1
    else:
        return None
    cop = sent.tokens[k].lower
    before = [t.lower for t in sent.tokens[max(a, k - 3):k]]
    if cop == "be" and any(w in FUTURE | MODALS | {"to", "going"} for w in before):
        return "future", sent.tokens[k].text
    if cop in _COPULA_PAST or cop == "been" and any(w in AUX_PERFECT for w in before):
        return "done", sent.tokens[k].text
    if cop == "being":
        return "ongoing", sent.tokens[k].text
    if cop in _COPULA_PRESENT:
        return "present", sent.tokens[k].text
    return None


def _planned_by(sent: Sentence, a: int, b: int, i: int) -> str | None:
    """For an event noun at i: the verb governing it, when that verb makes it an event still to
    come ('approved fresh elections', 'delayed the launch', 'the launch was postponed'): the
    nearest verb before it in its clause (at most four words back), or the verb right after it
    (auxiliaries aside), with no other verb in between."""
    for j in range(i - 1, max(a, i - 5) - 1, -1):
        v = verb_at(sent, j)
        if v is None or v[0] in SKIP_VERBS:
            continue
        if v[0] in PLANNING_PREDICATES:
            return sent.tokens[j].text
        break
    k = _after_modifier(sent, i, b)
    for j in range(k, min(b, k + 3)):
        if sent.tokens[j].lower in AUX_PAST | {"not", "also", "again"}:
            continue
        v = verb_at(sent, j)
        past = v is not None and (v[1] in ("VBD", "VBN") or sent.headline and v[1] == "VBZ")
        return sent.tokens[j].text if past and v[0] in PLANNING_PREDICATES else None
    return None


def _after_modifier(sent: Sentence, i: int, b: int) -> int:
    """The token after the noun at i and a prepositional phrase that modifies it ('the maiden
    launch of the Eris rocket was scrubbed', 'The launch on Wednesday was cancelled': the verb
    after the phrase is the launch's; past ', planned for Saturday,' too: participial_asides)."""
    if (past := participial_asides.after(sent, i, b)) is not None:
        return past
    if i + 1 >= b or sent.tokens[i + 1].lower not in PREPOSITIONS - {"than"}:
        return i + 1
    for k in range(i + 2, min(b, i + 9)):
        if sent.tokens[k].lower in AUX_PAST or verb_at(sent, k) is not None and sent.tokens[k - 1].lower not in DETERMINERS:
            return k  # (a participle after a determiner is an adjective: 'of a manned SpaceX rocket')
        if not sent.tokens[k].text.isalnum() and not sent.tokens[k].lower.endswith(("'s", "\u2019s")):
            return i + 1
    return i + 1


OBJECT_SLOT = 10  # words a phrase's object slot ('*') may hold
_SLOT_ENDS = frozenset({".", ";", ":", "and", "but", "which", "who", "that", "while"})  # an object ends before these


def phrase_positions(sent: Sentence, phrases: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """Where multi-word phrases occur: (start, end, phrase). The first word matches by lemma
    ('swore in', 'sworn in'), the rest as written, with up to two words in between ('sat down
    on Tuesday with'); a '*' in the phrase is its verb's object, up to OBJECT_SLOT words ('bring *
    into force': 'bring the U.K.'s prudential regime for investment companies into force')."""
    out = []
    words = [t.lower for t in sent.tokens]
    for phrase in phrases:
        first, *rest = phrase.split()
        for i, t in enumerate(sent.tokens):
            if first not in t.lemmas and t.lower != first:
                continue
            k, ok, gap, tail = i + 1, True, 0, False
            for w in rest:
                if w == "*":
                    gap = OBJECT_SLOT
                    continue
                reach = k + 1 if tail else k + 3 + gap  # a slot's tail stands together ('voted X in as', not 'voted in favour as')
                nxt = next((m for m in range(k, min(reach, len(words))) if words[m] == w or w in sent.tokens[m].lemmas), None)
                if nxt is None or gap and any(words[m] in _SLOT_ENDS for m in range(k, nxt)):
                    ok = False
                    break
                k, tail, gap = nxt + 1, tail or bool(gap), 0
            if ok:
                out.append((i, k, phrase))
    return out


def _phrase_hits(sent: Sentence) -> list[tuple[int, int, str, tuple[str, ...]]]:
    """Multi-word phrases of the lexicon in the sentence: (start, end, phrase, frames). Only the
    phrases whose first word the sentence has (as written or as a lemma) are looked for."""
    present = {t.lower for t in sent.tokens}.union(*(t.lemmas for t in sent.tokens))
    out = []
    for k in sorted({k for w in present & _PHRASE_FRAMES.keys() for k in _PHRASE_FRAMES[w]}):
        frame, firsts = _FRAME_PHRASES[k]
        phrases = tuple(p for p, first in firsts if first in present)
        out.extend((i, end, phrase, (frame.name,)) for i, end, phrase in phrase_positions(sent, phrases))
    return out


# the lexicon's frames in order, each with its phrases' first words; and for a first word, the
# frames (by position) that have a phrase starting with it: a sentence looks only at those
_FRAME_PHRASES = tuple((frame, tuple((p, p.split(None, 1)[0]) for p in frame.phrases)) for frame in FRAMES.values())
_PHRASE_FRAMES: dict[str, frozenset[int]] = {}
for _k, (_frame, _firsts) in enumerate(_FRAME_PHRASES):
    for _p, _first in _firsts:
        _PHRASE_FRAMES[_first] = _PHRASE_FRAMES.get(_first, frozenset()) | {_k}


def read(sent: Sentence) -> tuple[Mention, ...]:
    """The event mentions of a sentence (cached on the sentence)."""
    cached = sent.__dict__.get("_mentions")
    if cached is not None:
        return cached
    out: list[Mention] = []
    verbs: dict[int, tuple[str, str]] = {}
    for i in range(len(sent.tokens)):
        v = verb_at(sent, i)
        if v and v[0] not in SKIP_VERBS:
            verbs[i] = v
    phrases = {i: (end, phrase, frames) for i, end, phrase, frames in _phrase_hits(sent)}
    vset = set(verbs)
    for i, tok in enumerate(sent.tokens):
        a, b = sent.clause_of(i)
        if i in phrases:
            end, phrase, frames = phrases[i]
            tag = verbs[i][1] if i in verbs else (verb_tag(tok.lower, next(iter(tok.lemmas & {phrase.split()[0]}), tok.lower)) or "VB")
            out.append(_mention(sent, i, a, b, phrase.split()[0], " ".join(t.text for t in sent.tokens[i:end]),
                                "phrase", frames, tag, vset))
        elif i in verbs:
            lemma, tag = verbs[i]
            out.append(_mention(sent, i, a, b, lemma, tok.text, "verb", frames_of_verb(lemma), tag, vset))
        elif tok.lemmas & EVENT_NOUNS and tok.lower.isalpha():
            lemma = sorted(tok.lemmas & EVENT_NOUNS)[0]
            out.append(_mention(sent, i, a, b, lemma, tok.text, "nominal", frames_of_noun(lemma), None, vset))
    result = tuple(out)
    sent.__dict__["_mentions"] = result
    return result


def nominal(sent: Sentence, i: int) -> Mention:
    """A mention of the event named by the noun at token i ('its first double dissent'), for a
    word the market's act makes an event word even where the lexicon does not."""
    a, b = sent.clause_of(i)
    lemma = sorted(sent.tokens[i].lemmas)[0]
    return _mention(sent, i, a, b, lemma, sent.tokens[i].text, "nominal", frames_of_noun(lemma), None, set())


def _mention(sent: Sentence, i: int, a: int, b: int, lemma: str, form: str, kind: str,
             frames: tuple[str, ...], tag: str | None, verbs: set[int]) -> Mention:
    if tag is None and (j := announcing_verb(sent, i)) is not None and (v := verb_at(sent, j)) is not None:
        aspect = _aspect(sent, j, a, v[1], record=False)  # 'announced an agreement to normalize ties': the announcing verb's
    elif tag is None:
        aspect, _ = _clause_done(sent, a, b, i, policy=bool(set(frames) & POLICY_FRAMES)
                                 or sent.tokens[i].lower in PERFORMATIVE_NOUNS or told_immediate(sent, i))
    else:
        aspect = _aspect(sent, i, a, tag)
    neg = _polarity(sent, a, i)
    modality, cue, aspect = _modality(sent, a, i, frames, aspect)
    planner = _planned_by(sent, a, b, i) if tag is None and modality in ("asserted", "reported") else None
    if planner:
        modality, cue, aspect = "planned", planner, "future"
    if sent.tokens[i].lower in _GOVERNING_ADJ and i + 2 < len(sent.tokens) and sent.tokens[i + 1].lower == "to" \
            and sent.tokens[i + 2].lower.isalpha():  # 'is set to touch down': the governor of the act, not 'set' done
        modality, cue, aspect = ("expected" if sent.tokens[i].lower in _FORECASTING else "planned"), sent.tokens[i].text, "future"
    if neg and neg.lower() in ("denied", "denies", "rejected", "rejects"):
        modality, cue = "denied", neg
    if (question := asked(sent, i)) and modality in ("asserted", "reported"):
        modality, cue = "hypothetical", question  # 'Will X win the Palme d'Or?': asked, not asserted
    if modality in ("asserted", "reported") and (held := unasserted_scope(sent, i)):
        modality, cue = held  # 'It is not yet clear whether …', 'denied reports that …', 'claimed to have …'
    ts, te = _theme(sent, i, b, verbs)
    # the last four words that may name the doer, read backwards from i (a long clause costs no more)
    agent_words = list(islice((t.text for t in map(sent.tokens.__getitem__, range(i - 1, a - 1, -1))
                               if t.lower not in _NOT_AGENT and t.lower.isalpha()), 4))[::-1]
    return Mention(
        index=i, predicate=lemma, form=form, kind=kind, frames=frames,
        polarity="negative" if neg else "positive", modality=modality, aspect=aspect,
        cue=neg if neg and modality != "denied" else cue,
        agent=" ".join(agent_words), theme=" ".join(t.text for t in sent.tokens[ts:te]),
        theme_span=(ts, te), quantities=_quantities(sent, ts, te),
    )


def anchored(mentions: tuple[Mention, ...], sent: Sentence, spans) -> tuple[Mention, ...]:
    """Mentions with the time expression of their clause (nearest one) as anchor text."""
    if not spans:
        return mentions
    out = []
    for m in mentions:
        a, b = sent.clause_of(m.index)
        lo = sent.tokens[a].start
        hi = sent.tokens[b - 1].start + len(sent.tokens[b - 1].text) if b > a else lo
        same = [s for s in spans if lo <= s.pos <= hi]
        pos = sent.tokens[m.index].start
        best = min(same or spans, key=lambda s: abs(s.pos - pos))
        out.append(replace(m, time=best.text))
    return tuple(out)


def about(m: Mention, sent: Sentence, object_idx: list[int]) -> bool:
    """The mention takes the market's object as a participant (in its theme, or as its subject
    in a passive or intransitive report), not as a modifier of another noun ('treaty talks')."""
    if m.index in object_idx:
        return True  # the object names the event itself ('a rate cut': 'has cut')
    for k in object_idx:
        nxt = sent.tokens[k + 1].lower if k + 1 < len(sent.tokens) else ""
        if nxt.isalpha() and is_noun(nxt) and nxt not in PREPOSITIONS | DETERMINERS | PRONOUNS:
            continue  # 'treaty talks', 'CEO search': a modifier
        if m.theme_span[0] <= k < m.theme_span[1]:
            return True
        a, _ = sent.clause_of(m.index)
        if m.kind != "nominal" and a <= k < m.index:
            return True  # the object is the subject of a verb ('the booster … splashed down')
    return False
