"""Readings of the twenty-sixth round's pass e147b (misses of development batch 147):

- held_posts.office_named_generically (analysis.sentence_facts, so confirmation): for a market on someone leaving an
  office its own noun names ('Will Michel Martelly leave the presidency of Haiti …?'), a leaving verb that names the
  office generically or by its holder's title names the object: 'has stepped down from office', 'left office',
  'resigned his post', 'stepped down as president' (on main only 'left the presidency' confirmed). Guards: only for an
  event market of the 'leave' family whose object is an office noun (contests.json office nouns: presidency,
  governorship, mayoralty …, and premiership); 'as vice president', 'as president of the football federation' (after
  'of', only a word of the question or the state's own), 'left the office' (a room) name no office; negation, plans
  and refusals keep their own gates.
- frames.json implicative_phrases (verb_aspect.implied_by): 'defied the odds to sink hot favourites Egypt', 'went on
  to beat', 'has gone on to win' tell the infinitive's act done, as 'managed to' does; a modal, negation or condition
  before the phrase ('could defy the odds to') keeps it a forecast.
- forecast_cues.odds_defied / titled_favourite (rules/rival_outcome.py's forecast words): 'odds' in 'defied the odds',
  'against all odds', 'beat the odds' is no forecast, nor a favourite word written as a title right before a side's
  name after a lowercase word ('beat hot favourites Egypt', as 'holders Egypt'); 'the favourites to beat Egypt' still
  is a forecast.
- rules/withdrawn_status.py (confirmation): for a market on a status taken away ('Will India withdraw legal tender
  status from its ₹500 and ₹1,000 banknotes …?', 'revoke Turkey's candidate status'), the holder told no longer to be
  what the status names is the act done: 'are no longer legal tender', 'ceased to be legal tender', and, announced,
  'will not be legal tender beginning November 9' with the day of effect on or before the article's day and the
  deadline (on main the 'will not' was no mention, and the passed deadline gave a wrong likely-no). Guards: a later day
  of effect or none, a modal ('could announce'), a negated or denied announcement, a condition, a demand, 'remain /
  still legal tender', another holder named as the copula's subject ('Serbia is no longer a candidate').
- contests.json defeat_verbs 'sink': 'Cameroon sank Egypt 2-1' is a defeat of Egypt; 'Egypt's hopes sank', 'sank
  Egypt's economy' are not.

The verbatim sentences are development cases b147-martelly-leaves-office-by-feb8-2016-multi-yes and
b147-egypt-wins-afcon-2017-no and b147-india-demonetises-500-1000-notes-by-nov30-2016-yes; generated variants swap names, offices, verbs, scores and frames, and near-misses must
not fire. `wrong_fires()` counts the variants read the wrong way; it runs on any engine (the report gives the count
before the change and after)."""

from __future__ import annotations

from conftest import case_runner, fired_no, fired_yes
from cpu_budget import assert_each_within, word_soup

MARTELLY = "b147-martelly-leaves-office-by-feb8-2016-multi-yes"
EGYPT = "b147-egypt-wins-afcon-2017-no"

_martelly = case_runner(MARTELLY, "https://www.cnn.com/x", "2016-02-07T12:00:00-05:00")
_egypt = case_runner(EGYPT, "http://www.timesofmalta.com/x", "2017-02-06T00:00:00+01:00")

MARTELLY_S = ("(CNN)Haitian President Michel Martelly has stepped down from office, leaving the nation with no successor "
              "after elections marred by allegations of fraud were postponed twice.")
EGYPT_S = ("Substitute Vincent Aboubakar struck a dramatic late winner as Cameroon defied the odds to sink hot favourites "
           "Egypt and claim their fifth African Nations Cup triumph with a 2-1 win in Libreville, yesterday.")


def _office_market(name: str, office: str, place: str):
    return {"question": f"Will {name} leave the {office} of {place} by February 8, 2016?",
            "deadline": "2016-02-08T23:59:59-05:00",
            "criteria": f"This market will resolve to \"Yes\" if {name} ceases to hold the {office} of {place} (by "
                        f"resignation, end of term or otherwise) on or before February 8, 2016. Otherwise, \"No\"."}


# (name, office noun, holder's title, place)
HOLDERS = [
    ("Michel Martelly", "presidency", "president", "Haiti"),
    ("Jacob Zuma", "presidency", "president", "South Africa"),
    ("Robert Mugabe", "presidency", "president", "Zimbabwe"),
    ("Andrew Cuomo", "governorship", "governor", "New York"),
    ("Bill de Blasio", "mayoralty", "mayor", "New York City"),
]
LEAVE_FRAMES = [
    "{n} has stepped down from office, leaving the nation with no successor.",
    "{n} left office on Sunday after five years.",
    "{n} resigned from office on Sunday.",
    "{n} stepped down as {h} on Sunday.",
    "{n} resigned his post on Sunday, aides said.",
    "{n} quit as {h} on Sunday.",
    "{n} stepped down from power on Sunday.",
]
NEAR_FRAMES = [
    "{n} refused to step down from office on Sunday.",
    "{n} will step down from office next week.",
    "{n} has not stepped down from office.",
    "{n} stepped down as vice {h} on Sunday.",
    "{n} stepped down as {h} of the football federation on Sunday.",
    "{n} left the office at noon on Sunday.",
    "{n} said he would resign from office if the vote went against him.",
]


