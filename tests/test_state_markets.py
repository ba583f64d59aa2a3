"""'Stays true until' markets on real published text (batches of tests/data/realnews; each
test names its source page): holding an office on a date is a state, a ruled-out cue must
stand near the act, and a later report that the holder got the state back supersedes an
earlier report that it ended."""

from resolver.engine import evaluate_market
from resolver.engine.derive import derive_target
from resolver.engine.types import Article, Market
from tests.conftest import decided, ts

LECORNU = Market(
    id="lecornu", question="Will S\u00e9bastien Lecornu be Prime Minister of France on October 20, 2025?",
    deadline=ts("2025-10-20T23:59:59+02:00"),
    criteria="This market will resolve to \"Yes\" if S\u00e9bastien Lecornu holds the office of Prime Minister of "
             "France on October 20, 2025, including if he was reappointed after an earlier resignation.")
# https://www.business-standard.com/amp/world-news/
#   france-prime-minister-sebastien-lecornu-resignation-macron-125100600505_1.html
RESIGNED = Article(
    url="https://www.business-standard.com/amp/world-news/france-prime-minister-sebastien-lecornu-resignation-macron"
        "-125100600505_1.html",
    title="France's PM Sebastien Lecornu resigns hours after unveiling new cabinet",
    published=ts("2025-10-06T00:00:00+05:30"),
    text=("France\u2019s Prime Minister Sebastien Lecornu resigned on Monday, only hours after unveiling his new "
          "cabinet."))
# https://eu.news-pravda.com/world/2025/10/17/120589.html
REAPPOINTED = Article(
    url="https://eu.news-pravda.com/world/2025/10/17/120589.html",
    title="Lecornu government survives first no-confidence vote after pension reform concession",
    published=ts("2025-10-17T00:00:00+02:00"),
    text="French Prime Minister S\u00e9bastien Lecornu has survived his first no-confidence vote since being "
         "reappointed, with the motion falling short by 18 votes.")

ISHIBA = Market(
    id="ishiba", question="Will Shigeru Ishiba still be Prime Minister of Japan on September 30, 2025?",
    deadline=ts("2025-09-30T23:59:59+09:00"),
    criteria="This market will resolve to \"Yes\" if Shigeru Ishiba holds the office of Prime Minister of Japan on "
             "September 30, 2025, including as an outgoing prime minister after announcing his resignation.")
# https://www.nationthailand.com/blogs/news/world/40056360
SUCCESSOR = Article(
    url="https://www.nationthailand.com/blogs/news/world/40056360", title="Takaichi wins LDP leadership race",
    published=ts("2025-10-04T00:00:00+07:00"),
    text=("Takaichi, 64, beat agriculture minister Shinjiro Koizumi, 44, by a vote of 185 to 156 in a runoff in "
          "the party election to choose the successor to outgoing Prime Minister Shigeru Ishiba.\n\nTakaichi "
          "received 149 votes from LDP lawmakers and 36 from its 47 prefectural chapters, both surpassing "
          "Koizumi's 145 and 11, respectively.\n\n\"We added a new page in the LDP's history,\" Takaichi said in "
          "her victory speech. \"We have a tough road ahead, as there are many things that we must tackle "
          "together.\"\n\nTakaichi, whose term as LDP leader lasts until September 2027, is widely expected to be "
          "elected prime minister on the first day of an extraordinary session of the Diet, expected to begin on "
          "Oct. 15, as the opposition camp is not expected to unite behind a single candidate, despite the "
          "LDP-Komeito coalition lacking majorities in both Diet chambers."))


def test_holding_an_office_on_a_date_is_a_state():
    for m in (LECORNU, ISHIBA):
        t = derive_target(m)
        assert (t.kind, t.act, t.object_terms) == ("state", "remain", ["prime", "minister"])
    nxt = derive_target(Market(id="x", question="Will Kemi Badenoch be the next Prime Minister?",
                               deadline=ts("2026-01-01T00:00:00+00:00")))
    assert nxt.kind != "state"


def test_a_later_reappointment_supersedes_the_resignation():
    only_resignation = evaluate_market(LECORNU, [RESIGNED], ts("2025-10-21T08:00:00+00:00"))
    assert decided(only_resignation) == "likely-no"
    v = evaluate_market(LECORNU, [RESIGNED, REAPPOINTED], ts("2025-10-21T08:00:00+00:00"))
    assert decided(v) == "likely-yes"
    ended = [c for c in v.contributions if c.rule == "state_ended"]
    assert ended and not any(c.counted for c in ended) and "holds again" in ended[0].reason
    assert any(c.rule == "state_restored" and c.weight == 0.0 for c in v.contributions)


def test_a_cue_about_another_event_in_a_long_sentence_rules_nothing_out():
    v = evaluate_market(ISHIBA, [SUCCESSOR], ts("2025-10-05T00:00:00+00:00"))
    assert not any(c.rule == "ruled_out" for c in v.contributions)
    assert decided(v) == "likely-yes"


