"""An act named but not reported done (issue 10), on sentences published verbatim (each test
names its source page): an act noun that a calling-off verb governs ('scrubs Wednesday's maiden
launch', 'The launch on Wednesday was cancelled'), an act noun in a copula's future ('It will be
the Nuri's third launch'), another instance of the act ('During Alpha Flight 6' for Flight 7,
'previous flights'), another event ('Conferences were currently being held' for a summit),
another court ('An Argentine appeals court … upheld' for the Supreme Court) and a later stage's
date ('Rutte will take office on October 2nd' for his appointment) confirm nothing; and the next
window for the act dated after the deadline ('our next opportunity starting July 27') schedules
the act after it."""

from resolver.engine import evaluate_market, mentions
from resolver.engine.text import make_sentence
from tests.conftest import decided, news_article as article, news_market as market, ts


def _yes(v) -> list:
    return [c for c in v.contributions if c.rule == "confirmation" and c.direction == "yes"]


def _nominal(text: str, word: str, headline: bool = False) -> mentions.Mention:
    """The event noun `word` of the sentence as read, or as the market's act noun makes it one."""
    sent = make_sentence(text, 0, headline=headline)
    found = next((m for m in mentions.read(sent) if m.form == word and m.kind == "nominal"), None)
    return found or mentions.nominal(sent, next(i for i, t in enumerate(sent.tokens) if t.text == word))


ERIS = market("Will Gilmour Space's Eris rocket make its maiden launch by July 20, 2025?", "2025-07-20T23:59:59+10:00",
              "This market will resolve to \"Yes\" if Gilmour Space Technologies' Eris rocket lifts off on its first "
              "flight (TestFlight1) by July 20, 2025, 11:59 PM AEST. Otherwise, this market will resolve to \"No\".")
_ERIS_URL = ("https://news.satnews.com/2025/07/15/australias-gilmour-space-explains-why-no-go-and-scrubs-wednesdays-"
             "maiden-launch-of-eris-test-flight1")
SCRUBS = ("Australia\u2019s Gilmour Space explains why NO GO, and scrubs Wednesday\u2019s maiden launch of Eris Test "
          "Flight1")


def test_a_scrubbed_launch_in_a_headline_is_no_launch():
    v = evaluate_market(ERIS, [article(_ERIS_URL, "2025-07-15T00:00:00+10:00", SCRUBS, "")],
                        ts("2025-07-16T00:00:00+00:00"))
    assert not _yes(v) and decided(v) != "likely-yes"


def test_the_scrubbing_verb_governs_the_noun_not_a_plural_subject():
    m = _nominal(SCRUBS, "launch", headline=True)
    assert not m.affirmed and m.modality == "planned" and m.cue == "scrubs"


NURI = market("Will South Korea's Nuri rocket make its third launch by May 24, 2023?", "2023-05-24T23:59:59+09:00",
              "This market will resolve to \"Yes\" if South Korea's Nuri (KSLV-II) rocket lifts off on its third flight "
              "from the Naro Space Center by May 24, 2023, 11:59 PM KST. A postponed or cancelled attempt does not "
              "count. Otherwise, this market will resolve to \"No\".")
# https://www.firstpost.com/world/south-korea-to-launch-domestic-nuri-rocket-after-technical-glitch-12644582.html
THIRD = ("It will be the Nuri\u2019s third launch, having successfully sent test satellites into orbit last year "
         "following a disastrous 2021 effort in which the rocket\u2019s third-stage engine burned out prematurely.")
CANCELLED = ("The launch on Wednesday was cancelled due to a communication issue between the launch control computer "
             "and another computer overseeing the launch pad.")


def test_the_third_launch_a_copula_will_be_is_a_plan():
    page = article("https://www.firstpost.com/world/south-korea-to-launch-domestic-nuri-rocket-after-technical-glitch-"
                   "12644582.html", "2023-05-25T00:00:00+05:30", "", f"{THIRD} {CANCELLED}")
    v = evaluate_market(NURI, [page], ts("2023-05-26T00:00:00+00:00"))
    assert not _yes(v) and decided(v) == "likely-no"  # nor is 'the launch pad' an unread mention of a launch
    m = _nominal(THIRD, "launch")
    assert m.aspect == "future" and not m.affirmed


