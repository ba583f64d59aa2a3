"""The market's object told by the general noun of its kind (sixteenth round, r16-objalias;
engine/kind_nouns.py, data/kind_nouns.json): a definite kind noun ('The prison', 'the … Repeal Act')
stands for the market's object when its own phrase names a market actor, or, bare, when the article
names the object by its own head beside a market actor and names no other one of the kind.
Sentences verbatim from the development corpus; each names its case; the must-not-fire wordings
are the near misses (another one of the kind, an indefinite noun, a bare 'the law' for a bill, a
piece of the object)."""

from resolver.engine import kind_nouns
from resolver.engine.text import make_sentence
from tests.conftest import decided, fired, run_case

# b77-guantanamo-closed-jan22-2010-no
GTMO_Q = "Will the U.S. detention facility at Guantanamo Bay be closed by January 22, 2010?"
GTMO_C = ('This market will resolve to "Yes" if the U.S. military detention facility at Guantanamo Bay, Cuba, is '
          'closed (no detainees held there) on or before January 22, 2010, as confirmed by the U.S. government or '
          'credible media reporting. Otherwise, this market will resolve to "No".')
GTMO_TEXT = ("The deadline that President Obama set for closing the detention facility at Guantanamo Bay always seemed "
             "ambitious. The haphazard way his administration has gone about it made the task even more difficult, "
             "and now Obama himself has acknowledged the inevitable: The prison will not close by January, as he'd "
             "wanted it to.")
GTMO_TITLE = "Obama says Guantanamo won't be closed on deadline"

# b77-obama-signs-dadt-repeal-2010-yes
DADT_Q = "Will President Obama sign legislation repealing 'Don't Ask, Don't Tell' by December 31, 2010?"
DADT_C = ('This market will resolve to "Yes" if President Barack Obama signs into law legislation repealing the U.S. '
          'military\'s "Don\'t Ask, Don\'t Tell" policy on or before December 31, 2010. The repeal need not have '
          'taken effect by that date. Otherwise, this market will resolve to "No".')
DADT_TEXT = ("WASHINGTON, Dec. 22 (UPI) -- U.S. President Obama Wednesday signed the Don't Ask, Don't Tell Repeal Act "
             "of 2010, ending the military ban on gays and lesbians openly serving in the military.")


def _gtmo(text: str, title: str = GTMO_TITLE):
    return run_case(GTMO_Q, "2010-01-22T23:59:59-05:00", GTMO_C,
                    [("https://example.org/gtmo", "2009-11-18T18:26:00-05:00", title, text)],
                    "2009-11-20T00:00:00+00:00")


def _dadt(text: str, title: str = "Obama signs 'don't ask' repeal"):
    return run_case(DADT_Q, "2010-12-31T23:59:59-05:00", DADT_C,
                    [("https://example.org/dadt", "2010-12-22T00:00:00-05:00", title, text)],
                    "2010-12-23T12:00:00+00:00")


def test_definite_prison_is_the_named_facility():
    v = _gtmo(GTMO_TEXT)
    assert decided(v) == "likely-no"
    assert fired(v, "ruled_out")


def test_named_act_is_the_legislation():
    v = _dadt(DADT_TEXT)
    assert decided(v) == "likely-yes"
    assert fired(v, "confirmation")


def _hits(sentence: str, heads: frozenset[str], actors: dict, whole: str) -> list[str]:
    s = make_sentence(sentence, 1)
    return [s.tokens[i].text for i in kind_nouns.positions(s, heads, actors, whole)]


def test_must_not_fire():
    import re
    gtmo = {"Guantanamo Bay": re.compile(r"\bGuantanamo Bay\b")}
    heads = frozenset({"facility"})
    base = "The deadline set for closing the detention facility at Guantanamo Bay seemed ambitious. "
    # the reading itself
    assert _hits("The prison will not close by January.", heads, gtmo, base + "The prison will not close.") == ["prison"]
    # another prison in the article ('finding a location for a new prison to house detainees')
    whole = base + "Officials are finding a location for a new prison to house detainees. The prison will not close."
    assert _hits("The prison will not close by January.", heads, gtmo, whole) == []
    # another prison by its name
    whole = base + "The Thomson prison in Illinois was bought. The prison will not close."
    assert _hits("The prison will not close by January.", heads, gtmo, whole) == []
    # an indefinite one, and a plural
    assert _hits("A prison will not close by January.", heads, gtmo, base) == []
    assert _hits("The prisons will not close by January.", heads, gtmo, base) == []
    # the article never names the object by its own head
    assert _hits("The prison will not close by January.", heads, gtmo, "Guantanamo Bay is in Cuba. The prison will not close.") == []
    # a phrase across a verb is no noun phrase
    assert _hits("The government said prison would close.", heads, gtmo, base + "x") == []


def test_law_must_not_fire():
    import re
    dadt = {"Don't Ask, Don't Tell": re.compile(r"Don't Ask, Don't Tell")}
    heads = frozenset({"legislation"})
    whole = "Obama signed legislation repealing Don't Ask, Don't Tell. He signed the law."
    # a bare 'the law' beside legislation may be the law it amends
    assert _hits("He signed the law on Wednesday.", heads, dadt, whole) == []
    # another named act
    assert _hits("Obama signed the Affordable Care Act in March.", heads, dadt, whole) == []
    # a piece of the law: 'the December amendment to the Icesave legislation' (b64-icesave, verbatim)
    ice = {"Icesave": re.compile(r"\bIcesave\b")}
    s = ('"Initial figures indicate clearly that the December amendment to the Icesave legislation of August 2009 '
         'will be repealed," the government said in a statement just minutes after polling stations closed.')
    assert _hits(s, frozenset({"law"}), ice, s) == []
    # the reading itself
    assert _hits(DADT_TEXT, heads, dadt, DADT_TEXT) == ["Act"]


def test_other_objects_untouched():
    assert kind_nouns.positions(make_sentence("The prison will not close.", 1), frozenset({"deal"}), {}, "x") == []


def test_bare_bill_must_not_fire_beside_another_named_act():
    import re
    dadt = {"Don't Ask, Don't Tell": re.compile(r"Don't Ask, Don't Tell")}
    heads = frozenset({"legislation"})
    ours = "Obama will sign legislation repealing Don't Ask, Don't Tell. The bill passed the Senate."
    assert _hits("The bill passed the Senate.", heads, dadt, ours) == ["bill"]
    other = ours + " Congress also took up the Defense Authorization Act."
    assert _hits("The bill passed the Senate.", heads, dadt, other) == []
