"""State ended: for a 'stays true until' market ("Will the shutdown last through …?", "Will X
remain president through …?"), a sentence reporting the state as over before the deadline →
toward no. The readings: an ending verb in the past ('ended', 'resigned', 'ousted'); an ending
phrase ('the unbeaten run came to an end'); the holder announcing or tendering an ending noun
('announced his resignation', 'declared an exit from the partnership'); a purpose clause after
a past going or meeting ('arrived at the palace … to formally resign as Prime Minister'); and
the body that decides naming a successor ('named X to replace CEO Y'). Word lists beyond
lexicon.ENDING_VERBS are data (`resolver/data/endings.json`)."""

from __future__ import annotations

import re
from dataclasses import replace

from .. import agreed_departures, blocked_measures, dismissal_nouns, dropped_measures, announced_endings, arrived_elsewhere, caretaker, ceased_roles, confidence_votes, custody_taken, decided_endings, \
    end_to, \
    ending_events, former_titles, headline_dismissals, held_off_endings, immediate_endings, lapsing_measures, late_endings, level_change, named_removals, named_successors, official_endings, performatives, \
    reduced_penalties, renamed_names, restored_things, successors, truce_breach, unbeaten_endings
from ..status_endings import annulled as _annulled, decided_dismissal as _decided_dismissal, \
    other_holder as _other_holder, future_in as _future_in, holder_in as _holder_in, \
    passive as _passive, released as _released
from ..analysis import MarketContext, SentenceFacts, analyse, aspect, event_time, negation
from ..lexicon import ENDING_VERBS, OFFICES, STATE_NOUNS, STEADY_COMPLEMENTS, TENURE_NOUNS
from ..settings import EngineSettings
from ..text import conditional_clause
from ..timex import runs_past
from ..types import Contribution
from ..word_class import PREPOSITIONS
from . import hedged
from .base import cite
from ..packaged import load_json
from ..taken_privileges import taken_privilege

NAME = "state_ended"
_DATA = load_json("endings.json")
PHRASES = tuple(_DATA["phrases"])
NOUNS = frozenset(_DATA["nouns"])
ANNOUNCE = frozenset(_DATA["announce_verbs"])
PURPOSE = frozenset(_DATA["purpose_verbs"])
FORMAL = frozenset(_DATA["formal_verbs"])
ABBREVIATIONS = dict(_DATA["abbreviations"])
DISMISSAL = frozenset(_DATA["dismissal_verbs"])
SENSES = {k: v for k, v in _DATA["senses"].items() if k != "about"}
HALTING = frozenset(_DATA["halted_states"]["verbs"])
RESTARTS = frozenset(_DATA["halted_states"]["restart_verbs"])
PARTS = frozenset(_DATA["parts"]["nouns"])
DOER_VERBS = frozenset(_DATA["state_as_doer"]["verbs"])
NOT_OBJECTS = frozenset(_DATA["state_as_doer"]["not_objects"])
_HALTED = re.compile(r"\b(?:remain|remains|stay|stays|be|kept|keep)\s+(?:\w+\s+)?(?:"
                     + "|".join(_DATA["halted_states"]["states"]) + r")\b", re.I)
# criteria that make tendering a resignation the end ('does not tender its resignation'), or announcing it ('If
# he resigns, is removed, or announces his resignation before that date')
_FORMAL_IN_CRITERIA = re.compile(r"\b(?:" + "|".join(sorted(FORMAL)) + r")\w*\s+(?:in\s+)?(?:its|his|her|their|a)\s+resignation"
                                 r"|\bannounces\s+(?:its|his|her|their)\s+resignation")


# Verbs by which the holder of a state ends it himself; with the holder as subject they need no
# state noun ("President Joe Biden on Sunday dropped out of the 2024 presidential race").
SELF_ENDING = frozenset({"resign", "quit", "withdraw", "abdicate", "die", "drop", "step", "concede", "suspend",
                         "exit", "leave", "retire"})


