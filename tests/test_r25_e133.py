"""Readings of the twenty-fifth round's pass over development batches 133-134 (helper e133):

- negated idioms (negated_subjects, verb_idioms): for a market on a win, a negated modal governing the win's 'take'
  made an idiom by its noun ('they will not take ownership of the results', 'will not take full responsibility')
  rules out no win; not entering or leading ('will not take part', 'will not take control of') still does.
- respectively elected (coordinated_subjects.respective_member, rival_outcome): 'Ruto William Samoei … and …
  Gachagua Rigathi, have been duly elected as the President and Deputy President, respectively': the candidate is
  among the coordinated subjects 'respectively' pairs with the roles: the name nearest the verb is no rival winner.
- a foreign index bar (foreign_figures): an article not in English writing a stock index market's bar with its
  thousands grouped ('코스피지수가 … 2,000을 넘었다') is unread evidence: a passed deadline's silence does not decide.
- a rolling quarter (told_periods.span_to): for a market on one month's figure, 'GDP fell by 10.4% in the three
  months to April' is a rolling quarter's change, not April's (twelve months or a year to it stay the month's).
- a rounded figure (rounded_figures): 'German economy plunged 10% during second quarter' over 'Output shrank by
  10.1%' for a fall of more than 10%: the round figure at a strict bar is the precise one rounded, no miss.
- a mark breached (threshold_figures._BEYOND_UP): 'The euro has breached the $1.50 mark' passes the bar, as
  'topped' does: a strict bar is crossed.
- a law in force (confirmation_gates._in_force): criteria counting the act from a law's entry into force ('if El
  Salvador's Bitcoin Law, making bitcoin legal tender, enters into force') read 'the new law recognizing Bitcoin
  as legal tender took effect Tuesday' as the act done.

Sentences and questions verbatim from the development corpus (the case named in a comment); the variants swap the
names, verbs, numbers and clause frames, with must-not-fire near-misses. `wrong_fires()` counts the variants read the
wrong way; it runs on any engine (the report gives the count before the change and after)."""

from __future__ import annotations

from conftest import case_runner, fired, fired_no, fired_yes, realnews_case
from cpu_budget import assert_each_within, word_soup

# --- a negated idiom ------------------------------------------------------------------------------------------------
# b134-kenya-ruto-above-50pct-2022-multi-yes
KENYA = "b134-kenya-ruto-above-50pct-2022-multi-yes"
_ke = case_runner(KENYA, "http://panafricannews.blogspot.com/2022/08/x.html", "2022-08-15T00:00:00+03:00")
KE_S = ("Four IEBC commissioners have held a surprise press conference at Serena Hotel, Nairobi, where they have "
        "said they will not take ownership of the results that will be announced by chair Wafula Chebukati.")
_WHO_KE = ("they", "the commissioners", "Kenya's electoral officials", "the four commissioners in Nairobi")
_IDIOM = ("will not take ownership of", "would not take ownership of", "won't take ownership of",
          "will not take responsibility for", "will not take full responsibility for", "cannot take ownership of",
          "will not take personal ownership of", "would not take note of")
IDIOMS = [KE_S] + [f"In Nairobi, {w} said {w2} {v} the results of Kenya's election." for w in _WHO_KE[:2]
                   for w2 in ("they",) for v in _IDIOM] + [
    f"Kenya's {w} {v} the Kenyan presidential election results." for w in ("commissioners", "officials") for v in _IDIOM]
# still a ruling-out: the win's own verb, a 'take' of the contest, not entering, not leading
NOT_IDIOMS = ["William Ruto will not win the Kenyan presidential election.",
              "William Ruto will not take the Kenyan presidency in this election.",
              "William Ruto said he will not take part in Kenya's presidential election.",
              "William Ruto will not take control of the Kenyan presidential election.",
              "William Ruto cannot win Kenya's presidential election."]

# --- respectively elected ------------------------------------------------------------------------------------------
_ke2 = case_runner(KENYA, "https://nation.africa/kenya/news/politics/x", "2022-08-16T00:00:00+03:00")
RESP_S = ("\u201cIn respect to Article 136 (1) of the Constitution: Ruto William Samoei (b) and in respect to 148 (3) of "
          "the Constitution: Gachagua Rigathi, have been duly elected as the President and Deputy President, "
          "respectively, of the Republic of Kenya having complied with the provisions of Article 138 (4) of the "
          "Constitution, during the General Election held on Tuesday, 9th August, 2022,\u201d Mr Chebukati said.")
