"""Another instance of the market's act (r17-instance): a probe of how far the earlier, narrow fixes of
confirmations by 'act reported as done' generalise. Over 36 fresh development batches the confirmation
rule was wrong 14 % of the time, very often on a done act that is ANOTHER INSTANCE of the market's act.
For each shape, must-not-fire variants (verbatim corpus sentences marked with their case, the rest
close rewordings: other names, years, verbs of the same frame) were run one by one as the only
sentence of an article on the market of the case the shape came from (run_case), with a control per
shape that must still confirm. A variant misfires when its verdict is likely-yes or a confirmation
toward yes fires.

| shape                                   | variants | misfiring on main | after |
|-----------------------------------------|---------:|------------------:|------:|
| A another edition's year in the clause  |       17 |                 3 |     0 |
| B 'last'/'previously'/'earlier' + act   |       11 |                 0 |     0 |
| C relative clause dated before window   |       10 |                 4 |     2 |
| D another named body of the same type   |       12 |                 5 |     3 |
| E reported, then denied                 |       10 |                 3 |     0 |
| F a visit, not the arrival              |        6 |                 2 |     2 |
| G commission's announcement vs confirmed|        6 |                 0 |     0 |
| H an earlier reading vs final approval  |        6 |                 2 |     1 |
| controls (must confirm)                 |        8 |        0 (wrong) |     0 |
| total must-not-fire                     |       78 |                19 |     8 |

The readings that fixed them (general, each in its own module):
- A: past_editions.titled_year reads an edition's year told with its title on both sides — after it
  ('won Eurovision 2016 with …', '… for 2018') and before it after a determiner ('The 2018 Nobel
  Prize in Literature was awarded …', 'the delayed 2018 Nobel Prize') — for a question naming its
  edition's year with a title either way ('the Eurovision Song Contest 2022'), and for one-edition
  win markets too, after other_edition.
- C: earlier_occurrence reads the act's stretch up to the verb of a nominal act ('the record he set
  in 2022': confirmation passes the mention's verb), a dated edition the question places the act at
  as the window's start ('at the 2023 Berlin Marathon': 1 Jan 2023), a bare year against an explicit
  window too, and a count of years back ('the record that he had set a year earlier').
- D: other_chambers.py: a legislature's other chamber doing the act ('The Senate passed the health
  care bill' for the House passing it), read by roles.other_agent.
- E: denied_reports.py: a report noun governed by a denying verb before it ('rejected a newspaper
  report that …') and a report noun called false after the act ('reports that … were untrue').
- H: final_step.earlier_vote: a sentence that calls its own step preliminary, initial, first or
  second ('gave preliminary approval') for a market asking the final one.

Left (still misfiring, no general reading found in the time): a court of another jurisdiction named
by place, not level ('Scotland's highest civil court', 'three Scottish judges', 'the High Court in
Belfast' for the UK Supreme Court: courts.json tells courts apart by level only); 'last September'
in September (timex reads no date; hedged, undetermined); a detached participle of another chamber
('the Senate bill, approved last December'; hedged, undetermined); visits and trips by the receiving
zoo's staff ('travelled to China to meet the pandas', 'visited the pair in China') for the pandas'
arrival; a bare headline 'Metro council passes stadium deal' with no stage told anywhere in its
article (nothing general tells it from a final passage).
"""

import pytest

from resolver.engine import denied_reports, final_step, other_chambers
from resolver.engine.earlier_occurrence import _years_back
from resolver.engine.past_editions import titled_year
from tests.conftest import decided, fired, run_case

