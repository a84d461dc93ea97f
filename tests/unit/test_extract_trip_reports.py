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
        # ... while an old tie told with no news beside it stays a record
        ("정읍시와 일본 이즈미사노시는 2005년 자매결연을 맺은 이래 청소년 교류를 이어왔다.", "2025-06-07",
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
    ],
    ids=["time-since-tie", "tie-history-beside-news", "tie-history-alone", "travelled-to", "state-common-name", "without",
         "latin-name", "quoted-title", "region-of-city", "mayor-for-city"],
)
def test_trip_report(text, published, expected, gazetteer):
    assert _records(text, gazetteer, published) == expected
