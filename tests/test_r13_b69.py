"""Readings from development batch 69 (thirteenth round, branch r13-b69): a superlative 'possible'
('the earliest possible election date') and an appositive view after a named source are no hedge;
a part's 'contribution from …' is not the whole figure; a report's stand-alone result line settles
a margin market; an appeal rejected (or a judgment upheld) is the opposite of an overturn on appeal;
administrators appointed entails entering administration (and 'HMV' names 'HMV Group'); a club
relegated has lost its league status; a continent is named by its adjective ('European launch').
Sentences verbatim from the development corpus; each names its case; near paraphrases where a
reading must not fire follow."""

from resolver.engine import evaluate_market
from resolver.engine import hedges, result_lines
from resolver.engine.actors import actor_aliases
from resolver.engine.text import article_sentences
from tests.conftest import news_article as article, news_market as market, ts


def _fired(v, *rules):
    return [c for c in v.contributions if (c.base_rule or c.rule) in rules and c.weight]


# b69-tsipras-resigns-aug2015-yes
TSIPRAS_Q = "Will Alexis Tsipras formally submit his resignation as Greek Prime Minister by August 31, 2015?"
TSIPRAS_C = ("This market will resolve to \"Yes\" if Alexis Tsipras formally submits his (and his government's) resignation "
             "to the President of Greece on or before August 31, 2015. An announced intention alone does not count. "
             "Otherwise, this market will resolve to \"No\".")
TSIPRAS = ("Prime Minister Alexis Tsipras resigned on Thursday, hoping to strengthen his hold on power in snap elections.\n\n"
           "Tsipras submitted his resignation to President Prokopis Pavlopoulos and asked for the earliest possible "
           "election date.")


def _tsipras(text=TSIPRAS, title="Tsipras resigns, paving way for snap Greek election"):
    m = market(TSIPRAS_Q, "2015-08-31T23:59:59+03:00", TSIPRAS_C)
    a = article("http://www.aol.com/article/2015/08/20/tsipras", "2015-08-20T00:00:00-04:00", title, text)
    return evaluate_market(m, [a], ts("2015-08-21T12:00:00+00:00"))


def test_a_superlative_possible_is_no_hedge():
    v = _tsipras()
    assert v.verdict == "likely-yes"


def test_a_possible_act_stays_a_hedge():
    # must not fire: 'possible' on the act itself, not a degree
    for text in ("Tsipras's possible resignation to President Prokopis Pavlopoulos was discussed.",
                 "It is possible that Tsipras submitted his resignation to President Prokopis Pavlopoulos."):
        # (no headline: its 'Tsipras resigns' reports the resignation itself, r14-b75's entailment)
        assert _tsipras(text, title="").verdict != "likely-yes", text


def test_utmost_possible_words():
    sent = next(s for s in article_sentences("", "He asked for the best deal possible as soon as possible.") if s.tokens)
    ks = [k for k, t in enumerate(sent.tokens) if t.lower == "possible"]
    assert all(hedges.utmost_possible(sent, k) for k in ks)
    sent = next(s for s in article_sentences("", "A possible interest possible deal.") if s.tokens)
    assert not any(hedges.utmost_possible(sent, k) for k, t in enumerate(sent.tokens) if t.lower == "possible")


# b69-abs-gdp-mar-q-2013-0p7-no
ABS_Q = "Will the ABS report Australian GDP growth of 0.7% or more for the March quarter 2013?"
ABS_C = ("This market will resolve to \"Yes\" if the Australian Bureau of Statistics' first estimate of seasonally adjusted "
         "real GDP growth for the March quarter 2013, released on or before June 5, 2013, is 0.7% or higher "
         "quarter-on-quarter. Otherwise, this market will resolve to \"No\".")
ABS = ("Latest Australian Bureau of Statistics (ABS) figures show that GDP, in seasonally adjusted volume terms, grew 0.6 "
       "per cent in the March quarter 2013.\n\nGrowth for the quarter was driven by a 1.0 per cent contribution from net "
       "exports and 0.3 per cent contribution from household final consumption.")


