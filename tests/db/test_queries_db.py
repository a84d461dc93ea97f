"""Filters, map aggregates, search and paging in the database agree with the records table, on
SQLite and PostgreSQL; partner filters keep only the matching partners."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from partnerships import aggregate, frame_index, query, search_terms, store
from partnerships.db import queries, rollup
from partnerships.model import PUBLIC_STATUSES
from partnerships.query import Filters
from tests.helpers.databases import new_postgres_database

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))


def _fill(folder: Path, monkeypatch: pytest.MonkeyPatch, gazetteer):
    """600 synthetic records (bench/generate.py) in the database, and the same as a records table."""
    import generate

    base = generate.write_dataset(600, folder, seed=11, gazetteer=gazetteer)
    for key, value in generate.env_for(base).items():
        monkeypatch.setenv(key, value)
    eng = store.open_store(gazetteer=gazetteer)
    result = store.read_records(eng)
    assert result.problems == [] and len(result.records) == 600
    return eng, store.records_frame(result.records, gazetteer)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def synthetic(request, tmp_path_factory, gazetteer):
    """The synthetic records on each engine, filled once for the module's read-only tests."""
    from partnerships.db import engine as db_engine

    base = tmp_path_factory.mktemp("synthetic")
    with pytest.MonkeyPatch.context() as mp:
        if request.param == "sqlite":
            url = f"sqlite:///{base / 'atlas.sqlite'}"
        else:
            url = new_postgres_database(request.getfixturevalue("postgres_server"))
        mp.setenv("ATLAS_DATABASE_URL", url)
        eng, df = _fill(base / "gen", mp, gazetteer)
        # What the database answers by default: the published records (the generator proposes some).
        yield eng, df[df["status"].isin(PUBLIC_STATUSES)]
        db_engine.forget()


@pytest.fixture
def synthetic_to_change(tmp_path, monkeypatch, database_url, gazetteer):
    """The synthetic records in a database of the test's own, which it may change."""
    return _fill(tmp_path / "gen", monkeypatch, gazetteer)


FILTERS = [
    Filters(),
    Filters(types=("mou", "exchange")),
    Filters(sectors=("robotics",), year_min=2010),
    Filters(year_min=2015, year_max=2020, types=("roadshow", "forum", "mou")),
    Filters(korean_places=("kr-busan", "kr-seoul")),
    Filters(countries=("US", "JP")),
    Filters(regions=("Western Europe",), sectors=("trade", "culture_tourism")),
    Filters(text="seoul"),
    Filters(text="협약 mou"),
]


def _ids(df) -> list[str]:
    return sorted(df["id"])


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: ",".join(f"{k}={v}" for k, v in f.to_params().items()) or "all")
def test_filters_count_and_page_like_the_table(synthetic, filters):
    eng, df = synthetic
    view = query.apply(df, filters)
    with eng.connect() as conn:
        assert queries.count(conn, filters) == len(view)
        page = queries.newest(conn, filters, offset=0, limit=25)
        later = queries.newest(conn, filters, offset=25, limit=25)
        streamed = [d["id"] for d in queries.stream(conn, filters, chunk=50)]
    expected = view.sort_values(["date", "id"], ascending=[False, True])["id"].tolist()
    assert [d["id"] for d in page] == expected[:25]
    assert [d["id"] for d in later] == expected[25:50]
    assert streamed == expected


@pytest.mark.parametrize("filters", [f for f in FILTERS if not (f.regions or f.countries)],
                         ids=lambda f: ",".join(f"{k}={v}" for k, v in f.to_params().items()) or "all")
