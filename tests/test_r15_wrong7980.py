"""Wrong decisive verdicts of batches 79 and 80 (fifteenth round, r15-wrong7980), each made right or
undetermined by a general reading: a defeat verb told as a passive ('X beaten by Y': X lost,
defeats.beaten_by) and a boxing bout as one occasion; criteria asking the act for all of the
question's object ('restored power to essentially all customers') make a report of it for a count or
a share a partial completion (criteria_terms.all_noun); an excluded estimate excludes a figure told
as estimated, and a headline's figure the text tells as one (excluded_figures.py); a figure its own
sentence takes back ('… was not quite that', denied_figures.py). Sentences verbatim from the
development corpus; each names its case."""

import re

from resolver.engine import criteria_terms, defeats, denied_figures
from resolver.engine.text import article_sentences
from tests.conftest import decided, fired, run_case

# b80-joshua-beats-ruiz-msg-2019-no
JOSHUA = dict(
    question="Will Anthony Joshua beat Andy Ruiz Jr. in their June 1, 2019 heavyweight title fight at Madison Square Garden?",
    deadline="2019-06-02T23:59:59-04:00",
    criteria='This market will resolve to "Yes" if Anthony Joshua is declared the winner (by knockout, technical knockout, '
             'decision or disqualification) of his scheduled June 1, 2019 heavyweight world title bout against Andy Ruiz '
             'Jr. at Madison Square Garden, New York. A draw, no contest, or a Ruiz win will resolve this market to "No". '
             'Otherwise, this market will resolve to "No".',
    as_of="2019-06-03T00:00:00+00:00",
)
JOSHUA_TITLE = "Anthony Joshua sensationally beaten by Andy Ruiz Jr"
JOSHUA_TEXT = ("Andy Ruiz Jr produced one of the biggest shocks in the history of heavyweight boxing to rip Anthony Joshua’s "
               "IBF, WBO and WBA world heavyweight titles from him and tear up the division’s proposed plot lines.")

# b80-entergy-new-orleans-power-by-sep8-2021-asof-sep7-multi-undet
ENTERGY = dict(
    question="Will Entergy restore power to New Orleans customers able to receive it by September 8, 2021?",
    deadline="2021-09-08T23:59:59-05:00",
    criteria='This market will resolve to "Yes" if, by the end of September 8, 2021, Entergy New Orleans reports that it '
             'has restored power to essentially all customers in New Orleans who lost service in Hurricane Ida and are '
             'able to receive it (for example, 95% or more of affected customers, with only customers whose own '
             'equipment is damaged remaining). Otherwise, this market will resolve to "No".',
    as_of="2021-09-07T00:00:00+00:00",
)

# b79-hunger-games-opening-153m-multi-no
HUNGER = dict(
    question="Will The Hunger Games gross at least $153 million in its domestic opening weekend?",
    deadline="2012-03-27T23:59:59-07:00",
    criteria='This market will resolve to "Yes" if the actual domestic (U.S. and Canada) box office gross of The Hunger '
             'Games for the weekend of March 23-25, 2012, as reported by the distributor when final weekend figures are '
             'released, is $153 million or more. Sunday studio estimates do not count. Otherwise, this market will '
             'resolve to "No".',
    as_of="2012-03-27T12:00:00+00:00",
)
HUNGER_SUNDAY = ("http://collider.com/weekend-box-office-the-hunger-games-hits-155-million", "2012-03-25T00:00:00-07:00",
                 "Weekend Box Office – THE HUNGER GAMES Hits $155 Million for Third Highest Opening of All Time!",
                 "The worst-kept secret in show biz is out: The Hunger Games is a hit of record-breaking proportions.  "
                 "From its 10,000 prints at 4,137 locations, the film earned an estimated $155 million this weekend, "
                 "blowing away the previous March record of $116.1 million.  The figure also stands as the third-highest "
                 "opening of all-time and the single highest debut for a non-sequel.")
HUNGER_MONDAY = ("http://au.eonline.com/news/hunger_games_opening_weekend_smaller/304053", "2012-03-26T21:12:00-07:00",
                 "The Hunger Games' Opening Weekend Smaller Than Estimated: What Does That Mean?",
                 "The Hunger Games' much-touted $155 million opening weekend was not quite that. \n\nFinal box-office "
                 "numbers released Monday show the teen-warfare tale starring Jennifer Lawrence grossed $152.5 million.")


def _case(spec, items, **over):
    spec = {**spec, **over}
    return run_case(spec["question"], spec["deadline"], spec["criteria"], items, spec["as_of"])


def _headline(title: str, text: str = "x."):
    return next(s for s in article_sentences(title, text) if s.headline)


class _Facts:
    def __init__(self, sent):
        self.sent = sent


