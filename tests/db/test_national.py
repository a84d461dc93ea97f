"""The national layer: data/national/ties.csv through the spreadsheet import path, as published records."""

from __future__ import annotations

import csv
import shutil
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

from partnerships import national, store
from partnerships.db import engine as db_engine
from partnerships.model import UNDATED_YEAR
from partnerships.tables.places import resolve_korean

ROOT = Path(__file__).resolve().parents[2]
TABLE = ROOT / "data" / "national" / "ties.csv"
UNRESOLVED = {19, 146, 306}  # US counties named without their state (Montgomery x2, Fulton)


@pytest.fixture
def national_db(tmp_path, monkeypatch):
    """An empty SQLite store and a data folder holding the table and its preset."""
    data = tmp_path / "data"
    (data / "national").mkdir(parents=True)
    shutil.copytree(ROOT / "data" / "presets", data / "presets")
    shutil.copy(TABLE, data / "national" / "ties.csv")
    monkeypatch.setenv("ATLAS_DATA_DIR", str(data))
    monkeypatch.setenv("ATLAS_DATABASE_URL", f"sqlite:///{tmp_path / 'atlas.sqlite'}")
    yield store.engine(), data
    db_engine.forget()


def _rows() -> list[dict[str, str]]:
    with TABLE.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_import_reimport_and_changed_row(national_db, gazetteer):
    eng, data = national_db
    first = national.import_table(eng, gazetteer=gazetteer)
    assert first.rows == 366
    assert first.added == 363 and first.updated == 0
    assert {e.row for e in first.errors} == UNRESOLVED  # each one listed, with its reason
    assert all("no state, province or county" in e.reason for e in first.errors)
    records = store.read_records(eng).records
    assert len(records) == 363 and {r.status for r in records} == {"published"}

    again = national.import_table(eng, gazetteer=gazetteer)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 363)
    assert len(store.read_records(eng).records) == 363

    rows = _rows()
    assert rows[0]["date"] == ""  # row 2 of the file: Chungbuk-Idaho, undated
    rows[0]["date"] = "1997-03-05"
    path = data / "national" / "ties.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    changed = national.import_table(eng, gazetteer=gazetteer)
    assert (changed.added, changed.updated, changed.unchanged) == (0, 1, 362)
    after = store.read_records(eng).records
    assert len(after) == 363
    idaho = [r for r in after if r.extra["table_row"]["row"] == 2]
    assert len(idaho) == 1 and idaho[0].date == "1997-03-05" and idaho[0].year == 1997


def test_records_keep_provenance_evidence_confidence_and_type(national_db, gazetteer):
    eng, _ = national_db
    national.import_table(eng, gazetteer=gazetteer)
    by_row = {r.extra["table_row"]["row"]: r for r in store.read_records(eng).records}
    rows = _rows()
    for n, rec in by_row.items():
        row = rows[n - 2]
        assert rec.source.url == row["source_url"]
        assert rec.extra["confidence"] == row["confidence"]
        assert rec.evidence[0].startswith(f"[ties.csv · ties · row {n}]")
        assert f"partner_name_en: {row['partner_name_en']}" in rec.evidence[0]
        assert (rec.year == UNDATED_YEAR) == (row["date"] == "")
        assert "/" not in rec.source.publisher  # no path of the repository in what the public reads
    types = Counter(r.type for r in by_row.values())
    # sister 223 and friendship 126 + 5 exchange agreements, less the 3 unresolved rows (2 sister, 1 friendship)
    assert types == {"sister_city": 221, "friendship_city": 130, "other_tie": 11, "mou": 1}
    assert sum(r.year == UNDATED_YEAR for r in by_row.values()) == 141  # 144 undated, less the 3


