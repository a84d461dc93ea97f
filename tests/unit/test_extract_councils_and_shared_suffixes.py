"""Divisions listed under one suffix, governments of several countries founding a body, a Korean
place named only where a meeting sat, governments counted as agreeing to do more, and foreign
ministers by their own titles. The texts are written for the tests, on the patterns the blind
evaluation sets showed."""

from __future__ import annotations

import pytest

from partnerships.extract.places import find_places
from partnerships.extract.sentences import split
from tests.helpers.extraction import record_keys as _records

PUBLISHED = "2016-10-21"


def _places(text: str, gazetteer) -> list[str]:
    from partnerships.extract import clean

    return [p.id for s in split(clean.load_article(text)) for p in find_places(s, gazetteer)]


def test_one_suffix_after_a_list_names_every_item_a_division(gazetteer):
    found = _places("도는 일본 후쿠오카·사가·구마모토현 관계자들과 만났다.", gazetteer)
    assert [p for p in found if p.startswith(("adm1-jp", "jp-"))] == [
        "adm1-jp-fukuoka", "adm1-jp-saga", "adm1-jp-kumamoto"]
    counted = _places("중국 산둥·허난 등 2개 성이 참여했다.", gazetteer)
    assert [p for p in counted if p.startswith(("adm1-cn", "cn-"))] == ["adm1-cn-shandong", "adm1-cn-henan"]


def test_a_long_list_under_one_suffix_keeps_every_item(gazetteer):
    names = "후쿠오카·사가·나가사키·구마모토·오이타·미야자키·가고시마·야마구치·시마네·돗토리·히로시마·오카야마"
    found = _places(f"도는 일본 {names}현 관계자들과 만났다.", gazetteer)
    assert len([p for p in found if p.startswith("adm1-jp-")]) == 12 and "jp-fukuoka" not in found


def test_a_list_is_read_from_whole_words_only():
    from partnerships.extract.shared_suffix import _LIST

    assert [m.group(1) for m in _LIST.finditer("그대한민국수도권후쿠오카·사가현")] == []  # (no item starts mid-word)
    assert [m.group(1) for m in _LIST.finditer("일본 후쿠오카·사가현")] == ["후쿠오카·사가"]


def test_a_list_of_cities_with_one_division_keeps_its_cities(gazetteer):
    found = _places("시는 베이징·상하이·광둥성 대표단을 맞았다.", gazetteer)
    assert "cn-beijing" in found and "cn-shanghai" in found and "adm1-cn-guangdong" in found


def test_governments_of_several_countries_found_a_council_with_those_who_came(gazetteer):
    # the countries only say whose local governments they are; the venue in Korea is no party
    text = ("한국, 중국, 일본, 러시아 4개국 지방정부가 참여하는 '제9회 동북아 지사 회의'가 20일 충북 청주 "
            "오스코에서 열려, 4개 지방정부가 참여하는 '동북아 교육협의체'를 공식 출범시켰다.\n\n"
            "이날 회의에는 충청북도지사를 비롯해 중국 헤이룽장성 부성장, 일본 야마나시현 지사, 러시아 "
            "연해주 부지사 등 4개 지방정부 대표단이 참석하였다.")
    [(kind, year, korean, partner)] = _records(text, gazetteer, PUBLISHED)
    assert (kind, year, korean) == ("alliance", 2016, ("kr-chungcheongbuk-do",))
    assert sorted(partner) == ["adm1-cn-heilongjiang", "adm1-jp-yamanashi", "adm1-ru-primorsky"]


def test_governors_of_both_countries_who_came_sign_the_joint_statement(gazetteer):
    # the lede says the counted governments agreed to do more: that is the statement, no exchange
    text = ("경남·전남·제주 등 한국 3개 시도와 일본 오이타·미야자키·가고시마 등 규슈 지역 3개 현이 "
            "관광 교류를 늘리기로 뜻을 모았다.\n\n경남도는 20일 일본 오이타현 벳푸시에서 열린 "
            "'제5회 남해안·규슈 지사회의'에서 6개 시도현 단체장이 '관광 협력 공동성명'을 채택했다고 밝혔다.\n\n"
            "회의에는 경남지사, 전남지사, 제주도지사와 오이타·미야자키·가고시마현 지사들이 참석했다.")
    [(kind, year, korean, partner)] = _records(text, gazetteer, PUBLISHED)
    assert (kind, year) == ("declaration", 2016)
    assert sorted(korean) == ["kr-gyeongsangnam-do", "kr-jeju-do", "kr-jeollanam-do"]
    assert sorted(partner) == ["adm1-jp-kagoshima", "adm1-jp-miyazaki", "adm1-jp-oita"]


def test_a_bilateral_statement_keeps_its_partner_when_those_who_came_are_named(gazetteer):
    text = ("강원도는 20일 일본 돗토리현 요나고시 현청에서 돗토리현 지사와 '관광 교류 공동선언문'을 채택했다.\n\n"
            "이날 행사에는 강원도의회 의장과 돗토리현의회 의장도 참석했다.")
    [(kind, year, korean, partner)] = _records(text, gazetteer, PUBLISHED)
    assert (kind, korean, partner) == ("declaration", ("kr-gangwon-do",), ("adm1-jp-tottori",))


