"""Readings of branch e141 (misses of the twenty-fifth round's control batch 141, now development):

- weekday (contests.other_contest): a weekday before a contest's name is its day, not a name of another contest:
  'Bronislaw Komorowski won Poland's Sunday presidential elections run-off' wins the market's runoff (on main
  'Sunday' was read as another contest's qualifier). 'the Czech presidential run-off' is still another contest.
- passive choice (chosen_others): a question asking in the passive ('Will Turkey be chosen by UEFA to host Euro
  2016?') names its thing as the subject; 'France were named as hosts of Euro 2016 …, beating off … Turkey and
  Italy' tells another choice, not a confirmation (on main: likely-yes, a wrong direction). 'name' is a choice
  verb there; the market's name among the chosen ('France and Turkey were named') still confirms.
- office held (shapes.holding_office): 'Will Kevin Pietersen still be England cricket captain on January 31,
  2009?' asks whether a state holds (an office after a capitalised body and one lowercase word; 'captain' is an
  office). On main the act read was 'england' and 'England captain Pietersen resigns' confirmed it (a wrong
  direction).
- modal bar (required_figures, read by threshold_crossed and turnouts): 'For the ballot to be valid, more than
  50 percent of the Italian electorate must vote' and 'the referendum needs a turnout of more than 50 percent'
  tell a bar set, not a turnout reached (on main: a threshold crossed).
- gerund object (nominals, favour_votes.voted_to): 'approve applying for EU membership' is met by 'approved an
  application for membership' ('apply' → 'application') and by 'Iceland's parliament has voted to apply for
  membership of the European Union' (the body voting to do the gerund's act).
- policy move announced (rules/announced_verbs.decided): for 'announce a rate hike', 'The Russian Central Bank
  unexpectedly raised its key interest rate' tells the move made, so announced (a move for which deciding is
  doing, with the noun's other word in the verb's own phrase).
- a comparison's baseline (aside_dates.since_event): 'for the first time since the economic crisis over two years
  ago' dates the crisis, not the raise (the Russia case's own body sentence; on main it dated the raise 2009).
- won the right to host (frames.json entailments, confirmation_gates): for 'Will Glasgow be selected to host
  the 2014 Commonwealth Games?', 'Glasgow won the right to host …' entails the selection (the phrase carries its
  own object: no 'other prize'). The Glasgow case's own sentence ('will host … after fending off a rival bid')
  is not read by it.
- a bid ended (ended_processes, data/cancellations.json): for 'Will Fairfax Financial sign a definitive agreement
  to take BlackBerry private …?', 'Fairfax Financial's bid to buy BlackBerry has failed' and the headline 'BlackBerry
  CEO Thorsten Heins Out As Fairfax Deal Dies' end the process toward the deal, as 'talks collapsed' does; a bid or
  an offer is read only when no other party owns it ('a rival bid by Lenovo', 'Lenovo's offer').
- a margin (margins.of_market): 'by a margin of 10 percentage points or more' sets a margin, so a plain win
  does not confirm it (found by the corpus diff: the weekday reading had removed an accidental guard).

Each reading's verbatim sentence is run on its development case (conftest.case_runner); generated variants swap
names, verbs, numbers and frames, and near-misses (negation, plans, other actors, other objects) must not fire.
`wrong_fires()` counts the variants read the wrong way on any engine (the report gives main and after)."""

from __future__ import annotations

from conftest import case_runner, fired_no, fired_yes, run_case
from cpu_budget import assert_each_within, word_soup


def _case_run(case_id: str, url: str, published: str, market: dict | None = None):
    return case_runner(case_id, url, published, market=market)


# --- weekday -----------------------------------------------------------------------------------------------
KOMO = "b141-komorowski-wins-poland-runoff-2010-yes"
KOMO_S = ("Civic Platform's Bronislaw Komorowski won Poland's Sunday presidential elections run-off with 53.01 "
          "percent of votes, the State Electoral Commission (PKW) announced on Monday presenting the official results "
          "from all constituencies.")
_komo = _case_run(KOMO, "http://m.keyanhelp.cn/x", "2010-07-06T00:00:00+08:00")


