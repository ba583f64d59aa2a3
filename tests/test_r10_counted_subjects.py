"""Questions whose surface hid the act or its count, and counts written the Indian way (tenth round,
events-yes 2): a perfect ('have received' is receiving), a noun a bar counts that could be read as a
verb ('15 million people'), a count noun after a name with digits ('new COVID-19 cases'), a count of
a single day ('in a single day': any day may cross it), the count a report gives as the act's own
subject ('15,062,189 people UK-wide had received'), and 'lakh' / '4,01,993'. Sentences verbatim from
the development corpus; each names its case."""

from resolver.engine import evaluate_market, quantities
from resolver.engine.counted_subject import counted_subject
from resolver.engine.derive import derive_target
from resolver.engine.figures import figures_in
from resolver.engine.perfect import perfect_base
from resolver.engine.text import tokenize
from tests.conftest import decided, news_article as article, news_market as market, ts

# b47-uk-15m-first-doses-by-feb15-2021-multi-yes
UK_Q = ("Will at least 15 million people in the UK have received a first COVID-19 vaccine dose by February 15, 2021?")
UK_C = ("This market will resolve to \"Yes\" if official UK government figures show that 15,000,000 or more people in "
        "the UK have received a first dose of a COVID-19 vaccine on or before February 15, 2021. Doses merely offered or "
        "booked do not count. Otherwise, this market will resolve to \"No\".")
UK = ("Government data show that by the end of 13 February a total of 15,062,189 people UK-wide had received a first "
      "dose of COVID-19 vaccine - a figure that health and social care secretary Matt Hancock hailed as a 'fantastic "
      "milestone'.")
# b16-gaza-polio-first-dose-550k-by-sep15-2024-yes
GAZA_Q = "Will more than 550,000 children in Gaza receive a first dose of polio vaccine by September 15, 2024?"
GAZA_PHASE = ("During the first phase of the campaign, conducted between September 1 and 3 in central Gaza, more than "
              "187,000 children under the age of 10 were reached, the WHO said in a statement.")
# b47-india-400k-daily-covid-cases-by-may2-2021-yes
INDIA_Q = "Will India report more than 400,000 new COVID-19 cases in a single day by May 2, 2021?"
INDIA_C = ("This market will resolve to \"Yes\" if India's Union Health Ministry reports more than 400,000 new COVID-19 "
           "cases in a single 24-hour reporting period in any update published between April 15, 2021 and May 2, 2021, "
           "11:59 PM IST. Otherwise, this market will resolve to \"No\".")
INDIA_TITLE = "India's daily COVID-19 cases hit record 4 lakh, logs new global record"
INDIA_1 = ("India on Saturday, May 1, became the first country in the world to register over 4 lakh new COVID-19 cases "
           "in a single day.")
INDIA_2 = ("The country, in the past 24 hours, recorded 4,01,993 new coronavirus cases taking the infection tally to "
           "1,91,64,969, according to health ministry data at 8 am.")


def _target(q, c=""):
    return derive_target(market(q, "2021-02-15T23:59:59+00:00", c))


def test_a_perfect_names_its_act_in_the_participle():
    t = _target(UK_Q, UK_C)
    assert t.act == "receive" and t.quantity == 15_000_000 and t.quantity_unit == "people"


def test_a_perfect_with_every_member_is_left_alone():
    # b14-jlr-all-plants-restarted-by-oct20-2025-asof-oct9-undet: a report that one plant restarted says nothing of all
    q = "all of Jaguar Land Rover's manufacturing plants have resumed production by October 20, 2025"
    assert perfect_base(q) == q
    assert perfect_base("the treaty have been ratified") == "the treaty have been ratified"


def test_a_number_in_a_name_does_not_make_a_counted_noun():
    # must not fire: b01-sp500-close-above-2000-aug2014-yes, b10-ariane6-cso3-launch-by-mar10-multi-yes
    assert _target("Will the S&P 500 close above 2,000 by August 29, 2014?").act == "close"
    assert _target("Will Ariane 6 launch the CSO-3 satellite by March 10, 2025?").act == "launch"


def test_an_irregular_plural_is_a_count_noun():
    assert quantities.required(GAZA_Q).unit == "children"
    assert _target(GAZA_Q).quantity == 550_000


def test_a_count_after_a_name_with_digits_and_a_single_day():
    t = _target(INDIA_Q, INDIA_C)
    assert t.kind == "threshold" and t.threshold == 400_000 and t.threshold_unit == "cases" and t.occasion == "path"
    # must not fire: a count over a year by a date stays a running total ('in 2024 by March 31')
    assert quantities.occasion("Will Brazil record more than 2 million probable dengue cases in 2024 by March 31, 2024?") \
        == "path"
    assert quantities.occasion("Will Bangladesh record at least 2,000 dengue deaths in calendar year 2023?") != "path"


def test_indian_grouping_and_lakh_are_read_and_covid_19_is_no_count():
    assert [v for _, v, _ in figures_in(INDIA_2, "cases")] == [401_993]
    assert 19 not in [v for _, v, _ in figures_in(INDIA_1, "cases")]
    assert figures_in(INDIA_TITLE, "cases") == []  # 'COVID-19 cases' is no count of 19
    assert [v for _, v, _ in figures_in("a total of 1,234,567 cases", "cases")] == [1_234_567]


def test_india_daily_count_crosses_the_bar():
    m = market(INDIA_Q, "2021-05-02T23:59:59+05:30", INDIA_C)
    a = article("https://www.businesstoday.in/latest/economy-politics/story/india-294822-2021-05-01",
                "2021-05-01T00:00:00+05:30", INDIA_TITLE, f"{INDIA_1}\n\n{INDIA_2}")
    v = evaluate_market(m, [a], ts("2021-05-01T18:00:00+05:30"))
    assert decided(v) == "likely-yes"
    assert any(c.rule == "threshold_crossed" and "4,01,993" in c.reason for c in v.contributions)
    assert any(c.rule == "threshold_crossed" and "over 4 lakh" in c.reason for c in v.contributions)


def test_the_count_of_the_acts_subject_confirms():
    m = market(UK_Q, "2021-02-15T23:59:59+00:00", UK_C)
    a = article("https://www.gponline.com/gp-led-sites-deliver-jabs-10m-people-one-month-uk-hits-15m-target/article/1707365",
                "2021-02-15T00:00:00+00:00", "gp led sites deliver jabs 10m people one month uk hits 15m target", UK)
    v = evaluate_market(m, [a], ts("2021-02-15T18:00:00+00:00"))
    assert decided(v) == "likely-yes"
    assert any(c.rule == "confirmation" and "15,062,189 people" in c.reason for c in v.contributions if c.weight)


def test_a_count_not_the_acts_subject_is_not_taken():
    # must not fire: 'children under the age of 10 were reached' puts a phrase between the count and the act
    toks = tokenize(GAZA_PHASE)
    k = next(n for n, t in enumerate(toks) if t.text == "187,000")
    i = next(n for n, t in enumerate(toks) if t.lower == "reached")
    assert not counted_subject(GAZA_Q, toks, k, i)
    # nor when the question's bar is not its subject ('record more than 2 million … cases')
    toks = tokenize(UK)
    k = next(n for n, t in enumerate(toks) if t.text == "15,062,189")
    i = next(n for n, t in enumerate(toks) if t.lower == "received")
    assert counted_subject(UK_Q, toks, k, i)
    assert not counted_subject("Will Brazil record more than 2 million probable dengue cases in 2024?", toks, k, i)
