"""Undetermined misses of batch 72 (fifteenth round, r15-b72), each read by a general class of
language: an announced performative noun ('has announced the resignation of his government') is the
act done, and a long criteria exclusion is not matched by the question's own words alone; a
campaign given up with its modifiers or in the progressive ('is suspending his 2020 presidential
campaign', engine/ended_campaigns.py); a vote won by its split in votes as the winner's share ('won
by 200 votes to 117'); an entrant 'qualifier to win' is no qualifying stage; gone to another
country ('flew into Lebanon', '"I am now in Lebanon"', 'returns to China', engine/arrived_elsewhere.py);
a hedge adverb opening a trailing participle ('…, apparently jumping bail'); a contraction asked
is a change statistic ('contracts by 23.9%'), and 'the corresponding … period' dates an earlier
reading; one race named by its year after its name ('at the Rio 2016 Olympics'); a trailing named
source after a comma glued to a number ('… of 2022, Bloomberg reported'); 'suspend' pushes the act
back; a craft asked to survive whole is lost when it explodes. Sentences verbatim from the
development corpus; each names its case."""

from resolver.engine import arrived_elsewhere, ended_campaigns, spec
from resolver.engine.analysis import analyse
from resolver.engine.dating_clauses import exclusion_hit
from resolver.engine.evaluate import market_context
from resolver.engine.hedges import trailing_named_source
from resolver.engine.rules import rival_outcome
from resolver.engine.text import article_sentences
from resolver.engine.vote_counts import shares_in_favour
from tests.conftest import decided, fired, news_article as article, news_market as market, run_case

# b72-lebanon-diab-govt-resigns-aug2020-multi-yes
LEBANON = dict(
    question="Will Lebanon's government under Prime Minister Hassan Diab resign by August 15, 2020?",
    deadline='2020-08-15T23:59:59+03:00',
    criteria='This market will resolve to "Yes" if Lebanese Prime Minister Hassan Diab announces the resignation of his government on or before August 15, 2020 (Beirut time). Resignations of individual ministers do not count. Otherwise, this market will resolve to "No".',
    as_of='2020-08-11T12:00:00+00:00',
    articles=[
        ('https://clarion.causeaction.com/2020/08/10/lebanon-prime-minister-to-announce-resignation-of-his-government-after-port-explosion/', '2020-08-10T00:00:00+03:00',
         '',
         'Lebanon’s Prime Minister Hassan Diab will soon announce his government’s resignation, the health minister told Reuters on Monday after a massive port explosion that devastated the capital piled pressure on the cabinet.\n\nDiab was set to deliver an address to the nation at 7:30 p.m. local time, his office said.'),
        ('https://www.theguardian.com/world/video/2020/aug/10/may-god-protect-lebanon-pm-announces-government-resignation-after-beirut-blast-video', '2020-08-10T00:00:00+01:00',
         "'May God protect Lebanon': PM announces government resignation after Beirut blast – video",
         "Lebanon's prime minister Hassan Diab has announced the resignation of his government after a powerful Beirut port explosion sparked public uproar against the country's leaders. Diab, in a televised speech, said the detonation of highly explosive material warehoused at the port in the capital for the last seven years was 'the result of endemic corruption'"),
    ],
)

