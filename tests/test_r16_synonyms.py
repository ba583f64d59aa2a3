"""The act told in other words (sixteenth round, r16-synonyms), read through the frame lexicon
(resolver/data/frames.json): a 'terminate' frame whose verbs report ending an agreement or a bid
('agreed Wednesday to drop their merger'; abandon, drop, scrap, ditch, call off, walk away from),
where, as for other acts of will, deciding is doing (mentions.POLICY_FRAMES); 'give up' a seat as a
question's phrasal act for resigning; and a splashdown entailing that a (test) flight was completed
(entailments 'complete flight' / 'complete test flight'). Sentences verbatim from the development
corpus; each names its case; the must-not-fire wordings are the near misses."""

from tests.conftest import decided, fired, run_case

SPIRIT_Q = "Will Spirit Airlines and Frontier terminate their merger agreement by July 31, 2022?"
SPIRIT_C = ('This market will resolve to "Yes" if, by July 31, 2022, Spirit Airlines and/or Frontier Group Holdings '
            'announce the termination of their February 2022 merger agreement. Otherwise, this market will resolve '
            'to "No".')
# b51-spirit-frontier-merger-terminated-by-jul31-2022-multi-yes (verbatim)
SPIRIT = ("Spirit Airlines and Frontier Airlines are abandoning their merger proposal, which opens the way for "
          "JetBlue Airways to strike a deal for Spirit. Frontier and Spirit agreed Wednesday to drop their merger "
          "even while Spirit shareholders were still voting on it.")


def _spirit(text: str, title: str = "With Frontier deal dead, Spirit ponders sale to JetBlue"):
    return run_case(SPIRIT_Q, "2022-07-31T23:59:59-04:00", SPIRIT_C,
                    [("https://kesq.com/news/a", "2022-07-27T00:00:00-04:00", title, text)],
                    "2022-07-28T00:00:00+00:00")


def test_agreed_to_drop_merger_terminates_it():
    v = _spirit(SPIRIT)
    assert decided(v) == "likely-yes"
    assert fired(v, "confirmation")


def test_drop_terminate_must_not_fire():
    for text in ("Spirit shares dropped 5% on Wednesday as the merger vote was postponed.",  # drop: fall in value
                 "Frontier will reportedly drop its merger with Spirit, with an announcement expected tomorrow.",
                 "Frontier and Spirit are considering whether to drop their merger.",
                 "Frontier and Spirit did not drop their merger on Wednesday."):
        v = _spirit(text, title="Spirit merger vote")
        assert decided(v) != "likely-yes", text


ORION_Q = "Will NASA's Orion capsule complete its first test flight with a splashdown by December 7, 2014?"
ORION_C = ('This market will resolve to "Yes" if, by December 7, 2014, NASA\'s Orion spacecraft launches on '
           'Exploration Flight Test-1 and its crew module splashes down in the ocean at the end of the flight. '
           'Otherwise, this market will resolve to "No".')
# b49-orion-eft1-splashdown-by-dec7-2014-multi-yes (verbatim)
ORION = ("Four and a half hours after launch, Orion splashed down in the Pacific Ocean about 600 miles off the coast "
         "of Baja California.")


def _orion(text: str):
    return run_case(ORION_Q, "2014-12-07T23:59:59-05:00", ORION_C,
                    [("https://kdvr.com/2014/12/05/a", "2014-12-05T00:00:00-05:00", "Orion test flight", text)],
                    "2014-12-06T12:00:00+00:00")


def test_splashdown_completes_test_flight():
    v = _orion(ORION)
    assert decided(v) == "likely-yes"
    assert any("splashed" in c.reason for c in fired(v, "confirmation"))


def test_splashdown_must_not_fire():
    for text in ("Orion is scheduled to splash down in the Pacific Ocean on Friday afternoon.",
                 "Orion will splash down in the Pacific Ocean about 600 miles off the coast of Baja California."):
        assert decided(_orion(text)) != "likely-yes", text


def test_give_up_seat_is_resigning():
    from resolver.engine.derive import derive_target
    from tests.conftest import news_market
    m = news_market("Will Tony Blair give up his House of Commons seat for Sedgefield by June 30, 2007?",
                    "2007-06-30T23:59:59+01:00")
    assert derive_target(m).act == "resign"
