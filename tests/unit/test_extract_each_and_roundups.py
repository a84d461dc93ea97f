"""Several signings in one sentence ('…와 각각 업무협약을 체결했다'), year-end roundups and trips with
several stops. The texts are written for the tests, on the patterns the blind evaluation sets
showed."""

from __future__ import annotations

from tests.helpers.extraction import record_keys


def _keys(text: str, gazetteer, published: str) -> list[tuple]:
    return sorted((k[0], k[1], k[2], k[3]) for k in record_keys(text, gazetteer, published))


def test_partners_listed_before_each_signing_are_one_record_each(gazetteer):
    text = ("대전시, 유럽 3개 도시와 과학도시 협력 MOU\n"
            "대전시는 12일 대전컨벤션센터에서 열린 국제 과학도시 포럼에서 체코 프라하시, 오스트리아 빈시, 헝가리 "
            "부다페스트시와 과학기술 협력 업무협약을 각각 체결했다고 밝혔다.\n"
            "프라하시와는 연구기관 교류를, 빈시와는 스타트업 공동 육성을 추진하기로 했다.\n"
            "부다페스트시와는 도시 데이터 공유에 합의했다.")
    assert _keys(text, gazetteer, "2023-09-13") == [
        ("mou", 2023, ("kr-daejeon",), ("at-vienna",)),
        ("mou", 2023, ("kr-daejeon",), ("cz-prague",)),
        ("mou", 2023, ("kr-daejeon",), ("hu-budapest",)),
    ]


def test_partners_signed_with_in_turn_are_one_record_each(gazetteer):
    text = ("광주시는 20일 열린 국제 에너지 콘퍼런스 개막식에서 덴마크 오르후스시, 노르웨이 베르겐시와 차례로 "
            "업무협약을 체결했다.\n"
            "오르후스시와는 해상풍력 인력 양성에, 베르겐시와는 수소 선박 실증에 협력한다.")
    assert _keys(text, gazetteer, "2022-05-21") == [
        ("mou", 2022, ("kr-gwangju",), ("dk-arhus",)),
        ("mou", 2022, ("kr-gwangju",), ("no-bergen",)),
    ]


def test_a_summing_up_sentence_whose_signings_are_told_below_stays_those_signings(gazetteer):
    text = ("해양수산부 장관이 노르웨이와 덴마크 정부와 잇따라 업무협약(MOU)을 맺으며 친환경 선박 협력에 나섰다.\n"
            "장관은 지난 5일 오슬로에서 노르웨이 무역산업수산부 장관과 '친환경 해운 협력 양해각서(MOU)'를 체결했다.\n"
            "이어 7일에는 코펜하겐에서 덴마크 산업기업금융부 장관과 '녹색 항만 협력 MOU'를 맺었다.\n"
            "동행한 기업 10개사는 현지 기업과 양해각서 12건을 맺었다.")
    assert _keys(text, gazetteer, "2023-06-09") == [
        ("mou", 2023, ("kr-sejong",), ("country-dk",)),
        ("mou", 2023, ("kr-sejong",), ("country-no",)),
    ]


def test_cities_a_trip_went_to_are_not_the_partners_of_each_signing(gazetteer):
    text = ("전남도는 도지사를 단장으로 한 대표단이 지난달 캐나다 밴쿠버와 토론토를 잇따라 방문해 주정부 2곳과 각각 "
            "협약을 체결했다고 3일 밝혔다.\n"
            "대표단은 12일 주의사당에서 브리티시컬럼비아 주정부와 수산 협력 업무협약(MOU)을 맺었다.\n"
            "이어 15일 토론토에서 온타리오 주정부와 농식품 교류 양해각서를 체결했다.")
    keys = _keys(text, gazetteer, "2024-07-03")
    assert all(partner not in (("ca-vancouver",), ("ca-toronto",)) for *_, partner in keys)
    assert ("mou", 2024, ("kr-jeollanam-do",), ("adm1-ca-british-columbia",)) in keys


def test_oman_read_as_a_numeral_is_still_the_country_whose_ministry_signed(gazetteer):
    text = ("전북도 대표단은 15일 오만 무스카트에서 오만 농수산부와 스마트팜 협력 업무협약을 맺었다.\n"
            "이날 행사에는 관람객 오만 명이 몰렸다는 소식도 전해졌다.")
    assert _keys(text, gazetteer, "2024-03-16") == [("mou", 2024, ("kr-jeollabuk-do",), ("country-om",))]


