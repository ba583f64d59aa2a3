"""Readings of the twenty-seventh round's branch e144 (misses of development batch 144):

- confirmation_gates._other_subject: a gerund after 'after' is its main clause's subject's act; when that subject names
  someone other than the candidate ('Sporting Lisbon won their 17th Portuguese Cup yesterday after triumphing 5-4 on
  penalties', the candidate Porto named later) it confirms nothing for the candidate (b144-porto-…: on main a
  confirmation against the rival's win, conflicting).
- timex 'since January': a month after 'since' is a run's start, the last such month, never one ahead; and
  hedges._AIMING: a trailing ', hoping to …' hopes for what follows it, not the act told before the comma
  ('agreed Friday to extend talks …, hoping to secure a deal'; b144-iran-p5-…).
- threshold_figures._MOVE: a close told with its move as a sum and a share ('Shares finished the day down $4.20, or
  11%, to $34.03') is the close (b144-facebook-…).
- move_sizes.same_way: for a question whose bar is a move's size ('devalue the yuan by more than 1.5% in a single
  day'), a percent after 'by' whose verb moves the same way ('cut its daily reference rate by 1.9 percent') is the size
  the bar reads; and aside_dates.since_event: a date in a 'since' clause after a superlative ('the biggest one-day drop
  since China ended a dual-currency system in January 1994') dates that baseline, not the figure (b144-pboc-…).
- main_verb.subject_verb: 'the UAW strike at Mack Trucks end by October 31' makes 'end' the act (a name opening the
  subject, a dated verb after its phrase); participial_clauses: a result participle after 'says it has reached …,
  suspending a … strike' (a present saying verb before a perfect); narrowed: 'a nearly two-week strike' is near a
  length, not near the strike; preliminary_instruments: criteria waiving a final contract ('Ratification of a final
  contract is not required') ask no definitive agreement; places.of_market: 'strike at Mack Trucks' names an employer,
  not a place (b144-mack-trucks-…).
- missed_bars: for a one-occasion share market, 'has failed to clear the 3 percent threshold' (the market's own bar,
  the subject named) is the figure on the bar's no side (b144-golden-dawn-…).

`wrong_fires()` counts the generated variants read the wrong way (run on main and on the branch for the report)."""

from __future__ import annotations

from conftest import case_runner, decided, fired_no, fired_yes
from cpu_budget import assert_each_within, word_soup

PORTO = "b144-porto-taca-de-portugal-2019-no"
IRAN = "b144-iran-p5-talks-extended-beyond-jul20-2014-yes"
FB = "b144-facebook-close-below-38-by-may31-2012-yes"
PBOC = "b144-pboc-yuan-fixing-cut-over-1p5pct-aug2015-yes"
MACK = "b144-mack-trucks-uaw-strike-ends-by-oct31-2019-yes"
GD = "b144-golden-dawn-3pct-greece-jul2019-no"

_porto = case_runner(PORTO, "http://malaymail.com/x", "2019-05-26T00:00:00+08:00")
_iran = case_runner(IRAN, "http://washingtonpost.com/x", "2014-07-18T00:00:00-04:00")
_fb = case_runner(FB, "http://usatoday.com/x", "2012-05-21T00:00:00-04:00")
_pboc = case_runner(PBOC, "http://treasuryandrisk.com/x", "2015-08-11T00:00:00-04:00")
PBOC_HEAD = "China rattles markets with yuan devaluation"
PBOC_LEAD = "China devalued the yuan by the most in two decades, a move that rippled through global markets."


def _pb(s: str):
    """The PBOC market over the sentence after the article's lead (which names China, the market's subject)."""
    return _pboc(PBOC_LEAD + "\n\n" + s, head=PBOC_HEAD)


_mack = case_runner(MACK, "http://abc27.com/x", "2019-10-25T00:00:00-04:00")
_gd = case_runner(GD, "http://urdupoint.com/x", "2019-07-07T00:00:00+05:00")

PORTO_S = ("LISBON, May 26 — Sporting Lisbon won their 17th Portuguese Cup yesterday after triumphing 5-4 on penalties in "
           "a thrilling final taken to spot-kicks thanks to a 121st-minute Porto equaliser that saw the two sides draw 2-2.")
IRAN_S = ("Negotiators from Iran and six world powers agreed Friday to extend talks over the country's contested nuclear "
          "activities through late November, hoping to secure a deal that would prevent an Iranian nuclear weapon and "
          "ease economic sanctions that have hobbled the oil-rich Islamic republic.")
IRAN_S2 = ("\u201cThere are still significant gaps on some core issues which will require more time and effort,\u201d "
           "European Union foreign policy chief Catherine Ashton and Iranian Foreign Minister Mohammad Javad Zarif said "
           "in a joint statement issued in Vienna, where talks have continued on and off since January.")
