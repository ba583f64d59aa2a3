"""Readings of the twenty-fourth round's development batch 135 (helper e135: diplomacy, treaties, sanctions,
international organisations). Each reading is stated on grammar and word lists:

- coordinated_infinitives (verb_aspect.aspect): 'agreed to re-establish and restore their diplomatic ties and
  reopen their Embassies within two months': the 'reopen' after 'and' shares the first infinitive's 'to' and
  takes its aspect (a plan), not a present-tense report of the reopening.
- assembly_tallies (rules/result_counts.state_yeas): for a market counting the states voting for a resolution,
  'adopted a resolution with 143 votes in favour', 'passed with a vote of 143-9', '128 countries voted in favor
  of the resolution, with nine … voting against' give the yeas; a short count told with the votes against is
  the whole tally and says no.
- counted_alike.parties_counted (threshold_figures): 'reached the required 50 states parties' counts a treaty's
  ratifications ('reach 50 ratifications'); 'states' or 'countries' alone do not (they may have only signed).

Sentences and questions verbatim from the development corpus (the case named in a comment); the variants swap the
names, numbers, verbs and tenses, with must-not-fire near-misses. `wrong_fires()` counts the variants read the wrong
way; it runs on any engine (the report gives the count before the change and after)."""

from __future__ import annotations

import time

from conftest import case_runner, fired, realnews_case, run_case
from conftest import fired_yes as _yes, fired_no as _no
from cpu_budget import assert_cpu_within, assert_each_within, word_soup


_runner = case_runner  # conftest: the engine on a development case's market over one article






# --- a coordinated infinitive ----------------------------------------------------------------------------------
# b135-saudi-iran-reopen-embassies-by-may10-2023-asof-mar12-multi-undet
_si = _runner("b135-saudi-iran-reopen-embassies-by-may10-2023-asof-mar12-multi-undet",
              "https://thediplomaticinsight.com/x", "2023-03-11T00:00:00+03:00")
SI_S = ("Riyadh, 11 March 2023 (TDI): Iran and Saudi Arabia agreed to re-establish and restore their diplomatic ties "
        "and reopen their Embassies within two months.")
_AGREED = ("agreed", "have agreed", "decided", "pledged", "promised", "agreed on Friday", "are set")
_FIRST = ("re-establish and restore their diplomatic ties", "restore their diplomatic relations",
          "resume diplomatic relations", "normalise relations", "restore ties")
_WHEN = ("within two months", "by May", "in two months' time", "within 60 days")
COORDINATED = [SI_S] + [f"Iran and Saudi Arabia {a} to {x} and reopen their embassies {w}."
                        for a in _AGREED for x in _FIRST for w in _WHEN] + [
    f"Tehran and Riyadh {a} to {x}, exchange ambassadors and reopen their embassies within two months."
    for a in _AGREED[:3] for x in _FIRST[:3]]
# the reopening itself told as done: still a confirmation (past forms, no infinitive, a new subject)
DONE = ["Iran and Saudi Arabia restored their diplomatic ties and reopened their embassies on Thursday.",
        "Iran and Saudi Arabia have reopened their embassies, two months after agreeing to restore ties.",
        "Iran and Saudi Arabia agreed to restore ties in March, and reopened their embassies on Thursday.",
        "Iran and Saudi Arabia reopened their embassies within two months of the deal."]


# a vote decides every act it is taken on, the coordinated one too (b01-boeing-strike-end-by-nov8-2024-yes)
_bo = _runner("b01-boeing-strike-end-by-nov8-2024-yes", "https://www.newser.com/story/x", "2024-11-05T00:00:00-05:00")
BO_S = ("Unionized machinists at Boeing voted Monday to accept a contract offer and end their strike after more than "
        "seven weeks, clearing the way for the aerospace giant to resume production of its bestselling airliner and "
        "generate much-needed cash, the AP reports.")
VOTED = [BO_S] + [f"Machinists at Boeing {v} Monday to {x} and end their strike." for v in ("voted", "decided")
                  for x in ("accept a contract offer", "ratify the new contract", "accept the offer")]


# --- a states' vote: the yeas --------------------------------------------------------------------------------------
# b135-unga-palestine-membership-140-votes-may2024-multi-yes
_pa = _runner("b135-unga-palestine-membership-140-votes-may2024-multi-yes",
              "https://www.nationthailand.com/news/world/x", "2024-05-11T00:00:00+07:00")
PA_S = ("The assembly adopted a resolution with 143 votes in favour, including Thailand, and nine against — including "
        "the US and Israel — while 25 countries abstained.")
