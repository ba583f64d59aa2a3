"""An act whose date slipped past the market's deadline, told in words the engine did not read
(verbatim corpus sentences; each test names its batch and case file): 'no earlier than' is a limit
on a date, not a negated expectation; the bare act word right after a sentence naming the
market's act ('The launch is now scheduled for …') refers back to it."""

from resolver.engine import evaluate_market
from tests.conftest import decided, news_article as article, news_market as market, ts

CREW9 = market("Will NASA's SpaceX Crew-9 mission launch by September 27, 2024?", "2024-09-27T23:59:59-04:00",
               "This market will resolve to \"Yes\" if the SpaceX Crew-9 mission to the International Space Station "
               "lifts off by September 27, 2024, 11:59 PM ET. Otherwise, this market will resolve to \"No\".")
TITLE = "Tropical Storm Helene: Crew 9 shifts to Saturday due to storm"
LEAD = ("CAPE CANAVERAL, Fla. — NASA has scrubbed the launch of their joint Crew 9 mission with SpaceX.\n"
        "The agency said the decision was made to avoid potential impacts from Tropical Storm Helene.\n")
AS_OF = ts("2024-09-25T18:00:00+00:00")


def _crew9(text: str):
    # batch-36, WKMG (Tropical Storm Helene: Crew 9 shifts to Saturday due to storm)
    return evaluate_market(CREW9, [article("https://example.org/crew9", "2024-09-25T00:00:00-04:00", TITLE, text)],
                           AS_OF)


def test_the_launch_now_no_earlier_than_a_day_after_the_deadline():
    v = _crew9(LEAD + "The launch is now scheduled for no earlier than 1:17 p.m. on Saturday.\n"
               "It will launch from the Cape Canaveral Space Force Station.")
    assert decided(v) == "likely-no"
    assert any(c.rule == "scheduled_after_deadline" for c in v.contributions)


def test_no_earlier_than_is_not_a_negated_expectation():
    v = _crew9(LEAD + "The launch is now scheduled for no earlier than 1:17 p.m. on Saturday.")
    # the lead's 'has scrubbed the launch' is a push-back (ruled_out); the 'no earlier than' sentence is a date limit
    assert not any((c.base_rule or c.rule) == "ruled_out" and "no earlier than" in (c.sentence or "")
                   for c in v.contributions)
    assert any((c.base_rule or c.rule) == "ruled_out" and "scrubbed" in (c.sentence or "") for c in v.contributions)


def test_guard_the_bare_act_word_before_the_deadline_is_no_plan_for_yes():
    v = _crew9(LEAD + "The launch is now scheduled for no earlier than 1:17 p.m. on Thursday.")
    assert decided(v) == "undetermined"
    assert not any(c.rule in ("plan_before_deadline", "scheduled_after_deadline") for c in v.contributions)


def test_guard_another_missions_launch_is_not_the_markets():
    v = _crew9(LEAD + "The launch of Crew-8 is now scheduled for no earlier than 1:17 p.m. on Saturday.")
    assert not any(c.rule == "scheduled_after_deadline" for c in v.contributions)


def test_guard_with_no_sentence_naming_the_act_before_it():
    v = _crew9("The agency said the decision was made to avoid potential impacts from Tropical Storm Helene.\n"
               "The launch is now scheduled for no earlier than 1:17 p.m. on Saturday.")
    assert not any(c.rule == "scheduled_after_deadline" for c in v.contributions)


JWST = market("Will the James Webb Space Telescope launch by December 22, 2021?", "2021-12-22T23:59:59-05:00",
              "This market will resolve to \"Yes\" if the James Webb Space Telescope lifts off aboard an Ariane 5 "
              "rocket from Europe's Spaceport in Kourou, French Guiana by December 22, 2021, 11:59 PM ET. "
              "Otherwise, this market will resolve to \"No\".")


def _jwst(text: str):
    # batch-37, The News (Webb space telescope launch delayed: Nasa)
    return evaluate_market(JWST, [article("https://example.org/jwst", "2021-12-16T00:00:00+05:00", "", text)],
                           ts("2021-12-16T12:00:00+00:00"))


def test_a_far_predicate_not_before_a_day_after_the_deadline():
    v = _jwst("Kourou: The launch of the James Webb space telescope scheduled for December 22 won\u2019t take place "
              "before December 24, Nasa announced on Wednesday.")
    assert decided(v) == "likely-no"
    assert any(c.rule == "ruled_out" and "after the deadline" in (c.temporal or "") for c in v.contributions)


def test_guard_a_far_modal_in_another_clause_is_not_the_acts():
    v = _jwst("Kourou: The launch of the James Webb space telescope scheduled for December 22 is on track, and "
              "the crew won\u2019t rest before December 24, Nasa announced on Wednesday.")
    assert not any((c.base_rule or c.rule) == "ruled_out" for c in v.contributions)


STEWART = market("Will Martha Stewart be sentenced by July 10, 2004?", "2004-07-10T23:59:59-04:00",
                 "This market will resolve to \"Yes\" if U.S. District Judge Miriam Goldman Cedarbaum imposes a "
                 "sentence on Martha Stewart for her obstruction of justice conviction by July 10, 2004, 11:59 PM ET. "
                 "Otherwise, this market will resolve to \"No\".")
# batch-37, CNN/Money (martha sentencing)
DUE = ("Stewart and Bacanovic, who were convicted in March on obstruction of justice charges, were due to be "
       "sentenced July 8.")


def _stewart(text: str):
    return evaluate_market(STEWART, [article("https://example.org/ms", "2004-06-25T00:00:00-04:00", "martha sentencing",
                                             text)], ts("2004-06-26T12:00:00+00:00"))


def test_a_pronoun_subject_now_scheduled_after_the_deadline():
    v = _stewart(DUE + " They are now scheduled to be sentenced on July 16.")
    assert decided(v) == "likely-no"
    assert any(c.rule == "scheduled_after_deadline" and "July 16" in c.reason for c in v.contributions)


def test_were_due_to_is_a_former_plan_not_a_plan_before_the_deadline():
    v = _stewart(DUE)
    assert not any(c.rule == "plan_before_deadline" for c in v.contributions)


def test_guard_a_pronoun_subject_with_no_sentence_naming_the_act_before():
    v = _stewart("Prosecutors said Friday that the lawyers had requested the postponement. "
                 "They are now scheduled to be sentenced on July 16.")
    assert not any(c.rule == "scheduled_after_deadline" for c in v.contributions)