M = {
 "euro": ("Will Ukraine's Kalush Orchestra win the Eurovision Song Contest 2022?", "2022-05-14T23:59:59+02:00",
          'This market will resolve to "Yes" if Ukraine\'s entry, Kalush Orchestra with "Stefania", is declared the winner of the Eurovision Song Contest 2022 grand final in Turin on May 14, 2022. Otherwise, "No".',
          "2022-05-08T00:00:00+01:00", "2022-05-13T18:00:00+00:00"),
 "nobel": ("Will Olga Tokarczuk be awarded the 2019 Nobel Prize in Literature?", "2019-10-10T23:59:59+02:00",
           'This market will resolve to "Yes" if the Swedish Academy names Olga Tokarczuk as the laureate of the Nobel Prize in Literature for the year 2019. An award for any other year does not count. Otherwise, this market will resolve to "No".',
           "2019-10-10T00:00:00+05:30", "2019-10-10T18:00:00+00:00"),
 "nba": ("Will the Golden State Warriors win the 2022 NBA Finals?", "2022-06-30T23:59:59-04:00", "",
         "2022-06-10T00:00:00-04:00", "2022-06-11T00:00:00+00:00"),
 "fed": ("Will the Federal Reserve cut interest rates by September 30, 2024?", "2024-09-30T23:59:59-04:00", "",
         "2024-09-10T00:00:00-04:00", "2024-09-11T00:00:00+00:00"),
 "kip": ("Will Eliud Kipchoge break the men's marathon world record at the 2023 Berlin Marathon?", "2023-09-24T23:59:59+02:00",
         'This market will resolve to "Yes" if Eliud Kipchoge finishes the September 24, 2023 Berlin Marathon in a time faster than the men\'s marathon world record standing before the race (2:01:09). Otherwise, this market will resolve to "No". Records set by other athletes, including in the women\'s race, do not count.',
         "2023-09-24T00:00:00-04:00", "2023-09-25T00:00:00+00:00"),
 "house": ("Will the U.S. House of Representatives pass the Senate-approved health care reform bill by March 31, 2010?", "2010-03-31T23:59:59-04:00",
           'This market will resolve to "Yes" if the U.S. House of Representatives approves, on a recorded floor vote, the health care reform bill passed by the Senate in December 2009 on or before March 31, 2010. Predictions of passage, whip counts or scheduled votes do not count.',
           "2010-03-14T17:15:00-04:00", "2010-03-15T16:00:00+00:00"),
 "ukct": ("Will the UK Supreme Court rule that Boris Johnson's prorogation of Parliament was unlawful by September 30, 2019?", "2019-09-30T23:59:59+01:00",
          'This market will resolve to "Yes" if the Supreme Court of the United Kingdom issues a judgment on or before September 30, 2019 holding that the Prime Minister\'s advice to prorogue Parliament in September 2019 was unlawful. Otherwise, "No".',
          "2019-09-19T00:00:00+01:00", "2019-09-19T20:00:00+00:00"),
 "icc": ("Will the ICC issue an arrest warrant for Sudan's President Omar al-Bashir that includes genocide charges by March 31, 2009?", "2009-03-31T23:59:59+01:00",
         'This market will resolve to "Yes" if, on or before March 31, 2009, the International Criminal Court publicly issues an arrest warrant for Omar al-Bashir that includes at least one count of genocide. A warrant covering only crimes against humanity and/or war crimes resolves this market to "No".',
         "2009-02-23T00:00:00+00:00", "2009-02-24T00:00:00+00:00"),
 "panda": ("Will giant pandas from China arrive at the San Diego Zoo by August 31, 2024?", "2024-08-31T23:59:59-07:00",
           'This market will resolve to "Yes" if at least one giant panda loaned by China under the new cooperation agreement physically arrives at the San Diego Zoo on or before August 31, 2024, as confirmed by the zoo or credible reporting. Agreements, permits, or pandas in transit do not count.',
           "2024-06-26T00:00:00-07:00", "2024-06-26T20:00:00+00:00"),
 "chen": ("Will Chen Shui-bian be confirmed as the winner of Taiwan's March 20, 2004 presidential election after the opposition's legal challenges?", "2004-12-31T23:59:59+08:00",
          'This market will resolve to "Yes" if, by December 31, 2004, Chen Shui-bian\'s victory in Taiwan\'s March 20, 2004 presidential election stands after the opposition\'s recount request and court challenges are resolved (including confirmation by any court-ordered recount).',
          "2004-03-20T00:00:00+08:00", "2004-03-22T12:00:00+00:00"),
 "titans": ("Will Nashville's Metro Council give final approval to the new Titans stadium deal by April 30, 2023?", "2023-04-30T23:59:59-05:00",
            'This market will resolve to "Yes" if the Metropolitan Council of Nashville and Davidson County passes the legislation approving the new enclosed Tennessee Titans stadium deal on third and final reading on or before April 30, 2023. Passage on first or second reading does not count.',
            "2023-04-19T00:00:00-05:00", "2023-04-19T18:00:00+00:00"),
}

