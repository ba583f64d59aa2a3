"""What the act must be about: the prepositional complement of a passive act in the question
('be convicted of racketeering conspiracy', 'be sentenced to jail time or a fine', 'be charged
with murder'), and the ordinal that names the market's object ('the 18th sanctions package').
A report of the act counts for the market only when its clause names one of the complement's
words ('convicted of illegal prostitution' does not settle a racketeering market) and does not
give its object another ordinal ('the 17th package took effect' is another package)."""

from __future__ import annotations

from functools import lru_cache
import re

from .entities import aliases_of
from .lexicon import MONTHS, NUMBER_WORDS
from .text import Sentence, lemmas_of

_PASSIVE_COMPLEMENT = re.compile(
    r"\bbe\s+(?:found\s+(?:guilty|liable)|[a-z]+(?:ed|en|wn|t)(?:\s+guilty)?)\s+(?P<prep>of|to|with|for)\s+"
    r"(?P<np>[^?,;]+)", re.I)
# Where the complement's noun phrase stops: a time limit, the venue, a condition.
_NP_END = re.compile(r"\b(?:by|before|after|on|no\s+later|until|in|at|during|within|when|if|as|from|following|"
                     r"this|next|between|involving|including|concerning|regarding|related|over|against)\b", re.I)
_FUNCTION = frozenset({
    "a", "an", "the", "any", "all", "at", "least", "more", "most", "less", "fewer", "than", "or", "and", "one", "his", "her", "its",
    "their", "some", "each", "every", "no", "of", "to", "with", "for", "on", "total", "term", "time",
})
# Which courts try the charge, not what it is ('federal hate crime charges'): left out when the
# complement has other words, which name the charge.
_JURISDICTION = frozenset({"federal", "state", "county", "municipal", "provincial", "national"})
# Words too general to tell one complement from another ('convicted on any count').
_GENERIC = frozenset({"count", "charge", "case", "crime", "offense", "offence", "thing", "anything", "something",
                      "year", "month", "day", "week", "vote", "seat", "percent"})


def terms(question: str, criteria: str = "") -> list[str]:
    """Lemmas of the content words of a passive act's complement in the question, [] when it
    has none or names only a quantity ('sentenced to at least 25 years': the count rule); with
    the head words of the other name the criteria give it in brackets (bracketed_alias)."""
    m = _PASSIVE_COMPLEMENT.search(question)
    if not m:
        return []
    np = m.group("np")
    cut = _NP_END.search(np)
    words = re.findall(r"[A-Za-z][A-Za-z\-]+", np[:cut.start()] if cut else np)
    out: list[str] = []
    for word in words:
        w = word.lower()
        if w in _FUNCTION or w.isdigit() or w in NUMBER_WORDS:
            continue  # a count, in digits or words ('sentenced to three years or more'): the count rule's
        # a name is kept as written ('the United States' is no form of 'unite')
        lemma = w if word[:1].isupper() else sorted(lemmas_of(w))[0] if lemmas_of(w) else w
        if lemma not in _GENERIC and w not in _GENERIC and lemma not in out:
            out.append(lemma)
    heads = [w for w in out if w not in _JURISDICTION] or out  # 'federal hate crime charges': the charge is 'hate'
    return heads + bracketed_alias(heads, criteria)


# the criteria naming the asked charge again in brackets, right after its words: 'on the federal hate
# crime (interference with rights) charge'; the words before the bracket's first preposition head it
_BRACKETED = r"\b{word}\w*(?:\s+[A-Za-z-]+){{0,2}}?\s*\((?P<alias>[A-Za-z][A-Za-z\s-]{{2,60}})\)"
_ALIAS_END = re.compile(r"\b(?:with|of|to|for|in|on|against|under|by|and|or)\b", re.I)


