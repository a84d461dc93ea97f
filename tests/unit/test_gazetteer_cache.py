"""The disk cache of built gazetteers: a second build loads what the first wrote and answers the
same; a changed place file, a broken file or a folder others may write into means a new build."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from geo import gazetteer as gazetteer_mod
from geo import gazetteer_cache

HEADER = "id,name_en,name_ko,country,lat,lon,kind,geonames_id,aliases_en,aliases_ko\n"
ROW = "th-hala-point,Hala Point,할라포인트,TH,13.7,100.5,city,,,\n"
NAMES = ["오덴세", "Odense", "방콕", "Ho Chi Minh City", "이스탄불", "세종", "Hala Point", "할라포인트"]


@pytest.fixture
def places(tmp_path: Path) -> Path:
    path = tmp_path / "places.csv"
    path.write_text(HEADER + ROW, encoding="utf-8")
    return path


@pytest.fixture
def cache(tmp_path: Path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("ATLAS_CACHE_DIR", str(folder))
    return folder


def _no_build(monkeypatch) -> None:
    def refuse(*_a, **_k):
        raise AssertionError("built again instead of loaded from the cache")
    monkeypatch.setattr(gazetteer_mod, "_build", refuse)


def _answers(gaz) -> list:
    return [(p.id, p.name_ko) if (p := gaz.find(n)) else None for n in NAMES]


def test_a_second_build_loads_the_first_and_answers_the_same(places, cache, monkeypatch):
    built = gazetteer_mod.build_gazetteer(places_csv=places)
    assert len(list(cache.glob("gazetteer-*.pickle"))) == 1
    assert oct(cache.stat().st_mode & 0o777) == "0o700"
    _no_build(monkeypatch)
    loaded = gazetteer_mod.build_gazetteer(places_csv=places)
    assert loaded is not built
    assert _answers(loaded) == _answers(built)
    assert ("th-hala-point", "할라포인트") in _answers(loaded)
    assert loaded.get("dk-odense") == built.get("dk-odense")
    assert loaded.skipped == built.skipped


def test_a_changed_place_file_is_built_anew(places, cache, monkeypatch):
    gazetteer_mod.build_gazetteer(places_csv=places)
    places.write_text(HEADER + ROW.replace("13.7,100.5", "13.8,100.6"), encoding="utf-8")
    again = gazetteer_mod.build_gazetteer(places_csv=places)
    assert (again.get("th-hala-point").lat, again.get("th-hala-point").lon) == (13.8, 100.6)
    assert len(list(cache.glob("gazetteer-*.pickle"))) == 2


def test_a_broken_file_is_built_again_and_replaced(places, cache):
    gazetteer_mod.build_gazetteer(places_csv=places)
    (cached,) = cache.glob("gazetteer-*.pickle")
    cached.write_bytes(b"not a pickle")
    gaz = gazetteer_mod.build_gazetteer(places_csv=places)
    assert gaz.find("할라포인트").id == "th-hala-point"
    assert cached.read_bytes() != b"not a pickle"


def test_a_folder_others_may_write_into_is_not_used(places, cache, monkeypatch):
    gazetteer_mod.build_gazetteer(places_csv=places)
    os.chmod(cache, 0o777)
    digest = gazetteer_cache.key([gazetteer_mod.default_divisions_csv(),
                                  gazetteer_mod.default_korea_districts_csv(), places])
    assert (cache / f"gazetteer-{digest}.pickle").exists()
    assert gazetteer_cache.load(digest) is None


@pytest.mark.parametrize("setting", ["off", ""])
def test_the_cache_can_be_turned_off(setting, places, tmp_path, monkeypatch):
    monkeypatch.setenv("ATLAS_CACHE_DIR", setting)
    assert gazetteer_cache.cache_dir() is None
    gazetteer_cache.save("abc", object())
    assert gazetteer_cache.load("abc") is None


def test_only_the_newest_few_are_kept(cache):
    for n in range(gazetteer_cache.KEEP + 3):
        gazetteer_cache.save(f"k{n}", {"n": n})
        os.utime(cache / f"gazetteer-k{n}.pickle", (1_000_000 + n, 1_000_000 + n))
    kept = sorted(p.name for p in cache.glob("gazetteer-*.pickle"))
    assert len(kept) == gazetteer_cache.KEEP
    assert "gazetteer-k0.pickle" not in kept
    assert gazetteer_cache.load(f"k{gazetteer_cache.KEEP + 2}") == {"n": gazetteer_cache.KEEP + 2}