_PAIRS = ("William Ruto and Rigathi Gachagua", "Ruto and Gachagua", "William Ruto (Kenya Kwanza) and Rigathi Gachagua")
_ELECTED = ("have been duly elected as", "were elected", "have been declared elected as", "were duly elected")
RESPECTIVE = [RESP_S] + [f"{p} {e} President and Deputy President, respectively, in the General Election held on "
                         "Tuesday." for p in _PAIRS for e in _ELECTED]
# a rival elected: no 'respectively', the candidate not among the subjects
RIVAL = [RESP_S.replace("Ruto William Samoei", "Odinga Raila Amolo"),
         RESP_S.replace("Ruto William Samoei (b) and in respect to 148 (3) of the Constitution: ", "").replace(
             "have been duly elected as the President and Deputy President, respectively,",
             "has been duly elected as the President"),
         "Raila Odinga has been duly elected as the President of the Republic of Kenya during the General Election "
         "held on Tuesday."] + [
    f"Raila Odinga and Martha Karua {e} President and Deputy President, respectively, in the General Election held "
    "on Tuesday." for e in _ELECTED]

# --- a foreign index bar -------------------------------------------------------------------------------------------
# b133-kospi-close-above-2000-by-jul31-2007-yes-multi
KOSPI = "b133-kospi-close-above-2000-by-jul31-2007-yes-multi"
_ks = case_runner(KOSPI, "https://www.donga.com/en/article/all/20070725/x", "2007-07-25T00:00:00+09:00")
KS_S = ("코스피지수가 24일 장중() 한때 처음으로 2,000을 넘었다.\n이날 서울 증시에서 코스피지수는 전날보다 8.47포인트 오른 "
        "2,001.52로 개장해 장 시작과 동시에 2,000 선을 돌파한 뒤 한때 2,005.02까지 올랐다.")
_KR = ("코스피지수가 24일 장중 한때 처음으로 {n}을 넘었다.", "2일 코스피지수는 전날보다 51.42포인트 오른 2,014.09로 장을 마쳐 다시 {n}대에 진입했다.",
       "코스피지수는 {n} 선을 돌파했다.")
_KR_MORE = ("\n그러나 외국인 투자자들이 차익 실현을 위해 대거 매도에 나서면서 하락세로 돌아선 뒤 등락을 거듭하다 전날보다 "
            "0.79포인트(0.04%) 내린 1,992.26으로 거래를 마쳤다.")
FOREIGN_BAR = [KS_S] + [k.format(n=n) + _KR_MORE for k in _KR for n in ("2,000", "2.000", "2 000")]
# no bar: a bare number (a year's shape), another figure, a longer one
NO_BAR = [k.format(n=n) + _KR_MORE for k in _KR for n in ("2000", "12,000", "2,0005", "3,000")]

# --- a rolling quarter ---------------------------------------------------------------------------------------------
# b134-uk-gdp-april-2020-fall-over-20pct-multi-yes
UKGDP = "b134-uk-gdp-april-2020-fall-over-20pct-multi-yes"
_uk = case_runner(UKGDP, "https://www.financialreporter.co.uk/finance-news/x.html", "2020-06-12T00:00:00+01:00")
UK_S = "The data shows that GDP fell by 10.4% in the three months to April."
ROLLING = [UK_S] + [f"{s} {v} {n}% in the {p} April." for s in ("GDP", "UK GDP", "The economy")
                    for v in ("fell by", "shrank by", "contracted by") for n in ("10.4", "8")
                    for p in ("three months to", "3 months through", "three months ending in", "quarter to")]
# the month's own figure: still read
OWN_MONTH = [f"{s} fell by {n}% in April." for s in ("GDP", "UK GDP") for n in ("10.4", "8")]

# --- a rounded figure ----------------------------------------------------------------------------------------------
# b134-germany-q2-2020-gdp-over-10pct-yes
DE = "b134-germany-q2-2020-gdp-over-10pct-yes"
_de = case_runner(DE, "https://www.shropshirestar.com/news/x", "2020-07-30T00:00:00+01:00")
DE_HEAD = "German economy plunged 10% during second quarter"
DE_BODY = ("Output shrank by {p} during the April-June period from the previous quarter, the country's official "
           "statistics agency said.")
