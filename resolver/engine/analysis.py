"""Per-sentence facts the rules read: where the act, its object, actors, exclusions and time
expressions occur, and the aspect (done / planned / hedged) around them (read in verb_aspect.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cached_property

from . import bill_numbers, criteria_offices, held_posts, death_tolls, formed_bodies, guilty_verdicts, halt_words, indicators, kind_nouns, legislatures, lexicon, lost_groups, moved_deadlines, named_objects, offset_clauses, place_departure, runoff_words, stages, taken_up, team_places, zoned_dates
from .frames import FRAMES, Entailment, entailing, phrases_of
from .champion_words import names_champion
from .actors import actor_aliases, alias_alternatives, bare_club_name, bracketed_aliases, guarded_alias, last_word_aliases, spaced_surname
from .name_guard import compiled_names, guarded, names_pattern
from .transliteration import accent_blind
from .deal_agreement import deal_agreement
from .carried_objects import carries_object, result_participle
from .act_families import act_nouns, family_key
from .mentions import phrase_positions
from .object_dates import dates_the_object
from .nominals import gerund_object_nouns
from .packaged import load_json
from .dating_clauses import exclusion_hit
from .spellings import initials_written, spelled_out, spellings
from .entailed_owner import named_other, not_owned, object_fits
from .text import Sentence, article_sentences, fold, lemmas_of, negated_before
from .comparison_baselines import baseline_date
from .timex import TimeSpan, day_span
from .types import Article, Market, Target
from .sentence_tense import resolved_spans as _spans, tense_of
from .verb_aspect import _finite_verb, aspect, clause_is_done, verb_form
from .word_class import verb_at


_ELECTED_TO_WIN = load_json("contests.json")["elected_to_win"]
_ELECTION_NOUNS = frozenset(_ELECTED_TO_WIN["objects"])


@dataclass
class MarketContext:
    """A market with its target and the lookup sets rules need. `extra_*` come from the
    market's rule set (analyst additions to the built-in word lists)."""

    market: Market
    target: Target
    extra_ruled_out: tuple[str, ...] = ()
    extra_hedges: frozenset[str] = frozenset()
    extra_prerequisites: frozenset[str] = frozenset()
    extra_verbs: tuple[str, ...] = ()
    extra_nouns: tuple[str, ...] = ()
    extra_phrases: tuple[str, ...] = ()

    @cached_property
    def act_verbs(self) -> frozenset[str]:
        same = stages.same_stage(self.target.act, f"{self.market.question} {self.market.criteria}")
        return spellings(frozenset(self.target.act_forms) | frozenset(self.extra_verbs) | same) | self._elected_to_win

    @property
    def _elected_to_win(self) -> frozenset[str]:
        """A candidate who is elected ('was elected leader of the Conservative Party') has won the
        election the market asks about: the electing verbs report its act (contests.json)."""
        return frozenset(_ELECTED_TO_WIN["verbs"]) if self.elected_office else frozenset()

    @cached_property
    def elected_office(self) -> tuple[str, ...]:
        """For a market on a candidate winning an election for an office ('the Conservative Party
        leadership election'): the words naming the office ('leader'), else ()."""
        t = self.target
        if not t.candidate or family_key(t.act or "") != "win" or not t.object_terms \
                or t.object_terms[-1] not in _ELECTED_TO_WIN["objects"]:
            return ()
        return tuple(w for term in t.object_terms[:-1] for w in _ELECTED_TO_WIN["offices"].get(term, ())) or \
            criteria_offices.criteria_office(self.market.criteria)  # else the criteria's 'elected President'

    @cached_property
    def office_adjectives(self) -> frozenset[str]:
        """For a market on being elected to an office ('Will Brandon Johnson be elected Mayor of
        Chicago?'), the adjectives that name the office's election before an election noun ('the
        Chicago mayoral race': contests.json elected_to_win 'offices' and 'objects')."""
        t = self.target
        if family_key(t.act or "") != "elect" or not t.object_terms:
            return frozenset()
        return frozenset(adj for adj, words in _ELECTED_TO_WIN["offices"].items() if t.object_terms[-1] in words)

    def office_election_at(self, sent: Sentence, i: int) -> bool:
        """An office adjective before an election noun ('mayoral race'), or 'was re-elected president'."""
        toks = sent.tokens
        return toks[i].lower in self.office_adjectives and i + 1 < len(toks) \
            and bool(toks[i + 1].lemmas & _ELECTION_NOUNS) or criteria_offices.elected_to(toks, i, self.elected_office)

    @cached_property
    def act_phrases(self) -> tuple[str, ...]:
        """Multi-word phrases reporting the act: its frame's, then the rule set's."""
        act = self.target.act
        if self._leaves_place or self._returns_to_place:
            return tuple(self.extra_phrases)  # 'leave Bolivian territory': no 'step down', 'leave office'
        names = {n for n, fr in FRAMES.items() if act and (n == family_key(act) or n == act)}
        return tuple(dict.fromkeys(phrases_of(frozenset(names)) + self.extra_phrases))

    @cached_property
    def entailing(self) -> Entailment:
        """Words whose report entails the market's act without being its synonym ('sentenced' for
        convict, 'signed into law' for enact; frames.json 'entailments'; a government formed for an
        agreement to form one, formed_bodies.py)."""
        base = entailing(self.target.act, self.target.object)
        extra = formed_bodies.entailing_verbs(self.target.object_terms) if self.target.kind == "event" else frozenset()
        return replace(base, verbs=base.verbs | extra) if extra - base.verbs else base

    @cached_property
    def _leaves_place(self) -> bool:
        """The market asks about leaving a place, not an office (place_departure.py)."""
        return place_departure.asked(self.target.act, (self.target.object or "").split())

    @cached_property
    def _returns_to_place(self) -> bool:
        """The market asks about a party coming back to a place, not a handing over (place_departure.py)."""
        return place_departure.returns_to_place(self.target.act, self.market.question)

    @cached_property
    def act_noun_set(self) -> frozenset[str]:
        nouns: set[str] = set()
        if self._leaves_place:
            return spellings(frozenset(place_departure.NOUNS) | frozenset(self.extra_nouns))
        if self._returns_to_place:
            return spellings(frozenset(place_departure.RETURN_NOUNS) | frozenset(self.extra_nouns))
        for verb in self.target.act_forms[:1] + ([self.target.act] if self.target.act else []):
            nouns.update(act_nouns(verb))
        if "pause" in self.target.act_forms:
            nouns.update(act_nouns("pause"))
        return spellings(frozenset(nouns) | frozenset(self.extra_nouns))

    @cached_property
    def object_head(self) -> frozenset[str]:
        terms = self.target.object_terms
        if not terms:
            return frozenset()
        head = terms[-1]
        heads = {head}
        if head in _SETTING_NOUNS and len(terms) >= 2 and terms[-2] == "rate":
            heads.add("rate")  # 'its overnight rate target': reports name the rate ('left its key rate unchanged')
        if len(terms) >= 2 and terms[-2] in lexicon.KINDS_OF.get(head, ()):
            heads.add(terms[-2])  # 'its presidential runoff vote': reports name the runoff ('Runoff Canceled')
        heads.update(lexicon.PHRASE_FAMILIES.get(" ".join(terms[-2:]), ()))  # 'independent state': 'newest nation'
        named = frozenset(w for h in heads for w in lexicon.NOUN_FAMILIES.get(h, (h,))) | heads \
            | self._object_also_named(head) | legislatures.generic_names(self.target.object) \
            | gerund_object_nouns(self.target.object, head) | criteria_offices.office_nouns(self.elected_office)  # 'begin erupting': 'the eruption started'; 'wins presidency'
        return named | frozenset(fold(w) for w in named)  # 'Rossello' for the question's 'Rosselló'

    def _object_also_named(self, head: str) -> frozenset[str]:
        """'approve nirsevimab (Beyfortus)': one capitalised name in brackets right after the
        object's head in the question is the same object under another name (a brand, a
        product's own name); a report may use either."""
        m = re.search(rf"\b(?i:{re.escape(head)})\s+\(([A-Z][\w-]+)\)", self.market.question)
        return frozenset({m.group(1).lower()}) if m else frozenset()

    @cached_property
    def object_acronym(self) -> str | None:
        """The object written as initials ('the OCR'): a sentence may spell them out ('the Official
        Cash Rate')."""
        obj = (self.target.object or "").strip()
        return obj if re.fullmatch(r"[A-Z]{2,5}", obj) else None

    @cached_property
    def object_modifiers(self) -> frozenset[str]:
        terms = [t for t in self.target.object_terms[:-1] if len(t) > 2]
        return frozenset(terms) | frozenset(w for t in terms for w in lexicon.MODIFIER_FAMILIES.get(t, ()))

    @cached_property
    def actor_patterns(self) -> dict[str, re.Pattern[str]]:
        pats = {}
        for actor in self.target.actors:
            names = actor_aliases(actor, self.market.settings.aliases)
            alt = "|".join(alias_alternatives(names, actor))
            bare = bare_club_name(actor)
            if bare and bare.lower() not in names:
                alt += "|" + guarded_alias(bare)
            alt += f"|{spaced_surname(actor)}" if spaced_surname(actor) else ""  # 'Griffith Joyner' for 'Griffith-Joyner'
            pats[actor] = guarded(names_pattern(alt), actor, last_word_aliases(actor, names))
        return pats

    @cached_property
    def candidate_pattern(self) -> re.Pattern[str] | None:
        if not self.target.candidate:
            return None
        names = actor_aliases(self.target.candidate) + bracketed_aliases(self.target.candidate, self.market.question)  # '(Irro)'
        extra = [rf"\b{guarded_alias(b)}" for b in (bare_club_name(self.target.candidate), team_places.place_of(  # 'Dallas'
            self.target.candidate, self.market.question, self.market.criteria)) if b and b.lower() not in names]
        extra += [rf"\b{spaced_surname(self.target.candidate)}"] if spaced_surname(self.target.candidate) else []
        return guarded(compiled_names("|".join([rf"\b{accent_blind(n)}\b" for n in names] + extra)), self.target.candidate,
                       last_word_aliases(self.target.candidate, names))

    @cached_property
    def statistic_names(self) -> tuple[str, ...]:
        """For a market on one published statistic ('nonfarm payroll gains'), the words that name
        it; empty otherwise."""
        if self.target.kind != "threshold" or not self.target.single_value:
            return ()
        return indicators.indicator_names(self.market.question)

    @cached_property
    def keywords(self) -> tuple[str, ...]:
        return tuple(k.lower() for k in self.market.settings.keywords)


