"""Readings of the twenty-sixth round's branch e146 (batch-146 misses):

- excluded_amounts (evaluate.py, after the per-article rules): a figure the evidence names as of a kind the criteria
  exclude ('With the buyer's premium and taxes, the final sales figure is $450,312,500' for a hammer price excluding
  the premium) makes the same amount told rounded, in any article ('$450M sale', 'going for $450.3 million', 'sells
  for $450 million'), that kind too: those crossings are voided. On main the rounded figures read as the hammer price
  beyond $400 million: likely-yes, a wrong direction. Guards: the same unit mark, the excluded figure told strictly
  more precisely, within half the rounded figure's last unit.
- failed_confidence (rejected_measures.rejected, so opposite_outcome): for a market on a candidate's government
  winning a vote of confidence, the vote lost ('did not receive a vote of confidence', 'lost the confidence vote'),
  the cabinet voted down ('Members of parliament defeated the vote for designated prime minister X's proposed
  cabinet by 134 votes to 72') or a no-confidence vote carried against it ('passed a vote of no confidence in the
  government of X') is the contest lost: likely-no. On main: undetermined (a note of not_yet).
- rejecting_sides (acknowledged_outcome, rule confirmation): for a market on the No side of one dated referendum,
  the measure defeated ('The referendums on family and care were comprehensively defeated'), rejected by the voters or
  a majority share of them ('Some 67 per cent of those who cast ballots … rejected the Government's proposed
  changes'), or the place voting no in a headline ('Ireland votes No on family and care referendums') is the side's
  win: likely-yes. On main: undetermined (the headline's 'No' read as a negation).

The verbatim sentences come from the development cases named below; generated variants swap names, places, amounts,
verbs and frames, and near-misses (hedges, negation, another actor, a minority share, another ballot, equal precision)
must not fire. `wrong_fires()` counts the variants read the wrong way; it runs on any engine (the report gives the
count on main and after)."""

from __future__ import annotations

from conftest import case_runner, fired, fired_no, fired_yes, realnews_case, run_case
from cpu_budget import assert_each_within, word_soup

# ---------------------------------------------------------------- excluded_amounts

SALE = "b146-salvator-mundi-hammer-above-400m-no"
_sale = realnews_case(SALE)


def _sale_run(items, market: dict | None = None):
    m = market or _sale["market"]
    return run_case(m["question"], m["deadline"], m["criteria"], items, _sale["as_of"])


def _crossed(v) -> bool:
    """A crossing still counted toward yes (a voided one stays in the trace, not counted)."""
    return any(c.counted and c.direction == "yes" for c in fired(v, "threshold_crossed"))


def _sale_verbatim():
    return _sale_run([(e["url"], e["published"], e["title"], e["text"]) for e in _sale["evidence"]])


def _hammer_market(work: str, house: str, bar: str):
    return {"question": f"Will {work} sell at {house} for a hammer price above {bar}?",
            "deadline": "2017-11-30T23:59:59-05:00",
            "criteria": f"This market will resolve to \"Yes\" if {work} is sold at {house} in November 2017 for a hammer "
                        f"price strictly greater than {bar}. Prices including buyer's premium do not count. Otherwise, \"No\"."}


# (work, house, bar, the premium-inclusive figure, its roundings as a headline and a body tell them)
SALES = [
    ("Leonardo da Vinci's Salvator Mundi", "Christie's", "$400 million", "$450,312,500", "$450M", "$450.3 million"),
    ("Picasso's Les Femmes d'Alger", "Christie's", "$160 million", "$179,365,000", "$179M", "$179.4 million"),
    ("Modigliani's Nu couché", "Christie's", "$150 million", "$170,405,000", "$170M", "$170.4 million"),
    ("Monet's Meules", "Sotheby's", "$100 million", "$110,747,000", "$111M", "$110.7 million"),
    ("Basquiat's Untitled", "Sotheby's", "$100 million", "$110,487,500", "$110M", "$110.5 million"),
]
PREMIUM_FRAMES = [
    "With the buyer's premium and taxes, the final sales figure is {full}, a record for the artist.",
    "Including the buyer's premium, the total came to {full}.",
    "The price of {full} includes the buyer's premium.",
]
ROUNDED_FRAMES = [
    ("{work} sells for {head} at {house}", "The painting went for {body} at {house} in New York on Wednesday."),
    ("{work} fetches {head} at auction", "{work} sold for {body} at {house} on Wednesday night."),
    ("Record {head} sale for {work}", "The work went under the hammer for {body} at {house}."),
]


