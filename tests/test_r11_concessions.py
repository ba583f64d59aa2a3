"""Who-wins markets granted by the loser or a well-wisher, read on the corpus sentences verbatim
(eleventh round; each test names its case): a concession that names the winner ('acknowledged his
electoral defeat and the triumph of Mulino', 'recognize the virtual victory of candidate José
Mulino'); the rival the criteria name ('If Alejandro Guillier wins', 'If Petro Poroshenko or anyone
else wins') acknowledging or conceding defeat; a congratulation on the candidate's victory — yes for
the one granted the win, no for the conceding side, weighed as a hedged report where the criteria ask
for the official result (engine/acknowledged_wins.py, rules/acknowledged_outcome.py). Guards: a
wish ('I want to congratulate'), a negated or refused concession, a concession of something else
('conceded that …', 'acknowledged the problem'), to a third side, or by someone the market does not
name against the candidate, and another election's ('the primary')."""

from resolver.engine import evaluate_market
from tests.conftest import news_article as article, news_market as market, ts

# b27-mulino-wins-panama-2024-yes
PA_Q = "Will José Raúl Mulino win Panama's May 5, 2024 presidential election?"
PA_C = ("This market will resolve to \"Yes\" if José Raúl Mulino receives the most votes in Panama's presidential election "
        "held on May 5, 2024, according to the Electoral Tribunal's results (preliminary or official). Otherwise, this "
        "market will resolve to \"No\".")
PA_S1 = ("After more than half the votes have been counted, Panama’s presidential candidates recognize the virtual "
         "victory of candidate José Mulino.")
PA_S2 = ("The candidate of the Popular Party, Manuel Torrijos, acknowledged his electoral defeat and the triumph of Mulino, "
         "to which he wished his best.")
# b48-chile-runoff-pinera-dec-2017-yes
CL_Q = "Will Sebastián Piñera be elected President of Chile in the December 2017 runoff?"
CL_C = ("This market will resolve to \"Yes\" if Sebastián Piñera is declared or widely reported as the winner of Chile's "
        "presidential runoff election held on December 17, 2017 (for example with his opponent conceding or a near-complete "
        "count showing him ahead). If Alejandro Guillier wins, this market will resolve to \"No\".")
CL_S = ("Guillier on Sunday evening acknowledged his defeat, saying \"I want to congratulate my opponent, Sebastian Piñera, "
        "the new president of the republic, whom I called to congratulate for his impeccable and solid triumph.\"")
# b50-zelensky-wins-ukraine-presidency-2019-multi-yes
UA_Q = "Will Volodymyr Zelensky win the 2019 Ukrainian presidential election?"
UA_C = ("This market will resolve to \"Yes\" if Volodymyr Zelensky is the winner of the 2019 Ukrainian presidential "
        "election, as shown by official results or by credible reporting of his opponent's concession. If Petro Poroshenko "
        "or anyone else wins, this market will resolve to \"No\".")
UA_S = ("April 21, 2019 (The Guardian) Petro Poroshenko has conceded defeat in Ukraine’s presidential election as exit polls "
        "suggested an overwhelming victory for Volodymyr Zelenskiy, an actor and comedian who has no political experience "
        "other than playing the role of president in a TV series.")
# b53-caputova-wins-slovak-presidency-2019-unofficial-result-yes
SK_Q = "Will Zuzana Čaputová win the 2019 Slovak presidential election?"
SK_C = ("This market will resolve to \"Yes\" if Zuzana Čaputová is declared the winner of the 2019 Slovak presidential "
        "election (first round March 16, runoff March 30, 2019) according to results announced by the Slovak election "
        "authorities. Otherwise, this market will resolve to \"No\".")
SK_S = "Sefcovic congratulated Caputova on her victory."


def _run(q, deadline, c, text, published, as_of, title=""):
    m = market(q, deadline, c)
    a = article("https://example.com/news/1", published, title, text)
    return evaluate_market(m, [a], ts(as_of))


def _pa(text, q=PA_Q, title=""):
    return _run(q, "2024-05-31T23:59:59-05:00", PA_C, text, "2024-05-05T00:00:00-05:00", "2024-05-10T12:00:00+00:00", title)


def _cl(text, q=CL_Q, c=CL_C):
    return _run(q, "2017-12-31T23:59:59-03:00", c, "Piñera and Guillier met in the runoff. " + text,
                "2017-12-17T00:00:00-03:00", "2017-12-18T12:00:00-03:00")


def _ua(text, c=UA_C):
    return _run(UA_Q, "2019-05-31T23:59:59+03:00", c, text, "2019-04-21T00:00:00+03:00", "2019-04-22T00:00:00+00:00")


def test_a_concession_naming_the_candidate_the_winner():
    for s in (PA_S1, PA_S2):
        v = _pa(s)
        assert v.verdict == "likely-yes", s
        assert any("concession naming the candidate" in c.reason for c in v.contributions)


