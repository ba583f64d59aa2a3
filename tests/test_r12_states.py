"""Stays-true offices of the twelfth round (batches 61-62), on corpus sentences verbatim (each test
names its case) and near wordings where the reading must not fire: an ending told with immediate
effect, a holder disqualified from the post, a new term given to the holder, a body that voted to
fire him (and another person's ouster), a negated modal that is what a done announcement said, and a
departure the holder's body fixes for a day before the deadline."""

from resolver.engine import evaluate_market, weak_readings
from tests.conftest import decided, news_article as article, news_market as market, ts


def _fired(v, rule):
    return [c for c in v.contributions if (c.base_rule or c.rule) == rule and c.weight and c.rule != "weak_reading"]


# --- an ending with immediate effect ------------------------------------------------------------------

PATEL_Q = "Will Urjit Patel remain Governor of the Reserve Bank of India through December 31, 2018?"
PATEL_C = ("This market will resolve to \"Yes\" if Urjit Patel continuously holds the office of Governor of the Reserve "
           "Bank of India from market creation through December 31, 2018. If he resigns or otherwise leaves the post "
           "before that date, this market will resolve to \"No\".")
PATEL = ("Reserve Bank of India (RBI) governor Urjit Patel on Monday said that he has decided to “step down” from his "
         "current position effective immediately. The governor’s decision to resign came five days after the "
         "bi-monthly policy meeting, in which he refused to answer questions on the controversies surrounding the "
         "RBI’s autonomy.")


def _patel(text, title="Urjit Patel resigns as RBI governor cites personal reasons"):
    m = market(PATEL_Q, "2018-12-31T23:59:59+05:30", PATEL_C)
    a = article("https://www.financialexpress.com/economy/urjit-patel-resigns-as-rbi-governor-cites-personal-reasons/1409366/",
                "2018-12-10T00:00:00+05:30", title, text)
    return evaluate_market(m, [a], ts("2018-12-11T00:00:00+00:00"))


def test_a_step_down_effective_immediately_is_the_state_over():
    # b61-urjit-patel-remains-rbi-gov-dec2018-no: the body's sentence and the headline both count
    v = _patel(PATEL)
    assert v.verdict == "likely-no" and v.status != weak_readings.STATUS
    assert len({c.sentence for c in _fired(v, "state_ended")}) == 2


def test_a_decision_to_step_down_later_is_still_to_come():
    # must not fire: the same decision, its effect set at the year's end
    v = _patel(PATEL.replace("effective immediately", "at the end of the year"))
    assert not _fired(v, "state_ended")
    assert decided(v) != "likely-no"


# --- disqualified from the post ---------------------------------------------------------------------

SHARIF_Q = "Will Nawaz Sharif remain Prime Minister of Pakistan through August 31, 2017?"
SHARIF_C = ("This market will resolve to \"Yes\" if Nawaz Sharif continuously holds the office of Prime Minister of "
            "Pakistan from market creation through August 31, 2017. If he resigns, is disqualified or otherwise ceases "
            "to hold the office before that date, this market will resolve to \"No\".")
SHARIF = ("The Pakistan Supreme Court on Friday disqualified Prime Minister Nawaz Sharif from the post because of "
          "allegations against him and his family in the Panama Papers case.")


def _sharif(text):
    m = market(SHARIF_Q, "2017-08-31T23:59:59+05:00", SHARIF_C)
    a = article("https://scroll.in/latest/845315/panama-papers-leak-pakistan-supreme-court-disqualifies-prime-minister-nawaz-sharif",
                "2017-07-28T00:00:00+05:30", "Supreme Court rules on Panama Papers case", text)
    return evaluate_market(m, [a], ts("2017-07-29T00:00:00+00:00"))


def test_a_holder_disqualified_from_the_post_is_out():
    # b61-sharif-remains-pm-aug2017-no
    v = _sharif(SHARIF)
    assert _fired(v, "state_ended") and decided(v) == "likely-no"


