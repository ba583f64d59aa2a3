"""Likely-no on the new dev batches (issue 10, wave 3): the decision-maker decided the other way
or named another winner, the one occasion happened in an excluded form, the sole actor refused.
Each reading keeps the existing gates (affirmed, dated, right actor or object, one occasion);
sentences are quoted verbatim from the pages named above each article."""

from resolver.engine import evaluate_market
from resolver.engine.derive import derive_target
from resolver.engine.occasions import one_occasion
from resolver.engine.shapes import nominee_for, titled_contest
from tests.conftest import news_article as article, news_market as market, ts


def fired(v, rule: str) -> list:
    return [c for c in v.contributions if (c.base_rule or c.rule) == rule and c.counted and c.direction == "no"]


# --- who-wins: another winner named ---------------------------------------------------------

SUPER_BOWL = market("Super Bowl LVIII: Will the San Francisco 49ers win?", "2024-02-12T23:59:59-05:00",
                    "This market will resolve to \"Yes\" if the San Francisco 49ers win Super Bowl LVIII, scheduled "
                    "for February 11, 2024, at Allegiant Stadium in Las Vegas. If the Kansas City Chiefs win, this "
                    "market will resolve to \"No\".")
# https://www.vicksburgpost.com/2024/02/11/super-special-chiefs-beat-49ers-in-overtime-to-repeat-as-super-bowl-champs/
CHIEFS = article("https://www.vicksburgpost.com/2024/02/11/super-special-chiefs-beat-49ers-in-overtime-to-repeat-as-super-bowl-champs/",
                 "2024-02-11T22:54:00-06:00", "Super Special: Chiefs beat 49ers in overtime to repeat as Super Bowl champs",
                 "LAS VEGAS (AP) — Patrick Mahomes, Travis Kelce and the Kansas City Chiefs are back-to-back Super "
                 "Bowl champions.")


def test_a_titled_question_names_its_contest_and_the_numbered_team():
    assert titled_contest("Super Bowl LVIII: Will the San Francisco 49ers win?") == \
        "Will the San Francisco 49ers win Super Bowl LVIII?"
    t = derive_target(SUPER_BOWL)
    assert t.candidate == "San Francisco 49ers" and t.role_exclusive
    assert titled_contest("Will the Fed cut rates: yes or no?") == "Will the Fed cut rates: yes or no?"


def test_the_rival_beat_the_asked_team_in_the_one_game():
    v = evaluate_market(SUPER_BOWL, [CHIEFS], ts("2024-02-12T15:00:00+00:00"))
    assert v.verdict == "likely-no" and fired(v, "rival_outcome")


HASSETT = market("Will Kevin Hassett be Donald Trump's nominee for Chair of the Federal Reserve?",
                 "2026-01-31T23:59:59-05:00",
                 "This market will resolve to \"Yes\" if, by January 31, 2026, 11:59 PM ET, President Donald Trump "
                 "formally announces Kevin Hassett as his nominee to succeed Jerome Powell as Chair of the Federal "
                 "Reserve. If Trump announces a different nominee, or no nominee is announced by that time, this "
                 "market will resolve to \"No\".")
# https://www.newindianexpress.com/world/2026/Jan/30/trump-nominates-warsh-as-next-federal-reserve-chair
WARSH = article("https://www.newindianexpress.com/world/2026/Jan/30/trump-nominates-warsh-as-next-federal-reserve-chair",
                "2026-01-30T00:00:00+05:30", "Trump nominates Warsh as next Federal Reserve chair",
                "WASHINGTON: Donald Trump nominated Kevin Warsh, a former Federal Reserve governor, to be the next US "
                "central bank chief, the US president announced Friday on social media.")


def test_being_someones_nominee_is_being_named_to_the_post():
    assert nominee_for("Kevin Hassett be Donald Trump's nominee for Chair of the Federal Reserve") == \
        "Kevin Hassett be named Chair of the Federal Reserve"
    t = derive_target(HASSETT)
    assert (t.candidate, t.act, t.role, t.role_exclusive) == ("Kevin Hassett", "name", "chair", True)


