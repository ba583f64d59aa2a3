"""Readings of batch 66's misses (fourteenth round, r14-b66): a bar written after its figure ('with
maximum sustained winds of 155 mph or higher') read against the measure told with the landfall,
the place taken from the headline when the sentence locates the landfall nowhere; a body's vote
to oust told with a weekday between ('voted Wednesday to oust'), 'strips X of post'; a state of
freedom ended by custody ('bail was revoked'); a side led to a win ('leads Labor to election
win'). Sentences verbatim from the development corpus; each names its case."""

from resolver.engine import evaluate_market
from resolver.engine import measured_with
from tests.conftest import decided, news_article as article, news_market as market, ts, fired as _fired


# b66-ian-landfall-155mph-no
IAN_Q = "Will Hurricane Ian make landfall in Florida with maximum sustained winds of 155 mph or higher?"
IAN_TITLE = "Extremely dangerous Category 4 Hurricane Ian makes landfall in southwestern Florida"
IAN = "Hurricane Ian made landfall at 3:10 p.m. as a powerful Category 4 storm, with sustained winds of 150 mph."


def _ian(text=IAN, title=IAN_TITLE):
    m = market(IAN_Q, "2022-09-30T23:59:59-04:00")
    a = article("https://www.classiccountry1045.com/local/ian", "2022-09-28T00:00:00-04:00", title, text)
    return evaluate_market(m, [a], ts("2022-09-29T12:00:00+00:00"))


def test_a_bar_written_after_its_figure_is_read():
    need = measured_with.bar(IAN_Q)
    assert need is not None and need.head == "winds" and need.value == 155 and need.cmp == "at least"
    assert measured_with.check(IAN_Q, IAN, IAN.index("made"))[0] == "short"
    assert measured_with.check(IAN_Q, IAN.replace("150 mph", "160 mph"), IAN.index("made"))[0] == "met"
    assert measured_with.bar("Will a storm make landfall with winds of 100 mph or less?").cmp == "at most"


def test_a_landfall_short_of_the_bar_under_a_headline_naming_the_place_says_no():
    v = _ian()
    assert decided(v) == "likely-no"
    assert _fired(v, "magnitude_short")


def test_a_landfall_located_elsewhere_or_under_a_headline_without_the_place_is_not_read_as_no():
    # must not fire: the sentence locates the landfall in another place; the headline names no place of the market
    v = _ian(IAN.replace("made landfall at 3:10 p.m.", "made landfall in Cuba at 3:10 p.m."))
    assert not _fired(v, "magnitude_short")
    v = _ian(title="Hurricane Ian makes landfall")
    assert not _fired(v, "magnitude_short")


# b66-cheney-remains-gop-chair-may2021-multi-stays-no
CHENEY_Q = "Will Liz Cheney remain chair of the House Republican Conference through May 31, 2021?"
CHENEY = ("WASHINGTON -- House Republicans voted Wednesday to oust Rep. Liz Cheney of Wyoming from her post as the No. 3 "
          "GOP House leader for her persistent repudiation of former President Donald Trump over his claims that the "
          "presidential election was stolen.")


def _cheney(text=CHENEY, title="House GOP leadership"):
    m = market(CHENEY_Q, "2021-05-31T23:59:59-04:00")
    a = article("https://www.arkansasonline.com/news/2021/may/13/cheney", "2021-05-13T00:00:00-05:00", title, text)
    return evaluate_market(m, [a], ts("2021-05-13T12:00:00+00:00"))


def test_a_vote_to_oust_with_a_weekday_between_ends_the_office():
    assert decided(_cheney()) == "likely-no"


def test_a_headline_stripping_the_holder_of_the_post_ends_it():
    v = _cheney(text="The vote took place in a closed-door meeting.", title="GOP vote strips Cheney of No. 3 post in House")
    assert decided(v) == "likely-no"


def test_a_vote_to_oust_still_to_come_or_failed_does_not_end_the_office():
    # must not fire: a planned vote, a vote that failed to oust, a wish
    for text in ("House Republicans will vote Wednesday to oust Rep. Liz Cheney of Wyoming from her post.",
                 "House Republicans did not vote Wednesday to oust Rep. Liz Cheney of Wyoming from her post.",
                 "Some House Republicans want to oust Rep. Liz Cheney of Wyoming from her post."):
        assert not _fired(_cheney(text), "state_ended"), text


# b66-sbf-stays-free-on-bail-aug2023-multi-no
SBF_Q = "Will Sam Bankman-Fried remain free on bail through August 31, 2023?"
SBF = ("FTX founder Sam Bankman-Fried’s bail was revoked on Friday after a judge ruled in favor of federal prosecutors.\n\n"
       "U.S. District Judge Lewis Kaplan rescinded Bankman-Fried’s bail due to reported witness tampering on his behalf.")


def _sbf(text=SBF, title="Court news"):
    m = market(SBF_Q, "2023-08-31T23:59:59-04:00")
    a = article("https://news.yahoo.com/judge-sends-bankman-fried-jail", "2023-08-11T00:00:00-04:00", title, text)
    return evaluate_market(m, [a], ts("2023-08-12T12:00:00+00:00"))


def test_bail_revoked_ends_a_state_of_freedom():
    v = _sbf()
    assert decided(v) == "likely-no"
    assert _fired(v, "state_ended")
    assert _fired(_sbf("A ruling came down on Friday.", title="Judge sends Bankman-Fried to jail"), "state_ended")


def test_a_hearing_on_revoking_bail_does_not_end_it():
    # must not fire: a hearing to come, a request, a refusal (verbatim b66 first article, then near-misses)
    for text in ("A federal judge will hear additional arguments on August 11 to decide whether to revoke Sam "
                 "Bankman-Fried's bail, following prosecutors' accusations of witness tampering.",
                 "Prosecutors asked that Sam Bankman-Fried's bail be revoked.",
                 "The judge has not revoked Sam Bankman-Fried's bail.",
                 "Judge Lewis Kaplan declined to revoke Sam Bankman-Fried's bail on Friday."):
        assert not _fired(_sbf(text, title="Judge to hear arguments on revoking Sam Bankman-Fried's bail"),
                          "state_ended"), text


# b66-albanese-labor-wins-2022-election-yes
ALB_Q = "Will Anthony Albanese's Labor Party win the 2022 Australian federal election?"
ALB_TITLE = "Anthony Albanese leads Labor to election win in Australia as Scott Morrison concedes"


def _alb(title=ALB_TITLE, text="The centre-left Labor Party had been favourite to win its first election since 2007."):
    m = market(ALB_Q, "2022-06-30T23:59:59+10:00")
    a = article("https://www.lbc.co.uk/news/albanese", "2022-05-21T00:00:00+01:00", title, text)
    return evaluate_market(m, [a], ts("2022-05-22T06:00:00+00:00"))


def test_a_side_led_to_a_win_won_it():
    v = _alb()
    assert v.verdict == "likely-yes"
    assert _fired(v, "confirmation")


def test_a_lead_to_come_or_wished_is_no_win():
    # must not fire: a hope, a forecast, a race led (no win noun)
    for title in ("Anthony Albanese hopes to lead Labor to election win in Australia",
                  "Anthony Albanese could lead Labor to election win in Australia",
                  "Anthony Albanese leads Labor in Australian election count"):
        assert _alb(title).verdict != "likely-yes", title
