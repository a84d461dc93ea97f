"""The page's publication date: byline and dateline stamps, HTML metadata, a given date, and
relative days resolved against it (issue 10, capability 1)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from partnerships.extract import ArticleError, extract, parse_published
from partnerships.extract.clean import load_article
from partnerships.extract.dates import Published, find_dates, publication_dates, resolve
from partnerships.extract.sentences import split

ROOT = Path(__file__).resolve().parents[2]
BODY = "부산시는 베트남 다낭시와 관광 분야 업무협약을 체결했다.\n"


def _page_date(text: str, **kw) -> Published:
    article = load_article(text)
    return publication_dates(article, split(article), **kw)[0]


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("김민수 기자 | 2020-10-30 06:00 송고", "2020-10-30"),  # wire byline, word after
        ("입력 2024.05.27 10:00", "2024-05-27"),
        ("등록 2024-11-25", "2024-11-25"),
        ("기사입력 2022.08.09 17:30", "2022-08-09"),
        ("기사등록 2024/05/27", "2024-05-27"),
        ("보도일시 : 2023. 9. 21.(목) 배포 즉시   담당부서 : 투자경제과", "2023-09-21"),  # release
        ("│ 배포일시  2023. 10. 12.(목) 16:00  │", "2023-10-12"),  # boxed release header
        ("블로거  2023. 9. 4. 14:22   URL 복사  이웃추가", "2023-09-04"),  # blog time stamp
    ],
)
def test_byline_stamp_forms(stamp, expected):
    pub = _page_date(f"부산시, 다낭시와 협약\n{stamp}\n{BODY}")
    assert pub.date == dt.date.fromisoformat(expected)


def test_byline_wins_over_a_today_widget():
    # a portal's date widget at the top of the page, the byline lower down
    text = f"2026.12.02 (수)\n부산시, 다낭시와 협약\n{BODY}입력 2024.05.27 10:00\n"
    assert _page_date(text).date == dt.date(2024, 5, 27)


def test_html_metadata_wins_over_a_today_widget():
    html = ('<html><head><meta property="article:published_time" content="2023-04-12T09:30:00+09:00">'
            '</head><body><div>2026년 12월 2일 수요일</div><p>' + BODY + "</p></body></html>")
    pub = _page_date(html)
    assert pub.date == dt.date(2023, 4, 12) and "article:published_time" in pub.basis


@pytest.mark.parametrize(
    "head",
    [
        '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle",'
        '"datePublished":"2022-08-09T17:30:00+09:00"}]}</script>',
        '<meta itemprop="datePublished" content="2022-08-09">',
    ],
)
def test_html_json_ld_and_itemprop(head):
    html = f"<html><head>{head}</head><body><p>{BODY}</p><p>다음</p><p>끝</p></body></html>"
    assert _page_date(html).date == dt.date(2022, 8, 9)


def test_time_element_when_nothing_else():
    html = f'<html><body><time datetime="2021-03-05T10:00">3월 5일</time><p>{BODY}</p></body></html>'
    assert _page_date(html).date == dt.date(2021, 3, 5)


@pytest.mark.parametrize("head", ["강남소식 2014년 7월호 | 구정 소식", "구정소식지 2014. 7월호",
                                  "국제협력 뉴스레터 제47호 (2014년 7월)", "구정 소식 2014년 7월 (제47호)"])
def test_a_newsletter_issue_dates_a_page_with_no_date_of_its_own(head, gazetteer):
    text = (f"{head}\n\n강남구가 지난 6월 18일 몽골 울란바토르에서 울란바토르시 보건국과 함께 '의료관광 포럼'을 "
            "열었습니다.\n행사장에 마련된 1대1 상담 부스에는 이틀 동안 현지 주민 700여 명이 찾아 상담을 받았습니다.\n")
    pub = _page_date(text)
    assert (pub.date.year, pub.date.month) == (2014, 7) and "issue" in pub.basis
    # the publisher's own word: a year the text speaks of ('2025년까지') does not move it
    assert _page_date(text + "울란바토르시는 2025년까지 병원 3곳을 새로 짓는다.\n").date.year == 2014
    # the forum is dated from the issue; the booth set up at it is no roadshow of its own
    found = extract(text, gazetteer=gazetteer).candidates
    assert [(c["type"], c["date"]) for c in found] == [("forum", "2014-06-18")]


def test_given_date_wins_and_is_not_second_guessed():
    text = f"입력 2024.05.27 10:00\n{BODY}"
    pub = _page_date(text, given=dt.date(2023, 1, 2))
    assert pub.date == dt.date(2023, 1, 2) and "given" in pub.basis


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("오늘(11/25) 협약을 체결한다", "2024-11-25"),
        ("이날 협약을 체결했다", "2024-11-25"),
        ("전날 협약을 체결했다", "2024-11-24"),
        ("지난 23일 협약을 체결했다", "2024-11-23"),
        ("지난 28일 협약을 체결했다", "2024-10-28"),  # a day after the page's day: last month
        ("지난달 27일 협약을 체결했다", "2024-10-27"),
        ("다음 달 3일 협약을 체결할 예정이다", "2024-12-03"),
    ],
)
def test_relative_days_resolve_against_the_page_date(text, expected):
    pub = Published(dt.date(2024, 11, 25), "test")
    mention = find_dates(text)[0]
    assert resolve(mention, pub).iso == expected


def test_reporting_date_is_not_the_event_date(gazetteer):
    # '9일 도에 따르면 ... 전날 체결': the event is the day before the report (dev fixture d05)
    path = ROOT / "eval" / "dev" / "d05_gyeongbuk_guangdong_friendship.txt"
    result = extract(path.read_bytes(), gazetteer=gazetteer)
    assert [c["date"] for c in result.candidates] == ["2024-05-08"]


def test_published_option_fills_the_year(gazetteer):
    text = "서울시, 오덴세와 로봇 협력\n서울시는 13일 덴마크 오덴세와 로봇산업 업무협약을 체결했다.\n"
    undated = extract(text, gazetteer=gazetteer).candidates[0]
    assert undated["year"] is None and undated["date_basis"].startswith("inferred")
    dated = extract(text, gazetteer=gazetteer, published="2024-03-18",
                    url="https://example.org/a/1").candidates[0]
    assert dated["date"] == "2024-03-13" and dated["source"]["url"] == "https://example.org/a/1"
    assert dated["source"]["published"] == "2024-03-18"


@pytest.mark.parametrize("bad", ["2024-13-01", "yesterday", "2024/05/27"])
def test_bad_published_is_an_error(bad):
    with pytest.raises(ArticleError):
        parse_published(bad)


@pytest.mark.parametrize(("caption", "expected"), [
    ("9일 다낭시청에서 열린 협약식에서 참석자들이 기념촬영을 하고 있다. (부산시 제공) 2025.3.9/뉴시스",
     "2025-03-09"),  # a wire photo credit: unpadded month and day, then the outlet
    ("협약식 모습. 2025.03.09. photo@example.com", "2025-03-09"),
])
def test_a_photo_credit_dates_a_page_with_no_byline(caption, expected):
    assert _page_date(f"{caption}\n\n{BODY}").date == dt.date.fromisoformat(expected)


def test_an_unpadded_date_without_an_outlet_after_it_is_no_photo_credit():
    from partnerships.extract.dates import _CAPTION_DATE

    assert _CAPTION_DATE.search("(시 제공) 2025.3.9 기준") is None
    assert _CAPTION_DATE.search("(시 제공) 2025.3.9/뉴스1").group(0) == "2025.3.9"
