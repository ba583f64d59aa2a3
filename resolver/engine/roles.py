"""Roles and stages of a reported act: is it the market's act, done by the market's actor?

Two checks a confirmation must pass before it counts (rules/confirmation.py):

- the agent: when the market names who does the act ("Will Netflix acquire …?", "Will the
  Senate confirm …?"), a report whose doer is another named party ("Paramount acquires Warner
  Bros Discovery", "Trump announced he wanted Warsh") is not the market's act. The doer is the
  name nearest before the verb in its clause (or after "by" in a passive); it counts as another
  party only when it matches none of the market's actors and no actor is named before the verb
  (actors the question names only after its act verb, on its object's side, do not count:
  principal.py).
- the stage: a process goes through ordered stages (data/stages.json: agree < sign < close;
  nominate < confirm < swear in). A report of an earlier stage than the one the market asks
  ("struck its deal" for "complete its acquisition") does not confirm it.

Pure and deterministic."""

from __future__ import annotations

import re


from .analysis import MarketContext, SentenceFacts
from .lexicon import MONTHS, REVIEW_ACTS, WEEKDAYS
from . import courts, described_doers, name_guard, named_courts, named_objects, other_bodies, other_chambers, principal, stages
from .quantities import acronym
from .entities import country_of
from .text import lemmas_of, all_lemmas
from .act_families import EVENT_NOUN_ACTS, family_key

AUX_PASSIVE = frozenset({"was", "were", "been", "is", "are", "be", "being", "got", "has", "have", "had"})
_PERFECT = frozenset({"has", "have", "had"})
# capitalised words that are not names of a party (titles, articles, time words)
_NOT_NAMES = frozenset({"the", "a", "an", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i",
                        "in", "on", "at", "as", "after", "before", "but", "and", "or", "if", "when", "while",
                        "mr", "mrs", "ms", "dr", "his", "her", "their", "its", "our", "last", "next", "new"})


def _name_like(word: str, article_text: str) -> bool:
    """A capitalised word read as (part of) a name: not a function word or a time word, and
    either not a common lowercase word or written capitalised inside a sentence of the article."""
    w = word.lower().strip(".")
    if not word[:1].isupper() or w in _NOT_NAMES or w in MONTHS or w in WEEKDAYS or not w[:1].isalpha():
        return False
    if not all_lemmas(w):
        return True
    return re.search(rf"(?<=[a-z,] ){re.escape(word)}\b", article_text) is not None


def _runs(f: SentenceFacts, lo: int, hi: int) -> list[tuple[int, int]]:
    """Runs of consecutive name-like tokens in [lo, hi)."""
    text = f"{f.article.title}\n{f.article.text}"
    out: list[tuple[int, int]] = []
    k = lo
    toks = f.sent.tokens
    while k < hi:
        if _name_like(toks[k].text, text) or (k == 0 and toks[k].text[:1].isupper() and k + 1 < hi
                                              and _name_like(toks[k + 1].text, text)):
            s = k
            k += 1  # a sentence's first word before a name ('Firefly Aerospace') belongs to it
            while k < hi and (_name_like(toks[k].text, text) or toks[k].lower in ("of", "&") and k + 1 < hi
                              and _name_like(toks[k + 1].text, text)):
                k += 1
            out.append((s, k))
        else:
            k += 1
    return out


_ADVERBIAL = frozenset({"first", "also", "then", "now", "still", "finally", "just", "already", "again", "once", "on",
                        "has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "may", "might",
                        "did", "does", "do", "not", "never", "to", "that", "had", "been", "which", "who", ","})


def _adverbial(word: str) -> bool:
    """Words that may stand between a subject and its verb ('Trump first publicly announced')."""
    return word in _ADVERBIAL or (word.endswith("ly") and len(word) > 4) or word.endswith(("'s", "’s"))


def _is_actor(ctx: MarketContext, words: str, skip: list[str] = ()) -> bool:
    """The words name one of the market's actors (other than those in `skip`) or its object."""
    if _names_actor(ctx, words, skip):
        return True
    low = set(words.lower().split())
    if any(t in low for t in ctx.target.object_terms if len(t) > 3):
        return True
    # a part of an actor's name ('Rockstar' for Rockstar Games, 'Fed' style short forms aside);
    # not the country owning a national body ('Cameroon' of "Cameroon's Constitutional Council")
    return any(w.lower().removesuffix("'s") in low for a in ctx.target.actors if a not in skip for w in a.split()
               if len(w) > 3 and w[:1].isupper() and not _owning_country(w))


