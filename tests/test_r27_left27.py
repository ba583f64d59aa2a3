"""Readings of the twenty-seventh round's branch left27 (constructions left unread):

- custody_until (rules/scheduled.py _paused_until): a market actor held until a day after the deadline ('Laurent
  Gbagbo will stay behind bars at least until a fresh appeal hearing on February 1', 'will remain in custody until',
  'judges will keep X in detention until') rules out a release by the deadline (b150-gbagbo-released-icc-by-jan31-
  2019-multi-no: on main undetermined, a weak plan reading held back). A day before the deadline, a hedge, a
  negation, 'until no later than', a condition or another person's custody leave it open.
- frames.json 'win': 'prevail' is a win verb like 'triumph' ('Liverpool prevailed 3-2 on penalty kicks in the Carling
  Cup final'); a semi-final, another team prevailing, 'hope to prevail', 'common sense prevailed' stay undecided.
  (b144-liverpool-carling-cup-2012-yes itself names the final only in an earlier sentence: still undetermined.)
- final_outings (rules/state_held): a holder's last outing in the market's office told on the deadline's day ('his
  1,500 and final fixture as United manager' in a match report of May 19) is the state held as the window closed: a
  note that lets the passed deadline's likely-yes stand (b150-ferguson-manages-man-utd-through-may19-2013-stays-yes:
  on main undetermined, held by the weak-readings gate). Another office, another person, a day before the deadline,
  a condition, or an article of another day leave main's reading.

`wrong_fires()` counts the variants read the wrong way on any engine (the report gives the count on main and here)."""

from __future__ import annotations

from conftest import case_runner, decided
from cpu_budget import assert_each_within, word_soup

GBAGBO = "b150-gbagbo-released-icc-by-jan31-2019-multi-no"
LIVERPOOL = "b144-liverpool-carling-cup-2012-yes"
FERGUSON = "b150-ferguson-manages-man-utd-through-may19-2013-stays-yes"

_gbagbo = case_runner(GBAGBO, "http://channelstv.com/x", "2019-01-18T00:00:00+01:00")
_liverpool = case_runner(LIVERPOOL, "http://businessinsider.com.au/x", "2012-02-27T00:00:00+11:00")
_ferguson = case_runner(FERGUSON, "http://independent.co.uk/x", "2013-05-19T19:17:00+01:00")
_ferguson_later = case_runner(FERGUSON, "http://independent.co.uk/x", "2013-05-20T09:00:00+01:00")
_ferguson_before = case_runner(FERGUSON, "http://independent.co.uk/x", "2013-05-17T09:00:00+01:00")

FERGUSON_S = ("Ferguson may have been denied an 896 victory in his 1,500 and final fixture as United manager, but as "
              "farewell parties go, it was still terrific fun.")
GBAGBO_S = ("Ivory Coast ex-president Laurent Gbagbo will stay behind bars at least until a fresh appeal hearing on "
            "February 1, despite his acquittal this week by the International Criminal Court, the tribunal said Friday.")

# --- held until a day after the deadline ---------------------------------------------------------------------------
SUBJECTS = ["Gbagbo", "Laurent Gbagbo", "Former president Laurent Gbagbo", "Gbagbo, 73,"]
HOLDS = ["will stay behind bars", "will remain in custody", "will remain in ICC detention", "is to stay in jail",
         "must remain in detention", "will be kept behind bars", "will be held", "will be detained",
         "will stay in prison", "will stay in jail"]
UNTILS = ["until February 1", "at least until February 1", "until at least February 5",
          "until a fresh appeal hearing on February 1", "until his appeal hearing on February 4"]
HELD = [f"{s} {h} {u}, the court said." for s in SUBJECTS for h in HOLDS for u in UNTILS]
HELD += [f"{who} will keep {s} in {p} until {d}." for who in ("Judges", "The ICC", "The appeals chamber")
         for s in ("Gbagbo", "Laurent Gbagbo") for p in ("detention", "custody", "jail") for d in ("February 1", "at least February 3")]
# near-misses: a day before the deadline, a hedge, a negation, an upper bound, a condition, another person
HELD_NEAR = [f"Gbagbo {h} until {d}, the court said." for h in HOLDS[:4] for d in ("January 25", "at least January 20")]
HELD_NEAR += [f"Gbagbo {m} {v} until February 1." for m in ("could", "may", "might") for v in
              ("stay behind bars", "remain in custody", "be kept in detention")]
HELD_NEAR += [f"Gbagbo will not {v} until February 1." for v in ("stay behind bars", "remain in custody")]
HELD_NEAR += ["Gbagbo will stay in jail until no later than February 1.",
              "If the appeal succeeds, Gbagbo will remain in custody until February 1."]
HELD_NEAR += [f"{o} {h} until February 1." for o in ("Charles Blé Goudé", "His co-accused", "Co-accused Blé Goudé")
              for h in HOLDS[:5]]

# --- 'prevail' as a win --------------------------------------------------------------------------------------------
WINNERS = ["Liverpool", "Kenny Dalglish's Liverpool", "Liverpool, owned by John Henry,"]
PREVAILS = ["prevailed 3-2 on penalty kicks", "prevailed on penalties", "prevailed over Cardiff City",
            "prevailed against Cardiff City", "prevailed in a shoot-out"]
