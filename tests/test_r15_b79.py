"""Undetermined cases of batch 79 (fifteenth round, r15-b79), each read by a general reading: an
office named in full is the market's abbreviated office ('resigned as chief executive' for 'remain
CEO'); a fall told by its verb before a share ('fall 7% or more') is a change bar below zero;
'finish a trading day above N' is a closing-level market, and a close dated 'last week' lies on that
week's weekdays (engine/session_ends.py); a level told 'on nine occasions' is an undated tally; a
passive question's subject and receiver are no doers ('be handed to the Dutch Safety Board'); motion
verbs into orbit enter it; a split told after 'voted' is a vote's tally; a share with as much counted
as the criteria settle on is the one they read; a runoff told avoided is not held
(engine/needless_runoffs.py); a gerund bracket after a complement glosses it (no complement terms).
Sentences verbatim from the development corpus; each names its case."""

from resolver.engine import complement, session_ends
from resolver.engine.derive import derive_target
from resolver.engine.rules import threshold_figures
from resolver.engine.vote_counts import tallies_in_favour
from resolver.engine.figure_words import occasions_tally
from tests.conftest import decided, fired, news_market as market, run_case


def _one(question, deadline, criteria, published, title, text, as_of):
    return run_case(question, deadline, criteria, [("https://news.example.org/a", published, title, text)], as_of)


# -- b79-wagoner-remains-gm-ceo-through-apr30-2009-multi-no --------------------------------------------
WAGONER = dict(question="Will Rick Wagoner remain CEO of General Motors through April 30, 2009?",
               deadline="2009-04-30T23:59:59-04:00", criteria="", as_of="2009-03-31T00:00:00+00:00")


def _wagoner(title, text=""):
    w = WAGONER
    return _one(w["question"], w["deadline"], w["criteria"], "2009-03-30T00:00:00+05:30", title, text, w["as_of"])


def test_stepping_down_as_the_abbreviated_office_ends_it():
    v = _wagoner("Rick Wagoner steps down as GM CEO")
    assert fired(v, "state_ended") and decided(v) == "likely-no"
    v = _wagoner("", "General Motors' Rick Wagoner today said he has stepped aside as the Chief Executive Officer of the "
                     "company after US White House officials asked him to leave the ailing auto maker.")
    assert fired(v, "state_ended")


def test_another_office_still_is_another_office():
    assert not fired(_wagoner("Rick Wagoner resigned as chairman of General Motors."), "state_ended")


def test_the_whole_case_is_no():
    v = run_case(WAGONER["question"], WAGONER["deadline"], "", [
        ("https://abcnews.go.com/a", "2009-03-29T15:44:00-04:00", "Asked by White House to Quit, GM Chief Is Stepping Down",
         "March 29, 2009— -- The chief executive officer of General Motors has resigned following a request from the "
         "Obama administration, a White House official told ABC News."),
        ("https://business-standard.com/a", "2009-03-30T00:00:00+05:30", "Rick Wagoner steps down as GM CEO",
         "General Motors' Rick Wagoner today said he has stepped aside as the Chief Executive Officer of the company "
         "after US White House officials asked him to leave the ailing auto maker."),
    ], WAGONER["as_of"])
    assert v.verdict == "likely-no"


# -- b79-shanghai-7pct-drop-first-week-2016-multi-yes ---------------------------------------------------
SHANGHAI_Q = ("Will the Shanghai Composite Index fall 7% or more in a single trading session between January 4 and "
              "January 8, 2016?")


def test_a_fall_verb_before_a_share_is_a_bar_below_zero():
    t = derive_target(market(SHANGHAI_Q, "2016-01-08T15:00:00+08:00"))
    assert (t.kind, t.threshold, t.threshold_direction, t.threshold_unit) == ("threshold", -7.0, "below", "percent")


def test_a_fall_below_a_price_is_still_a_level():
    t = derive_target(market("Will Bitcoin fall below $50,000 by January 8, 2016?", "2016-01-08T15:00:00+08:00"))
    assert (t.threshold, t.threshold_direction) == (50000.0, "below")


def test_an_index_slumped_past_the_fall_crosses_it():
    v = _one(SHANGHAI_Q, "2016-01-08T15:00:00+08:00", "", "2016-01-07T08:20:00+05:30", "",
             "By 9:58 am, when the market halted trading, figures showed the benchmark Shanghai Composite Index had "
             "slumped 7.32 per cent, or 245.95 points, to 3,115.89.", "2016-01-07T12:00:00+00:00")
    assert fired(v, "threshold_crossed") and v.verdict == "likely-yes"


