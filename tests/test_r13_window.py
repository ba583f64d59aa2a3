"""Earlier occurrences of a recurring act for a market with no window of its own (thirteenth round,
window): an act the sentence dates before the start taken for the market's window ('The airport in
Bali was closed in 2015' for 'by November 30, 2017') is a note, not a confirmation; an earlier
occurrence's calling-off or failure is no ruling-out. The market texts are the development corpus's
(each names its case); the sentences are the reported wordings, the corpus's own verbatim
(must-not-fire) and near paraphrases."""

from datetime import datetime, timezone

from resolver.engine import evaluate_market
from resolver.engine.earlier_occurrence import implicit_start
from tests.conftest import news_article as article, news_market as market, ts


def _fired(v, *rules):
    return [c for c in v.contributions if (c.base_rule or c.rule) in rules and c.weight]


def _notes(v):
    return [c for c in v.contributions if "an earlier occurrence of the act" in c.reason]


def _run(q, deadline, criteria, published, text, as_of=None, url="http://example.com/a"):
    m = market(q, deadline, criteria)
    a = article(url, published, "News", text)
    return evaluate_market(m, [a], ts(as_of or published))


# b67-bali-airport-closed-agung-nov2017-yes
BALI_Q = ("Will Bali's Ngurah Rai International Airport suspend operations because of Mount Agung volcanic ash by "
          "November 30, 2017?")
BALI_C = ("This market will resolve to \"Yes\" if Indonesian authorities close or suspend operations at I Gusti Ngurah "
          "Rai International Airport in Bali due to volcanic ash from Mount Agung at any time between market creation "
          "and November 30, 2017. Otherwise, this market will resolve to \"No\".")


def _bali(text):
    return _run(BALI_Q, "2017-11-30T23:59:59+08:00", BALI_C, "2017-11-27T00:00:00+08:00", text,
                "2017-11-27T12:00:00+00:00")


def test_an_act_dated_years_before_the_implicit_start_is_a_note():
    for text in ("The airport in Bali was closed in 2015.",
                 "Bali's airport suspended operations in 2015.",
                 "Bali's airport suspended operations in July 2015.",
                 "In 2015, Bali's airport suspended operations because of the ash.",
                 "Two years ago, Bali's airport suspended operations.",
                 "The airport in Bali was closed two years ago."):
        v = _bali(text)
        assert v.verdict == "undetermined", text
        assert not _fired(v, "confirmation"), text
        notes = _notes(v)
        assert notes and "ends before Fri 01 Jan 2016" in notes[0].temporal, text


def test_the_corpus_report_of_the_market_s_closure_still_confirms():
    # verbatim (b67): the closure of the market's window is read as before
    v = _bali("In a separate tweet, Sutopo added that the international airport at Bali has been closed from 7am, "
              "Monday until 7am on Tuesday.")
    assert v.verdict == "likely-yes"
    assert not _notes(v)


def test_an_act_inside_the_default_window_or_told_again_is_not_a_note():
    # must not fire: 'last year' is inside the default start (the year before the deadline's); a
    # sentence telling the act again in the window; 'since' (a state since then, a first time
    # since); an anniversary; a date of another clause
    for text in ("Bali's airport suspended operations last year.",
                 "Bali's airport suspended operations in 2015 and again on Monday.",
                 "Bali's airport suspended operations on Monday for the first time since 2015.",
                 "Bali's airport suspended operations, the first closure since 2015.",
                 "Bali's airport suspended operations on the second anniversary of the 2015 eruption.",
                 "Bali's airport suspended operations because of Mount Agung, a volcano that killed 1,100 people in "
                 "March 1963.",
                 "Bali's airport suspended operations because of the volcano, which last erupted in July 2015.",
                 "Authorities, who had warned of ash in 2015, suspended operations at Bali's airport.",
                 "Bali's airport suspended operations, a decision officials first took two years ago.",
                 "Bali's airport suspended operations, as it did in 2015.",
                 "Bali's airport suspended operations on Monday."):
        v = _bali(text)
        assert not _notes(v), text
        assert v.verdict == "likely-yes", text


