"""A record's date basis told in the page's language: the Korean pages and exports read no English
reasons for the dates the reader, the table import and the review page set."""

from __future__ import annotations

import re

import pytest

from partnerships import date_basis
from partnerships.extract import extract


@pytest.mark.parametrize("basis, ko", [
    ("stated", "출처에 명시"),
    ("inferred: '지난 5일' relative to the publication date 2024-03-07",
     "추정: 발행일 2024-03-07 기준 '지난 5일'"),
    ("inferred: '지난 6월 9일' before the publication date 2022-07-01",
     "추정: 발행일 2022-07-01 이전의 '지난 6월 9일'"),
    ("inferred: year of the publication date 2024-06-14", "추정: 발행일 2024-06-14의 연도"),
    ("inferred: no date in the sentence; the publication date 2024-04-19",
     "추정: 문장에 날짜가 없어 발행일 2024-04-19"),
    ("inferred: no year in the text and no publication date found", "추정: 본문에 연도가 없고 발행일도 찾지 못함"),
    ("inferred: year of the publication date 2025-01-02 given on saving",
     "추정: 저장할 때 입력한 발행일 2025-01-02의 연도"),
    ("undated: row 213 of ties.csv gives no date", "날짜 없음: ties.csv 213행에 날짜가 없음"),
    ("undated: a reviewer removed the date", "날짜 없음: 검토자가 날짜를 지움"),
    # a date given for the files of a folder or zip that carry none (not the command's option name)
    ("inferred: year of the publication date 2025-02-21 (the date given for undated files)",
     "추정: 발행일 2025-02-21 (날짜 없는 파일에 입력한 게재일)의 연도"),
])
def test_the_known_reasons_read_in_korean(basis, ko):
    assert date_basis.describe(basis, "ko") == ko


def test_english_keeps_the_reason_as_written_and_an_unknown_wording_survives():
    basis = "inferred: the press release of 18 March 2024 reports the signing as '업무협약(3.13)'"
    assert date_basis.describe(basis, "en") == basis
    assert date_basis.reason(basis, "ko").endswith("'업무협약(3.13)'")  # nothing lost, nothing garbled
    assert date_basis.kind("undated: no date") == "undated" and date_basis.kind("stated") == "stated"


@pytest.mark.parametrize("text, published", [
    # a release that says only '지난 5일' and gives its date to the caller
    ("부산시는 지난 5일 베트남 호찌민시와 스마트 항만 협력 업무협약을 체결했다고 7일 밝혔다.", "2024-03-07"),
    # a byline stamp and '이날'
    ("[대구=뉴시스] 김철수 기자 = 대구시는 이날 중국 칭다오시와 우호협력 협정을 맺었다.\n"
     "입력 2019.06.12 10:00", None),
    # no date at all in the sentence of the signing
    ("울산시는 사우디아라비아 주베일시와 수소 협력 업무협약을 체결했다.", "2021-09-17"),
])
def test_what_the_reader_writes_has_no_english_left_on_a_korean_page(gazetteer, text, published):
    found = extract(text, gazetteer=gazetteer, published=published).candidates
    assert found, "the reader proposes the agreement"
    for c in found:
        assert c["date_basis"].startswith("inferred"), c["date_basis"]
        told = date_basis.describe(c["date_basis"], "ko")
        outside_quotes = re.sub(r"'[^']*'", "", told)
        assert not re.search(r"[A-Za-z]{3,}", outside_quotes), told
