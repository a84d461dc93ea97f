"""The benchmark's synthetic data: valid for the store, the size asked for, the same for the same seed."""

import importlib.util
import sys
from pathlib import Path

import pytest

from geo.gazetteer import default_gazetteer
from partnerships import store

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def generate():
    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench" / "generate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def gazetteer():
    return default_gazetteer()


@pytest.mark.parametrize("n", [1, 120])
def test_written_records_pass_validation_with_evidence(generate, gazetteer, tmp_path, monkeypatch, n):
    base = generate.write_dataset(n, tmp_path, seed=3, gazetteer=gazetteer)
    monkeypatch.setenv("ATLAS_SEEDS_DIR", str(base / "seeds"))
    result = store.load(data_dir=base / "data", gazetteer=gazetteer, check_evidence=True)
    assert [str(p) for p in result.problems] == []
    assert len(result.records) == n
    assert len(list((base / "seeds").glob("*.txt"))) == len(list((base / "data" / "records").glob("*.json")))


def test_same_seed_same_records_other_seed_other_records(generate, gazetteer):
    a = generate.generate(60, seed=11, gazetteer=gazetteer)
    b = generate.generate(60, seed=11, gazetteer=gazetteer)
    c = generate.generate(60, seed=12, gazetteer=gazetteer)
    assert a == b
    assert a != c


def test_shape_looks_national(generate, gazetteer):
    records = generate.generate(600, seed=5, gazetteer=gazetteer)
    types = {r["type"] for r in records}
    partners = {p for r in records for p in r["partner_places"]}
    assert len(types) >= 12
    assert len({p.split("-")[0] for p in partners}) >= 20  # partner countries
    assert all(1990 <= r["year"] <= 2026 for r in records)
    assert any(not r["partner_places"] for r in records)  # some domestic events
    assert any(len(r["partner_places"]) > 1 for r in records)
    assert all(any("가" <= ch <= "힣" for ch in r["title_ko"]) for r in records)
