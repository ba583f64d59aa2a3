"""A market that needs the act for everyone is not settled by a report of the act for a limited
audience (partial completion, issue 10 class 5), on real published text from
tests/data/realnews (each test names its source page)."""

from resolver.engine import evaluate_market
from resolver.engine.scope import restriction, universal
from resolver.engine.text import make_sentence
from resolver.engine.types import Article
from tests.conftest import decided, news_market, ts

# https://bioethics.com/archives/97922 (Associated Press)
NOVAVAX = Article(
    url="https://bioethics.com/archives/97922",
    title="FDA approves Novavax COVID-19 shot but with unusual restrictions",
    published=ts("2025-05-20T00:00:00-05:00"),
    text="(Associated Press) \u2013 The Food and Drug Administration has issued a long-awaited approval of Novavax\u2019s "
         "COVID-19 vaccine but with unusual restrictions. Novavax makes the nation\u2019s only traditional "
         "protein-based coronavirus vaccine \u2013 and until now it had emergency authorization from FDA for use in "
         "anyone 12 and older.\n\nBut late Friday, the FDA granted the company full approval for its vaccine for use "
         "only in adults 65 and older \u2013 or those 12 to 64 who have at least one health problem that puts them at "
         "increased risk from COVID-19.")
AS_OF = ts("2025-05-21T12:00:00+00:00")


def test_approval_for_a_limited_group_does_not_confirm_approval_for_everyone():
    m = news_market("Will the FDA fully approve Novavax's COVID-19 vaccine for everyone aged 12 and older by May 20, "
                    "2025?", "2025-05-20T23:59:59-04:00")
    v = evaluate_market(m, [NOVAVAX], AS_OF)
    assert decided(v) != "likely-yes"
    assert any(c.rule == "does_not_count" and "limits who the act reaches" in c.reason for c in v.contributions)


def test_the_same_report_confirms_a_market_without_an_audience_demand():
    m = news_market("Will the FDA approve Novavax's COVID-19 vaccine by May 20, 2025?", "2025-05-20T23:59:59-04:00")
    v = evaluate_market(m, [NOVAVAX], AS_OF)
    assert decided(v) == "likely-yes"
    assert not any("limits who the act reaches" in c.reason for c in v.contributions)


def test_universal_audience_in_question_or_criteria():
    assert universal("Will Tesla open its Austin robotaxi service to the general public, without invitation, by June "
                     "30, 2025?", "")
    assert universal("Will X happen?", "An approval limited to older adults or to people with particular health "
                     "conditions does not count.")
    assert not universal("Will the FDA approve Novavax's COVID-19 vaccine by May 20, 2025?", "")


def _sentence(text: str):
    return make_sentence(text, 0)


def test_restriction_wording_and_what_is_not_one():
    # https://www.jalopnik.com/1893244/tesla-robotaxis-are-here-sort-of/ (Reuters)
    tesla = ("Tesla deployed a small group of self-driving taxis picking up paying passengers on Sunday in Austin, "
             "Texas, with CEO Elon Musk announcing the \"robotaxi launch\" and social-media influencers posting "
             "videos of their first rides.")
    assert restriction(_sentence(tesla)) == "a small group of"
    assert restriction(_sentence("Novavax makes the nation\u2019s only traditional protein-based coronavirus "
                                 "vaccine.")) is None
