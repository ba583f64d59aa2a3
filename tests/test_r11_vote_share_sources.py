"""A vote share reported by the source the criteria name, in the words a wire uses (eleventh round,
b53): a counted share told by what is left ('after accounting for all but 0.01 per cent of the
country's 47 million registered voters': 99.99% counted, and 0.01 is no candidate's share), the source
taken up by its head noun ('The ministry said …' for the criteria's 'French Interior Ministry's
count'), and a criteria source written with a possessive ('the French Interior Ministry's count').
Sentences verbatim from the development corpus; each names its case."""

from resolver.engine import evaluate_market
from resolver.engine.attribution import giver
from resolver.engine.partial_counts import completeness, in_count_cue
from tests.conftest import news_article as article, news_market as market, ts

# b53-macron-runoff-share-66pct-2017-multi-yes
Q = "Will Emmanuel Macron receive at least 66% of valid votes in the May 7, 2017 French presidential runoff?"
C = ("This market will resolve to \"Yes\" if Emmanuel Macron's share of valid votes cast (suffrages exprimés) in the "
     "second round of the 2017 French presidential election, held May 7, 2017, is 66.00% or higher according to the "
     "French Interior Ministry's count. Pollster projections and estimates do not count. Otherwise, this market will "
     "resolve to \"No\".")
S2 = ("The ministry said Macron had been elected president with 66.06 per cent of valid votes cast in yesterday's "
      "run-off, after accounting for all but 0.01 per cent of the country's 47 million registered voters.")
URL = "http://www.themalaymailonline.com/world/article/macrons-french-election-win-reaches-66pc"


def _macron(text: str):
    m = market(Q, "2017-05-14T23:59:59+02:00", C)
    a = article(URL, "2017-05-08T09:01:00+08:00", "Macron's French election win reaches 66pc (VIDEO)", text)
    return evaluate_market(m, [a], ts("2017-05-09T00:00:00+00:00"))


def test_all_but_a_share_is_the_share_left_to_count():
    assert in_count_cue(S2, S2.index("0.01"))
    assert not in_count_cue(S2, S2.index("66.06"))
    done = completeness([S2])
    assert done.share is not None and abs(done.share - 99.99) < 1e-9


def test_the_source_taken_up_by_its_head_noun_gives_the_figure():
    assert giver(S2, S2.index("66.06")) == "the ministry"
    v = _macron(S2)
    assert v.verdict == "likely-yes"
    assert any(c.rule == "threshold_crossed" and "66.06" in c.reason and c.weight > 0 for c in v.contributions)


def test_must_not_fire_another_body_or_a_share_won():
    # another body taken up by its head noun does not give the ministry's figure
    v = _macron(S2.replace("The ministry said", "The commission said"))
    assert v.verdict != "likely-yes"
    # a share won told by what it left ('won all but 2 percent of the vote') is no counted share
    won = "In his home town he won all but 2 percent of the vote."
    assert not in_count_cue(won, won.index("2 percent")) and completeness([won]).share == 100.0
    assert completeness(["Macron won 66.06 per cent of valid votes cast."]).share == 100.0
    # 'The government reports …' is still the government
    text = "The government reports the nation's jobless rate fell to 7.8 percent."
    assert giver(text, text.index("7.8")) == "the government"
