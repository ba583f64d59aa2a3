"""Readings of the twenty-seventh round's branch e153 (misses of development batch 153):

- a prison term against a bar (complement.terms, compound_terms.fractional, rules/least_count): a bar told in a
  number word ('sentenced to three years or more') is the count rule's, not a complement the report must name; a
  term told with a fraction ('two-and-a-half years', 'two and a half years', '2 1/2 years', '2½ years', 'a year and
  a half') is one count (b153-horie-sentence-3yrs-or-more-2007-no: on main undetermined).
- a denial of a deed (rules/ruled_out._PLEA): in a court market, 'Demjanjuk denies having been a guard', 'denied
  taking part in …' is the defendant's plea, not a denial of the verdict (b153-demjanjuk-sentence-5yrs-or-more-2011-yes).
- a deck line (deck_lines.py, mentions._aspect): 'Court shortens former prime minister's prison sentence … from six
  years to 18 months' is a standfirst whose present tense reports the act done; a reduction told 'from six years to
  18 months' farther from its verb is read against the bar (reduced_lengths), and 'shorten' is a cutting verb
  (b153-olmert-holyland-sentence-cut-below-2yrs-2015-yes).
- a participle before a bare plural (kind_participles.py): 'executives …, who often receive suspended sentences' names
  a kind, not the act done (b153-tokyo-high-court-cuts-horie-sentence-by-jul31-2008-multi-no: on main a wrong
  likely-yes); a judgment upheld ('upheld his 2 1/2-year prison term', 'rejected … Horie's appeal') is the decision
  the other way for a market on cutting it, whose criteria name the appeal (upheld_judgments.cut_judgment).
- a possessive vote tally (possessive_tallies.py, rules/result_counts.possessive_tally): 'by a vote of 206 in his
  favour to Ozawa's 200' gives Ozawa's count (b153-ozawa-200-diet-votes-dpj-sep2010-yes: on main a wrong likely-no
  from the deadline's silence).
- placing into orbit (frames.json entailments 'place'): 'Iran puts satellite into Earth orbit', 'launched its first
  satellite into orbit' (b153-iran-satellite-orbit-own-rocket-by-feb28-2009-multi-yes).
- an appeal won against an injunction (frames.json entailments 'lift', 'overturn'): 'won an appeal today against an
  injunction' (b153-appeal-court-lifts-ba-strike-injunction-by-may21-2010-multi-yes).
- a second verb after 'and' ends the question's object (noun_phrases.second_act): 'end their strike and return to
  work' asks the strike ended (b153-korail-strikers-return-by-dec31-2013-yes).
- a dismissal after a subordinator (rules/state_ended): 'Shares … have dropped … after the company fired Michael
  Woodford, its first non-Japanese chief executive officer' ends the holder's post although the subject after 'after'
  is the doer, not the state (b153-woodford-olympus-ceo-through-oct31-2011-stays-no: on main one weak reading); not
  when the holder owns the one fired ('fired Michael Woodford's deputy').
- a prize given in an absolute 'with' phrase, for a titled work (prize_taken.recipient_awarded): 'drew to a close with
  the director Michael Haneke being awarded the Palme d'Or for Amour' (b153-amour-wins-palme-dor-2012-yes).

Verbatim sentences come from the development cases (conftest.case_runner); generated variants swap verbs, nouns,
numbers and orders; near-misses must not change. `wrong_fires()` counts the variants read the wrong way on any engine."""

from __future__ import annotations

from conftest import case_runner, decided, fired_no, fired_yes, news_market
from cpu_budget import assert_each_within, word_soup

