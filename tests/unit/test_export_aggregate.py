"""Aggregation for the map, and the three export formats with the CLI around them."""

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from partnerships import aggregate, export, query

ROOT = Path(__file__).resolve().parents[2]


def test_points_count_records_per_place_and_side(frame, gazetteer):
    points = aggregate.place_points(frame, gazetteer)
    seoul = points[points["place_id"] == "kr-seoul"].iloc[0]
    expected = sum("kr-seoul" in ids for ids in frame["korean_places"])
    assert (seoul["side"], seoul["count"]) == ("korean", expected)
    assert set(points[points["side"] == "partner"]["country"]) >= {"DK", "TH", "VN"}
    assert "KR" not in set(points[points["side"] == "partner"]["country"])


def test_arcs_one_row_per_pair_and_type(frame, gazetteer):
    arcs = aggregate.place_arcs(frame, gazetteer)
    assert not arcs.duplicated(["src", "dst", "type"]).any()
    n_pairs = sum(len(k) * len(p) for k, p in zip(frame["korean_places"], frame["partner_places"], strict=True))
    assert arcs["count"].sum() == n_pairs
    # 000 (Seoul press release): the robotics MOU draws Seoul -> Odense
    odense = arcs[(arcs["src"] == "kr-seoul") & (arcs["dst"] == "dk-odense")]
    assert "mou" in set(odense["type"])
    assert odense[["src_lon", "dst_lon"]].notna().all().all()


def test_domestic_records_draw_no_arc(frame, gazetteer):
    domestic = frame[frame["partner_places"].map(len) == 0]
    assert len(domestic) > 0
    assert aggregate.place_arcs(domestic, gazetteer).empty
    assert not aggregate.place_points(domestic, gazetteer).empty


def test_records_at_and_between(frame):
    at = aggregate.records_at(frame, "dk-odense")
    assert len(at) >= 3 and list(at["date"]) == sorted(at["date"], reverse=True)
    between = aggregate.records_between(frame, "kr-seoul", "dk-odense")
    assert set(between["id"]) <= set(at["id"]) and len(between) >= 1


def test_json_export_fields(frame, gazetteer):
    rows = json.loads(export.to_json(frame, gazetteer))
    assert len(rows) == len(frame)
    for row in rows:
        assert {"id", "title_en", "title_ko", "type", "sectors", "date", "year", "date_basis",
                "places", "source", "evidence"} <= row.keys()
        assert (ROOT / "seeds" / row["source"]).is_file()
        roles = {p["role"] for p in row["places"]}
        assert "korean" in roles
        for p in row["places"]:
            assert {"id", "name_en", "name_ko", "country", "lat", "lon", "role"} <= p.keys()


def test_csv_export_parses(frame, gazetteer):
    rows = list(csv.DictReader(io.StringIO(export.to_csv(frame, gazetteer))))
    assert [r["id"] for r in rows] == list(frame["id"])
    assert all(r["evidence"] for r in rows)


def test_geojson_lines_for_partners_points_for_domestic(frame, gazetteer):
    fc = json.loads(export.to_geojson(frame, gazetteer))
    kinds = {f["id"]: f["geometry"]["type"] for f in fc["features"]}
    for row in frame.itertuples():
        assert kinds[row.id] == ("MultiLineString" if row.partner_places else "MultiPoint")


def test_unknown_format_is_refused(frame, gazetteer):
    with pytest.raises(ValueError, match="unknown format"):
        export.render(frame, gazetteer, fmt="xml")


def _cli(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "partnerships", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, **kw)


def test_cli_export_applies_filters(frame, capsys):
    from partnerships.cli import main

    assert main(["export", "--format", "json", "--kr", "kr-seoul", "--from", "2020"]) == 0  # in this process
    got = {r["id"] for r in json.loads(capsys.readouterr().out)}
    want = set(query.apply(frame, query.Filters(korean_places=("kr-seoul",), year_min=2020))["id"])
    assert got == want and 0 < len(got) < len(frame)


def test_cli_export_swaps_reversed_years_and_says_so(frame, capsys):
    from partnerships.cli import main

    assert main(["export", "--format", "json", "--from", "2024", "--to", "2020"]) == 0
    out = capsys.readouterr()
    got = {r["id"] for r in json.loads(out.out)}
    assert got == set(query.apply(frame, query.Filters(year_min=2020, year_max=2024))["id"])
    assert "swapped" in out.err


@pytest.mark.parametrize("args", [
    ["--from", "99999999999999999999"], ["--to", "-5"], ["--from", "twenty"],
    ["--type", "handshake"], ["--sector", "mining"], ["--region", "Atlantis"],
])
def test_cli_export_refuses_what_no_record_can_have_before_it_starts(args, capsys):
    from partnerships.cli import main

    with pytest.raises(SystemExit) as exc:
        main(["export", *args])
    assert exc.value.code == 2 and "Traceback" not in capsys.readouterr().err


@pytest.mark.parametrize(("args", "named"), [(["--kr", "kr-nowhere"], "kr-nowhere"),
                                             (["--kr", "fr-paris"], "fr-paris"), (["--country", "ZZ"], "ZZ")])
def test_cli_export_names_an_unknown_place_instead_of_an_empty_file(frame, args, named, capsys):
    from partnerships.cli import main

    assert main(["export", *args]) == 2
    out = capsys.readouterr()
    assert out.out == "" and named in out.err