FB_S = "Shares finished the day down $4.20, or 11%, to $34.03."
FB_LEAD = ("Facebook lost a little more face Monday, as its stock fell below its IPO price and forced traders to start "
           "focusing on problems not possibilities.")
PBOC_S = ("The central bank cut its daily reference rate by 1.9 percent,triggering the yuan's biggest one-day drop since "
          "China ended adual-currency system in January 1994.")
MACK_S = ("MACUNGIE, Pa. (WHTM) \u2013 The United Automobile Workers union says it has reached a tentative agreement with "
          "Mack Truck, suspending a nearly two-week strike at plants in Pennsylvania and two other states.")
GD_S = ("ATHENS (UrduPoint News / Sputnik - 07th July, 2019) The first official returns of this Sunday's vote for Greek "
        "parliament show that the far-right Golden Dawn party has failed to clear the 3 percent threshold, according to "
        "the ERT news channel.")

# --- the doer of a gerund after 'after' ------------------------------------------------------------------------------
RIVALS = ["Sporting Lisbon", "Sporting", "Benfica", "Braga"]
LIFTS = ["lifted the trophy", "celebrated", "completed a cup double", "made history"]
GERUNDS = ["winning the Taça de Portugal final", "clinching the Taça de Portugal final", "taking the Taça de Portugal final",
           "triumphing 5-4 on penalties in the final"]
PORTO_RIVAL = [f"{r} {w} on Saturday after {g} against Porto." for r in RIVALS for w in LIFTS[:2] for g in GERUNDS]
PORTO_RIVAL += [f"{r} {w} yesterday after {g}, with Porto equalising late." for r in RIVALS[:2] for w in LIFTS
                for g in GERUNDS[:2]]
# the candidate's own: still confirmed
PORTO_OWN = [f"{p} {w} on Saturday after {g} against Sporting." for p in ("Porto", "FC Porto") for w in LIFTS[:2]
             for g in (GERUNDS[0], GERUNDS[1], GERUNDS[3])]

# --- 'since <month>' and a trailing 'hoping to' --------------------------------------------------------------------
AGREERS = ["Negotiators from Iran and six world powers", "Iran and the P5+1", "Iran and world powers"]
HOPES = ["hoping to secure a deal", "hoping to reach a final accord", "expecting to close the gaps",
         "hoping that a deal can be reached"]
IRAN_HOPING = [f"{a} agreed Friday to extend nuclear talks through late November, {h}." for a in AGREERS for h in HOPES]
MONTHS = ["January", "February", "March", "April", "May", "June"]
IRAN_SINCE = [f"Officials said in Vienna, where nuclear talks have continued on and off since {m}, that gaps remain."
              for m in MONTHS]
IRAN_SINCE += [f"Nuclear talks, which have run since {m}, will resume in Vienna." for m in MONTHS]
# near-misses: the hope on the act itself, or a hedge in the act's own clause
IRAN_HOPE_NEAR = [f"{a} hope to agree Friday to extend nuclear talks through late November." for a in AGREERS]
IRAN_HOPE_NEAR += [f"{a} could agree Friday to extend nuclear talks, hoping to secure a deal." for a in AGREERS]

# --- a close told with a sum and a share --------------------------------------------------------------------------
CLOSE_VERBS = ["finished the day", "closed", "ended the day", "ended the session", "finished"]
MOVES = ["down $4.20, or 11%,", "down 11%, or $4.20,", "down 11.05%", "lower by $4.20, or 11%,", "down 11 percent"]
FB_CLOSE = [f"Facebook shares {v} {mv} to $34.03." for v in CLOSE_VERBS for mv in MOVES]
FB_CLOSE += [f"Facebook shares {v} {mv} at $34.03." for v in CLOSE_VERBS[:3] for mv in MOVES[:2]]
# near-misses: a level during the day, or a close above the bar
FB_NEAR = [f"Facebook shares fell {mv} to $34.03 in early trading before recovering." for mv in MOVES[:3]]
# (a bare sum before 'to', 'down $4.20 to $34.03', reads as a range '$4.20 to $34.03' on main and on the branch)
FB_NEAR += [f"Facebook shares {v} {mv} to $38.23." for v in CLOSE_VERBS[:3] for mv in MOVES[:2]]

# --- a move's size for a bar set as a size --------------------------------------------------------------------------
BANKS = ["The central bank", "The People's Bank of China", "China's central bank"]
CUTS = ["cut its daily reference rate by", "lowered the yuan's central parity rate by", "devalued the yuan by",
        "weakened the yuan's fixing by", "reduced the daily fixing by"]
