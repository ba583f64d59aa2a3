"""Readings of the twenty-second round's development batch 123 (helper b123): its two wrong decisive verdicts and
one of its 'too-early' misses, each given a general reading.

- own_objects.other_object (cause class C, another thing's act): an act verb whose own object is another noun
  phrase ('but have reached relatively flatter ground'), the market's thing named only in a preposition's phrase
  before it ('toward the Daniel K. Inouye Highway'), does not confirm the act done to the market's thing.
- split_awards.other_edition (class E, another edition): 'awarded the 2024 summer Olympic Games to Paris and the
  2028 edition to Los Angeles' gives the market's recipient another edition than the one asked.
- vetoes.partial (class H): 'vetoed sections 9, 10, 11 and 13 of the bill' is a line-item veto of parts, the bill
  signed: no opposite outcome.
- passive_defeats (class J, a report of the act's impossibility unread) and 're-election' named as an election
  (lexicon NOUN_FAMILIES): 'Kolinda Grabar-Kitarović was beaten in the second round of the Croatian presidential
  elections' is the candidate's runoff lost; a stage the question does not ask ('in the first round') is not.
- mentions.phrase_positions' object slot (class H, a phrase with its object inside): 'plan to bring the U.K.'s
  prudential regime for Investment companies into force on the first day of January 2022' is the act (take-effect)
  planned after the deadline ('bring * into force', 'put * into effect' in frames.json); the case stays undetermined,
  held back by the weak-reading gate (a date after the deadline alone).
- bill_numbers.positions + a veto as the opposite of signing (class J/H, a report of the act's impossibility
  unread): a bill named by its number in the question ('SB 1047') is the market's object wherever the number
  stands; the market's signer vetoing it decides a signing market no (a vetoed bill is not signed afterwards).

Sentences and questions verbatim from the development corpus (the case named in a comment); the variants vary
the verb, the tense, the things named, the years, the bill numbers and the signer. `wrong_fires()` counts the
variants read the wrong way; it runs on any engine (the report gives the count before the change and after)."""

from __future__ import annotations

import time

from conftest import fired, realnews_case, run_case
from cpu_budget import assert_cpu_within

# --- another thing reached --------------------------------------------------------------------------------------
# b123-mauna-loa-lava-reaches-saddle-road-by-dec10-2022-multi-no
ML = realnews_case("b123-mauna-loa-lava-reaches-saddle-road-by-dec10-2022-multi-no")
ML_S = ("The fissure 3 lava flows are traveling to the north toward the Daniel K. Inouye Highway (Saddle Road) but have "
        "reached relatively flatter ground and have slowed down significantly as expected.")
_THINGS = ("relatively flatter ground", "a flat plain", "the lower slopes", "an old cinder cone", "gentler terrain",
           "a depression", "the base of the mountain")
_TOWARD = ("toward the Daniel K. Inouye Highway", "towards the Daniel K. Inouye Highway (Saddle Road)",
           "in the direction of the Daniel K. Inouye Highway", "from the vent to the Daniel K. Inouye Highway")
_TENSES = ("have reached", "reached", "had reached", "has now reached")
OTHER_REACHED = [ML_S] + [f"The lava flows moving {t} {v} {x} on Thursday." for t in _TOWARD for v in _TENSES
                          for x in _THINGS]
# the market's thing reached: these still confirm
OWN_REACHED = [
    "The lava flow has reached the Daniel K. Inouye Highway (Saddle Road), officials said.",
    "Lava reached the Daniel K. Inouye Highway on Thursday.",
    "The lava flows moving toward the Daniel K. Inouye Highway reached the road on Thursday.",
    "The lava flows moving toward the Daniel K. Inouye Highway have reached it on Thursday.",
    "The flow front, heading toward the Daniel K. Inouye Highway (Saddle Road), reached Saddle Road on Thursday.",
]


def _ml(text: str):
    return run_case(ML["market"]["question"], ML["market"]["deadline"], ML["market"]["criteria"],
                    [("https://volcanoes.usgs.gov/hans2/view/notice/x", "2022-12-01T17:00:00-10:00", "", text)],
                    "2022-12-02T12:00:00-10:00")


# --- a split award ----------------------------------------------------------------------------------------------
# b123-los-angeles-awarded-2024-olympics-no
LA = realnews_case("b123-los-angeles-awarded-2024-olympics-no")
LA_S = ("The International Olympic Committee on Wednesday awarded the 2024 summer Olympic Games to Paris and the 2028 "
        "edition to Los Angeles following a vote in the Peruvian capital.")
