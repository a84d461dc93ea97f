"""Days told by reference ('당시', '지난 연말', '오후에는'), initials a page spells out once, names in
Chinese characters with a Hangul suffix, and who is a member of a joint declaration. The texts are
written for the tests, on the patterns the blind evaluation sets showed."""

from __future__ import annotations

from partnerships.extract.dates import find_dates
from tests.helpers.extraction import record_keys as _records


def _types_partners(text: str, gazetteer, published: str) -> list[tuple]:
    return [(k[0], k[1], k[3]) for k in _records(text, gazetteer, published)]


def test_an_emirate_told_as_one_of_the_seven_is_the_emirate(gazetteer):
    text = ("울산시가 아랍에미리트(UAE) 7개 토후국 가운데 하나인 푸자이라와 에너지 분야 업무협약(MOU)을 "
            "12일 체결했다.")
    assert _types_partners(text, gazetteer, "2023-09-13") == [("mou", 2023, ("adm1-ae-fujairah",))]


def test_a_meeting_that_did_not_lead_to_an_agreement_is_none(gazetteer):
    text = ("부산시는 오늘(5일) 다르에스살람시 대표단과 항만 협력 업무협약을 맺었습니다.\n"
            "부산시는 같은 날 오후 케냐 몸바사 카운티 대표단과도 면담을 가졌지만, 협약 체결로 이어지지는 "
            "않았습니다.")
    assert _types_partners(text, gazetteer, "2024-06-05") == [("mou", 2024, ("tz-dar-es-salaam",))]


def test_a_tie_that_goes_back_to_a_year_and_what_was_signed_at_that_time(gazetteer):
    text = ("충남도가 브라질 상파울루주와 자매결연을 맺었다.\n"
            "김 지사는 9일(현지시간) 상파울루 주청사에서 주지사와 자매결연 협정서에 서명했다.\n"
            "두 지역의 인연은 2019년으로 거슬러 올라간다. 당시 충남도 대표단이 상파울루주를 방문해 우호교류 "
            "의향서(LOI)를 교환했고, 이후 지난해 실무 협의가 재개됐다.")
    assert _types_partners(text, gazetteer, "2024-09-10") == [("sister_city", 2024, ("adm1-br-sao-paulo",))]


def test_a_bare_agreement_signed_the_day_after_a_joint_declaration_is_its_own(gazetteer):
    text = ("□ 김 지사는 22일 요나고시 컨벤션센터에서 열린 환동해권 지사성장회의에 참석해 '지방정부 간 관광 "
            "협력을 위한 환동해권 공동선언'을 채택했다.\n"
            "  ○ 이번 공동선언에는 강원특별자치도, 일본 돗토리현, 중국 지린성, 몽골 투브아이막 등 4개 지방정부가 "
            "서명했다.\n"
            "이어 23일에는 돗토리현청에서 돗토리현 지사와 '관광·청소년 교류 확대 협약'을 체결했다.")
    keys = _types_partners(text, gazetteer, "2024-10-25")
    assert ("mou", 2024, ("adm1-jp-tottori",)) in keys
    declaration = next(k for k in keys if k[0] == "declaration")
    assert "jp-yonago" not in declaration[2] and "adm1-cn-jilin" in declaration[2]


def test_a_letter_of_intent_for_a_friendship_is_one_letter(gazetteer):
    text = ("충북도 대표단은 15일 지난으로 이동해 산둥성 인민정부 부성장을 면담하고 '우호교류 관계 수립을 위한 "
            "의향서'에 서명했다.")
    assert [k[0] for k in _records(text, gazetteer, "2023-09-18")] == ["loi"]


def test_a_city_in_chinese_characters_with_its_suffix_in_hangul(gazetteer):
    text = "안동시는 이달 초 중국 산둥성 曲阜시에서 열린 세계유교문화도시연합 창립총회에 참석해 회원으로 가입했다."
    partners = {p for k in _records(text, gazetteer, "2024-05-20") for p in k[3]}
    assert "cn-qufu" in partners


