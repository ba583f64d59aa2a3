"""An excluded word that only dates the act ('after formal peace talks … began, delegates … signed')
and 'file for' as a way of seeking (bankruptcy protection). Every sentence is quoted verbatim from
the real-news corpus (case id above each test)."""

from resolver.engine import evaluate_market
from resolver.engine.dating_clauses import exclusion_hit
from resolver.engine.text import article_sentences
from tests.conftest import article, news_market, ts

_TRUCE_Q = ("Will the Ethiopian government and the TPLF sign a formal agreement ending hostilities by "
            "November 30, 2022?")
_TRUCE_C = ("This market will resolve to \"Yes\" if representatives of the Ethiopian federal government and the "
            "Tigray People's Liberation Front (TPLF) sign a written ceasefire, cessation-of-hostilities or peace "
            "agreement between October 25, 2022 and November 30, 2022, as reported by the African Union or "
            "credible media. Announcements of talks alone do not count. Otherwise, this market will resolve to \"No\".")
# b45-ethiopia-tplf-sign-truce-by-nov30-2022-yes (jpost.com, 4 Nov 2022)
_SIGNED = ("Just over a week after formal peace talks mediated by the African Union (AU) began in the South "
           "African capital Pretoria, delegates from both sides signed an agreement on a \"permanent cessation of "
           "hostilities.\"")


def _sentence(text):
    return article_sentences("", text)[-1]


def _at(sent, word):
    return [i for i, t in enumerate(sent.tokens) if t.lower == word]


def test_excluded_word_in_an_opening_time_clause_only_dates_the_act():
    s = _sentence(_SIGNED)
    assert exclusion_hit(s, ["talks"]) == "talks"  # read over the whole sentence
    assert exclusion_hit(s, ["talks"], _at(s, "signed")) is None


def test_excluded_word_outside_an_opening_time_clause_still_excludes():
    # near miss, batch-11 corpus sentence: 'after talks …' follows the act, it opens no clause before it
    s = _sentence("— President Trump said he struck a trade deal with the European Union on Sunday after talks "
                  "with the president of the European Commission, Ursula von der Leyen, at his golf course on "
                  "Scotland's western coast")
    assert exclusion_hit(s, ["talks"], _at(s, "struck")) == "talks"


def test_signed_after_talks_began_confirms_the_truce():
    m = news_market(_TRUCE_Q, "2022-11-30T23:59:59+03:00", _TRUCE_C)
    a = article(_SIGNED, published="2022-11-04T00:00:00+02:00",
                title="The Ethiopian government and regional forces from Tigray agreed on Wednesday to cease hostilities")
    r = evaluate_market(m, [a], ts("2022-11-04T12:00:00+02:00"))
    assert r.verdict == "likely-yes"
    assert "only in the opening time clause dating it" in str(r.contributions)


_RITE_Q = "Will Rite Aid seek bankruptcy protection by October 31, 2023?"
_RITE_C = ("This market will resolve to \"Yes\" if Rite Aid Corporation files a voluntary petition under Chapter 11 "
           "(or Chapter 7) of the U.S. Bankruptcy Code between October 1, 2023 and October 31, 2023, 11:59 PM ET. "
           "Reports that it is merely preparing or considering a filing do not count. Otherwise, this market will "
           "resolve to \"No\".")


def test_filed_for_bankruptcy_protection_is_seeking_it():
    # b45-rite-aid-chapter-11-by-oct31-2023-yes (upi.com, 16 Oct 2023)
    m = news_market(_RITE_Q, "2023-10-31T23:59:59-04:00", _RITE_C)
    a = article("Oct. 16 (UPI) -- Pharmacy retailer Rite Aid filed for Chapter 11 bankruptcy protection as it "
                "struggled with rising debt, falling sales and intense competition from rivals like Walgreens and CVS.",
                published="2023-10-16T07:33:00-04:00")
    r = evaluate_market(m, [a], ts("2023-10-16T12:00:00-04:00"))
    assert r.verdict == "likely-yes"
    assert "filed for" in str(r.contributions)


def test_planning_to_file_for_bankruptcy_is_not_seeking_it_yet():
    # near miss (WeWork case, corpus): a plan to file, not a filing
    m = news_market("Will WeWork seek bankruptcy protection by October 31, 2023?", "2023-10-31T23:59:59-04:00")
    a = article("Office-sharing giant WeWork is planning to file for bankruptcy as soon as next week, according "
                "to reports.", published="2023-10-31T12:00:00-04:00")
    assert evaluate_market(m, [a], ts("2023-10-31T13:00:00-04:00")).verdict != "likely-yes"
