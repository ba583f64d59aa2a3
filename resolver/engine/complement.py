"""What the act must be about: the prepositional complement of a passive act in the question
('be convicted of racketeering conspiracy', 'be sentenced to jail time or a fine', 'be charged
with murder'), and the ordinal that names the market's object ('the 18th sanctions package').
A report of the act counts for the market only when its clause names one of the complement's
words ('convicted of illegal prostitution' does not settle a racketeering market) and does not
give its object another ordinal ('the 17th package took effect' is another package)."""

from __future__ import annotations

import re

from .entities import aliases_of
from .text import Sentence, lemmas_of

_PASSIVE_COMPLEMENT = re.compile(
    r"\bbe\s+(?:found\s+(?:guilty|liable)|[a-z]+(?:ed|en|wn|t)(?:\s+guilty)?)\s+(?P<prep>of|to|with|for)\s+"
    r"(?P<np>[^?,;]+)", re.I)
# Where the complement's noun phrase stops: a time limit, the venue, a condition.
_NP_END = re.compile(r"\b(?:by|before|after|on|no\s+later|until|in|at|during|within|when|if|as|from|following|"
                     r"this|next|between|involving|including|concerning|regarding|related|over|against)\b", re.I)
_FUNCTION = frozenset({
    "a", "an", "the", "any", "all", "at", "least", "more", "most", "than", "or", "and", "one", "his", "her", "its",
    "their", "some", "each", "every", "no", "of", "to", "with", "for", "on", "total", "term", "time",
})
# Words too general to tell one complement from another ('convicted on any count').
_GENERIC = frozenset({"count", "charge", "case", "crime", "offense", "offence", "thing", "anything", "something",
                      "year", "month", "day", "week", "vote", "seat", "percent"})


def terms(question: str) -> list[str]:
    """Lemmas of the content words of a passive act's complement in the question, [] when it
    has none or names only a quantity ('sentenced to at least 25 years': the count rule)."""
    m = _PASSIVE_COMPLEMENT.search(question)
    if not m:
        return []
    np = m.group("np")
    cut = _NP_END.search(np)
    words = re.findall(r"[A-Za-z][A-Za-z\-]+", np[:cut.start()] if cut else np)
    out: list[str] = []
    for word in words:
        w = word.lower()
        if w in _FUNCTION or w.isdigit():
            continue
        # a name is kept as written ('the United States' is no form of 'unite')
        lemma = w if word[:1].isupper() else sorted(lemmas_of(w))[0] if lemmas_of(w) else w
        if lemma not in _GENERIC and w not in _GENERIC and lemma not in out:
            out.append(lemma)
    return out


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
    a, b = sent.clause_of(i)
    if any(t.lemmas & set(wanted) or t.lower in wanted or set(t.lower.split("-")[1:]) & set(wanted)
           for t in sent.tokens[a:b]):  # 'declared Nipah-free'
        return None
    if _place_named(wanted, sent, a, b):
        return None
    said = " ".join(t.text for t in sent.tokens[i + 1:min(b, i + 8)]).strip(" ,.")
    return (f"the market asks about '{' '.join(wanted)}'; the report of '{sent.tokens[i].text}' names "
            + (f"'{said}'" if said else "no such thing"))


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


def ordinals(question: str) -> frozenset[str]:
    """The ordinals the question names ('the 18th package', 'a second term')."""
    return frozenset(w.lower() for w in re.findall(r"[A-Za-z0-9]+", question) if _ORDINAL.match(w))


# An ordinal that counts the doer's wins, not the edition won: 'their third straight America's
# Cup', 'a record 18th title'.
_STREAK = frozenset({"straight", "consecutive", "successive", "back-to-back", "successful"})


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
