"""Released figures told in words (issue 10, fourth round, batches 13-14): a close stated as a
level passed ('ending a session above the 9,000 mark', 'closed above the psychological 9,000
level'), a number that belongs to an index's name ('FTSE 100'), and a rate move's size in words
('by a full percentage point') against a strict bar ('more than 50 basis points'). Sentences are
verbatim from the cited reports."""

from resolver.engine import Market, evaluate_market
from resolver.engine.derive import derive_target
from resolver.engine.thresholds import magnitude_bps
from tests.conftest import article, ts


def market(question: str, deadline: str, criteria: str = "") -> Market:
    return Market(id="m", question=question, deadline=ts(deadline), criteria=criteria)


def test_a_close_told_as_a_level_passed_is_a_close_above_it():
    # batch-13 (FTSE 100, MoneyWeek 22 July 2025)
    a = article("The FTSE 100, the index comprising the UK's largest 100 companies, registered its all-time highest "
                "close last night (21 July), ending a session above the 9,000 mark for the first time in its history.",
                title="FTSE 100 passes 9,000. Can it stay there?", published="2025-07-22T00:00:00+01:00")
    m = market("Will the FTSE 100 close above 9,000 on or before July 25, 2025?", "2025-07-25T23:59:59+01:00",
               "Intraday levels above 9,000 do not count.")
    v = evaluate_market(m, [a], ts("2025-07-22T12:00:00+00:00"))
    assert v.verdict == "likely-yes"
    assert not any("'100'" in c.reason for c in v.contributions)  # 'FTSE 100' is the index's name, no level
    # batch-13 (S&P/ASX 200): an adjective between 'the' and the figure
    b = article("The pullback came just one day after Wednesday's milestone session, when the index closed above the "
                "psychological 9,000 level amid broad-based gains across sectors.",
                title="ASX 200 Pulls Back After Breaking 9000 Barrier", published="2025-08-22T00:00:00+10:00")
    asx = market("Will the S&P/ASX 200 close above 9,000 on or before August 22, 2025?", "2025-08-22T23:59:59+10:00",
                 "Intraday levels do not count.")
    assert evaluate_market(asx, [b], ts("2025-08-22T12:00:00+00:00")).verdict == "likely-yes"


def test_a_level_reached_during_the_day_is_still_no_close():
    # batch-13 (FTSE 100, 15 July 2025): traded at and peaked above the bar, no close
    a = article("Now, a strong week for a number of top stocks finally got it over the line, peaking at 9,016.98 at "
                "the start of Tuesday's session.", title="FTSE 100 finally breaches 9,000",
                published="2025-07-15T14:12:00+01:00")
    m = market("Will the FTSE 100 close above 9,000 on or before July 18, 2025?", "2025-07-18T23:59:59+01:00")
    assert evaluate_market(m, [a], ts("2025-07-15T14:30:00+00:00")).verdict == "undetermined"
    # a close word with a clause between it and the figure does not govern it (constructed)
    b = article("The FTSE 100 closed at 8,990 after reaching above the 9,000 mark in the morning.",
                published="2025-07-16T18:00:00+01:00")
    assert evaluate_market(m, [b], ts("2025-07-16T20:00:00+00:00")).verdict == "undetermined"


