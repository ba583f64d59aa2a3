"""A done report set aside for its date, and what a passed deadline may say after it (thirteenth
round, r13-dp): a retrospective's anniversary ('Exactly 7 years ago today', 'on this day in 2015')
names the publication's calendar day in that year; a done report dated by a period that straddles
the deadline ('It was 10 years ago when Kaka won') holds the deadline's silence back; a government
told formed entails the agreement to form it, and a failure that time is counted from ('16 months
after an inconclusive election') is no failed attempt; a ruling with the asked finding's prefixed
opposite ('ruled … Breivik is sane') is no confirmation; an attempt told collapsed ('An effort to
form … collapsed') is a setback, not the act ruled out. Sentences verbatim from the development
corpus (batches 69 and 70); each names its case."""

from datetime import datetime, timezone

from resolver.engine import evaluate_market
from resolver.engine.timex import find_time_expressions
from tests.conftest import news_article as article, news_market as market, ts


def _fired(v, *rules):
    return [c for c in v.contributions if (c.base_rule or c.rule) in rules and c.weight]


def _listed(v):
    return [c for c in v.contributions if c.rule == "unread_evidence"]


# b69-afcon-2015-ivory-coast-yes
AFCON_Q = "Will Ivory Coast win the 2015 Africa Cup of Nations final against Ghana?"
AFCON_C = ("This market will resolve to \"Yes\" if Ivory Coast win the 2015 Africa Cup of Nations final against Ghana in "
           "Bata on February 8, 2015, including via extra time or a penalty shoot-out. If Ghana win, this market will "
           "resolve to \"No\".")
AFCON = ("On this day 8 February 2015 (Exactly 7 years ago today) Goalkeeper Boubacar Barry saved and scored the crucial "
         "spot-kicks that handed Ivory Coast a dramatic 9-8 penalty shootout win over Ghana in the Africa Cup of Nations "
         "final at the Estadio de Bata in Bata, Equatorial Guinea.")


def _afcon(text=AFCON):
    m = market(AFCON_Q, "2015-02-08T23:59:59+01:00", AFCON_C)
    a = article("https://mobile.ghanaweb.com/x", "2022-02-08T00:00:00+00:00", "Today In Sports History", text)
    return evaluate_market(m, [a], ts("2022-02-09T00:00:00+00:00"))


def test_a_retrospective_anniversary_dates_the_act_on_its_own_day():
    v = _afcon()
    assert v.verdict == "likely-yes"
    assert "Sun 8 Feb 2015" in _fired(v, "confirmation")[0].temporal


def test_anniversary_wordings_name_the_calendar_day_of_that_year():
    pub = datetime(2022, 2, 8, tzinfo=timezone.utc)
    for text in ("Seven years ago today, Ivory Coast beat Ghana.", "On this day in 2015, Ivory Coast beat Ghana.",
                 "This day seven years ago Ivory Coast beat Ghana.", "Exactly 7 years ago on this day Ivory Coast won."):
        spans = find_time_expressions(text, pub)
        assert [(s.start.date(), s.end.date()) for s in spans] == [(datetime(2015, 2, 8).date(),) * 2], text


def test_a_bare_today_or_ago_is_not_an_anniversary():
    # must not fire: 'today' alone is the publication day, '7 years ago' alone keeps its slack
    pub = datetime(2022, 2, 8, tzinfo=timezone.utc)
    spans = find_time_expressions("Today Ivory Coast beat Ghana, 7 years ago it lost.", pub)
    assert spans[0].start.date() == pub.date()
    assert spans[1].start.date() < spans[1].end.date()


# b70-kaka-ballondor-2007-retrospective-yes
KAKA_Q = "Will Kaká win the 2007 Ballon d'Or?"
KAKA_C = ("This market will resolve to \"Yes\" if Kaká is announced by France Football as the winner of the 2007 Ballon "
          "d'Or. Otherwise, this market will resolve to \"No\".")
KAKA = ("It was 10 years ago when Kaka won his Ballon d'Or, the last player to do so before Cristiano Ronaldo and "
        "Lionel Messi made the award their own.")


def _kaka(text=KAKA):
    m = market(KAKA_Q, "2007-12-03T23:59:59+01:00", KAKA_C)
    a = article("https://www.marca.com/x", "2017-12-17T00:00:00+01:00", "Kaka, the last Ballon d'Or winner", text)
    return evaluate_market(m, [a], ts("2017-12-18T00:00:00+00:00"))


def test_a_done_report_dated_across_the_deadline_holds_the_deadline_back():
    v = _kaka()
    assert v.verdict == "undetermined"
    assert any("runs past the deadline" in c.reason for c in _listed(v))


def test_a_done_report_dated_after_the_deadline_does_not_confirm():
    # must not fire: a date wholly after the deadline places the act outside the window. Since the twenty-fifth
    # round a contest-won market's likely-no may not rest on the passed deadline alone (contest_silence: at first
    # sight 10 of 17 such verdicts were wrong), so the verdict is held for an analyst, never likely-yes.
    v = _kaka("Kaka won his Ballon d'Or on 17 December 2017.")
    assert v.verdict == "undetermined" and v.status == "unread-evidence"
    assert any("dated after the deadline" in c.reason for c in v.contributions if c.rule == "confirmation")


# b70-belgium-govt-agreement-by-sep30-2020-yes
BEL_Q = "Will Belgian parties reach agreement to form a new federal government by September 30, 2020?"
BEL_C = ("This market will resolve to \"Yes\" if, on or before September 30, 2020, Belgian political parties announce an "
         "agreement forming a new federal government with a named prime minister to replace the caretaker "
         "administration. Otherwise, this market will resolve to \"No\".")
