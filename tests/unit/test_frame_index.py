"""The indexed fast paths of query and aggregate give exactly what the plain pandas paths give."""

import importlib.util
import sys
from pathlib import Path

import pandas as pd
import pytest

from partnerships import aggregate, frame_index, query, store
from partnerships.model import Record

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def frames(gazetteer):
    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench" / "generate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    raw = module.generate(400, seed=9, gazetteer=gazetteer)
    for i, d in enumerate(raw):
        d["source"] = {"file": f"{i}.txt", "publisher": "p", "published": None, "url": None}
    indexed = store.records_frame([Record.from_dict(d) for d in raw], gazetteer)
    plain = indexed.copy()
    plain.attrs = {}
    assert frame_index.lookup(indexed) is not None and frame_index.lookup(plain) is None
    return indexed, plain


FILTERS = [
    query.Filters(),
    query.Filters(sectors=("ai", "robotics")),
    query.Filters(types=("mou", "exchange"), year_min=2010),
    query.Filters(korean_places=("kr-seoul", "kr-busan")),
    query.Filters(regions=("Eastern Asia",), year_max=2015),
    query.Filters(countries=("JP", "US"), sectors=("culture_tourism",)),
    query.Filters(text="mou seoul"),
    query.Filters(text="문화"),
    query.Filters(types=("award",), countries=("ZZ",)),
]


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: str(f.to_params()) or "none")
def test_fast_paths_match_plain_paths(frames, gazetteer, filters):
    indexed, plain = frames
    fast, slow = query.apply(indexed, filters), query.apply(plain, filters)
    assert list(fast["id"]) == list(slow["id"])
    assert frame_index.lookup(fast) is not None
    slow = slow.copy()
    slow.attrs = {}
    for fn in (aggregate.place_points, aggregate.place_arcs):
        a, b = fn(fast, gazetteer), fn(slow, gazetteer)
        pd.testing.assert_frame_equal(a, b, check_dtype=False, check_index_type=False)
    for place in ("kr-seoul", "jp-tokyo"):
        assert list(aggregate.records_at(fast, place)["id"]) == list(aggregate.records_at(slow, place)["id"])
    pair = ("kr-seoul", "cn-beijing")
    assert list(aggregate.records_between(fast, *pair)["id"]) == list(aggregate.records_between(slow, *pair)["id"])


def test_relabelled_slice_falls_back(frames):
    indexed, _ = frames
    shuffled = indexed.iloc[::-1].reset_index(drop=True)  # labels no longer row positions
    assert frame_index.lookup(shuffled) is None
    assert frame_index.lookup(indexed.iloc[::-1]) is not None


def test_a_value_derived_from_the_whole_table_is_made_once_and_a_slices_every_time(frames):
    indexed, plain = frames
    made = []

    def make():
        made.append(1)
        return len(made)

    key = ("test", "derived")
    assert frame_index.derived(indexed, key, make) == 1
    assert frame_index.derived(indexed, key, make) == 1  # kept with the table's index
    assert frame_index.derived(indexed.iloc[:10], key, make) == 2  # a slice: not the whole table
    assert frame_index.derived(indexed.iloc[::-1], key, make) == 3  # all rows, another order
    assert frame_index.derived(plain, key, make) == 4  # no index
    assert frame_index.derived(indexed, key, make) == 1


def test_search_answers_for_a_slice_match_the_whole_tables(frames):
    from partnerships import search

    indexed, _ = frames
    whole = search.matches(indexed, "seoul")
    part = indexed.iloc[50:150]
    assert (search.matches(part, "seoul") == whole[50:150]).all()
    assert search.matches(indexed, "SEOUL") is whole  # the kept answer, the word compared in lower case
