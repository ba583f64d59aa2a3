"""Past editions: a contest or prize held again and again ('the Booker Prize', 'Wimbledon') has one
winner per edition, and a market naming one ('Will Margaret Atwood win the 2019 Booker Prize?')
is settled by that edition's result alone. A win told of another edition is a past win, neither
the candidate's win of the market's edition nor a rival's:
- told with another edition's year: 'Margaret Atwood won the Booker Prize in 2000', 'Roger
  Federer won the 2017 Wimbledon title', 'In 2017, Federer won …', 'The 2016 edition of the
  Booker Prize was won by Paul Beatty', 'was awarded the Booker Prize in 2000';
- with a word setting its edition among the earlier ones: 'won a previous edition', 'won last
  year's title', 'who previously won the Grand Prix';
- counted over editions: 'has won it twice', 'won eight of the last twenty times';
- set back by time words in its clause ('beat Al Ahly 2-0 in the final last year', 'a year ago',
  'Last year, …'), the year they point to (from the article's) outside the edition; a final's year
  (said so, or by 'the 2022 final') inside a season the market names only when it is the season's last
  ('the 2022 final' is not the 2022-23 season's).
A sentence that names the market's own year for the win too ('won in 2000 and again in 2019')
is not read. Years are bare numbers here (timex reads no bare year): a year counts only where it
dates the win or names the edition won — right after 'in' in the win's stretch of its clause
(no other verb, no relative word between), or inside the win's own object ('the 2017 Wimbledon
title'), not in another noun ('for her 2019 film Atlantics'). Markets whose question names no
year: for one edition with one winner (an exclusive role), the edition is of the deadline's year
or the year before it. Data: editions.json."""

from __future__ import annotations

from functools import lru_cache
import re
from datetime import datetime

from .act_families import family_key
from .categories import PRIZE_HEADS
from .contests import TITLE_VERBS, TITLE_WORDS
from .packaged import load_json
from .text import Sentence
from .word_class import verb_at

_DATA = load_json("editions.json")
EDITION_NOUNS = frozenset(_DATA["edition_nouns"])
EARLIER = frozenset(_DATA["earlier_modifiers"])
PAST_ADVERBS = frozenset(_DATA["past_adverbs"])
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_SEASON = re.compile(r"\b((?:1[89]|20)\d\d)\s*[-–/]\s*(\d{2}|\d{4})\b")
_YEAR_TOKEN = re.compile(r"^((?:1[89]|20)\d\d)[,.;:]?$")
_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                     "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                     "nov", "dec"})
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our"})
_AUX = frozenset({"was", "were", "been", "be", "is", "are", "being", "had", "has", "have"})
_RELATIVE = frozenset({"who", "whom", "whose", "which", "that", "where", "when", "as", "than", "because", "if"})
_HAPPEN = frozenset({"come", "happen", "arrive", "occur"})
_STRETCH = 16  # how far from the win its year is looked for
_OCCASION_NEAR = 10  # how far from the result 'last year's' is looked for ('beat Al Ahly 2-0 in last year's … final')
_FINALS = frozenset({"final", "finals"})

# A win counted over editions ('writers in English have won eight of the last twenty times', 'has
# won it five times', 'won twice'): a record of past editions, not the result of the market's one.
_COUNT = (r"(?:\d+|(?:twenty|thirty|forty|fifty)(?:-\w+)?|eleven|twelve|\w+teen|two|three|four|five|six|seven"
          r"|eight|nine|ten|several|many|multiple)")
_TALLY = re.compile(r"\s+(?:(?:the\s+|it|its|their|his|her)?\w*\s+){0,3}?(?:" + _COUNT
                    + r"\s+(?:of\s+the\s+(?:last|past|previous)\s+" + _COUNT + r"|times\b)|twice\b|thrice\b)", re.I)


def tally(sent: Sentence, i: int) -> bool:
    """The win verb at i is followed by a count of editions won ('won eight of the last twenty
    times', 'has won the prize three times'): a tally of earlier results, not one result."""
    tok = sent.tokens[i]
    return _TALLY.match(sent.text, tok.start + len(tok.text)) is not None


def named_years(question: str) -> frozenset[int]:
    """The years the question names, a season's both ('2023-24' → 2023, 2024)."""
    years = {int(m.group(0)) for m in _YEAR.finditer(question)}
    for m in _SEASON.finditer(question):
        first, second = int(m.group(1)), m.group(2)
        last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
        if 0 < last - first <= 1:
            years.add(last)
    return frozenset(years)