P = [
 # A: another year / edition named in the act's clause
 ("A edition", "euro", "Ukraine won the contest in 2016 and therefore hosted the 2017 event in Kyiv.", ""),
 ("A edition", "euro", "Ukraine won Eurovision 2016 with Jamala's song 1944.", ""),
 ("A edition", "euro", "Ukraine also won the 2004 contest, with Ruslana.", ""),
 ("A edition", "euro", "Ukraine took the crown in 2016 and hosted the contest the following year.", ""),
 ("A edition", "euro", "Ukraine, which won the contest in 2016, hosted the 2017 event.", ""),
 ("A edition", "nobel", "Breaking: The Nobel Prize in Literature for 2018 is awarded to the Polish author Olga Tokarczuk.", "V b63-tokarczuk-nobel-lit-2019-no"),
 ("A edition", "nobel", "The 2018 Nobel Prize in Literature was awarded to the Polish author Olga Tokarczuk.", ""),
 ("A edition", "nobel", "Olga Tokarczuk was awarded the Nobel Prize in Literature for 2018.", ""),
 ("A edition", "nobel", "Olga Tokarczuk has been awarded the delayed 2018 Nobel Prize in Literature.", ""),
 ("A edition", "nobel", "The Swedish Academy awarded the 2018 prize to Olga Tokarczuk on Thursday.", ""),
 ("A edition", "nobel", "Olga Tokarczuk won the 2018 Nobel Prize in Literature on Thursday.", ""),
 ("A edition", "nobel", "Olga Tokarczuk received the Nobel Prize in Literature for 2018 on Thursday.", ""),
 ("A edition", "nobel", "Olga Tokarczuk was named the 2018 laureate on Thursday.", ""),
 ("A edition", "nba", "The Warriors won the 2018 NBA Finals against Cleveland.", ""),
 ("A edition", "nba", "The Warriors won the NBA Finals in 2018, sweeping Cleveland.", ""),
 ("A edition", "nba", "Golden State won the title in 2017 and 2018.", ""),
 ("A edition", "nba", "The Warriors, who won the championship in 2018, are back in the Finals.", ""),
 ("A control", "nobel", "Olga Tokarczuk was awarded the 2019 Nobel Prize in Literature on Thursday.", "C"),
 ("A control", "nba", "The Warriors won the 2022 NBA Finals on Thursday night, beating Boston in six games.", "C"),
 # B: last / previously / earlier + the same act
 ("B last/previously", "euro", "Ukraine last won the contest in 2016 and therefore hosted the 2017 event in its capital of Kyiv.", "V b61-kalush-wins-eurovision-2022-und"),
 ("B last/previously", "euro", "Ukraine previously won the contest in 2004 and 2016.", ""),
 ("B last/previously", "euro", "Ukraine last won Eurovision six years ago.", ""),
 ("B last/previously", "euro", "Ukraine has previously won the contest twice.", ""),
 ("B last/previously", "nba", "The Warriors last won the title in 2018.", ""),
 ("B last/previously", "nba", "Golden State previously won the championship in 2018.", ""),
 ("B last/previously", "fed", "The Fed last cut rates in March 2020, at the start of the pandemic.", ""),
 ("B last/previously", "fed", "The Fed last cut rates in 2020.", ""),
 ("B last/previously", "fed", "The Federal Reserve previously cut interest rates in 2019.", ""),
 ("B last/previously", "fed", "The Fed earlier cut rates in 2019 to cushion a slowdown.", ""),
 ("B last/previously", "fed", "The Fed cut interest rates in 2020 as the pandemic hit.", ""),
 ("B control", "fed", "The Federal Reserve cut interest rates by half a point on Wednesday.", "C"),
 # C: a relative clause's act dated before the window
 ("C relative clause", "kip", "His winning time of 2 hours, 2 minutes, 42 seconds was more than a minute and a half off the record he set in Berlin last year.", "V b59-kipchoge-berlin-2023-world-record-no"),
 ("C relative clause", "kip", "His time was well off the world record he set in Berlin in 2022.", ""),
 ("C relative clause", "kip", "Kipchoge fell short of the world record he set last year.", ""),
 ("C relative clause", "kip", "Kipchoge, who broke the world record in Berlin last year, finished in 2:02:42.", ""),
 ("C relative clause", "kip", "Kipchoge finished well outside the record that he had set a year earlier.", ""),
 ("C relative clause", "house", "Yet at the same time, they are expressing confidence they will have enough votes in the House, where 216 must vote to pass the Senate health care reform bill passed late last year with some changes.", "V b58-house-passes-health-bill-mar2010-und"),
 ("C relative clause", "house", "Democrats need 216 votes to pass the health care bill, which the Senate passed in December.", ""),
 ("C relative clause", "house", "The House must now pass the bill that the Senate passed on Christmas Eve.", ""),
 ("C control", "house", "The House passed the Senate health care bill by a vote of 219 to 212 on Sunday night.", "C"),
 # D: another named body of the same type does the act
 ("D other body", "ukct", "Last week, Edinburgh's Court of Session ruled the Prime Minister's action was unlawful because it was \"motivated by the improper purpose of stymying parliament\".", "V b61-uk-supreme-court-prorogation-unlawful-sep2019-und"),
 ("D other body", "ukct", "The Court of Session in Edinburgh ruled on Wednesday that the suspension of Parliament was unlawful.", ""),
 ("D other body", "ukct", "Judges at the Court of Session ruled the prorogation of Parliament unlawful last week.", ""),
 ("D other body", "ukct", "Last week, the Court of Appeal ruled that the prorogation was unlawful.", ""),
 ("D other body", "house", "The Senate passed the health care bill on Christmas Eve.", ""),
 ("D other body", "house", "The Senate approved the health care reform bill in December.", ""),
 ("D other body", "fed", "The European Central Bank cut interest rates on Thursday.", ""),
 ("D other body", "fed", "The Bank of Canada cut rates again on Wednesday.", ""),
 ("D other body", "fed", "The Bank of England cut interest rates last month.", ""),
 ("D control", "ukct", "The Supreme Court ruled on Tuesday that the prorogation of Parliament was unlawful.", "C"),
 # E: reported, then denied
 ("E reported-denied", "icc", "Earlier this month, the New York Times reported that the warrant had been issued, leading court official to quickly issue a denial [JURIST report].", "V b64-icc-bashir-genocide-warrant-mar2009-und"),
 ("E reported-denied", "icc", "Earlier this month, Reuters reported that the warrant had been issued, but a court spokeswoman denied the report.", ""),
 ("E reported-denied", "icc", "The court denied reports that the warrant had been issued.", ""),
 ("E reported-denied", "icc", "A court spokesman dismissed reports that judges had issued the warrant.", ""),
 ("E reported-denied", "icc", "Media reports that the court had issued an arrest warrant for Bashir were denied by the court.", ""),
 ("E reported-denied", "icc", "Court officials rejected a newspaper report that the warrant had been issued.", ""),
 ("E reported-denied", "icc", "The New York Times reported that the judges had issued a warrant, a claim the court quickly denied.", ""),
 ("E reported-denied", "icc", "The court said reports that it had issued the warrant were untrue.", ""),
 ("E reported-denied", "icc", "The court said reports that the warrant had been issued were false.", ""),
 ("E reported-denied", "icc", "A court spokeswoman denied that the warrant had been issued.", ""),
 ("E control", "icc", "The International Criminal Court issued an arrest warrant for Sudan's President Omar al-Bashir on Wednesday, including charges of genocide.", "C"),
 # F: a visit, not the arrival
 ("F visit", "panda", "San Diego Zoo issued a statement to the press announcing that they had visited and met the two pandas, a five- and four-year-old, back in April.", "V b59-san-diego-pandas-arrive-by-aug31-2024-asof-jun-und"),
 ("F visit", "panda", "Zoo staff visited the two pandas in Sichuan in April.", ""),
 ("F visit", "panda", "San Diego Zoo keepers have visited the pandas at a research base in Chengdu.", ""),
 ("F visit", "panda", "Officials from the San Diego Zoo met the two pandas in Wolong in April.", ""),
 ("F control", "panda", "Two giant pandas from China arrived at the San Diego Zoo on Thursday.", "C"),
 # G: an election commission's announcement, not the confirmation after challenges
 ("G commission", "chen", "The chairperson of Taiwan's Central Election Commission, George S. C. Huang, announced Saturday evening that Chen had won.", "V b64-chen-shui-bian-confirmed-winner-2004-und"),
 ("G commission", "chen", "Taiwan's Central Election Commission declared Chen the winner on Saturday.", ""),
 ("G commission", "chen", "The election commission announced Saturday that Chen had won by 29,518 votes.", ""),
 ("G commission", "chen", "Official results released by the Central Election Commission showed Chen won with 50.1 percent.", ""),
 ("G commission", "chen", "Chen was declared the winner by the election commission on Saturday night.", ""),
 ("G commission", "chen", "Chen won re-election on Saturday by fewer than 30,000 votes.", ""),
 # H: an earlier reading, not the final approval
 ("H reading", "titans", "Metro Council approved the stadium deal on second reading early Wednesday.", ""),
 ("H reading", "titans", "The council voted 26-12 on second reading to approve the funding plan for the stadium.", ""),
 ("H reading", "titans", "Nashville's Metro Council passed the Titans stadium legislation on second reading.", ""),
 ("H reading", "titans", "Metro Council gave preliminary approval to the Titans stadium deal on Tuesday.", ""),
 ("H reading", "titans", "The council passed the stadium bill on first reading.", ""),
 ("H control", "titans", "Metro Council gave final approval to the Titans stadium deal on third reading on Tuesday night.", "C"),
]




