"""The reader on what heldout20's writer saw in portal pages, blog reposts and releases: a quoted
agreement name, a project's implementation agreement, a release header row's date, a centre's
founding agreement, a province's bare name, a games held in a city, and a Japanese town no
gazetteer spells in Hangul.  Each case is a short invented article."""

from __future__ import annotations

import pytest

from geo.gazetteer import default_gazetteer
from geo.japanese import hangul_of_romaji, hangul_spellings
from partnerships.extract import extract
from tests.helpers.extraction import record_keys as _records


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # an agreement's name in quotes, its particle after the closing quote ('… 협약'을)
        ("화성시는 10일 미국 어바인시와 '스마트 교통 협력 협약'을 체결했다고 11일 밝혔다.", "2025-06-11",
         [("mou", 2025, ("kr-hwaseong-si",), ("us-irvine",))]),
        # the agreement to carry out a project ('… 시범사업 시행 협약') is the project
        ("안양시는 10일(현지시간) 가나 쿠마시 광역시와 '스마트 교통관제 시범사업 시행 협약'을 체결했다.",
         "2025-06-12", [("program", 2025, ("kr-anyang-si",), ("gh-kumasi",))]),
        # a centre's founding agreement is the centre, not a second agreement beside it
        ("광주시는 11일 프랑스 리옹시와 '광주-리옹 AI 공동연구센터 설립 협약'을 체결했다고 밝혔다.",
         "2025-03-12", [("institution", 2025, ("kr-gwangju",), ("fr-lyon",))]),
        # a province's bare name in a pairing ('제주-태즈메이니아'), with its governor as subject
        ("오영훈 제주도지사는 18일(현지시간) 호바트에서 태즈메이니아 주총리와 함께 '제주-태즈메이니아 청정에너지 협력 공동선언'을 "
         "발표했다.", "2024-03-19", [("declaration", 2024, ("kr-jeju-do",), ("adm1-au-tasmania",))]),
        # a games named after a Korean county is no party to the tie
        ("강원도는 12일 미국 알래스카주와 우호협력 협정을 체결했다. 두 지역은 2018 평창 동계올림픽을 계기로 "
         "교류를 이어 왔다.", "2025-06-13",
         [("friendship_city", 2025, ("kr-gangwon-do",), ("adm1-us-alaska",))]),
        # a Japanese town the gazetteer spells only in Latin letters (Yufu), in its prefecture
        ("구례군은 지난 28일 일본 오이타현 유후시와 자매결연 협정을 체결했다.", "2023-10-30",
         [("sister_city", 2023, ("kr-gurye",), ("jp-yufu",))]),
    ],
)
def test_portal_and_release_wording(text, published, expected, gazetteer):
    assert _records(text, gazetteer, published) == sorted(expected)


def test_a_release_header_row_gives_the_date():
    text = ("대한민국 정책브리핑\n브리핑룸 > 보도자료\n국토교통부  |  2025.06.12  |  담당: 도시경제과\n\n"
            "안양시는 6월 10일(현지시간) 가나 쿠마시 광역시와 스마트 교통관제 협약을 체결했다고 밝혔다.\n")
    (record,) = extract(text.encode()).candidates
    assert record["date"] == "2025-06-10" and record["source"]["published"] == "2025-06-12"


@pytest.mark.parametrize(
    ("latin", "hangul"),
    [("Yufu", "유후"), ("Takamatsu", "다카마쓰"), ("Sapporo", "삿포로"), ("Niigata", "니가타"),
     ("Kitakyushu", "기타큐슈"), ("Sendai", "센다이"), ("Chiba", "지바"), ("Ōita", "오이타"),
     ("Shimonoseki", "시모노세키"), ("Tottori", "돗토리")],
)
def test_japanese_names_in_standard_hangul(latin, hangul):
    assert hangul_of_romaji(latin) == hangul


def test_japanese_spellings_and_what_is_not_japanese():
    assert hangul_spellings("Matsuyama") == {"마쓰야마", "마츠야마"}
    assert hangul_of_romaji("Lublin") is None  # no Japanese syllables
    gaz = default_gazetteer()
    assert gaz.find_sounding("유후시", country="JP").id == "jp-yufu"
    assert gaz.find_sounding("유후시", country="KR") is None