# b72-sanders-wins-2020-dem-nomination-multi-no
SANDERS = dict(
    question='Will Bernie Sanders win the 2020 Democratic presidential nomination?',
    deadline='2020-08-31T23:59:59-04:00',
    criteria='This market will resolve to "Yes" if Bernie Sanders is formally nominated as the Democratic Party\'s candidate for President of the United States at the 2020 Democratic National Convention. If anyone else is nominated, this market will resolve to "No".',
    as_of='2020-04-10T00:00:00+00:00',
    articles=[
        ('https://www.nbcnewyork.com/news/national-international/bernie-sanders-to-suspend-presidential-campaign/2365358/', '2020-04-08T00:00:00-04:00',
         '',
         "Bernie Sanders is suspending his 2020 presidential campaign, NBC News has confirmed.\n\nSen. Sanders, I-Vt., saw his once strong lead in the Democratic primary evaporate as the party’s establishment lined swiftly up behind rival Joe Biden. Sanders' move to end his campaign is an acknowledgment that the former vice president is too far ahead for him to have any reasonable hope of catching up.\n\nSanders' announcement makes Biden the presumptive Democratic nominee to challenge President Donald Trump in November."),
        ('https://www.nationalmemo.com/ending-campaign-sanders-pledges-to-stand-united-with-biden/', '2020-04-09T00:00:00-04:00',
         '',
         'BERNIE SANDERS: Today, I congratulate Joe Biden, a very decent man, who I will work with to move our progressive ideas forward. On a practical note, let me also say this: I will stay on the ballot in all remaining states and continue to gather delegates. While Vice President Biden will be the nominee, we must continue working to assemble as many delegates as possible at the Democratic Convention, where we will be able to exert significant influence over the party platform and other functions.'),
    ],
)

# b72-may-confidence-vote-60pct-dec2018-multi-yes
MAY = dict(
    question='Will Theresa May win the backing of at least 60% of Conservative MPs voting in the December 12, 2018 confidence vote?',
    deadline='2018-12-12T23:59:59+00:00',
    criteria='This market will resolve to "Yes" if, in the Conservative Party confidence vote on Theresa May\'s leadership held on December 12, 2018, the votes in support of May are at least 60% of all votes cast, as announced by the 1922 Committee. Otherwise, this market will resolve to "No".',
    as_of='2018-12-13T00:00:00+00:00',
    articles=[
        ('https://www.bbc.co.uk/news/av/uk-46546654/prime-minister-theresa-may-wins-tory-confidence-vote', '2018-12-12T00:00:00+00:00',
         'Prime Minister Theresa May wins Tory confidence vote',
         'Sir Graham Brady, chairman of the 1922 Committee, has announced that Prime Minister Theresa May has retained the Conservative Party leadership, winning a confidence vote triggered by rebel MPs.\n\nShe won by 200 votes to 117, comfortably clearing the threshold of 159 votes required to stave off a leadership contest.'),
        ('https://www.westmonster.com/theresa-may-survives-confidence-vote-117-tory-mps-vote-against/', '2018-12-12T00:00:00+00:00',
         'Theresa May survives confidence vote, 117 Tory MPs vote against',
         'Prime Minister Theresa May has survived a confidence vote of Conservative MPs.\n\nShe won the vote 200 to 117, meaning a large chunk of her own MPs voted against her.\n\nThat equates to a whopping 37% of May’s own parliamentary party who have no confidence in her.'),
    ],
)

# b72-raducanu-wins-us-open-2021-yes
RADUCANU = dict(
    question="Will Emma Raducanu win the 2021 US Open women's singles title?",
    deadline='2021-09-12T23:59:59-04:00',
    criteria='This market will resolve to "Yes" if Emma Raducanu wins the women\'s singles championship at the 2021 US Open. If any other player wins the title, this market will resolve to "No".',
    as_of='2021-09-12T12:00:00+00:00',
    articles=[
        ('https://www.latimes.com/sports/story/2021-09-11/emma-raducanu-defeats-leylah-fernandez-us-open-womens-title', '2021-09-11T00:00:00-07:00',
         'Emma Raducanu defeats Leylah Fernandez to become first qualifier to win U.S. Open',
         'Emma Raducanu of Britain defeated Canada’s Leylah Fernandez, 6-4, 6-3, for the U.S. Open women’s singles title on Saturday, becoming the first qualifier to ever win a major tennis championship.\nRaducanu, 18, didn’t drop a set at the U.S. Open en route to winning the title.\nIn the last game of the match, Fernandez was building momentum before Raducanu rallied after a medical timeout to clinch the victory. Raducanu ended the match with an ace.'),
    ],
)

