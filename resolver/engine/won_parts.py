"""A part of a contest won is not the contest: 'Josh Brookes clinched a podium in the British Superbike
Championship', 'won a race in the MotoGP World Championship', 'took the win in the sprint race', 'claimed
victory in the opening race of the round', 'sealed a stage win', 'won three of the six races'. For a market
on a whole made of many parts (a season's championship, a league's title, a tour, a tournament), a winning
verb whose own object (the noun phrase right after it, or, for a win noun or a count, the phrase after its
'in', 'at' or 'of') is one race, stage, heat, round, game, leg, point, podium, a silver or bronze medal, or
one Grand Prix of the season reports a part of the contest, not the contest: no win of the whole, and no
rival's win either. The title itself stays read: 'won the championship', 'clinched the title', 'sealed the
drivers' crown', 'won the title race', 'took the deciding race'. A part the market itself asks about ('win
the 2024 British Grand Prix', 'the men's 1500m', 'a medal', 'a podium', 'the final') is its own contest and
is not guarded. Word lists: contests.json `won_parts` (README under `won_parts_about`). Pure."""

from __future__ import annotations

import re
from functools import lru_cache

from .packaged import load_json
from .text import Sentence

_DATA = load_json("contests.json")["won_parts"]
_VERBS = frozenset(_DATA["verbs"])  # the winning verbs, by lemma
_PARTICLES = frozenset(_DATA["particles"])  # 'wrapped up', 'picked up', 'racked up'
_PARTS = frozenset(_DATA["parts"])  # one part of a contest of many, singular and plural
_PLACES = frozenset(_DATA["places"])  # a place short of the win: podium, silver, bronze, medal
_WIN_HEADS = frozenset(_DATA["win_heads"])  # 'the win in race two', 'a stage victory'
_WHOLE_MARKS = frozenset(_DATA["whole_marks"])  # 'title race', 'deciding race', 'title-deciding round'
_WHOLES = frozenset(_DATA["wholes"])  # the market's whole: a championship, a tour, a league's title
_STOPS = frozenset(_DATA["stops"])  # words that end the verb's object
_TITLE_VERBS = frozenset(load_json("contests.json")["title_verbs"])
_TITLES = frozenset(load_json("contests.json")["title_words"]) | _WHOLE_MARKS  # 'title', 'crown', 'trophy', 'cup'
PART_WORDS = _PARTS | _PLACES  # ('Stage Victory' in a headline: a part's win, no winner named 'Stage')
_INTO = frozenset({"in", "at", "of"})  # the phrase that names what a win noun or a count was won in
_COUNT = re.compile(r"^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|all|both|each|most|"
                    r"several|many|some|none)$")
_ONE_RACE = re.compile(_DATA["one_race"], re.I)  # a question on one race ('the men's 1500m', 'Grand Prix')
_VOTE = re.compile(r"\b(?:election|elections|vote|ballot|runoff|run-off|referendum|presidential|primary|poll|polls|"
                   r"presidency|elected|caucus|caucuses|conclave|leadership)\b", re.I)
_NEAR = 7  # tokens of the verb's object, at most


@lru_cache(maxsize=256)
def _asked(question: str) -> tuple[frozenset[str], bool, bool, bool]:
    """The question's words; whether it asks about a whole of parts; whether about one race; whether a vote."""
    words = frozenset(w.lower() for w in re.findall(r"[A-Za-z][A-Za-z-]*", question))
    whole = bool(words & _WHOLES) and not words & {"final", "decider", "match", "game", "bout", "fight"}
    return words, whole, bool(_ONE_RACE.search(question)), bool(_VOTE.search(question))


def _part(word: str, words: frozenset[str], one_race: bool, vote: bool) -> bool:
    """`word` names one part of the market's whole, not asked about by the question itself."""
    w = word.lower()
    if w not in _PARTS and w not in _PLACES:
        return False
    base = w[:-1] if w.endswith("s") and w[:-1] in _PARTS | _PLACES else w
    if w in words or base in words or base + "s" in words or w in _PLACES and (words & _PLACES or "top" in words):
        return False  # the market asks about that part itself ('win the race'), or a place ('a medal', 'top three')
    if base in ("race", "prix", "gp", "heat") and one_race:
        return False  # 'won the race' for a market on the men's 1500m: the race is the contest
    return not (base == "round" and vote)  # an election's second round is its deciding one


