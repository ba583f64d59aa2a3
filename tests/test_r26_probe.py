"""Readings of the twenty-sixth round's variant probe (another party in the act's own clause, other_parties.py):

The probe took the development corpus's first-sight wrong decisive verdicts (batches 59-142, 184 of them), grouped
them by the kind of error, and ran generated variants of the deciding situations (new names, verbs, frames) on the
engine of the day. The class whose fixes carried least to new wording was 'another subject's act read as the
market's' (20 of 39 variants still read decisively wrong). Two readings, in the doer gate of confirmation
(confirmation_gates._role_mismatch), set such a report aside (a note with no weight):

- a namesake: 'Shehbaz Sharif returned to Pakistan' / 'Maryam Nawaz returned …' for 'Will Nawaz Sharif return to
  Pakistan?'; 'Jill Biden visited Kyiv' for Joe Biden's visit; 'Police arrested Varun Gandhi' for Rahul Gandhi's
  arrest: a word of the market person's name beside another name word, in a sentence naming that person nowhere.
- another counterparty: 'Messi has signed a new deal with Paris Saint-Germain' for 'Will Lionel Messi sign for
  Inter Miami?': the act's own 'for'/'with' party is another name than the question's.

Near-misses (the market's person or party named plainly) keep their likely-yes. `wrong_fires()` counts the variants
read decisively wrong, on any engine (the report gives the count before the change and after)."""

from __future__ import annotations

from conftest import case_runner, fired_yes
from cpu_budget import assert_each_within, word_soup

NAWAZ = "b142-nawaz-sharif-returns-by-oct31-2023-asof-sep28-multi-undet"
MBAPPE = "b122-mbappe-signs-real-madrid-by-jul1-2022-no"
URL = "https://news.example.com/story"


def _market(q: str, dl: str, crit: str, as_of: str, pub: str):
    return case_runner(NAWAZ, URL, pub, as_of=as_of, market={"question": q, "deadline": dl, "criteria": crit})


_nawaz = case_runner(NAWAZ, URL, "2023-09-28T12:00:00+05:00")
_mbappe = case_runner(MBAPPE, URL, "2022-05-22T10:00:00+02:00")
_biden = _market("Will Joe Biden visit Kyiv by March 31, 2023?", "2023-03-31T23:59:59-04:00",
                 "This market will resolve to \"Yes\" if US President Joe Biden visits Kyiv in person by March 31, 2023. "
                 "Otherwise, \"No\".", "2023-02-10T12:00:00+00:00", "2023-02-09T12:00:00+00:00")
_gandhi = _market("Will Rahul Gandhi be arrested by June 30, 2022?", "2022-06-30T23:59:59+05:30",
                  "This market will resolve to \"Yes\" if Indian politician Rahul Gandhi is arrested by June 30, 2022. "
                  "Otherwise, \"No\".", "2022-06-10T12:00:00+05:30", "2022-06-09T12:00:00+05:30")
_messi = _market("Will Lionel Messi sign for Inter Miami by July 31, 2023?", "2023-07-31T23:59:59-04:00",
                 "This market will resolve to \"Yes\" if Inter Miami officially announce that Lionel Messi has signed a "
                 "contract with the club by July 31, 2023. Otherwise, \"No\".", "2023-06-10T12:00:00+00:00",
                 "2023-06-09T12:00:00+00:00")
_kane = _market("Will Harry Kane sign for Bayern Munich by August 31, 2023?", "2023-08-31T23:59:59+02:00",
                "This market will resolve to \"Yes\" if Bayern Munich officially announce that Harry Kane has signed a "
                "contract with the club by August 31, 2023. Otherwise, \"No\".", "2023-07-10T12:00:00+00:00",
                "2023-07-09T12:00:00+00:00")

