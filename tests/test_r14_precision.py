"""Wrong decisive verdicts of batches 65 and 66 (fourteenth round, r14-precision), each made right
or undetermined by a general reading: a 'failing to' that names the offence a conviction is for
('convicting … of betrayal of public trust … by failing to fully declare his wealth'); an 'as a'
phrase naming the capacity the subject acts in, not an attribute of the act ('the Philippine Senate,
sitting as an impeachment court, convict …'); a share of the vote won and a place told beside a
run-off still to come (engine/first_rounds.py); the pole, a place on the starting grid, not the
race; the level a past close brought a measure to ('closed up 2.3% at …, bringing its market value
to 3.04 trillion dollars', engine/close_results.py); a figure in a clause contrasted with the one
that tells of the market's subject (engine/contrasted_figures.py); a company's other reported
measure ('Net income rose to $2.04 billion' for a revenue market, engine/company_measures.py).
Sentences verbatim from the development corpus; each names its case."""

from resolver.engine import attributes, close_results, company_measures, contests, contrasted_figures, \
    first_rounds
from resolver.engine.rules import failed_attempt
from resolver.engine.text import article_sentences
from tests.conftest import decided, run_case

# b65-corona-senate-conviction-may2012-yes
CORONA = dict(
    question='Will the Philippine Senate, sitting as an impeachment court, convict Chief Justice Renato Corona by May 31, 2012?',
    deadline='2012-05-31T23:59:59+08:00',
    criteria='This market will resolve to "Yes" if the Philippine Senate, sitting as an impeachment court, votes to convict Chief Justice Renato Corona on at least one article of impeachment on or before May 31, 2012. Otherwise, this market will resolve to "No".',
    as_of='2012-06-01T12:00:00+08:00',
    articles=[
        ('http://www.interaksyon.com/article/33239/senate-convicts-corona-20-3', '2012-05-29T00:00:00+08:00',
         'Senate convicts Corona 20-3',
         'MANILA, Philippines -- (UPDATE - 7:40 p.m.) The Senate sitting as an impeachment court made history on Tuesday, May 29, 2012, convicting Chief Justice Renato Corona of betrayal of public trust and culpable violation of the Constitution by failing to fully declare his wealth in his statement of assets, liabilities and net worth.\n\nTwenty senators, including Senate President Juan Ponce Enrile, found Corona guilty, making him the first Chief Justice to be removed from office.\n\nHis trial is also the first impeachment process to reach completion.\n\n“The conviction is executory immediately. There is no appeal,” Enrile said in an interview after the trial.'),
    ],
)

# b65-senegal-2012-sall-wins-asof-feb29-undet
SENEGAL = dict(
    question="Will Macky Sall win Senegal's 2012 presidential election?",
    deadline='2012-04-15T23:59:59+00:00',
    criteria='This market will resolve to "Yes" if Macky Sall is officially declared the winner of Senegal\'s 2012 presidential election (including any runoff). Otherwise, this market will resolve to "No".',
    as_of='2012-03-01T12:00:00+00:00',
    articles=[
        ('https://af.reuters.com/article/senegalNews/idAFL5E8DTB5M20120229?sp=true', '2012-02-29T21:40:00+00:00',
         'UPDATE 1-Wade leads Senegal vote, run-off needed',
         'DAKAR, Feb 29 (Reuters) - Senegal’s President Abdoulaye Wade won 34.8 percent of the vote in the presidential election, falling short of the absolute majority needed to avoid a run-off, according to the first official results released on Wednesday.\n\nThe result, which must be confirmed by Senegal’s top legal body, means he will face former ally Macky Sall, who came second with 26.6 percent of the vote, in the run-off. The vote is due three weeks after the results are finalised.\n\nUsually placid Senegal saw weeks of violence in the run-up to the election as Wade’s rivals said his bid for re-election was illegal as he would have already served two terms in charge of the West African state.\n\nWade argued that limits were introduced after he had already started his term.\n\nPolling was calm and well-organised, and turn-out from a total 5.3 million eligible voters was 51.6 percent.\n\nAttention has swiftly turned to the jockeying for support from the other 12 candidates, with Moustapha Niasse, like Sall another ex-premier under Wade, emerging as the leading potential kingmaker.\n\nAccording to official results, he came third with 13.2 percent. Niasse has already ruled out supporting Wade but so far stopped short of endorsing Sall.'),
    ],
)