def test_cli_validate_fails_loudly_on_a_bad_record(tmp_path):
    import shutil

    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    path = data / "records" / "003_7cdbec0e616b3126.json"  # Newsis, Seoul in Ho Chi Minh City
    records = json.loads(path.read_text(encoding="utf-8"))
    records[1]["type"] = "handshake"
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    done = _cli("--data", str(data), "validate")
    assert done.returncode == 1
    assert f"{path.name}: record {records[1]['id']}: field type" in done.stderr


def test_cli_validate_knows_the_records_stored_only_in_the_database(tmp_path):
    import shutil

    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data, ignore=shutil.ignore_patterns("*.sqlite*"))
    national = "1995-busan-ho-chi-minh-city-sister-city-9624d4"  # a tie of the national layer: in no records file
    (data / "tours" / "mine.json").write_text(json.dumps({"title_en": "Mine", "records": [national, "no-such"]}),
                                              encoding="utf-8")
    env = {**os.environ, "ATLAS_DATABASE_URL": f"sqlite:///{tmp_path / 'a.sqlite'}", "ATLAS_NATIONAL_LAYER": "on"}
    done = _cli("--data", str(data), "validate", env=env)
    assert "mine.json: record no-such: field records: no such record" in done.stderr
    assert national not in done.stderr


@pytest.mark.parametrize(
    ("value", "written"),
    [("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"), ("+82 2", "'+82 2"), ("@SUM(A1)", "'@SUM(A1)"),
     ("서울시-오덴세", "서울시-오덴세"), ("-3 dB", "'-3 dB"), ("\tx", "'\tx"), ("\rx", "'\rx"), (2024, 2024),
     (" =1+1", "' =1+1"), ("\u200b=1+1", "'\u200b=1+1"), ("\ufeff\u00a0@x", "'\ufeff\u00a0@x"), (" 서울", " 서울"),
     ("\n=HYPERLINK(1)", "'\n=HYPERLINK(1)"), ("\u3000\u200b\n +1", "'\u3000\u200b\n +1"), ("\n서울", "\n서울")],
)
def test_csv_cells_never_start_a_formula(value, written):
    assert export.csv_safe(value) == written


def test_csv_export_guards_a_formula_title(frame, gazetteer):
    evil = frame.head(1).copy()
    evil["title_en"] = "=cmd|' /C calc'!A0"
    (row,) = csv.DictReader(io.StringIO(export.to_csv(evil, gazetteer)))
    assert row["title_en"] == "'=cmd|' /C calc'!A0"


def test_title_ko_starting_with_minus_is_neutralised(frame, gazetteer):
    evil = frame.head(1).copy()
    evil["title_ko"] = "-1+1 서울"
    (row,) = csv.DictReader(io.StringIO(export.to_csv(evil, gazetteer)))
    assert row["title_ko"] == "'-1+1 서울"


def test_bare_carriage_return_stays_in_one_row(frame, gazetteer):
    # A summary with a bare CR made the file parse as 24 rows for 22 records.
    evil = frame.head(3).copy()
    evil["summary_en"] = ["first\rsecond", "a\r\nb", "c\n\rd"]
    text = export.to_csv(evil, gazetteer)
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert len(rows) == 3
    assert [r["summary_en"] for r in rows] == ["first\rsecond", "a\r\nb", "c\n\rd"]
    assert len(pd.read_csv(io.StringIO(text, newline=""))) == 3
@pytest.mark.parametrize("fmt", ["json", "csv", "geojson"])
@pytest.mark.parametrize("size", [1, 3, 100])
def test_a_streamed_export_is_the_same_text_in_chunks(frame, gazetteer, fmt, size):
    from partnerships import export

    df = frame
    chunks = (df.iloc[i:i + size] for i in range(0, len(df), size))
    assert "".join(export.stream(chunks, gazetteer, fmt=fmt)) == export.render(df, gazetteer, fmt=fmt)
    assert "".join(export.stream([], gazetteer, fmt=fmt)) == export.render(df.iloc[:0], gazetteer, fmt=fmt)


def test_a_table_shown_on_a_page_is_guarded_for_its_own_csv_download():
    import pandas as pd

    shown = pd.DataFrame({"title": ["=HYPERLINK(\"http://x\")", "서울–오덴세"], "+1+1": [3, 4],
                          "sectors": [["trade"], ["ai"]]}, index=["@row", "2"])
    safe = export.spreadsheet_safe(shown)
    assert safe["title"].tolist() == ["'=HYPERLINK(\"http://x\")", "서울–오덴세"]
    assert list(safe.columns) == ["title", "'+1+1", "sectors"] and list(safe.index) == ["'@row", "2"]
    assert safe["'+1+1"].tolist() == [3, 4] and safe["sectors"].tolist() == [["trade"], ["ai"]]
    assert shown["title"].iloc[0].startswith("=")  # the page's own frame is left as it was


def test_exports_carry_the_korean_sides_level_and_the_source_tables_confidence(frame, gazetteer):
    one = frame[frame["id"] == "2014-seoul-odense-friendship-city"].copy()
    one["confidence"] = ["high"]
    (row,) = csv.DictReader(io.StringIO(export.to_csv(one, gazetteer)))
    assert (row["korean_levels"], row["confidence"]) == ("metropolitan", "high")
    head, body = list(csv.reader(io.StringIO(export.to_csv(one, gazetteer, lang="ko"), newline="")))[:2]
    got = dict(zip(head, body, strict=True))
    assert got["국내 자치단체 구분"] == "특별시·광역시" and got["원자료 신뢰도"].startswith("높음")
    one["confidence"], one["status"] = [0.75], ["reviewed"]  # a reader's score is no table's grade
    (row,) = csv.DictReader(io.StringIO(export.to_csv(one, gazetteer)))
    assert (row["confidence"], row["status"]) == ("", "published")