def floor(question: str, deadline: datetime) -> datetime | None:
    """The start of the first year the question names for its edition, when that year is not
    after the deadline's ('the 2019 Booker Prize' → 1 Jan 2019; not 'host the 2012 Games' asked
    by 2005, whose act comes years before the edition): a win dated before it is of an earlier
    edition."""
    years = [y for y in named_years(question) if y <= deadline.year]
    if not years:
        return None
    return datetime(min(years), 1, 1, tzinfo=deadline.tzinfo)


def _bounds(question: str, deadline: datetime) -> tuple[tuple[int, int], tuple[int, int]]:
    """(the years an edition named by its year may have, the years the win may be dated in)."""
    named = named_years(question)
    if named:
        edition = (min(named), max(max(named), deadline.year))
        done = [y for y in named if y <= deadline.year]
        return edition, ((min(done), deadline.year) if done else (deadline.year - 1, deadline.year))
    return (deadline.year - 1, deadline.year), (deadline.year - 1, deadline.year)


def _year_at(toks, k: int) -> int | None:
    m = _YEAR_TOKEN.match(toks[k].text)
    return int(m.group(1)) if m else None


def _names_edition(toks, k: int, nouns: frozenset[str]) -> bool:
    """The year at k stands before the name or noun of what is won ('2017 Wimbledon title',
    '2016 edition', '2000 Booker Prize'), not before another noun ('2019 film')."""
    if k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    return nxt.text[:1].isupper() or bool((nxt.lemmas | {nxt.lower}) & nouns)


def _blocked(sent: Sentence, k: int, noun: bool = False) -> bool:
    """Token k ends the win's stretch: a relative or subordinating word, or another verb than a
    winning one ('became the first nation to win three consecutive … Championships, in 2019'),
    or, after a win told by a noun (`noun`), than the verb telling it happen ('Swift's first
    Album of the Year victory came in 2010')."""
    tok = sent.tokens[k]
    if tok.lower in _RELATIVE:
        return True
    if tok.lower in _AUX or tok.lemmas & TITLE_VERBS or (noun and tok.lemmas & _HAPPEN):
        return False
    return verb_at(sent, k) is not None


def years_told(sent: Sentence, i: int, nouns: frozenset[str]) -> list[tuple[int, str]]:
    """The years that date the win at i or name the edition it won, each with whether it dates
    the win ('in 2000': 'date') or names the edition ('the 2017 Wimbledon title', 'the 2016
    edition … was won': 'edition'); read in the win's own clause."""
    toks = sent.tokens
    a, b = sent.clause_of(i)
    out: list[tuple[int, str]] = []
    noun = toks[i].lower in nouns and verb_at(sent, i) is None
    # after the win: its object and what dates it, up to another verb or a relative word
    for k in range(i + 1, min(b, i + 1 + _STRETCH)):
        if _blocked(sent, k, noun):
            break
        y = _year_at(toks, k)
        if y is None:
            continue
        prev = toks[k - 1].lower
        if prev == "in" or (prev in _MONTHS and k >= 2 and toks[k - 2].lower == "in"):
            out.append((y, "date"))  # 'won the Booker Prize in 2000', 'in July 2017'
        elif prev in _DETERMINERS and _names_edition(toks, k, nouns) and (
                all(t.lower in _DETERMINERS for t in toks[i + 1:k]) or (k >= 2 and toks[k - 2].lower in ("in", "at"))):
            # 'won the 2017 Wimbledon title', 'won in the 2017 final' (a final: 'final', for a season's)
            out.append((y, "final" if k + 1 < len(toks) and toks[k + 1].lower in _FINALS else "edition"))
    # before it, opening its clause: 'In 2017, Federer won …', 'The 2016 edition of the Booker Prize
    # was won by …' (not 'Trump, who won in 2016, won again': that year is the earlier verb's)
    passive = i > 0 and toks[i - 1].lower in _AUX
    for k in range(i - 1, a - 1, -1):
        if k < i - 1 and _blocked(sent, k):
            break
        y = _year_at(toks, k)
        if y is None or any(_blocked(sent, j) for j in range(a, k)):
            continue
        prev = toks[k - 1].lower if k else ""
        if prev == "in":
            out.append((y, "date"))
        elif passive and (prev in _DETERMINERS or k == a) and _names_edition(toks, k, nouns):
            out.append((y, "edition"))
    return out


