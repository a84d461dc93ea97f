"""Pledges and decisions about what comes, events told as the one before this one, counts since a
tie began, signings at home whose title names a country, a partner's mayor with the title glued
on, and a joint statement whose signers are listed by country. The texts are written for the
tests, on the patterns the blind evaluation sets showed."""

from __future__ import annotations

import datetime as dt

import pytest

from partnerships.extract import extract
from partnerships.extract.dates import Published, check_against_text
from partnerships.extract.sentences import Sentence
from tests.helpers.extraction import record_keys as _records

PUBLISHED = "2025-06-20"


def test_a_partner_mayor_named_with_the_title_glued_to_a_proper_noun(gazetteer):
    # '에르데네트시장이': Kiwi reads the name as a proper noun and the title as a common noun
    text = ("강릉시는 5일 시청 접견실에서 강릉시장과 방한 중인 에르데네트시장이 '관광 교류 협력을 위한 "
            "업무협약'을 체결했다고 밝혔다.")
    assert [(k[0], k[3]) for k in _records(text, gazetteer, PUBLISHED)] == [("mou", ("mn-erdenet",))]


def test_a_signing_at_home_whose_title_names_a_country_is_domestic(gazetteer):
    # the organisations it was signed with are Korean; the trip told before lends no partner
    text = ("김해시장은 10일 일본 나고야시를 방문해 나고야시장과 우호교류 협약을 맺었다.\n"
            "이에 앞서 시는 지난 2일 시청 회의실에서 인제대학교, 김해의사회와 '일본인 의료관광객 유치를 위한 "
            "업무협약'을 체결했다.")
    assert [(k[0], k[3]) for k in _records(text, gazetteer, PUBLISHED)] == [
        ("friendship_city", ("jp-nagoya",))]


def test_last_events_told_as_what_came_before_this_one(gazetteer):
    text = ("대구시는 18일 필리핀 다바오에서 수출상담회를 열었다고 20일 밝혔다.\n"
            "대구시는 지난해 독일 함부르크, 올해 상반기 중국 다롄에서 수출상담회를 연 데 이어 이번에 동남아로 "
            "시장을 넓혔다.")
    assert [(k[0], k[3]) for k in _records(text, gazetteer, PUBLISHED)] == [("roadshow", ("ph-davao",))]


def test_a_visit_until_a_coming_day_is_still_to_come(gazetteer):
    text = ("포항시장은 오는 22일까지 일본 니가타시를 방문해 현지 투자 설명회에 참석한 뒤 귀국한다.")
    assert _records(text, gazetteer, PUBLISHED) == []


def test_a_pledge_about_a_coming_event_is_no_record_and_does_not_move_the_page_date(gazetteer):
    text = ("순천시는 13일 일본 도야마현 도야마시와 우호교류 협약을 맺었다고 14일 밝혔다.\n"
            "특히 도야마시장은 오는 2027년 순천에서 열리는 정원박람회에 도야마시 홍보관을 설치하고 대표단을 "
            "파견하겠다고 약속했다.")
    assert [k[0] for k in _records(text, gazetteer, "2023-03-14")] == ["friendship_city"]
    sentence = Sentence(0, 0, len(text.splitlines()[1]), text.splitlines()[1], 0)
    page = Published(dt.date(2023, 3, 14), "byline")
    assert check_against_text(page, [sentence]).date == page.date  # not moved to 2027


def test_an_agreement_they_decided_to_upgrade_to_is_a_plan(gazetteer):
    text = ("서울시는 이날 알마티 시청에서 알마티시 부시장과 스타트업 협력 의향서(LOI)에 서명했다.\n"
            "서울시와 알마티시는 올 하반기까지 세부 사업을 정하고 정식 업무협약(MOU)으로 발전시키기로 했다.")
    assert [k[0] for k in _records(text, gazetteer, PUBLISHED)] == ["loi"]


def test_counts_since_a_tie_began_and_partners_counted_abroad_are_running_totals(gazetteer):
    text = ("충남도와 산둥성은 1994년 자매결연을 맺었다. 그 뒤로 공무원 상호 파견만 60명이 넘고, 도내 고교와 "
            "산둥성 학교 간 청소년 교류에 참여한 학생도 3,000명 가까이 됩니다.\n"
            "부천시는 이번 협정으로 중국 칭다오시, 일본 오사카시 등에 이어 모두 9개 해외 도시와 자매·우호 관계를 "
            "맺게 됐다.")
    assert _records(text, gazetteer, "2024-05-10") == []