# b72-meng-wanzhou-leaves-canada-sep2021-multi-yes
MENG = dict(
    question='Will Meng Wanzhou leave Canada by September 30, 2021?',
    deadline='2021-09-30T23:59:59-07:00',
    criteria='This market will resolve to "Yes" if Huawei CFO Meng Wanzhou, held on bail in Vancouver pending U.S. extradition proceedings, departs Canada on or before September 30, 2021 (Pacific time), as confirmed by credible reporting. Otherwise, this market will resolve to "No".',
    as_of='2021-09-26T00:00:00+00:00',
    articles=[
        ('https://dodofinance.com/huaweis-best-wife-agrees-with-us-justice-avoids-further-prosecution/', '2021-09-24T00:00:00+00:00',
         '',
         'Meng Wanzhou, the senior executive of Chinese telecommunications company Huawei, has struck a deal with U.S. prosecutors in a multi-year fraud case. Who American media report. Some charges will be dropped and the prosecution will not continue until Meng complies with the terms of the agreement. With the agreement, Meng can leave Canada and return to China.'),
        ('https://www-scmp-com.libproxy1.nus.edu.sg/video/china/3150085/meng-wanzhou-returns-china-and-canadians-freed-after-us-court-reaches-deal', '2021-09-25T00:00:00+08:00',
         'Meng Wanzhou returns to China and Canadians freed after US court reaches deal with Huawei CFO',
         'Huawei Technologies Co executive Meng Wanzhou reached a deal with US prosecutors on September 24, 2021, paving the way for her immediate return to China and reportedly for the release from China of two Canadians, Michael Kovrig and Michael Spavor. The pair had been held on spying charges, and Spavor was serving an 11-year sentence. The deal effectively resolved a case that has kept Meng in legal limbo in Vancouver for nearly three years, and soured relations between Beijing, Washington and Ottawa. Meng did not plead guilty, but was freed after agreeing to a “statement of facts” about the US case against her under the deal that took the form of a deferred prosecution agreement that will be in effect until December 2022.'),
    ],
)

# b72-ghosn-remains-in-japan-dec31-2019-multi-no
GHOSN = dict(
    question='Will Carlos Ghosn remain in Japan through December 31, 2019?',
    deadline='2019-12-31T23:59:59+09:00',
    criteria='This market will resolve to "Yes" if Carlos Ghosn, on bail in Japan awaiting trial, remains physically in Japan continuously through December 31, 2019 (JST). If he leaves Japan before then, as confirmed by credible reporting or his own statement, this market will resolve to "No".',
    as_of='2019-12-31T06:00:00+00:00',
    articles=[
        ('https://japantoday.com/category/crime/update-7-ousted-renault-nissan-boss-ghosn-leaves-japan-for-lebanon', '2019-12-30T00:00:00+09:00',
         '',
         "Carlos Ghosn, the ousted boss of the Renault-Nissan carmaking alliance who was awaiting trial in Japan on charges of financial misconduct, flew into Lebanon aboard a private jet on Monday evening, several newspapers reported.\nFrance's Les Echos newspaper cited an unidentified source and a report in Lebanese newspaper L'Orient-Le Jour, but there was no immediate confirmation from official sources. The Wall Street Journal and New York Times said Ghosn had fled Japan, apparently jumping bail.\nGhosn's attorney did not have an immediate comment, but a person close to Ghosn who asked not to be identified confirmed he was in Beirut as of Monday."),
        ('https://www.financialexpress.com/auto/car-news/carlos-ghosn-does-a-vijay-mallya-ex-nissan-boss-flees-to-lebanon/1808329/', '2019-12-31T00:00:00+05:30',
         '',
         'Ghosn released a brief statement saying "I am now in Lebanon and will no longer be held hostage by a rigged Japanese justice system where guilt is presumed, discrimination is rampant, and basic human rights are denied,"\n\nHe added "I have not fled justice - I have escaped injustice and political persecution. I can now finally communicate freely with the media, and look forward to starting next week."'),
    ],
)

