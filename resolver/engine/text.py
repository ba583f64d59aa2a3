"""Text analysis: sentences, tokens with lemmas, and clause-scoped cues (negation, hedging,
future, conditionals). Pure functions; sentence boundaries come from `syntok`."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field
from collections.abc import Mapping
from functools import lru_cache, wraps
from types import MappingProxyType
from typing import NamedTuple

import lemminflect

from . import pattern_cache  # noqa: F401  (re's cache bound, raised before any reader's pattern)

from . import lexicon, segmenter
from .line_breaks import _INDENTED_WRAP, _lines, _rewrapped

_ABBREV = r"(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|Jr|Sr|Inc|Corp|Ltd|Co|vs|No)\."
_TOKEN_RE = re.compile(
    r"\$?\d[\d,]*(?:\.\d+)?(?:%|k\b|m\b|bn\b)?"   # numbers, money, percentages
    r"|(?:[A-Za-z]\.){2,}"                          # U.S., e.g.
    r"|[A-Z]&[A-Z]+"                                  # S&P, AT&T
    r"|" + _ABBREV + r"(?![A-Za-z])"                 # Nov., Gen.
    r"|[^\W\d_][\w'’\-]*"                            # words (GPT-5, COVID-19, iPhone, Babiš)
    r"|[^\s\w]|_"                                     # punctuation
)
_CLAUSE_BREAK = re.compile(  # (no leading \s*: a cut's first token is the same, and the search a fifth faster)
    r"(?:;|:|—|–(?=\s)|\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b|\bthough\b|\bhowever\b|,\s*after\b|\bafter\b"
    r"|,\s*which\b|,\s*before\b|\bwhen\b|\bsince\b|,\s*and\b)\s*",
    re.IGNORECASE,
)


class Token(NamedTuple):
    """A word or mark of a sentence: as written, lowercased, its offset, and its lemmas. A named
    tuple, not a frozen dataclass: a sentence makes dozens and a frozen dataclass's __init__ sets
    each field through object.__setattr__ (about a third of tokenizing)."""

    text: str
    lower: str
    start: int
    lemmas: frozenset[str]


@dataclass
class Sentence:
    """A sentence with its tokens; `headline` marks an article title."""

    text: str
    tokens: list[Token]
    index: int
    headline: bool = False
    clauses: list[tuple[int, int]] = field(default_factory=list)  # token index ranges

    @property
    def lower_text(self) -> str:
        """' '-joined lowercase tokens with a space at each end (for phrase look-ups)."""
        cached = self.__dict__.get("_lower_text")
        if cached is None:
            cached = " " + " ".join(t.lower for t in self.tokens) + " "
            self.__dict__["_lower_text"] = cached
        return cached

    def token_at(self, pos: int) -> int:
        """Index of the first token starting at or after character `pos` (0 when none does)."""
        return next((k for k, tok in enumerate(self.tokens) if tok.start >= pos), 0)

    def clause_of(self, i: int) -> tuple[int, int]:
        for a, b in self.clauses:
            if a <= i < b:
                return a, b
        return 0, len(self.tokens)


# a percentage whose decimal point a typesetter followed with a space ('being 51. 595 percent of the
# total votes cast'): one figure, 51.595 %, not '595 percent' after a sentence ending on '51.'
_BROKEN_DECIMAL = re.compile(r"(?<![\d,.])(\d{1,2})\. (\d{1,3})(?=\s*(?:%|percent\b|per\s+cent\b))", re.I)


# what a run of _SPACES to collapse or a _BROKEN_DECIMAL holds: most texts have neither, and a plain
# look for it is many times cheaper than the substitution that would change nothing
_SPACES = re.compile(r"[ \t\u00a0]+")
# the wire services' abbreviation of a percentage ('rose 3.1 pct in 2023', 'Maintains Interest Rate At 5.25 Pct'),
# written out so that every reading of a figure reads it as one
_PCT = re.compile(r"(?<=\d) ?(?:pct|Pct|PCT)\b(?!\.?\w)")
_PCT_CUE = re.compile(r"\d ?(?:pct|Pct|PCT)\b")
_BROKEN_DECIMAL_CUE = re.compile(r"\d\. \d")


def normalize(text: str) -> str:
    """NFC-normalize, unify quotes and dashes, collapse whitespace, write out a percentage's 'pct',
    mend a percentage's decimal point broken by a space."""
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    if "  " in text or "\t" in text or "\u00a0" in text:
        text = _SPACES.sub(" ", text)
    text = text.strip()
    if _PCT_CUE.search(text):
        text = _PCT.sub(lambda m: " Percent" if "P" in m.group() else " percent", text)
    return _BROKEN_DECIMAL.sub(r"\1.\2", text) if _BROKEN_DECIMAL_CUE.search(text) else text