# b66-verstappen-japanese-gp-2023-asof-pole-undet
POLE = dict(
    question='Will Max Verstappen win the 2023 Japanese Grand Prix?',
    deadline='2023-09-24T23:59:59+09:00',
    criteria='This market will resolve to "Yes" if Max Verstappen is classified as the winner of the 2023 Formula 1 Japanese Grand Prix at Suzuka. Otherwise, this market will resolve to "No".',
    as_of='2023-09-23T12:00:00+00:00',
    articles=[
        ('https://www.theguardian.com/sport/2023/sep/23/max-verstappen-japanese-f1-gp-pole-report', '2023-09-23T00:00:00+01:00',
         'Max Verstappen takes Japanese F1 GP pole',
         'Max Verstappen claimed pole position at the Japanese Grand Prix for Red Bull with a mighty lap of Suzuka. With two superb runs on the figure-of-eight circuit Verstappen beat the McLaren of Oscar Piastri into second place, an equally impressive showing for the rookie who takes his first front row GP start on Sunday. Piastri’s teammate Lando Norris was third. Ferrari’s Charles Leclerc was in fourth, with Red Bull’s Sergio Pérez in fifth. Lewis Hamilton and George Russell were in seventh and eighth for Mercedes.'),
    ],
)

# b66-apple-close-3-trillion-jun2023-multi-yes
APPLE = dict(
    question='Will Apple close a trading day with a market capitalization of $3 trillion or more by June 30, 2023?',
    deadline='2023-06-30T23:59:59-04:00',
    criteria='This market will resolve to "Yes" if Apple Inc.\'s market capitalization at the close of any regular U.S. trading session on or before June 30, 2023 is $3 trillion or more. Intraday highs do not count. Otherwise, this market will resolve to "No".',
    as_of='2023-07-01T12:00:00+00:00',
    articles=[
        ('https://www.cnbctv18.com/technology/apple-market-value-crosses-3-trillion-dollars-for-the-second-time-17086531.htm', '2023-06-30T19:41:41+05:30',
         "Apple's market value crosses $3 trillion for the second time",
         "On January 3, 2022, during intraday trading, Apple's market capitalisation momentarily surpassed $3 trillion before the session ended barely below that threshold.\n\nFor the first time since January 2022, Apple's market capitlisation exceeded $3 trillion on Friday as investors placed bets on the iPhone maker's capacity to increase sales even as it forays into new areas like virtual reality."),
        ('https://www.nationalworld.com/us/apple-three-trillion-company-value-compared-to-tesla-meta-amazon-microsoft-4204127', '2023-07-01T00:00:00+01:00',
         'Apple three trillion company value compared to Tesla, Meta, Amazon, Microsoft',
         'Apple became the first publicly traded company to close a trading day with a three trillion dollar (£2.36 trillion) market value, marking another milestone for a technology juggernaut that has reshaped society with a line-up of products that churn out eye-popping profits.\n\nShares in the Silicon Valley giant closed up 2.3% at 193.97 dollars (£152.73) on Friday, bringing its market value to 3.04 trillion dollars.'),
    ],
)

# b66-oppenheimer-opening-90m-multi-no
OPPENHEIMER = dict(
    question='Will Oppenheimer gross more than $90 million in its domestic opening weekend?',
    deadline='2023-07-25T23:59:59-07:00',
    criteria='This market will resolve to "Yes" if Christopher Nolan\'s "Oppenheimer" grosses more than $90 million at the U.S. and Canadian box office over its opening weekend of July 21-23, 2023, as reported by Box Office Mojo or major trade outlets. Otherwise, this market will resolve to "No".',
    as_of='2023-07-26T12:00:00+00:00',
    articles=[
        ('https://www.thewrap.com/barbie-oppenheimer-historic-box-office/', '2023-07-23T00:00:00-07:00',
         '‘Barbie’ Is a Box Office Triumph With $155 Million Opening, ‘Oppenheimer’ Scores $80.5 Million Start',
         'Not since the opening weekend of “Avengers: Endgame” have movie theaters had a box office weekend with such booming business. Warner Bros.’ “Barbie” and Universal’s “Oppenheimer” are to thank, as they are the first films to both earn openings of over $80 million in the same weekend.'),
        ('https://www.polygon.com/23803364/barbie-oppenheimer-box-office-total', '2023-07-24T00:00:00-04:00',
         'Barbie and Oppenheimer box office total',
         'After months of memes and excitement, the simultaneous release of Barbie and Oppenheimer in theaters has finally arrived. And both movies are already out to a great start. Barbie raked in an impressive $162 million during its opening weekend, making it the biggest opening of the year so far, while Oppenheimer’s theatrical run started with $82 million in its first three days.'),
    ],
)