# -- a defeat told as a passive -----------------------------------------------------------------
def test_the_passive_subject_of_a_defeat_verb_lost():
    v = _case(JOSHUA, [("https://www.kbc.co.ke/joshua", "2019-06-02T00:00:00+03:00", JOSHUA_TITLE, JOSHUA_TEXT)])
    assert decided(v) == "likely-no"
    assert fired(v, "opposite_outcome") and not fired(v, "confirmation")


def test_beaten_by_reads_who_lost():
    joshua = re.compile(r"\bAnthony Joshua\b|\bJoshua\b")
    assert defeats.beaten_by(_Facts(_headline(JOSHUA_TITLE)), joshua) is not None
    # must not: the candidate is the one who beat, or the defeat is active, or 'by' gives a margin
    assert defeats.beaten_by(_Facts(_headline("Andy Ruiz Jr sensationally beaten by Anthony Joshua")), joshua) is None
    assert defeats.beaten_by(_Facts(_headline("Anthony Joshua sensationally beats Andy Ruiz Jr")), joshua) is None
    assert defeats.beaten_by(_Facts(_headline("Anthony Joshua narrowly beaten by two points")), joshua) is None


def test_the_active_win_still_confirms():
    v = _case(JOSHUA, [("https://example.org/joshua-wins", "2019-06-02T00:00:00+03:00",
                        "Anthony Joshua sensationally beats Andy Ruiz Jr", "The fight was held at Madison Square Garden.")])
    assert decided(v) == "likely-yes"


# -- all of the object, asked by the criteria -------------------------------------------------
def test_criteria_asking_all_of_the_object():
    terms = ["power", "new", "orlean", "customer", "able", "receive"]
    assert criteria_terms.all_noun(ENTERGY["criteria"], terms) == "customer"
    # must not: an 'all' of something else than the question's object ('all times are Eastern')
    assert criteria_terms.all_noun("All times are Eastern. Reports from all outlets count.", terms) is None


def test_a_count_or_a_share_restored_is_partial_when_all_are_asked():
    items = [("https://www.theadvertiser.com/entergy-timeline", "2021-09-03T00:00:00-05:00",
              "Entergy releases timeline to restore power to New Orleans, surrounding areas",
              "Nearly 950,000 Entergy customers lost power in Southeast Louisiana and southwest Mississippi from Hurricane "
              "Ida. Electrical service has already been restored to approximately 225,000 customers, including parts of "
              "New Orleans."),
             ("https://wgno.com/entergy-restores-50-percent", "2021-09-06T00:00:00-05:00",
              "Entergy restores 50 percent of Louisiana customers following Hurricane Ida",
              "According to Entergy Louisiana and Entergy New Orleans, they have restored a combined 457,000 customers "
              "out of the peak of 902,000 that lost service. Entergy New Orleans has restored nearly 70% of customers "
              "impacted.")]
    v = _case(ENTERGY, items)
    assert decided(v) == "undetermined"
    assert not fired(v, "confirmation")


def test_power_restored_to_all_customers_confirms():
    v = _case(ENTERGY, [("https://example.org/entergy-done", "2021-09-06T12:00:00-05:00",
                         "Entergy New Orleans restores power to all customers able to receive it",
                         "Entergy New Orleans said it has restored power to all customers in New Orleans able to receive "
                         "it.")])
    assert fired(v, "confirmation")


# -- estimates excluded, figures taken back --------------------------------------------------
def test_an_estimated_figure_and_its_headline_are_excluded_estimates():
    v = _case(HUNGER, [HUNGER_SUNDAY])
    assert not fired(v, "threshold_crossed")
    assert any("estimated" in c.reason and "exclude" in c.reason for c in v.contributions)


def test_a_figure_taken_back_by_its_own_sentence_settles_nothing():
    v = _case(HUNGER, [HUNGER_SUNDAY, HUNGER_MONDAY])
    assert decided(v) != "likely-yes"
    assert not fired(v, "threshold_crossed")


def test_denied_figure():
    text = "The Hunger Games' much-touted $155 million opening weekend was not quite that."
    end = text.index("million") + len("million")
    assert denied_figures.denied(text, end)
    # must not: a negated copula saying something else of the figure
    other = "The Hunger Games' $155 million opening weekend was not enough to top the all-time record."
    assert denied_figures.denied(other, other.index("million") + len("million")) is None


def test_an_unqualified_figure_still_crosses_the_bar():
    v = _case(HUNGER, [("https://example.org/final", "2012-03-26T21:12:00-07:00",
                        "The Hunger Games grossed $155 million in its opening weekend, final figures show",
                        "The Hunger Games grossed $155 million in its domestic opening weekend, according to final "
                        "figures released Monday.")])
    assert decided(v) == "likely-yes"
