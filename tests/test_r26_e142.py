"""Readings of the twenty-sixth round's branch e142 (misses of the twenty-fifth round's control, batch 142):

- excluded kinds (excluded_figures): an exclusion that names a statistic's definition or measure names its kind by its
  adjective: 'The expanded definition does not count' excludes 'The expanded unemployment rate … stands at 42.4%' (on
  main the two-word kind 'expanded definition' was looked for in a row, so the expanded rate crossed the bar and the
  official 32.9% was left in conflict with it).
- a claim to the post renounced (lexicon OPPOSITE_PHRASES 'win', read for a candidate of an exclusive role by
  opposite_outcome): 'has renounced his claim to become the next prime minister', 'abandons pursuit of Netherlands PM
  job' tell the candidate out of the contest, like 'withdrew' or 'pulled out'.
- 'X succeed Y as ROLE' (derive): X is a candidate for ROLE (the one succeeded stays the object), so the race's exits
  are read for X: 'Boris Johnson has pulled out of the Conservative leadership race' for 'Will Boris Johnson succeed
  Liz Truss as Tory leader?' (on main no candidate was set and the exit was read by no rule).
- a namesake (roles.namesake): the subject of the act is another bearer of a person actor's last name ('Former Prime
  Minister Shehbaz Sharif returned to Pakistan' for Nawaz Sharif's return): another doer, even when the market also
  names a country (which on main let any doer act for it, a wrong confirmation).
- 'determined to', 'eager to', 'keen to' (frames.json modality 'planned_before_to', like 'set to'): 'was determined to
  have the bill fully passed by the end of the session' is a plan, not a passage.
- a clause of time still ahead (ahead_clauses): 'before', 'until', 'till', 'once', 'unless' opening a present-tense
  clause ('two more readings before the bill becomes enacted', 'until the treaty is ratified') tell the act as still
  to come: no confirmation (on main 'becomes enacted' read as a past act).
- custody by surrender (frames.json entailments 'arrest'): a person who 'handed himself over to police', 'turned
  himself in to police' or 'surrendered to police' is in custody.
- 'prevent' as the opposite of approving (lexicon OPPOSITE_VERBS 'approve'): 'The CMA has prevented Microsoft's proposed
  purchase of Activision'.
- a league's title won by beating a named rival (candidate_wins._beat_rival): 'beat the Miami Heat 94-89 on Monday night
  to win a first NBA championship' names the NBA Finals (the league's word before a title word).
- a vote short (lexicon FAILURE_CUES): 'only seven of the court's 11 justices voted …, one vote short of the eight
  required to pass it' is a failed vote, no longer unread evidence.

Each reading has its verbatim sentence (via conftest.case_runner on the development case), generated variants (other
names, verbs, numbers, frames) that main reads wrong, and near-misses that must not fire. `wrong_fires()` counts the
variants and near-misses read the wrong way on any engine (the report gives the counts before and after)."""

from __future__ import annotations

from conftest import case_runner, decided, fired_no, fired_yes
from cpu_budget import assert_each_within, word_soup


def _yes(v) -> bool:
    return v.verdict == "likely-yes"


def _no(v) -> bool:
    return decided(v) == "likely-no"


def _not_yes(v) -> bool:
    return v.verdict != "likely-yes" and not fired_yes(v, "confirmation")


def _not_no(v) -> bool:
    return decided(v) != "likely-no"


# ---- excluded kinds: 'The expanded definition does not count' ------------------------------------------------------
SA = "b142-south-africa-q1-2023-unemployment-above-33pct-no"
SA_URL = "https://www.capetalk.co.za/articles/473877/x"
SA_PUB = "2023-05-16T00:00:00+02:00"
SA_S = ("- South Africa's official unemployment rate increased slightly to 32.9% in the first quarter of 2023\n\n"
        "- The expanded unemployment rate, which includes discouraged job seekers, however stands at 42.4%")