HORIE3 = "b153-horie-sentence-3yrs-or-more-2007-no"
DEMJ = "b153-demjanjuk-sentence-5yrs-or-more-2011-yes"
OLMERT = "b153-olmert-holyland-sentence-cut-below-2yrs-2015-yes"
TOKYO = "b153-tokyo-high-court-cuts-horie-sentence-by-jul31-2008-multi-no"
OZAWA = "b153-ozawa-200-diet-votes-dpj-sep2010-yes"
IRAN = "b153-iran-satellite-orbit-own-rocket-by-feb28-2009-multi-yes"
BA = "b153-appeal-court-lifts-ba-strike-injunction-by-may21-2010-multi-yes"
KORAIL = "b153-korail-strikers-return-by-dec31-2013-yes"
AMOUR = "b153-amour-wins-palme-dor-2012-yes"
WOODFORD = "b153-woodford-olympus-ceo-through-oct31-2011-stays-no"

_horie3 = case_runner(HORIE3, "https://www.taipeitimes.com/x", "2007-03-17T00:00:00+08:00")
_demj = case_runner(DEMJ, "https://www.upi.com/x", "2011-05-12T00:00:00+02:00")
_olmert = case_runner(OLMERT, "https://www.haaretz.com/x", "2015-12-29T00:00:00+02:00")
_tokyo = case_runner(TOKYO, "http://info.japantimes.co.jp/x", "2008-07-26T00:00:00+09:00")
_tokyo07 = case_runner(TOKYO, "https://www.cnbc.com/x", "2007-03-15T00:00:00-04:00",
                       title="Japan's Horie Found Guilty, Gets Jail Sentence")
_ozawa = case_runner(OZAWA, "https://domain-b.com/x", "2010-09-14T00:00:00+05:30")
_iran = case_runner(IRAN, "https://spaceflightnow.com/x", "2009-02-03T00:00:00-05:00")
_ba = case_runner(BA, "https://metro.co.uk/x", "2010-05-20T00:00:00+01:00")
_korail = case_runner(KORAIL, "http://www.globalpost.com/x", "2013-12-31T00:00:00+09:00")
_woodford = case_runner(WOODFORD, "http://arakanindobhasaa.blogspot.com/x", "2011-10-16T00:00:00-04:00")
_amour = case_runner(AMOUR, "https://www.theguardian.com/x", "2012-05-27T00:00:00+01:00")

HORIE3_S = ("Former dotcom mogul Takafumi Horie yesterday was found guilty of securities laws violations and sentenced to "
            "two-and-a-half years in prison in a case that has come to symbolize the challenges Japan faces in policing "
            "rising startups.")
DEMJ_S = ("MUNICH, Germany, May 12 (UPI) -- A Munich court has sentenced John Demjanjuk to five years in prison for helping "
          "to murder Jews at a Nazi death camp during World War II, the end of what could enter history as the last Nazi "
          "trial in Germany.")
DEMJ_DENIES = "Demjanjuk denies having been a guard at Sobibor and has pleaded not guilty, saying he was a prisoner himself."
OLMERT_HEAD = "Supreme Court Clears Ehud Olmert of Main Corruption Charge in Holyland Case; Cuts Jail Term"
OLMERT_S = ("Court shortens former prime minister's prison sentence for bribery offenses from six years to 18 months; "
            "announces rulings on various other appeals in case.")
TOKYO07_S = ("The sentence handed down by the Tokyo District Court was a harsh contrast with punishments typically meted out "
             "to Japanese executives convicted of white-collar crimes, who often receive suspended sentences after "
             "pleading guilty and showing remorse.")
TOKYO_S = ("The Tokyo High Court rejected Livedoor Co. founder Takafumi Horie's appeal Friday and upheld his 2 1/2-year "
           "prison term for falsifying financial statements and violating the Securities and Exchange Law, describing "
           "the defendant as \"lacking dignity.\"")
OZAWA_S = ("In the third and the most important tier, which constituted of the DPJ's Diet members Kan beat Ozawa narrowly "
           "squeaking home by a vote of 206 in his favour to Ozawa's 200.")
IRAN_HEAD = "Iran puts satellite into Earth orbit"
IRAN_S = ("Iran launched its first satellite into orbit Monday using a modified homemade long-range missile, thrusting the "
          "Islamic republic into an elite club of space-faring nations, state media reported.")