def test_foreign_ministers_by_their_titles_sign_for_their_countries(gazetteer):
    text = ("해양수산부는 장관이 20일 부산 해운대 웨스틴조선호텔에서 열린 '한중일 해양장관회의'에서 중국 "
            "자연자원부장, 일본 국토교통대신과 함께 '부산 해양선언'에 서명했다고 21일 밝혔다.\n\n"
            "이에 앞서 19일에는 부산시와 중국 칭다오시, 일본 기타큐슈시가 '3개 항만도시 협력 협약(MOU)'을 맺었다.")
    records = _records(text, gazetteer, PUBLISHED)
    [(year, korean, partner)] = [(y, k, p) for kind, y, k, p in records if kind == "declaration"]
    assert (year, korean) == (2016, ("kr-sejong",))
    assert sorted(partner) == ["country-cn", "country-jp"]  # not a city of the next sentence


def test_a_page_with_no_date_is_dated_by_the_year_its_held_event_is_named_after(gazetteer):
    text = ("충청북도가 베트남 시장 공략에 나섰다.\n\n도는 9월 3일부터 나흘간 베트남 하노이 롯데센터에서 "
            "'2012 충북 우수상품 하노이 판촉전'을 열고 도내 15개 업체 제품을 선보였다.")
    [(kind, year, korean, partner)] = _records(text, gazetteer, None)
    assert (kind, year, korean, partner) == ("roadshow", 2012, ("kr-chungcheongbuk-do",), ("vn-hanoi",))


def test_an_event_named_after_a_year_still_to_come_dates_nothing(gazetteer):
    text = ("충청북도는 9월 3일 베트남 하노이에서 '2030 충북 바이오 엑스포' 유치 설명회를 열었다.")
    records = _records(text, gazetteer, None)
    assert all(year is None for _, year, _, _ in records)
    text = ("도는 9월 3일부터 나흘간 베트남 하노이에서 '2099 충북 우수상품 하노이 판촉전'을 열었다.")
    assert all(year is None for _, year, _, _ in _records(text, gazetteer, None))  # (not a year to come)


def test_on_a_page_with_no_date_a_tie_years_before_what_it_tells_of_is_history(gazetteer):
    text = ("오세훈 서울시장이 13일 서울시청을 찾은 하노이 시장을 접견했다. 하노이 시장은 2022년 취임했으며 "
            "'2023 서울 도시 포럼' 참석을 계기로 방한했다.\n\n서울시와 하노이는 2008년 우호도시 협정을 맺었다.")
    assert _records(text, gazetteer, None) == []
    # ... nor by a sum or a count that reads like a year ('2020만 원', '2,019명')
    from partnerships.extract.history import latest_year_told

    assert latest_year_told(["시는 2020만 원을 지원했다.", "2,019명이 참가했다.", "2008년 협정을 맺었다."]) == 2008
    # ... but one the page tells as its news, with only later plans beside it, stays
    text = ("부산시는 2021년 5월 12일 베트남 다낭시와 관광 협력 업무협약을 체결했다. 두 도시는 2030년까지 "
            "직항 노선을 늘릴 계획이다.")
    assert [(k, y) for k, y, _, _ in _records(text, gazetteer, None)] == [("mou", 2021)]


def test_two_signings_one_after_the_other_in_one_sentence_are_two(gazetteer):
    text = "부산시는 4일 하노이시와 양해각서를 맺은 데 이어 5일에는 다낭시와 양해각서를 체결했다고 밝혔다."
    assert sorted(_records(text, gazetteer, "2016-10-07")) == [
        ("mou", 2016, ("kr-busan",), ("vn-da-nang",)), ("mou", 2016, ("kr-busan",), ("vn-hanoi",))]


def test_a_ministry_named_after_its_country_and_capital_signs_for_the_country(gazetteer):
    text = ("충청남도가 베트남 정부와 손을 잡았다.\n\n도는 16일 베트남 하노이 과학기술부(MOST) 청사에서 스마트팜 협력 "
            "업무협약(MOU)을 체결했다고 17일 밝혔다. 협약에 따라 과학기술부는 현지 실증 부지를 제공한다.\n\n"
            "지방정부가 이 부처와 직접 협약을 맺은 것은 이례적이라는 게 도의 설명이다.")
    assert _records(text, gazetteer, "2019-10-17") == [("mou", 2019, ("kr-chungcheongnam-do",), ("country-vn",))]
    # ... but a city's own department, named after the city alone, is the city's
    text = "울산시는 7일 독일 함부르크 시청에서 함부르크 경제부와 수소 협력 업무협약을 체결했다고 8일 밝혔다."
    assert _records(text, gazetteer, "2023-06-08") == [("mou", 2023, ("kr-ulsan",), ("de-hamburg",))]