@dataclass
class SentenceFacts:
    """What one sentence says about one market."""

    sent: Sentence
    article: Article
    act_idx: list[int] = field(default_factory=list)       # act verbs
    act_noun_idx: list[int] = field(default_factory=list)  # nominalised act ("signing", "pause")
    entailed_idx: list[int] = field(default_factory=list)  # words entailing the act ('sentenced' for convict)
    entailed_object: bool = False  # the entailing words name the act's object too ('appointed administrators')
    object_idx: list[int] = field(default_factory=list)
    modifier_hits: int = 0
    actors: list[str] = field(default_factory=list)
    exclusion: str | None = None
    exclusion_dating: str | None = None  # an excluded word read only in the time clause dating the act
    spans: list[TimeSpan] = field(default_factory=list)
    article_mentions_subject: bool = False
    article_about_act: bool = False  # the act or its object appears somewhere in the article
    follows_named_act: bool = False  # the act's nearest earlier telling (≤ 3 back) names its object or actors
    extra_hedges: frozenset[str] = frozenset()
    phrase_heads: dict[int, str] = field(default_factory=dict)  # act phrase start → lemma of its first word
    phrase_ends: dict[int, int] = field(default_factory=dict)  # act phrase start → the token after its last word
    # the facts of every read sentence of the same article, this one included (new_dates.py)
    article_facts: list[SentenceFacts] = field(default_factory=list, repr=False, compare=False)

    def act_words(self, i: int) -> str:
        """The words of the act at token i: the whole phrase when one starts there ('came into force')."""
        end = self.phrase_ends.get(i, i + 1)
        toks = self.sent.tokens
        return self.sent.text[toks[i].start:toks[end - 1].start + len(toks[end - 1].text)]

    @property
    def relevant(self) -> bool:
        return bool(self.act_idx or self.act_noun_idx or self.object_idx or self.entailed_idx)

    def with_entailed(self) -> SentenceFacts:
        """The facts with the words entailing the act read as the act, for confirming it only: a
        plan, delay or denial of an entailing act says nothing of the entailed one."""
        if not self.entailed_idx:
            return self
        objects = sorted(set(self.object_idx) | set(self.entailed_idx)) if self.entailed_object else self.object_idx
        return replace(self, act_idx=sorted(set(self.act_idx) | set(self.entailed_idx)), object_idx=objects)

    def trigger(self) -> int | None:
        for group in (self.act_idx, self.act_noun_idx, self.object_idx):
            if group:
                return group[0]
        return None

    def char_pos(self, i: int) -> int:
        return self.sent.tokens[i].start

    def lead_word(self, span: TimeSpan) -> str | None:
        """The limit word introducing a span ('by', 'before', 'within', 'until', 'through'), if any."""
        words = r"by|before|within|until|till|through|after"
        m = re.match(rf"(?:{words})\b", span.text, re.I) or re.search(
            rf"\b({words})\s+(?:the\s+)?$", self.sent.text[max(0, span.pos - 20):span.pos], re.I)
        return m.group(0 if m.re.pattern.startswith("(?:") else 1).lower() if m else None

    def limit_span(self, i: int) -> tuple[TimeSpan | None, str | None]:
        """A time limit ('by …', 'before …', 'within …', 'until …') in the sentence with its
        limit word, else the time expression nearest token i — never one that only dates the
        statement ('…, the president said on Wednesday')."""
        for s in self.spans:
            word = self.lead_word(s)
            if word and word != "after":
                return s, word
        span = self.nearest_span(i)
        if span is not None and self.dates_the_statement(span, i):
            return None, None
        return span, None

    def dates_the_statement(self, span: TimeSpan, i: int) -> bool:
        """'said on Tuesday': the span dates the reporting, not the event (unless the
        reporting verb is the act itself, token i)."""
        before = self.sent.text[max(0, span.pos - 25):span.pos]  # a bare weekday's span may start at its space
        if _DATELINE_BEFORE.search(self.sent.text[:span.pos]) and \
                _DATELINE_AFTER.match(self.sent.text[span.pos + len(span.text):]):
            return True  # 'Chennai, Mar 21 (PTI) …', 'Dhaka, Jan. 29 -- …': a dateline dates the report
        m = re.search(r"\b(said|says|told|reported|added|wrote|stated|announced|confirmed)(?:\s+on)?\s*$", before, re.I)
        after = _REPORTED_AFTER.match(self.sent.text[span.pos + len(span.text):])
        if not m and not after:
            return False
        verb_pos = max(0, span.pos - 25) + m.start(1) if m else span.pos + len(span.text) + after.start(1)
        return not (0 <= i < len(self.sent.tokens) and self.sent.tokens[i].start == verb_pos)

    def _dates_a_coordinated_verb(self, i: int, span: TimeSpan) -> bool:
        """'has dissolved the House … and fixed March 5 next year for the elections': a date after
        the article, standing after 'and' + another finite verb, dates that verb (what it set), not
        the one at token i."""
        if span.start.date() <= self.article.published.date():
            return False  # 'passed the bill and sent it on Friday': Friday may date both
        toks = self.sent.tokens
        for k in range(i + 1, len(toks) - 1):
            if toks[k].start >= span.pos:
                return False
            if toks[k].lower == "and" and _finite_verb(toks[k + 1].lower) and not (toks[k + 1].lemmas & toks[i].lemmas):
                return True
        return False

    def names_a_period(self, span: TimeSpan) -> bool:
        """'the September job market', 'the May jobs report': a month used as a modifier names
        the period the object is about, not the day of the event."""
        words = span.text.split()
        if not words or words[0].lower() != "the" or words[-1].lower().rstrip(".") not in lexicon.MONTHS:
            return False
        after = re.match(r"\s+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?", self.sent.text[span.pos + len(span.text):])
        if not after or after.group(1) in _NOT_A_NOUN:
            return False
        return not {after.group(1), after.group(2)} & _DATED_OCCASIONS  # 'the September meeting' dates the meeting

    def nearest_span(self, i: int, dating_only: bool = False) -> TimeSpan | None:
        """The time expression closest to token i, preferring one in the same clause; spans
        dating the statement ('said on Tuesday') give way to others; with `dating_only`,
        spans that end a period ('until July 9') are skipped."""
        spans = [s for s in self.spans if not (dating_only and self.lead_word(s) in ("until", "till", "through"))]
        spans = [s for s in spans if not baseline_date(self.sent.text, s)]
        event_spans = [s for s in spans if not self.dates_the_statement(s, i) and not self.names_a_period(s)]
        spans = event_spans or spans
        if not spans:
            return None
        if 0 <= i < len(self.sent.tokens):
            spans = [s for s in spans if not dates_the_object(self.sent, self.article.published.date(), i, s)]
            if not spans:
                return None  # 'agreed for February 15': the only date is the object's
            spans = [s for s in spans if not self._dates_a_coordinated_verb(i, s)
                     and not offset_clauses.dates_other_clause(self.sent, i, s)] or ([] if dating_only else spans)
            if not spans:
                return None
        a, b = self.sent.clause_of(i)
        lo = self.sent.tokens[a].start
        hi = self.sent.tokens[b - 1].start + len(self.sent.tokens[b - 1].text) if b > a else lo
        pos = self.char_pos(i)
        same = [s for s in spans if lo <= s.pos <= hi]
        pool = same or spans
        return min(pool, key=lambda s: abs(s.pos - pos))