def _abs(text=ABS):
    m = market(ABS_Q, "2013-06-05T23:59:59+10:00", ABS_C)
    a = article("http://www.abs.gov.au/media", "2013-06-05T11:30:00+10:00", "Australian economy grows 0.6 per cent", text)
    return evaluate_market(m, [a], ts("2013-06-05T06:00:00+00:00"))


def test_a_parts_contribution_is_not_the_whole_figure():
    v = _abs()
    assert v.verdict == "likely-no"
    assert not [c for c in v.contributions if c.rule == "threshold_crossed" and c.weight > 0]


def test_a_whole_figure_is_still_read():
    # must not fire: the figure of the whole, with no contribution after it
    v = _abs("Latest Australian Bureau of Statistics (ABS) figures show that GDP, in seasonally adjusted volume terms, "
             "grew 1.0 per cent in the March quarter 2013.")
    assert v.verdict == "likely-yes"


# b69-euro2012-final-spain-margin3-yes, b69-heineken-cup-2012-leinster-margin20-yes
EURO_Q = "Will Spain beat Italy by three or more goals in the UEFA Euro 2012 final?"
EURO_C = ("This market will resolve to \"Yes\" if Spain defeats Italy in the UEFA Euro 2012 final in Kyiv on July 1, 2012 "
          "by a margin of three goals or more (regular and extra time; penalty shoot-outs excluded). Otherwise, this "
          "market will resolve to \"No\".")
EURO = ("Spain recorded the biggest European Championship final victory ever to crush Italy 4-0 in Kiev and become the "
        "first team to win three successive major tournaments.\n\nSpain celebrate their Euro 2012 victory.\n\n"
        "Spain 4 - Italy 0\n\nGoals: David Silva 14, Jordi Alba 41, Fernando Torres 84, Juan Mata 88")


def _euro(text=EURO, title="Spain humiliate Italy to win Euro 2012 final", published="2012-07-01T00:00:00+02:00"):
    m = market(EURO_Q, "2012-07-01T23:59:59+03:00", EURO_C)
    a = article("https://www.maltatoday.com.mt/sports/euro2012/19276", published, title, text)
    return evaluate_market(m, [a], ts("2012-07-02T08:00:00+00:00"))


def test_a_result_line_settles_the_margin():
    v = _euro()
    assert v.verdict == "likely-yes"


def test_a_result_line_short_of_the_margin_says_no():
    assert result_lines.margin_of(EURO_Q, "Spain 2 - Italy 0") == (2.0, "Spain 2 - Italy 0")
    assert result_lines.margin_of(EURO_Q, "Italy 1-2 Spain") == (1.0, "Italy 1-2 Spain")
    assert not result_lines.meets(EURO_Q, 2.0)


def test_a_result_line_not_alone_or_of_other_sides_is_not_read():
    # must not fire: an interim score, other sides, a sentence with more than the line
    for text in ("HT: Spain 4 - Italy 0", "Spain 4 - Germany 0", "Spain 4 - Italy 0 after 70 minutes",
                 "Leinster 42-14 Ulster"):
        assert result_lines.margin_of(EURO_Q, text) is None, text


def test_a_live_report_or_another_meeting_is_not_read():
    # must not fire: a running report's line may be interim; a line of an earlier meeting is another game
    v = _euro("Spain 4 - Italy 0", title="Euro 2012 final live: Spain v Italy")
    assert v.verdict != "likely-yes"
    v = _euro("Spain won.\n\nSpain 4 - Italy 0", title="Spain beat Italy", published="2012-06-10T23:00:00+02:00")
    assert not [c for c in v.contributions if "result line" in (c.reason or "")]


LEINSTER_Q = "Will Leinster beat Ulster by 20 or more points in the 2012 Heineken Cup final?"