# b66-nvidia-q2fy24-revenue-11b-asof-guidance-undet
NVIDIA = dict(
    question='Will Nvidia report revenue above $11 billion for its fiscal 2024 second quarter?',
    deadline='2023-08-31T23:59:59-04:00',
    criteria='This market will resolve to "Yes" if Nvidia\'s reported total revenue for its fiscal 2024 second quarter (ended around July 30, 2023) is greater than $11.0 billion, as stated in its quarterly results release. Otherwise, this market will resolve to "No".',
    as_of='2023-05-25T12:00:00+00:00',
    articles=[
        ('https://www.nasdaq.com/articles/nvidia-forecasts-second-quarter-revenue-above-estimates', '2023-05-24T16:27:00-04:00',
         'Nvidia forecasts second-quarter revenue above estimates',
         'May 24 (Reuters) - Nvidia Corp NVDA.O on Wednesday forecast second-quarter revenue above Wall Street estimates, as the growing popularity of artificial intelligence drives demand for its chips used in powering the technology at big data centers.\n\nShares of the most valuable U.S. chip company jumped about 11% in trading after the bell. The artificial intelligence boom has helped Nvidia become the fifth most valuable U.S. company by market value.\n\nAdjusted revenue for the quarter ended April 30 was $7.19 billion. Analysts polled by Refinitiv were expecting revenue of $6.52 billion\n\nNet income rose to $2.04 billion, or 82 cents per share, from $1.62 billion, or 64 cents per share, a year earlier.\n\nThe company forecast current-quarter revenue of $11 billion, plus or minus 2%. Analysts polled by Refinitiv expect revenue to be $7.15 billion.'),
    ],
)


def _run(case, articles=None, question=None, as_of=None):
    return run_case(question or case["question"], case["deadline"], case["criteria"],
                    articles if articles is not None else case["articles"], as_of or case["as_of"])


def _sent(text):
    return article_sentences("", text)[0]


# -- a conviction's offence, and the capacity the subject acts in ---------------------------------------

def test_a_conviction_for_failing_to_declare_is_a_conviction():
    # b65-corona-senate-conviction-may2012-yes
    v = _run(CORONA)
    assert v.verdict == "likely-yes"
    assert not [c for c in v.contributions if c.rule == "failed_attempt" and c.weight]


def test_failing_to_after_a_conviction_names_the_offence():
    # b65-corona-senate-conviction-may2012-yes
    text = CORONA["articles"][0][3].split("\n")[0]
    assert failed_attempt._charged_failures_only(text)
    # must not fire: an attempt at the conviction that failed
    assert not failed_attempt._charged_failures_only("The Senate adjourned after failing to convict Corona on any article.")
    assert not failed_attempt._charged_failures_only("Prosecutors risk failing to convict him of the main charge.")


def test_the_capacity_the_subject_acts_in_is_no_attribute_of_the_act():
    assert attributes.of_market(CORONA["question"]) is None
    # must keep: an attribute of the act, after it
    for q in ("Will Hurricane Idalia make U.S. landfall as a major hurricane (Category 3 or stronger)?",
              "Will Hilary make landfall in California as a hurricane?",
              "Will Tapah make landfall in mainland China as a typhoon by September 8, 2025?"):
        assert attributes.of_market(q) is not None, q


# -- a first round's share and place, a run-off to come -------------------------------------------------

def test_a_share_won_and_a_place_before_a_runoff_do_not_decide_the_election():
    # b65-senegal-2012-sall-wins-asof-feb29-undet
    v = _run(SENEGAL)
    assert v.verdict == "undetermined"
    assert not [c for c in v.contributions if c.rule == "rival_outcome" and c.weight]


def test_share_won_reads_a_share_of_half_or_less_only():
    s = _sent("Senegal's President Abdoulaye Wade won 34.8 percent of the vote in the presidential election, falling "
              "short of the absolute majority needed to avoid a run-off.")
    i = next(k for k, t in enumerate(s.tokens) if t.text == "won")
    assert first_rounds.share_won(s, i) == "34.8 percent"
    # must not fire: a majority share, a contest won
    for text in ("Wade won 57 percent of the vote.", "Wade won the presidential election."):
        s = _sent(text)
        i = next(k for k, t in enumerate(s.tokens) if t.text == "won")
        assert first_rounds.share_won(s, i) is None, text


def test_runoff_ahead():
    # b65-senegal-2012-sall-wins-asof-feb29-undet
    assert first_rounds.runoff_ahead(_sent(
        "The result, which must be confirmed by Senegal's top legal body, means he will face former ally Macky Sall, "
        "who came second with 26.6 percent of the vote, in the run-off."))
    # must not fire: a place in the run-off, told as past
    assert not first_rounds.runoff_ahead(_sent("Macky Sall came second in the run-off held on Sunday."))


def test_a_runner_up_in_the_runoff_is_still_beaten():
    # must keep: the run-off itself lost
    arts = [("https://example.org/senegal", "2012-03-26T10:00:00+00:00", "Senegal run-off result",
             "Macky Sall came second in the run-off held on Sunday, official results showed.")]
    v = _run(SENEGAL, arts, as_of="2012-03-27T12:00:00+00:00")
    assert decided(v) == "likely-no"


