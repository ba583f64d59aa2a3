"""An announced, dated step that settles a market before it happens (verbatim corpus sentences):
a departure the holder and the board agreed for a day before the deadline ends the state; a
completion the parties dated after the deadline puts the act after it; 'paving the way for a
successor to replace him' is an enabled future, not an ending ahead, and 'after dozens of his
ministers quit' is others leaving, not the holder."""

from resolver.engine import evaluate_market
from tests.conftest import decided, news_article as article, news_market as market, ts

RORSTED = market("Will Kasper Rorsted remain CEO of Adidas through December 31, 2022?", "2022-12-31T23:59:59+01:00",
                 "This market will resolve to \"Yes\" if Kasper Rorsted continuously holds the position of chief "
                 "executive officer of Adidas AG from market creation through December 31, 2022, 11:59 PM CET. If he "
                 "leaves or is replaced as CEO before then, this market will resolve to \"No\".")
AGREED = ("Gulden will start his new position on Jan. 1. The decision ends months of uncertainty as CEO Kasper "
          "Rorsted and the firm's supervisory board mutually agreed in August that he will leave the company as of "
          "Nov. 11.")


def _rorsted(text: str):
    # batch-43, anews.com.tr (Adidas Appoints Rival Puma's Chief As New CEO)
    # https://www.anews.com.tr/economy/2022/11/08/adidas-appoints-rival-pumas-chief-as-new-ceo
    return evaluate_market(RORSTED, [article("https://www.anews.com.tr/economy/a", "2022-11-08T00:00:00+03:00",
                                             "Adidas Appoints Rival Puma's Chief As New CEO", text)],
                           ts("2022-11-09T12:00:00+00:00"))


def test_an_agreed_departure_dated_before_the_deadline_ends_the_state():
    v = _rorsted(AGREED)
    assert decided(v) == "likely-no"
    assert any(c.rule == "state_ended" and "fixed day" in c.reason for c in v.contributions)


def test_guard_an_agreed_departure_dated_after_the_deadline_does_not():
    v = _rorsted(AGREED.replace("Nov. 11", "Jan. 11"))
    assert decided(v) != "likely-no"
    assert not any(c.rule == "state_ended" and c.direction == "no" for c in v.contributions)


def test_guard_a_hedged_departure_is_not_fixed():
    v = _rorsted(AGREED.replace("mutually agreed in August that he will leave", "may have agreed in August that he "
                                "will leave"))
    assert not any(c.rule == "state_ended" and c.direction == "no" for c in v.contributions)


WHOLE_FOODS = market("Will Amazon complete its acquisition of Whole Foods Market by August 25, 2017?",
                     "2017-08-25T23:59:59-04:00",
                     "This market will resolve to \"Yes\" if Amazon.com's acquisition of Whole Foods Market is completed "
                     "(the transaction closes) by August 25, 2017, 11:59 PM ET. Regulatory clearance or shareholder "
                     "approval alone does not count. Otherwise, this market will resolve to \"No\".")


def _whole_foods(text: str):
    # batch-44, Community Impact (Whole Foods Shareholders Approve Sale Amazon)
    # https://communityimpact.com/austin/central-austin/business/2017/08/23/whole-foods-shareholders-approve-sale-amazon
    return evaluate_market(WHOLE_FOODS, [article("https://communityimpact.com/austin/a", "2017-08-24T14:20:00-05:00",
                                                 "Whole Foods Shareholders Approve Sale Amazon", text)],
                           ts("2017-08-25T12:00:00+00:00"))


def test_both_parties_date_the_closing_after_the_deadline():
    v = _whole_foods("Amazon and Whole Foods Market announced Thursday that the sale of the grocery chain to the tech "
                     "giant will close on Monday, Aug. 28.")
    assert decided(v) == "likely-no"
    assert any(c.rule == "scheduled_after_deadline" for c in v.contributions)


def test_guard_one_party_alone_does_not_date_the_act_in_other_words():
    v = _whole_foods("Whole Foods Market announced Thursday that the sale of its Austin store will close on Monday, "
                     "Aug. 28.")
    assert not any(c.rule == "scheduled_after_deadline" for c in v.contributions)


JOHNSON = market("Will Boris Johnson remain UK Prime Minister through July 31, 2022?", "2022-07-31T23:59:59+01:00",
                 "This market will resolve to \"Yes\" if Boris Johnson continuously holds the office of Prime Minister "
                 "of the United Kingdom through July 31, 2022, 11:59 PM BST. Resigning as Conservative Party leader "
                 "while remaining Prime Minister does not count as leaving office. Otherwise, this market will resolve "
                 "to \"No\".")
PAVING = ("Boris Johnson will resign as Conservative party leader on Thursday, the BBC reported, paving the way for a "
          "successor to replace him as British prime minister, after dozens of his ministers quit the government.")


def _johnson(text: str):
    # batch-43, bd24live (UK's Johnson will resign Thursday as Conservative leader: BBC)
    # https://www.bd24live.news/print?id=21921
    return evaluate_market(JOHNSON, [article("https://www.bd24live.news/print?id=21921", "2022-07-07T04:42:23+06:00",
                                             "UK's Johnson will resign Thursday as Conservative leader: BBC", text)],
                           ts("2022-08-01T12:00:00+00:00"))


def test_an_enabled_successor_and_ministers_quitting_leave_nothing_unread():
    v = _johnson(PAVING)
    assert decided(v) == "likely-yes"
    assert not any(c.rule == "unread_evidence" for c in v.contributions)


def test_guard_the_holder_set_to_be_replaced_is_still_unread():
    v = _johnson(PAVING.replace("paving the way for a successor to replace him", "and a successor will replace him"))
    assert decided(v) != "likely-yes"


def test_guard_the_holder_quitting_after_a_subordinator_is_still_unread():
    v = _johnson(PAVING.replace("dozens of his ministers quit the government", "he quit the government"))
    assert decided(v) != "likely-yes"
