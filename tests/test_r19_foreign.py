"""Articles not in English (nineteenth round, r19-foreign). The rules read English; an article written
in another language is evidence no rule read. The engine tells it by function words, script or
diacritics over a bounded prefix (engine/languages.article_language), notes every such article in the
trace as not read, and holds a passed deadline's silence when one published in the window names the
market's candidate, actors or object (engine/foreign_articles.py): undetermined, unread-evidence, the
article listed with the note that it is not in English. Texts verbatim from the development corpus;
each names its case. Must-not-fire: English articles with foreign names or titles, a foreign article
naming none of the market, one published before the market's window, a verdict the evidence decides."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

from resolver.engine import foreign_articles, languages
from tests.conftest import decided, run_case
from cpu_budget import assert_cpu_within

DATA = Path(__file__).parent / "data" / "realnews"

# --- verbatim excerpts ---------------------------------------------------------------------------
# b100-kawasaki-frontale-j1-title-2021-yes (Italian)
ITALIAN = ("Il Kawasaki Frontale ha vinto in anticipo il quarto titolo di giapponese negli ultimi cinque anni, pareggiando "
           "in casa 1-1 con gli Urawa Reds. I neocampioni adesso hanno 13 punti di vantaggio nella classifica della "
           "J-League a quattro giornate dalla fine.")
# b100-boulos-wins-sao-paulo-mayor-2024-multi-no (Indonesian, then Portuguese)
BOULOS_URL1 = "https://sultra1news.com/2024/10/07/nunes-dan-boulos-berhadapan-di-putaran-ke-2-pemilu-sao-paulo"
INDONESIAN = ("Dengan 98,98% surat suara telah dihitung, walikota Ricardo Nunes (MDB) dan wakil federal Guilherme Boulos "
              "(PSol) akan bersaing dalam pemilihan putaran kedua balai kota São Paulo, dengan masing-masing memperoleh "
              "29,49% dan 29,05% suara. Mantan pelatih Pablo Marçal (PRTB) berada di posisi ketiga dengan 28,14%%.")
BOULOS_URL2 = ("https://gauchazh.clicrbs.com.br/politica/eleicoes/noticia/2024/10/eleicoes-2024-quem-sao-os-prefeitos-"
               "eleitos-nas-capitais-do-brasil-cm2s63ha0011e013u5hrutwqx.html")
PORTUGUESE = ("Eleitores de 15 capitais voltaram às urnas neste domingo (27) para escolher os prefeitos que irão governar "
              "os municípios pelos próximos quatro anos. Onze delas já haviam escolhido seus mandatários no primeiro turno.\n"
              "São Paulo (SP)\nRicardo Nunes (MDB) foi reeleito prefeito de São Paulo. Ele recebeu 59,35% dos votos "
              "válidos no segundo turno, enquanto Guilherme Boulos (PSOL) contabilizou 40,65%.")
# b105-sierra-leone-passes-liberia-ebola-cases-by-dec31-2014-yes (German; 'WHO' is an acronym, not 'who')
GERMAN = ("Genf (AFP) Unter den Ländern mit den weltweit meisten Ebola-Fällen hat Sierra Leone Liberia überrundet. Wie die "
          "Weltgesundheitsorganisation (WHO) am Montag mitteilte, wurden bis zum Samstag in Sierra Leone 7798 Fälle der "
          "tödlichen Epidemie registriert, in Liberia 7719 und in Guinea 2283.")
# b38-ukraine-2019-servant-of-people-43pct-undet (Hungarian: its article 'a' is an English word too)
HUNGARIAN_T = "Zelenszkij pártjának nagy arányú győzelmét erősítik a hivatalos részeredmények"
HUNGARIAN = ("A szavazókörök elektronikus jegyzőkönyvei közel 21 százalékának összesítése alapján a Nép Szolgája (Szluha "
             "Narodu) nevű párt 41,98 százalékos eredménnyel vezet, ez mintegy 2 százalékkal gyengébb eredmény a késő "
             "este közölt exit poll-felmérések adatainál.")
# b38-warriors-win-2015-nba-finals-undet (Ukrainian, Cyrillic)
CYRILLIC = ("\"Голден Стейт\" вдруге поспіль обіграли \"Клівленд\" - тепер уже на своєму паркеті.\nУ \"Кавалеристів\" "
            "вражав ЛеБрон (40 очок + 14 підбирань + 11 передач), а у господарів результативний матч видав Каррі (37 оков).")
# b85-thailand-martial-law-in-force-through-nov20-2014-stays-yes (Tagalog)
TAGALOG = ("Ipinahayag kahapon ni Prayuth Chan-ocha, Punong Ministro ng Thailand, na sa kasalukuyan, nasa state of "
           "martial law pa rin ang bansa.\nWinika ito ni Chan-ocha sa isang espesyal na talakayan ng Thailand National "
           "Defence College nang araw ring iyon. Aniya, sa kasalukuyan, kailangan pa ring patuloy na isasagawa ang "
           "martial law.")
# b93-uribe-over-50pct-first-round-2002-yes (Spanish)
SPANISH = ("El candidato independiente Alvaro Uribe obtiene un 53,5% -más del 50% necesario para ganar en primera vuelta- "
           "contra 31,1% de su inmediato seguidor, el liberal Horacio Serpa, en la elección colombiana tras haber sido "
           "escrutadas el 84% de las 60.827 mesas.\nEste es el resultado de este boletín:\n"
           "- Alvaro Uribe (independiente): 5.124.842 (53,5%)")
# b33-euro-stoxx-50-reaches-5500-by-feb28-2025-yes (German, with a title)
STOXX_URL = ("https://www.klamm.de/news/eurostoxx-50-erklimmt-neue-hoehen-bewegung-im-europaeischen-boersenparkett-"
             "64N20250217191247.html")
STOXX_T = "EuroStoxx 50 erklimmt neue Höhen: Bewegung im europäischen Börsenparkett"
STOXX = ("Der EuroStoxx 50, der führende Index der Eurozone, hat seinem Namen alle Ehre gemacht und ein neues Rekordhoch "
         "erklommen - und das rund ein Vierteljahrhundert nach seinem bisherigen Spitzenwert. Der Index stieg am Montag um "
         "beeindruckende 0,5 Prozent und erreichte somit die Marke von 5.523,41 Punkten.")

# English articles full of foreign names, particles and diacritics: must stay English
# b50-van-der-bellen-54pct-final-dec2016-multi-no
BELLEN_T = "Final count in Austria confirms Van der Bellen's win"
BELLEN = ("Green Party candidate Alexander Van der Bellen is the clear victor in Austria's presidential race, according to "
          "final results. His right-wing rival, Norbert Hofer, pledged to run again in 2022.\n\nAustria's Interior "
          "Ministry confirmed on Tuesday that Van der Bellen had won 53.8 percent of the vote over the weekend.")
# b98-rebelo-de-sousa-wins-portugal-2016-presidency-yes
SOUSA_T = "TV pundit Rebelo de Sousa wins Portuguese presidential poll"
SOUSA = ("Law professor and TV pundit Marcelo Rebelo de Sousa, 67, was the clear winner Sunday in Portugal’s presidential "
         "election, taking 52 percent of the vote. The overwhelming favourite, Rebelo de Sousa was far ahead of his "
         "closest rival, independent leftist Antonio Sampaio da Novoa, who won 22.89 percent, according to a nearly "
         "complete count.")
# b82-bardarbunga-surface-eruption-aug2014-multi-yes
ICELAND_T = "Aviation Color Code over Bárðarbunga Back to Orange"
ICELAND = ("The fissure eruption which started in Holuhraun, north of Dyngjujökull glacier, this morning, can more or less "
           "be described as an accident, according to geophysicist Magnús Tumi Guðmundsson, who spoke with RÚV in a "
           "special news broadcast at 10 am this morning.")
# b28-goya-2024-most-nominated-wins-best-film-no's title quoted in an English sentence (the nearest wording)
GOYA_EN = ("'La sociedad de la nieve' de Bayona arrasa, Spanish papers said on Sunday, after the film won 12 awards at "
           "the Goya ceremony in Valladolid, where it had been the favourite with the critics and the public.")


def test_articles_in_other_languages_are_told():
    assert "'di'" in languages.article_language("", ITALIAN)  # (lower case only: 'Il' opening a sentence is not counted)
    assert "function words" in languages.article_language("", INDONESIAN)
    assert "function words" in languages.article_language("", PORTUGUESE)
    assert "function words" in languages.article_language("", GERMAN)
    assert "diacritics" in languages.article_language(HUNGARIAN_T, HUNGARIAN)
    assert languages.article_language("golden steyt nahoditsya shage", CYRILLIC) == "written in another script"
    assert "function words" in languages.article_language("", TAGALOG)
    assert "function words" in languages.article_language("", SPANISH)
    assert "function words" in languages.article_language(STOXX_T, STOXX)


def test_english_articles_with_foreign_names_are_english():
    for title, text in ((BELLEN_T, BELLEN), (SOUSA_T, SOUSA), (ICELAND_T, ICELAND), ("", GOYA_EN)):
        assert languages.article_language(title, text) is None, title
    # too short to tell: a bare headline in another language
    assert languages.article_language("Il Kawasaki Frontale campione", "") is None


def test_no_english_article_of_the_corpus_is_taken_as_foreign():
    # every development article told foreign is poor in English function words; the English ones hold
    # a quarter or more, so an English article with a foreign quote or a list of names keeps its own
    told, english = 0, 0
    for f in sorted(DATA.glob("batch-*.json")):
        for case in json.loads(f.read_text(encoding="utf-8")):
            for ev in case["evidence"]:
                if languages.article_language(ev.get("title") or "", ev.get("text") or "") is None:
                    continue
                told += 1
                words = re.findall(r"[a-z]+", ((ev.get("title") or "") + " " + (ev.get("text") or "")[:2000]).lower())
                english += sum(w in languages.ENGLISH - {"a", "in", "an", "was"} for w in words) > 0.12 * len(words)
    assert told >= 35 and english == 0


# --- the verdict -----------------------------------------------------------------------------------
BOULOS_Q = "Will Guilherme Boulos be elected mayor of São Paulo in the 2024 municipal election?"
BOULOS_C = ("This market will resolve to \"Yes\" if Guilherme Boulos (PSOL) is declared the winner of the 2024 São Paulo "
            "mayoral election, including the October 27, 2024 runoff. If any other candidate is declared the winner, "
            "this market will resolve to \"No\".")


def _boulos(items, as_of="2024-11-03T12:00:00+00:00"):
    return run_case(BOULOS_Q, "2024-10-31T23:59:59-03:00", BOULOS_C, items, as_of)


def _listed(v):
    return [c for c in v.contributions if foreign_articles.is_foreign(c)]


def _notes(v):
    return [c for c in v.contributions if c.rule == foreign_articles.NAME]


def test_a_foreign_article_naming_the_candidate_holds_the_deadlines_silence():
    v = _boulos([(BOULOS_URL1, "2024-10-07T00:00:00+07:00", "", INDONESIAN),
                 (BOULOS_URL2, "2024-10-27T00:00:00-03:00", "", PORTUGUESE)])
    assert v.verdict == "undetermined" and v.status == "unread-evidence"
    listed = _listed(v)
    assert [c.article_url for c in listed] == [BOULOS_URL1, BOULOS_URL2]
    assert all("not in English" in c.reason and "'Guilherme Boulos'" in c.reason and c.published for c in listed)
    assert "Guilherme Boulos" in listed[0].sentence  # the sentence naming the candidate is quoted
    assert not any(c.rule == "deadline_passed" and c.counted for c in v.contributions)


def test_a_foreign_article_naming_none_of_the_market_does_not_hold_it():
    # b31-guinea-bissau-provisional-results-nov27-no's Portuguese text, attached to the São Paulo market
    other = ("Um “Alto Comando Militar para a Restauração da Segurança Nacional e da Ordem Pública” anunciou, na tarde "
             "desta quarta-feira, 26 de novembro, a destituição do Chefe de Estado, Umaro Sissoco Embaló, afirmando "
             "assumir o “controlo total” da Guiné-Bissau, suspender o processo eleitoral e encerrar as fronteiras "
             "terrestres e aéreas.")
    v = _boulos([("https://example.com/gb", "2024-10-27T00:00:00-03:00", "", other)])
    assert v.verdict == "likely-no" and v.status == "deadline-passed"
    assert not _listed(v) and "names none" in _notes(v)[0].reason


def test_before_the_deadline_the_article_is_noted_not_read():
    # b100-kawasaki-frontale-j1-title-2021-yes, at its own as_of: the verdict is unchanged, the trace says why
    v = run_case("Will Kawasaki Frontale win the 2021 J1 League title?", "2021-12-31T23:59:59+09:00", "",
                 [("https://www.ansa.it/kawasaki", "2021-11-03T00:00:00+01:00", "", ITALIAN)], "2021-11-04T00:00:00+00:00")
    assert v.verdict == "undetermined" and v.status == "no-evidence"
    assert "not in English" in _notes(v)[0].reason and "'Kawasaki Frontale'" in _notes(v)[0].reason
    assert "1 not in English, not read" in v.summary


def test_a_verdict_the_evidence_decides_is_unchanged():
    # b93-uribe-over-50pct-first-round-2002-yes: read as confirmed before; still so, with the note
    q = "Will Álvaro Uribe win more than 50% of the vote in the first round of Colombia's May 26, 2002 presidential election?"
    v = run_case(q, "2002-06-15T23:59:59-05:00", "", [("https://www.eluniverso.com/uribe", "2002-05-27T00:00:00-05:00",
                                                        "", SPANISH)], "2002-05-28T00:00:00+00:00")
    assert v.verdict == "likely-yes" and v.status == "confirmed" and _notes(v)


STOXX_Q = "Will the Euro Stoxx 50 index reach 5,500 points by February 28, 2025?"
STOXX_C = ("This market will resolve to \"Yes\" if the Euro Stoxx 50 index trades or closes at or above 5,500.00 points at "
           "any time between February 1, 2025 and February 28, 2025. Otherwise, this market will resolve to \"No\".")


def test_a_foreign_report_of_the_index_holds_a_figure_markets_silence():
    # b33-euro-stoxx-50-reaches-5500-by-feb28-2025-yes, read after the deadline: no more a wrong likely-no
    v = run_case(STOXX_Q, "2025-02-28T23:59:59+01:00", STOXX_C, [(STOXX_URL, "2025-02-17T00:00:00+01:00", STOXX_T, STOXX)],
                 "2025-03-03T12:00:00+00:00")
    assert v.verdict == "undetermined" and v.status == "unread-evidence"
    assert _listed(v)[0].article_title == STOXX_T


def test_a_foreign_article_before_the_window_does_not_hold_it():
    # the same article for the same bar in March: published before the window, it tells another period
    q = "Will the Euro Stoxx 50 index reach 5,500 points in March 2025?"
    c = ("This market will resolve to \"Yes\" if the Euro Stoxx 50 index trades or closes at or above 5,500.00 points at "
         "any time between March 1, 2025 and March 31, 2025. Otherwise, this market will resolve to \"No\".")
    v = run_case(q, "2025-03-31T23:59:59+01:00", c, [(STOXX_URL, "2025-02-17T00:00:00+01:00", STOXX_T, STOXX)],
                 "2025-04-03T12:00:00+00:00")
    assert not _listed(v) and "before the market's window" in _notes(v)[0].reason


def test_an_english_article_is_read_as_before():
    # b98-rebelo-de-sousa-wins-portugal-2016-presidency-yes: no note, nothing held
    v = run_case("Will Marcelo Rebelo de Sousa win Portugal's 2016 presidential election?", "2016-02-29T23:59:59+00:00",
                 "", [("http://www.politicit.com/sousa", "2016-01-24T00:00:00+00:00", SOUSA_T, SOUSA)],
                 "2016-03-03T00:00:00+00:00")
    assert not _notes(v) and not _listed(v)


def test_a_stays_market_yes_by_silence_is_held_too():
    # b85-thailand-martial-law-in-force-through-nov20-2014-stays-yes: the Tagalog report names Thailand
    q = "Will the martial law declared in Thailand in May 2014 remain in force through November 20, 2014?"
    v = run_case(q, "2014-11-20T23:59:59+07:00", "", [("http://filipino.cri.cn/thai", "2014-11-21T00:00:00+08:00", "",
                                                        TAGALOG)], "2014-11-22T00:00:00+00:00")
    assert decided(v) == "undetermined" and v.status == "unread-evidence" and _listed(v)


def test_a_long_article_of_foreign_function_words_is_told_quickly():
    text = " ".join(["il de la dan yang Boulos São Paulo der die und foi reeleito prefeito"] * 450)  # ~31 KB, one sentence
    assert len(text) > 30_000
    start = time.process_time()
    v = _boulos([("https://example.com/long", "2024-10-27T00:00:00-03:00", "", text)])
    assert_cpu_within(start, 5.0)
    assert v.status == "unread-evidence"
