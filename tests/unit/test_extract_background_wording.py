"""The reader on what heldout21's writer saw: background told beside the news (an earlier year in
'the first formal agreement' sentence, the occasion a tie grew from, ties already running, a
budget 'for this'), a city Kiwi splits in two once the article has placed it, a district
known only as where a building stands, and a province named beside its namesake capital.  Each case is a short invented article."""

from __future__ import annotations

import pytest

from tests.helpers.extraction import record_keys as _records


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # 'the first formal agreement is this one': the earlier year told is no second signing
        ("서울시는 지난 10일(현지시간) 오슬로 시청에서 오슬로시와 에너지 협력 업무협약을 맺었다고 12일 "
         "밝혔다. 서울시는 2013년 오슬로 발전소를 시찰한 이후 교류를 이어왔으나 공식 협약을 맺은 것은 "
         "이번이 처음이다.", "2025-09-12", [("mou", 2025, ("kr-seoul",), ("no-oslo",))]),
        # a city placed with its suffix, then written bare where Kiwi splits it ('청두' as 청 + 두)
        ("충남도는 22일 청두시에서 쓰촨성과 우호교류협정을 체결했다고 26일 밝혔다.\n"
         "대표단은 같은 날 청두 세기성 국제전시센터에서 개막한 박람회에 참가해 충남 공동관을 열었다.",
         "2025-05-26", [("forum", 2025, ("kr-chungcheongnam-do",), ("cn-chengdu",)),
                        ("friendship_city", 2025, ("kr-chungcheongnam-do",), ("adm1-cn-sichuan",))]),
        # an unknown district named only as where a building stands: the city stays the partner
        ("대구시는 지난 20일 충칭 량장신구 국제전시센터에서 충칭시, 쑤저우시와 함께 '로봇 도시 "
         "얼라이언스'를 출범시켰다고 21일 밝혔다.", "2024-11-21",
         [("alliance", 2024, ("kr-daegu",), ("cn-chongqing", "cn-suzhou"))]),
        # a province and its namesake capital both named: the province, which the city lies in
        ("구미시는 지난 11일 타이응우옌성 타이응우옌 기술대학교 안에서 '구미-타이응우옌 기술인력 양성센터' "
         "개원식을 열었다고 12일 밝혔다. 센터는 구미시와 타이응우옌성이 공동 운영한다.", "2025-03-12",
         [("institution", 2025, ("kr-gumi",), ("adm1-vn-thai-nguyen",))]),
        # a small namesake in a country the article never names is no place ('벵게트주 주도 라
        # 트리니다드': not Trinidad, Bolivia); the province stays the partner
        ("강원도는 13일(현지시간) 필리핀 벵게트주 주도 라 트리니다드에서 벵게트주와 상수도 개선 사업 "
         "착공식을 열었다고 14일 밝혔다.", "2025-03-14",
         [("program", 2025, ("kr-gangwon-do",), ("adm1-ph-benguet",))]),
        # a short city named with a site in it ('리옹 직물장식미술관(…)에서'), in an article naming its
        # country, is where the exhibition was
        ("진주실크가 프랑스 리옹에서 관객을 만나고 있다.\n진주시는 5일(현지시간) 리옹 직물장식미술관"
         "(Musée des Tissus)에서 '진주실크, 천년의 결' 특별전 개막식을 열었다.", "2023-10-07",
         [("exchange", 2023, ("kr-jinju",), ("fr-lyon",))]),
        # a forum held jointly the day after a signing is an event of its own ...
        ("세종시는 10일(현지시간) 라바트 시청에서 라바트시와 스마트시티 협력 업무협약을 체결했다고 12일 "
         "밝혔다.\n이튿날인 11일에는 라바트의 한 호텔에서 라바트시와 함께 '한-모로코 스마트시티 포럼'을 "
         "공동 개최했다.", "2025-06-12",
         [("forum", 2025, ("kr-sejong",), ("ma-rabat",)), ("mou", 2025, ("kr-sejong",), ("ma-rabat",))]),
        # ... but a forum on the day of a signing is where it happened
        ("충청북도는 10일(현지시간) 이탈리아 밀라노에서 열린 '바이오헬스 투자포럼'에서 롬바르디아주와 "
         "'바이오헬스 협력 공동선언'에 서명했다고 13일 밝혔다.", "2024-06-13",
         [("declaration", 2024, ("kr-chungcheongbuk-do",), ("adm1-it-lombardy",))]),
    ],
)
def test_the_news_and_what_stands_beside_it(text, published, expected, gazetteer):
    assert _records(text, gazetteer, published) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # the exchange a tie grew from ('… 교류를 계기로 인연을 맺었으며')
        ("통영시는 넬슨시와의 자매결연 협약식을 내년으로 미루기로 했다.\n"
         "두 도시는 2023년 통영국제음악제와 넬슨 예술축제 간 공연 교류를 계기로 인연을 맺었다.",
         "2025-10-20"),
        # programmes already running, reviewed at a courtesy meeting
        ("서울시장은 23일 베이징시 대표단을 접견했다.\n이날 양측은 관광객 상호 유치, 청소년 문화교류 등 "
         "기존 협력사업의 성과를 점검했다.", "2025-10-24"),
        # a budget 'for this' after a domestic agreement
        ("부산시는 21일 부산상공회의소와 수출보험 지원 업무협약을 맺었다. 시는 이를 위해 예산 5억원을 "
         "편성했다.", "2025-02-21"),
        # exchanges that have gone on since a year ('2015년부터 … 교류가 이어져 왔다')
        ("종로구는 1999년부터 교토 기온마쓰리에 공연단을 보내는 등 교토시와 민간 교류가 이어져 왔다.",
         "2025-11-10"),
    ],
)
def test_background_is_no_record(text, published, gazetteer):
    assert _records(text, gazetteer, published) == []