def _runoff(name: str, country: str, adj: str):
    return _case_run(KOMO, "http://x.com/a", "2010-07-06T00:00:00+08:00", market={
        "question": f"Will {name} win the July 2010 {adj} presidential runoff?", "deadline": "2010-07-10T23:59:59+02:00",
        "criteria": f"Resolves \"Yes\" if {name} is declared the winner of the second round of {country}'s 2010 "
                    "presidential election. Otherwise, \"No\"."})


RUNOFFS = [("Bronislaw Komorowski", "Poland", "Polish"), ("Ivo Josipovic", "Croatia", "Croatian"),
           ("Boris Tadic", "Serbia", "Serbian"), ("Milos Zeman", "Czech Republic", "Czech")]
WEEKDAY_FRAMES = ["{n} won {c}'s {d} presidential elections run-off with 53.01 percent of votes.",
                  "{n} won {c}'s {d} presidential run-off, the electoral commission said.",
                  "{n} won the {d} presidential runoff in {c} with 53 percent of the vote."]
DAYS = ["Sunday", "Saturday", "Monday"]
OTHER_CONTEST = ["{n} won the Ukrainian presidential run-off on Sunday.",
                 "{n} won Sunday's Ukrainian presidential run-off."]


# --- passive choice ----------------------------------------------------------------------------------------
TURKEY = "b141-turkey-hosts-euro2016-no"
TURKEY_S = ("France were named as hosts of Euro 2016 by UEFA president Michel Platini here on Friday, the French bid "
            "beating off strong opposition from the two other candidates - Turkey and Italy.")
_turkey = _case_run(TURKEY, "https://independent.co.uk/x", "2010-05-28T00:00:00+01:00")


def _host(name: str, event: str, body: str):
    return _case_run(TURKEY, "http://x.com/a", "2010-05-28T00:00:00+01:00", market={
        "question": f"Will {name} be chosen by {body} to host {event}?", "deadline": "2010-05-31T23:59:59+02:00",
        "criteria": f"Resolves \"Yes\" if {body} selects {name} as the host of {event}. Otherwise, \"No\"."})


HOSTS = [("Turkey", "France", "Euro 2016", "UEFA"), ("Italy", "France", "Euro 2016", "UEFA"),
         ("Sweden", "Germany", "Euro 2024", "UEFA"), ("Morocco", "Russia", "the 2018 World Cup", "FIFA")]
CHOICE_FRAMES = ["{w} were named as hosts of {e} on Friday, beating off {l} and Italy.",
                 "{w} was named host of {e} on Friday ahead of {l}.",
                 "{w} was chosen to host {e} on Friday, edging {l} by one vote.",
                 "{w} were selected as hosts of {e} on Friday."]


# --- office held -------------------------------------------------------------------------------------------
PIETERSEN = "b141-pietersen-england-captain-jan31-2009-multi-stays-no"
_pietersen = _case_run(PIETERSEN, "http://news.bbc.co.uk/x", "2009-01-07T18:10:00+00:00")


def _captain(name: str, team: str, sport: str):
    return _case_run(PIETERSEN, "http://x.com/a", "2009-01-07T18:10:00+00:00", market={
        "question": f"Will {name} still be {team} {sport} captain on January 31, 2009?",
        "deadline": "2009-01-31T23:59:59+00:00",
        "criteria": f"Resolves \"Yes\" if {name} remains captain of the {team} {sport} team through January 31, 2009. "
                    "If he resigns or is replaced, \"No\"."})


CAPTAINS = [("Kevin Pietersen", "England", "cricket"), ("Ricky Ponting", "Australia", "cricket"),
            ("John Terry", "England", "football"), ("Brian O'Driscoll", "Ireland", "rugby")]
RESIGN_FRAMES = ["H:{t} captain {s} resigns", "{t} captain {n} has quit after a rift with the coach.",
                 "{n} has resigned as {t} captain."]


# --- modal bar ---------------------------------------------------------------------------------------------
ITALY = "b141-italy-drilling-referendum-quorum-apr2016-multi-no"
ITALY_S = ("For the ballot to be valid, more than 50 percent of the Italian electorate must vote and Prime Minister "
           "Matteo Renzi has urged people to stay away, arguing that the referendum is unnecessary and might end up "
           "hurting the economy.")
