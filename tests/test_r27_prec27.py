"""Readings of the twenty-seventh round's branch prec27 (wrong decisive verdicts of development batches 143, 144, 150):

- interposed adverb (unasserted.json 'interposed'): a fear or claim head with an adverb of time or manner before its
  'that' ('raising fears today that a tenuous truce … had already collapsed') still takes its clause back
  (b144-minsk-ceasefire-holds-through-sep14-2014-undet: on main likely-no from 'collapsed').
- manner limits (manner_limits.py, manners.json): a ruled-out cue that limits the act's manner ('will make it impossible
  to hold the polls properly') does not rule the act out (b150-new-caledonia-third-referendum-…-undet: on main likely-no).
- a year before the figure (told_periods.other_year_before): 'Average inflation in Hungary in 2022 rose to 14.5%' is
  2022's figure, not December 2023's (b150-hungary-dec2023-cpi-single-digit-…-undet: on main likely-no).
- conflicting figures (rules/figure_conflicts.py): figures of one sentence read as the market's own on both sides of
  the bar: for a market on the 12-month change, those told as that change ('60.9% in April 2015 from April 2014')
  settle it when they agree (else the first figure read, as on main)
  (b150-ukraine-apr2015-inflation-above-60pct-yes: on main likely-no from the month's '14% in April'; now likely-yes).
- verb_not_objects (frames.json entailments): 'concluded proceedings of the case' entails no announcement
  (b143-panama-papers-verdict-…-undet: on main likely-yes).
- announced ahead (announced_ahead.py): 'announced that verdict will be declared …' tells the act to come (same case).
- an ordinal before the act's own word ('summits Everest 29th time') that the question does not name is another
  instance (b143-kami-rita-30th-everest-summit-…-undet: on main likely-yes).
- partitive subject (endings.json continuations 'partitive'): 'some other elements of stage four will then remain in
  place until 26 October' carries a part of the state on, not the state (b143-melbourne-stage4-…-undet: likely-yes).
- first-to in the past (first_to.py): 'was trying to make history as the first non-English Club to win a major trophy'
  is no plan for the day the sentence names (b144-liverpool-carling-cup-2012-yes: on main likely-no; now undetermined).

`wrong_fires()` counts the variants read the wrong way (the report gives the count on main and on the branch)."""

from __future__ import annotations

from conftest import case_runner, decided, fired_no, fired_yes, run_case
from cpu_budget import assert_each_within, word_soup

MINSK = "b144-minsk-ceasefire-holds-through-sep14-2014-undet"
NEWCAL = "b150-new-caledonia-third-referendum-held-dec12-2021-asof-nov24-multi-undet"
HUNGARY = "b150-hungary-dec2023-cpi-single-digit-asof-feb2023-multi-undet"
UKRAINE = "b150-ukraine-apr2015-inflation-above-60pct-yes"
PANAMA = "b143-panama-papers-verdict-by-mar31-2017-asof-reserved-multi-undet"
KAMI = "b143-kami-rita-30th-everest-summit-by-may31-2024-asof-may13-undet"
MELB = "b143-melbourne-stage4-through-sep27-2020-asof-roadmap-multi-stays-undet"
LIVER = "b144-liverpool-carling-cup-2012-yes"

_minsk = case_runner(MINSK, "https://business-standard.com/x", "2014-09-07T00:00:00+05:30")
_newcal = case_runner(NEWCAL, "https://www.rfi.fr/x", "2021-11-12T00:00:00+01:00")
_hungary = case_runner(HUNGARY, "https://thefinancialtrends.com/x", "2023-02-11T00:00:00+01:00")
_ukraine = case_runner(UKRAINE, "https://en.interfax.com.ua/x", "2015-07-07T00:00:00+03:00")
_panama = case_runner(PANAMA, "https://en.neonetwork.pk/x", "2017-02-23T00:00:00+05:00")
_kami = case_runner(KAMI, "https://kathmandupost.com/x", "2024-05-13T00:00:00+05:45")
_melb = case_runner(MELB, "https://www.theguardian.com/x", "2020-09-06T00:00:00+10:00")
_liver = case_runner(LIVER, "https://www.businessinsider.com.au/x", "2012-02-27T00:00:00+11:00")

MINSK_S = ("Gunfire and heavy shelling rocked a key frontline city in eastern Ukraine overnight, raising fears today that "
           "a tenuous truce between government and rebel forces had already collapsed.")