def _holder_is_subject(ctx: MarketContext, f: SentenceFacts, a: int, i: int) -> bool:
    """An actor of the market is named before token i in its clause, not as the owner of another
    person ("Turnbull's challenger, Peter Dutton, resigned": the challenger is the one who left)."""
    before = f.sent.text[f.sent.tokens[a].start:f.sent.tokens[i].start]
    return any(p.search(before) and not _POSSESSED_PERSON.match(before, m.end())
               for p in ctx.actor_patterns.values() for m in p.finditer(before))


# the holder's possessive before a noun for a person ('Turnbull's challenger', 'Biden's chief of staff')
_POSSESSED_PERSON = re.compile(r"\s*['’]s?\s+(?:\w+\s+){0,2}?(?:" + "|".join(_DATA["possessed_persons"]["words"]) + r")\b", re.I)

# 'since Oct. 1, when the current contract expired': a clause of its own, with a subject of its own
_SUBORDINATORS = frozenset(_DATA["subordinators"]["words"])


def _other_name_subject(ctx: MarketContext, f: SentenceFacts, a: int, i: int) -> bool:
    """A name right before the self-ending verb at token i is its subject, and no market actor:
    'Wells Fargo director Jane Doe retires' (the company named before her is no holder)."""
    toks = f.sent.tokens
    k = i
    while k > a and toks[k - 1].text[:1].isupper() and toks[k - 1].text.isalpha():
        k -= 1
    if i - k < 2 or (f.sent.headline and k == a):
        return False  # one word, or a title-case headline all capitalised
    return not any(p.search(f.sent.text[toks[k].start:toks[i].start]) for p in ctx.actor_patterns.values())


def _other_subject(ctx: MarketContext, f: SentenceFacts, i: int) -> bool:
    """The ending verb at token i has a subject of its own right before it, led by a subordinating
    word ('when the current contract expired'), and that subject is neither the state, nor the
    holder: another thing ended, not the state asked about."""
    toks = f.sent.tokens
    k = i - 1
    while k >= 0 and i - k <= 5 and toks[k].lower not in _SUBORDINATORS and toks[k].text.isalpha():
        k -= 1
    if k < 0 or i - k < 2 or toks[k].lower not in _SUBORDINATORS or toks[k + 1].lower not in ("the", "a", "an", "its", "their", "his", "her"):
        return False
    subject = f.sent.text[toks[k + 1].start:toks[i].start]
    return not any(k < n < i for n in f.object_idx) and not any(t.lemmas & STATE_NOUNS for t in toks[k + 1:i]) \
        and not any(p.search(subject) for p in ctx.actor_patterns.values())


def _holder_after(ctx: MarketContext, f: SentenceFacts, i: int, b: int) -> bool:
    """The holder named right after token i ('have sacked Erik ten Hag')."""
    end = f.sent.tokens[min(b, i + 5) - 1]
    return _holder_in(ctx, f.sent.text[f.sent.tokens[i].start + len(f.sent.tokens[i].text):end.start + len(end.text)])


def _holders_other(ctx: MarketContext, f: SentenceFacts, i: int) -> bool:
    """The holder named after token i owns another ('fired Michael Woodford's deputy')."""
    after = f.sent.text[f.sent.tokens[i].start:f.sent.tokens[min(len(f.sent.tokens), i + 6) - 1].start + 40]
    return any(re.match(r"['’]s\b", after[m.end():]) for p in ctx.actor_patterns.values() for m in p.finditer(after))


def _holder_before(ctx: MarketContext, f: SentenceFacts, i: int) -> bool:
    """An actor of the market is named before token i in the sentence."""
    return any(p.search(f.sent.text[:f.sent.tokens[i].start]) for p in ctx.actor_patterns.values())