# 'Chennai, Mar 21 (PTI)', 'Dhaka, Jan. 29 --': a place and a date opening the text, then the agency or a dash
_DATELINE_BEFORE = re.compile(r"^\W*[A-Z][A-Za-z.'-]*(?:\s+[A-Z][A-Za-z.'-]*){0,3},\s*$")
_DATELINE_AFTER = re.compile(r"(?:,?\s*\d{4})?\s*(?:\(|--|—|–|-\s|:)")
# 'Astrobotic Technology on Tuesday confirmed it has given up …': the date before a reporting verb
_REPORTED_AFTER = re.compile(r"\s+(said|told|reported|added|wrote|stated|announced|confirmed)\b", re.I)

_DATED_OCCASIONS = frozenset({"meeting", "meetings", "session", "summit", "vote", "election", "decision", "hearing",
                              "ballot", "referendum", "launch", "release", "announcement", "conference", "talks",
                              "trip", "visit", "deadline", "sitting", "round", "trial", "verdict", "sentencing"})
_NOT_A_NOUN = frozenset({"and", "or", "to", "of", "in", "on", "at", "for", "when", "as", "after", "before", "with",
                         "by", "the", "a", "an", "that", "which", "this", "last", "next", "through", "until"})


# nouns naming the level a rate is set to ('the cash rate target', 'the target range'): the rate itself
_SETTING_NOUNS = frozenset({"target", "range"})


