"""The bracket-depth scan agrees with the depth of the parsed value, whatever the strings hold."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from geo import jsonio

TRICKY = st.sampled_from(['a"b', "x\\", "[[", "]]}", '\\"]', "\n", '\\\\"[', '{"', "서울[", ""]) | st.text(max_size=8)
VALUES = st.recursive(
    st.none() | st.integers() | TRICKY,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TRICKY, inner, max_size=3),
    max_leaves=20,
)


def depth(value: object) -> int:
    if isinstance(value, list):
        return 1 + max((depth(v) for v in value), default=0)
    if isinstance(value, dict):
        return 1 + max((depth(v) for v in value.values()), default=0)
    return 0


@settings(max_examples=300, deadline=None)
@given(value=VALUES, ascii_only=st.booleans())
def test_depth_scan_matches_the_parsed_value(value, ascii_only):
    assert jsonio.nesting_depth(json.dumps(value, ensure_ascii=ascii_only).encode("utf-8")) == depth(value)


def test_loads_refuses_before_parsing_and_names_why():
    assert jsonio.loads(b'{"a": [1, {"b": "]]]"}]}') == {"a": [1, {"b": "]]]"}]}
    for data, why in ((b"[" * 40, "levels deep"), (b"[1," + b"1," * 50 + b"1]", "limit"), (b"[1,", "not valid JSON"),
                      (b'"\xff"', "not UTF-8")):
        try:
            jsonio.loads(data, max_bytes=100)
        except jsonio.JsonError as exc:
            assert why in str(exc)
        else:
            raise AssertionError(data)
