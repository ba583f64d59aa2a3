"""An owner on the object's side is not the doer's principal (roles.other_agent).

'Tim Cook unveiled Apple's new iPhone' is Apple's act: the doer speaks for the actor who owns the object, so a
possessive of a market actor after the verb keeps the doer from counting as another party. That holds only for
the market's doers. In 'Will the International Court of Justice rule against Japan's Antarctic whaling program …?'
Japan is on the object's side (principal.object_side_actors); 'The WTO ruled against Japan's whaling program' is
another body's ruling, not the ICJ's, and confirms nothing. The ICJ's own ruling, by any of its names, still does.

Market and criteria verbatim from b127-icj-rules-against-japan-whaling-by-mar31-2014-yes; the variants swap the
doer and the verb. Counts before the change: 'another body' variants read as confirming 9 of 9; after: 0."""

from __future__ import annotations

import pytest

from conftest import decided, realnews_case, run_case

CASE = "b127-icj-rules-against-japan-whaling-by-mar31-2014-yes"
_PUBLISHED = "2014-03-31T10:00:00+00:00"
_AS_OF = "2014-04-01T00:00:00+00:00"


def _verdict(text: str, head: str = "") -> str:
    m = realnews_case(CASE)["market"]
    return decided(run_case(m["question"], m["deadline"], m["criteria"],
                            [("https://news.example/whaling", _PUBLISHED, head, text)], _AS_OF))


_OTHER = ("The WTO", "The World Trade Organization", "The IWC")
_VERBS = ("ruled against Japan's whaling program on Monday.", "ruled against Japan's Antarctic whaling programme "
          "on Monday.", "has ruled against Japan's whaling program.")
OTHER_BODIES = [f"{d} {v}" for d in _OTHER for v in _VERBS]
OWN = [f"{d} {v}" for d in ("The International Court of Justice", "The ICJ") for v in _VERBS]


def wrong_fires() -> tuple[int, int]:
    """(another body's ruling read as confirming, the ICJ's own ruling not confirming)"""
    return (sum(_verdict(s) == "likely-yes" for s in OTHER_BODIES), sum(_verdict(s) != "likely-yes" for s in OWN))


def test_another_bodys_ruling_against_the_objects_owner_confirms_nothing():
    assert _verdict("WTO Rules Against Japan's Whaling", "WTO Rules Against Japan's Whaling") != "likely-yes"
    assert wrong_fires() == (0, 0)


@pytest.mark.parametrize("sentence", ["Tim Cook unveiled Apple's new iPhone on Monday."])
def test_the_doers_own_possessive_still_speaks_for_the_doer(sentence):
    # the object's owner is the market's doer: the other name before the verb speaks for it
    from resolver.engine import evaluate_market
    from conftest import news_article, news_market, ts
    m = news_market("Will Apple unveil a new iPhone by September 30, 2013?", "2013-09-30T23:59:59-07:00", "")
    v = evaluate_market(m, [news_article("https://news.example/a", "2013-09-10T12:00:00-07:00", "", sentence)],
                        ts("2013-09-11T00:00:00-07:00"))
    assert decided(v) == "likely-yes"


if __name__ == "__main__":
    print(wrong_fires())
