"""Likely-yes misses of batch 80 (fifteenth round, r15-b80yes), each made right by a general reading:
a figure a party states, asked with its stating verb and figure noun ('put the … death toll at 75 or
more', 'report a death toll of 400 or more', 'put the magnitude of the … earthquake at 7.8 or
higher'), a threshold market (thresholds.py); a magnitude in the seismologists' notation ('from
M7.5 to M7.8'), a move and not a range; a first-person figure on the named source's own site, that
source's (attribution.own_release); a sum written as a compound modifier ('a $202-million weekend');
a record asked to stand after one named event and a report from it that the attempt failed
(engine/record_misses.py); a record kept in another scope ('Olympic record' for a world record,
ending_events._other_scope); a double-barrelled surname written with a space ('Griffith Joyner').
Sentences verbatim from the development corpus; each names its case."""

from resolver.engine import attribution
from resolver.engine.derive import derive_target
from resolver.engine.actors import spaced_surname
from resolver.engine.rules.threshold_figures import _VALUE
from tests.conftest import fired, news_market as market, run_case

# b80-grenfell-toll-75-by-jun30-2017-multi-yes
GRENFELL = dict(
    question='Will the Metropolitan Police put the Grenfell Tower fire death toll at 75 or more by June 30, 2017?',
    deadline='2017-06-30T23:59:59+01:00',
    criteria="This market will resolve to \"Yes\" if, on or before June 30, 2017, London's Metropolitan Police publicly state a death toll for the June 14, 2017 Grenfell Tower fire of 75 or more, counting people confirmed dead together with those the police say are missing and presumed dead. Otherwise, this market will resolve to \"No\".",
    as_of='2017-06-20T00:00:00+00:00',
    items=[
        ('https://enaghana.com/2017/06/19/grenfell-tower-fire-police-raise-death-toll-to-79/', '2017-06-19T00:00:00+00:00',
         'Grenfell Tower fire: police raise death toll to 79',
         'The number of people dead or missing presumed dead after the Grenfell Tower firehas risen to 79, police have said.'),
    ],
)

# b80-lombok-quake-toll-400-by-aug15-2018-multi-yes
LOMBOK = dict(
    question="Will Indonesia's disaster agency report a death toll of 400 or more from the August 5, 2018 Lombok earthquake by August 15, 2018?",
    deadline='2018-08-15T23:59:59+08:00',
    criteria="This market will resolve to \"Yes\" if, on or before August 15, 2018, Indonesia's National Disaster Mitigation Agency (BNPB) reports a death toll of 400 or more from the earthquake that struck Lombok on August 5, 2018. Figures from other government agencies or local media that BNPB has not confirmed do not count. Otherwise, this market will resolve to \"No\".",
    as_of='2018-08-14T00:00:00+00:00',
    items=[
        ('https://www.straitstimes.com/asia/se-asia/lombok-death-toll-rises-to-436-as-economic-losses-damage-hits-472m',
         '2018-08-13T00:00:00+08:00', 'Lombok quake death toll rises to 436 as economic losses, damage hit $470m',
         'JAKARTA (AFP) - The death toll from an earthquake on the Indonesian island of Lombok rose to 436 on Monday (Aug 13), the authorities said, as bodies were still being recovered from the ruins of destroyed buildings.'),
    ],
)

# b80-kaikoura-quake-geonet-7-8-nov2016-yes
KAIKOURA = dict(
    question='Will GeoNet put the magnitude of the November 14, 2016 Kaikoura earthquake at 7.8 or higher by November 30, 2016?',
    deadline='2016-11-30T23:59:59+13:00',
    criteria='This market will resolve to "Yes" if, on or before November 30, 2016, GeoNet (New Zealand\'s geological hazard monitoring service) states a magnitude of 7.8 or higher for the main earthquake that struck near Kaikoura/Culverden shortly after midnight on November 14, 2016. Otherwise, this market will resolve to "No".',
    as_of='2016-11-17T00:00:00+00:00',
    items=[
        ('http://info.geonet.org.nz/display/home/2016/11/16/Kaikoura+earthquake+update%3A+Magnitude+revised',
         '2016-11-16T18:00:00+13:00', 'Kaikoura earthquake update: Magnitude revised',
         'We have revised the initial magnitude of the Kaikoura earthquake from M7.5 to M7.8. The revision is based on further information that we have collected over the last 48 hours since the earthquake.'),
    ],
)

