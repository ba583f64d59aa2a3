"""Court markets (eleventh round, courts): a guilty verdict told as a finding ('were found guilty of
…'), never a negated one ('found not guilty', 'found him not guilty'), a plea or a civil finding; a
verdict's charge read up to the verdict the other way in its clause ('found guilty of conspiracy and
acquitted of fraud'); the charge the criteria name again in brackets ('the federal hate crime
(interference with rights) charge') and the charge read by its head words, not its jurisdiction; an
age in apposition ('Travis McMichael, 36,') that counts nothing; a count of a group's members
acquitted for a market on all of them ('while two were acquitted'); a sentence opening with 'He'
that takes up the name opening the sentence before ('Uribe, 73, has denied … He faced up to 12
years in prison after being convicted on Monday'). Sentences verbatim from the development corpus;
each names its case. Must-not-fire wordings sit beside each reading."""

from resolver.engine import evaluate_market, guilty_verdicts
from resolver.engine.complement import terms, verdict_reach
from resolver.engine.derive import derive_target
from resolver.engine.text import article_sentences
from tests.conftest import news_article as article, news_market as market, ts


def _sent(text: str):
    return article_sentences("", text)[0]


def _found(text: str) -> list[str]:
    s = _sent(text)
    return [" ".join(t.text for t in s.tokens[i:end]) for i, end in guilty_verdicts.findings(s)]


def _fired(v, rule):
    return [c for c in v.contributions if c.rule == rule and c.weight]


# b51-arbery-hate-crime-convictions-by-feb28-2022-yes
ARBERY_Q = ("Will Travis McMichael, Gregory McMichael and William Bryan all be convicted of federal hate crime charges "
            "by February 28, 2022?")
ARBERY_C = ("This market will resolve to \"Yes\" if, by February 28, 2022, a federal jury in the Southern District of "
            "Georgia returns guilty verdicts against all three defendants (Travis McMichael, Gregory McMichael and William "
            "\"Roddie\" Bryan) on the federal hate crime (interference with rights) charge in the Ahmaud Arbery case. "
            "Otherwise, this market will resolve to \"No\".")
ARBERY_TEXT = ("A jury took only four hours of deliberation to find the three men convicted of killing Ahmaud Arbery guilty "
               "in the federal hate crimes trial. .\n\nTravis McMichael, 36, his father Gregory McMichael, 66, and William "
               "\"Roddie\" Bryan, 52, were found guilty of one count each of interference with rights and attempted "
               "kidnapping. The McMichaels were also convicted of one count of using, carrying, and brandishing — and in "
               "Travis McMichael’s case, firing — a gun during and in relation to a crime of violence.")
ARBERY_FOUND = ("Travis McMichael, 36, his father Gregory McMichael, 66, and William \"Roddie\" Bryan, 52, were found "
                "guilty of one count each of interference with rights and attempted kidnapping.")


def _arbery(text=ARBERY_TEXT, q=ARBERY_Q, c=ARBERY_C):
    m = market(q, "2022-02-28T23:59:59-05:00", c)
    a = article("https://www.savannahnow.com/story/news/2022/02/22/ahmaud-arbery-georgia-trial-verdict-prosecutor-"
                "parents-judge/6891311001/", "2022-02-22T00:00:00-05:00",
                "ahmaud arbery georgia trial verdict prosecutor parents judge", text)
    return evaluate_market(m, [a], ts("2022-02-23T00:00:00+00:00"))


def test_a_guilty_finding_is_read():
    assert _found(ARBERY_FOUND) == ["found guilty"]
    assert _found("A jury found John Smith guilty of fraud on Monday.") == ["found John Smith guilty"]


def test_a_negated_finding_a_plea_or_a_civil_finding_is_no_guilty_finding():
    # must not fire: the phrase matcher's gap would read these as 'find … guilty'
    assert _found("Weinstein was found guilty of assaulting Miriam Haley but was found not guilty in the charge "
                  "involving Kaja Sokola.") == ["found guilty"]  # b04-weinstein-acquitted-on-a-count-yes
    assert _found("A jury found him not guilty of fraud on Monday.") == []
    assert _found("The jury did n't find him guilty, and he pleaded guilty to a lesser charge.") == ["find him guilty"]
    assert _found("John Smith pleaded guilty to fraud on Monday.") == []
    assert _found("John Smith was found liable for fraud and guilty of nothing.") == []