def test_a_rate_move_s_size_in_words_against_a_strict_bar():
    assert magnitude_bps("lowering it by a full percentage point to 20%") == 100
    assert magnitude_bps("cut rates by half a percentage point") == 50
    assert magnitude_bps("raised by one percentage point") == 100
    m = market("Will the Bank of Russia cut its key rate by more than 50 basis points at its June 2025 board meeting?",
               "2025-06-30T23:59:59+03:00",
               "This market will resolve to \"Yes\" if at its June 2025 board meeting on monetary policy, the Bank of "
               "Russia lowers its key rate by more than 50 basis points (i.e. by 0.75 percentage points or more).")
    t = derive_target(m)
    assert t.kind == "event" and t.magnitude_bps == 50 and t.threshold_inclusive is False
    # batch-13 (Bank of Russia, June 2025)
    a = article("The Russian central bank made headlines with a surprise cut to its key interest rate, lowering it by a "
                "full percentage point to 20%.", title="Russian Central Bank's Surprise Rate Cut A Strategic Move Amid "
                "Cooling Economy", published="2025-06-06T00:00:00+05:30")
    assert evaluate_market(m, [a], ts("2025-06-06T18:00:00+00:00")).verdict == "likely-yes"
    # the bar itself is not more than the bar (constructed)
    b = article("The Russian central bank cut its key interest rate by half a percentage point to 20.5%.",
                published="2025-06-06T12:00:00+03:00")
    assert evaluate_market(m, [b], ts("2025-06-06T18:00:00+00:00")).verdict != "likely-yes"


def test_a_vote_count_won_by_a_person_described_by_role():
    # batch-13 (Thailand, AP, 6 September 2025)
    a = article("BANGKOK, Sept 6, (AP): Veteran Thai politician Anutin Charnvirakul was elected prime minister on Friday "
                "after winning a parliamentary vote, according to an official tally. The leader of the Bhumjaithai party "
                "won a total of 311 votes, far exceeding the 247 required majority from the House of Representative's "
                "492 active members.", title="Veteran Politician Anutin Charnvirakul Elected Thai Prime Minister In "
                "Parliamentary Vote", published="2025-09-06T00:00:00+03:00")
    m = market("Will Anutin Charnvirakul receive more than 300 votes in Thailand's September 5, 2025 House vote for "
               "prime minister?", "2025-09-07T23:59:59+07:00")
    v = evaluate_market(m, [a], ts("2025-09-06T12:00:00+00:00"))
    assert v.verdict == "likely-yes"
    assert any("won a total of 311 votes" in c.reason for c in v.contributions if c.direction == "yes")
    # the bar itself is not more than the bar (constructed)
    b = article("Veteran Thai politician Anutin Charnvirakul was elected prime minister on Friday. The leader of the "
                "Bhumjaithai party won a total of 300 votes.", published="2025-09-06T00:00:00+03:00")
    assert evaluate_market(m, [b], ts("2025-09-06T12:00:00+00:00")).verdict != "likely-yes"


def test_a_result_share_against_an_outright_win_bar():
    # batch-13 (Namibia, 3 December 2024): 'won with 57 percent of the vote' is a result, not a counted share
    a = article("Netumbo Nandi-Ndaitwah, 72, won with 57 percent of the vote, flouting predictions that she might be "
                "forced into a run-off.", title="Namibia Elects Nandi-Ndaitwah As Country's First Woman President",
                published="2024-12-03T00:00:00+02:00")
    m = market("Will Netumbo Nandi-Ndaitwah win Namibia's 2024 presidential election outright, without a run-off?",
               "2024-12-31T23:59:59+02:00",
               "This market will resolve to \"Yes\" if the Electoral Commission of Namibia declares Netumbo "
               "Nandi-Ndaitwah the winner of the November 27, 2024 presidential election with more than 50% of the "
               "votes, so that no run-off is required, by December 31, 2024.")
    assert evaluate_market(m, [a], ts("2024-12-03T18:00:00+00:00")).verdict == "likely-yes"
    # batch-13 (Croatia, 30 December 2024): 49.1 % with 99.67 % counted cannot reach 50 %
    b = article("According to unofficial results announced by the State Electoral Commission (DIP), 99.67 percent of "
                "the votes have been counted. Although exit polls initially showed Milanovic with more than 50 percent "
                "of the vote, the yet-to-be-finalized results indicate he secured 49.1 percent.",
                published="2024-12-30T00:00:00+01:00")
    c = market("Will Zoran Milanović win Croatia's 2024 presidential election in the first round?",
               "2024-12-31T23:59:59+01:00",
               "This market will resolve to \"Yes\" if Zoran Milanović wins more than 50% of the votes cast in the "
               "first round of Croatia's presidential election held on December 29, 2024, according to the State "
               "Electoral Commission, and so is elected without a run-off.")
    v = evaluate_market(c, [b], ts("2024-12-30T12:00:00+00:00"))
    assert v.verdict == "likely-no" and any("[48.94, 49.27]" in x.reason for x in v.contributions)
    # a whole-election market (a run-off may follow) does not read the first round's share
    whole = market("Will Zoran Milanović win the 2024–25 Croatian presidential election?", "2025-01-13T23:59:59+01:00",
                   "This market will resolve to \"Yes\" if Zoran Milanović is elected President of Croatia.")
    assert evaluate_market(whole, [b], ts("2024-12-30T12:00:00+00:00")).verdict == "undetermined"