# b80-black-panther-3day-200m-2018-multi-yes
PANTHER = dict(
    question="Will Black Panther's three-day (Friday–Sunday) domestic opening weekend gross be $200 million or more?",
    deadline='2018-02-22T23:59:59-05:00',
    criteria='This market will resolve to "Yes" if the reported actual domestic (US and Canada) box office gross for Black Panther over its opening Friday-to-Sunday weekend of February 16-18, 2018 is $200 million or more, based on figures reported by February 22, 2018. Four-day Presidents Day holiday totals do not count. Otherwise, this market will resolve to "No".',
    as_of='2018-02-22T00:00:00+00:00',
    items=[
        ('http://www.fox13memphis.com/news/trending-now/black-panther-raking-in-the-dough-heres-the-records-the-blockbuster-has-smashed/703945555',
         '2018-02-21T00:00:00-06:00', "Black Panther raking in the dough: Here's the records the blockbuster has smashed",
         '“Black Panther” scored a $202-million weekend for its Friday-Sunday opening.'),
    ],
)

# b80-kipchoge-mark-survives-berlin-2019-stays-yes
KIPCHOGE = dict(
    question="Will the men's marathon world record of 2:01:39 still stand after the 2019 Berlin Marathon?",
    deadline='2019-09-29T23:59:59+02:00',
    criteria="This market will resolve to \"Yes\" if no runner in the 2019 Berlin Marathon (September 29, 2019) finishes in a time faster than Eliud Kipchoge's men's marathon world record of 2:01:39, so that the record still stands at the end of the race. Otherwise, this market will resolve to \"No\".",
    as_of='2019-09-30T00:00:00+00:00',
    items=[
        ('https://www.foxsportsasia.com/athletics/1178936/bekele-narrowly-misses-marathon-world-record-in-berlin-win/',
         '2019-09-29T00:00:00+08:00', 'Bekele narrowly misses marathon world record in Berlin win',
         'Kenenisa Bekele claimed a stunning victory at the Berlin marathon but fell two seconds short of breaking the world record.'),
    ],
)

# b80-flojo-100m-wr-stands-after-tokyo-final-multi-stays-yes
FLOJO = dict(
    question="Will Florence Griffith-Joyner's women's 100m world record of 10.49 still stand after the Tokyo 2020 Olympic final?",
    deadline='2021-07-31T23:59:59+09:00',
    criteria="This market will resolve to \"Yes\" if no athlete in the women's 100m final at the Tokyo 2020 Olympic Games (held July 31, 2021) runs faster than 10.49 seconds, so that Florence Griffith-Joyner's world record still stands after the race. Otherwise, this market will resolve to \"No\".",
    as_of='2021-08-01T12:00:00+00:00',
    items=[
        ('https://www.theolympian.com/news/nation-world/world/article253159318.html', '2021-07-31T00:00:00-07:00',
         "Thompson-Herah breaks Flo Jo's Olympic record in women's 100",
         "Elaine Thompson-Herah broke Florence Griffith Joyner's 33-year-old Olympic record in the women's 100 meters, crossing the line in 10.61 seconds Saturday to defend her title and lead a Jamaican sweep of the medals."),
        ('https://www.nbcdfw.com/news/sports/tokyo-summer-olympics/watch-jamaicas-elaine-thompson-herah-sets-olympic-record-in-womens-100m/2701703/',
         '2021-07-31T00:00:00-05:00', "Watch Jamaica's Elaine Thompson-Herah Set Olympic Record in Women's 100m",
         "She sped to a 10.61 time, beating Florence Griffith Joyner’s 10.62 set at the 1988 Seoul Olympics. It marks the second-fastest time in history, trailing Griffith Joyner's record 10.49."),
    ],
)


def _run(case, **over):
    c = {**case, **over}
    return run_case(c["question"], c["deadline"], c["criteria"], c["items"], c["as_of"])


def _target(question: str):
    return derive_target(market(question, "2030-01-01T00:00:00+00:00"))


# --- a figure a party states is a threshold market ---

def test_police_put_death_toll_at_is_threshold():
    v = _run(GRENFELL)
    assert v.verdict == "likely-yes"
    assert fired(v, "threshold_crossed")


def test_agency_report_death_toll_of_is_threshold():
    v = _run(LOMBOK)
    assert v.verdict == "likely-yes"
    assert fired(v, "threshold_crossed")


def test_stated_figure_shapes():
    t = _target(GRENFELL["question"])
    assert (t.kind, t.threshold, t.threshold_direction) == ("threshold", 75.0, "above")
    t = _target(KAIKOURA["question"])
    assert (t.kind, t.threshold, t.threshold_unit) == ("threshold", 7.8, "magnitude")