NEWCAL_S = ("A third and final referendum offering the Pacific territory of New Caledonia independence from France will go "
            "ahead on 12 December, despite objections raised by Kanak secessionists who say the Covid crisis will make it "
            "impossible to hold the polls properly.")
HUNGARY_S = "Average inflation in Hungary in 2022 rose to 14.5% reaching a 25-year high."
HUNGARY_LEAD = ("According to a new data release Friday by the Central Statistics Office (KSH), in Hungary, inflation "
                "skyrocketed to 25.7% year over year in January. By comparison, in December it had been 24.5%.\n\n")
UKRAINE_S = ("Growth in consumer prices in Ukraine in June also slowed to 0.4% from 2.2% in May and 14% in April, inflation "
             "in June 2015 from June 2015 slid to 57.5% against 58.4% in May 2015 from May 2014, and 60.9% in April 2015 "
             "from April 2014.")
PANAMA_S1 = "The court concluded proceedings of the case and reserves verdict."
PANAMA_S2 = ("The apex court announced that verdict will be declared after investigating multiple aspects of the case as the "
             "court will not be issuing a short order in the case but will release a full judgment at an appropriate time.")
KAMI_HEAD = "Kami Rita summits Everest 29th time, eyes yet another climb this season"
MELB_S = "The curfew, travel limits and some other elements of stage four will then remain in place until 26 October."
LIVER_S = ("In today's Carling Cup Final, second-division club Cardiff City was trying to make history as the first "
           "non-English Club to win a major trophy in 85 years.")

# --- fears with an adverb before 'that' ---------------------------------------------------------------------------------
FEAR_HEADS = ["raising fears today that", "sparking fears again that", "raising fears now that", "fuelling fears "
              "yesterday that", "raising fears on Sunday that", "as officials feared today that", "prompting claims "
              "yesterday that"]
TRUCES = ["a tenuous truce between government and rebel forces", "the ceasefire", "the Minsk ceasefire"]
ENDED = ["had already collapsed", "had collapsed", "had broken down"]
MINSK_FEARED = [f"Heavy shelling rocked Mariupol overnight, {h} {t} {e}." for h in FEAR_HEADS for t in TRUCES for e in ENDED]
MINSK_TOLD = [f"Heavy shelling rocked Mariupol overnight, and officials said today that {t} {e}." for t in TRUCES
              for e in ("had collapsed",)]
MINSK_TOLD += ["The ceasefire collapsed today, raising fears that fighting would spread."]

# --- a cue that limits the manner -------------------------------------------------------------------------------------
CUES = ["the Covid crisis will make it impossible to hold", "they cannot hold", "officials said it was impossible to hold",
        "the authorities can't hold", "it would be impossible to hold"]
POLLS = ["the polls", "the referendum", "the vote", "the third referendum"]
MANNERS = ["properly", "fairly", "safely", "freely", "correctly"]
NEWCAL_MANNER = [f"Separatists say {c} {p} {m}." for c in CUES for p in POLLS for m in MANNERS]
NEWCAL_MANNER += [f"Separatists say {p} cannot be held {m}." for p in POLLS for m in MANNERS]
REFERENDA = ["the referendum", "the third referendum"]
NEWCAL_RULED = [f"Officials said it was impossible to hold {p} on December 12." for p in REFERENDA]
NEWCAL_RULED += [f"Officials said they cannot hold {p} in December." for p in REFERENDA]
NEWCAL_RULED += [f"Officials said it was impossible to hold {p}, properly speaking, this year." for p in REFERENDA]
NEWCAL_RULED += [f"Officials said they cannot hold {p} until it is safe." for p in REFERENDA]

# --- another year before the figure ------------------------------------------------------------------------------------
MEASURES = ["Average inflation in Hungary", "Inflation in Hungary", "Hungary's consumer price inflation", "Inflation"]
YEARS = ["in 2022", "for 2022", "during 2021", "in the year 2022"]
MOVES = ["rose to 14.5%", "climbed to 14.5%", "was 14.5%", "reached 14.5%", "averaged 14.5%"]
HUNGARY_OTHER_YEAR = [f"{m} {y} {v}." for m in MEASURES for y in YEARS for v in MOVES]
HUNGARY_OWN = ["Inflation in Hungary slowed to 5.5% in December 2023, the KSH said.",
               "Hungary's annual inflation in December 2023 eased to 5.5%, the KSH said.",
               "Inflation in Hungary in 2023 fell to 5.5% in December, the KSH said."]
