"""Batch 96 likely-yes misses (eighteenth round, r18-b96yes). Sentences verbatim from the development
corpus; each names its case; the must-not-fire sentences are real corpus sentences of the same surface
shape or close rewordings that mean something else.

- a half-month statistic's month: 'for the first half of February 2022' names February 2022 as the
  period a statistic market reads (indicators._PERIOD);
- a lead told beyond the others' reach, owned by the candidate ('to give Europe an unmatchable
  14.5-9.5 lead'): the candidate's win (rules/candidate_wins._clinching_lead);
- a state market ('remain closed'): 'not expected to start using the airport until …' is an expectation
  of another act begun on the object, not the state ruled out (negated_modals.expected_other_verb);
- a share reached with no comparator in the question ('restored to 99% of its customers') takes the
  criteria's comparator on the same figure (reached_shares.py)."""

from resolver.engine import indicators, reached_shares
from tests.conftest import decided, fired, run_case

# b96-mexico-inflation-1h-feb2022-7pct-or-higher-yes
MX_Q = "Will Mexico's annual headline inflation for the first half of February 2022 be 7.0% or higher?"
MX_C = ("This market will resolve to \"Yes\" if INEGI's National Consumer Price Index release for the first fortnight "
        "of February 2022 shows annual headline inflation of 7.0% or higher. Otherwise, this market will resolve to \"No\".")
MX_TEXT = ("In the first half of February 2022, the National consumer price index (CPI) presented a variation of 0.42 "
           "percent compared to the previous fortnight.\n\nWith this result, annual headline inflation stood at 7.22 "
           "percent. In the same fortnight of 2021, biweekly inflation was 0.23 percent and annual 3.84 percent.")


def _mexico(question: str = MX_Q, criteria: str = MX_C, text: str = MX_TEXT):
    return run_case(question, "2022-02-24T23:59:59-06:00", criteria,
                    [("https://codelist.example/2022/02/24/inflation", "2022-02-24T00:00:00-06:00", "", text)],
                    "2022-02-25T00:00:00-06:00")


def test_half_month_statistic_reads_its_month():
    v = _mexico()
    assert decided(v) == "likely-yes" and fired(v, "threshold_crossed")


def test_half_month_figure_short_of_the_bar_is_no_yes():
    v = _mexico(MX_Q.replace("7.0%", "7.5%"), MX_C.replace("7.0%", "7.5%"))
    assert decided(v) != "likely-yes"


def test_half_month_period():
    assert indicators.statistic_period(MX_Q) == (2022, 2)
    assert indicators.statistic_period("Will inflation for the second fortnight of May 2023 exceed 5%?") == (2023, 5)
    # a half of a year names no month; 'the end of' is no half-month
    assert indicators.statistic_period("Will Mexico's inflation for the first half of 2022 be 7.0% or higher?") is None
    assert indicators.statistic_period("Will inflation at the end of March 2023 be above 5%?") is None


def test_last_year_same_fortnight_is_not_read():
    text = "In the same fortnight of 2021, biweekly inflation was 0.23 percent and annual 7.84 percent."
    assert not fired(_mexico(text=text), "threshold_crossed")


# b96-europe-wins-ryder-cup-2018-multi-yes
RC_Q = "Will Team Europe win the 2018 Ryder Cup?"
RC_C = ("This market will resolve to \"Yes\" if Team Europe wins the 2018 Ryder Cup at Le Golf National, France, by "
        "reaching 14.5 points or more. Otherwise, this market will resolve to \"No\".")
RC_TITLE = "Ryder Cup 2018: Europe vs USA scores and updates from Sunday singles as it happened"
RC_SENT = ("Phil Mickelson knocked one in the water at the 16th hole and conceded his match to Francesco Molinari "
           "standing next to the tee to give Europe an unmatchable 14.5-9.5 lead at Le Golf National.")


def _ryder(sentence: str, question: str = RC_Q, criteria: str = RC_C, title: str = RC_TITLE):
    return run_case(question, "2018-09-30T23:59:59+02:00", criteria,
                    [("https://standard.example/ryder-cup-2018", "2018-09-30T00:00:00+01:00", title, sentence)],
                    "2018-10-01T00:00:00+01:00")


def test_unmatchable_lead_is_the_candidates_win():
    v = _ryder(RC_SENT)
    assert decided(v) == "likely-yes"
    assert any("cannot overcome" in c.reason for c in fired(v, "confirmation"))


def test_a_rivals_unmatchable_lead_is_no_win():
    assert not fired(_ryder(RC_SENT.replace("give Europe", "give the United States")), "confirmation")


def test_a_rivals_insurmountable_lead_from_the_corpus_is_no_win():
    # b03-ecuador-gonzalez-wins-2025-no, verbatim: the lead is the rival's (Noboa's), not Gonzalez's
    s = "With 91 percent of votes counted, Noboa held and insurmountable clear lead of 56 percent fo Gonzalez’s 44 percent."
    v = run_case("Will Luisa González win Ecuador's 2025 presidential runoff?", "2025-04-13T23:59:59-05:00", "",
                 [("https://example.com/ec", "2025-04-13T22:00:00-05:00", "Ecuador runoff", s)],
                 "2025-04-14T12:00:00-05:00")
    assert decided(v) != "likely-yes"


