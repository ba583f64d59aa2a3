"""The reported act must be about the market's own object, in full (issue 10): a win in another
category of the same prize is neither a rival's win nor the candidate's; a market on all N of
something is not confirmed by a report that says neither 'all' nor N; data that 'show' a clause
make the clause's verb the act; a support verb keeps its noun ('make landfall'); and a sentence
that tells the outcome in a score or in another language holds the deadline's silence.
Verbatim sentences of the development batches (each with its page)."""

from resolver.engine import evaluate_market
from resolver.engine.derive import derive_target
from resolver.engine.parts import asked_count, whole_unstated
from resolver.engine.text import article_sentences
from tests.conftest import decided, news_article as article, news_market as market, ts


def _rules(v, name: str) -> list:
    return [c for c in v.contributions if c.rule == name and c.counted]


PULITZER = market("Will Eboni Booth's \"Primary Trust\" win the 2024 Pulitzer Prize for Drama?", "2024-05-31T23:59:59-04:00",
                  "This market will resolve to \"Yes\" if the Pulitzer Prize Board names Eboni Booth's play \"Primary "
                  "Trust\" as the winner of the 2024 Pulitzer Prize for Drama. Otherwise, this market will resolve to \"No\".")
# https://beta.candorium.com/news/20240506203234761/jayne-anne-phillips-novel-night-watch-eboni-booths-drama-primary-trust-among-pulitzer-winners
FICTION = article("https://beta.candorium.com/news/20240506203234761/jayne-anne-phillips-novel-night-watch-eboni-booths-"
                  "drama-primary-trust-among-pulitzer-winners", "2024-05-06T00:00:00-04:00",
                  "Jayne Anne Phillips' novel 'Night Watch,' Eboni Booth's drama 'Primary Trust' among Pulitzer winners",
                  "NEW YORK (AP) — Jayne Anne Phillips' “Night Watch,” a mother-daughter saga set in a West Virginia "
                  "asylum after the Civil War, has won the Pulitzer Prize for fiction.")


def test_a_win_in_another_category_of_the_prize_is_no_rivals_win():
    v = evaluate_market(PULITZER, [FICTION], ts("2024-05-07T12:00:00-04:00"))
    assert not _rules(v, "rival_outcome") and decided(v) != "likely-no"


GLOBES = market("Will \"Nickel Boys\" win Best Motion Picture – Drama at the 2025 Golden Globes?", "2025-01-05T23:59:59-08:00")
# (batch 30) "The Brutalist" was named best movie drama …: the same category in other words
DRAMA = article("https://example.org/golden-globes-2025", "2025-01-06T09:16:00+04:00",
                "Golden Globes 2025: 'The Brutalist,' 'Emilia Perez' win top film honours",
                "\"The Brutalist\" was named best movie drama and star Adrien Brody won best film actor.")


def test_the_same_category_in_other_words_is_still_the_markets():
    v = evaluate_market(GLOBES, [DRAMA], ts("2025-01-06T12:00:00-08:00"))
    assert _rules(v, "rival_outcome")


LETBY = market("Will Lucy Letby be found guilty on all 22 charges she faced?", "2023-08-31T23:59:59+01:00",
               "This market will resolve to \"Yes\" if the jury at Manchester Crown Court returns guilty verdicts on all "
               "22 charges against Lucy Letby in her 2022–2023 trial. Otherwise, this market will resolve to \"No\".")
# https://news.yahoo.com/nurse-lucy-letby-found-guilty-155321662.html
SEVEN = article("https://news.yahoo.com/nurse-lucy-letby-found-guilty-155321662.html", "2023-08-18T00:00:00+01:00",
                "Nurse Lucy Letby found guilty of murdering seven babies",
                "Lucy Letby has been found guilty of murdering seven babies and attempting to murder six others while "
                "working as a nurse at the Countess of Chester Hospital.")