# b72-india-q1fy21-gdp-contraction-25pct-multi-no
INDIA = dict(
    question="Will India's official GDP estimate for April-June 2020 show a year-on-year contraction of 25% or more?",
    deadline='2020-08-31T23:59:59+05:30',
    criteria='This market will resolve to "Yes" if the first official estimate of India\'s real GDP for the April-June 2020 quarter (Q1 of FY2020-21), released by the National Statistical Office on or before August 31, 2020, shows a year-on-year contraction of 25.0% or more. Otherwise, this market will resolve to "No".',
    as_of='2020-09-01T00:00:00+00:00',
    articles=[
        ('https://indianexpress.com/article/business/economy/india-gdp-data-1st-quarter-live-updates-coronavirus-lockdown-6577361/', '2020-08-31T00:00:00+05:30',
         '',
         'India GDP Q1 Data Live Updates: The National Statistical Office (NSO) will be releasing its GDP figures for the first quarter (April-June) of the financial year 2020-21 Monday evening. Owing to the coronavirus pandemic and the nationwide lockdown enforced due to it, the numbers are expected to be the worst since India started reporting quarterly data in 1996.\n\nAccording to the economists, the GDP contraction for the first quarter is being pegged at an average 20 per cent with the de-growth range between 15.2 per cent and 25.5 per cent.'),
        ('https://www.freepressjournal.in/business/indias-gdp-contracts-by-239-in-the-april-june-quarter', '2020-08-31T00:00:00+05:30',
         '',
         "India's GDP contracts by 23.9% in the April- June quarter, revealed the data by National Statistical Office.\nThe gross domestic product (GDP) had expanded by 5.2 per cent in the corresponding April-June period of 2019-20, according to data released by the National Statistical Office (NSO)."),
    ],
)

# b72-rio2016-100m-winning-time-sub-9p80-no
RIO = dict(
    question="Will the winning time in the men's 100m final at the Rio 2016 Olympics be under 9.80 seconds?",
    deadline='2016-08-14T23:59:59-03:00',
    criteria='This market will resolve to "Yes" if the official winning time of the men\'s 100 metres final at the 2016 Rio de Janeiro Olympic Games is under 9.80 seconds. Otherwise, this market will resolve to "No".',
    as_of='2016-08-15T12:00:00+00:00',
    articles=[
        ('https://www.aljazeera.com/news/2016/08/rio-2016-usain-bolt-lands-100m-olympic-gold-160815013436030.html', '2016-08-15T00:00:00+00:00',
         'Rio 2016: Usain Bolt lands 100m Olympic gold',
         'Jamaican sprinter Usain Bolt wins the final in 9.81 seconds to stay in contention for an Olympic "triple-triple".\n\n    Bolt still has a chance to add to his 100m gold - in the 200m and 4x1000m relay [AFP]\n\n    Jamaica\'s Usain Bolt won his third consecutive Olympic gold medal in the 100m with a time of 9.81 seconds.\n\n    The 29-year-old, competing in his final Olympics, powered over the line in 9.81 seconds at Rio 2016, vanquishing drug-tainted American rival Justin Gatlin who took silver, with Andre De Grasse of Canada claiming bronze.'),
    ],
)

# b72-nord-stream2-certified-by-dec31-2021-multi-no
NORD_STREAM = dict(
    question="Will Germany's Federal Network Agency certify Nord Stream 2's operator by December 31, 2021?",
    deadline='2021-12-31T23:59:59+01:00',
    criteria='This market will resolve to "Yes" if Germany\'s Federal Network Agency (Bundesnetzagentur) issues a certification decision approving the operator of the Nord Stream 2 pipeline on or before December 31, 2021. Otherwise, this market will resolve to "No".',
    as_of='2021-12-17T00:00:00+00:00',
    articles=[
        ('https://thegoaspotlight.com/2021/12/06/germany-considered-it-impossible-to-stop-nord-stream-2-rbk/', '2021-12-06T00:00:00+05:30',
         '',
         'Germany suspended certification of the Nord Stream 2 pipeline in mid-November. According to the Federal Network Agency (Bundesnetzagentur, BNetzA), the pipeline operator, Nord Stream 2 AG, must “bring its legal form in accordance with German law” in order to continue the procedure. The regulator noted that the company decided not to change the legal form of the company, but to create instead a separate subsidiary in Germany. This “daughter” will become the owner and operator of the German section of the gas pipeline.'),
        ('https://sputniknews.com/20211216/german-regulator-reportedly-says-decision-on-nord-stream-2-not-expected-in-first-half-of-2022-1091570181.html', '2021-12-16T00:00:00+03:00',
         'German Regulator Reportedly Says Decision on Nord Stream 2 Not Expected in First Half of 2022',
         'The German energy regulator has said that the decision on the Nord Stream 2 certification will not be made in the first half of 2022, Bloomberg reported on Thursday.\n\nAccording to Bloomberg, the regulator said that there will be "no decision" on the certification in the first six months of the next year.The regulator reportedly added that it did not receive the documents necessary to continue the certification process for the pipeline.'),
    ],
)