_italy = _case_run(ITALY, "http://in.reuters.com/x", "2016-04-17T00:00:00+02:00")
BAR_FRAMES = ["For the ballot to be valid, more than {p} percent of the {d} electorate must vote.",
              "More than {p} percent of the {d} electorate must vote for the ballot to be valid.",
              "Turnout must exceed {p} percent for the {d} referendum to count.",
              "For the vote to be valid, turnout has to be more than {p} percent.",
              "To be valid, the {d} referendum needs a turnout of more than {p} percent."]
BAR_FIGS = [("50", "Italian"), ("50", "national"), ("55", "Italian")]
TOLD = ["Turnout reached 52 percent on Sunday.",
        "The referendum required a minimum turnout of 50 percent; turnout was 52 percent."]


# --- gerund object -----------------------------------------------------------------------------------------
ICELAND = "b141-iceland-parliament-eu-application-by-jul31-2009-yes"
ICELAND_S = ("Iceland's parliament has voted to apply for membership of the European Union in a move that would "
             "surrender some of its independence in the name of stability.")
_iceland = _case_run(ICELAND, "http://www.aljazeera.com/x", "2009-07-16T18:57:00+00:00")


def _apply(country: str):
    return _case_run(ICELAND, "http://x.com/a", "2009-07-16T18:57:00+00:00", market={
        "question": f"Will {country}'s parliament approve applying for EU membership by July 31, 2009?",
        "deadline": "2009-07-31T23:59:59+00:00",
        "criteria": f"Resolves \"Yes\" if {country}'s parliament passes a resolution authorising the government to apply "
                    "for membership of the European Union. Otherwise, \"No\"."})


APPLICANTS = ["Iceland", "Norway", "Montenegro", "Albania"]
APPLY_FRAMES = ["{c}'s parliament has voted to apply for membership of the European Union.",
                "Lawmakers in {c} voted 33 to 28 on Thursday to apply for EU membership.",
                "{c}'s parliament approved an application for membership of the European Union on Thursday.",
                "{c}'s parliament voted on Thursday to apply for membership of the EU."]
APPLY_MISSES = ["{c}'s parliament voted not to apply for membership of the European Union.",
                "{c}'s parliament has voted to apply for an IMF loan.",
                "{c}'s parliament will vote next week on whether to apply for EU membership.",
                "Lawmakers in {c} voted 28 to 33 on Thursday to apply for EU membership.",
                "{c}'s parliament voted against a plan to apply for EU membership.",
                "If {c}'s parliament voted to apply for EU membership, the currency would rise.",
                "Serbia's parliament has voted to apply for EU membership."]


# --- policy move announced ---------------------------------------------------------------------------------
RUSSIA = "b141-bank-of-russia-hikes-rate-feb-mar2011-yes"
RUSSIA_S = ("The Russian Central Bank unexpectedly raised its key interest rate by 0.25 percent to 8 percent for the "
            "first time since the economic crisis over two years ago.")
_russia = _case_run(RUSSIA, "http://m3financialsense.blogspot.com/x", "2011-03-01T00:00:00+03:00")


def _bank(bank: str, move: str):
    return lambda s: run_case(f"Will {bank} announce a rate {move} in March 2011?", "2011-03-31T23:59:59+00:00", "",
                              [("http://x.com/a", "2011-03-03T12:00:00+00:00", "", s)], "2011-03-04T12:00:00+00:00")


BANKS = [("the Bank of England", "The Bank of England"), ("the European Central Bank", "The European Central Bank"),
         ("the Reserve Bank of India", "The Reserve Bank of India"), ("Sweden's Riksbank", "Sweden's Riksbank")]
MOVES = [("hike", ["raised", "hiked", "increased"]), ("cut", ["cut", "lowered", "reduced"])]
MOVE_FRAMES = ["{b} unexpectedly {v} its key interest rate by 0.25 percent on Thursday.",
               "{b} {v} its benchmark rate to 2 percent on Thursday.",
               "{b} {v} its key interest rate for the first time since the economic crisis over two years ago.",
               "{b} {v} its key rate on Thursday, its biggest move since the financial crisis three years ago."]