def test_a_height_with_its_unit_glued_on_against_a_bar_in_metres():
    m = market("Will the men's pole vault world record stand at 6.30 m or higher by September 30, 2025?",
               "2025-09-30T23:59:59+00:00")
    t = derive_target(m)
    assert t.kind == "threshold" and t.threshold == 6.3 and t.threshold_unit == "metres"
    # batch-14 (Tokyo world championships, 15 September 2025)
    a = article("Mondo Duplantis lit up the third night of the Tokyo world championships when he broke the pole vault "
                "world record for the 14th time with a jump of 6.30m after securing a third straight world title on "
                "Monday.", published="2025-09-15T00:00:00+02:00")
    assert evaluate_market(m, [a], ts("2025-09-15T18:00:00+00:00")).verdict == "likely-yes"
    # the earlier record, short of the bar, crosses nothing
    b = article("The gold medal was already in the bag and all the other events finished when the American-born Swede "
                "had the bar raised a centimetre higher than the record height of 6.29m he managed in Budapest last "
                "month.", published="2025-09-15T00:00:00+02:00")
    assert evaluate_market(m, [b], ts("2025-09-15T18:00:00+00:00")).verdict == "undetermined"


def test_the_final_tally_of_an_event_declared_over_settles_a_count_of_one_kind():
    # batch-14 (Tanzania Marburg outbreak, 17 March 2025)
    a = article("Tanzania has officially declared an end to its Marburg virus (MBOV) outbreak as of March 13, following "
                "42 days with no new cases since the last confirmed patient death on Jan. 28. The outbreak resulted in "
                "two confirmed and eight probable cases, all of whom died.",
                title="Tanzania Declares End To Marburg Virus Outbreak", published="2025-03-17T00:00:00-04:00")
    m = market("Will Tanzania's 2025 Marburg virus outbreak record 5 or more laboratory-confirmed cases?",
               "2025-03-31T23:59:59+03:00", "Probable or suspected cases do not count.")
    v = evaluate_market(m, [a], ts("2025-03-17T12:00:00+00:00"))
    assert v.verdict == "likely-no" and any("2 confirmed cases" in c.reason for c in v.contributions)
    # the same tally in an article that does not say the event is over settles nothing (constructed)
    b = article("So far the outbreak has resulted in two confirmed and eight probable cases.",
                published="2025-02-01T00:00:00+03:00")
    assert evaluate_market(m, [b], ts("2025-02-01T12:00:00+00:00")).verdict == "undetermined"


def test_a_share_in_an_earlier_election_is_not_the_result():
    # constructed on the batch-13 Namibia market
    a = article("Netumbo Nandi-Ndaitwah, who previously won with 57 percent of the vote in a party primary, is running.",
                published="2024-11-20T00:00:00+02:00")
    m = market("Will Netumbo Nandi-Ndaitwah win Namibia's 2024 presidential election outright, without a run-off?",
               "2024-12-31T23:59:59+02:00",
               "This market will resolve to \"Yes\" if the Electoral Commission of Namibia declares Netumbo "
               "Nandi-Ndaitwah the winner with more than 50% of the votes, so that no run-off is required.")
    assert evaluate_market(m, [a], ts("2024-11-20T18:00:00+00:00")).verdict == "undetermined"