def test_the_question_s_own_year_is_the_start():
    # a question naming the act's year ('in 2017'): 'last year' is before it
    q, c = "Will Bali airport suspend operations in 2017?", "Resolves Yes if the airport in Bali suspends operations in 2017."
    v = _run(q, "2017-12-31T23:59:59+08:00", c, "2017-11-27T10:00:00+08:00", "Bali airport suspended operations last year.")
    assert v.verdict == "undetermined" and _notes(v)
    v = _run(q, "2017-12-31T23:59:59+08:00", c, "2017-11-27T10:00:00+08:00", "Bali airport suspended operations on Monday.")
    assert v.verdict == "likely-yes" and not _notes(v)


def test_implicit_start_arithmetic():
    tz = timezone.utc
    dl = datetime(2017, 11, 30, 23, 59, tzinfo=tz)
    start, why = implicit_start("Will X close by November 30, 2017?", dl, datetime(2017, 11, 27, tzinfo=tz))
    assert start == datetime(2016, 1, 1, tzinfo=tz) and "year before the deadline's" in why
    start, _ = implicit_start("Will X close in 2017?", dl, datetime(2017, 11, 27, tzinfo=tz))
    assert start == datetime(2017, 1, 1, tzinfo=tz)
    # a year the question names for what the act is about only lowers the start
    start, _ = implicit_start("Will X be convicted over his December 2014 attempt by November 30, 2017?", dl,
                              datetime(2017, 11, 27, tzinfo=tz))
    assert start == datetime(2014, 1, 1, tzinfo=tz)
    # a long market read in an article years before its deadline: nothing is known of its opening
    assert implicit_start("Will X happen by 2030?", datetime(2030, 1, 1, tzinfo=tz), datetime(2025, 5, 1, tzinfo=tz)) is None


# b34-avatar-fire-and-ash-1b-worldwide-by-jan10-2026-yes (verbatim): an opening participle's date,
# and a window crossing a new year
def test_an_opening_participle_s_date_is_not_the_act_s():
    q = "Will Avatar: Fire and Ash gross $1 billion worldwide by January 10, 2026?"
    c = ("This market will resolve to \"Yes\" if Avatar: Fire and Ash's cumulative worldwide box office gross reaches or "
         "exceeds $1,000,000,000 by January 10, 2026, according to the studio or Box Office Mojo/Comscore figures. "
         "Otherwise, this market will resolve to \"No\".")
    text = ("Released on December 19, the Avatar threequel has grossed an estimated $1.083 billion after last weekend's "
            "earnings, and shows no signs of stopping there.")
    v = _run(q, "2026-01-10T23:59:59-08:00", c, "2026-01-05T00:00:00+00:00", text, "2026-01-06T00:00:00+00:00")
    assert not _notes(v)
    assert _fired(v, "confirmation", "threshold_crossed")  # ('gross $1 billion' is a bar: r13-derive2)


# b15-who-recommends-r21-malaria-vaccine-by-dec31-2023-yes (verbatim): the earlier year is a relative clause's
def test_an_earlier_year_in_a_relative_clause_does_not_date_the_act():
    q = "Will the WHO recommend the R21/Matrix-M malaria vaccine by December 31, 2023?"
    c = ("This market will resolve to \"Yes\" if the World Health Organization issues a recommendation for the use of the "
         "R21/Matrix-M malaria vaccine by December 31, 2023, 11:59 PM Geneva time.")
    text = ("The R21 vaccine is the second malaria vaccine recommended by WHO, following the RTS,S/AS01 vaccine, which "
            "received a WHO recommendation in 2021.")
    v = _run(q, "2023-12-31T23:59:59+01:00", c, "2023-10-02T00:00:00+00:00", text, "2023-10-03T12:00:00+00:00")
    assert not _notes(v)
    assert _fired(v, "confirmation")


# b31-castillo-convicted-self-coup-yes (verbatim): 'almost three years after he tried … in December 2022'
def test_a_date_after_a_subordinating_word_is_another_event_s():
    q = "Will Pedro Castillo be convicted over his December 2022 attempt to dissolve Peru's Congress by December 31, 2025?"
    c = ("This market will resolve to \"Yes\" if a Peruvian court convicts former President Pedro Castillo of at least one "
         "criminal charge arising from his December 7, 2022 attempt to dissolve Congress by December 31, 2025.")
    text = ("Peruvian justice on Thursday sentenced the left-wing former president Pedro Castillo to 11 years, 5 months and "
            "15 days in prison for the crime of rebellion, almost three years after he tried to dissolve Congress and "
            "rule by decree in December 2022.")
    v = _run(q, "2025-12-31T23:59:59-05:00", c, "2025-11-27T00:00:00-05:00", text, "2025-11-28T12:00:00+00:00")
    assert not _notes(v)
    assert v.verdict == "likely-yes"