BA_S = "The union representing British Airways cabin crew won an appeal today against an injunction which blocked strike action."
KORAIL_S = ("SEOUL, Dec. 31 (Yonhap) -- Thousands of state rail workers returned to work on Tuesday, ending a three-week-long "
            "strike that has partially disrupted train services and sparked intense political wrangling.")
AMOUR_S = ("The 65th Cannes film festival drew to a close with the director Michael Haneke being awarded the Palme d'Or for "
           "Amour.")

# --- a prison term against a bar ---------------------------------------------------------------------------------------
SENTENCING = ["Takafumi Horie was sentenced to {t} in prison on Friday.",
              "The Tokyo District Court sentenced Takafumi Horie to {t} in prison on Friday.",
              "Takafumi Horie has been sentenced to {t} in jail for securities fraud.",
              "Takafumi Horie was found guilty and sentenced to {t} in prison."]
SHORT_TERMS = ["two-and-a-half years", "two and a half years", "2 1/2 years", "2½ years", "a year and a half",
               "1 1/2 years", "one-and-a-half years"]
LONG_TERMS = ["three-and-a-half years", "three and a half years", "3 1/2 years", "four-and-a-half years", "3½ years"]
TERM_SHORT = [f.format(t=t) for f in SENTENCING for t in SHORT_TERMS]
TERM_MET = [f.format(t=t) for f in SENTENCING for t in LONG_TERMS]
# near-misses: a term asked for or possible is none
TERM_NOT_IMPOSED = ["Prosecutors had demanded a four-year prison term for Takafumi Horie.",
                    "Takafumi Horie could be sentenced to two-and-a-half years in prison.",
                    "Takafumi Horie faces up to two and a half years in prison if convicted."]

# --- a denial of a deed ------------------------------------------------------------------------------------------------
DEEDS = ["having been a guard at Sobibor", "having served at Sobibor", "ever being a guard at Sobibor",
         "taking part in the killings", "being involved in the murders", "having helped to murder Jews",
         "having worked as a guard", "serving as a guard at the camp"]
DENIERS = ["Demjanjuk denies", "Demjanjuk has denied", "John Demjanjuk, 91, denied", "Demjanjuk always denied"]
PLEAS = [f"{d} {x}." for d in DENIERS for x in DEEDS]

# --- a deck line ---------------------------------------------------------------------------------------------------------
DECK_NOUNS = ["Court", "Judge", "Panel", "Tribunal"]
DECK_VERBS = ["shortens", "reduces", "lowers"]  # ('cuts', 'slashes', 'trims' read as nouns after 'Court': not read)
DECK_OWNERS = ["former prime minister's", "Olmert's", "ex-premier's"]
DECKS = [f"{n} {v} {o} prison sentence from six years to 18 months." for n in DECK_NOUNS for v in DECK_VERBS
         for o in DECK_OWNERS]
DECKS_SHORT = [f"{n} {v} Olmert's prison sentence from six years to 30 months." for n in DECK_NOUNS for v in DECK_VERBS]
# near-misses: a plural or pronoun subject, a determiner, a verb that is not the second word
DECK_NEAR = ["Courts often reduce such prison sentences from six years to 18 months.",
             "Judges reduce prison sentences from six years to 18 months for first offenders.",
             "It cuts Olmert's prison sentence from six years to 18 months if the appeal succeeds.",
             "The court cuts prison sentences from six years to 18 months in such cases.",
             "Olmert hopes court cuts his prison sentence from six years to 18 months."]

# --- a participle before a bare plural -----------------------------------------------------------------------------------
KIND_FRAMES = ["Japanese executives convicted of white-collar crimes often receive {p} sentences after pleading guilty.",
               "First offenders typically get {p} sentences in Japan.",
               "Defendants who show remorse usually receive {p} sentences.",
               "Courts in Japan rarely impose {p} sentences for fraud.",
               "Such cases usually end with {p} sentences for the executives."]
