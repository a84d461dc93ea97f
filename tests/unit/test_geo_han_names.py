"""Places written in Chinese characters, as some Korean papers write Chinese and Japanese cities
('煙台市', '福岡') and Korean ones ('平澤市'): found by the names GeoNames lists in those characters."""

from __future__ import annotations

import pytest

from geo.han import han_key
from tests.helpers.extraction import record_keys


def test_the_key_leaves_out_the_city_suffix_and_only_takes_chinese_characters():
    assert han_key("煙台市") == han_key("煙台") != ""
    assert han_key("福州") != han_key("福")  # a one-character stem is no name; 州 is part of names
    assert han_key("연태시") == han_key("Yantai") == han_key("煙台市와") == ""


@pytest.mark.parametrize(("name", "place_id"), [("煙台市", "cn-yantai"), ("煙台", "cn-yantai"), ("青島", "cn-qingdao"),
                                                 ("福岡", "jp-fukuoka"), ("甲府市", "jp-kofu"), ("珲春", "cn-hunchun")])
def test_a_city_written_in_chinese_characters_is_found(name, place_id, gazetteer):
    found = gazetteer.find(name, fuzzy=False)
    assert found is not None and found.id == place_id


def test_the_reader_takes_a_partner_written_in_chinese_characters(gazetteer):
    text = ("평택시는 지난 13일 중국 산둥성 煙台市 인민정부 청사에서 煙台市와 '항만·물류 협력 업무협약(MOU)'을 "
            "체결했다고 16일 밝혔다.")
    assert record_keys(text, gazetteer, "2023-11-16") == [("mou", 2023, ("kr-pyeongtaek",), ("cn-yantai",))]


@pytest.mark.parametrize(("name", "place"), [("廣島", "jp-hiroshima"), ("広島", "jp-hiroshima")])
def test_japan_simplified_and_traditional_forms_alike(name, place):
    from geo.gazetteer import default_gazetteer

    assert default_gazetteer().find(name).id == place