_hungary_late = case_runner(HUNGARY, "https://thefinancialtrends.com/x", "2024-01-12T00:00:00+01:00",
                            as_of="2024-01-13T12:00:00+01:00")

# --- figures of one sentence on both sides of the bar ---------------------------------------------------------------
YEARLY_MARKS = ["in April 2015 from April 2014", "year on year", "from a year earlier", "compared with April 2014",
                "in annual terms", "y/y"]
MONTHLY = ["Growth in consumer prices in Ukraine was 14% in April", "Growth in consumer prices in Ukraine reached 14% in April",
           "Growth in consumer prices in Ukraine slowed to 0.4% in June from 14% in April"]
UKRAINE_YEARLY = [f"{m} and 60.9% {y}." for m in MONTHLY for y in YEARLY_MARKS if "April 2015" in y]
UKRAINE_YEARLY += [f"{m}, while growth in consumer prices was 60.9% in April {y}." for m in MONTHLY for y in YEARLY_MARKS[1:]]
# two figures, none told as the year's change: the first one read settles it, as on main
UKRAINE_BOTH = [f"{m} and 60.9% in April." for m in MONTHLY[:2]]
UKRAINE_SAME = [f"{m.replace('14%', '61.5%')} and 60.9% in April 2015 from April 2014." for m in MONTHLY]

# --- 'concluded proceedings': no announcement ---------------------------------------------------------------------------
CONCLUDERS = ["concluded", "finalised", "finalized"]
PROCEEDINGS = ["proceedings of the case", "the hearing", "its hearings", "arguments in the case", "the proceedings"]
PANAMA_CONCLUDED = [f"The court {v} {p} and reserved its verdict." for v in CONCLUDERS for p in PROCEEDINGS]
PANAMA_CONCLUDED += [f"The Supreme Court {v} {p} on Thursday." for v in CONCLUDERS for p in PROCEEDINGS]

# --- announced as to come ---------------------------------------------------------------------------------------------
ANNOUNCERS = ["The apex court announced that", "The court announced on Thursday that", "The bench announced today that",
              "The Supreme Court announced that"]
VERDICTS = ["verdict", "the verdict", "its verdict", "the verdict in the case"]
AHEAD = ["will be declared later", "will be announced at an appropriate time", "would be delivered next month",
         "is to be announced later", "is expected to be handed down next month", "will be pronounced after a review"]
PANAMA_AHEAD = [f"{a} {v} {w}." for a in ANNOUNCERS for v in VERDICTS for w in AHEAD]
PANAMA_DONE = ["The Supreme Court announced its verdict on Thursday.",
               "The court announced its verdict in the Panama Papers case on Thursday.",
               "The Supreme Court announced the verdict in open court on Thursday."]

# --- an ordinal before the act's own word ------------------------------------------------------------------------------
CLIMBERS = ["Kami Rita", "Kami Rita Sherpa", "Veteran guide Kami Rita"]
ORDINALS = ["29th", "28th", "27th"]
KAMI_OTHER = [f"{c} summits Everest {o} time" for c in CLIMBERS for o in ORDINALS]
KAMI_OTHER += [f"{c} summits Everest for {o} time" for c in CLIMBERS for o in ORDINALS]
KAMI_OTHER += [f"{c} climbs Mount Everest for the {o} time" for c in CLIMBERS for o in ORDINALS]

# --- a part of the state carried on -----------------------------------------------------------------------------------
PARTS = ["some other elements of stage four", "parts of stage four", "some elements of the stage four restrictions",
         "aspects of stage four", "the curfew and some other elements of stage four", "several features of stage four"]
STAYS = ["will then remain in place until 26 October", "will remain in place until October 26",
         "will stay in force until 26 October", "will continue until 26 October"]
MELB_PART = [f"{p[0].upper()}{p[1:]} {s}." for p in PARTS for s in STAYS]
MELB_WHOLE = [f"Stage four restrictions {s}." for s in STAYS] + [f"Melbourne's stage four lockdown {s}." for s in STAYS]

# --- 'the first … to' in a sentence told in the past -----------------------------------------------------------------
TRIERS = ["second-division club Cardiff City was trying to make history as", "Cardiff City were hoping to become",
          "Cardiff had hoped to go down as", "Cardiff City was bidding to become"]
FIRSTS = ["the first non-English Club to win a major trophy in 85 years", "the first Welsh club to win the trophy",
          "the only second-tier side to win the cup"]