def test_count_without_figure_noun_stays_an_event():
    # must not fire: a count the act carries, no figure noun put at or of the bar
    t = _target("Will Tesla report at least 1.8 million vehicle deliveries for calendar year 2023?")
    assert t.kind == "event"
    t = _target("Will the agency report 400 deaths or more by August 15, 2018?")
    assert t.kind != "threshold" or t.threshold_unit  # no bare stated-figure reading without a figure noun


# --- a magnitude in seismic notation, in the source's own release ---

def test_geonet_revised_magnitude_in_own_release():
    v = _run(KAIKOURA)
    assert v.verdict == "likely-yes"
    assert fired(v, "threshold_crossed")


def test_first_person_on_another_site_is_not_the_source():
    text = "We have revised the initial magnitude of the Kaikoura earthquake from M7.5 to M7.8."
    assert attribution.own_release(text, text.index("M7.8"), "http://info.geonet.org.nz/display/x", ["GeoNet"]) == "GeoNet"
    assert attribution.own_release(text, text.index("M7.8"), "https://www.stuff.co.nz/national/x", ["GeoNet"]) is None
    plain = "The initial magnitude of the Kaikoura earthquake was revised from M7.5 to M7.8."
    assert attribution.own_release(plain, plain.index("M7.8"), "http://info.geonet.org.nz/x", ["GeoNet"]) is None


def test_seismic_notation_values():
    found = [m.group("mnum") for m in _VALUE.finditer("from M7.5 to M7.8, the M4 motorway, Mw 6.2")]
    assert found == ["7.5", "7.8", "6.2"]


def test_seismic_notation_not_read_for_other_units():
    v = _run(KAIKOURA, question="Will GeoNet report 7.8 or more aftershocks by November 30, 2016?")
    assert not [c for c in fired(v, "threshold_crossed") if "M7.8" in c.reason]


# --- a sum written as a compound modifier ---

def test_hyphenated_million_is_read():
    v = _run(PANTHER)
    assert v.verdict == "likely-yes"
    assert fired(v, "threshold_crossed")
    m = next(_VALUE.finditer("scored a $202-million weekend"))
    assert (m.group("num"), m.group("mult")) == ("202", "million")


def test_hyphen_before_other_word_is_not_a_multiplier():
    m = next(_VALUE.finditer("a $202-a-share offer"))
    assert m.group("mult") is None


# --- a record that survived the one event the market watches ---

def test_record_missed_at_the_event_stands():
    v = _run(KIPCHOGE)
    assert v.verdict == "likely-yes"
    assert any("missed" in c.reason for c in fired(v, "state_held"))


def test_olympic_record_broken_is_not_the_world_record():
    v = _run(FLOJO)
    assert v.verdict == "likely-yes"
    assert not fired(v, "state_ended")


def test_world_record_broken_still_ends_it():
    # must not be read as another scope: the world record itself broken
    items = [(FLOJO["items"][0][0], FLOJO["items"][0][1], "Thompson-Herah breaks Flo Jo's world record in women's 100",
              "Elaine Thompson-Herah broke Florence Griffith Joyner's world record in the women's 100 meters on Saturday.")]
    v = _run(FLOJO, items=items)
    assert fired(v, "state_ended")


def test_record_attempt_still_ahead_is_no_miss():
    items = [(KIPCHOGE["items"][0][0], KIPCHOGE["items"][0][1], "Bekele targets marathon world record in Berlin",
              "Kenenisa Bekele will try to break the world record at the Berlin marathon on Sunday.")]
    assert not any("missed" in c.reason for c in fired(_run(KIPCHOGE, items=items), "state_held"))


def test_miss_dated_in_another_year_is_not_the_event():
    items = [(KIPCHOGE["items"][0][0], KIPCHOGE["items"][0][1], "Bekele returns to Berlin",
              "Kenenisa Bekele fell two seconds short of breaking the marathon world record in Berlin last year.")]
    assert not any("missed" in c.reason for c in fired(_run(KIPCHOGE, items=items), "state_held"))


def test_record_through_a_date_is_not_one_event():
    # 'still stand on March 1': a window of many races, not one event's
    v = _run(KIPCHOGE, question="Will the men's marathon world record of 2:01:39 still stand on September 29, 2019?")
    assert not any("missed" in c.reason for c in fired(v, "state_held"))


def test_double_barrelled_surname_written_with_a_space():
    import re
    rx = re.compile(spaced_surname("Florence Griffith-Joyner"), re.I)
    assert rx.search("trailing Griffith Joyner's record 10.49")
    # must not match: the words in lowercase (an address's slug), a Korean given name, one surname
    assert not rx.search("democrat abigail spanberger defeats florence griffith joyner")
    assert spaced_surname("Lee Jae-myung") is None
    assert spaced_surname("Florence Joyner") is None