PA_S2 = ("The UN resolution passed with a vote of 143-9 with the US, Israel, and Hungary among the countries that voted "
         "against it.")
_YEAS = ("143", "150", "141", "140")
YEAS_MET = [PA_S, PA_S2] + [f"The General Assembly adopted the resolution with {n} votes in favour and nine against." for n in _YEAS] + [
    f"The UN resolution passed with a vote of {n}-9." for n in _YEAS] + [
    f"The resolution was adopted by {n} votes to 9, with 25 abstentions." for n in _YEAS] + [
    f"{n} countries voted in favour of the resolution on Friday." for n in _YEAS] + [
    f"{n} member states backed the resolution, nine voted against and 25 abstained." for n in _YEAS]
# b135-unga-jerusalem-resolution-130-votes-dec2017-multi-no
_je = _runner("b135-unga-jerusalem-resolution-130-votes-dec2017-multi-no",
              "http://www.palestinechronicle.com/x", "2017-12-22T00:00:00+02:00")
JE_S = ("A total of 128 countries voted in favor of the resolution, with nine countries — including the US and Israel — "
        "voting against, and 35 countries voting to abstain, including Canada, Australia and Mexico.")
JE_S2 = "128 countries backed the non-binding resolution, nine voted against and 35 abstained."
_SHORT = ("128", "120", "129", "100")
YEAS_SHORT = [JE_S, JE_S2] + [
    f"A total of {n} countries voted in favor of the resolution, with nine voting against." for n in _SHORT] + [
    f"The General Assembly adopted the resolution with {n} votes in favour and nine against." for n in _SHORT] + [
    f"The resolution passed with a vote of {n}-9 on Thursday." for n in _SHORT] + [
    f"The resolution was adopted by {n} votes to 9." for n in _SHORT]
# not the yeas of the market's vote, or not all of them: no 'no' (and no 'yes' where the count is short)
NOT_WHOLE = [f"{n} countries voted in favor of the resolution on Thursday." for n in _SHORT] + [
    f"The resolution needs {n} votes in favour to pass." for n in ("129", "100")] + [
    "More than 120 countries voted in favour of the resolution.",
    "The Security Council resolution won 12 votes in favour, with the US voting against.",
    "If 128 countries vote in favour of the resolution, it will pass.",
    "The resolution is expected to pass with 128 votes in favour and nine against."]
NOT_YEAS_MET = [f"The resolution needs {n} votes in favour to pass." for n in ("143", "150")] + [
    "The Security Council resolution won 143 votes in favour, with the US voting against.",
    "If 143 countries vote in favour of the resolution, it will pass.",
    "The resolution is expected to pass with 143 votes in favour and nine against.",
    "The assembly debated a resolution that 143 countries have sponsored."]


# --- a treaty's parties count its ratifications --------------------------------------------------------------------
# b135-tpnw-50-ratifications-by-oct31-2020-multi-yes
_tp = _runner("b135-tpnw-50-ratifications-by-oct31-2020-multi-yes",
              "https://www.icanw.org/x", "2020-10-24T00:00:00+02:00")
TP_S = ("On October 24, 2020, the UN Treaty on the Prohibition of Nuclear Weapons reached the required 50 states "
        "parties for its entry into force, after Honduras ratified just one day after Jamaica and Nauru submitted their "
        "ratifications.")
_PARTIES = ("50 states parties", "51 states parties", "the required 50 States Parties", "50 state parties", "52 parties")
PARTIES = [TP_S] + [f"On October 24, 2020, the UN Treaty on the Prohibition of Nuclear Weapons reached {p}." for p in _PARTIES] + [
    f"The Treaty on the Prohibition of Nuclear Weapons has now reached {p}." for p in _PARTIES]
NOT_PARTIES = [f"On October 24, 2020, the UN Treaty on the Prohibition of Nuclear Weapons reached {p}."
               for p in ("50 states", "50 countries", "47 states parties", "50 signatories")] + [
    "So far, 84 countries have signed the Treaty on the Prohibition of Nuclear Weapons and 47 states parties have ratified it.",
    "The Treaty on the Prohibition of Nuclear Weapons needs 50 states parties to enter into force."]


def wrong_fires() -> dict[str, int]:
    return {
        "coordinated_read_done": sum(bool(fired(_si(s), "confirmation")) for s in COORDINATED),
        "done_missed": sum(not _yes(_si(s), "confirmation") for s in DONE),
        "voted_coordinated_missed": sum(not _yes(_bo(s), "confirmation") for s in VOTED),
        "yeas_met_missed": sum(not _yes(_pa(s), "confirmation") for s in YEAS_MET),
        "not_yeas_confirmed": sum(_yes(_pa(s), "confirmation") for s in NOT_YEAS_MET),
        "whole_short_missed": sum(not _no(_je(s), "magnitude_short") for s in YEAS_SHORT),
        "partial_short_read_no": sum(_no(_je(s), "magnitude_short") for s in NOT_WHOLE),
        "parties_missed": sum(not _yes(_tp(s), "threshold_crossed") for s in PARTIES),
        "not_parties_read": sum(_yes(_tp(s), "threshold_crossed") for s in NOT_PARTIES),
    }


