"""Outcomes told as another side's win, a mission's failure, or a confirmation in other words
(verbatim corpus sentences; each test names its batch and source): an undated result of the
named contest in an article of the day after the deadline is that contest's; a named mission's
failure to do the act settles it; a failure report is a read mention, not unread evidence; a
participle after a perfect clause ('has called home …, confirming …') reports its act done;
criteria naming an alternative act ('votes to end or suspend its strike') count it."""

from resolver.engine import evaluate_market
from resolver.engine.derive import derive_target
from resolver.engine.mentions import result_participle
from resolver.engine.occasions import one_occasion
from resolver.engine.text import make_sentence
from tests.conftest import news_article as article, news_market as market, ts

DJOKOVIC = market("Will Novak Djokovic win the 2021 US Open men's singles title?", "2021-09-12T23:59:59-04:00",
                  "This market will resolve to \"Yes\" if Novak Djokovic wins the men's singles title at the 2021 US "
                  "Open. If any other player wins the title, this market will resolve to \"No\".")
# batch-44, https://washingtonnewsday.com/news/daniil-medvedev-wins-the-us-open-denying-novak-djokovic-a-calendar-grand-slam/
MEDVEDEV = ("Daniil Medvedev won his first major title at the US Open, defeating Novak Djokovic at the final hurdle in "
            "his effort to win the calendar Grand Slam.")


def _djokovic(published: str):
    return evaluate_market(DJOKOVIC, [article("https://washingtonnewsday.com/news/medvedev", published,
                                              "US Open final", MEDVEDEV)], ts("2021-09-13T12:00:00+00:00"))


def test_candidate_beaten_in_an_undated_report_of_the_day_after_is_no():
    v = _djokovic("2021-09-13T00:00:00-04:00")
    assert v.verdict == "likely-no"
    assert any(c.rule == "rival_outcome" and c.weight < 0 for c in v.contributions)


def test_guard_an_undated_report_weeks_after_the_deadline_is_not_placed_in_it():
    v = _djokovic("2021-10-20T00:00:00-04:00")
    assert not any(c.rule == "rival_outcome" and c.weight for c in v.contributions)


BEST_PICTURE = market("Will \"All Quiet on the Western Front\" win Best Picture at the 2023 Oscars?",
                      "2023-03-12T23:59:59-07:00",
                      "This market will resolve to \"Yes\" if \"All Quiet on the Western Front\" wins the Academy Award "
                      "for Best Picture at the 95th Academy Awards ceremony on March 12, 2023. Otherwise, this market "
                      "will resolve to \"No\".")
# batch-43, https://collider.com/everything-everywhere-all-at-once-best-picture-winner-oscars-2023/
AWARDED = ("The Oscar for Best Picture has been awarded to Everything Everywhere All At Once, as just announced at the "
           "Dolby Theatre in Hollywood.")


def test_prize_awarded_to_another_the_morning_after_is_no():
    v = evaluate_market(BEST_PICTURE, [article("https://collider.com/eeaao", "2023-03-13T00:00:00-07:00",
                                               "Everything Everywhere All At Once Best Picture Winner Oscars 2023",
                                               AWARDED)], ts("2023-03-13T12:00:00+00:00"))
    assert v.verdict == "likely-no"


BOTAFOGO = market("Will Botafogo win the 2024 Copa Libertadores?", "2024-11-30T23:59:59-03:00")
# batch-30, https://voz.us/en/sports/241201/18708/botafogo-wins-copa-libertadores-for-the-first-time-in-its-history.html
FOGAO = "With this victory, the Fogão won the first Copa Libertadores in its history."


def test_guard_a_winner_by_another_name_under_the_candidates_win_headline_is_no_rival():
    v = evaluate_market(BOTAFOGO, [article("https://voz.us/en/sports/botafogo", "2024-12-01T00:00:00-03:00",
                                           "Botafogo wins Copa Libertadores for the first time in its history", FOGAO)],
                        ts("2024-12-01T12:00:00-03:00"))
    assert not any(c.rule == "rival_outcome" and c.weight for c in v.contributions)


VIRGIN = market("Will Virgin Orbit's \"Start Me Up\" mission from Spaceport Cornwall deliver its satellites to orbit?",
                "2023-01-31T23:59:59+00:00",
                "This market will resolve to \"Yes\" if Virgin Orbit's LauncherOne \"Start Me Up\" mission launched "
                "from Spaceport Cornwall successfully deploys its satellite payloads into Earth orbit by January 31, "
                "2023. Otherwise, this market will resolve to \"No\".")