def _sa_market(country: str, bar: str, adj: str, noun: str = "definition") -> dict:
    return {"question": f"Will {country}'s unemployment rate for Q1 2023 exceed {bar}%?",
            "deadline": "2023-05-31T23:59:59+02:00",
            "criteria": f"This market will resolve to \"Yes\" if the statistics office reports an official unemployment "
                        f"rate above {bar}% for the first quarter of 2023. The {adj} {noun} does not count. Otherwise, \"No\"."}


def _sa_cases():
    out = []
    for country, bar, lo, hi in (("South Africa", "33", "32.9", "42.4"), ("Namibia", "30", "29.1", "38.5"),
                                 ("Botswana", "26", "25.4", "34.0")):
        for adj, noun in (("expanded", "definition"), ("broad", "definition"), ("extended", "measure"),
                          ("broader", "definition")):
            run = case_runner(SA, SA_URL, SA_PUB, market=_sa_market(country, bar, adj, noun))
            for frame in ("The {adj} unemployment rate, which includes discouraged job seekers, stands at {hi}%.",
                          "The {adj} jobless rate rose to {hi}% in the first quarter.",
                          "Under the {adj} definition, the unemployment rate was {hi}%."):
                text = (f"{country}'s official unemployment rate increased to {lo}% in the first quarter of 2023. "
                        + frame.format(adj=adj, hi=hi))
                out.append((run, text, "", _no))
            # near-miss: the official rate above the bar still crosses it
            out.append((run, f"{country}'s official unemployment rate increased to {hi}% in the first quarter of 2023. "
                             f"The {adj} unemployment rate stands at {float(hi) + 9:.1f}%.", "", _yes))
    return out


# ---- a claim renounced; 'X succeed Y as ROLE' ------------------------------------------------------------------------
WILDERS = "b142-wilders-dutch-pm-by-jun30-2024-multi-no"
W_URL = "https://www.politico.eu/article/x/"
W_PUB = "2024-03-13T21:50:00+01:00"
WILDERS_S = "Far-right firebrand Geert Wilders has renounced his claim to become the next prime minister of the Netherlands."
WILDERS_H = "Wilders abandons pursuit of Netherlands PM job"


def _pm_market(who: str, country: str, office: str = "Prime Minister") -> dict:
    return {"question": f"Will {who} become {office} of {country} by June 30, 2024?",
            "deadline": "2024-06-30T23:59:59+02:00",
            "criteria": f"This market will resolve to \"Yes\" if {who} is sworn in as {office} of {country} between "
                        f"November 23, 2023 and June 30, 2024. Otherwise, \"No\"."}


CLAIM_FRAMES = [
    "{who} has renounced his claim to become the next {office} of {country}.",
    "{who} renounced his claim to the post of {office} on Wednesday.",
    "{who} gave up his claim to become {office} of {country} on Wednesday.",
    "{who} has dropped his claim to the {office} post.",
    "{who} abandoned his pursuit of the {office} job on Wednesday.",
]
CLAIM_HEADS = ["{last} abandons pursuit of {country} PM job", "{last} renounces his claim to {country} PM job"]
PEOPLE = [("Geert Wilders", "Wilders", "Netherlands", "Prime Minister"), ("Frans Timmermans", "Timmermans", "Netherlands",
          "Prime Minister"), ("Jordan Bardella", "Bardella", "France", "Prime Minister"),
          ("Herbert Kickl", "Kickl", "Austria", "Chancellor")]


def _claim_cases():
    out = []
    for who, last, country, office in PEOPLE:
        run = case_runner(WILDERS, W_URL, W_PUB, market=_pm_market(who, country, office))
        for fr in CLAIM_FRAMES:
            out.append((run, fr.format(who=who, office=office.lower(), country=country), "", _no))
        for h in CLAIM_HEADS:
            out.append((run, "", h.format(last=last, country=country), _no))
        # near-misses: another person's claim; a claim refused to be given up; a plan to give it up
        out.append((run, f"Rival leader Pieter Omtzigt has renounced his claim to become the next {office.lower()} "
                         f"of {country}.", "", _not_no))
        out.append((run, f"{who} refused to renounce his claim to become the next {office.lower()} of {country}.", "",
                    _not_no))
        out.append((run, f"{who} has not renounced his claim to become the next {office.lower()} of {country}.", "",
                    _not_no))
    return out


