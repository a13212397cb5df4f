"""A body not written in English is reported as not checked: one info finding naming its language,
no other fact, and no figure counted; an English wrap that quotes a foreign phrase stays checked."""
from __future__ import annotations

import pytest

import verifier

GERMAN = ("Der Leitindex DAX hat am Dienstag um 0,8 Prozent auf 17.912,44 Punkte zugelegt. Die Anleger setzten "
          "auf eine Zinssenkung der Notenbank, wie Händler in Frankfurt sagten, und die Aktien der Autobauer waren "
          "besonders gefragt, während die Versorger nachgaben.")
SPANISH = ("El índice de la bolsa cerró con una subida del 1,3 por ciento hasta los 9.874,20 puntos, en una sesión "
           "en la que los bancos y las eléctricas fueron los valores más buscados por los inversores, que esperan "
           "que el banco central baje los tipos este año.")
INDONESIAN = ("Indeks Harga Saham Gabungan ditutup menguat 0,45 persen ke level 7.215 pada perdagangan hari ini, "
              "dengan saham perbankan yang menjadi penopang utama dan investor asing yang mencatat beli bersih "
              "di pasar reguler untuk pekan ini.")
THAI = "ดัชนีตลาดหุ้นปิดที่ 1,402.15 จุด เพิ่มขึ้น 8.31 จุด หรือ 0.60% มูลค่าการซื้อขาย 52,104 ล้านบาท นักลงทุนต่างชาติซื้อสุทธิ"
KOREAN = "코스피는 전 거래일보다 12.40포인트(0.48%) 오른 2,611.35에 거래를 마쳤다. 외국인은 3천억원어치를 순매수했다."


@pytest.mark.parametrize("text, language", [
    (GERMAN, "German"), (SPANISH, "Spanish"), (INDONESIAN, "Indonesian or Malay"), (THAI, "Thai"), (KOREAN, "Korean"),
])
def test_a_body_in_another_language_is_one_info_finding_and_no_figure(text, language):
    report = verifier.check(text)
    assert [(f.rule, f.severity.value) for f in report.findings] == [("language-not-checked", "info")]
    assert language in report.findings[0].message
    assert [f.kind for f in report.facts] == ["language"]
    assert report.coverage.mentions == 0


def test_an_english_wrap_quoting_a_foreign_phrase_stays_checked():
    text = ("The DAX rose 1.2 percent to 18,230.50 on Monday, as traders bet on a summer rate cut. "
            "'Die Stimmung ist gut, aber nicht euphorisch,' said a trader at a Frankfurt bank, "
            "adding that carmakers led the gains while utilities lagged.")
    report = verifier.check(text)
    assert not any(f.rule == "language-not-checked" for f in report.findings)
    assert any(f.kind == "move" for f in report.facts)


def test_a_table_of_figures_with_few_words_stays_checked():
    text = "Open High Low Settle Chg.\nDec 1418.50 1421.60 1409.20 1410.30 -8.70\nFeb 1424.10 1427.40 1406.90 1411.80 -8.30\n"
    assert not any(f.kind == "language" for f in verifier.check(text).facts)
