"""Events and states of the twelfth round (r12-events): a passive 'be captured' has no winner; a
named instance of an indefinite object ('sign a bilateral treaty') is the object; a legislature's
title is the body reports call 'parliament'; a craft's own name is the craft; an impeachment is
not a removal from office; 'put to death' is an execution. Sentences verbatim from the development
corpus (batches 55-56); each names its case, with near wordings where a reading must not fire."""

from resolver.engine import evaluate_market
from resolver.engine.derive import derive_target
from resolver.engine.legislatures import generic_names
from resolver.engine.named_objects import craft_name
from tests.conftest import decided, news_article as article, news_market as market, ts


def _fired(v, *rules):
    return [c for c in v.contributions if c.rule in rules and c.weight]


def _run(q, deadline, c, published, title, body, as_of):
    return evaluate_market(market(q, deadline, c), [article("https://news.example/a", published, title, body)], ts(as_of))


# b56-saddam-captured-by-dec31-2003-multi-yes
SADDAM_Q = "Will Saddam Hussein be captured or killed by December 31, 2003?"
SADDAM_C = ("This market will resolve to \"Yes\" if, on or before December 31, 2003, U.S. or coalition authorities "
            "officially confirm that former Iraqi President Saddam Hussein has been taken into custody or killed. "
            "Unconfirmed news reports do not count. Otherwise, this market will resolve to \"No\".")
SADDAM = ("WASHINGTON, Dec. 14, 2003 — With three words – “We got him” – Ambassador L. Paul Bremer III announced at a press "
          "briefing in Baghdad today that U.S. forces had captured Iraqi dictator Saddam Hussein near his hometown of Tikrit.")


def test_a_passive_capture_has_no_winner():
    t = derive_target(market(SADDAM_Q, "2003-12-31T23:59:59+03:00", SADDAM_C))
    assert t.candidate is None
    v = _run(SADDAM_Q, "2003-12-31T23:59:59+03:00", SADDAM_C, "2003-12-14T00:00:00-05:00",
             "U.S. Defense Details Saddam's Capture Near Tikrit", SADDAM, "2003-12-15T00:00:00+00:00")
    assert _fired(v, "confirmation") and decided(v) == "likely-yes"


def test_an_active_capture_keeps_its_winner():
    # must not change: 'Will Arsenal capture the title' — the subject must be the one who wins
    t = derive_target(market("Will Arsenal capture the Premier League title by May 31, 2025?", "2025-05-31T23:59:59+00:00"))
    assert t.candidate == "Arsenal"


# b55-australia-tuvalu-falepili-treaty-signed-by-nov15-2023-yes
TUV_Q = ("Will Australia and Tuvalu sign a bilateral treaty offering Tuvaluans a climate mobility pathway by November 15, "
         "2023?")
TUV = ("On 9 November 2023 the Government of Tuvalu and the Government of Australia signed the Australia-Tuvalu Falepili "
       "Union Treaty addressing migration and security issues in the context of their bilateral relations.")


def test_a_titled_treaty_is_an_indefinite_treaty_of_the_question():
    v = _run(TUV_Q, "2023-11-15T23:59:59+11:00", "", "2023-11-13T00:00:00+00:00",
             "Tuvalu-Australia Falepili Union Treaty", TUV, "2023-11-14T00:00:00+00:00")
    assert _fired(v, "confirmation") and v.verdict == "likely-yes"


def test_a_titled_treaty_is_another_than_a_definite_one():
    # must not fire: the question names one treaty ('the ... treaty'); another title is another treaty
    q = "Will Australia and Tuvalu sign the bilateral climate treaty by November 15, 2023?"
    v = _run(q, "2023-11-15T23:59:59+11:00", "", "2023-11-13T00:00:00+00:00", "Pacific news",
             "On 9 November 2023 the Government of Tuvalu and the Government of Australia signed the Australia-Tuvalu "
             "Fisheries Treaty addressing fishing in the context of their bilateral relations.",
             "2023-11-14T00:00:00+00:00")
    assert not _fired(v, "confirmation")


# b55-kuwait-emir-dissolves-assembly-by-may31-2024-yes
KUW_Q = "Will Kuwait's emir dissolve the National Assembly by May 31, 2024?"
KUW = ("Kuwait's Emir Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah on Friday dissolved the parliament and suspended some "
       "articles of the country's constitution.")