def test_another_nominee_named_settles_a_nominee_market():
    v = evaluate_market(HASSETT, [WARSH], ts("2026-01-31T12:00:00+00:00"))
    assert v.verdict == "likely-no" and "'nominates'" in fired(v, "rival_outcome")[0].reason


def test_a_nomination_does_not_settle_an_election():
    # a party's nominee can still lose the vote: 'nominated' is read only for a nominee market
    elected = market("Will Kevin Hassett be elected Chair of the Federal Reserve?", "2026-01-31T23:59:59-05:00")
    v = evaluate_market(elected, [WARSH], ts("2026-01-31T12:00:00+00:00"))
    assert not fired(v, "rival_outcome")


# --- a regulator's review ended in rejection ---------------------------------------------------

MDMA = market("Will the FDA approve MDMA-assisted therapy for PTSD by August 31, 2024?", "2024-08-31T23:59:59-04:00",
              "This market will resolve to \"Yes\" if the U.S. Food and Drug Administration approves Lykos "
              "Therapeutics' MDMA-assisted therapy (midomafetamine) for post-traumatic stress disorder by August 31, "
              "2024, 11:59 PM ET. Otherwise, this market will resolve to \"No\".")
# https://icr-global.org/2024/08/20/in-tone-setting-verdict-fda-rejects-mdma-as-a-therapy-aid-for-ptsd/
REJECTED = article("https://icr-global.org/2024/08/20/in-tone-setting-verdict-fda-rejects-mdma-as-a-therapy-aid-for-ptsd/",
                   "2024-08-20T00:00:00-04:00", "In tone-setting verdict, FDA rejects MDMA as a therapy aid for PTSD",
                   "The Food and Drug Administration has rejected a bid to get MDMA approved as a therapy aid for "
                   "people with post-traumatic stress disorder, a decision that puts off a major milestone for the "
                   "field of psychedelics.")


def test_a_regulators_rejection_close_to_the_deadline_ends_the_market():
    v = evaluate_market(MDMA, [REJECTED], ts("2024-08-21T12:00:00+00:00"))
    assert v.verdict == "likely-no"
    assert "a regulator's review ended in rejection" in fired(v, "opposite_outcome")[0].temporal


def test_a_rejection_months_before_the_deadline_is_a_setback():
    later = market("Will the FDA approve MDMA-assisted therapy for PTSD by June 30, 2025?", "2025-06-30T23:59:59-04:00")
    v = evaluate_market(later, [REJECTED], ts("2024-08-21T12:00:00+00:00"))
    assert v.verdict == "undetermined" and fired(v, "opposite_outcome")


# --- courts: a case ended for good; an act done without what is asked ----------------------------

BALDWIN = market("Will Alec Baldwin be convicted of involuntary manslaughter in the Rust shooting case by December "
                 "31, 2024?", "2024-12-31T23:59:59-07:00")
# https://www.krmg.com/entertainment/alec-baldwins/ATUUWGALTNDPVCOJO3TUACCCYU/
THROWN_OUT = article("https://www.krmg.com/entertainment/alec-baldwins/ATUUWGALTNDPVCOJO3TUACCCYU/",
                     "2024-07-12T00:00:00-05:00",
                     "Alec Baldwin's involuntary manslaughter case dismissed in middle of trial and cannot be filed again",
                     "SANTA FE, N.M. — (AP) — A New Mexico judge on Friday threw out the involuntary manslaughter case "
                     "against Alec Baldwin in the middle of his trial and said it cannot be filed again.")


def test_a_case_dismissed_for_good_ends_a_conviction_market():
    v = evaluate_market(BALDWIN, [THROWN_OUT], ts("2024-07-13T12:00:00+00:00"))
    assert v.verdict == "likely-no"
    assert "cannot be filed again" in fired(v, "opposite_outcome")[0].reason


COMEY = market("Will the criminal case against James Comey be dismissed with prejudice by November 30, 2025?",
               "2025-11-30T23:59:59-05:00",
               "This market will resolve to \"Yes\" if a federal court dismisses the criminal indictment against "
               "former FBI Director James Comey with prejudice (barring the charges from being brought again) between "
               "September 25, 2025 and November 30, 2025, 11:59 PM ET. A dismissal without prejudice does not count. "
               "Otherwise, this market will resolve to \"No\".")
