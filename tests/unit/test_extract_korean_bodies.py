"""Which body is the party: a special self-governing province however the tagger reads
its name, an office of education for its province, and a state's own government or ministry
abroad that is no Korean ministry, a country's government glossed in Latin; a tie between two
schools is no city's."""

from __future__ import annotations

import pytest

from partnerships.extract.clean import load_article
from partnerships.extract.places import find_places
from partnerships.extract.sentences import split
from tests.helpers.extraction import record_keys as _records


@pytest.mark.parametrize(("text", "place_id"), [
    ("강원특별자치도는 수소 협력 업무협약을 맺었다.", "kr-gangwon-do"),  # read as a common noun here
    ("강원특별자치도, 캐나다 앨버타주와 수소 MOU", "kr-gangwon-do"),
    ("전북특별자치도는 네덜란드 흐로닝언주와 의향서를 교환했다.", "kr-jeollabuk-do"),
    ("세종특별자치시, 태국 방콕과 스마트시티 MOU", "kr-sejong"),  # read as '세종특별자치' + '시'
])
def test_a_korean_government_is_found_by_its_full_name_however_tagged(text, place_id, gazetteer):
    sentence = split(load_article(text.encode()))[0]
    assert place_id in {p.id for p in find_places(sentence, gazetteer)}


def test_a_headline_naming_the_province_gives_it_as_the_korean_side(gazetteer):
    # (the subtitle's 'Alberta's government' is no Korean ministry's release)
    text = ("강원특별자치도, 캐나다 앨버타주와 수소 MOU\n"
            "앨버타주 정부와 청정수소 생산 협력\n"
            "도는 7일 캐나다 에드먼턴에서 앨버타주 에너지부와 청정수소 협력 업무협약을 체결했다고 10일 밝혔다.")
    assert _records(text, gazetteer, "2024-10-10") == [("mou", 2024, ("kr-gangwon-do",), ("adm1-ca-alberta",))]


def test_a_states_government_in_the_headline_is_not_koreas(gazetteer):
    # 'BC주 정부와': the province's government abroad; the Korean side is the authority's city,
    # named further down
    text = ("IFEZ, 캐나다 BC주 정부와 바이오 협력 MOU\n"
            "IFEZ는 3일 캐나다 밴쿠버에서 BC주 일자리·경제성장부와 바이오 협력 업무협약(MOU)을 체결했다고 "
            "5일 밝혔다.\n"
            "양측은 바이오 기업 투자를 지원하기로 했다.\n"
            "협약식에는 양측 관계자 20여 명이 참석했다.\n"
            "인천경제자유구역청은 송도 바이오 클러스터에 BC주 기업을 유치할 계획이다.")
    found = _records(text, gazetteer, "2026-03-05")
    assert found and all(k[2] != ("kr-sejong",) for k in found)


def test_a_states_education_department_is_no_korean_ministry(gazetteer):
    # '교육부' is also Korea's ministry; after 'NSW주' it is the state's, and the office of education
    # signs for its province
    text = ("충청남도교육청(교육감 ○○○)은 19일 호주 시드니에서 뉴사우스웨일스주 교육부와 교육교류 협력 "
            "양해각서를 체결했다고 21일 밝혔다.\n"
            "이날 NSW주 교육부 차관이 협약서에 서명했다.")
    assert _records(text, gazetteer, "2019-08-21") == [
        ("mou", 2019, ("kr-chungcheongnam-do",), ("adm1-au-new-south-wales",))]


def test_a_tie_between_two_schools_is_no_citys(gazetteer):
    text = ("이 자리에서 천안의 한 고등학교와 시드니의 한 하이스쿨은 학교 간 자매결연 협약서를 교환했다.")
    assert _records(text, gazetteer, "2019-08-21") == []


def test_a_countrys_government_glossed_in_latin_is_the_party(gazetteer):
    # '아랍에미리트(UAE) 정부와': the gloss between the country and its government
    from partnerships.extract.groups.national import national_body

    sentence = split(load_article("전남도가 중동 순방에서 아랍에미리트(UAE) 정부와 에너지 협력 협약을 맺었다.".encode()))[0]
    assert national_body(sentence, find_places(sentence, gazetteer)) == ["country-ae"]


