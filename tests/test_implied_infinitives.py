"""A past implicative verb before an infinitive ('forced UN lead mediator to postpone talks') tells
the infinitive's act as done; a hedge, a denial or a state before it ('would be forced to',
'cannot be compelled to') does not. Negotiations are also told as talks. Every sentence is quoted
verbatim from the real-news corpus (case id above each test)."""

from resolver.engine import evaluate_market
from resolver.engine.text import article_sentences
from resolver.engine.verb_aspect import aspect, implied_by
from tests.conftest import article, news_market, ts

# b46-darfur-sirte-negotiations-by-nov10-2007-multi-no (africaflak.blogspot.com, 30 Oct 2007)
_FORCED = ("Two rebel factions continuing to boycott and Sudan still putting a full court press on the proposed "
           "deployment of a 26,000 African Union peacekeeping force forced UN lead mediator to postpone talks on "
           "Darfur for three weeks.")


def _sentence(text):
    return article_sentences("", text)[-1]


def _at(sent, word):
    return next(i for i, t in enumerate(sent.tokens) if t.lower == word)


def test_forced_to_postpone_is_a_postponement_done():
    s = _sentence(_FORCED)
    i = _at(s, "postpone")
    assert implied_by(s, i) == "forced"
    assert aspect(s, i, "postpone") == "past"


def test_would_be_forced_to_is_no_act_done():
    # near miss, b06 (ANC vote share) corpus sentence
    s = _sentence("If the final results were to resemble the early picture, the ANC would be forced to make a deal "
                  "with one or more other parties to govern — a situation")
    i = _at(s, "make")
    assert implied_by(s, i) is None
    assert aspect(s, i, "make") != "past"


def test_cannot_be_compelled_to_is_no_act_done():
    # near miss, corpus sentence (Kejriwal arrest case)
    s = _sentence("And the accused (Mr Kejriwal) cannot be compelled to give a statement.")
    assert implied_by(s, _at(s, "give")) is None


def test_talks_postponed_for_three_weeks_rule_out_negotiations_by_the_deadline():
    m = news_market("Will substantive Darfur peace negotiations between Sudan's government and rebel groups begin "
                    "by November 10, 2007?", "2007-11-10T23:59:59+03:00",
                    "This market will resolve to \"Yes\" if the UN/AU-mediated Darfur peace process opens substantive "
                    "(formal) negotiations between the Sudanese government and Darfur rebel groups by November 10, "
                    "2007. Consultations, preparatory meetings or opening ceremonies do not count. Otherwise, this "
                    "market will resolve to \"No\".")
    a = article(_FORCED, published="2007-10-30T00:00:00+03:00")
    r = evaluate_market(m, [a], ts("2007-10-30T12:00:00+00:00"))
    assert r.verdict == "likely-no"
    assert "'forced … to postpone'" in str(r.contributions)
    assert "for three weeks" in str(r.contributions)
