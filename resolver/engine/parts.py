"""Parts and wholes: is the reported outcome about the market's whole object?

A market asks about a whole — a contest made of many matches or stages (the Ryder Cup, the
Tour de France), every one of a set ('all of its military bases'), or one named member of a
kind ('Jalan Kayu SMC'). A report about a part of it (a match, a stage, the first base) or
about another member of the kind ('Hougang SMC') does not settle it:

- `contest_part`: the sentence names one part of a multi-part contest ('win a match',
  'stage 11', 'day two', 'the 18th stage', 'round nine'; a stage, leg, heat or sprint a winning verb
  takes: 'Hindley wins stage to Sestriere') that is not its final or deciding one;
- `multi_part` / `whole_decided`: a defeat in a contest made of parts is the contest's result
  only when the sentence says the title or the whole was decided;
- `other_member`: the sentence names the market's kind of object only with another name
  ('Hougang SMC') and never the market's own name;
- `universal_noun` / `partial_mention`: a market on all of something is not confirmed by an
  act on one of them ('its first military base', 'the base at Faya-Largeau');
- `asked_count` / `whole_unstated`: a market on all N of something ('all 22 charges') is not
  confirmed by a report that says neither 'all' nor N ('found guilty of murdering seven babies').
Pure; word classes only."""

from __future__ import annotations

import re


from .lexicon import NUMBER_WORDS, PART_NOUNS
from .packaged import load_json
from .text import Sentence, all_lemmas

# Parts of a contest (lexicon.PART_NOUNS: stage, leg, session, day, round, heat, set …) and the
# single games a contest of many is played in.
# (A round is left to contests.stages_in: an election's second round is its deciding one.)
CONTEST_PARTS = (PART_NOUNS - {"round"}) | {"match", "game", "race", "bout", "fixture", "frame", "hole", "point", "foursomes",
                              "fourballs", "singles", "time-trial"}
# What makes a part the deciding one: the last of them, or the one that decides.
_DECIDING = frozenset({"final", "last", "deciding", "decisive", "closing", "concluding", "championship", "title"})
# What picks out one part: an article, a count, an ordinal.
_ONE = frozenset({"a", "an", "one", "another", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                  "eighth", "ninth", "tenth", "opening", "1st", "2nd", "3rd", "4th", "5th"})
_ORDINAL = _ONE - {"a", "an", "one", "another"}
# An ordinal written in figures ('the 18th stage', 'its 1st leg'; the tokenizer splits '18th' into '18', 'th')
# or in words past the fifth ('the twelfth game', 'the penultimate stage'), up to the thirtieth, the most
# parts a contest has ('the 92nd race' numbers an edition, not a part)
_LATER_ORDINAL = re.compile(r"^(?:(?:[1-9]|[12]\d|30) ?(?:st|nd|rd|th)|sixth|seventh|eighth|ninth|tenth|eleventh|"
                            r"twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|"
                            r"twentieth|twenty-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|"
                            r"thirtieth|penultimate)$")
_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
# the parts such an ordinal picks out as one of a contest's many; not a hole, a frame, a point or a day, whose
# ordinal places a moment inside a round or a match ('knocked one in the water at the 16th hole')
_ORDERED_PARTS = frozenset({"stage", "leg", "game", "match", "race", "heat", "set", "bout", "fixture", "lap"})
# Part nouns common in other senses ('a day after', 'a set of rules', 'a point', 'a round of
# talks'): one of them is a contest's part only with an ordinal or a number ('day two').
_COMMON = frozenset({"day", "set", "point", "half", "round", "race", "quarter", "session", "practice", "ceremony",
                     "parade", "segment", "sitting", "time-trial", "qualifying", "lap"})
# ... and what points at one member of a set ('its first military base', 'the base at …').
_THE_ONE = _ONE | {"the", "its", "their", "his", "her", "this", "that"}
_NUMBER_AFTER = re.compile(r"^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                           r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|[ivx]+)$", re.I)
# 'the most famous race three times in a row', 'set three weeks from now': the number counts what
# follows it (occasions, a stretch of time), it numbers no part
_COUNTED_AFTER = frozenset({"times", "minutes", "hours", "days", "weeks", "months", "years", "decades"})
# Names of contests made of many matches, stages or rounds: a defeat in one is not the whole.
WHOLE_CONTESTS = frozenset({"tour", "cup", "series", "tournament", "championship", "championships", "league",
                            "open", "giro", "vuelta", "olympics", "games", "season", "playoffs", "finals", "trophy"})