def test_a_report_that_says_neither_all_nor_n_does_not_confirm_all_n():
    v = evaluate_market(LETBY, [SEVEN], ts("2023-08-19T12:00:00+00:00"))
    assert not _rules(v, "confirmation") and decided(v) == "undetermined"
    assert any("needs all 22" in c.reason for c in v.contributions)


def test_all_n_named_or_k_of_n_is_read_as_such():
    n = asked_count("Will all 50 of Dominique Pelicot's co-defendants be found guilty in the Mazan rape trial verdict?")
    assert n == "50"
    # (batch 13) "It also found all 50 of his co-defendants guilty at the end of a historic four-month serial rape trial …"
    whole = article_sentences("", "It also found all 50 of his co-defendants guilty at the end of a historic four-month "
                                  "serial rape trial.")[0]
    assert whole_unstated(whole, n) is None
    part = article_sentences("", "The jury found him guilty on 10 of the 22 charges.")[0]
    assert whole_unstated(part, "22")


def test_the_partitive_subject_is_what_is_counted():
    t = derive_target(market("Will all 50 of Dominique Pelicot's co-defendants be found guilty in the Mazan rape trial "
                             "verdict?", "2024-12-31T23:59:59+01:00"))
    assert "co-defendants" in t.object_terms and t.quantifier == "all"


JAPAN = market("Will Japan's preliminary GDP data show the economy grew in October–December 2023?", "2024-02-29T23:59:59+09:00")
# https://www.upi.com/Top_News/World-News/2024/02/15/Japan-economy-recession/6141707989217/
SHOW = article("https://www.upi.com/Top_News/World-News/2024/02/15/Japan-economy-recession/6141707989217/",
               "2024-02-15T07:05:00-05:00", "Japan slides into recession, cedes spot as third largest economy to Germany",
               "Feb. 15 (UPI) -- Japan's economy contracted for the second straight quarter in the October to December "
               "period, pushing it into a technical recession and ceding its spot as the world's third-largest economy to "
               "Germany, GDP figures out Thursday show.")


def test_data_that_show_a_clause_make_its_verb_the_act():
    t = derive_target(JAPAN)
    assert t.act == "grow" and t.object_terms == ["economy"]
    v = evaluate_market(JAPAN, [SHOW], ts("2024-02-16T12:00:00+00:00"))
    assert decided(v) == "likely-no" and "'contracted'" in _rules(v, "opposite_outcome")[0].reason


def test_a_support_verb_keeps_its_noun_before_another_verb_word():
    t = derive_target(market("Will Cyclone Remal make landfall on the Bangladesh–West Bengal coast by May 26, 2024 (IST)?",
                             "2024-05-26T23:59:59+05:30"))
    assert t.act == "make" and t.object_terms == ["landfall"]


FINAL = market("Will the 2023 US Open women's singles final go to a third set?", "2023-09-09T23:59:59-04:00",
               "This market will resolve to \"Yes\" if the 2023 US Open women's singles final is decided in three sets. "
               "Otherwise, this market will resolve to \"No\".")
# https://www.channel3000.com/news/national-and-world-news/us-open-women-s-final-american-coco-gauff-rallies-to-defeat-aryna-sabalenka-in-dramatic/article_0d1f13f5-30d6-5cb6-b45e-b49d61eb78ff.html
SCORE = article("https://www.channel3000.com/news/national-and-world-news/us-open-women-s-final-american-coco-gauff-"
                "rallies-to-defeat-aryna-sabalenka-in-dramatic/article_0d1f13f5-30d6-5cb6-b45e-b49d61eb78ff.html",
                "2023-09-09T00:00:00-04:00", "'This is crazy': Coco Gauff on winning US Open",
                "Queens, New York (CNN) — Coco Gauff, the world No. 10 women’s singles player, has defeated Belarusian "
                "Aryna Sabalenka 2-6 6-3 6-2 with a dramatic comeback in the women’s US Open final.")


