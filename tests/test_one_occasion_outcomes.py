"""A one-occasion act reported done with the wrong quantity, or with the quantity met (verbatim
corpus sentences; each test names its batch and source): a landfall at the market's place as a
weaker category settles the market as no; a landfall 'with sustained winds of 185 mph' meets 'at
least 180 mph'; a final in which the candidate was beaten ('beat World No.1 and defending champion
Serena Williams') gave the title to another."""

from resolver.engine import evaluate_market, measured_with
from tests.conftest import news_article as article, news_market as market, ts

MARIA = market("Will Hurricane Maria make landfall in Puerto Rico as a Category 5 hurricane?", "2017-09-30T23:59:59-04:00",
               "This market will resolve to \"Yes\" if the National Hurricane Center reports that Hurricane Maria made "
               "landfall in Puerto Rico as a Category 5 hurricane (sustained winds of 157 mph or higher) in its "
               "operational advisories by September 30, 2017. Otherwise, this market will resolve to \"No\".")
# batch-39, http://www.lehighvalleylive.com/weather/index.ssf/2017/09/devastating_marias_center_make.html
MARIA_LANDFALL = ("The center of Hurricane Maria made landfall about 6:15 a.m. Wednesday near Yabucoa, Puerto Rico, as a "
                  "Category 4 storm, the National Hurricane Center reports.")


def _maria(text: str):
    return evaluate_market(MARIA, [article("http://www.lehighvalleylive.com/weather/maria", "2017-09-20T00:00:00-04:00",
                                           "Devastating Maria's center makes landfall in Puerto Rico", text)],
                           ts("2017-09-21T12:00:00+00:00"))


def test_landfall_at_the_place_as_a_weaker_category_is_no():
    v = _maria(MARIA_LANDFALL)
    assert v.verdict == "likely-no"
    assert any(c.rule == "magnitude_short" and c.weight < 0 for c in v.contributions)


def test_guard_landfall_elsewhere_as_a_weaker_category_decides_nothing():
    v = _maria(MARIA_LANDFALL.replace("near Yabucoa, Puerto Rico,", "on Dominica"))
    assert v.verdict == "undetermined"
    assert not any(c.rule == "magnitude_short" and c.weight for c in v.contributions)


def test_guard_a_second_landfall_market_is_not_one_occasion():
    second = market("Will Hurricane Maria make a second landfall in Puerto Rico as a Category 5 hurricane?",
                    "2017-09-30T23:59:59-04:00")
    v = evaluate_market(second, [article("http://www.lehighvalleylive.com/weather/maria", "2017-09-20T00:00:00-04:00",
                                         "Maria", MARIA_LANDFALL)], ts("2017-09-21T12:00:00+00:00"))
    assert not any(c.rule == "magnitude_short" and c.weight for c in v.contributions)


DORIAN = market("Will Hurricane Dorian make landfall in the Bahamas with maximum sustained winds of at least 180 mph?",
                "2019-09-05T23:59:59-04:00",
                "This market will resolve to \"Yes\" if Hurricane Dorian makes landfall anywhere in the Bahamas with "
                "maximum sustained winds of 180 mph or greater, as reported by the National Hurricane Center, by "
                "September 5, 2019. Otherwise, this market will resolve to \"No\".")
# batch-39, https://abc7news.com/weather/hurricane-dorian-strongest-landfalling-storm-in-a-lifetime/5507224/
DORIAN_LANDFALL = ("Hurricane Dorian is a catastrophic storm leaving its mark in the record books.It made landfall on "
                   "Saturday, Sept. 1 on the Abaco Islands in the northern Bahamas with sustained winds of 185 mph.")


def _dorian(text: str):
    return evaluate_market(DORIAN, [article("https://abc7news.com/weather/dorian", "2019-09-02T00:00:00-07:00",
                                            "Hurricane Dorian strongest landfalling storm in a lifetime", text)],
                           ts("2019-09-02T18:00:00+00:00"))


def test_landfall_with_winds_over_the_bar_is_yes():
    v = _dorian(DORIAN_LANDFALL)
    assert v.verdict == "likely-yes"


def test_guard_landfall_with_winds_under_the_bar_is_no_confirmation():
    v = _dorian(DORIAN_LANDFALL.replace("185 mph", "150 mph"))
    assert v.verdict != "likely-yes"


def test_guard_gusts_or_rough_figures_are_not_the_measure():
    q = DORIAN.question
    assert measured_with.check(q, "It made landfall with gusts of 220 mph.", 3) is None
    assert measured_with.check(q, "It made landfall with sustained winds of about 185 mph.", 3) is None
    assert measured_with.check(q, "It made landfall with sustained winds of 185 km/h.", 3) is None
    assert measured_with.check(q, "It made landfall with sustained winds of 185 mph.", 3)[0] == "met"


