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


# -- b88-bukele-sworn-in-by-jun1-2019-yes: the office's own country is no rival --------------------------------
def test_the_offices_country_is_no_rival():
    v = run_case("Will Nayib Bukele be sworn in as President of El Salvador by June 1, 2019?", "2019-06-01T23:59:59-06:00",
                 "", [("https://www.680news.com/2019/06/01/el-salvadors-president-sworn-in-ending-2-party-dominance/",
                       "2019-06-01T18:02:00-04:00", "El Salvador's president sworn in, ending 2-party dominance", "")],
                 "2019-06-02T00:00:00+00:00")
    assert not fired(v, "rival_outcome") and decided(v) != "likely-no"


# -- b55-arevalo-sworn-in-by-jan14-2024-multi-no: 'wasn't … until <a time after the deadline>' ----------------
AREVALO = dict(question="Will Bernardo Arévalo be sworn in as President of Guatemala by January 14, 2024?",
               deadline="2024-01-14T23:59:59-06:00", as_of="2024-01-16T00:00:00+00:00")
LATE = ("The big picture: Arévalo wasn't sworn in until just after midnight on Monday — nine hours after he was set "
        "to assume the presidency.")


def _arevalo(text):
    return run_case(AREVALO["question"], AREVALO["deadline"], "",
                    [("https://www.axios.com/2024/01/15/guatemala-bernardo-arevalo-inauguration-photos",
                      "2024-01-15T00:00:00-05:00", "Guatemala Bernardo Arévalo inauguration photos", text)], AREVALO["as_of"])


def test_not_done_until_a_time_after_the_deadline_is_done_too_late():
    v = _arevalo(LATE)
    late = [c for c in v.contributions if c.rule == "ruled_out" and "came only then" in c.reason]
    assert late and decided(v) == "likely-no"


def test_not_done_until_a_time_before_the_deadline_rules_nothing_out():
    v = _arevalo(LATE.replace("on Monday", "on Saturday"))
    assert not any("came only then" in c.reason for c in v.contributions)


def test_a_present_negation_with_until_is_no_late_act():
    v = _arevalo("Arévalo will not be sworn in until Monday, officials said.")
    assert not any("came only then" in c.reason for c in v.contributions)
