"""Opposite outcome: the decision the market asks about was taken the other way — a central
bank kept rates unchanged (or raised them) when the market asks for a cut, a bill was
rejected, a member dissented from a 'unanimous' decision — dated inside the market's window
→ toward no."""

from __future__ import annotations

import re

from .. import bid_objects, bill_numbers, upheld_rulings, complement, said_themes, concessions, datelines, passive_agents, contests, count_verdicts, criteria_outcomes, decided_against, ended_campaigns, \
    chosen_alternatives, group_objects, guilty_verdicts, mentions, passive_defeats, \
    occasions, parts, quantities, stages, \
    lost_status, recorded_votes, rejected_measures, reversed_sides, survived_votes, unrendered_verdicts, upheld_judgments, vetoes
from ..analysis import MarketContext, SentenceFacts, aspect, event_time, negation
from ..act_families import family_key
from ..lexicon import HOLD_VERBS, HOLD_WORDS, NON_CUSTODIAL, NUMBER_WORDS, OPPOSITE_PHRASES, OPPOSITE_VERBS, PENAL_TERMS, REGULATORS
from ..settings import EngineSettings
from ..text import article_sentences, has_phrase, negated_before
from ..types import Contribution
from . import hedged
from .base import cite

NAME = "opposite_outcome"
_RATE_ACTS = frozenset({"cut", "raise"})
_FINAL = {"win": "", "unanimous": "", "convict": "", "sign": "a bill vetoed is not signed afterwards"}  # not taken again (unlike a rejected bill)


_CHARGES = frozenset({"charge", "count", "indictment", "case", "accusation", "allegation"})
_TAKE_UP = frozenset({"he", "she", "they", "the"})  # a clause subject that refers back to a named one
REVISABLE_FACTOR = 0.75
REVISABLE_NOTE = "could be revisited"  # a setback, not a verdict (evaluate._affirmative)
MEETINGS_LEFT = "the market counts any meeting of its window, and later ones remain"


_CANDIDATE_ACTS = frozenset({"elect", "become", "name", "appoint", "select", "choose", "swear", "succeed"})


def _phrase_key(ctx: MarketContext, key: str) -> str:
    """A candidate for an exclusive role ('Will Kickl be sworn in as Chancellor?') is out of the
    contest as a runner is: the exits of a race ('withdrew', 'gave up the mandate') are read for
    it too."""
    t = ctx.target
    return "win" if key in _CANDIDATE_ACTS and t.candidate and t.role_exclusive else key