def test_map_aggregates_like_the_table(synthetic, filters, gazetteer):
    eng, df = synthetic
    view = query.apply(df, filters)
    want_points = aggregate.place_points(view, gazetteer)
    want_arcs = aggregate.place_arcs(view, gazetteer)
    with eng.connect() as conn:
        points = queries.place_points(conn, filters)
        arcs = queries.place_arcs(conn, filters)
        top = queries.place_arcs(conn, filters, limit=10)
    key = ["place_id", "side", "count"]
    assert sorted(map(tuple, points[key].values.tolist())) == sorted(map(tuple, want_points[key].values.tolist()))
    akey = ["src", "dst", "type", "count"]
    assert sorted(map(tuple, arcs[akey].values.tolist())) == sorted(map(tuple, want_arcs[akey].values.tolist()))
    assert list(points.columns) == list(want_points.columns) and list(arcs.columns) == list(want_arcs.columns)
    assert top["count"].tolist() == sorted(want_arcs["count"].tolist(), reverse=True)[:10]


def test_a_partner_filter_shows_only_matching_partners(synthetic, gazetteer):
    eng, df = synthetic
    europe = Filters(regions=("Europe",))  # a continent: its four sub-regions
    parts = ("Northern Europe", "Western Europe", "Southern Europe", "Eastern Europe")
    with eng.connect() as conn:
        points = queries.place_points(conn, europe)
        arcs = queries.place_arcs(conn, europe)
        n = queries.count(conn, europe)
        n_parts = queries.count(conn, Filters(regions=parts))
    partners = points[points["side"] == "partner"]
    assert len(partners) > 0 and n == n_parts
    assert {gazetteer.get(p).region for p in partners["place_id"]} <= set(parts)
    assert {gazetteer.get(p).region for p in arcs["dst"]} <= set(parts)
    # Records with partners on several continents exist in the data, so the filter changes something.
    view = query.apply(df, europe)
    assert sorted(view["id"]) == sorted(query.apply(df, Filters(regions=parts))["id"])
    assert any(len(set(r) - set(parts)) for r in view["partner_regions"])
    # The table's path shows the same partners and arcs.
    want_points, want_arcs = aggregate.matching_partners(
        aggregate.place_points(view, gazetteer), aggregate.place_arcs(view, gazetteer), regions=europe.regions,
        gazetteer=gazetteer)
    key, akey = ["place_id", "side", "count"], ["src", "dst", "type", "count"]
    assert sorted(map(tuple, points[key].values.tolist())) == sorted(map(tuple, want_points[key].values.tolist()))
    assert sorted(map(tuple, arcs[akey].values.tolist())) == sorted(map(tuple, want_arcs[akey].values.tolist()))


def test_search_takes_alternative_terms(synthetic):
    eng, df = synthetic
    with eng.connect() as conn:
        busan = queries.count(conn, Filters(text="busan"))
        seoul = queries.count(conn, Filters(text="seoul"))
        either = queries.count(conn, Filters(text="busan"), expand=lambda w: ["seoul"] if w == "busan" else [])
        both = queries.count(conn, Filters(text="busan seoul"))
    assert busan and seoul
    assert either == len(query.apply(df, Filters(text="busan")).index.union(query.apply(df, Filters(text="seoul")).index))
    assert both <= min(busan, seoul)


@pytest.mark.parametrize("word", ["서울", "부산광역시", "odense", "%", "_", "a\\"])
def test_search_words_of_any_length_and_special_characters(folders, word, gazetteer):
    eng = store.open_store()
    df = store.records_frame(store.read_records(eng).records, gazetteer)
    found = frame_index.lookup(df)
    gaz = found[0].gazetteer if found is not None else None
    expand = lambda w: search_terms.expand(w, gazetteer=gaz).text  # noqa: E731  (the frame search's alternatives)
    with eng.connect() as conn:
        assert queries.count(conn, Filters(text=word), expand=expand) == len(query.apply(df, Filters(text=word)))


def test_a_nul_typed_into_the_search_is_a_space_on_either_engine(folders):
    # Chromium keeps a NUL typed or pasted into the box; SQLite's index and PostgreSQL refused it
    eng = store.open_store()
    with eng.connect() as conn:
        assert queries.count(conn, Filters(text="odense\x00서울")) == queries.count(conn, Filters(text="odense 서울"))


