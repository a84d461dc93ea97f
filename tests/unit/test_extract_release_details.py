"""The reader on the details of city press releases and wires: a renewal named twice in one
clause, what happened the day after a signing, a pavilion at a fair, a venue's building, a
country read as a common noun, a place inside a project's quoted name, and an event over several
days.  Each case is a short invented article; the comment names the kind of wording it stands for."""

from __future__ import annotations

import pytest

from partnerships.extract import extract
from partnerships.extract.types import classify_type
from tests.helpers.extraction import record_keys as _records


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the memorandum and the renewal agreement of it in one clause are one signing
        ("충청남도는 5일(현지시간) 캐나다 토론토에서 온타리오주 정부와 '청정에너지 협력 양해각서(MOU)' "
         "갱신 협약을 체결했다고 6일 밝혔다.", "2025-06-06",
         [("mou", 2025, ("kr-chungcheongnam-do",), ("adm1-ca-ontario",))]),
        # a signing told only as the day before another event ('협정 체결 이튿날인 10일') leaves
        # that event (a photo exhibition) as the news of its sentence
        ("남원시는 지난 9일 시청에서 핀란드 탐페레시와 우호도시 협정서에 서명했다.\n"
         "탐페레 대표단은 협정 체결 이튿날인 10일 남원예술회관에서 열린 '호수의 도시 탐페레' 사진전 "
         "개막식에도 참석했다.", "2025-06-12",
         [("exchange", 2025, ("kr-namwon-si",), ("fi-tampere",)),
          ("friendship_city", 2025, ("kr-namwon-si",), ("fi-tampere",))]),
        # a city named only as where the building stood, beside the division that signed
        ("경상북도는 3일(현지시간) 호주 빅토리아주 멜버른의 주 의사당에서 빅토리아주 정부와 수소 협력 "
         "의향서에 서명했다.", "2025-06-05",
         [("loi", 2025, ("kr-gyeongsangbuk-do",), ("adm1-au-victoria",))]),
        # a country Kiwi reads as a common noun (피지 'sebum'), named by its government
        ("강원특별자치도는 8일 도청 대회의실에서 피지 정부와 '해양 협력 선언'을 했다고 9일 밝혔다.",
         "2025-06-09", [("declaration", 2025, ("kr-gangwon-do",), ("country-fj",))]),
        # '도는 … '제주-나디 … 사업'': the short city after a dash in an article naming its country,
        # and the Korean place inside the quoted name is not the subject ('도는': the province)
        ("제주도는 피지와 기후 협력을 이어 가고 있다.\n"
         "도는 8일 '제주-나디 태양광 시범사업' 착수보고회를 열고 사업에 착수했다. 이 사업은 도비 5억 원을 "
         "들여 추진한다.", "2025-06-09", [("program", 2025, ("kr-jeju-do",), ("fj-nadi",))]),
        # an accession agreement ('가입 협약서') is the network joined, not a memorandum
        ("울산시는 지난달 20일(현지시간) 독일 함부르크 시청에서 열린 '세계 항만도시 네트워크' 총회에서 "
         "가입 협약서에 서명했다.", "2025-06-09", [("alliance", 2025, ("kr-ulsan",), ("de-hamburg",))]),
        # a research centre opened (its name also in Latin letters in brackets) is an institution,
        # and the guests at its ceremony ('개소식에는 … 참석했다') add no second record
        ("전주시는 4일(현지시간) 프랑스 리옹 대학 캠퍼스에서 '전주-리옹 식품 공동연구센터(Jeonju-Lyon Food "
         "Research Center)' 개소식을 가졌다고 5일 밝혔다.\n"
         "개소식에는 전주시 부시장과 오베르뉴론알프주 관계자 등 40여 명이 참석했다.", "2025-06-05",
         [("institution", 2025, ("kr-jeonju",), ("fr-lyon",))]),
        # a pavilion the city ran at a fair abroad is its part in the fair, kept beside an MOU
        ("안산시는 2일부터 5일까지(현지시간) 독일 뒤셀도르프에서 열린 의료기기 전시회 '메디카 2025'에 "
         "'안산 공동관'을 운영했다고 8일 밝혔다.\n같은 기간 시는 뒤셀도르프시와 의료산업 협력 업무협약을 맺었다.",
         "2025-06-08", [("forum", 2025, ("kr-ansan-si",), ("de-dusseldorf",)),
                        ("mou", 2025, ("kr-ansan-si",), ("de-dusseldorf",))]),
        # ... where the sentence before says where the delegation was
        ("춘천시 대표단이 스페인 바르셀로나를 찾았다.\n"
         "시는 박람회 기간 전시장에 '춘천 스마트시티 홍보관'을 운영했다고 밝혔다.", "2025-06-08",
         [("forum", 2025, ("kr-chuncheon",), ("es-barcelona",))]),
        # ... but walking round a fair is no part in it
        ("춘천시 대표단이 스페인 바르셀로나에서 열린 스마트시티 박람회를 둘러봤다.", "2025-06-08", []),
    ],
)
def test_release_detail(text, published, expected, gazetteer):
    assert _records(text, gazetteer, published) == sorted(expected)


def test_an_event_over_several_days_is_dated_by_its_first(gazetteer):
    text = ("안산시는 2일부터 5일까지(현지시간) 독일 뒤셀도르프에서 열린 의료기기 전시회 '메디카 2025'에 "
            "'안산 공동관'을 운영했다고 8일 밝혔다.")
    (found,) = extract(text, gazetteer=gazetteer, published="2025-06-08").candidates
    assert found["date"] == "2025-06-02"


@pytest.mark.parametrize(("phrase", "expected"), [
    ("'2025 영천 우수상품 수출상담회'가 열렸다", "roadshow"),  # 우수상품 'fine goods', no prize
    ("환경 부문 우수상을 받았다", "award"),
    ("하노버 메세에 '창원관'을 운영했다", "forum"),
    ("전시장에 단독 홍보관을 꾸려", "forum"),
    ("'하얀 도시' 사진전을 열었다", "exchange"),
])
def test_release_wording(phrase, expected):
    assert classify_type(phrase) == expected