BEL = ("Belgium formed a new government yesterday, 16 months after an inconclusive election, with caretaker finance "
       "minister Alexander De Croo named as prime minister.")
BEL_SINCE = "Belgium has not had a fully fledged government since December 2018, when a four-party coalition collapsed."


def _bel(text=BEL):
    m = market(BEL_Q, "2020-09-30T23:59:59+02:00", BEL_C)
    a = article("https://www.independent.ie/x", "2020-10-01T00:00:00+01:00", "Belgium news", text)
    return evaluate_market(m, [a], ts("2020-10-01T12:00:00+00:00"))


def test_a_government_formed_entails_the_agreement_to_form_it():
    v = _bel()
    assert v.verdict == "likely-yes"
    assert not _fired(v, "failed_attempt")  # the inconclusive election is what the 16 months are counted from


def test_a_government_to_be_formed_or_asked_for_is_no_agreement():
    # must not fire: a plan, a request, an attempt under way
    for text in ("Belgium will form a new government next week.",
                 "The king asked De Croo yesterday to form a Belgian government.",
                 "Belgian parties are still trying to form a government."):
        assert not _fired(_bel(text), "confirmation"), text


def test_a_failure_of_the_act_itself_is_still_read():
    # must not fire (the guard): a failure told of the act, with a span counted in another clause
    v = _bel("Belgian talks on a government were inconclusive yesterday.")
    assert _fired(v, "failed_attempt")


def test_a_government_lacked_since_a_date_is_a_state_not_the_act_undone():
    v = _bel(BEL_SINCE)
    assert not [c for c in v.contributions if c.rule == "not_yet"]
    assert [c for c in _bel("Belgium has not formed a government.").contributions if c.rule == "not_yet"]


def test_an_agreement_to_end_a_war_is_not_entailed_by_its_end():
    # must not fire: only a government or coalition formed entails an agreement to form one
    m = market("Will Russia and Ukraine reach an agreement to end the war by December 31, 2025?", "2025-12-31T23:59:59+00:00")
    a = article("https://x.example/a", "2025-12-20T00:00:00+00:00", "War news", "Russia and Ukraine ended the war yesterday.")
    v = evaluate_market(m, [a], ts("2025-12-21T00:00:00+00:00"))
    assert not any("'ended'" in c.reason for c in _fired(v, "confirmation"))


# b69-breivik-insanity-ruling-aug2012-no
BRV_Q = "Will the Oslo District Court rule Anders Behring Breivik criminally insane by August 31, 2012?"
BRV_C = ("This market will resolve to \"Yes\" if, on or before August 31, 2012, the Oslo District Court rules that Anders "
         "Behring Breivik was criminally insane (not criminally responsible) in its verdict on the 22 July 2011 attacks. "
         "Otherwise, this market will resolve to \"No\".")
BRV = ("A Norwegian court has ruled mass killer Anders Behring Breivik is sane, and has sentenced him to 21 years in "
       "prison.")


def _brv(text=BRV):
    m = market(BRV_Q, "2012-08-31T23:59:59+02:00", BRV_C)
    a = article("https://www.radionz.co.nz/x", "2012-08-25T07:18:00+12:00", "Breivik sentenced", text)
    return evaluate_market(m, [a], ts("2012-08-25T12:00:00+00:00"))


def test_a_ruling_with_the_opposite_finding_is_not_the_act():
    v = _brv()
    assert v.verdict != "likely-yes"
    assert any("opposite finding" in c.reason for c in v.contributions)


def test_a_ruling_with_the_asked_finding_confirms():
    # must not fire: the asked finding, with or without its adverb, or the opposite negated
    for text in ("A Norwegian court has ruled mass killer Anders Behring Breivik is insane.",
                 "A Norwegian court has ruled mass killer Anders Behring Breivik criminally insane.",
                 "A Norwegian court has ruled Breivik, whom prosecutors called sane, criminally insane.",
                 "A Norwegian court has ruled that Anders Behring Breivik was not sane."):
        assert _brv(text).verdict == "likely-yes", text


# b70-m5s-league-govt-sworn-in-by-jun30-2018-asof-may28-multi-undet
M5S_Q = "Will a Five Star Movement-League coalition government be sworn in in Italy by June 30, 2018?"
M5S_C = ("This market will resolve to \"Yes\" if a government backed by both the Five Star Movement and the League is sworn "
         "in before the President of Italy on or before June 30, 2018. Otherwise, this market will resolve to \"No\".")
M5S = ("An effort to form a 5-Star Movement/League government led by law professor Giuseppe Conte collapsed on Sunday "
       "when Mattarella refused to approve the nomination of Euroskeptic economist Paolo Savona as economy minister, "
       "citing the risk of financial turbulence.")


def _m5s(text=M5S):
    m = market(M5S_Q, "2018-06-30T23:59:59+02:00", M5S_C)
    a = article("http://www.ansa.it/x", "2018-05-28T00:00:00+02:00", "Mattarella gives Cottarelli mandate", text)
    return evaluate_market(m, [a], ts("2018-05-28T20:00:00+00:00"))


def test_an_attempt_told_collapsed_is_a_setback_not_the_act_ruled_out():
    v = _m5s()
    assert v.verdict == "undetermined"
    assert not _fired(v, "ruled_out")
    assert any("another attempt may follow" in c.reason for c in _fired(v, "failed_attempt"))


def test_the_act_itself_told_collapsed_is_still_ruled_out():
    # must not fire: the occasion itself collapsed, no attempt noun as the subject
    v = _m5s("The swearing-in of the Five Star Movement-League government collapsed on Sunday.")
    assert _fired(v, "ruled_out")