def test_a_launch_cancelled_after_a_phrase_about_it_is_not_done():
    assert _nominal(CANCELLED, "launch").modality == "planned"
    # https://www.nydailynews.com/news/politics/ny-spacex-launch-delayed-trump-20200527-6n4t3mhy25d2hc3yd7hnnzhd54-story.html
    m = _nominal("The historic launch of a manned SpaceX rocket was postponed just minutes before blastoff Wednesday "
                 "because of stormy weather, leaving President Trump and other prominent observers high and dry.",
                 "launch")
    assert not m.affirmed and m.cue == "postponed"


def test_a_copula_gives_its_complement_its_tense():
    # https://www.vox.com/2017/6/24/15868036/watch-spacex-elon-musk-rocket-second-rocket-48-hours
    assert _nominal("This will be the company\u2019s seventh launch in 2017.", "launch").aspect == "future"
    # http://www.fox5ny.com/news/245157764-story
    done = _nominal("Thursday evening\u2019s brilliant launch from Cape Canaveral was actually the second flight for "
                    "this particular Falcon 9 rocket.", "flight")
    assert done.affirmed


FLIGHT7 = market("Will Firefly Aerospace launch Alpha Flight 7 by September 30, 2025?", "2025-09-30T23:59:59-07:00",
                 "This market will resolve to \"Yes\" if Firefly Aerospace's Alpha rocket lifts off on its seventh "
                 "flight (Alpha Flight 7) by September 30, 2025, 11:59 PM PT. FAA clearance alone does not count. "
                 "Otherwise, this market will resolve to \"No\".")
_FIREFLY_URL = ("https://us.advfn-editors.com/2025/08/27/firefly-aerospace-shares-climb-after-faa-approves-resumption-"
                "of-launches")


def test_another_numbered_flight_and_previous_flights_are_not_flight_7():
    for text in ("During Alpha Flight 6, the rocket\u2019s first stage ruptured milliseconds after stage separation, "
                 "creating a pressure wave that damaged the engine nozzle extension on the second stage, sharply "
                 "reducing thrust.",
                 "The mission\u2019s higher angle of attack compared with previous flights intensified heat exposure on "
                 "the leeward side, straining structural margins."):
        v = evaluate_market(FLIGHT7, [article(_FIREFLY_URL, "2025-08-27T00:00:00-04:00", "", text)],
                            ts("2025-08-28T12:00:00+00:00"))
        assert not _yes(v), text


SUMMIT = market("Will Ukraine's second Peace Summit be held by December 31, 2024?", "2024-12-31T23:59:59+02:00",
                "This market will resolve to \"Yes\" if the second Global Peace Summit on Ukraine (the follow-up to the "
                "June 2024 summit in Switzerland) convenes between October 1, 2024 and December 31, 2024. Thematic "
                "conferences on individual points of the Peace Formula do not count. Otherwise, this market will "
                "resolve to \"No\".")


def test_conferences_being_held_are_not_the_summit():
    page = article("https://www.anews.com.tr/world/2024/10/08/ukraine-no-longer-anticipating-peace-summit-to-be-held-in-"
                   "november", "2024-10-08T00:00:00+03:00", "",
                   "Conferences were currently being held on individual aspects of Zelensky's peace plan, she wrote on "
                   "Telegram, with the final meeting on humanitarian issues such as the exchange of prisoners of war to "
                   "take place on October 30 and October 31.")
    v = evaluate_market(SUMMIT, [page], ts("2024-10-09T12:00:00+00:00"))
    assert not _yes(v) and decided(v) == "undetermined"
    after = evaluate_market(SUMMIT, [page], ts("2025-01-02T12:00:00+00:00"))  # another name for it? an analyst reads it
    assert decided(after) == "undetermined" and any(c.rule == "unread_evidence" for c in after.contributions)


KIRCHNER = market("Will Argentina's Supreme Court uphold Cristina Fern\u00e1ndez de Kirchner's corruption conviction by "
                  "June 30, 2025?", "2025-06-30T23:59:59-03:00",
                  "This market will resolve to \"Yes\" if Argentina's Supreme Court of Justice confirms or upholds "
                  "Cristina Fern\u00e1ndez de Kirchner's conviction in the Vialidad public-works case by June 30, 2025. "
                  "Rulings of lower appeals courts do not count. Otherwise, this market will resolve to \"No\".")