def other_office(ctx: MarketContext, f: SentenceFacts, i: int) -> bool:
    """'resigns as Conservative Party leader' for a market on the office of prime minister, 'were
    dismissed from their positions as ZANU-PF party leaders' for one on the presidency: the holder
    gave up another role ('as' + an office that is not the market's, after the verb or after
    'from' and the post it names)."""
    toks = f.sent.tokens
    _, b = f.sent.clause_of(i)
    reach = i + 6 if i + 1 < len(toks) and toks[i + 1].lower == "from" else i + 4
    for k in range(i + 1, min(b, reach)):
        if toks[k].lower == "as":
            words = " ".join(ABBREVIATIONS.get(t.lower, t.lower) for t in toks[k + 1:min(b, k + 6)])
            # both sides spelled out alike: 'as Yahoo's CEO' is the market's 'CEO' ('chief executive')
            terms = [ABBREVIATIONS.get(t, t) for t in ctx.target.object_terms + (ctx.target.object or "").lower().split()]
            market = " ".join(terms)
            return any(o in words and o not in market for o in OFFICES) and not any(t in words for t in terms)
    return False


def _from_other(ctx: MarketContext, f: SentenceFacts, i: int, b: int, reach: int = 3) -> bool:
    """'was removed from the party's candidate list', 'disqualified Zuma from the election': a
    dismissal from something that is neither the office nor a state noun ('from office', 'from
    power', 'from his post'); `reach` words after the verb ('from' after the holder's name)."""
    toks = f.sent.tokens
    k = next((k for k in range(i + 1, min(b, i + reach)) if toks[k].lower == "from"), None)
    if k is None:
        return False
    words = toks[k + 1:min(b, k + 5)]
    terms = {t.lower() for t in ctx.target.object_terms}
    text = " ".join(ABBREVIATIONS.get(t.lower, t.lower) for t in words)
    return not any(t.lemmas & STATE_NOUNS or t.lower in terms for t in words) \
        and not any(re.search(rf"\b{re.escape(o)}\b", text) for o in OFFICES)


def _office_state(ctx: MarketContext) -> bool:
    """The state is holding an office ('remain President of Malawi'): it ends when the holder
    leaves it (resigns, is removed, a successor takes office), not when he loses a race for it."""
    state = " ".join(ctx.target.object_terms) + " " + (ctx.target.object or "").lower()
    return any(re.search(r"\b" + re.escape(o) + r"\b", state) for o in OFFICES)


def _steady_complement(f: SentenceFacts, i: int) -> str | None:
    """'has left the interest rate unchanged', 'leaving the sentence intact': a complement that
    keeps the verb's object as it was (lexicon.STEADY_COMPLEMENTS), within a few words after the
    verb in its clause, makes the verb one of keeping, not of ending."""
    _, b = f.sent.clause_of(i)
    end = next((k for k in range(i + 1, min(b, i + 8)) if f.sent.tokens[k].text in (",", ";", ":")), min(b, i + 8))
    window = " " + " ".join(t.lower for t in f.sent.tokens[i + 1:end]) + " "
    return next((w for w in STEADY_COMPLEMENTS if f" {w} " in window), None)


def _past_of_object(f: SentenceFacts, i: int, verbs: frozenset[str]) -> bool:
    """'ending the formal Coalition in place since the 1980s': a steady word followed by 'since' tells
    what the object had been, not what the verb left it (only 'leave' takes such a result: 'has left
    rates unchanged since March' keeps them)."""
    if "leave" in verbs:
        return False
    word = _steady_complement(f, i)
    return f" {word} since " in " " + " ".join(t.lower for t in f.sent.tokens[i + 1:i + 12]) + " "