def _other_bearer(words: str, actor: str, word: str) -> bool:
    """The actor's last name stands in `words` only after another given name ('Shehbaz Sharif' for
    'Nawaz Sharif', 'Eric Trump' for 'Donald Trump'): another bearer of it (name_guard), not the actor."""
    parts = actor.split()
    if len(parts) < 2 or word != parts[-1]:
        return False
    own = name_guard.own_words(actor)
    hits = [m.start() for m in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w-])", words, re.I)]
    return bool(hits) and all(name_guard.another_name_before(words, k, own) for k in hits)


def namesake(ctx: MarketContext, f: SentenceFacts, i: int) -> str | None:
    """The subject of the verb at i is another bearer of a person actor's last name ('Former Prime
    Minister Shehbaz Sharif returned to Pakistan' for Nawaz Sharif's return), the subject naming no
    actor by its own name: that person, whatever other actors (a country) the market names."""
    toks = f.sent.tokens
    a, _ = f.sent.clause_of(i)
    runs = _runs(f, a, i)[-1:]
    if not runs or any(not _adverbial(t.lower) for t in toks[runs[0][1]:i]):
        return None
    name = " ".join(t.text for t in toks[runs[0][0]:runs[0][1]]).removesuffix("'s").removesuffix("’s")
    if _names_actor(ctx, f.sent.text[toks[a].start:toks[i].start]):
        return None
    # (a person's name: several words, the last no common word, 'Nawaz Sharif'; not 'Great Barrier Reef')
    persons = [x for x in ctx.target.actors if len(x.split()) > 1 and not country_of(x.lower())
               and not all_lemmas(x.split()[-1].lower())]
    return name if any(name.split()[-1] == x.split()[-1] and _other_bearer(name, x, x.split()[-1]) for x in persons) \
        else None


def actors_besides_object(ctx: MarketContext) -> list:
    """Name patterns of the market's actors that are not its object: the visitor of a visit to a
    place, the side that won a fight against the named opponent."""
    terms = set(ctx.target.object_terms)
    return [p for actor, p in ctx.actor_patterns.items() if not {w.lower() for w in actor.split()} & terms]


def _owning_country(word: str) -> bool:
    """The word is a country in the possessive ("Cameroon's" of "Cameroon's Constitutional Council")."""
    return word.endswith(("'s", "’s")) and country_of(word.lower()[:-2]) is not None


def _body_of_country(ctx: MarketContext, actor: str, matched: str) -> bool:
    """`matched` names an actor only as the country that owns it ("Cameroon" for "Cameroon's
    Constitutional Council"): another party of that country ('Cameroon opposition candidate Issa
    Tchiroma') is not the body."""
    owner, sep, _ = actor.lower().partition("'s ")
    return bool(sep) and country_of(owner) is not None and country_of(matched.lower()) == country_of(owner)


def _names_actor(ctx: MarketContext, text: str, skip: list[str] = ()) -> bool:
    """An actor of the market (other than those in `skip`) is named in `text`, other than by the
    country owning it."""
    return any(not _body_of_country(ctx, actor, m.group(0))
               for actor, p in ctx.actor_patterns.items() if actor not in skip for m in p.finditer(text))


def _spelled_out(subject: str, actor: str) -> bool:
    """The subject spells out an acronym actor, whatever comes first ('The U.S. Food and Drug
    Administration' for 'FDA')."""
    words = subject.split()
    return any(acronym(" ".join(words[k:])) == actor.replace(".", "") for k in range(len(words)))


def _agent_actors(ctx: MarketContext) -> list[str]:
    """Actors of the market that are not (part of) its object: the parties who do the act. None
    when one is a country: its officials, agencies and regions act for it ('Louisiana reports
    first bird flu death in US' for the United States), so another name is no other party."""
    obj = {t.lower() for t in ctx.target.object_terms}
    # "NASA's CAPSTONE mission": the name the question sets before the object's noun is the object's
    named = named_objects.object_name(ctx.market.question, ctx.object_head)
    doers = [a for a in ctx.target.actors if not any(w.lower().rstrip("s") in obj or w.lower() in obj for w in a.split())
             and not (named and (a == named or a.endswith(" " + named))) and not _recipient(ctx.market.question, a)]
    if any(country_of(a.lower()) or country_of(a.lower().removesuffix("'s")) for a in ctx.target.actors):
        return []
    return doers


# 'be handed to the Dutch Safety Board', 'be transferred to Ukraine': a passive act's receiver
_PASSIVE_TO = re.compile(r"\bbe\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|nt|ld)\s+(?:over\s+|back\s+)?(?:[^?]{0,40}?\s)?to\s+(?:the\s+)?$",
                         re.I)