def bracketed_alias(wanted: list[str], criteria: str) -> list[str]:
    """The head words of another name the criteria give the asked complement in brackets right
    after it ('the federal hate crime (interference with rights) charge' → interference): a report
    may name the charge either way. [] when the criteria give none."""
    if not wanted or not criteria:
        return []
    m = re.search(_BRACKETED.format(word=re.escape(wanted[-1])), criteria, re.I)
    if not m:
        return []
    alias = m.group("alias")
    if re.match(r"\s*[a-z]+ing\b", alias):
        return []  # 'with prejudice (barring the charges from being brought again)': a gloss of what it does, no other name
    cut = _ALIAS_END.search(alias)
    out: list[str] = []
    for word in re.findall(r"[A-Za-z][A-Za-z\-]+", alias[:cut.start()] if cut else alias):
        w = word.lower()
        lemma = sorted(lemmas_of(w))[0] if lemmas_of(w) else w
        if w not in _FUNCTION and lemma not in _GENERIC and w not in _GENERIC and lemma not in wanted + out:
            out.append(lemma)
    return out


# 'rule that civilians cannot be tried in military courts': a ruling's content is part of the act;
# a report must name some of it, else it is another ruling of the same court
_RULING_CLAUSE = re.compile(r"\b(?:rule|find|decide|hold|declare)\s+that\s+(?P<clause>[^?;]+)", re.I)
_CLAUSE_END = re.compile(r"\b(?:by|before|no\s+later|until|within|when|if)\b|,", re.I)
_CLAUSE_FUNCTION = frozenset({"be", "can", "cannot", "could", "will", "would", "shall", "should", "may", "might",
                              "must", "not", "is", "are", "was", "were", "it", "that", "illegally", "legally", "in", "into",
                              "from", "as", "under", "over"})


def ruling_terms(question: str) -> list[str]:
    """Lemmas of the content words of the that-clause a ruling verb takes in the question
    ('rule that civilians cannot be tried in military courts' → civilian, try, military, court);
    [] when the question has no such clause."""
    m = _RULING_CLAUSE.search(question)
    if not m:
        return []
    clause = m.group("clause")
    cut = _CLAUSE_END.search(clause)
    out: list[str] = []
    for word in re.findall(r"[A-Za-z][A-Za-z\-]+", clause[:cut.start()] if cut else clause):
        w = word.lower()
        if w in _FUNCTION or w in _CLAUSE_FUNCTION or w in _GENERIC:
            continue
        lemma = w if word[:1].isupper() else sorted(lemmas_of(w))[0] if lemmas_of(w) else w
        if lemma not in out:
            out.append(lemma)
    return out


# words that make a finding negative: what it says may not or did not happen ('cannot be tried',
# 'unconstitutional for civilians to be tried', 'must cease')
_NEGATIVE_FINDING = frozenset({"not", "n't", "cannot", "can't", "no", "never", "unconstitutional", "illegal", "unlawful",
                               "invalid", "void", "barred", "bars", "bar", "prohibited", "prohibits", "banned",
                               "bans", "cease", "impermissible", "inadmissible"})


def _negative(words: list[str]) -> bool:
    return any(w in _NEGATIVE_FINDING or w.endswith("n't") for w in words)


def other_finding(question: str, sent: Sentence, i: int) -> str | None:
    """For a market on a ruling's content ('rule that civilians cannot be tried …'), a report of
    the ruling whose that-clause has the other polarity ('ruled that civilians can be tried') is a
    ruling the other way: why, else None. A report without a that-clause is left to the other gates."""
    m = _RULING_CLAUSE.search(question)
    if not m:
        return None
    toks = sent.tokens
    that = next((k for k in range(i + 1, min(len(toks), i + 6)) if toks[k].lower == "that"), None)
    if that is None:
        return None
    cut = _CLAUSE_END.search(m.group("clause"))
    asked = re.findall(r"[\w'’]+", (m.group("clause")[:cut.start()] if cut else m.group("clause")).lower())
    end = next((k for k in range(that + 1, len(toks)) if toks[k].lower in (",", ";", "but", "while", "although")),
               len(toks))
    said = [t.lower for t in toks[that + 1:end]]
    if _negative(asked) == _negative(said):
        return None
    return (f"the market asks for a ruling that {' '.join(asked)}; the report's '{toks[i].text} that …' "
            f"{'does not say so' if _negative(asked) else 'says the opposite'}: a ruling the other way")