JOHNSON = "b142-johnson-succeeds-truss-oct2022-no"
J_URL = "https://www.newstatesman.com/politics/x"
J_PUB = "2022-10-23T00:00:00+01:00"
JOHNSON_S = ("Boris Johnson has pulled out of the Conservative leadership race, paving the way for Rishi Sunak to become "
             "prime minister this week.")


def _succeed_market(who: str, prev: str, party: str, role: str = "leader") -> dict:
    return {"question": f"Will {who} succeed {prev} as {party} {role} in October 2022?",
            "deadline": "2022-10-31T23:59:59+00:00",
            "criteria": f"This market will resolve to \"Yes\" if {who} is declared the winner of the {party} "
                        f"leadership contest held to replace {prev} in October 2022. Otherwise, \"No\"."}


SUCCEED = [("Boris Johnson", "Liz Truss", "Tory", "Conservative", "Rishi Sunak"),
           ("Penny Mordaunt", "Liz Truss", "Tory", "Conservative", "Rishi Sunak"),
           ("Kemi Badenoch", "Rishi Sunak", "Conservative", "Conservative", "Robert Jenrick"),
           ("Yvette Cooper", "Keir Starmer", "Labour", "Labour", "Wes Streeting")]
EXIT_FRAMES = ["{who} has pulled out of the {party} leadership race, paving the way for {rival} to become leader.",
               "{who} withdrew from the {party} leadership race on Sunday.",
               "{who} dropped out of the {party} leadership contest on Sunday night.",
               "{who} has abandoned his bid to lead the {party} party."]


def _succeed_cases():
    out = []
    for who, prev, short, party, rival in SUCCEED:
        run = case_runner(JOHNSON, J_URL, J_PUB, market=_succeed_market(who, prev, short))
        for fr in EXIT_FRAMES:
            out.append((run, fr.format(who=who, party=party, rival=rival), "", _no))
        # near-misses: the rival's exit, an exit considered
        out.append((run, f"{rival} has pulled out of the {party} leadership race, paving the way for {who}.", "", _not_no))
        out.append((run, f"{who} is considering whether to pull out of the {party} leadership race.", "", _not_no))
    return out


# ---- a namesake -------------------------------------------------------------------------------------------------------
NAWAZ = "b142-nawaz-sharif-returns-by-oct31-2023-asof-sep28-multi-undet"
N_URL = "https://www.nation.com.pk/28-Sep-2023/x"
N_PUB = "2023-09-28T00:00:00+05:00"
NAWAZ_S = "Former Prime Minister Shehbaz Sharif returned to Pakistan from London."


def _return_market(who: str, place: str) -> dict:
    return {"question": f"Will {who} return to {place} by October 31, 2023?", "deadline": "2023-10-31T23:59:59+05:00",
            "criteria": f"This market will resolve to \"Yes\" if {who} physically arrives in {place} between August 1, "
                        f"2023 and October 31, 2023, as reported by credible media. Otherwise, \"No\"."}


NAMESAKES = [("Nawaz Sharif", "Shehbaz Sharif", "Pakistan"), ("Nawaz Sharif", "Maryam Sharif", "Pakistan"),
             ("Benazir Bhutto", "Zulfikar Bhutto", "Pakistan"), ("Thaksin Shinawatra", "Yingluck Shinawatra", "Thailand"),
             ("Sheikh Hasina", "Sheikh Rehana", "Bangladesh")]
RETURN_FRAMES = ["Former Prime Minister {other} returned to {place} from London.",
                 "{other} returned to {place} on Thursday after a week in London.",
                 "Former premier {other} arrived back in {place} on Thursday."]


def _namesake_cases():
    out = []
    for who, other, place in NAMESAKES:
        if who.split()[-1] != other.split()[-1]:
            continue
        run = case_runner(NAWAZ, N_URL, N_PUB, market=_return_market(who, place))
        for fr in RETURN_FRAMES:
            out.append((run, fr.format(other=other, place=place), "", _not_yes))
        # near-misses the other way: the actor himself, by his full name or his last name alone
        out.append((run, f"Former Prime Minister {who} returned to {place} from London on Thursday.", "", _yes))
        out.append((run, f"Former Prime Minister {who.split()[-1]} returned to {place} from London on Thursday.", "", _yes))
    return out