MOVE_MISSES = ["{b} is expected to {base} its key interest rate on Thursday.",
               "{b} did not {base} its key interest rate on Thursday.",
               "{b} {v} concerns about interest rates on Thursday.",
               "The Federal Reserve {v} its key interest rate on Thursday.",
               "{b} {v} its key interest rate in December 2009.",
               "{b} {v} its key interest rate two years ago."]
BASE = {"raised": "raise", "hiked": "hike", "increased": "increase", "cut": "cut", "lowered": "lower", "reduced": "reduce"}


# --- won the right to host ---------------------------------------------------------------------------------
GLASGOW = "b141-glasgow-hosts-2014-commonwealth-games-yes"


def _selected(city: str, event: str, rival: str):
    return _case_run(GLASGOW, "http://x.com/a", "2007-11-09T08:57:00-05:00", market={
        "question": f"Will {city} be selected to host the {event}?", "deadline": "2007-11-10T23:59:59+00:00",
        "criteria": f"Resolves \"Yes\" if {city} is chosen to host the {event}. If {rival} is chosen, \"No\"."})


CITIES = [("Glasgow", "2014 Commonwealth Games", "Abuja"), ("Gold Coast", "2018 Commonwealth Games", "Hambantota"),
          ("Durban", "2022 Commonwealth Games", "Edmonton")]
RIGHT_FRAMES = ["{c} won the right to host the {e} on Friday.",
                "{c} won the right to host the {e} after a 47-24 vote on Friday."]
RIGHT_MISSES = ["{c} hopes to win the right to host the {e}.", "{c} did not win the right to host the {e}.",
                "{c} is expected to win the right to host the {e} on Friday.",
                "{r} won the right to host the {e} on Friday."]


# --- a bid ended ------------------------------------------------------------------------------------------------
FAIRFAX = "b141-fairfax-blackberry-definitive-deal-by-nov30-2013-multi-no"
FAIRFAX_S = ("Fairfax Financial's bid to buy BlackBerry has failed, the struggling smartphone maker has given up the "
             "search for a buyer and its CEO will resign, the company announced Monday morning.")
FAIRFAX_H = "BlackBerry CEO Thorsten Heins Out As Fairfax Deal Dies: Report"
_fairfax = _case_run(FAIRFAX, "https://www.huffingtonpost.ca/x", "2013-11-04T00:00:00-05:00")


def _deal(bidder: str, target: str):
    return _case_run(FAIRFAX, "http://x.com/a", "2013-11-04T00:00:00-05:00", market={
        "question": f"Will {bidder} sign a definitive agreement to acquire {target} by November 30, 2013?",
        "deadline": "2013-11-30T23:59:59-05:00",
        "criteria": f"Resolves \"Yes\" if {bidder} and {target} announce a definitive agreement for {bidder} to acquire "
                    f"{target} by November 30, 2013. Otherwise, \"No\"."})


DEALS = [("Fairfax Financial", "BlackBerry"), ("Glencore", "Xstrata"), ("Comcast", "Time Warner Cable"),
         ("Pfizer", "AstraZeneca")]
BID_FRAMES = ["{b}'s bid to buy {t} has failed, the company announced Monday.",
              "{b}'s offer for {t} collapsed on Monday.",
              "{b}'s bid for {t} was abandoned on Monday.",
              "H:{t} Chief Out As {b} Deal Dies"]
BID_MISSES = ["A rival bid by Lenovo for {t} has failed.", "Lenovo's offer for {t} has failed.",
              "A rival bid for {t} has collapsed.", "{b}'s bid to buy {t} has not failed yet.",
              "If {b}'s bid to buy {t} fails, the shares will fall.",
              "{b}'s bid to buy {t} failed to win over shareholders on Monday, but talks go on."]


# --- a margin ----------------------------------------------------------------------------------------------
def _margin(s: str):
    return run_case("Will Mario Abdo Benítez win Paraguay's 2018 presidential election by a margin of 10 percentage "
                    "points or more?", "2018-05-31T23:59:59-04:00", "",
                    [("http://x.com/a", "2018-04-23T00:00:00+05:30", "", s)], "2018-04-24T00:00:00+00:00")


MARGIN_S = "Mario Abdo Benitez won Sunday`s presidential poll, landing the top job, election officials said."


