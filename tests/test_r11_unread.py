"""The unread-evidence gate (eleventh round, unread): a headline's act that its own article's body
retells with a date outside the market's window ('Napoli wins first Scudetto since 1990' over
'claimed their first Scudetto since 1990 on Thursday') is that dated act, not an unread report of
an act inside the window, so the passed deadline decides (retold_headlines.py). A retelling with
no date, or dated inside the window, keeps the headline held. Sentences verbatim from the
development corpus; each names its case."""

from resolver.engine import evaluate_market
from tests.conftest import news_article as article, news_market as market, ts

# b51-napoli-scudetto-by-apr30-2023-no
NAPOLI_Q = "Will Napoli clinch the 2022-23 Serie A title by April 30, 2023?"
NAPOLI_C = ("This market will resolve to \"Yes\" if SSC Napoli mathematically clinches the 2022-23 Serie A title in a "
            "match played on or before April 30, 2023. Otherwise, this market will resolve to \"No\".")
NAPOLI_TITLE = "Napoli wins first Scudetto since 1990"
NAPOLI_1 = "For the first time since Diego Maradona wore their shirt, Napoli are kings of Italy."
NAPOLI_2 = "Luciano Spalletti's side claimed their first Scudetto since 1990 on Thursday with a 1-1 away draw with Udinese."
NAPOLI_3 = ("Victor Osimhen scored in the 52nd minute for the draw to take the Gli Azzurri to an unassailable 80 points on "
            "the season with five matches remaining.")


def _napoli(body, title=NAPOLI_TITLE):
    m = market(NAPOLI_Q, "2023-04-30T23:59:59+02:00", NAPOLI_C)
    a = article("https://www.tsn.ca/napoli-wins-first-scudetto-since-1990-1.1956330", "2023-05-04T00:00:00-04:00",
                title, body)
    return evaluate_market(m, [a], ts("2023-05-05T08:00:00+00:00"))


def _held(v):
    return [c for c in v.contributions if c.rule == "unread_evidence"]


def test_a_headline_whose_body_dates_the_act_after_the_deadline_is_read():
    v = _napoli(f"{NAPOLI_1}\n\n{NAPOLI_2}\n\n{NAPOLI_3}")
    assert v.verdict == "likely-no" and v.status == "deadline-passed" and not _held(v)


def test_a_headline_retold_with_no_date_stays_held():
    # must not fire: the body tells the act again with no day of its own
    v = _napoli(f"{NAPOLI_1}\n\nLuciano Spalletti's side claimed their first Scudetto since 1990 with a 1-1 away draw "
                "with Udinese.")
    assert v.verdict == "undetermined" and v.status == "unread-evidence"


def test_a_headline_retold_inside_the_window_is_not_dropped():
    # must not fire: the body's day is before the deadline (a report of the act, not a late one)
    v = _napoli("Luciano Spalletti's side claimed their first Scudetto since 1990 on April 29 with a 1-1 away draw "
                "with Udinese.")
    assert v.verdict != "likely-no"


def test_a_late_event_sharing_one_word_is_no_retelling():
    # must not fire: one shared word ('Scudetto') does not make another event the headline's act
    v = _napoli("Fans celebrated the Scudetto on Thursday in the streets of Naples.", title="Napoli wins Scudetto")
    assert v.verdict == "undetermined" and v.status == "unread-evidence"


# b51-exxon-pioneer-close-by-apr30-2024-multi-no
EXXON_Q = "Will Exxon Mobil complete its acquisition of Pioneer Natural Resources by April 30, 2024?"
EXXON_C = ("This market will resolve to \"Yes\" if Exxon Mobil's acquisition of Pioneer Natural Resources is completed "
           "(the merger closes) by April 30, 2024, 11:59 PM ET, as confirmed by the companies or credible reporting. "
           "Regulatory approval alone does not count. Otherwise, this market will resolve to \"No\".")
EXXON_TITLE = "FTC Signals Approval for $60B Exxon-Pioneer Deal"
EXXON_1 = ("The Federal Trade Commission signaled Thursday it was prepared to green light Exxon Mobil's $60 billion "
           "purchase of Pioneer Natural Resources on the condition Pioneer's former CEO will not be allowed to join "
           "Exxon's board.")