def _run(key, text, note):
    q, dl, cr, pub, asof = M[key]
    title, body = (text, "Council members debated late into the night.") if note.endswith("(headline)") else ("Update", text)
    return run_case(q, dl, cr, [("https://news.example.org/a", pub, title, body)], asof)


@pytest.mark.parametrize("shape,key,text,note", [p for p in P if p[3] != "C"], ids=lambda x: x[:40] if isinstance(x, str) else x)
def test_another_instance_does_not_confirm(shape, key, text, note):
    v = _run(key, text, note)
    assert decided(v) != "likely-yes"
    assert not [c for c in fired(v, "confirmation") if c.direction == "yes"]


@pytest.mark.parametrize("shape,key,text,note", [p for p in P if p[3] == "C"], ids=lambda x: x[:40] if isinstance(x, str) else x)
def test_the_markets_own_act_still_confirms(shape, key, text, note):
    assert decided(_run(key, text, note)) == "likely-yes"


# --- the readings one by one ------------------------------------------------------------------------

def _sent(text):
    from resolver.engine.text import article_sentences
    return [s for s in article_sentences("", text) if not s.headline][0]


def test_titled_year_after_and_before_the_title():
    q = "Will Ukraine's Kalush Orchestra win the Eurovision Song Contest 2022?"
    s = _sent("Ukraine won Eurovision 2016 with Jamala's song 1944.")
    assert titled_year(s, 1, q)
    q = "Will Olga Tokarczuk be awarded the 2019 Nobel Prize in Literature?"
    s = _sent("The 2018 Nobel Prize in Literature was awarded to the Polish author Olga Tokarczuk.")
    assert titled_year(s, [t.lower for t in s.tokens].index("awarded"), q)
    s = _sent("The 2019 Nobel Prize in Literature was awarded to Peter Handke, the 2018 prize to Olga Tokarczuk.")
    assert titled_year(s, [t.lower for t in s.tokens].index("awarded"), q) is None  # the market's year is named too


