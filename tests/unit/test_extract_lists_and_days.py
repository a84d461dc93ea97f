"""Members listed after a joint declaration, events on their own days in several cities, places
told by where they lie, short names the article writes in full elsewhere, and the date a
scene-setting sentence gives the next one. The texts are written for the tests, on the patterns
the blind evaluation sets showed."""

from __future__ import annotations

import pytest

from partnerships.extract import extract
from partnerships.extract.place_context import ARTICLE_TEXT
from partnerships.extract.short_names import _suffixed_elsewhere
from tests.helpers.extraction import history_told
from tests.helpers.extraction import record_keys as _records

PUBLISHED = "2025-06-20"


def test_the_signers_listed_after_a_joint_text_are_its_partners(gazetteer):
    # the venue is no signer, and a remark under the list ('※') names one that did not sign
    text = ("강원특별자치도는 9일 일본 돗토리현 요나고시에서 열린 지방정부 회의에 참석해 참가 지방정부들과 함께 "
            "공동합의문을 채택했다고 밝혔다.\n\n합의문에 서명한 지방정부는 다음과 같다.\n"
            "- 일본 돗토리현\n- 중국 지린성\n- 몽골 투브 아이막\n"
            "※ 러시아 연해주는 올해 회의에 참석하지 않아 서명에서 빠졌다.")
    [(kind, year, korean, partner)] = _records(text, gazetteer, PUBLISHED)
    assert (kind, year, korean) == ("declaration", 2025, ("kr-gangwon-do",))
    assert sorted(partner) == ["adm1-cn-jilin", "adm1-jp-tottori", "adm1-mn-tov"]


def test_cities_named_after_their_country_in_a_list_of_signers(gazetteer):
    # '나라시', '후에시': names Kiwi reads as common words ('나라' + '시', '후' + '에' + '시')
    text = ("경주시는 22일 경주에서 열린 역사도시 관광포럼 폐막식에서 참가 도시들과 '역사도시 관광협력 공동선언'에 "
            "서명했다고 밝혔다. 선언에 참여한 도시는 경주시를 비롯해 ▲일본 나라시 ▲중국 시안시 ▲베트남 후에시 "
            "▲이탈리아 피렌체시 등 5개 도시다.")
    [(kind, year, korean, partner)] = _records(text, gazetteer, PUBLISHED)
    assert (kind, year, korean) == ("declaration", 2025, ("kr-gyeongju",))
    assert sorted(partner) == ["cn-xi-an", "it-florence", "jp-nara-shi", "vn-hue"]


def test_one_mission_with_a_day_in_each_city_is_one_event_a_city(gazetteer):
    text = ("경기도 무역사절단은 지난 10일부터 11일까지 멕시코 멕시코시티에서, 13일에는 콜롬비아 보고타에서 "
            "차례로 현지 바이어 초청 수출상담회를 열었다.")
    assert _records(text, gazetteer, PUBLISHED) == [
        ("roadshow", 2025, ("kr-gyeonggi-do",), ("co-bogota",)),
        ("roadshow", 2025, ("kr-gyeonggi-do",), ("mx-mexico-city",))]


def test_agreements_signed_in_two_cities_keep_their_named_partners(gazetteer):
    # the cities are where each was signed; the states signed (a guard: read so before as well)
    text = ("전남도는 지사 일행이 지난 18일 브리즈번에서 퀸즐랜드주 정부와 '수소 협력 업무협약'을, 20일에는 "
            "멜버른에서 빅토리아주 정부와 '해상풍력 협력 업무협약'을 각각 체결했다고 밝혔다.")
    partners = sorted(k[3] for k in _records(text, gazetteer, PUBLISHED))
    assert partners == [("adm1-au-queensland",), ("adm1-au-victoria",)]


@pytest.mark.parametrize("text", [
    "경북도는 19일 하노이 인근의 박닌성을 찾아 성장과 우호교류 협력 합의서에 서명했다.",
    "경북도는 19일 울란바토르 북쪽의 셀렝게 아이막(道)을 찾아 주지사와 우호교류 협력 합의서에 서명했다.",
])
def test_a_place_named_as_what_another_lies_by_is_no_party(text, gazetteer):
    [(kind, year, korean, partner)] = _records(text, gazetteer, PUBLISHED)
    assert (kind, year, korean) == ("friendship_city", 2025, ("kr-gyeongsangbuk-do",))
    assert len(partner) == 1 and partner[0].startswith("adm1-")


def test_a_short_name_the_article_writes_with_its_suffix_elsewhere(gazetteer):
    # '톈진에' alone is too short to stand; '톈진시' further on says it is the city
    text = ("인천시가 오랜 자매도시인 톈진에 현지 대표처를 열었다.\n\n"
            "시장은 19일 톈진시 빈하이신구에서 '인천시 톈진 대표처' 개소식을 열었다.")
    found = _records(text, gazetteer, PUBLISHED)
    assert found == [("office", 2025, ("kr-incheon",), ("cn-tianjin",))]