def test_a_fall_short_of_the_bar_does_not_cross_it():
    v = _one(SHANGHAI_Q, "2016-01-08T15:00:00+08:00", "", "2016-01-07T08:20:00+05:30", "",
             "The Shanghai Composite Index slumped 6.85 percent on Thursday.", "2016-01-07T12:00:00+00:00")
    assert not fired(v, "threshold_crossed")


# -- b79-dow-closes-above-14000-by-feb1-2013-multi-yes --------------------------------------------------
DOW_Q = "Will the Dow Jones Industrial Average finish a trading day above 14,000 by February 1, 2013?"
DOW_C = ('This market will resolve to "Yes" if the Dow Jones Industrial Average records an official daily close above '
         '14,000.00 on any trading day from January 2, 2013 through February 1, 2013. Intraday moves above 14,000 do not '
         'count. Otherwise, this market will resolve to "No".')


def test_finishing_a_trading_day_above_is_a_closing_level_market():
    assert session_ends.session_end(DOW_Q) and threshold_figures.closing_market(DOW_Q)
    t = derive_target(market(DOW_Q, "2013-02-01T16:00:00-05:00", DOW_C))
    assert (t.kind, t.threshold, t.occasion) == ("threshold", 14000.0, "path")
    assert not session_ends.session_end("Will Arsenal finish above 70 points this season?")
    assert not session_ends.session_end("Will Bitcoin end the year above $100,000?")


def test_a_close_last_week_lies_on_its_weekdays():
    v = _one(DOW_Q, "2013-02-01T16:00:00-05:00", DOW_C, "2013-02-05T00:00:00-06:00", "",
             "The Dow Jones Industrial Average closed above 14,000 last week for the first time since 2007.",
             "2013-02-06T00:00:00+00:00")
    assert fired(v, "threshold_crossed") and v.verdict == "likely-yes"


def test_an_intraday_crossing_is_not_a_close():
    v = _one(DOW_Q, "2013-02-01T16:00:00-05:00", DOW_C, "2013-02-01T00:00:00-05:00", "",
             "Following a better-than-expected U.S. jobs report, the Dow Jones Industrial Average crossed the 14,000 "
             "threshold for the first time since October of 2007.", "2013-02-06T00:00:00+00:00")
    assert not fired(v, "threshold_crossed")


def test_a_level_reached_on_nine_occasions_is_an_undated_tally():
    text = "Of those 15 days, reports the AP, it’s only managed to finish the day above 14K on nine occasions."
    assert occasions_tally(text, text.index("14K") + 3) == "on nine occasions"
    assert occasions_tally("closed above 14,000 on Friday.", len("closed above 14,000")) is None
    v = _one(DOW_Q, "2013-02-01T16:00:00-05:00", DOW_C, "2013-02-01T00:00:00-05:00", "", text, "2013-02-06T00:00:00+00:00")
    assert not fired(v, "threshold_crossed")


# -- b79-mh17-recorders-to-dutch-board-by-jul24-2014-multi-yes ------------------------------------------
MH17_Q = "Will MH17's flight recorders be handed to the Dutch Safety Board by July 24, 2014?"


def test_the_receiver_of_a_passive_act_is_no_doer():
    v = _one(MH17_Q, "2014-07-24T23:59:59+02:00", "", "2014-07-22T00:00:00+02:00", "",
             "The flight data recorder and cockpit voice recorder of MH17 - the 'black boxes' - have been handed over by "
             "Malaysian experts to the Dutch Safety Board (OVV), which is leading the international investigation.",
             "2014-07-23T12:00:00+00:00")
    assert fired(v, "confirmation") and v.verdict == "likely-yes"


def test_handing_to_another_receiver_is_not_the_act():
    v = _one(MH17_Q, "2014-07-24T23:59:59+02:00", "", "2014-07-22T00:00:00+02:00", "",
             "A senior separatist leader, Aleksander Borodai, handed over the MH17 flight recorders to Malaysian experts "
             "in the city of Donetsk in the early hours of Tuesday.", "2014-07-23T12:00:00+00:00")
    assert not fired(v, "confirmation")


# -- b79-dawn-vesta-orbit-by-jul31-2011-yes -------------------------------------------------------------
DAWN_Q = "Will NASA's Dawn spacecraft enter orbit around the asteroid Vesta by July 31, 2011?"


def test_drifting_into_orbit_enters_it():
    v = _one(DAWN_Q, "2011-07-31T23:59:59-07:00", "", "2011-07-18T00:00:00-04:00", "",
             "NASA’s robotic Dawn spacecraft drifted into orbit around Vesta on Saturday, starting a yearlong science "
             "campaign to map one of the solar system’s largest unexplored worlds.", "2011-07-19T00:00:00+00:00")
    assert fired(v, "confirmation") and v.verdict == "likely-yes"


