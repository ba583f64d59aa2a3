"""Readings of the twenty-fourth round's development batch 127 (helper e127: a venue-like mix of 2006–2015
central banks, courts, sport and science). Each reading is stated on grammar and word lists:

- averted_acts.averted (lexicon.AVERTING_CUES 'spared'): 'Households were spared yet another interest rate
  increase yesterday' keeps the increase from happening (a repeat word and a compound's nouns may stand between
  the averting word and the act's noun); a negated averting ('were not spared') averts nothing.
- rules/not_yet._STILL: 'yet another', 'yet again' count one more time, not 'still not … yet'.
- actors: a title word after 'of' names the body ('International Court of Justice', not 'International Court
  of'), and a body's initials leave out its linking words ('ICJ').
- ruled_predicates.other_side: a market on a ruling 'against' a party is not met by a ruling 'in favor of' it.
- move_sizes.move_size: 'has cut its interest rate by 0.5%, to 4.75%' — the 'by' figure after a rate moved is
  the move's size, not the level the rate reached.
- actors._central_bank_aliases: 'Norway's central bank' for 'Norges Bank' (a bank the lexicon lists by name).
- hedges._SAID: 'cut its key interest rate … to a record low 1 percent on Thursday and said another cut may
  come' — the hedge is in what the bank said beside the act, not on the act.
- unit_names.spelled_out: 'hit 400 parts per million' for a question's '400 ppm'.
- market_places.initials_of: 'captured their 3rd straight NL East championship' names the market's 'National
  League East division title' by its initials, no other contest.

Sentences verbatim from the development corpus (the case named in a comment); the variants swap the names,
numbers, verbs and tenses, with must-not-fire near-misses. `wrong_fires()` counts the variants read the wrong
way; it runs on any engine (the report gives the count before the change and after)."""

from __future__ import annotations

import time

from conftest import case_runner, fired, realnews_case, run_case
from conftest import fired_yes as _yes
from cpu_budget import assert_cpu_within


_runner = case_runner  # conftest: the engine on a development case's market over one article


# --- an act one is spared ------------------------------------------------------------------------------------
# b127-sarb-hike-jan2008-meeting-no
_sa = _runner("b127-sarb-hike-jan2008-meeting-no", "https://www.sowetanlive.co.za/news/2008-02-01-x",
              "2008-02-01T00:00:00+02:00", "2008-02-01T12:00:00+02:00")
SA_S = ("Households were spared yet another interest rate increase yesterday, but the central bank remains committed "
        "to bringing inflation back under 6 percent, Reserve Bank governor Tito Mboweni said.")
_WHO = ("Households", "Borrowers", "South African homeowners", "Consumers")
_SPARED = ("were spared yet another interest rate increase", "were spared another rate increase",
           "were spared a further interest rate hike", "were spared an interest rate increase",
           "avoided yet another interest rate increase", "were spared a rate hike")
SPARED = [SA_S] + [f"{w} {s} yesterday, Reserve Bank governor Tito Mboweni said." for w in _WHO for s in _SPARED]
# near-misses: the averting negated, or no averting word at all (what these read is not the spared reading)
NOT_SPARED = [f"{w} {s} yesterday, Reserve Bank governor Tito Mboweni said." for w in _WHO for s in (
    "were not spared yet another interest rate increase", "did not avoid another rate increase",
    "faced yet another interest rate increase", "were spared nothing: another interest rate increase came")]
# a market whose own act is the averting ('avoid a shutdown'): its averting words rule nothing out
# b81-us-govt-stays-open-apr10-2011-multi-yes
_gs = _runner("b81-us-govt-stays-open-apr10-2011-multi-yes", "https://www.denverpost.com/2011/04/08/x",
              "2011-04-08T00:00:00-06:00", "2011-04-11T00:00:00+00:00")
OWN_AVERTING = [f"Congress reached a last-minute budget deal {v} {o} on Friday." for v in ("averting", "avoiding")
                for o in ("a partial government shutdown", "a government shutdown", "yet another government shutdown")]
# 'yet another' after a negation, in a report published after the deadline: no 'still not … yet'
YET_ANOTHER = [s for s in NOT_SPARED if "yet another" in s]


