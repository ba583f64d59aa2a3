"""Event markets whose act did not, or cannot, come in the window, read on the corpus sentences
verbatim (each test names its case): a strike called off by a decision ('The Union has agreed to
call off strike action'), a calling-off confirmed under way ('confirmed to be calling off their
Jan. 22-26 strike'), a push-back to a date after the deadline ('Delayed Until March 2007', 'Delayed
to January', 'scrubbed for at least 48 hours'), a question's phrasal act ('lift off') and event noun
carried by a support verb past a sum ('make its €1.6 billion IMF repayment'), and a rate asked as its
'rate target' held ('Bank of Canada holds lending rate'). Guards: a launch 'called off' with no party
named is a scrub, not a decision; a delay with no new date stays a setback; ending a policy by
'deciding to scrap' it is the act done."""

from datetime import date

from resolver.engine import delays, evaluate_market
from resolver.engine.derive import derive_target
from resolver.engine.rules.called_off import _next_month_start
from resolver.engine.text import split_sentences
from tests.conftest import news_article as article, news_market as market, ts


def _fired(v, rule):
    return [c for c in v.contributions if c.rule == rule and c.weight]


# b48-nwt-govt-workers-strike-by-feb28-2019-multi-no
NWT_Q = "Will unionized Northwest Territories government workers go on strike by February 28, 2019?"
NWT_C = ("This market will resolve to \"Yes\" if members of the Union of Northern Workers employed by the Government of "
         "the Northwest Territories begin a strike (walk off the job) at any time between February 5, 2019 and February "
         "28, 2019, 11:59 PM Mountain time. Strike notices, votes or threats do not count. Otherwise, this market will "
         "resolve to \"No\".")
NWT_TEXT = ("YELLOWKNIFE (February 10, 2019) - After two days of mediation convened by Mediator Vince Ready, the Government "
            "of the Northwest Territories and the Union of Northern Workers have not reached a tentative agreement.\n\n"
            "However, the parties have agreed to submit their outstanding issues to Mr. Ready for binding recommendations.\n\n"
            "As a condition of agreeing to be bound by Mr. Ready’s recommendations, there will be no strike by the 4,000 "
            "members of the Union of Northern Workers at the GNWT. The Union has agreed to call off strike action "
            "scheduled to begin at 12.01 AM on Monday, February 11, 2019.")


def _nwt(text=NWT_TEXT):
    m = market(NWT_Q, "2019-02-28T23:59:59-07:00", NWT_C)
    a = article("https://www.gov.nt.ca/en/newsroom/collective-bargaining-update", "2019-02-10T00:00:00-07:00",
                "Collective Bargaining Update", text)
    return evaluate_market(m, [a], ts("2019-02-11T12:00:00-07:00"))


def test_a_strike_called_off_by_a_decision_rules_it_out():
    v = _nwt()
    assert v.verdict == "likely-no"
    assert any("call off" in c.reason for c in _fired(v, "ruled_out"))


def test_the_former_date_of_what_was_called_off_is_no_new_date():
    # 'scheduled to begin … on Monday, February 11' dates the strike called off, not a new one in the window
    v = _nwt()
    assert not any("new date" in c.reason for c in _fired(v, "ruled_out"))
    assert any("with no new date before the deadline" in (c.temporal or "") for c in _fired(v, "ruled_out"))


def test_decided_to_needs_a_decision_told_as_taken():
    words = "the union has agreed to call off strike action".split()
    assert delays.decided_to(words, words.index("call"))
    words = "the two companies mutually agreed to terminate the transaction".split()
    assert delays.decided_to(words, words.index("terminate"))
    # guard: a plan or a demand to call it off is not a decision
    words = "the union may agree to call off strike action".split()
    assert not delays.decided_to(words, words.index("call"))
    words = "members urged leaders to call off the strike".split()
    assert not delays.decided_to(words, words.index("call"))


