"""A contest decided: the sentence says the whole contest was won (contests.json 'title_verbs' taking
a 'title_words' word: 'to win a record 18th title', 'capture the Stanley Cup title'; or a side reported as
champions: 'crowned champions'). With it, a game, a leg or a round the sentence names is the deciding one
('beat X in Game 7 to win the title'). The title word must be the title verb's own object: not a goal
still ahead or another clause's ('Osaka wins semi-final, will face Azarenka for the title', 'one win from
the title', 'won the first leg of the final'), nor a stage's own prize ('won the Western Conference
finals', 'the Eastern Conference title'). Read by rules/rival_outcome.py, rules/candidate_wins.py,
rules/opposite_outcome.py and parts.whole_decided. Pure; word lists only."""

from __future__ import annotations

from .analysis import aspect
from .packaged import load_json
from .parts import CONTEST_PARTS, WHOLE_CONTESTS
from .text import Sentence

_DATA = load_json("contests.json")
TITLE_WORDS = frozenset(_DATA["title_words"])
TITLE_VERBS = frozenset(_DATA["title_verbs"])
_TITLE_NEAR = 8  # tokens between a title verb and the title word it takes
# Words before a title word that make it a stage's own prize, not the contest's ('won the Western Conference
# finals', 'the Eastern Conference title', 'won her national final')
_STAGE_TITLES = frozenset({"conference", "division", "divisional", "regional", "zonal", "national", "group", "pool",
                           "qualifying", "semi", "quarter"})
# Words between a title verb and a title word that make the title a goal still ahead or another
# clause's, not the verb's object: 'Osaka wins semi-final, will face Azarenka for the title', 'wins
# quarterfinal; one step closer to the title', 'beat Heat in Game 5, one win from the title', 'won the
# first leg of the final' (the title word taken by 'of' names the whole the part belongs to). Not a comma:
# it also joins what one verb wins ('to win Abu Dhabi GP, World Championship')
_NOT_TAKEN = frozenset({";", ":", "—", "–", "for", "from", "of", "to", "toward", "towards", "within", "closer",
                        "away", "will", "would", "could", "can", "may", "might", "shall"})


def decides_title(sent: Sentence) -> bool:
    """The sentence says the whole contest was won: a title verb (not a noun: 'their first win in
    this series') taking a title word ('to win a record 18th title', 'capture the Stanley Cup
    title'), or a side reported as champions ('crowned champions', 'are Europe's champions')."""
    toks = sent.tokens
    for i, t in enumerate(toks):
        if t.lemmas & TITLE_VERBS and aspect(sent, i, sorted(t.lemmas & TITLE_VERBS)[0]) != "noun":
            for k in range(i + 1, min(len(toks), i + 1 + _TITLE_NEAR)):
                if toks[k].lower in TITLE_WORDS and toks[k - 1].lower not in _STAGE_TITLES:
                    return True
                if toks[k].lower in _NOT_TAKEN:
                    break
        if t.lower in ("champion", "champions") and any(
                w.lower in ("are", "were", "is", "was", "crowned", "became", "become", "becomes", "new")
                for w in toks[max(0, i - 4):i]):
            return True
    return False


# words after a contest's name that make it one part of it ('the Europa League group', 'the FA Cup semi-final')
_PART_AFTER = CONTEST_PARTS | {"group", "groups", "semi", "semi-final", "semifinal", "semi-finals", "semifinals",
                               "quarter", "quarter-final", "quarterfinal", "quarter-finals", "quarterfinals",
                               "qualifier", "qualifiers", "qualifying", "tie", "knockout", "play-off", "playoff"}


def contest_won(sent: Sentence, object_terms: list[str]) -> bool:
    """The sentence says the market's whole contest was won by naming it: a title verb (not a noun)
    taking the contest's own name, two or more capitalised words all of the market's object terms,
    one a whole contest's noun ('defeated Arsenal 4-1 to win the 2018-19 season's Europa League' for
    'win the 2019 UEFA Europa League final': the final decides the competition). Not a part of it named
    after the name ('to win their Europa League group'), nor a stage's own ('the Western Conference')."""
    terms = {w.lower() for w in object_terms}
    if not terms & WHOLE_CONTESTS:
        return False
    toks = sent.tokens
    for i, t in enumerate(toks):
        if not (t.lemmas & TITLE_VERBS) or aspect(sent, i, sorted(t.lemmas & TITLE_VERBS)[0]) == "noun":
            continue
        k = i + 1
        while k < min(len(toks), i + 1 + _TITLE_NEAR) and toks[k].lower not in _NOT_TAKEN:
            run = k
            while run < len(toks) and toks[run].text[:1].isupper() and toks[run].lemmas & terms:
                run += 1
            if run - k >= 2 and any(toks[j].lower in WHOLE_CONTESTS for j in range(k, run)):
                return toks[k - 1].lower not in _STAGE_TITLES and not (run < len(toks) and toks[run].lower in _PART_AFTER)
            k = max(run, k + 1)
    return False