@pytest.mark.parametrize(("text", "place_id"), [
    # a county listed under its qualified name only, told apart by its province
    ("경남 고성군은 영국 애버딘시와 해상풍력 업무협약을 체결했다.", "kr-gyeongnam-goseong-gun"),
    # a province's or city's own corporation acts for it
    ("제주에너지공사는 미국 하와이주 에너지국과 MOU를 체결했다.", "kr-jeju-do"),
    # ... its marketing corporation or convention bureau (heldout135: it had become Sejong's)
    ("대전마케팅공사가 대만 타이중시 정부와 맺은 관광교류 협약을 다시 체결했다.", "kr-daejeon"),
    ("부산관광마케팅은 일본 후쿠오카시와 관광 협약을 맺었다.", "kr-busan"),
    ("인천컨벤션뷰로는 싱가포르관광청과 마이스 협약을 맺었다.", "kr-incheon"),
])
def test_the_korean_body_named_is_the_government_it_belongs_to(text, place_id, gazetteer):
    sentence = split(load_article(text.encode()))[0]
    assert place_id in {p.id for p in find_places(sentence, gazetteer)}


def test_a_port_authority_that_signs_too_is_no_citys_party(gazetteer):
    # '울산항만공사도 … 업무협약을 맺었다': the national port authority's own agreement, beside the city's
    text = ("울산시는 13일 칠레 발파라이소주 청사에서 발파라이소주와 우호협력도시 협정을 체결했다.\n"
            "이날 대표단과 동행한 울산항만공사도 발파라이소항만공사와 항만 정보 교류 업무협약을 맺었다.")
    assert [k[0] for k in _records(text, gazetteer, "2015-03-19")] == ["friendship_city"]


def test_a_korean_mayors_name_before_his_title_is_no_town_abroad(gazetteer):
    # '남유진 시장이' sounds like no Vietnamese town: a person named with his title
    sentence = split(load_article("구미시는 베트남을 방문 중인 남유진 시장이 13일 박닌성 인민위원회 청사에서 "
                                  "박닌성 인민위원장과 우호교류 협력 의향서에 서명했다고 14일 밝혔다.".encode()))[0]
    found = {p.id for p in find_places(sentence, gazetteer)}
    assert "adm1-vn-bac-ninh" in found and not any(pid.startswith("vn-") for pid in found)


def test_a_premier_is_no_award(gazetteer):
    # '앨버타주 수상과': Alberta's premier signed the declaration; nobody won a prize
    text = ("강원특별자치도는 김진태 지사가 23일(현지시간) 에드먼턴의 주의회 의사당에서 앨버타주 수상과 "
            "'강원-앨버타 자매결연 50주년 기념 공동선언문'에 서명했다고 26일 밝혔다.")
    assert [k[0] for k in _records(text, gazetteer, "2024-05-26")] == ["declaration"]


def test_a_city_government_named_in_english_is_the_city_and_its_state_only_locates_it(gazetteer):
    # "호주 퀸즐랜드주 'Cairns Regional Council(…)'과": Cairns signed; Queensland says where it is
    text = ("여수시는 같은 날 오후 호주 퀸즐랜드주 'Cairns Regional Council(케언스 지방정부)'과 "
            "'우호교류 의향서'를 교환했다고 밝혔다.")
    assert _records(text, gazetteer, "2015-05-20") == [("loi", 2015, ("kr-yeosu",), ("au-cairns",))]


def test_an_institute_named_in_initials_and_a_ministrys_body_sign_their_own(gazetteer):
    text = ("유성구는 지난 17일 구청 대회의실에서 키갈리시와 스마트시티 협력을 위한 업무협약을 체결했다고 18일 밝혔다.\n"
            "이날 ETRI와 르완다 정보통신기술혁신부 산하 기관은 디지털 인재 양성 협력 양해각서를 맺기도 했다.")
    assert _records(text, gazetteer, "2023-06-18") == [("mou", 2023, ("kr-daejeon-yuseong-gu",), ("rw-kigali",))]


def test_a_city_the_tagger_splits_is_found_after_its_country_with_its_particle(gazetteer):
    # Kiwi reads '클루지나포카와' as 클루지 + 나 + 포카 + 와 here: the country named before vouches for it
    text = "수원시, 루마니아 클루지나포카와 자매결연… 동유럽 첫 자매도시"
    sentence = split(load_article(text.encode()))[0]
    from partnerships.extract.place_context import ARTICLE_TEXT

    found = find_places(sentence, gazetteer, cache={ARTICLE_TEXT: text})
    assert "ro-cluj-napoca" in {p.id for p in found}


