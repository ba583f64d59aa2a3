"""Postponements told with a date or a length that carries the act past the deadline (sixteenth round,
r16-postponed): a new date after a push-back verb and its object ('postpone … sentencing one month to
Jan. 7') read forward (engine/timex.py), and a delay by a length counted from the act's former date told
in the sentence or the next one ('delayed completion … by a year' of a bridge 'expected to be complete in
fall 2020', engine/delays.py). Sentences verbatim from the development corpus; each names its case; the
must-not-fire sentences are the nearby wordings."""

from datetime import datetime

from resolver.engine.timex import find_time_expressions
from tests.conftest import decided, fired, run_case


def _spans(text: str, published: str, tense: str = "past"):
    pub = datetime.fromisoformat(published)
    return [(s.text, s.start.date().isoformat()) for s in find_time_expressions(text, pub, tense)]


# b83-rowland-sentenced-by-dec31-2014-no
ROWLAND = ("A federal judge has agreed to postpone former Gov. John G. Rowland's sentencing one month to Jan. 7 at 10 a.m.")


def test_new_date_after_push_back_and_object_read_forward():
    assert ("Jan. 7", "2015-01-07") in _spans(ROWLAND, "2014-09-25T00:00:00-04:00")


def test_past_report_of_push_backs_keeps_the_nearest_day():
    # b43 (Rocket Lab, article of Dec. 21): a count between the verb and the date, in a past report
    text = "It was scrubbed on Dec. 7 and subsequently pushed back five times until Dec. 20."
    assert ("Dec. 20", "2022-12-20") in _spans(text, "2022-12-21T00:00:00-05:00")


def test_date_not_after_a_push_back_untouched():
    text = "A federal judge has agreed to hear former Gov. John G. Rowland's motion on Jan. 7 at 10 a.m."
    assert ("Jan. 7", "2014-01-07") in _spans(text, "2014-09-25T00:00:00-04:00")


def test_rowland_sentencing_postponed_past_deadline():
    v = run_case("Will former Connecticut Governor John Rowland be sentenced by December 31, 2014?",
                 "2014-12-31T23:59:59-05:00", "", [(
                     "http://www.courant.com/news/connecticut/hc-rowland-0926-20140925-story.html",
                     "2014-09-25T00:00:00-04:00", "Judge Delays Rowland Sentencing", ROWLAND)],
                 "2014-09-27T00:00:00+00:00")
    assert fired(v, "ruled_out") and decided(v) == "likely-no"


# b84-petitcodiac-bridge-complete-by-dec31-2020-no
BRIDGE = ("The provincial government has delayed completion of a bridge replacing the Petitcodiac River causeway by a "
          "year, citing \"financial pressures.\"\n\nThe $61.6-million project to replace the causeway connecting Riverview "
          "and Moncton began in 2017 and was expected to be complete in fall 2020.")
BRIDGE_Q = ("Will the new bridge replacing the Petitcodiac River causeway between Moncton and Riverview be completed by "
            "December 31, 2020?")


def _bridge(text: str, deadline: str = "2020-12-31T23:59:59-04:00"):
    return run_case(BRIDGE_Q, deadline, "", [(
        "https://www.cbc.ca/news/canada/new-brunswick/petitcodiac-bridge-causeway-riverview-moncton-1.5130794",
        "2019-05-10T00:00:00-03:00", "Petitcodiac bridge causeway Riverview Moncton", text)],
        "2019-05-11T00:00:00-03:00")


def test_delay_length_from_former_date_past_deadline():
    v = _bridge(BRIDGE)
    assert decided(v) == "likely-no"
    assert any("from its former date" in (c.temporal or "") for c in fired(v, "ruled_out"))


def test_delay_length_from_former_date_still_in_window_does_not_decide():
    # the same push-back, a deadline the former date plus a year still meets
    v = _bridge(BRIDGE, "2021-12-31T23:59:59-04:00")
    assert not any("from its former date" in (c.temporal or "") for c in fired(v, "ruled_out"))


def test_former_date_without_former_plan_words_not_read():
    # a date the act is told at, with no 'was expected to' (not a former plan): no carried push-back
    text = BRIDGE.replace("was expected to be complete in fall 2020", "opened a detour in fall 2020")
    v = _bridge(text)
    assert not any("from its former date" in (c.temporal or "") for c in fired(v, "ruled_out"))
