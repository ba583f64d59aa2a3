"""Reading who won a contest (who-wins markets): a sentence saying that the asked candidate was
beaten in the contest, or that someone else won it. Only a completed result counts: a game,
leg or round of a longer contest is not the contest unless the sentence says it decided the
title, and a poll, a projection or a forecast is not a result. A defeat ('X beat Y') is read in
defeats.py, an election's own words (a party's leader, 'president-elect') in electoral.py, a side's
own claim of victory in a vote in claimed_wins.py. The word lists are data (`resolver/data/contests.json`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .paired_names import blank_pairs
from .analysis import aspect, negation, SentenceFacts
from .text import Sentence, all_lemmas
from .forecast_cues import predicted  # noqa: F401  (rules/rival_outcome.py reads it here)
from .packaged import load_json
from .figure_words import approach_in
from .market_places import initials_of, own_word
from .round_win import earlier_round
from .coordinated_subjects import shared_subject
from .sufficiency import doer_span
from .decided_titles import decides_title  # noqa: F401  (read as contests.decides_title)
from .date_names import month_date
from .lexicon import WEEKDAYS
from .won_parts import PART_WORDS

_DATA = load_json("contests.json")
WIN_NOUNS = frozenset(_DATA["win_nouns"])
TITLE_WORDS = frozenset(_DATA["title_words"])
TITLE_VERBS = frozenset(_DATA["title_verbs"])
DEFENCE_VERBS = frozenset(_DATA["defence_verbs"])
DECIDER_VERBS = frozenset(_DATA["decider_verbs"])
# A nomination decides a market that asks for the nominee ('be Trump's nominee for Fed chair'),
# not one that asks who is elected (a party's nominee can still lose the vote): rival_outcome
# reads it only for the former.
NOMINATING = frozenset({"nominate"})
PREDICTION = frozenset(_DATA["prediction"])
PROJECTION = frozenset(_DATA["projection"])
_STAGES = tuple(re.compile(p, re.I) for p in _DATA["stages"])

BOUNDARY = frozenset({",", ";", ":", "but", "and", "while", "whereas", "although", "though", "as", "after", "before"})
_PASSIVE_AUX = frozenset({"was", "were", "been", "is", "are", "be", "being", "'s"})
NEAR = 5  # tokens between a defeat verb and its object, at most
_TITLE_NEAR = 8  # tokens between a title verb and the title word it takes
NOT_NAMES = frozenset({"the", "a", "an", "pope", "prime", "minister", "president", "democrat", "republican",
                        "independent", "conservative", "liberal", "american", "cardinal", "game", "on", "in",
                        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                        "who", "what", "which", "whose", "how", "when", "where", "why"})  # 'Who won GBBO final'


@dataclass(frozen=True)
class Reading:
    index: int  # the token that reports the result
    wording: str  # what the reasoning quotes
    others: tuple[str, ...] = ()  # who won instead, when named


def stages_in(text: str, question: str) -> list[str]:
    """Stage markers ('Game 4', 'semi-final', 'first round') in `text` that the question does not
    itself ask about."""
    return [m.group(0) for p in _STAGES for m in [p.search(text)] if m and not p.search(question)]


_LAST_GAME = re.compile(r"\bgame\s+(?:7|seven)\b", re.I)


def deciding_game(found: list[str]) -> bool:
    """The stages found are all 'Game 7', the last game a best-of-seven series can have: its
    winner wins the series (the caller holds the sentence to the market's series by name)."""
    return bool(found) and all(_LAST_GAME.fullmatch(stage) for stage in found)


def projections_count(criteria: str) -> bool:
    """The criteria accept a media projection ('per major media projections or official results')."""
    return bool(re.search(r"\bproject(?:ed|ions?|s)\b", criteria, re.I)) and not re.search(
        r"\bproject\w*\b[^.]*\bnot\s+(?:count|qualify|suffice)|\bnot\s+(?:on\s+)?(?:media\s+)?project", criteria, re.I)


def _names(f: SentenceFacts, lo: int, hi: int) -> list[str]:
    """Proper names among tokens lo..hi, consecutive capitalised words joined ('Rodrigo Paz')."""
    out: list[str] = []
    last = -2
    for k in range(lo, hi):
        w = f.sent.tokens[k]
        if not (w.text[:1].isupper() and w.lower not in NOT_NAMES and (k > 0 or f.sent.headline or len(w.text) > 1)):
            continue
        if month_date(f.sent.tokens, k):
            continue  # 'announced on June 24 the official results': a date, not a winner named June
        word = w.text.strip("'").removesuffix("'s")
        if k == last + 1 and out:
            out[-1] = f"{out[-1]} {word}"
        else:
            out.append(word)
        last = k
    return out


def names_in(f: SentenceFacts, lo: int, hi: int) -> list[str]:
    """Proper names among tokens lo..hi, in order."""
    return _names(f, lo, hi)


def nearest_name(f: SentenceFacts, lo: int, i: int) -> str | None:
    """The proper name nearest before token i in lo..i: the doer of a verb whose clause names
    several people ('Milei wins, Massa concedes'; 'said his rival, Sergio Massa, who conceded')."""
    names = _names(f, lo, i)
    return names[-1] if names else None


LEAD_NOUNS = frozenset(_DATA["lead_nouns"])


def series_lead(f: SentenceFacts, i: int) -> bool:
    """The winning verb at token i takes a lead as its object ('takes 1 0 lead over britain',
    'grabbed a 2-0 series lead'): a side ahead in a contest of many races or games, not its
    winner. The object is the noun phrase right after the verb, up to a preposition."""
    toks = f.sent.tokens
    _, b = f.sent.clause_of(i)
    for k in range(i + 1, min(b, i + 1 + NEAR)):
        if toks[k].lower in LEAD_NOUNS or _leaders_own(toks, k, b):
            return True
        if toks[k].lower in BOUNDARY or toks[k].lower in ("over", "in", "on", "at", "by", "for", "with", "to", "of"):
            return False
    return False


_LEADERS_OWN = frozenset({"leader's", "leader’s", "leaders'", "leaders’"})


def _leaders_own(toks, k: int, b: int) -> bool:
    """'take the leader's red jersey', 'takes the leaders jersey': what the one ahead holds, taken
    while the race goes on (a possessive of 'leader' before the noun it owns; the bare 'leaders' only
    right after 'the' and before a noun, not 'talks between union leaders and government')."""
    w = toks[k].lower
    if k + 1 >= b or not toks[k + 1].lower.isalpha() or toks[k + 1].lower in BOUNDARY:
        return False
    return w in _LEADERS_OWN or (w == "leaders" and toks[k - 1].lower == "the")


LOWER_PLACES = frozenset(_DATA["lower_places"])
_PLACE_NOUNS = frozenset(_DATA["place_nouns"])
_NTH = re.compile(r"\d+(?:st|nd|rd|th)")


def lower_place(f: SentenceFacts, i: int) -> str | None:
    """The winning verb at token i takes a finishing place below first as its object ('Sean
    Bowen Takes Fourth Place', 'took 3rd place'): a placing, not the win. What was read, else None."""
    toks = f.sent.tokens
    if not toks[i].lemmas & _WIN_FAMILY:
        return None
    _, b = f.sent.clause_of(i)
    k = i + 1 + (i + 1 < b and toks[i + 1].lower == "the")
    if k + 1 < b and toks[k + 1].lower in _PLACE_NOUNS and (
            toks[k].lower in LOWER_PLACES or (_NTH.fullmatch(toks[k].lower) and toks[k].lower != "1st")):
        return f"'{' '.join(t.text for t in toks[i:k + 2])}': a finishing place below first, not the win"
    return None


# Words after which a name is no longer the verb's object: 'wins Masters title after shocking Spieth collapse'.
_AFTER_CUT = re.compile(r"\b(?:after|before|amid|despite|following|over|against|ahead)\b", re.I)
_TO_STOP = frozenset({",", ";", ":", "for", "in", "at", "on", "after", "with", "who", "whose", "which", "and"})


def _passive(f: SentenceFacts, i: int) -> bool:
    return any(t.lower in _PASSIVE_AUX for t in f.sent.tokens[max(0, i - 3):i])


def rival_won(f: SentenceFacts, i: int, lemma: str, pattern: re.Pattern[str], role_near: bool) -> Reading | None | bool:
    """For the win (or naming) verb at token i: who won. Returns True when the candidate is the
    winner (another rule's business), a Reading naming someone else, or None when no winner is
    named. `role_near`: the market's role or a title word follows the verb."""
    toks = f.sent.tokens
    a, b = f.sent.clause_of(i)
    # 'Chelsea came … to tie Bayern Munich … and then won': the joined verb's subject is the first verb's
    # 'the striker's goal was enough for the home side to take …': the 'for' phrase did it, the subject only sufficed
    lo, hi = doer_span(f.sent, i) or shared_subject(f.sent, i) or (a, i)
    before = _names(f, lo, hi)
    if pattern.search(" ".join(before)) or pattern.search(f.sent.text[toks[lo].start:toks[hi].start]):
        # 'Friedrich Merz sworn in as chancellor': the candidate is the subject; so in 'Hungarian
        # author laszlo krasznahorkai wins …' (a headline written in lower case), where the one
        # capitalised word is the winner's descriptor, not another contestant
        return True
    if series_lead(f, i):
        return None  # 'New zealand takes 1 0 lead over britain in americas cup … final': a lead, not the title
    if lower_place(f, i):
        return None  # 'Sean Bowen Takes Fourth Place Noble Yeats 2023 Grand National': a placing, not the win
    nxt = toks[i + 1].lower if i + 1 < b else ""
    if lemma in DECIDER_VERBS and _passive(f, i) and nxt == "to":
        # 'The 2023 Nobel Prize in Literature was awarded to Jon Fosse': the prize is the subject,
        # the winner follows 'to'
        after = _names(f, i + 2, min(b, i + 2 + NEAR))
        if pattern.search(" ".join(after)) or pattern.search(f.sent.text[toks[i + 1].start:toks[i + 1].start + 60]):
            return True
        return Reading(i, f"'{toks[i].text} to'", tuple(after)) if after else None
    to = next((k for k in range(i + 2, min(b, i + 2 + _TITLE_NEAR)) if toks[k].lower == "to"), None)
    if lemma in DECIDER_VERBS and not _passive(f, i) and role_near and to is not None:
        # 'has awarded the Nobel Prize 2025 in Literature to the Hungarian author Laszlo
        # Krasznahorkai': the prize is the object, the winner follows 'to', named last in its
        # phrase (the words before the name describe it)
        end = next((k for k in range(to + 1, b) if toks[k].lower in _TO_STOP), b)
        if pattern.search(f.sent.text[toks[to].start:toks[end - 1].start + len(toks[end - 1].text)]):
            return True
        after = _names(f, to + 1, end)
        return Reading(i, f"'{toks[i].text} … to'", (after[-1],)) if after else None
    # a headline drops the passive's auxiliary (an active past is written in the present: 'Conclave elects …'):
    # 'Pope Francis elected 266th pontiff …' tells who was elected, not whom Francis elected
    headline_passive = f.sent.headline and bool(before) and toks[i].lower.endswith("ed")
    if lemma in DECIDER_VERBS | NOMINATING and not _passive(f, i) and nxt not in ("in", "as", "by") \
            and not headline_passive:
        # 'TIME named Taylor Swift its person of the year': the subject decides, the object wins
        after = _names(f, i + 1, min(b, i + 1 + NEAR))
        if pattern.search(" ".join(after)):
            return True
        return Reading(i, f"'{toks[i].text}'", tuple(after)) if after else None
    if lemma in TITLE_VERBS | DEFENCE_VERBS and lemma not in ("win",) and not role_near:
        return None  # 'took the lead', 'secured a deal', 'defended the decision': not the title
    right_after = f.sent.text[toks[i].start + len(toks[i].text):toks[i].start + len(toks[i].text) + 40]
    if pattern.search(blank_pairs(_AFTER_CUT.split(right_after.split(",")[0])[0])):  # (not 'the Oxford-Cambridge boat race')
        return True  # 'declared Luis Vidal the winner', 'named X as …' (not 'wins Masters title after … Spieth collapse')
    return Reading(i, f"'{toks[i].text}'", tuple(before)) if before else None


def congratulated(f: SentenceFacts, pattern: re.Pattern[str]) -> Reading | None:
    """'Quiroga congratulated his rival Rodrigo Paz on his victory': the one congratulated on a
    win (a win noun later in the clause) won it."""
    toks = f.sent.tokens
    for i, t in enumerate(toks):
        if "congratulate" not in t.lemmas or aspect(f.sent, i, "congratulate") != "past" or negation(f, i):
            continue
        a, b = f.sent.clause_of(i)
        if not any(w.lower in WIN_NOUNS for w in toks[i + 1:b]):
            continue
        won = _names(f, i + 1, min(b, i + 1 + NEAR))
        if won and not pattern.search(" ".join(won)):
            return Reading(i, f"'{t.text}' … on a win", tuple(won))
    return None


def nominal_win(f: SentenceFacts, pattern: re.Pattern[str]) -> Reading | None:
    """'Following the landslide Labour victory in the general election': a proper name right
    before a win noun names the winner."""
    toks = f.sent.tokens
    for i, t in enumerate(toks):
        if t.lower not in WIN_NOUNS or i == 0 or aspect(f.sent, i, None) != "noun":
            continue
        prev = toks[i - 1]
        name = prev.text.removesuffix("'s").strip("'")
        if not name[:1].isupper() or prev.lower in NOT_NAMES or prev.lower in PART_WORDS or (i - 1 == 0 and not f.sent.headline):
            continue
        if pattern.search(name) or negation(f, i) or earlier_round(f.sent, i, None):
            continue  # 'Osaka and Azarenka win, will meet in US Open title match': the final is to come
        a, _ = f.sent.clause_of(i)
        if approach_in(f.sent.text[toks[a].start:t.start]):
            continue  # 'T1 on the brink of snatching third consecutive … Championship win': not won yet
        return Reading(i, f"'{prev.text} {t.text}'", (name,))
    return None


_WINNER_NOUNS = frozenset({"winner", "winners", "champion", "champions", "laureate", "victor"})
_COPULA = frozenset({"was", "is"})


def winner_is(f: SentenceFacts, pattern: re.Pattern[str]) -> Reading | None:
    """'The winner of GBBO was Georgie': the winner, named by the role, said to be (a copula
    right after the role's phrase) a proper name other than the candidate."""
    toks = f.sent.tokens
    for i, t in enumerate(toks):
        if t.lower not in _WINNER_NOUNS or i == 0 or toks[i - 1].lower != "the":
            continue
        a, b = f.sent.clause_of(i)
        k = next((k for k in range(i + 1, min(b, i + 8)) if toks[k].lower in _COPULA or toks[k].lower in BOUNDARY), None)
        if k is None or toks[k].lower not in _COPULA or k + 1 >= b or negation(f, k):
            continue
        nxt = toks[k + 1]
        if not nxt.text[:1].isupper() or nxt.lower in NOT_NAMES:
            continue
        if pattern.search(f.sent.text[nxt.start:nxt.start + 40]):
            return None  # the candidate is the winner: another rule's business
        won = _names(f, k + 1, min(b, k + 1 + NEAR))
        return Reading(k, f"'the {t.text} … {toks[k].text}'", (won[0],)) if won else None
    return None


def other_contest(f: SentenceFacts, i: int, object_terms: list[str], role: str | None,
                  names: set[str] = frozenset()) -> str | None:
    """'PSG won a French league and cup double' for 'Will Paris Saint-Germain win the FIFA Club
    World Cup?': the thing won, up to the first word of the market's prize ('cup'), is qualified
    by a name the market's prize does not carry ('French'): another contest. 'win Super Bowl',
    'wins the election', 'a record 18th title' are not."""
    heads = set(object_terms) | set((role or "").lower().split())
    _, b = f.sent.clause_of(i)
    for k in range(i + 1, min(b, i + 8)):
        tok = f.sent.tokens[k]
        if not (tok.lemmas | {tok.lower}) & heads:
            continue
        rivals = _rival_words(f.sent.tokens, i + 1, k)
        other = [t.text for n, t in enumerate(f.sent.tokens[i + 1:k], i + 1) if t.text[:1].isupper() and t.text.isalpha()
                 and t.lower not in heads and t.lower not in names and n not in rivals and not own_word(t.text, names)
                 and not initials_of(t.text, object_terms)
                 and t.lower not in ("the", "a", "an", "its", "their", "his", "her") and not month_date(f.sent.tokens, n)
                 and t.lower.split("'")[0].split("’")[0] not in WEEKDAYS  # 'Sunday presidential elections run-off': the day
                 and not (t.lower in _SCALES and any(c.isdigit() for c in f.sent.tokens[n - 1].text))]  # '$10 Million': the purse
        if other:
            named = " ".join(t.text for t in f.sent.tokens[i:k + 1])
            return f"'{named}' names another contest than the market's ({' '.join(object_terms)})"
        return None
    return _other_prize(f, i, heads, b)


_SCALES = frozenset({"thousand", "million", "billion", "trillion"})  # a sum's scale word, capitalised in a headline
_AGAINST = frozenset({"over", "against", "versus", "vs", "vs."})
_BEATING = frozenset(_DATA["defeat_verbs"])  # a defeat verb's own object is the side beaten
_PHRASE_END = frozenset({"in", "at", "on", "of", "for", "to", "by", "from", "after", "with", ","})


def _rival_words(toks, a: int, b: int) -> set[int]:
    """Token indices in a..b of the side beaten ('victory over India in the World Test
    Championship final'): from 'over' or 'against' (or the defeat verb before a) up to the next
    preposition. The rival is no qualifier of the contest's name."""
    out: set[int] = set()
    inside = a > 0 and bool(toks[a - 1].lemmas & _BEATING)  # 'defeated Serena Williams in the U.S. Open final'
    for n in range(a, b):
        low = toks[n].lower
        if low in _AGAINST:
            inside = True
        elif inside and low in _PHRASE_END:
            inside = False
        elif inside:
            out.add(n)
    return out


# A season's prize, won over many races or matches: another thing than one race or match the
# market asks about ('clinches maiden Formula 1 title' for 'win the Abu Dhabi Grand Prix').
_SEASON_PRIZES = frozenset({"title", "championship", "crown"})
_NP_STOP = frozenset({"as", "at", "in", "on", "after", "with", "by", "for", "and", "while", "when", "to", "from"})


def _other_prize(f: SentenceFacts, i: int, heads: set[str], b: int) -> str | None:
    """The thing won right after the act is a season's prize while the market's is none."""
    if heads & _SEASON_PRIZES:
        return None
    toks = f.sent.tokens
    initials = sorted(w[0] for w in heads if w)
    for k in range(i + 1, min(b, i + 6)):
        if toks[k].lower in _NP_STOP or not toks[k].text.replace("-", "").isalnum():
            return None
        if len(toks[k].text) > 1 and toks[k].text.isupper() and sorted(toks[k].lower) == initials:
            return None  # 'wins fourth IPL title' for the Indian Premier League: the prize named by its initials
        if toks[k].lower in _SEASON_PRIZES:
            named = " ".join(t.text for t in toks[i:k + 1])
            return f"'{named}' names a season's prize, not the market's ({' '.join(sorted(heads))})"
    return None


_ORDINAL = r"(?:second|third|fourth|fifth)"
# a lower medal settled for is a place below first ('had to settle for bronze'; not one merely won)
_MEDAL = r"(?<=settle\sfor\s)(?:silver|bronze)\b|(?<=settled\sfor\s)(?:silver|bronze)\b|(?<=settling\sfor\s)(?:silver|bronze)\b|"
# a prize verb takes a place as 'runner-up', 'second place' or an ordinal ending its phrase ('took second
# behind'), never one before a noun ('won her second title' is a win); a
# finishing verb takes the bare ordinal too ('finished second', 'had to settle for second', 'coming in third')
_RUNNER_UP = re.compile(r"[\"'”’]?,?(?:\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s+(?:(?:which|who|that)\s+)?(?:\w+ly\s+)?"
                        r"(?:(?:has|had)\s+(?:to\s+)?)?(?:(?:won|took|claimed|received|earned|collected|was\s+awarded)\b"
                        r"(?P<gap>[^.;:!?]{0,45}?)\b(?P<cue>runner-?s?-?up|" + _ORDINAL + r"\s+place|" + _ORDINAL +
                        r"(?=\s*(?:[,.;:!?]|$|(?:behind|in|at|with|after|to)\b)))|"
                        r"(?:finished|finishing|came|coming|ended|settled\s+for|settle\s+for|settling\s+for|"
                        r"could\s+only\s+(?:come|finish|manage))\b"
                        r"(?P<gap2>[^.;:!?]{0,45}?)\b(?P<cue2>runner-?s?-?up|" + _MEDAL + _ORDINAL + r"\s+place|(?:in\s+)?(?<!\ba\s)" + _ORDINAL +
                        r"\b(?!\s+(?:round|leg|half|set|game|time|term|day|week|year|quarter))))"
                        r"(?![^.;:!?]{0,40}?\b(?:round|heat|semi-?finals?|qualif\w*|stage|poll\w*|primar\w*|last\s+year|"
                        r"a\s+year\s+(?:ago|earlier)|previous\w*|in\s+(?:19|20)\d\d)\b)", re.I)


def runner_up(f: SentenceFacts, *patterns: re.Pattern[str]) -> Reading | None:
    """'"The Voice of Hind Rajab" won the Silver Lion, the runner-up prize', '… which won the
    runner-up award', 'finished second', 'of Kenya had to settle for second', 'coming in third': the
    candidate's result in the contest is a place below first, so it did not win it (not a placing
    in a round, a heat or a poll, nor one of a past year: 'who came third last year')."""
    for name in (m for p in patterns for m in p.finditer(f.sent.text)):
        m = _RUNNER_UP.match(f.sent.text, name.end())
        i = f.sent.token_at(m.start("cue") if m.group("cue") else m.start("cue2")) if m else 0
        if m and not negation(f, i):
            return Reading(i, f"'{m.group(0).strip(' ,')}'")
    return None


NOMINATION_NOUNS = frozenset(_DATA["nomination_nouns"])
_WIN_FAMILY = frozenset({"win", "secure", "capture", "clinch", "take", "earn", "land", "claim", "scoop", "bag", "seal", "wrap"})


_OBJECT_ENDS = frozenset({"while", "whereas", "when", "after", "before", "but", "and", "as", ",", ";"})


def nomination(sent: Sentence, i: int, question: str) -> str | None:
    """'"Conclave" … secured 12 nods including for best film': a winning verb whose own object
    (the words after it, before its clause ends) is a nomination, a shortlisting or a place in
    the final reports the contender's entry into the field, not a win of the prize — unless the
    question itself asks about the nomination."""
    toks = sent.tokens
    if not toks[i].lemmas & _WIN_FAMILY:
        return None
    asked = {w.lower() for w in re.findall(r"[A-Za-z-]+", question)}
    if asked & NOMINATION_NOUNS:
        return None
    _, b = sent.clause_of(i)
    for k in range(i + 1, min(b, i + 6)):
        if toks[k].lower in NOMINATION_NOUNS and not (toks[k].lower in ("place", "spot", "slot", "berth")
                                                       and not _in_final(toks, k)):
            return (f"'{toks[i].text} … {toks[k].text}': a nomination or a place in the field is not a win of the "
                    "prize the market asks about")
        if toks[k].lower in ("of", "for", "in", "at", "to", "as") and k > i + 1 or toks[k].lower in _OBJECT_ENDS:
            break  # ('won the race while pole-sitter Russell retired': the object ended before the nomination word)
    return None


def elected_elsewhere(sent: Sentence, i: int, office: tuple[str, ...], electing: frozenset[str]) -> str | None:
    """An electing verb read as winning the market's election ('was elected leader of the
    Conservative Party') counts only when its clause names the office the election fills: 'was
    elected leader of the Democratic Party' or 'was elected to the National Assembly' is
    another election than a presidential one."""
    if not office or not sent.tokens[i].lemmas & electing:
        return None
    a, b = sent.clause_of(i)
    if any(t.lower.startswith(office) for t in sent.tokens[a:b]):
        return None
    return (f"'{sent.tokens[i].text}' is an election to something else: its clause does not name the "
            f"{' / '.join(office)} the market's election fills")


def _in_final(toks, k: int) -> bool:
    """'a place in the final', 'a spot on the shortlist': a place in the field, not a finishing place."""
    nxt = " ".join(t.lower for t in toks[k + 1:k + 4])
    return bool(re.match(r"(?:in|on)\s+(?:the\s+)?(?:final|shortlist|short-list|longlist|ballot)", nxt))


_NP_STOP = frozenset({",", ";", ":", "in", "on", "at", "by", "for", "with", "to", "and", "but", "after", "before",
                      "over", "from", "earlier", "later", "last", "this", "as", "while", "since", "amid", "ahead", "."})


def other_prize(sent: Sentence, i: int, object_idx: list[int],
                object_terms: tuple[str, ...] | list[str] = ()) -> str | None:
    """'narrowly won national elections …, securing 80 seats … but failing to secure a governing
    majority': the winning verb's own object (the noun phrase right after it) is another thing
    than the market's, which the sentence names only later, with another verb: a win of the
    election is not a win of the majority. The words of the verb's object, else None."""
    toks = sent.tokens
    if not toks[i].lemmas & _WIN_FAMILY:
        return None
    if i > 0 and toks[i - 1].lower in ("the", "a", "this", "that", "his", "her", "its", "their") or \
            i + 1 < len(toks) and toks[i + 1].lower in ("is", "was", "are", "were", "has", "had", "will", "would"):
        return None  # 'The win is … first career grand slam': the noun, with no object of its own
    np: list[str] = []
    k = i + 1
    while k < len(toks) and toks[k].lower not in _NP_STOP:
        if k in object_idx or k > i + 10:
            return None  # the object is the verb's, or the phrase runs on too far to tell
        np.append(toks[k].text)
        k += 1
    if not any(w.isalpha() and w.lower() not in ("a", "an", "the", "its", "their", "his", "her") for w in np):
        return None
    if {w.lower() for w in np} & {t.lower() for t in list(object_terms)[:-1]}:
        return None  # 'to win the US Open' for the US Open women's singles title: the object's own
        # modifiers (its head alone, 'cup' of another cup, does not make it the market's)
    if nomination(sent, i, ""):
        return None  # 'secured 12 nods including for best film': the nomination reading tells it
    later = [o for o in object_idx if o >= k]
    between = toks[k:later[0]] if later else []
    if not later or not any(_verb(t.lower) or (n and between[n - 1].lower in _MODALS and "VERB" in all_lemmas(t.lower))
                            for n, t in enumerate(between)) or any(
            t.lower in WIN_NOUNS and between[n + 1].lower in ("in", "at") for n, t in enumerate(between[:-1]) if n >= len(between) - 6):
        return None  # 'won the top prize, i.e. Golden Lion': the object in apposition is the verb's ('scoring a victory in ')
    return " ".join(np)


# a word after a modal is its verb ('but will fall slightly short of a majority')
_MODALS = frozenset({"will", "would", "could", "may", "might", "can", "should", "must", "to"})


def _verb(word: str) -> bool:
    """A verb form ('securing', 'failing', 'govern'), not a noun that is also a verb ('seats')."""
    lem = all_lemmas(word)
    return "VERB" in lem and ("NOUN" not in lem or word.endswith("ing"))
