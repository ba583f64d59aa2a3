"""Confirmation gates: the checks a mention of the counted act must pass before the confirmation rule counts it as
done — its trigger (a done verb, an act in force, a rival's concession, an announcement), that it is about the
market's act and candidate (one-off, not partial, not restricted, the agent the market names, its role, its term:
other_tenors.py), and that it is not told as still to come (a headline's present tense: headline_tense.py)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..act_families import family_key
from ..averted_acts import averted
from ..captions import CAPTION, caption_dated
from ..led_to_win import led_to_win
from ..word_class import noun_modifier, verb_at
from ..analysis import MarketContext, SentenceFacts, aspect, clause_is_done, negation, verb_lemma_at
from ..verb_aspect import duration_forecast
from ..activity_objects import actor_acted_on
from ..sentence_holders import holder_acted_on
from ..event_objects import names_event
from ..planned_report import planned_report
from ..said_clauses import clause_after
from ..presupposed_acts import OWN_DATE, dated_before_article
from ..round_win import earlier_round
from ..begun_acts import begun_act
from ..coordinated_subjects import subject_text
from ..sufficiency import doer_text
from ..text import has_phrase, in_quotation, lemmas_of, tokenize
from ..under_way import UNDER_WAY, hosted_visit, under_way_today
from .. import ahead_clauses, categories, champions, concessions, contests, criteria_terms, defeats, durations, electoral, \
    ended_acts, group_objects, mentions, noun_senses, other_parties, other_tenors, participial_clauses, partial_headlines, \
    particle_needed, past_editions, performatives, principal, prize_taken, roles, scope, share_done, talk_agreements, \
    themes, unasserted, verb_idioms, won_parts
from ..frames import MODALITY

# Acts whose object is itself an event ("hold talks", "open pre-orders"): the object happening is the act happening.
EVENT_OBJECT_ACTS = frozenset({"hold", "complete", "open", "conduct", "begin", "start", "launch", "stage",
                               "occur", "happen"})  # intransitive acts: the object is the event itself
# Policy acts that are done when their object "takes effect" ("tariffs took effect on Wednesday").
IN_FORCE_ACTS = frozenset({"impose", "ban", "pause", "raise", "cut", "pass", "approve", "ratify", "open", "take-effect"})
# Modalities of a mention that do not report the act as done ("demanded that they hand over",
# "agreed to begin talks", "tipped to win", "waiting to be signed").
NOT_DONE = frozenset({"demanded", "planned", "expected", "attempted", "pending", "hypothetical", "denied", "claimed"})
TRANSACTIONS = frozenset({"deal", "agreement", "merger", "acquisition", "takeover", "purchase", "bid", "contract",
                          "treaty", "accord", "pact", "plan", "application", "sale", "buyout", "transaction"})
_UNIVERSAL = frozenset({"all", "every", "entire", "remaining", "last"})
# an act done by stages ('a phased restart', 'a partial reopening'): begun for some, not yet for all
_STAGED = frozenset({"phased", "partial", "partially", "staggered", "gradual", "gradually"})
_ELECT = frozenset({"elect", "select", "choose", "pick", "name", "appoint", "swear", "reelect", "re-elect"})

# Marker of a confirmation whose act is a noun carried by another verb ('Treaty' ← 'signed', 'bid' ←
# 'selected'): the gate on weak readings (weak_readings.py) recognises the reading by it.
NOUN_CARRIED = "' reported as done ('"


def _event_object(ctx: MarketContext) -> bool:
    return bool(ctx.target.act) and (family_key(ctx.target.act) or ctx.target.act) in EVENT_OBJECT_ACTS


def _candidate_is_agent(ctx: MarketContext, f: SentenceFacts, i: int) -> bool:
    """For a candidate market: the candidate is the one the act is reported of — named before
    the verb in its clause, or right after an electing verb ("cardinals elected X")."""
    a, _ = f.sent.clause_of(i)
    tok = f.sent.tokens[i]
    shared = subject_text(f.sent, i)  # 'Chelsea came … to tie Bayern Munich … and then won': Chelsea won
    before = f.sent.text[f.sent.tokens[a].start:tok.start] if shared is None else shared
    before = doer_text(f.sent, i) or before  # 'was enough for the home side to take the trophy': the 'for' phrase's
    if ctx.candidate_pattern.search(before):
        return True
    after = f.sent.text[tok.start:tok.start + 60]
    if _subject_result(ctx, f, i) or participial_clauses.after_gerund(f.sent, i) and \
            not participial_clauses.other_doer(f.sent, i, ctx.candidate_pattern):  # ('Sporting won … after triumphing')
        return True  # 'Kemi Badenoch became the new leader …, after winning a leadership contest'
    return bool(tok.lemmas & _ELECT) and bool(ctx.candidate_pattern.search(after))


def _subject_result(ctx: MarketContext, f: SentenceFacts, i: int) -> bool:
    """The gerund at i tells the act of the sentence's subject, and that subject is the candidate:
    after 'after' ('…, after winning a leadership contest') or as a past clause's result ('The
    Broncos scored early … and never trailed as they held the … offence in check, capturing their first
    Super Bowl title'); not another's ('Krystyna Pyszkova stole the show …, taking home the crown'
    for another contestant)."""
    if not (participial_clauses.after_gerund(f.sent, i) or participial_clauses.result_participle(f.sent, i, perfect=True)):
        return False
    first_verb = next((k for k in range(i) if verb_at(f.sent, k) is not None), None)
    return first_verb is not None and bool(ctx.candidate_pattern) and \
        bool(ctx.candidate_pattern.search(f.sent.text[:f.sent.tokens[first_verb].start]))


IN_FORCE_PHRASES = ("took effect", "takes effect", "came into force", "comes into force", "went into effect",
                    "came into effect", "entered into force", "enters into force")


# criteria that make the market's event a law's entry into force ('if El Salvador's Bitcoin Law, making bitcoin
# legal tender, enters into force on or before …'): the law taking effect is the act, whatever verb the question uses
_CRITERIA_IN_FORCE = re.compile(r"\b(?:enters?|entry|comes?|goes?)\s+into\s+(?:force|effect)\b|\btakes?\s+effect\b", re.I)


def _in_force(ctx: MarketContext, f: SentenceFacts) -> str | None:
    """For a policy act, or criteria counting the act from a law's entry into force, the sentence says its object took effect."""
    if not (ctx.target.act and (family_key(ctx.target.act) in IN_FORCE_ACTS or _CRITERIA_IN_FORCE.search(ctx.market.criteria))):
        return None
    return next((p for p in IN_FORCE_PHRASES if has_phrase(f.sent, p)), None)


