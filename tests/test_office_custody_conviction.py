"""Who holds an office or a status, and when it ends: a holder forced out (passive dismissal), a
custody ended by a release or a swap, a conviction overturned, 'cease to be President' as leaving
office, and a resignation from another post that is no unread evidence. Verbatim sentences of
batches 43 and 44 (sources noted per test)."""

from resolver.engine import evaluate_market
from resolver.engine.derive import derive_target
from tests.conftest import decided, news_article, news_market, ts


def _ended(question: str, deadline: str, published: str, title: str, text: str, as_of: str):
    m = news_market(question, deadline)
    a = news_article("https://x.example/a", published, title, text)
    v = evaluate_market(m, [a], ts(as_of))
    return v, [c for c in v.contributions if c.rule == "state_ended" and c.direction == "no"]


def test_a_holder_forced_out_by_rivals_has_left_the_office():
    # https://dailyfinland.fi/worldwide/6732/Morrison-made-new-Australian-PM-as-Turnbull-ousted
    _, ended = _ended("Will Malcolm Turnbull remain Prime Minister of Australia through August 31, 2018?",
                      "2018-08-31T23:59:59+10:00", "2018-08-24T12:06:00+03:00", "Australia news",
                      "Scott Morrison has become Australia's new prime minister after Malcolm Turnbull was forced "
                      "out by party rivals in a bruising leadership contest.", "2018-08-24T12:00:00+00:00")
    assert ended and "'forced'" in ended[0].reason


def test_a_passive_dismissal_of_another_person_does_not_end_the_holders_tenure():
    _, ended = _ended("Will Malcolm Turnbull remain Prime Minister of Australia through August 31, 2018?",
                      "2018-08-31T23:59:59+10:00", "2018-08-24T12:06:00+03:00", "Australia news",
                      "The party whip was forced out by colleagues on Friday.", "2018-08-24T12:00:00+00:00")
    assert not ended
    _, ended = _ended("Will Malcolm Turnbull remain Prime Minister of Australia through August 31, 2018?",
                      "2018-08-31T23:59:59+10:00", "2018-08-24T12:06:00+03:00", "Australia news",
                      "Malcolm Turnbull forced the vote after weeks of pressure.", "2018-08-24T12:00:00+00:00")
    assert not ended  # 'force' ends a tenure only as 'forced out'
    _, ended = _ended("Will Malcolm Turnbull remain Prime Minister of Australia through August 31, 2018?",
                      "2018-08-31T23:59:59+10:00", "2018-08-24T12:06:00+03:00", "Australia news",
                      "Malcolm Turnbull was removed from the party's campaign committee on Friday.",
                      "2018-08-24T12:00:00+00:00")
    assert not ended  # removed from another body, not from office
    _, ended = _ended("Will Malcolm Turnbull remain Prime Minister of Australia through August 31, 2018?",
                      "2018-08-31T23:59:59+10:00", "2018-08-24T12:06:00+03:00", "Australia news",
                      "Malcolm Turnbull was removed from office by his party on Friday.",
                      "2018-08-24T12:00:00+00:00")
    assert ended


def test_a_swap_ends_custody_and_a_swap_of_someone_else_does_not():
    # https://www.bbc.co.uk/news/world-europe-63905112
    q = "Will Brittney Griner remain in Russian custody through December 31, 2022?"
    _, ended = _ended(q, "2022-12-31T23:59:59+03:00", "2022-12-08T00:00:00+00:00", "Griner news",
                      "The US and Russia have exchanged jailed US basketball star Brittney Griner for notorious "
                      "arms dealer Viktor Bout, held in an American prison for 12 years.", "2022-12-09T12:00:00+00:00")
    assert ended and "custody" in ended[0].reason
    _, ended = _ended(q, "2022-12-31T23:59:59+03:00", "2022-12-08T00:00:00+00:00", "Griner news",
                      "Russia released a jailed American teacher on Thursday, while Brittney Griner's appeal "
                      "was still pending.", "2022-12-09T12:00:00+00:00")
    assert not ended
    _, ended = _ended(q, "2022-12-31T23:59:59+03:00", "2022-12-08T00:00:00+00:00", "Griner news",
                      "Russia could exchange Brittney Griner for Viktor Bout, officials said.", "2022-12-09T12:00:00+00:00")
    assert not ended


def test_remain_in_place_is_a_state_of_the_subject_and_an_overturned_conviction_ends_it():
    # https://www.smh.com.au/world/north-america/bill-cosby-to-be-freed-from-prison-after-court-overturns-sexual-assault-conviction-20210701-p585r6.html
    q = "Will Bill Cosby's 2018 sexual assault conviction remain in place through December 31, 2021?"
    t = derive_target(news_market(q, "2021-12-31T23:59:59-05:00"))
    assert t.kind == "state" and t.object.lower().endswith("conviction")
    v, ended = _ended(q, "2021-12-31T23:59:59-05:00", "2021-07-01T00:00:00+10:00", "Cosby news",
                      "Pennsylvania’s highest court has overturned Bill Cosby’s sexual assault conviction and ordered "
                      "that he be released from prison immediately.", "2021-07-01T12:00:00+00:00")
    assert ended and "conviction" in ended[0].reason
    assert decided(v) == "likely-no"


def test_an_overturned_ruling_that_names_the_object_later_does_not_end_it():
    q = "Will Bill Cosby's 2018 sexual assault conviction remain in place through December 31, 2021?"
    _, ended = _ended(q, "2021-12-31T23:59:59-05:00", "2021-07-01T00:00:00+10:00", "Cosby news",
                      "The court overturned a lower court's order that had delayed his appeal of the conviction.",
                      "2021-07-01T12:00:00+00:00")
    assert not ended


def test_cease_to_be_president_is_leaving_office():
    # http://archives.sundayobserver.lk/observeronline/2011/20110212_07.txt
    m = news_market("Will Hosni Mubarak cease to be President of Egypt by February 15, 2011?",
                    "2011-02-15T23:59:59+02:00")
    t = derive_target(m)
    assert t.act == "leave" and t.kind == "event"
    a = news_article("https://x.example/m", "2011-02-12T00:00:00+05:30", "Egypt news",
                     "Egyptian President Hosni Mubarak has resigned his post and handed the authority for running "
                     "the country's affairs to the military.")
    assert decided(evaluate_market(m, [a], ts("2011-02-12T12:00:00+00:00"))) == "likely-yes"


def test_resigning_another_post_is_no_unread_evidence_of_the_office():
    # https://www.bd24live.news/print?id=21921 (headline)
    m = news_market("Will Boris Johnson remain UK Prime Minister through July 31, 2022?", "2022-07-31T23:59:59+01:00")
    a = news_article("https://x.example/b", "2022-07-07T04:42:23+06:00",
                     "UK’s Johnson will resign Thursday as Conservative leader: BBC", "")
    v = evaluate_market(m, [a], ts("2022-08-01T12:00:00+00:00"))
    assert not any(c.rule == "unread_evidence" for c in v.contributions)
    a = news_article("https://x.example/b", "2022-07-07T04:42:23+06:00", "UK’s Johnson will resign Thursday", "")
    v = evaluate_market(m, [a], ts("2022-08-01T12:00:00+00:00"))
    assert any(c.rule == "unread_evidence" for c in v.contributions)  # the office itself: still to be read