def analyse(ctx: MarketContext, article: Article) -> list[SentenceFacts]:
    """Facts for every sentence of an article that mentions the market's act, object or actors."""
    out: list[SentenceFacts] = []
    whole = f"{article.title}\n{article.text}"
    subject_in_article = any(p.search(whole) for p in ctx.actor_patterns.values())
    # 'The "microwave-oven-sized satellite", CAPSTONE, …': the article's 'a NASA satellite' is the object
    craft = named_objects.aliases(ctx.market.question, ctx.object_head, whole) if ctx.target.kind == "event" else ()
    # 'its New Glenn launch vehicle' for 'Blue Origin's New Glenn rocket': the craft's own name is the object
    craft_name = named_objects.craft_name(ctx.market.question, ctx.object_head) if ctx.target.kind == "event" else None
    act_verbs, act_nouns, heads, modifiers = ctx.act_verbs, ctx.act_noun_set, ctx.object_head, ctx.object_modifiers
    office = bool(ctx.office_adjectives or ctx.elected_office)  # else no token names the office's election
    for sent in article_sentences(article.title, article.text):
        f = SentenceFacts(sent=sent, article=article)
        for i, t in enumerate(sent.tokens):
            lemmas = t.lemmas
            if not lemmas.isdisjoint(act_verbs) and (sent.headline or not t.text[:1].isupper()):
                f.act_idx.append(i)
            elif not lemmas.isdisjoint(act_nouns):
                f.act_noun_idx.append(i)
            if not lemmas.isdisjoint(heads) or t.lower in craft or office and ctx.office_election_at(sent, i) \
                    or not lemmas.isdisjoint(act_verbs) and carries_object(sent, i, act_verbs, heads) or result_participle(sent, i, act_verbs, heads):
                f.object_idx.append(i)
            elif t.lower in modifiers or not lemmas.isdisjoint(modifiers):
                f.modifier_hits += 1
        for i in named_objects.name_positions(sent.tokens, craft_name) + kind_nouns.positions(sent, heads, ctx.actor_patterns, whole):
            if i not in f.object_idx:
                f.object_idx.append(i)
                f.object_idx.sort()
        for i, end, phrase in phrase_positions(sent, ctx.act_phrases) if ctx.act_phrases else ():
            if i not in f.act_idx:
                f.act_idx.append(i)
                f.act_idx.sort()
            f.phrase_heads[i] = phrase.split()[0]
            f.phrase_ends[i] = end
        if guilty_verdicts.asked(ctx.target.act):  # 'were found guilty of …' for a conviction
            guilty_verdicts.mark(f)
        if family_key(ctx.target.act or "") == "win":  # 'claimed the Formula One title' for a win
            from . import prize_taken  # it reads contests.py, which reads this module
            prize_taken.mark(f)
        _mark_entailed(ctx.entailing, f, ctx.actor_patterns)
        if ctx.object_acronym and not f.object_idx:
            f.object_idx.extend(spelled_out(sent, ctx.object_acronym))
        if not f.object_idx and ctx.target.object:  # 'PM removed from office' for 'Prime Minister'; 'resigned as the Minister of …'
            f.object_idx.extend(initials_written(sent, ctx.target.object) or bill_numbers.positions(ctx.market.question, sent) or held_posts.positions(ctx.market.question, heads, sent) or held_posts.office_named_generically(ctx.target, ctx.market.question, heads, sent, f.act_idx))
        f.actors = [name for name, pat in ctx.actor_patterns.items() if pat.search(sent.text)]
        if not f.actors and f.act_idx and ctx.target.kind == "event":  # 'A former billionaire … was sentenced', named
            # next; 'Uribe, 73, has denied …' then 'He faced … after being convicted on Monday'
            taken_up.name_lede_subject(ctx, f, article) or taken_up.pronoun_subject(ctx, f, article)
        f.article_mentions_subject = subject_in_article
        f.extra_hedges = ctx.extra_hedges
        if ctx.keywords and not f.object_idx and any(k in low for low in (sent.text.lower(),) for k in ctx.keywords):
            f.object_idx.append(0)
        if not (f.relevant or f.actors or (subject_in_article and ctx.target.kind == "threshold")
                or split_vote_told(ctx, sent, subject_in_article) or _names_statistic(ctx, sent)
                or (subject_in_article and deal_agreement(ctx, sent)) or (subject_in_article and bool(ctx.target.candidate) and f.modifier_hits > 0 and names_champion(sent))
                or (subject_in_article and (moved_deadlines.told(sent.text) or death_tolls.told(ctx.target, ctx.market.question, sent.text) or runoff_words.names_runoff(ctx.target.kind, ctx.target.candidate, ctx.market.question, sent.text) or halt_words.names_thing(ctx.target.kind, ctx.market.question, tuple(ctx.target.object_terms), sent.text))) or lost_groups.told(ctx, sent, article.title)):  # 'the deadline … changed to February 10'; 'necessary to avoid a second round'
            continue
        f.exclusion = exclusion_hit(sent, ctx.target.exclusions, f.act_idx, ctx.market.question)
        if f.exclusion is None and ctx.target.exclusions:
            f.exclusion_dating = exclusion_hit(sent, ctx.target.exclusions, question=ctx.market.question)
        # 'Aug. 5 PDT (morning of Aug. 6 EDT)': the date in the deadline's zone
        f.spans = zoned_dates.in_deadline_zone(sent.text, _spans(sent, article.published), ctx.market.deadline)
        out.append(f)
    about = any(f.relevant for f in out)
    last: SentenceFacts | None = None
    for f in out:
        f.article_about_act = about
        f.article_facts = out
        if last is not None and not f.sent.headline and f.sent.index - last.sent.index <= 3:
            f.follows_named_act = bool(last.actors or last.object_idx)
        if (f.act_idx or f.act_noun_idx) and not f.sent.headline:
            last = f
    return out


