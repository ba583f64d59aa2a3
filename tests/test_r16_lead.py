"""Readings the lead added while merging the sixteenth round's branches: a season's prize named by the
initials of the market's competition is the market's prize ('wins fourth IPL title' for the Indian
Premier League). Sentences verbatim from the development corpus; each names its case."""

from tests.conftest import decided, fired, run_case

# -- b88-mumbai-indians-win-ipl-2019-multi-yes ---------------------------------------------------------------
IPL = dict(question="Will Mumbai Indians win the 2019 Indian Premier League?", deadline="2019-05-12T23:59:59+05:30",
           criteria='This market will resolve to "Yes" if Mumbai Indians win the final of the 2019 Indian Premier League '
                    '(IPL) season and are crowned champions. Otherwise, this market will resolve to "No".',
           as_of="2019-05-14T00:00:00+00:00")


def _ipl(title):
    return run_case(IPL["question"], IPL["deadline"], IPL["criteria"],
                    [("https://www.stabroeknews.com/2019/sports/05/13/mumbai-indians-wins-fourth-ipl-title",
                      "2019-05-13T00:00:00-04:00", title, "")], IPL["as_of"])


def test_a_title_named_by_the_competitions_initials_is_the_markets_prize():
    v = _ipl("Mumbai Indians wins fourth IPL title")
    assert fired(v, "confirmation") and decided(v) == "likely-yes"


def test_a_title_named_by_other_initials_stays_another_prize():
    v = _ipl("Mumbai Indians wins fourth WPL title")
    assert not fired(v, "confirmation") and decided(v) != "likely-yes"