# --- a ruling body's name and initials; the side of its ruling -------------------------------------------------
# b127-icj-rules-against-japan-whaling-by-mar31-2014-yes
_icj = _runner("b127-icj-rules-against-japan-whaling-by-mar31-2014-yes", "https://asil.org/blogs/x",
               "2014-04-03T17:46:00-04:00", "2014-04-04T09:00:00+02:00")
ICJ_HEAD = "ICJ Rules in Case Concerning Whaling in the Antarctic (March 31, 2014)"
ICJ_BODY = ("According to the press release, the Court ruled that \u201cJapan\u2019s whaling programme in the Antarctic "
            "(JARPA II) is not in accordance with three provisions of the Schedule to the International Convention for "
            "the Regulation of Whaling.\u201d")
ICJ_HEADS = [ICJ_HEAD] + [f"{b} {v} (March 31, 2014)" for b in ("ICJ", "International Court of Justice")
                          for v in ("Rules in Case Concerning Whaling in the Antarctic", "Rules Against Japan's Whaling",
                                    "rules against Japan's Antarctic whaling program")]
# a ruling still to come, a ruling the other way
ICJ_NOT = [f"{b} {v} (March 31, 2014)" for b in ("ICJ", "International Court of Justice")
           for v in ("Rules in Favor of Japan in Whaling Case", "Rules in Favour of Japan's Whaling Program",
                     "to Rule on Japan's Whaling")]
BODY_NAMES = {"International Court of Justice": "icj", "European Court of Justice": "ecj",
              "International Court of Arbitration": "ica"}


# --- a rate move's size is not the rate's level -----------------------------------------------------------------
# b127-norges-below-4pct-by-dec31-2008-asof-oct30-multi-undet
_nb4 = _runner("b127-norges-below-4pct-by-dec31-2008-asof-oct30-multi-undet",
               "https://www.radionz.co.nz/news/business/x", "2008-10-30T09:06:00+13:00", "2008-10-30T12:00:00+01:00")
NB4_S = ("Norway's central bank has cut its interest rate by 0.5%, to 4.75%, in an attempt to stave off a severe "
         "economic downturn.")
_CUT = ("has cut", "cut", "lowered", "has reduced", "slashed", "trimmed")
_RATE = ("its interest rate", "its key policy rate", "rates", "its benchmark sight deposit rate")
_BY = ("by 0.5%, to 4.75%", "by 0.5%", "by 0.75%, to 4.5%", "by 0.5 percent, to 4.75 percent", "by a further 0.5%")
MOVE_SIZES = [NB4_S] + [f"Norway's central bank {c} {r} {b} on Wednesday." for c in _CUT for r in _RATE for b in _BY]
# the level still read: the rate's level after 'to' (crossing the bar), with or without its move's size
LEVELS = [f"Norway's central bank {c} {r} {b}." for c in _CUT[:3] for r in _RATE[:2]
          for b in ("to 3.75%", "by 1%, to 3.75%", "by a full percentage point to 3.75%")]


# --- a central bank named by its country; a hedge in what the bank said beside the act ---------------------------
# b127-norges-cut-to-1pct-by-jun30-2015-yes
_nb1 = _runner("b127-norges-cut-to-1pct-by-jun30-2015-yes", "http://in.reuters.com/article/x",
               "2015-06-18T00:00:00+02:00", "2015-06-19T09:00:00+02:00")
NB1_S = ("OSLO, June 18 Norway's central bank cut its key\ninterest rate by a quarter percent to a record low 1 percent on\n"
         "Thursday and said another cut may come in the autumn as the\neconomy slows after the oil price crash.")
_BANK = ("Norway's central bank", "Norges Bank", "The Norwegian central bank")
_LOWERED = ("cut its key interest rate by a quarter percent to a record low 1 percent",
            "lowered its key policy rate to 1 percent", "cut its main rate to a record low 1 percent")
_SAID_HEDGE = ("and said another cut may come in the autumn", "and said further cuts could follow",
               "and added that it might cut again in September", "and signalled it may cut again")
