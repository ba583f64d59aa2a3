"""What a market's criteria add to its question: the things they say do not count (exclusions),
whether an announcement of the act counts, the verbs they give as the act's alternatives
('votes to end or suspend its strike'), and whether they ask the act for all of its object. Read by
derive.py."""

from __future__ import annotations

import re

from .group_objects import quantified
from .particle_acts import PARTICLES, particle_act
from .question_verbs import is_verb_base
from .text import all_lemmas, lemmas_of, tokenize

_EXCLUSION_RE = re.compile(
    r"(?P<what>[^.;:]*?)\s+(?:do|does|will|shall|would)\s+not\s+(?:count|qualify|suffice|resolve)", re.I
)
# what every _EXCLUSION_RE match holds: its lazy 'what' makes a search quadratic in the length of a
# stretch without '.', ';' or ':' (a millisecond a market), so only the stretches holding this are
# searched (no match crosses a stretch's end: none holds one of those marks)
_EXCLUSION_CUE = re.compile(r"\snot\s+(?:count|qualify|suffice|resolve)", re.I)
_STRETCH = re.compile(r"[^.;:]+")


def _exclusion_matches(criteria: str) -> list[re.Match[str]]:
    """_EXCLUSION_RE.finditer(criteria), the same matches, searched in the cue's stretches only."""
    out: list[re.Match[str]] = []
    for st in _STRETCH.finditer(criteria) if _EXCLUSION_CUE.search(criteria) else ():
        if _EXCLUSION_CUE.search(criteria, st.start(), st.end()):
            out.extend(_EXCLUSION_RE.finditer(criteria, st.start(), st.end()))
    return out
_NOT_MERELY_RE = re.compile(r"\bnot\s+(?:merely|just|only|simply)\s+(?P<what>[a-z][a-z \-]{2,40}?)(?=[),.;]|$)", re.I)
# an early count set aside in a parenthesis: 'announces final (not preliminary) results', 'the final (not
# provisional) estimate': the early kind does not count
_NOT_EARLY_RE = re.compile(r"\b(?:final|official|certified|definitive)\s+\(\s*not\s+(?P<what>preliminary|provisional|partial)\s*\)\s+"
                           r"(?P<noun>results?|counts?|tall(?:y|ies)|figures?|estimates?)\b", re.I)
# an ordinal naming a stage of a process ('Approval in the first round does not count', 'the first reading'):
# the ordinal is what tells the excluded stage from the asked one (a second, a final round), so it stays
_STAGE_ORDINAL = re.compile(r"\bfirst[\s-]+(?:round|reading|vote|ballot|leg|stage|phase)s?\b", re.I)
_SPLIT_LIST = re.compile(r",|\bor\b|\band\b|\(|\)|\be\.g\.|\bi\.e\.|\bsuch as\b|\bincluding\b|/", re.I)


def _phrase_terms(phrase: str, stop: frozenset[str]) -> list[str]:
    """The content words of a phrase; a hyphenated word of words gives its parts ('Prices of the
    spot-month … do not count' → spot month), which a report may write apart ('the spot month
    contract'); a name with a figure ('Niño-3') stays out; a name's possessive keeps the name ("Finland's
    accession" → finland accession)."""
    # a possessive keeps its name ("Ratification of Finland's accession does not count" → finland)
    low = [re.sub(r"['’]s?$", "", t.lower) if t.text[:1].isupper() else t.lower for t in tokenize(phrase)]
    words = [w for t in low for w in (t.split("-") if "-" in t and t.replace("-", "").isalpha() else (t,))]
    return [w for w in words if w.isalpha() and w not in stop and len(w) > 1]


def exclusions(criteria: str, stop: frozenset[str]) -> list[str]:
    """The things the criteria say do not count ('Regulatory clearance or shareholder approval alone
    does not count', 'not merely a delegation of powers'), each as its content words."""
    found: list[str] = []
    for m in _exclusion_matches(criteria):
        what = m.group("what")
        if re.search(r"\bresolves?\s+to\b", what, re.I):  # 'resolve to "Yes" if … by ruling that his hospital
            what = re.split(r"\bthat\b", what)[-1]         # stay does not count': the ruling's content, not an exclusion
        what = re.split(r"\b(?:resolves?\s+(?:yes|no)[^.]*?|otherwise)\b", what, flags=re.I)[-1]
        for piece in _SPLIT_LIST.split(what):
            terms = _phrase_terms(piece, stop - {"first"} if _STAGE_ORDINAL.search(piece) else stop)
            terms = [t for t in terms if t not in ("only", "alone", "merely", "count", "announcements", "announcement")] or terms
            if terms:
                found.append(" ".join(terms))
    for m in _NOT_MERELY_RE.finditer(criteria):
        terms = _phrase_terms(m.group("what"), stop)
        if terms:
            found.append(" ".join(terms))
    for m in _NOT_EARLY_RE.finditer(criteria):
        found.append(f"{m.group('what').lower()} {m.group('noun').lower()}")
    return list(dict.fromkeys(found))


