"""JSON served as static files instead of inlined in the deck spec (ui.map.served_json)."""

from __future__ import annotations

import base64
import json

from ui.map import served_json


def test_a_body_is_written_once_under_its_digest(tmp_path, monkeypatch):
    monkeypatch.setattr(served_json, "FOLDER", tmp_path / "served")
    body = json.dumps({"type": "FeatureCollection", "features": [], "name": "서울"}, ensure_ascii=False)
    url = served_json.url(body)
    assert url.startswith(served_json.URL_PREFIX) and url.endswith(".json")
    assert served_json.path_of(url).read_text() == body
    assert served_json.url(body) == url and served_json.url(body + " ") != url
    assert len(list((tmp_path / "served").iterdir())) == 2


def test_the_least_recently_used_files_go_beyond_the_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(served_json, "FOLDER", tmp_path)
    monkeypatch.setattr(served_json, "KEEP", 4)
    urls = [served_json.url(f"[{i}]") for i in range(6)]  # the sixth write finds 6 > 4 * 1.25 files
    kept = {p.name for p in tmp_path.iterdir()}
    assert len(kept) == 4 and served_json.path_of(urls[-1]).name in kept
    assert served_json.path_of(urls[0]).name not in kept


def test_an_unwritable_folder_inlines_the_body(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setattr(served_json, "FOLDER", blocker / "served")  # a folder inside a file: OSError
    url = served_json.url('{"a": 1}')
    assert url.startswith("data:application/json;base64,")
    assert json.loads(base64.b64decode(url.split(",", 1)[1])) == {"a": 1}
    assert served_json.path_of(url) is None
