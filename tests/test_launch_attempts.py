"""Launch markets told over a chain of attempts (verbatim corpus sentences; each names its batch and
source): a setback with no new date ('Weather Delays …', 'has been placed on hold') is superseded by
another article's later report that the craft lifted off; a scrub or a hold is a read push-back of
the act (it did not happen then), so a passed deadline may decide; an article that sets a craft noun
in apposition to the market's named object ('The "microwave-oven-sized satellite", CAPSTONE, …')
means that object by 'a NASA satellite' elsewhere in it."""

from resolver.engine import evaluate_market, named_objects
from resolver.engine.rules import called_off
from tests.conftest import decided, news_article as article, news_market as market, ts


def _ruled(v):
    return [c for c in v.contributions if (c.base_rule or c.rule) == "ruled_out" and c.direction == "no"]


WALLOPS = market("Will Rocket Lab launch its first Electron from Wallops Island by January 31, 2023?",
                 "2023-01-31T23:59:59-05:00",
                 "This market will resolve to \"Yes\" if Rocket Lab's Electron rocket lifts off from Launch Complex 2 at "
                 "NASA's Wallops Flight Facility, Virginia, on its first mission from that site (\"Virginia is for Launch "
                 "Lovers\") by January 31, 2023, 11:59 PM ET. Otherwise, this market will resolve to \"No\".")
# batch-43, https://www.delmarvanow.com/story/news/local/virginia/2022/12/21/weather-delays-rocket-lab-launch-of-electron-from-wallops-to-january/69747300007/
DELAYS_URL = ("https://www.delmarvanow.com/story/news/local/virginia/2022/12/21/"
              "weather-delays-rocket-lab-launch-of-electron-from-wallops-to-january/69747300007/")
DELAYS_TITLE = "Weather Delays Rocket Lab Launch Of Electron From Wallops To January"
DELAYS_TEXT = ("It is hurry up and wait for Rocket Lab's first launch of the Electron rocket from Wallops Flight Facility "
               "following weather-related delays.")
# batch-43, https://www.wtkr.com/news/nations-first-electron-rocket-launch-blasts-off-from-wallops-island
LIFTED_URL = "https://www.wtkr.com/news/nations-first-electron-rocket-launch-blasts-off-from-wallops-island"
LIFTED_TITLE = "Nation's first Electron rocket launch blasts off from Wallops Island"
LIFTED_TEXT = ("The 59-foot-tall Electron rocket lifted off from Launch Complex 2 at Virginia Space's Mid-Atlantic Regional "
               "Spaceport on Wallops Island, NASA said.")


def test_a_later_liftoff_supersedes_an_earlier_open_delay():
    v = evaluate_market(WALLOPS, [article(DELAYS_URL, "2022-12-21T00:00:00-05:00", DELAYS_TITLE, DELAYS_TEXT),
                                  article(LIFTED_URL, "2023-01-24T21:37:00-05:00", LIFTED_TITLE, LIFTED_TEXT)],
                        ts("2023-01-25T12:00:00+00:00"))
    assert decided(v) == "likely-yes"
    delay = [c for c in _ruled(v) if "'Delays" in c.reason]
    assert delay and not delay[0].counted and "superseded" in delay[0].reason


def test_guard_a_delay_reported_after_the_liftoff_is_not_superseded():
    v = evaluate_market(WALLOPS, [article(DELAYS_URL, "2023-01-26T00:00:00-05:00", DELAYS_TITLE, DELAYS_TEXT),
                                  article(LIFTED_URL, "2023-01-24T21:37:00-05:00", LIFTED_TITLE, LIFTED_TEXT)],
                        ts("2023-01-27T12:00:00+00:00"))
    assert decided(v) == "undetermined"
    assert all(c.counted for c in _ruled(v))


SAMR = market("Will China's SAMR approve Synopsys' acquisition of Ansys by July 31, 2025?", "2025-07-31T23:59:59+08:00",
              "This market will resolve to \"Yes\" if China's State Administration for Market Regulation (SAMR) approves, "
              "with or without conditions, Synopsys' acquisition of Ansys by July 31, 2025. Otherwise, this market will "
              "resolve to \"No\".")


def test_guard_a_done_in_the_delays_own_article_does_not_supersede_it():
    # batch-26, https://dapp.expert/news/en_delay-in-35-billion-semiconductor-merger-due-to-china-s-antitrust-regulation-1749805572-470276
    v = evaluate_market(SAMR, [article(
        "https://dapp.expert/news/en_delay-in-35-billion-semiconductor-merger-due-to-china-s-antitrust-regulation-1749805572-470276",
        "2025-06-13T09:06:12+00:00", "Delay in $35 billion semiconductor merger due to China's antitrust regulation",
        "China's State Administration for Market Regulation (SAMR) has paused its approval of the merger between Ansys, a "
        "developer of engineering simulation tools, and Synopsys, despite the deal already having been cleared in the US "
        "and Europe.")], ts("2025-06-14T00:00:00+00:00"))
    assert decided(v) == "undetermined"
    assert all(c.counted for c in _ruled(v))


