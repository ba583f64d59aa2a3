"""Batch 102 misses, second pass (r18-b102b), each a general reading:

- the office a who-wins market's election fills, read from its criteria when the question names the
  election by another word ('Guyana's 2025 general election', criteria '… declares Irfaan Ali …
  elected President'): criteria_offices.criteria_office; and an electing verb followed by the office
  ('was re-elected president', 'elected as President') names the election as 'the presidential
  election' would (criteria_offices.elected_to, read as an object hit), but not 'elected president
  of the Senate' nor 'elected leader of the party' for a presidency;
- 'suspend' takes the act's noun past its planning and length modifiers ('suspended a planned
  one-day strike'), and the date after 'planned' following a push-back verb is the day the act moved
  away from, not a plan for it ('… of Ryanair pilots next Wednesday'): a push-back from the
  deadline's own day moves the act past it (called_off._takes_act_noun, delays.former_day,
  scheduled._set_before_push_back); a date right before the verb dates the push-back, not a new date.

Sentences verbatim from the development corpus; each names its case; the must-not-fire sentences
are nearby wordings or other corpus sentences of the same shape."""

from resolver.engine.criteria_offices import criteria_office
from tests.conftest import decided, fired, run_case

# b102-irfaan-ali-wins-guyana-2025-multi-yes
ALI_Q = "Will Irfaan Ali win Guyana's 2025 general election?"
ALI_C = ('This market will resolve to "Yes" if the Guyana Elections Commission (GECOM) declares Irfaan Ali (PPP/C '
         'presidential candidate) elected President following the September 1, 2025 general and regional elections. '
         'If another candidate is declared elected, this market will resolve to "No".')
ALI_URL = ("https://guyanachronicle.com/2025/09/07/gecom-declares-president-ali-re-elected-to-office-ppp-c-victorious-"
           "at-2025-election")
ALI_TITLE = "GECOM declares President Ali re-elected to office, PPP/C victorious at 2025 election"


def _ali(title: str, text: str, criteria: str = ALI_C):
    return run_case(ALI_Q, "2025-09-30T23:59:59-04:00", criteria,
                    [(ALI_URL, "2025-09-07T00:00:00-04:00", title, text)], "2025-09-08T00:00:00+00:00")


def test_the_criteria_name_the_office_of_a_general_election():
    assert criteria_office(ALI_C) == ("president",)
    v = _ali(ALI_TITLE, "The declaration followed a 24-hour delay.")
    assert fired(v, "confirmation") and decided(v) == "likely-yes"
    v = _ali("", "Irfaan Ali was re-elected president.")
    assert fired(v, "confirmation") and decided(v) == "likely-yes"


def test_criteria_office_must_not_fire():
    # without the criteria's office the general election names none: the headline is not read
    v = _ali(ALI_TITLE, "The declaration followed a 24-hour delay.", criteria="")
    assert not fired(v, "confirmation")
    # 'elected seats', 'elected members' (b25 criteria) name no office
    assert criteria_office('if the Alliance Lepep wins a majority of the elected seats in the National Assembly') == ()
    assert criteria_office("the members elected to the National Assembly") == ()
    # another office than the state's
    for text in ("Irfaan Ali was elected leader of the PPP.", "Irfaan Ali was elected president of the Senate.",
                 "Irfaan Ali has been re-elected."):
        v = _ali("", text)
        assert not fired(v, "confirmation"), text
    # an earlier term's election
    v = _ali("", "Irfaan Ali, who was elected president in August 2020, is seeking a second term.")
    assert decided(v) != "likely-yes"


# b95-lugo-wins-paraguay-presidency-apr2008-multi-yes / b55-pilens-wins-latvia-presidency-2023-no shape
NOBOA_Q = "Will Daniel Noboa win Ecuador's 2025 presidential election?"


def _noboa(text: str):
    return run_case(NOBOA_Q, "2025-04-30T23:59:59-05:00", "",
                    [("https://x.example/ec", "2025-04-14T00:00:00-05:00", "", text)], "2025-04-15T00:00:00+00:00")


def test_elected_to_the_office_names_the_presidential_election():
    for text in ("Daniel Noboa was re-elected president on Sunday.",  # 'Kais Saied re-elected as president'
                 "Daniel Noboa has been elected President of Ecuador.",  # 'Edgars Rinkevičs has been elected President of Latvia.'
                 "Daniel Noboa was elected President of the Republic on Sunday."):
        v = _noboa(text)
        assert fired(v, "confirmation") and decided(v) == "likely-yes", text


def test_elected_to_must_not_fire():
    for text in ("Daniel Noboa was elected president of the Senate.",
                 "Daniel Noboa was elected leader of the party.",
                 "Daniel Noboa was elected to the National Assembly in 2021."):
        v = _noboa(text)
        assert decided(v) != "likely-yes", text


# b102-ryanair-irish-pilots-strike-dec20-2017-multi-no
RYR_Q = "Will Ryanair's Ireland-based pilots go on strike on December 20, 2017?"
RYR_C = ('This market will resolve to "Yes" if Ryanair pilots based in Ireland carry out the planned one-day strike '
         '(any walkout) on December 20, 2017. If the strike is suspended, called off or otherwise does not take place '
         'that day, this market will resolve to "No".')
