"""Filters: each field narrows the table; URL parameters round-trip and ignore junk."""

import pandas as pd
import pytest

from partnerships.query import Filters, apply


@pytest.fixture
def table() -> pd.DataFrame:
    rows = [
        # id, type, sectors, year, korean, partners, countries, regions, text
        ("a", "mou", ("robotics",), 2024, ("kr-seoul",), ("dk-odense",), ("DK",), ("Northern Europe",), "seoul odense robot 로봇"),
        ("b", "friendship_city", ("culture_tourism",), 2014, ("kr-seoul",), ("dk-odense",), ("DK",), ("Northern Europe",), "friendship 우호"),
        ("c", "roadshow", ("smart_city", "iot"), 2022, ("kr-sejong",), ("th-bangkok",), ("TH",), ("South-eastern Asia",), "bangkok roadshow 방콕"),
        ("d", "institution", ("energy",), 2021, ("kr-daegu",), (), (), (), "daegu energy centre 대구 에너지"),
    ]
    cols = ["id", "type", "sectors", "year", "korean_places", "partner_places",
            "partner_countries", "partner_regions", "title_en"]
    return pd.DataFrame(rows, columns=cols)


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(), {"a", "b", "c", "d"}),
        (Filters(sectors=("iot",)), {"c"}),
        (Filters(sectors=("robotics", "energy")), {"a", "d"}),
        (Filters(types=("mou", "roadshow")), {"a", "c"}),
        (Filters(year_min=2021), {"a", "c", "d"}),
        (Filters(year_max=2021), {"b", "d"}),
        (Filters(year_min=2015, year_max=2022), {"c", "d"}),
        (Filters(korean_places=("kr-seoul",)), {"a", "b"}),
        (Filters(regions=("South-eastern Asia",)), {"c"}),
        (Filters(countries=("DK",)), {"a", "b"}),
        (Filters(text="ROBOT"), {"a"}),
        (Filters(text="에너지"), {"d"}),
        (Filters(text="seoul robot"), {"a"}),
        (Filters(text="seoul bangkok"), set()),
        (Filters(korean_places=("kr-seoul",), types=("mou",)), {"a"}),
    ],
)
def test_apply_narrows(table, filters, expected):
    assert set(apply(table, filters)["id"]) == expected


@pytest.mark.parametrize(
    "filters",
    [
        Filters(),
        Filters(sectors=("robotics", "iot"), year_min=2014, year_max=2024),
        Filters(types=("mou",), korean_places=("kr-seoul", "kr-busan"), text="로봇 협약"),
        Filters(regions=("Northern Europe",), countries=("DK", "TH")),
    ],
)
def test_params_round_trip(filters):
    assert Filters.from_params(filters.to_params()) == filters


def test_default_filters_write_no_params():
    assert Filters().to_params() == {}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"from": "abc", "to": ""}, Filters()),
        ({"sector": ",robotics,,robotics"}, Filters(sectors=("robotics",))),
        ({"type": ["mou", "loi"]}, Filters(types=("mou", "loi"))),
        ({"q": "  seoul  ", "junk": "x"}, Filters(text="seoul")),
        ({"from": "2020"}, Filters(year_min=2020)),
        ({"from": "²", "to": "--5"}, Filters()),  # digits to str.isdigit, not to int (a saved story's)
    ],
)
def test_from_params_ignores_junk(params, expected):
    assert Filters.from_params(params) == expected


def test_apply_with_columns_keeps_row_labels_so_full_records_can_be_found(table):
    part = apply(table, Filters(types=("mou", "roadshow")), columns=("id", "year"))
    assert list(part.columns) == ["id", "year"]
    assert sorted(part["id"]) == ["a", "c"]
    full = table.loc[part.index]
    assert list(full.columns) == list(table.columns) and list(full["id"]) == list(part["id"])
    assert apply(table, Filters(), columns=("id",)).shape == (len(table), 1)