# b09-tapestry-capri-close-by-feb2025-multi-no (verbatim): a calling-off in the year before the deadline's
TAPESTRY_Q = "Will Tapestry complete its acquisition of Capri Holdings by February 10, 2025?"
TAPESTRY_C = ("This market will resolve to \"Yes\" if Tapestry, Inc. completes (closes) its acquisition of Capri Holdings "
              "Limited by February 10, 2025, 11:59 PM ET. If the deal is blocked, terminated or otherwise not completed by "
              "that time, this market will resolve to \"No\".")


def test_a_calling_off_inside_the_default_window_still_rules_out():
    text = "Capri and Tapestry called off their merger on Thursday after the megadeal was blocked by the Federal Trade Commission."
    v = _run(TAPESTRY_Q, "2025-02-10T23:59:59-05:00", TAPESTRY_C, "2024-11-14T00:00:00-08:00", text,
             "2024-11-15T12:00:00+00:00")
    assert not _notes(v)
    assert _fired(v, "ruled_out")


def test_an_earlier_occurrence_s_calling_off_is_no_ruling_out():
    q = "Will the Tube drivers strike in London by March 31, 2018?"
    c = "This market will resolve to \"Yes\" if London Underground drivers stage a strike by March 31, 2018."
    for text in ("The Tube drivers union called off the strike in 2015.",
                 "The Tube drivers union called off the strike two years ago.",
                 "In 2015, the Tube drivers union called off the strike."):
        v = _run(q, "2018-03-31T23:59:59+01:00", c, "2018-03-10T10:00:00+00:00", text)
        assert not _fired(v, "ruled_out"), text
        assert _notes(v), text
    # must not fire: the calling-off of this occasion
    v = _run(q, "2018-03-31T23:59:59+01:00", c, "2018-03-10T10:00:00+00:00",
             "The Tube drivers union called off the strike on Friday.")
    assert _fired(v, "ruled_out") and not _notes(v)


def test_an_earlier_launch_s_cancellation_or_failure_is_no_ruling_out():
    q = "Will SpaceX launch the Falcon Heavy by February 28, 2018?"
    c = "This market will resolve to \"Yes\" if SpaceX launches the Falcon Heavy rocket by February 28, 2018."
    for text in ("The Falcon Heavy launch was cancelled in July 2015.", "SpaceX scrubbed the Falcon Heavy launch in 2015.",
                 "The Falcon Heavy launch failed in 2015."):
        v = _run(q, "2018-02-28T23:59:59-05:00", c, "2018-02-01T10:00:00-05:00", text)
        assert v.verdict == "undetermined", text
        assert not _fired(v, "ruled_out", "failed_attempt"), text
        assert _notes(v), text


# b52-spector-convicted-by-oct31-2007-no (verbatim): the mistrial is this trial's; 'more than four years ago'
# dates the killing in another clause
SPECTOR_Q = "Will Phil Spector be convicted in the murder of Lana Clarkson by October 31, 2007?"
SPECTOR_C = ("This market will resolve to \"Yes\" if, by October 31, 2007, a jury returns a guilty verdict against Phil "
             "Spector on a murder or lesser homicide charge in the death of Lana Clarkson. A hung jury, mistrial or "
             "acquittal does not count. Otherwise, this market will resolve to \"No\".")


def test_this_trial_s_mistrial_still_fails_the_attempt():
    text = ("LOS ANGELES (AP) _ A mistrial was declared Wednesday in the murder case against Phil Spector when the jury "
            "reported that it was deadlocked 10-2 in favor of convicting the music producer of killing actress Lana "
            "Clarkson more than four years ago.")
    v = _run(SPECTOR_Q, "2007-10-31T23:59:59-07:00", SPECTOR_C, "2007-09-26T18:32:00-05:00", text,
             "2007-09-27T12:00:00+00:00")
    assert not _notes(v)
    assert _fired(v, "failed_attempt")


def test_an_earlier_trial_s_mistrial_is_a_note():
    v = _run(SPECTOR_Q, "2007-10-31T23:59:59-07:00", SPECTOR_C, "2007-09-26T18:32:00-05:00",
             "A mistrial was declared in the murder case against Phil Spector in 2004.", "2007-09-27T12:00:00+00:00")
    assert not _fired(v, "failed_attempt")
    assert _notes(v)