def test_a_score_for_a_market_on_a_part_of_the_contest_is_unread_evidence():
    # a score the set reading cannot take (a match score, not set by set) still holds the deadline
    games = article(SCORE.url, "2023-09-09T00:00:00-04:00", SCORE.title,
                    "Coco Gauff has defeated Aryna Sabalenka 2-1 in the women’s US Open final.")
    v = evaluate_market(FINAL, [games], ts("2023-09-10T12:00:00+00:00"))
    assert decided(v) == "undetermined" and v.status == "unread-evidence"


CESAR = market("Will 'Anatomie d'une chute' win the César for Best Film at the 2024 César Awards?", "2024-02-23T23:59:59+01:00")
# https://french.lucireksa.com/2024/02/24/cesar-2024-anatomie-dune-chute-triomphe-judith-godreche-emeut-monia-chokri-cree-la-surprise/
FRENCH = article("https://french.lucireksa.com/2024/02/24/cesar-2024-anatomie-dune-chute-triomphe-judith-godreche-emeut-"
                 "monia-chokri-cree-la-surprise/", "2024-02-24T00:00:00+01:00",
                 "César 2024 : « Anatomie d’une chute » triomphe, Judith Godrèche émeut, Monia Chokri crée la surprise",
                 "Sa réalisatrice Justine Triet sort grande gagnante de la 49e cérémonie des César, vendredi 23 février, "
                 "à L’Olympia (Paris), avec six trophées, dont celui du meilleur film.")


def test_a_sentence_in_another_language_naming_the_market_holds_the_deadline():
    v = evaluate_market(CESAR, [FRENCH], ts("2024-02-24T12:00:00+00:00"))
    assert decided(v) == "undetermined" and v.status == "unread-evidence"


def test_a_set_by_set_score_of_the_final_counts_its_sets():
    v = evaluate_market(FINAL, [SCORE], ts("2023-09-10T12:00:00+00:00"))
    assert decided(v) == "likely-yes" and "is 3 sets" in _rules(v, "confirmation")[0].reason
    # (the same page) a straight-sets score would settle it the other way
    two = article(SCORE.url, "2023-09-09T00:00:00-04:00", SCORE.title,
                  "Coco Gauff has defeated Aryna Sabalenka 6-2, 6-3 in the women’s US Open final.")
    assert decided(evaluate_market(FINAL, [two], ts("2023-09-10T12:00:00+00:00"))) == "likely-no"


def _sentence(text: str):
    return article_sentences("", text)[0]


def _other_category(question: str, text: str, verb: str) -> str | None:
    from resolver.engine import categories
    sent = _sentence(text)
    i = next(k for k, t in enumerate(sent.tokens) if t.lower == verb)
    return categories.other(categories.of_market(question), sent, i)


def test_categories_read_on_other_real_sentences():
    drama = "Will Eboni Booth's \"Primary Trust\" win the 2024 Pulitzer Prize for Drama?"
    # https://www.answers.com/Q/What_playwright_won_the_Pulitzer_Prize_in_1935
    assert _other_category(drama, "Cormac McCarthy won the 2007 Pulitzer Prize in Fiction for his novel, The Road.", "won")
    assert not _other_category(drama, "Arthur Miller won the 1949 Pulitzer Prize in Drama for his play Death of a "
                                      "Salesman.", "won")
    # (same page) a category told only in lowercase after 'in' is not read: no gate
    assert not _other_category(drama, "Ellen Glasgow won the 1942 Pulitzer Prize in fiction for her novel, In This Our "
                                      "Life.", "won")
    singles = "Will Coco Gauff win the 2023 US Open women's singles title?"
    # https://thenorwester.ca/?p=3986
    assert _other_category(singles, "Canada’s Gabriela Dabrowski and New Zealand’s Erin Rudliff defeated Germany’s Laura "
                                    "Siegmund and Russia’s Vera Zvonareva on Sunday in the women’s doubles.", "defeated")
    assert not _other_category(singles, "We’re assuming you know about Coco Goff’s big win in the women’s singles on "
                                        "Saturday.", "win")