def _sale_items(work, house, full, head, body, premium_frame, rounded_frame):
    title, text = rounded_frame
    return [("http://a.example/1", "2017-11-15T00:00:00-05:00", title.format(work=work, head=head, house=house),
             text.format(work=work, body=body, house=house)),
            ("http://b.example/2", "2017-11-15T00:00:00-05:00", f"{work} sold at {house}",
             premium_frame.format(full=full))]


def _sale_cases():
    out = []
    for work, house, bar, full, head, body in SALES:
        market = _hammer_market(work, house, bar)
        for pf in PREMIUM_FRAMES:
            for rf in ROUNDED_FRAMES:
                out.append((market, _sale_items(work, house, full, head, body, pf, rf)))
    return out


SALE_CASES = _sale_cases()


def _sale_near_misses():
    """A hammer price told on its own beyond the bar, with another figure named with the premium: still read."""
    out = []
    for work, house, bar, full, head, body in SALES:
        market = _hammer_market(work, house, bar)
        hammer = f"${float(bar.split()[0].strip('$')) * 1.05:.1f} million"  # beyond the bar, short of the total
        out.append((market, [("http://a.example/1", "2017-11-15T00:00:00-05:00", f"{work} sells for {hammer} at {house}",
                              f"{work} sold for {hammer} at {house} on Wednesday night."),
                             ("http://b.example/2", "2017-11-15T00:00:00-05:00", f"{work} sold at {house}",
                              f"Including the buyer's premium, the total came to {full}.")]))
    return out


SALE_NEAR = _sale_near_misses()


def test_excluded_amounts_unit():
    from resolver.engine.excluded_amounts import _amount
    assert _amount("reported figure '$450M' (Vinci's) meets > 400") == (450e6, 1e6, "$")
    assert _amount("'$450,312,500,' is not a figure the market reads")[0] == 450312500
    assert _amount("weakened by hedge 'Apparently' (×0.3): reported figure '$450.3 million' meets")[:2] == (450.3e6, 1e5)
    assert _amount("reported figure '10.7%' meets")[2] == "%"
    assert _amount("no figure here") is None


def test_verbatim_sale_no_longer_confirmed():
    v = _sale_verbatim()
    assert v.verdict != "likely-yes"
    assert not _crossed(v)


def test_sale_variants():
    for market, items in SALE_CASES:
        v = _sale_run(items, market)
        assert v.verdict != "likely-yes", items[0][2]
        assert not _crossed(v), items[0][2]


def test_sale_near_misses_still_read():
    for market, items in SALE_NEAR:
        v = _sale_run(items, market)
        assert not any("[voided: the same amount" in c.reason for c in v.contributions), items[0][3]
        assert v.verdict != "likely-no", items[0][3]


def test_equal_precision_not_voided():
    from resolver.engine.excluded_amounts import void
    from resolver.engine.types import Contribution
    note = Contribution(rule="threshold_crossed", direction="none", weight=0.0,
                        reason="'$155 million' is not a figure the market reads: it is named with 'estimated': "
                               "a kind of figure the criteria exclude (estimates)")
    crossing = Contribution(rule="threshold_crossed", direction="yes", weight=2.0,
                            reason="reported figure '$155 million' meets > 150,000,000 USD")
    other_unit = Contribution(rule="threshold_crossed", direction="yes", weight=2.0, reason="reported figure '155' meets > 150")
    out = void([note, crossing, other_unit])
    assert all(c.counted for c in out)