def _mark_entailed(ent: Entailment, f: SentenceFacts, actors: dict | None = None) -> None:
    """Record where the sentence tells an act entailing the market's: a listed verb read as a verb
    ('sentenced former president Joseph Kabila to death'), or a listed phrase ('signed into law')."""
    hits = [(i, i + 1, v[0]) for i in range(len(f.sent.tokens)) if f.sent.tokens[i].lemmas & ent.verbs
            for v in (verb_at(f.sent, i),) if v and v[0] in ent.verbs and object_fits(f.sent, i, ent.verb_objects, ent.verb_not_objects)]
    hits += [(i, end, phrase.split()[0]) for i, end, phrase in phrase_positions(f.sent, ent.phrases)
             if not ent.together or end - i == len(phrase.split())] if ent.phrases else []
    for i, end, head in hits:
        if i in f.act_idx and not ent.names_object or i in f.entailed_idx:
            continue  # (a phrase keyed with the object may open on the act's own verb: 'announced he will stand down')
        if ent.names_object and (named_other(f.sent, end, actors or {}) or not_owned(f.sent, i, end, actors or {})):
            continue  # 'appointed joint administrators of Comet': another's administration
        f.entailed_idx.append(i)
        f.phrase_heads[i], f.phrase_ends[i] = head, end
        f.object_idx = f.object_idx if ent.names_object else [k for k in f.object_idx if k != i and not (i < k < end and f.sent.tokens[k].lower.endswith(("self", "selves")))]  # ('handed himself over': its verb and reflexive name no object)
    f.entailed_idx.sort()
    f.entailed_object = ent.names_object and bool(f.entailed_idx)