# (runner, sentence): another person's or another party's act; the right verdict is undetermined (all read
# likely-yes on main)
VARIANTS = [
    (_nawaz, "Shehbaz Sharif returned to Pakistan from London on Thursday."),
    (_nawaz, "Maryam Nawaz returned to Pakistan on Thursday after a week in London."),
    (_nawaz, "Shehbaz Sharif flew back to Pakistan on Thursday."),
    (_biden, "Jill Biden visited Kyiv on Wednesday, meeting Olena Zelenska."),
    (_biden, "Hunter Biden made a surprise visit to Kyiv this week."),
    (_biden, "Jill Biden travelled to Kyiv on Wednesday."),
    (_gandhi, "Sonia Gandhi was arrested by Delhi police on Wednesday."),
    (_gandhi, "Police arrested Varun Gandhi on Wednesday."),
    (_gandhi, "Priyanka Gandhi was detained and arrested in Lucknow."),
    (_mbappe, "Kylian Mbappe has signed a new contract with Paris Saint-Germain until 2025."),
    (_mbappe, "Mbappe signed a three-year extension with PSG on Saturday."),
    (_messi, "Lionel Messi signed a two-year contract with Al Hilal on Thursday."),
    (_messi, "Messi has signed a new deal with Paris Saint-Germain."),
    (_messi, "Lionel Messi signed for Barcelona on Thursday."),
    (_kane, "Harry Kane has signed a new contract with Tottenham until 2027."),
    (_kane, "Kane signed for Real Madrid on Saturday."),
    (_kane, "Harry Kane signed a four-year deal with Manchester United."),
]

# the market's own person or party named plainly: must stay likely-yes
NEAR_MISSES = [
    (_nawaz, "Nawaz Sharif returned to Pakistan from London on Thursday."),
    (_nawaz, "Former prime minister Nawaz Sharif returned to Pakistan on Thursday."),
    (_nawaz, "Sharif returned to Pakistan on Thursday after four years in London."),
    (_biden, "President Joe Biden visited Kyiv on Wednesday."),
    (_biden, "Biden visited Kyiv on Wednesday in a surprise trip."),
    (_gandhi, "Rahul Gandhi was arrested by Delhi police on Wednesday."),
    (_messi, "Lionel Messi signed a contract with Inter Miami on Thursday."),
    (_messi, "Messi has signed for Inter Miami, the club announced."),
    (_kane, "Harry Kane signed a four-year contract with Bayern Munich on Saturday."),
    (_kane, "Kane signed for Bayern Munich on Saturday, leaving Tottenham after 19 years."),
    (_mbappe, "Kylian Mbappe has signed a contract with Real Madrid until 2027."),
]


def test_other_party_not_confirmed():
    for run, s in VARIANTS:
        v = run(s)
        assert v.verdict == "undetermined", s
        assert not fired_yes(v, "confirmation"), s


def test_near_misses_keep_their_verdict():
    for run, s in NEAR_MISSES:
        assert run(s).verdict == "likely-yes", s


def test_namesake_unit():
    from resolver.engine.match import matching_context
    from conftest import news_market
    from resolver.engine.other_parties import _asked_party, _people
    ctx = matching_context(news_market("Will Nawaz Sharif return to Pakistan by October 31, 2023?", "2023-10-31T23:59:59+05:00"))
    assert _people(ctx) == ["Nawaz Sharif"]
    assert _asked_party(ctx) is None  # 'return to Pakistan': a place, no party
    ctx = matching_context(news_market("Will Lionel Messi sign for Inter Miami by July 31, 2023?", "2023-07-31T23:59:59-04:00"))
    assert _asked_party(ctx) == "Inter Miami"


def wrong_fires() -> dict[str, int]:
    return {
        "variants_read_decisively": sum(run(s).verdict != "undetermined" for run, s in VARIANTS),
        "near_misses_not_yes": sum(run(s).verdict != "likely-yes" for run, s in NEAR_MISSES),
        "of": len(VARIANTS),
    }


def test_hostile_input_bounded():
    from resolver.engine import other_parties  # noqa: F401  (the reading under test)
    words = ("Shehbaz Sharif Nawaz Maryam returned to Pakistan signed with for Paris Saint-Germain Inter Miami Messi "
             "Lionel Jill Biden visited Kyiv , . Former prime minister").split()
    assert_each_within([_nawaz, _messi, _biden], word_soup(words), 2.0)


if __name__ == "__main__":
    print(wrong_fires())