def _window_factor(ctx: MarketContext, f: SentenceFacts, i: int, rate_hold: bool,
                   regulator_subject: bool = False) -> tuple[float, str]:
    """How much an opposite decision counts: fully inside the market's window (a one-off
    meeting or vote); without a named window a rate decision counts only within two days of
    the deadline (an earlier meeting is another decision), and a rejection counts a little
    less (it could be revisited; not when a recorded vote decided it: recorded_votes.py). A window the market opens to any of several occasions
    (quantities.occasion 'rounds': 'at any meeting held between …') is read as an open market:
    a hold at a meeting before the last days of the window is a setback, not a verdict."""
    span = event_time(f, i)
    deadline = ctx.market.deadline
    ws = ctx.target.window_start
    if span.starts_after(deadline):
        return 0.0, span.explanation
    several = quantities.occasion(ctx.market.question, ctx.market.criteria) == "rounds"
    if ws is not None and (span.ends_before(ws) or not several):
        return (0.0 if span.ends_before(ws) else 1.0), span.explanation
    if rate_hold or family_key(ctx.target.act or "") in _RATE_ACTS and not upheld_judgments.cut_judgment(ctx) or ctx.target.act == "unanimous":
        # a meeting's decision (and its vote): the one by the deadline settles it
        if (deadline - span.end).days < 2:
            return 1.0, f"{span.explanation}; the decision due by the deadline"
        if ws is not None:
            # a window the market opens to several meetings ('at any meeting held between May 8 and
            # June 30'): a hold at one of them leaves the later ones open
            return REVISABLE_FACTOR, (f"{span.explanation}; {MEETINGS_LEFT} before the deadline: "
                                      f"{REVISABLE_NOTE} (×{REVISABLE_FACTOR})")
        return 0.0, f"{span.explanation}; the decision due by the deadline"  # (an earlier meeting is another decision)
    key = family_key(ctx.target.act or "") or ctx.target.act
    if _phrase_key(ctx, key or "") == "win":
        return 1.0, f"{span.explanation}; a contest lost or conceded is not revisited"
    if key == "convict":
        return 1.0, f"{span.explanation}; a verdict on the count is not taken again"
    if key in _FINAL:
        return 1.0, f"{span.explanation}; {_FINAL[key] or 'a contest lost or conceded is not revisited'}"
    named = criteria_outcomes.names_no(ctx.market.criteria, f.sent.tokens[i].lemmas)
    if named:  # 'If Congress instead rejects the resignation …, this market will resolve to "No"'
        return 1.0, f"{span.explanation}; the criteria resolve the market No on it ('{named}')"
    occasion = occasions.one_occasion(ctx.target, ctx.market)
    if occasion:
        return 1.0, f"{span.explanation}; the market is about one occasion, {occasion}"
    if regulator_subject:
        review = occasions.regulator_review(ctx.target, ctx.target.actors, span.end, deadline)
        if review:
            return 1.0, f"{span.explanation}; {review}"
    if span.start.date() == span.end.date() == deadline.date():
        # 'Local UAW rejects new deal with Deere' on the deadline's own day: no day is left to take it again
        return 1.0, f"{span.explanation}; taken on the deadline's own day: no day is left to take it again"
    return (1.0, f"{span.explanation}; put to a recorded vote and lost ('{tally}'): the measure's outcome") if (
        tally := recorded_votes.tally_after(f.sent, i)) else (REVISABLE_FACTOR, f"{span.explanation}; no single occasion named: {REVISABLE_NOTE} (×{REVISABLE_FACTOR})")


_SPLIT = re.compile(r"\b(?P<k>\d+|[a-z]+)\s+(?:of|out\s+of)\s+(?:the\s+)?(?P<n>\d+|[a-z]+)\s+(?:[\w-]+\s+){0,5}?"
                    r"(?:supported|backed|voted\s+for|voted\s+in\s+favou?r|approved|endorsed|favou?red)\b"
                    r"|\bvoted\s+(?P<k2>\d+)\s*[-\u2013]\s*(?P<n2>\d+)\b", re.I)


_DECIDED_TO = frozenset({"voted", "decided", "agreed", "opted", "chose"})
_COUNT = r"(?:\d+|" + "|".join(sorted((w for w in NUMBER_WORDS if w not in ("a", "an")), key=len, reverse=True)) + r")\b"
# a count of members and what they voted or preferred, no other count between
_PREFERRED = re.compile(r"\b(?P<n>" + _COUNT + r")\s+(?:(?!" + _COUNT + r")\w+\s+){0,6}?(?:voted|preferred|favou?red|wanted|backed|supported)\b", re.I)


def _voted_hold(f: SentenceFacts, i: int) -> bool:
    """'four members of the Monetary Policy Committee voted to keep the repo rate at 7 percent
    while two preferred to cut it': a hold decided ('voted/decided to keep') is a hold done,
    unless another count in the sentence is larger (the hold was the minority's view)."""
    toks, k = f.sent.tokens, i - 2  # past a split or an adverb: 'voted 4-1 to hold', 'voted unanimously to keep'
    k -= 3 if k >= 3 and toks[k].lower.isdigit() and toks[k - 1].text in ("-", "\u2013") and toks[k - 2].lower.isdigit() \
        and int(toks[k - 2].lower) > int(toks[k].lower) else 1 if k >= 1 and toks[k].lower.endswith("ly") else 0
    if i < 2 or toks[i - 1].lower != "to" or toks[k].lower not in _DECIDED_TO:
        return False
    counts = [(m.start(), _number(m.group("n"))) for m in _PREFERRED.finditer(f.sent.text)]
    counts = [(at, n) for at, n in counts if n is not None]
    if not counts:
        return True
    vote_at = toks[k].start
    hold = max((n for at, n in counts if at < vote_at), default=None)
    others = [n for at, n in counts if at > vote_at]
    return hold is None and not others or hold is not None and all(hold > n for n in others)