# https://reason.com/2025/11/24/a-federal-judge-dismisses-the-indictments-against-james-comey-and-letitia-james/
WITHOUT = article("https://reason.com/2025/11/24/a-federal-judge-dismisses-the-indictments-against-james-comey-and-letitia-james/",
                  "2025-11-24T00:00:00-05:00",
                  "Federal Judge Dismisses Comey and James Indictments, Saying Trump's U.S. Attorney Appointment Was Illegal",
                  "On Monday, a federal judge dismissed both of those indictments without prejudice after concluding "
                  "that Halligan had been illegally appointed. Those decisions do not put an end to the criminal cases "
                  "against Comey and James, since the Justice Department can refile the charges.")


def test_the_act_done_without_the_asked_complement_is_the_other_outcome():
    v = evaluate_market(COMEY, [WITHOUT], ts("2025-11-25T12:00:00+00:00"))
    assert v.verdict == "likely-no" and "'without prejudice'" in fired(v, "opposite_outcome")[0].reason


def test_a_dismissal_without_prejudice_does_not_end_a_conviction_market():
    convicted = market("Will James Comey be convicted by December 31, 2025?", "2025-12-31T23:59:59-05:00")
    v = evaluate_market(convicted, [WITHOUT], ts("2025-11-25T12:00:00+00:00"))
    assert v.verdict == "undetermined"


# --- the sole actor refused; an unread mention from another century ---------------------------------

KENYA = market("Will Kenya's Finance Bill 2024 be signed into law by July 31, 2024?", "2024-07-31T23:59:59+03:00")
# https://kahawatungu.com/ruto-declines-to-sign-finance-bill-2024-into-law/
DECLINES = article("https://kahawatungu.com/ruto-declines-to-sign-finance-bill-2024-into-law/",
                   "2024-06-26T00:00:00+03:00", "Ruto declines to sign Finance Bill 2024 into law",
                   "President William Ruto has declined to sign into law the contentious Finance Bill 2024.")
# https://www.kdrtv.co.ke/news/president-ruto-declines-signing-finance-bill-2024/
WILL_NOT = article("https://www.kdrtv.co.ke/news/president-ruto-declines-signing-finance-bill-2024/",
                   "2024-06-26T00:00:00+03:00", "President Ruto declines signing Finance Bill 2024",
                   "\u201cI concede and therefore I will not sign the 2024 Finance Bill and it shall subsequently be "
                   "withdrawn and I have agreed with these members that this becomes our collective position,\u201d he "
                   "added.")


def test_a_refusal_of_the_act_is_a_ruling_out_statement_that_needs_two_sources():
    one = evaluate_market(KENYA, [DECLINES], ts("2024-06-27T12:00:00+00:00"))
    assert one.verdict == "undetermined" and "'declines to sign'" in fired(one, "ruled_out")[0].reason
    two = evaluate_market(KENYA, [DECLINES, WILL_NOT], ts("2024-06-27T12:00:00+00:00"))
    assert two.verdict == "likely-no"


HILARY = market("Will Hilary make landfall in California as a hurricane?", "2023-08-22T23:59:59-07:00",
                "This market will resolve to \"Yes\" if Hilary makes landfall on the coast of California at hurricane "
                "strength (Category 1 or stronger), per the National Hurricane Center, by August 22, 2023, 11:59 PM "
                "PT. Landfall as a tropical storm does not count. Otherwise, this market will resolve to \"No\".")
# https://ktla.com/news/local-news/photos-tropical-storm-hilary-batters-southern-california/
STORM = article("https://ktla.com/news/local-news/photos-tropical-storm-hilary-batters-southern-california/",
                "2023-08-20T00:00:00-07:00", "Photos: Tropical Storm Hilary batters Southern California",
                "Tropical Storm Hilary has made landfall in Southern California, bringing significant rain fall and "
                "the chances of flooding to various neighborhoods. Before that, the only known hurricane to make "
                "landfall in the Golden State was a Category 1 storm that came ashore near San Diego in 1858.")