GAZA = Market(
    id="gaza-truce", question="Will the 72-hour Gaza humanitarian ceasefire that began on August 1, 2014 hold for its "
                               "full 72 hours?",
    deadline=ts("2014-08-04T08:00:00+03:00"),
    criteria="This market will resolve to \"Yes\" if the 72-hour humanitarian ceasefire between Israel and Hamas that "
             "took effect at 8 a.m. local time on August 1, 2014 remains in effect until its scheduled end, without "
             "either side declaring it over or resuming military operations.")
# https://infobalkans.com/2014/08/01/gaza-truce-collapses-under-new-wave-violence
COLLAPSED = Article(
    url="https://infobalkans.com/2014/08/01/gaza-truce-collapses-under-new-wave-violence",
    title="Gaza truce collapses under new wave of violence", published=ts("2014-08-01T00:00:00+02:00"),
    text="Within hours, air raid sirens warning of rocket fire were heard on the Israeli side of the border, and heavy "
         "shelling resumed in the southern Gaza city of Rafah, killing at least 35 people and wounding 100, medics "
         "said. Shortly afterwards the Israeli army said the ceasefire was over and that it was searching for a "
         "soldier feared to have been captured in the enclave.")


def test_a_truce_that_holds_is_a_state_and_sirens_heard_do_not_confirm_it():
    t = derive_target(GAZA)
    assert (t.kind, t.act) == ("state", "hold") and "ceasefire" in t.object_terms
    v = evaluate_market(GAZA, [COLLAPSED], ts("2014-08-02T06:00:00+00:00"))
    assert decided(v) == "likely-no"
    assert not any(c.rule == "confirmation" and c.counted and c.direction == "yes" for c in v.contributions)


def test_a_date_that_must_remain_unchanged_is_a_state_and_an_intransitive_act_takes_its_subject():
    t = derive_target(Market(id="x", question="Will the August 1, 2025 start date for Trump's new reciprocal tariff "
                                              "rates remain unchanged through July 31, 2025?",
                             deadline=ts("2025-07-31T23:59:59-04:00")))
    assert (t.kind, t.act, t.object_terms) == ("state", "remain", ["start", "date"])
    t = derive_target(Market(id="y", question="Will Nintendo Switch 2 pre-orders open in the US by April 30, 2025?",
                             deadline=ts("2025-04-30T23:59:59-04:00")))
    assert (t.kind, t.act, t.object_terms) == ("event", "open", ["pre-orders"])


def test_a_plan_for_something_else_than_the_object_is_not_scheduled_after_the_deadline():
    market = Market(id="switch", question="Will Nintendo Switch 2 pre-orders open in the US by April 30, 2025?",
                    deadline=ts("2025-04-30T23:59:59-04:00"))
    # https://www.pocket-lint.com/switch-2-preorder-delay/
    article = Article(url="https://www.pocket-lint.com/switch-2-preorder-delay/",
                      title="Nintendo delays Switch 2 pre-orders in the US", published=ts("2025-04-04T00:00:00-04:00"),
                      text="The Switch 2's release date remains unchanged, still set to launch globally on June 5, "
                           "2025.")
    v = evaluate_market(market, [article], ts("2025-04-05T00:00:00+00:00"))
    assert not any(c.rule == "scheduled_after_deadline" for c in v.contributions) and decided(v) == "undetermined"


SUNAK = Market(
    id="sunak", question="Will Rishi Sunak remain UK Prime Minister through July 31, 2024?",
    deadline=ts("2024-07-31T23:59:59+01:00"),
    criteria="This market will resolve to \"Yes\" if Rishi Sunak holds the office of Prime Minister of the United "
             "Kingdom continuously through July 31, 2024. If he resigns or is replaced before then, this market will "
             "resolve to \"No\".")
# https://news.rediff.com/commentary/2024/jul/05/rishi-sunak-meets-king-to-resign-as-uk-pm/
#   93aeb4c4a39519b142254380a3ecc6b9
TO_RESIGN = Article(
    url="https://news.rediff.com/commentary/2024/jul/05/rishi-sunak-meets-king-to-resign-as-uk-pm/"
        "93aeb4c4a39519b142254380a3ecc6b9",
    title="Rishi Sunak meets king to resign as UK PM", published=ts("2024-07-05T15:33:00+05:30"),
    text="Rishi Sunak resigns as Conservative Party leader after crushing election defeat.\nSunak arrived at "
         "Buckingham Palace to meet King Charles to formally resign as UK Prime Minister.")


def test_going_to_the_palace_to_resign_ends_a_state_market_never_a_yes_by_deadline():
    """The deadline passing without news never makes this a yes; going to the palace 'to
    formally resign' is read as the state's end (the state-endings lexicon), so it is a no."""
    v = evaluate_market(SUNAK, [TO_RESIGN], ts("2024-08-01T12:00:00+00:00"))
    assert (v.verdict, v.status) == ("likely-no", "ruled-out")
    assert any(c.rule == "state_ended" and "resign" in c.reason for c in v.contributions)