def test_a_province_the_unnamed_partner_lies_in_is_not_the_partner(gazetteer):
    text = ("전남 신안군이 중국 산둥성의 도시와 자매도시가 됐다.\n"
            "신안군은 10일 산둥성 칭다오시 인민정부 청사에서 칭다오시장과 '자매결연 협정서'에 서명했다고 11일 밝혔다.")
    assert [(k[0], k[3]) for k in _records(text, gazetteer, PUBLISHED)] == [("sister_city", ("cn-qingdao",))]


def test_a_joint_statement_with_its_signers_listed_by_country(gazetteer):
    text = ("○ 부산시는 오늘(15일) 벡스코에서 '한일 지사회의'를 열고, 8개 광역 지방정부가 함께 공동성명을 "
            "채택했다고 밝혔다.\n"
            "○ 이번 회의에는 한국 측 4개 시도와 일본 측 4개 현의 단체장이 참석했다.\n"
            "  - 한국 : 부산광역시, 경상남도, 전라남도, 제주특별자치도\n"
            "  - 일본 : 니가타현, 도야마현, 이시카와현, 돗토리현\n")
    [(kind, year, korean, partner)] = _records(text, gazetteer, "2024-11-15")
    assert kind == "declaration"
    assert sorted(korean) == ["kr-busan", "kr-gyeongsangnam-do", "kr-jeju-do", "kr-jeollanam-do"]
    assert sorted(partner) == ["adm1-jp-ishikawa", "adm1-jp-niigata", "adm1-jp-tottori", "adm1-jp-toyama"]


def test_a_city_spelt_apart_from_its_gazetteer_name_found_by_its_hall(gazetteer):
    # '겐제' for Ganja (간자 in the gazetteer): the consonants of its Latin name, first met as '겐제시청'
    text = "경남도는 5일 아제르바이잔 겐제시청에서 겐제시(시장 ○○○)와 경제협력 업무협약을 맺었다."
    assert [(k[0], k[3]) for k in _records(text, gazetteer, PUBLISHED)] == [("mou", ("az-ganja",))]


def test_a_division_named_in_latin_letters_before_its_government(gazetteer):
    # 'Laguna 주정부': the Philippine province, not a town of that name elsewhere
    text = ("가평군은 지난 16일 필리핀 루손섬 Laguna 주정부 청사에서 주지사와 '농업 교류 협력 협약'을 맺었다.")
    assert [(k[0], k[3]) for k in _records(text, gazetteer, PUBLISHED)] == [("mou", ("adm1-ph-laguna",))]


def test_a_signing_at_home_in_an_annex_room_with_domestic_bodies(gazetteer):
    text = ("안산시는 5월 31일 시청 별관 회의실에서 안산대학교, 안산시가족센터와 '베트남 결혼이주여성 취업 지원을 "
            "위한 업무협약(MOU)'을 맺었다.")
    assert _records(text, gazetteer, PUBLISHED) == []


def test_an_envoy_who_attended_is_not_the_party_and_a_tie_counted_in_order_is_no_record(gazetteer):
    text = ("부산시는 22일 시청 국제의전실에서 주한 페루 대사와 시 관계자 등이 참석한 가운데 리마시와의 "
            "'우호협력도시 협정서 전달식'을 가졌다.\n"
            "부산시가 중남미 도시와 우호 관계를 맺은 것은 칠레 발파라이소, 브라질 상파울루 등에 이어 9번째다.")
    assert [(k[0], k[3]) for k in _records(text, gazetteer, "2021-06-22")] == [("friendship_city", ("pe-lima",))]


def test_a_national_agency_with_its_acronym_is_the_country(gazetteer):
    text = ("푸껫과 관광 교류…제주도, 태국과 협약\n"
            "제주도는 15일 도청 탐라홀에서 태국관광청(TAT)과 화상회의로 관광 교류 업무협약(MOU)을 체결했다고 "
            "16일 밝혔다.")
    assert [(k[0], k[3]) for k in _records(text, gazetteer, PUBLISHED)] == [("mou", ("country-th",))]