# ---------------------------------------------------------------- failed_confidence

JEMLI = "b146-tunisia-jemli-govt-confidence-by-jan31-2020-no"
MORAWIECKI = "b146-morawiecki-govt-wins-confidence-by-dec15-2023-multi-no"
JEMLI_S = "Members of parliament defeated the vote for designated prime minister Habib Jemli's proposed cabinet by 134 votes to 72."
MORAWIECKI_S = ("The government of the \"Law and Justice\" party of the current Prime Minister of Poland Mateusz Morawiecki "
                "did not receive a vote of confidence in the lower house of the Polish parliament.")
MORAWIECKI_H = "The Polish Sejm expressed a vote of no confidence in Morawiecki's government"


def _confidence_market(name: str, country: str, house: str):
    return {"question": f"Will {name}'s proposed government win a confidence vote in {country}'s {house} by January 31, 2020?",
            "deadline": "2020-01-31T23:59:59+01:00",
            "criteria": f"This market will resolve to \"Yes\" if {country}'s {house} approves a confidence vote in the "
                        f"cabinet proposed by {name} between January 1, 2020 and January 31, 2020. Otherwise, \"No\"."}


def _confidence_run(name, country, house):
    return case_runner(JEMLI, "http://c.example/x", "2020-01-11T00:00:00+01:00",
                       market=_confidence_market(name, country, house))


LEADERS = [("Habib Jemli", "Jemli", "Tunisia", "parliament"), ("Elyes Fakhfakh", "Fakhfakh", "Tunisia", "parliament"),
           ("Mateusz Morawiecki", "Morawiecki", "Poland", "Sejm"), ("Pedro Sánchez", "Sánchez", "Spain", "Congress"),
           ("Janez Janša", "Janša", "Slovenia", "National Assembly"), ("Giuseppe Conte", "Conte", "Italy", "Senate")]
LOST_FRAMES = [
    "Members of parliament defeated the vote for designated prime minister {name}'s proposed cabinet by 134 votes to 72.",
    "Lawmakers on Friday rejected {name}'s proposed government in a confidence vote.",
    "{short}'s government lost a confidence vote in parliament on Friday.",
    "{name}'s cabinet failed to win a vote of confidence on Friday.",
    "The government of Prime Minister {name} did not receive a vote of confidence in the {house}.",
    "The {house} on Friday passed a vote of no confidence in the government of {name}.",
    "Deputies voted down the cabinet proposed by {name} in a confidence vote on Friday.",
    "The {house} expressed a vote of no confidence in {short}'s government on Friday.",
]
NEAR_CONFIDENCE = [
    "Lawmakers could reject {name}'s proposed government in a confidence vote on Friday.",
    "{short}'s government is expected to lose the confidence vote on Friday.",
    "Lawmakers did not reject {name}'s proposed cabinet in Friday's confidence vote.",
    "If parliament rejects {name}'s cabinet in the confidence vote, the president will pick someone else.",
    "Anwar Ibrahim's government lost a confidence vote in parliament on Friday.",
    "The president rejected {name}'s proposed cabinet list on Friday.",
    "The {house} passed a vote of no confidence in the speaker on Friday.",
    "{name}'s government won a confidence vote on Friday by 134 votes to 72.",
]


def _confidence_cases():
    return [(_confidence_run(name, country, house), fr.format(name=name, short=short, house=house))
            for name, short, country, house in LEADERS for fr in LOST_FRAMES]


def _confidence_near():
    return [(_confidence_run(name, country, house), fr.format(name=name, short=short, house=house))
            for name, short, country, house in LEADERS for fr in NEAR_CONFIDENCE]


CONFIDENCE_CASES = _confidence_cases()
CONFIDENCE_NEAR = _confidence_near()