def test_a_legislature_by_its_title_is_the_parliament_of_reports():
    v = _run(KUW_Q, "2024-05-31T23:59:59+03:00", "", "2024-05-10T00:00:00+03:00", "Gulf news", KUW,
             "2024-05-11T00:00:00+00:00")
    assert _fired(v, "confirmation") and v.verdict == "likely-yes"


def test_a_title_that_modifies_another_head_names_no_body():
    # must not fire: 'National Assembly seats', 'a Bundestag vote' are not the legislature itself
    assert generic_names("National Assembly") and generic_names("Israel's Knesset")
    assert not generic_names("National Assembly seats") and not generic_names("Bundestag vote")
    assert not generic_names("assembly line")


# b55-new-glenn-first-launch-by-jan15-2025-multi-no
NG_Q = "Will Blue Origin's New Glenn rocket make its first launch by January 15, 2025?"
NG = ("Jeff Bezos‘ Blue Origin said on Monday evening that it is now looking to launch its New Glenn launch vehicle to "
      "orbit for the first time no earlier than Thursday, Jan. 16, after scrapping liftoff on Monday morning.")


def test_a_craft_by_its_own_name_is_the_craft():
    assert craft_name(NG_Q, frozenset({"rocket"})) == "New Glenn"
    v = _run(NG_Q, "2025-01-15T23:59:59-05:00", "", "2025-01-13T18:00:00-05:00",
             "Jeff Bezos' Blue Origin Now Eyeing Thursday For New Glenn's First Launch To Orbit", NG,
             "2025-01-14T12:00:00+00:00")
    assert _fired(v, "scheduled_after_deadline")


def test_a_craft_name_needs_its_owner_possessive():
    # must not fire: capitalised words with no owner's possessive before them may be a doer's name
    assert craft_name("Will SpaceX launch the Starship rocket by May 31, 2025?", frozenset({"rocket"})) is None
    assert craft_name("Will Rocket Lab launch a rocket by May 31, 2025?", frozenset({"rocket"})) is None


# b56-park-geun-hye-remains-president-through-dec31-2016-multi-yes
PARK_Q = "Will Park Geun-hye remain President of South Korea through December 31, 2016?"


def test_an_impeachment_is_not_a_removal():
    v = _run(PARK_Q, "2016-12-31T23:59:59+09:00", "", "2016-12-09T00:00:00+09:00",
             "Breaking: President Park Geun Hye Impeached By National Assembly",
             "Prime minister Hwang Kyo Ahn will take her place as the acting president.", "2016-12-10T00:00:00+00:00")
    assert not _fired(v, "state_ended")
    v = _run(PARK_Q, "2016-12-31T23:59:59+09:00", "", "2016-12-09T00:00:00+09:00", "Seoul news",
             "Lawmakers impeached President Park Geun-hye on Friday.", "2016-12-10T00:00:00+00:00")
    assert not _fired(v, "state_ended")


def test_a_removal_still_ends_the_office():
    # must still fire: removed from office is the state's end
    v = _run(PARK_Q, "2016-12-31T23:59:59+09:00", "", "2016-12-20T00:00:00+09:00", "Seoul news",
             "The court removed President Park Geun-hye from office on Tuesday.", "2016-12-21T00:00:00+00:00")
    assert _fired(v, "state_ended")


# b55-tiktok-stays-available-us-through-jan19-2025-multi-no
TT_Q = "Will TikTok remain available to users in the United States through January 19, 2025?"
TT = ("Hours before a federal law banning TikTok from the United States was set to take effect, the social media app went "
      "dark, and US users could no longer access videos on the platform.")


def _tiktok(title, body):
    return _run(TT_Q, "2025-01-19T23:59:59-05:00", "", "2025-01-18T22:55:00-05:00", title, body,
                "2025-01-19T12:00:00+00:00")


def test_a_service_gone_dark_is_over():
    v = _tiktok("TikTok Goes Dark Just Hours Before U.S. Ban Takes Effect: ‘Please Stay Tuned’", TT)
    assert len(_fired(v, "state_ended")) >= 2 and v.verdict == "likely-no"


def test_something_else_gone_dark_ends_nothing():
    # must not fire: the darkness is not the market's holder's ('the stadium went dark'), nor told done
    v = _tiktok("Cup final news", "The stadium went dark after the final whistle, fans said.")
    assert not _fired(v, "state_ended")
    v = _tiktok("TikTok news", "TikTok could go dark on Sunday if the ban takes effect.")
    assert not _fired(v, "state_ended")