def test_years_back_in_the_acts_stretch():
    s = _sent("Kipchoge finished well outside the record that he had set a year earlier.")
    k = [t.lower for t in s.tokens].index("set")
    assert _years_back(s, (k, k + 1)) == (1, "a year earlier")
    s = _sent("The record was set two years earlier than expected.")
    k = [t.lower for t in s.tokens].index("set")
    assert _years_back(s, (k, k + 1)) is None  # a comparison, not a date


def test_denied_report_nouns():
    s = _sent("Court officials rejected a newspaper report that the warrant had been issued.")
    assert denied_reports.denied(s, [t.lower for t in s.tokens].index("issued"))
    s = _sent("The court said reports that it had issued the warrant were untrue.")
    assert denied_reports.denied(s, [t.lower for t in s.tokens].index("issued"))
    # must not fire: the court's own acts, one of them a dismissal, with no report
    s = _sent("The court issued the warrant and dismissed the appeal.")
    assert denied_reports.denied(s, [t.lower for t in s.tokens].index("issued")) is None
    # must not fire: 'reported' (a verb) then a later 'false' of something else is not a report noun called false
    s = _sent("Reuters reported that the court had issued the warrant on false charges of genocide.")
    assert denied_reports.denied(s, [t.lower for t in s.tokens].index("issued")) is None