GAGANYAAN = market("Will ISRO launch the Gaganyaan TV-D1 test flight by October 21, 2023?", "2023-10-21T23:59:59+05:30",
                   "This market will resolve to \"Yes\" if ISRO's Gaganyaan Test Vehicle Abort Mission-1 (TV-D1) lifts off by "
                   "October 21, 2023, 11:59 PM IST. A launch attempt that is held or scrubbed does not count. Otherwise, this "
                   "market will resolve to \"No\".")


def test_placed_on_hold_is_a_setback_the_same_days_liftoff_supersedes():
    # batch-22, https://www.businesstoday.in/latest/in-focus/story/gaganyaan-mission-isro-puts-launch-of-tv-d1-on-hold-402836-2023-10-21
    hold = article("https://www.businesstoday.in/latest/in-focus/story/gaganyaan-mission-isro-puts-launch-of-tv-d1-on-hold-"
                   "402836-2023-10-21", "2023-10-21T00:00:00+05:30", "Gaganyaan Mission: ISRO Puts Launch of TV-D1 on Hold",
                   "ISRO Chief S Somanath said, \"Gaganyaan's First Flight Test Vehicle Abort Mission-1 (TV-D1) launch has "
                   "been placed on hold. The next schedule will be announced soon.\"")
    # batch-22, https://www.indiatvnews.com/news/india/pm-modi-on-gaganyaan-success-this-launch-takes-us-one-step-closer-to-realising-india-s-first-human-space-flight-program-2023-10-21-898922
    done = article("https://www.indiatvnews.com/news/india/pm-modi-on-gaganyaan-success-this-launch-takes-us-one-step-closer-"
                   "to-realising-india-s-first-human-space-flight-program-2023-10-21-898922", "2023-10-21T00:00:00+05:30",
                   "PM Modi on Gaganyaan Success: This Launch Takes Us One Step Closer to Realising India's First Human Space "
                   "Flight Program", "A single-stage liquid propulsion rocket, equipped with a crew module and crew escape "
                   "system, lifted off from Sriharikota on Saturday.")
    alone = evaluate_market(GAGANYAAN, [hold], ts("2023-10-21T08:00:00+05:30"))
    held = [c for c in _ruled(alone) if "placed on hold" in c.reason]
    assert held and called_off.OPEN_DELAY_NOTE in (held[0].temporal or "")  # a hold, not 'on hold' for good
    assert decided(alone) == "undetermined"
    assert decided(evaluate_market(GAGANYAAN, [hold, done], ts("2023-10-22T00:00:00+00:00"))) == "likely-yes"


GPS3 = market("Will SpaceX launch the first GPS III satellite by December 19, 2018?", "2018-12-19T23:59:59-05:00",
              "This market will resolve to \"Yes\" if SpaceX launches the U.S. Air Force's GPS III SV01 satellite on a Falcon 9 "
              "rocket by December 19, 2018, 11:59 PM ET. Otherwise, this market will resolve to \"No\".")
# batch-40, https://www.abcactionnews.com/news/state/spacex-falcon-9-rocket-to-launch-gps-satellite-into-orbit-tuesday-from-cape-canaveral
GPS_URL = ("https://www.abcactionnews.com/news/state/"
           "spacex-falcon-9-rocket-to-launch-gps-satellite-into-orbit-tuesday-from-cape-canaveral")
GPS_TITLE = "SpaceX Falcon 9 rocket to launch GPS satellite into orbit Tuesday from Cape Canaveral"
SCRUBBED = ("CAPE CANAVERAL, Fla. — A SpaceX Falcon 9 rocket scheduled to launch Tuesday morning from Cape Canaveral has "
            "been scrubbed and rescheduled for Wednesday morning.")
ON_HOLD = ("According to a tweet from SpaceX, the launch was put on hold due to an \"out of family reading on first stage "
           "sensors.\"")


def test_a_hold_is_read_so_the_passed_deadline_decides():
    v = evaluate_market(GPS3, [article(GPS_URL, "2018-12-18T00:00:00-05:00", GPS_TITLE, f"{SCRUBBED}\n{ON_HOLD}"),
                               # batch-40, http://gamesworlditalia.com/2018/12/21/spacex-again-scrubs-rocket-launch-from-cape-canaveral.html
                               article("http://gamesworlditalia.com/2018/12/21/spacex-again-scrubs-rocket-launch-from-cape-"
                                       "canaveral.html", "2018-12-21T00:00:00+01:00",
                                       "SpaceX again scrubs rocket launch from Cape Canaveral", "")],
                        ts("2018-12-21T12:00:00+00:00"))
    assert decided(v) == "likely-no"
    assert any("put on hold'" in c.reason for c in _ruled(v)) and any("'scrubs" in c.reason for c in _ruled(v))
    assert not any(c.rule == "unread_evidence" for c in v.contributions)