def test_the_signers_listed_after_a_declaration_are_its_partners(gazetteer):
    text = ("대구시와 경북도는 지난 13일 대구 엑스코에서 역대 개최도시 시장 회의를 열고 '대구·경북 물 선언'에 서명했다.\n"
            "서명 도시는 모로코 마라케시, 네덜란드 헤이그, 일본 교토, 프랑스 마르세유다.")
    (record,) = _records(text, gazetteer, "2015-04-15")
    assert record[0] == "declaration" and set(record[3]) == {"ma-marrakesh", "nl-the-hague", "jp-kyoto", "fr-marseille"}


@pytest.mark.parametrize("sentence", [
    "김 지사는 협약에 앞서 에드먼턴에서 주의회 의원들과 간담회를 갖고 강원특별자치도 출범과 투자 환경을 소개했다.",
    "몽골 지역과의 협정은 도 출범 이후 처음이다.",
])
def test_a_korean_governments_own_launch_is_no_alliance(sentence, gazetteer):
    text = "강원특별자치도는 10일 캐나다 앨버타주와 수소 협력 업무협약을 체결했다고 밝혔다.\n" + sentence
    assert "alliance" not in [k[0] for k in _records(text, gazetteer, "2023-10-12")]


def test_a_mayors_name_before_the_city_and_title_written_together_is_no_place(gazetteer):
    # '루시아누 헤젠지 비토리아시장은': 헤젠지 (Rezende) sounds like Resende, but a city and its
    # mayor's title follow it
    from partnerships.extract.place_context import ARTICLE_TEXT

    text = "브라질 비토리아시와 우호도시 협정\n박승호 포항시장과 루시아누 헤젠지 비토리아시장은 9일 포항시청에서 협정서에 서명했다."
    article = load_article(text.encode())
    cache = {ARTICLE_TEXT: text}
    sentences = split(article)
    find_places(sentences[0], gazetteer, cache=cache)
    assert not any(p.id == "br-resende" for p in find_places(sentences[1], gazetteer, cache=cache))


def test_each_country_of_a_list_of_their_ministries_signed_its_own(gazetteer):
    text = ("이어 국토교통부는 인도네시아 공공사업주택부, 베트남 건설부, 라오스 공공사업교통부와 스마트시티 협력 "
            "양해각서(MOU)를 각각 체결했다.")
    assert sorted(k[3] for k in _records(text, gazetteer, "2019-11-27")) == [
        ("country-id",), ("country-la",), ("country-vn",)]


@pytest.mark.parametrize(("text", "place_id"), [
    ("군에 따르면 진천군수는 미국을 방문 중이다.", "kr-jincheon"),  # one proper noun to the tagger
    ("이에 강남구청장은 뉴욕을 방문했다.", "kr-seoul-gangnam-gu"),
    ("울산시장(가운데)과 애버딘 시장(오른쪽)이 서명했다.", "kr-ulsan"),  # a common noun to the tagger
    ("충북경자청은 독일 작센주와 의향서를 체결했다.", "kr-chungcheongbuk-do"),  # 경제자유구역청, short
])
def test_a_korean_governments_head_or_body_written_as_one_word_names_it(text, place_id, gazetteer):
    sentence = split(load_article(text.encode()))[0]
    assert place_id in {p.id for p in find_places(sentence, gazetteer)}


@pytest.mark.parametrize("text", ["수산시장과 재래시장을 둘러봤다.", "남대문시장과 광장시장을 찾았다."])
def test_a_market_is_no_mayor(text, gazetteer):
    assert find_places(split(load_article(text.encode()))[0], gazetteer) == []


def test_the_county_that_signs_is_the_side_not_the_provinces_delegation_it_travels_with(gazetteer):
    text = ("진천군, 美 텍사스 윌리엄슨카운티와 반도체 협력 MOU\n"
            "18일 군에 따르면 진천군수는 충북도 북미 투자유치 대표단과 함께 미국을 방문 중이며, 현지시간 지난 16일 "
            "윌리엄슨카운티 청사에서 카운티 판사와 반도체 산업 교류·협력 업무협약서에 서명했다.")
    assert _records(text, gazetteer, "2023-05-18") == [("mou", 2023, ("kr-jincheon",), ("us-williamson-county-tx",))]


