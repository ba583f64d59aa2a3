"""Cases expected likely-yes that the engine left undetermined (fifteenth round, r15-yesclusters),
sampled across the development batches and sorted into classes of why an analyst says yes; the
biggest classes are read here in general:

- the question's bar written as the value it gives a figure's noun ('report a death toll of 400
  or more', 'put the … death toll at 75 or more', 'put the magnitude of the … earthquake at 7.8 or
  higher': engine/valued_figures.py), or after a comparative of size ('an annualised contraction
  larger than 1.8%': below -1.8), and a figure set against the first estimate ('against an
  initially estimated drop by 1.6 percent') read as a later release (engine/release_vintage.py);
- a holder who stays on until a successor step set after the deadline ('will continue … until the
  next government has been formed', the next chancellor due in early December;
  engine/successor_waits.py).

Sentences verbatim from the development corpus; each names its case. Must-not-fire wording beside
each reading."""

from datetime import datetime

from resolver.engine import Market, quantities, valued_figures
from resolver.engine.derive import derive_target
from resolver.engine.release_vintage import unnamed_for_later
from tests.conftest import fired, run_case


def _run(case: dict):
    return run_case(case["question"], case["deadline"], case["criteria"], case["items"], case["as_of"])


def _target(question: str):
    return derive_target(Market(id="m", question=question, deadline=datetime.fromisoformat("2030-12-31T23:59:59+00:00")))


# b80-grenfell-toll-75-by-jun30-2017-multi-yes
GRENFELL = dict(
    question='Will the Metropolitan Police put the Grenfell Tower fire death toll at 75 or more by June 30, 2017?',
    deadline='2017-06-30T23:59:59+01:00',
    criteria='This market will resolve to "Yes" if, on or before June 30, 2017, London\'s Metropolitan Police publicly state a death toll for the June 14, 2017 Grenfell Tower fire of 75 or more, counting people confirmed dead together with those the police say are missing and presumed dead. Otherwise, this market will resolve to "No".',
    as_of='2017-06-20T00:00:00+00:00',
    items=[
        ('http://athavaneng.com/?p=271525', '2017-06-17T09:00:00+00:00',
         'London Grenfell Tower Fire: Death toll reaches thirty – Police confirm',
         'At least thirty people have died in the Grenfell Tower fire so far, police have confirmed.\n\nMetropolitan Police commander Stuart Cundy confirmed the death toll as he spoke near the scene of the devastating blaze in west London.\n\n“I’m able to say at this point in time at least 30 people have died as a result of this fire,” he said.'),
        ('https://enaghana.com/2017/06/19/grenfell-tower-fire-police-raise-death-toll-to-79/', '2017-06-19T00:00:00+00:00',
         'Grenfell Tower fire: police raise death toll to 79',
         'The number of people dead or missing presumed dead after the Grenfell Tower firehas risen to 79, police have said.\n\nThat figure may change as the search and recovery operation takes place over the coming weeks, but it is not expected to rise significantly. Five of the dead have now been formally identified.\n\nCommander Stuart Cundy of the Metropolitan police said: “Over the last 48 hours a huge amount of effort has been undertaken by our investigators to understand as completely as we possibly can just how many people are missing who were in Grenfell Tower that night. If they are missing I do presume sadly that they are also dead.'),
    ],
)