def _ending_sense(f: SentenceFacts, i: int, verbs: frozenset[str], office: bool = False) -> bool:
    """The ending verb at token i is used in its ending sense: not in parentheses (a caption's
    '(left)'), not followed by a word that gives it another sense ('fallen behind', 'ended up'),
    not keeping its object steady ('left the rate unchanged'), and with the particle it needs
    ('stepped down', 'dropped out')."""
    toks = f.sent.tokens
    if 0 < i < len(toks) - 1 and toks[i - 1].text == "(" and toks[i + 1].text == ")":
        return False
    if _steady_complement(f, i) and not _past_of_object(f, i, verbs):
        return False
    nxt = next((t.lower for t in toks[i + 1:i + 3] if not t.lower.endswith("ly")), "")
    for verb in verbs:
        sense = SENSES.get(verb)
        if not sense:
            return True
        if nxt in sense.get("not_before", ()):
            continue
        if any(t.lower in sense.get("not_objects", ()) for t in toks[i + 1:i + 4]):
            continue  # 'dismissed the information as false': a claim rebutted, not a holder removed
        if any(t.lower in sense.get("made_with", ()) for t in toks[max(0, i - 3):i + 4]):
            continue  # 'a first ceasefire concluded but never respected': a pact made, not a state ended
        if any(t.lower in sense.get("results", ()) for t in toks[i + 1:i + 7]) or office and (nxt in sense.get(
                "office_not_before", ()) or any(t.lower in sense.get("office_not_objects", ()) for t in toks[i + 1:i + 4])):
            continue  # 'violence that have left 89 people dead'; for an office, 'troops, who fired live rounds'
        if "needs" in sense and nxt not in sense["needs"]:
            continue
        return True
    return False


def _part_only(f: SentenceFacts, a: int, i: int) -> bool:
    """The state is named before the ending verb only as the whole of a part ('the first phase of
    the ceasefire ended', endings.json 'parts'): the part ended, the state may go on."""
    toks = f.sent.tokens
    named = [k for k in f.object_idx if a <= k < i]
    def part_of(k: int) -> bool:
        # 'phase of the ceasefire', 'phase of the Gaza ceasefire': 'of' within three words before it
        of = next((j for j in range(k - 1, max(a, k - 4), -1) if toks[j].lower == "of"), None)
        return of is not None and of - 1 >= a and bool(toks[of - 1].lemmas & PARTS)
    return bool(named) and all(part_of(k) for k in named)


def _state_as_doer(f: SentenceFacts, a: int, i: int, b: int) -> bool:
    """'Cease-fire Ends 5-day Conflict', 'A cease-fire … came into effect late Saturday, ending five
    days of fighting': the state named before an active ending verb that takes an object of its own
    (endings.json 'state_as_doer'), and not named after it: the state ended something else."""
    toks = f.sent.tokens
    if not toks[i].lemmas & DOER_VERBS or _passive(f, i) or any(i < k < b for k in f.object_idx):
        return False
    if not any(k < i for k in f.object_idx) or not any(a <= k < i for k in f.object_idx) and not toks[i].lower.endswith("ing"):
        return False
    nxt = next((t for t in toks[i + 1:b] if not t.lower.endswith("ly")), None)
    return nxt is not None and (nxt.text.isalpha() or nxt.text.isdigit() or "-" in nxt.text) \
        and nxt.lower not in PREPOSITIONS and nxt.lower not in NOT_OBJECTS


