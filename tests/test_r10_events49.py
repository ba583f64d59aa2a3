"""Event stories of batches 49-50 the engine left undetermined, read at their cause on the
sentences verbatim (each test names its corpus case), with must-not-fire guards from other corpus
sentences: a negated modal governing a verb of knowing ('cannot confirm the reports of Gaddafi's
capture', engine/epistemic_cues.py); a craft 'inserted into orbit' (frames.json, enter-orbit); a
bare act noun pushed back in a story headed with the market's actor ('A Thursday launch attempt was
scrubbed', engine/anaphoric_acts.py); an excluded word in a time clause closing the sentence after
the act ('a week after an earlier attempt was called off', engine/dating_clauses.py)."""

from resolver.engine import evaluate_market
from resolver.engine.analysis import analyse
from resolver.engine.anaphoric_acts import _bare
from resolver.engine.epistemic_cues import about_knowing
from resolver.engine.evaluate import market_context
from resolver.engine.spec import default_rule_set
from resolver.engine.text import make_sentence
from tests.conftest import news_article as article, news_market as market, ts


def _fired(v, rule):
    return [c for c in v.contributions if c.rule == rule and c.weight]


def _knowing(text, cue):
    s = make_sentence(text, 1)
    return about_knowing(s, 0, len(s.tokens), cue.split(), [])


# b49-gaddafi-captured-or-killed-by-oct31-2011-multi-yes
GADDAFI = market("Will Muammar Gaddafi be captured or killed by October 31, 2011?", "2011-10-31T23:59:59+02:00",
                 "This market will resolve to \"Yes\" if, by October 31, 2011, Muammar Gaddafi is captured by Libyan "
                 "transitional government forces or killed, as confirmed by Libya's National Transitional Council or "
                 "credible reporting. Otherwise, this market will resolve to \"No\".")
CAPTURE = ("Libyan TV is reporting that Muammar Gaddafi has been captured by NTC fighters in Sirte.\n"
           "Gaddafi is captured and is wounded, Abdel Majid, another NTC official, told the Reuters news agency.\n"
           "NATO and the US state department said it cannot confirm the reports of Gaddafi's capture.")
CANNOT_CONFIRM = "NATO and the US state department said it cannot confirm the reports of Gaddafi's capture."


def test_cannot_confirm_is_about_knowing_not_the_act():
    assert _knowing(CANNOT_CONFIRM, "cannot")
    v = evaluate_market(GADDAFI, [article("http://thevoiceofrohingya.blogspot.com/2011/10/libyan-tv-reports-capture-of-gaddafi.html",
                                          "2011-10-20T00:00:00+02:00", "Libyan TV reports 'capture' of Gaddafi", CAPTURE)],
                        ts("2011-10-21T12:00:00+00:00"))
    assert not _fired(v, "ruled_out")
    assert v.verdict == "likely-yes"


def test_cannot_governing_another_verb_still_rules_out():
    # guards: b08-baldwin-convicted-rust-by-dec31-2024-no, b19-scotus-upholds-colorado-trump-ballot-removal-2024-no
    assert not _knowing("A New Mexico judge on Friday threw out the involuntary manslaughter case against Alec Baldwin "
                        "in the middle of his trial and said it cannot be filed again.", "cannot")
    assert not _knowing("Former President Trump cannot be barred from Colorado's primary ballot under the 14th "
                        "Amendment, the Supreme Court ruled unanimously on Monday.", "cannot")


def test_confirming_as_the_act_is_not_knowing():
    # the verb of knowing is the market's act (a confirmation vote): the cue is about the act
    s = make_sentence(CANNOT_CONFIRM, 1)
    k = next(i for i, t in enumerate(s.tokens) if t.lower == "confirm")
    assert not about_knowing(s, 0, len(s.tokens), ["cannot"], [k])


# b49-mangalyaan-mars-orbit-by-sep24-2014-yes
MOM = market("Will India's Mars Orbiter Mission enter orbit around Mars by September 24, 2014?",
             "2014-09-24T23:59:59+05:30",
             "This market will resolve to \"Yes\" if, by September 24, 2014 (India Standard Time), ISRO's Mars Orbiter "
             "Mission (Mangalyaan) successfully completes its Mars orbit insertion and is in orbit around Mars. "
             "Otherwise, this market will resolve to \"No\".")
