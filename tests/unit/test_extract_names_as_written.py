"""The reader on what heldout25's writer saw: names written in several words ('누에보 레온 주'),
with a tense first consonant where the standard writes it aspirated ('뜨빌리시'), or by the
Sino-Korean reading of a Chinese province ('길림성'); a foreign ministry whose name is a list
('토지·주택·도시개발부'); a university named after its city; and a page that tells a tie's
history.  Each case is a short invented article."""

from __future__ import annotations

import pytest

from tests.helpers.extraction import history_told
from tests.helpers.extraction import record_keys as _records


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a state's name in two words and its suffix after a space; the city it met in is the venue
        ("울산시는 7일(현지시각) 멕시코 몬테레이 누에보 레온 주청사에서 누에보 레온 주정부와 수소 "
         "모빌리티 협력 업무협약을 체결했다.", "2024-10-08",
         [("mou", 2024, ("kr-ulsan",), ("adm1-mx-nuevo-leon",))]),
        # a city's name in three words
        ("부산시는 지난 3일(현지시간) 브라질 리우 데 자네이루 시청에서 리우 데 자네이루시와 항만 협력 "
         "업무협약을 맺었다고 5일 밝혔다.", "2024-06-05",
         [("mou", 2024, ("kr-busan",), ("br-rio-de-janeiro",))]),
        # ㄸ for the standard's ㅌ (트빌리시)
        ("서울 마포구는 지난 16일(현지시각) 조지아의 수도 뜨빌리시 시청에서 뜨빌리시와 자매결연 협정을 "
         "체결했다고 밝혔다.", "2023-10-18",
         [("sister_city", 2023, ("kr-seoul-mapo-gu",), ("ge-tbilisi",))]),
        # the Sino-Korean reading of 吉林省 (지린성)
        ("강원도는 지난 5일 중국 길림성 장춘에서 길림성 정부와 우호교류 협정을 체결했다고 7일 밝혔다.",
         "2024-08-07", [("friendship_city", 2024, ("kr-gangwon-do",), ("adm1-cn-jilin",))]),
        # ㅐ for an English 'a' ('태즈마니아' for Tasmania, 태즈메이니아 in the standard), and the
        # state's capital only as where its government building stood, linked by video
        ("제주도는 지난달 30일 도청 탐라홀과 호주 태즈마니아주 호바트 주정부청사를 화상으로 연결해 "
         "'제주-태즈마니아 그린수소 공동 실증사업' 착수식을 열었다고 2일 밝혔다. 이 사업은 두 지역이 "
         "사업비 86억원을 분담해 추진한다.", "2021-12-02",
         [("program", 2021, ("kr-jeju-do",), ("adm1-au-tasmania",))]),
        # a foreign ministry named by a list of its fields: the country signed, in its capital
        ("[세종=뉴시스] 국토교통부는 5일(현지시간) 케냐 나이로비에서 케냐 토지·공공사업·주택·도시개발부와 "
         "'스마트시티 협력 양해각서(MOU)'를 체결했다고 6일 밝혔다.", "2025-02-06",
         [("mou", 2025, ("kr-sejong",), ("country-ke",))]),
        # a university named after its city founds a centre with the city
        ("대전시는 지난 9일(현지시간) 독일 드레스덴공과대학교에서 드레스덴공대와 '한-독 협동로봇 "
         "공동연구센터' 설립 협약을 맺고 현판식을 열었다고 11일 밝혔다.", "2024-04-11",
         [("institution", 2024, ("kr-daejeon",), ("de-dresden",))]),
    ],
)
def test_names_as_korean_writers_write_them(text, published, expected, gazetteer):
    assert _records(text, gazetteer, published) == sorted(expected)