KIND_PARTS = ["suspended", "reduced", "lowered", "shortened", "commuted"]
KINDS = [f.format(p=p) for f in KIND_FRAMES for p in KIND_PARTS]
# the act itself told on the market's object still confirms
KIND_DONE = ["The Tokyo High Court suspended Takafumi Horie's prison sentence on Friday.",
             "The Tokyo High Court reduced Takafumi Horie's prison sentence on Friday.",
             "The Tokyo High Court cut Takafumi Horie's prison sentence to 18 months on Friday."]

# --- a judgment upheld -------------------------------------------------------------------------------------------------
UPHOLDERS = ["The Tokyo High Court upheld", "The Tokyo High Court on Friday affirmed", "The Tokyo High Court has upheld"]
JUDGED = ["Takafumi Horie's prison sentence", "Takafumi Horie's 2 1/2-year prison term", "Horie's 30-month prison term",
          "Livedoor founder Takafumi Horie's prison term"]
UPHELD = [f"{u} {j}." for u in UPHOLDERS for j in JUDGED]
UPHELD += [f"The Tokyo High Court rejected {w} appeal on Friday." for w in ("Takafumi Horie's", "Livedoor Co. founder Takafumi Horie's",
                                                                            "Horie's")]
UPHELD_NEAR = ["Prosecutors asked the Tokyo High Court to uphold Takafumi Horie's prison term.",
               "The Tokyo High Court upheld the ban on protests outside the court.",
               "The Tokyo High Court did not uphold Takafumi Horie's prison sentence."]

# --- a possessive vote tally -------------------------------------------------------------------------------------------
TALLY_MET = [f"Kan beat Ozawa by a vote of 206{fav} to Ozawa's {n}." for fav in ("", " in his favour", " in Kan's favor")
             for n in (200, 204, 205)]
TALLY_MET += [f"Among Diet members the vote was Kan's 206 votes to Ozawa's {n}." for n in (200, 203)]
TALLY_MET += [f"Ozawa's {n} votes to Kan's 206 in the Diet members' ballot showed his strength." for n in (200, 201)]
TALLY_SHORT = [f"Kan beat Ozawa by a vote of 206{fav} to Ozawa's {n}." for fav in ("", " in his favour") for n in (150, 199)]
# near-misses: another unit, a possessive count with no tally
TALLY_NEAR = ["In the second tier, he picked up 60 points to Ozawa's 40 in the vote.",
              "Kan won 721 points to Ozawa's 491 in the party vote.",
              "Ozawa's 200 supporters rallied outside the party headquarters before the vote."]

# --- placing into orbit ------------------------------------------------------------------------------------------------
ORBIT_DONE = [f"Iran {v} {o} satellite into {w}{d}." for v in ("put", "launched", "sent", "placed", "has put", "has launched")
              for o in ("a", "its") for w in ("orbit", "Earth orbit") for d in (" on Monday", "")]
ORBIT_NEAR = ["Iran launched a satellite into space on Sunday.", "Iran launched a rocket carrying a satellite on Sunday.",
              "Iran will put a satellite into orbit next year.", "Iran plans to launch a satellite into orbit soon.",
              "Iran failed to put a satellite into orbit on Sunday."]

# --- an appeal won against an injunction -------------------------------------------------------------------------------
APPEAL_DONE = [f"{s} {v} an appeal {when}against {o} injunction blocking the British Airways strike."
               for s in ("The union", "Unite", "British Airways cabin crew") for v in ("won", "has won")
               for when in ("", "today ") for o in ("an", "the")]
APPEAL_DONE += ["The Court of Appeal allowed an appeal against the injunction blocking the British Airways strike."]
APPEAL_NEAR = ["Unite lost an appeal against the injunction blocking the British Airways strike.",
               "Unite will appeal against the injunction blocking the British Airways strike.",
               "Unite hopes to win an appeal against the injunction blocking the British Airways strike.",
               "Unite has lodged an appeal against the injunction blocking the British Airways strike."]

