"""The reader on long trip reports and wire round-ups: the time since an old tie, places named
only in Latin letters, a region's government written apart, where a delegation travelled, a
mayor named for the city, and what the parties agreed on the signing day.  Each case is a short
invented article; the comment names the kind of wording it stands for."""

from __future__ import annotations

import pytest

from tests.helpers.extraction import record_keys as _records


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the time since an old tie ('자매결연 20년 만에') names it; the news is the MOU
        ("정읍시와 일본 이즈미사노시가 자매결연 20년 만에 첫 관광 업무협약을 맺었다.\n"
         "정읍시는 지난 4일 이즈미사노시를 방문해 관광 교류 업무협약을 체결했다고 7일 밝혔다.",
         "2025-06-07", [("mou", 2025, ("kr-jeongeup",), ("jp-izumisano",))]),
        # '... 맺은 이래 교류해 왔다': the tie the news builds on, not a record of its own
        ("정읍시는 지난 4일 일본 이즈미사노시와 관광 교류 업무협약을 체결했다.\n"
         "두 도시는 2005년 자매결연을 맺은 이래 청소년 교류를 이어왔다.", "2025-06-07",
         [("mou", 2025, ("kr-jeongeup",), ("jp-izumisano",))]),
        # ... and an old tie told with no news beside it is history all the same, unless the page
        # is of the next year
        ("정읍시와 일본 이즈미사노시는 2005년 자매결연을 맺은 이래 청소년 교류를 이어왔다.", "2025-06-07", []),
        ("정읍시와 일본 이즈미사노시는 2005년 자매결연을 맺은 이래 청소년 교류를 이어왔다.", "2006-06-07",
         [("sister_city", 2005, ("kr-jeongeup",), ("jp-izumisano",))]),
        # 'X로 이동한 대표단은 ... Y 지역정부와': the city travelled to is not a party; the region is
        ("대표단은 12일 뉴질랜드 넬슨으로 이동했다. 충청남도 대표단은 13일 태즈먼 지역정부와 "
         "농업 협력 업무협약을 체결했다.", "2025-03-20",
         [("mou", 2025, ("kr-chungcheongnam-do",), ("adm1-nz-tasman",))]),
        # the name Korean writing uses for a state ('서호주': Western Australia), not its capital
        ("충청북도는 10일 호주 퍼스에서 서호주주와 우호교류 협정을 맺었다.", "2025-03-20",
         [("friendship_city", 2025, ("kr-chungcheongbuk-do",), ("adm1-au-western-australia",))]),
        # '협정 체결 없이': done without an agreement
        ("순천시 대표단은 12일 뉴질랜드 넬슨시장을 만났다. 양측은 협정 체결 없이 실무 교류부터 "
         "이어가기로 했다.", "2025-03-20", []),
        # a Latin-only name of a city in the country the sentence names; a quoted title is no party
        ("군산시는 지난 8일 포르투갈의 항구 도시 Aveiro와 'Sea Food Partnership MOU'를 "
         "체결했다.", "2025-03-20", [("mou", 2025, ("kr-gunsan",), ("pt-aveiro",))]),
        ("군산시는 지난 8일 포르투갈 해양수산부와 'Porto Sea Food Week' 참가 업무협약을 체결했다.",
         "2025-03-20", [("mou", 2025, ("kr-gunsan",), ("country-pt",))]),
        # 'X 지방의 ... 도시 Y와': the region only says where its city is
        ("군산시는 지난 8일 스페인 안달루시아 지방의 항구 도시 카디스와 업무협약을 체결했다.",
         "2025-03-20", [("mou", 2025, ("kr-gunsan",), ("es-cadiz",))]),
        # a mayor named for the city in the clause before ('부천시장과 ... 두 도시는')
        ("군산시는 지난 8일 스페인 카디스시와 항만 업무협약을 체결했다.\n"
         "이날 협약식에는 군산시장과 카디스 시장이 참석했으며, 두 도시는 수산 박람회 공동 참가에 "
         "협력하기로 했다.", "2025-03-20", [("mou", 2025, ("kr-gunsan",), ("es-cadiz",))]),
        # a wire headline joining two stories with '…': each clause its own Korean side and
        # partner; a county that went along with its province's delegation signs for itself
        ("충청북도, 몽골 보건부와 MOU·'K-의료센터' 개소…괴산군은 셀렝게 아이막과 우호교류(종합)\n\n"
         "(청주=연합뉴스) 김기자 = 충청북도와 괴산군이 몽골과 잇따라 협력 관계를 맺었다.\n\n"
         "충청북도는 지난 10일(현지시간) 몽골 보건부와 '보건의료 협력 업무협약'을 체결했다고 13일 밝혔다.\n\n"
         "충청북도 대표단에 동행한 괴산군도 12일(현지시간) 셀렝게 아이막 청사에서 아이막 지사와 "
         "'우호교류 합의서'에 서명했다.", "2025-05-13",
         [("friendship_city", 2025, ("kr-goesan",), ("adm1-mn-selenge",)),
          ("mou", 2025, ("kr-chungcheongbuk-do",), ("country-mn",))]),
        # a ceremony named only as the time of what came next ('개소식 뒤 ... 찾아')
        ("전라북도는 9일 독일 뮌헨에서 유럽사무소 개소식을 열었다.\n"
         "도지사는 개소식 뒤 같은 날 오후 바이에른주 경제부를 찾아 수소 협력 업무협약을 체결했다.",
         "2025-04-12", [("mou", 2025, ("kr-jeollabuk-do",), ("adm1-de-bavaria",)),
                        ("office", 2025, ("kr-jeollabuk-do",), ("de-munich",))]),
        # a medical centre opened abroad is an institution, not an office
        ("경상남도는 11일 몽골 울란바토르에 '경남 메디컬센터'를 개소했다.", "2025-04-12",
         [("institution", 2025, ("kr-gyeongsangnam-do",), ("mn-ulan-bator",))]),
        # a page title's outlet ('- 경남도민신문') is no party; two partners, two signings
        ("<html><head><title>거제시, 핀란드 투르쿠와 조선 MOU…오울루와는 관광 협력 - 경남도민신문</title></head>"
         "<body><p>거제시는 지난 2일 핀란드 투르쿠시와 조선 산업 업무협약을 체결했다.</p><p>대표단은 이어 3일 "
         "오울루로 이동해 오울루 관광청과 관광 업무협약을 맺었다.</p></body></html>", "2025-04-05",
         [("mou", 2025, ("kr-geoje",), ("fi-oulu",)), ("mou", 2025, ("kr-geoje",), ("fi-turku",))]),
        # a lede's tally of a trip's results names the signings told below, not others
        ("김해시는 대표단이 지난 9일부터 14일까지 태국과 말레이시아를 방문해 관광 업무협약 체결, 통상사무소 "
         "개소 등 2건의 성과를 거뒀다고 16일 밝혔다.\n"
         "대표단은 10일 태국 치앙마이시청에서 치앙마이시와 관광 업무협약을 체결했다.\n"
         "12일에는 말레이시아 쿠알라룸푸르에 김해시 통상사무소를 개소했다.", "2025-06-16",
         [("mou", 2025, ("kr-gimhae",), ("th-chiang-mai",)),
          ("office", 2025, ("kr-gimhae",), ("my-kuala-lumpur",))]),
    ],
    ids=["time-since-tie", "tie-history-beside-news", "tie-history-alone", "tie-alone-next-year", "travelled-to", "state-common-name", "without",
         "latin-name", "quoted-title", "region-of-city", "mayor-for-city", "headline-two-stories",
         "ceremony-as-time", "medical-centre", "outlet-in-title", "tally-of-results"],
)
def test_trip_report(text, published, expected, gazetteer):
    assert _records(text, gazetteer, published) == expected