APPEALS = article("https://www.urdupoint.com/en/world/argentina-court-upholds-kirchner-corruption-c-1882065.html",
                  "2024-11-13T23:00:00+05:00", "Argentina Court Upholds Kirchner Corruption Conviction",
                  "Buenos Aires, (APP - UrduPoint / Pakistan Point News - 13th Nov, 2024) An Argentine appeals court on "
                  "Wednesday upheld the corruption conviction of ex-president Cristina Kirchner, who was sentenced to "
                  "six years in prison and declared ineligible to hold elected office in 2022.")
SUPREME = article("https://www.devdiscourse.com/article/politics/3454505-argentinas-judicial-earthquake-kirchner-verdict-"
                  "upheld", "2025-06-11T00:00:00+05:30", "Argentina's Judicial Earthquake: Kirchner Verdict Upheld",
                  "Argentina's Supreme Court has upheld a landmark decision, affirming the conviction of former President "
                  "Cristina Fernandez de Kirchner.")


def test_an_appeals_court_is_not_the_supreme_court_nor_its_headline_court():
    v = evaluate_market(KIRCHNER, [APPEALS], ts("2024-11-15T12:00:00+00:00"))
    assert not _yes(v) and decided(v) == "undetermined"
    assert any("appeals court (the court its article names doing the act)" in c.reason for c in v.contributions)


def test_the_supreme_court_upholding_still_confirms():
    v = evaluate_market(KIRCHNER, [APPEALS, SUPREME], ts("2025-06-12T12:00:00+00:00"))
    assert decided(v) == "likely-yes"


RUTTE = market("Will NATO formally appoint Mark Rutte as its next Secretary General by July 12, 2024?",
               "2024-07-12T23:59:59+02:00",
               "This market will resolve to \"Yes\" if the North Atlantic Council formally appoints Mark Rutte as the next "
               "NATO Secretary General (for example by a decision or a completed silence procedure announced by NATO) "
               "by July 12, 2024. Expressions of support by individual allies do not count. Otherwise, this market will "
               "resolve to \"No\".")


def test_taking_office_later_does_not_date_the_appointment():
    page = article("https://pledgetimes.com/rutte-next-nato-secretary-romanian-president-iohanniss-veto-falls/",
                   "2024-06-20T00:00:00+02:00", "", "Rutte will take office on October 2nd.")
    v = evaluate_market(RUTTE, [page], ts("2024-06-21T12:00:00+00:00"))
    assert not any(c.rule == "scheduled_after_deadline" for c in v.contributions) and decided(v) == "undetermined"


_ERIS_BODY = ("LAUNCH SCRUBBED: NEXT WINDOW NET JULY 27\nWe\u2019re standing down from this week\u2019s launch window and "
              "aiming for our next opportunity starting July 27.")


def test_the_next_window_after_the_deadline_schedules_the_act_after_it():
    page = article(_ERIS_URL, "2025-07-15T00:00:00+10:00", SCRUBS, _ERIS_BODY)
    v = evaluate_market(ERIS, [page], ts("2025-07-16T00:00:00+00:00"))
    assert decided(v) == "likely-no" and any(c.rule == "scheduled_after_deadline" for c in v.contributions)
    later = market("Will Gilmour Space's Eris rocket make its maiden launch by July 31, 2025?", "2025-07-31T23:59:59+10:00")
    assert decided(evaluate_market(later, [page], ts("2025-07-16T00:00:00+00:00"))) == "undetermined"


CRS4 = market("Will SpaceX launch its CRS-4 cargo mission to the International Space Station by September 20, 2014?",
              "2014-09-20T23:59:59-04:00")


def test_the_next_launch_attempt_on_a_day_after_the_deadline():
    page = article("https://blogs.nasa.gov/spacex/2014/09/20/scrub/", "2014-09-20T00:00:00-04:00", "",
                   "Today\u2019s launch opportunity has been scrubbed because of poor weather. Next launch attempt is "
                   "Sunday morning at 1:52 a.m. EDT.")
    v = evaluate_market(CRS4, [page], ts("2014-09-20T20:00:00+00:00"))
    assert decided(v) == "likely-no" and any("next attempt" in c.reason for c in v.contributions)
