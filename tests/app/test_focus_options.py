"""The Map page's "Bring forward" choices (ui.map.korea_map.focus_options): their order, and that
a named answer keeps them without hashing its frame on every rerun."""

from __future__ import annotations

import pandas as pd
import pytest

from ui.map import korea_map


def _points() -> pd.DataFrame:
    return pd.DataFrame({
        "place_id": ["kr-suwon", "kr-seoul", "jp-fukuoka", "us-los-angeles", "jp-osaka"],
        "side": ["korean", "korean", "partner", "partner", "partner"],
        "country": ["KR", "KR", "JP", "US", "JP"], "count": [3, 5, 2, 4, 3],
    })


def test_countries_then_areas_then_places_most_ties_first(gazetteer):
    assert korea_map.focus_options(_points(), gazetteer) == [
        "JP", "US", "kr-seoul", "kr-gyeonggi-do", "kr-suwon"]


def test_a_named_answer_is_not_hashed_again(gazetteer, monkeypatch):
    from streamlit.runtime.caching import cache_utils

    korea_map._focus_options_named.clear()
    first = korea_map.focus_options(_points(), gazetteer, key="answer-1")
    real = cache_utils.update_hash

    def no_frames(val, *args, **kwargs):
        if isinstance(val, pd.DataFrame):
            raise AssertionError("hashed a DataFrame")
        return real(val, *args, **kwargs)

    monkeypatch.setattr(cache_utils, "update_hash", no_frames)
    monkeypatch.setattr(korea_map, "_focus_options", lambda *a: pytest.fail("worked out again"))
    assert korea_map.focus_options(_points(), gazetteer, key="answer-1") == first