PLACES = ["in the Carling Cup final", "in the Carling Cup final at Wembley on Sunday"]
PREVAILED = [f"{w} {p} {pl}." for w in WINNERS for p in PREVAILS for pl in PLACES]
PREVAIL_NEAR = [f"{w} {p} in the Carling Cup semi-final." for w in WINNERS[:2] for p in PREVAILS[:3]]
PREVAIL_NEAR += [f"Cardiff City prevailed {p} in the Carling Cup final." for p in ("3-2 on penalty kicks", "on penalties")]
PREVAIL_NEAR += [f"Liverpool {m} prevail in the Carling Cup final." for m in ("hope to", "could", "may", "expect to")]
PREVAIL_NEAR += ["Common sense prevailed in the Carling Cup final.", "Calm prevailed before the Carling Cup final."]

# --- a last outing in the office on the deadline's day --------------------------------------------------------------
OWNERS = ["Ferguson {v} his", "Sir Alex Ferguson {v} his", "Alex Ferguson's"]
OUTINGS = ["final fixture", "last match", "final game", "1,500th and final fixture", "last game in charge",
           "very last match", "final league game"]
OFFICES = ["United manager", "Manchester United manager", "manager", "the United manager"]
OUTING = [o.format(v="took charge of") + f" {g} as {of} today." if "{v}" in o else f"{o} {g} as {of} ended 5-5."
          for o in OWNERS for g in OUTINGS for of in OFFICES]
OUTING += [f"Ferguson {v} in his {g} as {of}." for v in ("bowed out", "drew 5-5", "signed off")
           for g in OUTINGS[:3] for of in OFFICES[:2]]
# with no date of their own: in an article of another day they may look back on an earlier farewell (or ahead)
UNDATED = [s for s in OUTING if "today" not in s]
OUTING_NEAR = [f"Ferguson won his {g} as {of}." for g in OUTINGS[:3] for of in ("Everton manager", "manager of Everton",
                                                                                "a player", "Aberdeen manager")]
OUTING_NEAR += [f"{w}'s final game as United manager was fun." for w in ("Scholes", "Moyes")]
OUTING_NEAR += [f"Ferguson lost his final game as United manager {d}." for d in ("last Sunday", "on May 12", "on Friday")]
OUTING_NEAR += ["If this is his final game as United manager, Ferguson will cry.", "Ferguson said goodbye."]


def test_verbatim_ferguson():
    assert _ferguson(FERGUSON_S).verdict == "likely-yes"


def test_outing_on_deadline_day():
    wrong = [s for s in OUTING if _ferguson(s).verdict != "likely-yes"]
    assert not wrong, wrong


def test_outing_near_misses():
    wrong = [s for s in OUTING_NEAR if _ferguson(s).verdict == "likely-yes"]
    wrong += [s for s in (FERGUSON_S, *UNDATED[:8]) if _ferguson_later(s).verdict == "likely-yes"
              or _ferguson_before(s).verdict == "likely-yes"]
    assert not wrong, wrong


def test_verbatim_gbagbo():
    assert decided(_gbagbo(GBAGBO_S)) == "likely-no"


def test_held_until_after_deadline():
    wrong = [s for s in HELD if decided(_gbagbo(s)) != "likely-no"]
    assert not wrong, wrong


def test_held_near_misses():
    wrong = [s for s in HELD_NEAR if decided(_gbagbo(s)) != "undetermined"]
    assert not wrong, wrong


def test_prevailed():
    wrong = [s for s in PREVAILED if decided(_liverpool(s)) != "likely-yes"]
    assert not wrong, wrong


def test_prevail_near_misses():
    wrong = [s for s in PREVAIL_NEAR if decided(_liverpool(s)) == "likely-yes"]
    assert not wrong, wrong


def wrong_fires() -> dict[str, int]:
    """Variants read the wrong way (for the report: on main and on this branch)."""
    return {
        "held": sum(decided(_gbagbo(s)) != "likely-no" for s in [GBAGBO_S, *HELD]),
        "held_near": sum(decided(_gbagbo(s)) != "undetermined" for s in HELD_NEAR),
        "prevailed": sum(decided(_liverpool(s)) != "likely-yes" for s in PREVAILED),
        "prevail_near": sum(decided(_liverpool(s)) == "likely-yes" for s in PREVAIL_NEAR),
        "outing": sum(_ferguson(s).verdict != "likely-yes" for s in [FERGUSON_S, *OUTING]),
        "outing_near": sum(_ferguson(s).verdict == "likely-yes" for s in OUTING_NEAR)
        + sum(_ferguson_later(s).verdict == "likely-yes" or _ferguson_before(s).verdict == "likely-yes"
              for s in (FERGUSON_S, *UNDATED[:8])),
    }


def test_hostile_input_bound():
    words = ["Gbagbo", "will", "stay", "behind", "bars", "remain", "in", "custody", "until", "at", "least", "February",
             "1", "keep", "detention", "Liverpool", "prevailed", "over", "Cardiff", "City", "final", ",", "73", "his", "last", "game", "as", "United", "manager",
             "Ferguson's", "1,500th", "and", "fixture"]
    assert_each_within([_gbagbo, _liverpool, _ferguson], word_soup(words), 2.0)
