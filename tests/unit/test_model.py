"""Record shape checks name the field at fault; a good record round-trips through its JSON form."""

import copy

import pytest

from partnerships.model import Problem, Record, shape_problems

GOOD = {
    "id": "2024-seoul-odense-robotics-mou",
    "title_en": "Seoul and Odense sign a robotics MOU",
    "title_ko": "서울시-오덴세 로봇 업무협약",
    "type": "mou",
    "sectors": ["robotics"],
    "date": "2024-03-13",
    "year": 2024,
    "date_basis": "stated",
    "korean_places": ["kr-seoul"],
    "partner_places": ["dk-odense"],
    "venue": None,
    "parties": [{"name_en": "Seoul Metropolitan Government", "name_ko": "서울특별시"}],
    "summary_en": "An MOU.",
    "summary_ko": "업무협약.",
    "source": {"file": "000_a437fd8661412f19.txt", "publisher": "Seoul", "published": "2024-03-18", "url": None},
    "evidence": ["업무협약(3.13)을 체결했다."],
    "status": "reviewed",
}


def test_good_record_has_no_problems():
    assert shape_problems(GOOD, file="x.json") == []


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"id": "Not A Slug"}, "id"),
        ({"title_ko": ""}, "title_ko"),
        ({"type": "handshake"}, "type"),
        ({"sectors": []}, "sectors"),
        ({"sectors": ["robotics", "space"]}, "sectors"),
        ({"date": "2024/03/13"}, "date"),
        ({"date": "2023-03-13"}, "date"),
        ({"date": "2023-02-31", "year": 2023}, "date"),  # not a day of the calendar
        ({"date": "1900-02-28", "year": 1900}, "date"),  # before 1945
        ({"date": "2100-12-31", "year": 2100}, "date"),  # in the future
        ({"year": "2024"}, "year"),
        ({"date_basis": "guessed"}, "date_basis"),
        ({"date_basis": "inferred: "}, "date_basis"),
        ({"korean_places": []}, "korean_places"),
        ({"partner_places": "dk-odense"}, "partner_places"),
        ({"source": {"publisher": "x"}}, "source"),
        ({"evidence": []}, "evidence"),
        ({"status": "draft"}, "status"),
    ],
)
def test_each_bad_field_is_named(change, field):
    bad = {**copy.deepcopy(GOOD), **change}
    problems = shape_problems(bad, file="000.json")
    assert [p.field for p in problems] == [field]
    assert problems[0].file == "000.json"
    assert problems[0].record_id == ("Not A Slug" if field == "id" else GOOD["id"])


def test_missing_field_is_reported():
    bad = {k: v for k, v in GOOD.items() if k != "summary_en"}
    assert {p.field for p in shape_problems(bad, file="f")} == {"summary_en"}


def test_non_object_record():
    (problem,) = shape_problems(["not", "a", "record"], file="f.json")
    assert "JSON object" in problem.message


def test_problem_text_names_file_record_and_field():
    text = str(Problem("001.json", "abc", "type", "bad type"))
    assert text == "001.json: record abc: field type: bad type"


def test_round_trip_keeps_fields_and_unknown_keys():
    d = {**copy.deepcopy(GOOD), "note": "kept"}
    rec = Record.from_dict(d)
    assert rec.sectors == ("robotics",) and rec.parties[0].name_ko == "서울특별시"
    assert rec.to_dict() == d
    assert rec.places == ("kr-seoul", "dk-odense")


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"source": {"file": "a.txt", "url": "javascript:alert(1)"}}, "source", "source.url: 'javascript:alert(1)' is not an http(s) URL"),
        ({"source": {"file": "a.txt", "url": 5}}, "source", "source.url: Input should be a valid string"),
        ({"parties": [{"name_en": ["x"], "name_ko": "서울"}]}, "parties", "parties[0].name_en: Input should be a valid string"),
        ({"year": True}, "year", "Input should be a valid integer"),
        ({"year": 2024.0}, "year", "Input should be a valid integer"),
        ({"title_en": "x" * 301}, "title_en", "at most 300 characters"),
        ({"evidence": ["ok", " "]}, "evidence", "evidence[1]: must not be blank"),
        # the article is a file in seeds/: a path out of it is refused (the evidence check would
        # read any file on the server), and so is a name the file system cannot hold
        ({"source": {"file": "../../../../etc/hostname"}}, "source", "source.file: is a path, not a file name in seeds/"),
        ({"source": {"file": ".."}}, "source", "source.file: is a path, not a file name in seeds/"),
        ({"source": {"file": "가" * 200 + ".txt"}}, "source", "longer than 255 bytes"),
    ],
)
def test_schema_checks_exact_types_and_lengths(change, field, message):
    problems = shape_problems({**copy.deepcopy(GOOD), **change}, file="f.json")
    assert [p.field for p in problems] == [field]
    assert message in problems[0].message


@pytest.mark.parametrize("change", [{"source": {"file": "a.txt", "url": ""}}, {"date_basis": "inferred: page date\nof 2024"}])
def test_schema_accepts_what_the_old_checks_accepted(change):
    assert shape_problems({**copy.deepcopy(GOOD), **change}, file="f.json") == []