def test_an_event_in_a_ward_is_hosted_by_its_city(gazetteer):
    text = "강남구는 24일 도쿄 미나토구의 한 호텔에서 현지 여행사를 초청해 '강남 의료관광 설명회'를 열었다고 밝혔다."
    assert _records(text, gazetteer, "2022-10-27") == [("roadshow", 2022, ("kr-seoul-gangnam-gu",), ("jp-tokyo",))]
    text = "충북도는 19일 도쿄 신주쿠의 한 호텔에서 '충북 관광설명회'를 열었다고 밝혔다."
    assert _records(text, gazetteer, "2010-10-21") == [("roadshow", 2010, ("kr-chungcheongbuk-do",), ("jp-tokyo",))]


def test_a_firms_export_contract_with_a_buyer_placed_in_its_city_on_the_mission_counts(gazetteer):
    text = ("경남도 시장개척단은 12일 브라질 상파울루에서 수출상담회를 열었다. 상담회에서 창원의 밸브 제조업체 D사가 "
            "상파울루 소재 플랜트 설비업체와 280만 달러 규모의 수출계약서에 서명했다.")
    records = _records(text, gazetteer, "2014-06-16")
    assert ("contract", 2014, ("kr-gyeongsangnam-do",), ("br-sao-paulo",)) in records
    # ... but a firm's contract with no buyer's city told, or none on a mission, stays the firm's
    text = "창원의 밸브 제조업체 D사는 12일 상파울루 소재 플랜트 설비업체와 280만 달러 규모의 수출계약서에 서명했다."
    assert not [r for r in _records(text, gazetteer, "2014-06-16") if r[0] == "contract"]
    # ... nor one whose 'buyer's place' is a firm's trade ('섬유소재 기업', a materials firm) or a plant there
    text = ("경남도 시장개척단은 12일 콜롬비아 보고타에서 수출상담회를 열었다. 구미의 한 섬유소재 기업은 보고타 현지 "
            "의류업체와 32만 달러 규모의 원단 공급 계약을 맺었고, 도내 장비기업은 헝가리에 있는 국내 배터리 기업 현지 "
            "공장과 장비 공급 계약을 맺었다.")
    assert not [r for r in _records(text, gazetteer, "2019-06-16") if r[0] == "contract"]


def test_the_day_a_release_was_issued_is_not_the_day_it_reports(gazetteer):
    text = ("춘천시는 캐나다 캘거리시와 우호협력 의향서를 체결했다고 21일 밝혔다.\n\n육동한 춘천시장은 20일 시청에서 "
            "캘거리시 대표단과 의향서에 서명했다.\n\n2025년 2월 21일 춘천시 국제협력과\n")
    from partnerships.extract import extract

    found = extract(text, gazetteer=gazetteer)
    assert found.published == "2025-02-21"  # its sign-off line: the release's date
    assert [(c["type"], c["date"]) for c in found.candidates] == [("loi", "2025-02-20")]


@pytest.mark.parametrize("line", ["2099년 2월 21일 춘천시 국제협력과", "1901년 2월 21일 춘천시 국제협력과"])
def test_a_sign_off_no_page_can_bear_leaves_the_release_undated_not_refused(line, gazetteer):
    from partnerships.extract import extract

    text = f"춘천시는 일본 가고시마시와 우호도시 협약을 체결했다고 21일 밝혔다.\n\n{line}\n"
    found = extract(text, gazetteer=gazetteer)
    assert found.published is None
    assert [(c["type"], c["year"]) for c in found.candidates] == [("friendship_city", None)]


def test_a_masthead_or_stamp_of_a_year_to_come_dates_neither_the_page_nor_the_record(gazetteer):
    from partnerships.extract import extract

    masthead = extract("[전남일보 2099.03.18] 영암군이 일본 니시와키시와 우호교류 협약을 맺었다.\n", gazetteer=gazetteer)
    assert [(c["year"], c["date"]) for c in masthead.candidates] == [(None, "")]
    assert "2099" in masthead.candidates[0]["date_basis"]
    stamp = extract("입력 2099.03.18 10:00\n춘천시는 3일 일본 가고시마시와 우호교류 협약을 체결했다고 4일 밝혔다.\n",
                    gazetteer=gazetteer)
    assert stamp.published is None and [c["year"] for c in stamp.candidates] == [None]


@pytest.mark.parametrize(("text", "expected"), [
    ("경기·강원·충북도는 일본 야마나시현과 우호협력 협약을 체결했다.",
     ["kr-gyeonggi-do", "kr-gangwon-do", "kr-chungcheongbuk-do", "country-jp", "adm1-jp-yamanashi"]),
    ("경기·충남도는 협약을 맺었다.", ["kr-gyeonggi-do", "kr-chungcheongnam-do"]),
    ("서울·경기 지역 기업 20곳이 참가했다.", ["kr-seoul", "kr-gyeonggi-do"]),
    ("경기 침체가 이어졌다.", []),  # the economy, not the province
    ("축구 경기·공연 등이 열렸다.", []),  # a game, in a list of events
])
def test_gyeonggi_first_in_a_list_of_divisions_is_the_province(text, expected, gazetteer):
    assert _places(text, gazetteer) == expected