# 'declare the outbreak over', 'be declared over': the state declared is part of the act; a
# report must name it or its synonyms ('declared an end to', 'declared Nipah-free'), else it is
# another declaration ('first declared the outbreak on Sept. 27').
_DECLARED_OVER = re.compile(r"\bdeclared?\b(?:\s+[\w'’-]+){0,6}?\s+(?:over|ended|finished)\b", re.I)
OVER = ["over", "end", "free", "finish", "conclude"]


def declared_state(question: str) -> list[str]:
    """The words a report of a declaration that something is over must carry, [] otherwise."""
    return list(OVER) if _DECLARED_OVER.search(question) else []


def missing(wanted: list[str], sent: Sentence, i: int) -> str | None:
    """Why the act at token i does not count for the market, when its clause names none of
    the complement's words; None when it names one (or the market has no complement)."""
    if not wanted:
        return None
    a, b = verdict_reach(sent, i, *sent.clause_of(i))
    if any(t.lemmas & set(wanted) or t.lower in wanted or set(t.lower.split("-")[1:]) & set(wanted)
           for t in sent.tokens[a:b]):  # 'declared Nipah-free'
        return None
    if _place_named(wanted, sent, a, b):
        return None
    said = " ".join(t.text for t in sent.tokens[i + 1:min(b, i + 8)]).strip(" ,.")
    return (f"the market asks about '{' '.join(wanted)}'; the report of '{sent.tokens[i].text}' names "
            + (f"'{said}'" if said else "no such thing"))


_ACQUITTAL = frozenset({"acquit", "exonerate", "acquittal", "exoneration"})
_CONVICTION = frozenset({"convict", "conviction", "find", "sentence"})


def _acquittal_at(toks, k: int) -> bool:
    """Token k opens an acquittal: 'acquitted', 'exonerated', 'cleared of/on', 'not guilty'."""
    t = toks[k]
    nxt = toks[k + 1].lower if k + 1 < len(toks) else ""
    return bool(t.lemmas & _ACQUITTAL) or ("clear" in t.lemmas and nxt in ("of", "on")) \
        or (t.lower in ("not", "n't") and nxt == "guilty")


def _conviction_at(toks, k: int) -> bool:
    """Token k opens a conviction: 'convicted', 'sentenced', 'guilty' with no negator before it."""
    t = toks[k]
    return bool(t.lemmas & (_CONVICTION - {"find"})) or (
        t.lower == "guilty" and not (k > 0 and toks[k - 1].lower in ("not", "n't")))


def verdict_reach(sent: Sentence, i: int, a: int, b: int) -> tuple[int, int]:
    """The words of clause [a, b) that a verdict at token i is about. A clause may tell verdicts
    both ways ('was found guilty of conspiracy and acquitted of fraud'): a verdict's charge is
    what follows it up to the verdict the other way; after a verdict the other way in the clause,
    it starts at the verdict itself. A word that tells no verdict keeps the whole clause."""
    toks = sent.tokens
    if _acquittal_at(toks, i):
        other = _conviction_at
    elif toks[i].lemmas & _CONVICTION or toks[i].lower == "guilty":
        other = _acquittal_at
    else:
        return a, b
    start = i if any(other(toks, k) for k in range(a, i)) else a
    end = next((k for k in range(i + 1, b) if other(toks, k)), b)
    return start, end


