"""General properties of Korean news prose that decide what is a record, each shown on a short
invented article (no sentence here comes from an evaluation set); the comment names the
property."""

from __future__ import annotations

import pytest

from tests.helpers.extraction import history_told
from tests.helpers.extraction import record_keys as _records


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a fact denied ('... 체결한 사실이 없다'): an official rebuttal reports no agreement
        ("공주시는 페루 쿠스코시와 우호교류 협약을 체결한 사실이 없다고 밝혔다.", "2025-03-04", []),
        ("○ 논산시는 칠레 발파라이소시와 자매결연을 맺은 사실은 없음", "2025-03-04", []),
        ("논산시는 칠레 발파라이소시와 자매결연을 맺은 적이 없다고 해명했다.", "2025-03-04", []),
        # ... while the same words reporting the signing stay a record
        ("공주시는 지난 2일 페루 쿠스코시와 우호교류 협약을 체결했다.", "2025-03-04",
         [("friendship_city", 2025, ("kr-gongju",), ("pe-cusco",))]),
    ],
)
def test_general_prose(text, published, expected, gazetteer):
    assert _records(text, gazetteer, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a year with 까지 or 목표 is a deadline or a target, not the date of the event
        ("영암군은 몰디브 말레시와 2035년까지 공공 건물 전력을 태양광으로 바꾸는 공동선언을 발표했다.",
         "2026-04-11",
         [("declaration", 2026, ("kr-yeongam",), ("mv-male",))]),
        # ... while a year the event itself carries stays
        ("영암군은 2025년 11월 몰디브 말레시와 기후 협력 공동선언을 발표했다.", "2026-04-11",
         [("declaration", 2025, ("kr-yeongam",), ("mv-male",))]),
    ],
)
def test_deadline_year_is_not_the_event(text, published, expected, gazetteer):
    assert _records(text, gazetteer, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a count grown to a new total ('... 6곳으로 늘었다') lists what exists, not new agreements
        ("전라북도는 10일 폴란드 바르샤바에서 '전북 중부유럽 사무소' 개소식을 열었다.\n"
         "이번 개소로 도의 해외사무소는 일본 도쿄, 중국 칭다오, 미국 시애틀을 포함해 4곳으로 늘었다.",
         "2026-04-11", [("office", 2026, ("kr-jeollabuk-do",), ("pl-warsaw",))]),
    ],
)
def test_count_grown_is_no_record(text, published, expected, gazetteer):
    assert _records(text, gazetteer, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # an agreement named as what the news followed ('...협약의 후속 사업이다') is no record
        ("논산시는 지난 2일 탄자니아 도도마시에 '논산-도도마 농업기술 교육센터'를 개소했다.\n"
         "센터 건립은 두 도시가 2023년 5월 체결한 농업 협력 업무협약의 후속 사업이다.", "2026-03-04",
         [("institution", 2026, ("kr-nonsan",), ("tz-dodoma",))]),
        # an earlier agreement in a time clause ('2023년 협약을 맺은 뒤 처음') is background
        ("논산시는 지난 2일 페루 쿠스코시에서 한국 도자기 특별전을 공동으로 열었다.\n"
         "이번 전시는 두 도시가 2023년 우호협력 협약을 맺은 뒤 처음 여는 행사다.", "2026-03-04",
         [("exchange", 2026, ("kr-nonsan",), ("pe-cusco",))]),
        # ... and so is one describing the partner ('지난해 자매도시가 된 곳')
        ("논산시가 지난해 자매도시가 된 곳인 페루 쿠스코시에서 지난 2일 도자기 특별전을 공동으로 열었다.", "2026-03-04",
         [("exchange", 2026, ("kr-nonsan",), ("pe-cusco",))]),
        # an agreement of this year in a time clause is the news
        ("논산시는 지난 2일 페루 쿠스코시와 우호협력 협약을 맺은 뒤 기념 식수를 했다.", "2026-03-04",
         [("friendship_city", 2026, ("kr-nonsan",), ("pe-cusco",))]),
        # opening a training centre sets up an institution; a business centre is an office
        ("논산시는 지난 2일 탄자니아 도도마시에 '농업 인재양성센터'를 개소했다.", "2026-03-04",
         [("institution", 2026, ("kr-nonsan",), ("tz-dodoma",))]),
        ("논산시는 지난 2일 탄자니아 도도마시에 '논산 비즈니스센터'를 개소했다.", "2026-03-04",
         [("office", 2026, ("kr-nonsan",), ("tz-dodoma",))]),
    ],
)
def test_earlier_agreements_and_institutions(text, published, expected, gazetteer):
    assert _records(text, gazetteer, published) == expected