SAID_BESIDE = [NB1_S] + [f"{b} {c} on Thursday {h}." for b in _BANK for c in _LOWERED for h in _SAID_HEDGE]
# the hedge on the act itself, or another country's bank
HEDGED_ACT = [f"{b} {h} {c} on Thursday." for b in _BANK for c in ("cut its key interest rate to 1 percent",)
              for h in ("may", "could", "said it might")]
OTHER_BANK = [f"{b} cut its key interest rate to a record low 1 percent on Thursday." for b in (
    "Denmark's central bank", "Sweden's central bank", "The Danish central bank")]


# --- a unit spelled out -------------------------------------------------------------------------------------------
# b127-mauna-loa-co2-400ppm-by-may31-2013-multi-yes
_ml = _runner("b127-mauna-loa-co2-400ppm-by-may31-2013-multi-yes", "https://www.reefrelief.org/2013/05/x",
              "2013-05-11T00:00:00+00:00", "2013-05-12T09:00:00-10:00")
ML_S = ("AT NOON on May 4th the carbon-dioxide concentration in the atmosphere around the Mauna Loa Observatory in "
        "Hawaii hit 400 parts per million (ppm).")
_HIT = ("hit", "reached", "topped", "exceeded")
SPELLED = [ML_S] + [f"On May 9 the carbon dioxide concentration at NOAA's Mauna Loa Observatory {h} {n} parts per "
                    "million." for h in _HIT for n in ("400", "400.03", "401")]
# short of the bar, or another unit
NOT_SPELLED = [f"On May 9 the carbon dioxide concentration at NOAA's Mauna Loa Observatory {h} {n}." for h in _HIT
               for n in ("399 parts per million", "400 parts per billion", "1,800 parts per billion")]


# --- a prize named by its initials ---------------------------------------------------------------------------------
# b127-phillies-win-nl-east-2009-yes
_ph = _runner("b127-phillies-win-nl-east-2009-yes", "http://philliesnation.com/archives/2009/09/x",
              "2009-09-30T22:47:00-04:00", "2009-10-01T09:00:00-04:00")
PH_S = "Tonight the Phillies captured their 3rd straight NL East championship."
_WON = ("captured", "won", "clinched")
INITIALS = [PH_S] + [f"Tonight the Philadelphia Phillies {w} {x}." for w in _WON for x in (
    "their 3rd straight NL East championship", "the NL East title", "their third consecutive NL East crown")]
OTHER_DIVISION = [f"Tonight the Philadelphia Phillies {w} {x}." for w in _WON for x in (
    "the AL East title", "the NL Central title", "their third straight NL West title")]






def wrong_fires() -> dict[str, int]:
    from resolver.engine.actors import actor_aliases
    return {
        "spared_confirmed": sum(bool(fired(_sa(s), "confirmation")) or _sa(s).verdict != "likely-no" for s in SPARED),
        "unspared_ruled_out": sum(bool(fired(_sa(s), "ruled_out")) for s in NOT_SPARED),
        "own_averting_ruled_out": sum(bool(fired(_gs(s), "ruled_out")) for s in OWN_AVERTING),
        "unspared_told_undone": sum(bool(fired(_sa(s), "failed_attempt")) for s in YET_ANOTHER),
        "icj_head_missed": sum(not _yes(_icj(ICJ_BODY, h), "confirmation") for h in ICJ_HEADS),
        "icj_other_confirmed": sum(bool(fired(_icj(ICJ_BODY, h), "confirmation")) for h in ICJ_NOT),
        "body_initials_missed": sum(i not in actor_aliases(n) for n, i in BODY_NAMES.items()),
        "move_size_read_as_level": sum(bool(fired(_nb4(s), "threshold_crossed")) for s in MOVE_SIZES),
        "level_missed": sum(not _yes(_nb4(s), "threshold_crossed") for s in LEVELS),
        "said_beside_hedged": sum(_nb1(s).verdict != "likely-yes" for s in SAID_BESIDE),
        "hedged_act_decided": sum(_nb1(s).verdict == "likely-yes" for s in HEDGED_ACT),
        "other_bank_decided": sum(_nb1(s).verdict == "likely-yes" for s in OTHER_BANK),
        "spelled_unit_missed": sum(not _yes(_ml(s), "threshold_crossed") for s in SPELLED),
        "other_unit_crossed": sum(_yes(_ml(s), "threshold_crossed") for s in NOT_SPELLED),
        "initials_prize_missed": sum(not _yes(_ph(s), "confirmation") for s in INITIALS),
        "other_division_confirmed": sum(_yes(_ph(s), "confirmation") for s in OTHER_DIVISION),
    }