def _names_statistic(ctx: MarketContext, sent: Sentence) -> bool:
    """A sentence naming the statistic a market with no actor asks about ('Nonfarm payrolls
    surged by 254,000'): its figure is the market's, so the sentence is read."""
    names = ctx.statistic_names
    return bool(names) and indicators.names_indicator(sent.text, names, ctx.market.question)


_DISSENT = frozenset({"dissent", "dissenter"})


def split_vote_told(ctx: MarketContext, sent: Sentence, subject_in_article: bool) -> bool:
    """For a market on a unanimous vote, a sentence telling of a dissent ('Unexpected dissent came
    from external members Catherine Mann and Swati Dhingra') in an article that names the voting
    body: the vote the article is about, told without naming the body again."""
    return ctx.target.act == "unanimous" and subject_in_article and any(t.lemmas & _DISSENT for t in sent.tokens)


def verb_lemma_at(ctx: MarketContext, f: SentenceFacts, i: int) -> str | None:
    if i in f.phrase_heads:
        return f.phrase_heads[i]
    lem = f.sent.tokens[i].lemmas & ctx.act_verbs
    return sorted(lem)[0] if lem else None


def negation(f: SentenceFacts, i: int) -> str | None:
    return negated_before(f.sent, i)


def event_time(f: SentenceFacts, i: int) -> TimeSpan:
    """When the event at token i happened: the nearest time expression that dates it (not an
    'until …' / 'through …' end of a period), else the publication day."""
    span = f.nearest_span(i, dating_only=True)
    if span is not None:
        return span
    pub = f.article.published
    return day_span("", -1, pub.date(), pub.date(), pub.tzinfo,
                    f"no date in the sentence: taken as the publication day {pub:%a %d %b %Y}")


def lemma_hit(tokens_lemmas: frozenset[str], words: tuple[str, ...] | frozenset[str]) -> bool:
    return bool(tokens_lemmas & frozenset(words))


__all__ = [
    "MarketContext", "SentenceFacts", "analyse", "aspect", "clause_is_done", "event_time",
    "negation", "verb_lemma_at", "lemmas_of", "lemma_hit",
]