# --- a second verb after 'and' ends the question's object ---------------------------------------------------------------
KORAIL_QS = [f"Will striking KORAIL union workers {v} their {n} and return to work by December 31, 2013?"
             for v in ("end",) for n in ("strike", "walkout", "stoppage", "industrial action")]
KORAIL_QS += ["Will KORAIL workers end the strike and go back to their jobs by December 31, 2013?",
              "Will striking KORAIL union workers end their strike and return to their jobs by December 31, 2013?"]

# --- a dismissal after a subordinator -----------------------------------------------------------------------------------
WOODFORD_S = ("Shares of Olympus Corporation have dropped for a second day after the company fired Michael Woodford, its "
              "first non-Japanese chief executive officer.")
FIRED = [f"Shares fell {sub} {doer} {v} Michael Woodford{tail}."
         for sub in ("after", "when", "shortly after") for doer in ("the company", "the board", "the firm")
         for v in ("fired", "sacked", "ousted", "dismissed") for tail in ("", " as chief executive")]
FIRED_NEAR = ["Shares fell after the company fired Michael Woodford's deputy.",
              "Shares fell when the board fired its auditor.",
              "Shares fell after the company praised Michael Woodford.",
              "Shares fell after the board fired the company's auditors, Michael Woodford said."]

# --- a prize given in an absolute 'with' phrase --------------------------------------------------------------------------
AMOUR_DONE = [f"The festival {v} with {who} being awarded the Palme d'Or for Amour." for v in ("closed", "drew to a close", "ended")
              for who in ("the director Michael Haneke", "Michael Haneke", "Haneke", "the Austrian director")]
AMOUR_NEAR = ["The festival drew to a close with Michael Haneke being awarded the Palme d'Or for The White Ribbon.",
              "The festival will close with Michael Haneke being awarded the Palme d'Or for Amour.",
              "Critics expect the festival to end with Michael Haneke being awarded the Palme d'Or for Amour."]


def test_verbatim_horie_term_short_of_bar():
    v = _horie3(HORIE3_S)
    assert fired_no(v, "magnitude_short")
    assert decided(v) == "likely-no"


def test_verbatim_demjanjuk_denial_is_a_plea():
    v = _demj(f"{DEMJ_S} {DEMJ_DENIES}")
    assert not fired_no(v, "ruled_out")
    assert decided(v) == "likely-yes"


def test_verbatim_olmert_deck_line():
    v = _olmert(OLMERT_S, head=OLMERT_HEAD)
    assert fired_yes(v, "confirmation")
    assert decided(v) == "likely-yes"


def test_verbatim_tokyo_kind_and_upheld():
    assert not fired_yes(_tokyo07(TOKYO07_S), "confirmation")
    v = _tokyo(TOKYO_S)
    assert fired_no(v, "opposite_outcome")
    assert decided(v) == "likely-no"


def test_verbatim_ozawa_tally():
    v = _ozawa(OZAWA_S)
    assert fired_yes(v, "confirmation")
    assert decided(v) == "likely-yes"


def test_verbatim_iran_orbit():
    assert decided(_iran(IRAN_S, head=IRAN_HEAD)) == "likely-yes"


def test_verbatim_ba_appeal_won():
    assert decided(_ba(BA_S)) == "likely-yes"


def test_verbatim_korail_strike_ended():
    assert decided(_korail(KORAIL_S)) == "likely-yes"


def test_verbatim_amour_awarded():
    assert decided(_amour(AMOUR_S)) == "likely-yes"


def test_term_variants():
    for s in TERM_SHORT:
        assert fired_no(_horie3(s), "magnitude_short"), s
    for s in TERM_MET:
        assert fired_yes(_horie3(s), "confirmation"), s


def test_term_near_misses():
    for s in TERM_NOT_IMPOSED:
        v = _horie3(s)
        assert not fired_no(v, "magnitude_short") and not fired_yes(v, "confirmation"), s