LIVER_PAST = [f"In today's Carling Cup Final, {t} {x}." for t in TRIERS for x in FIRSTS]
LIVER_AHEAD = ["Cardiff City will try to become the first Welsh club to win the Carling Cup in Monday's final.",
               "Liverpool are set to win the Carling Cup in Monday's final."]


def test_verbatim_minsk_fear_not_an_end():
    v = _minsk(MINSK_S)
    assert not fired_no(v, "state_ended", "ruled_out")
    assert v.verdict != "likely-no"


def test_fear_variants():
    for s in MINSK_FEARED:
        assert not fired_no(_minsk(s), "state_ended", "ruled_out"), s


def test_told_ends_still_end():
    for s in MINSK_TOLD:
        assert fired_no(_minsk(s), "state_ended", "ruled_out"), s


def test_verbatim_newcal_manner_not_ruled_out():
    v = _newcal(NEWCAL_S)
    assert not fired_no(v, "ruled_out")
    assert v.verdict != "likely-no"


def test_manner_variants():
    for s in NEWCAL_MANNER:
        assert not fired_no(_newcal(s), "ruled_out"), s


def test_act_ruled_out_still():
    for s in NEWCAL_RULED:
        assert fired_no(_newcal(s), "ruled_out"), s


def test_verbatim_hungary_other_year():
    v = _hungary(HUNGARY_LEAD + HUNGARY_S)
    assert not fired_no(v, "threshold_crossed", "threshold_missed")
    assert v.verdict != "likely-no"


def test_other_year_variants():
    for s in HUNGARY_OTHER_YEAR:
        assert not fired_no(_hungary(HUNGARY_LEAD + s), "threshold_crossed", "threshold_missed"), s


def test_own_period_still_read():
    for s in HUNGARY_OWN:
        assert fired_yes(_hungary_late(s), "threshold_crossed", "threshold_missed"), s


def test_verbatim_ukraine_yearly_figure():
    v = _ukraine(UKRAINE_S)
    assert fired_yes(v, "threshold_crossed", "threshold_missed")
    assert not fired_no(v, "threshold_crossed", "threshold_missed")
    assert decided(v) == "likely-yes"


def test_yearly_variants():
    for s in UKRAINE_YEARLY:
        v = _ukraine(s)
        assert fired_yes(v, "threshold_crossed", "threshold_missed") and not fired_no(v, "threshold_crossed", "threshold_missed"), s


def test_unmarked_conflict_keeps_first_reading():
    for s in UKRAINE_BOTH:
        v = _ukraine(s)
        assert fired_no(v, "threshold_crossed", "threshold_missed") and not fired_yes(v, "threshold_crossed", "threshold_missed"), s


def test_figures_on_one_side_still_settle():
    for s in UKRAINE_SAME:
        assert fired_yes(_ukraine(s), "threshold_crossed", "threshold_missed"), s


def test_verbatim_panama_not_announced():
    for s in (PANAMA_S1, PANAMA_S2):
        v = _panama(s)
        assert not fired_yes(v, "confirmation"), s
        assert v.verdict != "likely-yes", s


def test_concluded_proceedings_variants():
    for s in PANAMA_CONCLUDED:
        assert not fired_yes(_panama(s), "confirmation"), s


def test_announced_ahead_variants():
    for s in PANAMA_AHEAD:
        assert not fired_yes(_panama(s), "confirmation"), s


def test_verdict_announced_still_confirms():
    for s in PANAMA_DONE:
        assert fired_yes(_panama(s), "confirmation"), s


def test_concluded_deal_still_entails_announcement():
    v = run_case("Will Pfizer announce a deal to acquire Seagen by March 31, 2023?", "2023-03-31T23:59:59+00:00",
                 "Resolves Yes if Pfizer announces a deal to acquire Seagen by March 31, 2023.",
                 [("https://x.com/a", "2023-03-13T12:00:00+00:00", "",
                   "Pfizer concluded a deal to acquire Seagen for $43 billion on Monday.")], "2023-03-14T12:00:00+00:00")
    assert decided(v) == "likely-yes"


def test_verbatim_kami_other_ordinal():
    v = _kami("World record holder Kami Rita Sherpa reached the top of Mt Everest for the 29th time on Sunday.",
              head=KAMI_HEAD)
    assert not fired_yes(v, "confirmation")
    assert v.verdict != "likely-yes"


def test_other_ordinal_variants():
    for s in KAMI_OTHER:
        assert not fired_yes(_kami("He reached the summit at 7:25 am.", head=s), "confirmation"), s