# b80-lombok-quake-toll-400-by-aug15-2018-multi-yes
LOMBOK = dict(
    question="Will Indonesia's disaster agency report a death toll of 400 or more from the August 5, 2018 Lombok earthquake by August 15, 2018?",
    deadline='2018-08-15T23:59:59+08:00',
    criteria='This market will resolve to "Yes" if, on or before August 15, 2018, Indonesia\'s National Disaster Mitigation Agency (BNPB) reports a death toll of 400 or more from the earthquake that struck Lombok on August 5, 2018. Figures from other government agencies or local media that BNPB has not confirmed do not count. Otherwise, this market will resolve to "No".',
    as_of='2018-08-14T00:00:00+00:00',
    items=[
        ('https://trt.global/world/article/13110990', '2018-08-08T00:00:00+03:00',
         'Death toll from Lombok quake rises to more than 130',
         "Indonesia's disaster agency says the death toll from the earthquake that shook Lombok island Sunday evening has risen to 131.\n\nSpokesman Sutopo Purwo Nugroho said there are reports of other deaths but they still need to be verified. He said the death toll is still expected to increase."),
        ('https://en.trend.az/world/other/2938728.html', '2018-08-09T16:21:00+04:00',
         'Lombok earthquake: Death toll rises to 259 amid rescue efforts',
         'The death toll from a magnitude 6.9 earthquake on the Indonesian island of Lombok on Sunday has risen to 259 and may go higher still, officials say, BBC reported.\n\nThe region has been hit by more than 350 aftershocks, the worst of which struck on Thursday.\n\nThe latest tremor had a magnitude of 5.9 or 6.2, according to monitors. It brought down some buildings.\n\nRescue workers are still digging through rubble and trying to get aid to survivors of the earlier, larger quake.\n\nOfficials said of the latest death toll: "This number will continue increasing as rescue teams continue to find victims under collapsed buildings."\n\nIndonesia\'s chief security minister had earlier said 319 people had died, while local media have reported figures as high as 347.\n\nBut national disaster agency spokesman Sutopo Purwo Nugroho told the BBC that only 259 deaths had been verified.'),
        ('https://www.straitstimes.com/asia/se-asia/lombok-death-toll-rises-to-436-as-economic-losses-damage-hits-472m', '2018-08-13T00:00:00+08:00',
         'Lombok quake death toll rises to 436 as economic losses, damage hit $470m',
         'JAKARTA (AFP) - The death toll from an earthquake on the Indonesian island of Lombok rose to 436 on Monday (Aug 13), the authorities said, as bodies were still being recovered from the ruins of destroyed buildings.\n\nThe shallow 6.9-magnitude quake on Aug 5 - which was revised down by the US Geological Survey from an original 7-magnitude - levelled tens of thousands of homes, mosques and businesses across Lombok, just a week after another tremor struck the island and killed 17.\n\n"Search and rescue teams are still removing victims who were buried beneath collapsed buildings and landslides," said national disaster agency spokesman Sutopo Purwo Nugroho.'),
    ],
)

# b69-japan-q3-2014-gdp-revised-1p8-yes
JAPAN = dict(
    question="Will Japan's revised Q3 2014 GDP estimate show an annualised contraction larger than 1.8%?",
    deadline='2014-12-10T23:59:59+09:00',
    criteria='This market will resolve to "Yes" if the Cabinet Office\'s revised (second) estimate of Japan\'s July-September 2014 GDP, released on or before December 10, 2014, shows an annualised real contraction greater than 1.8%. Otherwise, this market will resolve to "No".',
    as_of='2014-12-08T12:00:00+00:00',
    items=[
        ('http://in.reuters.com/article/japan-economy-gdp-idINT9N0SV00D20141116', '2014-11-16T00:00:00+00:00',
         'Japan Q3 GDP unexpectedly shrinks, Abe seen delaying tax hike',
         "TOKYO Nov 17 Japan's economy unexpectedly\nshrank an annualised 1.6 percent in July-September after a\nsevere contraction in the previous quarter, likely solidifying\nthe view that premier Shinzo Abe will delay a second sales tax\nhike next year."),
        ('https://www.dw.com/en/japans-economy-contracts-more-than-expected/a-18115384', '2014-12-08T00:00:00+01:00',
         "Japan's economy contracts more than expected",
         'Japan\'s economy contracted by 0.5 percent in the July to September period, revised data from the Cabinet Office revealed Monday.\n\nThe drop came after a 1.7 percent decline in gross domestic product in the previous quarter, meeting a common definition of recession as two consecutive quarters of what pundits love to call "negative growth."\n\nThe third-quarter reading was much worse than the median forecast of a 0.1 percent shrinkage in a survey by the Nikkei economic daily.\n\nTaxed to the limit?\n\nOn an annualized rate, Japan\'s economy contracted by 1.9 percent in the period under review, against an initially estimated drop by 1.6 percent.'),
    ],
)