def test_number_word_bar_is_no_complement():
    from resolver.engine import complement
    for n in ("three", "five", "ten", "two"):
        assert complement.terms(f"Will X be sentenced to {n} years or more in prison?") == [], n
    assert "conspiracy" in complement.terms("Will X be convicted of racketeering conspiracy by May?")


def test_plea_variants():
    for s in PLEAS:
        v = _demj(f"{DEMJ_S} {s}")
        assert not fired_no(v, "ruled_out"), s


def test_deck_variants():
    for s in DECKS:
        assert fired_yes(_olmert(s), "confirmation"), s
    for s in DECKS_SHORT:
        assert fired_no(_olmert(s), "magnitude_short"), s


def test_deck_near_misses():
    for s in DECK_NEAR:
        assert not fired_yes(_olmert(s), "confirmation"), s


def test_kind_variants():
    for s in KINDS:
        assert not fired_yes(_tokyo07(s), "confirmation"), s


def test_act_on_object_still_confirms():
    for s in KIND_DONE:
        assert fired_yes(_tokyo(s), "confirmation"), s


def test_upheld_variants():
    for s in UPHELD:
        assert fired_no(_tokyo(s), "opposite_outcome"), s


def test_upheld_near_misses():
    for s in UPHELD_NEAR:
        assert not fired_no(_tokyo(s), "opposite_outcome"), s


def test_tally_variants():
    for s in TALLY_MET:
        assert fired_yes(_ozawa(s), "confirmation"), s
    for s in TALLY_SHORT:
        assert fired_no(_ozawa(s), "magnitude_short"), s


def test_tally_near_misses():
    for s in TALLY_NEAR:
        v = _ozawa(s)
        assert not fired_yes(v, "confirmation") and not fired_no(v, "magnitude_short"), s


def test_orbit_variants():
    for s in ORBIT_DONE:
        assert fired_yes(_iran(s), "confirmation"), s


def test_orbit_near_misses():
    for s in ORBIT_NEAR:
        assert not fired_yes(_iran(s), "confirmation"), s


def test_appeal_variants():
    for s in APPEAL_DONE:
        assert fired_yes(_ba(s), "confirmation"), s


def test_appeal_near_misses():
    for s in APPEAL_NEAR:
        assert not fired_yes(_ba(s), "confirmation"), s


def test_second_verb_ends_object():
    from resolver.engine.derive import derive_target
    for q in KORAIL_QS:
        t = derive_target(news_market(q, "2013-12-31T23:59:59+09:00"))
        assert t.object_terms and "return" not in t.object_terms and "work" not in t.object_terms, (q, t.object)
    t = derive_target(news_market("Will the union end the strike and lockout by December 31, 2013?", "2013-12-31T23:59:59+09:00"))
    assert "lockout" in (t.object or ""), t.object


def test_verbatim_woodford_fired():
    assert fired_no(_woodford(WOODFORD_S), "state_ended")


def test_fired_variants():
    for s in FIRED:
        assert fired_no(_woodford(s), "state_ended"), s


def test_fired_near_misses():
    for s in FIRED_NEAR:
        assert not fired_no(_woodford(s), "state_ended"), s


def test_amour_variants():
    for s in AMOUR_DONE:
        assert fired_yes(_amour(s), "confirmation"), s


def test_amour_near_misses():
    for s in AMOUR_NEAR:
        assert not fired_yes(_amour(s), "confirmation"), s


