"""The year of an article that prints no date, from the officeholders it names by title
(data/officeholders.csv) and the days it states.  The invented sentences stand for a ministry's
release that gives month and day only, and for city releases copied without their page."""

from __future__ import annotations

import datetime as dt

import pytest

from partnerships.extract import extract
from partnerships.extract.officeholders import named_terms, terms, year_from_office

TODAY = dt.date(2026, 12, 3)


def test_every_listed_term_is_well_formed():
    listed = terms()
    assert len(listed) > 50
    for t in listed:
        assert t.end is None or t.start <= t.end, t
        assert t.title in ("대통령", "장관", "시장", "지사"), t
    # one person's terms in one office never overlap
    for a in listed:
        for b in listed:
            if a is not b and (a.name, a.title) == (b.name, b.title):
                assert (a.end and a.end < b.start) or (b.end and b.end < a.start), (a, b)


@pytest.mark.parametrize(
    ("text", "days", "year"),
    [
        # a minister named in the release's first line; the days fall on working days only in 2022
        # (7 October 2023 is a Saturday)
        ("국토교통부(장관 원희룡)는 태국 방콕(10.6~10.7)과 튀르키예 이스탄불(10.10~10.11)에서 로드쇼를 "
         "개최했다.", [(10, 6), (10, 7), (10, 10), (10, 11)], 2022),
        # a weekday written beside the day picks the year in a term still running
        ("박형준 부산시장은 9월 5일(화) 시청에서 대표단을 맞았다.", [(9, 5)], 2023),
        # a governor's title: Won Hee-ryong as governor of Jeju, not as minister
        ("원희룡 제주지사는 5월 3일(금) 도청에서 협약을 맺었다.", [(5, 3)], 2019),
        # two officeholders: only the years both were in office count
        ("문재인 대통령과 김경수 경남지사가 참석한 가운데 3월 22일(금) 협약식이 열렸다.", [(3, 22)], 2019),
    ],
)
def test_the_year_follows_from_the_term_and_the_days(text, days, year):
    found = year_from_office(text, days, today=TODAY)
    assert found is not None and found[0] == year, found


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # a former mayor tells nothing of when the text was written
        ("박원순 전 서울시장이 추진했던 사업을 이어 3월 15일(금) 협약을 맺었다.", [(3, 15)]),
        ("당시 원희룡 장관이 방문했던 도시와 10월 6일 협약을 맺었다.", [(10, 6)]),
        # a name without its title, or inside a longer word
        ("오세훈 씨는 3월 14일 강연했다.", [(3, 14)]),
        ("강원희룡 장관배 대회가 4월 2일 열렸다.", [(4, 2)]),
        # a long term and a day that is a working day in several of its years
        ("박형준 부산시장은 3월 15일 대표단을 맞았다.", [(3, 15)]),
        # a weekday that fits no year of the term
        ("원희룡 장관은 10월 6일(일) 방콕에 도착했다.", [(10, 6)]),
    ],
)
def test_no_year_when_the_text_does_not_settle_it(text, days):
    assert year_from_office(text, days, today=TODAY) is None


def test_the_title_must_fit_the_name():
    assert [k for k, _ in named_terms("홍준표 대구시장과 이철우 경북도지사")] == ["홍준표 시장", "이철우 지사"]
    (key, fits), = named_terms("홍준표 경남지사")
    assert key == "홍준표 지사" and {t.office for t in fits} == {"경상남도"}
    assert named_terms("원희룡 시장") == []
    # a word ending in 고 before the title is no '고(故)': '…체결하고 서울시장 오세훈은'
    assert [k for k, _ in named_terms("협약을 체결하고 서울시장 오세훈은 말했다")] == ["오세훈 시장"]
    assert named_terms("고 박원순 서울시장의 뜻을 이어") == []


RELEASE = ("[국토교통부]스마트도시 로드쇼 개최\n\n"
           "국토교통부(장관 원희룡)는 태국 방콕(10.6~10.7)과 튀르키예 이스탄불(10.10~10.11)에서 스마트도시 "
           "로드쇼를 개최했다고 밝혔다.\n\n"
           "6일부터 이틀간 태국 방콕에서 열린 로드쇼에서는 1대1 상담회가 열렸다.\n")


def test_an_undated_release_gets_its_year_and_says_why():
    out = extract(RELEASE.encode())
    roadshows = [c for c in out.candidates if c["type"] == "roadshow"]
    assert roadshows and all(c["year"] == 2022 for c in roadshows), out.candidates
    bangkok = next(c for c in roadshows if c["partner_places"] == ["th-bangkok"])
    assert bangkok["date"] == "2022-10-06"
    assert "원희룡" in bangkok["date_basis"]
    assert bangkok["source"]["published"] is None  # a year only: no publication day is claimed


def test_the_next_stop_is_no_venue():
    # '방콕(10.6~10.7)과 … 이스탄불(10.10~10.11)에서 로드쇼를': Istanbul is where the second roadshow
    # was, not the venue of the Bangkok one
    out = extract(RELEASE.split("\n\n6일부터")[0].encode(), published=dt.date(2022, 10, 12))
    venues = {c["partner_places"][0]: c["venue"] for c in out.candidates if c["type"] == "roadshow"}
    assert venues["th-bangkok"] != "tr-istanbul" and venues["tr-istanbul"] in (None, "tr-istanbul")


def test_a_page_date_wins_over_the_officeholder():
    out = extract(("입력 2024.11.27 10:00\n" + RELEASE).encode())
    assert {c["year"] for c in out.candidates} == {2024}, out.candidates