def test_the_charge_named_again_in_brackets_and_by_its_head_words():
    assert terms(ARBERY_Q, ARBERY_C) == ["hate", "interference"]  # not 'federal': which court, not what charge
    assert terms(ARBERY_Q) == ["hate"]
    # must not fire: a bracket that does not follow the asked charge's words names nothing of it
    assert terms(ARBERY_Q, "Resolves Yes on a guilty verdict (by a federal jury) on the hate crime charge.") == ["hate"]
    # b03-combs-racketeering-conviction-no: no jurisdiction word to drop, nothing added
    assert terms("Will Sean Combs be convicted of racketeering conspiracy by July 31, 2025?") == ["racketeer", "conspiracy"]
    assert terms("Will he be convicted of federal charges by June 30, 2025?") == ["federal"]  # nothing else names it


def test_all_three_found_guilty_of_the_bracketed_charge_confirms():
    v = _arbery()
    assert v.verdict == "likely-yes"
    assert any("found guilty" in c.reason for c in _fired(v, "confirmation"))


def test_an_age_in_apposition_counts_nothing():
    v = _arbery()
    assert not any("partial count" in c.reason for c in v.contributions)


def test_another_charge_alone_does_not_confirm():
    # must not fire: the clause names neither 'hate' nor 'interference'
    v = _arbery(text="Travis McMichael, 36, his father Gregory McMichael, 66, and William \"Roddie\" Bryan, 52, were "
                     "found guilty of one count each of attempted kidnapping.")
    assert v.verdict != "likely-yes"


Q_FRAUD = "Will John Smith be convicted of fraud by June 30, 2024?"


def _smith(text: str, q: str = Q_FRAUD):
    m = market(q, "2024-06-30T23:59:59+00:00")
    a = article("https://news.example.org/verdict", "2024-06-10T12:00:00+00:00", "Verdict", text)
    return evaluate_market(m, [a], ts("2024-06-11T12:00:00+00:00"))


def test_a_verdict_reaches_its_charge_up_to_the_verdict_the_other_way():
    s = _sent("John Smith was found guilty of conspiracy and acquitted of fraud on Monday.")
    i = next(k for k, t in enumerate(s.tokens) if t.lower == "found")
    a, b = verdict_reach(s, i, *s.clause_of(i))
    assert "fraud" not in [t.lower for t in s.tokens[a:b]] and "conspiracy" in [t.lower for t in s.tokens[a:b]]


def test_guilty_on_one_charge_and_acquitted_on_the_asked_one_is_a_no():
    for text in ("John Smith was found guilty of conspiracy and acquitted of fraud on Monday.",
                 "John Smith was acquitted of fraud and found guilty of conspiracy on Monday.",
                 "John Smith was convicted of conspiracy and acquitted of fraud on Monday."):
        assert _smith(text).verdict == "likely-no", text
        # the same report for a market on the other charge, or on any charge, is a yes
        assert _smith(text, "Will John Smith be convicted of conspiracy by June 30, 2024?").verdict == "likely-yes", text
        assert _smith(text, "Will John Smith be convicted by June 30, 2024?").verdict == "likely-yes", text


def test_negated_and_unrealised_findings_never_confirm():
    for text in ("John Smith was found not guilty of fraud on Monday.",
                 "A jury found John Smith not guilty of fraud on Monday.",
                 "The jury did not find John Smith guilty of fraud on Monday.",
                 "John Smith pleaded guilty to fraud on Monday.",
                 "John Smith was found liable for fraud on Monday.",
                 "Prosecutors hope the jury will find John Smith guilty of fraud.",
                 "If the jury finds John Smith guilty of fraud, he faces 20 years."):
        assert _smith(text).verdict != "likely-yes", text


def test_a_finding_the_jury_must_reach_is_no_verdict():
    # b53-weinstein-predatory-assault-conviction-2020-asof-deadlock-undet
    text = ("To find Weinstein guilty on either of the top two counts, jurors must agree Weinstein raped “The Sopranos” "
            "actress Annabella Sciorra inside her Gramercy Park apartment in the winter of 1993-94.")
    m = market("Will Harvey Weinstein be convicted of predatory sexual assault by February 29, 2020?",
               "2020-02-29T23:59:59-05:00")
    a = article("https://news.example.org/weinstein", "2020-02-21T00:00:00-05:00", "Weinstein jury deliberates", text)
    assert evaluate_market(m, [a], ts("2020-02-21T12:00:00+00:00")).verdict == "undetermined"


