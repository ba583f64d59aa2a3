"""Another party in the act's own clause, told in words the doer check (roles.other_agent) does not reach:

- a namesake: a market on one person's act ('Will Nawaz Sharif return to Pakistan?', 'Will Joe Biden visit
  Kyiv?', 'Will Rahul Gandhi be arrested?') is not answered by a sentence telling the same act of another
  person who shares a word of that name ('Shehbaz Sharif returned to Pakistan', 'Maryam Nawaz returned …',
  'Jill Biden visited Kyiv', 'Police arrested Varun Gandhi'). The name guard (name_guard.py) already keeps
  'Shehbaz Sharif' from naming Nawaz Sharif; but a sentence naming nobody of the market at all is read as the
  market's own act ('He returned to Pakistan'), and so was one naming a namesake. Read when the sentence names
  none of the market's people (by their guarded patterns) and the act's clause holds a word of a market
  person's name (four letters or more) with a capitalised word right beside it that is not of that name, not
  a title or a function word: another person's name.
- another counterparty: a market whose act is done for or with a named party ('Will Lionel Messi sign for
  Inter Miami?', 'Will Kylian Mbappe sign for Real Madrid?') is not answered by the same act done for or
  with another party ('Messi signed a new deal with Paris Saint-Germain', 'Kane signed for Real Madrid').
  Read when the question writes its act verb, then 'for' or 'with' and a market actor that is no country,
  and the act's clause gives 'for' or 'with' a capitalised name of its own within a few words of the verb,
  while no such slot of the clause names the market's party.

Both return a note (the reading becomes one with no weight): the act told, but of or with another party.
Precision first: an unnamed doer ('He returned'), the market's person named anywhere in the sentence, or a
slot naming the market's party leave the reading to the rules. Pure; word lists only."""

from __future__ import annotations

import re

from .analysis import MarketContext, SentenceFacts
from . import other_persons
from .entities import country_of
from .name_guard import common_words, fold
from .text import all_lemmas

# words that stand beside a name without being another name: titles, honorifics, function words
_NOT_OTHER = frozenset({
    "president", "prime", "minister", "former", "ex", "mr", "mrs", "ms", "dr", "sir", "lady", "lord", "senator",
    "governor", "king", "queen", "prince", "princess", "pope", "general", "gen", "chancellor", "premier", "leader",
    "chief", "judge", "justice", "secretary", "speaker", "chairman", "chair", "ceo", "coach", "captain", "manager",
    "the", "a", "an", "and", "or", "but", "as", "after", "before", "when", "while", "with", "for", "by", "to", "of",
    "on", "in", "at", "from", "his", "her", "their", "its", "said", "says", "told", "vice", "deputy", "foreign",
    "opposition", "us", "u.s", "uk", "pm", "sen", "rep", "gov", "mayor", "striker", "forward", "midfielder",
    "defender", "star", "player", "brother", "sister", "son", "daughter", "wife", "husband", "father", "mother",
})
_WORD = re.compile(r"[A-Za-z][\w'’.-]*")
_PARTY_PREP = frozenset({"for", "with"})
_SLOT_REACH = 7  # words after the act verb in which its 'for'/'with' party is looked for
_SKIP_IN_SLOT = frozenset({"the", "a", "an"})


def _people(ctx: MarketContext) -> list[str]:
    """The market's actors written as a person's name: two or three capitalised words, none a country, the last
    no dictionary word ('Nawaz Sharif', 'Harry Kane'; not 'Sears Holdings', 'World Health Organization')."""
    out = []
    for a in ctx.target.actors:
        words = a.split()
        if 2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words) \
                and not all_lemmas(words[-1].lower()) \
                and not any(country_of(w.lower()) for w in words) and not country_of(a.lower()):
            out.append(a)
    return out