def test_verbatim_melbourne_part_of_state():
    v = _melb(MELB_S)
    assert not fired_yes(v, "state_continues")
    assert v.verdict != "likely-yes"


def test_part_variants():
    for s in MELB_PART:
        assert not fired_yes(_melb(s), "state_continues"), s


def test_whole_state_still_continues():
    for s in MELB_WHOLE:
        assert fired_yes(_melb(s), "state_continues"), s


def test_verbatim_liverpool_first_to_no_plan():
    v = _liver(LIVER_S)
    assert not fired_no(v, "scheduled_after_deadline")
    assert v.verdict != "likely-no"


def test_first_to_variants():
    for s in LIVER_PAST:
        assert not fired_no(_liver(s), "scheduled_after_deadline"), s


def wrong_fires() -> dict[str, int]:
    groups = {
        "fear_read_as_end": sum(fired_no(_minsk(s), "state_ended", "ruled_out") for s in MINSK_FEARED),
        "told_end_missed": sum(not fired_no(_minsk(s), "state_ended", "ruled_out") for s in MINSK_TOLD),
        "manner_ruled_out": sum(fired_no(_newcal(s), "ruled_out") for s in NEWCAL_MANNER),
        "ruled_out_missed": sum(not fired_no(_newcal(s), "ruled_out") for s in NEWCAL_RULED),
        "other_year_missed": sum(fired_no(_hungary(HUNGARY_LEAD + s), "threshold_crossed", "threshold_missed") for s in HUNGARY_OTHER_YEAR),
        "own_period_missed": sum(not fired_yes(_hungary_late(s), "threshold_crossed", "threshold_missed") for s in HUNGARY_OWN),
        "yearly_misread": sum(fired_no(v, "threshold_crossed", "threshold_missed") or not fired_yes(v, "threshold_crossed", "threshold_missed")
                              for v in map(_ukraine, UKRAINE_YEARLY)),
        "first_reading_lost": sum(not fired_no(v, "threshold_crossed", "threshold_missed")
                                  or fired_yes(v, "threshold_crossed", "threshold_missed") for v in map(_ukraine, UKRAINE_BOTH)),
        "one_side_missed": sum(not fired_yes(_ukraine(s), "threshold_crossed", "threshold_missed") for s in UKRAINE_SAME),
        "concluded_confirmed": sum(fired_yes(_panama(s), "confirmation") for s in PANAMA_CONCLUDED),
        "ahead_confirmed": sum(fired_yes(_panama(s), "confirmation") for s in PANAMA_AHEAD),
        "done_missed": sum(not fired_yes(_panama(s), "confirmation") for s in PANAMA_DONE),
        "other_ordinal_confirmed": sum(fired_yes(_kami("He reached the summit at 7:25 am.", head=s), "confirmation")
                                       for s in KAMI_OTHER),
        "part_carried": sum(fired_yes(_melb(s), "state_continues") for s in MELB_PART),
        "whole_missed": sum(not fired_yes(_melb(s), "state_continues") for s in MELB_WHOLE),
        "first_to_planned": sum(fired_no(_liver(s), "scheduled_after_deadline") for s in LIVER_PAST),
    }
    groups["of"] = (len(MINSK_FEARED) + len(MINSK_TOLD) + len(NEWCAL_MANNER) + len(NEWCAL_RULED) + len(HUNGARY_OTHER_YEAR)
                    + len(HUNGARY_OWN) + len(UKRAINE_YEARLY) + len(UKRAINE_BOTH) + len(UKRAINE_SAME)
                    + len(PANAMA_CONCLUDED) + len(PANAMA_AHEAD) + len(PANAMA_DONE) + len(KAMI_OTHER) + len(MELB_PART)
                    + len(MELB_WHOLE) + len(LIVER_PAST))
    return groups


def test_hostile_input_bounded():
    words = ("raising fears today that the truce had already collapsed impossible to hold the polls properly fairly "
             "Average inflation in 2022 rose to 14.5% 14% in April and 60.9% in April 2015 from April 2014 concluded "
             "proceedings announced that verdict will be declared 29th time some other elements of stage four will "
             "remain until 26 October was trying to make history as the first club to win , ; that").split()
    assert_each_within([_minsk, _newcal, _hungary, _ukraine, _panama, _kami, _melb, _liver], word_soup(words), 2.0)


if __name__ == "__main__":
    print(wrong_fires())
