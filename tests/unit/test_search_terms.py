"""Search alternatives: country names in both languages, place names, English stems, sector words."""

import pytest

from partnerships import query
from partnerships.query import Filters
from partnerships.search_terms import english_stems, expand, korean_stems


@pytest.mark.parametrize(("word", "stem"), [
    ("robots", "robot"), ("cities", "city"), ("signed", "sign"), ("boxes", "box"), ("drones", "drone"),
])
def test_english_words_lose_their_endings(word, stem):
    assert english_stems(word) == [stem]


@pytest.mark.parametrize("word", ["business", "bus", "ai", "로봇", "odense"])
def test_words_without_an_ending_or_too_short_keep_their_form(word):
    assert english_stems(word) == []


# 덴마크의, 로봇과: running-text forms of the Seoul–Odense robotics articles' words.
@pytest.mark.parametrize(("word", "stem"), [("덴마크의", "덴마크"), ("로봇과", "로봇"), ("오덴세에서", "오덴세")])
def test_korean_words_lose_a_trailing_particle(word, stem):
    assert korean_stems(word) == [stem]


def test_a_one_syllable_stem_is_not_made():
    assert korean_stems("물은") == []


@pytest.mark.parametrize("word", ["Denmark", "denmark", "덴마크", "덴마크의"])
def test_a_country_name_in_either_language_gives_its_code_and_both_names(word):
    terms = expand(word)
    assert terms.countries == ("DK",)
    assert {"denmark", "덴마크"} <= set(terms.text)


def test_everyday_country_names():
    assert expand("USA").countries == ("US",)
    assert expand("터키").countries == ("TR",)


@pytest.mark.parametrize("word", ["robots", "robot", "로봇", "Robotics"])
def test_sector_words_in_both_languages(word):
    terms = expand(word)
    assert terms.sectors == ("robotics",)
    assert {"robot", "로봇"} <= set(terms.text)


def test_a_short_sector_name_is_not_searched_inside_other_words():
    assert "ai" not in expand("인공지능").text
    assert expand("인공지능").sectors == ("ai",)


def test_a_place_name_gives_its_name_in_the_other_language(gazetteer):
    assert {"odense", "오덴세"} <= set(expand("Odense", gazetteer=gazetteer).text)
    assert {"odense", "오덴세"} <= set(expand("오덴세", gazetteer=gazetteer).text)


def test_an_ordinary_word_is_only_itself():
    assert expand("agreement") == expand("agreement")
    assert expand("agreement").countries == () and expand("agreement").sectors == ()
    assert expand("   ").text == ()


def found(frame, text: str) -> set[str]:
    return set(query.apply(frame, Filters(text=text))["id"])


@pytest.mark.parametrize("word", ["Denmark", "덴마크"])
def test_a_country_finds_its_cities_records(frame, word):
    odense = {r for r, ps in zip(frame["id"], frame["partner_places"], strict=True) if "dk-odense" in ps}
    assert odense and odense <= found(frame, word)


def test_robots_finds_what_the_korean_word_finds(frame):
    robots = found(frame, "robots")
    assert robots and robots == found(frame, "로봇")
    in_sector = {r for r, ss in zip(frame["id"], frame["sectors"], strict=True) if "robotics" in ss}
    assert in_sector <= robots


@pytest.mark.parametrize(("word", "kind"), [("자매도시", "sister_city"), ("자매결연", "sister_city"),
                                            ("sister cities", "sister_city"), ("업무협약", "mou"), ("MOU", "mou"),
                                            ("양해각서", "mou"), ("의향서", "loi"), ("우호도시", "friendship_city"),
                                            ("로드쇼", "roadshow")])
def test_an_agreement_word_finds_its_type(word, kind):
    assert kind in expand(word).types


def test_smart_city_as_people_write_it_is_the_sector():
    assert expand("스마트시티").sectors == expand("스마트도시").sectors == expand("smart city").sectors == ("smart_city",)


def test_both_words_for_sister_cities_find_the_same_records(frame):
    sisters = {r for r, t in zip(frame["id"], frame["type"], strict=True) if t == "sister_city"}
    assert found(frame, "자매도시") == found(frame, "자매결연") == found(frame, "sister city") >= sisters
    mou = {r for r, t in zip(frame["id"], frame["type"], strict=True) if t == "mou"}
    assert mou and mou <= found(frame, "업무협약") and found(frame, "업무협약") == found(frame, "MOU")