# batch-43, https://www.newscientist.com/article/2354092-first-satellite-launch-from-the-uk-failed-due-to-an-anomaly/
VIRGIN_FAILED = ("The first orbital satellite launch from the UK took off from Spaceport Cornwall in Newquay, England but "
                 "failed to deploy its satellites to orbit.")


def test_a_named_missions_failure_settles_it():
    v = evaluate_market(VIRGIN, [article("https://www.newscientist.com/article/2354092", "2023-01-10T00:00:00+00:00",
                                         "First satellite launch from the UK failed due to an 'anomaly'",
                                         VIRGIN_FAILED)], ts("2023-01-10T12:00:00+00:00"))
    assert v.verdict == "likely-no"
    assert any(c.rule == "failed_attempt" and "named mission" in c.reason for c in v.contributions)


def test_guard_launching_a_named_mission_is_staging_not_one_occasion():
    m = market("Will NASA's Artemis I mission launch by September 30, 2022?", "2022-09-30T23:59:59-04:00")
    assert one_occasion(derive_target(m), m) is None
    m = market("Will North Korea put a spy satellite into orbit by August 31, 2023?", "2023-08-31T23:59:59+09:00")
    assert one_occasion(derive_target(m), m) is None


NORTH_KOREA = market("Will North Korea successfully put a military reconnaissance satellite into orbit by August 31, 2023?",
                     "2023-08-31T23:59:59+09:00",
                     "This market will resolve to \"Yes\" if North Korea successfully places a military reconnaissance "
                     "(spy) satellite into Earth orbit, as confirmed by North Korean state media or credible independent "
                     "sources, by August 31, 2023, 11:59 PM KST. Otherwise, this market will resolve to \"No\".")
# batch-43, https://theatlasnews.co/brief/2023/08/23/second-north-korean-attempt-to-launch-spy-satellite-fails-state-media-announces/
NK_TITLE = "Second North Korean Attempt to Launch Spy Satellite Fails, State Media Announces"
NK_FAILED = ("North Korea's second attempt to launch the country's first ever spy satellite into orbit has failed, "
             "according to state media.")


def test_failure_reports_are_read_so_the_passed_deadline_decides():
    v = evaluate_market(NORTH_KOREA, [article("https://theatlasnews.co/brief/nk", "2023-08-23T00:00:00-04:00",
                                              NK_TITLE, NK_FAILED)], ts("2023-09-01T12:00:00+00:00"))
    assert v.verdict == "likely-no"
    assert not any(c.rule == "unread_evidence" for c in v.contributions)


def test_guard_a_success_report_is_still_unread_evidence():
    v = evaluate_market(NORTH_KOREA, [article("https://theatlasnews.co/brief/nk", "2023-08-23T00:00:00-04:00",
                                              "North Korea Spy Satellite Reaches Orbit, State Media Announces",
                                              "The spy satellite reached orbit, according to state media.")],
                        ts("2023-09-01T12:00:00+00:00"))
    assert v.verdict != "likely-no"


PLUTO = market("Will NASA confirm a successful New Horizons flyby of Pluto by July 15, 2015?", "2015-07-15T23:59:59-04:00",
               "This market will resolve to \"Yes\" if NASA or the New Horizons mission team confirms, by July 15, 2015, "
               "11:59 PM ET, that the New Horizons spacecraft successfully completed its flyby of Pluto. Otherwise, "
               "this market will resolve to \"No\".")
# batch-44, http://en.people.cn/n/2015/0715/c90000-8920801.html
PLUTO_CALLED = ("LOS ANGELES, July 14 -- New Horizons spacecraft has called home on Tuesday evening for the first time "
                "since its historic flyby of Pluto, confirming the first successful flyby of Pluto, NASA TV showed.")


def test_participle_after_a_perfect_clause_reports_its_act_done():
    s = make_sentence(PLUTO_CALLED, 1)
    assert result_participle(s, [t.lower for t in s.tokens].index("confirming"), perfect=True)
    v = evaluate_market(PLUTO, [article("http://en.people.cn/n/2015/0715/c90000-8920801.html",
                                        "2015-07-15T00:00:00+08:00", "People's Daily Online", PLUTO_CALLED)],
                        ts("2015-07-15T12:00:00+00:00"))
    assert v.verdict == "likely-yes"


def test_guard_participle_after_a_future_perfect_clause_is_not_done():
    s = make_sentence("The spacecraft will have called home by Tuesday evening, confirming the flyby.", 1)
    assert not result_participle(s, [t.lower for t in s.tokens].index("confirming"), perfect=True)