SIZES = ["1.9 percent", "1.86%", "2 per cent"]
PBOC_SIZE = [f"{b} {c} {s} on Tuesday." for b in BANKS for c in CUTS for s in SIZES]
PBOC_SIZE += [f"{b} {c} {s}, triggering the yuan's biggest one-day drop since China ended a dual-currency system in "
              f"January 1994." for b in BANKS[:1] for c in CUTS[:2] for s in SIZES[:2]]
# near-misses: a move the other way, or a smaller move
PBOC_NEAR = [f"{b} raised its daily reference rate by {s} on Tuesday." for b in BANKS for s in SIZES]
PBOC_NEAR += [f"{b} {c} 1.2 percent on Tuesday." for b in BANKS for c in CUTS]

# --- 'the strike at <employer> end', a result participle after 'says it has …' --------------------------------------
SAYERS = ["The United Automobile Workers union says", "The UAW says", "The union confirms"]
DEALS = ["it has reached a tentative agreement with Mack Trucks", "it has struck a tentative deal with Mack Trucks",
         "it has reached a deal with Mack Trucks"]
ENDINGS = ["suspending a nearly two-week strike", "ending a nearly two-week strike", "ending the strike",
           "suspending its strike at plants in three states", "ending an almost 12-day strike"]
MACK_DONE = [f"{s} {d}, {e}." for s in SAYERS for d in DEALS for e in ENDINGS]
# near-misses: a saying verb before a plan, or a deal still to come
MACK_NEAR = [f"{s} it will reach a tentative agreement with Mack Trucks, ending a nearly two-week strike." for s in SAYERS]
MACK_NEAR += [f"{s} it hopes to reach a deal with Mack Trucks, ending the strike." for s in SAYERS]
MACK_NEAR += [f"{s} the strike is nearly over." for s in SAYERS]

# --- a bar told missed ---------------------------------------------------------------------------------------------
PARTIES = ["Golden Dawn", "the far-right Golden Dawn party", "Golden Dawn party"]
MISSES = ["has failed to clear the 3 percent threshold", "failed to clear the 3% threshold", "fell short of the 3 percent threshold",
          "failed to pass the 3 percent threshold", "missed the 3% threshold", "did not clear the 3 percent hurdle",
          "failed to reach the 3 per cent mark"]
GD_MISSED = [f"Official results show that {p} {m} in Sunday's election." for p in PARTIES for m in MISSES]
# near-misses: another party, another bar, a forecast or a condition
GD_NEAR = [f"Official results show that MeRA25 {m} in Sunday's election." for m in MISSES[:4]]
GD_NEAR += [f"Official results show that Golden Dawn {m.replace('3', '5')} in Sunday's election." for m in MISSES[:4]]
GD_NEAR += [f"Polls suggest Golden Dawn could fail to clear the 3 percent threshold in Sunday's election.",
            "Golden Dawn may fail to clear the 3 percent threshold, analysts said.",
            "If Golden Dawn failed to clear the 3 percent threshold, it would lose its seats.",
            "Golden Dawn is expected to fall short of the 3 percent threshold."]


def test_verbatim_porto_rival_gerund():
    v = _porto(PORTO_S)
    assert not fired_yes(v, "confirmation")
    assert decided(v) == "likely-no"


def test_verbatim_iran():
    v = _iran(IRAN_S)
    assert fired_yes(v, "confirmation") and not any(c.rule == "hedged" for c in v.contributions if c.weight)
    assert not fired_no(_iran(IRAN_S2), "scheduled_after_deadline")
    assert decided(_iran(IRAN_S + " " + IRAN_S2)) == "likely-yes"


def test_verbatim_facebook_close():
    v = _fb(FB_LEAD + "\n\n" + FB_S, head="Facebook shares tumble below IPO price")
    assert fired_yes(v, "threshold_crossed")
    assert decided(v) == "likely-yes"


def test_verbatim_pboc_size():
    v = _pboc(PBOC_S)
    assert fired_yes(v, "threshold_crossed")
    assert decided(v) == "likely-yes"


def test_verbatim_mack_strike_suspended():
    assert decided(_mack(MACK_S)) == "likely-yes"


def test_verbatim_golden_dawn_missed():
    v = _gd(GD_S)
    assert fired_no(v, "threshold_missed")
    assert decided(v) == "likely-no"


def test_rival_gerund_variants():
    for s in PORTO_RIVAL:
        assert not fired_yes(_porto(s), "confirmation"), s


def test_own_gerund_still_confirms():
    for s in PORTO_OWN:
        assert fired_yes(_porto(s), "confirmation"), s


def test_hoping_variants():
    for s in IRAN_HOPING:
        assert decided(_iran(s)) == "likely-yes", s