_GIVE = ("awarded", "granted", "gave", "handed", "allocated")
_OTHER_CITY = ("Paris", "Madrid", "Rome", "Budapest")
_OTHER_EDITION = ("the 2028 edition", "the 2028 Games", "the 2032 summer Olympics")
SPLIT = [LA_S] + [f"The International Olympic Committee on Wednesday {v} the 2024 summer Olympic Games to {c} and {e} "
                  f"to Los Angeles." for v in _GIVE for c in _OTHER_CITY for e in _OTHER_EDITION]
# (the market's derived actors do not name the IOC: only its full name, as in the case, is read as the giver)
ASKED_GIVEN = [f"The International Olympic Committee on {d} awarded the 2024 summer Olympic Games to Los Angeles."
               for d in ("Wednesday", "Tuesday", "September 13")]
# left: the asked edition named second ('awarded the 2028 Games to Paris and the 2024 edition to Los Angeles') is
# held back by the earlier reading of an edition's year before its title (complement.earlier_instance), before and after
ASKED_SECOND = [f"The International Olympic Committee on Wednesday awarded the 2028 Games to {c} and the 2024 edition "
                f"to Los Angeles." for c in _OTHER_CITY]


def _la(text: str):
    return run_case(LA["market"]["question"], LA["market"]["deadline"], LA["market"]["criteria"],
                    [("https://www.khaleejtimes.com/sports/x", "2017-09-14T00:00:00+04:00", "", text)],
                    "2017-09-15T12:00:00-07:00")


# --- a bill vetoed, named by its number -------------------------------------------------------------------------
# b123-newsom-signs-sb1047-by-sep30-2024-no
NS = realnews_case("b123-newsom-signs-sb1047-by-sep30-2024-no")
NS_S = ("California Governor Gavin Newsom vetoed the Safe and Secure Innovation for Frontier Artificial Intelligence "
        "Models Act (SB 1047) today.")
_TITLES = ("the Safe and Secure Innovation for Frontier Artificial Intelligence Models Act (SB 1047)", "SB 1047",
           "the AI measure known as SB 1047", "S.B. 1047", "SB-1047")
_WHEN = ("today", "on Sunday", "on September 29", "this afternoon")
_VETO = ("vetoed", "has vetoed")
VETOED = [NS_S] + [f"Governor Gavin Newsom {v} {t} {w}." for v in _VETO for t in _TITLES for w in _WHEN]
# not the market's: another bill's number, another signer, a veto only threatened
NOT_VETOED = [f"Governor Gavin Newsom vetoed {t} {w}." for t in ("SB 1048", "AB 1047", "S.B. 1046", "SB 10")
              for w in _WHEN] + [
    f"Governor Kathy Hochul vetoed {t} {w}." for t in ("SB 1047",) for w in _WHEN] + [
    f"Governor Gavin Newsom could veto SB 1047 {w}." for w in _WHEN]
SIGNED = [f"Governor Gavin Newsom signed {t} into law {w}." for t in _TITLES for w in _WHEN]


def _ns(text: str):
    return run_case(NS["market"]["question"], NS["market"]["deadline"], NS["market"]["criteria"],
                    [("https://news.example.org/ca/sb1047", "2024-09-29T12:00:00-07:00", "", text)],
                    "2024-09-30T12:00:00-07:00")


# --- a partial veto (b68-gregoire-signs-wasl-extension-may2007-yes, kept right by vetoes.partial) -------------
GR = realnews_case("b68-gregoire-signs-wasl-extension-may2007-yes")
GR_S = "Governor Gregoire vetoed sections 9, 10, 11 and 13 of the bill."
PARTIAL_VETOES = [GR_S] + [f"Governor Gregoire {v} {w}." for v in ("vetoed", "has vetoed") for w in (
    "sections 2 and 4 of the bill", "two provisions of the measure", "section 9 of the legislation",
    "several items in the bill", "parts of the bill", "the bill in part", "portions of the bill",
    "three clauses of the bill")] + ["Governor Gregoire partially vetoed the bill.",
                                      "Governor Gregoire issued line-item vetoes on the bill."]
WHOLE_VETOES = [f"Governor Gregoire {v} the bill {w}." for v in ("vetoed", "has vetoed") for w in ("today", "on Tuesday")]


def _gr(text: str):
    return run_case(GR["market"]["question"], GR["market"]["deadline"], GR["market"]["criteria"],
                    [("https://www.digitalarchives.wa.gov/x", "2007-05-08T00:00:00-07:00", "", text)],
                    "2007-05-09T00:00:00+00:00")


