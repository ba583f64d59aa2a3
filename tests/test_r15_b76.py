"""Readings of batch 76 (fifteenth round, r15-b76), on verbatim development sentences, each with the
nearby wording that must not be read the same way: a crew 'blasted into space' has flown to space
(frames.json entailments, fly); a party that 'admits' a thing has acknowledged it (entailments,
acknowledge); a ban that 'ends' (or is ended, scrapped, repealed) is lifted (entailments, lift); a
headline's closing verb of beginning or ending after a gerund ('… ban on women driving ends') is its
verb (word_class._closing_aspect_verb); 'N MEPs voted in favour' is a tally (vote_counts), but not
one 'in favour of' another named person (vote_tally._for_other); 'soars to No. 1' names no owner of a
figure (quantities.owner_before); 'had to settle for bronze', 'could only come third' is a place
below first (contests._RUNNER_UP)."""

from resolver.engine import contests, quantities
from resolver.engine.rules.figure_owners import _common
from resolver.engine.text import article_sentences
from resolver.engine.word_class import verb_at
from tests.conftest import decided, fired, run_case

# b76-bezos-new-shepard-flight-2021-yes
BEZOS_Q = ("Will Jeff Bezos fly to space aboard Blue Origin's New Shepard by July 31, 2021?", "2021-07-31T23:59:59-05:00",
           'This market will resolve to "Yes" if Jeff Bezos is aboard a Blue Origin New Shepard flight that launches and '
           'reaches space (an altitude of at least 80 km) on or before July 31, 2021, as reported by Blue Origin or '
           'credible media. Otherwise, this market will resolve to "No".')
BEZOS_TEXT = ("Amazon founder and executive chair Jeff Bezos, the world’s richest person, blasted into space on Tuesday in "
              "the New Shepard rocket ship and landed safely in West Texas 10 minutes later.")


def _bezos(text, published="2021-07-20T00:00:00-04:00"):
    return run_case(*BEZOS_Q, [("https://www.politico.com/news/2021/07/20/jeff-bezos-rocket-space-500274", published, "",
                                text)], "2021-07-21T12:00:00+00:00")


def test_blasted_into_space_is_flown_to_space():
    v = _bezos(BEZOS_TEXT)
    assert decided(v) == "likely-yes" and fired(v, "confirmation")


def test_set_to_blast_into_space_is_not_a_flight():
    v = _bezos("Amazon founder Jeff Bezos is set to blast into space next week in the New Shepard rocket ship.",
               "2021-07-14T00:00:00-04:00")
    assert decided(v) != "likely-yes"


# b76-khashoggi-saudi-admits-2018-yes
KHASHOGGI_Q = ("Will Saudi Arabia officially acknowledge that Jamal Khashoggi died inside its Istanbul consulate by "
               "October 31, 2018?", "2018-10-31T23:59:59+03:00",
               'This market will resolve to "Yes" if, on or before October 31, 2018, the government of Saudi Arabia '
               '(including its public prosecutor, foreign ministry or state media carrying an official statement) '
               'officially acknowledges that journalist Jamal Khashoggi died inside the Saudi consulate in Istanbul. '
               'Otherwise, this market will resolve to "No".')


def _khashoggi(title, text):
    return run_case(*KHASHOGGI_Q, [("https://www.the-star.co.ke/news/2018/10/20/x", "2018-10-20T00:00:00+03:00", title,
                                    text)], "2018-10-21T00:00:00+00:00")


def test_admits_is_acknowledges():
    v = _khashoggi("Saudi Arabia admits Jamal Khashoggi was killed after a fight",
                   "Saudi Arabia has finally admitted that journalist Jamal Khashoggi is dead after offering various "
                   "explanations for his disappearance more than two weeks ago.")
    assert decided(v) == "likely-yes" and fired(v, "confirmation")


def test_refusing_to_admit_is_no_acknowledgement():
    v = _khashoggi("Saudi Arabia refuses to admit Jamal Khashoggi was killed",
                   "Saudi Arabia has not admitted that journalist Jamal Khashoggi is dead.")
    assert decided(v) != "likely-yes"


# b76-saudi-women-driving-ban-lifted-2018-yes
BAN_Q = ("Will Saudi Arabia lift its ban on women driving by June 30, 2018?", "2018-06-30T23:59:59+03:00",
         'This market will resolve to "Yes" if, on or before June 30, 2018, the ban on women driving in Saudi Arabia is '
         'lifted in practice, such that women are legally permitted to drive on Saudi roads. Announcements or decrees '
         'that have not yet taken effect do not count. Otherwise, this market will resolve to "No".')