def _number(word: str | None) -> int | None:
    if word is None:
        return None
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower()) if word.lower() not in ("a", "an") else None


def _split_vote(f: SentenceFacts) -> tuple[int, str] | None:
    """'Eleven of 12 members of the committee supported the cut', 'voted 7-2': fewer than all
    voted for the decision, so it was not unanimous."""
    for m in _SPLIT.finditer(f.sent.text):
        if m.group("k2"):
            k, against = int(m.group("k2")), int(m.group("n2"))
            split = against > 0 and k > 0
        else:
            k, n = _number(m.group("k")), _number(m.group("n"))
            split = k is not None and n is not None and 0 < k < n
        if split:
            i = f.sent.token_at(m.start())
            return i, f"'{m.group(0).strip()}' (not all)"
    return None


def _non_custodial(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """A sentencing reported as done with a penalty that is neither custody nor a fine ('sentenced
    … to an unconditional discharge', 'given probation'), for a market on jail, prison or a fine,
    when the clause names none of the asked penalties: the sentencing went the other way."""
    t = ctx.target
    if family_key(t.act or "") not in ("sentence",) and t.act != "sentence":
        return None
    if not set(t.complement_terms) & PENAL_TERMS:
        return None
    for i in f.act_idx:
        if aspect(f.sent, i, t.act or "sentence") != "past" or not complement.missing(t.complement_terms, f.sent, i):
            continue
        a, b = f.sent.clause_of(i)
        clause = " ".join(tok.lower for tok in f.sent.tokens[a:b])
        cue = next((p for p in NON_CUSTODIAL if f" {p} " in f" {clause} "), None)
        if cue:
            return i, f"'{f.sent.tokens[i].text}' … '{cue}' (neither {' nor '.join(t.complement_terms)})"
    return None


_NO_FURTHER_CUSTODY = re.compile(r"\btime\s+(?:already\s+)?served\b|" + "|".join(
    r"\b" + re.escape(p) + r"\b" for p in NON_CUSTODIAL), re.I)
_TERM = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|life)"
                   r"(?:[\s-]+(?:years?|months?|weeks?|days?)(?:[\s-]+and\s+\w+\s+(?:years?|months?))?)?"
                   r"\s+(?:in\s+(?:federal\s+|state\s+)?(?:prison|jail|custody)|behind\s+bars|imprisonment|of\s+imprisonment)\b", re.I)


_DEATH = re.compile(r"\bto\s+death\b|\bdeath\s+(?:penalty|sentence)\b|\bcapital\s+punishment\b", re.I)