# b72-starship-sn10-intact-after-flight-mar2021-multi-no
STARSHIP = dict(
    question="Will SpaceX's Starship SN10 prototype survive its high-altitude test flight intact?",
    deadline='2021-03-31T23:59:59-05:00',
    criteria='This market will resolve to "Yes" if SpaceX\'s Starship SN10 prototype launches on its high-altitude test flight on or before March 31, 2021, lands on the pad, and remains intact (is not destroyed by an explosion, crash or fire during flight, landing or its immediate aftermath on the pad). If SN10 is destroyed at any point during or immediately after the test flight, or does not fly by the deadline, this market will resolve to "No".',
    as_of='2021-03-06T00:00:00+00:00',
    articles=[
        ('https://www.click2houston.com/news/local/2021/03/03/spacexs-starship-sn10-expected-to-attempt-launch-this-week-in-boca-chica/', '2021-03-03T00:00:00-06:00',
         'WATCH: SpaceX Starship SN 10 explodes moments after successful landing during test flight',
         'HOUSTON – SpaceX’s prototype Starship SN 10 rocket launched successfully Wednesday during a test flight but exploded moments after a soft landing.\n\nThe starship lifted off from SpaceX’s launch pad in Boca Chica, TX at approximately 5:13 p.m. The rocket flew to an altitude of about 10 kilometers before returning and completing a soft landing. Moments after touching down on the landing pad, the rocket burst into flames.'),
        ('https://www.krgv.com/videos/rip-sn10-spacex-starship-explodes-after-successful-test-flight-and-landing', '2021-03-05T00:00:00-06:00',
         "'RIP SN10': SpaceX Starship explodes after successful test flight and landing",
         'SpaceX made history on Wednesday as Starship SN10 successfully completed its sub-orbital test flight and landing at the South Texas launch site before exploding.\nRIP SN10, honorable discharge— Elon Musk (@elonmusk) March 4, 2021\nAfter a 2 p.m. launch was aborted due to excessive thrust in one of the three raptor engines, SpaceX CEO Elon Musk tweeted they would try again.\nThe Starship was in the air for nearly six minutes before landing softly, unlike its predecessors.\nAbout five minutes after successfully landing on the launch pad, the SN10 exploded.'),
    ],
)


def _run(case, articles=None, question=None, as_of=None):
    return run_case(question or case["question"], case["deadline"], case["criteria"],
                    articles if articles is not None else case["articles"], as_of or case["as_of"])


def _sent(text):
    return article_sentences("", text)[0]


def _facts(case, text, published, question=None):
    """The facts of the first sentence of `text` for the case's market."""
    m = market(question or case["question"], case["deadline"], case["criteria"])
    ctx = market_context(m, spec.default_rule_set(m))
    return ctx, analyse(ctx, article("https://news.example.org/a", published, "", text))[0]


# -- an announced resignation -------------------------------------------------------------------

def test_an_announced_resignation_is_the_resignation():
    v = _run(LEBANON)
    assert decided(v) == "likely-yes"
    assert any("announcing it is doing it" in c.reason for c in fired(v, "confirmation"))


