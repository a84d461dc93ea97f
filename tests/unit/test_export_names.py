"""Exported files say which filters made them: in the file name and in the map's subtitle."""

import csv
import datetime as dt
import io
import re

from openpyxl import load_workbook

from partnerships import export
from partnerships.query import Filters
from ui.map.export_names import describe, file_stem, filters_slug
from ui.map.takeaway import subtitle

DAY = dt.date(2026, 12, 2)
NAMES = {"kr-seoul": ("Seoul", "서울")}


def label(lang):
    return lambda pid: NAMES[pid][lang == "ko"]


def test_no_filter_keeps_the_plain_name():
    assert file_stem(Filters(), today=DAY) == "partnership-atlas_2026-12-02"
    assert describe(Filters(), "ko", label("ko")) == ""


def test_the_file_name_lists_the_filters_in_ascii():
    chosen = Filters(sectors=("robotics",), year_min=2019, year_max=2022, korean_places=("kr-seoul",),
                     countries=("DK",), text="오덴세 robots")
    stem = file_stem(chosen, today=DAY)
    assert stem.startswith("partnership-atlas_robotics_2019-2022_and-undated_seoul_dk_q-")  # (undated kept)
    assert stem.endswith("_2026-12-02") and stem.isascii() and "/" not in stem


def test_a_name_too_long_for_every_filter_counts_them_and_says_what_it_left_out():
    # (six Asian regions became four in the name, two silently left out)
    regions = ("central-asia", "eastern-asia", "south-eastern-asia", "southern-asia", "western-asia", "asia")
    stem = file_stem(Filters(sectors=("smart_city",), types=("mou",), year_min=2006, regions=regions), today=DAY)
    assert "_6-regions_" in stem and len(stem) <= 120
    many = Filters(korean_places=tuple(f"kr-city-number-{i}" for i in range(4)), countries=("JP", "CN"),
                   text="a search for something long enough " * 2)
    stem = file_stem(many, today=DAY)
    assert "_4-korean-places_" in stem and re.search(r"_and-\d-more_2026-12-02$", stem) and len(stem) <= 120


def test_a_long_search_is_cut_to_a_usable_name():
    assert len(file_stem(Filters(text="x" * 500), today=DAY)) <= 120
    assert filters_slug(Filters(text="../../etc")) == "q-etc"


def test_the_subtitle_names_the_filters_in_the_page_language():
    chosen = Filters(sectors=("robotics",), year_min=2019, korean_places=("kr-seoul",))
    ko = subtitle([1, 2], chosen, "ko", today=DAY, place_label=label("ko"))
    assert "분야: 로봇" in ko and "국내 도시: 서울" in ko and "2019–" in ko and "필터 적용" not in ko
    en = subtitle([1, 2], chosen, "en", today=DAY, place_label=label("en"))
    assert "Sector: Robotics" in en and "Korean city: Seoul" in en


def test_korean_csv_has_korean_headers_and_names(frame, gazetteer):
    # 000_a437fd8661412f19 (Seoul–Odense robotics MOU release)
    one = frame[frame["id"] == "2024-seoul-odense-robotics-mou"]
    head, row = list(csv.reader(io.StringIO(export.to_csv(one, gazetteer, lang="ko"), newline="")))[:2]
    assert head[:4] == ["ID", "제목(영문)", "제목", "협약 유형"]
    row = " ".join(row)
    assert "업무협약" in row and "서울" in row and "오덴세" in row and "덴마크" in row
    assert "추정: " in row and "inferred" not in row  # the date basis and the status in Korean too
    assert any(word in row for word in ("게시됨", "검토 완료")) and "published" not in row
    english = next(csv.reader(io.StringIO(export.to_csv(one, gazetteer), newline="")))
    assert english[:4] == ["id", "title_en", "title_ko", "type"]


def test_the_english_download_reads_as_words_and_the_command_lines_keeps_ids(frame, gazetteer):
    one = frame[frame["id"] == "2024-seoul-odense-robotics-mou"]
    head, row = list(csv.reader(io.StringIO(export.to_csv(one, gazetteer, labels=True), newline="")))[:2]
    assert head[:4] == ["ID", "Title", "Title (Korean)", "Agreement type"]
    cells = dict(zip(export.CSV_COLUMNS, row, strict=True))
    assert cells["type"] == "MOU" and cells["sectors"] == "Robotics" and cells["partner_countries"] == "Denmark"
    assert cells["date_basis"].startswith("inferred: ")
    codes = dict(zip(export.CSV_COLUMNS, list(csv.reader(io.StringIO(export.to_csv(one, gazetteer))))[1], strict=True))
    assert (codes["type"], codes["sectors"], codes["partner_countries"]) == ("mou", "robotics", "DK")
    xlsx_head = load_workbook(io.BytesIO(export.to_xlsx(one, gazetteer, labels=True)))[export.XLSX_SHEET][1]
    assert [c.value for c in xlsx_head][:4] == head[:4]


def test_only_the_undated_is_named_in_the_file_and_the_words():
    chosen = Filters(undated_only=True, korean_places=("kr-seoul",), year_min=2019)
    assert file_stem(chosen, today=DAY) == "partnership-atlas_undated_seoul_2026-12-02"
    assert describe(chosen, "ko", label("ko")).startswith("날짜 없는 교류만")
    assert Filters.from_params(chosen.to_params()) == chosen  # the link carries it ('undated=only')


def test_a_year_range_says_whether_the_ties_with_no_date_came_along_and_korean_files_are_named_apart():
    kept, left_out = Filters(year_min=2015, year_max=2023), Filters(year_min=2015, year_max=2023, undated=False)
    assert file_stem(kept, today=DAY) == "partnership-atlas_2015-2023_and-undated_2026-12-02"
    assert file_stem(left_out, today=DAY) == "partnership-atlas_2015-2023_2026-12-02"
    assert describe(kept, "en", label("en")) == "2015–2023 and undated"
    assert describe(kept, "ko", label("ko")) == "2015–2023 및 날짜 미상" and describe(left_out, "ko", label("ko")) == "2015–2023"
    assert file_stem(left_out, today=DAY, lang="ko") == "partnership-atlas_2015-2023_ko_2026-12-02"


def test_a_long_name_is_cut_between_parts_and_keeps_the_years_whole():
    from partnerships.model import TYPES

    every = Filters(types=tuple(TYPES), year_min=2015, year_max=2023)
    kept = file_stem(every, today=DAY, lang="ko")
    assert "_2015-2023_and-undated_" in kept and len(kept) <= 120
    left_out = file_stem(Filters(types=tuple(TYPES), year_min=2015, year_max=2023, undated=False), today=DAY)
    assert "_2015-2023_" in left_out and left_out != file_stem(every, today=DAY)
    assert file_stem(Filters(text="x" * 500), today=DAY).startswith("partnership-atlas_q-xxx")