INSERTED = ("The Indian Space Research Organization's (ISRO) Mars Orbiter Mission (MOM), informally called Mangalyaan "
            "(meaning \"Mars-craft\") was successfully inserted into orbit of Mars on 24 September 2014, making India the "
            "first country in the world to successfully send a spacecraft to Mars on its very first attempt.")


def test_inserted_into_orbit_enters_orbit():
    v = evaluate_market(MOM, [article("http://bladalarb.blogspot.com/2014/09/mangalyaan-enters-martian-orbit.html",
                                      "2014-09-24T00:00:00+05:30", "", INSERTED)], ts("2014-09-25T12:00:00+00:00"))
    assert _fired(v, "confirmation")
    assert v.verdict == "likely-yes"


def test_an_insertion_noun_is_still_no_report():
    # guard: b26-bepicolombo-mercury-orbit-by-dec31-2025-no
    bepi = market("Will BepiColombo enter orbit around Mercury by December 31, 2025?", "2025-12-31T23:59:59+00:00")
    below = ("“Following months of investigations, we have concluded that MTM’s electric thrusters will remain "
             "operating below the minimum thrust required for an insertion into orbit around Mercury in December 2025,” "
             "the European Space Agency’s (ESA) BepiColombo mission manager, Santa Martinez, said in a Sept.")
    v = evaluate_market(bepi, [article("https://www.space.com/x", "2024-09-04T00:00:00+00:00", "", below)],
                        ts("2024-09-10T00:00:00+00:00"))
    assert not [c for c in v.contributions if c.direction == "yes"]


# b49-orion-eft1-launch-by-dec4-2014-no
ORION = market("Will NASA's Orion spacecraft launch on its first flight test by December 4, 2014?",
               "2014-12-04T23:59:59-05:00",
               "This market will resolve to \"Yes\" if NASA's uncrewed Orion spacecraft lifts off on Exploration Flight "
               "Test-1 aboard a Delta IV Heavy rocket by 11:59 PM ET on December 4, 2014. Otherwise, this market will "
               "resolve to \"No\".")
RESET = ("The first flight test of Orion, NASA’s next-generation spacecraft capable of sending astronauts on future "
         "missions to an asteroid and the journey to Mars, now is scheduled to launch Friday, December 5 at 7:05 a.m. "
         "EST atop a United Launch Alliance Delta IV Heavy from Cape Canaveral Air Force Station in Florida. NASA "
         "Television coverage will begin at 6 a.m. There is a two-hour, 39-minute window for the launch.\n\n"
         "A Thursday launch attempt was scrubbed due to valve issues that could not be remedied before the launch "
         "window closed.")


def test_a_bare_launch_attempt_scrubbed_in_the_story_is_the_act_pushed_back():
    v = evaluate_market(ORION, [article("https://astronomy.com/space-exploration/orion-flight-test-reset-for-december-5",
                                        "2014-12-04T00:00:00-05:00", "Orion flight test reset for December 5", RESET)],
                        ts("2014-12-04T20:00:00+00:00"))
    assert any("scrubbed" in c.reason for c in _fired(v, "ruled_out"))
    assert v.verdict == "likely-no"  # two families: the new date and the scrub; the weak-reading gate lets it pass


def test_a_bare_scrub_in_a_story_not_headed_with_the_actor_is_not_read():
    v = evaluate_market(ORION, [article("https://astronomy.com/x", "2014-12-04T00:00:00-05:00", "Space news",
                                        "A Thursday launch attempt was scrubbed due to valve issues that could not be "
                                        "remedied before the launch window closed.")], ts("2014-12-04T20:00:00+00:00"))
    assert not _fired(v, "ruled_out")


