"""A launch failed with the market's one unit aboard (nineteenth round, r19-launchfail;
engine/failed_launches.py, read by rules/ended_prospects.py under `ruled_out`): for a market asking that a
payload the question names be put in orbit ('the Shijian-18 satellite'), or that a flight it names by its
serial ('Epsilon-6', 'PSLV-C61') or its order ('on its maiden flight') reach orbit, a sentence telling that
launch failed ('Long March 5 rocket launch fails', 'fails to put it in orbit', 'ended in failure', 'could
not be accomplished') settles it no: the payload is lost, the flight flown. Sentences verbatim from the
development corpus, each naming its case; the must-not-fire sentences are the nearest wordings where the
reading must not decide (another rocket, an earlier flight, another flight of the order, a delay, a guess,
a stage failing after the payload separated, a market naming no one unit)."""

from __future__ import annotations

import time

from resolver.engine import failed_launches
from tests.conftest import decided, fired, run_case
from cpu_budget import assert_cpu_within

# the failed launch named as the question names it ('the launch carrying Falcon Eye 1', 'the launch of the
# maiden flight', 'the first launch')
LAUNCH = ("act ruled out: the launch ", "act ruled out: the first launch")


def _launch_fail(v):
    return [c for c in fired(v, "ruled_out") if any(w in c.reason for w in LAUNCH)]


# b98-vega-vv15-falcon-eye-1-in-orbit-by-jul31-2019-no
VEGA_Q = "Will a Vega rocket successfully place the UAE's Falcon Eye 1 satellite into orbit by July 31, 2019?"
VEGA_C = ('This market will resolve to "Yes" if the Falcon Eye 1 Earth-observation satellite for the United Arab Emirates '
          'is successfully placed into its intended orbit by a Vega launch on or before July 31, 2019. A launch that fails '
          'to reach orbit does not count. Otherwise, this market will resolve to "No".')
VEGA_TITLE = "Europe's Vega rocket launch with United Arab Emirates satellite fails"
VEGA_FAILED = ("The launch of a European Vega rocket carrying an imaging satellite for the United Arab Emirates failed about "
               "two minutes after liftoff from the European base in French Guyana.")
VEGA_PAYLOAD = ("The launch, with its Falcon Eye 1 payload, was originally set for July 7 but was postponed because of "
                "high-altitude winds.")


def _vega(title: str, text: str):
    return run_case(VEGA_Q, "2019-07-31T23:59:59+00:00", VEGA_C,
                    [("https://www.irishexaminer.com/breakingnews/world/europes-vega-rocket-launch-936209.html",
                      "2019-07-11T10:29:00+01:00", title, text)], "2019-07-12T00:00:00+00:00")


def test_a_failed_launch_carrying_the_named_payload_rules_it_out():
    v = _vega(VEGA_TITLE, VEGA_FAILED + "\n\n" + VEGA_PAYLOAD)
    assert decided(v) == "likely-no"
    assert _launch_fail(v)
    v = _vega("", VEGA_FAILED + "\n\n" + VEGA_PAYLOAD)  # the body's sentence alone
    assert decided(v) == "likely-no"


def test_a_failed_launch_must_not_fire_for_another_rocket_an_earlier_flight_a_delay_or_a_guess():
    # another rocket's launch failed in an article naming the payload
    v = _vega("", VEGA_FAILED.replace("Vega", "Soyuz") + "\n\n" + VEGA_PAYLOAD)
    assert not _launch_fail(v) and decided(v) != "likely-no"
    # an earlier flight's failure
    v = _vega("", VEGA_FAILED.replace("The launch of a", "The previous launch of a") + "\n\n" + VEGA_PAYLOAD)
    assert not _launch_fail(v)
    # a delay is not a failure
    v = _vega("", VEGA_PAYLOAD)
    assert not _launch_fail(v) and decided(v) != "likely-no"
    # a guess, or a failure only under investigation
    v = _vega("", VEGA_FAILED.replace("failed about", "may have failed about") + "\n\n" + VEGA_PAYLOAD)
    assert not _launch_fail(v)
    v = _vega("", "Arianespace said an anomaly during the Vega launch was under investigation.\n\n" + VEGA_PAYLOAD)
    assert not _launch_fail(v)
    # a stage failing after the payload separated: the payload was delivered
    v = _vega("", "The Falcon Eye 1 satellite separated as planned, but the rocket's upper stage failed afterwards.")
    assert not _launch_fail(v)
    v = _vega("", "The Vega rocket failed minutes after the Falcon Eye 1 satellite separated from its upper stage.")
    assert not _launch_fail(v)
    assert _launch_fail(_vega("", "The Vega rocket failed minutes after liftoff with the Falcon Eye 1 satellite aboard."))
    # the article never names the market's payload: another satellite's launch
    v = _vega(VEGA_TITLE, VEGA_FAILED)
    assert not _launch_fail(v)