def test_a_lead_still_to_come_is_no_win():
    for s in ("A win for Molinari would give Europe an unassailable lead at Le Golf National.",
              "Europe need four more points to build an unassailable lead at Le Golf National.",
              "Molinari's win did not give Europe an unassailable lead at Le Golf National.",
              "Europe will head into Sunday's singles holding a 10-6 lead over the United States."):
        assert not fired(_ryder(s), "confirmation"), s


def test_a_lead_in_another_contest_is_no_win():
    # the article names no Ryder Cup: the lead may be any tournament's
    assert not fired(_ryder(RC_SENT.replace(" at Le Golf National", ""), title="Golf: Sunday singles"), "confirmation")


# b96-port-au-prince-airport-closed-through-apr30-2024-yes
HT_Q = ("Will Haiti's Toussaint Louverture International Airport in Port-au-Prince remain closed to commercial "
        "passenger flights through April 30, 2024?")
HT_C = ("This market will resolve to \"Yes\" if no commercial passenger flight departs from or arrives at Toussaint "
        "Louverture International Airport in Port-au-Prince between its March 2024 closure and the end of April 30, "
        "2024. If commercial passenger service resumes on or before April 30, 2024, this market will resolve to \"No\".")
HT_SENT = "U.S.-based airlines are not expected to start using the airport until late May or early June."


def _haiti(sentence: str, question: str = HT_Q, title: str = ""):
    return run_case(question, "2024-04-30T23:59:59-04:00", HT_C,
                    [("https://example.com/haiti", "2024-05-22T00:00:00-04:00", title, sentence)],
                    "2024-05-23T00:00:00-04:00")


def test_not_expected_to_start_using_is_no_ruling_out_of_the_state():
    assert not fired(_haiti(HT_SENT), "ruled_out")


def test_the_whole_article_reads_yes():
    text = ("PORT-AU-PRINCE, Haiti (AP) — Haiti’s main international airport reopened Monday for the first time in "
            "nearly three months after relentless gang violence forced authorities to close it.\n\n" + HT_SENT)
    assert decided(_haiti(text, title="Haiti’s international airport reopens after gang violence")) == "likely-yes"


def test_the_state_itself_not_expected_is_still_ruled_out():
    for s in ("The airport is not expected to remain closed past April.",
              "Officials said the government was not expected to keep the airport closed past April."):
        assert fired(_haiti(s), "ruled_out"), s


def test_an_event_market_keeps_the_ruling_out():
    # the same sentence, read before the deadline for the airport's reopening (an event): its use not starting
    # until late May rules the reopening out
    q = ("Will Haiti's Toussaint Louverture International Airport in Port-au-Prince reopen to commercial passenger "
         "flights by April 30, 2024?")
    v = run_case(q, "2024-04-30T23:59:59-04:00", "", [("https://example.com/haiti", "2024-04-10T00:00:00-04:00", "",
                                                         HT_SENT)], "2024-04-11T00:00:00-04:00")
    assert fired(v, "ruled_out")


# b96-luma-99pct-restored-fiona-by-oct10-2022-multi-yes
LU_Q = ("Will LUMA Energy report power restored to 99% of its customers in Puerto Rico after Hurricane Fiona by "
        "October 10, 2022?")
LU_C = ("This market will resolve to \"Yes\" if on or before October 10, 2022, LUMA Energy reports that electric service "
        "has been restored to at least 99% of its customers following Hurricane Fiona. Otherwise, this market will "
        "resolve to \"No\".")
LU_TEXT = ("San Juan, Puerto Rico, October 10, 2022 – Today, LUMA announced that it has restored electric service to "
           "1,447,464 customers, or 99% of total customers across the island following Category 1 Hurricane Fiona.")


def _luma(text: str = LU_TEXT, question: str = LU_Q, criteria: str = LU_C):
    return run_case(question, "2022-10-10T23:59:59-04:00", criteria,
                    [("https://lumapr.example/news/restoration-update", "2022-10-10T00:00:00-04:00", "", text)],
                    "2022-10-11T00:00:00-04:00")


def test_share_reached_takes_the_criteria_bar():
    assert reached_shares.threshold(LU_Q, LU_C) == (99.0, "above", "percent")
    v = _luma()
    assert decided(v) == "likely-yes" and fired(v, "threshold_crossed")


def test_share_short_of_the_bar_is_no_yes():
    assert decided(_luma(LU_TEXT.replace("99%", "97%"))) != "likely-yes"


def test_an_amount_an_act_carries_is_no_share_reached():
    # b50-wv-teacher-raise-law-by-mar31-2018: 'a 5% pay raise' with 'at least 5%' in the criteria
    q = "Will West Virginia enact a 5% pay raise for public school teachers by March 31, 2018?"
    assert reached_shares.threshold(q, "if the state enacts a pay raise of at least 5% for teachers") is None
    assert reached_shares.bar(q, "if the state enacts a pay raise of at least 5% for teachers") is None


def test_another_figure_in_the_criteria_is_no_bar():
    assert reached_shares.threshold(LU_Q, LU_C.replace("at least 99%", "at least 95%")) is None
    # the question's own comparator stays the bar
    assert reached_shares.threshold(LU_Q.replace("to 99%", "to at least 99%"), LU_C) is None
