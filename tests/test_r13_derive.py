"""The question reader on shapes that misparsed across the development questions (thirteenth round,
derive): a noun closing the subject read as the act when its own verb follows at once ('… plant
facilities levy pass in the … election', '… space station re-enter Earth's atmosphere'), a noun of
the subject followed by an aside or a preposition before its verb with a figure ('crude oil (WTI)
trade below $30', 'the … match at Memorial Stadium draw more than …', 'the first no-confidence
motion against … receive at least 287 votes'), the users of an opening read as its object ('reopen to
traffic', 'reopen to visitors'), the 'New' of a name dropped from a subject ('New York Attorney
General …'), a capitalised name cut at a word that reads as a participle ('Standing Lending Facility
Rate'), and 'still be in office as President on <date>' (a post that must still be held). Questions
verbatim from the development corpus; each names its case. Near shapes keep their reading."""

from resolver.engine import evaluate_market
from resolver.engine.derive import derive_target
from tests.conftest import decided, news_article as article, news_market as market, ts


def _target(q, c="", deadline="2025-12-31T23:59:59+00:00"):
    return derive_target(market(q, deadline, c))


# b59-west-ada-levy-55pct-may2023-no
LEVY_Q = "Will West Ada School District's $500 million plant facilities levy pass in the May 16, 2023 election?"
# b59-minneapolis-3rd-ave-bridge-reopen-by-dec31-2022-no
BRIDGE_Q = "Will Minneapolis' Third Avenue Bridge over the Mississippi River reopen to traffic by December 31, 2022?"
BRIDGE_C = ("This market will resolve to \"Yes\" if the Third Avenue Bridge over the Mississippi River in Minneapolis, "
            "closed for structural repairs since early 2021, reopens to vehicle traffic on or before December 31, 2022. "
            "Otherwise, this market will resolve to \"No\".")
BRIDGE_TITLE = "Reopening of minneapoliss 3rd ave bridge over mississippi delayed until 2023"
BRIDGE_TEXT = ("MINNEAPOLIS -- A Minneapolis bridge that has been closed for over a year and was supposed to reopen in the "
               "coming weeks will now remain closed until next summer.")
# b24-blue-lagoon-reopens-by-feb20-2024-yes
LAGOON_Q = ("Will Iceland's Blue Lagoon reopen to visitors by February 20, 2024, after closing for the February 8 "
            "eruption?")
LAGOON_C = ("This market will resolve to \"Yes\" if the Blue Lagoon geothermal spa in Iceland, closed since the eruption "
            "of February 8, 2024, reopens to visitors by February 20, 2024. Otherwise, this market will resolve to \"No\".")
LAGOON_TITLE = "Blue Lagoon Reopens Amid Volcanic Uncertainty"
LAGOON_TEXT = ("The Blue Lagoon will open for business again today. The decision was reportedly made in consultation with "
               "local authorities. The popular tourist site has been closed since February 8, when an eruption began "
               "between Sundhnúkagígar and Stóra Skógfell, just northeast of the Blue Lagoon and Svartsengi power plant.")


# --- a noun closing the subject, its verb right after it ---------------------------------------

def test_a_levy_that_passes_is_the_object_of_passing():
    t = _target(LEVY_Q)
    assert t.kind == "event" and t.act == "pass"
    assert t.object == "plant facilities levy" and "levy" in t.object_terms


def test_a_space_station_that_re_enters_is_what_re_enters():
    # b57-tiangong1-reentry-by-mar31-2018-und
    t = _target("Will China's Tiangong-1 space station re-enter Earth's atmosphere by March 31, 2018?")
    assert t.act == "re-enter" and "station" in t.object_terms


def test_a_hyphened_verb_after_a_name_is_the_act():
    # b32-kosmos-482-reentry-by-may12-2025-undet: no act was found at all
    t = _target("Will Kosmos 482 re-enter Earth's atmosphere by May 12, 2025?")
    assert t.kind == "event" and t.act == "re-enter" and "atmosphere" in t.object_terms


def test_a_verb_with_a_particle_or_a_state_after_it_keeps_its_act():
    # must not fire: b17-shenzhou18-crew-lands-by-nov3-et-2024, b37-philae-lands-on-67p-nov2014-yes,
    # b32-santorini-quake-m6-by-feb28-2025-undet, b43-no-ila-strike-through-jan15-2025
    assert _target("Will the Shenzhou-18 crew land back on Earth by November 3, 2024 (ET)?").act == "land"
    # (r19: 'touch down', a phrase of the land frame, is landing: particle_acts.py)
    assert _target("Will ESA's Philae lander touch down on Comet 67P by November 13, 2014?").act == "land"
    assert _target("Will an earthquake of magnitude 6.0 or greater strike near Santorini by February 28, 2025?").act \
        == "strike"
    t = _target("Will US East and Gulf Coast ports stay free of an ILA strike through January 15, 2025?")
    assert t.kind == "state" and t.act == "stay"


def test_a_verb_taking_its_own_object_keeps_it():
    # must not fire: a determiner or a noun after the verb is its object
    assert _target("Will the Senate pass the bipartisan infrastructure bill by August 10, 2021?").act == "pass"
    t = _target("Will the Boeing machinists' strike end by October 31, 2024?")
    assert t.act == "end" and t.object == "machinists strike"
    t = _target("Will Hungary's parliament ratify Sweden's NATO accession by February 29, 2024?")
    assert t.act == "ratify" and t.object == "Sweden's NATO accession"


# --- a noun of the subject with an aside or a preposition before its verb ------------------------