def test_a_superintendent_named_beside_the_partners_minister_is_no_other_counterpart(gazetteer):
    # '경기도교육감과 앨버타주 교육부 장관이 … 서명했으며': one signing, told twice
    text = ("경기도교육청, 캐나다 앨버타주 교육부와 AI 교육 협력 협약\n"
            "경기도교육청은 20일 캐나다 에드먼턴에서 앨버타주 교육부와 AI 교육 협력 업무협약을 체결했다고 21일 밝혔다.\n"
            "협약식에는 경기도교육감과 앨버타주 교육부 장관이 참석해 협약서에 서명했다.")
    assert _records(text, gazetteer, "2024-11-21") == [("mou", 2024, ("kr-gyeonggi-do",), ("adm1-ca-alberta",))]


def test_a_sites_name_glued_to_a_city_is_no_party(gazetteer):
    text = ("부산인사이트 | 인터뷰\n"
            "[신년 인터뷰] 해운대구청장 \"골드코스트와 손잡고 사계절 해변도시로\"\n"
            "해운대구는 지난달 20일 호주 골드코스트와 관광 협력 업무협약을 맺었다.")
    assert _records(text, gazetteer, "2026-02-09") == [("mou", 2026, ("kr-busan-haeundae-gu",), ("au-gold-coast",))]


def test_a_ministry_that_met_in_a_seoul_hotel_signs_for_korea_not_seoul(gazetteer):
    text = ("산업부, 폴란드 국유재산부와 원전 협력 양해각서\n"
            "입력 2022.10.31 19:42\n"
            "산업통상자원부는 31일 서울 소공동 롯데호텔에서 열린 '한-폴란드 원전 협력 라운드테이블'에서 장관과 폴란드 "
            "국유재산부 장관이 '원전 협력에 관한 양해각서'에 서명했다고 밝혔다.\n"
            "양국 정부는 MOU를 통해 원전 건설 및 운영 분야에서 협력하기로 했다.")
    assert _records(text, gazetteer, "2022-10-31") == [("mou", 2022, ("kr-sejong",), ("country-pl",))]


def test_a_declaration_named_after_the_host_city_is_the_ministrys(gazetteer):
    text = ("한-태평양도서국 '부산 해양협력 공동선언' 채택\n"
            "입력 : 2025-04-11 05:00:00\n"
            "해양수산부가 태평양도서국과 기후변화 대응을 위한 공동선언을 채택하고 피지와 수산협력 양해각서를 맺었다.\n"
            "해수부는 10일 부산 해운대구 벡스코에서 장관회의를 열고 피지, 통가, 사모아 등 해양수산 장관과 함께 "
            "'부산 해양협력 공동선언'을 채택했다고 밝혔다.")
    assert {r[:3] for r in _records(text, gazetteer, "2025-04-11")} == {("declaration", 2025, ("kr-sejong",)),
                                                                         ("mou", 2025, ("kr-sejong",))}


def test_a_provinces_government_written_with_its_abbreviation_is_not_koreas(gazetteer):
    text = ("IFEZ, 캐나다 BC주 정부와 바이오 협력 MOU\n"
            "서지원 기자2026.03.05 16:48\n"
            "인천경제자유구역청(IFEZ)이 캐나다 서부 브리티시컬럼비아(BC)주 정부와 손잡고 바이오 투자 유치에 나선다.\n"
            "IFEZ는 3일(현지시간) 캐나다 밴쿠버에서 BC주 일자리·경제성장부와 바이오 협력 업무협약(MOU)을 체결했다고 5일 "
            "밝혔다.")
    assert [r[2] for r in _records(text, gazetteer, "2026-03-05")] == [("kr-incheon",)]