def _custodial(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """'Paul Minor was re-sentenced Monday to eight years in prison' for 'be resentenced to time
    served', 'were sentenced to life imprisonment' for 'be sentenced to death': a sentencing reported
    as done with a prison term, for a market on a sentence with no further custody (time served,
    probation …) or on the death penalty, when the clause names none of the asked words:
    the sentencing went the other way (the mirror of _non_custodial)."""
    t = ctx.target
    # the death penalty asked ('be sentenced to death'): a prison term ('sentenced to life imprisonment') is the other way
    asked = _NO_FURTHER_CUSTODY.search(ctx.market.question) or _DEATH.search(ctx.market.question)
    if not asked or "sentence" not in (t.act or "").lower():
        return None
    for i in f.act_idx:
        done = aspect(f.sent, i, sorted(f.sent.tokens[i].lemmas)[0]) == "past" or (
            i > 0 and f.sent.tokens[i - 1].lower in ("was", "were", "been") and f.sent.tokens[i].lower.endswith("ed"))
        if not done or negation(f, i) or not complement.missing(t.complement_terms, f.sent, i):
            continue
        a, b = f.sent.clause_of(i)
        clause = f.sent.text[f.sent.tokens[i].start:f.sent.tokens[b - 1].start + len(f.sent.tokens[b - 1].text)]
        term = _TERM.search(clause)
        if term and not _NO_FURTHER_CUSTODY.search(clause) and not _DEATH.search(clause):
            return i, f"'{f.sent.tokens[i].text}' … '{term.group(0)}' (not {asked.group(0)})"
    return None


# A case ended for good: dismissed with prejudice, or said not to be refiled
_FINAL_DISMISSAL = re.compile(r"\bwith\s+prejudice\b|\b(?:cannot|can't|can\s+not|could\s+not|may\s+not|won't)\s+be\s+"
                              r"(?:re-?filed|filed\s+again|brought\s+again|re-?tried|retried|refiled|reinstated)\b"
                              r"|\bbar(?:s|red|ring)?\s+(?:prosecutors\s+)?from\s+(?:re-?filing|refiling|bringing\s+(?:it|them|the\s+\w+)\s+again)",
                              re.I)
_DISMISS = frozenset({"dismiss", "drop", "throw", "toss", "quash"})
_WITHOUT = re.compile(r"\bwithout\s+prejudice\b", re.I)


def _dismissed_for_good(f: SentenceFacts) -> tuple[int, str] | None:
    """'threw out the involuntary manslaughter case against Alec Baldwin … and said it cannot be
    filed again', 'dismissed the case with prejudice': for a market on a conviction, the case
    ended with no verdict and cannot come back. A dismissal without prejudice (it can be
    refiled) is not read."""
    final = _FINAL_DISMISSAL.search(f.sent.text)
    if not final or _WITHOUT.search(f.sent.text):
        return None
    for i, tok in enumerate(f.sent.tokens):
        verb = tok.lemmas & _DISMISS
        if not verb or aspect(f.sent, i, sorted(verb)[0]) != "past":
            continue
        if "throw" in verb and not (i + 1 < len(f.sent.tokens) and f.sent.tokens[i + 1].lower == "out"):
            continue
        return i, f"'{tok.text}' … '{final.group(0)}' (the case cannot come back)"
    return None


# A case the candidate brought ('win his defamation case against The Age'): the possessive
# before the case's noun and 'against' after it in the question
_OWN_CASE = re.compile(r"\b(?:his|her|their|its)\s+(?:[\w-]+\s+){0,2}(?:case|suit|lawsuit|claim|challenge)s?\s+against\b", re.I)
_REQUEST = frozenset({"have", "get", "seek", "seeks", "sought", "ask", "asks", "asked", "bid", "move", "moved", "motion"})


def _own_case_dismissed(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """'former SAS soldier's defamation case dismissed' for 'Will Ben Roberts-Smith win his
    defamation case against …?': a case the candidate brought, named by every word of the
    market's object right before a dismissal verb told done, in a sentence or an article whose
    headline names the candidate, is lost. Not a request to have
    it dismissed ('sought to have the case dismissed'), nor a case brought against the
    candidate (whose dismissal is the candidate's win)."""
    terms = ctx.target.object_terms
    if not terms or not _OWN_CASE.search(ctx.market.question) or not (
            ctx.candidate_pattern and ctx.candidate_pattern.search(f"{f.sent.text}\n{f.article.title or ''}")):
        return None  # (another's case of that kind: the candidate named in neither the sentence nor the headline)
    toks = f.sent.tokens
    n = len(terms)
    for i, tok in enumerate(toks):
        verb = tok.lemmas & _DISMISS
        if not verb or i < n or aspect(f.sent, i, sorted(verb)[0]) != "past" or negation(f, i):
            continue
        k = i - 1
        while k >= 0 and toks[k].lower in ("was", "were", "has", "have", "been", "is", "be"):
            k -= 1
        if [toks[j].lower for j in range(k - n + 1, k + 1)] != [w.lower() for w in terms]:
            continue
        if any(w.lower in _REQUEST for w in toks[max(0, k - n - 4):k - n + 1]):
            continue  # 'sought to have the case dismissed': asked for, not done
        return i, f"'{' '.join(w.text for w in toks[k - n + 1:i + 1])}' (the candidate's own case)"
    return None


# 'acquitted of charges of abuse of power', 'cleared on two counts': an acquittal that names the
# counts it covers (not 'all charges')
_NAMED_COUNTS = re.compile(r"\b(?:acquitted|cleared|exonerated|not\s+guilty|acquittal)\s+(?:of|on)\s+(?!all\b|every\b|each\b|any\b)",
                           re.I)


def _other_count_verdict(ctx: MarketContext, f: SentenceFacts, i: int) -> str | None:
    """'Castillo, 56, was acquitted of charges of abuse of power and disturbing public order' in a
    report headed 'sentenced to more than 11 years in prison for the crime of rebellion': an
    acquittal on the counts it names, in an article that tells the asked verdict (or a later
    stage of the prosecution: a sentence) as done, is a partial verdict, not the other way."""
    if not _NAMED_COUNTS.match(f.sent.text, f.sent.tokens[i].start):
        return None
    wording = f"{ctx.market.question} {ctx.market.criteria}"
    act = ctx.target.act
    for sent in article_sentences(f.article.title, f.article.text):
        told = [m.index for m in mentions.read(sent) if m.affirmed and (
            act in sent.tokens[m.index].lemmas or stages.later(act, wording, sent.tokens[m.index].lemmas))]
        told += [k for k, _ in guilty_verdicts.findings(sent)  # 'was found guilty of …'
                 if aspect(sent, k, "find") == "past" and not negated_before(sent, k)]
        if told and any(p.search(sent.text) for p in ctx.actor_patterns.values()):
            return f"'{sent.tokens[told[0]].text}' on another count (sentence {sent.index})"
    return None


WITHOUT_NOTE = "the act itself took place, without what the market asks"


def _without_complement(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """'dismissed both of those indictments without prejudice' for a market on a dismissal 'with
    prejudice': the asked act reported done, its clause saying 'without' the asked complement.
    The act (one dismissal, one sentencing of the object) has taken place in the excluded form."""
    t = ctx.target
    if not t.complement_terms or not re.search(r"\bwith\s+" + re.escape(t.complement_terms[0]), ctx.market.question, re.I):
        return None
    for i in f.act_idx:
        if aspect(f.sent, i, t.act or "") != "past" or negation(f, i):
            continue
        a, b = f.sent.clause_of(i)
        clause = " ".join(tok.lower for tok in f.sent.tokens[i + 1:b])
        if re.search(r"\bwithout\s+(?:\w+\s+){0,2}" + re.escape(t.complement_terms[0]), clause):
            return i, f"'{f.sent.tokens[i].text}' … 'without {t.complement_terms[0]}'"
    return None


def _names_doer(ctx: MarketContext, pattern: re.Pattern[str], subject: str) -> bool:
    """The subject names the party, not only as a possessive modifier of another one: in 'Japan's
    ruling coalition lost …' the coalition lost, not every party of a Japan market — unless the
    possessed noun is the question's own subject ('the LDP–Komeito coalition win …')."""
    q = ctx.market.question
    verb = re.search(r"\b(?:" + "|".join(map(re.escape, ctx.target.act_forms or [ctx.target.act or "win"])) + r")\b", q, re.I)
    asked = {w.lower() for w in re.findall(r"[A-Za-z]+", q[:verb.start()] if verb else q)}
    for m in pattern.finditer(subject):
        poss = re.match(r"['’]s\s+((?:[A-Za-z-]+\s*){1,3})", subject[m.end():])
        if not poss or asked & {w.lower() for w in re.findall(r"[A-Za-z]+", poss.group(1))} - {"the", "a", "an"}:
            return True
    return False


_DASHES = ("—", "–")


def _past_possessor(f: SentenceFacts, i: int) -> int:
    """Where the sentence's subject names its person: after an opening possessor that only says
    whose the person is ('Zimbabwe's opposition leader Morgan Tsvangirai says he is pulling out':
    the subject is Tsvangirai, not Zimbabwe); 0 when the sentence opens otherwise. A dateline the
    sentence opens with ('SAN JOSE, Costa Rica (AP) — Costa Rica's governing party candidate Johnny
    Araya said …') names where the story was filed, not the subject: the subject is looked for after it."""
    toks = f.sent.tokens
    filed = datelines.opening_end(f.sent.text)
    k = next((n for n, t in enumerate(toks) if t.start >= filed), 0) if filed else 0
    start = k
    while k < i and toks[k].text[:1].isupper() and not toks[k].text.endswith(("'s", "’s")):
        k += 1
    if k < i - 1 and toks[k].text[:1].isupper() and toks[k].text.endswith(("'s", "’s")) \
            and toks[k + 1].text[:1].islower():
        return k + 1
    return start


def _before_aside(f: SentenceFacts, a: int, subject: str) -> str:
    """'Joey Chestnut — arguably the most dominant competitive eater of all time — has been banned':
    a clause opening on the dash that closes an aside has its subject before the aside (from the
    start of the clause holding the opening dash); any other subject is returned as it is."""
    if subject.lstrip()[:1] not in _DASHES:
        return subject
    before = f.sent.text[:f.sent.tokens[a].start]
    opening = max(before.rfind(d) for d in _DASHES)
    if opening <= 0:
        return subject
    start, _ = f.sent.clause_of(max(0, f.sent.token_at(opening) - 1))
    return f.sent.text[f.sent.tokens[start].start:opening] + subject


def _count_lost(f: SentenceFacts, i: int) -> bool:
    """The losing verb at i takes a count ('lost three', 'lost 12 seats'), not a score ('lost 3-1')."""
    toks = f.sent.tokens
    nxt = toks[i + 1].lower.replace(",", "") if i + 1 < len(toks) else ""
    if not (nxt.isdigit() or nxt in NUMBER_WORDS and nxt not in ("a", "an")):
        return False
    return not (i + 2 < len(toks) and toks[i + 2].lower in ("-", "\u2013", "to"))


def apply(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    t = ctx.target
    # a sign asked as a verb ('data show the economy grew': growth above zero) is read like the act
    sign = t.kind == "threshold" and t.threshold == 0
    key = family_key(t.act) or t.act if t.act else None
    # 'Most of the group were found guilty …, while two were acquitted' for 'Will all 47 … be convicted?'
    members = key == "convict" and t.quantifier == "all" and count_verdicts.members_acquitted(
        f.sent, bool(f.object_idx or f.act_idx), group_objects.members(ctx.market.question, ctx.market.criteria))
    if not (t.kind == "event" or sign) or not t.act or not (f.actors or f.object_idx or members or (t.act == "unanimous" and f.article_mentions_subject)):
        return []
    if quantities.voter_count(t.quantity_unit):
        return []  # a market on how many vote a way: the decision itself says nothing of the split
    beaten = reversed_sides.doer_beaten(ctx, f) or chosen_alternatives.alternative_chosen(ctx, f)  # 'Gillard defeats Rudd' for 'Will Rudd defeat Gillard'
    if beaten is not None:
        factor, why = _window_factor(ctx, f, beaten.index, False, False)
        return [hedged.weaken(f, beaten.index, NAME, "no", -settings.weights.opposite_outcome * factor,
                              f"the contest went the other way: {reversed_sides.reversed_note(ctx, beaten)}", settings,
                              why)] if factor > 0 else []
    found: tuple[int, str] | None = members or None
    for i, tok in enumerate(f.sent.tokens if not members else ()):  # (a count of members acquitted is read as it is)
        lemmas = tok.lemmas
        if key in _RATE_ACTS and lemmas & HOLD_VERBS and f.object_idx:
            a, b = f.sent.clause_of(i)
            clause_words = {x.lower for x in f.sent.tokens[a:b]}
            same_clause_object = any(a <= k < b for k in f.object_idx)
            if same_clause_object and (clause_words & HOLD_WORDS) and (
                    aspect(f.sent, i, sorted(lemmas & HOLD_VERBS)[0]) == "past" or _voted_hold(f, i)):
                found = (i, f"'{tok.text}' … unchanged/steady")
                break
        opp = bid_objects.taken((OPPOSITE_VERBS.get(key, frozenset()) | upheld_rulings.overturned(t, f.sent, i)) & lemmas, f.sent, i, ctx.actor_patterns.values())  # not 'withdrew its objection'
        if opp == {"defeat"} and key == "convict" and not any(
                w.lemmas & _CHARGES for w in f.sent.tokens[i + 1:i + 8]):
            continue  # the defendant defeats charges, not an opponent ('rejected assertions that …': words refused, said_themes.py)
        if opp and aspect(f.sent, i, sorted(opp)[0]) == "past" and (f.object_idx or f.actors) and not said_themes.said_theme(f.sent, i):
            found = (i, f"'{tok.text}'")
            break
    if found is None:
        for phrase in OPPOSITE_PHRASES.get(_phrase_key(ctx, key), ()):
            # (a trial's verdict words told as a plea, a request or an expectation: no verdict given)
            idx = unrendered_verdicts.given(f.sent, phrase) if key == "convict" else next(
                (k for k, tok in enumerate(f.sent.tokens) if tok.lower == phrase.split()[0]), None)
            if has_phrase(f.sent, phrase) and idx is not None:
                found = (idx, f"'{phrase}'")
                break
    if found is None and _phrase_key(ctx, key or "") == "win" and t.candidate:
        found = ended_campaigns.ended(f.sent)  # 'is suspending his 2020 presidential campaign'
    survived = found is None and (key == "pass" or survived_votes.ousted_by_vote(ctx.market.question)) and survived_votes.survived(ctx, f)
    if survived:  # 'X narrowly survived a no-confidence vote': the motion failed
        factor, why = survived_votes.window_factor(ctx, f, survived[0], REVISABLE_FACTOR, REVISABLE_NOTE)
        return [hedged.weaken(f, survived[0], NAME, "no", -settings.weights.opposite_outcome * factor,
                              f"the decision went the other way: {survived[1]}", settings, why)] if factor > 0 else []
    if found is None and key == "unanimous":
        found = _split_vote(f)
    if found is None and key == "convict":
        found = _dismissed_for_good(f)
    own_case = found is None and key == "win" and t.candidate and _own_case_dismissed(ctx, f)
    if own_case:
        factor, why = _window_factor(ctx, f, own_case[0], False, False)
        return [hedged.weaken(f, own_case[0], NAME, "no", -settings.weights.opposite_outcome * factor,
                              f"the decision went the other way: {own_case[1]}", settings, why)] if factor > 0 else []
    voted_down = found is None and rejected_measures.rejected(ctx, f)
    if voted_down:  # 'The people of Chile … rejected the new proposed Constitution in a plebiscite' for 'Approve win'
        if negation(f, voted_down[0]):
            return []
        factor, why = _window_factor(ctx, f, voted_down[0], False, False)
        return [hedged.weaken(f, voted_down[0], NAME, "no", -settings.weights.opposite_outcome * factor,
                              f"the decision went the other way: {voted_down[1]}", settings, why)] if factor > 0 else []
    excluded = found is None and _without_complement(ctx, f)
    if excluded:
        found = excluded
    disposition = found is None and (_non_custodial(ctx, f) or _custodial(ctx, f) or upheld_judgments.upheld(ctx, f) or lost_status.lost(ctx, f)
                                         or decided_against.find(ctx, f))
    if disposition:
        found = disposition
    if found is None:
        return []
    i, wording = found
    if negation(f, i) and not wording.startswith("'not ") or bill_numbers.other_bill(ctx.market.question, f.sent) or vetoes.partial(f.sent, i):
        return []  # (or a veto of another numbered bill, 'vetoed SB 1048' for SB 1047; or of parts: 'vetoed sections 9, 10 …')
    if t.candidate and ("lose" in f.sent.tokens[i].lemmas or passive_defeats.told(wording)) and (
            passive_defeats.other_stage(f.sent.text, ctx.market.question) or parts.contest_part(f.sent, ctx.market.question)) \
            and not contests.decides_title(f.sent):
        return []  # 'lost the opening match', 'lost stage 11': a part lost, not the contest (eliminated is another)
    if t.candidate and "lose" in f.sent.tokens[i].lemmas and _count_lost(f, i):
        return []  # 'Bush lost three in a machine recount': a count of votes or seats lost, not the contest
    if not disposition and not excluded and complement.missing(t.complement_terms, f.sent, i):
        return []  # 'acquitted of sex trafficking' says nothing of the racketeering count
    # (an acquittal naming the charge the market names is the asked count's verdict, not another's)
    # (for a market on a conviction on all the counts, an acquittal on any one of them is the other way)
    other_count = key == "convict" and not t.complement_terms and not members and t.quantifier != "all" and \
        _other_count_verdict(ctx, f, i)
    if other_count:
        return [cite(f, NAME, "none", 0.0, f"{wording} covers the counts it names; the article tells {other_count}: "
                                           "a partial verdict, not the other way")]
    a, b = f.sent.clause_of(i)
    subject = f.sent.text[f.sent.tokens[a].start:f.sent.tokens[i].start]
    subject = _before_aside(f, a, subject)
    if key == "convict" and not members:
        # the defendant is the subject ('Combs was acquitted'), the theme ('acquitted Combs'), or an
        # earlier clause's subject taken up by a pronoun or a description ('…, but the rapper defeated …')
        clause = f.sent.text[f.sent.tokens[a].start:f.sent.tokens[b - 1].start + len(f.sent.tokens[b - 1].text)]
        before = f.sent.text[:f.sent.tokens[a].start]
        taken_up = f.sent.tokens[a].lower in _TAKE_UP or (a + 1 < b and f.sent.tokens[a + 1].lower in _TAKE_UP)
        if not any(p.search(clause) or (taken_up and p.search(before)) for p in ctx.actor_patterns.values()):
            return []  # a co-defendant's acquittal says nothing of the market's defendant
    elif t.candidate and ctx.candidate_pattern:
        pronoun = re.search(r"\b(?:he|she)\s+(?:\w+\s+){0,2}$", subject, re.I)
        if pronoun:
            # 'Kickl informed President Van der Bellen that he was giving up the mandate': the
            # pronoun of a reported clause takes up the sentence's first name, its subject
            names = contests.names_in(f, _past_possessor(f, i), i)
            doer = names[0] if names else None
        else:
            doer = contests.nearest_name(f, a, i)
        if not ctx.candidate_pattern.search(subject) or concessions.rivals_concede(f, i):
            return []  # someone else conceded or lost ('declared victory as his main rivals … conceded defeat')
        if doer and not ctx.candidate_pattern.search(doer):
            return []  # 'Connolly wins … as Humphreys concedes': the one who conceded is the rival
    elif key in _FINAL and "(not all)" not in wording and not (key == "unanimous" and not f.actors) \
            and not any(_names_doer(ctx, p, subject) for p in ctx.actor_patterns.values()):
        # (a dissent told without naming the body, in an article that names it, is the body's vote)
        return []  # 'Wilders conceded' says nothing of D66's seats
    deciders = subject + " " + (passive_agents.agent(f, i, b) or "")  # 'was rejected by the FDA': the by-phrase's agent
    regulator_subject = any(p.search(deciders) for a, p in ctx.actor_patterns.items() if a.lower() in REGULATORS)
    factor, why = _window_factor(ctx, f, i, "unchanged" in wording, regulator_subject)
    if excluded and factor > 0:
        factor, why = 1.0, f"{why.split('; ')[0]}; {WITHOUT_NOTE}"
    if factor > 0 and lost_status.NOTE in wording:
        factor, why = 1.0, f"{why.split('; ')[0]}; a status lost is not held through the deadline"
    if factor > 0 and upheld_judgments.NOTE in wording and upheld_judgments.appeal_asked(ctx.market.question, ctx.market.criteria):
        factor, why = 1.0, f"{why.split('; ')[0]}; the market names the appeal as its occasion"
    if factor <= 0:
        return []
    return [hedged.weaken(f, i, NAME, "no", -settings.weights.opposite_outcome * factor,
                          f"the decision went the other way: {wording}", settings, why)]