# b60-merkel-remains-chancellor-oct2021-yes
MERKEL_2021 = dict(
    question='Will Angela Merkel remain Chancellor of Germany through October 31, 2021?',
    deadline='2021-10-31T23:59:59+01:00',
    criteria='This market will resolve to "Yes" if Angela Merkel continues to hold the office of Federal Chancellor of Germany, including in an acting or caretaker capacity, through October 31, 2021. If a successor is sworn in as Chancellor before then, this market will resolve to "No".',
    as_of='2021-10-31T00:00:00+00:00',
    items=[
        ('https://sputniknews.com/20211026/german-president-hands-merkel-notice-about-end-of-her-term-1090226383.html', '2021-10-26T00:00:00+02:00',
         'German President Hands Merkel Notice About End of Her Term',
         'Steinmeier also handed similar notices to other members of Merkel’s government during a ceremony that takes place in the Bellevue Palace, the official residence of the president.Earlier in the day, Steinmeier asked Merkel to continue her activities as chancellor until a successor is appointed, the presidential office said. The chancellor attended the first session of a new Bundestag elected on 26 September.So far, talks are continuing between the Social Democrats (SPD), the Greens, and the Free Democrats (FDP) on how to build a new government coalition. Hence, a new chancellor and a successor to Merkel, who remained in office for 16 years, is yet to be determined.'),
        ('https://www.journal-news.com/nation-world/germanys-merkel-ready-to-have-more-time-to-read-travel/FC6RKSFXG5EWXKR6GRHB4BBMQ4/', '2021-10-30T00:00:00-04:00',
         'germanys merkel ready to have more time to read travel',
         'Germany held its national election last month. The Social Democrats, the Greens and the Free Democrats are currently in talks about forming a coalition government. The three parties said earlier this month they aim to have the country’s next chancellor in place in early December.\n\nOutgoing Vice Chancellor Olaf Scholz, whose center-left Social Democrats narrowly won the election, appears to have the best chance of succeeding Merkel.\n\nUntil the next government has been formed, Merkel will continue to lead Germany in a caretaker position, and on Saturday was attending the Group of 20 summit in Rome.'),
    ],
)

# b57-merkel-chancellor-through-2018-yes
MERKEL_2018 = dict(
    question='Will Angela Merkel remain Chancellor of Germany through December 31, 2018?',
    deadline='2018-12-31T23:59:59+01:00',
    criteria='This market will resolve to "Yes" if Angela Merkel continuously holds the office of Chancellor of Germany from market creation through December 31, 2018. Giving up the leadership of the CDU party does not by itself count as leaving office. Otherwise, this market will resolve to "No".',
    as_of='2018-10-30T12:00:00+00:00',
    items=[
        ('https://www.buzzfeednews.com/article/albertonardelli/angela-merkel-cdu-chair', '2018-10-29T00:00:00+01:00',
         'Angela Merkel CDU chair',
         'German chancellor Angela Merkel will not seek reelection as chair of the Christian Democratic Union (CDU) party she lead.\n\n\n\nHowever, Merkel, who has led Germany since 2005, intends to continue as chancellor until her term ends in 2021, she told reporters at a press conference on Monday.'),
        ('https://www.rferl.org/a/germany-s-merkel-to-step-down-as-chancellor-at-end-of-current-term/29570334.html', '2018-10-29T00:00:00+01:00',
         "Germany's Merkel to step down as chancellor at end of current term",
         "Angela Merkel has told her Christian Democratic Union (CDU) that she will step down as Germany's chancellor at the end of her current term in 2021 and will not seek reelection as a CDU lawmaker.\n\nSpeaking to journalists after a closed-door meeting of the CDU leadership in Berlin on October 29, Merkel also said she plans to give up leadership of her party in December, when the CDU is scheduled to elect a new party head."),
    ],
)