def announcement_counts(criteria: str) -> bool:
    """True when the criteria count an announcement of the act ('announces or is confirmed to
    have left'), outside any 'do not count' sentence."""
    for sentence in re.split(r"(?<=[.;])\s+", criteria):
        if re.search(r"\bannounc", sentence, re.I) and not re.search(r"\bnot\s+(?:by\s+itself\s+)?(count|qualify|suffice|resolve)|\balone\b|\bby\s+itself\b",
                                                                  sentence, re.I):
            return True
    return False


# a word, 'or', another word: where the criteria may give an alternative to the act
_OR_PAIR = re.compile(r"\b(\w+)\s+or\s+[a-z]+\s", re.I)
_PARTICLE = "|".join(sorted(PARTICLES))


def _verb(word: str, particle: str | None) -> str | None:
    """The act a verb of the criteria names: a base form as it is ('suspend'), an inflected one by its
    verb lemma ('ends' → end), and a verb with its particle by the frame listing the phrase ('calls off'
    → terminate; a phrase no frame lists is no alternative)."""
    w = word.lower()
    lemma = w if is_verb_base(w) else next(iter(all_lemmas(w).get("VERB", ())), None) \
        if w.endswith(("s", "ed")) and w not in PARTICLES else None
    if lemma is None or {lemma, *all_lemmas(w).get("VERB", ())} & {"be", "have", "do"}:
        return None  # 'or is removed': an auxiliary, no act of its own
    if not particle:
        return lemma
    return particle_act([w, particle.lower()], 0, lemma)


def alternatives(act: str, criteria: str, obj_words: list[str], said: list[str] | None = None) -> list[str]:
    """Verbs the criteria give as the act's alternative on the same object ('votes to end or
    suspend its strike' for 'end its strike', 'calls off or ends the strike' for 'call off their
    strike', `said` being the question's act word and the word after it): each counts as the act."""
    said = said or []
    stem = next((v for v in sorted(lemmas_of(said[0])) if particle_act(said, 0, v) == act), None) \
        if len(said) == 2 and said[1] in PARTICLES else None
    phrase = stem is not None  # the question's act is its verb with a particle ('call off')
    acted = rf"(?:{re.escape(act)}\w*" + (rf"|{re.escape(stem)}\w*\s+{said[1]}" if phrase else "") + ")"
    if not obj_words or not re.search(rf"\bor\s+{acted}", criteria, re.I) and \
            not any(m.group(1).lower().startswith(act.lower()) for m in _OR_PAIR.finditer(criteria)) and \
            not (phrase and re.search(rf"\b{acted}\s+or\s", criteria, re.I)):
        return []  # no '<act…> or <verb>' (nor '<verb> or <act>') anywhere: spare compiling the market's own pattern
    head = re.escape(obj_words[-1])
    found = re.findall(rf"\b{acted}\s+or\s+([a-z]+)(?:\s+({_PARTICLE})\b)?\s+(?:(?:its|their|his|her|the|a|an)\s+)?"
                       rf"(?:\w+\s+){{0,2}}?{head}", criteria, re.I)
    # 'close or suspend operations at …' for 'suspend operations': the verb before 'or' on the same object
    found += re.findall(rf"\b([a-z]+)(?:\s+({_PARTICLE})\b)?\s+or\s+{acted}\s+(?:(?:its|their|his|her|the|a|an)\s+)?"
                        rf"(?:\w+\s+){{0,2}}?{head}", criteria, re.I)
    verbs = (_verb(w, p) for w, p in found)
    return [v for v in verbs if v and v != act]


_ALL_Q = re.compile(r"(?<![\w-])(all|every|each of the|entire)(?![\w-])", re.I)
# the criteria asking the act for all of the question's object ('restored power to essentially all
# customers in New Orleans', 'all of its bases'): a plural noun right after 'all'
_ALL_OF = re.compile(r"(?i:\b(?:(?:essentially|virtually|substantially|practically)\s+)?all\s+(?:of\s+)?"
                     r"(?:the\s+|its\s+|their\s+)?)(?P<noun>[a-z]+s)\b")


def all_noun(criteria: str, object_terms: list[str]) -> str | None:
    """The noun of the question's object that the criteria ask the act for all of ('Will Entergy
    restore power to New Orleans customers …' with 'restored power to essentially all customers'
    → 'customer'), else None."""
    terms = set(object_terms)
    for m in _ALL_OF.finditer(criteria or ""):
        noun = m.group("noun")
        if noun in terms or noun[:-1] in terms:
            return noun[:-1] if noun[:-1] in terms else noun
    return None


def _named(body: str, m: re.Match[str]) -> bool:
    """The word is part of a name, not a quantifier: capitalised inside the question's body ('the
    FTSE/JSE All Share Index', 'the All Basotho Convention', '"Everything Everywhere All at Once"')."""
    return m.start() > 0 and m.group(1)[:1].isupper()


def quantifier(body: str, criteria: str, object_terms: list[str]) -> str | None:
    """'all' when the market needs the act for every one of its object: the question says so
    ('Will France hand over all of its military bases'), or the criteria ask it of all of the
    question's own object (all_noun), so a report of it for some is a partial completion. A
    capitalised 'All' inside a name (_named) asks nothing of the kind. 'both …' and 'the N …' of a
    group's members ask it of every one of them (group_objects.quantified)."""
    asked = any(not _named(body, m) for m in _ALL_Q.finditer(body)) or quantified(body)
    return "all" if asked or all_noun(criteria, object_terms) else None