# ---- plans and clauses of time ahead ----------------------------------------------------------------------------------
KNESSET = "b142-knesset-reasonableness-law-by-jul31-2023-asof-first-reading-undet"
K_URL = "https://www.israelhayom.com/2023/07/11/x/"
K_PUB = "2023-07-11T00:00:00+03:00"
KNESSET_S1 = "There are two more additional votes, or readings, before the bill becomes enacted."
KNESSET_S2 = ("Sources close to Netanyahu told Israel Hayom he was determined to have the bill fully passed by the end of "
              "the current Knesset session, which ends in several weeks.")


def _bill_market(body: str, bill: str) -> dict:
    return {"question": f"Will the {body} pass the {bill} into law by July 31, 2023?",
            "deadline": "2023-07-31T23:59:59+03:00",
            "criteria": f"This market will resolve to \"Yes\" if the {body} passes, in its final reading, the {bill} "
                        f"between July 1, 2023 and July 31, 2023. Otherwise, \"No\"."}


BILLS = [("Knesset", "reasonableness standard bill"), ("Sejm", "media ownership bill"), ("Parliament", "foreign agents bill"),
         ("Senate", "border security bill")]
AHEAD_FRAMES = ["There are two more readings before the bill becomes enacted.",
                "Two more votes are needed before the bill is passed.",
                "Protests will continue until the bill is passed.",
                "Once the bill is passed, judges will lose the power to strike down decisions.",
                "The opposition vowed to fight on until the bill is approved.",
                "There are two more votes before the {bill} becomes enacted."]
PLAN_FRAMES = ["The coalition was determined to have the bill fully passed by the end of the session.",
               "He is determined to have the {bill} passed by the end of the month.",
               "The government was eager to have the bill passed before the recess.",
               "Netanyahu is keen to have the bill approved by the end of July."]
DONE_FRAMES = ["The {body} passed the {bill} into law on Monday.",
               "Hours before the {body} passed the {bill}, protesters gathered outside.",
               "The debate went on for hours before the {bill} was passed on Monday.",
               "The court determined that the {body} passed the {bill} lawfully on Monday."]


def _ahead_cases():
    out = []
    for body, bill in BILLS:
        run = case_runner(KNESSET, K_URL, K_PUB, market=_bill_market(body, bill))
        for fr in AHEAD_FRAMES + PLAN_FRAMES:
            out.append((run, fr.format(bill=bill, body=body), "", _not_yes))
        for fr in DONE_FRAMES:  # near-misses: the passage reported
            out.append((run, fr.format(bill=bill, body=body), "", _yes))
    return out


# ---- custody by surrender ---------------------------------------------------------------------------------------------
ZUMA = "b142-zuma-in-custody-by-jul7-2021-multi-yes"
Z_URL = "https://ewn.co.za/2021/07/07/x"
Z_PUB = "2021-07-07T00:00:00+02:00"
ZUMA_S = ("DURBAN - Former President Jacob Zuma has, in the last hour of deadline, handed himself over to police begin "
          "his 15-month sentence.")


def _custody_market(who: str, country: str) -> dict:
    return {"question": f"Will {who} hand himself over to police or be taken into custody by July 7, 2021?",
            "deadline": "2021-07-07T23:59:59+02:00",
            "criteria": f"This market will resolve to \"Yes\" if former {country} President {who} hands himself over to "
                        f"police, or is arrested, between June 29, 2021 and July 7, 2021. Otherwise, \"No\"."}


CUSTODY = [("Jacob Zuma", "South African"), ("Jair Bolsonaro", "Brazilian"), ("Pedro Castillo", "Peruvian"),
           ("Imran Khan", "Pakistani")]
SURRENDER_FRAMES = ["Former President {who} handed himself over to police on Wednesday night.",
                    "{who} handed himself over to the police shortly before midnight on Wednesday.",
                    "{who} turned himself in to police on Wednesday night.",
                    "{who} surrendered to police on Wednesday evening."]