def wrong_fires() -> dict[str, int]:
    from resolver.engine.derive import derive_target
    korail = [derive_target(news_market(q, "2013-12-31T23:59:59+09:00")) for q in KORAIL_QS]
    return {
        "term_short_not_no": sum(not fired_no(_horie3(s), "magnitude_short") for s in TERM_SHORT),
        "term_met_not_yes": sum(not fired_yes(_horie3(s), "confirmation") for s in TERM_MET),
        "term_not_imposed_read": sum(fired_no(_horie3(s), "magnitude_short") or fired_yes(_horie3(s), "confirmation")
                                     for s in TERM_NOT_IMPOSED),
        "plea_ruled_out": sum(fired_no(_demj(f"{DEMJ_S} {s}"), "ruled_out") for s in PLEAS),
        "deck_not_yes": sum(not fired_yes(_olmert(s), "confirmation") for s in DECKS),
        "deck_short_not_no": sum(not fired_no(_olmert(s), "magnitude_short") for s in DECKS_SHORT),
        "deck_near_yes": sum(fired_yes(_olmert(s), "confirmation") for s in DECK_NEAR),
        "kind_confirmed": sum(fired_yes(_tokyo07(s), "confirmation") for s in KINDS),
        "act_not_confirmed": sum(not fired_yes(_tokyo(s), "confirmation") for s in KIND_DONE),
        "upheld_not_no": sum(not fired_no(_tokyo(s), "opposite_outcome") for s in UPHELD),
        "upheld_near_no": sum(fired_no(_tokyo(s), "opposite_outcome") for s in UPHELD_NEAR),
        "tally_met_not_yes": sum(not fired_yes(_ozawa(s), "confirmation") for s in TALLY_MET),
        "tally_short_not_no": sum(not fired_no(_ozawa(s), "magnitude_short") for s in TALLY_SHORT),
        "tally_near_read": sum(fired_yes(_ozawa(s), "confirmation") or fired_no(_ozawa(s), "magnitude_short")
                               for s in TALLY_NEAR),
        "orbit_not_yes": sum(not fired_yes(_iran(s), "confirmation") for s in ORBIT_DONE),
        "orbit_near_yes": sum(fired_yes(_iran(s), "confirmation") for s in ORBIT_NEAR),
        "appeal_not_yes": sum(not fired_yes(_ba(s), "confirmation") for s in APPEAL_DONE),
        "appeal_near_yes": sum(fired_yes(_ba(s), "confirmation") for s in APPEAL_NEAR),
        "korail_object_wrong": sum(not t.object_terms or "return" in t.object_terms or "work" in t.object_terms
                                   for t in korail),
        "fired_not_ended": sum(not fired_no(_woodford(s), "state_ended") for s in FIRED),
        "fired_near_ended": sum(fired_no(_woodford(s), "state_ended") for s in FIRED_NEAR),
        "amour_not_yes": sum(not fired_yes(_amour(s), "confirmation") for s in AMOUR_DONE),
        "amour_near_yes": sum(fired_yes(_amour(s), "confirmation") for s in AMOUR_NEAR),
        "of": len(TERM_SHORT) + len(TERM_MET) + len(TERM_NOT_IMPOSED) + len(PLEAS) + len(DECKS) + len(DECKS_SHORT)
              + len(DECK_NEAR) + len(KINDS) + len(KIND_DONE) + len(UPHELD) + len(UPHELD_NEAR) + len(TALLY_MET)
              + len(TALLY_SHORT) + len(TALLY_NEAR) + len(ORBIT_DONE) + len(ORBIT_NEAR) + len(APPEAL_DONE)
              + len(APPEAL_NEAR) + len(KORAIL_QS) + len(AMOUR_DONE) + len(AMOUR_NEAR) + len(FIRED) + len(FIRED_NEAR),
    }


def test_hostile_input_bounded():
    from resolver.engine import deck_lines, kind_participles, possessive_tallies  # noqa: F401  (the readings under test)
    words = ("Court shortens cuts sentenced to two-and-a-half 2 1/2 ½ years and a half in prison denies having been "
             "receive suspended sentences upheld rejected appeal 206 in his favour to Ozawa's 200 votes put satellite "
             "into orbit won an appeal against injunction with Haneke being awarded the Palme d'Or for Amour , ; from six "
             "years to 18 months").split()
    words += "after the company fired Michael Woodford's chief executive".split()
    assert_each_within([_horie3, _olmert, _tokyo, _ozawa, _amour, _woodford], word_soup(words), 2.0)


if __name__ == "__main__":
    print(wrong_fires())