def _earlier(sent: Sentence, i: int, nouns: frozenset[str], last_year_inside: bool, final_inside: bool) -> str | None:
    """'won a previous edition', 'won last year's title', 'beat Al Ahly 2-0 in last year's one-off
    final': a word setting what the result at i was won in among the earlier editions, in its object
    or the phrase after it ('last year's' not when the year before the article's is the market's
    own: `last_year_inside`; for a final, `final_inside`: a season's final is in its last year)."""
    toks = sent.tokens
    _, b = sent.clause_of(i)
    for k in range(i + 1, min(b, i + 1 + _OCCASION_NEAR)):
        if _blocked(sent, k):
            break
        low = toks[k].lower
        last_year = low in ("year's", "year’s") and toks[k - 1].lower == "last"
        if low in EARLIER and k <= i + 6 or last_year:
            head = next((j for j in range(k + 1, min(b, k + 4)) if (toks[j].lemmas | {toks[j].lower}) & nouns), None)
            inside = final_inside if head is not None and toks[head].lower in _FINALS else last_year_inside
            if head is not None and not (last_year and inside):
                start = k - 1 if low.startswith("year") else k
                return " ".join(t.text for t in toks[start:head + 1])
    return None


def other_edition(sent: Sentence, i: int, question: str, deadline: datetime, object_terms,
                  exclusive: bool, published: datetime) -> str | None:
    """Why the win at token i is told of another edition than the one the market names, else
    None (see the module's docstring). `exclusive`: the market asks one edition with one winner,
    so that a question with no year of its own still names the edition of its deadline;
    `published`: the article's time, of which 'last year's' is the year before."""
    if not named_years(question) and not exclusive:
        return None
    nouns = EDITION_NOUNS | TITLE_WORDS | PRIZE_HEADS | {w.lower() for w in object_terms}
    if tally(sent, i):
        return f"'{sent.tokens[i].text} …' counts the editions won: a record of past editions, not the market's"
    (e_lo, e_hi), (d_lo, d_hi) = _bounds(question, deadline)
    named = named_years(question)
    told = years_told(sent, i, nouns)
    inside = [y for y, how in told if (e_lo <= y <= e_hi if how == "edition" else
                                       _final_inside(y, named, e_lo, e_hi) if how == "final" else d_lo <= y <= d_hi)]
    if told and not inside:
        y, how = told[0]
        said = "dates the win" if how == "date" else "names the edition won" if how == "edition" else \
            "names the final won: a season's final is played in its last year"
        return f"'{y}' {said}: another edition than the market's"
    before = [t for t in sent.tokens[max(0, i - 3):i] if t.lower not in _AUX]
    if not inside and before and before[-1].lower in PAST_ADVERBS:
        return f"'{before[-1].text} {sent.tokens[i].text}': a win before the one reported now, not the market's edition"
    # a season's final is played in its last year: 'last year's final' in a report of that year is the one before
    final_inside = _final_inside(published.year - 1, named, e_lo, e_hi)
    earlier = None if inside else _earlier(sent, i, nouns, e_lo <= published.year - 1 <= e_hi, final_inside)
    if earlier:
        return f"'{sent.tokens[i].text} {earlier}': a win of an earlier edition, not the market's"
    ago = None if inside else _time_ago(sent, i)
    if ago is not None:
        words, back = ago
        y = published.year - back
        final = any(t.lower in _FINALS for t in sent.tokens[slice(*sent.clause_of(i))])
        if not (_final_inside(y, named, e_lo, e_hi) if final else e_lo <= y <= e_hi):
            return f"'{words}' sets the result in {y}, in an article of {published.year}: " + (
                "a final of another edition than the market's" if final else "another edition than the market's")
    return None


def _final_inside(y: int, named: frozenset[int], e_lo: int, e_hi: int) -> bool:
    """A final played in year y is the market's edition's: the last year of a season the market names
    ('2022-23': 2023), else a year of the edition's bounds."""
    return y == max(named) if len(named) > 1 else e_lo <= y <= e_hi


# Time words setting a result a year or more before its report ('beat Al Ahly in the final last year', 'in
# the final a year ago', 'Wydad won the title last season, beating …'): the number of years back
_AGO = re.compile(r"(?:last\s+(?:year|season)(?!['’]s)|a\s+year\s+(?:ago|earlier|before)|the\s+(?:previous|prior)\s+"
                  r"(?:year|season)|the\s+(?:year|season)\s+before|(?P<n>two|three|four|five|\d)\s+(?:years|seasons)\s+"
                  r"(?:ago|earlier))\b", re.I)
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5}
_AGO_NEAR = 14  # tokens from the result to its time words