def _custody_cases():
    out = []
    for who, country in CUSTODY:
        run = case_runner(ZUMA, Z_URL, Z_PUB, as_of="2021-07-08T12:00:00+02:00", market=_custody_market(who, country))
        for fr in SURRENDER_FRAMES:
            out.append((run, fr.format(who=who), "", _yes))
        # near-misses: an order or a refusal to hand himself over, another person's surrender
        out.append((run, f"{who} was ordered to hand himself over to police by Sunday or face arrest.", "", _not_yes))
        out.append((run, f"{who} refused to hand himself over to police on Wednesday.", "", _not_yes))
        out.append((run, f"{who} said he would not turn himself in to police.", "", _not_yes))
        out.append((run, f"His driver, Sipho Ndlovu, handed himself over to police on Wednesday.", "", _not_yes))
    return out


# ---- 'prevent' -----------------------------------------------------------------------------------------------------------
CMA = "b142-cma-clears-msft-activision-by-apr30-2023-no"
C_URL = "https://wanszezit.me/2023/04/26/x/"
C_PUB = "2023-04-26T00:00:00+01:00"
CMA_S = ("The CMA has prevented Microsoft's proposed purchase of Activision over concerns the deal would alter the future "
         "of the fast-growing cloud gaming market, leading to reduced innovation and less choice for UK gamers over the "
         "years to come.")


def _clear_market(reg: str, buyer: str, target: str) -> dict:
    return {"question": f"Will the {reg} clear {buyer}'s acquisition of {target} by April 30, 2023?",
            "deadline": "2023-04-30T23:59:59+01:00",
            "criteria": f"This market will resolve to \"Yes\" if the {reg} issues a decision clearing {buyer}'s proposed "
                        f"acquisition of {target} between January 1, 2023 and April 30, 2023. Otherwise, \"No\"."}


DEALS = [("UK CMA", "CMA", "Microsoft", "Activision Blizzard", "Activision"),
         ("UK CMA", "CMA", "Adobe", "Figma", "Figma"), ("FTC", "FTC", "Kroger", "Albertsons", "Albertsons")]
PREVENT_FRAMES = ["The {short} has prevented {buyer}'s proposed purchase of {tgt} over concerns about competition, "
                  "leading to reduced choice.",
                  "The {short} prevented {buyer}'s takeover of {tgt} on Wednesday, leading to a fall in shares."]


def _prevent_cases():
    out = []
    for reg, short, buyer, target, tgt in DEALS:
        run = case_runner(CMA, C_URL, C_PUB, market=_clear_market(reg, buyer, target))
        for fr in PREVENT_FRAMES:
            out.append((run, fr.format(short=short, buyer=buyer, tgt=tgt), "", _no))
        out.append((run, f"The {short} said it could not prevent {buyer}'s purchase of {tgt}.", "",
                    lambda v: not fired_no(v, "opposite_outcome")))
    return out


# ---- a league's title won by beating a rival ------------------------------------------------------------------------------
NUGGETS = "b142-nuggets-win-2023-nba-finals-yes"
NU_URL = "https://www.theguardian.com/sport/2023/jun/12/x"
NU_PUB = "2023-06-13T00:00:00+01:00"
NUGGETS_S = ("The Denver Nuggets beat the Miami Heat 94-89 on Monday night to win a first NBA championship in their 47 "
             "years in the league.")


def _finals_market(side: str, league: str, contest: str) -> dict:
    return {"question": f"Will the {side} win the 2023 {league} {contest}?", "deadline": "2023-06-30T23:59:59-04:00",
            "criteria": f"This market will resolve to \"Yes\" if the {side} win the 2023 {league} {contest}. "
                        "Otherwise, \"No\"."}


SIDES = [("Denver Nuggets", "Miami Heat", "NBA", "Finals"), ("Vegas Golden Knights", "Florida Panthers", "NHL", "Finals"),
         ("Boston Celtics", "Dallas Mavericks", "NBA", "Finals"), ("Las Vegas Aces", "New York Liberty", "WNBA", "Finals")]