def test_launched_into_orbit_is_not_entering_it():
    v = _one(DAWN_Q, "2011-07-31T23:59:59-07:00", "", "2011-07-18T00:00:00-04:00", "",
             "Dawn was launched into orbit around the sun from Earth in September 2007.", "2011-07-19T00:00:00+00:00")
    assert not fired(v, "confirmation")


# -- b79-alito-60-votes-2006-no -------------------------------------------------------------------------
ALITO_Q = "Will Samuel Alito be confirmed to the Supreme Court with at least 60 Senate votes?"


def test_a_split_after_voted_is_the_tally():
    assert tallies_in_favour("The Senate voted 58-42 to elevate Alito") == [(17, 58.0, "voted 58-42")]
    assert tallies_in_favour("The Senate voted 42-58 against the bill") == []
    v = _one(ALITO_Q, "2006-02-28T23:59:59-05:00", "", "2006-01-31T00:00:00-05:00", "",
             "The Senate voted 58-42 to elevate Alito from a Philadelphia- based appeals court, where he has served "
             "since 1990, to be the nation’s 110th Supreme Court justice.", "2006-02-01T12:00:00+00:00")
    assert v.verdict == "likely-no" and fired(v, "magnitude_short")


# -- b79-putin-64pct-2012-multi-no ----------------------------------------------------------------------
PUTIN_Q = "Will Vladimir Putin win 64% or more of the vote in Russia's 2012 presidential election?"
PUTIN_C = ('This market will resolve to "Yes" if Vladimir Putin receives 64.00% or more of the vote in the March 4, 2012 '
           "Russian presidential election, according to the Central Election Commission's results with at least 99% of "
           'ballots counted. Otherwise, this market will resolve to "No".')
PUTIN_TEXT = ("CEC Chairman Vladimir Churov announced the preliminary result of the election after 99.30 percent of the "
              "ballots were counted early on Monday.\n\"According to preliminary results, Vladimir Putin was elected "
              "president of the Russian Federation with 63.75 percent of the vote,\" Churov said.")


def test_a_share_counted_as_far_as_the_criteria_settle_is_final():
    v = _one(PUTIN_Q, "2012-03-15T23:59:59+04:00", PUTIN_C, "2012-03-05T00:00:00+08:00", "", PUTIN_TEXT,
             "2012-03-06T00:00:00+00:00")
    assert v.verdict == "likely-no" and fired(v, "threshold_missed")


def test_without_the_criteria_floor_the_partial_share_stays_open():
    v = _one(PUTIN_Q, "2012-03-15T23:59:59+04:00", "", "2012-03-05T00:00:00+08:00", "", PUTIN_TEXT,
             "2012-03-06T00:00:00+00:00")
    assert not fired(v, "threshold_missed", "threshold_crossed")


# -- b79-turkey-2014-presidential-runoff-no -------------------------------------------------------------
TURKEY_Q = "Will Turkey's 2014 presidential election go to a second-round runoff?"


def _turkey(text):
    return _one(TURKEY_Q, "2014-08-24T23:59:59+03:00", "", "2014-08-10T00:00:00-03:00", "", text,
                "2014-08-11T12:00:00+00:00")


def test_a_runoff_told_avoided_is_not_held():
    v = _turkey("Supporters honking car horns and waving flags took to the streets in the capital Ankara after Turkish "
                "television stations said Erdogan, the prime minister for more than a decade, had won 51.8 percent of "
                "the vote, 13 points more than his closest rival and avoiding the need for a second round runoff.")
    assert fired(v, "ruled_out") and v.verdict == "likely-no"


def test_the_majority_needed_to_avoid_a_runoff_is_a_bar():
    # b65-senegal wording
    assert not fired(_turkey("Wade won 34.8 percent of the vote in the presidential election, falling short of the "
                             "absolute majority needed to avoid a run-off."), "ruled_out")
    assert not fired(_turkey("Erdogan hopes to avoid a second round runoff."), "ruled_out")


# -- b08-comey-indictment-dismissed-with-prejudice-by-nov30-2025-no (kept right) ------------------------
def test_a_gerund_bracket_glosses_the_complement():
    criteria = ('This market will resolve to "Yes" if a federal court dismisses the criminal indictment against former '
                'FBI Director James Comey with prejudice (barring the charges from being brought again) between '
                'September 25, 2025 and November 30, 2025, 11:59 PM ET.')
    assert complement.terms("Will the criminal case against James Comey be dismissed with prejudice by November 30, "
                            "2025?", criteria) == ["prejudice"]
    # a bracket naming the charge again is still its other name
    assert complement.bracketed_alias(["hate"], "on the federal hate crime (interference with rights) charge") == \
        ["interference"]
