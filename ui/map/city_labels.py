"""Names of populated places under the atlas's own labels once the map is zoomed in: muted text
from static files (`scripts/build_city_labels.py`), the big cities from zoom 4 on, more from zoom 6
on. Like the 1:50m outlines, each is a TileLayer with a single world tile and `visible_min_zoom`,
so its file is fetched the first time the map is zoomed that far, not at first paint."""

from __future__ import annotations

import pydeck as pdk

from geo.basemap import CITY_LABELS
from ui.map.palette import LAND

CITY_NAMES_LAYER = "city-names"  # ids `city-names-z4`, `city-names-z6`: the kind, then the zoom they show from
MUTED = (112, 120, 128)  # grey text: a backdrop to the atlas's dark labels, not one of them
SIZE = 11
FONT = '"Noto Sans CJK KR, Noto Sans KR, Apple SD Gothic Neo, Malgun Gothic, sans-serif"'


def layers(lang: str, *, text: tuple[int, int, int] = MUTED, halo: tuple[int, int, int] = LAND) -> list[pdk.Layer]:
    """One layer per zoom tier, names in `lang` (Korean where the data has it, else English)."""
    name = "properties.ko" if lang == "ko" else "properties.en"
    return [
        pdk.Layer(
            "TileLayer", data=url, id=f"{CITY_NAMES_LAYER}-z{zoom}", pickable=False, min_zoom=0, max_zoom=0,
            visible_min_zoom=zoom, point_type='"text"', get_text=name, get_text_color=[*text, 255],
            get_text_size=SIZE, text_size_units='"pixels"', text_character_set='"auto"', text_font_family=FONT,
            text_font_settings={"sdf": True, "fontSize": 48, "buffer": 6}, text_outline_width=2,
            text_outline_color=[*halo, 255], text_billboard=True,
            update_triggers={"getText": lang},  # deck.gl reads a changed accessor only when told: the language
        )
        for zoom, _, url in CITY_LABELS
    ]