@pytest.mark.parametrize("filters", [Filters(), Filters(types=("mou", "exchange")), Filters(year_min=2012, year_max=2019),
                                     Filters(types=("forum",), year_min=2020)],
                         ids=lambda f: ",".join(f"{k}={v}" for k, v in f.to_params().items()) or "all")
def test_the_rollup_answers_type_and_year_filters_like_the_queries(synthetic, filters):
    eng, _ = synthetic
    assert rollup.covers(filters)
    with eng.connect() as conn:
        roll = rollup.Rollup.from_bytes(rollup.compute(conn).to_bytes())  # as partnerships.db.summaries keeps it
        points, arcs, n, years = rollup.from_rollup(conn, roll, filters, limit=40)
        assert points.values.tolist() == queries.place_points(conn, filters).values.tolist()
        assert list(points.columns) == queries.POINT_COLUMNS and list(arcs.columns) == queries.ARC_COLUMNS
        want = queries.place_arcs(conn, filters, limit=40)
        assert arcs[["src", "dst", "type", "count"]].values.tolist() == want[["src", "dst", "type", "count"]].values.tolist()
        assert (n, years) == queries.summary(conn, filters)
        far = tuple(queries.place_arcs(conn, filters).iloc[-1][["src", "dst"]])  # a selected arc below the top 40
        got = rollup.from_rollup(conn, roll, filters, limit=40, pair=far)[1]
        assert got.values.tolist() == queries.place_arcs(conn, filters, limit=40, pair=far).values.tolist()
        assert far in set(zip(got["src"], got["dst"], strict=True))


def test_the_rollup_does_not_answer_other_filters():
    assert not rollup.covers(Filters(sectors=("ai",)))
    assert not rollup.covers(Filters(regions=("Europe",), types=("mou",)))
    assert not rollup.covers(Filters(text="seoul"))


def test_search_finds_what_people_type(folders):
    # Odense's records (seed 000) are found by the country in either language, and a plural or
    # the Korean word finds what the sector's name finds.
    eng = store.open_store()
    with eng.connect() as conn:
        denmark = queries.count(conn, Filters(countries=("DK",)))
        assert denmark >= 1
        assert queries.count(conn, Filters(text="Denmark")) == denmark
        assert queries.count(conn, Filters(text="덴마크")) == denmark
        robots, robot_ko = queries.count(conn, Filters(text="robots")), queries.count(conn, Filters(text="로봇"))
        assert robots == robot_ko >= queries.count(conn, Filters(sectors=("robotics",))) >= 1
        mou = queries.count(conn, Filters(types=("mou",)))
        assert mou >= 1 and queries.count(conn, Filters(text="업무협약")) >= mou
        assert queries.count(conn, Filters(text="업무협약")) == queries.count(conn, Filters(text="MOU"))
        # a place by any of its spellings: the gazetteer knows 호치민 as Ho Chi Minh City (호찌민)
        hcmc = queries.count(conn, Filters(countries=("VN",)))
        assert hcmc >= 1 and queries.count(conn, Filters(text="호치민")) >= hcmc
        assert queries.count(conn, Filters(text="호치민")) == queries.count(conn, Filters(text="호찌민"))
        smart = queries.count(conn, Filters(text="스마트시티"))
        assert smart == queries.count(conn, Filters(text="스마트도시")) >= queries.count(
            conn, Filters(sectors=("smart_city",))) >= 1


def test_the_rollup_counts_only_the_statuses_asked_for(synthetic_to_change):
    # A proposed record must not reach the public map through the type-and-year shortcut.
    from sqlalchemy import select, update

    from partnerships.db import schema

    eng, _ = synthetic_to_change
    public = ("published", "reviewed")
    with eng.begin() as conn:
        before = queries.count(conn, Filters(), statuses=public)
        first = conn.execute(select(schema.records.c.id).where(schema.records.c.status.in_(public))
                             .limit(3)).scalars().all()
        conn.execute(update(schema.records).where(schema.records.c.id.in_(first)).values(status="proposed"))
    with eng.connect() as conn:
        roll = rollup.compute(conn, statuses=public)
        points, arcs, n, years = rollup.from_rollup(conn, roll, Filters(), limit=40)
        assert (n, years) == queries.summary(conn, Filters(), statuses=public)
        assert n == before - 3
        want = queries.place_points(conn, Filters(), statuses=public)
        key = ["place_id", "side", "count"]
        assert sorted(map(tuple, points[key].values.tolist())) == sorted(map(tuple, want[key].values.tolist()))