# --- a defeat told as a bare passive --------------------------------------------------------------------------
# b123-grabar-kitarovic-reelected-croatia-jan2020-multi-no
HR = realnews_case("b123-grabar-kitarovic-reelected-croatia-jan2020-multi-no")
HR_S = ("January 05, 2020 Conservative President Kolinda Grabar-Kitarović was beaten in the second round of the "
        "Croatian presidential elections.")
_STAGE = ("in the second round of the Croatian presidential elections", "in Sunday's runoff of the presidential election",
          "in the presidential election runoff", "in the run-off of the Croatian presidential election")
BEATEN = [HR_S] + [f"Incumbent Kolinda Grabar-Kitarovic {v} {st} on Sunday." for v in ("was beaten", "was defeated")
                   for st in _STAGE]
NOT_BEATEN = [f"Incumbent Kolinda Grabar-Kitarovic {v} in the first round of the presidential election on December 22."
              for v in ("was beaten", "was defeated")] + [
    f"Zoran Milanovic {v} {st} on Sunday." for v in ("was beaten", "was defeated") for st in _STAGE]


def _hr(text: str):
    return run_case(HR["market"]["question"], HR["market"]["deadline"], HR["market"]["criteria"],
                    [("https://www.tellerreport.com/news/x", "2020-01-05T22:00:00+01:00", "", text)],
                    "2020-01-06T12:00:00+01:00")


# --- a measure brought into force (mentions.phrase_positions' object slot) ---------------------------------------
# b123-uk-investment-firm-prudential-regime-by-jun30-2021-no (read now, held back by the weak-reading gate)
UK = realnews_case("b123-uk-investment-firm-prudential-regime-by-jun30-2021-no")
UK_S = ("HM Treasury, the Financial Conduct Authority and the Bank of England said in a joint statement that they plan "
        "to bring the U.K.'s prudential regime for Investment companies into force on the first day of January 2022.")
_BRING = ("bring", "put")
_FORCE = ("into force", "into effect")
_LATER = ("on the first day of January 2022", "on 1 January 2022", "in January 2022", "on January 1, 2022")
PLANNED_LATER = [UK_S] + [f"The regulators plan to {b} the UK's prudential regime for investment firms {fo} {w}."
                          for b in _BRING for fo in _FORCE for w in _LATER]
BROUGHT = [f"HM Treasury {b} the UK's new prudential regime for investment firms {fo} on {d}." for b in ("brought", "put")
           for fo in _FORCE for d in ("Monday", "June 28")] + [
    f"The UK's new prudential regime for investment firms was {b} {fo} on Monday." for b in ("brought", "put")
    for fo in _FORCE]
# another measure brought into force, the market's named only after the clause ends: nothing read of the market's
OTHER_BROUGHT = [f"The regulators {b} the new capital rules {fo} on Monday, and the UK's prudential regime for "
                 f"investment firms remains under review." for b in ("brought", "put") for fo in _FORCE]


def _uk(text: str, published: str = "2020-11-16T14:38:00+00:00", as_of: str = "2020-11-17T12:00:00+00:00"):
    return run_case(UK["market"]["question"], UK["market"]["deadline"], UK["market"]["criteria"],
                    [("https://www.law360.com/articles/x", published, "", text)], as_of)


def _uk_done(text: str):
    return _uk(text, "2021-06-29T12:00:00+01:00", "2021-06-29T18:00:00+01:00")


def _veto_no(v) -> bool:
    return bool(fired(v, "opposite_outcome")) and v.verdict == "likely-no"


def wrong_fires() -> dict[str, int]:
    return {
        "other_thing_reached_confirmed": sum(bool(fired(_ml(s), "confirmation")) for s in OTHER_REACHED),
        "own_thing_reached_missed": sum(not fired(_ml(s), "confirmation") for s in OWN_REACHED),
        "other_edition_confirmed": sum(bool(fired(_la(s), "confirmation")) for s in SPLIT),
        "asked_edition_missed": sum(not fired(_la(s), "confirmation") for s in ASKED_GIVEN),
        "asked_edition_second_missed (left)": sum(not fired(_la(s), "confirmation") for s in ASKED_SECOND),
        "veto_unread": sum(not _veto_no(_ns(s)) for s in VETOED),
        "other_veto_read": sum(bool(fired(_ns(s), "opposite_outcome")) for s in NOT_VETOED),
        "signing_missed": sum(not fired(_ns(s), "confirmation") for s in SIGNED),
        "partial_veto_read_as_no": sum(bool(fired(_gr(s), "opposite_outcome")) for s in PARTIAL_VETOES),
        "whole_veto_unread": sum(not fired(_gr(s), "opposite_outcome") for s in WHOLE_VETOES),
        "passive_defeat_unread": sum(not fired(_hr(s), "opposite_outcome") for s in BEATEN),
        "later_force_unread": sum(not fired(_uk(s), "scheduled_after_deadline") for s in PLANNED_LATER),
        "brought_into_force_missed": sum(not fired(_uk_done(s), "confirmation") for s in BROUGHT),
        "other_measure_brought_read": sum(bool(fired(_uk_done(s), "confirmation")) for s in OTHER_BROUGHT),
        "stage_or_rival_defeat_read": sum(bool(fired(_hr(s), "opposite_outcome")) for s in NOT_BEATEN),
    }


