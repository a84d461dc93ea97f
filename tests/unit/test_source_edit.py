"""A reviewer's change to a record's source: publisher and publication date only, over the source
as it is now."""

from __future__ import annotations

import pytest

from partnerships import source_edit

NOW = {"file": "000_a.txt", "publisher": "", "published": None, "url": "https://city.example/1"}


def test_only_the_parts_sent_change_over_the_source_as_it_is_now():
    fixed_by_another = {**NOW, "publisher": "Corrected Publisher"}
    got = source_edit.checked(fixed_by_another, {"published": "2024-03-18"})
    assert got == {**fixed_by_another, "published": "2024-03-18"}


@pytest.mark.parametrize("change", [{"url": "https://phish.example/"}, {"file": "other.txt"}, ["publisher"], "x"])
def test_no_other_part_of_the_source_changes(change):
    with pytest.raises(ValueError, match="only the source's publisher"):
        source_edit.checked(NOW, change)


@pytest.mark.parametrize("day", ["2023-W01-1", "20230101", "2023-02-29", "1944-12-31", "2999-01-01", "２０２３-01-01"])
def test_the_date_is_a_day_of_the_calendar_written_yyyy_mm_dd(day):
    with pytest.raises(ValueError, match="publication date"):
        source_edit.checked(NOW, {"published": day})


@pytest.mark.parametrize(("change", "fragment"), [({"publisher": "   "}, "empty"), ({"published": ""}, "empty"),
                                                  ({"publisher": "Yon\u200bhap"}, "cannot see"),
                                                  ({"publisher": "a\u202eb"}, "cannot see")])
def test_a_part_is_neither_emptied_nor_hiding_characters(change, fragment):
    dated = {**NOW, "published": "2024-03-18", "publisher": "Yonhap"}
    with pytest.raises(ValueError, match=fragment):
        source_edit.checked(dated, change)


def test_spaces_are_tidied_and_an_unchanged_part_is_left_alone():
    odd = {**NOW, "publisher": "Old\u200bname"}  # as an article brought it: not this change's doing
    assert source_edit.checked(odd, {"published": "2024-03-18", "publisher": "Old\u200bname"})["publisher"] \
        == "Old\u200bname"
    assert source_edit.checked(NOW, {"publisher": "  Seoul   Metropolitan  "})["publisher"] == "Seoul Metropolitan"