ROUNDED = [(DE_HEAD, DE_BODY.format(p="10.1%"))] + [
    (f"German economy {v} 10% in the second quarter", DE_BODY.format(p=p))
    for v in ("plunged", "shrank", "contracted", "fell") for p in ("10.1%", "10.3 percent", "10.4 per cent")]
# a true miss: no precise figure, or one that rounds elsewhere or does not meet the bar
NOT_ROUNDED = [(f"German economy {v} 10% in the second quarter", DE_BODY.format(p=p))
               for v in ("plunged", "shrank") for p in ("10%", "9.7%", "10.6%", "8.9%")]

# --- a mark breached -----------------------------------------------------------------------------------------------
# b133-euro-above-1-50-by-mar31-2008-yes-multi
EURO = "b133-euro-above-1-50-by-mar31-2008-yes-multi"
_eu = case_runner(EURO, "http://www.theguardian.com/business/2008/feb/27/x", "2008-02-27T08:15:00+00:00")
EU_S = ("The euro has breached the $1.50 mark for the first time after further evidence that the American economy "
        "could be sliding into recession.")
BREACHED = [EU_S, "Euro breaches $1.50 for first time"] + [
    f"The euro {v} {b} on Tuesday." for v in ("breached", "has breached", "breaches", "finally breached")
    for b in ("$1.50", "the $1.50 mark", "the $1.50 level", "the key $1.50 barrier")]
NOT_BREACHED = [f"The euro {v} $1.50 on Tuesday." for v in ("neared", "approached", "fell back from", "traded at")]

# --- a law in force ------------------------------------------------------------------------------------------------
# b134-el-salvador-bitcoin-legal-tender-by-sep30-2021-multi-yes
SV = "b134-el-salvador-bitcoin-legal-tender-by-sep30-2021-multi-yes"
_sv = case_runner(SV, "https://www.law360.com/articles/x", "2021-09-07T17:15:00-04:00")
SV_S = ("Law360 (September 7, 2021, 5:15 PM EDT) -- El Salvador's new law recognizing Bitcoin as legal tender took "
        "effect Tuesday, as the country bought roughly $26 million of the cryptocurrency and launched its state-backed "
        "wallet for Bitcoin transfer and storage.")
IN_FORCE = [SV_S] + [f"El Salvador's {law} {v} on Tuesday." for law in (
    "new law recognizing Bitcoin as legal tender", "law making bitcoin legal tender",
    "Bitcoin Law, which makes bitcoin legal tender,") for v in ("took effect", "came into force", "entered into force",
                                                                "went into effect")]
NOT_IN_FORCE = [f"El Salvador's law making bitcoin legal tender {v}." for v in (
    "will take effect on Sept. 30", "has not taken effect", "is expected to take effect next year",
    "may come into force later")]
_sv_other = case_runner(SV, "https://www.law360.com/articles/y", "2021-09-07T17:15:00-04:00",
                        market={**realnews_case(SV)["market"], "criteria": (
                            "This market will resolve to \"Yes\" if bitcoin becomes legal tender in El Salvador on or "
                            "before September 30, 2021. Otherwise, \"No\".")})


def test_verbatim_idiom_rules_out_no_win():
    assert not fired_no(_ke(KE_S), "ruled_out")


def test_idiom_variants():
    for s in IDIOMS:
        assert not fired_no(_ke(s), "ruled_out"), s


def test_not_an_idiom_still_rules_out():
    for s in NOT_IDIOMS:
        assert fired_no(_ke(s), "ruled_out"), s


def test_verbatim_respectively_is_no_rival():
    assert not fired_no(_ke2(RESP_S), "rival_outcome")


def test_respectively_variants():
    for s in RESPECTIVE:
        assert not fired_no(_ke2(s), "rival_outcome"), s


def test_rival_elected_still_read():
    for s in RIVAL:
        assert fired_no(_ke2(s), "rival_outcome"), s


def test_kenya_case_decides_yes():
    c = realnews_case(KENYA)
    from conftest import run_case
    v = run_case(c["market"]["question"], c["market"]["deadline"], c["market"]["criteria"],
                 [(a["url"], a["published"], a.get("title", ""), a["text"]) for a in c["evidence"]], c["as_of"])
    assert v.verdict == "likely-yes"


def test_verbatim_foreign_bar_holds_the_deadline():
    assert _ks(KS_S).verdict != "likely-no"


def test_foreign_bar_variants():
    for s in FOREIGN_BAR:
        assert _ks(s).verdict != "likely-no", s


def test_no_foreign_bar():
    for s in NO_BAR:
        assert _ks(s).verdict == "likely-no", s