def test_a_tie_told_with_its_history_since_is_history(gazetteer):
    # '... 맺은 이후 ... 이어 오고 있다': the tie and what followed it; years before the page, history
    text = "논산시와 쿠스코시는 2019년 자매결연을 맺은 이후 청소년 교류를 이어 오고 있다."
    assert _records(text, gazetteer, "2026-03-04") == []
    assert history_told(text, gazetteer, "2026-03-04") == [("sister_city", 2019)]
    assert _records(text, gazetteer, "2020-03-04") == [("sister_city", 2019, ("kr-nonsan",), ("pe-cusco",))]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # where it was signed, in a third country, is no partner; nor is that city's country
        ("당진시는 지난 3일 독일 함부르크에서 열린 국제 해운 박람회에서 칠레 발파라이소시와 "
         "항만 협력 업무협약을 체결했다.", "2026-03-04",
         [("mou", 2026, ("kr-dangjin",), ("cl-valparaiso",))]),
        ("당진시는 지난 3일 싱가포르(Singapore)에서 열린 해운 박람회에서 칠레 발파라이소시와 "
         "항만 협력 업무협약을 체결했다.", "2026-03-04",
         [("mou", 2026, ("kr-dangjin",), ("cl-valparaiso",))]),
        # '<city>항' after its country is the port of that city
        ("당진시는 지난 3일 독일 함부르크에서 열린 해운 박람회에서 칠레 발파라이소항 운영사와 "
         "항만 협력 업무협약을 체결했다.", "2026-03-04",
         [("mou", 2026, ("kr-dangjin",), ("cl-valparaiso",))]),
        # a city with 에서 in the partner's own country stays the partner when no other is named
        ("당진시는 지난 3일 칠레 발파라이소에서 현지 항만 운영사와 업무협약을 체결했다.", "2026-03-04",
         [("mou", 2026, ("kr-dangjin",), ("cl-valparaiso",))]),
    ],
)
def test_venue_in_a_third_country(text, published, expected, gazetteer):
    assert _records(text, gazetteer, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a division named by its office or its governor ('…주청에서', '…주지사와') is that division
        ("강원특별자치도는 지난 3일 캐나다 앨버타주청에서 앨버타주지사와 우호교류 협약을 체결했다.",
         "2026-03-04", [("friendship_city", 2026, ("kr-gangwon-do",), ("adm1-ca-alberta",))]),
    ],
)
def test_division_named_by_its_office(text, published, expected, gazetteer):
    assert _records(text, gazetteer, published) == expected


def test_two_signings_on_two_days_stay_two(gazetteer):
    # an MOU signed on another day than the friendship agreement is its own record
    text = ("충청북도는 캐나다 앨버타주, 서스캐처원주와 잇따라 협약을 맺었다고 8일 밝혔다.\n"
            "도는 4일 앨버타주와 우호교류 협약을 체결했다.\n"
            "이튿날인 5일에는 서스캐처원주를 찾아 농업 양해각서에 서명했다.")
    found = _records(text, gazetteer, "2026-03-08")
    assert [r[0] for r in found] == ["friendship_city", "mou"]