def test_a_partner_described_as_a_body_someone_founded_or_funds_is_no_new_institution(gazetteer):
    text = ("부산관광공사는 지난 10일 일본 후쿠오카시에서 후쿠오카시 관광컨벤션협회와 관광교류 활성화를 위한 업무협약을 "
            "체결했다고 11일 밝혔다.\n"
            "후쿠오카시 관광컨벤션협회는 후쿠오카시가 출연해 설립한 시 산하 관광 전담 기관이다.")
    assert [k[0] for k in _records(text, gazetteer, "2023-05-11")] == ["mou"]


def test_a_body_named_as_a_citys_funded_body_opens_an_office_not_an_institution(gazetteer):
    text = ("부산시 출연기관인 부산경제진흥원이 베트남 하노이에 '부산비즈니스센터'를 열고 현지 거점을 마련했다.\n"
            "진흥원은 23일(현지시간) 하노이에서 개소식을 열었다고 24일 밝혔다.")
    assert "institution" not in [k[0] for k in _records(text, gazetteer, "2022-08-24")]


def test_a_city_named_for_the_summit_it_hosts_is_no_party(gazetteer):
    text = ("[인터뷰] 김민수 경북도 국제협력관\n\n대구신문 | 2025.09.22 06:00\n\n"
            "경주 APEC 정상회의 개막을 한 달 앞둔 지난 20일 경북도청에서 김민수 경상북도 국제협력관을 만났다.\n\n"
            "-최근 성과는.\n\"지난 12일 베트남 꽝남성과 '관광 협력 공동선언문'을 채택한 것이 대표적입니다. "
            "공동선언문에는 관광상품 공동 개발이 담겼습니다.\"")
    assert [k[2] for k in _records(text, gazetteer, "2025-09-22")] == [("kr-gyeongsangbuk-do",)]


def test_two_places_said_to_be_sister_cities_are_no_new_tie(gazetteer):
    text = ("부산시는 지난 9일 로테르담 시청 전시홀에서 '바다의 문' 사진전을 개막했다고 11일 밝혔다.\n"
            "부산과 로테르담은 자매도시로, 세계 10위권 컨테이너 항만을 가진 도시라는 공통점이 있다.")
    assert [k[0] for k in _records(text, gazetteer, "2014-10-11")] == ["exchange"]