def test_a_query_sees_published_records_only_unless_asked(synthetic_to_change):
    # The default of every question is the public one: drafts, rejected and retracted records
    # stay out unless a staff caller asks for them by name.
    from sqlalchemy import select, update

    from partnerships.db import schema
    from partnerships.db.repo import iter_records

    eng, _ = synthetic_to_change
    rec = schema.records
    with eng.begin() as conn:
        ids = conn.execute(select(rec.c.id).order_by(rec.c.id).limit(9)).scalars().all()
        hidden = {"proposed": ids[:3], "rejected": ids[3:6], "retracted": ids[6:9]}
        for status, some in hidden.items():
            conn.execute(update(rec).where(rec.c.id.in_(some)).values(status=status))
    with eng.connect() as conn:
        every_record = list(iter_records(conn))
        secret = {d["id"] for d in every_record if d["status"] not in ("published", "reviewed")}
        assert set(ids) <= secret
        drafts = [d for d in every_record if d["id"] in secret]
        places = {p for d in drafts for p in (*d["korean_places"], *(d.get("partner_places") or []))}
        seen = {d["id"] for d in queries.stream(conn, Filters())}
        seen |= {d["id"] for d in queries.newest(conn, Filters(), limit=10_000)}
        for place in places:
            seen |= {d["id"] for d in queries.records_at(conn, Filters(), place)}
        for d in drafts:
            for src in d["korean_places"]:
                for dst in d.get("partner_places") or []:
                    seen |= {x["id"] for x in queries.records_between(conn, Filters(), src, dst)}
        assert seen and not seen & secret
        total = queries.count(conn, Filters())
        assert total == len(seen) == 600 - len(secret)
        assert queries.summary(conn, Filters())[0] == total
        assert int(queries.per_year(conn, Filters(), by="type")["count"].sum()) == total
        assert rollup.compute(conn).total == total
        assert int(queries.place_arcs(conn, Filters())["count"].sum()) == sum(
            len(d["korean_places"]) * len(d.get("partner_places") or []) for d in queries.stream(conn, Filters()))
        # staff ask for more by name
        every = {d["id"] for d in queries.stream(conn, Filters(), statuses=queries.EVERY_STATUS)}
        assert secret <= every and queries.count(conn, Filters(), statuses=queries.EVERY_STATUS) == 600
        assert queries.count(conn, Filters(), statuses=("rejected",)) == sum(
            d["status"] == "rejected" for d in every_record) >= 3
        with pytest.raises(TypeError):
            queries.count(conn, Filters(), statuses=None)


def test_the_tour_order_and_its_steps_match_the_records_table(synthetic):
    # The Tour asks the database for its order (oldest first, undated last, then by id, compared
    # as Python compares strings) and for the records up to a step; both agree with
    # partnerships.tour on the records table.
    from partnerships import tour

    eng, df = synthetic
    public = df[df["status"].isin(queries.PUBLIC)]
    want = tour.ordered_ids(public)
    japan = tour.ordered_ids(query.apply(public, Filters(countries=("JP",))))
    with eng.connect() as conn:
        assert queries.in_time_order(conn, Filters()) == want
        assert queries.in_time_order(conn, Filters(countries=("JP",))) == japan
        body = {d["id"]: d for d in queries.by_ids(conn, want)}
        for k in (0, len(want) // 3, len(want) - 1):
            upto = [d["id"] for d in queries.stream(conn, Filters(), where=[queries.up_to(conn, body[want[k]])])]
            assert sorted(upto) == sorted(want[:k + 1])