@lru_cache(maxsize=65536)
def all_lemmas(word: str) -> Mapping[str, tuple[str, ...]]:
    """lemminflect.getAllLemmas(word) (part of speech → lemmas), cached and read-only:
    lemminflect deep-copies its answer on every call, and the engine asks about the same words
    again and again."""
    return MappingProxyType({pos: tuple(forms) for pos, forms in lemminflect.getAllLemmas(word).items()})


@lru_cache(maxsize=65536)
def lemmas_of(word: str) -> frozenset[str]:
    """All lemmas lemminflect knows for a word, lowercased (any part of speech), plus the word.
    Cached on the word as written too: every token of every sentence asks."""
    return _lemmas_of(word.lower().strip("."))


def fold(word: str) -> str:
    """A word without its diacritics ('Rosselló' → 'Rossello', 'Piñera' → 'Pinera'): many outlets
    write a name without them, some a plain name with them."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def _lemmas_of(w: str) -> frozenset[str]:
    out = {w, fold(w)}
    for forms in all_lemmas(w).values():
        out.update(forms)
    if len(out) == 1 and w.isalpha() and len(w) > 3:
        for upos in ("NOUN", "VERB"):
            out.update(lemminflect.getAllLemmasOOV(w, upos=upos).get(upos, ()))
    return frozenset(out)


@lru_cache(maxsize=4096)
def inflections_of(lemma: str) -> dict[str, frozenset[str]]:
    """Penn-tag → word forms of a verb lemma, e.g. {'VBD': {'signed'}, ...}."""
    infl = lemminflect.getAllInflections(lemma, upos="VERB") or lemminflect.getAllInflectionsOOV(lemma, upos="VERB")
    return {tag: frozenset(forms) for tag, forms in infl.items()}


def tokenize(text: str) -> list[Token]:
    return [Token(w, w.lower(), m.start(), lemmas_of(w)) for m in _TOKEN_RE.finditer(text) for w in (m.group(),)]


def _clauses(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    cuts = [m.start() for m in _CLAUSE_BREAK.finditer(text)]
    bounds, start = [], 0
    starts = [t.start for t in tokens]  # increasing: the first token at or after a cut by bisection
    for cut in cuts:
        idx = bisect_left(starts, cut)
        if idx > start:
            bounds.append((start, idx))
            start = idx
    bounds.append((start, len(tokens)))
    return bounds


def make_sentence(text: str, index: int, headline: bool = False) -> Sentence:
    toks = tokenize(text)
    return Sentence(text=text, tokens=toks, index=index, headline=headline, clauses=_clauses(text, toks))


def sentence_memo(fn):
    """Memoise fn(sent, *args) on the sentence, for a reader whose answer depends on the sentence
    and the (hashable) arguments alone and is never changed by its callers (None, a bool, a
    string, a tuple): asked of the same sentence by several readers, markets and (shared_sentence)
    articles, it is worked out once."""
    def memoised(sent: Sentence, *args):
        memo = sent.__dict__.get("_memo")
        if memo is None:
            memo = sent.__dict__["_memo"] = {}
        key = (fn, args)
        if key not in memo:
            memo[key] = fn(sent, *args)
        return memo[key]
    return wraps(fn)(memoised)


@sentence_memo
def holds(sent: Sentence, pattern: re.Pattern[str]) -> bool:
    """Whether a pattern is found in the sentence's text: a reader's cue, looked for once per sentence."""
    return pattern.search(sent.text) is not None


@lru_cache(maxsize=65536)
def shared_sentence(text: str, index: int, headline: bool = False) -> Sentence:
    """One Sentence for a text at a place, shared by every article that holds it (a wire story's
    lines, an outlet's boilerplate): what readers memoise on a sentence (mentions.read,
    word_class.verb_at, …: functions of the sentence alone) is worked out once. Read-only."""
    return make_sentence(text, index, headline)


def split_sentences(text: str) -> list[str]:
    """Sentences of a body text (syntok's segmenter, run by segmenter.py); paragraph and line breaks
    end a sentence (_lines)."""
    out: list[str] = []
    stretches = re.split(r"\n\s*\n|\r\n\s*\r\n|\s{3,}", _INDENTED_WRAP.sub("\n", _rewrapped(text)))
    for para in (line for stretch in stretches for line in _lines(stretch.replace("\r", ""))):
        para = normalize(para)
        if not para:
            continue
        first = len(out)
        for sent in segmenter.sentences(para):
            s = "".join(spacing + value for spacing, value, _ in sent).strip()
            if len(s) > 1:
                if len(out) > first and _MONTH_DOT_END.search(out[-1]) and s[:1].isdigit():
                    out[-1] = f"{out[-1]} {s}"  # 'their Jan. 22-26 strike': a month's abbreviation ends no sentence
                elif len(out) > first and _CURRENCY_DOT_END.search(out[-1]) and s[:1].isdigit():
                    out[-1] = f"{out[-1]} {s}"  # 'an all-time low of Rs. 39.95': a currency's abbreviation ends no sentence
                elif len(out) > first and _TITLE_DOT_END.search(out[-1]) and s[:1].isupper():
                    out[-1] = f"{out[-1]} {s}"  # 'Virginia Rep. Abigail Spanberger': a title before a name ends no sentence
                else:
                    out.append(s)
    return [piece for s in out for piece in bounded(s)]


# The longest sentence the engine reads as one (characters). The longest of the real-news corpus's
# 20,137 development sentences has 872 characters (157 tokens); a stranger's page may hold a 30 KB
# run-on (a list, a page with no full stops), and readings that pair every word of a clause with
# every other grow with its square: such a stretch is read as pieces of at most this length.
MAX_SENTENCE_CHARS = 1500


def bounded(s: str) -> list[str]:
    """A sentence cut into pieces of at most MAX_SENTENCE_CHARS characters, each at the last clause
    break (semicolon, comma, colon) in its second half, else at the last space, else where the
    bound falls."""
    pieces = []
    while len(s) > MAX_SENTENCE_CHARS:
        head = s[:MAX_SENTENCE_CHARS]
        cut = max(head.rfind("; "), head.rfind(", "), head.rfind(": "))
        cut = cut if cut >= MAX_SENTENCE_CHARS // 2 else head.rfind(" ")
        cut = cut if cut > 0 else MAX_SENTENCE_CHARS - 1
        pieces.append(s[:cut + 1].strip())
        s = s[cut + 1:].strip()
    pieces.append(s)
    return [p for p in pieces if len(p) > 1]


_MONTH_DOT_END = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.$")
# Currencies abbreviated with a dot before their figure ('Rs. 39.95' rupees, 'Dhs. 500' dirhams,
# 'Shs. 2,000' shillings, 'Tk. 100' taka, 'Kr. 50' kroner).
_CURRENCY_DOT_END = re.compile(r"(?:^|(?<!\d)\s|\()(?:Rs|Re|Dhs|Shs|Tk|Kr)\.$")  # not after its figure: '40 Rs.'
# Titles written before a person's name ('Rep. Abigail Spanberger', 'Lt. Gov. Winsome Earle-Sears'),
# abbreviated with a dot that the segmenter may take for a sentence's end.
_TITLE_DOT_END = re.compile(r"(?:^|\s)(?:Rep|Reps|Sen|Sens|Gov|Lt|Gen|Col|Sgt|Capt|Maj|Adm|Cmdr|Rev|Hon|Prof|Dr|Mr|Mrs|Ms|"
                            r"Atty|Supt|Cpl|Pvt|Amb|Insp|Det|Brig|Fr)\.$")


@lru_cache(maxsize=8192)
def article_sentences(title: str, body: str) -> tuple[Sentence, ...]:
    """The title (as a headline) followed by the body's sentences. Cached: an article is
    split once per process, however many markets it bears on (treat the result as read-only)."""
    sents: list[Sentence] = []
    if title.strip():
        head = normalize(title)
        sents.append(shared_sentence(bounded(head)[0] if len(head) > MAX_SENTENCE_CHARS else head, 0, headline=True))
    for s in split_sentences(body):
        sents.append(shared_sentence(s, len(sents)))
    return tuple(sents)


def _window_text(sent: Sentence, a: int, b: int) -> str:
    return " " + " ".join(t.lower for t in sent.tokens[a:b]) + " "


@lru_cache(maxsize=4096)
def _phrase_norm(phrase: str) -> str:
    return " " + " ".join(t.lower for t in tokenize(phrase)) + " "


def has_phrase(sent: Sentence, phrase: str, a: int = 0, b: int | None = None) -> bool:
    """True if the (lowercase, token-joined) phrase occurs in tokens a..b."""
    b = len(sent.tokens) if b is None else b
    window = sent.lower_text if (a, b) == (0, len(sent.tokens)) else _window_text(sent, a, b)
    return _phrase_norm(phrase) in window


# negators that open a noun phrase ('no one', 'nothing'): after a verb they negate its object
_OBJECT_NEGATORS = frozenset({"no", "none", "nothing", "nobody", "neither"})


def closed_aside(sent: Sentence, lo: int, i: int) -> int:
    """The token after a non-restrictive relative clause closed before token i (', who repeatedly
    denied any wrongdoing, has been … dismissed'): a negation inside it is the aside's, not i's verb's.
    `lo` when there is none."""
    toks = sent.tokens
    close = next((k for k in range(i - 1, lo, -1) if toks[k].text == ","), None)
    if close is None:
        return lo
    opened = next((j for j in range(close - 1, max(0, lo - 8), -1) if toks[j].text == ","), None)
    if opened is None or opened + 1 >= close or toks[opened + 1].lower not in ("who", "which"):
        return lo
    return close + 1


def negator_scopes(sent: Sentence, k: int, i: int) -> bool:
    """Token k is a negator whose scope reaches token i after it: not a noun phrase's negator
    ('no one', 'nothing') after a verb with a comma before i ('In a move that'll surprise no
    one, Fisker … filed'): that negates the other verb's object."""
    t = sent.tokens[k]
    if not (t.lower in lexicon.NEGATORS or t.lower.endswith("n't")):
        return False
    if _vote_name(sent, k):
        return False
    return not (k > 0 and t.lower in _OBJECT_NEGATORS and any(x.text == "," for x in sent.tokens[k + 1:i]))


# 'no' naming a vote, unhyphenated: 'the no confidence motion', 'a vote of no confidence', 'no trust vote'
_VOTE_OBJECTS = frozenset({"confidence", "trust"})
_VOTE_NOUNS = frozenset({"motion", "motions", "vote", "votes", "ballot", "ballots", "debate", "letter", "letters", "bid"})


def _vote_name(sent: Sentence, k: int) -> bool:
    """The 'no' at k is part of a vote's name, no negator: 'It (the no confidence motion) passed', 'a vote
    of no confidence', 'voted no confidence in the government' (not 'have no confidence in her')."""
    toks = sent.tokens
    if toks[k].lower != "no" or k + 1 >= len(toks) or toks[k + 1].lower not in _VOTE_OBJECTS:
        return False
    after = toks[k + 2].lower if k + 2 < len(toks) else ""
    before = toks[k - 1].lower if k else ""
    return after in _VOTE_NOUNS or before in ("of", "voted", "vote", "votes", "voting")


# the longest subject a negative quantifier may lead before its verb ('No conclave in the modern
# era has chosen …')
_SUBJECT_SPAN = 12


def _negative_subject(sent: Sentence, a: int, i: int) -> str | None:
    """A negative quantifier opening token i's clause as its subject ('No conclave in the modern
    era has chosen a pope on its first day', 'None of the candidates has won', 'Never has …'):
    it negates the clause's verb however long the subject. Not 'No, …' (an answer), and only up
    to the first comma (a later clause has its own subject)."""
    toks = sent.tokens
    lead = toks[a].lower
    if lead not in _OBJECT_NEGATORS | {"never"} or i - a > _SUBJECT_SPAN or i <= a:
        return None
    if a > 0 and toks[a - 1].text not in (",", ";", ":", "(", "—", "–", "-", '"'):
        return None  # the clause opens mid-sentence without a break: not its subject
    if any(t.text in (",", ";", ":") for t in toks[a + 1:i]):
        return None
    return toks[a].text


# adverbs that make the verb right after them a near miss: 'virtually secured the party's nomination',
# 'nearly won', 'all but clinched' (the act came close, it was not done)
_APPROXIMATORS = frozenset({"nearly", "almost", "virtually", "practically"})


def approximated(sent: Sentence, i: int) -> str | None:
    """An approximating adverb right before the word at i, a verb ('virtually secured', 'all but
    clinched'); not before a figure ('nearly 5%') or a quantifier ('almost all')."""
    toks = sent.tokens
    if i < 1 or not toks[i].text.isalpha() or toks[i].lower in lexicon.NUMBER_WORDS or toks[i].lower in _QUANTIFIERS:
        return None
    if toks[i - 1].lower in _APPROXIMATORS:
        return toks[i - 1].text
    if i >= 2 and toks[i - 2].lower == "all" and toks[i - 1].lower == "but":
        return "all but"
    return None


_QUANTIFIERS = frozenset({"all", "every", "each", "half", "twice", "double", "entirely", "certainly", "always", "never"})


@sentence_memo
def negated_before(sent: Sentence, i: int, span: int = 6) -> str | None:
    """The negation cue that scopes over token i (same clause, within `span` tokens before), if any."""
    near = approximated(sent, i)
    if near:
        return near
    a, _ = sent.clause_of(i)
    lo = max(a, i - span)
    aside = closed_aside(sent, max(a, i - span - 2), i)
    for k in range(max(lo, aside), i):
        t = sent.tokens[k]
        if negator_scopes(sent, k, i):
            return t.text
    quantifier = _negative_subject(sent, a, i)
    if quantifier:
        return quantifier
    window = _window_text(sent, max(a, i - span - 2, aside), i)
    for phrase in lexicon.NEGATING_PHRASES:
        if " " + phrase + " " in window:
            return phrase
    return None


# Words before 'May' that make it the month: 'in May', 'since May', 'early May', 'last May', 'the May vote'
_MONTH_LEADS = frozenset({"in", "on", "of", "since", "until", "till", "by", "from", "through", "before", "after",
                          "during", "early", "late", "mid", "last", "next", "between", "to",
                          "the", "a", "an", "its", "their", "his", "her", "our"})  # 'the May vote'


def the_month(sent: Sentence, k: int) -> bool:
    """Token k is the month May, not the modal 'may': followed by a day or a year ('May 1 (UPI)
    --', 'May 2025'), after a preposition or a time word ('in May', 'since May', 'early May'), or
    capitalised inside a body sentence ('the 6 May elections'; a headline capitalises the modal
    too: 'Launch May Slip'). A modal is never followed by a number nor led by a preposition."""
    toks = sent.tokens
    if toks[k].lower != "may":
        return False
    if k + 1 < len(toks) and toks[k + 1].lower[:1].isdigit():
        return True
    if k > 0 and toks[k - 1].lower in _MONTH_LEADS:
        return True
    return toks[k].text == "May" and k > 0 and not sent.headline


QUOTED_WORDS = 5  # a quoted stretch shorter than this is a name or a term ('announcing the "robotaxi launch"')


def in_quotation(sent: Sentence, i: int) -> bool:
    """Token i stands inside a direct quotation of what someone said: an odd number of double
    quotes before it, one after it, and at least QUOTED_WORDS words between them ('"The ruling
    today sets Dr Besigye … free," he told AFP'; not a quoted term: 'the "robotaxi launch"')."""
    marks = [k for k, t in enumerate(sent.tokens) if t.text == '"']
    opening = [k for k in marks if k < i]
    closing = next((k for k in marks if k > i), None)
    return len(opening) % 2 == 1 and closing is not None and closing - opening[-1] - 1 >= QUOTED_WORDS


def cue_in_clause(sent: Sentence, i: int, words: frozenset[str], before_only: bool = False) -> str | None:
    """First cue word from `words` in token i's clause (before i when `before_only`)."""
    a, b = sent.clause_of(i)
    end = i if before_only else b
    for k, t in enumerate(sent.tokens[a:end], start=a):
        if t.lower in words and not the_month(sent, k):
            return t.text
    return None


# a sentence opened by a conditional that points back ('In that case the decision would go to …', 'If so, …')
_LEADING_CASE = re.compile(r"\s*(?:in\s+(?:that|this|which|such\s+an?|either)\s+(?:case|event|scenario)|if\s+so|failing\s+that"
                           r"|should\s+(?:that|this)\s+happen)\b", re.I)


def conditional_clause(sent: Sentence, i: int) -> str | None:
    """A conditional cue ('if', 'unless') governing token i: in its clause or leading the sentence."""
    cue = cue_in_clause(sent, i, lexicon.CONDITIONALS)
    if cue:
        return cue
    if sent.tokens and sent.tokens[0].lower in lexicon.CONDITIONALS:
        return sent.tokens[0].text
    lead = _LEADING_CASE.match(sent.text)
    return lead.group(0).strip() if lead else None