# b15-juice-launch-by-apr30-2023-asof-apr14-undet
JUICE = ("The launch was called off just minutes before the planned lift-off at 1215 GMT from Europe´s spaceport in Kourou, "
         "French Guiana, because of the threat of lightning in the cloudy skies overhead.")


def test_a_launch_called_off_with_no_party_named_is_not_read_as_a_decision():
    m = market("Will ESA's JUICE mission launch by April 30, 2023?", "2023-04-30T23:59:59-03:00",
               "This market will resolve to \"Yes\" if the Ariane 5 rocket carrying ESA's Jupiter Icy Moons Explorer "
               "(JUICE) lifts off from Kourou by April 30, 2023, 11:59 PM Kourou time. Otherwise, this market will "
               "resolve to \"No\".")
    a = article("https://www.thenews.com.pk/print/1060436-weather-delays-launch-of-europe-s-jupiter-mission-by-24-hours",
                "2023-04-14T00:00:00+05:00", "Weather delays launch of Europe's Jupiter mission by 24 hours",
                "KOUROU: The launch of the European Space Agency´s JUICE mission, which aims to discover whether "
                "Jupiter´s icy moons are capable of hosting extraterrestrial life, was postponed on Thursday for 24 "
                "hours due to bad weather.\n\n" + JUICE)
    v = evaluate_market(m, [a], ts("2023-04-14T06:00:00+00:00"))
    assert v.verdict == "undetermined"
    # the scrub with no party is not read (sentence 1's postponement 'for 24 hours' is a setback, r11-pushback)
    assert not any("called off" in c.reason and c.sentence.startswith("The launch was called off")
                   for c in _fired(v, "ruled_out"))
    assert all("no new date" in (c.temporal or "") for c in _fired(v, "ruled_out"))


# b45-csu-teamsters-strike-jan-2024-called-off-no
CSU = ("Teamsters Local 10 has been confirmed to be calling off their Jan. 22-26 strike after a “tentative agreement” has "
       "been reached with California State University, according to a press release sent out by the CSU.")


def test_a_month_abbreviation_before_a_day_ends_no_sentence():
    assert split_sentences(CSU) == [CSU.replace("“", '"').replace("”", '"')]


def test_a_calling_off_confirmed_under_way_rules_the_strike_out():
    m = market("Will Teamsters-represented California State University workers go on strike in January 2024?",
               "2024-01-31T23:59:59-08:00",
               "This market will resolve to \"Yes\" if employees of the California State University system represented "
               "by the Teamsters (Teamsters Local 2010) begin a strike or walkout at any CSU campus between January 15, "
               "2024 and January 31, 2024, 11:59 PM Pacific Time. Strikes by other unions, such as the California "
               "Faculty Association, do not count. Otherwise, this market will resolve to \"No\".")
    a = article("https://statehornet.com/2024/01/teamsters-out-of-strike-csus/", "2024-01-22T00:00:00-08:00",
                "Teamsters out of strike at CSUS", CSU)
    v = evaluate_market(m, [a], ts("2024-01-22T12:00:00-08:00"))
    assert v.verdict == "likely-no"
    assert any("calling off" in c.reason for c in _fired(v, "ruled_out"))


# b48-ps3-europe-launch-by-dec31-2006-no
PS3_Q = "Will Sony's PlayStation 3 go on sale in Europe before the end of 2006?"
PS3_C = ("This market will resolve to \"Yes\" if Sony's PlayStation 3 console is released for retail sale in Europe (the "
         "PAL territories) by December 31, 2006. Launches in Japan or North America do not count. Otherwise, this "
         "market will resolve to \"No\".")


def _ps3(title):
    m = market(PS3_Q, "2006-12-31T23:59:59+01:00", PS3_C)
    a = article("https://develop.techcrunch.com/2006/09/06/playstation-3-delayed-until-march-2007-in-europe/",
                "2006-09-06T00:00:00-07:00", title, "")
    return evaluate_market(m, [a], ts("2006-09-07T12:00:00+01:00"))