def _verb_ending(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    # a state that is itself a halt ('remain closed'): a halting verb reports it, not its end
    halted = HALTING if _HALTED.search(ctx.market.question) else frozenset()
    restarts = RESTARTS if halted else frozenset()  # 'the Colonial Pipeline restarted its flow' ends 'remain shut'
    for i, tok in enumerate(f.sent.tokens):
        verbs = tok.lemmas & (ENDING_VERBS | DISMISSAL | restarts) - halted
        if not verbs or tok.text[:1].isupper() and not f.sent.headline:
            continue
        asp = aspect(f.sent, i, sorted(verbs)[0])
        # "ending the shutdown" after a past main verb reads as done, too
        participle = tok.lower.endswith("ing") and asp not in ("future", "hedged") and any(aspect(f.sent, k, None) == "past" or f.sent.headline
                                                        for k in range(len(f.sent.tokens)))
        # 'New york jets fire coach robert saleh': a lower-case headline's dismissal verb read as a noun
        told = asp == "noun" and bool(verbs & DISMISSAL) and headline_dismissals.lower_case_headline_verb(f, i)
        if asp != "past" and not participle and not told and not (verbs & DISMISSAL and _decided_dismissal(f, i)):
            continue
        if negation(f, i) or conditional_clause(f.sent, i) or not _ending_sense(f, i, verbs, _office_state(ctx)):
            continue
        if held_off_endings.ending_object(f, i):
            continue  # 'suspended his shock resignation': the verb acts on the ending, not on the state
        if verbs & DISMISSAL and taken_privilege(f, i, ctx.market.question):
            continue  # 'stripped of immunity', 'remove Perez Molina's immunity': a privilege taken, not the office
        a, b = f.sent.clause_of(i)
        if told and not (_holder_after(ctx, f, i, b) and _holder_is_subject(ctx, f, a, i)):
            continue  # the holder named after the verb, the market's other party before it
        clause = f.sent.tokens[a:b]
        names_state = any(k in f.object_idx for k in range(a, b)) or any(t.lemmas & STATE_NOUNS for t in clause)
        before = f.sent.text[f.sent.tokens[a].start:tok.start]
        names_state = names_state or any(t.lemmas & TENURE_NOUNS for t in f.sent.tokens[a:i]) and _holder_in(ctx, before)
        if verbs == {"concede"} and _office_state(ctx):
            continue  # conceding an election ends a race, not a term of office: the successor takes office later
        holder = _holder_is_subject(ctx, f, a, i) and bool(verbs & SELF_ENDING) and not _other_name_subject(ctx, f, a, i)
        if verbs == {"disqualify"} and _from_other(ctx, f, i, b, 9):
            continue  # 'disqualified Prime Minister X from contesting the election' (not 'ousted … from the capital')
        holder = holder or bool(verbs & DISMISSAL) and _holder_after(ctx, f, i, b)
        holder = holder or bool(verbs & DISMISSAL) and _passive(f, i) and _holder_is_subject(ctx, f, a, i) \
            and _office_state(ctx) and not _from_other(ctx, f, i, b)  # 'after Malcolm Turnbull was forced out by party rivals'
        names_state = names_state or holder  # "Biden dropped out", "Sunak resigns", "sacked Erik ten Hag"
        # 'The Constitutional Court removed Prime Minister Yingluck …': a dismissal's doer, the holder its object
        dismissed = bool(verbs & DISMISSAL) and not _passive(f, i) and _holder_after(ctx, f, i, b)
        if not names_state or other_office(ctx, f, i) or _other_holder(ctx, f, a, i) and not dismissed \
                or _other_subject(ctx, f, i) and not (dismissed and not _holders_other(ctx, f, i)):
            # ('after the company fired Michael Woodford': the doer is the subject, the holder the verb's object)
            continue  # "lawmakers left Washington" is not the state ending
        if truce_breach.is_truce(ctx) and truce_breach.earlier(f, a, b):
            continue  # 'a previous truce collapsed last week': another truce ended
        if _part_only(f, a, i):
            continue  # 'the first phase of the ceasefire ended': a part of the state, not the whole
        if _state_as_doer(f, a, i, b):
            continue  # 'Cease-fire Ends 5-day Conflict': the state ended something else
        return i, f"'{tok.text}'"
    return None


# A parting by both sides ends the holder's tenure when the holder is named in its clause
# ('Manchester United have parted ways with Erik ten Hag'; not '… with their goalkeeping coach').
PARTING = ("parted ways", "part ways", "parts ways", "parting ways", "parted company", "part company")


def _parting(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    low = f.sent.lower_text
    for phrase in PARTING:
        at = low.find(f" {phrase} ")
        if at < 0:
            continue
        i = low[:at + 1].count(" ") - 1
        a, b = f.sent.clause_of(i)
        if negation(f, i) or conditional_clause(f.sent, i) or _future_in(f, a, i + 1):
            continue
        clause = f.sent.text[f.sent.tokens[a].start:f.sent.tokens[b - 1].start + len(f.sent.tokens[b - 1].text)]
        if _holder_in(ctx, clause):
            return i, f"'{phrase}'"
    return None


def _phrase_ending(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """'Bayer Leverkusen's 51-game unbeaten run came to an end': the holder or the state named
    before an ending phrase in its clause."""
    low = f.sent.lower_text
    for phrase in PHRASES:
        at = low.find(f" {phrase} ")
        if at < 0:
            continue
        i = low[:at + 1].count(" ") - 1
        a, b = f.sent.clause_of(i)
        if negation(f, i) or conditional_clause(f.sent, i):
            continue
        if any(a <= k < i for k in f.object_idx) or _holder_is_subject(ctx, f, a, i):
            return i, f"'{phrase}'"
    return None


def _noun_ending(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """'Prime Minister Dick Schoof announced his resignation', 'Komeito … declared an exit from the
    partnership', 'hand in his resignation': the holder announcing an ending, in the past."""
    toks = f.sent.tokens
    criteria = ctx.market.criteria.lower()
    for i, tok in enumerate(toks):
        if tok.lower not in NOUNS and not (tok.lower in dismissal_nouns.NOUNS and dismissal_nouns.holder_after(ctx, f, i)):
            continue  # ('announced the sack of Manuel Pellegrini')
        for k in range(max(0, i - 4), i):
            verbs = toks[k].lemmas & (ANNOUNCE | FORMAL if tok.lower == "resignation" else ANNOUNCE)  # 'signed his resignation'
            if not verbs or aspect(f.sent, k, sorted(verbs)[0]) != "past" or negation(f, k):
                continue
            if tok.lower == "resignation" and not (verbs & FORMAL or _FORMAL_IN_CRITERIA.search(criteria)):
                continue  # 'announced his resignation': he may stay on until a successor is chosen
            a, b = f.sent.clause_of(k)
            if not (_holder_before(ctx, f, k) or tok.lower in dismissal_nouns.NOUNS) or _future_in(f, a, b) \
                    or conditional_clause(f.sent, k):
                continue
            if other_office(ctx, f, i):
                continue
            return k, f"'{toks[k].text} … {tok.text}'"
    return None


def _purpose_ending(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """'Sunak arrived at Buckingham Palace to meet King Charles to formally resign as UK Prime
    Minister': going to do it, reported in the past, is doing it."""
    toks = f.sent.tokens
    for i, tok in enumerate(toks):
        verbs = tok.lemmas & SELF_ENDING
        if not verbs or i < 2:
            continue
        to = i - 1 if toks[i - 1].lower == "to" else i - 2 if toks[i - 2].lower == "to" and toks[i - 1].lower.endswith("ly") else None
        if to is None or negation(f, i):
            continue
        went = next((k for k in range(to) if toks[k].lemmas & PURPOSE
                     and aspect(f.sent, k, sorted(toks[k].lemmas & PURPOSE)[0]) == "past"), None)
        if went is None or not _holder_before(ctx, f, went) or other_office(ctx, f, i):
            continue
        a, b = f.sent.clause_of(i)
        if _future_in(f, 0, len(toks)) or conditional_clause(f.sent, i):
            continue
        return i, f"'{toks[went].text} … to {tok.text}'"
    return None


# A state of absence from one's role ('remain suspended from his duties', 'stay on leave', 'remain
# in custody'): it ends when the holder goes back to the role or is let out.
_ABSENCE = re.compile(r"\b(?:remain|stay)s?\s+(?:\w+\s+){0,2}?(?:suspended|on\s+leave|sidelined|detained|jailed|"
                      r"imprisoned|in\s+(?:(?-i:[A-Z])\w+\s+)?(?:custody|detention|jail|prison|exile))\b", re.I)
_RETURN = re.compile(r"\b(?:returned|went\s+back|came\s+back)\s+to\s+(?:his|her|their|the|its)\s+(?:\w+\s+)?"
                     r"(?:duties|duty|post|office|job|work|role|position|desk)\b"
                     r"|\b(?:resumed|reassumed)\s+(?:his|her|their|the|its)\s+(?:\w+\s+)?(?:duties|post|office|role|position)\b"
                     r"|\bwas\s+(?:\w+ly\s+)?(?:reinstated|released)\b", re.I)


def _return_ending(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """'Prime Minister Han immediately returned to his duties as acting president' for a market on
    his staying suspended: the holder, named before it, went back to the role, in the past."""
    if not _ABSENCE.search(ctx.market.question):
        return None
    for m in _RETURN.finditer(f.sent.text):
        i = f.sent.token_at(m.start())
        a, _ = f.sent.clause_of(i)
        before = f.sent.text[f.sent.tokens[a].start:m.start()]
        named = any(a <= k < i for k in f.object_idx) or any(p.search(before) for p in ctx.actor_patterns.values())
        if not named or negation(f, i) or conditional_clause(f.sent, i) or _future_in(f, a, i + 1):
            continue
        return i, f"'{m.group(0)}'"
    return None


def _immediate(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """'he has decided to "step down" … effective immediately' (immediate_endings.py): the holder named
    before the verb in its clause, the office his own."""
    for i, wording in immediate_endings.find(f):
        a, _ = f.sent.clause_of(i)
        if _holder_is_subject(ctx, f, a, i) and not other_office(ctx, f, i) and not _other_holder(ctx, f, a, i):
            return i, wording
    return None


def late_ending(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """An ending of the state told as done in the sentence, read as apply reads it (late_endings.py)."""
    return _verb_ending(ctx, f) or _phrase_ending(ctx, f)


def _dated_in_body(ctx: MarketContext, f: SentenceFacts, i: int):
    """The date a body sentence gives the headline's ending ('State of emergency ends in Almaty',
    then 'The state of emergency … has come to an end on January 19'): the first body sentence that
    reports the state over with a date of its own; None when none does (the headline is then dated
    by itself, as any sentence)."""
    if not f.sent.headline or f.nearest_span(i, dating_only=True) is not None:
        return None
    for g in analyse(ctx, f.article):
        if g.sent.headline or not (g.actors or g.object_idx):
            continue
        found = _verb_ending(ctx, g) or _phrase_ending(ctx, g)
        span = g.nearest_span(found[0], dating_only=True) if found else None
        if span is not None:
            return span
    return None


def apply(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    if f.actors and (former := former_titles.over_by_publication(ctx, f)) is not None:  # 'former CEO Vikram Pandit'
        return [cite(f, NAME, "no", -settings.weights.state_ended, f"the holder is {former_titles.MARK}: {former[1]}", former[2])]
    if not (f.actors or f.object_idx):
        # a record broken by another, the holder not named ('he shattered the world record')
        found, successor = (ending_events.ending(ctx, f, unnamed=True) or restored_things.ending(ctx, f), False) \
            if ctx.target.kind == "state" else (None, False)  # 'On Sunday, 4G mobile internet services resumed'
    elif ctx.target.kind == "state":
        found = blocked_measures.ending(ctx, f) or _verb_ending(ctx, f) or _immediate(ctx, f) or _phrase_ending(ctx, f) or _parting(ctx, f) \
            or _noun_ending(ctx, f) or _purpose_ending(ctx, f) or _return_ending(ctx, f) or _released(ctx, f) or _annulled(ctx, f) \
            or custody_taken.taken(ctx, f) \
            or level_change.ending(ctx, f) or ending_events.ending(ctx, f) or truce_breach.ending(ctx, f) \
            or confidence_votes.ousted(ctx, f) or performatives.performed(ctx, f) or end_to.ending(ctx, f) \
            or ceased_roles.ending(ctx, f) or reduced_penalties.reduced(ctx, f) or unbeaten_endings.ending(ctx, f) \
            or dropped_measures.ending(ctx, f) or restored_things.ending(ctx, f) or renamed_names.ending(ctx, f) \
            or (arrived_elsewhere.gone(ctx, f) if arrived_elsewhere.asked_stay(ctx) else None)  # 'flew into Lebanon'
        successor = found is None and ((found := successors.named(ctx, f)) is not None or (found := successors.took_office(ctx, f)) is not None
                                          or (found := named_successors.named_to_office(ctx, f)) is not None)
    elif level_change.held_bar(ctx) is not None:
        found, successor = level_change.ending(ctx, f), False  # 'stay at or above 6.00% through …': a bar that must hold
    else:
        return []
    if found is None and (dec := decided_endings.decided(ctx, f) or lapsing_measures.lapsing(ctx, f)) is not None:  # '… and suspend its dividend starting in the fourth quarter'
        return [hedged.weaken(f, dec[0], NAME, "no", -settings.weights.state_ended, f"the state's end is decided: {dec[1]}",
                              settings, f"a start by the deadline {ctx.market.deadline:%a %d %b %Y %H:%M %z}")]
    if found is None:
        fixed = agreed_departures.ending(ctx, f)  # 'agreed … that he will leave the company as of Nov. 11'
        if fixed is None or other_office(ctx, f, fixed[0]) or not fixed[2].ends_by(ctx.market.deadline):
            return []
        return [hedged.weaken(f, fixed[0], NAME, "no", -settings.weights.state_ended, fixed[1], settings,
                              f"{fixed[2].explanation}; deadline {ctx.market.deadline:%a %d %b %Y %H:%M %z}: by it")]
    i, wording = found
    if not successor and caretaker.counts(ctx.market.question, ctx.market.criteria) and caretaker.leaves_caretaker(wording):
        return [cite(f, NAME, "none", 0.0, f"{wording} leaves the holder in office as caretaker, which the market counts "
                     "as holding it: not the state over")]
    body = _dated_in_body(ctx, f, i)
    to_come = None if body is not None else announced_endings.to_come(f, i, ENDING_VERBS | DISMISSAL)
    if to_come:
        return [cite(f, NAME, "none", 0.0, f"{wording} in a headline, but its article tells the ending as still to "
                     f"come ('{to_come}'): an announced departure, not yet the state over")]
    span = event_time(f, i) if body is None else replace(
        body, explanation=f"dated by its article's body: {body.explanation}")
    deadline = ctx.market.deadline
    if span.starts_after(deadline) or (successor and announced_endings.successor_starts_after(ctx, f)):
        if late_endings.outlasted(ctx, f, i, span, successor):  # it ended only after the deadline: it lasted to it
            return [hedged.weaken(f, i, "state_continues", "yes", settings.weights.state_continues,
                                  f"{wording} reports the state over only after the deadline: it lasted to it",
                                  settings, f"{span.explanation}; deadline {deadline:%a %d %b %Y %H:%M %z}: after it")]
        return [cite(f, NAME, "none", 0.0, f"{wording} reports the state over, but after the deadline",
                     span.explanation)]
    if runs_past(span, deadline, f.article.published):
        # 'announced a … cut … to 5.75 per cent, its first reduction this year', reported after the deadline:
        # a period that runs past the deadline does not place the ending before it
        return [cite(f, NAME, "none", 0.0, f"{wording} reports the state over, but in a period running past the "
                     "deadline, reported after it", span.explanation)]
    said = official_endings.told_by_body(ctx, f, i)  # 'Chelsea have parted ways with …, the club announced'
    wording = f"{wording} ({official_endings.MARK}: '{said}')" if said else wording
    # 'Claudio Ranieri has been sacked as the coach of Juventus', told of the article's own days
    named = None if said or not named_removals.recent(span, f.article.published) else named_removals.removed(ctx, f, i)
    wording = f"{wording} ({named})" if named else wording
    return [hedged.weaken(f, i, NAME, "no", -settings.weights.state_ended,
                          f"the state is reported over: {wording}", settings,
                          f"{span.explanation}; deadline {deadline:%a %d %b %Y %H:%M %z}: before it")]

