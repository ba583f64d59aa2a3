"""How a market question is parsed into its target (derive.py, main_verb.py, shapes.py, actors.py),
on questions copied verbatim from the development corpus (each names its case file): the main verb
found past a noun heading the subject ('the death toll from … exceed 150') or before a complement
with no determiner ('receive more than 300 votes', 'plead guilty'); a figure's direction ('or lower')
read as no act; a perfect ('have resumed'); a level subject's possessed level; ordinal suffixes,
figure tails, particles, adverbs and clauses kept out of the object; questions whose surface verb is
'be' ('be the next Prime Minister', 'still be in force on <date>'); actors without unit letters and
with shared demonyms read as the country meant. Each reading has must-not-change guards on
well-parsed questions of neighbouring shapes. Last, an 'all' market: a report of a staged restart, or
in an article that puts the act for all still to come, does not confirm it."""

import pytest

from resolver.engine import evaluate_market
from resolver.engine.derive import derive_target
from tests.conftest import news_article as article, news_market as market, ts


def target(question, deadline="2025-12-31T23:59:59+00:00"):
    return derive_target(market(question, deadline))


# --- the main verb -------------------------------------------------------------------------------

@pytest.mark.parametrize("question,act", [
    # batch-05 b05-maui-fire-deaths-150-asof-aug10-undet
    ("Will the confirmed death toll from the August 2023 Maui wildfires exceed 150 by September 30, 2023?", "exceed"),
    # batch-20 b20-cyclone-freddy-malawi-toll-300-asof-mar16-undet
    ("Will Malawi's official death toll from Cyclone Freddy's March 2023 strike exceed 300 by March 31, 2023?", "exceed"),
    # batch-14 b14-tai-po-fire-deaths-150-by-dec31-2025-asof-nov30-undet
    ("Will the death toll from the Wang Fuk Court fire in Tai Po reach 150 by December 31, 2025?", "reach"),
    # batch-43 b43-ila-port-strike-ends-by-oct6-2024-yes
    ("Will the ILA port strike on the US East and Gulf Coasts end by October 6, 2024?", "end"),
    # batch-05 b05-us-payrolls-jul2024-150k-no
    ("Will the July 2024 U.S. jobs report show nonfarm payroll gains of 150,000 or more?", "show"),
    # batch-49 b49-ez-dec2014-flash-hicp-minus0-1-or-higher-no
    ("Will Eurostat's flash estimate show euro-area annual inflation of -0.1% or higher for December 2014?", "show"),
    # batch-46 b46-us-unemployment-feb2009-below-8-no
    ("Will the U.S. jobless rate for February 2009 come in below 8.0%?", "come"),
    # batch-13 b13-anutin-over-300-votes-thai-pm-sep5-2025-multi-yes
    ("Will Anutin Charnvirakul receive more than 300 votes in Thailand's September 5, 2025 House vote for prime minister?",
     "receive"),
    # batch-18 b18-f1-movie-domestic-opening-60m-no
    ('Will "F1" gross more than $60 million at the domestic box office in its opening weekend?', "gross"),
    # batch-08 b08-assange-guilty-plea-by-jun30-2024-asof-jun25-undet
    ("Will Julian Assange plead guilty in a U.S. court by June 30, 2024?", "plead"),
    # batch-25 b25-thai-court-srettha-ruling-unanimous-no
    ("Will Thailand's Constitutional Court rule unanimously in the Srettha Thavisin ethics case?", "rule"),
    # batch-25 b25-naira-official-1500-by-feb29-2024-multi-yes
    ("Will the Nigerian naira trade weaker than 1,500 per US dollar on the official market by February 29, 2024?", "trade"),
    # batch-36 b36-elt-first-light-by-dec31-2024-multi-undet
    ("Will ESO's Extremely Large Telescope achieve first light by December 31, 2024?", "achieve"),
    # batch-37 b37-hayabusa2-touchdown-by-feb21-2019-et-multi-yes
    # (r19: 'touch down' is a phrase of the land frame, so the act is landing: particle_acts.py)
    ("Will Hayabusa2 touch down on asteroid Ryugu by February 21, 2019?", "land"),
    # batch-38 b38-spacex-first-stage-landing-by-dec20-2015-no
    ("Will SpaceX land a Falcon 9 first stage after an orbital launch by December 20, 2015?", "land"),
    # batch-50 b50-wv-teacher-raise-law-by-mar31-2018-asof-feb27-undet
    ("Will West Virginia enact a 5% pay raise for public school teachers by March 31, 2018?", "enact"),
    # batch-14 b14-jlr-all-plants-restarted-by-oct20-2025-asof-oct9-undet
    ("Will all of Jaguar Land Rover's manufacturing plants have resumed production by October 20, 2025?", "resume"),
])
def test_the_main_verb_is_the_act(question, act):
    assert target(question).act == act