# -- the pole ------------------------------------------------------------------------------------------

def test_pole_is_a_place_on_the_grid_not_the_race():
    # b66-verstappen-japanese-gp-2023-asof-pole-undet
    v = _run(POLE)
    assert v.verdict == "undetermined"


def test_a_race_won_after_pole_is_still_the_race():
    # must keep: the race itself won; a pole-sitter named after the win's own object
    arts = [("https://example.org/suzuka", "2023-09-24T10:00:00+00:00", "Verstappen wins Japanese Grand Prix",
             "Max Verstappen won the Japanese Grand Prix on Sunday after starting from pole.")]
    v = _run(POLE, arts, as_of="2023-09-24T12:00:00+00:00")
    assert decided(v) == "likely-yes"
    s = _sent("Hamilton won the race while pole-sitter Russell retired.")
    assert contests.nomination(s, 1, "Will Russell win the British Grand Prix?") is None


# -- the level a close brought the measure to ------------------------------------------------------------

def test_the_market_value_a_close_brought_is_a_close():
    # b66-apple-close-3-trillion-jun2023-multi-yes
    v = _run(APPLE)
    assert v.verdict == "likely-yes"
    text = APPLE["articles"][1][3].split("\n")[-1]
    assert close_results.close_result(text, text.index("3.04 trillion"))


def test_no_close_no_close_result():
    # must not fire: a rise in the session, a close still to come
    for text in ("Shares in the Silicon Valley giant rose 2.3% on Friday, bringing its market value to 3.04 trillion dollars.",
                 "If shares closed up 2.3% on Friday, bringing its market value to 3.04 trillion dollars, it would be a record.",
                 "Shares could close up 2.3% on Friday, bringing its market value to 3.04 trillion dollars."):
        assert not close_results.close_result(text, text.index("3.04 trillion")), text


# -- a figure in a contrasted clause ---------------------------------------------------------------------

def test_a_figure_contrasted_with_the_subjects_is_anothers():
    # b66-oppenheimer-opening-90m-multi-no
    v = _run(OPPENHEIMER)
    assert v.verdict == "likely-no"
    assert not [c for c in v.contributions if c.rule == "threshold_crossed" and c.weight > 0]


def test_contrasted_owner():
    import re
    from resolver.engine.rules.figure_owners import _common
    pats = [re.compile(r"\bOppenheimer\b")]
    text = OPPENHEIMER["articles"][1][3].split(". ")[-1]
    assert contrasted_figures.other_owner(text, text.index("$162"), pats, _common) == "Barbie"
    assert contrasted_figures.other_owner(text, text.index("$82"), pats, _common) is None
    # must not fire: no contrast, or the subject's own clause
    for text in ("Barbie raked in $162 million during its opening weekend, beating Oppenheimer.",
                 "Oppenheimer raked in $95 million, while Barbie took $162 million."):
        assert contrasted_figures.other_owner(text, text.index("$162") if "beating" in text else text.index("$95"),
                                              pats, _common) is None, text


# -- a company's other measure ---------------------------------------------------------------------------

def test_net_income_is_not_revenue():
    # b66-nvidia-q2fy24-revenue-11b-asof-guidance-undet
    v = _run(NVIDIA)
    assert v.verdict == "undetermined"
    q = NVIDIA["question"]
    text = "Net income rose to $2.04 billion, or 82 cents per share, from $1.62 billion, or 64 cents per share, a year earlier."
    assert company_measures.other_measure(q, text, text.index("$2.04")) == "Net income"
    # must not fire: the market's own measure, nearest the figure
    for text in ("Adjusted revenue for the quarter ended July 30 was $13.51 billion.",
                 "Profit beat estimates as revenue rose to $13.51 billion.",
                 "Net income more than doubled, while revenue rose to $13.51 billion."):
        assert company_measures.other_measure(q, text, text.index("$13.51")) is None, text
    assert company_measures.asked("Will Nvidia's stock close above $500?") is None


def test_a_source_named_in_full_owns_its_figure():
    # must not fire (b10-hualien-quake-usgs-magnitude-7.5-no): the market's source, spelled out in its clause
    import re
    from resolver.engine.rules.figure_owners import _common
    text = ("Taiwanese officials said the quake was magnitude 7.2, while the U.S. Geological Survey recorded 7.4 and "
            "Japanese seismologists reported an even stronger reading of 7.7.")
    pats = [re.compile(r"\bTaiwan(?:ese)?\b"), re.compile(r"\bUSGS\b")]
    assert contrasted_figures.other_owner(text, text.index("7.4"), pats, _common, ["USGS", "Taiwan"]) is None