def _time_ago(sent: Sentence, i: int) -> tuple[str, int] | None:
    """The time words in the clause of the result at token i that set it a year or more back, with
    no relative word or other verb between ('Wydad beat Al Ahly in the final last year', 'Last year,
    Wydad beat …'; not '…, who won last year, beat …' for 'beat'): the words and the years back."""
    low = sent.lower_text
    if " year" not in low and " season" not in low:
        return None  # the cheap test first
    toks = sent.tokens
    a, b = sent.clause_of(i)
    hi = i + 1
    while hi < min(b, i + 1 + _AGO_NEAR) and not _blocked(sent, hi):
        hi += 1
    lo = i
    while lo > max(a, i - _AGO_NEAR) and not _blocked(sent, lo - 1):
        lo -= 1
    for start, end in ((i + 1, hi), (lo, i)):
        if start >= end:
            continue
        m = _AGO.search(sent.text, toks[start].start, toks[end - 1].start + len(toks[end - 1].text))
        if m:
            n = m.group("n")
            return m.group(0), (int(n) if n and n.isdigit() else _NUMBERS.get((n or "").lower(), 1))
    return None


def before_edition(question: str, deadline: datetime, span, sent: Sentence) -> bool:
    """A win dated by the sentence ('last year', 'in March 2018') before the first year of the
    market's named edition (floor), in a sentence that does not name that edition's year itself
    ('is the champion of the 2023 Iditarod, a sled dog race his grandfather founded 50 years
    ago': the date is another clause's)."""
    start = floor(question, deadline)
    if start is None or span.pos < 0 or not span.ends_before(start):
        return False
    return not {int(m.group(0)) for m in _YEAR.finditer(sent.text)} & named_years(question)


# 'break the world record at the 2023 Berlin Marathon': the act is done at one dated edition of a named
# event (a preposition of place or occasion, then the edition's year before a capitalized name)
_AT_EDITION = re.compile(r"\b(?:at|during|in)\s+the\s+((?:1[89]|20)\d\d)\s+(?:[A-Z][\w'’.-]*\s+)*[A-Z]")


def at_edition(question: str, deadline: datetime) -> bool:
    """The question places the act at a named edition of an event ('at the 2023 Berlin Marathon',
    'during the 2024 Paris Olympics'), of a year not after the deadline's: the act cannot be dated
    before that year ('the record he set in Berlin last year' is an earlier edition's). Not 'for
    the 2024 Olympics' (qualifying comes the year before)."""
    return at_edition_year(question, deadline) is not None


def at_edition_year(question: str, deadline: datetime) -> int | None:
    """The earliest year of such an edition the question places the act at, else None."""
    return min((int(m.group(1)) for m in _AT_EDITION.finditer(question) if int(m.group(1)) <= deadline.year),
               default=None)


def one_edition(ctx) -> bool:
    """The market (an analysis.MarketContext) asks a candidate's win of one edition of a contest
    or prize (a win, or an exclusive role: 'be named TIME's 2023 Person of the Year')."""
    t = ctx.target
    return bool(t.candidate) and (t.role_exclusive or family_key(t.act or "") == "win")


_NAMED_EDITION = re.compile(r"\bthe\s+((?:1[89]|20)\d\d)\s+[A-Z]")
# an edition named by its year after its title ('the Eurovision Song Contest 2022', 'Eurovision 2019')
_TITLE_THEN_YEAR = re.compile(r"\b([A-Z][\w'’.-]*)\s+((?:1[89]|20)\d\d)\b(?![-–/]\d)")
_BARE_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_YEAR_OPENERS = frozenset({"since", "from", "until", "till", "through", "before", "after", "by", "of"})


@lru_cache(maxsize=1024)
def _edition_years(question: str) -> frozenset[int]:
    """The years the question names an edition by, before its title ('the 2019 Nobel Prize in
    Literature') or after it ('the Eurovision Song Contest 2022'), not a date's ('May 14, 2022')."""
    years = {int(m.group(1)) for m in _NAMED_EDITION.finditer(question)}
    years |= {int(m.group(2)) for m in _TITLE_THEN_YEAR.finditer(question) if m.group(1).lower() not in _MONTHS}
    return frozenset(years)


def _title_word(tok) -> bool:
    return tok.text[:1].isupper() and tok.lower.rstrip(".") not in _MONTHS


def _year_before_title(toks, a: int, k: int, heads: frozenset[str] = frozenset()) -> bool:
    """The year at k opens a title after a determiner and at most two lowercase words ('the 2018
    Nobel Prize', 'the delayed 2018 Nobel Prize', 'Eurovision's 2016 contest' aside): bare, the
    next word a title's or, lowercase, a word of the question's title ('The 2018 prize was awarded
    to …' for 'the 2019 Nobel Prize in Literature'), not after a time word ('since 2018 …')."""
    if k + 1 >= len(toks) or not _BARE_YEAR.match(toks[k].text) or not (
            _title_word(toks[k + 1]) or toks[k + 1].lower in heads):
        return False
    for j in range(k - 1, max(a, k - 4) - 1, -1):
        low = toks[j].lower
        if low in _DETERMINERS:
            return True
        if low in _YEAR_OPENERS or not toks[j].text.isalpha() or not toks[j].text.islower():
            return False
    return False