def test_the_prize_given_to_the_candidate_is_its_win():
    # (same AP page as FICTION) the drama prize given to the candidate, in the passive
    drama = article(FICTION.url, "2024-05-06T00:00:00-04:00", FICTION.title,
                    "The drama prize was awarded to Eboni Booth’s “Primary Trust,” about a bookstore worker's unexpected "
                    "journey after he loses his job.")
    v = evaluate_market(PULITZER, [FICTION, drama], ts("2024-05-07T12:00:00-04:00"))
    assert decided(v) == "likely-yes" and "awarded" in _rules(v, "confirmation")[0].reason
    # (the same sentence with another category) is not the market's prize
    fiction = article(FICTION.url, "2024-05-06T00:00:00-04:00", FICTION.title,
                      "The fiction prize was awarded to Eboni Booth’s “Primary Trust,” about a bookstore worker's "
                      "unexpected journey after he loses his job.")
    assert decided(evaluate_market(PULITZER, [fiction], ts("2024-05-07T12:00:00-04:00"))) != "likely-yes"


def test_a_prize_given_to_the_candidate_in_another_page():
    akins = market("Will Zoe Akins win the 1935 Pulitzer Prize for Drama?", "1935-12-31T23:59:59-05:00")
    # https://www.answers.com/Q/What_playwright_won_the_Pulitzer_Prize_in_1935
    page = article("https://www.answers.com/Q/What_playwright_won_the_Pulitzer_Prize_in_1935", "1935-05-07T00:00:00-05:00",
                   "What playwright won the Pulitzer Prize in 1935?",
                   "The 1935 Pulitzer Prize for Drama was awarded to Zoe Akins for her dramatization of Edith Wharton's "
                   "novel, The Old Maid.")
    assert decided(evaluate_market(akins, [page], ts("1935-05-08T12:00:00-05:00"))) == "likely-yes"


# https://kalingatv.com/world/2023-nobel-for-literature-awarded-to-jon-fosse/
FOSSE = article("https://kalingatv.com/world/2023-nobel-for-literature-awarded-to-jon-fosse/", "2023-10-05T00:00:00+05:30",
                "2023 Nobel for Literature Awarded to Jon Fosse",
                "Stockholm: The 2023 Nobel Prize in Literature was awarded to Jon Fosse on Thursday, said reliable "
                "official reports.")


def test_a_prize_given_to_someone_else_names_the_rival_after_to():
    murakami = market("Will Haruki Murakami win the 2023 Nobel Prize in Literature?", "2023-10-31T23:59:59+00:00")
    v = evaluate_market(murakami, [FOSSE], ts("2023-10-06T12:00:00+00:00"))
    assert decided(v) == "likely-no" and "Jon Fosse" in _rules(v, "rival_outcome")[0].reason
    # the prize's category and its role noun are no rival ('Nobel Prize, Literature'; 'Turner Prize Winner')
    fosse = market("Will Jon Fosse win the 2023 Nobel Prize in Literature?", "2023-10-31T23:59:59+00:00")
    assert decided(evaluate_market(fosse, [FOSSE], ts("2023-10-06T12:00:00+00:00"))) == "likely-yes"


SPAIN = market("Will Spain formally recognize the State of Palestine by May 25, 2024?", "2024-05-25T23:59:59+02:00",
               "This market will resolve to \"Yes\" if Spain's recognition of the State of Palestine formally takes effect "
               "by May 25, 2024. An announcement of intent alone does not count. Otherwise, this market will resolve to "
               "\"No\".")
# https://www.ilna.ir/Section-world-8/1484623-ireland-norway-and-spain-recognize-palestine-as-independent-state
RECOGNISE = article("https://www.ilna.ir/Section-world-8/1484623-ireland-norway-and-spain-recognize-palestine-as-"
                    "independent-state", "2024-05-22T00:00:00+03:30",
                    "Ireland, Norway and Spain recognize Palestine as independent state",
                    "Shortly after Mr Harris's statement in Dublin, Spain's Prime Minister Pedro Sanchez and Norway's "
                    "foreign minister, Espen Barth Eide, said both countries will recognise a Palestinian state from 28 May.")