def test_a_delay_to_a_date_after_the_deadline_counts_in_full():
    v = _ps3("PlayStation 3 Delayed Until March 2007 In Europe")
    assert v.verdict == "likely-no"
    assert any(c.weight <= -2.0 for c in _fired(v, "ruled_out"))


def test_a_delay_with_no_new_date_stays_a_setback():
    # guard (edited: the date taken out): the act may still come before the deadline
    v = _ps3("PlayStation 3 Delayed In Europe")
    assert v.verdict == "undetermined"


# b45-vulcan-first-launch-by-dec31-2023-multi-no
def test_a_delay_to_a_bare_month_is_the_next_such_month():
    m = market("Will ULA's Vulcan Centaur rocket make its first flight in 2023?", "2023-12-31T23:59:59-05:00",
               "This market will resolve to \"Yes\" if United Launch Alliance's Vulcan Centaur rocket lifts off on its "
               "first (Cert-1) launch between January 1, 2023 and December 31, 2023, 11:59 PM ET. Tests, rehearsals or "
               "static fires do not count. Otherwise, this market will resolve to \"No\".")
    a = article("https://www.aiaa.org/news/news/2023/12/12/ula-vulcan-centaur-rocket-s-maiden-launch-delayed-to-january",
                "2023-12-12T00:00:00-05:00", "ULA Vulcan Centaur Rocket’s Maiden Launch Delayed to January", "")
    v = evaluate_market(m, [a], ts("2023-12-13T12:00:00-05:00"))
    assert v.verdict == "likely-no"
    assert any("January" in (c.temporal or "") and "after the deadline" in (c.temporal or "")
               for c in _fired(v, "ruled_out"))


def test_the_next_month_is_never_the_publication_month():
    assert _next_month_start(1, date(2023, 12, 12)) == date(2024, 1, 1)
    assert _next_month_start(3, date(2006, 9, 6)) == date(2007, 3, 1)
    assert _next_month_start(11, date(2006, 9, 6)) == date(2006, 11, 1)
    assert _next_month_start(12, date(2023, 12, 12)) is None


# b48-ula-afspc4-launch-by-jul27-2014-multi-no
ULA_Q = "Will the Delta IV rocket carrying the AFSPC-4 satellites lift off by July 27, 2014?"


def test_lift_off_is_the_launch():
    t = derive_target(market(ULA_Q, "2014-07-27T23:59:59-04:00"))
    assert t.act == "launch"


def test_a_scrub_for_at_least_48_hours_is_a_delay_of_whole_days():
    # b48-ula-afspc4: 'However, several weather violations lingered and the launch was scrubbed for at least 48 hours.'
    assert delays.minimum_delay("However, several weather violations lingered and the launch was scrubbed for at "
                                "least 48 hours.") == ("for at least 48 hours", 1)
    # guard (b48-ula-afspc4, first article): a delay of 24 hours may end the same day the statement's hour is unknown
    assert delays.minimum_delay("An issue with ground equipment postponed the launch of space surveillance satellites "
                                "for the US Air Force by 24 hours.") is None


# b48-greece-repays-imf-by-jun30-2015-multi-no
def test_a_repayment_made_is_repaying_past_the_sum():
    t = derive_target(market("Will Greece make its €1.6 billion IMF repayment by the June 30, 2015 deadline?",
                             "2015-06-30T23:59:59+02:00"))
    assert t.act == "repay"


def test_a_missed_repayment_leaves_the_deadline_to_decide():
    m = market("Will Greece make its €1.6 billion IMF repayment by the June 30, 2015 deadline?",
               "2015-06-30T23:59:59+02:00",
               "This market will resolve to \"Yes\" if Greece pays the roughly €1.6 billion it owes the International "
               "Monetary Fund, due on June 30, 2015, by the end of that day (Washington deadline as reported). A missed "
               "payment, arrears or a request for deferral will resolve this market to \"No\".")
    a = article("https://783093661.r.worldcdn.net/Detail/2015/07/01/418342/greece-default", "2015-07-01T00:00:00+03:00",
                "Greek pensioners swarm banks for cash as Athens defaults on IMF loan",
                "The country missed the Tuesday midnight deadline to repay €1.6 billion (USD 1.79 billion) it owed to "
                "the IMF. The development came following reports that Athens had made last-minute overtures to its "
                "international creditors to cancel the country’s upcoming referendum on the issue in exchange for "
                "winning an extension of the payment deadline.")
    v = evaluate_market(m, [a], ts("2015-07-01T18:00:00+03:00"))
    assert v.verdict == "likely-no"