def _place_named(wanted: list[str], sent: Sentence, a: int, b: int) -> bool:
    """The complement is a country and the clause names it another way ('returned to the United
    States' / 'returned to US'); short upper-case names must be written in capitals ('US', not 'us')."""
    names = aliases_of(" ".join(wanted))
    if len(names) <= 1 or not sent.tokens[a:b]:
        return False
    lo, hi = sent.tokens[a].start, sent.tokens[b - 1].start + len(sent.tokens[b - 1].text)
    clause = sent.text[lo:hi]
    for name in names:
        short = len(name.replace(".", "")) <= 3
        pat = re.escape(name.upper() if short else name)
        if re.search(rf"(?<![\w.-]){pat}(?![\w-])", clause, 0 if short else re.I):
            return True
    return False


_ORDINAL = re.compile(r"^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                      r"eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|"
                      r"nineteenth|twentieth)$", re.I)


@lru_cache(maxsize=1024)
def ordinals(question: str) -> frozenset[str]:
    """The ordinals the question names ('the 18th package', 'a second term')."""
    return frozenset(w.lower() for w in re.findall(r"[A-Za-z0-9]+", question) if _ORDINAL.match(w))


# An ordinal that counts the doer's wins, not the edition won: 'their third straight America's
# Cup', 'a record 18th title'.
_STREAK = frozenset({"straight", "consecutive", "successive", "back-to-back", "successful"})


@lru_cache(maxsize=1024)
def editions(question: str) -> bool:
    """Every ordinal of the question numbers an edition ('the 37th America's Cup'), none counts
    the doer's wins ('a fourth straight title', 'a record 8th Ballon d'Or')."""
    words = [w.lower() for w in re.findall(r"[A-Za-z0-9-]+", question)]
    at = [k for k, w in enumerate(words) if _ORDINAL.match(w)]
    return bool(at) and all(k > 0 and words[k - 1] == "the" and (k + 1 == len(words) or words[k + 1] not in _STREAK)
                            for k in at)


def _counts_wins(toks, j: int, k: int) -> bool:
    """The ordinal at token j (its suffix split off or not) counts wins: a streak word after it
    ('third straight') or 'record' before it ('a record 18th title')."""
    after = next((t.lower for t in toks[j + 1:k] if t.lower not in ("st", "nd", "rd", "th")), "")
    return after in _STREAK or (j > 0 and toks[j - 1].lower == "record")


def other_ordinal(wanted: frozenset[str], sent: Sentence, object_idx: list[int], edition: bool = False) -> str | None:
    """Why the sentence's object is another one than the market's: an ordinal right before it
    that the question does not name ('the 17th package' for an 18th-package market). When the
    question's ordinal numbers an edition (`edition`), one that counts the doer's wins ('their
    third straight America's Cup') is not another edition."""
    if not wanted:
        return None
    toks = sent.tokens
    for k in object_idx:
        for j in range(max(0, k - 4), k):
            word = toks[j].lower
            if word.isdigit() and j + 1 < k and toks[j + 1].lower in ("st", "nd", "rd", "th"):
                word += toks[j + 1].lower  # the tokenizer splits '17th'
            if edition and _ORDINAL.match(word) and _counts_wins(toks, j, k):
                continue
            if _ORDINAL.match(word) and word not in wanted:
                return f"'{word} … {toks[k].text}' is another one than the market's ({', '.join(sorted(wanted))})"
    return None


# the words before a thing another replaces: 'replacing the Morandi Bridge', 'to replace the collapsed Morandi
# bridge', 'in place of the old Terminal', 'successor to the Alitalia airline'
_REPLACED = re.compile(r"\b(?:replac(?:e|es|ed|ing)|in\s+place\s+of|instead\s+of|successor\s+to)\s+"
                       r"(?:(?:the|a|an|its|their|his|her)\s+)?(?:[a-z-]+\s+){0,2}$")