def _other_name_word(tok_text: str, own: set[str]) -> bool:
    """A capitalised word that can only be a name: no dictionary word ('Shehbaz', 'Maryam'; not 'Files',
    'Organisation', 'President'), none of the person's own words."""
    w = tok_text.lower().strip(".")
    return tok_text[:1].isupper() and tok_text.isalpha() and w not in own and w not in _NOT_OTHER \
        and fold(w) not in common_words() and not all_lemmas(w)


def namesake(ctx: MarketContext, f: SentenceFacts, i: int) -> str | None:
    """'Shehbaz Sharif' in the clause of the act verb at token i, for a market on Nawaz Sharif's act, when the
    sentence names none of the market's people: the act is another person's."""
    people = _people(ctx)
    if not people:
        return None
    text = f.sent.text
    if any(p.search(text) for a, p in ctx.actor_patterns.items() if a in people):
        return None  # the market's own person is named: left to the rules
    toks = f.sent.tokens
    a, b = f.sent.clause_of(i)
    for person in people:
        own = {w.lower() for w in person.split()}
        shared = {w for w in own if len(w) >= 4}
        for k in range(a, b):
            if toks[k].lower not in shared or not toks[k].text[:1].isupper():
                continue
            before = k - 1 >= a and _other_name_word(toks[k - 1].text, own)
            after = k + 1 < b and _other_name_word(toks[k + 1].text, own)
            near = {t.lower for t in toks[max(a, k - 3):min(b, k + 4)] if t.lower != toks[k].lower}
            if near & own:
                continue  # 'Daniel Francisco Chapo': the person with a middle name, not another person
            if before or after:
                lo, hi = (k - 1, k + 1) if before else (k, k + 2)
                name = " ".join(t.text for t in toks[lo:hi])
                return f"'{name}' is another person than {person}, whom the sentence does not name"
    return None


def _asked_party(ctx: MarketContext) -> str | None:
    """The market's actor the question writes after its act verb and 'for'/'with' ('sign for Inter Miami'), when
    it is no country (a place the act goes to is no party to it)."""
    forms = set(ctx.target.act_forms) | ({ctx.target.act} if ctx.target.act else set())
    if not forms:
        return None
    q = ctx.market.question
    for m in re.finditer(r"\b([a-z]+)\s+(for|with)\s+(?:the\s+)?", q):
        if m.group(1) not in forms and not any(m.group(1).startswith(x) for x in forms):
            continue
        rest = q[m.end():]
        for actor in ctx.target.actors:
            if rest.startswith(actor) and not country_of(actor.lower()):
                return actor
    return None


def other_counterparty(ctx: MarketContext, f: SentenceFacts, i: int) -> str | None:
    """'signed a new deal with Paris Saint-Germain' for 'sign for Real Madrid': the act's own 'for'/'with' party,
    within a few words of the verb at token i, is another name than the market's party."""
    party = _asked_party(ctx)
    if party is None:
        return None
    pattern = ctx.actor_patterns.get(party)
    toks = f.sent.tokens
    a, b = f.sent.clause_of(i)
    other = None
    for k in range(i + 1, min(b, i + 1 + _SLOT_REACH)):
        if toks[k].lower not in _PARTY_PREP:
            continue
        s = k + 1
        while s < b and toks[s].lower in _SKIP_IN_SLOT:
            s += 1
        e = s
        while e < b and toks[e].text[:1].isupper():
            e += 1
        if e == s:
            continue
        name = f.sent.text[toks[s].start:toks[e - 1].start + len(toks[e - 1].text)]
        if pattern is not None and pattern.search(name):
            return None  # the market's own party in a slot of the clause
        if country_of(name.lower()) or any(t.lower in _NOT_OTHER for t in toks[s:e]):
            continue
        other = other or name
    if other is None:
        return None
    return f"the act is told with another party, '{other}', not {party}"


def other_party(ctx: MarketContext, f: SentenceFacts, i: int) -> str | None:
    """One of the notes (another named person as the doer: other_persons.py), or None."""
    return namesake(ctx, f, i) or other_counterparty(ctx, f, i) or other_persons.other_person(ctx, f, i)