@pytest.mark.parametrize(("article", "stands"), [
    ("울산시는 28일 담맘시와 협약을 맺었다.", True),
    ("울산시는 28일 담맘시청에서 설명회를 열었다.", True),
    ("울산시는 28일 담맘 시내 호텔에서 설명회를 열었다.", False),  # downtown Dammam: no suffix
    ("울산시는 28일 담맘에서 설명회를 열었다.", False),
])
def test_a_suffix_word_is_not_the_citys_suffix(article, stands, gazetteer):
    dammam = gazetteer.get("sa-dammam")
    assert _suffixed_elsewhere(dammam.name_ko, dammam, {ARTICLE_TEXT: article}) is stands


def test_a_scene_setting_date_dates_the_next_sentence(gazetteer):
    text = ("두 도시의 인연은 오래됐다.\n\n1993년 10월, 수교 이듬해였다. 수원시장 일행은 산둥성 성도인 "
            "지난시를 찾아 자매결연 협정서에 서명했다.")
    assert _records(text, gazetteer, "2023-10-18") == []
    assert history_told(text, gazetteer, "2023-10-18") == [("sister_city", 1993)]


def test_a_district_named_at_length_in_latin_letters(gazetteer):
    text = ("서울 강서구는 지난 23일 몽골 울란바토르시 바양골구(Bayangol District)와 우호교류 협약을 "
            "체결했다고 25일 밝혔다.")
    assert _records(text, gazetteer, PUBLISHED) == [
        ("friendship_city", 2025, ("kr-seoul-gangseo-gu",), ("mn-ulaanbaatar-bayangol",))]


def test_buyers_who_came_to_the_event_are_no_event(gazetteer):
    text = ("경상북도는 지난 10일부터 12일까지 두바이에서 '경북 K-푸드 수출상담회'를 열었다. UAE·사우디아라비아·"
            "오만·쿠웨이트 등 걸프 지역 바이어 60여 개사가 상담회에 참여했다.")
    assert _records(text, gazetteer, PUBLISHED) == [("roadshow", 2025, ("kr-gyeongsangbuk-do",), ("ae-dubai",))]


def test_a_firm_the_paper_masks_signs_for_itself(gazetteer):
    text = ("영동군은 23일 미국 로스앤젤레스에서 농특산물 판촉전을 열었다.\n\n이와 별도로 관내 와이너리 ㈜○○와인은 미국 와인 "
            "수입사와 10만 달러 규모의 와인 수출 양해각서(MOU)를 체결했다.")
    assert [k[0] for k in _records(text, gazetteer, PUBLISHED)] == ["roadshow"]


def test_a_two_digit_year_release_date_in_the_body(gazetteer):
    text = "○ 전라남도교육청은 '24.6.17.(월) 중국 항저우시 저장성 교육청에서 「교육교류 협력 협약」을 체결했다."
    # the city is where the province's office is; the province signed
    assert _records(text, gazetteer, PUBLISHED) == [("mou", 2024, ("kr-jeollanam-do",), ("adm1-cn-zhejiang",))]


@pytest.mark.parametrize("text", [
    "제천 의림고, 日 구마모토 고교와 자매결연",
    "제천 의림고등학교가 일본 구마모토현 야쓰시로시의 현립 고등학교와 자매학교 협정을 맺었다.",
])
def test_schools_tie_for_themselves(text, gazetteer):
    assert _records(text, gazetteer, PUBLISHED) == []


@pytest.mark.parametrize(("text", "partner"), [
    ("서울관광재단은 28일 사우디관광청과 관광 교류 MOU를 체결했다.", "country-sa"),
    ("부산관광공사는 28일 말레이시아관광청과 MOU를 체결했다.", "country-my"),
])
def test_a_countrys_agency_written_as_one_word_stands_for_the_country(text, partner, gazetteer):
    assert [k[3] for k in _records(text, gazetteer, PUBLISHED)] == [(partner,)]


@pytest.mark.parametrize(("text", "korean", "partner"), [
    ("국토교통부는 22일 서울 중구의 한 호텔에서 베트남 건설부와 스마트시티 협력 양해각서를 체결했다.",
     ("kr-sejong",), ("country-vn",)),
    ("대구시는 5일 헝가리 부다페스트의 한 호텔에서 데브레첸시와 배터리 산업 협력 업무협약을 맺었다.",
     ("kr-daegu",), ("hu-debrecen",)),
])
def test_where_the_building_it_was_signed_in_stands_is_no_side(text, korean, partner, gazetteer):
    assert [k[2:] for k in _records(text, gazetteer, PUBLISHED)] == [(korean, partner)]


