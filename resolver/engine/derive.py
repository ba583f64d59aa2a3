"""Derive what to look for from a market's question and criteria: the kind of market, the
act that counts, its object, the actors, exclusions the criteria name, a numeric threshold,
and the window in which the act must happen. The actors a question names are read in actors.py,
the numbers it sets (threshold, a move's size, a required count) in thresholds.py, the start of
its window in window.py, the act family a verb belongs to in act_families.py, and the words of
its noun phrases (the subject, the object, the complement) in noun_phrases.py."""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache

import lemminflect

from . import lexicon
from .act_families import family_key, family_of, known_act
from .frames import SILENT_LIGHT_VERBS, STANDING_COMPLEMENTS
from .complement import declared_state, ruling_terms, terms as complement_terms
from .frames import LIGHT_VERBS, SUPPORT_VERBS
from .question_verbs import (ANNOUNCING, announced_act, evidential_act, in_content_clause, in_parentheses,
                             is_verb_base, light_verb_act, main_verb_form, passive_alternative, passive_lemma, phrasal_act, phrase_tail, support_verb_act,
                             verb_head)
from .shapes import (among_chosen, among_winners, declared_winner, first_users, measured_when, host_chosen, holding_office, next_holder, nominee_for, ranked_first, recount_winner, record_standing,
                     titled_contest)
from .text import lemmas_of, normalize, tokenize, all_lemmas
from . import ballot_sides, criteria_outcomes, exchange_rates, criteria_terms, durations, indicators, level_measures, particle_acts, place_departure, quantities, ranked_places, reached_shares, unit_names
from .types import Market, Target
from .contest_editions import contest_edition as _contest_edition
from .packaged import load_json
from .word_class import PREPOSITIONS
from .window import window_start
from .actors import _actors
from .thresholds import _single_value, _threshold, magnitude_bps, required_quantity
from .perfect import _MULTIPLIERS, counted_noun, perfect_base
from .main_verb import (COMPARATIVE_TAILS, PARTICLES, adjacent_subject_verb, closes_noun_phrase, figure_tail, measure_fate_verb, noun_use,
                        opens_complement, perfect_participle, subject_verb)
from .question_nouns import (_ACRONYM_HEAD, _CARRIED_NOUNS, _DETERMINERS, _determined, _merge_compounds, _name_of_owner,
                             _object_preposition, _object_sense, _partitive, _supported_noun, priced_thing)
from .copula_complements import barred_participle, complement_head
from .noun_phrases import _BOUNDARY, _STOP, _content, _name_words, noun_phrase, quoted_title


_is_verb_base = is_verb_base
# Acts whose active subject is the one who chooses, not the one chosen (a candidate is the
# subject only of the passive: "Will X be named CEO").
_CHOOSING_ACTS = frozenset({"name", "appoint", "select", "choose", "elect", "re-elect", "reelect"})  # (re-elected: elected again)
# an exclusive role named in the complement ('president', 'presidents'), in the lexicon's order
_EXCLUSIVE_ROLE_PATTERNS = tuple((r, re.compile(rf"\b{re.escape(r)}s?\b")) for r in lexicon.EXCLUSIVE_ROLES)


# prizes 'take' wins as its object ('take the Oscar', 'take the title'; categories.json 'prize_heads')
_TAKEN_PRIZES = frozenset(load_json("categories.json")["prize_heads"]) - {"category"} | {"title", "crown", "trophy", "cup"}
# 'turn himself in to police': a reflexive object after its verb
_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves"})
# words after a copula that make its complement a state that must last ("still be in orbit through 2030")
_LASTING = frozenset({"through", "until", "till", "past", "beyond"})


# "Will the Fed keep the range at 4.25%-4.50% through July 31?": keeping something through a
# date is a state that must last, not an event.
_KEEPING = frozenset({"keep", "hold", "maintain", "leave"})
IN_FORCE = frozenset(load_json("endings.json")["in_force"]["phrases"])


_LIMITS = frozenset({"through", "until", "till", "past"})
# verbs of opening to use, whose 'to' names the users ('reopen to traffic'), not an object
_OPENING = frozenset({"open", "reopen", "close"})


