"""Prison terms told without the word 'sentence' (development batches 23 and 52, sentences verbatim):
'was ordered to serve 24 years and four months in prison', 'Skilling Gets 24 Years for Fraud',
'with "mastermind" Benny Tai receiving the longest term of 10 years' are the sentence passed, its
length against the market's bar; a term sought, faced or possible is none."""

from resolver.engine import evaluate_market
from resolver.engine.prison_terms import terms
from tests.conftest import news_article as article, news_market as market, ts


def _fired(v, rule):
    return [c for c in v.contributions if c.rule == rule and c.weight]


# b52-skilling-sentence-25-years-2006-no
SK_Q = "Will former Enron CEO Jeffrey Skilling be sentenced to 25 years or more in prison?"
SK_C = ("This market will resolve to \"Yes\" if, by October 31, 2006, a federal judge sentences Jeffrey Skilling to a prison "
        "term of 25 years (300 months) or longer in the Enron fraud case. A shorter term resolves \"No\". Otherwise, this "
        "market will resolve to \"No\".")
SK_1 = ("HOUSTON, Oct. 23 -- Jeffrey K. Skilling, the brash former chief executive of Enron Corp., was ordered to serve 24 "
        "years and four months in prison Monday after an emotional court hearing in which he watched a series of former "
        "employees blame him for the fraud at the heart of the company's collapse.")


def _skilling(title, body):
    m = market(SK_Q, "2006-10-31T23:59:59-06:00", SK_C)
    a = article("http://www.washingtonpost.com/wp-dyn/content/article/2006/10/23/AR2006102300287.html",
                "2006-10-24T00:00:00-04:00", title, body)
    return evaluate_market(m, [a], ts("2006-10-25T12:00:00+00:00"))


def test_a_term_ordered_served_is_the_sentence_passed():
    v = _skilling("Skilling Gets 24 Years for Fraud at Enron", SK_1)
    assert v.verdict == "likely-no"
    assert any("24 years and four months" in c.reason for c in _fired(v, "magnitude_short"))


def test_the_term_in_months_adds_to_the_years():
    assert terms(SK_1, "years")[0][2] == 24.33
    assert terms("He was jailed for 30 months for fraud.", "years")[0][2] == 2.5


def test_a_term_sought_or_faced_is_no_sentence():
    # must not fire: what prosecutors sought, what he faces
    v = _skilling("Skilling hearing", "Prosecutors sought to have Jeffrey Skilling ordered to serve 20 years in prison.")
    assert not _fired(v, "magnitude_short")
    assert terms("Skilling faces up to 20 years in prison.", "years") == []
    assert terms("Skilling could get 20 years in prison.", "years") == []


def test_a_count_that_is_no_prison_term_is_not_read():
    # must not fire: 'received 10 years of funding' is no term of prison
    assert terms("The lab received 10 years of funding.", "years") == []


# b23-benny-tai-over-10-years-hk47-2024-no
BT_Q = "Will Benny Tai be sentenced to more than 10 years in prison in the Hong Kong 47 subversion case?"
BT_1 = ("A Hong Kong court on Tuesday jailed all 45 defendants convicted of subversion in the city's largest national "
        "security trial, with \"mastermind\" Benny Tai receiving the longest term of 10 years.")


def test_the_longest_term_received_is_the_sentence_and_equal_is_short_of_more_than():
    m = market(BT_Q, "2024-12-31T23:59:59+08:00")
    a = article("https://www.reuters.com/world/asia-pacific/hong-kong-47-sentencing/", "2024-11-19T00:00:00+08:00",
                "Hong Kong jails 45 democrats", BT_1)
    v = evaluate_market(m, [a], ts("2024-11-20T00:00:00+00:00"))
    assert v.verdict == "likely-no"
    assert any("longest term of 10 years" in c.reason for c in _fired(v, "magnitude_short"))