def test_a_forum_co_hosted_by_the_partner_division_is_with_it_not_the_venue_city(gazetteer):
    text = ("충주시 대표단은 지난 8일 다르항올 아이막 청사에서 아이막 지사와 '우호도시 협약'을 체결했다.\n"
            "이튿날인 9일에는 다르항 시내 문화궁전에서 충주시와 다르항올 아이막이 공동 주최한 '제1회 충주-다르항올 "
            "바이오헬스 협력 포럼'이 열렸다.")
    assert [(k[0], k[3]) for k in _records(text, gazetteer, PUBLISHED)] == [
        ("forum", ("adm1-mn-darkhan-uul",)), ("friendship_city", ("adm1-mn-darkhan-uul",))]


def test_an_exchange_exhibition_is_an_exchange_and_promotion_costs_are_no_event(gazetteer):
    text = ("서울 종로구와 일본 교토시가 18일 교토시 미술관에서 두 도시의 전통 종이를 모은 공동 교류 전시회를 열었다.\n"
            "종로구는 현지 판촉 행사비 일부를 지원한다.")
    assert [(k[0], k[3]) for k in _records(text, gazetteer, PUBLISHED)] == [("exchange", ("jp-kyoto",))]


def test_bodies_counted_at_home_and_a_nationality_are_no_partner(gazetteer):
    text = ("○ 안산시는 11일 시청 별관 회의실에서 안산시가족센터, 안산대학교, 법무부 안산출입국·외국인사무소 등 3개 "
            "기관과 ‘베트남 이주민 정착 지원을 위한 업무협약’을 체결했다.\n"
            "○ 이번 협약은 외국인 주민 가운데 중국 국적에 이어 두 번째로 많은 베트남 출신 주민을 돕기 위해 마련됐다.")
    assert _records(text, gazetteer, PUBLISHED) == []


def test_a_district_before_the_venue_it_names_is_where_not_a_signer(gazetteer):
    text = ("부산시는 9일 해운대구 벡스코에서 열린 항만도시 포럼 개막식에서 일본 요코하마시, 미국 시애틀시 등과 "
            "'녹색항만도시 협의체' 출범 선언문에 서명하고 창립 회원으로 참여했다.")
    [(kind, year, korean, partner)] = _records(text, gazetteer, PUBLISHED)
    assert (kind, korean) == ("alliance", ("kr-busan",))


def test_a_trip_summed_up_as_signings_with_both_countries_governments(gazetteer):
    text = ("국토부, 사우디·카타르와 스마트시티 협력 MOU 잇따라 체결\n"
            "- 3. 3.(월) 리야드서 사우디 지방자치주택부와 스마트시티 MOU\n"
            "- 3. 6.(목) 도하서 카타르 지방자치부와 도시개발 MOU\n\n"
            "□ 국토교통부는 제1차관을 단장으로 하는 ‘중동 수주지원단’이 3월 2일부터 7일까지 사우디아라비아와 카타르를 "
            "잇따라 방문해 양국 정부와 스마트시티 분야 협력 양해각서(MOU)를 체결하고 기업 수주 지원 활동을 펼쳤다고 "
            "밝혔다.\n"
            "□ 수주지원단은 3월 3일(월) 리야드에서 사우디아라비아 지방자치주택부 차관과 「스마트시티 협력에 관한 "
            "양해각서」를 체결했다.\n"
            "□ 수주지원단은 6일(목) 카타르 도하로 이동해 카타르 지방자치부와 「도시개발 협력에 관한 양해각서」를 "
            "체결했다.")
    assert sorted((k[0], k[3]) for k in _records(text, gazetteer, "2025-03-09")) == [
        ("mou", ("country-qa",)), ("mou", ("country-sa",))]


def test_places_counted_are_no_office_opened(gazetteer):
    text = ("○ 또한 올해 하반기 서울에서 농업협력위원회를 개최하고, 스마트팜 시범단지 후보지(타슈켄트주 내 "
            "2개소)에 대한 타당성 조사를 공동으로 실시하기로 했다.")
    assert _records(text, gazetteer, PUBLISHED) == []


