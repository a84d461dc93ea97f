"""data/places.csv: validation with file and line in every error, overriding and extending."""

from __future__ import annotations

from pathlib import Path

import pytest

from geo.errors import GeoError
from geo.gazetteer import Gazetteer, build_gazetteer
from geo.place import Place
from geo.place_data import (
    PLACES_COLUMNS,
    Entry,
    default_places_csv,
    merge,
    read_places_csv,
)

HEADER = ",".join(PLACES_COLUMNS)
GOOD = ("venue-bexco,BEXCO,벡스코,KR,35.169,129.136,venue,,BEXCO|Busan Exhibition Center,"
        "벡스코|부산 벡스코")


def _write(tmp_path: Path, *rows: str, header: str = HEADER) -> Path:
    path = tmp_path / "places.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def _base() -> list[Entry]:
    seoul = Place("kr-seoul", "Seoul", "서울", "KR", 37.566, 126.9784, "city", "Eastern Asia",
                  1835848)
    return [Entry(seoul, 10_000_000, primary=["Seoul", "서울"], alternate=["서울특별시"])]


def test_reads_good_rows(tmp_path):
    entries = read_places_csv(_write(tmp_path, GOOD, ""))
    assert [e.place for e in entries] == [
        Place("venue-bexco", "BEXCO", "벡스코", "KR", 35.169, 129.136, "venue", "Eastern Asia",
              None)
    ]
    assert "부산 벡스코" in entries[0].primary


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("Venue-X,X,엑스,KR,35,129,venue,,,", "bad id 'Venue-X'"),
        ("venue x,X,엑스,KR,35,129,venue,,,", "bad id"),
        ("venue-x,,엑스,KR,35,129,venue,,,", "name_en is empty"),
        ("venue-x,X,엑스,kr,35,129,venue,,,", "bad country 'kr'"),
        ("venue-x,X,엑스,QQ,35,129,venue,,,", "unknown country code 'QQ'"),
        ("venue-x,X,엑스,KR,north,129,venue,,,", "lat: 'north' is not a number"),
        ("venue-x,X,엑스,KR,95,129,venue,,,", "lat: 95 is outside"),
        ("venue-x,X,엑스,KR,35,200,venue,,,", "lon: 200 is outside"),
        ("venue-x,X,엑스,KR,35,nan,venue,,,", "lon: nan is outside"),
        ("venue-x,X,엑스,KR,35,129,hotel,,,", "bad kind 'hotel'"),
        ("venue-x,X,엑스,KR,35,129,venue,12ab,,", "bad geonames_id '12ab'"),
    ],
)
def test_bad_row_names_file_and_line(tmp_path, row, message):
    path = _write(tmp_path, GOOD, row)
    with pytest.raises(GeoError, match=message) as info:
        read_places_csv(path)
    assert str(info.value).startswith(f"{path}:3: ")


def test_duplicate_id(tmp_path):
    path = _write(tmp_path, GOOD, GOOD)
    with pytest.raises(GeoError, match=r"places.csv:3: duplicate id 'venue-bexco' \(first on line 2\)"):
        read_places_csv(path)


def test_missing_column(tmp_path):
    path = _write(tmp_path, "venue-x,X,엑스,KR,35,129,venue", header="id,name_en,name_ko,country,lat,lon,kind")
    with pytest.raises(GeoError, match=r"places.csv:1: missing column\(s\) geonames_id, aliases_en"):
        read_places_csv(path)


def test_unreadable_file(tmp_path):
    with pytest.raises(GeoError, match="cannot read places file"):
        read_places_csv(tmp_path / "nope.csv")


def test_csv_overrides_and_extends(tmp_path):
    path = _write(
        tmp_path,
        GOOD,
        "kr-seoul,Seoul,,KR,37.5,127.0,city,,Seoul Metropolitan Government,서울시청",
    )
    gazetteer = Gazetteer(merge(_base(), read_places_csv(path)))
    seoul = gazetteer.get("kr-seoul")
    assert (seoul.lat, seoul.lon) == (37.5, 127.0)
    assert seoul.name_ko == "서울"  # empty name_ko keeps the GeoNames one
    assert seoul.geonames_id == 1835848  # empty geonames_id keeps the GeoNames one
    # The old names still find it, and so do the new aliases.
    for text in ["서울특별시", "Seoul", "Seoul Metropolitan Government", "서울시청"]:
        assert gazetteer.find(text).id == "kr-seoul"
    # 벡스코에서: the venue of seeds/001_01205c7f5ce77c6a.txt's records, with a particle.
    assert gazetteer.find("벡스코에서").id == "venue-bexco"
    assert gazetteer.find("Busan Exhibition Center").id == "venue-bexco"


def test_new_place_without_korean_name_uses_english(tmp_path):
    path = _write(tmp_path, "venue-hala-point,Hala Point,,TH,13.7,100.5,venue,,,")
    place = Gazetteer(merge(_base(), read_places_csv(path))).get("venue-hala-point")
    assert place.name_ko == "Hala Point"
    assert place.region == "South-eastern Asia"


def test_build_with_places_csv(tmp_path):
    path = _write(tmp_path, GOOD, "kr-busan,Busan,부산,KR,35.1,129.0,city,1838524,,")
    gazetteer = build_gazetteer(places_csv=path)
    assert gazetteer.get("kr-busan").lat == 35.1
    assert gazetteer.find("벡스코").id == "venue-bexco"
    assert gazetteer.find("부산광역시").id == "kr-busan"
    assert "dk-odense" in gazetteer


def test_build_without_places_csv(tmp_path):
    gazetteer = build_gazetteer(places_csv=tmp_path / "absent.csv")
    assert "kr-seoul" in gazetteer and "venue-bexco" not in gazetteer


def test_default_places_csv_follows_data_dir(monkeypatch, tmp_path):
    monkeypatch.setenv("ATLAS_DATA_DIR", str(tmp_path))
    assert default_places_csv() == tmp_path / "places.csv"
    monkeypatch.delenv("ATLAS_DATA_DIR")
    assert default_places_csv().parts[-2:] == ("data", "places.csv")


def test_repository_places_csv_is_valid(gazetteer):
    path = default_places_csv()
    if not path.exists():
        pytest.skip("no data/places.csv yet")
    for entry in read_places_csv(path):
        assert entry.place.id in gazetteer