def test_an_act_spared_did_not_happen():
    assert [s for s in SPARED if fired(_sa(s), "confirmation")] == []
    assert [s for s in SPARED if _sa(s).verdict != "likely-no"] == []


def test_a_negated_or_absent_sparing_rules_nothing_out():
    assert [s for s in NOT_SPARED if fired(_sa(s), "ruled_out")] == []


def test_the_markets_own_averting_rules_nothing_out():
    assert [s for s in OWN_AVERTING if fired(_gs(s), "ruled_out")] == []


def test_yet_another_is_no_still_not_done():
    assert [s for s in YET_ANOTHER if fired(_sa(s), "failed_attempt")] == []


def test_the_verbatim_case_reads_no():
    c = realnews_case("b127-sarb-hike-jan2008-meeting-no")
    e = c["evidence"][0]
    v = run_case(c["market"]["question"], c["market"]["deadline"], c["market"]["criteria"],
                 [(e["url"], e["published"], e["title"], e["text"])], c["as_of"])
    assert v.verdict == "likely-no"


def test_a_body_named_with_a_title_word_and_its_initials():
    from resolver.engine.actors import actor_aliases, _actors
    assert "International Court of Justice" in _actors(realnews_case(
        "b127-icj-rules-against-japan-whaling-by-mar31-2014-yes")["market"]["question"])
    assert [n for n, i in BODY_NAMES.items() if i not in actor_aliases(n)] == []
    assert [h for h in ICJ_HEADS if not _yes(_icj(ICJ_BODY, h), "confirmation")] == []


def test_another_body_or_the_other_side_confirms_nothing():
    assert [h for h in ICJ_NOT if fired(_icj(ICJ_BODY, h), "confirmation")] == []


def test_a_move_size_is_no_level():
    assert [s for s in MOVE_SIZES if fired(_nb4(s), "threshold_crossed")] == []
    assert _nb4(NB4_S).verdict == "undetermined"


def test_the_level_after_to_still_reads():
    assert [s for s in LEVELS if not _yes(_nb4(s), "threshold_crossed")] == []


def test_a_hedge_in_what_the_bank_said_beside_the_act():
    assert [s for s in SAID_BESIDE if _nb1(s).verdict != "likely-yes"] == []


def test_a_hedge_on_the_act_or_another_bank_decides_nothing():
    assert [s for s in HEDGED_ACT + OTHER_BANK if _nb1(s).verdict == "likely-yes"] == []


def test_central_banks_by_their_country():
    from resolver.engine.actors import actor_aliases
    assert "norway's central bank" in actor_aliases("Norges Bank")
    assert "sweden's central bank" in actor_aliases("Riksbank")
    assert "denmark's central bank" not in actor_aliases("Norges Bank")


def test_a_unit_spelled_out():
    assert [s for s in SPELLED if not _yes(_ml(s), "threshold_crossed")] == []


def test_a_figure_short_or_in_another_unit_crosses_nothing():
    assert [s for s in NOT_SPELLED if _yes(_ml(s), "threshold_crossed")] == []


def test_a_prize_named_by_its_initials():
    assert [s for s in INITIALS if not _yes(_ph(s), "confirmation")] == []


def test_another_division_is_another_contest():
    assert [s for s in OTHER_DIVISION if _yes(_ph(s), "confirmation")] == []


def test_hostile_run_on_text_stays_bounded():
    words = ("households were spared yet another interest rate increase avoided a further hike ICJ rules in favor of "
             "Japan central bank cut its interest rate by 0.5%, to 4.75% and said another cut may come hit 400 parts "
             "per million NL East championship ").split()
    text = " ".join(words[k % len(words)] for k in range(5200))[:30000]
    _sa(SA_S)  # the engine loaded before the clock starts
    start = time.process_time()
    for run in (_sa, _nb4, _nb1, _ml, _ph):
        run(text)
    _icj(text, ICJ_HEAD)
    assert_cpu_within(start, 2.0)
