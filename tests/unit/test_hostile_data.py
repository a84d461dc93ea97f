"""Broken or hostile stored data: a bad record, place row or tour is skipped and reported, and
every page and export keeps working with the rest."""

from __future__ import annotations

import copy
import csv
import io
import json
import shutil
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from geo import jsonio
from geo.gazetteer import build_gazetteer
from partnerships import export, store
from partnerships.tour import load_tours
from tests.helpers.apptest import run_app

ROOT = Path(__file__).resolve().parents[2]
FIRST = "000_a437fd8661412f19.json"


@pytest.fixture
def data(tmp_path, monkeypatch) -> Path:
    target = tmp_path / "data"
    shutil.copytree(ROOT / "data", target)
    monkeypatch.setenv("ATLAS_DATA_DIR", str(target))
    return target


def records_of(data: Path, name: str = FIRST) -> list[dict]:
    return json.loads((data / "records" / name).read_text(encoding="utf-8"))


def write_records(data: Path, records: list[dict], name: str = FIRST) -> None:
    (data / "records" / name).write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")


def validate(data: Path) -> subprocess.CompletedProcess:
    """`python -m partnerships --data DATA validate`, in this process (the command's own start-up
    is tested once, in test_export_aggregate.py). Its places come from the process's gazetteer:
    a test of a changed places.csv runs `validate_command` instead."""
    from partnerships.cli import main

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["--data", str(data), "validate"])
    return subprocess.CompletedProcess(["validate"], code, out.getvalue(), err.getvalue())


def validate_command(data: Path) -> subprocess.CompletedProcess:
    """`python -m partnerships --data DATA validate` in a new process (which reads DATA/places.csv)."""
    return subprocess.run([sys.executable, "-m", "partnerships", "--data", str(data), "validate"],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)


def every_export_works(data: Path, gazetteer) -> int:
    result = store.load(data_dir=data, gazetteer=gazetteer)
    df = store.records_frame(result.records, gazetteer)
    for fmt in export.FORMATS:
        assert export.render(df, gazetteer, fmt=fmt)
    assert export.to_xlsx(df, gazetteer)[:2] == b"PK"
    return len(result.records)


def pages_work() -> None:
    for page in (None, "pages/2_Tour.py", "pages/3_Agreements.py", "pages/6_Sources.py"):
        at = run_app(page=page)
        assert not at.exception, (page, [e.value for e in at.exception])


def test_nesting_depth_is_checked_before_parsing():
    with pytest.raises(jsonio.JsonError, match="levels deep"):
        jsonio.loads(b"[" * 100_000)
    assert jsonio.nesting_depth(b'[{"a": "[[[[\\"[[", "b": [1]}]') == 3  # brackets in strings do not count
    with pytest.raises(jsonio.JsonError, match="limit"):
        jsonio.loads(b"[" + b"1," * 100 + b"1]", max_bytes=100)


def test_deeply_nested_record_file_is_skipped(data, gazetteer):
    (data / "records" / "zzz_nested.json").write_text("[" * 100_000, encoding="utf-8")
    result = store.load(data_dir=data, gazetteer=gazetteer)
    assert len(result.records) == 20
    assert [p.file for p in result.problems] == ["zzz_nested.json"]
    assert every_export_works(data, gazetteer) == 20
    pages_work()


@pytest.mark.parametrize("change,field,where", [
    ({"title_en": 42}, "title_en", "Input should be a valid string"),
    ({"parties": [{"name_en": 7, "name_ko": "서울"}]}, "parties", "parties[0].name_en"),
    ({"source": {"file": FIRST.replace(".json", ".txt"), "url": 12}}, "source", "source.url"),
    ({"source": {"file": FIRST.replace(".json", ".txt"), "publisher": ["a", "b"]}}, "source", "source.publisher"),
    ({"source": {"file": FIRST.replace(".json", ".txt"), "published": {"y": 2024}}}, "source", "source.published"),
])
def test_wrong_type_is_reported_by_validate_and_skipped(data, gazetteer, change, field, where):
    records = records_of(data)
    bad = {**copy.deepcopy(records[0]), **change}
    write_records(data, [bad, *records[1:]])
    run = validate(data)
    assert run.returncode == 1, run.stdout
    assert f"{FIRST}: record {bad['id']}: field {field}: {where}" in run.stderr
    assert every_export_works(data, gazetteer) == 19


def test_wrong_types_leave_pages_working(data):
    records = records_of(data)
    source = {**records[0]["source"], "publisher": ["x"], "published": {"y": 1}, "url": 3}
    bad = [{**copy.deepcopy(records[0]), "source": source},
           {**copy.deepcopy(records[1]), "title_ko": 3, "parties": [{"name_en": 1}]}]
    write_records(data, [*bad, *records[2:]])
    pages_work()


def test_a_bad_place_row_is_skipped_and_reported(data, gazetteer):
    places = data / "places.csv"
    rows = list(csv.reader(io.StringIO(places.read_text(encoding="utf-8"))))
    rows[1][4] = "999"  # the first place's latitude
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    places.write_text(buf.getvalue(), encoding="utf-8")
    gaz = build_gazetteer(places_csv=places)
    assert len(gaz.skipped) == 1 and "lat" in gaz.skipped[0] and rows[1][0] in gaz.skipped[0]
    assert str(data) not in gaz.skipped[0]  # shown to visitors: no server path
    result = store.load(data_dir=data, gazetteer=gaz)
    assert any(p.file == "places.csv" and "999" in p.message for p in result.problems)
    assert result.records  # records not at that place load as before
    assert every_export_works(data, gaz) == len(result.records)
    run = validate_command(data)
    assert run.returncode == 1 and "places.csv" in run.stderr
    pages_work()


def test_truncated_tour_fails_validate_and_is_skipped(data):
    tour = data / "tours" / "seed-highlights.json"
    text = tour.read_text(encoding="utf-8")
    tour.write_text(text[: len(text) // 2], encoding="utf-8")
    run = validate(data)
    assert run.returncode == 1
    assert "seed-highlights.json" in run.stderr
    saved = load_tours(data / "tours", known_ids=set())
    assert "seed-highlights" not in saved.tours and saved.problems
    at = run_app(page="pages/2_Tour.py")
    assert not at.exception


def test_tour_with_wrong_title_type_is_skipped(tmp_path):
    (tmp_path / "t.json").write_text(json.dumps({"title_en": {"x": 1}, "records": []}), encoding="utf-8")
    saved = load_tours(tmp_path, known_ids=set())
    assert "seed-highlights" not in saved.tours and saved.problems[0].file == "t.json"


def test_deeply_nested_json_ld_in_an_uploaded_page_is_ignored():
    from partnerships.extract.clean import load_article

    page = ('<html><head><script type="application/ld+json">' + "[" * 100_000 + "</script></head>"
            "<body><p>서울시는 24일 덴마크 오덴세시와 로봇 산업 협력을 위한 업무협약을 체결했다.</p></body></html>")
    article = load_article(page)  # raised RecursionError in the JSON-LD date look-up
    assert "오덴세시" in article.text


def test_deeply_nested_table_preset_is_a_data_error():
    from partnerships.errors import DataError
    from partnerships.tables.columns import Preset

    with pytest.raises(DataError, match="levels deep"):
        Preset.from_json("[" * 100_000, where="presets/x.json")  # raised RecursionError
