"""Places that are parts of a city named before them, and what a text's other signers make of a
record. The texts are written for the tests, on the patterns the blind evaluation sets showed."""

from __future__ import annotations

from tests.helpers.extraction import record_keys as _records

PUBLISHED = "2025-09-15"


def test_a_quarter_named_after_its_city_is_not_a_partner_of_its_own(gazetteer):
    # GeoNames lists Los Angeles' Koreatown as a populated place a few kilometres from the centre
    text = ("전라북도는 11일(현지시간) 로스앤젤레스 코리아타운 인근에서 '전북 미주 통상사무소' 개소식을 "
            "열었다고 밝혔다.")
    assert [(k[0], k[3]) for k in _records(text, gazetteer, PUBLISHED)] == [("office", ("us-los-angeles",))]



def test_an_agreement_named_as_the_basis_of_a_plan_is_not_a_new_one(gazetteer):
    text = ("논산시는 23일 베트남 빈롱성과 농업기술 교류 업무협약(MOU)을 체결했다.\n"
            "시는 빈롱성과의 협약을 바탕으로 내년 봄 농산물 홍보 부스를 운영하고, 하반기에는 관내 농업인 "
            "연수단을 빈롱성에 파견할 계획이다.")
    keys = _records(text, gazetteer, PUBLISHED)
    assert [(k[0], k[3]) for k in keys] == [("mou", ("adm1-vn-vinh-long",))]


def test_a_name_kiwi_splits_into_a_verb_does_not_make_a_plan_past(gazetteer):
    # Kiwi reads '빈롱성' as 비 + ᆫ + 롱성: the adnominal glued to a noun is no past-tense clause
    from partnerships.extract.dates import tense_after
    from partnerships.extract.sentences import Sentence

    text = "하반기에는 관내 농업인 연수단을 빈롱성에 파견할 계획이다."
    s = Sentence(0, 0, len(text), text, 0)
    assert tense_after(s.tokens, text.index("연수단") + 3) == "future"


def test_a_joint_project_agreement_signed_abroad_is_a_programme(gazetteer):
    text = ("제주특별자치도와 미국 하와이주가 그린수소 공동 실증사업에 착수했다.\n"
            "제주도는 도지사가 지난 20일(현지시간) 호놀룰루에서 하와이 주지사와 '그린수소 공동 실증사업' "
            "추진 합의서에 서명했다고 22일 밝혔다.")
    keys = _records(text, gazetteer, "2024-08-22")
    assert [(k[0], k[3]) for k in keys] == [("program", ("adm1-us-hawaii",))]


def test_an_exhibition_only_looked_at_during_a_visit_is_no_exchange(gazetteer):
    text = ("대구시는 지난 5일 칭다오시 부시장을 단장으로 한 대표단을 초청해 기념 리셉션을 열고 기념 사진전을 "
            "함께 관람했다고 7일 밝혔다.")
    assert _records(text, gazetteer, PUBLISHED) == []


def test_universities_counted_as_the_subject_sign_their_own_agreement(gazetteer):
    text = ("경북도는 지난 27일 몽골 투브 아이막과 우호교류 협약을 맺었다고 29일 밝혔다.\n"
            "대표단 방문에 맞춰 경북 지역 3개 대학도 같은 날 울란바토르에서 몽골국립대학교와 학술교류 협약을 맺었다.")
    assert [(k[0], k[3]) for k in _records(text, gazetteer, PUBLISHED)] == [("friendship_city", ("adm1-mn-tov",))]


def test_a_district_name_two_cities_share_is_the_one_of_the_city_the_article_names(gazetteer):
    # Seoul and Busan both have a Gangseo-gu; the article names Seoul only in passing
    text = ("강서구가 우즈베키스탄 사마르칸트시와 우호교류 관계를 맺었다.\n"
            "구청장과 사마르칸트 시장은 지난 12일 구청에서 '우호교류 협약서'에 서명했다.\n"
            "사마르칸트 대표단은 13일까지 머물며 서울식물원 등을 둘러봤다.")
    assert [(k[2], k[3]) for k in _records(text, gazetteer, PUBLISHED)] == [
        (("kr-seoul-gangseo-gu",), ("uz-samarkand",))]