def test_the_other_spelling_of_the_act_tells_the_act_still_to_come():
    v = evaluate_market(SPAIN, [RECOGNISE], ts("2024-05-23T12:00:00+00:00"))
    assert not [c for c in _rules(v, "confirmation") if c.direction == "yes"] and decided(v) == "likely-no"
    assert _rules(v, "scheduled_after_deadline")


BIPARJOY = market("Will Cyclone Biparjoy make landfall on the Gujarat coast by June 15, 2023 (IST)?", "2023-06-15T23:59:59+05:30",
                  "This market will resolve to \"Yes\" if Cyclone Biparjoy makes landfall (the landfall process begins, per "
                  "the India Meteorological Department) on the coast of Gujarat, India, by June 15, 2023, 11:59 PM IST. "
                  "Otherwise, this market will resolve to \"No\".")
# (batch 20) 'In Pictures: Aftermath of Cyclone Biparjoy', published the day after the deadline
STARTED = article("https://example.org/aftermath-of-cyclone-biparjoy", "2023-06-16T00:00:00+05:30",
                  "In Pictures: Aftermath of Cyclone Biparjoy",
                  "The cyclone started making landfall near Jakhau Port from 6.30 pm on Thursday and the entire cyclone "
                  "moved into the coast by 2.30 am.")


def test_a_begun_act_counts_when_the_criteria_count_its_beginning():
    v = evaluate_market(BIPARJOY, [STARTED], ts("2023-06-16T23:30:00+05:30"))
    assert decided(v) == "likely-yes" and "begun" in _rules(v, "confirmation")[0].reason
    # without criteria counting the beginning, a begun process is not the act done
    bare = market(BIPARJOY.question, "2023-06-15T23:59:59+05:30")
    assert decided(evaluate_market(bare, [STARTED], ts("2023-06-16T23:30:00+05:30"))) != "likely-yes"


def test_a_support_verb_before_an_event_noun_that_is_also_a_verb():
    # 'make its third launch': the act is the launch, 'third' a qualifier, not 'make' part of the object
    t = derive_target(market("Will South Korea's Nuri rocket make its third launch by May 24, 2023?",
                             "2023-05-24T23:59:59+09:00"))
    assert t.act == "launch" and "make" not in t.object_terms and t.complement_terms == ["third"]
    t = derive_target(market("Will Gilmour Space's Eris rocket make its maiden launch by July 20, 2025?",
                             "2025-07-20T23:59:59+10:00"))
    assert t.act == "launch" and t.complement_terms == ["maiden"]


def test_a_work_named_after_for_is_no_category():
    from resolver.engine import categories
    # 'won the Oscar for Oppenheimer': the work the prize was for, not a category of the prize
    assert not categories.of_market("Christopher Nolan won the Oscar for Oppenheimer at the ceremony").stated
    assert categories.of_market("Will Oppenheimer win the Oscar for Best Picture?").named == {"picture"}


def test_an_undated_win_of_the_named_edition_the_morning_after_is_its_result():
    botafogo = market("Will Botafogo win the 2024 Copa Libertadores?", "2024-11-30T23:59:59-03:00",
                      "This market will resolve to \"Yes\" if Botafogo wins the 2024 Copa Libertadores final against "
                      "Atlético Mineiro in Buenos Aires on November 30, 2024, including after extra time or penalties. "
                      "Otherwise, this market will resolve to \"No\".")
    # (batch 30) a page of the day after the final, its hour unknown
    page = article("https://example.org/botafogo-copa-libertadores", "2024-12-01T00:00:00-03:00",
                   "Botafogo wins Copa Libertadores for the first time in its history",
                   "Botafogo was crowned champion of the Copa Libertadores, the most important club tournament in South "
                   "America.")
    v = evaluate_market(botafogo, [page], ts("2024-12-01T12:00:00-03:00"))
    assert decided(v) == "likely-yes" and "named edition" in str(_rules(v, "confirmation")[0])
