"""Eleventh round, event markets: acts reported done in words the engine did not read, each read at
its cause on the corpus sentences verbatim (each test names its case): a headline's reported clause
opened by a plural noun ('Ukraine says troops enter Kherson city'), a bank 'placed into FDIC
receivership' reported as seized by its regulators (a frame of its own, and a question's phrase
with a name before its last word), and an MP who 'has stood down'. Each reading has must-not-fire
cases."""

from datetime import datetime, timezone

from resolver.engine import evaluate_market
from resolver.engine.derive import derive_target
from resolver.engine.mentions import read
from resolver.engine.text import make_sentence
from resolver.engine.types import Market
from resolver.engine.word_class import verb_at
from tests.conftest import decided, news_article as article, news_market as market, ts


def _confirmations(v):
    return [c for c in v.contributions if c.rule == "confirmation" and c.weight > 0]


def _act(question):
    m = Market(id="q", question=question, criteria="", deadline=datetime(2030, 1, 1, tzinfo=timezone.utc))
    return derive_target(m)


# b51-ukraine-enters-kherson-by-nov15-2022-multi-yes
KHERSON_Q = "Will Ukrainian forces enter the city of Kherson by November 15, 2022?"
KHERSON_C = ("This market will resolve to \"Yes\" if, by November 15, 2022, Ukrainian armed forces enter the city of "
             "Kherson, as confirmed by the Ukrainian government or by credible media reporting. Advances in surrounding "
             "villages of Kherson region do not count. Otherwise, this market will resolve to \"No\".")
KHERSON_TITLE = "Ukraine says troops enter Kherson city after Russians retreat"
KHERSON_BODY = ("Ukraine said Friday that its troops were spreading out in the southern city of Kherson and retaking "
                "control of the regional capital from Russian forces after months of fighting.")


def _kherson(title):
    m = market(KHERSON_Q, "2022-11-15T23:59:59+02:00", KHERSON_C)
    a = article("https://www.unionleader.com/news/military/ukraine-says-troops-enter-kherson-city", "2022-11-11T00:00:00-05:00",
                title, KHERSON_BODY)
    return evaluate_market(m, [a], ts("2022-11-12T00:00:00+00:00"))


def test_a_plural_noun_after_says_opens_the_reported_clause():
    s = make_sentence(KHERSON_TITLE, 0, True)
    assert verb_at(s, 3) == ("enter", "VBP")
    v = _kherson(KHERSON_TITLE)
    assert v.verdict == "likely-yes"
    assert any("'enter'" in c.reason for c in _confirmations(v))


def test_troops_not_yet_in_the_city_are_no_entry():
    # must not fire: the same headline with no verb after the noun, or with the entry still to come
    assert decided(_kherson("Ukraine says troops near Kherson city after Russians retreat")) == "undetermined"
    assert not _confirmations(_kherson("Ukraine says troops will enter Kherson city after Russians retreat"))


def test_a_singular_noun_after_says_is_still_no_subject():
    # must not fire: 'says' before a singular noun that could be a verb ('Ukraine says plan …') keeps the old reading
    s = make_sentence("Zelensky says plan stalls in Kherson", 0, True)
    assert verb_at(s, 2) is None


# b51-first-republic-fails-by-may5-2023-yes
FRB_Q = "Will First Republic Bank be placed into FDIC receivership by May 5, 2023?"
FRB_C = ("This market will resolve to \"Yes\" if, by May 5, 2023, First Republic Bank is closed by its regulator and/or "
         "placed into receivership with the Federal Deposit Insurance Corporation (i.e., the bank fails). A private capital "
         "raise or rescue that keeps the bank open does not count. Otherwise, this market will resolve to \"No\".")
FRB = ("Regulators seized troubled First Republic Bank early Monday, making it the second-largest bank failure in U.S. "
       "history, and promptly sold all of its deposits and most of its assets to JPMorgan Chase Bank in a bid to head off "
       "further banking turmoil in the United States.")


def _frb(text, title="JPMorgan acquires failed First Republic"):
    m = market(FRB_Q, "2023-05-05T23:59:59-04:00", FRB_C)
    a = article("https://www.arkansasonline.com/news/2023/may/02/jpmorgan-acquires-failed-first-republic/",
                "2023-05-02T00:00:00-05:00", title, text)
    return evaluate_market(m, [a], ts("2023-05-02T12:00:00+00:00"))


def test_placed_into_receivership_is_the_receivership_act():
    t = _act(FRB_Q)
    assert t.act == "receivership"
    assert _act("Will the lender be taken into federal custody by May 5?").act == "arrest"


def test_a_bank_seized_by_regulators_is_in_receivership():
    v = _frb(FRB)
    assert v.verdict == "likely-yes"
    assert any("'seized'" in c.reason for c in _confirmations(v))


def test_a_seizure_to_come_or_a_two_word_phrase_with_a_gap_is_no_reading():
    # must not fire: regulators weighing a seizure
    v = _frb("Regulators are preparing to seize First Republic Bank as soon as this weekend, people familiar said.",
             title="Regulators prepare to seize First Republic")
    assert not _confirmations(v)
    # a two-word phrase takes no word inside it: 'take first place' is no holding ('take place')
    assert _act("Will Spain take first place in Group B by June 30?").act != "hold"


# b52-blair-quits-sedgefield-seat-by-jun30-2007-multi-yes (the phrase read; the market's object is another matter)
def test_stood_down_is_a_resignation_phrase():
    s = make_sentence("Mr Blair has stood down as MP for Sedgefield after 24 years to become a Middle East peace envoy.", 4, False)
    m = next(m for m in read(s) if m.kind == "phrase")
    assert "resign" in m.frames and m.aspect == "done"
    # must not fire: 'stand' alone ('stood by the decision') is no phrase
    s = make_sentence("Mr Blair has stood by the decision for 24 years.", 1, False)
    assert not any(m.kind == "phrase" for m in read(s))


# b52-nhl-cancels-2004-05-season-by-feb28-multi-yes
NHL_Q = "Will the NHL officially cancel its entire 2004-05 season by February 28, 2005?"
NHL_C = ("This market will resolve to \"Yes\" if, by February 28, 2005, the National Hockey League or its Commissioner "
         "officially announces the cancellation of the remainder of the 2004-05 NHL season because of the lockout. "
         "Otherwise, this market will resolve to \"No\".")
NHL_BODY = ("For the first time, a major North American sports league has lost an entire season because of a labor dispute. "
            "On Wednesday, NHL commissioner Gary Bettman held a press conference in New York to announce the cancellation "
            "of the 2004-2005 NHL season.")


def _nhl(title):
    m = market(NHL_Q, "2005-02-28T23:59:59-05:00", NHL_C)
    a = article("https://www.missourinet.com/2005/02/17/nhl-cancels-2004-2005-season/", "2005-02-17T00:00:00-06:00",
                title, NHL_BODY)
    return evaluate_market(m, [a], ts("2005-02-18T12:00:00+00:00"))


def test_a_year_before_the_object_names_it_and_counts_nothing():
    v = _nhl("NHL cancels 2004-2005 season")
    assert v.verdict == "likely-yes"
    assert not any("partial count" in c.reason for c in v.contributions)


def test_a_count_before_the_object_is_still_partial():
    # must not fire: a number that is no year still counts some of the object
    v = _nhl("NHL cancels 200 games of season")
    assert not _confirmations(v)
    assert any("partial count" in c.reason for c in v.contributions)