def test_a_mention_dated_in_another_century_does_not_hold_the_deadline():
    v = evaluate_market(HILARY, [STORM], ts("2023-08-24T12:00:00+00:00"))
    assert v.verdict == "likely-no" and v.status == "deadline-passed"


# --- a named session; a physical leak; a statement's date ------------------------------------------

PLASTICS = market("Will countries agree a global plastics treaty at the Geneva talks by August 31, 2025?",
                  "2025-08-31T23:59:59+02:00")
# https://thenational-the-national-prod.cdn.arcpublishing.com/climate/2025/08/15/dismay-as-un-talks-fail-to-agree-on-treaty-to-tackle-plastic-pollution
FALTERED = article("https://thenational-the-national-prod.cdn.arcpublishing.com/climate/2025/08/15/dismay-as-un-talks-"
                   "fail-to-agree-on-treaty-to-tackle-plastic-pollution", "2025-08-15T00:00:00+04:00",
                   "Dismay as UN talks fail to agree on treaty to tackle plastic pollution",
                   "Negotiations to establish the first global plastics treaty faltered in Geneva on Friday, as "
                   "delegates failed to reach consensus on critical treaty provisions to tackle pollution.")


def test_talks_named_in_the_question_are_one_occasion():
    assert one_occasion(derive_target(PLASTICS), PLASTICS) == "'at the Geneva talks'"
    v = evaluate_market(PLASTICS, [FALTERED], ts("2025-08-16T12:00:00+00:00"))
    assert v.verdict == "likely-no" and "one occasion" in fired(v, "failed_attempt")[0].reason


def test_talks_without_a_named_session_stay_open():
    open_market = market("Will countries agree a global plastics treaty by August 31, 2025?", "2025-08-31T23:59:59+02:00")
    assert one_occasion(derive_target(open_market), open_market) is None


PEREGRINE = market("Will Astrobotic's Peregrine lander make a soft landing on the Moon by February 29, 2024?",
                   "2024-02-29T23:59:59-05:00")
# https://www.wduv.com/news/trending/no-chance-peregrine-lunar-lander-will-touch-down-moon-after-fuel-leak-company-says/YPN5Y5DXT5HKFMYCINNFEACSJU/
NO_CHANCE = article("https://www.wduv.com/news/trending/no-chance-peregrine-lunar-lander-will-touch-down-moon-after-fuel-"
                    "leak-company-says/YPN5Y5DXT5HKFMYCINNFEACSJU/", "2024-01-09T00:00:00-05:00",
                    "Peregrine lunar lander", "\u201cGiven the propellant leak, there is, unfortunately, no chance of a "
                    "soft landing on the Moon,\u201d the company said Tuesday in a statement.")


def test_a_propellant_leak_is_no_hedge_and_said_tuesday_is_no_time_limit():
    v = evaluate_market(PEREGRINE, [NO_CHANCE], ts("2024-01-10T12:00:00+00:00"))
    c = fired(v, "ruled_out")[0]
    assert c.rule == "ruled_out" and c.weight <= -2.0  # not weakened by 'leak', nor cut to the days before Tuesday
    assert v.verdict == "undetermined"  # one source's statement: a forecast (two sources decide)


# --- a plan given up whose window covers the deadline ----------------------------------------------

# https://www.theverge.com/2023/5/9/23717855/hollow-knight-silksong-delayed
SILKSONG_DELAY = article("https://www.theverge.com/2023/5/9/23717855/hollow-knight-silksong-delayed",
                         "2023-05-09T00:00:00-04:00", "Hollow Knight Silksong delayed",
                         "\u201cWe had planned to release in the 1st half of 2023, but development is still continuing,"
                         "\u201d Matthew Griffin, who works on marketing and publishing for the game, posted on Twitter.")