# b23-all-hk47-defendants-convicted-2024-no
HK_Q = "Will all 47 defendants in Hong Kong's '47 democrats' subversion case be convicted?"
HK_C = ("This market will resolve to \"Yes\" if every one of the 47 defendants charged in the Hong Kong 47 "
        "conspiracy-to-commit-subversion case is convicted, by plea or verdict, by November 30, 2024. Otherwise, this "
        "market will resolve to \"No\".")
HK_TEXT = ("A Hong Kong court has sentenced key pro-democracy leaders to years in jail for subversion, following a "
           "controversial national security trial.\n\nBenny Tai and Joshua Wong were among the so-called Hong Kong 47 "
           "group of activists and lawmakers involved in a plan to pick opposition candidates for local elections. Tai "
           "received 10 years while Wong received more than four years.\n\nMost of the group were found guilty of "
           "conspiring to attempt subversion, while two were acquitted.")


def _hk(q=HK_Q, c=HK_C, text=HK_TEXT):
    m = market(q, "2024-11-30T23:59:59+08:00", c)
    a = article("https://www.kbc.co.ke/top-hong-kong-pro-democracy-leaders-sentenced-to-jail/",
                "2024-11-19T00:00:00+03:00", "Top Hong Kong pro-democracy leaders sentenced to jail", text)
    return evaluate_market(m, [a], ts("2024-11-20T12:00:00+00:00"))


def test_members_of_the_group_acquitted_is_not_all_convicted():
    v = _hk()
    assert v.verdict == "likely-no"
    assert any("two were acquitted" in c.reason for c in _fired(v, "opposite_outcome"))


def test_members_acquitted_says_nothing_of_one_named_defendant():
    # must not fire: a market on one member's conviction (no 'all')
    v = _hk(q="Will Benny Tai be convicted in Hong Kong's '47 democrats' subversion case?", c="")
    assert not _fired(v, "opposite_outcome")


# b23-uribe-convicted-by-jul31-2025-yes
URIBE_Q = "Will former Colombian President Álvaro Uribe be convicted in his witness-tampering trial by July 31, 2025?"
URIBE_C = ("This market will resolve to \"Yes\" if a Colombian court finds Álvaro Uribe guilty of at least one charge in "
           "his witness-tampering and procedural-fraud trial by July 31, 2025, 11:59 PM Bogotá time. Otherwise, this "
           "market will resolve to \"No\".")
URIBE_TEXT = ("Former Colombian President Álvaro Uribe was sentenced on Friday, August 1, to 12 years of house arrest for "
              "witness tampering and bribery in a historic case that has gripped the South American nation and tarnished "
              "the conservative strongman’s legacy.\nThe sentence, which Uribe said will be appealed, followed a nearly "
              "six-month trial in which prosecutors presented evidence that he attempted to influence witnesses who "
              "accused the law-and-order leader of having links to a paramilitary group in the 1990s.\nUribe, 73, has "
              "denied any wrongdoing and characterized the case as \"political persecution.\" He faced up to 12 years in "
              "prison after being convicted on Monday.")


def _uribe(text=URIBE_TEXT):
    m = market(URIBE_Q, "2025-07-31T23:59:59-05:00", URIBE_C)
    a = article("https://am1.news/usconservative/topic/lemonde/6-slug-colombian-ex-president-is-sentenced-to-12-years-"
                "of-house-arrest-for-bribery", "2025-08-01T00:00:00-05:00",
                "Colombian ex-president is sentenced to 12 years of house arrest for bribery", text)
    return evaluate_market(m, [a], ts("2025-08-02T12:00:00+00:00"))


def test_he_takes_up_the_name_opening_the_sentence_before():
    v = _uribe()
    assert v.verdict == "likely-yes"
    assert any("'convicted'" in c.reason for c in _fired(v, "confirmation"))


def test_he_after_a_possessive_or_another_name_takes_up_no_one():
    # must not fire: "Uribe's lawyer …" opens with someone else; 'He told Judge …' names another before the act
    text = URIBE_TEXT.replace("Uribe, 73, has denied any wrongdoing", "Uribe’s lawyer, Jaime Granados, has denied any wrongdoing")
    assert _uribe(text).verdict != "likely-yes"
    text = URIBE_TEXT.replace("He faced up to 12 years", "He told Judge Heredia he faced up to 12 years")
    assert _uribe(text).verdict != "likely-yes"