def test_guard_a_scrub_with_a_new_date_inside_the_window_is_no_push_back():
    v = evaluate_market(GPS3, [article(GPS_URL, "2018-12-18T00:00:00-05:00", GPS_TITLE, SCRUBBED)],
                        ts("2018-12-18T12:00:00+00:00"))
    assert not _ruled(v)


CAPSTONE = market("Will NASA's CAPSTONE mission launch by June 30, 2022?", "2022-06-30T23:59:59-04:00",
                  "This market will resolve to \"Yes\" if the Rocket Lab Electron rocket carrying NASA's CAPSTONE spacecraft "
                  "lifts off by June 30, 2022, 11:59 PM ET. Scrubbed or postponed attempts do not count. Otherwise, this "
                  "market will resolve to \"No\".")
# batch-39, https://www.1news.co.nz/2022/06/29/rocket-lab-launches-nasa-satellite-headed-for-the-moon/
MOON_TITLE = "Rocket Lab launches NASA satellite headed for the moon"
MOON_TEXT = ("Kiwi-founded aerospace company Rocket Lab has successfully launched a NASA satellite headed to the moon.\n\n"
             "The \"microwave-oven-sized satellite\", CAPSTONE, was \"designed to test a new orbit around the moon for NASA\", "
             "Rocket Lab said in a media release.")


def test_a_craft_noun_in_apposition_to_the_named_object_links_the_article():
    assert named_objects.aliases(CAPSTONE.question, frozenset({"mission"}), f"{MOON_TITLE}\n{MOON_TEXT}") == {"satellite"}
    v = evaluate_market(CAPSTONE, [article("https://www.1news.co.nz/2022/06/29/rocket-lab-launches-nasa-satellite-headed-"
                                           "for-the-moon/", "2022-06-29T00:00:00+12:00", MOON_TITLE, MOON_TEXT)],
                        ts("2022-06-29T12:00:00+00:00"))
    assert decided(v) == "likely-yes"


def test_guard_no_link_without_the_apposition_or_beside_another_name():
    alone = MOON_TEXT.split("\n\n")[0]
    assert not named_objects.aliases(CAPSTONE.question, frozenset({"mission"}), f"{MOON_TITLE}\n{alone}")
    two = MOON_TEXT + "\n\nThe satellite, Lunar Trailblazer, will follow next year."
    assert not named_objects.aliases(CAPSTONE.question, frozenset({"mission"}), f"{MOON_TITLE}\n{two}")
    v = evaluate_market(CAPSTONE, [article("https://www.1news.co.nz/2022/06/29/rocket-lab-launches-nasa-satellite-headed-"
                                           "for-the-moon/", "2022-06-29T00:00:00+12:00", MOON_TITLE, alone)],
                        ts("2022-06-29T12:00:00+00:00"))
    assert decided(v) != "likely-yes"


H3 = market("Will JAXA launch the second H3 rocket (H3 Test Flight 2) by February 15, 2024?", "2024-02-15T23:59:59+09:00",
            "This market will resolve to \"Yes\" if the second H3 rocket lifts off from the Tanegashima Space Center by "
            "February 15, 2024, 11:59 PM JST. A postponed or scrubbed attempt does not count. Otherwise, this market will "
            "resolve to \"No\".")
# batch-30, https://english.aawsat.com/varieties/4850726-japan-delays-h3-rockets-2nd-launch-due-bad-weather?page=7
H3_URL = "https://english.aawsat.com/varieties/4850726-japan-delays-h3-rockets-2nd-launch-due-bad-weather?page=7"
H3_TITLE = "Japan Delays H3 Rocket's 2nd Launch Due to Bad Weather"
WOULD_DELAY = ("The Japan Aerospace Exploration Agency (JAXA) said on Tuesday it would delay the launch date of the second "
               "model of its new H3 flagship rocket from the initially planned Feb. 15 because of forecasts of poor weather.")


def _h3(text: str, deadline: str = "2024-02-15T23:59:59+09:00"):
    m = H3.model_copy(update={"deadline": ts(deadline)})
    return evaluate_market(m, [article(H3_URL, "2024-02-13T00:00:00+09:00", H3_TITLE, text)],
                           ts("2024-02-14T12:00:00+09:00"))


def test_said_it_would_delay_from_the_deadline_day_moves_it_past_the_deadline():
    v = _h3(WOULD_DELAY)
    assert decided(v) == "likely-no"
    assert any("from 'Feb. 15'" in (c.temporal or "") and "after the deadline" in (c.temporal or "") for c in _ruled(v))


def test_guard_a_delay_from_a_day_before_the_deadline_stays_a_setback():
    v = _h3(WOULD_DELAY, "2024-02-20T23:59:59+09:00")
    assert decided(v) == "undetermined"
    assert all(called_off.OPEN_DELAY_NOTE in (c.temporal or "") for c in _ruled(v))


def test_guard_would_delay_with_no_one_saying_so_is_a_forecast_not_a_push_back():
    v = _h3("Forecasts of poor weather would delay the launch of the second model of its new H3 flagship rocket "
            "from the initially planned Feb. 15.")
    assert not [c for c in _ruled(v) if "'delay'" in c.reason]