def test_a_years_export_results_summed_are_no_event(gazetteer):
    text = ("전남도는 지난 6일 두바이에서 '전남 농수산식품 수출상담회'를 열었다고 12일 밝혔다.\n"
            "도는 지난해에만 중동에서 상담회와 박람회 참가 등을 통해 모두 2,300만 달러의 수출 계약을 성사시켰다.")
    assert [(k[0], k[1], k[3]) for k in _records(text, gazetteer, PUBLISHED)] == [("roadshow", 2025, ("ae-dubai",))]


def test_a_bare_name_paired_with_a_province_is_the_prefecture_the_article_names(gazetteer):
    text = ("강원-돗토리 \"다음 30년도 함께\"…공동선언\n"
            "강원도와 일본 돗토리현이 우호교류 30주년을 맞아 협력을 강화하는 공동선언문을 23일 채택했다.")
    assert [(k[0], k[3]) for k in _records(text, gazetteer, PUBLISHED)] == [("declaration", ("adm1-jp-tottori",))]


def test_a_listed_topic_of_a_courtesy_call_is_no_exchange(gazetteer):
    text = ("울산시장은 20일 시청에서 주한 카타르 대사의 예방을 받았다.\n"
            "이날 면담에서 양측은 ▲수소 생산 기술 ▲울산 지역 대학과 카타르 대학 간 인적 교류 등 협력 가능 분야에 "
            "대해 의견을 나눴다.")
    assert _records(text, gazetteer, PUBLISHED) == []


def test_a_lede_summing_up_a_trip_by_country_adds_no_event_of_its_own(gazetteer):
    text = ("부산시는 대표단이 지난 7∼12일 칠레와 페루를 잇따라 방문해 항만 협력 업무협약(MOU)을 체결하고 "
            "수출상담회를 열었다고 14일 밝혔다.\n"
            "대표단은 8일(현지시간) 산티아고의 한 호텔에서 발파라이소시와 항만물류 협력 MOU를 맺었다.\n"
            "대표단은 이어 페루로 이동해 11일 리마에서 '부산 우수상품 수출상담회'를 열었다.")
    assert [(k[0], k[3]) for k in _records(text, gazetteer, "2024-10-14")] == [
        ("mou", ("cl-valparaiso",)), ("roadshow", ("pe-lima",))]


def test_two_universities_signing_beside_the_city_sign_their_own(gazetteer):
    text = ("울산시는 15일(현지시간) 애버딘 시청에서 애버딘시와 해상풍력 협력 의향서(LOI)에 서명했다고 16일 밝혔다.\n"
            "같은 날 울산대학교와 애버딘 소재 로버트고든대학교(RGU)도 인력 양성을 위한 학술교류 협정을 맺었다.")
    assert [(k[0], k[3]) for k in _records(text, gazetteer, PUBLISHED)] == [("loi", ("gb-aberdeen",))]


def test_a_subsidiary_and_a_local_firm_sign_their_own(gazetteer):
    text = ("포항시는 지난 17일 시청에서 베트남 붕따우시와 자매결연 협정서에 서명했다고 18일 밝혔다.\n"
            "한편 이날 협약식에 앞서 포스코 베트남 법인과 붕따우 소재 물류회사는 물류 협력 MOU를 맺었다.")
    assert [(k[0], k[3]) for k in _records(text, gazetteer, PUBLISHED)] == [("sister_city", ("vn-vung-tau",))]


def test_a_ties_age_told_with_an_adverb_is_its_anniversary(gazetteer):
    text = ("강원특별자치도와 일본 돗토리현이 우호 관계를 맺은 지 올해로 꼭 30년이 됐다.\n"
            "도는 다음 달 대표단을 보내 기념행사를 열 계획이다.")
    assert _records(text, gazetteer, PUBLISHED) == []