def test_ban_ends_is_ban_lifted():
    v = run_case(*BAN_Q, [("http://tempo.com.ph/2018/06/24/saudi-ban-on-women-driving-ends/", "2018-06-24T00:00:00+08:00",
                           "Saudi ban on women driving ends",
                           "RIYADH (Reuters) – Women in Saudi Arabia took to the roads at midnight yesterday, ushering in "
                           "the end of the world’s last ban on female drivers, long seen as an emblem of women’s "
                           "repression in the deeply conservative Muslim kingdom.")], "2018-06-25T00:00:00+00:00")
    assert decided(v) == "likely-yes" and fired(v, "confirmation")


def test_headline_closing_verb_after_gerund():
    head = article_sentences("Saudi ban on women driving ends", "x.")[0]
    assert verb_at(head, len(head.tokens) - 1) == ("end", "VBZ")
    # the word before could itself be the verb: left to the compound reading (a premature headline in batch 50)
    head = article_sentences("The Wall Street Journal: West Virginia public-school teachers’ strike ends", "x.")[0]
    assert verb_at(head, len(head.tokens) - 1) is None
    # not a verb of beginning or ending
    head = article_sentences("Canada election results updates", "x.")[0]
    assert verb_at(head, len(head.tokens) - 1) is None


# b76-juncker-450-votes-2014-no
JUNCKER_Q = ("Will Jean-Claude Juncker receive at least 450 votes in the European Parliament's July 2014 vote on his "
             "election as Commission President?", "2014-07-31T23:59:59+02:00",
             'This market will resolve to "Yes" if, in the European Parliament plenary vote held in July 2014 on electing '
             'Jean-Claude Juncker as President of the European Commission, at least 450 MEPs vote in favour of Juncker, '
             'according to the official result. Otherwise, this market will resolve to "No".')


def _juncker(sentence):
    return run_case(*JUNCKER_Q, [("https://sofiaglobe.com/2014/07/15/x", "2014-07-15T00:00:00+03:00",
                                  "European Parliament approves Jean-Claude Juncker as new European Commission President",
                                  "The European Parliament voted on July 15 to approve Jean-Claude Juncker as the new "
                                  "European Commission President. " + sentence)], "2014-07-16T00:00:00+00:00")


def test_meps_voted_in_favour_is_the_tally():
    v = _juncker("A total of 422 MEPs voted in favour of Juncker, 250 voted against, there were 47 abstentions and 10 "
                 "invalid ballots.")
    assert decided(v) == "likely-no" and fired(v, "magnitude_short")


def test_votes_in_favour_of_another_person_are_not_the_tally():
    v = _juncker("A total of 422 MEPs voted in favour of Smith, 250 voted against.")
    assert not fired(v, "magnitude_short")


# b76-justice-league-100m-opening-2017-no
def test_rank_is_no_owner():
    text = "'Justice League' soars to No. 1 at the box office, but falls short with "
    assert quantities.owner_before(text, len(text), _common) != "No"
    text = "Warner Bros. Pictures' Smallfoot soars to No. 1 while Venom Studios opened with "
    assert quantities.owner_before(text, len(text), _common) == "Venom Studios"


def test_opening_short_after_a_rank():
    v = run_case("Will 'Justice League' gross $100 million or more in its domestic opening weekend (November 17-19, 2017)?",
                 "2017-11-30T23:59:59-05:00",
                 'This market will resolve to "Yes" if "Justice League" grosses $100 million or more at the domestic '
                 '(U.S. and Canada) box office over its opening weekend of November 17-19, 2017 (including Thursday '
                 'previews), according to studio-reported figures available by November 30, 2017. Otherwise, this '
                 'market will resolve to "No".',
                 [("https://www.usatoday.com/story/life/movies/2017/11/19/x", "2017-11-19T00:00:00-05:00",
                   "'Justice League' soars to No. 1 at the box office, but falls short with $96M opening",
                   "The big-budget superhero mash-up came in well under expectations.")], "2017-11-20T12:00:00+00:00")
    assert decided(v) == "likely-no" and fired(v, "threshold_missed")


# b76-bolt-100m-worlds-2017-no
def test_settle_for_bronze_and_could_only_come_third():
    for text in ("Christian Coleman takes silver and Bolt has to settle for bronze",
                 "The American won a highly-charged race in 9.92 seconds as Bolt could only come third on Saturday."):
        m = contests._RUNNER_UP.match(text, text.index("Bolt") + 4)
        assert m, text


def test_a_medal_or_an_ordinal_not_settled_for_is_no_place():
    for text in ("Bolt won bronze in the 200m heats", "Bolt has won his second title", "Bolt could only come close"):
        assert not contests._RUNNER_UP.match(text, text.index("Bolt") + 4), text
