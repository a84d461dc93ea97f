"""Loading: bad records are skipped and named (file, record, field); good ones survive; nothing is written."""

import json
import shutil
from pathlib import Path

import pytest

from partnerships import store
from partnerships.model import Record

ROOT = Path(__file__).resolve().parents[2]
SEED = "000_a437fd8661412f19.txt"  # Seoul-Odense robotics press release


@pytest.fixture
def data_copy(tmp_path) -> Path:
    """A private copy of data/ that a test may break."""
    target = tmp_path / "data"
    shutil.copytree(ROOT / "data", target)
    return target


def _first_record(folder: Path) -> tuple[Path, list[dict]]:
    path = folder / "records" / SEED.replace(".txt", ".json")
    return path, json.loads(path.read_text(encoding="utf-8"))


def test_bundled_data_loads_clean(gazetteer):
    result = store.load(gazetteer=gazetteer)
    assert result.problems == []
    assert len(result.records) >= 15
    assert all(r.status == "reviewed" for r in result.records)


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"type": "handshake"}, "type", "not one of"),
        ({"partner_places": ["xx-atlantis"]}, "partner_places", "unknown place id"),
        ({"partner_places": ["kr-busan"]}, "partner_places", "not outside Korea"),
        ({"korean_places": ["dk-odense"]}, "korean_places", "not in Korea"),
        ({"venue": "venue-nowhere"}, "venue", "unknown place id"),
        ({"evidence": ["이 문장은 기사에 없다."]}, "evidence[0]", "does not occur"),
        ({"source": {"file": "missing.txt", "publisher": "x"}}, "source", "not found"),
        ({"year": 2023}, "date", "does not fall in year"),
    ],
)
def test_bad_record_is_named_and_others_survive(gazetteer, data_copy, change, field, message):
    path, records = _first_record(data_copy)
    before = len(store.load(data_dir=data_copy, gazetteer=gazetteer).records)
    records[0].update(change)
    text = json.dumps(records, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")

    result = store.load(data_dir=data_copy, gazetteer=gazetteer)

    assert len(result.records) == before - 1
    (problem,) = result.problems
    assert (problem.file, problem.record_id, problem.field) == (path.name, records[0]["id"], field)
    assert message in problem.message
    assert path.read_text(encoding="utf-8") == text  # reading never rewrites


def test_broken_json_file_is_reported_and_the_rest_load(gazetteer, data_copy):
    path, _ = _first_record(data_copy)
    path.write_text("[{not json", encoding="utf-8")
    result = store.load(data_dir=data_copy, gazetteer=gazetteer)
    assert [p.file for p in result.problems] == [path.name]
    assert "cannot read JSON" in result.problems[0].message
    assert result.records and all(r.source.file != SEED for r in result.records)


def test_duplicate_id_across_files(gazetteer, data_copy):
    path, records = _first_record(data_copy)
    (data_copy / "records" / "zz_copy.json").write_text(json.dumps(records[:1], ensure_ascii=False), encoding="utf-8")
    result = store.load(data_dir=data_copy, gazetteer=gazetteer)
    (problem,) = result.problems
    assert problem.file == "zz_copy.json" and problem.field == "id" and path.name in problem.message


def test_missing_folder_is_a_problem_not_a_crash(gazetteer, tmp_path):
    result = store.load(data_dir=tmp_path / "nothing", gazetteer=gazetteer)
    assert result.records == [] and "not found" in result.problems[0].message


def test_records_frame_columns(gazetteer):
    records = store.load(gazetteer=gazetteer).records
    df = store.records_frame(records, gazetteer)
    assert list(df.columns) == store.FRAME_COLUMNS
    assert len(df) == len(records)
    row = df[df["partner_places"].map(lambda p: "dk-odense" in p)].iloc[0]
    assert row["partner_countries"] == ("DK",)
    assert "search_text" not in df  # searched in place (partnerships.search), not copied
    domestic = df[df["partner_places"].map(len) == 0]
    assert not domestic.empty and (domestic["partner_countries"].map(len) == 0).all()


def test_save_records_is_atomic_and_round_trips(gazetteer, tmp_path, monkeypatch):
    records = store.load(gazetteer=gazetteer).records[:3]
    path = tmp_path / "records" / "new.json"
    store.save_records(path, records)
    again = [Record.from_dict(d) for d in json.loads(path.read_text(encoding="utf-8"))]
    assert again == records

    def crash(*_args, **_kw):
        raise OSError("disk full")

    monkeypatch.setattr(store.os, "replace", crash)
    with pytest.raises(OSError):
        store.save_records(path, records[:1])
    assert len(json.loads(path.read_text(encoding="utf-8"))) == 3  # old file intact
    assert [p.name for p in path.parent.iterdir()] == ["new.json"]  # no temp file left
