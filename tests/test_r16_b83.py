"""Batch 83 misses (sixteenth round, r16-b83), each a wrong decisive verdict now held back by a
general reading: an act word modifying a schedule noun ('didn't set a new sentencing date') names
the act's schedule, so its negation is no failed occasion (engine/schedule_nouns.py, read by
rules/not_yet.py and rules/failed_attempt.py); a negated expectation needs the expectation after the
negation in its own stretch, and 'set' expects only as 'set to' / 'set for' (rules/ruled_out.py);
people counted in shelters or camps are evacuees, not the dead (rules/threshold_figures.py).
Sentences verbatim from the development corpus; each names its case; the must-not-fire sentences are
the nearby wordings."""

from resolver.engine.schedule_nouns import modifies_schedule
from resolver.engine.text import article_sentences
from tests.conftest import fired, run_case


def _sent(text: str):
    return article_sentences("", text)[0]


# b83-blagojevich-sentenced-by-oct31-2011-multi-undet
BLAGO_Q = "Will Rod Blagojevich be sentenced by October 31, 2011?"
BLAGO_C = ('This market will resolve to "Yes" if U.S. District Judge James Zagel imposes a sentence on former Illinois '
           'Governor Rod Blagojevich for his corruption convictions on or before October 31, 2011. Scheduling a '
           'sentencing hearing does not count. Otherwise, this market will resolve to "No".')
BLAGO_1 = ("In a three-sentence notice posted electronically, U.S. District Judge James Zagel in Chicago did not offer any "
           "reason for cancelling Blagojevich's Oct. 6 sentencing, saying simply that it has been \"stricken until "
           "further order by the court.\"\n\nWhile Zagel did not set a new date, Sorosky said Blagojevich would now "
           "likely be sentenced in late October or early November -- soon after Cellini's trial finishes.")
BLAGO_2 = ("Zagel didn't set a new sentencing date for Blagojevich, who was convicted earlier this year of sweeping "
           "corruption charges, including allegations that the then-governor sought to sell the U.S. Senate seat that "
           "opened when Barack Obama was elected president in 2008.")


def _blago(items):
    return run_case(BLAGO_Q, "2011-10-31T23:59:59-05:00", BLAGO_C, items, "2011-09-28T00:00:00+00:00")


def test_no_new_sentencing_date_is_no_failed_occasion():
    v = _blago([("https://abc7chicago.com/archive/8368023/", "2011-09-26T00:00:00-05:00",
                 "Judge postpones Blagojevich sentencing", BLAGO_1),
                ("http://www.chicagotribune.com/news/ct-met-blagojevich-sentencing-delayed-20110927-story.html",
                 "2011-09-27T00:00:00-05:00", "Blagojevich sentencing on hold", BLAGO_2)])
    assert v.verdict == "undetermined"
    assert not fired(v, "failed_attempt")
    assert not any("not … " in c.reason for c in fired(v, "ruled_out"))


def test_schedule_noun_modifier():
    s = _sent("Zagel didn't set a new sentencing date for Blagojevich.")
    k = next(i for i, t in enumerate(s.tokens) if t.lower == "sentencing")
    assert modifies_schedule(s, k)
    # must not fire: the act word itself, not a schedule noun's modifier
    s = _sent("Zagel didn't sentence Blagojevich on that date.")
    k = next(i for i, t in enumerate(s.tokens) if t.lower == "sentence")
    assert not modifies_schedule(s, k)
    s = _sent("The sentencing was not held; a date is pending.")
    k = next(i for i, t in enumerate(s.tokens) if t.lower == "sentencing")
    assert not modifies_schedule(s, k)


def test_negated_act_itself_still_fails_the_occasion():
    # must not fire the schedule reading: 'did not sentence' negates the act
    v = _blago([("https://news.example.org/a", "2011-10-06T18:00:00-05:00", "Blagojevich hearing ends",
                 "Judge Zagel did not sentence Blagojevich at Thursday's hearing.")])
    assert not any("sentencing date" in c.reason for c in v.contributions)


def test_negated_expectation_still_read_in_its_own_stretch():
    # must not fire the new limit: 'No sentencing is expected' negates the expectation after it
    v = _blago([("https://news.example.org/b", "2011-09-27T12:00:00-05:00", "Blagojevich case",
                 "No sentencing of Blagojevich is expected before the end of the year, his lawyer said.")])
    assert any(c.direction == "no" for c in fired(v, "ruled_out"))


# b83-merapi-toll-100-by-nov15-2010-undet
MERAPI_Q = "Will the official death toll from the 2010 Mount Merapi eruptions reach 100 by November 15, 2010?"
MERAPI_C = ('This market will resolve to "Yes" if Indonesian authorities report at least 100 deaths caused by the '
            'eruptions of Mount Merapi that began on October 26, 2010, on or before November 15, 2010. Otherwise, this '
            'market will resolve to "No".')
MERAPI = ("Update (as of Friday, October 29, 2010): the death toll rose to 34, and 44,986 people are still remain in the "
          "evacuation shelter.")


def _merapi(text: str):
    return run_case(MERAPI_Q, "2010-11-15T23:59:59+07:00", MERAPI_C,
                    [("http://indonesiandisaster.blogspot.com/2010/10/death-toll-of-merapi-eruption-rise-to.html",
                      "2010-10-27T00:00:00+07:00", "The death toll of Merapi eruption rise to 25 (updated: 34)", text)],
                    "2010-10-30T00:00:00+00:00")


def test_people_in_shelters_are_not_the_toll():
    v = _merapi(MERAPI)
    assert v.verdict == "undetermined"
    assert not any(c.direction == "yes" for c in fired(v, "threshold_crossed"))


def test_people_in_shelters_wordings():
    for text in ("The death toll rose to 34, and 240,000 people were sheltering in evacuation centers.",
                 "The death toll rose to 34, while 20,000 residents remain in temporary shelters."):
        assert not any(c.direction == "yes" for c in fired(_merapi(text), "threshold_crossed")), text


def test_toll_past_the_bar_still_crosses():
    # must not fire: the toll's own figure past the bar, no shelter named with it
    v = _merapi("Update (as of Friday, November 5, 2010): the death toll rose to 122, officials said.")
    assert any(c.direction == "yes" for c in fired(v, "threshold_crossed"))