# b84-iran-zafar-satellite-orbit-by-feb29-2020-no
ZAFAR_Q = "Will Iran place the Zafar satellite into orbit by February 29, 2020?"
ZAFAR_TITLE = "Iran successfully launches satellite, fails to put it in orbit"
ZAFAR_SHORT = ('Iran "successfully" launched a satellite into space on Sunday but it fell short of reaching orbit, state '
               'television quoted a defence ministry spokesman as saying.')
ZAFAR_NAMED = ('"The Simorgh (rocket) successfully propelled the Zafar satellite into space but the carrier did not reach '
               'the required speed to put the satellite into the intended orbit," Ahmad Hosseini of the ministry\'s space '
               'unit was quoted as saying.')


def _zafar(title: str, text: str, as_of: str = "2020-02-10T12:00:00+00:00"):
    return run_case(ZAFAR_Q, "2020-02-29T23:59:59+03:30", "",
                    [("https://www.ndtv.com/world-news/iran-successfully-launches-satellite-2177568",
                      "2020-02-09T00:00:00+05:30", title, text)], as_of)


def test_a_payload_not_put_in_orbit_is_lost():
    v = _zafar(ZAFAR_TITLE, ZAFAR_SHORT + "\n\n" + ZAFAR_NAMED)
    assert decided(v) == "likely-no"  # before the deadline: the satellite is lost, no later attempt
    assert any("fell short of reaching orbit" in c.reason for c in _launch_fail(v))


def test_a_payload_not_put_in_orbit_must_not_fire_for_another_payload_or_a_plan():
    # the article names another satellite only
    v = _zafar(ZAFAR_TITLE, ZAFAR_SHORT + "\n\n" + ZAFAR_NAMED.replace("Zafar", "Nahid"))
    assert not _launch_fail(v) and decided(v) != "likely-no"
    # a condition, not a report
    v = _zafar("", "If the carrier fails to put the Zafar satellite into orbit, Iran will try again in March.")
    assert not _launch_fail(v)


# b78-nuri-first-launch-dummy-orbit-2021-no
NURI_Q = "Will South Korea's Nuri rocket place its dummy satellite into orbit on its first launch?"
NURI_TITLE = "South Korea launches its first domestic space rocket"
NURI_TEXT = ("South Korea's first domestically produced space rocket, dubbed Nuri, successfully blasted off on Thursday. While "
             "the rocket reached its desire altitude, the mission failed to launch a dummy satellite into orbit.")


def _nuri(title: str, text: str):
    return run_case(NURI_Q, "2021-10-31T23:59:59+09:00", "",
                    [("https://www.cnet.com/news/south-korea-launches-its-first-domestic-space-rocket/",
                      "2021-10-21T00:00:00-07:00", title, text)], "2021-10-22T00:00:00+00:00")


def test_the_first_launch_failing_settles_a_first_launch_market():
    v = _nuri(NURI_TITLE, NURI_TEXT)
    assert decided(v) == "likely-no"
    assert _launch_fail(v)