def test_the_same_day_as_last_years_opening_and_the_governor_by_name_sign_for_the_province(gazetteer):
    text = ("강원특별자치도, 울란바타르에 몽골사무소 개소…몽골 보건부와 의료기기 협력 MOU\n"
            "특별자치도 출범 후 첫 해외사무소…원주 의료기기 수출 거점\n"
            "송고시간 2024-01-03 10:00\n"
            "도는 지난해 12월 28일 울란바타르 시내 비즈니스센터에서 '강원특별자치도 몽골사무소' 개소식을 열었다고 3일 "
            "밝혔다.\n"
            "개소식에 이어 같은 날 김진태 지사는 몽골 보건부 장관과 '의료기기 협력에 관한 양해각서(MOU)'를 체결했다. "
            "원주 의료기기 기업들의 몽골 진출을 돕기 위한 것이다.")
    got = _records(text, gazetteer, "2024-01-03")
    assert ("mou", 2023, ("kr-gangwon-do",), ("country-mn",)) in got
    assert ("office", 2023, ("kr-gangwon-do",), ("mn-ulan-bator",)) in got


def test_a_province_and_its_city_signing_one_text_together_are_both_the_korean_side(gazetteer):
    """'경기도와 수원시' alone: the city acts, the province comes along; told as one signing of three
    bodies ('3개 기관이 … 함께 서명', '3자 협약'), both signed."""
    lede = "충청북도(도지사 ○○○)와 청주시는 지난 12일 미국 텍사스주 오스틴에서 텍사스주 정부와 반도체 협력 업무협약을 체결했다."
    joint = "\n이번 협약은 충북도, 청주시, 텍사스주 3개 기관이 하나의 협약서에 함께 서명했다."
    keys = lambda text: {tuple(sorted(k[2])) for k in _records(text, gazetteer, "2022-05-15")}  # noqa: E731
    assert keys(lede) == {("kr-cheongju-si",)}
    assert keys(lede + joint) == {("kr-cheongju-si", "kr-chungcheongbuk-do")}
    assert keys(lede.replace("업무협약", "3자 업무협약")) == {("kr-cheongju-si", "kr-chungcheongbuk-do")}


def test_every_party_of_a_three_way_signing_stays_when_a_later_sentence_names_one(gazetteer):
    """Partners are those every telling agrees on, but a text of three parties ('3자 업무협약') keeps
    all it names when the agreed plans below name only the city."""
    text = ("부산시는 지난 3일 호주 시드니에서 시드니시, 뉴사우스웨일스주 경제개발부와 '핀테크 협력 3자 업무협약(MOU)'을 "
            "체결했다고 밝혔다.\n협약에 따라 3개 기관은 ▲부산 금융중심지와 시드니 핀테크 허브 간 기업 교류 ▲공동 "
            "연구 등에 협력하기로 했다.")
    assert {tuple(sorted(k[3])) for k in _records(text, gazetteer, "2022-05-05")} == {
        ("adm1-au-new-south-wales", "au-sydney")}


def test_cities_a_paragraph_names_as_where_firms_are_do_not_join_the_provinces_signing(gazetteer):
    text = ("[신년 인터뷰] 경북도지사 \"올해는 현장 성과의 해\"\n"
            "경상북도지사를 만나 지난해 성과와 올해 계획을 들었다.\n- 지난해 가장 큰 성과는.\n"
            "\"지난해 10월 7일(현지시간) 애틀랜타의 주청사에서 조지아주 정부와 '배터리 산업 협력 양해각서(MOU)'를 "
            "체결했습니다. 경북에는 구미의 전자 공장과 포항·구미 일대 소재 기업들이 있습니다.\"")
    keys = _records(text, gazetteer, "2026-01-02")
    assert keys == [("mou", 2025, ("kr-gyeongsangbuk-do",), ("adm1-us-georgia",))]


def test_a_papers_header_slogan_names_no_korean_side(gazetteer):
    """'충북·세종·대전·충남의 힘 | 2018년 05월 24일 목요일' is the paper's header: a clause that names
    no Korean place takes the lead's government, not the four of the slogan."""
    text = ("중부매일\n충북·세종·대전·충남의 힘  |  2018년 05월 24일 목요일\n[현장] 실크로드 위 '충북 뷰티'\n"
            "충북 기업들이 중앙아시아 시장의 문을 두드렸다.\n"
            "21일(현지시간) 우즈베키스탄 타슈켄트에서 열린 수출상담회에는 도내 기업 12곳이 참가했다.")
    keys = _records(text, gazetteer, "2018-05-24")
    assert keys == [("roadshow", 2018, ("kr-chungcheongbuk-do",), ("uz-tashkent",))]