def _one_off(ctx: MarketContext, span) -> bool:
    """The market is about one occasion (its window is named) and the event falls in it."""
    ws = ctx.target.window_start
    return ws is not None and not span.ends_before(ws) and not span.starts_after(ctx.market.deadline)


def _all_to_come(toks) -> str | None:
    """'with plans for all its manufacturing sites to be back up': the words putting the act for
    all in the future (a plan or 'will' just before the universal word), else None."""
    for u, t in enumerate(toks):
        if t.lower in _UNIVERSAL and any(lemmas_of(w.lower) & _PLANNED or w.lower == "will" for w in toks[max(0, u - 3):u]):
            return " ".join(w.text for w in toks[max(0, u - 3):u + 1])
    return None


@lru_cache(maxsize=64)
def _article_all_to_come(text: str) -> str | None:
    """_all_to_come over a whole article, read once an article (not once a sentence of it)."""
    lowered = text.lower()
    return _all_to_come(tokenize(text)) if any(w in lowered for w in _UNIVERSAL) else None


def _partial(ctx: MarketContext, f: SentenceFacts, i: int) -> str | None:
    """When the market needs *all* of something, a sentence counting only some (group_objects.short_of_all)
    of them, or telling the act of some only, does not count."""
    if ctx.target.quantifier != "all":
        return None
    toks = f.sent.tokens
    still = _all_to_come(toks)  # 'has restarted … in Solihull, with plans for all its sites to be back up …'
    if still:
        return f"'{still} …': the act for all is still to come"
    for k in f.act_idx:  # 'following the phased restart of production yesterday': a restart by stages has begun
        staged = next((f"{t.text} {toks[k].text}" for t in toks[max(0, k - 2):k] if t.lower in _STAGED), None)
        if staged or share_done.share_at(f.sent, k):  # '… 85 Percent Restored': done for a share of the whole
            return f"'{staged or share_done.share_at(f.sent, k)}' is an act done by stages or for a share; the market needs all"
    noun = group_objects.noun(ctx.market.question, ctx.market.criteria) or criteria_terms.all_noun(ctx.market.criteria,
                                                                                                  ctx.target.object_terms)
    if not any(t.lower in _UNIVERSAL for t in toks):
        later = _article_all_to_come(f.article.text)
        if later:  # the headline 'Jaguar Land Rover Restarts Production' over a text that puts all still to come
            return f"the article puts the act for all still to come ('{later} …'); this report need not be of all"
        if told := partial_headlines.body_part(f, noun, ctx.act_verbs):  # 'Major unions sign off on …' over 'four major union …'
            return told
    return group_objects.short_of_all(ctx.market.question, ctx.market.criteria, f.sent, i, noun, f.object_idx)