def test_start_loads_the_layer_and_switching_it_off_removes_it(national_db, gazetteer, monkeypatch):
    eng, data = national_db
    (data / "records").mkdir()
    monkeypatch.setenv("ATLAS_NATIONAL_LAYER", "on")
    monkeypatch.setenv("ATLAS_SEEDS_DIR", str(data / "seeds"))
    store.open_store(gazetteer=gazetteer)
    assert len(store.read_records(eng).records) == 363
    assert any(name.startswith("ties.csv.") for name in store.article_files(eng))
    monkeypatch.setenv("ATLAS_NATIONAL_LAYER", "off")
    store.open_store(gazetteer=gazetteer)
    assert store.read_records(eng).records == []
    assert not any(name.startswith("ties.csv.") for name in store.article_files(eng))  # not a Sources entry


LEVEL_KINDS = {"metropolitan": {"city"}, "province": {"province"}, "city": {"city"}, "county": {"county"},
               "district": {"district"}}


@pytest.mark.parametrize("name,level", sorted({(r["korean_gov_ko"], r["korean_level"]) for r in _rows()}))
def test_every_korean_government_resolves_to_a_place_of_its_level(gazetteer, name, level):
    got = resolve_korean(gazetteer, name)
    assert got.place is not None, got.why
    assert got.place.kind in LEVEL_KINDS[level], (name, got.place.id, got.place.kind)
    assert not got.note  # not placed at a bigger place instead


def test_database_year_filter_and_options_count_undated_ties(national_db, gazetteer):
    from partnerships.db import queries
    from partnerships.query import Filters

    eng, _ = national_db
    national.import_table(eng, gazetteer=gazetteer)
    records = store.read_records(eng).records
    in_90s = sum(1990 <= r.year <= 1999 for r in records)
    with eng.connect() as conn:
        assert queries.count(conn, Filters(year_min=1990, year_max=1999)) == in_90s + 141
        assert queries.count(conn, Filters(year_min=1990, year_max=1999, undated=False)) == in_90s
        assert queries.count(conn, Filters(undated=False)) == 363 - 141
        assert queries.count(conn, Filters(undated_only=True)) == 141  # 'which of our ties have no date?'
        assert queries.count(conn, Filters(year_min=1990, year_max=1999, undated_only=True)) == 141
        n, years = queries.summary(conn, Filters())
        assert n == 363 and years[0] >= 1900  # the first year is a real one, not 0
        opts = queries.options(conn)
        assert opts["undated"] == 141 and opts["years"][0] >= 1900


def test_choosing_a_province_finds_its_cities_ties_in_the_database_and_in_memory(national_db, gazetteer):
    # 'Gyeonggi Province' had found only the province's own ties, none of Suwon's or Seongnam's
    from partnerships import query
    from partnerships.db import queries
    from partnerships.korea_areas import area_of
    from partnerships.query import Filters

    eng, _ = national_db
    national.import_table(eng, gazetteer=gazetteer)
    records = store.read_records(eng).records
    in_gyeonggi = {r.id for r in records if any(area_of(p, gazetteer) == "kr-gyeonggi-do" for p in r.korean_places)}
    own = {r.id for r in records if "kr-gyeonggi-do" in r.korean_places}
    assert len(in_gyeonggi) > len(own) > 0
    chosen = Filters(korean_places=("kr-gyeonggi-do",))
    with eng.connect() as conn:
        assert queries.count(conn, chosen) == len(in_gyeonggi)
        assert queries.count(conn, Filters(korean_places=("kr-suwon",))) < len(in_gyeonggi)
    frame = pd.DataFrame({"id": [r.id for r in records], "korean_places": [tuple(r.korean_places) for r in records]})
    assert set(query.apply(frame, chosen, columns=["id"])["id"]) == in_gyeonggi


def test_a_place_kept_under_a_former_id_is_found_by_its_place_and_its_province():
    # a record naming 'kr-kimje' (Gimje's former id) was drawn under Jeonbuk but found by neither filter
    from partnerships.korea_areas import with_their_places

    assert "kr-kimje" in with_their_places(("kr-gimje",))
    assert "kr-kimje" in with_their_places(("kr-jeollabuk-do",))
    assert "kr-kimje" not in with_their_places(("kr-gyeonggi-do",))