SERENA = market("Will Serena Williams win the 2016 French Open women's singles title?", "2016-06-05T23:59:59+02:00",
                "This market will resolve to \"Yes\" if Serena Williams wins the women's singles championship at the "
                "2016 French Open (Roland Garros). Otherwise, this market will resolve to \"No\".")
# batch-39, https://business-standard.com/amp/article/news-ians/muguruza-conquers-serena-to-clinch-french-open-crown-special-to-ians-116060400850_1.html
SERENA_FINAL = ("Spanish tennis player Garbine Muguruza beat World No.1 and defending champion Serena Williams 7-5, 6-4 to "
                "win her maiden Grand Slam crown at the French Open here on Saturday.")


def _serena(text: str):
    return evaluate_market(SERENA, [article("https://business-standard.com/amp/article/news-ians/muguruza",
                                            "2016-06-04T00:00:00+05:30", "Muguruza conquers Serena to clinch French Open crown",
                                            text)], ts("2016-06-05T12:00:00+00:00"))


def test_beaten_after_two_joined_titles_is_no():
    v = _serena(SERENA_FINAL)
    assert v.verdict == "likely-no"
    assert any(c.rule == "rival_outcome" and "beaten" in c.reason for c in v.contributions)


def test_guard_and_opening_another_clause_is_not_a_title():
    v = _serena("Spanish tennis player Garbine Muguruza beat Samantha Stosur and Serena Williams beat Kiki Bertens "
                "in the semi-finals on Thursday.")
    assert not any(c.rule == "rival_outcome" and "beaten" in c.reason for c in v.contributions)


MINOR = market("Will Paul Minor be resentenced to time served by June 30, 2011?", "2011-06-30T23:59:59-05:00",
               "This market will resolve to \"Yes\" if at his resentencing in federal court in Mississippi, former attorney "
               "Paul Minor receives a sentence of time already served (i.e., no further prison time) by June 30, 2011. "
               "Otherwise, this market will resolve to \"No\".")
# batch-40, https://www.picayuneitem.com/2011/06/former-mississippi-attorney-paul-minor-was-re-sentenced-monday-to-eight-years-in-prison-in-a-judicial-corruption-scheme-involving-two-ex-judges-who-also-were-ordered-back-to-federal-lock-up/
MINOR_RESENTENCED = ("Former Mississippi attorney Paul Minor was re-sentenced Monday to eight years in prison in a judicial "
                     "corruption scheme involving two ex-judges, who also were ordered back to federal lock-up.")


def _minor(text: str):
    return evaluate_market(MINOR, [article("https://www.picayuneitem.com/2011/06/minor", "2011-06-15T14:03:00-05:00",
                                           "2 ex-judges, lawyer back to prison in loan scheme", text)],
                           ts("2011-06-16T00:00:00+00:00"))


def test_resentenced_to_a_prison_term_for_a_time_served_market_is_no():
    v = _minor(MINOR_RESENTENCED)
    assert v.verdict == "likely-no"
    assert any(c.rule == "opposite_outcome" and "eight years in prison" in c.reason for c in v.contributions)


def test_resentenced_to_time_served_is_not_the_other_way():
    v = _minor("Former Mississippi attorney Paul Minor was re-sentenced Monday to time served in a judicial corruption "
               "scheme.")
    assert not any(c.rule == "opposite_outcome" for c in v.contributions)


def test_guard_a_prison_market_is_not_read_as_time_served():
    prison = market("Will Paul Minor be resentenced to prison by June 30, 2011?", "2011-06-30T23:59:59-05:00")
    v = evaluate_market(prison, [article("https://www.picayuneitem.com/2011/06/minor", "2011-06-15T14:03:00-05:00",
                                         "Minor", MINOR_RESENTENCED)], ts("2011-06-16T00:00:00+00:00"))
    assert v.verdict != "likely-no"


def test_to_win_in_a_past_sentence_dated_the_publication_day_is_no_plan():
    v = _serena(SERENA_FINAL)
    assert not any(c.rule == "plan_before_deadline" for c in v.contributions)


def test_guard_an_expected_win_on_the_publication_day_is_still_a_plan():
    v = _serena("Serena Williams is expected to win her 22nd Grand Slam crown at the French Open here on Saturday.")
    assert any((c.base_rule or c.rule) == "plan_before_deadline" for c in v.contributions)