US_CHINA = market("Will the US-China tariff truce remain in place until November 10, 2025?", "2025-11-10T00:01:00-05:00")
# batch-04, https://www.thestar.com.my/aseanplus/aseanplus-news/2025/08/15/citing-chinas-significant-steps-trump-extends-us-tariff-truce
EXTENDED = ("US President Donald Trump has signed an executive order extending by 90 days the US's tariff truce with "
            "China, removing the risk of an immediate escalation hours before the ceasefire was set to expire, but "
            "leaving trade relations fragile.")


def test_guard_a_participle_after_a_perfect_clause_ends_no_state():
    v = evaluate_market(US_CHINA, [article("https://www.thestar.com.my/aseanplus/truce", "2025-08-15T00:00:00+08:00",
                                           "Trump extends US tariff truce", EXTENDED)], ts("2025-10-18T00:00:00+00:00"))
    assert not any(c.rule == "state_ended" and c.weight for c in v.contributions)


STRIKE = market("Will the Chicago Teachers Union end its strike by September 18, 2012?", "2012-09-18T23:59:59-05:00",
                "This market will resolve to \"Yes\" if the Chicago Teachers Union votes to end or suspend its strike "
                "against Chicago Public Schools by September 18, 2012, 11:59 PM CT. Ratification of a new contract is "
                "not required. Otherwise, this market will resolve to \"No\".")
# batch-44, http://www.reuters.com/article/usa-chicago-schools-strike-idUSL1E8KIIJ620120918
SUSPEND = ("CHICAGO, Sept 18 (Reuters) - Chicago Teachers Union delegates voted on Tuesday to suspend their strike, "
           "several delegates said as they departed a meeting of union leaders.")


def test_criteria_alternative_act_counts():
    assert "suspend" in derive_target(STRIKE).act_forms
    v = evaluate_market(STRIKE, [article("http://www.reuters.com/article/usa-chicago-schools-strike", "2012-09-18T22:20:00+00:00",
                                         "Chicago Teachers Union delegates vote", SUSPEND)], ts("2012-09-19T12:00:00+00:00"))
    assert v.verdict == "likely-yes"


def test_guard_criteria_without_an_alternative_add_none():
    plain = market("Will the Chicago Teachers Union end its strike by September 18, 2012?", "2012-09-18T23:59:59-05:00",
                   "This market will resolve to \"Yes\" if the Chicago Teachers Union votes to end its strike by "
                   "September 18, 2012. Otherwise, this market will resolve to \"No\".")
    assert "suspend" not in derive_target(plain).act_forms


# batch-44, http://www.reuters.com/article/usa-chicago-schools-strike-idUSL1E8KIIJ620120918
DELEGATES = ("Some 800 delegates representing the union rank-and-file ended the strike after more than two hours of "
             "debate on a new three-year contract with the school district.")


def _delegates(text: str):
    return evaluate_market(STRIKE, [article("http://www.reuters.com/article/usa-chicago-schools-strike",
                                            "2012-09-18T22:20:00+00:00", "Chicago strike", text)],
                           ts("2012-09-19T12:00:00+00:00"))


def test_delegates_representing_the_named_union_are_the_union():
    v = _delegates(DELEGATES)
    assert v.verdict == "likely-yes"
    assert not any(c.rule == "does_not_count" for c in v.contributions)


def test_guard_delegates_of_another_body_are_not_the_union():
    v = _delegates(DELEGATES.replace("representing the union rank-and-file", "representing the city council"))
    assert v.verdict != "likely-yes"


FRENCH_OPEN = market("Will Novak Djokovic win the 2015 French Open men's singles title?", "2015-06-07T23:59:59+02:00",
                     "This market will resolve to \"Yes\" if Novak Djokovic wins the men's singles title at the 2015 "
                     "French Open (Roland Garros). Otherwise, this market will resolve to \"No\".")
# batch-38, https://asian-voice.com/Sport/International/Wawrinka-stuns-Djokovic-to-win-French-Open-title
STUNS = "Wawrinka stuns Djokovic to win French Open title"


def _french_open(title: str):
    return evaluate_market(FRENCH_OPEN, [article("https://asian-voice.com/Sport/International/wawrinka",
                                                 "2015-06-10T08:20:00-04:00", title, "Tennis news.")],
                           ts("2015-06-10T18:00:00+00:00"))


def test_a_surprise_over_the_candidate_to_win_the_title_is_a_defeat_in_it():
    v = _french_open(STUNS)
    assert v.verdict == "likely-no"
    assert any(c.rule == "rival_outcome" and c.weight < 0 for c in v.contributions)


def test_guard_a_surprise_to_reach_a_later_round_is_no_defeat_in_the_final():
    v = _french_open("Wawrinka stuns Djokovic to reach French Open semi-finals")
    assert not any(c.rule == "rival_outcome" and c.weight for c in v.contributions)