def test_a_coordinated_infinitive_is_a_plan():
    assert [s for s in COORDINATED if fired(_si(s), "confirmation")] == []
    c = realnews_case("b135-saudi-iran-reopen-embassies-by-may10-2023-asof-mar12-multi-undet")
    v = run_case(c["market"]["question"], c["market"]["deadline"], c["market"]["criteria"],
                 [(e["url"], e["published"], e["title"], e["text"]) for e in c["evidence"]], c["as_of"])
    assert v.verdict == "undetermined"


def test_the_act_told_done_still_confirms():
    assert [s for s in DONE if not _yes(_si(s), "confirmation")] == []


def test_a_vote_decides_the_coordinated_act_too():
    assert [s for s in VOTED if not _yes(_bo(s), "confirmation")] == []


def test_the_infinitive_head_is_found_grammatically():
    from resolver.engine.coordinated_infinitives import infinitive_head
    from resolver.engine.text import make_sentence
    s = make_sentence("Iran and Saudi Arabia agreed to re-establish and restore their ties and reopen their embassies.", 0)
    words = [t.lower for t in s.tokens]
    assert infinitive_head(s, words.index("reopen")) == words.index("re-establish")
    assert infinitive_head(s, words.index("restore")) == words.index("re-establish")
    for text, verb in (("The Taliban return to power and reopen schools.", "reopen"),
                       ("Iran agreed to talks and reopen embassies.", "reopen"),
                       ("They agreed to restore ties that were cut and reopen embassies.", "reopen"),
                       ("Iran and Saudi Arabia reopen their embassies.", "reopen")):
        s = make_sentence(text, 0)
        assert infinitive_head(s, [t.lower for t in s.tokens].index(verb)) is None, text


def test_the_yeas_at_the_bar_confirm():
    assert [s for s in YEAS_MET if not _yes(_pa(s), "confirmation")] == []
    c = realnews_case("b135-unga-palestine-membership-140-votes-may2024-multi-yes")
    v = run_case(c["market"]["question"], c["market"]["deadline"], c["market"]["criteria"],
                 [(e["url"], e["published"], e["title"], e["text"]) for e in c["evidence"]], c["as_of"])
    assert v.verdict == "likely-yes"


def test_no_yeas_of_the_vote_confirm_nothing():
    assert [s for s in NOT_YEAS_MET if _yes(_pa(s), "confirmation")] == []


def test_a_whole_tally_short_of_the_bar_says_no():
    assert [s for s in YEAS_SHORT if not _no(_je(s), "magnitude_short")] == []
    c = realnews_case("b135-unga-jerusalem-resolution-130-votes-dec2017-multi-no")
    v = run_case(c["market"]["question"], c["market"]["deadline"], c["market"]["criteria"],
                 [(e["url"], e["published"], e["title"], e["text"]) for e in c["evidence"]], c["as_of"])
    assert v.verdict == "likely-no"


def test_a_partial_or_unrealised_count_says_no_no():
    assert [s for s in NOT_WHOLE if _no(_je(s), "magnitude_short")] == []


def test_a_treatys_parties_count_its_ratifications():
    assert [s for s in PARTIES if not _yes(_tp(s), "threshold_crossed")] == []


def test_states_or_signatories_alone_count_no_ratifications():
    assert [s for s in NOT_PARTIES if _yes(_tp(s), "threshold_crossed")] == []


def test_hostile_sentence_soup_stays_cheap():
    from resolver.engine import assembly_tallies
    words = ("agreed to re-establish and restore and reopen and exchange to resume or 143 votes in favour countries "
             "voted in favor of backed the resolution passed with a vote of 143-9 nine against states parties "
             "member states adopted by 128 votes to 9 Security Council needs would if").split()
    soup = word_soup(words)
    runs = (_si, _pa, _je, _tp)
    assert_each_within(runs, soup, 2.0)  # each run warmed first (cpu_budget)
    start = time.process_time()  # the reading's patterns on the whole 30 KB, past any sentence bound
    assembly_tallies.yeas("Will at least 140 countries vote in favour of the UN General Assembly resolution?", soup)
    assert_cpu_within(start, 2.0)
