"""Dates in Korean articles: each form the extractor reads, relative dates, publication dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from partnerships.extract import dates
from partnerships.extract.clean import load_article
from partnerships.extract.dates import Published, find_dates, resolve, tense_after
from partnerships.extract.sentences import kiwi, split

ROOT = Path(__file__).resolve().parents[2]
PUB_2024 = Published(dt.date(2024, 3, 18), "test")


@pytest.mark.parametrize(
    ("text", "year", "month", "day"),
    [
        ("2024. 3. 18.(월) 조간용", 2024, 3, 18),  # seed 000 header line
        ("2024년 4월 20일", 2024, 4, 20),  # seed 001 page date
        ("(사진=사진공동취재단) 2022.08.04. photo@", 2022, 8, 4),  # seed 003 photo caption
        ("정부시책|2021. 4. 6. 15:48", 2021, 4, 6),  # seed 004 blog post header
        ("업무협약(3.13)을 체결했다", None, 3, 13),  # seed 000 '(3.13)'
        ("로봇산업 활성화 업무협약 3.13 체결", None, 3, 13),  # seed 000 form without brackets
        ("'14년 우호협력 도시 체결 이후", 2014, None, None),  # seed 000 two-digit year
        ("우호 협력 도시 협약(2014년)을 시작으로", 2014, None, None),  # seed 000
        ("태국 방콕(10.6~10.7)과", None, 10, 6),  # seed 002 date range
        ("육성종합계획’을 발표(23.7)하고", 2023, 7, None),  # seed 000 year.month
        ("2019년 11월 대구기계부품연구원에서", 2019, 11, None),  # seed 004 caption
        ("업무협약(MOU)을 3월 13일(수) 체결하고", None, 3, 13),  # seed 000 caption
        ("2020년에는 11월 24~27일 대구 엑스코에서", 2020, None, None),  # seed 004 (first: year)
        ("오 시장은 3일(현지시각) 오후", None, None, 3),  # seed 003 day only
        ("2월15일부터 시행된다", None, 2, 15),  # seed 001 no space
    ],
)
def test_date_forms(text, year, month, day):
    m = find_dates(text)[0]
    assert (m.year, m.month, m.day) == (year, month, day)


@pytest.mark.parametrize(
    "text",
    [
        "서울은 국내 로봇산업 매출액의 18%를 차지한다.",  # seed 000: a percentage
        "경제정책과장 최판규 02-2133-5210",  # seed 000: a phone number
        "1:1 상담회, 주요 발주처 면담",  # seed 002: '1:1' is not a date
        "매출이 2.5배 늘었다",  # percentages and ratios are not dates (fixture style)
    ],
)
def test_not_dates(text):
    assert [m for m in find_dates(text) if m.month or m.day or m.year] == []


@pytest.mark.parametrize(
    ("text", "published", "expected", "inferred"),
    [
        ("지난해 제정한 <제1회 서울 스마트도시 상>", dt.date(2024, 3, 18), "2023", True),  # seed 000
        ("작년에 개정된 스마트도시법", dt.date(2019, 2, 14), "2018", True),  # seed 001
        ("올해 7월 개관 예정이다", dt.date(2024, 3, 18), "2024-07", True),  # seed 000
        ("지난해 5월 해외 도시 최초로", dt.date(2022, 8, 4), "2021-05", True),  # seed 003
        ("지난 1월부터 운영에 들어갔다", dt.date(2021, 4, 6), "2021-01", True),  # seed 004
        ("오는 10월 국제 미디어아트 포럼", dt.date(2024, 4, 2), "2024-10", True),  # f09 fixture
        ("오는 1월 개최", dt.date(2024, 11, 2), "2025-01", True),  # 'next January' across a year
        ("지난 12월 체결", dt.date(2024, 2, 2), "2023-12", True),  # 'last December' across a year
        ("3일(현지시각) 오후", dt.date(2022, 8, 4), "2022-08-03", True),  # seed 003
        ("6월에 집행됐고", dt.date(2020, 6, 15), "2020-06", True),  # seed 004
        ("우호 협력 도시 협약(2014년)", dt.date(2024, 3, 18), "2014", False),  # seed 000 stated
        ("내년 상반기 교류전", dt.date(2023, 11, 14), "2024", True),  # f02 fixture
        ("이어 18∼19일 멕시코시티에서", dt.date(2025, 1, 3), "2024-12-18", True),  # a span of days: its first
        ("5〜7일 열린 상담회", dt.date(2023, 6, 9), "2023-06-05", True),
        ("업무협약 체결 (12. 11.)", dt.date(2019, 1, 8), "2018-12-11", True),  # a trip report's day, last year
    ],
)
def test_resolve_against_publication(text, published, expected, inferred):
    m = find_dates(text)[0]
    r = resolve(m, Published(published, "test"))
    assert r.iso == expected
    assert r.basis.startswith("inferred: ") is inferred
    assert r.basis == "stated" or str(published.year) in r.basis


def test_resolve_without_publication_date_gives_none():
    # seed 002 gives no year anywhere: '태국 방콕(10.6~10.7)'
    m = find_dates("태국 방콕(10.6~10.7)")[0]
    assert resolve(m, Published(None, "none")) is None


def test_year_range_keeps_both_ends():
    # seed 001: '연차별(’19~’21년)'
    m = find_dates("연차별(’19~’21년)로 사업을 관리")[0]
    assert (m.year, m.end_year) == (2019, 2021)


def _tokens(text: str):
    from partnerships.extract.sentences import Token

    return tuple(Token(t.form, t.tag, t.start, t.start + t.len) for t in kiwi().tokenize(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019년에 총 11개 사업에 265억원을 투자한다.", "present"),  # seed 001
        ("2017년 대구에서 포럼을 계기로 설립된 단체", "past"),  # seed 004
        ("2020년 하반기부터 사업 등을 재개할 계획이다.", "future"),  # seed 004
        ("2019년 수출 계약을 체결하는 등 역할을 해왔다.", "past"),  # seed 004
        ("2023년 교류를 지속하고 있다.", None),  # progressive: no tense to read
    ],
)
def test_tense_after_year(text, expected):
    assert tense_after(_tokens(text), text.index("년") + 1) == expected


def _pubs(name: str):
    article = load_article((ROOT / name).read_bytes())
    return dates.publication_dates(article, split(article))


def test_page_date_contradicted_by_text():
    # seed 001: page dated 2024-04-20, but '2019년에 ... 투자한다' and '작년에 개정된'
    pub = _pubs("seeds/001_01205c7f5ce77c6a.txt")[0]
    assert pub.year == 2019 and not pub.exact
    assert "2024-04-20" in pub.basis and "contradicted" in pub.basis


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("seeds/000_a437fd8661412f19.txt", ["2024-03-18"]),  # header line
        ("seeds/003_7cdbec0e616b3126.txt", ["2022-08-04"]),  # photo caption dates
        ("seeds/004_3b3a5901f31adbfd.txt", ["2021-04-06", "2020-06-15", "2020-06-15"]),  # 3 posts
        ("eval/dev/f06_busan_vancouver_wire.txt", ["2024-06-05"]),  # byline date
        ("eval/dev/f04_gyeonggi_portal_noisy.txt", ["2024-09-23"]),  # '입력 ...'
    ],
)
def test_publication_dates(name, expected):
    assert [p.date.isoformat() for p in _pubs(name)] == expected


def test_no_publication_date():
    # seed 002: a government release reposted without any date; only its year can be told, from
    # the minister it names (see test_extract_officeholders.py)
    pub = _pubs("seeds/002_322a285842e0d4fc.txt")[0]
    assert pub.date is not None and not pub.exact and pub.year == 2022
    assert pub.describe().startswith("the article's year 2022 (the article names 원희룡 장관")
    text = "스마트도시 로드쇼를 10월 6일 방콕에서 열었다.\n"
    article = load_article(text.encode())
    pub = dates.publication_dates(article, split(article))[0]
    assert pub.date is None and pub.describe() == "no publication date"


@pytest.mark.parametrize(("text", "expected"), [
    # heldout2 g13: a press release's date line under its heading
    ("김천시 보도자료\n2024. 11. 11.(월) | 일자리경제과 기업지원팀\n김천시 시장개척단, 멕시코서 성과\n"
     "김천시는 지난 6일 수출상담회를 열었다고 11일 밝혔다.\n", dt.date(2024, 11, 11)),
    # without a release heading, the same line is the page's masthead
    ("김천시 소식\n2024. 11. 11.(월) | 일자리경제과 기업지원팀\n"
     "김천시는 지난 6일 수출상담회를 열었다고 11일 밝혔다.\n", dt.date(2024, 11, 11)),
    # a date inside a sentence of the first lines is an event's, not the page's
    ("김천시 소식\n김천시는 2024년 11월 6일 수출상담회를 열었다.\n", None),
])
def test_press_release_date_line(text, expected):
    # (a masthead line is read only where no release date line is)
    article = load_article(text)
    pubs = dates.publication_dates(article, split(article))
    assert pubs[0].date == expected


@pytest.mark.parametrize(("head", "expected"), [
    ("강원일보 | 2025-09-22 | 양양=이규호기자", dt.date(2025, 9, 22)),
    ("강원도민일보  2025년 5월 12일 월요일  |  지역 > 강릉", dt.date(2025, 5, 12)),
    ("2024년 08월 29일 (목)  하동뉴스 최○○ 기자", dt.date(2024, 8, 29)),
    ("부산일보 | 2024-12-02 [18:31] | 사회 > 구·군 소식", dt.date(2024, 12, 2)),
    ("배포 : 2026년 9월 10일(목) | 담당 : 국제교류과 교류협력팀", dt.date(2026, 9, 10)),
    ("작성자 | 기획예산실   등록일 | 2022-08-26   조회수 | 412", dt.date(2022, 8, 26)),
    ("[전남일보 2026.03.18] 영암군이 쿠리치바시와 교류를 넓힌다.", dt.date(2026, 3, 18)),
    # not the page's: a crawl date, a weather widget, a date in a sentence
    ("[수집일 2023-07-02]", None),
    ("2025.12.05.(금) 날씨 맑음 2℃", None),
    ("(대전=중도일보) 대전 서구는 2025년 7월 8일 구청에서 협약을 맺었다.", None),
])
def test_a_mastheads_date_is_the_pages(head, expected):
    # the header lines of newspapers and bulletin boards in the blind sets, in their shapes
    article = load_article(f"{head}\n시는 지난 6일 수출상담회를 열었다고 밝혔다.\n")
    assert dates.publication_dates(article, split(article))[0].date == expected


def test_a_widget_beside_the_metadata_does_not_split_a_news_page_into_posts():
    page = ('<html><head><meta property="article:published_time" content="2023-06-13T15:20:00+09:00"></head>'
            "<body><div>2025.12.05.(금) 날씨 맑음 2℃</div><div>2024.01.02. 공지</div><h1>경북도, 몽골과 협력</h1>"
            "<p>경북도는 12일 몽골 투브아이막과 교류협력 의향서를 체결했다고 13일 밝혔다.</p></body></html>")
    article = load_article(page.encode())
    assert [p.date for p in dates.publication_dates(article, split(article))] == [dt.date(2023, 6, 13)]


def test_a_byline_date_is_not_overruled_by_a_year_the_text_speaks_of():
    text = ("입력 2022.11.09 10:00\n세종시는 싱가포르와 스마트시티 협약을 맺었다고 9일 밝혔다.\n"
            "시는 2021년 싱가포르 센터에 세종 기업 전용 공간을 연다.\n")
    article = load_article(text.encode())
    assert dates.publication_dates(article, split(article))[0].date == dt.date(2022, 11, 9)


def test_a_day_told_alone_is_explained_by_its_words_and_the_page_date(gazetteer):
    from partnerships.extract import extract

    text = "청주시는 지난 14일 베트남 껀터시와 스마트시티 협력 업무협약을 체결했다고 16일 밝혔다.\n"
    found = extract(text, gazetteer=gazetteer, published="2025-03-16")
    [record] = found.candidates
    assert record["date"] == "2025-03-14"
    assert record["date_basis"] == "inferred: '14일' relative to the publication date 2025-03-16"


def test_two_signings_joined_by_de_ieo_on_an_undated_page_keep_their_days(gazetteer):
    from partnerships.extract import extract

    text = "전라남도는 2024년 5월 3일 베트남 하노이시와 양해각서를 맺은 데 이어 5일에는 다낭시와 양해각서를 체결했다.\n"
    found = extract(text, gazetteer=gazetteer)
    dated = {tuple(c["partner_places"]): (c["date"], c["date_basis"]) for c in found.candidates}
    assert dated[("vn-hanoi",)] == ("2024-05-03", "stated")  # not taken for an earlier tie the news builds on
    assert dated[("vn-da-nang",)] == ("2024-05-05", "inferred: '5일' relative to '2024년 5월 3일'")


@pytest.mark.parametrize(("told", "published", "date"), [
    ("지난 31일", "2024-03-18", "2024-01-31"),  # February has no 31st: the last 31st before the page
    ("지난 29일", "2023-03-10", "2023-01-29"),  # ... nor, in 2023, a 29th
    ("지난 23일", "2024-03-02", "2024-02-23"),  # last month, as before
    ("2024년 2월 30일", "2024-03-10", "2024-02"),  # a day the month lacks: the month only
])
def test_a_day_the_month_lacks_never_makes_an_impossible_date(told, published, date, gazetteer):
    from partnerships.extract import extract

    found = extract(f"부산시는 {told} 베트남 하노이시와 양해각서를 체결했다.\n", gazetteer=gazetteer, published=published)
    assert [c["date"] for c in found.candidates] == [date]


def test_a_day_the_pages_month_lacks_beside_plan_wording_is_read_not_a_stop(gazetteer):
    # '31일' on 5 November, looked at for a day still to come, was 31 November: the reader stopped
    # with 'day is out of range for month' and the whole article was lost.
    from partnerships.extract import extract

    text = "부산시는 31일 베트남 하노이시와 양해각서를 체결했으며 향후 교류를 넓힐 계획이다.\n"
    found = extract(text, gazetteer=gazetteer, published="2024-11-05")
    assert [(c["partner_places"], c["date"]) for c in found.candidates] == [(["vn-hanoi"], "2024-10-31")]


def test_two_events_of_a_trip_each_dated_in_local_time_before_its_country_and_city(gazetteer):
    from partnerships.extract import extract

    text = ("경북도는 시장개척단이 지난 6일(현지시간) 멕시코 멕시코시티에서, 9일에는 콜롬비아 보고타에서 각각 "
            "수출상담회를 개최했다고 14일 밝혔다.\n")
    found = extract(text, gazetteer=gazetteer, published="2017-03-14")
    assert sorted((c["partner_places"][0], c["date"]) for c in found.candidates) == [
        ("co-bogota", "2017-03-09"), ("mx-mexico-city", "2017-03-06")]