_PASSIVE = re.compile(r"\bbe\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|nt|ld)\b", re.I)


def _recipient(question: str, actor: str) -> bool:
    """The question names the actor only on the receiving side of a passive act: in its subject
    ("Will MH17's flight recorders be handed …": the thing handed, its owner) or as the one the act
    is done to ('… be handed to the Dutch Safety Board'). The doer is left unnamed (anyone may hand
    them over), so a report naming whoever did it is no other party's act."""
    passive = _PASSIVE.search(question)
    if passive is None:
        return False
    at = [m.start() for m in re.finditer(re.escape(actor), question)]
    return bool(at) and all(k < passive.start() or _PASSIVE_TO.search(question[:k]) for k in at)


# A court rules on what other bodies do; it is never the legislature or the government whose
# act a market asks about (nor they a court), so a court as subject is another doer.
_JUDICIAL = frozenset({"court", "courts", "judge", "judges", "tribunal", "magistrate", "jury"})


def _court_subject(ctx: MarketContext, toks, lo: int, i: int) -> str | None:
    """'A Kenyan court on Tuesday dismissed …': the subject's head, between a modifying name and
    the verb at i, is a court or a judge (only adverbs or a date after it), while no actor of the
    market is one → that court."""
    head = next((k for k in range(lo, i) if toks[k].lower in _JUDICIAL), None)
    if head is None or any(not (_adverbial(t.lower) or t.lower in _WHEN or t.text[:1].isupper() or t.text[:1].isdigit())
                           for t in toks[head + 1:i]):
        return None
    if any(w.lower().removesuffix("'s") in _JUDICIAL for a in ctx.target.actors for w in a.split()):
        return None
    if (family_key(ctx.target.act or "") or ctx.target.act) in _COURT_ACTS:
        return None  # 'A Malaysia court has ruled … Najib Razak guilty' for a conviction: a court's own act
    return " ".join(t.text for t in toks[max(lo - 1, 0, head - 2):head + 1])


_WHEN = frozenset({"on", "in", "at", "last", "this", "late", "early", "earlier"})
# acts only a court (or its jury) does: a court named as their doer is no other party than the market's
_COURT_ACTS = frozenset({"convict", "acquit", "sentence", "resentence"})


def _other_court(ctx: MarketContext, f: SentenceFacts, a: int, i: int) -> str | None:
    """When the market's doer is a court named by its level: the court subject of the verb at i
    when it is of another level ('An Argentine appeals court on Wednesday upheld …'), or a
    headline's court of no level that its article's body names as one of another level."""
    wanted = courts.market_levels(ctx.target.actors)
    if not wanted:
        return None
    toks = f.sent.tokens
    head = next((k for k in range(i - 1, a - 1, -1) if toks[k].lower in courts.COURT_WORDS), None)
    end = courts.of_name_end(f.sent, head, i) if head is not None else i  # 'Court of Session ruled'
    if head is None or any(not (_adverbial(t.lower) or t.lower in _WHEN or t.text[:1].isupper() or t.text[:1].isdigit())
                           for t in toks[end:i]):
        return None
    return courts.other_level(wanted, f.sent, head, end) or courts.headline_court(
        wanted, f.sent, head, f.article.title, f.article.text, ctx.act_verbs)


# a party the act is against or about, not the owner of what is acted on: 'ruled against Japan's whaling program'
_PARTY_BEFORE = re.compile(r"\b(?:against|over|in\s+favou?r\s+of|on|about|with)\s+(?:the\s+)?$", re.I)


def _owner_of_object(ctx: MarketContext, theme: str) -> bool:
    """The text after the verb names a market actor as the owner of its object ('unveiled Apple's new iPhone',
    'released the James Webb Space Telescope's first images'). An actor on the object's side after a preposition
    ("The WTO ruled against Japan's whaling program", for the ICJ ruling against it) is the party the act is
    against, not an owner the doer speaks for."""
    sides = principal.object_side_actors(ctx)
    for actor, pattern in ctx.actor_patterns.items():
        for m in re.finditer(rf"{pattern.pattern}'s\b", theme, re.I):
            if actor not in sides or not _PARTY_BEFORE.search(theme[:m.start()]):
                return True
    return False