def test_a_gulf_city_geonames_names_only_in_latin_letters(gazetteer):
    # data/places.csv gives Al Jubayl the Korean name the papers write (주베일, also 주바일)
    text = ("울산시는 울산시장이 16일 사우디아라비아 동부 주베일로 이동해 주베일 왕립위원회와 '석유화학·수소산업 "
            "협력 업무협약'을 맺었다고 밝혔다.")
    assert _records(text, gazetteer, PUBLISHED) == [("mou", 2025, ("kr-ulsan",), ("sa-al-jubayl",))]


def test_a_caption_naming_the_signers_its_own_way_is_the_same_signing(gazetteer):
    text = ("울산시장은 16일 사우디아라비아 동부 주베일로 이동해 주베일 왕립위원회와 '석유화학·수소산업 협력 "
            "업무협약'을 맺었다.\n\n▲ 울산시장(왼쪽)이 16일(현지시간) 주베일 왕립위원회 청사에서 주베일 산업도시 "
            "최고경영자와 협력 업무협약서를 교환하고 있다.")
    assert len(_records(text, gazetteer, PUBLISHED)) == 1


def test_signings_with_each_city_summed_up_are_told_one_by_one(gazetteer):
    text = ("서울시 대표단이 핀란드 헬싱키시, 에스토니아 탈린시와 각각 디지털 분야 업무협약(MOU)을 체결했다.\n\n먼저 9월 "
            "23일 헬싱키 시청에서 서울시장과 헬싱키 시장이 'AI 행정 협력 MOU'에 서명했다. 이어 9월 25일에는 탈린 "
            "시청에서 탈린 부시장과 '데이터 협력 MOU'를 체결했다.")
    found = extract(text, gazetteer=gazetteer, published="2025-09-26").candidates
    assert sorted((c["date"], tuple(c["partner_places"])) for c in found) == [
        ("2025-09-23", ("fi-helsinki",)), ("2025-09-25", ("ee-tallinn",))]


def test_a_release_month_and_day_with_its_weekday(gazetteer):
    text = ("○ 경상남도는 5. 7.(화) 일본 야마구치현청에서 야마구치현 지사와 「청소년 교류 확대를 위한 공동선언문」에 "
            "서명했다. ○ 이번 공동선언은 1987년 자매결연 이후 이어온 양 지역의 우호를 바탕으로 했다.")
    found = extract(text, gazetteer=gazetteer, published="2024-05-08").candidates
    assert [(c["type"], c["date"]) for c in found] == [("declaration", "2024-05-07")]


def test_a_city_by_its_sino_korean_reading_with_its_characters(gazetteer):
    text = "전주시는 지난 3일 중국 장쑤성 소주시(蘇州市) 실크박물관에서 '한지·비단 교류전'을 열었다."
    assert [k[3] for k in _records(text, gazetteer, PUBLISHED)] == [("cn-suzhou",)]


def test_a_bullet_of_members_may_name_two_cities(gazetteer):
    text = ("대전시는 지난 24일 카자흐스탄 알마티에서 열린 창립총회에서 '과학기술도시 협의체' 설립 공동선언문에 서명하고 "
            "협의체를 공식 출범시켰다.\n협의체에 참여한 도시는 다음과 같다.\n- 대한민국 대전광역시\n"
            "- 카자흐스탄 알마티시·아스타나시\n- 우즈베키스탄 타슈켄트시")
    [(kind, _year, _korean, partner)] = _records(text, gazetteer, PUBLISHED)
    assert kind == "alliance" and sorted(partner) == ["kz-almaty", "kz-astana", "uz-tashkent"]


def test_every_korean_government_in_a_three_party_signing_signed(gazetteer):
    # the topic names the province; the city it signed with is listed beside the foreign party
    text = ("전북도는 도 대표단이 지난 8일(현지시간) 미국 오하이오주 콜럼버스 주 청사에서 군산시, 오하이오주 "
            "개발청과 '이차전지 소재 공급망 협력을 위한 3자 업무협약'을 체결했다고 10일 밝혔다.")
    [(kind, year, korean, partner)] = _records(text, gazetteer, PUBLISHED)
    assert (kind, year) == ("mou", 2025)
    assert sorted(korean) == ["kr-gunsan", "kr-jeollabuk-do"]
    assert partner == ("adm1-us-ohio",)


def test_a_mission_day_by_day_at_a_hotel_and_after_moving_on(gazetteer):
    # '12일 … 리마의 한 호텔에서 …, 이어 14일에는 칠레 수도 산티아고로 이동해 …': one event a city
    text = ("광주시 무역사절단은 지난 12일 페루 리마의 한 호텔에서 현지 바이어 50여 개사가 참여한 가운데 1대1 수출상담회를 "
            "열었고, 이어 14일에는 칠레 수도 산티아고로 이동해 두 번째 상담회를 진행했다.")
    found = extract(text, gazetteer=gazetteer, published="2023-06-16").candidates
    assert sorted((c["date"], c["partner_places"][0]) for c in found) == [
        ("2023-06-12", "pe-lima"), ("2023-06-14", "cl-santiago")]
