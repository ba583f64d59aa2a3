"""Two wrong likely-yes verdicts of batch 83 and their readings: an act told on the day of a
mid-day cut-off at a clock time after it (clocked_acts.py, read by rules/confirmation.py), and an
opening's gross owned by another title: a bracketed aside with its own subject ('(The Dark Knight
had previously held the record with $75.2 million)', contrasted_figures.other_subject), a figure
a pronoun owns right after a sentence about another title ('its first weekend's $77 million
opening', rules/opening_grosses._pronoun_owner), and a year's total ('gross $2 billion in a year',
opening_grosses.yearly)."""

from tests.conftest import decided, fired, run_case

_BRIDGE_Q = "Will the San Francisco-Oakland Bay Bridge reopen to traffic by 5:00 a.m. on September 8, 2009?"
_BRIDGE_C = ('This market will resolve to "Yes" if the San Francisco-Oakland Bay Bridge, closed over the 2009 Labor Day '
             'weekend for construction, reopens to vehicle traffic at or before 5:00 a.m. Pacific Time on Tuesday, '
             'September 8, 2009. A reopening later that day does not count. Otherwise, this market will resolve to "No".')
_BRIDGE_TITLE = "San Francisco Bay Bridge reopens after repair job completed sooner than expected"
# b83-bay-bridge-reopens-by-5am-sep8-2009-multi-no (verbatim)
_BRIDGE_LEAD = ("SAN FRANCISCO — The San Francisco-Oakland Bay Bridge reopened Tuesday just in time for the start of the "
                "work week after transit officials hastily announced that crews were able to make a crucial repair a day "
                "ahead of schedule.")
_BRIDGE_TEXT = (_BRIDGE_LEAD + "\n“Traffic seems to be flowing smoothly,” California Department of Transportation "
                "spokesman Bart Ney said after the bridge reopened just before 7 a.m. “I think it’s still a surprise.”\n"
                "Officials had pushed the reopening to 5 a.m. Wednesday after crews discovered a crack Saturday while "
                "conducting seismic upgrades on the 73-year-old bridge.")
_BLOG = ("http://cablecarguy.blogspot.com/2009/09/bridge-is-back-september-8-2009.html", "2009-09-08T00:00:00-07:00",
         "The Bridge is Back -- September 8, 2009",
         "Yesterday CalTrans announced that the bridge would not reopen until 5am Wednesday, but this morning they said "
         "they hoped to have it open by 7am today. Nice working repairing the eye beam.")


def _bridge(text: str = _BRIDGE_TEXT, deadline: str = "2009-09-08T05:00:00-07:00", blog: bool = True):
    items = ([_BLOG] if blog else []) + [("https://news.gaeatimes.com/bay-bridge", "2009-09-08T00:00:00-07:00",
                                          _BRIDGE_TITLE, text)]
    return run_case(_BRIDGE_Q, deadline, _BRIDGE_C, items, "2009-09-09T00:00:00+00:00")


def test_reopened_just_before_7am_is_after_a_5am_cut_off():
    v = _bridge()
    assert not fired(v, "confirmation")
    assert decided(v) != "likely-yes"


def test_the_clock_before_the_cut_off_still_confirms():
    # must not fire: the same article against a cut-off at 8 a.m. (7 a.m. is before it)
    v = _bridge(deadline="2009-09-08T08:00:00-07:00")
    assert fired(v, "confirmation")


def test_an_upper_bound_clock_does_not_place_the_act_after():
    # must not fire: 'before 7 a.m.' bounds the act from above only
    v = _bridge(text=_BRIDGE_LEAD + "\nThe bridge reopened before 7 a.m.", blog=False)
    assert fired(v, "confirmation")


def test_a_cut_off_at_the_days_end_reads_the_day_only():
    # must not fire: a cut-off at 23:59 leaves the whole day before it
    v = _bridge(deadline="2009-09-08T23:59:59-07:00", blog=False)
    assert fired(v, "confirmation")


_HOLMES_Q = "Will Sherlock Holmes gross at least $65 million in its North American opening weekend?"
_HOLMES_C = ('This market will resolve to "Yes" if Warner Bros.\' "Sherlock Holmes" grosses at least $65.0 million in the '
             'United States and Canada over its three-day opening weekend of December 25–27, 2009, according to actual '
             '(not estimated) weekend figures reported by December 31, 2009. Sunday studio estimates do not count if '
             'superseded by actuals. Otherwise, this market will resolve to "No".')
_HOLMES_TITLE = "Sherlock Holmes and Avatar Break Box Office Records, Including The Big One"
# b83-sherlock-holmes-opening-65m-2009-multi-no (verbatim)
_AVATAR = ("What makes Avatar‘s weekend even more special is that it had the best second weekend ever for a film with "
           "$75.6 million (The Dark Knight had previously held the record with $75.2 million).")
_DROP = "That’s a drop of only 2% from its first weekend’s $77 million opening."
_STUDIO = ("The great opening for Sherlock Holmes also made history, as it helped Warner Bros. become the first studio to "
           "ever gross $2 billion in a year.")


def _holmes(text: str):
    return run_case(_HOLMES_Q, "2009-12-31T23:59:59-05:00", _HOLMES_C,
                    [("https://movieviral.com/?p=6636", "2009-12-28T00:00:00-05:00", _HOLMES_TITLE, text)],
                    "2009-12-29T00:00:00+00:00")


def test_a_bracketed_record_of_another_title_is_not_the_opening():
    assert not fired(_holmes(_AVATAR), "threshold_crossed")


def test_a_pronouns_opening_after_a_sentence_on_another_title():
    assert not fired(_holmes(_AVATAR + " " + _DROP), "threshold_crossed")


def test_a_studios_yearly_total_is_not_the_opening():
    assert not fired(_holmes(_STUDIO), "threshold_crossed")


def test_the_three_figures_together_decide_nothing():
    v = _holmes(" ".join((_AVATAR, _DROP, _STUDIO)))
    assert decided(v) != "likely-yes"


def test_a_pronouns_opening_after_a_sentence_on_the_title_itself():
    # must not fire: the sentence before names the market's title, so 'its' is the title's
    v = _holmes("Sherlock Holmes broke the record for biggest Christmas Day opening with $24.6 million on Friday. "
                + _DROP)
    assert fired(v, "threshold_crossed")