def test_disqualified_from_an_election_is_not_the_office():
    # must not fire: disqualified from something that is not the office
    v = _sharif(SHARIF.replace("from the post", "from contesting the next general election"))
    assert not _fired(v, "state_ended")


# --- a new term -------------------------------------------------------------------------------------

FED_Q = "Will Ben Bernanke still be Chairman of the Federal Reserve on March 1, 2010?"
FED_C = ("This market will resolve to \"Yes\" if Ben Bernanke holds the office of Chairman of the Board of Governors of "
         "the Federal Reserve System on March 1, 2010. Otherwise, \"No\".")
FED = ("Ben Bernanke secured confirmation to a second term as chairman of the Federal Reserve on Thursday after a "
       "heavy lobbying campaign of Senators by President Barack Obama.")


def _fed(text, title="Senate vote on the Fed"):
    m = market(FED_Q, "2010-03-01T23:59:59-05:00", FED_C)
    a = article("https://rollcall.com/2010/01/28/senate-confirms-bernanke/", "2010-01-28T00:00:00-05:00", title, text)
    return evaluate_market(m, [a], ts("2010-01-29T12:00:00+00:00"))


def test_a_confirmation_to_a_second_term_carries_the_office_past_the_deadline():
    # b62-bernanke-fed-chair-on-mar1-2010-yes
    v = _fed(FED)
    assert _fired(v, "state_continues") and decided(v) == "likely-yes"
    v = _fed("The U.S. Senate confirmed Ben Bernanke's second term as head of the Federal Reserve Bank Thursday by a "
             "70-30 vote margin, a slim victory for a bank chairman.")
    assert _fired(v, "state_continues")


def test_a_confirmation_vote_still_to_come_or_a_nomination_is_no_new_term():
    # must not fire: a vote ahead, a nomination, a renewal followed by an ending
    for text in ("The Senate will vote next week on whether to confirm Ben Bernanke to a second term as chairman.",
                 "President Barack Obama nominated Ben Bernanke for a second term as chairman of the Federal Reserve.",
                 "Ben Bernanke did not secure confirmation to a second term as chairman on Thursday.",
                 "Ben Bernanke stepped down on Thursday days after he secured confirmation to a second term."):
        assert not _fired(_fed(text), "state_continues"), text


# --- a body's vote to fire, another person's ouster ---------------------------------------------------

PATERNO_Q = "Will Joe Paterno remain Penn State's head football coach through the end of the 2011 regular season?"
PATERNO_C = ("This market will resolve to \"Yes\" if Joe Paterno remains the head football coach of Penn State University "
             "continuously through the end of Penn State's 2011 regular season (November 26, 2011). If he retires, "
             "resigns, is fired or otherwise ceases to be head coach before then, this market will resolve to \"No\".")
PATERNO = ("The Penn State board of trustees voted unanimously to fire football coach Joe Paterno Wednesday night amid "
           "the growing furor over how the school handled sex abuse allegations against an assistant coach.")


def _paterno(text):
    m = market(PATERNO_Q, "2011-11-26T23:59:59-05:00", PATERNO_C)
    a = article("http://www.washingtontimes.com/news/2011/nov/9/penn-state-fire-joe-paterno-graham-spanier/",
                "2011-11-09T00:00:00-05:00", "", text)
    return evaluate_market(m, [a], ts("2011-11-10T12:00:00+00:00"))


def test_a_board_that_voted_to_fire_the_holder_ended_his_tenure():
    # b62-paterno-coaches-through-2011-season-no (one sentence: the gate holds the verdict back)
    v = _paterno(PATERNO)
    assert [c for c in _fired(v, "state_ended") if "'fire'" in c.reason] and decided(v) == "likely-no"