def test_a_countrys_ministries_listed_or_as_the_subject_make_the_country_the_partner(gazetteer):
    listed = ("해양수산부는 9일 칠레 산티아고에서 칠레 교통통신부, 공공사업부와 각각 항만 협력 양해각서를 "
              "체결했다고 10일 밝혔다.")
    assert {k[3] for k in _keys(listed, gazetteer, "2022-08-10")} == {("country-cl",)}
    subject = ("산업통상자원부 대표단은 지난 3일 모로코 라바트를 찾았다.\n"
               "이어 산업통상자원부와 모로코 에너지전환부는 「수소 협력 양해각서」를 체결했다.")
    assert {k[3] for k in _keys(subject, gazetteer, "2022-11-05")} == {("country-ma",)}


def test_an_anniversary_delegation_is_no_trade_mission(gazetteer):
    text = ("부산시 대표단이 자매도시 수립 30주년을 맞아 미국 로스앤젤레스를 찾았다.\n"
            "이번 방문은 30주년 기념사절단 성격으로 꾸려져 시민 대표 20명도 함께했다.")
    assert _keys(text, gazetteer, "2022-10-05") == []


def test_firms_own_business_meetings_are_not_the_citys_roadshow(gazetteer):
    text = ("대전시는 14일 핀란드 오울루에서 열린 국제 바이오 서밋에서 오울루시와 바이오헬스 협력 업무협약을 맺었다.\n"
            "서밋 기간 대전 지역 바이오 기업 5곳은 현지 기업들과 비즈니스 상담회를 갖고 3건의 기술협력 협약을 맺었다.")
    assert _keys(text, gazetteer, "2023-06-16") == [("mou", 2023, ("kr-daejeon",), ("fi-oulu",))]
    own = ("대전시는 15일 오울루 시내 호텔에서 지역 중소기업 8곳이 참가한 '대전 바이오 수출상담회'를 열었다.")
    assert _keys(own, gazetteer, "2023-06-16") == [("roadshow", 2023, ("kr-daejeon",), ("fi-oulu",))]


def test_a_headline_and_a_lede_both_summing_up_the_same_signings_are_those_signings(gazetteer):
    """The lede sums up again what the headline did; neither is the one-by-one telling of the other,
    and a partner's name glossed in Latin letters ('오사카(Osaka)시와') still closes the list."""
    text = ("인천시, 일본·대만 2개 도시와 각각 관광 협력 업무협약 체결\n"
            "인천시는 어제(8일) 송도컨벤시아에서 일본 오사카(Osaka)시, 대만 타이베이(Taipei)시와 각각 "
            "「관광 협력 업무협약(MOU)」을 체결했다고 밝혔다.\n"
            "협약은 도시마다 따로 맺었으며, 두 도시의 부시장이 차례로 서명했다.")
    assert _keys(text, gazetteer, "2023-09-09") == [
        ("mou", 2023, ("kr-incheon",), ("jp-osaka",)),
        ("mou", 2023, ("kr-incheon",), ("tw-taipei",)),
    ]


def test_last_months_signing_told_in_january_is_news_not_last_years_background(gazetteer):
    """Published on 3 January: '지난달 17일' is 17 December of the year before, the page's own news,
    beside the trade show held right after it."""
    text = ("충남도는 지난달 17일(현지시간) 폴란드 바르샤바에서 마조프셰주 정부와 수소 협력 업무협약을 체결했다고 "
            "3일 밝혔다.\n도 대표단은 이어 18∼19일 프라하에서 도내 중소기업 10개사가 참가한 수출상담회를 열었다.")
    assert _keys(text, gazetteer, "2025-01-03") == [
        ("mou", 2024, ("kr-chungcheongnam-do",), ("adm1-pl-mazovia",)),
        ("roadshow", 2024, ("kr-chungcheongnam-do",), ("cz-prague",)),
    ]
    older = text.replace("지난달 17일", "지난해 3월 17일")  # months before: background to the show
    assert _keys(older, gazetteer, "2025-01-03") == [("roadshow", 2024, ("kr-chungcheongnam-do",), ("cz-prague",))]


def test_a_title_names_five_partners_and_counts_the_rest(gazetteer):
    """An alliance with two dozen members had made a suggested title longer than a record may hold."""
    from partnerships.extract import extract
    from partnerships.model import MAX_TITLE

    cities = [p for p in gazetteer if p.kind == "city" and p.country == "JP" and len(p.name_ko or "") >= 2][:24]
    text = ("부산시는 14일 일본 24개 도시가 참여하는 '해양도시 협의체'에 가입했다고 밝혔다.\n"
            "참여 도시는 " + ", ".join(f"{p.name_ko}시" for p in cities) + " 등이다.")
    (rec,) = extract(text, gazetteer=gazetteer, published="2023-03-15").candidates
    assert len(rec["partner_places"]) > 5
    assert len(rec["title_en"]) <= MAX_TITLE and len(rec["title_ko"]) <= MAX_TITLE
    assert rec["title_en"].endswith(f"and {len(rec['partner_places']) - 5} more: alliance / network")