def test_another_flight_of_the_order_must_not_fire():
    # the same failure told of the rocket's second launch says nothing of its first
    text = NURI_TEXT.replace("South Korea's first domestically produced space rocket, dubbed Nuri,",
                             "South Korea's domestically produced Nuri space rocket")
    v = _nuri("South Korea launches its Nuri rocket for a second time", text)
    assert not _launch_fail(v)


# b63-h3-maiden-flight-orbit-mar2023-no
H3_Q = "Will JAXA's new H3 rocket successfully reach orbit on its maiden flight by March 31, 2023?"
H3_JIJI = ("Tanegashima, Kagoshima Pref., March 7 (Jiji Press)--The Japanese space agency's attempt to launch the first "
           "model of the country's new flagship H3 rocket ended in failure Tuesday as its second stage engine failed to "
           "ignite.")
H3_DESTRUCT = ('"A destruct command has been transmitted to H3 around 10:52 a.m. (Japan Standard Time), because there was no '
               'possibility of achieving the mission," a statement from the Japan Aerospace Exploration Agency (JAXA) said.')


def _h3(title: str, text: str):
    return run_case(H3_Q, "2023-03-31T23:59:59+09:00", "",
                    [("https://www.nippon.com/en/news/yjj2023030700428/", "2023-03-07T00:00:00+09:00", title, text)],
                    "2023-03-07T12:00:00+00:00")


def test_a_maiden_flight_ended_in_failure_or_destroyed_settles_it():
    v = _h3("", H3_JIJI)
    assert decided(v) == "likely-no" and _launch_fail(v)
    v = _h3("Japan's new rocket fails on debut launch in setback for space program", H3_DESTRUCT)
    assert decided(v) == "likely-no" and _launch_fail(v)


def test_a_later_flight_of_the_rocket_must_not_fire():
    v = _h3("", H3_JIJI.replace("the first model", "the second model"))
    assert not _launch_fail(v)
    # a destruct command told only as a plan ('would be sent if'), not a report
    v = _h3("Japan's new rocket fails on debut launch in setback for space program",
            "JAXA said a destruct command would be sent to H3 if the second stage did not ignite.")
    assert not any("destruct" in c.reason for c in _launch_fail(v))


# b82-long-march5-y2-shijian18-orbit-jul2017-multi-no
LM5_Q = "Will China's second Long March 5 rocket place the Shijian-18 satellite into orbit by July 31, 2017?"
LM5_TITLE = "Long March 5 rocket launch fails – Chinese state media (VIDEO)"
LM5_CARRY = "The rocket was carrying an experimental Shijian-18 communications satellite."
LM5_UNCLEAR = "It is not yet clear what caused the rocket to fail."


def _lm5(title: str, text: str):
    return run_case(LM5_Q, "2017-07-31T23:59:59+08:00", "",
                    [("https://www.rt.com/news/394980-long-march-rocket-china/", "2017-07-02T00:00:00+03:00", title, text)],
                    "2017-07-05T00:00:00+00:00")


def test_the_rocket_carrying_the_named_payload_failed():
    v = _lm5(LM5_TITLE, LM5_CARRY + "\n\n" + LM5_UNCLEAR)
    assert decided(v) == "likely-no" and _launch_fail(v)


def test_a_cause_unclear_alone_or_a_scrub_must_not_fire():
    v = _lm5("", LM5_CARRY + "\n\n" + LM5_UNCLEAR)
    assert not _launch_fail(v)
    v = _lm5("Long March 5 rocket launch scrubbed – Chinese state media", LM5_CARRY)
    assert not _launch_fail(v) and decided(v) != "likely-no"


# b18-pslv-c61-eos09-reaches-orbit-no
PSLV_Q = "Will ISRO's PSLV-C61 successfully place the EOS-09 satellite in orbit?"
PSLV_ANI = ("Sriharikota (Andhra Pradesh) [India], May 18 (ANI): The Indian Space Research Organisation (ISRO) Chief V "
            "Narayanan confirmed that the launch of the EOS-09 satellite, which was launched on Sunday, could not be "
            "accomplished, and scientists are further studying the entire performance.")


