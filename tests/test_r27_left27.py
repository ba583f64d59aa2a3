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
- shapes.holding_office + renamed_names (rules/state_ended): 'Will Kazakhstan's capital still officially be named Astana
  on March 31, 2019?' is a name that must last ('remain named Astana'; on main an event 'name'), and the named thing
  told renamed, done ('Astana has been renamed Nur-sultan', 'Tokayev renamed Astana Nur-Sultan', 'Astana changed
  its name to …'), reports it over. One sentence stays held by the weak-readings gate (state_ended, max one
  sentence), so b150-astana-name-stays-through-mar31-2019-multi-stays-no stays undetermined (its articles tell the
  renaming in one sentence); the tests check the reading's direction (conftest.decided).

`wrong_fires()` counts the variants read the wrong way on any engine (the report gives the count on main and here)."""

from __future__ import annotations

from conftest import case_runner, decided
from cpu_budget import assert_each_within, word_soup

GBAGBO = "b150-gbagbo-released-icc-by-jan31-2019-multi-no"
LIVERPOOL = "b144-liverpool-carling-cup-2012-yes"
ASTANA = "b150-astana-name-stays-through-mar31-2019-multi-stays-no"
FERGUSON = "b150-ferguson-manages-man-utd-through-may19-2013-stays-yes"

_gbagbo = case_runner(GBAGBO, "http://channelstv.com/x", "2019-01-18T00:00:00+01:00")
_liverpool = case_runner(LIVERPOOL, "http://businessinsider.com.au/x", "2012-02-27T00:00:00+11:00")
_astana = case_runner(ASTANA, "http://panarmenian.net/x", "2019-03-23T16:00:00+04:00")
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

# --- a name that must last, told changed -----------------------------------------------------------------------------
ASTANA_S = ("PanARMENIAN.Net - Kazakhstan's capital city Astana has been renamed Nur-sultan after the country's new "
            "President Kassym-Jomart Tokayev signed a decree on the renaming in honor of his predecessor Nursultan "
            "Nazarbayev, Xinhua reports.")
NAME_QUESTIONS = [f"Will Kazakhstan's capital still {a}be {b}{c} Astana on March 31, 2019?"
                  for a in ("", "officially ") for b in ("", "officially ", "formally ") for c in ("named", "called", "known as")
                  if not (a and b)]
RENAMED = [f"{s} {v} Nur-Sultan{w}." for s in ("Astana", "The capital Astana", "Kazakhstan's capital city Astana")
           for v in ("has been renamed", "was renamed", "was officially renamed", "has officially been renamed",
                     "was formally renamed", "changed its name to", "has changed its name to")
           for w in ("", " on Saturday", " after a decree by President Tokayev")]
RENAMED += [f"{w} renamed Astana Nur-Sultan{d}." for w in ("President Tokayev", "Kazakhstan", "The new president")
            for d in ("", " on Saturday")]
RENAMED_NEAR = ["Parliament voted to rename Astana as Nursultan.", "Astana will be renamed Nur-Sultan.",
                "A street in Astana was renamed Nazarbayev Avenue.", "Astana was not renamed.",
                "If approved, Astana will be renamed.", "Lawmakers plan to rename Astana.",
                "A district of Astana was renamed last year.", "The airport in Astana was renamed Nursultan Nazarbayev Airport.",
                "Today, at the joint sitting of the chambers, the Parliament of Kazakhstan has adopted a decision to rename "
                "the capital of the country Astana as Nursultan.", "Tokayev proposed to rename Astana Nur-Sultan.",
                "Astana could be renamed Nur-Sultan soon.", "Almaty was renamed in 1921."]


def test_name_question_is_a_state():
    from resolver.engine.derive import derive_target
    from conftest import news_market
    for q in NAME_QUESTIONS:
        t = derive_target(news_market(q, "2019-03-31T23:59:59+06:00", ""))
        assert (t.kind, t.act) == ("state", "remain"), q
    t = derive_target(news_market("Will the capital still be named Astana by March 31, 2019?", "2019-03-31T23:59:59+06:00", ""))
    assert t.kind == "event"  # 'by': a change asked, as on main


def test_verbatim_astana():
    assert decided(_astana(ASTANA_S)) == "likely-no"


def test_renamed():
    wrong = [(q, s) for q in NAME_QUESTIONS[:4] for s in RENAMED if decided(_astana(s, question_now=q)) != "likely-no"]
    assert not wrong, wrong


def test_renamed_near_misses():
    wrong = [s for s in RENAMED_NEAR if decided(_astana(s)) != "undetermined"]
    assert not wrong, wrong


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
        "renamed": sum(decided(_astana(s, question_now=q)) != "likely-no" for q in NAME_QUESTIONS[:4]
                       for s in [ASTANA_S, *RENAMED]),
        "renamed_near": sum(decided(_astana(s)) != "undetermined" for s in RENAMED_NEAR),
        "outing": sum(_ferguson(s).verdict != "likely-yes" for s in [FERGUSON_S, *OUTING]),
        "outing_near": sum(_ferguson(s).verdict == "likely-yes" for s in OUTING_NEAR)
        + sum(_ferguson_later(s).verdict == "likely-yes" or _ferguson_before(s).verdict == "likely-yes"
              for s in (FERGUSON_S, *UNDATED[:8])),
    }


def test_hostile_input_bound():
    words = ["Gbagbo", "will", "stay", "behind", "bars", "remain", "in", "custody", "until", "at", "least", "February",
             "1", "keep", "detention", "Liverpool", "prevailed", "over", "Cardiff", "City", "final", ",", "73", "his", "last", "game", "as", "United", "manager",
             "Ferguson's", "1,500th", "and", "fixture", "Astana", "has", "been", "renamed", "changed", "its", "name", "to"]
    assert_each_within([_gbagbo, _liverpool, _ferguson, _astana], word_soup(words), 2.0)