# b48-bank-of-canada-cut-mar4-2015-multi-no
def test_a_rate_target_is_the_rate_reports_hold():
    m = market("Will the Bank of Canada lower its overnight rate target at its March 4, 2015 announcement?",
               "2015-03-04T23:59:59-05:00",
               "This market will resolve to \"Yes\" if the Bank of Canada announces a reduction of its target for the "
               "overnight rate at its scheduled interest-rate announcement on March 4, 2015. Statements about possible "
               "future cuts do not count. Otherwise, this market will resolve to \"No\".")
    a = article("http://www.theglobeandmail.com/report-on-business/economy/bank-of-canada-holds-lending-rate/article23278542/",
                "2015-03-04T00:00:00-05:00", "Bank of Canada holds lending rate",
                "The central bank left its key overnight interest unchanged at 0.75 per cent Wednesday, indicating it is "
                "continuing to deliver an \"appropriate\" monetary stimulus to counter the economic damage caused by the "
                "oil price plunge.")
    v = evaluate_market(m, [a], ts("2015-03-05T09:00:00-05:00"))
    assert _fired(v, "opposite_outcome")
    assert v.verdict == "likely-no"


# b06-boj-end-negative-rates-by-mar31-multi-yes
def test_deciding_to_scrap_a_policy_is_ending_it():
    m = market("Will the Bank of Japan end its negative interest rate policy by March 31, 2024?",
               "2024-03-31T23:59:59+09:00")
    a = article("https://www.japantimes.co.jp/business/2024/03/19/boj-ends-negative-rates/", "2024-03-19T00:00:00+09:00",
                "BOJ ends negative rates",
                "The Bank of Japan on Tuesday decided to scrap the world’s last negative rate policy, introducing a rate "
                "hike for the first time in 17 years.")
    v = evaluate_market(m, [a], ts("2024-03-20T12:00:00+00:00"))
    assert not _fired(v, "ruled_out")
    assert v.verdict == "likely-yes"


def test_a_scrub_past_the_deadline_rules_the_launch_out():
    m = market(ULA_Q, "2014-07-27T23:59:59-04:00",
               "This market will resolve to \"Yes\" if United Launch Alliance launches the Delta IV rocket carrying the "
               "U.S. Air Force AFSPC-4 mission from Cape Canaveral between July 23, 2014 and July 27, 2014, 11:59 PM ET. "
               "Scrubbed or postponed attempts do not count. Otherwise, this market will resolve to \"No\".")
    a = article("https://www.spaceflightinsider.com/missions/defense/ulas-groundhog-day-continues-third-weather-scrub-afspc-4-delta-launch/",
                "2014-07-27T00:24:00-04:00",
                "ULA’s ‘Groundhog Day’ continues with third weather scrub for AFSPC-4 Delta launch",
                "Much as on the two prior attempts, torrential rain, numerous lightning strikes as well as a tornado "
                "warning made liftoff of a United Launch Alliance (ULA ) Delta IV Medium+ 4,2 rocket impossible.\n\n"
                "ULA tried waiting out the weather, which seemed to be a good plan as the storm was fairly fast moving. "
                "However, several weather violations lingered and the launch was scrubbed for at least 48 hours.")
    v = evaluate_market(m, [a], ts("2014-07-27T08:00:00-04:00"))
    assert v.verdict == "likely-no"
    assert any("48 hours" in (c.temporal or "") for c in _fired(v, "ruled_out"))