def other_agent(ctx: MarketContext, f: SentenceFacts, i: int) -> str | None:
    """The name of the party the verb at token i is reported of, when it is not one of the
    market's actors (None when the market names no doer, or the doer is unnamed or ours)."""
    if ctx.target.candidate:
        return None
    body = other_bodies.other_body(ctx, f.sent, i)  # 'The EU vets' committee … adopted' for the Commission's adoption
    # 'The bill, which was passed by the Lok Sabha on Tuesday' when both chambers must pass it: one of them
    body = body or other_chambers.one_of_both(ctx.market.question, ctx.market.criteria, f.sent, i) or namesake(ctx, f, i)
    if body or not _agent_actors(ctx):
        return body
    toks = f.sent.tokens
    a, b = f.sent.clause_of(i)
    named = named_courts.court_subject(ctx.target.actors, f.sent, a, i)  # 'A Tokyo court ruled …' for the ICJ
    if named is not None:
        return named[0] if named[1] else None  # ('the UN's top court', 'the court in The Hague': the market's own)
    court = _other_court(ctx, f, a, i) or other_chambers.other(ctx.market.question, ctx.target.act_forms, f.sent, i)
    if court:
        return court
    # 'was declared', 'has been declared' are passive; 'has declared' is a perfect, its doer before it
    passive = i > 0 and any(t.lower in AUX_PASSIVE - _PERFECT for t in toks[max(a, i - 2):i]) \
        and toks[i].lower.endswith(("ed", "en"))
    if passive:
        by = next((k for k in range(i + 1, min(b, i + 4)) if toks[k].lower == "by"), None)
        if by is None:
            return None
        runs = _runs(f, by + 1, min(b, by + 6))[:1]
    else:
        runs = _runs(f, a, i)[-1:]
        objects = principal.object_side_actors(ctx)  # 'Valneva announced that Health Canada has approved IXCHIQ'
        if any(_is_actor(ctx, " ".join(t.text for t in toks[s:e]), objects) for s, e in _runs(f, a, i)):
            return None
        subject = f.sent.text[toks[a].start:toks[i].start]
        if _names_actor(ctx, subject, objects) or any(
                _spelled_out(subject, actor) for actor in ctx.target.actors if actor.isupper()):
            return None  # 'The U.S. Food and Drug Administration converted …' is the FDA: ours
        if runs and any(not _adverbial(t.lower) for t in toks[runs[0][1]:i]):
            court = _court_subject(ctx, toks, runs[0][1], i)
            return court  # 'Japanese robot lands': the name modifies the subject, which is not named
    if not runs:
        return None
    theme = f.sent.text[toks[i].start:toks[b - 1].start + len(toks[b - 1].text)]
    if _owner_of_object(ctx, theme):
        return None  # 'Tim Cook unveiled Apple's new iPhone': the doer speaks for the actor who owns the object
    s, e = runs[0]
    if passive and s != next((k for k in range(i + 1, b) if toks[k].lower == "by"), -5) + 1:
        return None
    name = " ".join(t.text for t in toks[s:e])
    if not passive and described_doers.refers_to_actor(ctx, f, s, e):
        return None  # 'Illinois Gov. Pat Quinn has abolished … The Democrat signed legislation today'
    return None if _is_actor(ctx, name) else name


_DECISION_NOUNS = frozenset({"decision", "ruling", "verdict", "vote", "approval", "review", "hearing"})
_BODY_REACH = 12  # tokens back from a decision noun to the body named as its maker


def decision_of_other(ctx: MarketContext, f: SentenceFacts, i: int) -> str | None:
    """'Charter Communications urged the California Public Utilities Commission to issue a decision
    on its proposed acquisition … by July 16, 2026' for a market on the FCC approving it: when the
    market's act is a named body's decision (an approval, a clearance), a decision noun at token i
    whose nearest named maker before it is another body is that body's decision, not the market's
    (nor a step it must wait for). None when the nearest name is the market's."""
    if ctx.target.act not in REVIEW_ACTS or not (f.sent.tokens[i].lemmas & _DECISION_NOUNS) or not _agent_actors(ctx):
        return None
    runs = _runs(f, max(0, i - _BODY_REACH), i)
    if not runs:
        return None
    s, e = runs[-1]
    name = " ".join(t.text for t in f.sent.tokens[s:e])
    return None if _is_actor(ctx, name) else name


def earlier_stage(ctx: MarketContext, lemmas: frozenset[str]) -> str | None:
    """When the verb (its lemmas) names a stage of the market's process before the asked one:
    that stage's verb, else None."""
    return stages.earlier(ctx.target.act, f"{ctx.market.question} {ctx.market.criteria}", lemmas)