def test_a_concession_naming_another_the_winner_is_a_no():
    v = _pa(PA_S2, q="Will Manuel Torrijos win Panama's May 5, 2024 presidential election?")
    assert v.verdict == "likely-no"
    v = _pa(PA_S1, q="Will Ricardo Lombana win Panama's May 5, 2024 presidential election?")
    assert v.verdict == "likely-no"


def test_a_concession_not_granted_is_not_read():
    # must not fire: a refused or negated recognition, one by a side not a contestant, a future one
    for s in ("Panama’s presidential candidates refused to recognize the virtual victory of candidate José Mulino.",
              "Panama’s presidential candidates did not recognize the victory of candidate José Mulino.",
              "Foreign governments recognize the victory of José Mulino.",
              "Panama’s presidential candidates will recognize the victory of José Mulino if the count holds."):
        assert _pa(s).verdict == "undetermined", s


def test_the_named_rival_acknowledging_defeat():
    v = _cl(CL_S)
    assert v.verdict == "likely-yes"
    assert any("the rival the market names conceded" in c.reason for c in v.contributions)
    v = _ua(UA_S)
    assert v.verdict == "likely-yes"


def test_a_concession_of_something_else_or_by_another_is_not_read():
    # must not fire: 'acknowledged' something other than defeat, a concession to a third side, by one
    # the market does not name, a wish to congratulate, another election's concession
    for s in ("Guillier on Sunday evening acknowledged the problem of turnout.",
              "Guillier on Sunday evening conceded that turnout was low.",
              "Guillier on Sunday evening conceded defeat to Beatriz Sanchez.",
              "Bachelet on Sunday evening acknowledged her defeat.",
              "Guillier did not acknowledge his defeat on Sunday evening.",
              "Guillier has yet to concede defeat.",
              "Guillier said \"I want to congratulate my opponent\" on Sunday."):
        assert _cl(s).verdict == "undetermined", s
    assert _ua("Petro Poroshenko has conceded defeat in the party's primary election.").verdict == "undetermined"


def test_the_candidate_acknowledging_its_own_defeat_is_a_no():
    v = _cl(CL_S.replace("Guillier", "Piñera", 1), q="Will Alejandro Guillier be elected President of Chile in the "
            "December 2017 runoff?", c=CL_C.replace("If Alejandro Guillier wins", "If Sebastián Piñera wins"))
    assert v.verdict == "likely-yes"  # for a market on Guillier, Piñera (the rival its criteria name) conceding
    v = _cl("Guillier on Sunday evening acknowledged his defeat.", q="Will Alejandro Guillier be elected President of "
            "Chile in the December 2017 runoff?", c=CL_C.replace("If Alejandro Guillier wins", "If Sebastián Piñera wins"))
    assert v.verdict == "likely-no"


def test_a_concession_is_weaker_where_the_criteria_ask_for_the_official_result():
    s = "Sefcovic acknowledged his defeat and the triumph of Caputova."
    v = _run(SK_Q, "2019-04-30T23:59:59+02:00", SK_C, s, "2019-03-31T00:00:00+02:00", "2019-03-31T12:00:00+00:00")
    yes = [c for c in v.contributions if c.direction == "yes"]
    assert yes and all(0 < c.weight < 1.0 for c in yes) and "official result" in yes[0].reason
    assert v.verdict == "undetermined"
    # where the criteria accept the count or a concession it is read at full weight
    v = _run(SK_Q, "2019-04-30T23:59:59+02:00", "This market will resolve to \"Yes\" if Zuzana Čaputová wins, as shown "
             "by preliminary results or her opponent's concession.", s, "2019-03-31T00:00:00+02:00",
             "2019-03-31T12:00:00+00:00")
    assert v.verdict == "likely-yes"


def test_a_congratulation_is_read_once_by_the_congratulation_reading():
    """The congratulation itself is read by concessions.py (the article must name the contest); the
    acknowledgement readings do not read it a second time."""
    v = _run(SK_Q, "2019-04-30T23:59:59+02:00", SK_C, SK_S, "2019-03-31T00:00:00+02:00", "2019-03-31T12:00:00+00:00")
    assert not any("congratulated on a victory" in c.reason for c in v.contributions)
    # must not fire: a congratulation on something other than a victory, on a first-round win, or a wish
    for s in ("Sefcovic congratulated Caputova on her campaign.",
              "Sefcovic congratulated Caputova on her first-round victory.",
              "Sefcovic wanted to congratulate Caputova on her victory."):
        v = _run(SK_Q, "2019-04-30T23:59:59+02:00", "", s, "2019-03-31T00:00:00+02:00", "2019-03-31T12:00:00+00:00")
        assert not any(c.direction == "yes" for c in v.contributions), s