# b58-olmert-pm-through-oct2008-und
OLMERT = dict(
    question='Will Ehud Olmert remain Prime Minister of Israel through October 31, 2008?',
    deadline='2008-10-31T23:59:59+02:00',
    criteria='This market will resolve to "Yes" if Ehud Olmert holds the office of Prime Minister of Israel (including as head of a transitional government after tendering his resignation) continuously through October 31, 2008. If another person takes office as Prime Minister before that date, this market will resolve to "No".',
    as_of='2008-07-31T18:00:00+00:00',
    items=[
        ('http://www.thenewsreel.info/2008/07/jpost-pm-announces-he-will-resign-after.html', '2008-07-30T00:00:00+03:00',
         'JPOST: PM announces he will resign after Kadima elects new leader',
         'REPORT: Prime Minister Ehud Olmert held a special press conference on Wednesday at 8 p.m. where he announced he will not run in the Kadima primary scheduled to take place in September.\n\nOlmert said he would resign from office upon selection of a successor, and would allow his successor to attempt to form a coalition.'),
        ('http://debatepolicy.com/archive/index.php/t-16366.html?s=9ac900aad46261131bff6c85e7ef8e9d', '2008-07-31T10:55:00-04:00',
         "Olmert: I'll resign after Kadima primary",
         "Prime Minister Ehud Olmert intends to hand his resignation letter to President Shimon Peres the day after the September 17 Kadima primary and ask him to entrust the new party leader with forming a new government, Olmert's associates said Wednesday night.\nThey spoke soon after the prime minister had made a somber speech at his official residence in Jerusalem in which he announced that he would not seek to retain the leadership.\nBy law, Olmert will remain prime minister until a new government is formed. If the new Kadima leader forms a government soon after the primary, Olmert will then leave office. But if no new government is established, Olmert, despite having formally tendered his resignation, could remain prime minister until after a general election that would likely be held in spring 2009."),
    ],
)

# --- the bar as the value of a figure's noun ---------------------------------------------------------


def test_death_toll_of_n_or_more_is_a_threshold_on_the_toll():
    t = _target(LOMBOK["question"])
    assert (t.kind, t.threshold, t.threshold_direction, t.threshold_inclusive) == ("threshold", 400.0, "above", True)
    v = _run(LOMBOK)
    assert v.verdict == "likely-yes"
    assert any("436" in c.reason for c in fired(v, "threshold_crossed"))


def test_death_toll_put_at_n_or_more_is_a_threshold_on_the_toll():
    t = _target(GRENFELL["question"])
    assert (t.kind, t.threshold) == ("threshold", 75.0)
    v = _run(GRENFELL)
    assert v.verdict == "likely-yes"
    assert any("79" in c.reason for c in fired(v, "threshold_crossed"))


def test_magnitude_put_at_a_level_is_read_on_its_scale():
    # b80-kaikoura-quake-geonet-7-8-nov2016-yes (the question; its page is GeoNet's own first person, left)
    t = _target("Will GeoNet put the magnitude of the November 14, 2016 Kaikoura earthquake at 7.8 or higher by "
                "November 30, 2016?")
    assert (t.kind, t.threshold, t.threshold_unit) == ("threshold", 7.8, "magnitude")


def test_a_number_not_given_to_a_figure_noun_is_no_threshold():
    # must not fire: the number is another noun's ('a ceasefire of 30 days'), or the toll is not what it values
    q = "Will X report a death toll, with 10 or more people injured, by May 1?"
    assert valued_figures.figure_noun(q, q.index("10")) is None
    q = "Will the parties agree to a ceasefire of 30 or more days by May 1?"
    assert valued_figures.figure_noun(q, q.index("30")) is None
    q = "Will the toll road open to 5 or more lanes by May 1?"
    assert valued_figures.figure_noun(q, q.index("5")) is None
    assert _target("Will the Metropolitan Police put the death toll on its website by June 30, 2017?").kind != "threshold"


