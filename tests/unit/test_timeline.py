"""Agreements per year by type or sector."""

from __future__ import annotations

import pandas as pd
import pytest

from partnerships import timeline


def records(*rows: tuple[int, str, tuple[str, ...]]) -> pd.DataFrame:
    return pd.DataFrame({"year": [r[0] for r in rows], "type": [r[1] for r in rows],
                         "sectors": [r[2] for r in rows]})


SAMPLE = records(
    (2022, "roadshow", ("smart_city", "trade")),
    (2022, "mou", ("smart_city", "iot")),
    (2022, "mou", ("iot",)),
    (2019, "office", ("robotics",)),
)


@pytest.mark.parametrize(
    ("by", "expected"),
    [
        ("type", [(2019, "office", 1), (2022, "mou", 2), (2022, "roadshow", 1)]),
        ("sector", [(2019, "robotics", 1), (2022, "smart_city", 2), (2022, "iot", 2), (2022, "trade", 1)]),
    ],
)
def test_per_year_counts_in_taxonomy_order(by, expected):
    got = timeline.per_year(SAMPLE, by=by)
    assert list(got.columns) == timeline.TIMELINE_COLUMNS
    assert list(zip(got["year"], got["key"], got["count"], strict=True)) == expected


def test_by_sector_counts_a_record_once_per_sector():
    got = timeline.per_year(SAMPLE, by="sector")
    assert got["count"].sum() == sum(len(s) for s in SAMPLE["sectors"])
    assert timeline.per_year(SAMPLE, by="type")["count"].sum() == len(SAMPLE)


def test_unknown_keys_come_last():
    got = timeline.per_year(records((2020, "zzz_new", ("robotics",)), (2020, "mou", ("robotics",))), by="type")
    assert list(got["key"]) == ["mou", "zzz_new"]
    assert timeline.key_order(got, by="type") == ["mou", "zzz_new"]


def test_empty_table_gives_empty_counts():
    got = timeline.per_year(SAMPLE.head(0), by="sector")
    assert got.empty and list(got.columns) == timeline.TIMELINE_COLUMNS


def test_unknown_grouping_is_refused():
    with pytest.raises(ValueError, match="grouping"):
        timeline.per_year(SAMPLE, by="country")  # type: ignore[arg-type]


def test_curated_records(frame):
    got = timeline.per_year(frame, by="type")
    # 002_322a285842e0d4fc (MOLIT smart city roadshow release): the 2022 roadshows in Bangkok and Istanbul
    roadshows = got[(got["year"] == 2022) & (got["key"] == "roadshow")]["count"].item()
    assert roadshows == ((frame["year"] == 2022) & (frame["type"] == "roadshow")).sum() == 2