def test_verbatim_confidence_votes_lost():
    v = case_runner(JEMLI, "https://www.trtworld.com/article/12735355", "2020-01-11T00:00:00+03:00")(JEMLI_S)
    assert v.verdict == "likely-no" and fired_no(v, "opposite_outcome")
    run = case_runner(MORAWIECKI, "https://babel.ua/en/news/101643", "2023-12-11T00:00:00+02:00")
    assert fired_no(run(MORAWIECKI_S), "opposite_outcome")
    assert run(MORAWIECKI_S, head=MORAWIECKI_H).verdict == "likely-no"


def test_confidence_variants():
    for run, s in CONFIDENCE_CASES:
        v = run(s)
        assert v.verdict == "likely-no", s
        assert fired_no(v, "opposite_outcome"), s


def test_confidence_near_misses():
    for run, s in CONFIDENCE_NEAR:
        assert not fired_no(run(s), "opposite_outcome"), s


# ---------------------------------------------------------------- rejecting_sides

IRELAND = "b146-ireland-family-referendum-no-wins-mar2024-multi-yes"
IRELAND_H = "As it happened: Ireland votes No on family and care referendums"
IRELAND_S1 = "The referendums on family and care were comprehensively defeated."
IRELAND_S2 = ("Some 67 per cent of those who cast ballots on the 39th amendment to the Constitution – the family amendment – "
              "rejected the Government's proposed changes to Article 41.1.1 and Article 41.3.1 of the Constitution.")


def _ballot_market(side: str, country: str, topic: str):
    return {"question": f"Will the {side} side win {country}'s March 2024 referendum on the {topic} amendment?",
            "deadline": "2024-03-15T23:59:59+00:00",
            "criteria": f"This market will resolve to \"Yes\" if the {topic} amendment put to referendum in {country} "
                        f"on March 8, 2024 is {'rejected' if side == 'No' else 'approved'}, according to the declared "
                        "result. Otherwise, \"No\"."}


def _ballot_run(side, country, topic):
    return case_runner(IRELAND, "http://r.example/x", "2024-03-09T00:00:00+00:00", market=_ballot_market(side, country, topic))


PLACES = [("Ireland", "Irish", "family"), ("Italy", "Italian", "justice"), ("Switzerland", "Swiss", "pension"),
          ("Australia", "Australian", "Voice"), ("Chile", "Chilean", "constitution"), ("Romania", "Romanian", "family")]
DEFEAT_FRAMES = [
    ("{country} votes No on {topic} referendum", "Counting ended on Saturday."),
    ("", "The referendum on the {topic} amendment was comprehensively defeated."),
    ("", "Some 67 per cent of those who cast ballots on the {topic} amendment rejected the proposed changes in Friday's "
         "referendum."),
    ("", "Voters rejected the proposed {topic} amendment by a wide margin in Friday's referendum."),
    ("", "The {topic} amendment was defeated by voters in Friday's referendum."),
    ("", "{demonym} voters overwhelmingly rejected the proposed {topic} changes in the referendum on Friday."),
    ("{country} rejects {topic} amendment", "{country} voted No on the {topic} amendment on Friday."),
]
NEAR_BALLOT = [
    ("", "Early indications show that the {topic} referendum could be defeated."),
    ("", "Polls suggest voters will reject the proposed {topic} amendment."),
    ("", "Some 40 per cent of those who cast ballots on the {topic} amendment rejected the proposed changes in Friday's "
         "referendum."),
    ("", "The Government urged voters not to vote No on the {topic} amendment."),
    ("", "The {topic} amendment was not defeated, officials said."),
    ("", "Parliament rejected the proposed {topic} changes before the referendum."),
    ("", "The referendum on care was defeated, while the two referendums were counted in {country}."),
    ("{country} votes No on {topic} referendum, exit poll suggests", "Counting starts on Saturday."),
]


def _ballot_cases(frames, side="No"):
    out = []
    for country, demonym, topic in PLACES:
        run = _ballot_run(side, country, topic)
        for head, body in frames:
            out.append((run, head.format(country=country, topic=topic, demonym=demonym),
                        body.format(country=country, topic=topic, demonym=demonym)))
    return out