def test_the_questions_own_words_do_not_make_an_exclusion():
    question = LEBANON["question"]
    sent = _sent(LEBANON["articles"][1][3].split(". ")[0] + ".")
    assert exclusion_hit(sent, ["resignations individual ministers"], [], question) is None
    # must fire: the excluded kind named by its own word
    other = _sent("Two individual ministers announced their resignations on Sunday, Prime Minister Diab said.")
    assert exclusion_hit(other, ["resignations individual ministers"], [], question) == "resignations individual ministers"


def test_a_resignation_to_come_is_not_done():
    # must not fire: the announcement still to come
    v = _run(LEBANON, articles=LEBANON["articles"][:1])
    assert decided(v) != "likely-yes"


# -- a campaign given up --------------------------------------------------------------------------

def test_a_suspended_campaign_is_the_race_given_up():
    v = _run(SANDERS)
    assert decided(v) == "likely-no"
    assert fired(v, "opposite_outcome")
    assert ended_campaigns.ended(_sent("Bernie Sanders is suspending his 2020 presidential campaign, NBC News has confirmed."))


def test_campaigns_ended_otherwise_are_no_exit():
    for text in ("Liverpool ended their campaign with a 3-1 win at Anfield.",
                 "Sanders temporarily suspended his campaign after the shooting.",
                 "Biden suspended his campaign for the day to mourn the victims.",
                 "Sanders ended his campaign rally in Iowa with a call to vote."):
        assert ended_campaigns.ended(_sent(text)) is None, text


# -- a vote won by its split ----------------------------------------------------------------------

def test_a_vote_won_by_its_split_is_the_winners_share():
    v = _run(MAY)
    assert decided(v) == "likely-yes"
    found = shares_in_favour("She won by 200 votes to 117, comfortably clearing the threshold of 159 votes required to "
                             "stave off a leadership contest.")
    assert found and round(found[0][1], 1) == 63.1


def test_a_score_won_is_no_vote():
    assert not shares_in_favour("Arsenal won by 3 goals to 1 at the Emirates on Saturday.")
    assert not shares_in_favour("The Lakers won 112-104 in overtime.")


# -- an entrant named 'qualifier' -----------------------------------------------------------------

def test_a_qualifier_to_win_is_an_entrant_not_a_stage():
    v = _run(RADUCANU)
    assert decided(v) == "likely-yes"
    assert not rival_outcome._RUNOFF.search(RADUCANU["articles"][0][2])
    # must not fire: a qualifying stage won
    assert rival_outcome._RUNOFF.search("Raducanu won her qualifier on Tuesday to reach the main draw.")
    assert rival_outcome._RUNOFF.search("Sall qualified for the run-off.")


# -- gone to another country ----------------------------------------------------------------------

def test_returning_to_another_country_is_leaving():
    v = _run(MENG)
    assert decided(v) == "likely-yes"
    assert any("gone to another country" in c.reason for c in fired(v, "confirmation"))


def test_flying_into_another_country_ends_a_stay():
    v = _run(GHOSN)
    assert decided(v) == "likely-no"
    assert any("am now in Lebanon" in c.reason for c in fired(v, "state_ended"))


def test_trips_to_come_and_other_travellers_are_no_departure():
    pub = "2021-09-24T00:00:00+00:00"
    for text in ("Meng Wanzhou plans to return to China once the case is settled.",
                 "Meng Wanzhou could fly to China as early as Friday.",
                 "Meng Wanzhou did not return to China.",
                 "Michael Kovrig returned to Canada on Saturday.",
                 "Meng Wanzhou flew to Vancouver on Friday."):
        ctx, f = _facts(MENG, text, pub)
        assert arrived_elsewhere.gone(ctx, f) is None, text