def _title_heads(question: str) -> frozenset[str]:
    """The prize and title nouns among the question's capitalised words ('Prize' of 'the 2019 Nobel
    Prize in Literature'), lowercased."""
    return frozenset(w.lower() for w in re.findall(r"\b[A-Z][a-z]+\b", question)) & (PRIZE_HEADS | TITLE_WORDS)


def titled_year(sent: Sentence, i: int, question: str) -> str | None:
    """For a question naming an edition by its year with its title ('the 2019 Nobel Prize in
    Literature', 'the Eurovision Song Contest 2022'), a year the act's clause sets with a title
    instead, another than any the question names: after it, bare or after 'for' ('The Nobel Prize
    in Literature for 2018 is awarded to …', 'won Eurovision 2016 with …'; not after 'in': 'won
    the prize in 2018' is a date, read by other_edition), or before it after a determiner ('The
    2018 Nobel Prize in Literature was awarded to …', 'the delayed 2018 Nobel Prize')."""
    if not _edition_years(question):
        return None
    years = named_years(question)
    toks = sent.tokens
    a, b = sent.clause_of(i)
    heads = _title_heads(question)
    found = []
    for k in range(a, b):
        y = _year_at(toks, k)
        if y is None or k < 1:
            continue
        j = k - 1 if toks[k - 1].lower != "for" else k - 2
        if j > a and _title_word(toks[j]):  # a title's word, not its opening
            found.append((y, "after"))
        elif _year_before_title(toks, a, k, heads):
            found.append((y, "before"))
    if not found or {y for y, _ in found} & years:
        return None
    return f"'{found[0][0]}' names the edition {found[0][1]} its title: another edition than the market's"


# a count of the prize itself won ('had won 5 Ballon d'Ors each', 'has won three Golden Balls'): more than one
_PRIZES_WON = re.compile(r"\s+(?:(?:it|the|his|her|their)\s+)?(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|several|"
                         r"multiple)\s+(?P<obj>(?:[\w'’-]+\s+){0,2}?[\w'’-]+s)\b", re.I)
_THE_EDITION = re.compile(r"\bthe\s+(?:1[89]|20)\d\d\s+(?-i:[A-Z])")


def prizes_counted(sent: Sentence, i: int, question: str, object_terms: list[str]) -> str | None:
    """For a market on one named edition ('win the 2018 Ballon d'Or'), the win verb at i counting
    the prize in the plural ('had won 5 Ballon d'Ors each'): one edition has one such prize for a
    winner, so several are a record over editions, not the market's result. The words counted
    must hold the market's object word; None otherwise."""
    if not _THE_EDITION.search(question):
        return None
    tok = sent.tokens[i]
    m = _PRIZES_WON.match(sent.text, tok.start + len(tok.text))
    if not m or m.group("n") == "1":
        return None
    words = {w.lower().strip("'’") for w in re.split(r"[\s-]+", m.group("obj"))}
    if not words & {w.lower() for w in object_terms}:
        return None
    plural = m.group("obj").split()[-1]
    single = re.escape(plural[:-1])
    if re.search(rf"(?<![\w'’]){re.escape(plural)}\b", question, re.I) or \
            not re.search(rf"\bthe\s+(?:1[89]|20)\d\d\s+(?:[\w'’-]+\s+){{0,3}}?{single}(?![\w'’])", question, re.I):
        return None  # the prize must be named in the singular for the edition ('the 2018 Ballon d'Or'), not 'electoral votes'
    return f"'{m.group(0).strip()}': the prize counted over editions, a record, not the market's edition"


def past_win(ctx, f, i: int) -> str | None:
    """For such a market, why the win at token i of the sentence (an analysis.SentenceFacts) is
    another edition's ('Margaret Atwood won the Booker Prize in 2000' for the 2019 Booker Prize),
    else None: read by confirmation's gates."""
    if not one_edition(ctx):
        return titled_year(f.sent, i, ctx.market.question)
    counted = prizes_counted(f.sent, i, ctx.market.question, ctx.target.object_terms)
    if counted:
        return counted
    return other_edition(f.sent, i, ctx.market.question, ctx.market.deadline, ctx.target.object_terms,
                         ctx.target.role_exclusive, f.article.published) or titled_year(f.sent, i, ctx.market.question)