def test_verbatim_rolling_quarter_is_not_the_month():
    assert not fired_no(_uk(UK_S), "threshold_crossed", "threshold_missed")


def test_rolling_quarter_variants():
    for s in ROLLING:
        assert not fired_no(_uk(s), "threshold_crossed", "threshold_missed"), s


def test_own_month_still_read():
    for s in OWN_MONTH:
        assert fired_no(_uk(s), "threshold_crossed", "threshold_missed"), s


def test_verbatim_rounded_figure():
    head, body = ROUNDED[0]
    v = _de(body, head=head)
    assert not fired_no(v, "threshold_crossed", "threshold_missed") and v.verdict == "likely-yes"


def test_rounded_variants():
    for head, body in ROUNDED:
        assert not fired_no(_de(body, head=head), "threshold_crossed", "threshold_missed"), (head, body)


def test_not_rounded_still_missed():
    for head, body in NOT_ROUNDED:
        assert fired_no(_de(body, head=head), "threshold_crossed", "threshold_missed"), (head, body)


def test_verbatim_breached_mark():
    assert fired_yes(_eu(EU_S), "threshold_crossed")


def test_breached_variants():
    for s in BREACHED:
        assert fired_yes(_eu(s), "threshold_crossed"), s


def test_not_breached():
    for s in NOT_BREACHED:
        assert not fired_yes(_eu(s), "threshold_crossed"), s


def test_verbatim_law_in_force():
    assert _sv(SV_S).verdict == "likely-yes"


def test_in_force_variants():
    for s in IN_FORCE:
        assert fired_yes(_sv(s), "confirmation"), s


def test_not_in_force():
    for s in NOT_IN_FORCE:
        assert not fired_yes(_sv(s), "confirmation"), s


def test_in_force_needs_the_criteria():
    for s in IN_FORCE:
        assert not fired_yes(_sv_other(s), "confirmation"), s


def wrong_fires() -> dict[str, int]:
    return {
        "idiom_ruled_out": sum(fired_no(_ke(s), "ruled_out") for s in IDIOMS),
        "not_idiom_missed": sum(not fired_no(_ke(s), "ruled_out") for s in NOT_IDIOMS),
        "respectively_rival": sum(fired_no(_ke2(s), "rival_outcome") for s in RESPECTIVE),
        "rival_missed": sum(not fired_no(_ke2(s), "rival_outcome") for s in RIVAL),
        "foreign_bar_decided_no": sum(_ks(s).verdict == "likely-no" for s in FOREIGN_BAR),
        "no_bar_held": sum(_ks(s).verdict != "likely-no" for s in NO_BAR),
        "rolling_read_as_month": sum(fired_no(_uk(s), "threshold_crossed", "threshold_missed") for s in ROLLING),
        "own_month_missed": sum(not fired_no(_uk(s), "threshold_crossed", "threshold_missed") for s in OWN_MONTH),
        "rounded_read_as_miss": sum(fired_no(_de(b, head=h), "threshold_crossed", "threshold_missed") for h, b in ROUNDED),
        "true_miss_dropped": sum(not fired_no(_de(b, head=h), "threshold_crossed", "threshold_missed") for h, b in NOT_ROUNDED),
        "breach_missed": sum(not fired_yes(_eu(s), "threshold_crossed") for s in BREACHED),
        "not_breached_read": sum(fired_yes(_eu(s), "threshold_crossed") for s in NOT_BREACHED),
        "in_force_missed": sum(not fired_yes(_sv(s), "confirmation") for s in IN_FORCE),
        "not_in_force_read": sum(fired_yes(_sv(s), "confirmation") for s in NOT_IN_FORCE),
        "in_force_without_criteria": sum(fired_yes(_sv_other(s), "confirmation") for s in IN_FORCE),
    }


def test_hostile_input_bounded():
    from resolver.engine import coordinated_subjects, rounded_figures, verb_idioms  # noqa: F401  (the readings under test)
    words = ("they will not take full ownership of the results and Ruto Gachagua , have been elected as President "
             "and Deputy respectively 2,000 2.000 코스피지수가 fell 10% 10.1% in the three months to April breached "
             "the $1.50 mark law making bitcoin legal tender took effect came into force").split()
    assert_each_within([_ke, _ke2, _ks, _uk, _de, _eu, _sv], word_soup(words), 2.0)


if __name__ == "__main__":
    print(wrong_fires())