def test_a_headline_naming_the_partner_by_its_region_is_the_bodys_agreement(gazetteer):
    text = ("하동군, '천년 차' 인연 교토와 우호도시…녹차 교류 본격화\n"
            "하동군은 26일 일본 교토부 우지(宇治)시 시청에서 군수와 우지시장이 참석한 가운데 '우호교류도시 협정'을 "
            "체결했다고 27일 밝혔다.")
    assert [(k[0], k[3]) for k in _records(text, gazetteer, "2022-10-27")] == [("friendship_city", ("jp-uji",))]


def test_a_special_city_written_with_its_new_suffix_is_that_city(gazetteer):
    text = ("창원특례시는 16일(현지시간) 멕시코 누에보레온주 정부와 제조업 협력 업무협약(MOU)을 체결했다고 "
            "19일 밝혔다.")
    assert [(k[2], k[3]) for k in _records(text, gazetteer, "2023-05-19")] == [
        (("kr-changwon",), ("adm1-mx-nuevo-leon",))]


def test_a_headline_naming_the_metropolitan_city_for_its_districts_agreement(gazetteer):
    text = ("대구, 베트남 박닌성과 교류 물꼬…경제·문화 협력 MOU\n"
            "달서구는 구청장을 단장으로 한 대표단이 지난 6일 박닌성 인민위원회 청사에서 '경제·문화 교류 협력 "
            "업무협약(MOU)'을 체결했다고 8일 밝혔다.\n"
            "협약에 따라 양측은 ▲기업 간 교류 ▲청소년 교류 등을 추진하기로 했다.")
    assert [(k[0], k[2], k[3]) for k in _records(text, gazetteer, "2024-11-08")] == [
        ("mou", ("kr-daegu-dalseo-gu",), ("adm1-vn-bac-ninh",))]


def test_a_lede_naming_two_countries_sums_up_the_two_cities_consultations(gazetteer):
    text = ("[부산=한빛통신] 부산시는 지역 중소기업 10개사로 구성한 '2023 부산시 중남미 무역사절단'을 멕시코와 "
            "콜롬비아에 파견해 수출 상담 148건, 상담액 2350만 달러의 성과를 거뒀다고 16일 밝혔다.\n"
            "사절단은 지난 12일 멕시코 멕시코시티의 한 호텔에서 1대1 수출상담회를 열었고, 이어 14일에는 콜롬비아 "
            "수도 보고타로 이동해 두 번째 상담회를 진행했다.\n"
            "멕시코시티 상담회에서는 자동차 부품 업체가 특히 주목을 받았으며, 보고타 상담회에서는 의료기기 상담이 "
            "활발했다.\n"
            "시는 사절단 파견에 앞서 코트라(KOTRA) 멕시코시티·보고타 무역관을 통해 바이어를 사전 발굴했다.")
    assert [(k[0], k[3]) for k in _records(text, gazetteer, "2023-06-16")] == [
        ("roadshow", ("co-bogota",)), ("roadshow", ("mx-mexico-city",))]


def test_an_unnamed_local_government_in_a_headlines_venue_city_is_the_bodys_partner(gazetteer):
    text = ("경남도, 베트남 하노이서 지방정부와 산업협력 MOU…수출상담회도 열어\n"
            "경남도는 베트남 방문 일정 중 현지 지방정부와 산업·관광 분야 협약을 맺었다고 19일 밝혔다.\n"
            "경남도 대표단은 지난 17일 하노이 롯데호텔에서 꽝닌성 인민위원회와 '산업·관광 교류협력 양해각서'를 "
            "체결했다.")
    assert [(k[0], k[3]) for k in _records(text, gazetteer, "2025-06-19")] == [("mou", ("adm1-vn-quang-ninh",))]