_WIN_NOUNS = frozenset({"victory", "win", "triumph", "title", "crown", "glory"})
# 'the final kilometers', 'the final climb', 'a final dash': 'final' naming the last stretch of one race
_STRETCH = frozenset(load_json("contests.json")["final_stretch"])


def contest_part(sent: Sentence, question: str) -> str | None:
    """The words naming one part of a contest ('a match', 'stage 11', 'day two', 'the second
    set'), not its final or deciding one, when the question does not itself ask about that
    part; else None."""
    asked = {w.lower() for w in re.findall(r"[A-Za-z-]+", question)}
    toks = sent.tokens
    for k, t in enumerate(toks):
        noun = t.lower
        if noun in _TAKEN_PARTS and noun not in asked and _won_part(toks, k):
            return " ".join(w.text for w in toks[max(0, k - 2):k + 1])  # 'Hindley wins stage to Sestriere'
        if noun == "round" and "round" not in asked and k + 1 < len(toks):
            numbered = _numbered_round(toks[k + 1].text, asked)
            if numbered:
                return f"{t.text} {toks[k + 1].text}"
            continue
        base = noun[:-2] if noun.endswith("es") and noun[:-2] in CONTEST_PARTS else noun.rstrip("s") \
            if noun.rstrip("s") in CONTEST_PARTS else noun
        if base not in CONTEST_PARTS or base in asked or noun in asked:
            continue
        before = [w.lower for w in toks[max(0, k - 3):k]]
        if any(w in _DECIDING for w in before):
            continue
        nxt = toks[k + 1].text if k + 1 < len(toks) else ""
        one = before[-1:] and (before[-1] in (_ORDINAL if base in _COMMON else _ONE) or base in _ORDERED_PARTS and
                               bool(_LATER_ORDINAL.match(" ".join(before[-2:]) if before[-1] in _SUFFIXES
                                                         else before[-1]))) and noun == base
        numbered = bool(_NUMBER_AFTER.match(nxt)) and noun == base and \
            not (k + 2 < len(toks) and toks[k + 2].lower in _COUNTED_AFTER)
        if one or numbered:
            lo = k - 2 if not numbered and k >= 2 and toks[k - 1].lower in _SUFFIXES else k - 1
            return " ".join(w.text for w in (toks[k:k + 2] if numbered else toks[lo:k + 1]))
    return None


# An election's second round is its deciding one ('won round two of the presidential election'); a league's,
# a golf tournament's or a bout's numbered round is one of many ('Round 9, April 21, 2012: Chiefs beat Sharks').
_VOTE_WORDS = frozenset({"election", "elections", "vote", "ballot", "runoff", "run-off", "referendum", "presidential",
                         "primary", "poll", "polls", "presidency", "elected", "re-elected"})


# Parts that a winning verb takes as its object, bare or after a determiner, a possessive or modifiers
# ('Hindley wins stage to Sestriere', 'won Thursday's mountain stage', 'claimed the leg', 'Verstappen wins
# Japanese GP sprint', 'won the sprint to cut down the … lead'): a stage race's stage, a tie's leg, a race's
# heat or lap, a race weekend's sprint is one of many however it is named (a final one is read above; one
# the question names is its own contest: 'the Breeders' Cup Sprint')
_TAKEN_PARTS = frozenset({"stage", "leg", "heat", "lap", "sprint"})
_WINNING = frozenset({"win", "claim", "clinch", "capture", "secure", "triumph", "victory"})
_MODIFIERS = frozenset({"the", "a", "his", "her", "their", "its", "this", "that", "mountain", "queen", "flat", "hilly",
                        "sprint", "summit", "individual", "team", "opening", "first", "second", "away", "home", "return"})


def _won_part(toks, k: int) -> bool:
    """The part noun at k is the object of a winning verb right before it, past determiners,
    possessives, names and modifiers ('wins stage', 'won Thursday's queen stage', 'wins Japanese GP
    sprint')."""
    j = k - 1
    while j > 0 and k - j <= 5 and (toks[j].lower in _MODIFIERS or toks[j].lower.endswith(("'s", "’s"))
                                    or toks[j].text[:1].isupper() or toks[j].text.isdigit()):
        j -= 1
    return j >= 0 and k - j <= 5 and bool(toks[j].lemmas & _WINNING)


def _numbered_round(nxt: str, asked: set[str]) -> bool:
    """'round 9', 'Round nine', 'round one': one numbered round of a contest of many (not an
    election's second)."""
    if not _NUMBER_AFTER.match(nxt) or nxt.lower() in _COUNTED_AFTER:
        return False
    return not (asked & _VOTE_WORDS and nxt.lower() not in ("1", "one", "i"))