def test_a_rugby_result_line():
    m = market(LEINSTER_Q, "2012-05-19T23:59:59+01:00",
               "This market will resolve to \"Yes\" if Leinster win the 2012 Heineken Cup final against Ulster at "
               "Twickenham on May 19, 2012 by a margin of 20 points or more. Otherwise, this market will resolve to \"No\".")
    a = article("https://www.the42.ie/report-leinster", "2012-05-19T20:01:00+01:00",
                "Report: All hail the kings as Leinster retain their European Cup crown",
                "Leinster 42-14 Ulster\n\nTHE KINGS HAVE taken back their throne. Leinster are the champions of Europe "
                "for the third time in four seasons after a barnstorming final in which their class ultimately told.")
    assert evaluate_market(m, [a], ts("2012-05-20T08:00:00+00:00")).verdict == "likely-yes"


# b69-bo-xilai-sentence-reduced-appeal-no
BO_Q = "Will Bo Xilai's life sentence be overturned or reduced on appeal by December 31, 2013?"
BO_C = ("This market will resolve to \"Yes\" if, on or before December 31, 2013, a Chinese appeals court overturns Bo "
        "Xilai's conviction or reduces his life sentence imposed on September 22, 2013. Otherwise, this market will "
        "resolve to \"No\".")
BO = ("A Chinese court on Friday rejected  fallen politician Bo Xilai's appeal against his conviction and confirmed his  "
      "life sentence, state media reported, a ruling likely to seal his fate as authorities look to close a damaging "
      "scandal.")


def _bo(text=BO):
    m = market(BO_Q, "2013-12-31T23:59:59+08:00", BO_C)
    a = article("http://www.scmp.com/news/china-insider/article/1338857", "2013-10-25T08:36:00+08:00",
                "Live blog: Bo Xilai leaves court for life imprisonment in elite prison", text)
    return evaluate_market(m, [a], ts("2013-10-26T00:00:00+00:00"))


def test_an_appeal_rejected_is_no_overturn():
    v = _bo()
    assert v.verdict == "likely-no"
    assert _fired(v, "opposite_outcome")


def test_an_appeal_not_decided_or_anothers_is_not_read():
    # must not fire: a request, a negation, another's appeal, an appeal only lodged
    for text in ("Bo Xilai's lawyers asked the court to reject the prosecution's appeal against his sentence.",
                 "A Chinese court on Friday did not reject Bo Xilai's appeal against his conviction.",
                 "A Chinese court on Friday rejected the appeal of Bo Xilai's former aide Wang Lijun.",
                 "Bo Xilai filed an appeal against his conviction on Friday."):
        assert not _fired(_bo(text), "opposite_outcome"), text


# b69-hmv-administration-jan2013-yes
HMV_Q = "Will HMV Group formally enter administration by January 31, 2013?"
HMV_C = ("This market will resolve to \"Yes\" if administrators are formally appointed to HMV Group plc (or its main UK "
         "trading subsidiary) on or before January 31, 2013. An announced intention to appoint administrators alone does "
         "not count. Otherwise, this market will resolve to \"No\".")
HMV = ("Neville Kahn, Nick Edwards and Rob Harding of Deloitte have been appointed joint administrators of HMV\n\n"
       "Edwards and Kahn worked on Comet late last year when the electrical store lost all outlets and staff.")


def _hmv(text=HMV):
    m = market(HMV_Q, "2013-01-31T23:59:59+00:00", HMV_C)
    a = article("https://economia.icaew.com/news/january2013/deloitte", "2013-01-16T09:46:00+00:00",
                "Deloitte appointed HMV administrators", text)
    return evaluate_market(m, [a], ts("2013-01-16T18:00:00+00:00"))


def test_administrators_appointed_is_administration_entered():
    v = _hmv()
    assert v.verdict == "likely-yes"


def test_administrators_planned_or_of_another_are_not_read():
    # must not fire: a plan to appoint, a notice of intention, another company's administrators
    for text in ("HMV plans to appoint administrators next week.",
                 "HMV filed a notice of intention to appoint administrators.",
                 "Deloitte have been appointed joint administrators of Comet."):
        assert _hmv(text).verdict != "likely-yes", text