def test_an_editor_cannot_replace_the_published_tables_text_or_its_mapping(national_db, gazetteer):
    """An editor's upload of a sheet that has the national table's file name is kept under another
    name (the layer's stored text backs 363 published records); a new text of a sheet whose rows
    are published takes a reviewer; the saved mapping of the layer takes a reviewer to replace,
    while an editor may save a new one; every save is a line of the audit trail."""
    from partnerships import review, roles
    from partnerships.db import repo
    from partnerships.proposals import DbProposals
    from partnerships.tables import columns, plan
    from tests.db.review_helpers import staff

    eng, data = national_db
    national.import_table(eng, gazetteer=gazetteer)
    staff(eng)
    before = store.article_text(eng, "ties.csv.ties.txt")
    small = "시군,상대 도시 영문,국가,구분,체결일자\n서울특별시,Odense,DK,우호협력,2014-05-01\n".encode()
    got = plan.plan(small, "ties.csv").run(sink=DbProposals(eng, "ed", gazetteer), gaz=gazetteer)
    assert (got.added, got.errors) == (1, []), got.table()
    assert store.article_text(eng, "ties.csv.ties.txt") == before
    assert sum(r.status == "published" for r in store.read_records(eng).records) == 363
    (mine,) = review.proposed(eng, "rita")
    assert not mine.record["source"]["file"].startswith("ties.csv.")
    review.publish(eng, "rita", mine.id, version=mine.version)
    again = "시군,상대 도시 영문,국가,구분,체결일자\n서울특별시,Odense,DK,우호협력,2014-05-02\n".encode()
    with pytest.raises(roles.NotAllowed):  # its rows are published now: a new text takes a reviewer
        plan.plan(again, "ties.csv").run(sink=DbProposals(eng, "ed", gazetteer), gaz=gazetteer)

    layer = columns.load_preset(national.PRESET, data_dir=data)
    mine = columns.Preset(name=national.PRESET, columns={"partner": "상대 도시 영문"})
    with pytest.raises(roles.NotAllowed):
        columns.save_preset_as(mine, "ed", eng, data_dir=data)
    with pytest.raises(roles.NotAllowed):  # a new mapping that would publish its rows
        columns.save_preset_as(columns.Preset(name="new-layer", columns={}, status="published"), "ed", eng,
                               data_dir=data)
    with pytest.raises(roles.NotAllowed):  # nobody signed in
        columns.save_preset_as(columns.Preset(name="anon", columns={}), None, eng, data_dir=data)
    assert columns.load_preset(national.PRESET, data_dir=data) == layer
    columns.save_preset_as(columns.Preset(name="ed-sheet", columns={"partner": "x"}), "ed", eng, data_dir=data)
    columns.save_preset_as(mine, "rita", eng, data_dir=data)
    assert columns.load_preset(national.PRESET, data_dir=data).columns == {"partner": "상대 도시 영문"}
    with eng.connect() as conn:
        saves = [(x["who"], x["record_id"]) for x in repo.audit_trail(conn) if x["action"] == "save_preset"]
    assert saves == [("ed", "preset:ed-sheet"), ("rita", f"preset:{national.PRESET}")]


def _write_rows(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)


def test_what_reviewers_did_survives_reimports_and_the_layer_switched_off_and_on(national_db, gazetteer):
    from partnerships import accounts, review

    eng, data = national_db
    national.import_table(eng, gazetteer=gazetteer)
    accounts.add_user(eng, "rev", role="reviewer", password="a long test password")
    by_row = {r.extra["table_row"]["row"]: r for r in store.read_records(eng).records}
    edited, retracted = by_row[2], by_row[3]
    review.edit(eng, "rev", edited.id, {"title_en": "Corrected by a reviewer"},
                version=review.get(eng, edited.id).version, reason="a typo")
    review.retract(eng, "rev", retracted.id, version=review.get(eng, retracted.id).version, reason="a duplicate")

    again = national.import_table(eng, gazetteer=gazetteer)  # the same table: nothing to apply
    assert review.get(eng, edited.id).record["title_en"] == "Corrected by a reviewer" and again.kept == []

    rows = _rows()
    rows[0]["date"] = "1997-03-05"  # row 2 changes in the table, after the reviewer's edit
    _write_rows(data / "national" / "ties.csv", rows)
    changed = national.import_table(eng, gazetteer=gazetteer)
    assert changed.kept == [edited.id] and "changed in the app" in changed.table()
    assert review.get(eng, edited.id).record["title_en"] == "Corrected by a reviewer"

    national.remove(eng)  # the layer off, then on again
    national.import_table(eng, gazetteer=gazetteer)
    assert review.get(eng, retracted.id).status == "retracted"
    assert review.get(eng, edited.id).record["title_en"] == "Corrected by a reviewer"
    assert len(store.read_records(eng).records) == 363