def _head(s: str) -> tuple[str, str]:
    return ("", s) if not s.startswith("H:") else (s[2:], "")


def _groups():
    """{reading: [(runner, head, text, must_yes, must_not_yes)]} of generated variants."""
    g: dict[str, list] = {k: [] for k in ("weekday", "passive", "office", "modal", "gerund", "policy", "right", "bid")}
    for n, c, adj in RUNOFFS:
        run = _runoff(n, c, adj)
        for fr in WEEKDAY_FRAMES:
            for d in DAYS:
                g["weekday"].append((run, "", fr.format(n=n, c=c, d=d), True, False))
        for fr in OTHER_CONTEST:
            g["weekday"].append((run, "", fr.format(n=n), False, True))
    for name, winner, event, body in HOSTS:
        run = _host(name, event, body)
        for fr in CHOICE_FRAMES:
            g["passive"].append((run, "", fr.format(w=winner, e=event, l=name), False, True))
            g["passive"].append((run, "", fr.format(w=name, e=event, l=winner), True, False))
    for n, t, sp in CAPTAINS:
        run = _captain(n, t, sp)
        for fr in RESIGN_FRAMES:
            head, text = _head(fr.format(t=t, n=n, s=n.split()[-1]))
            g["office"].append((run, head, text, False, True))
    for fr in BAR_FRAMES:
        for p, d in BAR_FIGS:
            g["modal"].append((_italy, "", fr.format(p=p, d=d), False, True))
    for c in APPLICANTS:
        run = _apply(c)
        for fr in APPLY_FRAMES:
            g["gerund"].append((run, "", fr.format(c=c), True, False))
        for fr in APPLY_MISSES:
            g["gerund"].append((run, "", fr.format(c=c), False, True))
    for bank_q, bank_s in BANKS:
        for move, verbs in MOVES:
            run = _bank(bank_q, move)
            for v in verbs:
                for fr in MOVE_FRAMES:
                    g["policy"].append((run, "", fr.format(b=bank_s, v=v), True, False))
                for fr in MOVE_MISSES:
                    g["policy"].append((run, "", fr.format(b=bank_s, v=v, base=BASE[v]), False, True))
    for city, event, rival in CITIES:
        run = _selected(city, event, rival)
        for fr in RIGHT_FRAMES:
            g["right"].append((run, "", fr.format(c=city, e=event), True, False))
        for fr in RIGHT_MISSES:
            g["right"].append((run, "", fr.format(c=city, e=event, r=rival), False, True))
    for bidder, target in DEALS:
        run = _deal(bidder, target)
        for fr in BID_FRAMES:
            head, text = _head(fr.format(b=bidder, t=target))
            g["bid"].append((run, head, text, False, False))
        for fr in BID_MISSES:
            g["bid"].append((run, "", fr.format(b=bidder, t=target), None, None))
    return g


GROUPS = _groups()


def _wrong(run, head, text, must_yes, must_not_yes) -> bool:
    v = run(text, head=head) if head else run(text)
    if must_yes:
        return v.verdict != "likely-yes"
    return v.verdict == "likely-yes" or fired_yes(v, "confirmation", "threshold_crossed")


def _bid_wrong(run, head, text, ended, _):
    """A bid told ended must rule the deal out (ruled_out, likely-no); a near-miss (ended None) must not."""
    v = run(text, head=head) if head else run(text)
    if ended is None:
        return fired_no(v, "ruled_out") or v.verdict == "likely-no"
    return v.verdict != "likely-no" or not fired_no(v, "ruled_out")


def _office_wrong(run, head, text, *_):
    v = run(text, head=head) if head else run(text)
    return v.verdict == "likely-yes" or not fired_no(v, "state_ended")


# --- verbatim sentences on their development cases -----------------------------------------------------------
def test_verbatim_weekday():
    v = _komo(KOMO_S)
    assert v.verdict == "likely-yes" and fired_yes(v, "confirmation")


def test_verbatim_passive_choice():
    v = _turkey(TURKEY_S)
    assert v.verdict != "likely-yes" and not fired_yes(v, "confirmation")
    assert _turkey("Turkey were named as hosts of Euro 2016 by UEFA on Friday.").verdict == "likely-yes"


