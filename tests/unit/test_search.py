"""Free-text search: titles, summaries, place names in both languages, parties; cached answers."""

import pandas as pd
import pytest

from partnerships import query, search
from partnerships.query import Filters


def ids(df: pd.DataFrame) -> set[str]:
    return set(df["id"])


@pytest.mark.parametrize("word", ["오덴세", "Odense", "ODENSE"])
def test_a_place_name_in_either_language_finds_its_records(frame, word):
    found = ids(query.apply(frame, Filters(text=word)))
    expected = {r for r, ps in zip(frame["id"], frame["partner_places"], strict=True) if "dk-odense" in ps}
    assert expected and found == expected


def test_title_words_match_ignoring_case(frame):
    title = frame["title_en"].iloc[0]
    word = max(title.split(), key=len)
    assert frame["id"].iloc[0] in ids(query.apply(frame, Filters(text=word.upper())))


def test_every_word_must_match(frame):
    odense = ids(query.apply(frame, Filters(text="odense")))
    istanbul = ids(query.apply(frame, Filters(text="istanbul")))
    assert odense and istanbul and not odense & istanbul
    assert ids(query.apply(frame, Filters(text="odense 서울"))) <= odense
    assert ids(query.apply(frame, Filters(text="odense istanbul"))) == set()
    assert ids(query.apply(frame, Filters(text="odense zzzznotaword"))) == set()


def test_party_names_are_searched(frame):
    with_party = frame[frame["parties"].map(len) > 0].iloc[0]
    name = with_party["parties"][0]["name_en"] or with_party["parties"][0]["name_ko"]
    assert with_party["id"] in ids(query.apply(frame, Filters(text=name.split()[0])))


def test_answers_are_per_table_not_per_word():
    a = pd.DataFrame({"id": ["x"], "title_en": ["Robot fair"], "title_ko": [""], "summary_en": [""],
                      "summary_ko": [""]})
    b = a.assign(title_en=["Hydrogen forum"])
    assert search.matches(a, "robot").tolist() == [True]
    assert search.matches(b, "robot").tolist() == [False]
    assert search.matches(a, "ROBOT").tolist() == [True]