def test_presets_saved_while_others_write_queue_and_one_new_name_is_saved_once(national_db, gazetteer):
    import threading

    from partnerships import accounts, review
    from partnerships.errors import DataError
    from partnerships.roles import NotAllowed
    from partnerships.tables import columns

    eng, data = national_db
    national.import_table(eng, gazetteer=gazetteer)
    accounts.add_user(eng, "ed", role="editor", password="a long test password")
    accounts.add_user(eng, "rev", role="reviewer", password="a long test password")
    rid = store.read_records(eng).records[0].id
    outcomes: list[str] = []

    def edits() -> None:
        for n in range(15):
            review.edit(eng, "rev", rid, {"title_en": f"Edit {n}"}, version=review.get(eng, rid).version,
                        reason="busy")

    def presets(name: str) -> None:
        try:
            columns.save_preset_as(columns.Preset(name=name, columns={"partner": "x"}), "ed", eng, data_dir=data)
            outcomes.append("saved")
        except NotAllowed:  # the name was saved first: replacing it takes a reviewer
            outcomes.append("refused")
        except DataError as exc:
            outcomes.append("refused" if "a moment ago" in str(exc) else f"other: {exc}")

    threads = [threading.Thread(target=edits)] + [threading.Thread(target=presets, args=(f"sheet-{n}",))
                                                  for n in range(6)] + [
        threading.Thread(target=presets, args=("same-name",)) for _ in range(2)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert outcomes.count("saved") == 7 and outcomes.count("refused") == 1  # no database-locked failure
    assert columns.load_preset("same-name", data_dir=data).columns == {"partner": "x"}


def test_an_editors_import_with_the_layers_preset_is_proposed_in_its_history_too(national_db, gazetteer):
    from partnerships import accounts, review
    from partnerships.proposals import DbProposals
    from partnerships.tables import columns, plan

    eng, data = national_db
    accounts.add_user(eng, "ed", role="editor", password="a long test password")
    rows = _rows()[:3]
    path = data / "mine.csv"
    _write_rows(path, rows)
    p = plan.plan(path.read_bytes(), path.name, preset=columns.load_preset(national.PRESET, data_dir=data))
    p.run(sink=DbProposals(eng, "ed", gazetteer), gaz=gazetteer)
    ids = [i.id for i in review.proposed(eng, "ed")]
    assert ids
    for rid in ids:
        (create,) = [x for x in review.history(eng, rid) if x["action"] == "create"]
        assert create["after"]["status"] == "proposed" == review.get(eng, rid).status


def test_switching_the_layer_off_leaves_an_offices_own_ties_csv_and_tells_what_it_removed(national_db, gazetteer):
    from partnerships import accounts, review
    from partnerships.proposals import DbProposals
    from partnerships.tables import plan

    eng, data = national_db
    national.import_table(eng, gazetteer=gazetteer)
    layer = {r.id for r in store.read_records(eng).records}
    assert national.remove(eng) == len(layer) == 363  # the layer switched off: each removal told
    gone = review.history(eng, sorted(layer)[0])[-1]
    assert gone["action"] == "remove" and gone["who"] == national.WHO and "switched off" in gone["reason"]

    accounts.add_user(eng, "ed", role="editor", password="a long test password")
    accounts.add_user(eng, "rev", role="reviewer", password="a long test password")
    sheet = "자치단체,국가,상대 도시,구분,체결일\n수원시,JP,Asahikawa,자매결연,2003-05-01\n"
    plan.plan(sheet.encode(), "ties.csv").run(sink=DbProposals(eng, "ed", gazetteer), gaz=gazetteer)
    (mine,) = review.proposed(eng, "rev")
    review.publish(eng, "rev", mine.id, version=mine.version)
    assert national.remove(eng) == 0  # at the next start with the layer off: the office's sheet stays
    left = store.read_records(eng).records
    assert [r.id for r in left] == [mine.id] and left[0].status == "published"
    assert left[0].source.file in store.article_files(eng)  # its sheet's text too, for Sources


def test_an_editor_cannot_bring_the_layer_back_published_by_importing_its_table(national_db, gazetteer):
    from partnerships import accounts, review
    from partnerships.proposals import DbProposals
    from partnerships.tables import columns, plan

    eng, data = national_db
    national.import_table(eng, gazetteer=gazetteer)
    accounts.add_user(eng, "ed", role="editor", password="a long test password")
    accounts.add_user(eng, "rev", role="reviewer", password="a long test password")
    first = store.read_records(eng).records[0]
    review.edit(eng, "rev", first.id, {"title_en": "Corrected by a reviewer"},
                version=review.get(eng, first.id).version, reason="a typo")
    national.remove(eng)  # the operator switched the layer off
    path = data / "national" / "ties.csv"
    p = plan.plan(path.read_bytes(), path.name, preset=columns.load_preset(national.PRESET, data_dir=data))
    p.run(sink=DbProposals(eng, "ed", gazetteer), gaz=gazetteer)
    assert {r.status for r in store.read_records(eng).records} == {"proposed"}  # nothing public
    assert len(review.proposed(eng, "rev")) == 363


def test_a_reviewers_own_ties_csv_never_takes_the_layers_place(national_db, gazetteer):
    from partnerships import accounts
    from partnerships.proposals import DbProposals
    from partnerships.tables import plan

    eng, data = national_db
    national.import_table(eng, gazetteer=gazetteer)
    layer_text = {n: store.article_text(eng, n) for n in store.article_files(eng) if n.startswith("ties.csv.")}
    accounts.add_user(eng, "rev", role="reviewer", password="a long test password")
    sheet = "자치단체,국가,상대 도시,구분,체결일\n수원시,JP,Asahikawa,자매결연,2003-05-01\n"
    result = plan.plan(sheet.encode(), "ties.csv").run(sink=DbProposals(eng, "rev", gazetteer), gaz=gazetteer)
    assert result.added == 1
    assert {n: store.article_text(eng, n) for n in layer_text} == layer_text  # the layer's rows stay its own
    mine = [r for r in store.read_records(eng).records if r.status == "proposed"]
    assert len(mine) == 1 and not mine[0].source.file.startswith("ties.csv.")


def test_an_editors_sheet_row_that_is_a_national_tie_is_offered_as_a_merge(national_db, gazetteer):
    """The editor's own sheet repeats a tie the national layer publishes: the import says so (the
    layer's own rows, imported again, are no duplicates of themselves)."""
    from partnerships.proposals import DbProposals
    from partnerships.tables import columns, plan

    eng, data = national_db
    national.import_table(eng, gazetteer=gazetteer)
    rows = _rows()
    dated = next(k for k, row in enumerate(rows) if row["date"] and row["tie_type"] == "sister_city")
    mine = data / "my-office-ties.csv"
    with mine.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerow(rows[dated])
    preset = columns.load_preset(national.PRESET, data_dir=data)
    p = plan.plan(mine.read_bytes(), mine.name, preset=preset)
    result = p.run(sink=DbProposals(eng, "ed", gazetteer, check_role=False), gaz=gazetteer)
    assert len(result.merges) == 1
    (_, into), = result.merges
    published = {r.id: r for r in store.read_records(eng).records}[into]
    assert published.status == "published" and published.extra["table_row"]["row"] == dated + 2
    again = national.import_table(eng, gazetteer=gazetteer)
    assert again.merges == []


def test_a_changed_row_of_a_reviewed_record_is_said_not_applied(national_db, gazetteer):
    from partnerships import accounts, review
    from partnerships.proposals import DbProposals
    from partnerships.tables import plan

    eng, _ = national_db
    accounts.add_user(eng, "ed", role="editor", password="a long test password")
    accounts.add_user(eng, "rev", role="reviewer", password="a long test password")
    sheet = "자치단체,국가,상대 도시,구분,체결일\n수원시,JP,Asahikawa,자매결연,2003-05-01\n"
    first = plan.plan(sheet.encode(), "own.csv")
    first.preset.publisher = "Suwon City"
    first.run(sink=DbProposals(eng, "ed", gazetteer), gaz=gazetteer)
    (mine,) = review.proposed(eng, "rev")
    review.publish(eng, "rev", mine.id, version=mine.version)
    again = plan.plan(sheet.encode(), "own.csv")
    again.preset.publisher = "Suwon City International Team"
    by_editor = again.run(sink=DbProposals(eng, "ed", gazetteer), gaz=gazetteer)
    # published since, its content as imported: held for a reviewer, whoever imports (not "changed in the app")
    assert (by_editor.updated, by_editor.kept, by_editor.held) == (0, [], [mine.id])
    result = again.run(sink=DbProposals(eng, "rev", gazetteer), gaz=gazetteer)
    assert (result.updated, result.held) == (0, [mine.id])  # not silently "unchanged"
    assert "reviewed already" in result.table()
    assert review.get(eng, mine.id).record["source"]["publisher"] == "Suwon City"


def test_a_sheet_row_dated_to_the_day_of_a_tie_the_layer_dates_by_year_is_offered_on_review(national_db, gazetteer):
    """The import says 'offered as a merge' by year; Review offers that same merge (a year-only date
    holds the row's day), so publishing does not make a second record of one tie."""
    from partnerships import accounts, review_merges
    from partnerships.proposals import DbProposals
    from partnerships.tables import plan

    eng, _ = national_db
    national.import_table(eng, gazetteer=gazetteer)
    year_only = next(row for row in _rows() if len(row["date"]) == 4 and row["tie_type"] == "sister_city")
    accounts.add_user(eng, "rev", role="reviewer", password="a long test password")
    sheet = ("korean_gov_ko,partner_name_en,partner_admin_en,partner_country_iso2,tie_type,date\n"
             f"{year_only['korean_gov_ko']},{year_only['partner_name_en']},{year_only['partner_admin_en']},"
             f"{year_only['partner_country_iso2']},sister city,{year_only['date']}-10-23\n")
    result = plan.plan(sheet.encode(), "office.csv").run(sink=DbProposals(eng, "rev", gazetteer), gaz=gazetteer)
    assert len(result.merges) == 1
    (_, into), = result.merges
    offers = {(kept.id, absorbed.record["date"]) for kept, absorbed in review_merges.candidates_for(eng, "rev")}
    assert (into, f"{year_only['date']}-10-23") in offers


def test_the_layer_keeps_every_tie_an_editors_sheet_already_proposed(national_db, gazetteer):
    """An editor's sheet that repeats national ties, imported first: the layer still publishes its
    own copy of each (it skips nothing as 'waiting from another sheet')."""
    from partnerships.proposals import DbProposals
    from partnerships.tables import columns, plan

    eng, data = national_db
    rows = _rows()
    dated = [row for row in rows if row["date"] and row["tie_type"] == "sister_city"][:3]
    mine = data / "my-office-ties.csv"
    with mine.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(dated)
    preset = columns.load_preset(national.PRESET, data_dir=data)
    plan.plan(mine.read_bytes(), mine.name, preset=preset).run(
        sink=DbProposals(eng, "ed", gazetteer, check_role=False), gaz=gazetteer)
    layer = national.import_table(eng, gazetteer=gazetteer)
    assert layer.added == 363 and layer.waiting == []
