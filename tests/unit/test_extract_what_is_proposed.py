"""What the reader proposes and what it leaves out with a reason: a ministry named with its
initials or joined by '와도', a clause closed by '… 데 이어', a short foreign name in the country
the sentence names, a domestic record, and a centre founded together that opens."""

from __future__ import annotations

import pytest

from partnerships.extract import extract
from tests.helpers.extraction import record_keys as _records


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a foreign ministry with its initials in brackets ('농업부(MoA) 차관과')
        ("해양수산부는 3일 인도네시아 자카르타에서 인도네시아 해양수산부(KKP) 차관과 수산 협력 양해각서를 체결했다.",
         [("mou", 2025, ("kr-sejong",), ("country-id",))]),
        # a second ministry joined by '와도' after the first (a guard: read before as well)
        ("산업통상자원부는 3일 베트남 산업무역부와 에너지 협력 MOU를 맺었다. 이어 5일 라오스 에너지광업부와도 "
         "에너지 협력 MOU를 맺었다.",
         [("mou", 2025, ("kr-sejong",), ("country-la",)), ("mou", 2025, ("kr-sejong",), ("country-vn",))]),
    ],
)
def test_a_ministry_abroad_as_written(text, expected, gazetteer):
    assert _records(text, gazetteer, "2025-06-09") == expected


def test_a_clause_closed_by_de_ieo_keeps_its_own_place(gazetteer):
    # '… 상담회를 연 데 이어, … 사마린다에서 …': the consultation was where its own clause says
    text = ("충청남도 시장개척단은 지난 2일 마닐라 한 호텔에서 수출상담회를 연 데 이어, 4일 세부에서 세부주 정부와 "
            "농식품 교류 의향서에 서명했다.")
    found = _records(text, gazetteer, "2025-06-09")
    assert ("roadshow", 2025, ("kr-chungcheongnam-do",), ("ph-manila",)) in found
    assert all(k[3] != ("ph-manila",) for k in found if k[0] == "loi")


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        # a two-syllable name whose Latin key is three letters, in the country the text names
        ("강릉시는 12일 모로코 페스시와 우호협력 협약을 체결했다.", "ma-fes"),
    ],
)
def test_a_short_name_in_the_country_named(text, partner, gazetteer):
    assert [k[3] for k in _records(text, gazetteer, "2025-06-09")] == [(partner,)]


def test_without_its_country_a_short_name_is_no_place(gazetteer):
    assert _records("강릉시는 12일 페스시와 우호협력 협약을 체결했다.", gazetteer, "2025-06-09") == []


def test_a_domestic_record_is_left_out_with_the_reason(gazetteer):
    text = "수원시는 16일 팔달구 인계동에 청년 창업공간 3호점을 개소했다."
    found = extract(text, gazetteer=gazetteer, published="2025-06-09")
    assert found.candidates == []
    assert any("no partner abroad" in d for d in found.dropped)
    assert "with no partner abroad" in found.reason


def test_a_centre_founded_together_and_opened_is_one_institution(gazetteer):
    text = ("경상남도-탄자니아 도도마시, 직업훈련센터 함께 세웠다\n"
            "- 15일 도도마시에서 개소…도·도도마시 공동 설립\n"
            "경상남도는 탄자니아 도도마시와 공동으로 설립한 '경남-도도마 직업훈련센터'가 15일 도도마시에서 문을 열었다고 "
            "밝혔다.\n"
            "개소식에는 경상남도 국제관계대사와 도도마시 부시장 등 100여 명이 참석했다.")
    assert _records(text, gazetteer, "2025-06-16") == [
        ("institution", 2025, ("kr-gyeongsangnam-do",), ("tz-dodoma",))]