def other_title(question: str, sent: Sentence, object_idx: list[int]) -> str | None:
    """Why the sentence's object is another one than the market's: a common noun of the question
    ('treaty') is named by a title (a capitalised word before it, capitalised, in a sentence that is
    not set in title case)
    whose word the question does not have, nor any word sharing its first four letters
    ('Uzbekistan-Tajikistan Alliance Treaty' for a market on the trilateral junction-point treaty;
    'Kyrgyz Treaty' would be kept for a Kyrgyzstan treaty)."""
    toks = sent.tokens
    if sum(1 for t in toks if t.text.isalpha() and t.text.islower() and len(t.text) > 3) < 2:
        return None  # a headline in title case capitalises every word
    asked = {w.lower() for w in re.findall(r"[A-Za-z]+", question)}
    common = {w for w in re.findall(r"[A-Za-z]+", question) if w.islower()}
    for k in object_idx:
        j = k - 1
        if j < 1 or not toks[k].text[:1].isupper() or not toks[j].text.isalpha() or not toks[j].text[:1].isupper():
            continue
        nouns = (toks[k].lemmas | {toks[k].lower}) & common
        if not nouns:
            continue  # a name the question writes capitalised ('Daniel Chapo', 'Tom Lembong'): no common noun
        if any(re.search(rf"\b(?:a|an|any)\s+(?:[a-z-]+\s+){{0,3}}{re.escape(n)}s?\b", question) for n in nouns):
            continue  # 'sign a bilateral treaty': any treaty of the kind counts, whatever its title
        word = toks[j].lower
        if word in asked or any(a[:4] == word[:4] for a in asked if len(a) >= 4 and len(word) >= 4):
            continue
        if _REPLACED.search(sent.text[:toks[j].start]) and any(x < j - 3 or x > k for x in object_idx):
            continue  # 'the new highway viaduct was inaugurated …, replacing the Morandi Bridge': the one it replaces
        return f"'{toks[j].text} {toks[k].text}' names another {toks[k].lower} than the market's"
    return None


# Modifiers that set their noun among the instances before the one the market names ('compared
# with previous flights' for a market on Flight 7).
_EARLIER = frozenset({"previous", "earlier", "prior", "past", "preceding", "former"})


def earlier_instance(question: str, sent: Sentence, idx: list[int]) -> str | None:
    """Why the sentence's object is not the market's one instance (named by an ordinal or a
    numbered label in the question): a modifier right before it that sets it among the earlier
    ones ('previous flights')."""
    if not ordinals(question) and not numbered(question):
        return None
    toks = sent.tokens
    for k in idx:
        for j in range(max(0, k - 2), k):
            if toks[j].lower in _EARLIER:
                return f"'{toks[j].text} … {toks[k].text}' names earlier ones, not the market's"
    return None


# A numbered label that identifies the object ('Hurricane Signal No. 10', 'Game 7', 'Stage 21',
# 'Level 4', 'Article 4', 'Chapter 11'): a report giving the same label another number is
# about another one ('issued the No 8 warning signal').
_LABELS = r"no|number|category|cat|level|game|stage|round|signal|grade|phase|tier|class|leg|week|matchday|" \
          r"article|chapter|section|step|alert|flight|mission"
_NUMBERED = re.compile(rf"\b({_LABELS})\.?\s*(\d+|[IVX]+)\b(?!\s*(?:or|and)\s+(?:more|higher|above|stronger|greater|"
                       rf"larger|worse|over|up|beyond|a\s+higher|a\s+stronger))", re.I)
_SAME_LABEL = {"number": "no", "cat": "category"}


def _label(word: str) -> str:
    w = word.lower()
    return _SAME_LABEL.get(w, w)


def numbered(question: str) -> dict[str, str]:
    """The numbered labels naming the market's object: label → number ('no' → '10'); none for
    a bar ('Category 4 or stronger', 'at least Level 3'), where a higher number also counts."""
    out: dict[str, str] = {}
    for m in _NUMBERED.finditer(question):
        if re.search(r"\b(?:at\s+least|or\s+(?:higher|above|stronger))\s*$", question[:m.start()], re.I):
            continue
        if m.group(1).isupper() and len(m.group(1)) > 1 and m.group(1) != "No":
            continue  # an acronym, not a label word
        out.setdefault(_label(m.group(1)), m.group(2).upper())
    return out