def test_the_verbatim_sentence_reaches_another_thing():
    v = _ml(ML_S)
    assert not fired(v, "confirmation")


def test_other_things_reached_confirm_nothing():
    assert [s for s in OTHER_REACHED if fired(_ml(s), "confirmation")] == []


def test_the_markets_thing_reached_still_confirms():
    assert [s for s in OWN_REACHED if not fired(_ml(s), "confirmation")] == []


def test_the_verbatim_split_award_confirms_nothing():
    assert not fired(_la(LA_S), "confirmation")
    assert [s for s in SPLIT if fired(_la(s), "confirmation")] == []


def test_the_asked_edition_given_still_confirms():
    assert [s for s in ASKED_GIVEN if not fired(_la(s), "confirmation")] == []


def test_the_verbatim_veto_decides_no():
    assert _veto_no(_ns(NS_S))


def test_every_veto_of_the_numbered_bill_decides_no():
    assert [s for s in VETOED if not _veto_no(_ns(s))] == []


def test_another_bill_or_signer_or_a_threat_is_not_read():
    assert [s for s in NOT_VETOED if fired(_ns(s), "opposite_outcome")] == []


def test_the_signing_still_confirms():
    assert [s for s in SIGNED if not fired(_ns(s), "confirmation")] == []


def test_a_partial_veto_is_no_veto_of_the_bill():
    assert [s for s in PARTIAL_VETOES if fired(_gr(s), "opposite_outcome")] == []


def test_a_whole_veto_is_still_read():
    assert [s for s in WHOLE_VETOES if not fired(_gr(s), "opposite_outcome")] == []


def test_the_verbatim_passive_defeat_decides_no():
    v = _hr(HR_S)
    assert fired(v, "opposite_outcome") and v.verdict == "likely-no"


def test_every_passive_defeat_in_the_runoff_is_read():
    assert [s for s in BEATEN if not fired(_hr(s), "opposite_outcome")] == []


def test_a_first_round_or_a_rivals_defeat_is_not_read():
    assert [s for s in NOT_BEATEN if fired(_hr(s), "opposite_outcome")] == []


def test_a_measure_planned_into_force_after_the_deadline_is_read():
    assert fired(_uk(UK_S), "scheduled_after_deadline")
    assert [s for s in PLANNED_LATER if not fired(_uk(s), "scheduled_after_deadline")] == []


def test_a_measure_brought_into_force_confirms():
    assert [s for s in BROUGHT if not fired(_uk_done(s), "confirmation")] == []


def test_another_measure_brought_into_force_confirms_nothing():
    assert [s for s in OTHER_BROUGHT if fired(_uk_done(s), "confirmation")] == []


def test_the_case_verdicts():
    from resolver import backtest
    from resolver.config import Settings
    settings = Settings()
    for case, want in ((ML, "likely-no"), (NS, "likely-no"), (HR, "likely-no"), (GR, "likely-yes")):
        assert backtest.evaluate_case(case, 0, settings).verdict == want
    assert backtest.evaluate_case(LA, 0, settings).verdict != "likely-yes"


def test_hostile_inputs_stay_cheap():
    from resolver.engine import bill_numbers, own_objects, split_awards
    from resolver.engine.text import article_sentences
    text = ("reached toward the Highway awarded the 2024 Games to Paris and the 2028 edition to SB 1047 Act " * 400)[:30000]
    sents = list(article_sentences("", text))
    start = time.process_time()
    for s in sents:
        for i in range(0, len(s.tokens), 7):
            own_objects.other_object(s, i, [k for k in range(len(s.tokens)) if s.tokens[k].text == "Highway"], {"road"})
            split_awards.other_edition("Will Los Angeles be awarded the 2024 Summer Olympics?", s, i,
                                       [k for k in range(len(s.tokens)) if s.tokens[k].text == "Paris"][:50])
        bill_numbers.positions("Will Newsom sign the SB 1047 bill?", s)
    assert_cpu_within(start, 2)
    start = time.process_time()
    _ns(text)
    assert_cpu_within(start, 30)


if __name__ == "__main__":
    print(wrong_fires())