def test_a_bare_name_beside_its_division_is_the_division(gazetteer):
    # '퀘벡 문화의 중심인 퀘벡주와': the division of that name, not a city
    text = "충청북도는 4일 캐나다 퀘벡 문화의 중심인 퀘벡주와 농업 양해각서를 체결했다."
    assert _records(text, gazetteer, "2026-03-08") == [
        ("mou", 2026, ("kr-chungcheongbuk-do",), ("adm1-ca-quebec",))]


def test_korean_members_listed_with_a_network_are_its_korean_side(gazetteer):
    # a member list naming two Korean governments: both are the network's Korean side
    text = ("목포시 보도자료\n배포일시 2026. 3. 13.(금) 10:00\n\n"
            "목포시, '아시아 항구도시 협의체' 출범…4개국 5개 지방정부 참여\n- 12일 창립총회서 공동 협약서 서명\n\n"
            "목포시가 주도해 온 아시아 항구도시 간 협력 네트워크가 공식 출범했다.\n\n"
            "시는 12일 목포국제회의장에서 '아시아 항구도시 협의체' 창립총회를 열고 참여 지방정부 대표들이 "
            "공동 협약서에 서명했다고 13일 밝혔다.\n\n"
            "창립 회원은 다음과 같다: 목포시와 군산시(한국), 일본 나가사키시, 베트남 하이퐁시, 필리핀 세부시.")
    assert _records(text, gazetteer, "2026-03-13") == [
        ("alliance", 2026, ("kr-mokpo", "kr-gunsan"), ("jp-nagasaki", "vn-haiphong", "ph-cebu-city"))]


def test_an_organisation_is_where_the_article_says_its_seat_is(gazetteer):
    # '… 도시에 본사를 둔 ○○는': the partner organisation's place, told in the next sentence
    text = ("순천시, 인도네시아 가루다 항공정비학교와 인력 양성 협약\n\n"
            "순천시가 인도네시아 항공정비 인력 양성에 나선다.\n\n"
            "순천시는 지난 2일 시청에서 가루다 항공정비학교와 정비 인력 양성 업무협약을 체결했다고 4일 밝혔다.\n\n"
            "동자바주 수라바야에 본교를 둔 이 학교는 정비사 2천여 명을 길러냈다.")
    assert _records(text, gazetteer, "2026-03-04") == [
        ("mou", 2026, ("kr-suncheon",), ("id-surabaya",))]


def test_a_city_spelt_alike_elsewhere_is_looked_for_in_the_named_country(gazetteer):
    # '조지타운' in an article about Malaysia is George Town (Penang), not Georgetown (Guyana)
    text = "광양시는 지난 2일 말레이시아 조지타운 항만청과 물류 협력 업무협약을 체결했다."
    assert _records(text, gazetteer, "2026-03-04") == [
        ("mou", 2026, ("kr-gwangyang",), ("my-george-town",))]


def test_a_sentence_naming_no_partner_does_not_narrow_the_partners(gazetteer):
    # '세 도시는 선언문에서 ...' names no place: both partners of the sentence before stay
    text = ("영암군, 몰디브 말레시·피지 수바시와 기후 공동선언\n\n"
            "영암군은 지난 9일 몰디브 말레시, 피지 수바시와 함께 기후 협력 공동선언을 발표했다.\n\n"
            "세 도시는 선언문에서 해안 재해 정보를 나누기로 했다.")
    assert _records(text, gazetteer, "2026-04-11") == [
        ("declaration", 2026, ("kr-yeongam",), ("mv-male", "fj-suva"))]


@pytest.mark.parametrize("ceremony", ["' 착수식을", "'의 착공식을", "' 착수보고회를"])
def test_a_project_launched_abroad_is_a_programme(ceremony, gazetteer):
    # '… 지원사업' 착수식을 열었다', '… 사업'의 착공식', '… 사업' 착수보고회': the project
    # starts, a programme record
    text = f"충청남도는 지난 5일 중국 윈난성 쿤밍시 외곽 마을에서 '고원 농촌 식수 지원사업{ceremony} 열었다고 7일 밝혔다."
    assert _records(text, gazetteer, "2026-05-07") == [
        ("program", 2026, ("kr-chungcheongnam-do",), ("cn-kunming",))]