def test_a_known_act_used_as_a_noun_yields_to_the_verb_before_it():
    # batch-21 b21-bsp-rate-6.5-through-sep30-2024-asof-jun-multi-undet
    t = target("Will the Bangko Sentral ng Pilipinas keep its target reverse repurchase rate at 6.50% through "
               "September 30, 2024?")
    assert (t.act, t.kind) == ("keep", "state")


@pytest.mark.parametrize("question,act", [
    # batch-01 b01-fed-jul2025-cut-no: a capitalised subject, then its verb
    ("Will the Federal Reserve cut interest rates at its July 29-30, 2025 FOMC meeting?", "cut"),
    # batch-01 b01-boeing-strike-end-by-oct31-2024-no
    ("Will the Boeing machinists' strike end by October 31, 2024?", "end"),
    # batch-40 b40-us-payrolls-oct2012-over-150k-yes: a lowercase subject head, then its verb
    ("Will the US economy add more than 150,000 jobs in October 2012?", "add"),
    # batch-01 b01-gold-futures-settle-4000-yes
    ("Will gold futures settle above $4,000 per ounce by October 10, 2025?", "settle"),
    # batch-15 b15-brent-100-by-sep30-2023-asof-sep28-multi-undet: the verb has its figure ('per barrel' is no verb)
    ("Will Brent crude oil futures trade at or above $100 per barrel by September 30, 2023?", "trade"),
    # batch-49 b49-orion-eft1-launch-by-dec4-2014-no: 'its first flight test' is the complement's noun
    ("Will NASA's Orion spacecraft launch on its first flight test by December 4, 2014?", "launch"),
    # batch-48 b48-boj-negative-rate-jan-2016-yes (left as it was: a capitalised subject, no figure after 'rate')
    ("Will the Bank of Japan take any policy interest rate below zero at its January 28–29, 2016 meeting?", "take"),
])
def test_well_parsed_verbs_stay(question, act):
    assert target(question).act == act


def test_a_court_ruling_on_a_challenge_keeps_its_verb():
    # batch-26: 'rule on the … appeal … by <date>': the noun after 'on' is no verb
    t = target("Will France's Court of Cassation rule on Nicolas Sarkozy's appeal in the wiretapping (\"Bismuth\") case "
               "by December 31, 2023?")
    assert t.act == "rule"


# --- level subjects and figure tails ------------------------------------------------------------

@pytest.mark.parametrize("question,obj", [
    # batch-06 b06-boc-cut-to-4.75-by-jun30-2024-yes
    ("Will the Bank of Canada's policy rate be 4.75% or lower by June 30, 2024?", "policy rate"),
    # batch-06 b06-us-core-cpi-jun2022-6pct-no
    ("Will US core CPI inflation for June 2022 be 6.0% or higher year over year?", "US core CPI inflation"),
])
def test_a_level_subject_has_no_act_and_names_the_level(question, obj):
    t = target(question)
    assert (t.act, t.object, t.kind) == (None, obj, "threshold")


def test_a_level_subject_guards():
    # batch-48 (Fed 2015): 'the upper bound of the … range' stays the range
    t = target("Will the upper bound of the Fed's federal funds target range be 0.50% or higher after the December 2015 "
               "FOMC meeting?")
    assert (t.act, t.object) == (None, "Fed's federal funds target range")
    # batch-20 b20-masters-2024-winning-score-12-under-no: a score 'under par or better' keeps its reading
    assert target("Will the winning score at the 2024 Masters Tournament be 12 under par or better?").act == "better"


