"""Batch 102 misses (eighteenth round, r18-b102), each a general reading: a share of the vote told
still to count bounds a partial figure ('with less than five percent of the vote still outstanding',
partial_counts._LEFT_TO_COUNT); 'over' opening a cause after a calling-off verb names its reason, not
what was called off ('Cancels 300 December Flights Over Pilot Strike', rules/called_off._reason_opener);
criteria asking 'final (not preliminary) results' exclude preliminary results
(criteria_terms._NOT_EARLY_RE). Sentences verbatim from the development corpus; each names its case;
the must-not-fire sentences are nearby wordings or other corpus sentences of the same shape."""

from resolver.engine.criteria_terms import exclusions
from resolver.engine.partial_counts import FINAL, completeness
from resolver.engine.rules.called_off import _reason_opener
from resolver.engine.text import tokenize
from tests.conftest import decided, fired, run_case

# b102-eff-6pct-south-africa-2014-asof-partial-undet
EFF_Q = "Will the EFF receive at least 6% of the national vote in South Africa's May 7, 2014 general election?"
EFF_C = ('This market will resolve to "Yes" if the Economic Freedom Fighters (EFF) receive 6.00% or more of the national '
         '(National Assembly) vote in the final results of South Africa\'s May 7, 2014 general election as declared by '
         'the Electoral Commission (IEC). Otherwise, this market will resolve to "No".')
EFF_LEFT = ("PRETORIA - Results coming into the Independent Electoral Commission (IEC)'s national results centre have "
            "slowed to a trickle, with less than five percent of the vote still outstanding.")
EFF_FIG = ("The EFF is at 6.1 percent of the overall votes, breaking through that million votes barrier earlier and "
           "haven't moved much since then.")


def _eff(text: str):
    return run_case(EFF_Q, "2014-05-31T23:59:59+02:00", EFF_C,
                    [("https://ewn.co.za/2014/05/09/Elections2014", "2014-05-09T00:00:00+02:00", "", text)],
                    "2014-05-09T08:00:00+00:00")


def test_share_left_to_count_bounds_a_partial_figure():
    v = _eff(EFF_LEFT + " " + EFF_FIG)
    assert decided(v) == "undetermined"
    assert not fired(v, "threshold_crossed")
    assert completeness([EFF_LEFT]).share == 95.0
    assert completeness(["Turnout was high, with 3% of precincts yet to be counted."]).share == 97.0


def test_share_left_to_count_must_not_fire():
    # with no count still under way the figure is final and crosses the bar
    v = _eff("The count is complete. " + EFF_FIG)
    assert fired(v, "threshold_crossed")
    # shares outstanding are a company's stock, not a count (b-corpus: '… more than 80 per cent of the total
    # shares outstanding and entitled to vote'); a share won is not what is left
    assert completeness(["holders of 80 per cent of the shares outstanding voted for the merger"]) == FINAL
    assert completeness(["The party won five percent of the vote in the capital."]) == FINAL


# b102-finnair-pilots-strike-dec9-2024-asof-nov23-undet
FINNAIR_Q = "Will the Finnish Pilots' Association strike at Finnair go ahead on December 9, 2024?"
FINNAIR_C = ('This market will resolve to "Yes" if the Finnish Pilots\' Association (FPA) carries out its announced strike '
             'or partial work stoppage affecting Finnair on December 9, 2024. If the strike is called off, postponed or '
             'banned before then, this market will resolve to "No".')


def _finnair(title: str, text: str):
    return run_case(FINNAIR_Q, "2024-12-09T23:59:59+02:00", FINNAIR_C,
                    [("https://menafn.com/1108918621/finnair", "2024-11-23T00:00:00+02:00", title, text)],
                    "2024-11-24T00:00:00+00:00")


def test_over_opens_the_reason_of_a_cancellation():
    v = _finnair("Finnair Cancels 300 December Flights Over Pilot Strike",
                 "Helsinki: Finnish carrier Finnair said Saturday it had cancelled around 300 flights on December 9 and 13 "
                 "impacting 33,000 passengers due to a pilot strike called over stranded contract negotiations.")
    assert not fired(v, "ruled_out")
    assert decided(v) != "likely-no"


def test_over_as_reason_must_not_fire():
    # the strike itself called off, with its reason after 'over', still rules it out
    v = _finnair("Finnish pilots call off December strike over new offer",
                 "The Finnish Pilots' Association said it had called off the strike at Finnair.")
    assert fired(v, "ruled_out")
    # 'over' before a number means 'more than': it opens no reason
    toks = tokenize("Finnair cancelled over 300 flights")
    assert not _reason_opener(toks, 2)
    toks = tokenize("Nintendo delays Switch 2 pre-orders in US over tariffs")
    assert _reason_opener(toks, 7)


# b102-ghani-declared-winner-afghanistan-2014-asof-prelim-multi-undet
GHANI_Q = "Will Ashraf Ghani be declared the winner of Afghanistan's 2014 presidential election?"
GHANI_C = ('This market will resolve to "Yes" if, on or before September 30, 2014, Afghanistan\'s Independent Election '
           'Commission announces final (not preliminary) results declaring Ashraf Ghani the winner of the 2014 '
           'presidential election. Otherwise, this market will resolve to "No".')
GHANI_S1 = ("KABUL, July 7 (Reuters) - Afghanistan declared former World Bank official Ashraf Ghani the winner of last "
            "month's presidential election on Monday on the basis of preliminary results from a messy vote that has "
            "threatened to split the country along ethnic lines.")


def _ghani(title: str, text: str):
    return run_case(GHANI_Q, "2014-09-30T23:59:59+04:30", GHANI_C,
                    [("http://news.trust.org/item/20140707145626-1q5df", "2014-07-07T15:00:00+00:00", title, text)],
                    "2014-07-08T00:00:00+00:00")


def test_final_not_preliminary_excludes_preliminary_results():
    assert "preliminary results" in exclusions(GHANI_C, frozenset())
    v = _ghani("Afghanistan's Ghani wins presidential election - prelim results", GHANI_S1)
    assert decided(v) != "likely-yes"
    assert not fired(v, "confirmation")


def test_final_not_preliminary_must_not_fire():
    # the final result itself still confirms
    v = _ghani("", GHANI_S1.replace("preliminary results", "final results"))
    assert fired(v, "confirmation")
    # other parentheses after 'final' or 'not' are no exclusion of an early count (corpus criteria)
    assert not any("flash" in e or "seasonally" in e for e in exclusions(
        "This market will resolve to \"Yes\" if Eurostat's final (not flash) figure for euro area inflation is 1.8% or "
        "higher, all-items CPI (not seasonally adjusted).", frozenset()))
    assert exclusions("the final results announced by the commission", frozenset()) == []