def test_the_last_year_end_and_a_day_of_last_years_month():
    (end,) = find_dates("경남도는 지난 연말 누에보레온주 정부와 협약을 체결했다")
    assert (end.month, end.rel_year) == (12, -1)
    (day,) = find_dates("군은 지난해 11월 8일 착수식을 가졌다")
    assert (day.month, day.day, day.rel_year) == (11, 8, -1)


def test_initials_the_page_spells_out_once(gazetteer):
    text = ("괴산군은 4일(현지시간) 미국 로스앤젤레스(LA)에서 현지 식품유통업체와 30만 달러 규모의 농식품 "
            "수출계약을 체결했다.\n"
            "군은 오는 10월에는 미국 뉴욕에서 판촉전을 여는 방안도 추진하고 있다.\n"
            "※ 사진 : 4일(현지시간) 미국 LA에서 열린 괴산군 농식품 수출계약 체결식")
    assert _types_partners(text, gazetteer, "2024-03-05") == [("contract", 2024, ("us-los-angeles",))]



def test_a_countrys_initials_before_one_of_its_ministries(gazetteer):
    text = ("창원시, 중동서 스마트항만 협약\n"
            "창원시는 3일(현지시간) 아랍에미리트(UAE) 아부다비에서 UAE 에너지인프라부와 스마트항만 협력 업무협약을 체결했다고 "
            "5일 밝혔다.\n"
            "시는 협약에 따라 항만 물류 기술 교류를 추진한다.")
    assert _types_partners(text, gazetteer, "2025-06-05") == [("mou", 2025, ("country-ae",))]

def test_a_forum_held_that_afternoon_beside_an_office_opened_that_morning(gazetteer):
    text = ("경기도, 오늘 두바이에 'GBC 두바이' 개소\n"
            "도는 이날 오전 두바이 업무지구에서 GBC 두바이 개소식을 갖는다.\n"
            "GBC 두바이는 경기도의 13번째 해외 비즈니스센터다.\n"
            "오후에는 두바이상공회의소와 공동으로 '경기-두바이 투자협력 포럼'을 개최한다.")
    assert _types_partners(text, gazetteer, "2025-10-14") == [
        ("forum", 2025, ("ae-dubai",)), ("office", 2025, ("ae-dubai",))]


def test_a_consultation_a_body_abroad_laid_on_that_the_city_only_helped_with(gazetteer):
    text = ("서울시는 10일(현지시간) 아부다비에서 아부다비 도시교통국과 스마트도시 협력 업무협약(MOU)을 "
            "체결했다고 11일 밝혔다.\n"
            "한편 이번 순방에 동행한 서울 소재 스타트업 9개사는 같은 날 아부다비 투자청(ADIO)이 마련한 비즈니스 "
            "상담회에서 현지 기업들과 MOU 5건을 별도로 체결했다. 서울시는 상담회 장소 제공 등을 지원했다.")
    assert _types_partners(text, gazetteer, "2025-02-11") == [("mou", 2025, ("ae-abu-dhabi",))]


def test_firms_deals_at_a_consultation_counted_in_the_headline_are_not_the_citys(gazetteer):
    text = ("부산시, 호찌민서 수출상담회…현장 MOU 3건·상담액 1240만 달러\n"
            "부산시는 지난 11일부터 12일까지 베트남 호찌민시 롯데호텔에서 '부산 우수상품 수출상담회'를 열었다고 "
            "13일 밝혔다.\n"
            "이번 상담회에는 부산 중소기업 15개사가 참가해 현지 바이어 68개사와 1대1 상담을 벌였다.\n"
            "현장에서는 부산 화장품 기업 ㈜오션뷰티 등 3개사가 현지 유통업체와 수출 업무협약(MOU)을 맺었다.")
    assert _types_partners(text, gazetteer, "2024-06-13") == [("roadshow", 2024, ("vn-ho-chi-minh-city",))]