# --- a comparative of size after a fall's noun ---------------------------------------------------------


def test_contraction_larger_than_a_bar_is_a_fall_below_it():
    t = _target(JAPAN["question"])
    assert (t.kind, t.threshold, t.threshold_direction) == ("threshold", -1.8, "below")
    req = quantities.required("Will GDP show growth larger than 2%?")
    assert (req.value, req.direction) == (2.0, "above")  # must not fire: growth larger than 2% is above it


def test_figure_set_against_the_initial_estimate_is_the_revised_one():
    v = _run(JAPAN)
    assert v.verdict == "likely-yes"
    assert any("1.9 percent" in c.reason for c in fired(v, "threshold_crossed"))
    q = JAPAN["question"]
    assert unnamed_for_later(q, "Japan's economy contracted by 1.9 percent, against an initially estimated drop by "
                                "1.6 percent.") is None
    # must not fire: a figure named with no release, or compared with a forecast, may be the first one
    assert unnamed_for_later(q, "Japan's economy shrank an annualised 1.6 percent in July-September.")
    assert unnamed_for_later(q, "Japan's economy contracted by 1.9 percent, against a forecast drop of 1.6 percent.")


# --- a holder who stays until a successor step set after the deadline --------------------------------


def test_caretaker_until_the_next_government_dated_after_the_deadline():
    v = _run(MERKEL_2021)
    assert v.verdict == "likely-yes"
    found = fired(v, "state_continues")
    assert found and "early December" in found[0].reason


def test_continue_until_the_term_ends_in_a_later_year():
    v = _run(MERKEL_2018)
    assert v.verdict == "likely-yes"
    assert any("in 2021" in c.reason for c in fired(v, "state_continues"))


def _holder(text: str, published: str = "2021-10-30T00:00:00-04:00"):
    return run_case(MERKEL_2021["question"], MERKEL_2021["deadline"], MERKEL_2021["criteria"],
                    [("https://example.org/a", published, "Merkel", text)], "2021-10-31T00:00:00+00:00")


def test_successor_step_not_after_the_deadline_does_not_carry_the_state():
    # must not fire: a step with an upper bound ('by'), one dated by the deadline, an undated one,
    # a negated or conditional stay, the holder's own departure
    for text in (
        "Merkel will continue as chancellor until a new government is formed. The parties aim to have the next "
        "chancellor in place by early December.",
        "Merkel will continue as chancellor until a new government is formed. The parties aim to have the next "
        "chancellor in place in mid-October.",
        "Merkel will continue as chancellor until a new government is formed.",
        "Merkel will not continue as chancellor until a new government is formed. The parties aim to have the next "
        "chancellor in place in early December.",
        "If talks fail, Merkel will continue as chancellor until new elections in 2022.",
        "Merkel will step down as chancellor in December.",
    ):
        assert not fired(_holder(text), "state_continues"), text


def test_step_dated_only_under_a_condition_does_not_carry_the_state():
    # must not fire: 'But if no new government is established, … until after a general election that
    # would likely be held in spring 2009' dates one outcome of several
    v = _run(OLMERT)
    assert not fired(v, "state_continues")
    assert v.verdict == "undetermined"
    text = ("Olmert will remain prime minister until a new government is formed. Olmert could remain prime "
            "minister until after a general election in 2009.")
    assert not fired(run_case(OLMERT["question"], OLMERT["deadline"], OLMERT["criteria"],
                              [("https://example.org/b", "2008-07-31T10:55:00-04:00", "Olmert", text)],
                              OLMERT["as_of"]), "state_continues")
