"""'Stays true until' markets settled before the deadline (issue 10), on sentences published
verbatim (each test names its source page): an ending phrase, the holder announcing an exit,
going to the palace to resign, a successor named — and what is not an end: resigning another
office, announcing a resignation where only leaving office counts, a successor starting after
the deadline."""

from resolver.engine import evaluate_market
from tests.conftest import decided, news_article as article, news_market as market, ts


def ended(v) -> list:
    return [c for c in v.contributions if (c.base_rule or c.rule) == "state_ended" and c.direction == "no"]


LEVERKUSEN = market("Will Bayer Leverkusen remain unbeaten in all competitions through May 31, 2024?",
                    "2024-05-31T23:59:59+02:00",
                    "This market will resolve to \"Yes\" if Bayer Leverkusen does not lose any competitive match in the "
                    "2023-24 season through May 31, 2024.")
# https://www.skysports.com/football/atalanta-vs-bayer-leverkusen/report/504398
RUN_ENDS = article("https://www.skysports.com/football/atalanta-vs-bayer-leverkusen/report/504398",
                   "2024-05-22T00:00:00+01:00", "",
                   "Bayer Leverkusen's 51-game unbeaten run came to an end as Ademola Lookman scored a stunning "
                   "hat-trick for Atalanta, who won the Europa League final 3-0.")


def test_a_run_that_came_to_an_end_is_over():
    v = evaluate_market(LEVERKUSEN, [RUN_ENDS], ts("2024-05-23T00:00:00+00:00"))
    assert decided(v) == "likely-no" and "came to an end" in ended(v)[0].reason


KOMEITO = market("Will Komeito remain in the ruling coalition with the LDP through October 31, 2025?",
                 "2025-10-31T23:59:59+09:00",
                 "This market will resolve to \"Yes\" if Komeito remains a member of Japan's governing coalition with "
                 "the Liberal Democratic Party continuously through October 31, 2025. If Komeito announces that it is "
                 "leaving or ending the coalition before that date, this market will resolve to \"No\".")
# https://www.nationthailand.com/blogs/news/world/40056676
EXIT = article("https://www.nationthailand.com/blogs/news/world/40056676", "2025-10-11T00:00:00+07:00", "",
               "Komeito, dissatisfied with LDP President Sanae Takaichi's apparent attempt to put an end to the issue "
               "early, declared an exit from the partnership on Friday.")


def test_the_holder_declaring_an_exit_ends_it():
    v = evaluate_market(KOMEITO, [EXIT], ts("2025-10-12T00:00:00+00:00"))
    assert decided(v) == "likely-no" and "declared … exit" in ended(v)[0].reason


PM = market("Will Rishi Sunak remain UK Prime Minister through July 31, 2024?", "2024-07-31T23:59:59+01:00",
            "This market will resolve to \"Yes\" if Rishi Sunak holds the office of Prime Minister of the United "
            "Kingdom continuously through July 31, 2024. If he resigns or is replaced before then, this market will "
            "resolve to \"No\".")
LEADER = market("Will Rishi Sunak remain leader of the Conservative Party through July 31, 2024?",
                "2024-07-31T23:59:59+01:00",
                "This market will resolve to \"Yes\" if Rishi Sunak remains leader of the Conservative Party "
                "(including as interim leader while a successor is chosen) continuously through July 31, 2024.")
# https://news.rediff.com/commentary/2024/jul/05/rishi-sunak-meets-king-to-resign-as-uk-pm/93aeb4c4a39519b142254380a3ecc6b9
PALACE = article("https://news.rediff.com/commentary/2024/jul/05/rishi-sunak-meets-king-to-resign-as-uk-pm/"
                 "93aeb4c4a39519b142254380a3ecc6b9", "2024-07-05T15:33:00+05:30",
                 "Rishi Sunak meets king to resign as UK PM",
                 "Rishi Sunak resigns as Conservative Party leader after crushing election defeat.\n"
                 "Sunak arrived at Buckingham Palace to meet King Charles to formally resign as UK Prime Minister.")