def _restricted(ctx: MarketContext, f: SentenceFacts) -> str | None:
    """When the market needs the act for everyone, a report of it for a limited audience does not count."""
    if not scope.universal(ctx.market.question, ctx.market.criteria):
        return None
    limit = scope.restriction(f.sent)
    return f"'{limit}' limits who the act reaches; the market needs it for everyone" if limit else None


def _done_trigger(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """Token index and wording of an act reported as done, if any."""
    event_object = _event_object(ctx)
    read = {m.index: m for m in mentions.read(f.sent)}
    hosted = hosted_visit(ctx, f)
    if hosted is not None:
        return hosted
    if (ended := ended_acts.ended(f.sent, sorted(set(f.act_idx) | set(f.act_noun_idx) | set(f.object_idx if event_object else ())))) is not None:
        return ended[0], f"'{f.sent.tokens[ended[0]].text}' {ended[1]} {ended_acts.MARK}"  # 'reached a deal to end the rail strike'
    for i in f.act_idx:
        if i and f.sent.tokens[i - 1].lemmas & ended_acts.AVERTING or averted(f.sent, i, f.act_idx):
            continue  # 'reach agreement, avert strike', 'spared yet another interest rate increase': averted
        if i not in f.entailed_idx and contests.other_prize(f.sent, i, f.object_idx, ctx.target.object_terms):
            continue  # 'won national elections …, but failing to secure a governing majority' (not 'won the right to host')
        if planned_report(f.sent, i):
            continue  # 'is set to announce that it is approving the merger': the announcement is still to come
        if not ctx.target.announcement_counts and clause_after(ctx.target.act, f.sent, i):
            continue  # 'announced on Monday that the unveiling … will be postponed': a statement, not the act (said_clauses.py)
        if particle_needed.bare(f.sent, i, ctx.market.question):
            continue  # 'Mundo Deportivo carried similar news': 'carry' completes an act only as 'carry out'
        if len(f.act_idx) > 1 and past_editions.past_win(ctx, f, i):
            continue  # 'Trump, who won in 2016, won the election again on Tuesday': the later verb is the one to read
        if earlier_round(f.sent, i, ctx.candidate_pattern):
            continue  # 'Naomi Osaka and Victoria Azarenka win, will face off in women's final': a semifinal's win
        if family_key(ctx.target.act or "") == "win" and (contests.series_lead(f, i) or contests.lower_place(f, i) or won_parts.part_won(
                f.sent, i, ctx.market.question) or verb_idioms.idiom(f.sent, i, ctx.market.question)):
            continue  # 'Sinema takes slim lead in too-close-to-call Arizona Senate race': a lead (or a lower place, or a
            # part: 'clinched a podium in the … Championship') taken while the contest goes on, not the win; 'takes aim at …'
        if noun_senses.schedule_object(f.sent, i, ctx.target.object_terms) or noun_senses.passive_of_plan(f.sent, i) \
                or ahead_clauses.ahead(f.sent, i):  # ('… before the bill becomes enacted': still to come)
            continue  # 'Tesla released its launch schedule for the robotaxi service': a schedule made known
        lemma = verb_lemma_at(ctx, f, i)
        asp = aspect(f.sent, i, lemma)
        if asp != "past" and participial_clauses.result_participle(f.sent, i, perfect=True):
            asp = "past"  # 'has called home …, confirming the first successful flyby of Pluto'
        if asp == "past" and ctx.target.object_terms and (participial_clauses.after_gerund(f.sent, i)
                                                          or participial_clauses.result_participle(f.sent, i, perfect=True)
                                                          or participial_clauses.means_gerund(f.sent, i) is not None) and \
                not any(i < k < f.sent.clause_of(i)[1] for k in f.object_idx):
            continue  # 'retained the Solheim Cup after securing a first-ever tie', 'violated its own ceasefire by
            # striking the town of Kramatorsk': the gerund's own object is another
        if asp == "past" and participial_clauses.result_participle(f.sent, i, perfect=True) and (
                ctx.target.candidate or family_key(ctx.target.act or "") == "win") \
                and not (ctx.target.candidate and _subject_result(ctx, f, i)):
            continue  # '… stole the show on Saturday night, taking home the … crown': whose win is the main clause's subject's
        if asp == "present" and in_quotation(f.sent, i):
            continue  # '"The ruling today sets Dr Besigye … free," he told AFP': a speaker's claim of an effect
        if asp == "present" and noun_modifier(f.sent, i) and i not in read:
            continue  # 'The cable repair ship Reliance recovered …': a base form inside a noun phrase, no verb
        if asp == "past" or (asp == "present" and f.spans):
            return i, f"'{f.act_words(i)}' ({asp}{CAPTION if asp == 'present' and caption_dated(f.sent) else ''})"
        if asp == "ongoing" and under_way_today(f, i):
            return i, f"'{f.sent.tokens[i].text}' ({UNDER_WAY})"
        if i in read and read[i].affirmed and read[i].kind != "nominal" and not noun_senses.headline_noun(f.sent, i):
            return i, f"'{f.sent.tokens[i].text}' (done: {read[i].agent} … {read[i].form})"
        if asp == "noun" and (dated := dated_before_article(f, i, read.get(i))) and not planned_report(f.sent, i):
            return i, f"'{f.sent.tokens[i].text}' {OWN_DATE} ('{dated}')"  # 'Following a filing … last month, …'
        if asp == "noun" and family_key(ctx.target.act or "") == "win" and (led := led_to_win(f.sent, i)):
            return i, f"'{led}' (the side led to the win won it)"
        if asp == "noun":
            done, verb = clause_is_done(f.sent, i)
            if done:
                return i, performatives.carried_note(f.sent, i, verb, NOUN_CARRIED)
        if asp in ("future", "ongoing") and ctx.target.announcement_counts:
            if i in read and (read[i].modality in ("demanded", "expected", "hypothetical", "attempted", "denied", "claimed")
                              or unasserted.aspiring(read[i].cue)):
                continue  # 'one member wanted the rate to be lowered', 'vowed to appoint': a wish told, not the act announced
            if duration_forecast(f.sent, i):
                continue  # 'told RTÉ that … it would take more than a week to restore supplies': still to come
            said = _announced(f, i)
            if said and family_key(ctx.target.act or "") == "win" and not said.lower().startswith(_DECIDING):
                continue  # 'It said Wade will win 55.86 percent': an outcome forecast; 'The … winner was announced' decides
            if said:
                return i, f"'{f.sent.tokens[i].text}' announced ('{said}'; the criteria count announcements)"
    for i in sorted(set(f.act_idx) | set(f.act_noun_idx)):
        if planned_report(f.sent, i):
            continue
        dated = dated_before_article(f, i, read.get(i))
        if dated:
            return i, f"'{f.sent.tokens[i].text}' {OWN_DATE} ('{dated}')"
    holder = new_holder(ctx, f)
    if holder is not None:
        return holder, f"'{f.sent.tokens[holder].text}' {NEW_HOLDER}"
    champion = champions.crowned_candidate(ctx, f)
    if champion is not None:
        return champion.index, f"{champion.wording} {CROWNED}"
    titled = electoral.elect_title(f, ctx.elected_office, ctx.candidate_pattern)
    if titled is not None and not negation(f, titled):
        return titled, f"'{f.sent.tokens[titled].text}' {ELECT_TITLE}"
    need = durations.bar(ctx.market.question)
    overall = defeats.beat_by_overall(f, durations.times(f.sent.text)) if need and need.margin else None
    if overall is not None and not ctx.target.candidate:  # the margin itself: read by durations.check
        return overall.index, f"{overall.wording} {OVERALL_MARGIN}"
    conceded = concessions.conceded_to_candidate(ctx, f, read)
    if conceded is not None:
        return conceded, f"'{f.sent.tokens[conceded].text}' {CONCEDED_TO} {ctx.target.candidate}"
    hailed = concessions.congratulated_candidate(ctx, f)
    if hailed is not None:
        return hailed, f"'{f.sent.tokens[hailed].text}' {concessions.CONGRATULATED}: {ctx.target.candidate}"
    awarded = awarded_to_candidate(ctx, f)
    if awarded is not None:
        return awarded, f"'{f.sent.tokens[awarded].text}' {AWARDED_TO} {ctx.target.candidate}"
    begun = begun_act(ctx, f)
    if begun is not None:
        return begun, f"'{f.sent.tokens[begun].text}' {BEGUN}"
    phrase = _in_force(ctx, f)
    if phrase and any(k in read and read[k].modality in NOT_DONE for k in f.act_idx + f.act_noun_idx):
        phrase = None  # 'Dr. Asiamah's appointment, which took effect …, is still pending approval': not the act
    if phrase and f.object_idx:
        return f.object_idx[0], f"'{f.sent.tokens[f.object_idx[0]].text}' {phrase}"
    # an event object (talks, an exchange, deliveries) reported with any past verb happened; a
    # transaction (a deal, a merger) can be approved, blocked or announced without being done
    occurring = not (set(ctx.target.object_terms[-1:]) & TRANSACTIONS)
    for i in f.act_noun_idx + (f.object_idx if event_object else []):
        if roles.governing_event(ctx, f, i) or verb_idioms.deal_idiom(f.sent, i):
            continue  # "announced Russia's suspension of the Black Sea grain agreement": the suspension is done;
            # 'struck a tentative agreement' for the object 'strike': a deal made, no strike
        if planned_report(f.sent, i):
            continue  # 'will announce that the talks concluded': told only when the announcement comes
        # any past verb only for an object naming an event: 'The satellite built by Boeing' is no launch
        done, verb = clause_is_done(f.sent, i, any_past_verb=occurring and i in f.object_idx and names_event(f.sent, i))
        if done and noun_senses.embedded_in_other_head(f.sent, i, verb, ctx.act_verbs):
            continue  # 'held a launch rehearsal for the robotaxi service': the verb's object is the rehearsal
        if done:
            return i, performatives.carried_note(f.sent, i, verb, NOUN_CARRIED)
    return None


CONCEDED_TO = "(the rival conceded) to"
AWARDED_TO = "(the prize given) to"
BEGUN = "(begun: the criteria count the act from its beginning)"
NEW_HOLDER = "(the candidate is named as its new holder)"
CROWNED = "(the candidate named the contest's champion)"
BEAT_RIVAL = "(the candidate's win told by its result)"
OVERALL_MARGIN = "(the contest won: a side beaten by a margin told overall)"
ELECT_TITLE = "(the candidate's title names the election won)"
_OFFICE_ACTS = frozenset({"swear", "become", "appoint", "elect", "name", "inaugurate"})


def new_holder(ctx: MarketContext, f: SentenceFacts) -> int | None:
    """'Kristen Michal is Estonia's new prime minister': for a market on a candidate taking an
    office, the candidate as the subject of a present 'is' whose complement is the office with
    'new' before it reports the office taken. Returns the office noun's token, or None."""
    if not (ctx.target.candidate and ctx.candidate_pattern and f.object_idx) or not (
            family_key(ctx.target.act or "") in _OFFICE_ACTS or "become" in ctx.act_verbs):
        return None
    toks = f.sent.tokens
    for k, t in enumerate(toks):
        if t.lower not in ("is", "'s", "\u2019s") or k == 0 or negation(f, k + 1):
            continue
        if not ctx.candidate_pattern.search(f.sent.text[toks[max(0, k - 4)].start:t.start]) or \
                any(w.lower in (",", "that", "who", "if", "whether") for w in toks[max(0, k - 4):k]):
            continue
        j = k + 1
        if j < len(toks) and (toks[j].lower == "the" or toks[j].lower.endswith(("'s", "\u2019s"))):
            j += 1
        if j >= len(toks) or toks[j].lower != "new":
            continue
        head = next((o for o in f.object_idx if j < o <= j + 3), None)
        if head is not None and all(toks[n].lower.isalpha() for n in range(j + 1, head)):
            return head
    return None
_PLANNED = MODALITY["planned"]
_GIVING = frozenset({"award", "give", "present", "hand", "go"})
_BE = frozenset({"was", "were", "is", "are", "been", "be"})


def awarded_to_candidate(ctx: MarketContext, f: SentenceFacts) -> int | None:
    """'The drama prize was awarded to Eboni Booth's "Primary Trust"': for a market on a
    candidate winning a prize, the prize (named before the verb, in its clause) given or gone
    to the candidate (after 'to') is the candidate's win. The giving verb's index, else None."""
    t = ctx.target
    if t.act != "win" or not (t.candidate and t.role and ctx.candidate_pattern):
        return None
    toks = f.sent.tokens
    prize = {w.lower() for w in t.object_terms} | set(t.role.lower().split()) | categories.PRIZE_HEADS
    for j, tok in enumerate(toks):
        lem = tok.lemmas & _GIVING
        if not lem or negation(f, j) or j + 1 >= len(toks) or toks[j + 1].lower != "to":
            continue
        if lem == {"go"} and tok.lower not in ("went", "goes", "gone"):
            continue
        if lem != {"go"} and not (tok.lower.endswith(("ed", "en")) and {w.lower for w in toks[max(0, j - 2):j]} & _BE):
            continue  # 'awarded' in a passive ('was awarded to'), not 'will award'
        a, _ = f.sent.clause_of(j)
        if not any(w.lower in prize or w.lemmas & prize for w in toks[a:j]):
            continue
        after = f.sent.text[toks[j + 1].start:toks[j + 1].start + 60]
        if ctx.candidate_pattern.search(after) and not ctx.candidate_pattern.search(f.sent.text[toks[a].start:tok.start]):
            return j
    # 'Margaret Atwood and Bernardine Evaristo jointly awarded Booker prize'
    j = prize_taken.recipient_awarded(f.sent, ctx.candidate_pattern, {w.lower() for w in t.object_terms} | set(t.role.lower().split()))
    return None if j is None or negation(f, j) else j


_ANNOUNCING = frozenset({"say", "announce", "confirm", "tell", "declare", "state"})
_DECIDING = ("announc", "declar", "confirm")  # announcing verbs that make an outcome known, not a forecast of it


def _announced(f: SentenceFacts, i: int) -> str | None:
    """A past announcing verb before token i in the sentence ('said on Wednesday that he was leaving')."""
    for j, t in enumerate(f.sent.tokens[:i]):
        lem = t.lemmas & _ANNOUNCING
        if lem and j and t.text[:1].isupper() and not f.sent.headline:
            continue  # 'Canada and the United States plans to reach a deal': a name, not 'state'
        if lem and t.lower != sorted(lem)[0] and not t.lower.endswith("ing"):
            if aspect(f.sent, j, sorted(lem)[0]) in ("future", "hedged"):
                continue  # 'The … winner will be announced later this month': the announcement is still to come
            return t.text
    return None


def other_prize_note(ctx: MarketContext, f: SentenceFacts) -> str | None:
    """Why a winning verb of the sentence does not report the market's prize (contests.other_prize)."""
    for i in f.act_idx:
        np = contests.other_prize(f.sent, i, f.object_idx, ctx.target.object_terms)
        if np:
            return (f"'{f.sent.tokens[i].text} {np}': the win reported is of another thing than the market's "
                    f"'{ctx.target.object}', which the sentence names only with another verb")
    return None


def _about_market(ctx: MarketContext, f: SentenceFacts) -> bool:
    titled = electoral.elect_title(f, ctx.elected_office, ctx.candidate_pattern) is not None  # names the office too
    champion = champions.crowned_candidate(ctx, f) is not None  # names the contest too
    has_act = bool(f.act_idx or f.act_noun_idx) or hosted_visit(ctx, f) is not None or new_holder(ctx, f) is not None \
        or titled or champion
    if ctx.target.candidate and concessions.rival_conceded(ctx, f, {m.index: m for m in mentions.read(f.sent)}) \
            is not None:
        return True  # the question's one rival conceded: the candidate need not be named again
    if concessions.congratulated_candidate(ctx, f) is not None and concessions.names_contest(ctx, f):
        return True  # 'Sefcovic congratulated Caputova on her victory' in a report that names the election
    if ctx.target.candidate and ctx.candidate_pattern and not ctx.candidate_pattern.search(f.sent.text):
        return False
    if ctx.target.object_terms:
        has_object = bool(f.object_idx) or (f.modifier_hits > 0 and bool(f.actors)) or titled or champion \
            or actor_acted_on(ctx, f) is not None or holder_acted_on(ctx, f) is not None  # 'Bali airport closed' for 'suspend operations
        conceded = concessions.conceded_to_candidate(ctx, f, {m.index: m for m in mentions.read(f.sent)}) is not None \
            or awarded_to_candidate(ctx, f) is not None or begun_act(ctx, f) is not None
        return has_object and (has_act or _event_object(ctx) or _in_force(ctx, f) or conceded)
    return has_act and bool(f.actors)


def _not_done(m: mentions.Mention) -> str:
    """Why a mention is not an affirmed report of the act, in words."""
    if m.polarity == "negative":
        return f"negated ('{m.cue}')"
    if m.modality in NOT_DONE:
        return f"{m.modality} ('{m.cue}')"
    return {"future": "in the future", "present": "a present-tense statement", "ongoing": "still under way",
            "state": "a state, not an event"}.get(m.aspect, "its tense does not say it happened")


_DONE_VERB = re.compile(r"\('([^']+)'\)$")


def _role_mismatch(ctx: MarketContext, f: SentenceFacts, i: int, wording: str) -> str | None:
    """The report is of another act than the market's: another party did it (roles.other_agent),
    or it is an earlier stage of the process (roles.earlier_stage)."""
    verb_text = f.sent.tokens[i].text
    verb_at = i
    said = _DONE_VERB.search(wording)
    if said and i not in f.act_idx:
        verb_text = said.group(1)
        a, b = f.sent.clause_of(i)
        verb_at = next((k for k in range(a, b) if f.sent.tokens[k].text == verb_text), i)
    stage = roles.earlier_stage(ctx, lemmas_of(verb_text))
    if stage:
        return roles.stage_note(ctx, stage)
    talk = None if talk_agreements.asks_for_talks(ctx.market.question, ctx.target.object_terms) else \
        talk_agreements.agreed_to_talk(f.sent, verb_at) or (i != verb_at and talk_agreements.agreed_to_talk(f.sent, i))
    if talk:
        return (f"'{talk}': an agreement to talk, not the market's agreement or act itself (the market "
                "asks for no talks)")
    if i not in f.act_idx:  # '23andMe had selected a $256 million bid from Regeneron': the bid is done, not the act
        stage = roles.earlier_stage(ctx, roles.noun_stage_lemmas(f.sent.tokens[i].text))
        if stage:
            return f"'{f.sent.tokens[i].text}' names a stage of its own: {roles.stage_note(ctx, stage)}"
        between = range(verb_at + 1, i) if verb_at < i else ()
        staged = next(((k, st) for k in between
                       for st in (roles.earlier_stage(ctx, roles.noun_stage_lemmas(f.sent.tokens[k].text)),) if st), None)
        if staged is not None:  # 'has granted approval for the merger': what was granted is the approval
            k, stage = staged
            return (f"'{verb_text} {f.sent.tokens[k].text} … {f.sent.tokens[i].text}': the verb's own object "
                    f"names a stage: {roles.stage_note(ctx, stage)}")
    party = other_tenors.other_tenor(ctx.market.question, f.sent.text, f.sent.tokens[verb_at].start) or (
        None if ctx.target.candidate else other_parties.other_party(ctx, f, verb_at))
    if party:  # 'Shehbaz Sharif returned …' for Nawaz Sharif's return; 'signed … with PSG' for 'sign for Real Madrid'
        return f"'{verb_text}': {party}"
    if verb_at in f.act_idx or verb_at != i:
        other = roles.other_agent(ctx, f, verb_at)
        if other:
            return f"'{verb_text}' is reported of {other}, not of the market's actor ({', '.join(ctx.target.actors)})"
        if verb_at in f.act_idx:
            why = principal.other_subject(ctx, f, verb_at) or principal.visited_principal(ctx, f, verb_at)
            if why:
                return f"'{verb_text}': {why}"
            move = themes.move_theme(ctx, f, verb_at)
            if move:
                return (f"'{verb_text} … {move}': the verb's own object is a move about the matter, not the market's "
                        "object: an act on that move, not the market's act")
    claim = roles.third_party_claim(ctx, f, verb_at)
    if claim:
        return (f"'{verb_text}' is told in the words of {claim}, who is none of the market's actors: a third "
                "party's claim, not a report of the act")
    return None