def test_a_city_named_with_its_suffix_before_is_a_partner_where_its_firm_sits(gazetteer):
    # '샤먼시' first, then '샤먼 소재 … 기업' (Kiwi reads the bare name as a common noun)
    text = ("하동군은 지난 8일부터 11일까지 중국 푸젠성 샤먼시 국제회의전시센터에서 열린 차산업박람회에 참가했다.\n"
            "특히 10일에는 하동군과 관내 영농조합법인, 샤먼 소재 차 수입기업인 녹원무역 등 3자가 '하동녹차 수출 "
            "계약'을 체결했다.")
    found = extract(text, gazetteer=gazetteer, published="2024-11-13").candidates
    assert [(c["type"], c["partner_places"]) for c in found if c["type"] == "contract"] == [
        ("contract", ["cn-xiamen"])]


def test_a_latin_lettered_city_before_its_deputy_mayor(gazetteer):
    text = ("인천시, 말레이시아 Kuching시와 관광 협력 MOU\n"
            "인천시는 16일 시청 상황실에서 인천시장과 Kuching시 부시장 등 양 도시 관계자가 참석한 가운데 관광 협력 "
            "업무협약을 체결했다.")
    assert {k[3] for k in _records(text, gazetteer, PUBLISHED)} == {("my-kuching",)}


def test_a_province_in_characters_before_its_city_only_locates_it(gazetteer):
    text = ("목포시, 中 항구도시와 자매결연\n"
            "목포시가 중국 산둥성의 대표 항구도시와 자매도시 관계를 맺었다.\n"
            "목포시는 지난 19일 중국 山東省 煙台市 인민정부 청사에서 '자매결연 협정서'에 서명했다고 20일 밝혔다.")
    assert {k[3] for k in _records(text, gazetteer, PUBLISHED)} == {("cn-yantai",)}


def test_a_multilateral_agreement_with_its_members_listed_after(gazetteer):
    text = ("충북도는 지난 12일(현지시간) 몽골 울란바토르의 한 호텔에서 몽골 3개 아이막과 '관광 분야 공동협력을 "
            "위한 다자간 업무협약(MOU)'을 체결했다.\n"
            "협약에 참여한 몽골 측 지방정부는 △투브 아이막 △셀렝게 아이막 △헨티 아이막 등 3곳이다.")
    [(kind, year, korean, partner)] = _records(text, gazetteer, PUBLISHED)
    assert (kind, korean) == ("mou", ("kr-chungcheongbuk-do",))
    assert sorted(partner) == ["adm1-mn-khentii", "adm1-mn-selenge", "adm1-mn-tov"]


def test_a_city_of_the_country_named_right_before_it(gazetteer):
    # '스페인 발렌시아' is Valencia, Spain, though the name finds Venezuela's first and the USA is named too
    text = ("부산시장은 앞서 미국 뉴욕을 찾았다.\n"
            "부산시 대표단은 9일 스페인 발렌시아 시청에서 발렌시아시와 항만 물류 협력 업무협약을 체결했다.")
    assert {k[3] for k in _records(text, gazetteer, PUBLISHED)} == {("es-valencia",)}


@pytest.mark.parametrize(("place", "expected"), [
    ("중국 장시성 푸저우시", "cn-fuzhou-1810820"),  # not the larger Fuzhou of Fujian (heldout139)
    ("일본 나가사키현 쓰시마시", "jp-tsushima-10630007"),  # the island's city, not Tsushima, Aichi
    ("중국 푸젠성 푸저우시", "cn-fuzhou"),
])
def test_a_city_of_the_division_named_right_before_it(place, expected, gazetteer):
    text = f"남원시는 12일 {place}와 우호도시 협약을 맺었다고 13일 밝혔다."
    assert {k[3] for k in _records(text, gazetteer, PUBLISHED)} == {(expected,)}


def test_a_city_named_again_alone_is_the_namesake_it_was_first_qualified_to(gazetteer):
    # '온타리오주 런던시' first, then '런던시에 본사를 둔': London, Ontario both times, though the
    # article also names Britain (heldout139)
    text = ("고창군은 농특산물 해외시장개척단이 지난 8일부터 캐나다 온타리오주 토론토와 런던시를 방문해 복분자주 "
            "등 20만 달러어치의 수출계약을 맺었다고 16일 밝혔다.\n개척단은 토론토에서 온타리오주 런던(London)시로 "
            "이동했다. 영국의 수도와 이름이 같은 도시다.\n11일 런던시에 본사를 둔 식품 수입업체는 개척단과 만나 "
            "복분자주 20만 달러어치를 수입하기로 하고 수출계약서에 서명했다.")
    assert {k[3] for k in _records(text, gazetteer, PUBLISHED)} == {("ca-london",)}