def test_since_month_variants():
    for s in IRAN_SINCE:
        assert not fired_no(_iran(s), "scheduled_after_deadline"), s


def test_hope_near_misses():
    for s in IRAN_HOPE_NEAR:
        assert decided(_iran(s)) != "likely-yes", s


def test_close_move_variants():
    for s in FB_CLOSE:
        assert fired_yes(_fb(s), "threshold_crossed"), s


def test_close_near_misses():
    for s in FB_NEAR:
        assert not fired_yes(_fb(s), "threshold_crossed"), s


def test_size_variants():
    for s in PBOC_SIZE:
        assert fired_yes(_pb(s), "threshold_crossed"), s


def test_size_near_misses():
    for s in PBOC_NEAR:
        assert not fired_yes(_pb(s), "threshold_crossed"), s


def test_strike_ended_variants():
    for s in MACK_DONE:
        assert decided(_mack(s)) == "likely-yes", s


def test_strike_near_misses():
    for s in MACK_NEAR:
        assert decided(_mack(s)) != "likely-yes", s


def test_missed_bar_variants():
    for s in GD_MISSED:
        assert fired_no(_gd(s), "threshold_missed"), s


def test_missed_bar_near_misses():
    for s in GD_NEAR:
        assert not fired_no(_gd(s), "threshold_missed"), s


def test_derived_targets():
    from conftest import realnews_case
    from resolver.engine.derive import derive_target
    from resolver.engine.places import of_market
    from conftest import news_market
    m = realnews_case(MACK)["market"]
    t = derive_target(news_market(m["question"], m["deadline"], m["criteria"]))
    assert t.act == "end" and t.object == "strike"
    assert of_market(m["question"]) is None
    assert of_market("Will the strike in Pennsylvania end by October 31?") == "Pennsylvania"
    from resolver.engine.preliminary_instruments import asks_definitive
    assert not asks_definitive("Will the strike end?", "Ratification of a final contract is not required.")
    assert asks_definitive("Will they sign a definitive agreement?", "")
    assert asks_definitive("Will the strike end?", "A final contract must be ratified.")


def wrong_fires() -> dict[str, int]:
    return {
        "rival_gerund_confirmed": sum(fired_yes(_porto(s), "confirmation") for s in PORTO_RIVAL),
        "own_gerund_not_confirmed": sum(not fired_yes(_porto(s), "confirmation") for s in PORTO_OWN),
        "hoping_not_yes": sum(decided(_iran(s)) != "likely-yes" for s in IRAN_HOPING),
        "since_after_deadline": sum(fired_no(_iran(s), "scheduled_after_deadline") for s in IRAN_SINCE),
        "hope_near_yes": sum(decided(_iran(s)) == "likely-yes" for s in IRAN_HOPE_NEAR),
        "close_not_read": sum(not fired_yes(_fb(s), "threshold_crossed") for s in FB_CLOSE),
        "close_near_read": sum(fired_yes(_fb(s), "threshold_crossed") for s in FB_NEAR),
        "size_not_read": sum(not fired_yes(_pb(s), "threshold_crossed") for s in PBOC_SIZE),
        "size_near_read": sum(fired_yes(_pb(s), "threshold_crossed") for s in PBOC_NEAR),
        "strike_not_yes": sum(decided(_mack(s)) != "likely-yes" for s in MACK_DONE),
        "strike_near_yes": sum(decided(_mack(s)) == "likely-yes" for s in MACK_NEAR),
        "missed_not_read": sum(not fired_no(_gd(s), "threshold_missed") for s in GD_MISSED),
        "missed_near_read": sum(fired_no(_gd(s), "threshold_missed") for s in GD_NEAR),
        "of": len(PORTO_RIVAL) + len(PORTO_OWN) + len(IRAN_HOPING) + len(IRAN_SINCE) + len(IRAN_HOPE_NEAR) + len(FB_CLOSE)
              + len(FB_NEAR) + len(PBOC_SIZE) + len(PBOC_NEAR) + len(MACK_DONE) + len(MACK_NEAR) + len(GD_MISSED)
              + len(GD_NEAR),
    }


def test_hostile_input_bounded():
    words = ("won after triumphing Porto Sporting agreed , hoping to since January finished the day down $4.20 or 11% "
             "to $34.03 cut its daily reference rate by 1.9 percent biggest drop since China ended in January 1994 says "
             "it has reached suspending a nearly two-week strike failed to clear the 3 percent threshold Golden Dawn "
             "fell short of").split()
    assert_each_within([_porto, _iran, _fb, _pboc, _mack, _gd], word_soup(words), 2.0)


if __name__ == "__main__":
    print(wrong_fires())
