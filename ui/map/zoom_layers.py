"""Layers the browser shows only above or below a zoom: Korea's cities and districts once the user
zooms in on Korea (with the mouse wheel or a pinch), its metropolitan governments and provinces
(the ring) until then.

Streamlit does not tell the server where the user zoomed, so the switch happens in the browser.
deck.gl shows a layer from a zoom on, or up to one, only as a TileLayer (`visibleMinZoom`,
`visibleMaxZoom`): each layer here is a TileLayer with one world tile whose data is a small
GeoJSON of points, drawn by deck.gl's GeoJsonLayer as circles, icons or text. The GeoJSON is a
static file (ui.map.served_json), not part of the deck spec: a tile is fetched only when its
layer is visible, so the cities cost the first paint nothing; they are fetched, parsed and drawn
the first time the map is zoomed that far.

A click on one of these points reaches the page as a GeoJSON feature: its `properties` hold the
place `id` (see `ui.map.selection.picked`).
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import pydeck as pdk

from ui.map import served_json

SPLIT_ZOOM = 5.0  # from this zoom on, Korea is drawn city by city (at world zoom: by province)
LABEL_BANDS = (SPLIT_ZOOM, 6.5)  # the cities' labels are placed anew from each of these zooms
RING_LAYER = "ring"  # the provinces' circles and leader lines, shown below SPLIT_ZOOM
RING_DOTS_LAYER = "ring-dots"  # ... their dots and unmoved circles
RING_LABELS_LAYER = "ring-labels"
CITIES_LAYER = "cities"  # the cities and districts, shown from SPLIT_ZOOM on
CITY_LABELS_LAYER = "city-labels"
WORLD_EXTENT = [-180.0, -85.06, 180.0, 85.06]  # below zoom -0.5 (a phone's world view) deck.gl loads
# a TileLayer's one tile only when the layer has an extent
_BELOW = SPLIT_ZOOM - 1e-3  # visibleMaxZoom hides a layer only above it


def geojson_url(rows: pd.DataFrame, *, lon: str = "lon", lat: str = "lat") -> str:
    """The URL of `rows` as a GeoJSON FeatureCollection of points (every other column a
    property), served as a static file (see ui.map.served_json)."""
    props = rows.drop(columns=[lon, lat]).reset_index(drop=True)
    coords = pd.Series([[float(x), float(y)] for x, y in zip(rows[lon], rows[lat], strict=True)], dtype=object)
    features = pd.DataFrame({"type": "Feature",
                             "geometry": pd.Series([{"type": "Point", "coordinates": c} for c in coords],
                                                   dtype=object),
                             "properties": pd.Series(props.to_dict(orient="records"), dtype=object)})
    body = '{"type":"FeatureCollection","features":' + features.to_json(orient="records", force_ascii=False) + "}"
    return served_json.url(body)


def band_layer(layer_id: str, rows: pd.DataFrame, *, point_type: str, min_zoom: float | None = None,
               max_zoom: float | None = None, **props: object) -> pdk.Layer:
    """A layer of `rows` (lon, lat and properties) drawn as `point_type` (circle, icon, text) only
    from `min_zoom` and up to `max_zoom`. Accessors read the properties: `get_point_radius=
    "properties.r"`."""
    zoom = {k: v for k, v in (("visible_min_zoom", min_zoom), ("visible_max_zoom", max_zoom)) if v is not None}
    return pdk.Layer("TileLayer", data=geojson_url(rows), id=layer_id, min_zoom=0, max_zoom=0, extent=WORLD_EXTENT,
                     point_type=f'"{point_type}"', **zoom, **props)


def _circles(layer_id: str, rows: pd.DataFrame, *, colours: tuple[list[int], list[int]] | None = None,
             **zoom: float) -> pdk.Layer:
    """Circles of `rows`: their own fill and line colours, or the same `colours` (fill, line) for all."""
    columns = ["id", "name", "lon", "lat", "r", "lw", "tip", *([] if colours else ["fill", "line"])]
    fill, line = colours or ("properties.fill", "properties.line")
    return band_layer(
        layer_id, rows[columns], point_type="circle",
        pickable=True, auto_highlight=True, stroked=True, filled=True, point_radius_units='"pixels"',
        get_point_radius="properties.r", get_fill_color=fill, get_line_color=line,
        line_width_units='"pixels"', get_line_width="properties.lw", **zoom,
    )


def _labels(layer_id: str, labels: pd.DataFrame, text_style: dict, **zoom: float) -> pdk.Layer:
    return band_layer(
        layer_id, labels[["name", "lon", "lat", "anchor", "base", "off"]], point_type="text", pickable=False,
        get_text="properties.name", get_text_anchor="properties.anchor",
        get_text_alignment_baseline="properties.base", get_text_pixel_offset="properties.off",
        **text_style, **zoom,
    )


def ring_layers(tag: str, dots: pd.DataFrame, icons: pd.DataFrame | None, atlas: str | None, mapping: dict | None,
                labels: pd.DataFrame, text_style: dict) -> list[pdk.Layer]:
    """The provinces drawn at world zoom, hidden from SPLIT_ZOOM on: their circles or dots
    (`dots`: id, name, lon, lat, r, fill, line, tip), the ring's icons (`icons`, rows of
    `deck.spread_atlas` over `atlas`) and their `labels` (rows of `deck.label_rows`)."""
    layers = [_circles(f"{RING_DOTS_LAYER}-{tag}", dots.assign(lw=1.5), max_zoom=_BELOW)]
    if icons is not None and len(icons):
        layers.append(band_layer(
            f"{RING_LAYER}-{tag}", icons, point_type="icon", max_zoom=_BELOW, pickable=True, auto_highlight=True,
            icon_atlas=f'"{atlas}"', icon_mapping=mapping, get_icon="properties.icon",
            get_icon_size="properties.size", icon_size_units='"pixels"', get_icon_angle="properties.angle",
            get_icon_pixel_offset="properties.off",
        ))
    if len(labels):
        layers.append(_labels(f"{RING_LABELS_LAYER}-{tag}", labels, text_style, max_zoom=_BELOW))
    return layers


def city_layers(tag: str, cities: pd.DataFrame, bands: Sequence[pd.DataFrame], text_style: dict, *,
                colours: tuple[list[int], list[int]], focus: str | None = None) -> list[pdk.Layer]:
    """Korea's cities and districts (`cities`: rows of `deck.point_rows`), shown from SPLIT_ZOOM on
    in `colours` (fill, line), the selected one (`focus`) with a thick outline; `bands` are their
    labels placed at each of LABEL_BANDS."""
    rows = cities.assign(lw=[4.0 if c else 1.5 for c in (cities["id"] == focus).to_numpy()])
    layers = [_circles(f"{CITIES_LAYER}-{tag}", rows.sort_values("r", ascending=False, kind="stable"),
                       colours=colours, min_zoom=SPLIT_ZOOM)]
    ends = [*LABEL_BANDS[1:], None]
    for i, (labels, start, end) in enumerate(zip(bands, LABEL_BANDS, ends, strict=True)):
        if len(labels):
            layers.append(_labels(f"{CITY_LABELS_LAYER}{i}-{tag}", labels, text_style, min_zoom=start,
                                  max_zoom=None if end is None else end - 1e-3))
    return layers