def _held_through(words: list[str], k: int) -> bool:
    """After 'remain closed' / 'remain shut': the span the state must last follows, right away
    ('remain closed through'), after a particle ('remain shut down through') or after the state's
    own complement ('remain closed to non-essential travel through October 31'), with no 'by' that
    would ask for a change by a date."""
    rest = words[k:]
    if rest[:1] and rest[0] in _LIMITS or rest[:2] and rest[0] in ("down", "off", "out") and rest[1:2] and rest[1] in _LIMITS:
        return True
    return bool(rest) and rest[0] in ("to", "for") and any(w in _LIMITS for w in rest[1:9]) and "by" not in rest


# a finding verb whose complement is 'guilty' ('be found guilty of …'): the market asks a conviction
# acts done to a suspension that neither impose nor report one
_UNDOING_PAUSE = frozenset({"serve", "lift", "end", "appeal", "overturn", "vacate", "challenge"})
_FINDING = frozenset(load_json("verdicts.json")["guilty_finding"]["verbs"])


def owned_sum(obj_words: list[str], q: str) -> list[str]:
    """"Chinalco's $19.5 billion investment": an owner's name and possessive before a sum is not the object,
    what it owns is ('investment'; "West Ada School District's $500 million plant facilities levy": the levy)."""
    for j, w in enumerate(obj_words[:-1]):
        if w.endswith(("'s", "’s")) and all(x[:1].isupper() for x in obj_words[:j + 1]) \
                and re.search(re.escape(w) + r"\s+[$€£]", q):
            return obj_words[j + 1:]
    return obj_words


def derive_target(market: Market) -> Target:
    """Derive the Target for a market from its text (and optional settings). A pure function of the
    question, criteria, deadline and aliases, so it is computed once per distinct market wording:
    matching, the default rule set and evaluation each ask for it (a copy, so no caller shares one)."""
    aliases = tuple((k, tuple(v)) for k, v in sorted(market.settings.aliases.items()))
    return _derived(market.question, market.criteria, market.deadline, aliases).model_copy(deep=True)