BALLOT_CASES = _ballot_cases(DEFEAT_FRAMES)
BALLOT_NEAR = _ballot_cases(NEAR_BALLOT)
BALLOT_YES_SIDE = _ballot_cases(DEFEAT_FRAMES, side="Yes")


def test_verbatim_no_side_won():
    run = case_runner(IRELAND, "https://irishtimes.example/x", "2024-03-09T00:00:00+00:00")
    assert run(IRELAND_S1).verdict == "likely-yes"
    assert fired_yes(run(IRELAND_S2), "confirmation")
    v = run(f"{IRELAND_S1} {IRELAND_S2}", head=IRELAND_H)
    assert v.verdict == "likely-yes" and not fired_no(v)


def test_ballot_variants():
    for run, head, body in BALLOT_CASES:
        v = run(body, head=head)
        assert v.verdict == "likely-yes", (head, body)


def test_ballot_near_misses():
    for run, head, body in BALLOT_NEAR:
        assert not fired_yes(run(body, head=head), "confirmation"), (head, body)


def test_yes_side_never_confirmed_by_a_defeat():
    for run, head, body in BALLOT_YES_SIDE:
        assert run(body, head=head).verdict != "likely-yes", (head, body)


# ---------------------------------------------------------------- price growth and a source's short name

POLAND = "b146-poland-cpi-feb2023-18p5-no"
POLAND_S = ("Prices of consumer goods and services (Consumer Price Index, CPI) increased by 18.4 percent year on year and by "
            "1.2 percent month on month in February 2023, the Central Statistical Office (GUS) reported on Wednesday.")
POLAND_H = "Poland's CPI hits 18.4 pct y/y in February - stats office"


def _cpi_market(country: str, office: str, alias: str, bar: str, kind: str = "consumer"):
    return {"question": f"Will {country}'s {office} ({alias}) report {kind} price growth of {bar}% or more year on year "
                        "for February 2023?",
            "deadline": "2023-03-31T23:59:59+01:00",
            "criteria": f"This market will resolve to \"Yes\" if the year-on-year change in {country}'s {kind.title()} Price "
                        f"Index for February 2023, as reported by the {office} ({alias}), is {bar}% or higher. Forecasts do "
                        "not count. Otherwise, \"No\"."}


def _cpi_run(country, office, alias, bar, kind="consumer"):
    return case_runner(POLAND, "http://s.example/x", "2023-03-15T00:00:00+01:00",
                       market=_cpi_market(country, office, alias, bar, kind))


OFFICES = [("Poland", "Central Statistical Office", "GUS"), ("Hungary", "Central Statistical Office", "KSH"),
           ("Turkey", "Turkish Statistical Institute", "TurkStat"), ("Netherlands", "Statistics Netherlands", "CBS"),
           ("Italy", "National Institute of Statistics", "ISTAT"), ("Germany", "Federal Statistical Office", "Destatis")]
# (sentence frame, the figure told; the bar is set either side of it)
CPI_FRAMES = [
    "Consumer prices in {country} increased by {v} percent year on year in February 2023, {alias} reported on Wednesday.",
    "{country}'s consumer prices rose {v} percent year on year in February 2023, {alias} said.",
    "{country}'s CPI rose {v} percent year on year in February 2023, the {office} ({alias}) said.",
    "Annual consumer price growth in {country} was {v} percent in February 2023, {alias} said on Wednesday.",
]


def _cpi_cases():
    out = []
    for country, office, alias in OFFICES:
        for fr in CPI_FRAMES:
            s = fr.format(country=country, office=office, alias=alias, v="18.4")
            out.append((_cpi_run(country, office, alias, "18.5"), s, "likely-no"))
            out.append((_cpi_run(country, office, alias, "18.0"), s, "likely-yes"))
    return out