def test_a_group_goes_by_its_own_name_only():
    assert "hmv" in actor_aliases("HMV Group")
    for name, bare in (("Virgin Group", "virgin"), ("Eurasia Group", "eurasia"), ("China Group", "china")):
        assert bare not in actor_aliases(name) or bare == "china" and "china group" in actor_aliases(name), name


# b69-wigan-stay-up-2013-no
WIGAN_Q = "Will Wigan Athletic retain their Premier League status through the end of the 2012-13 season?"
WIGAN_C = ("This market will resolve to \"Yes\" if Wigan Athletic are not relegated from the Premier League at any point up "
           "to and including the final day of the 2012-13 season (May 19, 2013). If Wigan's relegation is confirmed on or "
           "before that date, this market will resolve to \"No\".")
WIGAN = ("LONDON May 14 Wigan Athletic became the first team to be relegated from England's top flight in the same season "
         "as winning the FA Cup after they lost 4-1 at Arsenal in the Premier League on Tuesday.")


def _wigan(text=WIGAN, title="Wigan relegated after 4-1 defeat at Arsenal"):
    m = market(WIGAN_Q, "2013-05-19T23:59:59+01:00", WIGAN_C)
    a = article("http://in.reuters.com/article/soccer-england-idINL6N0DV5EP20130514", "2013-05-14T00:00:00+01:00",
                title, text)
    return evaluate_market(m, [a], ts("2013-05-15T08:00:00+00:00"))


def test_a_club_relegated_lost_its_league_status():
    v = _wigan()
    assert v.verdict == "likely-no"
    assert _fired(v, "opposite_outcome")


def test_a_relegation_ahead_or_anothers_is_not_read():
    # must not fire: a relegation that may come, another club's, a match lost
    for text in ("Wigan Athletic could be relegated from England's top flight on Sunday.",
                 "Wigan Athletic beat Reading, who were relegated from England's top flight on Tuesday.",
                 "Wigan Athletic lost 4-1 at Arsenal in the Premier League on Tuesday."):
        assert not _fired(_wigan(text, title="Premier League round-up"), "opposite_outcome"), text


# b69-wii-europe-launch-dec2006-yes
WII_Q = "Will Nintendo's Wii console go on sale in Europe by December 8, 2006?"
WII_C = ("This market will resolve to \"Yes\" if the Nintendo Wii goes on general retail sale in at least one major "
         "European market (e.g. the UK, France or Germany) on or before December 8, 2006. Otherwise, this market will "
         "resolve to \"No\".")
WII = ("The official European launch of Nintendo's Wii console took place at the HMV store in Oxford Street, London. In "
       "the UK, within 12 hours of the launch, 50,000 units (or more than one unit per second) were sold.")


WII_PLAN = ("29th November 2006 - A huge shipment of Nintendo's new system, Wii, has now arrived in Europe ahead of launch "
            "on December 8th and with an unprecedented number of pre-orders having been taken, it is likely that there "
            "will be exceptional demand for the system when it goes on sale in Europe.")


def _wii(text=WII):
    m = market(WII_Q, "2006-12-08T23:59:59+00:00", WII_C)
    plan = article("https://www.gamesindustry.biz/unprecedented-level-of-pre-orders-for-wii-across-europe",
                   "2006-11-29T00:00:00+00:00", "Unprecedented Level Of Pre-Orders For Wii Across Europe", WII_PLAN)
    a = article("https://www.afterdawn.com/news/article.cfm/2006/12/08/wii", "2006-12-08T16:44:00+00:00",
                "Nintendo's Wii console launches in Europe", text)
    return evaluate_market(m, [plan, a], ts("2006-12-08T20:00:00+00:00"))


def test_a_continent_named_by_its_adjective():
    # (the done launch, carried by 'took place', decides beside the planned launch of the earlier report)
    assert _wii().verdict == "likely-yes"


def test_another_continents_launch_is_not_the_markets():
    # must not fire: the launch told of another continent
    v = _wii("The official Asian launch of Nintendo's Wii console took place at a store in Akihabara, Tokyo.")
    assert v.verdict != "likely-yes"
