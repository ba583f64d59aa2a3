"""Celebrated acts (engine/celebrated_acts.py): an act told as a noun that is the object of a verb of
praise or ceremony told as done ('hailed the successful entry of …', 'welcomed the release of',
'applauded the passage of') is reported as done; a plan, a decision, an anniversary or a prospect
celebrated, a verb not told as done, and a modifier telling the act as still to come are not.
Sentences verbatim from the corpus (the case named in a comment), with near misses that must not
fire the reading."""

from __future__ import annotations

from conftest import decided, fired, run_case

from resolver.engine import celebrated_acts
from resolver.engine.text import make_sentence

DANURI_Q = "Will South Korea's Danuri lunar orbiter enter lunar orbit by December 31, 2022?"
DANURI_C = ("This market will resolve to \"Yes\" if, on or before December 31, 2022, South Korea's Ministry of Science "
            "and ICT or the Korea Aerospace Research Institute confirms that the Danuri (Korea Pathfinder Lunar Orbiter) "
            "spacecraft has entered orbit around the Moon. Otherwise, this market will resolve to \"No\".")
DANURI_URL = "https://en.yna.co.kr/view/AEN20221228003300315"
# b84-danuri-lunar-orbit-by-dec31-2022-yes
DANURI_T = "Yoon hails space vehicle's successful entry into moon's orbit"
DANURI_S = ("SEOUL, Dec. 28 (Yonhap) -- President Yoon Suk Yeol on Wednesday hailed the successful entry of a South "
            "Korean unmanned space vehicle into the orbit of the moon.")

STARSHIP_Q = "Will SpaceX launch Starship by March 31, 2025?"


def _danuri(title: str, text: str, published: str = "2022-12-28T11:37:00+09:00", deadline: str = "2022-12-31T23:59:59+09:00"):
    return run_case(DANURI_Q, deadline, DANURI_C, [(DANURI_URL, published, title, text)], "2023-01-05T00:00:00+09:00")


def _starship(text: str, published: str = "2025-03-13T10:00:00+00:00"):
    return run_case(STARSHIP_Q, "2025-03-31T23:59:59+00:00", "",
                    [("https://news.example.org/starship", published, "Reactions", text)], "2025-04-05T00:00:00+00:00")


def _reading(v):
    return [c for c in fired(v, "confirmation") if celebrated_acts.MARK in (c.reason or "")]


def _verb(text: str, noun: str, headline: bool = False) -> str | None:
    s = make_sentence(text, 0, headline=headline)
    i = next(k for k, t in enumerate(s.tokens) if t.lower == noun)
    j = celebrated_acts.celebrating_verb(s, i)
    return None if j is None else s.tokens[j].text


def test_hailed_entry_into_orbit_verbatim():
    # b84-danuri-lunar-orbit-by-dec31-2022-yes: the headline and the lead, both verbatim
    v = _danuri(DANURI_T, DANURI_S)
    assert _reading(v) and decided(v) == "likely-yes"


def test_headline_hails_is_read():
    assert _verb(DANURI_T, "entry", headline=True) == "hails"
    assert _verb(DANURI_S, "entry") == "hailed"


def test_hailed_the_decision_to_enter_does_not_fire():
    # must not fire: a decision celebrated, not the act
    v = _danuri("Yoon hails decision", "President Yoon Suk Yeol on Wednesday hailed the decision to send a South "
                                       "Korean unmanned space vehicle into the orbit of the moon.")
    assert not _reading(v) and decided(v) != "likely-yes"


def test_celebration_after_the_deadline_is_left_unread():
    # the celebration bounds the act's date from above only: told after the deadline, it says neither yes nor no
    v = _danuri(DANURI_T, DANURI_S, published="2023-01-04T11:37:00+09:00")
    assert not _reading(v) and decided(v) != "likely-no"
    assert any(celebrated_acts.AFTER in (c.reason or "") for c in v.contributions)


def test_welcomed_release_and_applauded_passage():
    assert _verb("Egypt and Qatar on Tuesday welcomed the release of Edan Alexander by Hamas.", "release") == "welcomed"
    assert _verb("Crypto groups on Wednesday applauded the passage of the GENIUS Act by the Senate.", "passage") == "applauded"
    assert _verb("Officials congratulated NASA on the successful landing of the rover.", "landing") == "congratulated"
    # b58-hayabusa-capsule-lands-jun2010-yes: a present progressive celebration
    assert _verb("Tokyo -- The Japan Aerospace Exploration Agency (JAXA) is celebrating the successful return of the "
                 "space capsule Hayabusa, which landed by parachute shortly before midnight on Sunday evening.",
                 "return") == "celebrating"


def test_hailed_launch_confirms():
    v = _starship("President Donald Trump on Wednesday hailed the successful launch of SpaceX's Starship rocket from Texas.")
    assert _reading(v) and decided(v) == "likely-yes"


def test_near_misses_do_not_fire():
    # must not fire: a plan, a decision, an anniversary or a prospect celebrated; a verb not told as done
    for text in (
        "President Donald Trump on Wednesday welcomed the plan for the launch of SpaceX's Starship rocket from Texas.",
        "President Donald Trump on Wednesday hailed the decision to launch SpaceX's Starship rocket from Texas.",
        "Employees on Wednesday celebrated the anniversary of the launch of SpaceX's Starship rocket from Texas.",
        "President Donald Trump on Wednesday said he looked forward to the launch of SpaceX's Starship rocket.",
        "President Donald Trump on Wednesday welcomed the planned launch of SpaceX's Starship rocket from Texas.",
        "President Donald Trump said he would hail the launch of SpaceX's Starship rocket from Texas.",
        "Employees will celebrate the launch of SpaceX's Starship rocket from Texas on Friday.",
        "President Donald Trump on Wednesday did not welcome the launch of SpaceX's Starship rocket from Texas.",
        "President Donald Trump on Wednesday hailed the launch plan for SpaceX's Starship rocket.",
    ):
        v = _starship(text)
        assert not _reading(v) and decided(v) != "likely-yes", text


def test_modifier_telling_the_act_to_come_does_not_fire():
    # must not fire: 'much-anticipated' tells the launch as awaited
    assert _verb("President Donald Trump on Wednesday welcomed the much-anticipated launch of SpaceX's Starship "
                 "rocket.", "launch") is None
    assert _verb("President Donald Trump on Wednesday welcomed the long-awaited launch of SpaceX's Starship "
                 "rocket.", "launch") is None


def test_present_caption_and_a_welcome_to_come_do_not_fire():
    # b44-curiosity-lands-by-aug5-2012-et-no: a caption's simple present
    assert _verb("Engineers at NASA's Jet Propulsion Laboratory in Pasadena, Calif., celebrate the landing of NASA's "
                 "Curiosity rover on the Red Planet.", "landing") is None
    # b17-shenzhou18-crew-lands-by-nov3-et-2024-timezone-yes: a welcome still to come
    assert _verb("1 (Xinhua) -- The Dongfeng landing site in Inner Mongolia Autonomous Region, north China, is ready to "
                 "welcome the return of the Shenzhou-18 astronaut crew, according to Jiuquan Satellite Launch Center.",
                 "return") is None


def test_contest_outcomes_are_left_to_the_contests_readings():
    # b45-kast-elected-chile-president-2021-multi-no: the one congratulating is not the winner
    assert _verb("Kast has congratulated his rival on the win on his Twitter.", "win") is None
    # b57-sirisena-wins-sri-lanka-jan2015-yes
    assert _verb("However his supporters please to celebrate the unlikely victory.", "victory") is None