def test_going_to_the_palace_to_resign_ends_that_office_only():
    v = evaluate_market(PM, [PALACE], ts("2024-08-01T12:00:00+00:00"))
    assert decided(v) == "likely-no" and any("arrived … to resign" in c.reason for c in ended(v))
    assert not ended(evaluate_market(LEADER, [PALACE], ts("2024-07-06T12:00:00+00:00")))


ISHIBA = market("Will Shigeru Ishiba remain Prime Minister of Japan through September 30, 2025?",
                "2025-09-30T23:59:59+09:00",
                "This market will resolve to \"Yes\" if Shigeru Ishiba continuously holds the office of Prime Minister "
                "of Japan through September 30, 2025. An announcement that he will resign does not by itself resolve "
                "this market; it resolves to \"No\" only if a successor is designated prime minister or he otherwise "
                "leaves office before that date.")
SCHOOF = market("Will the Schoof cabinet remain in office without resigning through June 30, 2025?",
                "2025-06-30T23:59:59+02:00",
                "This market will resolve to \"Yes\" if Dutch Prime Minister Dick Schoof's cabinet does not tender its "
                "resignation and the governing coalition does not collapse before June 30, 2025.")
# https://www.nippon.com/en/news/yjj2025090700235/pm-ishiba-to-resign-after-july-election-defeat.html
ANNOUNCED = article("https://www.nippon.com/en/news/yjj2025090700235/pm-ishiba-to-resign-after-july-election-defeat.html",
                    "2025-09-07T00:00:00+09:00", "",
                    "Tokyo, Sept. 7 (Jiji Press)--Japanese Prime Minister Shigeru Ishiba on Sunday announced his "
                    "resignation following his ruling Liberal Democratic Party's major defeat in the July House of "
                    "Councillors election.")
# https://www.gamereactor.eu/dutch-government-collapses-after-far-right-exit-1553773/
TENDERED = article("https://www.gamereactor.eu/dutch-government-collapses-after-far-right-exit-1553773/",
                   "2025-06-03T00:00:00+02:00", "",
                   "Prime Minister Dick Schoof announced his resignation shortly after, leaving the Netherlands in the "
                   "hands of a caretaker administration.")


def test_an_announced_resignation_ends_it_only_where_tendering_counts():
    assert not ended(evaluate_market(ISHIBA, [ANNOUNCED], ts("2025-09-08T00:00:00+00:00")))
    v = evaluate_market(SCHOOF, [TENDERED], ts("2025-06-04T00:00:00+00:00"))
    assert decided(v) == "likely-no" and ended(v)


CALHOUN = market("Will Dave Calhoun remain CEO of Boeing through December 31, 2024?", "2024-12-31T23:59:59-05:00",
                 "This market will resolve to \"Yes\" if Dave Calhoun continuously holds the position of President and "
                 "CEO of The Boeing Company through December 31, 2024. If a successor takes office as CEO before that "
                 "time, this market will resolve to \"No\".")
# https://www.nbcwashington.com/news/business/money-report/boeing-taps-former-collins-aerospace-ceo-kelly-ortberg-to-replace-dave-calhoun/3679896/
NAMED = article("https://www.nbcwashington.com/news/business/money-report/boeing-taps-former-collins-aerospace-ceo-"
                "kelly-ortberg-to-replace-dave-calhoun/3679896/", "2024-07-31T00:00:00-04:00", "",
                "Boeing has named Robert \"Kelly\" Ortberg to replace CEO Dave Calhoun, picking a longtime aerospace "
                "veteran as the company scrambles to regain its footing from safety and manufacturing crises. "
                "He'll start Aug. 8.")


def test_a_successor_named_ends_it_unless_he_starts_after_the_deadline():
    v = evaluate_market(CALHOUN, [NAMED], ts("2024-08-10T12:00:00+00:00"))
    assert decided(v) == "likely-no" and "named … to replace" in ended(v)[0].reason
    early = CALHOUN.model_copy(update={"deadline": ts("2024-08-05T23:59:59-04:00")})
    v = evaluate_market(early, [NAMED], ts("2024-08-01T12:00:00+00:00"))
    assert not [c for c in ended(v) if c.weight]
