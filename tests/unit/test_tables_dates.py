"""Dates as partnership sheets write them (partnerships.tables.dates)."""

import datetime as dt

import pytest

from partnerships.tables.dates import DateProblem, expand_year, parse_date

TODAY = dt.date(2026, 12, 2)


@pytest.mark.parametrize("value, iso", [
    ("2014.10.23", "2014-10-23"),
    ("2014. 10. 23.", "2014-10-23"),
    ("2014. 10. 23.(목)", "2014-10-23"),
    ("2014년 10월 23일", "2014-10-23"),
    ("2014년 10월", "2014-10"),
    ("'14", "2014"),
    ("'94.10.18", "1994-10-18"),  # ties.csv README: two-digit years expanded
    ("94.10.18", "1994-10-18"),
    ("1994-10-18", "1994-10-18"),
    ("2014/3/5", "2014-03-05"),
    ("20141023", "2014-10-23"),
    ("2014.10", "2014-10"),
    ("2014", "2014"),
    (2014, "2014"),
    (41935, "2014-10-23"),  # Excel serial number
    ("41935", "2014-10-23"),
    (41935.0, "2014-10-23"),
    (dt.datetime(2014, 10, 23), "2014-10-23"),
    (dt.date(2014, 10, 23), "2014-10-23"),
])
def test_parses(value, iso):
    assert parse_date(value, today=TODAY) == iso


@pytest.mark.parametrize("value", [None, "", "   "])
def test_empty_is_none(value):
    assert parse_date(value) is None


@pytest.mark.parametrize("value, fragment", [
    ("2014.13.01", "month 13"),
    ("2014.2.30", "not a calendar date"),
    ("협의중", "not a date"),
    ("1850", "out of range"),
    ("1900-05-01", "year 1900 is out of range \\(1945 to"),  # before any Korean local government's tie
    ("2100-12-31", "year 2100 is out of range"),  # in the future
    (123456789, "neither a year"),
    (True, "not a date"),
])
def test_refuses_with_a_reason(value, fragment):
    with pytest.raises(DateProblem, match=fragment):
        parse_date(value, today=TODAY)


def test_two_digit_years_never_land_in_the_future():
    assert expand_year(26, today=TODAY) == 2026
    assert expand_year(27, today=TODAY) == 1927
    assert expand_year(94, today=TODAY) == 1994


def test_a_year_out_of_range_reads_in_korean():
    from partnerships.tables.reasons import describe

    with pytest.raises(DateProblem) as got:
        parse_date("2100-12-31", today=TODAY)
    assert describe(str(got.value), "ko").startswith("'2100-12-31': 2100년은 받을 수 있는 범위(1945~")
