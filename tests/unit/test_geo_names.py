"""Name handling: slugs, particle and suffix stripping, the Korean display-name rule."""

from __future__ import annotations

import pytest

from geo.names import (
    fold_ascii,
    hangul_variants,
    latin_key,
    loose_key,
    pick_name_ko,
    slugify,
    split_parenthesized,
)


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Seoul", "seoul"),
        ("Ho Chi Minh City", "ho-chi-minh-city"),
        ("São Paulo", "sao-paulo"),
        ("Đà Nẵng", "da-nang"),
        ("Kraków", "krakow"),
        ("Łódź", "lodz"),
        ("Yangp'yŏng", "yangp-yong"),
        ("  --Odense--  ", "odense"),
    ],
)
def test_slugify(name, slug):
    assert slugify(name) == slug


@pytest.mark.parametrize(
    ("text", "folded"),
    [("Hồ Chí Minh", "Ho Chi Minh"), ("Ørsted", "Orsted"), ("Straße", "Strasse"), ("İzmir", "Izmir")],
)
def test_fold_ascii(text, folded):
    assert fold_ascii(text) == folded


@pytest.mark.parametrize(
    ("text", "key"),
    [("Ho Chi Minh City", "ho chi minh city"), ("  Busan-si ", "busan si"), ("Köln", "koln")],
)
def test_latin_key(text, key):
    assert latin_key(text) == key


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("서울시는", ["서울시는", "서울시", "서울"]),  # seeds/000_a437fd8661412f19.txt
        ("오덴세와", ["오덴세와", "오덴세"]),  # seeds/000_a437fd8661412f19.txt
        ("호찌민에서", ["호찌민에서", "호찌민"]),  # seeds/003_7cdbec0e616b3126.txt
        ("대구광역시가", ["대구광역시가", "대구광역시", "대구"]),  # seeds/004_3b3a5901f31adbfd.txt
        ("서울시와는", ["서울시와는", "서울시와", "서울시"]),  # seeds/000_a437fd8661412f19.txt
        ("대구", ["대구"]),  # seeds/004: 구 is no suffix when one syllable would remain
    ],
)
def test_hangul_variants_least_stripped_first(token, expected):
    assert list(hangul_variants(token))[: len(expected)] == expected


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("이스탄불(Istanbul)", ["이스탄불(Istanbul)", "이스탄불", "Istanbul"]),  # seeds/002
        ("콘캔(Khon Kaen)과", ["콘캔(Khon Kaen)과", "콘캔과", "Khon Kaen"]),  # seeds/002 + particle
        ("서울", ["서울"]),
    ],
)
def test_split_parenthesized(text, parts):
    assert split_parenthesized(text) == parts


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("가지안탭", "가지안테프"),  # seeds/002_322a285842e0d4fc.txt vs GeoNames
        ("가지안텝", "가지안테프"),  # seeds/002_322a285842e0d4fc.txt vs GeoNames
        ("호치민", "호찌민"),  # seeds/003_7cdbec0e616b3126.txt
        ("콘캔", "콘깬"),  # seeds/002_322a285842e0d4fc.txt vs GeoNames
    ],
)
def test_loose_key_merges_spelling_variants(a, b):
    assert loose_key(a) == loose_key(b)


@pytest.mark.parametrize(("a", "b"), [("서울", "수원"), ("광주", "광저우"), ("부산", "부안")])
def test_loose_key_keeps_different_names_apart(a, b):
    assert loose_key(a) != loose_key(b)


@pytest.mark.parametrize(
    ("names", "name_en", "country", "avoid", "expected"),
    [
        # GeoNames alternate names as listed for each city (cities15000).
        (["경성", "서울", "서울시", "서울특별시", "한성", "한양"], "Seoul", "KR", "", "서울"),
        (["부산", "부산광역시", "부산시"], "Busan", "KR", "", "부산"),
        (["대구", "대구광역시", "대구시"], "Daegu", "KR", "", "대구"),
        (["광주", "광주광역시", "광주시"], "Gwangju", "KR", "", "광주"),
        (["창원시"], "Changwon", "KR", "", "창원"),
        (["호찌민", "호치민"], "Ho Chi Minh City", "VN", "", "호찌민"),  # 외래어 표기법: ㅉ
        (["푸껫", "푸켓"], "Phuket", "TH", "", "푸껫"),
        (["비잔티움", "이스탄불"], "Istanbul", "TR", "", "이스탄불"),
        (["도쿄", "동경"], "Tokyo", "JP", "", "도쿄"),
        (["항저우", "항저우 시", "항주"], "Hangzhou", "CN", "", "항저우"),
        (["루붐바시", "루붐바시 시"], "Lubumbashi", "CD", "", "루붐바시"),  # 시 is part of it
        (["멕시코 시", "멕시코시티"], "Mexico City", "MX", "멕시코", "멕시코시티"),
        (["타이베이", "타이베이 시", "타이뻬이", "타이페이"], "Taipei", "TW", "", "타이베이"),
        (["오덴세"], "Odense", "DK", "", "오덴세"),
        (["워싱턴 D.C.", "워싱턴 DC"], "Washington", "US", "", "워싱턴 D.C."),
        ([], "Odense", "DK", "", None),
        (["Seoul", "ソウル"], "Seoul", "KR", "", None),
    ],
)
def test_pick_name_ko(names, name_en, country, avoid, expected):
    assert pick_name_ko(names, name_en=name_en, country=country, avoid=avoid) == expected
