"""A subject that takes up a name from the sentence before it: 'The party won 331 seats' after
'David Cameron's Conservative Party defied the polls and won an outright majority'. A definite
noun phrase of one common noun ('The party', 'The company') as a clause's whole subject stands
for the name the sentence before gives with that noun as its head ('Conservative Party'). The
name is taken only when it is the one such name there, and it is one of the market's actors."""

from __future__ import annotations

import re

from .text import article_sentences

# the whole subject: 'The party', 'The company' at the start of the sentence, nothing else before the verb
_SUBJECT = re.compile(r"^\s*The\s+(?P<noun>[a-z]{4,})\s*$")


def opens_with_description(text: str) -> bool:
    """The sentence opens with 'The <noun>' and a verb after it ('The party won 331 seats'): a
    subject that may take up a name from the sentence before, though the sentence names none."""
    return re.match(r"\s*The\s+[a-z]{4,}\s+[a-z]", text) is not None


def _heads(text: str, noun: str) -> list[str]:
    """The names in `text` whose last word is `noun` capitalised ('Conservative Party',
    "People's Action Party"): a run of capitalised words ending in it, from after an owner's
    possessive ("David Cameron's Conservative Party" is the 'Conservative Party')."""
    head = noun.capitalize()
    out = []
    for m in re.finditer(rf"((?:[A-Z][\w.&-]*(?:['’]s)?\s+){{1,4}}){head}\b", text):
        words = re.sub(r"^(?:The|A|An)\s+", "", m.group(0)).split()
        owned = [k for k, w in enumerate(words[:-2]) if re.search(r"['’]s$", w)]
        out.append(" ".join(words[owned[-1] + 1:] if owned else words))
    return out


def taken_up_name(title: str, body: str, index: int, headline: bool, before_verb: str,
                  ours: "callable[[str], bool]") -> str | None:
    """For a body sentence whose subject (`before_verb`, all the text before its verb) is 'The
    <noun>': the name headed by that noun in the sentence right before it, when there is one such
    name only and `ours(name)` says it is the market's; None otherwise."""
    m = _SUBJECT.match(before_verb)
    if headline or not m:
        return None
    sents = article_sentences(title, body)
    k = next((j for j, s in enumerate(sents) if s.index == index and not s.headline), 0)
    if k == 0 or sents[k - 1].headline:
        return None
    names = set(_heads(sents[k - 1].text, m.group("noun")))
    if len(names) != 1:
        return None
    name = names.pop()
    words = name.split()[:-1]  # the name without its head noun: 'Conservative' (every party is a 'Party')
    # a party's members name it too: 'Conservative Party' is 'the Conservatives'
    members = f"{words[0]}s" if len(words) == 1 and m.group("noun") == "party" and words[0].endswith(("ive", "ist", "ian")) else None
    return name if ours(" ".join(words)) or (members is not None and ours(members)) else None


# the lede's own start: a dateline ('NEW YORK (AP) — ') may come first; then 'A' or 'An' and a common word
_LEDE = re.compile(r"^(?:[A-Z][A-Z .,()]{1,60}[—–-]+\s*)?(?:An?)\s+[a-z]")
# the next sentence's subject: a role before the name ('Galleon Group founder Raj Rajaratnam', 'American
# Trevor Reed'), at most two common words and no article; the name is followed by its verb
_ROLE_WORD = re.compile(r"[A-Z][\w.&'’-]*|[a-z-]+")


def delayed_lede(title: str, body: str, index: int, headline: bool, act_at: int,
                 people: dict[str, re.Pattern[str]]) -> str | None:
    """A wire story's delayed lede: the first body sentence tells the act of 'A former billionaire
    described by the government as …' (no name before the act at `act_at`), and the next sentence
    opens with the person's name as its subject ('Galleon Group founder Raj Rajaratnam also was
    fined …'). The name (a key of `people`, of two or more words) is the lede's subject; None
    otherwise."""
    if headline:
        return None
    sents = article_sentences(title, body)
    body_sents = [s for s in sents if not s.headline]
    if len(body_sents) < 2 or body_sents[0].index != index:
        return None
    text = body_sents[0].text
    lede = _LEDE.match(text)
    if not lede or act_at <= lede.end() or re.search(r"(?<![\"“‘'])\b[A-Z]", text[lede.end():act_at]):
        return None  # no wire lede, or a name before the act: the sentence names its own subject
    nxt = body_sents[1].text
    for name, pat in people.items():
        found = pat.search(nxt)
        if len(name.split()) < 2 or not found:
            continue
        role = _ROLE_WORD.findall(nxt[:found.start()])
        common = [w for w in role if w[:1].islower()]
        if len(common) <= 2 and not {"the", "a", "an"} & {w.lower() for w in role} \
                and re.match(r"\s*(?:also\s+|had\s+|has\s+|was\s+|is\s+|,)", nxt[found.end():]) \
                and "".join(role) == re.sub(r"\s+", "", nxt[:found.start()]):
            return name
    return None


def name_lede_subject(ctx, f, article) -> bool:
    """A wire lede's unnamed subject is the person the next sentence names (delayed_lede): that
    actor is the sentence's `f.actors`, and its object when the market's object is that person."""
    name = delayed_lede(article.title, article.text, f.sent.index, f.sent.headline,
                        f.sent.tokens[f.act_idx[0]].start, ctx.actor_patterns)
    if name:
        f.actors = [name]
        if not f.object_idx and set(ctx.target.object_terms) <= set(name.lower().split()):
            f.object_idx.append(next(i for i, t in enumerate(f.sent.tokens) if t.text[:1].islower()))
    return bool(name)


# a sentence opening with a personal pronoun as its subject ('He faced up to 12 years in prison after
# being convicted on Monday'), and a sentence opening with a name, not a possessive ('Uribe, 73, has
# denied …', not "Uribe's lawyer said …")
_PRONOUN_OPENING = re.compile(r"\s*(?:He|She)\s+[a-z]")
_NAME_OPENING = re.compile(r"\s*((?:[A-ZÀ-Þ][\w'’.-]*\s+){0,4}[A-ZÀ-Þ][\w.-]*)(?=,|\s+[a-z])(?![\w'’])")


def pronoun_subject(ctx, f, article) -> None:
    """'Uribe, 73, has denied any wrongdoing …' then 'He faced up to 12 years in prison after being
    convicted on Monday': a body sentence opening with 'He' or 'She' and naming no one else before
    its act takes up the name that opens the body sentence right before it; when that name is one
    of the market's actors, it is the sentence's `f.actors` (and its object, when the market's
    object is that person)."""
    if f.sent.headline or not f.act_idx or not _PRONOUN_OPENING.match(f.sent.text):
        return
    if any(t.text[:1].isupper() for t in f.sent.tokens[1:f.act_idx[0]]):
        return  # 'He told Judge Smith …': another name before the act
    sents = [s for s in article_sentences(article.title, article.text) if not s.headline]
    k = next((j for j, s in enumerate(sents) if s.index == f.sent.index), 0)
    m = _NAME_OPENING.match(sents[k - 1].text) if k > 0 else None
    if m is None:
        return
    name = m.group(1)
    actor = next((a for a, pat in ctx.actor_patterns.items() if pat.search(name)), None)
    if actor is None:
        return
    f.actors = [actor]
    if not f.object_idx and ctx.object_head & {w.lower() for w in re.findall(r"[\w'’-]+", name)}:
        f.object_idx.append(0)