def noun_stage_lemmas(noun: str) -> frozenset[str]:
    """The verbs an event noun names a stage by: its own lemmas ('bid', 'offer') and the act of
    the frame listing it ('proposal' → propose)."""
    lemmas = lemmas_of(noun.lower())
    return lemmas | {EVENT_NOUN_ACTS[w] for w in lemmas if w in EVENT_NOUN_ACTS}


def stage_note(ctx: MarketContext, verb: str) -> str:
    return f"'{verb}' is an earlier stage of the process than the act the market asks ('{ctx.target.act}')"


_SAYING = frozenset({"said", "says", "claimed", "claims", "told", "stated", "asserted", "insisted", "insists"})


def third_party_claim(ctx: MarketContext, f: SentenceFacts, i: int) -> str | None:
    """'the President of Türkiye, Recep Tayyip Erdoğan, said Russian President Vladimir Putin
    agreed to extend the Black Sea grain deal': the act at token i told in the words of a named
    official of another country than the market's actors' is that country's claim about the
    actor, not a report of the act. The speaker's name, else None."""
    if not ctx.target.actors:
        return None
    toks = f.sent.tokens
    say = next((k for k in range(i - 1, -1, -1) if toks[k].lower in _SAYING), None)
    if say is None:
        return None
    if any(t.lower in ("that", "which", "who") for t in toks[max(0, say - 1):say]):
        return None  # 'the deal that officials said …'
    runs = _runs(f, 0, say)
    if not runs:
        return None  # 'officials said': unnamed sources are the hedge rule's
    speaker = f.sent.text[toks[0].start:toks[say].start]
    if _names_actor(ctx, speaker) or any(_is_actor(ctx, " ".join(t.text for t in toks[s:e])) for s, e in runs):
        return None  # the actor (or the object's owner) speaking for itself
    s, e = runs[-1]
    if any(not _adverbial(t.lower) and t.text != "," for t in toks[e:say]):
        return None  # the name is not the speaker ('Ukraine's grain exports, officials said')
    # whose side the speaker is on is told only by another country named with them ('the
    # President of Türkiye, Recep Tayyip Erdoğan'); an unplaced name ('Mulino said') may be
    # the actor's own official
    ours = {country_of(a.lower()) for a in ctx.target.actors} - {None}
    theirs = {c for k in range(max(0, s - 6), e) for c in [_speakers_country(toks, k)] if c}
    if not theirs or theirs & ours:
        return None
    return " ".join(t.text for t in toks[s:e])


def _speakers_country(toks, k: int) -> str | None:
    """The country token k names as a speaker's own: 'the President of Türkiye', 'Türkiye's
    president', 'Turkish President' — not a place named in passing ('after talks in Turkey')."""
    word = toks[k].text
    country = country_of(word.lower().removesuffix("'s").removesuffix("’s"))
    if not country:
        return None
    if word.lower().endswith(("'s", "’s")) or (k > 0 and toks[k - 1].lower == "of"):
        return country
    nxt = toks[k + 1].text if k + 1 < len(toks) else ""
    return country if nxt[:1].isupper() else None


def _inflected_verb(tok) -> bool:
    """A lowercase verb form other than its base ('won', 'announced'): no modifier of a noun."""
    verbs = all_lemmas(tok.lower).get("VERB", ())
    return not tok.text[:1].isupper() and any(v != tok.lower for v in verbs)


def governing_event(ctx: MarketContext, f: SentenceFacts, i: int) -> str | None:
    """"Peskov announced Russia's suspension of the Black Sea grain agreement": the act noun at
    token i is the complement ('of …') of another event noun, which names another act (not the
    market's, nor one its object names); a verb reporting the phrase as done reports that act.
    The governing noun, else None."""
    toks = f.sent.tokens
    k = i - 1
    while k > 0 and toks[k].lower != "of" and i - k <= 6 and toks[k].lower not in (",", ";", "and", "or") \
            and not _inflected_verb(toks[k]):
        k -= 1  # the act noun's own modifiers ('the Black Sea grain'), not a verb ('… VMware won approval')
    if k <= 0 or toks[k].lower != "of":
        return None
    head = toks[k - 1]
    acts = {EVENT_NOUN_ACTS[w] for w in head.lemmas if w in EVENT_NOUN_ACTS}
    if not acts or head.lemmas & ctx.act_noun_set:
        return None
    mine = {family_key(ctx.target.act or "") or ctx.target.act} | set(ctx.target.object_terms)
    if any((family_key(a) or a) in mine or a in mine for a in acts):
        return None  # 'the signing of the agreement', 'an extension of the deal' for a market on extending it
    return head.text