CPI_CASES = _cpi_cases()
# near-misses: the economy's growth for a price market, another party's figure, a forecast, producer prices
CPI_NEAR = [
    "{country}'s economy grew 19.2 percent year on year in February 2023, {alias} said.",
    "Economists polled by Reuters expected consumer prices in {country} to rise 19.2 percent in February 2023.",
    "Analysts at ING said consumer prices in {country} rose 19.2 percent year on year in February 2023.",
    "{country}'s producer prices rose 19.2 percent year on year in February 2023, {alias} said.",
]


def test_price_growth_names():
    from resolver.engine.indicators import indicator_names
    names = indicator_names("Will Poland's Central Statistical Office (GUS) report consumer price growth of 18.5% or more?")
    assert "inflation" in names and "gdp" not in names
    assert "gdp" in indicator_names("Will GDP growth exceed 2% in 2023?")
    assert "ppi" in indicator_names("Will producer price growth exceed 5% in March 2023?")


def test_verbatim_cpi_below_bar():
    run = case_runner(POLAND, "https://warsawpoint.com/news/48616", "2023-03-15T00:00:00+01:00")
    assert run(POLAND_S).verdict == "likely-no"
    assert run(POLAND_S, head=POLAND_H).verdict == "likely-no"


def test_cpi_variants():
    for run, s, want in CPI_CASES:
        assert run(s).verdict == want, s


def test_cpi_near_misses():
    for country, office, alias in OFFICES:
        run = _cpi_run(country, office, alias, "19.0")
        for fr in CPI_NEAR:
            s = fr.format(country=country, office=office, alias=alias)
            assert run(s).verdict != "likely-yes", s


# ---------------------------------------------------------------- counts and hostile input

def wrong_fires() -> dict[str, int]:
    return {
        "sale_rounded_read_yes": sum(_sale_run(items, m).verdict == "likely-yes" for m, items in SALE_CASES),
        "sale_of": len(SALE_CASES),
        "sale_near_voided": sum(any("[voided: the same amount" in c.reason for c in _sale_run(items, m).contributions)
                                for m, items in SALE_NEAR),
        "confidence_lost_not_no": sum(r(s).verdict != "likely-no" for r, s in CONFIDENCE_CASES),
        "confidence_of": len(CONFIDENCE_CASES),
        "confidence_near_read_no": sum(fired_no(r(s), "opposite_outcome") for r, s in CONFIDENCE_NEAR),
        "ballot_defeat_not_yes": sum(r(b, head=h).verdict != "likely-yes" for r, h, b in BALLOT_CASES),
        "ballot_of": len(BALLOT_CASES),
        "ballot_near_confirmed": sum(fired_yes(r(b, head=h), "confirmation") for r, h, b in BALLOT_NEAR),
        "yes_side_read_yes": sum(r(b, head=h).verdict == "likely-yes" for r, h, b in BALLOT_YES_SIDE),
        "cpi_wrong": sum(r(s).verdict != want for r, s, want in CPI_CASES),
        "cpi_of": len(CPI_CASES),
        "cpi_near_read_yes": sum(_cpi_run(c, o, a, "19.0")(fr.format(country=c, office=o, alias=a)).verdict == "likely-yes"
                                 for c, o, a in OFFICES for fr in CPI_NEAR),
    }


def test_hostile_input_bounded():
    from resolver.engine import excluded_amounts, failed_confidence, rejecting_sides  # noqa: F401  (the readings under test)
    words = ("Members of parliament defeated the vote for designated prime minister Habib Jemli's proposed cabinet "
             "government did not receive a vote of confidence no passed in the of Ireland votes No referendums were "
             "comprehensively defeated Some 67 per cent of those who cast ballots rejected changes amendment $450M "
             "$450,312,500 premium").split()
    runs = [case_runner(JEMLI, "http://c.example/x", "2020-01-11T00:00:00+01:00"),
            case_runner(IRELAND, "http://r.example/x", "2024-03-09T00:00:00+00:00")]
    assert_each_within(runs, word_soup(words), 2.0)


if __name__ == "__main__":
    print(wrong_fires())