TITLE_FRAMES = ["The {a} beat the {b} 94-89 on Monday night to win a first {lg} championship.",
                "The {a} beat the {b} 94-89 in Game 5 to win the {lg} title.",
                "The {a} defeated the {b} 4-1 on Monday to clinch the {lg} championship."]


def _title_cases():
    out = []
    for side, rival, league, contest in SIDES:
        run = case_runner(NUGGETS, NU_URL, NU_PUB, market=_finals_market(side, league, contest))
        for fr in TITLE_FRAMES:
            out.append((run, fr.format(a=side, b=rival, lg=league), "", _yes))
            out.append((run, fr.format(a=rival, b=side, lg=league), "", _not_yes))  # the rival's win
        out.append((run, f"The {side} beat the {rival} 94-89 to win the Western Conference title.", "", _not_yes))
        out.append((run, f"The {side} beat the {rival} 94-89 to win the {league} title in 2021.", "", _not_yes))
    return out


# ---- a vote short ----------------------------------------------------------------------------------------------------------
MEXICO = "b142-mexico-scjn-strikes-judicial-reform-by-nov30-2024-no"
M_URL = "https://www.thestar.com.my/news/world/2024/11/06/x"
M_PUB = "2024-11-06T00:00:00+08:00"
MEXICO_S = ("After several hours of debate on the constitutionality of the judicial reform, only seven of the court's 11 "
            "justices voted to support a measure to roll back some of the reform's key elements, one vote short of the "
            "eight required to pass it.")


def _strike_market(court: str, law: str) -> dict:
    return {"question": f"Will {court} strike down any part of the {law} by November 30, 2024?",
            "deadline": "2024-11-30T23:59:59-06:00",
            "criteria": f"This market will resolve to \"Yes\" if {court} issues a ruling between October 1, 2024 and "
                        f"November 30, 2024 that invalidates any provision of the {law}. Otherwise, \"No\"."}


COURTS = [("Mexico's Supreme Court", "2024 judicial reform", "judicial reform"),
          ("Brazil's Supreme Court", "2024 pension reform", "pension reform"),
          ("Colombia's Constitutional Court", "2024 pension reform", "pension reform")]
SHORT_FRAMES = ["Only seven of the court's 11 justices voted to strike down the {law}, one vote short of the eight required.",
                "Five justices voted to strike down parts of the {law}, two votes short of the seven needed.",
                "The vote to overturn the {law} ended one vote short of the required majority."]


def _short_cases():
    out = []
    for court, law, short in COURTS:
        run = case_runner(MEXICO, M_URL, M_PUB, market=_strike_market(court, law))
        for fr in SHORT_FRAMES:
            out.append((run, fr.format(law=short), "", _no))
        out.append((run, f"Eight of the court's 11 justices voted to strike down the {short}, two votes more than required.",
                    "", lambda v: not fired_no(v, "failed_attempt")))
    return out


CASES = {"excluded_kind": _sa_cases(), "claim_renounced": _claim_cases(), "succeed_as": _succeed_cases(),
         "namesake": _namesake_cases(), "ahead_or_planned": _ahead_cases(), "custody_surrender": _custody_cases(),
         "prevent": _prevent_cases(), "league_title": _title_cases(), "vote_short": _short_cases()}


# ---- verbatim sentences ------------------------------------------------------------------------------------------------------
def test_verbatim_expanded_rate_excluded():
    v = case_runner(SA, SA_URL, SA_PUB)(SA_S)
    assert v.verdict == "likely-no"
    assert not fired_yes(v, "threshold_crossed")


def test_verbatim_claim_renounced():
    run = case_runner(WILDERS, W_URL, W_PUB)
    assert fired_no(run(WILDERS_S), "opposite_outcome")
    assert fired_no(run("", head=WILDERS_H), "opposite_outcome")


def test_verbatim_succeed_candidate_pulled_out():
    v = case_runner(JOHNSON, J_URL, J_PUB)(JOHNSON_S)
    assert fired_no(v, "opposite_outcome")
    assert v.verdict == "likely-no"


def test_verbatim_namesake_is_no_confirmation():
    v = case_runner(NAWAZ, N_URL, N_PUB)(NAWAZ_S)
    assert not fired_yes(v, "confirmation")
    assert v.verdict != "likely-yes"


