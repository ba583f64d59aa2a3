"""Another named person as the doer, when the market's doer is a person and it also names a country.

The doer check (roles.other_agent) stands down whenever a market actor is a country: a country's officials,
agencies and regions act for it ('Louisiana reports first bird flu death in US'), so another name is no other
party. That holds when the country (or a body) is the doer. But on 'Will Michel Martelly leave the presidency of
Haiti?' or 'Will Benazir Bhutto return to Pakistan?' the doer is the person the question names before its act
verb, and the country only says where or of what; 'Jovenel Moise left the presidency on Sunday', 'Prime Minister
Evans Paul resigned his post', 'Nawaz Sharif returned to Pakistan' tell the act of another person, not his.

Read only when the question names, before its act verb (principal.principal_actors: an active question), a
person (other_parties._people) and nothing but persons and countries; and the act verb at token i is active, its
subject (the name run right before it, only adverbial words between, roles._runs) a person's name: after any
titles, country words and descriptions ('Haitian Prime Minister', 'President-elect', 'Former'), two or more
words that can only be a name, or one such word after a title ('Prime Minister Paul'). None (left to the rules)
when the sentence names a market person by any of its names, when a word of the subject is a word of a market
person's name in any spelling (namesakes are other_parties'; 'Ms Benazir' is her), when the subject is a place or
an organisation ('Haiti's parliament', 'Haiti's Parliament'), a possessive ('Evans Paul's government'), a
pronoun or a description ('He', 'The president', 'The Haitian leader'), or the verb is passive. An act told by its
noun after the subject's own 'his'/'her' ('Gabriel Oprea announced his resignation') is the subject's.

Returns a note: the reading becomes one with no weight. Never makes a verdict. Pure; word lists only."""

from __future__ import annotations

from .analysis import MarketContext, SentenceFacts
from .entities import country_of
from . import other_parties, principal, roles, transliteration
from .text import all_lemmas

# words that title or describe a person before the name (lowercased; a hyphenated word by its first part:
# 'President-elect'); a description word may also be any dictionary word ('Former', 'Haitian', 'Senate')
_TITLES = frozenset({
    "president", "prime", "minister", "premier", "chancellor", "senator", "sen", "governor", "gov", "mayor",
    "general", "gen", "colonel", "col", "lieutenant", "lt", "major", "maj", "captain", "capt", "admiral", "marshal",
    "king", "queen", "prince", "princess", "sheikh", "emir", "pope", "bishop", "archbishop", "cardinal", "judge",
    "justice", "speaker", "secretary", "deputy", "vice", "mr", "mrs", "ms", "dr", "sir", "lady", "lord", "madam",
    "ambassador", "commander", "chief", "leader", "chairman", "chairwoman", "chair", "rep", "representative",
    "congressman", "congresswoman", "mp", "pm", "interior", "foreign", "defence", "defense", "finance", "justice",
})
# verbs telling one's own act by its noun after 'his'/'her' ('announced his resignation'); not 'accepted his
# resignation', whose 'his' is another's
_OWN_NOUN_VERBS = frozenset({"announced", "announces", "submitted", "submits", "tendered", "tenders", "offered"})


def _doer_is_person(ctx: MarketContext) -> bool:
    """The question names before its act verb a person, and nothing there but persons and countries, while a
    country is among its actors (the case roles.other_agent stands down for)."""
    if not any(_country(a) for a in ctx.target.actors):
        return False
    doers = principal.principal_actors(ctx)
    people = other_parties._people(ctx)
    return any(d in people for d in doers) and all(d in people or _country(d) for d in doers)


def _country(name: str) -> bool:
    low = name.lower()
    return bool(country_of(low) or country_of(low.removesuffix("'s").removesuffix("’s")))


def _title(word: str) -> bool:
    return word.lower().strip(".").split("-")[0] in _TITLES


def _own_word(word: str, ctx: MarketContext) -> bool:
    """The word is a word of a market person's name, in any spelling ('Gavrilita' for 'Gavrilița', 'Zelenskiy'
    for 'Zelensky', 'Mohammed' for 'Mohamed')."""
    low = word.lower().strip(".")
    for person in other_parties._people(ctx):
        for w in person.split():
            if transliteration.same_word(low, w) or low in transliteration.spellings(w.lower()) \
                    or low in transliteration.given_forms(w.lower()):
                return True
    return False


def _name_word(word: str) -> bool:
    """A capitalised word that can only be a name: letters only, no dictionary word, no title, no country."""
    w = word.lower()
    return word[:1].isupper() and word.isalpha() and not all_lemmas(w) and not _title(word) \
        and not _country(word) and w not in other_parties._NOT_OTHER


def other_person(ctx: MarketContext, f: SentenceFacts, i: int) -> str | None:
    """The note when the act verb at token i is told of another named person than the market's, else None."""
    if ctx.target.candidate or not _doer_is_person(ctx):
        return None
    people = other_parties._people(ctx)
    if any(p.search(f.sent.text) for a, p in ctx.actor_patterns.items() if a in people):
        return None  # the market's person is named in the sentence: left to the rules
    toks = f.sent.tokens
    a, _ = f.sent.clause_of(i)
    if i <= a or any(t.lower in roles.AUX_PASSIVE - roles._PERFECT for t in toks[max(a, i - 2):i]):
        return None  # a passive ('was replaced by …'): its doer is not before the verb
    runs = roles._runs(f, a, i)[-1:]
    if not runs:
        return None
    s, e = runs[0]
    between = [t.lower for t in toks[e:i]]
    if between[-2:-1] and between[-2] in _OWN_NOUN_VERBS and between[-1] in ("his", "her"):
        between = between[:-2]  # 'Gabriel Oprea announced his resignation': his own act, told by its noun
    if any(not roles._adverbial(w) or w.endswith(("'s", "’s")) for w in between):
        return None  # 'Evans Paul's government resigned': the name modifies the subject
    words = [t.text for t in toks[s:e]]
    if any(w.endswith(("'s", "’s")) for w in words[-1:]) or any(_own_word(w, ctx) for w in words):
        return None
    k = 0
    titled = False
    while k < len(words) and not _name_word(words[k]):
        titled = titled or _title(words[k])
        k += 1  # titles, country words, descriptions: 'Haitian Prime Minister', 'Former President'
    name = words[k:]
    if not name or not all(_name_word(w) for w in name) or (len(name) < 2 and not (titled and _title(words[k - 1]))):
        return None
    return (f"'{' '.join(words)}' is another person than {', '.join(people)}, the market's doer, whom the "
            "sentence does not name: the act is told of that person")