def test_a_bar_direction_is_no_part_of_the_object():
    # batch-01 b01-boj-jan2025-hike-to-0.5-yes
    t = target("Will the Bank of Japan raise its short-term policy rate to 0.5% or higher at its January 2025 meeting?")
    assert t.object == "short-term policy rate"
    # batch-05 b05-india-2024-bjp-272-alone-no: the counted noun after 'or more' stays
    assert target("Will the BJP win 272 or more Lok Sabha seats on its own in India's 2024 general election?").object \
        == "Lok Sabha seats"


# --- the object ---------------------------------------------------------------------------------

@pytest.mark.parametrize("question,obj", [
    # batch-04 b04-eu-18th-sanctions-adopted-by-jul31-multi-yes
    ("Will the EU adopt its 18th sanctions package against Russia by July 31, 2025?", "sanctions package"),
    # batch-39 b39-cures-act-signed-by-dec31-2016-und
    ("Will the 21st Century Cures Act be signed into law by December 31, 2016?", "Century Cures Act"),
    # batch-40 b40-nyc-mayor-2013-de-blasio-yes
    ("Will Bill de Blasio win the 2013 New York City mayoral election?", "New York City mayoral election"),
    # batch-48 b48-bc-teachers-ratify-contract-sep-2014-yes
    ("Will British Columbia's public school teachers approve a new contract ending their strike by September 30, 2014?",
     "contract"),
    # batch-13 b13-congress-permanently-lifts-syria-sanctions-by-nov30-2025-undet
    ("Will the U.S. Congress pass legislation permanently lifting U.S. sanctions on Syria by November 30, 2025?",
     "legislation"),
    # batch-20 b20-sabalenka-ao-2024-title-no-set-dropped-yes
    ("Will Aryna Sabalenka win the 2024 Australian Open women's singles title without dropping a set?",
     "Australian Open women's singles title"),
    # batch-15 b15-europe-wins-solheim-cup-2023-outright-no: 'outright' stays (a tie retains the cup, no win)
    ("Will Europe win the 2023 Solheim Cup outright?", "Solheim Cup outright"),
    # batch-01 b01-gta6-second-delay-by-dec2025-yes
    ("Will Rockstar Games delay Grand Theft Auto VI again, to a date after May 2026, before the end of 2025?",
     "Grand Theft Auto VI"),
    # batch-49 b49-boeing-machinists-777x-vote-over-50pct-yes
    ("Will more than 50% of voting Boeing machinists back the 777X contract extension in the January 3, 2014 vote?",
     "777X contract extension"),
    # batch-37 b37-hayabusa2-touchdown-by-feb21-2019-et-multi-yes: the particle is no object
    ("Will Hayabusa2 touch down on asteroid Ryugu by February 21, 2019?", None),
])
def test_the_object(question, obj):
    assert target(question).object == obj


@pytest.mark.parametrize("question,obj", [
    # batch-43 b43-adidas-names-rorsted-successor-by-nov30-2022-multi-yes: 'to' joins a relational noun
    ("Will Adidas name a successor to CEO Kasper Rorsted by November 30, 2022?", "successor CEO Kasper Rorsted"),
    # batch-23: a participial clause was already cut ('a final rule banning …')
    ("Will the FDA publish a final rule banning menthol cigarettes by March 31, 2024?", "final rule"),
    # batch-28 (Tesla): an event noun's compound stays
    ("Will Tesla hold its robotaxi unveiling event by August 31, 2024?", "robotaxi unveiling event"),
])
def test_objects_that_stay(question, obj):
    assert target(question).object == obj


def test_a_subjects_winning_streak_stays_whole():
    # batch-01 b01-braves-streak-alive-jun18-2022-no
    t = target("Will the Atlanta Braves' winning streak still be active at the end of June 18, 2022?")
    assert (t.kind, t.object) == ("state", "Atlanta Braves winning streak")