def test_the_city_an_agencys_headquarters_stands_in_is_where_it_signed_not_a_party(gazetteer):
    text = ("경기테크노파크는 지난 21일 안산시 상록구 경기테크노파크 본부에서 캐나다 앨버타주 정부 한국대표부와 "
            "'수소 산업 발전을 위한 업무협약'을 체결했다고 23일 밝혔다.")
    assert _records(text, gazetteer, "2022-11-23") == [
        ("mou", 2022, ("kr-gyeonggi-do",), ("adm1-ca-alberta",))]


def test_a_city_governments_bureau_is_the_city_and_a_national_corporations_deal_beside_is_none(gazetteer):
    text = ("부산관광공사, 가오슝 관광국과 크루즈 협력\n"
            "부산관광공사는 5일 벡스코에서 개막한 관광전 현장에서 가오슝시정부 관광국과 '관광 교류 활성화를 위한 "
            "업무협약(MOU)'을 체결했다.\n"
            "이날 개막식에서는 한국관광공사와 태국관광청(TAT)도 후속 협력을 위한 양해각서를 교환했다.")
    assert _records(text, gazetteer, "2024-09-05") == [("mou", 2024, ("kr-busan",), ("tw-kaohsiung",))]


def test_a_city_in_a_foreign_firms_name_glossed_by_its_initials_is_no_partner(gazetteer):
    text = ("경남도는 4일 도청에서 도지사와 통영시장, 노르웨이 오슬로 에너지 파트너스(OEP)의 대표가 참석한 가운데 "
            "'통영 해상풍력 투자협약'을 체결했다고 밝혔다.")
    assert _records(text, gazetteer, "2019-06-05") == []


def test_a_headline_whose_subject_is_a_national_agency_names_no_korean_government(gazetteer):
    text = ("K-water, 우즈벡 사마르칸트시 상수도공사와 스마트 물관리 MOU\n"
            "대전에 본사를 둔 한국수자원공사는 21일 사마르칸트에서 사마르칸트시 상수도공사와 '스마트 물관리 기술 협력 "
            "양해각서(MOU)'를 체결했다고 22일 밝혔다.")
    assert _records(text, gazetteer, "2026-03-22") == []


def test_a_provinces_business_centre_abroad_is_the_provinces(gazetteer):
    # a newsletter's item heading: the office opened is the province's (heldout138)
    assert _records("▶ 6월 | 경기비즈니스센터(GBC) 인도 뭄바이 개소", gazetteer, "2016-12-20") == [
        ("office", 2016, ("kr-gyeonggi-do",), ("in-mumbai",))]


def test_a_city_named_only_as_where_a_bodys_head_office_stands_is_no_party(gazetteer):
    text = ("경북문화관광공사는 23일 경주 보문관광단지 공사 본사에서 베트남 꽝남성 문화체육관광국과 관광교류 협력 "
            "협약을 체결했다.")
    assert _records(text, gazetteer, "2015-11-24") == [("mou", 2015, ("kr-gyeongsangbuk-do",), ("adm1-vn-quang-nam",))]


def test_a_korean_city_named_only_for_the_industrial_park_a_plant_goes_to_is_no_party(gazetteer):
    text = ("경남도는 24일(현지시간) 독일 뮌헨에서 바이에른주 투자청과 '수소 모빌리티 산업 협력을 위한 의향서(LOI)'에 "
            "서명했다고 25일 밝혔다.\n"
            "같은 날 경남투자경제진흥원은 자동차 부품기업 H사로부터 창원 국가산단 내 연료전지 부품 공장 설립을 위한 "
            "투자의향서를 받았다.")
    assert [k[2] for k in _records(text, gazetteer, "2024-04-25")] == [("kr-gyeongsangnam-do",)]


def test_a_bodys_initials_stand_for_its_government_once_the_article_wrote_them_out(gazetteer):
    text = ("GH, 우즈베키스탄 건설부와 신도시·공공주택 협력 MOU\n"
            "경기주택도시공사(GH)가 우즈베키스탄의 신도시 개발과 공공주택 공급에 참여할 발판을 마련했다.\n"
            "GH는 17일 수원 광교 본사에서 우즈베키스탄 건설주택공공사업부 차관 일행과 '신도시 개발 및 공공주택 분야 "
            "협력에 관한 양해각서'를 체결했다고 18일 밝혔다.")
    assert _records(text, gazetteer, "2023-10-18") == [("mou", 2023, ("kr-gyeonggi-do",), ("country-uz",))]