def test_other_chamber():
    q = "Will the U.S. House of Representatives pass the Senate-approved health care reform bill by March 31, 2010?"
    s = _sent("The Senate passed the health care bill on Christmas Eve.")
    assert other_chambers.other(q, ["pass"], s, 2) == "Senate"
    s = _sent("The House passed the Senate health care bill by a vote of 219 to 212 on Sunday night.")
    assert other_chambers.other(q, ["pass"], s, 2) is None
    # must not fire: a question naming both chambers, or none
    q2 = "Will both chambers of the Czech Parliament approve the Lisbon Treaty by December 31, 2008?"
    s = _sent("The Senate approved the treaty on Wednesday.")
    assert other_chambers.other(q2, ["approve"], s, 2) is None
    # must not fire: the White House is no chamber
    q3 = "Will the Senate pass the bill by June 30?"
    s = _sent("The White House passed the draft to senators on Monday.")
    assert other_chambers.other(q3, ["pass"], s, 3) is None


def test_preliminary_step_for_a_final_approval_market():
    q = "Will Nashville's Metro Council give final approval to the new Titans stadium deal by April 30, 2023?"
    assert final_step.earlier_vote(q, "", "", "", "Metro Council gave preliminary approval to the deal on Tuesday.")
    assert final_step.earlier_vote(q, "", "", "", "Metro Council gave final approval to the deal on Tuesday.") is None
    # must not fire: a market not asking a final step
    q2 = "Will Nashville's Metro Council approve the new Titans stadium deal by April 30, 2023?"
    assert final_step.earlier_vote(q2, "", "", "", "Metro Council gave preliminary approval to the deal.") is None