def test_a_plan_given_up_for_a_window_ending_at_the_deadline_rules_it_out():
    june = market("Will Hollow Knight: Silksong be released by June 30, 2023?", "2023-06-30T23:59:59-04:00")
    v = evaluate_market(june, [SILKSONG_DELAY], ts("2023-05-11T12:00:00+00:00"))
    assert v.verdict == "likely-no"
    assert "the plan was given up" in next(c.temporal for c in fired(v, "ruled_out") if "planned" in c.reason)


def test_a_plan_given_up_for_an_earlier_window_leaves_a_later_deadline_open():
    december = market("Will Hollow Knight: Silksong be released by December 31, 2023?", "2023-12-31T23:59:59-05:00")
    v = evaluate_market(december, [SILKSONG_DELAY], ts("2023-05-11T12:00:00+00:00"))
    assert v.verdict == "undetermined" and not any("planned" in c.reason for c in fired(v, "ruled_out"))


def test_a_partys_nominee_is_not_read_as_named_to_the_post():
    # a party's nominee can still lose the election: only '<appointer>'s pick/nominee for' is rewritten
    q = "Kamala Harris be the nominee for President of the United States"
    assert nominee_for(q) == q


# --- a dissent told without naming the voting body ----------------------------------------------------

BOE = market("Will the Bank of England's February 2025 Monetary Policy Committee vote be unanimous?",
             "2025-02-06T23:59:59+00:00",
             "This market will resolve to \"Yes\" if all nine members of the Bank of England's Monetary Policy "
             "Committee vote for the Bank Rate decision adopted at the February 6, 2025 meeting (a 9-0 vote). If any "
             "member votes for a different Bank Rate, this market will resolve to \"No\".")
# https://www.devdiscourse.com/article/business/3255295-bank-of-england-surprises-with-rate-cut-amid-inflation-concerns
DISSENT = article("https://www.devdiscourse.com/article/business/3255295-bank-of-england-surprises-with-rate-cut-amid-"
                  "inflation-concerns", "2025-02-06T00:00:00+05:30",
                  "Bank of England surprises with rate cut amid inflation concerns",
                  "The Bank of England made headlines by cutting interest rates on Thursday, reducing its growth "
                  "forecast for 2023 and predicting that a rise in inflation will be temporary. Unexpected dissent came "
                  "from external members Catherine Mann and Swati Dhingra, who advocated for a cut to 4.25%.")


def test_a_dissent_in_an_article_about_the_vote_is_not_unanimous():
    v = evaluate_market(BOE, [DISSENT], ts("2025-02-07T12:00:00+00:00"))
    assert v.verdict == "likely-no" and "'dissent'" in fired(v, "opposite_outcome")[0].reason


# --- the candidate gave up: the exits of a race, for an exclusive office ------------------------------

KICKL = market("Will Herbert Kickl be sworn in as Chancellor of Austria by March 31, 2025?", "2025-03-31T23:59:59+02:00",
               "This market will resolve to \"Yes\" if Herbert Kickl is sworn in as Federal Chancellor of Austria "
               "between January 6, 2025 and March 31, 2025, 11:59 PM CEST. Receiving a mandate to form a government "
               "does not count. Otherwise, this market will resolve to \"No\".")
# https://www.latestly.com/agency-news/world-news-austrian-far-right-leaders-efforts-to-form-new-government-collapse-6638282.html
MANDATE = article("https://www.latestly.com/agency-news/world-news-austrian-far-right-leaders-efforts-to-form-new-"
                  "government-collapse-6638282.html", "2025-02-12T00:00:00+05:30",
                  "World News | Austrian far-right leader's efforts to form new government collapse",
                  "On Wednesday, Kickl informed President Alexander Van der Bellen that he was giving up the mandate.")


def test_sworn_in_as_an_office_names_a_candidate_and_the_role():
    t = derive_target(KICKL)
    assert (t.act, t.candidate, t.role, t.role_exclusive) == ("swear", "Herbert Kickl", "chancellor", True)


def test_a_candidate_giving_up_the_mandate_will_not_take_the_office():
    v = evaluate_market(KICKL, [MANDATE], ts("2025-02-13T12:00:00+00:00"))
    assert v.verdict == "likely-no" and "'giving up the mandate'" in fired(v, "opposite_outcome")[0].reason