def _runner(name, office, place):
    return case_runner(MARTELLY, "https://www.cnn.com/x", "2016-02-07T12:00:00-05:00",
                       market=_office_market(name, office, place))


def _office_cases():
    out = []
    for name, office, holder, place in HOLDERS:
        run = _runner(name, office, place)
        out += [(run, fr.format(n=name, h=holder), True) for fr in LEAVE_FRAMES]
        out += [(run, fr.format(n=name, h=holder), False) for fr in NEAR_FRAMES]
    return out


OFFICE_CASES = _office_cases()


def _cup_market(side: str, cup: str):
    return {"question": f"Will {side} win the 2017 {cup}?", "deadline": "2017-02-05T23:59:59+01:00",
            "criteria": f"This market will resolve to \"Yes\" if {side} wins the final of the 2017 {cup}. If any "
                        f"other team wins the tournament, this market resolves \"No\"."}


# (candidate, the side that beat it, cup)
SIDES = [
    ("Egypt", "Cameroon", "Africa Cup of Nations"),
    ("Brazil", "Chile", "Copa America"),
    ("Germany", "Portugal", "European Championship"),
    ("New Zealand", "South Africa", "Rugby World Cup"),
]
DEFEAT_FRAMES = [
    "{w} defied the odds to sink hot favourites {c} with a 2-1 win in the final yesterday.",
    "{w} defied the odds to beat {c} 2-1 in the final yesterday.",
    "{w} went on to beat {c} 2-1 in the final yesterday.",
    "{w} sank {c} 2-1 in the final yesterday.",
    "{w} beat hot favourites {c} 2-1 in the final yesterday.",
    "{w} stunned pre-tournament favourites {c} 2-1 in the final yesterday.",
    "Against all odds, {w} beat {c} 2-1 in the final yesterday.",
]
CUP_NEAR = [
    "{w} could defy the odds to beat {c} in the final on Sunday.",
    "{w} will hope to go on to beat {c} in the final on Sunday.",
    "{w} are the favourites to beat {c} in the final on Sunday.",
    "{c}'s hopes sank after a 2-1 defeat in the group stage.",
    "The crisis sank {c}'s economy last year.",
    "{w} did not go on to beat {c}, who won 2-1 in the final yesterday.",
]


def _cup_cases():
    out = []
    for side, winner, cup in SIDES:
        run = case_runner(EGYPT, "http://www.timesofmalta.com/x", "2017-02-06T00:00:00+01:00",
                          market=_cup_market(side, cup))
        out += [(run, fr.format(w=winner, c=side), True) for fr in DEFEAT_FRAMES]
        out += [(run, fr.format(w=winner, c=side), False) for fr in CUP_NEAR]
    return out


CUP_CASES = _cup_cases()


def test_verbatim_martelly_left_office():
    v = _martelly(MARTELLY_S, head="Haiti's President steps down, leaving no successor")
    assert fired_yes(v, "confirmation")
    assert v.verdict == "likely-yes"


def test_verbatim_egypt_beaten():
    v = _egypt(EGYPT_S, head="Aboubakar nets late winner")
    assert fired_no(v, "rival_outcome")
    assert v.verdict == "likely-no"


def test_office_variants():
    for run, s, own in OFFICE_CASES:
        v = run(s)
        if own:
            assert v.verdict == "likely-yes", s
        else:
            assert not fired_yes(v, "confirmation"), s
            assert v.verdict != "likely-yes", s


def test_cup_variants():
    for run, s, beaten in CUP_CASES:
        v = run(s)
        if beaten:
            assert v.verdict == "likely-no", s
        else:
            assert not fired_no(v, "rival_outcome"), s
            assert v.verdict != "likely-yes", s


INDIA = "b147-india-demonetises-500-1000-notes-by-nov30-2016-yes"
INDIA_S = ("Chandigarh 9 Nov 2016: Indian Prime Minister Narendra Modi on Tuesday announced that the currency notes of "
           "Rs. 500 and Rs. 1000 denominations will not be legal tender beginning November 9.")
_india = case_runner(INDIA, "https://punjabupfilms.in/x", "2016-11-09T00:00:00+05:30")


def _status_market(holder: str, status: str, act: str, thing: str):
    return {"question": f"Will {holder} {act} {status} status {thing} by November 30, 2016?",
            "deadline": "2016-11-30T23:59:59+05:30",
            "criteria": f"This market will resolve to \"Yes\" if {holder} {act}s the {status} status {thing} with effect "
                        f"on or before November 30, 2016. Otherwise, \"No\"."}