def other_number(wanted: dict[str, str], sent: Sentence, i: int) -> str | None:
    """Why the act at token i is about another object than the market's: its clause gives one of
    the market's labels another number and never the market's ('No 8' for a 'No. 10' market)."""
    if not wanted:
        return None
    a, b = sent.clause_of(i)
    lo, hi = sent.tokens[a].start, sent.tokens[b - 1].start + len(sent.tokens[b - 1].text)
    said: dict[str, dict[str, str]] = {}
    for m in _NUMBERED.finditer(sent.text[lo:hi]):
        said.setdefault(_label(m.group(1)), {})[m.group(2).upper()] = m.group(0)
    for label, number in wanted.items():
        got = said.get(label, {})
        if got and number not in got:
            return f"'{', '.join(got.values())}' is another one than the market's ({label} {number})"
    return None


# 'elects … as President … following the May 25, 2025 parliamentary election': an event the
# criteria name as coming before the act
_PRIOR = re.compile(r"\b(?:following|after)\s+(?:the\s+|its\s+|their\s+)?([^,.;()]{3,80})", re.I)


def prior_event(criteria: str, sent: Sentence, i: int) -> str | None:
    """Why the event noun at token i is not the market's act: the criteria name it as what the
    act follows ('following the May 25, 2025 parliamentary election'), and the sentence gives it
    with the same head and one of the same modifiers right before ('won 17 seats in the May 25
    parliamentary election'). An unmodified noun ('the election') is left to the other readings."""
    tok = sent.tokens[i]
    for m in _PRIOR.finditer(re.sub(r",\s*(?=\d{4}\b)", " ", criteria or "")):  # 'May 25, 2025 …' is one phrase
        words = [w.lower() for w in re.findall(r"[A-Za-z][\w-]*", m.group(1))]
        head = next((k for k, w in enumerate(words) if lemmas_of(w) & tok.lemmas), None)
        if head is None or head == 0:
            continue
        modifiers = {w for w in words[:head] if w.isalpha() and len(w) > 3 and w not in MONTHS}
        near = next((t for t in sent.tokens[max(0, i - 3):i] if t.lower in modifiers), None)
        if near is not None:
            return (f"'{near.text} {tok.text}' is the event the criteria name as coming before the act "
                    f"('{m.group(0).strip()}'), not the act")
    return None



def _models(text: str, names: set[str]) -> dict[str, set[str]]:
    """name → the model numbers `text` gives right after one of the market's object words
    ('Pixel 10', 'Galaxy S25', 'iOS 19')."""
    out: dict[str, set[str]] = {}
    for m in re.finditer(r"\b([A-Za-z][\w-]*)\s+([A-Z]?\d{1,3}[a-z]?)\b(?![.,]?\d|\s*%)", text):
        if m.group(1).lower() in names:
            out.setdefault(m.group(1).lower(), set()).add(m.group(2).upper())
    return out


def other_model(question: str, object_terms, sent: Sentence, i: int) -> str | None:
    """Why the act at token i is about another generation of the market's product: the question
    names it with a model number ('the Pixel 10') and the act's clause gives the same name only
    with other numbers ('with the Pixel 8 and Pixel 8 Pro unveiled on Wednesday, October 4, 2023')."""
    names = {w.lower() for w in object_terms}
    wanted = _models(question, names)
    if not wanted:
        return None
    a, b = sent.clause_of(i)
    lo, hi = sent.tokens[a].start, sent.tokens[b - 1].start + len(sent.tokens[b - 1].text)
    said = _models(sent.text[lo:hi], names)
    for name, numbers in wanted.items():
        got = said.get(name, set())
        if got and not got & numbers:
            return f"'{name} {', '.join(sorted(got))}' is another model than the market's ({name} {', '.join(numbers)})"
    return None