def test_a_sound_read_city_is_looked_for_in_the_named_country_first(gazetteer):
    # '몽골 다르한시': Darhan, Mongolia, not a city of a like sound in a country never named
    text = "원주시는 지난 2일 몽골 다르한시와 의료 관광 업무협약을 체결했다."
    assert _records(text, gazetteer, "2026-03-04") == [
        ("mou", 2026, ("kr-wonju",), ("mn-darhan",))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a present '-는' clause before the word says what it is about; '발표했다' reports it done
        ("양산시는 지난 3일 필리핀 세부시와 해양 쓰레기를 감축하는 공동선언을 발표했다.",
         [("declaration", 2026, ("kr-yangsan",), ("ph-cebu-city",))]),
        # a future '-ㄹ' clause is still a plan
        ("양산시는 필리핀 세부시와 다음 달 체결할 공동선언을 준비하고 있다.", []),
    ],
)
def test_a_present_clause_before_the_word_is_its_content(text, expected, gazetteer):
    assert _records(text, gazetteer, "2026-03-05") == expected


def test_this_opening_refers_back_to_the_office_reported(gazetteer):
    # '이번 개소로 ...': the office already reported, not a new MOU with the places listed
    text = ("충청북도는 10일 독일 프랑크푸르트에서 '충북 유럽사무소' 개소식을 열었다.\n"
            "이번 개소로 도는 중국 상하이, 베트남 하노이, 미국 시애틀 등 해외 거점을 갖추게 됐다.")
    assert _records(text, gazetteer, "2026-03-11") == [
        ("office", 2026, ("kr-chungcheongbuk-do",), ("de-frankfurt-am-main",))]


def test_a_report_said_to_be_untrue_is_no_record(gazetteer):
    text = "충청북도는 독일 헤센주와 자매결연을 체결했다는 일부 보도는 사실이 아님을 알려드립니다."
    assert _records(text, gazetteer, "2026-03-11") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # '… 맺은 뒤 … 방문했다': signed, then a visit (the ending '-은' is no topic particle)
        ("보령시는 지난 8일 태국 파타야시와 자매결연을 맺은 뒤 현지 관광청을 방문했다.",
         [("sister_city", 2026, ("kr-boryeong",), ("th-pattaya",))]),
        # '… 협약에 따른 후속 조치다': the earlier agreement is what the news followed
        ("보령시는 지난 8일 태국 파타야시에서 청소년 교류 행사를 공동으로 열었다.\n"
         "이번 행사는 2019년 두 도시가 맺은 우호협력 협약에 따른 후속 조치다.",
         [("exchange", 2026, ("kr-boryeong",), ("th-pattaya",))]),
    ],
)
def test_what_came_before(text, expected, gazetteer):
    assert _records(text, gazetteer, "2026-03-11") == expected


def test_signing_as_what_talks_are_about_stays_a_plan(gazetteer):
    # '… 협정을 맺는 방안을 협의하기로 했다': the signing is the topic of talks, not done
    text = "보령시는 태국 파타야시와 내년 중 우호교류 협정을 맺는 방안을 협의하기로 했다."
    assert _records(text, gazetteer, "2026-03-11") == []


def test_an_office_opened_in_a_street_of_a_city(gazetteer):
    # '…통상사무소(…)'를 열었다' opens an office; the avenue it is on ('파울리스타 대로') is no place
    text = ("경상북도는 지난 10월 브라질 상파울루 파울리스타 대로에 '경상북도 중남미 통상사무소(Gyeongbuk "
            "Trade Office)'를 열고 업무에 들어갔다고 8일 밝혔다.")
    assert _records(text, gazetteer, "2021-11-08") == [
        ("office", 2021, ("kr-gyeongsangbuk-do",), ("br-sao-paulo",))]
