"""Plainly reported acts no rule read (package qd). A headline's subject may be a noun that could
also be a verb when a determiner, a possessive or a lowercase adjective stands before it ('SpaceX's
giant new rocket launches'), or when it is quoted ("'chopsticks' catch"); a headline's present
with a bare weekday of its own clause may be a schedule; a club is named without its legal form
('Sporting' for 'Sporting CP'); 'set fire to' is burning, not firing. Sentences verbatim from the
pages of tests/data/realnews batch-24, batch-09, batch-23, batch-16, batch-10, batch-12 and
batch-18."""

from datetime import datetime

from resolver.engine import evaluate_market, mentions
from resolver.engine.actors import bare_club_name
from resolver.engine.derive import derive_target
from resolver.engine.analysis import MarketContext
from resolver.engine.rules.headline_tense import headline_weekday
from resolver.engine.text import article_sentences
from tests.conftest import news_article as article, news_market as market, ts


def _headline(title: str):
    return article_sentences(title, "x.")[0]


def _verbs(title: str) -> dict[str, str]:
    return {m.form: m.aspect for m in mentions.read(_headline(title)) if m.kind == "verb"}


def test_a_noun_after_an_adjective_or_determiner_is_a_headline_subject():
    assert _verbs("SpaceX’s giant new rocket launches on second test flight from Texas")["launches"] == "done"
    assert _verbs("Norway central bank cuts rates in surprise move, eyes further reduction")["cuts"] == "done"
    assert _verbs("Czech central bank cuts a key interest rate again with inflation down and the economy on the "
                  "mend")["cuts"] == "done"


def test_a_quoted_plural_noun_is_a_headline_subject():
    assert _verbs("SpaceX's 'chopsticks' catch rocket in thrilling Starship test flight")["catch"] == "done"


def test_compound_nouns_stay_nouns():
    # nothing after the word; a number before the compound; a capitalised name before it
    assert "effects" not in _verbs("A new kind of drug for schizophrenia promises fewer side effects")
    assert "cuts" not in _verbs("Federal Reserve Watch for Dec 20 Daly says shes comfortable with outlook on two "
                                "rate cuts in 2025")
    assert "record" not in _verbs("Taylor Swift breaks record for most Album of the Year Grammys")
    # a plural possessive is not a closing quote
    assert "strike" not in _verbs("There may finally be an end in sight for the SAG-AFTRA voice actors’ strike")
    assert "works" not in _verbs("4 artists’ works shortlisted for the prestigious Turner Prize go on display at "
                                 "a London museum")
    # a quoted word that is not a noun
    assert "sanctions" not in _verbs("UN Security Council blocks bid to delay Iran 'snapback' sanctions")
    assert "Interest" not in _verbs("Turkey’s Central Bank Raises Interest Rates to 50% Amid Soaring 70% Inflation")


STARSHIP = market("Will SpaceX launch Starship's second integrated flight test by November 20, 2023?",
                  "2023-11-20T23:59:59-06:00",
                  "This market will resolve to \"Yes\" if the SpaceX Starship/Super Heavy vehicle lifts off on its "
                  "second integrated flight test from Starbase, Texas, by November 20, 2023, 11:59 PM CT. The outcome "
                  "of the flight after liftoff does not matter. Otherwise, this market will resolve to \"No\".")
LAUNCHED = article("https://www.foxcarolina.com/2023/11/18/spacex-is-preparing-its-mega-rocket-second-test-flight/",
                   "2023-11-18T06:53:00-05:00", "SpaceX’s giant new rocket launches on second test flight from Texas",
                   "(AP) - SpaceX’s giant new rocket blasted off from South Texas on a test flight Saturday, seven "
                   "months after the first try ended in an explosion.")


def test_a_headline_present_with_the_body_reporting_it_done_confirms():
    v = evaluate_market(STARSHIP, [LAUNCHED], ts("2023-11-19T12:00:00+00:00"))
    assert v.verdict == "likely-yes"
    assert any(c.rule == "confirmation" and c.weight > 0 and "launches" in c.sentence for c in v.contributions)


def test_a_weekday_of_another_clause_does_not_make_a_headline_a_schedule():
    s = _headline("Judge Dismisses Manslaughter Charge Against Daniel Penny Jury to Return Monday to Mull "
                  "Criminally Negligent Homicide Charge")
    assert headline_weekday(s, 1, datetime.fromisoformat("2024-12-06T00:00:00-07:00")) is None


def test_a_club_is_named_without_its_legal_form_only_capitalised_and_alone():
    assert bare_club_name("Sporting CP") == "Sporting"
    assert bare_club_name("Team USA") is None and bare_club_name("Grand Theft Auto VI") is None
    m = market("Will Sporting CP clinch the 2023–24 Primeira Liga title before the season's final matchday?",
               "2024-05-18T23:59:59+01:00",
               "This market will resolve to \"Yes\" if Sporting CP mathematically secures the 2023–24 Portuguese "
               "Primeira Liga title before the league's final round of matches. Otherwise, this market will "
               "resolve to \"No\".")
    pat = MarketContext(market=m, target=derive_target(m)).candidate_pattern
    assert pat.search("After Benfica lost 2-0 to Famalicao, Sporting, led by Ruben Amorim, secured the 2024 "
                      "Portuguese Primeira Liga title with two games remaining.")
    assert not pat.search("Sporting Lisbon Are The Champions Of Liga Portugal")  # another name word follows


LAVA = market("Will lava from the Reykjanes peninsula eruptions destroy or set fire to a building in Grindavík, "
              "Iceland, by January 31, 2024?", "2024-01-31T23:59:59+00:00",
              "This market will resolve to \"Yes\" if credible media or Icelandic authorities report that lava "
              "reached the town of Grindavík and burned or destroyed at least one building by January 31, 2024. "
              "Otherwise, this market will resolve to \"No\".")


def test_set_fire_to_is_burning_not_firing():
    t = derive_target(LAVA)
    assert t.act == "burn" and "fire" not in t.act_forms and "set" not in t.act_forms
    assert t.object_terms[-1] == "building"
    flames = article("https://www.independent.co.uk/news/world/europe/iceland-volcano-eruption-live-lava-travel-"
                     "flights-b2478682.html", "2024-01-15T00:00:00+00:00",
                     "Buildings in Iceland’s Grindavik go up in flames as volcano’s lava reaches town",
                     "A new crack later formed, said the forecaster, with lava flowing into the fishing town and "
                     "torching at least three homes.")
    v = evaluate_market(LAVA, [flames], ts("2024-01-16T12:00:00+00:00"))
    assert v.verdict == "likely-yes"