# (holder, status, act, thing, the holder's own words for what loses the status)
STATUSES = [
    ("India", "legal tender", "withdraw", "from its ₹500 and ₹1,000 banknotes", "India's old 500 and 1,000 rupee notes"),
    ("Pakistan", "legal tender", "withdraw", "from its old 1,000 rupee notes", "Pakistan's old 1,000 rupee notes"),
    ("Zimbabwe", "legal tender", "withdraw", "from the Zimbabwe dollar", "the Zimbabwe dollar"),
    ("the European Union", "candidate", "revoke", "of Turkey", "Turkey"),
]
STATUS_FRAMES = [
    "{h} announced on Tuesday that {t} will not be {s} beginning November 9.",
    "{h} announced on Tuesday that {t} will no longer be {s} from November 9.",
    "{t} ceased to be {s} on November 9, {h} said.",
    "{t} are no longer {s}, {h} said on Wednesday.",
]
STATUS_NEAR = [
    "{h} announced on Tuesday that {t} will not be {s} beginning January 1, 2017.",
    "{h} said on Tuesday that {t} will not be {s} beginning next month.",
    "{h} could announce that {t} will not be {s} beginning November 9.",
    "{h} has not announced that {t} will not be {s} beginning November 9.",
    "{h} denied on Tuesday that {t} will not be {s} beginning November 9.",
    "If {h} announced that {t} will not be {s} beginning November 9, banks would close.",
    "{h} announced on Tuesday that {t} will remain {s} until December.",
    "Serbia is no longer {s}, {h} said on Wednesday.",
]


def _status_cases():
    out = []
    for holder, status, act, thing, words in STATUSES:
        run = case_runner(INDIA, "https://punjabupfilms.in/x", "2016-11-09T00:00:00+05:30",
                          market=_status_market(holder, status, act, thing))
        said = holder[0].upper() + holder[1:]
        s = "a candidate" if status == "candidate" else status
        for fr in STATUS_FRAMES:
            text = fr.format(h=said, t=words, s=s)
            if not words.endswith("notes"):
                text = text.replace(" are no longer", " is no longer")
            out.append((run, text[0].upper() + text[1:], True))
        out += [(run, fr.format(h=said, t=words, s=s), False) for fr in STATUS_NEAR]
    return out


STATUS_CASES = _status_cases()


def test_verbatim_india_status_withdrawn():
    v = _india(INDIA_S, head="Narendra Modi Announced: Rs. 500 and Rs 1000 Notes Not Legal Now")
    assert fired_yes(v, "confirmation")
    assert v.verdict == "likely-yes"


def test_status_variants():
    for run, s, own in STATUS_CASES:
        v = run(s)
        if own:
            assert v.verdict == "likely-yes", s
        else:
            assert not fired_yes(v, "confirmation"), s


def wrong_fires() -> dict[str, int]:
    return {
        "office_left_not_yes": sum(r(s).verdict != "likely-yes" for r, s, o in OFFICE_CASES if o),
        "office_near_miss_yes": sum(r(s).verdict == "likely-yes" for r, s, o in OFFICE_CASES if not o),
        "office_of": sum(1 for _, _, o in OFFICE_CASES if o),
        "office_near_of": sum(1 for _, _, o in OFFICE_CASES if not o),
        "cup_beaten_not_no": sum(r(s).verdict != "likely-no" for r, s, o in CUP_CASES if o),
        "cup_near_miss_no": sum(r(s).verdict == "likely-no" or fired_no(r(s), "rival_outcome") for r, s, o in CUP_CASES if not o),
        "cup_of": sum(1 for _, _, o in CUP_CASES if o),
        "cup_near_of": sum(1 for _, _, o in CUP_CASES if not o),
        "status_withdrawn_not_yes": sum(r(s).verdict != "likely-yes" for r, s, o in STATUS_CASES if o),
        "status_near_miss_confirmed": sum(fired_yes(r(s), "confirmation") for r, s, o in STATUS_CASES if not o),
        "status_of": sum(1 for _, _, o in STATUS_CASES if o),
        "status_near_of": sum(1 for _, _, o in STATUS_CASES if not o),
    }


def test_hostile_input_bounded():
    words = ("Martelly stepped down from office as president of Haiti left the post went on to defied the odds to "
             "sink hot favourites Egypt beat against all odds , 2-1 resigned his post").split()
    assert_each_within([_martelly, _egypt], word_soup(words), 2.0)
    words = ("India announced that the notes will not be will no longer be ceased to be are no longer legal tender "
             "beginning November 9 from , that Serbia a candidate status withdrawn").split()
    assert_each_within([_india], word_soup(words), 2.0)


if __name__ == "__main__":
    print(wrong_fires())
