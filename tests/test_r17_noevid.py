"""No-evidence misses (seventeenth round, r17-noevid), each fixed by a general reading: a capitalised
'All' inside a name asks for nothing of the kind (engine/criteria_terms.py: 'the FTSE/JSE All Share
Index' is one index, not every close); criteria counting a caretaker capacity 'as resigning' do not
count it as holding the office (engine/caretaker.py); 'avert' reports avoiding (the 'avoid' frame in
resolver/data/frames.json). Sentences verbatim from the development corpus; each names its case; the
must-not-fire sentences are the nearby wordings."""

from resolver.engine import caretaker
from resolver.engine.criteria_terms import quantifier
from resolver.engine.derive import derive_target
from tests.conftest import decided, fired, news_market, run_case


# b35-jse-alsi-close-above-100000-by-jul31-2025-multi-yes
JSE_Q = "Will the FTSE/JSE All Share Index close above 100,000 points by July 31, 2025?"
JSE_C = ('This market will resolve to "Yes" if the FTSE/JSE All Share Index records an official daily closing level '
         'above 100,000 points on any trading day by July 31, 2025. Intraday highs do not count. Otherwise, "No".')
JSE_TEXT = ("The FTSE/JSE All Share Index (ALSI) began its journey in 1960 at just 100 points. Over the decades, it has "
            "weathered global shocks and economic shifts and has been bolstered by commodity booms and resilient "
            "corporate earnings, steadily climbing to close at a historic 100,180… pic.twitter.com/D5qZACb0oV — JSE "
            "(@JSE_Group) July 23, 2025")


def test_capitalised_all_in_a_name_is_no_quantifier():
    assert derive_target(news_market(JSE_Q, "2025-07-31T23:59:59+02:00", JSE_C)).quantifier is None
    assert quantifier("the All Basotho Convention win the most seats", "", []) is None
    assert quantifier('"All Quiet on the Western Front" win Best Picture', "", []) is None


def test_lowercase_all_is_still_a_quantifier():
    assert quantifier("France hand over all of its military bases in Chad", "", ["bases"]) == "all"
    assert quantifier("the FTSE/JSE All Share Index close above 100,000 on every trading day", "", []) == "all"
    assert quantifier("All ten ministers resign", "", []) == "all"  # the body's first word


def test_close_above_the_bar_in_an_all_share_index_confirms():
    v = run_case(JSE_Q, "2025-07-31T23:59:59+02:00", JSE_C,
                 [("https://www.daily8.com/en/article/5cbeff321db406688176bc77747e9f53", "2025-07-23T00:00:00+02:00",
                   "FTSE/JSE All Share Index achieves historic 100,000-point milestone", JSE_TEXT)],
                 "2025-07-24T00:00:00+00:00")
    assert decided(v) == "likely-yes"
    assert fired(v, "threshold_crossed")


def test_every_close_still_needs_every_close():
    q = "Will the FTSE/JSE All Share Index close above 100,000 points on every trading day in July 2025?"
    v = run_case(q, "2025-07-31T23:59:59+02:00", "", [
        ("https://www.daily8.com/en/article/5cbeff321db406688176bc77747e9f53", "2025-07-23T00:00:00+02:00",
         "FTSE/JSE All Share Index achieves historic 100,000-point milestone", JSE_TEXT)], "2025-07-24T00:00:00+00:00")
    assert decided(v) != "likely-yes"


# b04-schoof-cabinet-stays-june-no
def test_caretaker_counted_as_resigning_is_not_holding():
    assert not caretaker.counts(
        "Will the Schoof cabinet remain in office without resigning through June 30, 2025?",
        "This market will resolve to \"Yes\" if Dutch Prime Minister Dick Schoof's cabinet does not tender its "
        "resignation and the governing coalition does not collapse before June 30, 2025. Continuing in a caretaker "
        "(demissionary) capacity after resigning counts as resigning. Otherwise, this market will resolve to \"No\".")


def test_caretaker_counted_as_holding_must_still_count():
    assert caretaker.counts("Will Mark Rutte remain Prime Minister of the Netherlands, including in a caretaker "
                            "capacity, through June 30, 2023?", "")
    assert caretaker.counts("Will X remain prime minister through May 31?",
                            "Serving as caretaker after a government collapse counts as holding the office.")


# b81-us-govt-stays-open-apr10-2011-multi-yes
GOVT_Q = "Will the U.S. federal government avoid a shutdown (lapse in appropriations) through April 10, 2011?"
GOVT_URL = "http://www.silive.com/news/index.ssf/2011/04/dc_deal_at_11th_hour_averts_go.html"
GOVT_TEXT = ("WASHINGTON -- Perilously close to a government shutdown, President Barack Obama and congressional leaders "
             "reached a historic agreement late last night to cut about $38 billion in spending and avert the first "
             "federal closure in 15 years.")


def _govt(title: str, text: str = GOVT_TEXT):
    return run_case(GOVT_Q, "2011-04-10T23:59:59-04:00", "", [(GOVT_URL, "2011-04-09T00:54:00-04:00", title, text)],
                    "2011-04-11T00:00:00+00:00")


def test_averts_reports_avoiding():
    v = _govt("D.C. deal at 11th hour averts government shutdown")
    assert decided(v) == "likely-yes"
    assert fired(v, "confirmation")


def test_avert_still_to_come_must_not_confirm():
    for title in ("Congress races to avert government shutdown", "Deal to avert government shutdown in doubt",
                  "Leaders fail to avert government shutdown"):
        v = _govt(title, "WASHINGTON -- Congressional leaders met again on Friday.")
        assert decided(v) != "likely-yes", title