# b52-spector-convicted-by-oct31-2007-no
SPECTOR_Q = "Will Phil Spector be convicted in the murder of Lana Clarkson by October 31, 2007?"
SPECTOR_C = ("This market will resolve to \"Yes\" if, by October 31, 2007, a jury returns a guilty verdict against Phil "
             "Spector on a murder or lesser homicide charge in the death of Lana Clarkson. A hung jury, mistrial or "
             "acquittal does not count. Otherwise, this market will resolve to \"No\".")
SPECTOR_TEXT = ("LOS ANGELES (AP) _ A mistrial was declared Wednesday in the murder case against Phil Spector when the jury "
                "reported that it was deadlocked 10-2 in favor of convicting the music producer of killing actress Lana "
                "Clarkson more than four years ago.\n\nThe prosecutor's office announced it would seek to retry Spector, "
                "and the family of the actress also pledged to press on.")


def _spector(text=SPECTOR_TEXT, title="Judge Declares Mistrial In Phil Spector Murder Case"):
    m = market(SPECTOR_Q, "2007-10-31T23:59:59-07:00", SPECTOR_C)
    a = article("https://www.newson6.com/story/5e367b9e2f69d76f6208e59f/judge-declares-mistrial-in-phil-spector-murder-"
                "case", "2007-09-26T18:32:00-05:00", title, text)
    return evaluate_market(m, [a], ts("2007-09-27T12:00:00+00:00"))


def test_a_mistrial_declared_ends_the_one_occasion_without_a_conviction():
    v = _spector()
    assert v.verdict == "likely-no"
    assert any("mistrial was declared" in c.reason for c in _fired(v, "failed_attempt"))
    assert _spector(title="Spector jury out").verdict == "likely-no"  # the body alone


def test_a_retrial_dated_before_the_deadline_leaves_the_market_open():
    # must not fire: a new verdict may come in the window
    text = SPECTOR_TEXT.replace("The prosecutor's office announced it would seek to retry Spector",
                                "The retrial is set to begin on October 8")
    assert not _fired(_spector(text, title="Spector jury out"), "failed_attempt")


def test_a_mistrial_asked_for_refused_or_only_a_deadlock_is_no_mistrial():
    # must not fire. b16-daniel-penny-convicted-by-dec31-2024-asof-dec6-undet: 'maintained their motion for a mistrial'
    for text in ("The ruling came after a Manhattan jury said they were deadlocked twice on the charge. Phil Spector’s "
                 "defense attorneys maintained their motion for a mistrial.",
                 "The judge refused to declare a mistrial in the murder case against Phil Spector on Wednesday.",
                 "The jury in the murder case against Phil Spector reported Wednesday that it was deadlocked 10-2."):
        assert not _fired(_spector(text, title="Spector jury out"), "failed_attempt"), text


# b04-weinstein-rape-count-conviction-no
WEIN_Q = ("Will Harvey Weinstein be convicted of the rape charge involving Jessica Mann in his 2025 New York retrial by "
          "June 30, 2025?")
WEIN_TITLE = "Harvey Weinstein: Mistrial declared on rape charge"
WEIN_TEXT = ("Lawyers are now scheduled to meet on July 2 to discuss a new trial date for Weinstein’s final charge. The "
             "verdicts on Weinstein’s two other charges still stand.\n\nWeinstein was convicted of one count of first-degree "
             "criminal sex act for forcing oral sex on former production assistant Miriam Haley at his apartment in 2006.")


def _weinstein(q=WEIN_Q, title=WEIN_TITLE):
    m = market(q, "2025-06-30T23:59:59-04:00")
    a = article("https://www.nzherald.co.nz/world/the-disgraced-hollywood-producer-was-convicted-on-a-separate-criminal-"
                "sex-act-charge/PZ2J4VKICJCOLDBE2Z6WNG7F6I/", "2025-06-12T00:00:00+12:00", title, WEIN_TEXT)
    return evaluate_market(m, [a], ts("2025-06-13T00:00:00+00:00"))


def test_a_mistrial_on_the_asked_charge_is_no_conviction_on_it():
    v = _weinstein()
    assert v.verdict == "likely-no"
    assert any("Mistrial declared" in c.reason for c in _fired(v, "failed_attempt"))


def test_a_mistrial_on_another_charge_says_nothing_of_the_asked_one():
    # must not fire: the market asks about the criminal sex act count
    v = _weinstein(q="Will Harvey Weinstein be convicted of the criminal sex act charge involving Miriam Haley by June 30, "
                     "2025?")
    assert not _fired(v, "failed_attempt")