def _phrase(toks, lo: int, hi: int) -> int:
    """The end (exclusive) of the noun phrase from lo: up to a stop word, at most _NEAR tokens."""
    k = lo
    while k < hi and k - lo < _NEAR and toks[k].lower not in _STOPS and toks[k].text not in ",;:.!?—–()\"":
        k += 1
    return k


def _part_in(toks, lo: int, hi: int, words, one_race: bool, vote: bool) -> int | None:
    """The index of the part noun heading the phrase lo..hi (its last word; or a place word anywhere in it,
    'a podium finish'), unless the phrase marks the whole ('title race', 'the deciding race'); else None."""
    if hi <= lo or any(t.lower in _WHOLE_MARKS for t in toks[lo:hi]):
        return None
    head = hi - 1
    if toks[head].lower == "th" or toks[head].text.isdigit() or toks[head].lower in ("one", "two", "three", "four"):
        head -= 1  # 'race two', 'stage 11'
    if head >= lo and _part(toks[head].text, words, one_race, vote):
        return head
    if head >= lo and toks[head].lower in _WIN_HEADS:  # 'a race win', 'a stage victory', 'a podium finish'
        return next((k for k in range(lo, head) if _part(toks[k].text, words, one_race, vote)), None)
    return next((k for k in range(lo, hi) if toks[k].lower in _PLACES and _part(toks[k].text, words, one_race, vote)),
                None)


def _for_title(toks, hi: int, b: int) -> bool:
    """'the race for the title', 'the battle for the crown': the phrase after the object names the whole."""
    return hi < b and toks[hi].lower == "for" and any(t.lower in _TITLES for t in toks[hi + 1:min(b, hi + 4)])


def _and_title(toks, hi: int, b: int) -> bool:
    """'won the race and the championship': the object goes on, past 'and' or a comma, to a title."""
    if hi >= b or toks[hi].lower not in ("and", ","):
        return False
    lo = hi + 1 + (hi + 1 < b and toks[hi + 1].lower == "and")
    return any(t.lower in _TITLES for t in toks[lo:_phrase(toks, lo, b)])


def _then_title(toks, k: int, words: frozenset[str]) -> bool:
    """After the part, the sentence goes on to a title verb in an infinitive or a participle whose own object is a
    title or the market's own prize ('won the race at Motegi to clinch the MotoGP title', '…, sealing the crown',
    'beat Wales to clinch the Grand Slam'): the part decided the whole."""
    for j in range(k + 1, len(toks)):
        if toks[j].lower in (";", ".", "but", "while", "although", "whereas"):
            return False
        if toks[j].lemmas & _TITLE_VERBS and (toks[j - 1].lower == "to" or toks[j].lower.endswith("ing")) and any(
                _prize(t, words) for t in toks[j + 1:_phrase(toks, j + 1, len(toks))]):
            return True
    return False


def _prize(t, words: frozenset[str]) -> bool:
    """The token names a title ('title', 'crown', 'trophy') or is a capitalised word of the market's own prize."""
    return t.lower in _TITLES or (t.text[:1].isupper() and len(t.text) > 2 and t.lower in words
                                  and t.lower not in _PARTS and t.lower not in _PLACES)


def part_won(sent: Sentence, i: int, question: str) -> str | None:
    """The winning verb at token i takes one part of the market's contest as its object ('clinched a
    podium in the … Championship', 'won a race', 'took the win in race two'): why, else None."""
    toks = sent.tokens
    if not toks[i].lemmas & _VERBS:
        return None
    words, whole, one_race, vote = _asked(question)
    if not whole:
        return None
    _, b = sent.clause_of(i)
    lo = i + 1
    if lo < b and toks[lo].lower in _PARTICLES:
        lo += 1
    hi = _phrase(toks, lo, b)
    k = _part_in(toks, lo, hi, words, one_race, vote)
    bare = hi == lo or toks[hi - 1].lower in _WIN_HEADS or bool(_COUNT.match(toks[hi - 1].lower))
    if k is None and bare and hi < b and toks[hi].lower in _INTO:
        # 'took the win in race two', 'claimed victory at the Assen round', 'won three of the six races',
        # 'triumphed in the sprint race'
        k = _part_in(toks, hi + 1, _phrase(toks, hi + 1, b), words, one_race, vote)
    if k is None or _for_title(toks, hi, b) or _then_title(toks, k, words) or _and_title(toks, hi, b):
        return None  # ('won the race for the title', 'won the race to clinch the title': the race decided it)
    return (f"'{' '.join(t.text for t in toks[i:k + 1])}': one part of the contest won (a race, a stage, a "
            "podium …), not the contest the market asks about")