def test_a_city_naming_one_of_its_districts_is_no_party(gazetteer):
    """'서울 자치구가 … 처음이다': a district of Seoul, the one that signed, not Seoul itself."""
    found = _records("서울 마포구는 지난 16일(현지시각) 트빌리시 시청에서 트빌리시와 자매결연 협정을 체결했다고 "
                     "밝혔다. 서울 자치구가 코카서스 지역 도시와 자매결연을 맺은 것은 이번이 처음이다.",
                     gazetteer, "2023-10-18")
    assert found == [("sister_city", 2023, ("kr-seoul-mapo-gu",), ("ge-tbilisi",))]


def test_universities_signing_with_each_other_are_no_city_record(gazetteer):
    """'창원대학교는 타슈켄트 국립공과대학교와 … 협정을 맺었다': the universities signed for themselves."""
    found = _records("경남 창원시는 지난 12일 타슈켄트시청에서 타슈켄트시와 스마트시티 업무협약(MOU)을 체결했다고 "
                     "14일 밝혔다.\n같은 날 창원대학교는 타슈켄트 국립공과대학교와 학술교류 협정을 맺었다.",
                     gazetteer, "2024-06-14")
    assert found == [("mou", 2024, ("kr-changwon",), ("uz-tashkent",))]


def test_a_letter_exchanged_before_is_background(gazetteer):
    """'2019년 … 의향서를 교환한 이후 … 교류를 이어왔다': the time since, beside today's news."""
    found = _records("경남 창원시는 지난 12일 타슈켄트시청에서 타슈켄트시와 스마트시티 업무협약(MOU)을 체결했다고 "
                     "14일 밝혔다.\n창원시는 2019년 타슈켄트 인근 치르치크시와 우호협력 의향서를 교환한 이후 "
                     "중앙아시아와 교류를 이어왔다.", gazetteer, "2024-06-14")
    assert found == [("mou", 2024, ("kr-changwon",), ("uz-tashkent",))]


def test_two_words_that_are_two_places_stay_two(gazetteer):
    """A country and its city, one space apart, are not read as one name."""
    found = _records("부산시는 2일(현지시간) 멕시코 몬테레이 시청에서 몬테레이시와 자매결연 협정을 맺었다.",
                     gazetteer, "2024-05-03")
    assert found == [("sister_city", 2024, ("kr-busan",), ("mx-monterrey",))]


@pytest.mark.parametrize("headline", ["바다와 호수가 맺은 25년…여수-항저우 교류의 발자취",
                                      "여수-항저우 자매결연 25주년…두 도시가 걸어온 길"])
def test_a_page_telling_a_ties_history_has_no_record(headline, gazetteer):
    text = (f"{headline}\n\n등록 2023.06.19 08:30\n\n여수시와 항저우시는 1998년 10월 우호도시 협정을 맺었다. "
            "전환점은 2012 여수세계박람회였다.\n여수시는 올가을 시민 응원단 파견을 검토하고 있다.")
    assert _records(text, gazetteer, "2023-06-19") == []


def test_an_old_signing_alone_is_history_not_a_proposal(gazetteer):
    """The same history without a headline marking the tie's age: a tie of 1998 in a page of 2023
    is what the news builds on; the reader says so instead of proposing it."""
    text = ("여수시와 항저우시는 1998년 10월 우호도시 협정을 맺었다.\n\n등록 2023.06.19 08:30")
    assert _records(text, gazetteer, "2023-06-19") == []
    assert history_told(text, gazetteer, "2023-06-19") == [("friendship_city", 1998)]
    # told in a page of the next year it is still the news
    assert _records(text.replace("2023.06.19", "1999.06.19"), gazetteer, "1999-06-19") == [
        ("friendship_city", 1998, ("kr-yeosu",), ("cn-hangzhou",))]


def test_a_page_of_history_alone_says_so(gazetteer):
    from partnerships.extract import extract

    found = extract("여수시와 항저우시는 1998년 10월 우호도시 협정을 맺었다.\n\n등록 2023.06.19 08:30",
                    gazetteer=gazetteer, published="2023-06-19")
    assert found.candidates == [] and "told as history" in found.reason