def test_verbatim_office_held():
    from resolver.engine.derive import derive_target
    from conftest import news_market
    t = derive_target(news_market("Will Kevin Pietersen still be England cricket captain on January 31, 2009?",
                                  "2009-01-31T23:59:59+00:00"))
    assert t.kind == "state" and t.act == "remain"
    v = _pietersen("England captain Kevin Pietersen has quit in the wake of his rift with coach Peter Moores, who has "
                   "been sacked.", head="England captain Pietersen resigns")
    assert v.verdict != "likely-yes" and fired_no(v, "state_ended")


def test_verbatim_modal_bar():
    v = _italy(ITALY_S)
    assert not fired_yes(v, "threshold_crossed") and v.verdict != "likely-yes"


def test_verbatim_gerund_object():
    v = _iceland(ICELAND_S)
    assert v.verdict == "likely-yes" and fired_yes(v, "confirmation")


RUSSIA_H = "The Russian Central Bank unexpectedly raises its key interest rate"


def test_verbatim_policy_move():
    for head, text in ((RUSSIA_H, ""), ("", RUSSIA_S), ("", RUSSIA_S.split(" for the first time")[0] + ".")):
        v = _russia(text, head=head)
        assert v.verdict == "likely-yes" and fired_yes(v, "confirmation"), head or text


def test_verbatim_bid_ended():
    for head, text in (("", FAIRFAX_S), (FAIRFAX_H, "")):
        v = _fairfax(text, head=head)
        assert v.verdict == "likely-no" and fired_no(v, "ruled_out"), head or text


def test_margin_question_reads_margin():
    from resolver.engine.margins import of_market
    assert of_market("Will X win the election by a margin of 10 percentage points or more?") == (10.0, False)
    assert _margin(MARGIN_S).verdict != "likely-yes"


# --- generated variants and near-misses ----------------------------------------------------------------------
def test_weekday_variants():
    assert not [s for r, h, s, y, n in GROUPS["weekday"] if _wrong(r, h, s, y, n)]


def test_passive_choice_variants():
    assert not [s for r, h, s, y, n in GROUPS["passive"] if _wrong(r, h, s, y, n)]


def test_office_variants():
    assert not [h or s for r, h, s, y, n in GROUPS["office"] if _office_wrong(r, h, s)]


def test_modal_bar_variants():
    assert not [s for r, h, s, y, n in GROUPS["modal"] if _wrong(r, h, s, y, n)]
    for s in TOLD:  # a turnout told still crosses the bar
        assert _italy(s).verdict == "likely-yes", s


def test_gerund_variants():
    assert not [s for r, h, s, y, n in GROUPS["gerund"] if _wrong(r, h, s, y, n)]


def test_policy_variants():
    assert not [s for r, h, s, y, n in GROUPS["policy"] if _wrong(r, h, s, y, n)]


def test_right_to_host_variants():
    assert not [s for r, h, s, y, n in GROUPS["right"] if _wrong(r, h, s, y, n)]


def test_bid_ended_variants():
    assert not [h or s for r, h, s, y, n in GROUPS["bid"] if _bid_wrong(r, h, s, y, n)]


_CHECKS = {"office": _office_wrong, "bid": _bid_wrong}


def wrong_fires() -> dict[str, str]:
    out = {}
    for key, items in GROUPS.items():
        check = _CHECKS.get(key, _wrong)
        out[key] = f"{sum(bool(check(*it)) for it in items)}/{len(items)}"
    return out


def test_hostile_input_bounded():
    from resolver import engine  # noqa: F401
    words = ("For the ballot to be valid more than 50 percent of the electorate must vote needs a turnout of "
             "France were named as hosts Turkey voted 33 to 28 to apply for membership raised its key interest rate "
             "won the right to host Sunday presidential run-off still be England cricket captain by a margin of "
             "Fairfax Financial's bid to buy BlackBerry has failed rival offer Deal Dies").split()
    assert_each_within([_komo, _turkey, _pietersen, _italy, _iceland, _russia, _fairfax, _selected(*CITIES[0])],
                       word_soup(words), 2.0)


if __name__ == "__main__":
    print(wrong_fires())