def test_a_hedge_opening_a_trailing_participle_hedges_that_participle():
    from resolver.engine.hedges import hedge_cue
    ctx, f = _facts(GHOSN, "The Wall Street Journal and New York Times said Ghosn had fled Japan, apparently jumping bail.",
                    "2019-12-30T00:00:00+09:00")
    k = next(i for i, t in enumerate(f.sent.tokens) if t.lower == "fled")
    assert hedge_cue(f, k) is None
    # must fire: the hedge on the act itself
    ctx, f = _facts(GHOSN, "Ghosn apparently fled Japan on a private jet.", "2019-12-30T00:00:00+09:00")
    k = next(i for i, t in enumerate(f.sent.tokens) if t.lower == "fled")
    assert hedge_cue(f, k) == "apparently"


# -- a contraction's figure -----------------------------------------------------------------------

def test_a_contraction_by_a_figure_is_the_statistic():
    v = _run(INDIA)
    assert decided(v) == "likely-no"
    assert any("23.9%" in c.reason for c in fired(v, "threshold_missed"))


def test_the_corresponding_period_is_an_earlier_reading():
    ctx, f = _facts(INDIA, INDIA["articles"][1][3].split("\n")[1], "2020-08-31T00:00:00+05:30")
    from resolver.engine.rules import threshold_crossed
    from resolver.engine.settings import EngineSettings
    out = threshold_crossed.apply(ctx, f, EngineSettings())
    assert out and all(not c.weight for c in out)


# -- one race -------------------------------------------------------------------------------------

def test_a_winning_time_in_one_named_race_settles_it():
    v = _run(RIO)
    assert decided(v) == "likely-no"
    assert any("the market names one race" in c.reason for c in fired(v, "magnitude_short"))


# -- a named source, a suspension -----------------------------------------------------------------

def test_a_named_source_after_a_glued_comma_is_no_hearsay():
    sent = _sent(NORD_STREAM["articles"][1][3].split("\n")[0])
    k = next(i for i, t in enumerate(sent.tokens) if t.lower == "reported")
    assert trailing_named_source(sent.tokens, k)
    # must not fire: unnamed sources
    sent = _sent("The decision will not be made in the first half of 2022, sources reported on Thursday.")
    k = next(i for i, t in enumerate(sent.tokens) if t.lower == "reported")
    assert not trailing_named_source(sent.tokens, k)


def test_a_suspended_process_and_a_later_decision_rule_it_out():
    v = _run(NORD_STREAM)
    assert decided(v) == "likely-no"
    assert any("'suspended" in c.reason for c in fired(v, "ruled_out"))


# -- a craft lost ---------------------------------------------------------------------------------

def test_a_craft_that_explodes_did_not_survive_intact():
    v = _run(STARSHIP)
    assert decided(v) == "likely-no"
    assert fired(v, "ruled_out")


def test_a_launch_market_is_not_ruled_out_by_a_later_explosion():
    # must not fire: launching is not an act that needs the craft whole afterwards
    v = _run(STARSHIP, question="Will SpaceX launch its Starship SN10 prototype on a high-altitude test flight by March 31, 2021?")
    assert not fired(v, "ruled_out")


def test_suspended_other_things_do_not_call_the_act_off():
    # must not fire: b74-arecibo-platform-collapse-by-dec31-2020-multi-yes, b55-kuwait-emir-dissolves-assembly-by-may31-2024-yes
    v = _run(dict(question="Will the instrument platform of the Arecibo Observatory's 305-meter telescope fall by December 31, 2020?",
                  deadline="2020-12-31T23:59:59-04:00", criteria="", as_of="2020-12-05T00:00:00+00:00"),
             articles=[("https://news.example.org/arecibo", "2020-12-01T12:00:00-04:00", "",
                        "The instrument platform, suspended above the 305-meter dish, fell Tuesday morning, crashing into "
                        "the dish below.")])
    assert not fired(v, "ruled_out")
    v = _run(dict(question="Will Kuwait's emir dissolve the National Assembly by May 31, 2024?",
                  deadline="2024-05-31T23:59:59+03:00", criteria="", as_of="2024-05-11T00:00:00+00:00"),
             articles=[("https://news.example.org/kuwait", "2024-05-10T12:00:00+03:00",
                        "Kuwait's emir dissolves parliament, suspends some constitutional articles for 4 years", "")])
    assert not fired(v, "ruled_out")
