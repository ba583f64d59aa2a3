"""A name's last word alone and a result told by a participle (eleventh round, r11-wins3; each test
names its case): 'Madrid' stands for 'Atletico Madrid' only where no other name word stands right
before it ('Real Madrid', 'AC Milan', 'Eric Trump' name a different side or person), while titles,
party and nationality words, sentence openers and the name's own words do not ('President Trump',
'Former German FM Baerbock', 'LA Dodgers', 'Lopez Obrador'); 'culminated in Real Madrid lifting their
11th trophy' tells what the past final came to, so another side's title win settles the market no."""

import re

from resolver.engine import evaluate_market
from resolver.engine.actors import actor_aliases, alias_alternatives, last_word_aliases
from resolver.engine.name_guard import guarded
from tests.conftest import news_article as article, news_market as market, ts


def _names(name):
    names = actor_aliases(name)
    return guarded(re.compile(r"(?<![\w-])(?:" + "|".join(alias_alternatives(names)) + ")", re.I), name,
                   last_word_aliases(name, names))


def _found(name, text):
    return [m.group(0) for m in _names(name).finditer(text)]


def test_another_name_word_before_the_last_word_names_another_side():
    # b38-atletico-wins-2016-champions-league-no
    assert _found("Atletico Madrid", "A rollercoaster 2016 Champions League final culminated in Real Madrid lifting "
                                     "their 11th trophy on the 11th occasion the final had been decided by a penalty shootout.") == []
    assert _found("Atletico Madrid", "2016: REAL MADRID 1-1 ATLETICO MADRID (Real Madrid won 5-3 on pens)") == ["ATLETICO MADRID"]
    assert _found("Inter Milan", "AC Milan won the derby.") == []
    assert _found("Donald Trump", "Eric Trump said the company would grow.") == []


def test_titles_openers_and_the_names_own_words_do_not_name_another():
    # must not fire: b31-baerbock-elected-unga-president-yes, b50-amlo-wins-mexico-presidency-2018-multi-yes
    assert _found("Annalena Baerbock", "Former German FM Baerbock elected president of UN General Assembly") == ["Baerbock"]
    assert _found("Andrés Manuel López Obrador", "Mexico: Lopez Obrador wins presidential vote") == ["Obrador"]
    # the whole name written with its accent is the name itself (r13-rivals: accent-blind aliases)
    assert _found("Atletico Madrid", "Atlético Madrid won on Saturday.") == ["Atlético Madrid"]
    assert _found("Atletico Madrid", "But Madrid held on.") == ["Madrid"]
    assert _found("Los Angeles Dodgers", "LA Dodgers win the World Series") == ["Dodgers"]
    for text in ("President Trump won", "Mr. Trump said", "Republican Trump", "Harris Concedes To Trump", "PRESIDENT TRUMP"):
        assert _found("Donald Trump", text) == ["Trump" if "TRUMP" not in text else "TRUMP"], text


ATM_Q = "Will Atletico Madrid win the 2015-16 UEFA Champions League?"
ATM_C = ("This market will resolve to \"Yes\" if Atletico Madrid wins the 2015-16 UEFA Champions League final (including "
         "by extra time or a penalty shoot-out). Otherwise, this market will resolve to \"No\".")
ATM_TEXT = ("A rollercoaster 2016 Champions League final culminated in Real Madrid lifting their 11th trophy on the 11th "
            "occasion the final had been decided by a penalty shootout.")


def _atm(text):
    m = market(ATM_Q, "2016-05-28T23:59:59+02:00", ATM_C)
    a = article("http://sport360.com/gallery/uefa_champions_league/180095/x", "2016-05-29T10:52:00+04:00",
                "Paying the Penalty: The XI UCL finals settled by shootouts", text)
    return evaluate_market(m, [a], ts("2016-05-29T12:00:00+00:00"))


def test_a_final_that_culminated_in_another_side_lifting_the_trophy():
    v = _atm(ATM_TEXT)
    assert v.verdict == "likely-no"
    assert any(c.rule == "rival_outcome" and c.weight < 0 and "lifting" in c.reason for c in v.contributions)


def test_a_participle_not_told_as_the_result_is_not_read():
    # must not fire: a final that could end so, and a participle that takes no title
    for text in ("The 2016 Champions League final could end with Real Madrid lifting their 11th trophy.",
                 "The 2016 Champions League final culminated in Real Madrid taking the lead."):
        assert not any(c.rule == "rival_outcome" for c in _atm(text).contributions), text
