"""The Agreements page in Chromium: the table draws, and the CSV and Excel downloads arrive with
Hangul intact."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook

from partnerships import export
from tests.helpers.browser import real_errors

pytestmark = pytest.mark.browser


def test_table_draws_and_downloads_arrive_in_korean(staff_page, frame):
    mous = frame[frame["type"] == "mou"]
    seconds = staff_page.open("Agreements?type=mou&lang=ko")
    print(f"Agreements page ready after {seconds:.1f} s")
    assert staff_page.locator("h1").first.inner_text() == "협력 목록"
    grid = staff_page.locator('[data-testid="stDataFrame"] canvas').first
    grid.wait_for(state="visible", timeout=30_000)
    assert grid.bounding_box()["height"] > 35 * len(mous)

    with staff_page.expect_download(timeout=30_000) as got:
        staff_page.locator(".st-key-download_csv button").first.click()
    raw = got.value.path().read_bytes()
    name = got.value.suggested_filename
    assert name.startswith("partnership-atlas_mou_") and name.endswith(".csv")  # names its filter
    assert raw.startswith(b"\xef\xbb\xbf"), "Excel needs the byte-order mark to read Hangul"
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    ko = export.HEADERS_KO  # the Korean page's file has Korean headers and labels
    assert {r[ko["id"]] for r in rows} == set(mous["id"])
    assert {r[ko["type"]] for r in rows} == {"업무협약"}
    # 000_a437fd8661412f19 (Seoul–Odense robotics MOU release): the Korean title arrives intact
    assert "서울시-오덴세, 로봇 생태계 성장 협력 업무협약 체결" in {r[ko["title_ko"]] for r in rows}

    with staff_page.expect_download(timeout=30_000) as got:
        staff_page.locator(".st-key-download_xlsx button").first.click()
    assert staff_page.locator(".st-key-download_xlsx button").first.inner_text().split()[-1] == "엑셀"
    sheet = load_workbook(io.BytesIO(got.value.path().read_bytes()))[export.XLSX_SHEETS["ko"]]  # (협약)
    assert sheet.max_row == len(mous) + 1
    assert real_errors(staff_page) == []


def test_the_link_to_this_view_carries_its_filters_and_opens_the_same_view(staff_page, server, frame):
    staff_page.open("Agreements?type=mou&lang=ko")
    staff_page.locator('[data-testid="stSidebar"] .st-key-share_link_show button').click()
    code = staff_page.locator('[data-testid="stSidebar"] [data-testid="stCode"]').first
    code.wait_for(state="visible", timeout=30_000)
    url = code.inner_text().strip()
    assert url.startswith(server + "Agreements?") and "type=mou" in url and "lang=ko" in url, url
    # brought into view, and its text clear of the copy button
    staff_page.wait_for_function("""() => { const b = document.querySelector('.st-key-share_link_box pre');
        return b && b.getBoundingClientRect().bottom <= window.innerHeight; }""", timeout=15_000)
    pad = code.locator("pre").evaluate("p => parseFloat(getComputedStyle(p).paddingRight)")
    assert pad >= 40
    staff_page.goto(url)  # the link opens the same view
    staff_page.locator("h1", has_text="협력 목록").wait_for(timeout=60_000)
    n = int((frame["type"] == "mou").sum())
    staff_page.get_by_text(f"전체 {len(frame)}건 중 {n}건").first.wait_for(timeout=30_000)
    assert not real_errors(staff_page)


def test_the_link_to_this_view_is_readable_in_the_dark_theme(staff_page):
    staff_page.open("Agreements?type=mou&theme=dark")
    staff_page.locator('[data-testid="stSidebar"] .st-key-share_link_show button').click()
    pre = staff_page.locator('[data-testid="stSidebar"] [data-testid="stCode"] pre').first
    pre.wait_for(state="visible", timeout=30_000)
    ratio = pre.evaluate("""p => {
        const lum = c => { const [r, g, b] = c.match(/[\\d.]+/g).slice(0, 3).map(v => {
            v = v / 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
            return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
        const text = lum(getComputedStyle(p.querySelector('code') || p).color);
        const paper = lum(getComputedStyle(p).backgroundColor);
        return (Math.max(text, paper) + 0.05) / (Math.min(text, paper) + 0.05); }""")
    assert ratio >= 4.5, ratio  # WCAG AA for body text