RYR_S = ("\u201cImpact has this evening suspended a planned one-day strike of Ryanair pilots next Wednesday after "
         "company management agreed to recognise the union as the representative of Irish-based pilots,\u201d the "
         "union said in a statement.")


def _ryr(text: str):
    return run_case(RYR_Q, "2017-12-20T23:59:59+00:00", RYR_C,
                    [("https://www.reuters.com/article/ryanair-pilots-strike/ryanair-pilots-in-ireland-suspend-strike-"
                      "planned-for-wednesday-idUSS8N1M202P", "2017-12-17T00:00:00+00:00", "", text)],
                    "2017-12-21T00:00:00+00:00")


def test_a_strike_suspended_from_the_deadlines_day_is_off():
    v = _ryr(RYR_S)
    assert fired(v, "ruled_out") and decided(v) == "likely-no"
    assert not fired(v, "plan_before_deadline")


def test_suspended_strike_must_not_fire():
    # suspended to a new day inside the window: no decisive no
    v = _ryr("Impact has suspended its strike of Ryanair pilots until next Wednesday.")
    assert decided(v) != "likely-no"
    # the pilots, not the strike, suspended
    v = _ryr("Ryanair suspended pilots who planned a strike next Wednesday.")
    assert not fired(v, "ruled_out")
    # a suspension with no day it moved from stays a setback, not decisive
    v = _ryr("Impact has suspended a planned one-day strike of Ryanair pilots.")
    assert fired(v, "ruled_out") and decided(v) != "likely-no"
    # a modifier that is no plan or length ('suspended the medical licences of …') still takes no act noun
    v = _ryr("The union suspended the nationwide ballot of Ryanair pilots on a strike next Wednesday.")
    assert not fired(v, "ruled_out")


def test_a_reason_after_due_is_no_former_day():
    # b94-starlink-53-sat-launch-by-nov13-2021-undet: 'due to' is a reason and '13 Nov' the new date
    from resolver.engine import delays
    from resolver.engine.analysis import SentenceFacts
    from resolver.engine.text import make_sentence
    from tests.conftest import news_article
    s = make_sentence("SpaceX delays launch of Starlink satellites due to bad weather; new date set at 13 Nov", 0, True)
    f = SentenceFacts(sent=s, article=news_article("https://x.example/a", "2021-11-12T00:00:00+05:30", "", ""))

    class Span:
        pos = s.text.index("13 Nov")
    assert not delays.former_day(f, Span, "delays", 1)
    s = make_sentence("Impact has suspended a planned one-day strike of Ryanair pilots next Wednesday", 0, False)
    f = SentenceFacts(sent=s, article=f.article)

    class Wed:
        pos = s.text.index("next Wednesday")
    assert delays.former_day(f, Wed, "suspended", 2)


# b102-ghana-dec2022-inflation-above-50pct-multi-yes
GH_Q = "Will Ghana's year-on-year consumer price inflation for December 2022 be above 50%?"
GH_C = ('This market will resolve to "Yes" if the Ghana Statistical Service reports year-on-year headline consumer '
        'price inflation for December 2022 above 50.0%. Otherwise, this market will resolve to "No".')
GH_S = ("Ghana\u2019s Statistical Service has announced that the inflation rate for the month of December 2022 increased "
        "to 54.1 per cent, up from 50.3 per cent in November 2022.According to local media reports, this is the 20th "
        "consecutive time the inflation rate had increased and is expected to impact the already high lending rates in "
        "the country, among other economic indicators.")


def _gh(text: str):
    return run_case(GH_Q, "2023-01-31T23:59:59+00:00", GH_C,
                    [("https://www.journalducameroun.com/en/ghanas-inflation-rate-peaks-at-54-1-in-december-2022",
                      "2023-01-12T00:00:00+01:00", "", text)], "2023-01-13T00:00:00+00:00")


def test_a_glued_full_stop_ends_the_hedge_scope():
    v = _gh(GH_S)
    assert fired(v, "threshold_crossed") and not fired(v, "hedged") and decided(v) == "likely-yes"


def test_glued_stop_must_not_fire():
    from resolver.engine.hedges import glued_stop
    from resolver.engine.text import make_sentence
    # the hedge in the figure's own sentence still weakens it
    v = _gh("Ghana's inflation rate for the month of December 2022 is expected to reach 54.1 per cent, up from 50.3 "
            "per cent in November 2022.")
    assert decided(v) != "likely-yes"
    # an abbreviation's stop keeps its space ('Pres. Bullard'); 'U.S.' is one token
    s = make_sentence("St. Louis Fed Pres. Bullard said U.S. inflation is expected to ease", 0, False)
    assert not any(glued_stop(s, j) for j in range(len(s.tokens)))
    s = make_sentence("in November 2022.According to reports", 0, False)
    assert any(glued_stop(s, j) for j in range(len(s.tokens)))