def test_another_persons_ouster_and_a_vote_ahead_end_nothing():
    # must not fire: the institution's other officer ousted; a vote still to come
    assert not _fired(_paterno("Penn State president Graham Spanier also was ousted."), "state_ended")
    assert not _fired(_paterno("The Penn State board of trustees will vote next week on whether to fire football "
                               "coach Joe Paterno."), "state_ended")


# --- a negated modal that is the announcement's content -----------------------------------------------

CASTRO_Q = "Will Fidel Castro announce that he is giving up the presidency of Cuba by February 29, 2008?"
CASTRO_C = ("This market will resolve to \"Yes\" if Fidel Castro publicly announces, on or before February 29, 2008, that "
            "he is resigning from or will not continue in the office of President of Cuba's Council of State. "
            "Otherwise, \"No\".")
CASTRO = ("Cuba's ailing leader, Fidel Castro has announced he will not return to the presidency in a letter published "
          "by official Communist Party paper, Granma.")


def test_an_announced_will_not_is_what_the_market_asks_for():
    # b62-castro-announces-stepping-down-feb2008-yes
    m = market(CASTRO_Q, "2008-02-29T23:59:59-05:00", CASTRO_C)
    a = article("http://maneegee.blogspot.com/2008/02/fidel-castro-resigns.html", "2008-02-19T00:00:00-05:00",
                "Fidel Castro Resigns", CASTRO)
    v = evaluate_market(m, [a], ts("2008-02-20T12:00:00+00:00"))
    assert not _fired(v, "ruled_out") and v.verdict == "likely-yes"


def test_a_will_not_is_still_ruled_out_when_the_criteria_ask_for_no_negation():
    # must not fire: the criteria ask for an announcement of a plan, not of a negation
    m = market("Will Fidel Castro announce a new economic plan by February 29, 2008?", "2008-02-29T23:59:59-05:00",
               "This market will resolve to \"Yes\" if Fidel Castro publicly announces a new economic plan for Cuba on "
               "or before February 29, 2008. Otherwise, \"No\".")
    a = article("http://example.org/castro", "2008-02-19T00:00:00-05:00", "Castro letter",
                "Fidel Castro has announced he will not present a new economic plan this year.")
    v = evaluate_market(m, [a], ts("2008-02-20T12:00:00+00:00"))
    assert _fired(v, "ruled_out")


# --- a departure the holder's body fixes for a day -----------------------------------------------------

BP_Q = "Will Tony Hayward remain chief executive of BP through December 31, 2010?"
BP_C = ("This market will resolve to \"Yes\" if Tony Hayward continuously holds the position of group chief executive "
        "of BP from market creation through December 31, 2010. If he steps down, is replaced or otherwise ceases to be "
        "CEO before that date, this market will resolve to \"No\".")
BP = "LONDON -- BP says CEO Tony Hayward will step down on Oct. 1. He will\nbe succeeded by American Robert Dudley."


def _bp(text, title="Breaking news: BP CEO Hayward to step down Oct. 1"):
    m = market(BP_Q, "2010-12-31T23:59:59+00:00", BP_C)
    a = article("http://jtonline.blogspot.com/2010/07/breaking-news-bp-ceo-hayward-to-step.html",
                "2010-07-27T00:18:18-06:00", title, text)
    return evaluate_market(m, [a], ts("2010-07-28T12:00:00+00:00"))


def test_the_company_fixing_its_ceos_last_day_before_the_deadline_ends_the_tenure():
    # b62-hayward-remains-bp-ceo-through-2010-no: the body's sentence and its headline
    v = _bp(BP)
    assert v.verdict == "likely-no" and v.status != weak_readings.STATUS


def test_the_holders_own_dated_announcement_is_not_read():
    # must not fire: the holder's own word (b57: Theresa May stayed on past her announced day); a headline alone
    v = _bp("LONDON -- Tony Hayward said he will step down on Oct. 1.", title="Hayward interview")
    assert not _fired(v, "state_ended")
    v = _bp("LONDON -- BP's board met on Tuesday.")
    assert not _fired(v, "state_ended")
