"""Batch 93 misses (seventeenth round, r17-b93): a party the market names by its initials, spelled
out before them in brackets in the criteria ('the Spanish Socialist Workers' Party (PSOE)'), is
named by a report in those words ('Socialist triumph'): no rival's win (own_names.spelled_out, read by
rules/rival_outcome.py). Sentences verbatim from the development corpus; each names its case; the
must-not-fire sentences are the nearby wordings (another party's words still name a rival)."""

from resolver.engine import own_names
from tests.conftest import fired, run_case

# b93-psoe-most-seats-spain-2008-yes
PSOE_Q = ("Will the PSOE win the most seats in the Congress of Deputies in Spain's March 9, 2008 general election?")
PSOE_C = ("This market will resolve to \"Yes\" if the Spanish Socialist Workers' Party (PSOE) wins more seats in the "
          "Congress of Deputies than any other party in Spain's general election of March 9, 2008, according to "
          "official results. Winning an absolute majority is not required. Otherwise, this market will resolve to \"No\".")
PSOE_TITLE = "Socialist triumph as Zapatero gets mandate in Spanish elections"
BODY = "Voters went to the polls on Sunday."


def _psoe(title: str, criteria: str = PSOE_C):
    return run_case(PSOE_Q, "2008-03-31T23:59:59+02:00", criteria,
                    [("https://example.com/es", "2008-03-10T15:14:00+00:00", title, BODY)],
                    "2008-03-11T00:00:00+00:00")


def test_party_named_by_its_spelled_out_words_is_no_rival():
    assert not fired(_psoe(PSOE_TITLE), "rival_outcome")


def test_another_party_by_its_words_is_still_a_rival():
    assert fired(_psoe("Rajoy triumph as Popular Party gets mandate in Spanish elections"), "rival_outcome")


def test_without_the_spelled_out_name_the_words_are_a_rival():
    # the criteria give no full name for the initials: 'Socialist' is not known to be the candidate's
    crit = PSOE_C.replace("the Spanish Socialist Workers' Party (PSOE)", "the PSOE")
    assert fired(_psoe(PSOE_TITLE, crit), "rival_outcome")


def test_spelled_out_words():
    class T:  # a stand-in for the market context's parts read
        candidate = "PSOE"

    class M:
        question = PSOE_Q
        criteria = PSOE_C

    class C:
        target, market = T, M

    words = own_names.spelled_out(C)
    assert {"spanish", "socialist", "socialists", "workers"} <= words and "party" not in words
    T.candidate = "Zapatero"
    assert own_names.spelled_out(C) == set()