def _pslv(title: str, text: str):
    return run_case(PSLV_Q, "2025-05-31T23:59:59+05:30", "",
                    [("https://www.livemint.com/news/isro-eos-09-satellite-launch-11747540861483.html",
                      "2025-05-18T00:00:00+05:30", title, text)], "2025-05-19T00:00:00+00:00")


def test_a_launch_that_could_not_be_accomplished():
    v = _pslv("ISRO EOS 09 Satellite Launch V Narayanan Mission Fails Sriharikota", PSLV_ANI)
    assert decided(v) == "likely-no"
    assert len(_launch_fail(v)) == 2  # the headline ('EOS 09' written with a space) and the body


def test_an_accomplished_launch_must_not_fire():
    v = _pslv("", PSLV_ANI.replace("could not be accomplished", "was accomplished"))
    assert not _launch_fail(v)


# b102-epsilon6-satellites-to-orbit-by-oct31-2022-no
EPS_Q = "Will JAXA's Epsilon-6 rocket deliver its satellites to orbit by October 31, 2022?"
EPS_TEXT = ("The Japan Aerospace Exploration Agency said it sent out a self-destruct signal to the Epsilon-6 solid-fuel "
            "rocket soon after it was launched on Wednesday morning from Uchinoura Space Center in Kagoshima Prefecture.\n\n"
            "Trouble apparently occurred after the launch at 9:50 a.m. This is the first time that an Epsilon launch has "
            "failed.")


def test_a_named_flight_that_failed():
    v = run_case(EPS_Q, "2022-10-31T23:59:59+09:00", "",
                 [("https://japannews.yomiuri.co.jp/society/general-news/20221012-63861/", "2022-10-12T00:00:00+09:00", "",
                   EPS_TEXT)], "2022-10-13T00:00:00+00:00")
    assert decided(v) == "likely-no" and _launch_fail(v)


def test_markets_naming_no_one_unit_are_not_read():
    # 'a satellite', 'a Falcon 1 rocket', 'the Eris rocket' by a date: another attempt may follow (failed_attempt)
    for q in ("Will Space One's Kairos rocket place a satellite into orbit by December 31, 2024?",
              "Will a SpaceX Falcon 1 rocket reach Earth orbit by September 30, 2008?",
              "Will Gilmour Space's Eris rocket reach orbit by December 31, 2025?",
              "Will North Korea successfully put a military reconnaissance satellite into orbit by August 31, 2023?",
              "Will ISRO's Small Satellite Launch Vehicle (SSLV) successfully place a satellite in its intended orbit by "
              "February 28, 2023?",
              # an insertion at another body can be tried again
              "Will South Korea's Danuri lunar orbiter enter lunar orbit by December 31, 2022?",
              "Will BepiColombo enter orbit around Mercury by December 31, 2025?"):
        assert failed_launches._unit(q) is None, q
    assert failed_launches._unit(VEGA_Q) is not None and failed_launches._unit(H3_Q).order == "1"


def test_kairos_earlier_failure_stays_a_setback():
    # b20-kairos-2-orbit-by-dec31-2024-undet: the first rocket's failure told as the background of a delay
    v = run_case("Will Space One's Kairos rocket place a satellite into orbit by December 31, 2024?",
                 "2024-12-31T23:59:59+09:00", "",
                 [("https://www.japantimes.co.jp/news/2024/12/14/japan/science-health/space-one-kairos-rocket-delay/",
                   "2024-12-14T00:00:00+09:00", "Space One Kairos Rocket Delay",
                   "This delay comes after the failure of its first rocket, which erupted into flames just seconds after "
                   "liftoff earlier this spring.")], "2024-12-16T12:00:00+00:00")
    assert not _launch_fail(v) and decided(v) != "likely-no"


def test_a_long_sentence_of_failure_words_is_read_quickly():
    unit = "the launch of the Vega rocket carrying the Falcon Eye 1 satellite failed to put it into orbit and ended in failure, "
    body = (unit * (30_000 // len(unit))).strip()
    t0 = time.process_time()
    _vega(VEGA_TITLE, body + ".")
    assert_cpu_within(t0, 5.0)
