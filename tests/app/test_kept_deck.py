"""The map's deck kept between reruns (ui.map.kept_deck): built once for the same arguments, a copy
for each caller, built again when the static files it names were pruned."""

from __future__ import annotations

import pandas as pd
import pytest

from ui.map import deck, kept_deck, served_json


@pytest.fixture()
def counted(monkeypatch, tmp_path):
    """deck.build_deck counted, served files in a private folder, the cache empty."""
    monkeypatch.setattr(served_json, "FOLDER", tmp_path / "served")
    calls = []
    real = deck.build_deck

    def build(*args, **kwargs):
        calls.append(kwargs.get("lang"))
        return real(*args, **kwargs)

    monkeypatch.setattr(deck, "build_deck", build)
    kept_deck._kept.clear()
    kept_deck._kept_named.clear()
    yield calls
    kept_deck._kept.clear()
    kept_deck._kept_named.clear()


def _national(n: int = 30) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Korean places spread over a degree (so the map splits them by zoom) and one partner."""
    korean = pd.DataFrame({
        "place_id": [f"kr-p{i}" for i in range(n)], "name_en": [f"P{i}" for i in range(n)],
        "name_ko": [f"곳{i}" for i in range(n)], "side": "korean", "country": "KR",
        "lon": [127.0 + i / n for i in range(n)], "lat": [36.0 + i / n for i in range(n)], "count": 1,
    })
    partner = pd.DataFrame({"place_id": ["dk-odense"], "name_en": ["Odense"], "name_ko": ["오덴세"],
                            "side": ["partner"], "country": ["DK"], "lon": [10.39], "lat": [55.4],
                            "count": [n]})
    arcs = pd.DataFrame({
        "src": korean["place_id"], "dst": "dk-odense", "type": "mou", "count": 1,
        "src_lon": korean["lon"], "src_lat": korean["lat"], "dst_lon": 10.39, "dst_lat": 55.4,
        "src_name_en": korean["name_en"], "src_name_ko": korean["name_ko"], "dst_name_en": "Odense",
        "dst_name_ko": "오덴세",
    })
    return pd.concat([korean, partner], ignore_index=True), arcs


def test_the_same_map_is_built_once_and_each_caller_gets_its_own_copy(counted):
    points, arcs = _national()
    first = kept_deck.build_deck(points, arcs, lang="en", split=points[points["side"] == "korean"])
    first.layers[0].get_fill_color = [1, 2, 3]  # restyled by its caller
    second = kept_deck.build_deck(points.copy(), arcs.copy(), lang="en", split=points[points["side"] == "korean"])
    assert counted == ["en"]
    assert second.to_json() == deck.build_deck(points, arcs, lang="en",
                                               split=points[points["side"] == "korean"]).to_json()
    kept_deck.build_deck(points, arcs, lang="ko", split=points[points["side"] == "korean"])
    kept_deck.build_deck(points.assign(count=2), arcs, lang="en", split=points[points["side"] == "korean"])
    assert counted[1:] == ["en", "ko", "en"]  # the direct call above, then two new maps


def test_a_kept_map_whose_files_were_pruned_is_built_again(counted):
    points, arcs = _national()
    split = points[points["side"] == "korean"]
    built = kept_deck.build_deck(points, arcs, lang="en", split=split)
    files = [served_json.path_of(ly.data) for ly in built.layers
             if isinstance(ly.data, str) and served_json.path_of(ly.data)]
    assert files and all(f.is_file() for f in files)
    for f in files:
        f.unlink()
    kept_deck.build_deck(points, arcs, lang="en", split=split)
    assert counted == ["en", "en"] and all(f.is_file() for f in files)


def test_a_named_map_is_kept_under_its_name_not_its_frames(counted, monkeypatch):
    # Hashing the frames' contents took about a fifth of a filter change's server time; a key
    # that names the database's answer stands for them.
    from streamlit.runtime.caching import cache_utils

    points, arcs = _national()
    split = points[points["side"] == "korean"]
    first = kept_deck.build_deck(points, arcs, key="answer-1", lang="en", split=split)

    def no_frames(obj, *args, **kwargs):
        raise AssertionError(f"hashed a {type(obj).__name__}")

    real = cache_utils.update_hash
    monkeypatch.setattr(cache_utils, "update_hash", lambda val, *a, **k: no_frames(val) if isinstance(
        val, pd.DataFrame) else real(val, *a, **k))
    again = kept_deck.build_deck(points, arcs, key="answer-1", lang="en", split=split)
    assert counted == ["en"] and again.to_json() == first.to_json()
    kept_deck.build_deck(points.assign(count=3), arcs, key="answer-2", lang="en", split=split)
    assert counted == ["en", "en"]  # another answer, another map