def test_an_aside_after_the_subject_noun_does_not_hide_its_verb():
    # b48-wti-trades-below-30-by-jan15-2016-yes
    t = _target("Will U.S. crude oil (WTI) trade below $30 a barrel by January 15, 2016?")
    assert t.kind == "threshold" and t.act == "trade" and t.threshold == 30


def test_a_named_event_noun_before_a_preposition_is_the_subject():
    # b59-nebraska-volleyball-day-attendance-record-2023-yes
    t = _target("Will Nebraska's Volleyball Day match at Memorial Stadium draw more than 91,648 fans?")
    assert t.act == "draw" and t.object == "fans"


def test_a_motion_against_a_government_is_the_subject_of_receiving_votes():
    # b59-borne-first-censure-motion-287-votes-no
    t = _target("Will the first no-confidence motion against Elisabeth Borne's government over the pension reform "
                "receive at least 287 votes?")
    assert t.act == "receive" and t.quantity == 287


def test_a_court_named_before_its_ruling_keeps_its_act():
    # must not fire: a name run back to a determiner or an 'of' is no noun's modifier
    assert _target("Will the U.S. Supreme Court rule in favor of Glacier Northwest in Glacier Northwest v. "
                   "Teamsters?").act == "rule"
    assert _target("Will France's Court of Cassation rule on Nicolas Sarkozy's appeal in the wiretapping "
                   "(\"Bismuth\") case by December 31, 2024?").act == "rule"
    assert _target("Will Thailand's Constitutional Court rule unanimously in the Srettha Thavisin ethics case?").act \
        == "rule"


# --- the users of an opening ---------------------------------------------------------------------

def test_reopening_to_traffic_is_about_the_bridge():
    t = _target(BRIDGE_Q, BRIDGE_C, "2022-12-31T23:59:59-06:00")
    assert t.act == "reopen" and "bridge" in t.object_terms and "traffic" not in t.object_terms


def test_reopening_to_visitors_is_about_the_site():
    t = _target(LAGOON_Q, LAGOON_C, "2024-02-20T23:59:59+00:00")
    assert t.act == "reopen" and "lagoon" in t.object_terms and "visitor" not in t.object_terms


def test_a_delayed_bridge_reopening_rules_the_market_out():
    m = market(BRIDGE_Q, "2022-12-31T23:59:59-06:00", BRIDGE_C)
    a = article("https://www.cbsnews.com/minnesota/news/reopening-of-minneapoliss-3rd-ave-bridge-over-mississippi-"
                "delayed-until-2023/", "2022-10-05T00:00:00-05:00", BRIDGE_TITLE, BRIDGE_TEXT)
    assert decided(evaluate_market(m, [a], as_of=ts("2022-10-06T00:00:00+00:00"))) == "likely-no"


def test_a_reopened_lagoon_confirms_the_market():
    m = market(LAGOON_Q, "2024-02-20T23:59:59+00:00", LAGOON_C)
    a = article("https://grapevine.is/news/2024/02/16/blue-lagoon-reopens-amid-volcanic-uncertainty/",
                "2024-02-16T00:00:00+00:00", LAGOON_TITLE, LAGOON_TEXT)
    assert decided(evaluate_market(m, [a], as_of=ts("2024-02-17T12:00:00+00:00"))) == "likely-yes"


def test_an_object_opened_to_someone_stays_the_object():
    # must not fire: b02-tesla-robotaxi-open-to-public-by-jun30-undet ('to' after the object), an embassy reopened
    t = _target("Will Tesla open its Austin robotaxi service to the general public, without invitation, by June 30, 2025?")
    assert t.act == "open" and "robotaxi" in t.object_terms
    t = _target("Will Saudi Arabia reopen its embassy in Tehran by May 10, 2023?")
    assert t.act == "reopen" and t.object == "embassy"
    # a state that must last keeps its own reading
    t = _target("Will the Eiffel Tower remain closed to visitors through February 29, 2024?")
    assert t.kind == "state" and t.object == "Eiffel Tower"


# --- names kept whole ----------------------------------------------------------------------------

def test_the_new_of_a_name_stays_in_the_subject():
    # b18-letitia-james-reindicted-by-dec31-asof-oct, b54-nyse-remains-closed-through-oct30-2012
    t = _target("Will New York Attorney General Letitia James be indicted again by December 31, 2025?")
    assert t.object.startswith("New York")
    t = _target("Will the New York Stock Exchange remain closed for trading through October 30, 2012?")
    assert t.object == "New York Stock Exchange"
    # must not fire: 'a new CEO' keeps dropping the word
    assert _target("Will Stellantis name a new permanent CEO by March 31, 2025?").object == "permanent CEO"


def test_a_capitalised_name_is_not_cut_at_a_participle():
    # b29-cbsl-slfr-below-13-by-jul31-2023-multi-yes
    t = _target("Will the Central Bank of Sri Lanka's Standing Lending Facility Rate be below 13% by July 31, 2023?")
    assert t.kind == "threshold" and t.object == "Standing Lending Facility Rate"
    # must not fire: a lowercase participle after the head still ends the phrase
    t = _target("Will the soldiers tried over Gabon's January 2019 coup attempt be sentenced to life imprisonment by "
                "July 31, 2021?")
    assert t.act == "sentence"


# --- a post still held at a date -----------------------------------------------------------------

def test_still_in_office_on_a_date_is_a_state():
    # b58-gbagbo-holds-power-jan2011-und
    t = _target("Will Laurent Gbagbo still be in office as President of Ivory Coast on January 31, 2011?")
    assert t.kind == "state" and t.act == "remain" and t.object == "office"


def test_in_office_by_a_date_is_not_rewritten():
    # must not fire: 'by <date>' asks for a change, not a state that lasts
    t = _target("Will Laurent Gbagbo still be in office by January 31, 2011?")
    assert t.kind != "state"