# --- questions whose verb is 'be' ------------------------------------------------------------------

def test_being_the_next_holder_is_becoming_it():
    # batch-44 b44-cameron-next-uk-pm-2010-multi-yes
    t = target("Will David Cameron be the next Prime Minister of the United Kingdom?")
    assert (t.act, t.candidate) == ("become", "David Cameron")
    # batch-48 b48-ukraine-2004-yanukovych-wins-after-court-ruling-undet
    assert target("Will Viktor Yanukovych be Ukraine's next president following the 2004 presidential election?").act \
        == "become"


def test_first_of_a_ranking():
    # batch-21 b21-microsoft-most-valuable-company-jan31-2024-asof-intraday-undet: on a day, a place held
    t = target("Will Microsoft be the world's most valuable public company at the close of trading on January 31, 2024?")
    assert (t.act, t.kind) == ("remain", "state")
    # batch-02 b02-euro2024-kane-outright-top-scorer-no: with no day named the question stays not understood
    # (tests/test_understood_gates.py), so that silence after the contest does not decide it
    # (its act is the complement's head noun, r13-derive2: still no event predicate)
    assert target("Will Harry Kane be the outright top scorer of Euro 2024?").act == "scorer"


def test_the_governments_nominee_is_named():
    # batch-19 b19-amamiya-nominated-boj-governor-2023-no
    assert target("Will Masayoshi Amamiya be the Japanese government's nominee to succeed Haruhiko Kuroda as Bank of "
                  "Japan governor?").act == "name"


@pytest.mark.parametrize("question,act", [
    # batch-47 b47-england-lockdown-remains-after-dec2-2020-undet
    ("Will England's second national COVID-19 lockdown still be in force on December 3, 2020?", "remain"),
    # batch-26 b26-sundhnukur-may29-eruption-ongoing-through-jun30-2024-no
    ("Will the Sundhnúkur crater row eruption that began on May 29, 2024 still be ongoing on June 30, 2024?", "remain"),
    # batch-30 b30-chandra-science-ops-through-dec31-2024-asof-mar-undet
    ("Will NASA's Chandra X-ray Observatory still be carrying out science observations on December 31, 2024?",
     "continue"),
])
def test_what_is_still_going_on_a_date_is_a_state(question, act):
    t = target(question)
    assert (t.act, t.kind) == (act, "state")


def test_still_holding_an_office_stays_as_it_was():
    # batch-11 (Ishiba)
    t = target("Will Shigeru Ishiba still be Prime Minister of Japan on September 30, 2025?")
    assert (t.act, t.kind, t.object) == ("remain", "state", "Prime Minister")


# --- actors -------------------------------------------------------------------------------------

@pytest.mark.parametrize("question,present,absent", [
    # batch-14 b14-punjab-kings-win-ipl-2025-no
    ("Will Punjab Kings win the 2025 Indian Premier League?", "India", "British Indian Ocean Territory"),
    # batch-14 b14-american-director-golden-lion-venice-2025-yes
    ("Will a film by an American director win the Golden Lion at the 2025 Venice Film Festival?", "United States",
     "Northern Mariana Islands"),
    # batch-20 b20-hakuto-r-m1-soft-landing-by-apr30-2023-no
    ("Will ispace's HAKUTO-R Mission 1 lander achieve a successful soft landing on the Moon by April 30, 2023?",
     "HAKUTO-R Mission", "R"),
    # batch-44 b44-att-time-warner-close-by-jun15-2018-multi-yes
    ("Will AT&T complete its acquisition of Time Warner by June 15, 2018?", "AT&T", "T"),
    # batch-26 b26-las-vegas-reaches-110f-by-jun10-2024-yes
    ("Will Las Vegas reach 110°F by June 10, 2024?", "Las Vegas", "F"),
    # batch-49 b49-boeing-machinists-777x-vote-over-50pct-yes
    ("Will more than 50% of voting Boeing machinists back the 777X contract extension in the January 3, 2014 vote?",
     "Boeing", "X"),
])
def test_actors(question, present, absent):
    actors = target(question).actors
    assert present in actors and absent not in actors