def test_verbatim_ahead_and_planned():
    run = case_runner(KNESSET, K_URL, K_PUB)
    assert not fired_yes(run(KNESSET_S1), "confirmation")
    assert not fired_yes(run(KNESSET_S2), "confirmation")
    assert run(KNESSET_S1 + " " + KNESSET_S2).verdict != "likely-yes"


def test_verbatim_custody_by_surrender():
    v = case_runner(ZUMA, Z_URL, Z_PUB)(ZUMA_S)
    assert fired_yes(v, "confirmation")
    assert v.verdict == "likely-yes"


def test_verbatim_prevented():
    v = case_runner(CMA, C_URL, C_PUB)(CMA_S)
    assert fired_no(v, "opposite_outcome", "hedged")
    assert v.verdict == "likely-no"


def test_verbatim_league_title():
    v = case_runner(NUGGETS, NU_URL, NU_PUB)(NUGGETS_S)
    assert fired_yes(v, "confirmation")
    assert v.verdict == "likely-yes"


def test_verbatim_vote_short():
    v = case_runner(MEXICO, M_URL, M_PUB)(MEXICO_S)
    assert fired_no(v, "failed_attempt")
    assert v.verdict == "likely-no"


# ---- generated variants and near-misses -----------------------------------------------------------------------------------
def _wrong(cases) -> list[str]:
    return [head or text for run, text, head, ok in cases if not ok(run(text, head=head))]


def test_variants_excluded_kind():
    assert _wrong(CASES["excluded_kind"]) == []


def test_variants_claim_renounced():
    assert _wrong(CASES["claim_renounced"]) == []


def test_variants_succeed_as():
    assert _wrong(CASES["succeed_as"]) == []


def test_variants_namesake():
    assert _wrong(CASES["namesake"]) == []


def test_variants_ahead_or_planned():
    assert _wrong(CASES["ahead_or_planned"]) == []


def test_variants_custody_surrender():
    assert _wrong(CASES["custody_surrender"]) == []


def test_variants_prevent():
    assert _wrong(CASES["prevent"]) == []


def test_variants_league_title():
    assert _wrong(CASES["league_title"]) == []


def test_variants_vote_short():
    assert _wrong(CASES["vote_short"]) == []


def test_ahead_clause_reader():
    from resolver.engine.ahead_clauses import ahead
    from resolver.engine.text import make_sentence
    for text, word, expected in (("There are two more votes before the bill becomes enacted.", "enacted", "before"),
                                 ("Protests will continue until the court rules.", "rules", "until"),
                                 ("The debate went on before the bill was passed.", "passed", None),
                                 ("Before the vote, the Knesset passed the bill.", "passed", None)):
        sent = make_sentence(text, 0)
        i = next(k for k, t in enumerate(sent.tokens) if t.lower == word)
        assert (ahead(sent, i) or "").lower() == (expected or ""), text
    assert ahead(make_sentence("Zuma hands himself over before police arrive", 0, headline=True), 5) is None


def wrong_fires() -> dict[str, tuple[int, int]]:
    """(wrong, of) per reading, over its variants and near-misses."""
    return {name: (len(_wrong(cases)), len(cases)) for name, cases in CASES.items()}


def test_hostile_input_bounded():
    from resolver.engine import ahead_clauses  # noqa: F401  (a reading under test)
    words = ("before until once the bill becomes is enacted passed determined keen to have renounced his claim "
             "handed himself over to police Sharif Shehbaz Nawaz prevented expanded unemployment rate 42.4% one vote "
             "short of the eight required beat Miami Heat to win NBA championship pulled out of race , ;").split()
    runners = [case_runner(SA, SA_URL, SA_PUB), case_runner(KNESSET, K_URL, K_PUB), case_runner(NAWAZ, N_URL, N_PUB),
               case_runner(ZUMA, Z_URL, Z_PUB), case_runner(JOHNSON, J_URL, J_PUB)]
    assert_each_within(runners, word_soup(words), 2.0)


if __name__ == "__main__":
    print(wrong_fires())