def multi_part(object_terms: list[str], role: str | None) -> str | None:
    """The market's contest is one made of many matches, stages or rounds ('Tour de France',
    'Ryder Cup', 'NBA Finals'): the word that says so, else None."""
    words = {w.lower() for w in object_terms} | set((role or "").lower().split())
    return next((w for w in sorted(words) if w in WHOLE_CONTESTS), None)


def whole_decided(sent: Sentence, object_terms: list[str], decides_title: bool) -> bool:
    """The sentence says the whole contest was decided: a title won (`decides_title`), its final
    or deciding part ('in the final', 'Game 7'), or the contest's own name right before a win
    noun ('a stunning World Cup victory')."""
    if decides_title:
        return True
    toks = sent.tokens
    terms = {w.lower() for w in object_terms}
    for k, t in enumerate(toks):
        if t.lower in ("final", "finals", "decider") and not (k + 1 < len(toks) and toks[k + 1].lower in CONTEST_PARTS | _STRETCH):
            return True  # 'in the final', not 'in the final kilometers of the final climb of the day' (one stage's end)
        if t.lower in _WIN_NOUNS and k and toks[k - 1].lower in terms:
            return True
    return False


def other_member(sent: Sentence, role: str | None, object_terms: list[str], names: set[str],
                 question: str = "") -> str | None:
    """'The Workers' Party retained … Hougang SMC' for 'win Jalan Kayu SMC': the market names one
    member of a kind (a proper name right before its role word), and the sentence names the kind
    only with another proper name before it and none of the market's own name words: the result
    is of another member of the kind. The other member's words, else None."""
    if not role:
        return None
    kind = role.lower().split()[-1]
    if question and not re.search(rf"\b[A-Z][\w'’-]*\s+(?i:{re.escape(kind)})s?\b", question):
        return None  # 'the Ecuadorian presidential election': a kind with an adjective, not a named member
    own = [w.lower() for w in object_terms if w.lower() != kind and w.lower() not in ("the", "of")]
    if not own:
        return None  # the market's object has no name of its own ('the Speaker', 'the pope')
    toks = sent.tokens
    if any(t.lower in own or t.lemmas & set(own) for t in toks):
        return None
    others = []
    for k, t in enumerate(toks):
        if t.lower.rstrip("s") != kind.rstrip("s") or k == 0:
            continue
        prev = toks[k - 1]
        if not prev.text[:1].isupper() or prev.lower in names or all_lemmas(prev.lower.strip("'’")):
            # the kind named bare, with one of the market's names, or with a common word that may
            # be another way to name the market's ('World Championship', a headline's 'Lose Euro')
            return None
        others.append(f"{prev.text} {t.text}")
    return ", ".join(others) if others else None


_UNIVERSAL_Q = re.compile(r"\b(?:all|every|each)\b(?:\s+of)?((?:\s+[\w.'’-]+){1,5})", re.I)
_UNIVERSAL = frozenset({"all", "every", "each", "entire", "remaining", "last", "final", "whole", "both"})
_SOME = frozenset({"some", "several", "few", "part", "half", "most", "many"})
# words for all that may stand away from their noun ('have all been handed over', 'each was convicted'); the others
# ('both', 'remaining', 'last', 'final') say all only of the noun they stand before ('(both ambulatory and …)' is not)
_FLOATING = frozenset({"all", "every", "each", "entire", "whole"})


def universal_noun(question: str) -> str | None:
    """The noun a market needs all of ('all of its military bases' → 'base', 'all 47
    defendants' → 'defendant'), else None."""
    m = _UNIVERSAL_Q.search(question)
    if not m:
        return None
    for word in m.group(1).split():
        w = word.lower().strip(".,'’")
        nouns = all_lemmas(w).get("NOUN")
        if nouns and w.endswith("s") and nouns[0] != w:
            return nouns[0]  # the first plural noun: the things counted
    return None


