"""A district of a large foreign city as the partner of a Korean district, and as the place where
an office opened or an event was held (then the city). The texts are written for the tests."""

from __future__ import annotations

from tests.helpers.extraction import record_keys as _keys


def test_a_district_of_beijing_or_shenzhen_is_the_partner_not_a_namesake_town(gazetteer):
    beijing = ("서울 중구는 14일 중국 베이징시 차오양구 청사에서 차오양구청장과 우호교류 합의서를 "
               "교환했다고 15일 밝혔다.")
    assert _keys(beijing, gazetteer, "2010-05-15") == [
        ("friendship_city", 2010, ("kr-seoul-jung-gu",), ("cn-beijing-chaoyang",))]
    shenzhen = "부산 해운대구는 3일 중국 선전시 난산구와 우호도시 협정을 체결했다고 4일 밝혔다."
    assert _keys(shenzhen, gazetteer, "2016-11-04") == [
        ("friendship_city", 2016, ("kr-busan-haeundae-gu",), ("cn-shenzhen-nanshan",))]


def test_an_office_opened_in_a_district_of_a_city_is_in_that_city(gazetteer):
    text = ("제주관광공사는 지난 18일 중국 상하이시 창닝구 훙차오 비즈니스지구에서 상하이지사 개소식을 "
            "가졌다고 21일 밝혔다.")
    assert _keys(text, gazetteer, "2012-05-21") == [("office", 2012, ("kr-jeju-do",), ("cn-shanghai",))]
    tianhe = ("전남도는 6일 광저우 톈허구 중신빌딩에서 지사와 광둥성 부성장 등이 참석한 가운데 "
              "'전라남도 광저우 통상사무소' 개소식을 열었다고 7일 밝혔다.")
    assert _keys(tianhe, gazetteer, "2010-04-07") == [("office", 2010, ("kr-jeollanam-do",), ("cn-guangzhou",))]


def test_a_district_glossed_in_chinese_characters_before_its_suffix_is_the_district(gazetteer):
    baoshan = "부산 영도구는 5일 중국 상하이시 바오산(寶山)구와 우호교류 협정을 맺었다고 6일 밝혔다."
    assert _keys(baoshan, gazetteer, "2005-04-06") == [
        ("friendship_city", 2005, ("kr-busan-yeongdo-gu",), ("cn-shanghai-baoshan",))]  # not Baoshan, Yunnan
    jingan = "마포구는 10일 상하이 징안(静安)구와 공동선언문을 발표했다고 11일 밝혔다."
    assert _keys(jingan, gazetteer, "2025-06-11") == [
        ("declaration", 2025, ("kr-seoul-mapo-gu",), ("cn-shanghai-jingan",))]  # the gloss names no second place


def test_an_office_opened_downtown_in_a_citys_district_is_in_that_city(gazetteer):
    text = ("강원도는 3일 몽골 수도 울란바타르 시내 수흐바타르구에서 '강원도 몽골사무소' 개소식을 가졌다고 "
            "4일 밝혔다.")
    assert _keys(text, gazetteer, "2024-07-04") == [("office", 2024, ("kr-gangwon-do",), ("mn-ulan-bator",))]