@lru_cache(maxsize=4096)
def _derived(question: str, criteria: str, deadline: datetime, aliases: tuple) -> Target:
    market = Market(id="derive", question=question, criteria=criteria, deadline=deadline,
                    settings={"aliases": {k: list(v) for k, v in aliases}})
    q = titled_contest(normalize(market.question))
    notes: list[str] = []
    body = re.sub(r"^\s*(will|would|shall|does|do|is|are|has|have|can)\s+", "", q, flags=re.I).rstrip("?").strip()
    body = ranked_places.read(record_standing(holding_office(ranked_first(next_holder(nominee_for(among_winners(among_chosen(recount_winner(declared_winner(host_chosen(body)))))))))))
    body = first_users(measured_when(body))  # 'have winds of at least 157 mph when it makes landfall': the landfall, so measured
    body = perfect_base(body)  # 'have received a first dose by …': the act is receiving
    toks = tokenize(body)
    words = [t.lower for t in toks]

    act: str | None = None
    act_idx = -1
    subject_undergoes = False  # the act is done to the subject ('the levy pass', 'the bridge reopen to traffic')
    phrasal_len = 0
    passive = False
    copula_adj: str | None = None
    copula = next((i for i, w in enumerate(words) if w == "be" and not (i and words[i - 1] == "to")
                   and not in_content_clause(words, i)), None)
    if copula is not None:  # 'sign a definitive agreement to be taken private': an infinitive is no copula
        i = copula
        while i + 2 < len(toks) and toks[i + 1].lower.endswith("ly") and set(all_lemmas(toks[i + 1].lower)) == {"ADV"}:
            i += 1  # 'be formally admitted': the adverb qualifies the participle that follows
        i = (barred_participle(toks, i + 1) or i + 1) - 1  # 'be at least 80% contained': the share is a bar
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None:
            lem = all_lemmas(nxt.lower)
            participle = passive_lemma(nxt.lower)
            phrasal = phrasal_act(words, i + 1)
            own = phrasal_act(words, copula)
            participle_form = bool(participle) and (
                nxt.lower.endswith(("ed", "en", "wn", "ld", "ne", "t", "orn"))  # 'sworn in'
                or nxt.lower in lemminflect.getInflection(participle, "VBN"))  # 'won', 'run', 'paid'
            if phrasal and participle:  # 'be taken into custody': the phrase names the act, not its light verb
                (act, phrasal_len), act_idx, passive = phrasal, i + 1, True
            elif own and not participle_form and i == copula and "still" not in words[:copula] \
                    and not _LASTING & set(words[copula:]):
                # 'be in orbit around Jupiter by July 10', 'be back in office as President by April 30': the state
                # the act brings about names it ('still be in orbit through 2030' is a state that must last)
                (act, phrasal_len), act_idx = own, copula
            elif participle_form:
                act, act_idx, passive = participle, i + 1, True
            elif "ADJ" in lem or nxt.lower.isalpha():  # ('be the top scorer', 'be on the ballot': the noun names it)
                copula_adj, act_idx = complement_head(toks, i + 1) or nxt.lower, i + 1
    if act is None and copula_adj is None:
        for i, t in enumerate(toks[:-1]):  # "Will the strike continue through March 31?"
            nxt = toks[i + 1].lower
            if t.lower in lexicon.STATE_VERBS and (nxt in ("through", "until", "past", "beyond", "into", "in", "as", "under") or (
                    nxt in lexicon.STATE_ADJECTIVES and _held_through(words, i + 2))):
                act, act_idx = t.lower, i
                break
            if t.lower == "hold" and nxt in ("through", "until", "past", "beyond") and i and not _determined(toks[i - 1]):
                act, act_idx = t.lower, i  # "the … New Year pause in fighting … hold through April 16": a truce holds
                break
    perfect = perfect_participle(toks, words) if act is None and copula_adj is None else None
    if perfect is not None:  # '15 million people in the UK have received a first dose': receiving is the act
        act, act_idx = all_lemmas(words[perfect])["VERB"][0], perfect
    if act is None and copula_adj is None:
        for phrase, lemma in lexicon.PHRASAL_ACTS.items():  # "take place" → hold
            first, *rest = phrase.split()
            for i, w in enumerate(words):
                n = phrase_tail(words, i, rest) if first in lemmas_of(w) else None
                if n is not None and main_verb_form(words, i, first):
                    act, act_idx, phrasal_len = lemma, i, n
                    break
            if act:
                break
    # a copula whose complement is a figure ('… be 0.50% or higher'): what comes before it is the
    # level's name, no act
    level_subject = copula if copula is not None and copula + 1 < len(toks) and toks[copula + 1].text[:1] in "0123456789$€£" \
        else None

    def first_verb(known_only: bool, followed: bool) -> tuple[str, int] | None:
        """The first base-form verb (a known act verb, or any), optionally only one followed by
        a function word, a number or money ("silver trade above $50": trade, not silver)."""
        followers = _BOUNDARY | {"the", "a", "an", "its", "their", "his", "her", "to", "$", "any", "former"} | _REFLEXIVES
        for i, t in enumerate(toks):
            if figure_tail(words, i) or in_parentheses(words, i):
                continue  # 'set its policy rate at 18% or lower': the bar's direction; '(reverse repurchase)': a gloss
            if level_subject is not None and not (i > level_subject and words[i - 1] == "or" and words[i] in COMPARATIVE_TAILS):
                continue  # 'the upper bound of the … target range be 0.50% or higher': the subject names a level
            if closes_noun_phrase(toks, i):
                continue  # '… in its Q4 2020 production and deliveries release?': a noun closing the question
            if known_only and in_content_clause(words, i):
                continue  # 'declare that El Niño conditions are present': the clause is what is declared
            head = verb_head(t.lower) if known_only and not t.text[:1].isupper() else None
            if head and known_act(head) and not (i and _determined(toks[i - 1])):
                return head, i  # 'soft-land on the Moon': the act is landing
            if t.text[:1].isupper() or t.lower in _STOP or not (t.lower.isalpha() or t.lower.startswith("re-")):
                continue  # ('re-enter Earth's atmosphere': a verb spelt with a hyphen)
            if i and (toks[i - 1].lower in _DETERMINERS | {"any"} or _determined(toks[i - 1]) and (
                    known_only or words[i + 1:i + 2] not in (["the"], ["a"], ["an"]))):  # ("Moody's downgrade the")
                continue  # "the launch tower", "Collor's arrest order", "Giacometti's sculpture L'Homme …": a noun
            if t.lower in ("part", "portion") and words[i + 1:i + 2] == ["of"]:
                continue  # 'sell part of its stake': a partitive noun
            if t.lower in PREPOSITIONS and not known_act(t.lower) or i and words[i - 1] == "of":
                continue  # 'charges against Clinton over her email server': a preposition, not the act ('because of ash')
            if counted_noun(words, i):
                continue  # "at least 15 million people in the UK": what a number counts is a noun
            if i + 1 < len(toks) and toks[i + 1].lower in lexicon.INTRANSITIVE_ACTS | lexicon.STATE_VERBS:
                continue  # "the Boeing strike end": the noun before the verb is its subject
            support = t.lower in SUPPORT_VERBS | LIGHT_VERBS and i + 1 < len(toks) and toks[i + 1].lower.isalpha() \
                and "NOUN" in all_lemmas(toks[i + 1].lower)  # 'make landfall on the … coast'
            if followed and not support:
                nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
                named = i + 1 < len(toks) and toks[i + 1].text[:1].isupper()  # 'court order Thaksin …'
                if not (nxt in followers or nxt[:1] in "$€£" or nxt[:1].isdigit() or named or opens_complement(toks, i)):
                    continue
            if _is_verb_base(t.lower) and (not known_only or known_act(t.lower)):
                return t.lower, i
        return None

    if act is None and copula_adj is None:
        known, followed = first_verb(True, False), first_verb(False, True)
        if known and followed and followed[1] < known[1] and noun_use(toks, known[1]) and followed[1] + 1 < len(toks) \
                and words[followed[1] + 1] in _DETERMINERS:
            known = None  # 'land a Falcon 9 first stage after an orbital launch', 'enact a 5% pay raise': the earlier verb
        found = _supported_noun(words, toks) or known or followed or first_verb(False, False)
        if found:
            act, act_idx = found
            later = subject_verb(toks, words, act_idx)
            if later is not None:  # 'the confirmed death toll from the … floods exceed 150': exceeding is the act
                act, act_idx = words[later], later
            elif (later := adjacent_subject_verb(toks, words, act_idx)) is not None:
                act, act_idx, subject_undergoes = words[later], later, True  # '… plant facilities levy pass in …'
            elif (later := measure_fate_verb(toks, words, act_idx)) is not None:
                act, act_idx, subject_undergoes = words[later], later, True  # '… referendum to ban imports … pass'
    if act and not phrasal_len and (phrase_frame := particle_acts.particle_act(words, act_idx, act)):
        act = phrase_frame  # 'call off their strike': the phrase's act (terminate), not 'call' (its particle is no object)
    announced_intent = False
    subject_end = act_idx
    intended = announced_act(words, [t.text[:1].isupper() for t in toks], act_idx) \
        if act in ANNOUNCING and act_idx >= 0 else None
    if intended is not None:  # 'announce they will seek the death penalty': seeking is the act
        act, act_idx, announced_intent = words[intended], intended, True
    shown = evidential_act(words, act_idx) if act and not passive and not copula_adj else None
    clause_subject = act_idx + 1 if shown is not None else None
    if shown is not None:  # 'GDP data show the economy grew': growing is the act, the economy its subject
        act, act_idx, subject_end = all_lemmas(words[shown])["VERB"][0], shown, shown
    object_start, qualifiers = None, []
    carried = light_verb_act(words, act_idx, _CARRIED_NOUNS) if act in LIGHT_VERBS else \
        support_verb_act(words, act_idx, _CARRIED_NOUNS) if act in SUPPORT_VERBS and act_idx >= 0 else None
    # the question's own verb still reports the act ('FDA grants full approval'), unless it says nothing
    # by itself ('put his signature to': a report that 'put' something is no signing)
    light = act if carried and act not in SILENT_LIGHT_VERBS else None
    if carried:  # 'grant traditional (full) approval to Leqembi': approving Leqembi, traditionally
        act, object_start, qualifiers = carried
    if clause_subject is not None:
        object_start = clause_subject  # what the data show growing ('the economy') is what the market is about

    subject = noun_phrase(toks, words, _partitive(words, subject_end), stop_at_verb=True, end=subject_end) if subject_end > 0 else []
    after = toks[act_idx + 1].lower if 0 <= act_idx < len(toks) - 1 else ""
    state = (act in lexicon.STATE_VERBS and not _object_sense(act, toks, act_idx)) or (act in _KEEPING and bool(re.search(r"\b(through|until|till)\b", body, re.I)))
    state = state or (act == "hold" and after in ("", "for", "through", "until", "past", "beyond"))  # a truce holds
    # 'remain in effect', 'stay in force': the complement names the state, the subject what is in it;
    # 'the ceasefire hold in Khartoum through …': a place after an intransitive 'hold', a truce that holds
    in_force = state and f"{after} {toks[act_idx + 2].lower if act_idx + 2 < len(toks) else ''}" in IN_FORCE
    truce_holds = state and act == "hold" and after in PREPOSITIONS
    standing = state and after == "in" and act_idx + 2 < len(toks) and toks[act_idx + 2].lower in STANDING_COMPLEMENTS
    # 'the bridge reopen to traffic', 'open to the public': 'to' names who may use it; the subject opens
    subject_undergoes = subject_undergoes or (act in _OPENING and after == "to" and not passive)
    if passive or copula_adj or standing or subject_undergoes or (state and (after in ("", "for", "through", "until", "past", "beyond", "into", "at")
                                            or after in lexicon.STATE_ADJECTIVES or in_force or truce_holds)):
        # what stays true is the subject ('the alert level stay at Level 4': 'at' gives its value);
        # when the subject's phrase stops before a possessive ('the Bank of Thailand's policy rate'
        # read as 'Bank'), what is possessed is what stays (the policy rate)
        owner = max((k for k in range(1, max(subject_end, 0)) if toks[k].text.endswith(("'s", "’s"))), default=None)
        held = noun_phrase(toks, words, owner + 1, stop_at_verb=True, end=subject_end) \
            if owner is not None and _name_of_owner(toks, subject, owner) else []
        if subject_undergoes and subject and subject_end > 0 and toks[subject_end - 1].text.strip("'\"") != subject[-1]:
            k = subject_end  # '… District's $500 million plant facilities levy pass': the phrase stopped at the figure;
            while k > 0 and toks[k - 1].text.isalpha() and toks[k - 1].text.islower() and toks[k - 1].lower not in _MULTIPLIERS:
                k -= 1  # the nouns before the verb name what undergoes it
            held = [t.text for t in toks[k:subject_end]] or held
        obj_words = _content(held or subject)  # ('New York Attorney General …': the 'New' of a name stays)
    else:
        start = object_start if object_start is not None else act_idx + 1 + phrasal_len
        start += _object_preposition(act, words, start) or _partitive(words[start:], len(words) - start)  # 'rule against Biden's plan', 'recall all of its products'
        if words[start:start + 1] in (["any"], ["some"], ["part"]) and "of" in words[start:start + 3] \
                and set(words[start:start + 3]) & {"part", "portion"}:
            start += words[start:start + 3].index("of") + 1  # 'serve any part of his suspension': the suspension
        while start < len(toks) and (
            toks[start].lower in ("to", "or", "and") or (state and toks[start].lower in ("in", "as", "on", "at", "under"))
            or (phrasal_len and start == act_idx + 1 + phrasal_len and toks[start].lower == "of")  # 'lose control of
            or (toks[start - 1].lower in ("or", "and") and _is_verb_base(toks[start].lower))
            or (start == act_idx + 1 and (toks[start].lower in PARTICLES or toks[start].lower.endswith("ly")
                                          and set(all_lemmas(toks[start].lower)) == {"ADV"}))
        ):
            start += 1  # 'touch down on the comet', 'rule unanimously in the case': no object
        obj_words = _content(noun_phrase(toks, words, start))
        end = next((k + 1 for k in range(start, level_subject or 0) if words[k] == "of"), None)
        if level_subject is not None and act is None and obj_words and obj_words[-1].lower() in lexicon.BOUND_NOUNS \
                and end is not None and words[end - 2] == obj_words[-1].lower():
            # 'the upper bound of the … target range': the level belongs to the range, the object
            obj_words = [w for w in noun_phrase(toks, words, end, stop_at_verb=True, end=level_subject) if w.lower() not in _STOP]
        elif level_subject is not None and act is None and (measure := level_measures.measure_before_occasion(toks, words, level_subject)):
            obj_words = measure  # 'official turnout in Croatia's … referendum be 50% or higher': the turnout, not the referendum
        elif level_subject is not None and act is None:
            owner = min((k for k in range(level_subject) if toks[k].text.endswith(("'s", "’s"))), default=None)
            if owner is not None and toks[owner].text.strip("'\"") not in obj_words:
                # 'the Bank of Canada's policy rate be 4.75% or lower': the possessed level, not the bank's name
                obj_words = _content(noun_phrase(toks, words, owner + 1, stop_at_verb=True, end=level_subject))

    candidate = role = None
    # "Romano Prodi's government": the owner is named for what he leads ('Prodi loses confidence vote')
    # (only the last name word: in "Evaristo's 'Girl, Woman, Other'" the owned name is the candidate)
    subject_names = _name_words(subject)
    title = quoted_title(body[:toks[subject_end].start]) if subject_names and 0 < subject_end < len(toks) else None
    if title and any(w in subject_names for w in title[1]):  # "Lockwood's 'No One Is Talking About This'": the whole title
        subject_names = [w for w in _name_words(body[:title[0]].split()) if w in subject_names] + title[1]
    subject_names[-1:] = [w.removesuffix("'s").removesuffix("’s") for w in subject_names[-1:]]
    comp_start = act_idx + 1 + phrasal_len
    while act == "swear" and comp_start < len(toks) and toks[comp_start].lower in ("in", "as"):
        comp_start += 1  # 'be sworn in as Chancellor': the office follows 'in as'
    if act == "succeed" and not passive:  # 'succeed Liz Truss as Tory leader': the office follows 'as'
        comp_start = next((k + 1 for k in range(comp_start, min(len(toks), comp_start + 6)) if toks[k].lower == "as"), -1)
    complement = _content(noun_phrase(toks, words, comp_start)) if act_idx >= 0 and comp_start >= 0 else []
    role_text = " ".join(complement).lower()
    exclusive = next((r for r, pattern in _EXCLUSIVE_ROLE_PATTERNS if pattern.search(role_text)), None)
    role_exclusive = False
    if not exclusive and act in ("elect", "name", "appoint", "select", "choose") and _contest_edition(q, complement):
        exclusive = complement[-1].lower()  # 'be named TIME's 2023 Person of the Year': one edition, one title
        if complement[0].lower() == "host":
            exclusive = "host"  # 'be chosen to host the 2016 Summer Olympic Games': the role is the host, not the Games
    exclusive = exclusive or criteria_outcomes.chosen_role(act in _CHOOSING_ACTS and passive, complement, market.criteria)
    chooser = act in _CHOOSING_ACTS and not passive  # 'Will Target name a permanent CEO': Target names, no one is named
    if act in ("elect", "re-elect", "reelect", "become", "win", "name", "appoint", "select", "choose", "swear", "succeed") and subject_names \
            and exclusive and not chooser:
        candidate, role, role_exclusive = " ".join(subject_names), exclusive, True
        obj_words = complement if act != "succeed" else obj_words  # (the one succeeded stays the object)
    elif (act in ("win", "sweep", "clinch", "capture") or act == "take" and complement and complement[-1].lower() in _TAKEN_PRIZES) \
            and subject_names and complement and not passive:  # 'take the Oscar for lead actress': winning it
        # ('Will X be captured or killed': a passive subject is the one taken, no winner)
        # "Will Harbor FC win the cup final?": the subject must be the winner, but the prize
        # need not be exclusive ("win seats"), so no rival rule — unless it is a named edition
        # of a contest ("win Euro 2024", "win the 2025 NBA Finals"): that has one winner
        candidate, role = " ".join(subject_names), complement[-1].lower()
        role_exclusive = _contest_edition(q, complement) or ballot_sides.one_ballot(q, complement) or \
            bool(criteria_outcomes.other_wins_no(normalize(market.criteria)))  # one dated referendum; 'If … another'
    if act and not passive:
        obj_words = [w for w in obj_words if w.lower() != act]

    if (phrasal_len or act in lexicon.INTRANSITIVE_ACTS) and not obj_words:
        # "the summit take place", "pre-orders open": the subject is what the act is about
        obj_words = [w for w in subject if w.lower() not in _STOP and not (act and w[:1].isupper() and not phrasal_len)]
    obj_words = _merge_compounds(owned_sum(obj_words, q))
    if not passive and not copula_adj and subject and not subject_names:
        head = [w for w in subject if w.lower() not in _STOP and w.isalpha()]
        if head and head[-1].lower() not in (a.lower() for a in _actors(q)):
            notes_subject = priced_thing(toks, subject_end) or head[-1].lower()
        else:
            notes_subject = None
    else:
        notes_subject = None

    bar = quantities.required(q, normalize(market.criteria)) or reached_shares.bar(q, normalize(market.criteria))
    occasion = quantities.occasion(q, normalize(market.criteria)) if bar else None
    if bar and bar.count_noun:
        # a count ('at least 25 years', '272 or more seats', '55 home runs'): a growing total
        # (a path) is read like a level; a count an act carries on one occasion, with the act
        threshold = (bar.value, bar.direction, bar.unit) if occasion == "path" else None
    elif bar and bar.unit in quantities.SCALES:
        threshold = (bar.value, bar.direction, bar.unit)  # 1.5 °C, Category 5: a level on a scale
    else:
        threshold = _threshold(q) or reached_shares.threshold(q, normalize(market.criteria)) \
            or exchange_rates.criteria_bar(q, normalize(market.criteria))  # 'restored to 99% of'; 'breach 80 per dollar'
        if threshold and bar and bar.value < 0 <= threshold[0] and bar.unit == threshold[2]:
            threshold = (bar.value, bar.direction, bar.unit)  # 'falling by 0.2% or more': at most -0.2
        if not threshold and bar and not bar.unit and quantities.score_total(q, normalize(market.criteria)):
            threshold = (bar.value, bar.direction, quantities.SCORE_TOTAL)  # 'over 47.5 total points': a sum
    if threshold and act and family_key(act) in ("cut", "raise") and magnitude_bps(q) is not None:
        threshold = None  # "cut rates by 50 basis points or more": the size of a move, not a level
    if threshold and passive and (required_quantity(q) or (None, ""))[1] in ("years", "months"):
        threshold = None  # "be sentenced to at least 25 years": an act carrying a count
    timed = durations.bar(q) if threshold and not threshold[2] else None
    if timed is not None and re.search(rf"(?<![\d.]){threshold[0]:g}(?![\d.])", timed.text.replace(",", "")):
        threshold = None  # 'be won by a margin of less than 5 minutes': a time the act carries, not a level
    if threshold:
        kind = "threshold"
    elif state:
        kind = "state"
    elif act or copula_adj:
        kind = "event"
    else:
        kind = "unknown"
        notes.append("could not find the act the question asks about; no rule can confirm it")

    if passive and act in _FINDING and act_idx + 1 < len(toks) and words[act_idx + 1] == "guilty":
        act = "convict"  # 'be found guilty of murder': a conviction (guilty_verdicts.py reads the finding)
    act_lemma = act or copula_adj
    forms: list[str] = []
    if act:
        forms = list(family_of(act))
        # 'a prison sentence that is not suspended', 'unsuspended': a form excluded, not a pause asked
        # ('serve his four-game suspension', 'lift the suspension': a suspension undergone or undone, not imposed)
        if re.search(r"(?<!\bnot\s)(?<!\bnever\s)(?<!\bnon-)(?<!\bun)\b(?:pause\b|suspen)", q, re.I) and "pause" not in forms \
                and act not in _UNDOING_PAUSE:
            forms += list(family_of("pause"))
        for extra, after in re.findall(r"\bor\s+([a-z]+)\b\s*([a-z]*)", body[: body.find(" ".join(obj_words[:1])) if obj_words else len(body)]):
            if any(p.startswith(f"{extra} {after}") and v == act for p, v in lexicon.PHRASAL_ACTS.items()):
                continue  # 'destroy or set fire to': 'set' opens a phrase (the act itself), not a verb of its own
            if _is_verb_base(extra):
                forms += [f for f in family_of(extra) if f not in forms]
        forms += [f for f in family_of(alt) if f not in forms] if passive and (alt := passive_alternative(words, act_idx)) else []
        for extra in criteria_terms.alternatives(act, normalize(market.criteria), obj_words, words[act_idx:act_idx + 2]):
            forms += [f for f in family_of(extra) if f not in forms]
    elif copula_adj:
        forms = [copula_adj]
    if forms and place_departure.asked(act, obj_words):
        forms = place_departure.verbs(act)  # 'leave Bolivian territory': not 'resigns', 'steps down'
    elif forms and place_departure.returns_to_place(act, q):
        forms = place_departure.return_verbs(act)  # 'return to Earth': not 'launched', 'freed', 'handed'

    if kind == "state" and act == "hold" and (truce_holds or after in ("", "for", "through", "until", "past", "beyond")):
        forms = ["hold", *sorted(lexicon.STATE_VERBS)]  # a truce that holds stays in effect: not 'convene', 'stage'
    if light:
        forms.append(light)
    if forms and obj_words and obj_words[-1].lower() in lexicon.RECORD_NOUNS and act in lexicon.RECORD_VERBS:
        forms = list(dict.fromkeys((act, *lexicon.RECORD_VERBS)))  # 'smashed a new all-time high': no 'agree'
    if forms and kind == "threshold" and not obj_words and act in lexicon.RECORD_VERBS:
        forms = list(dict.fromkeys((act, *lexicon.RECORD_VERBS)))  # 'Will turnout … reach 50%?': a level reached, no deal

    object_terms: list[str] = []
    for n, w in enumerate(obj_words):
        lw = w.lower().rstrip(".")
        if not lw.isalpha() and "-" not in lw:
            continue
        base = sorted(lemmas_of(lw))[0] if lemmas_of(lw) else lw
        noun = all_lemmas(lw).get("NOUN", ())
        if n == len(obj_words) - 1 and lw.endswith(("ing", "ings")) and noun:
            base = noun[0]  # the head 'building' is the noun, not the verb 'build'
        for cand in sorted(lemmas_of(lw)):
            if cand in lexicon.NOUN_FAMILIES:
                base = cand
        object_terms.append(base)
        head = _ACRONYM_HEAD.fullmatch(w) if kind == "state" else None
        if head and head.group(1).lower() not in object_terms:
            # 'remain at 5.00%' of 'BI-Rate': for a value that must last, the named rate is a rate (its
            # moves end the state only when they name another value, level_change.py)
            object_terms.append(head.group(1).lower())

    counted = required_quantity(q, normalize(market.criteria)) if kind == "event" else None
    if counted and counted[1] and object_terms and object_terms[-1] == counted[1].lower().rstrip("s"):
        # 'booking applications' in the criteria of a count of bookings: applications are the object too
        object_terms += sorted(unit_names.criteria_units(market.criteria, object_terms[-1]) - set(object_terms))

    actors = _actors(q)
    actors += [c for c in exchange_rates.pair_countries(q) if c not in actors]  # 'USD/MXN': the peso is Mexico's
    if notes_subject and not any(notes_subject == a.lower() for a in actors):
        actors.insert(0, notes_subject)  # a common-noun subject: "gold", "inflation"
    if candidate:
        actors = [a for a in actors if a.lower() not in candidate.lower()] + [candidate]
    for extra in market.settings.aliases:
        if extra not in actors:
            actors.append(extra)

    thr = threshold or (None, None, None)
    return Target(
        kind=kind,
        act=act_lemma,
        act_forms=forms,
        object=" ".join(obj_words) or None,
        object_terms=object_terms,
        actors=actors,
        candidate=candidate,
        role=role,
        role_exclusive=role_exclusive,
        exclusions=criteria_terms.exclusions(normalize(market.criteria), _STOP),
        quantifier=criteria_terms.quantifier(body, normalize(market.criteria), object_terms),
        magnitude_bps=magnitude_bps(q) if kind == "event" else None,
        quantity=(required_quantity(q, normalize(market.criteria)) or (None, None))[0] if kind == "event" else None,
        quantity_unit=(required_quantity(q, normalize(market.criteria)) or (None, None))[1] if kind == "event" else None,
        complement_terms=(qualifiers or complement_terms(q, market.criteria) or declared_state(q) or ruling_terms(q))
        if kind == "event" else [],
        single_value=kind == "threshold" and _single_value(q),
        threshold_inclusive=bar.inclusive if bar and (threshold or kind == "event") else exchange_rates.inclusive(q)
        if not threshold or exchange_rates.bar(q) or not exchange_rates.criteria_bar(q, normalize(market.criteria))
        else exchange_rates.inclusive(normalize(market.criteria)),  # the criteria's own bar: 'weaker than 80.00' counts no 80
        occasion=occasion if bar and (threshold or kind == "event") else None,
        announcement_counts=announced_intent or criteria_terms.announcement_counts(normalize(market.criteria)),
        threshold=thr[0],
        threshold_direction=thr[1],
        threshold_unit=thr[2],
        window_start=window_start(q, normalize(market.criteria), market.deadline) or (
            indicators.period_start(q, normalize(market.criteria), market.deadline)
            if kind == "threshold" and _single_value(q) else None),
        notes=notes,
    )