def partial_mention(sent: Sentence, noun: str | None, lo: int = 0, hi: int | None = None,
                    whole: str | None = None) -> str | None:
    """Tokens lo..hi name `noun` as one or some of them ('its first military base', 'the base
    at Faya-Largeau', 'two of the bases'), with no word for all of them: the words, else None. A
    count that is the market's own `whole` ('the six English clubs' for all six) names them all."""
    if not noun:
        return None
    toks = sent.tokens
    hi = len(toks) if hi is None else hi
    if any(t.lower in _FLOATING for t in toks[lo:hi]):
        return None  # 'the three bases … have all been handed over': a word for all anywhere in the clause
    for k in range(lo, hi):
        t = toks[k]
        if noun not in t.lemmas and t.lower not in (noun, noun + "s"):
            continue
        before = [w.lower for w in toks[max(0, k - 4):k]]
        if any(w in _UNIVERSAL for w in before):
            return None  # 'its remaining bases', 'both defendants': the noun's own word for all
        singular = t.lower == noun
        if singular and before and any(w in _THE_ONE for w in before[-3:]):
            return " ".join(w.text for w in toks[max(0, k - 3):k + 1])
        at = next((j for j, w in enumerate(before, max(0, k - 4)) if w[:1].isdigit() or w in _SOME or
                   (w in NUMBER_WORDS and w not in ("a", "an"))), None)
        if at is not None and not (whole and same_count(toks[at].lower, whole) and not partitive(toks, at)):
            first = max((j for j in range(max(0, at - 4), at - 1) if partitive(toks, at) and (toks[j].lower[:1].isdigit()
                         or toks[j].lower in NUMBER_WORDS)), default=min(at, max(0, k - 3)))
            return " ".join(w.text for w in toks[first:k + 1])  # from 'one' in 'one of the two defendants
    return None


_ALL_N = re.compile(r"\b(?:all|every|each)\s+(?:of\s+)?(?:the\s+)?(?P<n>\d+|two|three|four|five|six|seven|eight|nine|"
                    r"ten|eleven|twelve)\b(?!\s*(?:%|percent|per\s+cent))", re.I)
# Words by which a report says the whole set was done: 'all', 'every', a clean sweep.
_WHOLE = _UNIVERSAL | {"each", "every", "entire", "full", "sweep", "whitewash", "unanimous", "unanimously", "clean"}
WHOLE_WORDS = _WHOLE


def asked_count(question: str) -> str | None:
    """The number of things a market needs all of ('all 22 charges' → '22', 'all three Tests'
    → 'three'), else None."""
    m = _ALL_N.search(question)
    return m.group("n").lower() if m else None


def whole_unstated(sent: Sentence, n: str | None) -> str | None:
    """For a market on all n of something, the sentence says neither a word for all of them
    ('all', 'every', 'sweep') nor n itself ('22', '3-0'; not 'k of n'): it reports a part, or
    an unstated part, of the whole. Why, else None."""
    if not n:
        return None
    toks = sent.tokens
    digit = str(NUMBER_WORDS.get(n, n))
    if any(t.lower in _WHOLE and not _all_of_fewer(toks, k, n, digit) for k, t in enumerate(toks)):
        return None
    for k, t in enumerate(toks):
        parts_ = re.split(r"[-–]", t.lower)
        if t.lower == n or digit in parts_ or n in parts_:
            if not partitive(toks, k):
                return None  # '22 charges', '3-0': the whole count named
    return f"the market needs all {n}; the report does not say it was all of them"


def partitive(toks, k: int) -> bool:
    """The count at k is the whole a part is taken from ('two of the 22', 'one of the two', a
    page's 'one the two'), not the count of what the act is told of."""
    return k >= 2 and toks[k - 1].lower in ("of", "the") and any(
        w.lower[:1].isdigit() or w.lower in NUMBER_WORDS for w in toks[max(0, k - 4):k - 1])


def same_count(word: str, n: str) -> bool:
    """`word` ('six', '6') is the count n ('six' or '6')."""
    return str(NUMBER_WORDS.get(word, word)) == str(NUMBER_WORDS.get(n, n))


def _all_of_fewer(toks, k: int, n: str, digit: str) -> bool:
    """'all' at k counts another number than the market's n ('all five tax fraud charges' for all
    18): all of a subset, not the whole."""
    nxt = toks[k + 1].lower if k + 1 < len(toks) else ""
    counted = nxt[:1].isdigit() or (nxt in NUMBER_WORDS and nxt not in ("a", "an", "one"))
    return counted and nxt not in (n, digit) and str(NUMBER_WORDS.get(nxt, nxt)) != digit


_AGE = re.compile(r"\d{1,3},?")


def age_at(toks, j: int) -> bool:
    """A number between commas right after a name ('Travis McMichael, 36, his father …'): a person's
    age in apposition, which counts nothing (the tokenizer keeps '36,' whole)."""
    w = toks[j].text if 2 <= j < len(toks) - 1 else ""
    return bool(_AGE.fullmatch(w)) and toks[j - 1].text == "," and toks[j - 2].text[:1].isupper() \
        and (w.endswith(",") or toks[j + 1].text == ",")