def test_a_prefecture_in_both_scripts_before_its_city_only_locates_it(gazetteer):
    text = ("서울 서초구는 지난 13일 구청 대회의실에서 일본 돗토리현(鳥取縣) 米子市와 '우호도시 협약'을 체결했다고 "
            "14일 밝혔다.\n"
            "코로나19로 중단됐던 교류는 2023년 米子市 문화교류단의 서초 방문을 계기로 다시 이어졌다.")
    assert _types_partners(text, gazetteer, "2024-03-14") == [("friendship_city", 2024, ("jp-yonago",))]


def test_a_promise_to_help_hold_an_event_and_an_event_made_regular_in_an_agreement(gazetteer):
    text = ("대구시는 지난 7일 칭다오시청에서 경제통상 교류협력 MOU 갱신서에 서명했다고 9일 밝혔다.\n"
            "새 협약에는 ▲미래산업 기업 교류 ▲양 도시 간 투자 설명회 정례화 등이 담겼다.\n"
            "칭다오시는 대구 관광 설명회 개최에 협조하기로 했다.")
    assert _types_partners(text, gazetteer, "2023-09-09") == [("mou", 2023, ("cn-qingdao",))]


def test_a_firms_own_plant_abroad_is_no_programme_of_the_city(gazetteer):
    text = ("구미시는 26일 시청에서 인도네시아 바탐시 대표단과 '경제·인적 교류 협력 의향서(LOI)'를 교환했다고 "
            "27일 밝혔다.\n"
            "한편 구미산단의 전자부품 기업 ㈜에이치텍은 같은 날 베트남 하이퐁시 산업단지에서 부품 공장 준공식을 "
            "열었다. 이 회사는 총 4천500만 달러를 투자했다.")
    assert _types_partners(text, gazetteer, "2025-02-27") == [("loi", 2025, ("id-batam",))]


def test_a_city_the_gazetteer_spells_only_in_latin_letters_is_found_by_its_korean_name(gazetteer):
    text = "순천시는 지난달 28일(현지시간) 네덜란드 알메러 시청에서 알메러 시장과 자매결연 협정서에 서명했다."
    assert _types_partners(text, gazetteer, "2022-10-04") == [("sister_city", 2022, ("nl-almere-stad",))]


def test_a_wish_to_sign_is_no_signing(gazetteer):
    text = ("전남도 대표단은 5일 알마티시청에서 알마티 부시장과 '재생에너지 협력 양해각서(MOU)'를 맺었다.\n"
            "우즈베키스탄 페르가나주 측은 이번 순방 기간 부지사 면담에서 협약 체결 의사를 밝혔다.")
    assert _types_partners(text, gazetteer, "2024-06-07") == [("mou", 2024, ("kz-almaty",))]


def test_a_body_under_an_emirates_government_is_placed_at_its_city(gazetteer):
    text = ("인천경제청은 6일 두바이 정부 산하 경제자유구역인 두바이 실리콘 오아시스(DSO) 관리청과 '스타트업 협력 "
            "업무협약(MOU)'을 체결했다고 8일 밝혔다.")
    assert [k[3] for k in _records(text, gazetteer, "2024-11-08")] == [("ae-dubai",)]


def test_members_listed_with_their_countries_in_brackets(gazetteer):
    text = ("수원시는 18일(현지시간) 독일 프라이부르크 시청에서 유럽 3개 도시와 함께 '탄소중립 도시 공동선언'에 "
            "서명했다고 20일 밝혔다. 공동선언에 참여한 도시는 다음과 같다.\n"
            "▲수원(대한민국) ▲프라이부르크(독일) ▲스트라스부르(프랑스) ▲그라츠(오스트리아)")
    (declaration,) = _records(text, gazetteer, "2024-09-20")
    assert set(declaration[3]) == {"de-freiburg", "fr-strasbourg", "at-graz"}