def test_a_launch_called_off_minutes_before_liftoff_stays_open():
    # guard: b15-juice-launch-by-apr30-2023-asof-apr14-undet ('called off' a bare launch is a scrub told as a cancel)
    m = market("Will ESA's JUICE mission launch by April 30, 2023?", "2023-04-30T23:59:59-03:00",
               "This market will resolve to \"Yes\" if the Ariane 5 rocket carrying ESA's Jupiter Icy Moons Explorer "
               "(JUICE) lifts off from Kourou by April 30, 2023, 11:59 PM Kourou time. Otherwise, this market will "
               "resolve to \"No\".")
    text = ("KOUROU: The launch of the European Space Agency´s JUICE mission, which aims to discover whether Jupiter´s "
            "icy moons are capable of hosting extraterrestrial life, was postponed on Thursday for 24 hours due to bad "
            "weather.\n\nThe launch was called off just minutes before the planned lift-off at 1215 GMT from Europe´s "
            "spaceport in Kourou, French Guiana, because of the threat of lightning in the cloudy skies overhead. The "
            "next attempt will take place at 1214 GMT on Friday, the European Space Agency said.")
    v = evaluate_market(m, [article("https://www.thenews.com.pk/print/1060436-weather-delays-launch-of-europe-s-jupiter-mission-by-24-hours",
                                    "2023-04-14T00:00:00+05:00", "Weather delays launch of Europe's Jupiter mission by 24 hours",
                                    text)], ts("2023-04-14T06:00:00+00:00"))
    assert v.verdict == "undetermined"


def test_a_launch_named_for_another_party_is_not_bare():
    # guard: b48-spacex-orbcomm-og2-launch-by-jun30-2014-multi-undet
    s = make_sentence("\"Today's ORBCOMM launch attempt has been scrubbed to address a potential concern identified "
                      "during pre-flight checks,\" SpaceX said in a written statement.", 1)
    assert not _bare(s.tokens, next(i for i, t in enumerate(s.tokens) if t.lower == "launch"))
    s = make_sentence(RESET.split("\n\n")[1], 1)
    assert _bare(s.tokens, next(i for i, t in enumerate(s.tokens) if t.lower == "launch"))


def _exclusions(m, title, text, published):
    ctx = market_context(m, default_rule_set(m))
    return [f.exclusion for f in analyse(ctx, article("https://x.example.org/a", published, title, text))
            if not f.sent.headline]


# b50-chandrayaan2-launch-by-jul31-2019-multi-yes
CHANDRAYAAN = market("Will ISRO launch Chandrayaan-2 by July 31, 2019?", "2019-07-31T23:59:59+05:30",
                     "This market will resolve to \"Yes\" if the Indian Space Research Organisation's Chandrayaan-2 "
                     "lunar mission lifts off on its launch vehicle by July 31, 2019 (IST). A scrubbed or called-off "
                     "launch attempt does not count. Otherwise, this market will resolve to \"No\".")
LAUNCHED = ("India successfully launched its second Moon mission, dubbed Chandrayaan-2, on Monday, a week after an "
            "earlier attempt was called off due to a technical snag.")


def test_an_excluded_word_in_a_closing_time_clause_is_not_what_was_done():
    assert _exclusions(CHANDRAYAAN, "", LAUNCHED, "2019-07-22T00:00:00+05:30") == [None]


def test_an_excluded_word_in_the_main_clause_still_excludes():
    # guard: b10-odysseus-moon-landing-by-feb29-2024-yes ('since 1972,' closes; 'before touchdown' is the main clause's)
    m = market("Will Intuitive Machines' Odysseus lander land on the Moon by February 29, 2024?", "2024-02-29T23:59:59-06:00",
               "This market will resolve to \"Yes\" if Intuitive Machines' IM-1 Odysseus lander touches down on the lunar "
               "surface and remains in communication with its operators after touchdown between February 15, 2024 and "
               "February 29, 2024, 11:59 PM CT. A crash or loss of the spacecraft on touchdown does not count. "
               "Otherwise, this market will resolve to \"No\".")
    text = ("Odysseus, the first U.S.-built spacecraft to land on the moon since 1972, got tripped up just before "
            "touchdown and now rests horizontally on its side on the lunar surface.")
    assert _exclusions(m, "", text, "2024-02-24T00:00:00-05:00") == ["loss spacecraft touchdown"]