def test_a_city_qualified_to_another_country_later_is_not_replaced(gazetteer):
    text = ("고창군 농특산물 해외시장개척단은 지난해 캐나다 온타리오주 런던시에서 판촉전을 열었다.\n"
            "고창군은 개척단이 지난 8일부터 영국 런던을 방문해 복분자주 등 20만 달러어치의 수출계약을 "
            "맺었다고 16일 밝혔다.")
    assert {k[3] for k in _records(text, gazetteer, PUBLISHED) if k[0] == "contract"} == {("gb-london",)}


def test_a_region_said_to_hold_the_city_only_locates_it(gazetteer):
    text = "충주시가 뉴질랜드 북섬 호크스베이 지역의 사과 주산지 헤이스팅스시와 자매도시가 됐다."
    assert {k[3] for k in _records(text, gazetteer, PUBLISHED)} == {("nz-hastings",)}


def test_a_city_kiwi_splits_found_by_its_full_name_beside_its_country(gazetteer):
    # '주베일': Kiwi reads 주 ('main') + 베일; the sentence names Saudi Arabia
    text = ("□ 포항시는 4월 21일(현지시간) 사우디 동부 주(州) 주베일 산업도시청 본관 회의실에서 ‘수소 산업 협력을 "
            "위한 업무협약(MOU)’을 체결했다.")
    assert {k[3] for k in _records(text, gazetteer, PUBLISHED)} == {("sa-al-jubayl",)}


def test_an_award_whose_giver_the_next_sentence_names(gazetteer):
    text = ("수원시는 5일 개막한 스마트시티 엑스포의 '월드 스마트시티 어워드' 시상식에서 포용도시 부문 대상을 받았다. "
            "이 상은 엑스포 주최 측인 피라 바르셀로나와 스페인 바르셀로나시가 함께 주관한다.")
    assert [(k[0], k[3]) for k in _records(text, gazetteer, "2024-11-06")] == [("award", ("es-barcelona",))]


def test_a_common_word_with_a_division_suffix_is_no_unspelt_division_of_an_unnamed_country(gazetteer):
    # '복분자주' (berry wine): its consonants fit Bogovinje, North Macedonia, a country the
    # article never names (heldout139)
    from partnerships.extract.places import find_places
    text = "11일 현지 업체는 복분자주 2만 병과 장어 가공품을 수입하기로 했다."
    assert [p.id for p in find_places(Sentence(0, 0, len(text), text, 0), gazetteer)] == []


def test_a_councils_founding_with_its_signers_in_the_next_sentence_is_one_alliance(gazetteer):
    text = ("부산시는 21일 해운대 벡스코에서 '동북아 해양도시 협의체' 설립 협약을 맺었다고 22일 밝혔다. "
            "협약에는 부산을 비롯해 일본 후쿠오카시, 중국 상하이시, 러시아 블라디보스토크시, 대만 가오슝시 등 "
            "5개 도시가 서명했다.")
    assert _records(text, gazetteer, "2017-09-22") == [
        ("alliance", 2017, ("kr-busan",), ("jp-fukuoka", "cn-shanghai", "ru-vladivostok", "tw-kaohsiung"))]


def test_a_headline_naming_two_partners_of_two_signings_gives_each_record_its_own(gazetteer):
    text = ("보은군, 베트남 닥락성·필리핀 카가얀주와 계절근로자 업무협약\n"
            "보은군이 농번기 일손을 구하려고 베트남과 필리핀 지방정부와 잇따라 계절근로자 도입 협약을 맺었다.\n"
            "군은 지난 6일 군청에서 베트남 닥락성 인민위원회 부위원장이 참석한 가운데 '계절근로자 도입에 관한 "
            "업무협약'을 체결했다고 밝혔다.\n"
            "이어 8일에는 필리핀 카가얀주 부지사 일행과 같은 내용의 업무협약을 맺었다.")
    got = {(k[0], k[3]) for k in _records(text, gazetteer, "2024-03-10")}
    assert got == {("mou", ("adm1-vn-dak-lak",)), ("mou", ("adm1-ph-cagayan",))}
