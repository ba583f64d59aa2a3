"""Seat markets read against a majority (r15-majority): the bar read from a question that names the
house in its count noun ('at least 76 House of Representatives seats'); a party named with its
nation ('Australian Labor Party') found by its name without it ('Labor Party'); and a result told
against the majority of a house whose size the market names (rules/majority_seats.py): 'N seats shy
of a majority' is the majority less N, and 'fell short of the majority', 'a hung parliament',
'neither … won the 76 seats needed' put the party below it — a no when the bar is at least the
majority; the same told as a forecast or projection decides nothing. Sentences verbatim from the
development corpus; each names its case."""

from resolver.engine import quantities
from resolver.engine.actors import actor_aliases
from tests.conftest import fired, run_case

# b76-carney-liberals-172-seats-2025-no
CARNEY_Q = "Will the Liberal Party win at least 172 seats in Canada's April 28, 2025 federal election?"
CARNEY_C = ('This market will resolve to "Yes" if the Liberal Party of Canada wins at least 172 of the 343 seats in the '
            'House of Commons in the federal election held on April 28, 2025, according to Elections Canada results '
            'available by May 31, 2025. Otherwise, this market will resolve to "No".')
CARNEY_DL, CARNEY_ASOF = "2025-05-31T23:59:59-04:00", "2025-04-30T12:00:00+00:00"

# b71-labor-76-seats-australia-2010-multi-no
LABOR_Q = ("Will the Australian Labor Party win at least 76 House of Representatives seats in the August 21, 2010 "
           "federal election?")
LABOR_C = ('This market will resolve to "Yes" if final results of the August 21, 2010 Australian federal election show '
           'the Australian Labor Party winning 76 or more of the 150 House of Representatives seats. Otherwise, this '
           'market will resolve to "No".')
LABOR_DL, LABOR_ASOF = "2010-09-30T23:59:59+10:00", "2010-08-24T00:00:00+00:00"


def _carney(title, text, published="2025-04-29T16:40:00-04:00", question=CARNEY_Q, criteria=CARNEY_C):
    return run_case(question, CARNEY_DL, criteria, [("https://news.example.org/a", published, title, text)], CARNEY_ASOF)


def test_bar_read_through_a_house_name_in_the_count_noun():
    assert quantities.count_noun_after(" House of Representatives seats in the") == "seats"
    req = quantities.required(LABOR_Q)
    assert (req.value, req.unit) == (76.0, "seats")
    # 'of' not inside a name still ends the search
    assert quantities.count_noun_after(" of the seats") is None


def test_party_named_without_its_nation():
    assert "labor party" in actor_aliases("Australian Labor Party")
    assert "national party" not in actor_aliases("Scottish National Party")  # the nation is the party's name


def test_seats_shy_of_a_majority_is_a_count_short_of_the_bar():
    v = _carney("Carney to lead minority government",
                "Prime Minister Mark Carney will lead a minority government after a very close general election race "
                "that left the Liberals just three seats shy of a majority.")
    got = fired(v, "magnitude_short")
    assert got and got[0].weight < 0 and "about 169 seats" in got[0].reason
    assert v.verdict == "likely-no"


def test_fell_short_of_the_majority_is_a_no_for_a_majority_bar():
    v = _carney("Canada Elections Results updates",
                "Canadian Prime Minister Mark Carney's Liberals retained power in the country's election on Monday, but "
                "fell short of the majority government he had wanted to help him negotiate tariffs with US President "
                "Donald Trump.", published="2025-04-29T08:05:00+05:30")
    assert fired(v, "magnitude_short") and v.verdict == "likely-no"


def test_hung_parliament_and_neither_won_the_seats_needed():
    v = run_case(LABOR_Q, LABOR_DL, LABOR_C, [(
        "https://news.example.org/b", "2010-08-23T19:10:00+12:00", "Election count shows parties likely to be deadlocked",
        "Australia has its first hung parliament since 1940 after neither the governing Labor Party nor the Coalition, "
        "led by the Liberals, won the 76 seats needed on Saturday to govern alone.")], LABOR_ASOF)
    assert fired(v, "magnitude_short") and v.verdict == "likely-no"


def test_projection_or_possibility_does_not_decide():
    # b76 headline: a projection
    v = _carney("Liberals projected to finish just shy of majority in razor-close race", "")
    assert not fired(v, "magnitude_short") and v.verdict != "likely-no"
    # b67-malaysia-2018-bn-majority-und: a hung parliament told as possible
    v = run_case("Will Barisan Nasional win a majority of seats (112 or more) in Malaysia's May 9, 2018 general election?",
                 "2018-05-11T23:59:59+08:00",
                 'This market will resolve to "Yes" if the Barisan Nasional coalition wins at least 112 of the 222 seats '
                 'in the Dewan Rakyat in Malaysia\'s May 9, 2018 general election.',
                 [("https://news.example.org/c", "2018-05-08T00:00:00+10:00",
                   "Najib on target for narrow win, but hung Parliament possible in Malaysia", "")],
                 "2018-05-09T04:00:00+00:00")
    assert not fired(v, "magnitude_short") and v.verdict != "likely-no"


def test_short_of_a_majority_says_nothing_of_a_bar_below_it():
    q = "Will the Liberal Party win at least 150 seats in Canada's April 28, 2025 federal election?"
    c = CARNEY_C.replace("at least 172 of the 343", "at least 150 of the 343")
    v = _carney("Canada Elections Results updates",
                "Canadian Prime Minister Mark Carney's Liberals retained power in the country's election on Monday, but "
                "fell short of the majority government he had wanted.", published="2025-04-29T08:05:00+05:30",
                question=q, criteria=c)
    assert not fired(v, "magnitude_short")


def test_no_house_size_no_reading():
    v = _carney("Canada Elections Results updates",
                "Canadian Prime Minister Mark Carney's Liberals retained power in the country's election on Monday, but "
                "fell short of the majority government he had wanted.", published="2025-04-29T08:05:00+05:30",
                criteria="")
    assert not [c for c in fired(v, "magnitude_short") if "majority of the" in c.reason]