def test_actor_guards():
    # batch-01: the company called X keeps its one-letter name
    assert "X" in target("Will Linda Yaccarino remain CEO of X through July 31, 2025?").actors
    # batch-01: 'S&P' was one token
    assert "S&P" in target("Will the S&P 500 close above 2,000 by August 29, 2014?").actors
    # batch-33 (Nobel): a demonym of one country
    assert "Norway" in target("Will a Norwegian author win the 2023 Nobel Prize in Literature?").actors


# --- an 'all' market ------------------------------------------------------------------------------

JLR = article("https://www.rte.ie/news/business/2025/1009/1537721-jaguar-land-rover-restarts-production",
              "2025-10-09T00:00:00+01:00", "Jaguar Land Rover Restarts Production",
              "Jaguar Land Rover has restarted Range Rover production lines in Solihull, with plans for all its "
              "manufacturing sites to be back up and running by the end of next week as it recovers from a major cyber "
              "attack.\nThe carmaker said employees went back to work at the Solihull site in the West Midlands in the UK "
              "today, following the phased restart of production yesterday after being suspended for more than a month "
              "due to the hack.\nIt said the remaining production lines in Solihull, which make the Range Rover Velar SUV "
              "and Jaguar F Pace models, will come back on stream next Monday, alongside vehicle manufacturing operations "
              "in Halewood, Merseyside.\nOverseas factories in Pune, India, and Brazil are set to follow suit later next "
              "week, marking the final sites to resume operations, according to the group.")


def test_a_staged_restart_does_not_confirm_all_plants():
    # batch-14 b14-jlr-all-plants-restarted-by-oct20-2025-asof-oct9-undet
    m = market("Will all of Jaguar Land Rover's manufacturing plants have resumed production by October 20, 2025?",
               "2025-10-20T23:59:59+01:00")
    v = evaluate_market(m, [JLR], ts("2025-10-09T20:00:00+00:00"))
    assert v.verdict == "undetermined"
    notes = " ".join(c.reason for c in v.contributions if c.rule == "does_not_count")
    assert "phased restart" in notes and "still to come" in notes


def test_all_bases_handed_over_still_confirms():
    # batch-23 b23-france-hands-over-all-chad-bases-by-jan31-2025-multi-yes
    m = market("Will France hand over all of its military bases in Chad to the Chadian army by January 31, 2025?",
               "2025-01-31T23:59:59+01:00",
               "This market will resolve to \"Yes\" if Chadian or French authorities confirm that all French military "
               "bases in Chad, including the base in N'Djamena, have been handed over to the Chadian army by January 31, "
               "2025, 11:59 PM N'Djamena time. Otherwise, this market will resolve to \"No\".")
    first = article("https://punchng.com/france-hands-over-first-military-base-in-chad/", "2024-12-26T00:00:00+01:00",
                    "France hands over first military base in Chad",
                    "France has handed over its first military base as part of the withdrawal of its military forces "
                    "from Chad, the Chadian army said Thursday.\nIt said the base at Faya-Largeau in the north of the "
                    "country had been handed over and that it would inform the public about progress concerning the "
                    "withdrawal of French forces from bases in the eastern city of Abeche and the capital N’Djamena.")
    last = article("https://zambianobserver.com/chad-announces-full-pullout-of-french-troops/", "2025-01-31T00:00:00+02:00",
                   "Chad announces full pullout of French troops",
                   "Chad on Thursday announced a full withdrawal of French troops from the Central African country.\n\n"
                   "“The three bases of French elements in Chad have all been handed over to the Chadian National Army.\n\n"
                   "“The very last one has just been handed over today.\n\n“The handover of the Sergent Adji Kossei Base "
                   "in N’djamena definitively closes the presence of French forces in Chad,’’ Chadian Army spokesman "
                   "Chanane Issakha Acheikh said in a statement.")
    v = evaluate_market(m, [first, last], ts("2025-02-01T12:00:00+00:00"))
    assert v.verdict == "likely-yes"
