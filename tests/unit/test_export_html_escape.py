"""The exported HTML map escapes every value its tooltip template interpolates."""

from __future__ import annotations

import json

import pandas as pd
import pydeck as pdk

from ui.map.deck import TOOLTIP, CompactDeck, records
from ui.map.export_html import escape_tooltip_values

HOSTILE = '서울<img src=x onerror="alert(1)">'


def test_tooltip_fields_of_pickable_layers_are_escaped():
    rows = pd.DataFrame({"id": ["kr-seoul"], "name": [HOSTILE], "tip": ["<b>3</b>"], "lon": [127.0], "lat": [37.5]})
    deck = CompactDeck(layers=[
        pdk.Layer("ScatterplotLayer", data=records(rows), id="places", pickable=True),
        pdk.Layer("TextLayer", data=records(rows), id="labels", pickable=False, get_text="name"),
    ], map_provider=None, tooltip=TOOLTIP)
    spec = json.loads(escape_tooltip_values(deck).to_json())
    places, labels = spec["layers"]
    assert places["data"][0]["name"] == "서울&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"
    assert places["data"][0]["tip"] == "&lt;b&gt;3&lt;/b&gt;"
    assert labels["data"][0]["name"] == HOSTILE  # drawn as text by WebGL, not HTML
    assert rows["name"][0] == HOSTILE  # the caller's table is untouched


def test_tooltip_fields_of_inlined_geojson_layers_are_escaped():
    """The zoomed-in Korean layers carry their rows as GeoJSON, inlined in the file as a data: URL."""
    import base64

    from ui.map.export_html import _DATA_URL

    feature = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [127.0, 37.5]},
               "properties": {"name": HOSTILE, "tip": "<b>3</b>", "r": 4}}
    url = _DATA_URL + base64.b64encode(json.dumps({"type": "FeatureCollection", "features": [feature]}).encode()).decode()
    deck = CompactDeck(layers=[pdk.Layer("TileLayer", data=url, id="korea-cities", pickable=True)],
                       map_provider=None, tooltip=TOOLTIP)
    data = json.loads(escape_tooltip_values(deck).to_json())["layers"][0]["data"]
    props = json.loads(base64.b64decode(data.removeprefix(_DATA_URL)))["features"][0]["properties"]
    assert props == {"name": "서울&lt;img src=x onerror=&quot;alert(1)&quot;&gt;", "tip": "&lt;b&gt;3&lt;/b&gt;", "r": 4}