EXXON_2 = ("The FTC's consent order prevents former Pioneer Natural Resources CEO Scott Sheffield from taking an offered "
           "seat on Exxon Mobil's board of directors to resolve antitrust concerns about Exxon's bid to buy the top shale "
           "oil producer.")


def _exxon(body):
    m = market(EXXON_Q, "2024-04-30T23:59:59-04:00", EXXON_C)
    a = article("https://www.newsmax.com/finance/streettalk/ftc-exxon-pioneer/2024/05/02/id/1163234/",
                "2024-05-02T10:37:00-04:00", EXXON_TITLE, body)
    return evaluate_market(m, [a], ts("2024-05-02T18:00:00+00:00"))


def test_a_headline_verb_retold_with_its_day_is_that_day():
    v = _exxon(f"{EXXON_1}\n\n{EXXON_2}")
    assert v.verdict == "likely-no" and not _held(v)


def test_a_headline_verb_retold_undated_stays_held():
    # must not fire: 'signaled' retold with no day
    v = _exxon("The Federal Trade Commission signaled it was prepared to green light Exxon Mobil's $60 billion purchase "
               "of Pioneer Natural Resources.")
    assert v.verdict == "undetermined" and v.status == "unread-evidence"


# b26-stereophonic-wins-best-play-tonys-2024-yes: a present-tense headline the day after the
# deadline, retold in the body with no date: the act may be (and was) inside the window
def test_a_next_day_headline_retold_undated_stays_held():
    m = market("Will \"Stereophonic\" win the Tony Award for Best Play in 2024?", "2024-06-16T23:59:59-04:00",
               "This market will resolve to \"Yes\" if \"Stereophonic\" by David Adjmi wins the Tony Award for Best Play "
               "at the 77th Tony Awards on June 16, 2024. Otherwise, this market will resolve to \"No\".")
    a = article("https://webjosh.com/article/the-outsiders-wins-best-musical-and-stereophonic-best-play-at-2024-tony-"
                "awards-1718630222-14693", "2024-06-17T13:17:02+00:00",
                "The Outsiders wins best musical and Stereophonic best play at 2024 Tony Awards",
                "The musical, an adaptation of the beloved S. E. Hinton novel, is about rival gangs of haves and have-nots "
                "in 1960s Oklahoma. The win means Angelina Jolie, a producer, has landed her first Tony, too.\n"
                "Stereophonic, the play about a Fleetwood Mac-like band recording an album over a turbulent and "
                "life-changing year, won best new play. It was written by David Adjmi, with songs by former Arcade Fire "
                "member Will Butler.")
    v = evaluate_market(m, [a], ts("2024-06-18T00:00:00+00:00"))
    assert v.verdict != "likely-no"


# b35-arkansas-ten-commandments-blocked-before-aug5-2025-yes: the body dates the act inside the window
def test_a_next_day_headline_over_a_body_dated_in_the_window_stays_held():
    m = market("Will a federal court block enforcement of Arkansas' Ten Commandments school display law (Act 573) before "
               "it takes effect on August 5, 2025?", "2025-08-04T23:59:59-05:00",
               "This market will resolve to \"Yes\" if, before August 5, 2025, a federal court issues an order (temporary "
               "restraining order or preliminary injunction) blocking enforcement of or compliance with Arkansas Act 573 "
               "of 2025 in at least one school district. Otherwise, \"No\".")
    a = article("https://infosunrise.com/index.php/2025/08/05/judge-enjoins-arkansas-ten-commandments-school-display-law",
                "2025-08-05T00:00:00-05:00", "judge enjoins arkansas ten commandments school display law",
                "A federal judge issued a preliminary injunction against an Arkansas law requiring the Ten Commandments "
                "to be posted in all public school classrooms and libraries Aug. 4, calling it “plainly "
                "unconstitutional.” The law was due to take effect Aug. 5.\nU.S. District Judge Timothy Brooks wrote in "
                "Stinson v. Fayetteville School District No. 1 that Act 573 violates the Establishment and Free Exercise "
                "Clauses of the U.S. Constitution’s First Amendment.")
    v = evaluate_market(m, [a], ts("2025-08-06T00:00:00+00:00"))
    assert v.verdict != "likely-no"
