"""Build the map: a pydeck `Deck` from the aggregated points and arcs, drawn with no online service.

Layers, bottom to top: the sea, the country basemap (static GeoJSON served by Streamlit), outlines of the
selected arcs, arcs coloured by agreement type, places (Korean side dark, partners white), a ring
around the selected place, and labels. The camera's starting view is a constant, so Streamlit
keeps the user's pan and zoom when the filters change.

Layer ids carry a digest of the data they draw: when the data changes, a stale map selection
(which refers to row positions) is dropped instead of pointing at another row.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Mapping, Sequence

import pandas as pd
import pydeck as pdk
from pydeck.bindings.json_tools import default_serialize

from geo.basemap import BASEMAP_URL
from ui.i18n import name_column, t, type_label
from ui.labels import place_labels
from ui.palette import (
    BORDER,
    KOREAN_FILL,
    KOREAN_LINE,
    LABEL_HALO,
    LAND,
    OCEAN,
    PARTNER_FILL,
    PARTNER_LINE,
    type_colour,
)

# The starting camera: Europe to East Asia. Longitudes are wrapped around WRAP_LON, so arcs to
# the Americas cross the Pacific (eastwards) rather than Eurasia; the basemap repeats to match.
HOME_VIEW = {"latitude": 30.0, "longitude": 95.0, "zoom": 1.05, "min_zoom": 0.5, "max_zoom": 10.0,
             "pitch": 0, "bearing": 0}
WRAP_LON = 140.0
LABEL_SIZE = 13
RING_GAP = 5  # pixels between a selected place's circle and its ring
BASEMAP_LAYER = "basemap"
OCEAN_LAYER = "ocean"
# The whole Web Mercator world, a little wider than 360 degrees so repeated copies meet.
_WORLD = {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, "geometry": {
    "type": "Polygon",
    "coordinates": [[[-180.5, -85.06], [180.5, -85.06], [180.5, 85.06], [-180.5, 85.06], [-180.5, -85.06]]],
}}]}
PLACES_LAYER = "places"
ARCS_LAYER = "arcs"
MAP_HEIGHT = 580
MAX_ARCS = 4000  # arcs drawn at most: the busiest ones (national data has tens of thousands)
DIM_ARC_ALPHA = 45  # arcs and places outside a highlight (the tour's record) fade to this alpha
DIM_PLACE_ALPHA = 90
MAX_LABELS = 60  # places tried for a label, by number of records (about 20 fit at the home view)
TOOLTIP = {
    "html": "<b>{name}</b><br/>{tip}",
    "style": {"backgroundColor": "#14365d", "color": "#ffffff", "fontSize": "13px",
              "padding": "6px 8px", "borderRadius": "4px"},
}
FONT = '"Noto Sans CJK KR, Noto Sans KR, Apple SD Gothic Neo, Malgun Gothic, sans-serif"'


def wrap_lon(lon: float, center: float = WRAP_LON) -> float:
    """Longitude moved into [center - 180, center + 180), so arcs take the short way."""
    return (lon - center + 180.0) % 360.0 + center - 180.0


def point_radius(count: int) -> float:
    """Circle radius in pixels for a place with `count` records."""
    return round(min(16.0, max(5.0, 4.0 + 2.6 * math.sqrt(count))), 1)


def arc_width(count: int) -> float:
    """Arc width in pixels for `count` records."""
    return round(min(8.0, 1.5 + 1.2 * count), 1)


def _digest(*parts: object) -> str:
    raw = json.dumps(parts, sort_keys=True, default=str).encode()
    return hashlib.blake2s(raw, digest_size=4).hexdigest()


def layer_kind(layer_id: str) -> str:
    """`places`, `arcs`, ... for a layer id built here (ids end in a data digest)."""
    return layer_id.rsplit("-", 1)[0]


def point_rows(points: pd.DataFrame, lang: str) -> pd.DataFrame:
    """What the places layer draws: one row per place, only the columns used."""
    korean = points["side"] == "korean"
    out = pd.DataFrame({
        "id": points["place_id"],
        "name": points[name_column(lang)],
        "lon": points["lon"].map(wrap_lon).round(4),
        "lat": points["lat"].round(4),
        "r": points["count"].map(point_radius),
        "count": points["count"].astype(int),
        "tip": points["count"].map(lambda n: t("n_agreements", lang, n=int(n))),
    })
    out["fill"] = [list(KOREAN_FILL if k else PARTNER_FILL) for k in korean]
    out["line"] = [list(KOREAN_LINE if k else PARTNER_LINE) for k in korean]
    return out.reset_index(drop=True)


def arc_rows(arcs: pd.DataFrame, lang: str) -> pd.DataFrame:
    """What the arcs layer draws: one row per (Korean place, partner, type)."""
    src, dst = name_column(lang, "src_"), name_column(lang, "dst_")
    types, counts = arcs["type"].tolist(), arcs["count"].tolist()
    ends = {}
    for end in ("src", "dst"):  # longitudes wrapped around the map's centre, 4 decimals
        lon = ((arcs[f"{end}_lon"].to_numpy(dtype=float) - WRAP_LON + 180.0) % 360.0 + WRAP_LON - 180.0)
        ends[end] = [[x, y] for x, y in zip(lon.round(4).tolist(), arcs[f"{end}_lat"].round(4).tolist(), strict=True)]
    labels = {ty: type_label(ty, lang) for ty in set(types)}
    out = pd.DataFrame({
        "src": arcs["src"].to_numpy(dtype=object),
        "dst": arcs["dst"].to_numpy(dtype=object),
        "type": arcs["type"].to_numpy(dtype=object),
        "s": pd.Series(ends["src"], dtype=object),
        "d": pd.Series(ends["dst"], dtype=object),
        "w": [arc_width(n) for n in counts],
        "name": [t("pair_title", lang, a=a, b=b) for a, b in zip(arcs[src].tolist(), arcs[dst].tolist(), strict=True)],
        "tip": [f"{labels[ty]} · {t('n_agreements', lang, n=int(n))}" for ty, n in zip(types, counts, strict=True)],
    })
    out["c"] = pd.Series([list(type_colour(ty)) for ty in types], dtype=object)
    # Several types between one pair: fan the arcs out to both sides so each stays visible.
    rank = out.groupby(["src", "dst"]).cumcount()
    out["h"] = (0.22 + 0.14 * (rank // 2)).round(2)
    out["tilt"] = [90 if k % 2 == 0 else -90 for k in rank]
    return out.reset_index(drop=True)


def _label_candidates(pts: pd.DataFrame, focus: str | None) -> pd.DataFrame:
    """The MAX_LABELS places with most records (plus the selected one), in their order."""
    top = pts.head(MAX_LABELS)
    if focus is not None and len(pts) > MAX_LABELS and focus not in set(top["id"]):
        top = pd.concat([pts[pts["id"] == focus], top])
    return top.reset_index(drop=True)


def records(df: pd.DataFrame) -> list[dict]:
    """A layer's data as plain row dicts (what pydeck would send, built without per-cell boxing)."""
    columns = list(df.columns)
    return [dict(zip(columns, row, strict=True)) for row in zip(*(df[c].tolist() for c in columns), strict=True)]


class CompactDeck(pdk.Deck):
    """A Deck whose JSON has no indentation (pydeck indents by 2 and encodes in pure Python:
    at thousands of arcs that is several times the bytes and ten times the time)."""

    def to_json(self) -> str:
        return json.dumps(self, default=default_serialize, separators=(",", ":"))


def label_rows(pts: pd.DataFrame, *, focus: str | None = None) -> pd.DataFrame:
    """The labels that fit at the starting view (the selected place's first), and where."""
    ids = pts["id"].tolist()
    order = sorted(range(len(pts)), key=lambda i: (ids[i] != focus, i))
    cols = [pts[c].tolist() for c in ("lon", "lat", "r", "name")]
    rows = [(cols[0][i], cols[1][i], cols[2][i], cols[3][i]) for i in order]
    rings = {0: rows[0][2] + RING_GAP + 2} if rows and ids[order[0]] == focus else {}
    spots = place_labels(rows, zoom=HOME_VIEW["zoom"], size=LABEL_SIZE, rings=rings)
    kept = [(i, s) for i, s in zip(order, spots, strict=True) if s is not None]
    out = pts.iloc[[i for i, _ in kept]][["name", "lon", "lat"]].copy()
    out["anchor"] = [s.anchor for _, s in kept]
    out["base"] = [s.baseline for _, s in kept]
    out["off"] = [[s.dx, s.dy] for _, s in kept]
    return out.reset_index(drop=True)


def _dim_others(pts: pd.DataFrame, arc: pd.DataFrame, pairs: set[tuple[str, str]], places: set[str]) -> None:
    """Fade the arcs and places that are not highlighted (in place: alpha on their colours)."""
    arc["c"] = pd.Series([c if (s, d) in pairs else [*c[:3], DIM_ARC_ALPHA]
                          for s, d, c in zip(arc["src"], arc["dst"], arc["c"], strict=True)], dtype=object)
    faded = [pid not in places for pid in pts["id"]]
    for column in ("fill", "line"):
        pts[column] = pd.Series([[*c[:3], DIM_PLACE_ALPHA] if f else c
                                 for c, f in zip(pts[column], faded, strict=True)], dtype=object)


def _basemap() -> list[pdk.Layer]:
    # Sea and land colours go to the fill sub-layers directly: Streamlit recolours top-level
    # fill accessors while a map selection is active, which would grey out the basemap.
    ocean = pdk.Layer(
        "GeoJsonLayer", data=_WORLD, id=OCEAN_LAYER, pickable=False, stroked=False, filled=True,
        _sub_layer_props={"polygons-fill": {"getFillColor": list(OCEAN)}},
    )
    return [ocean, pdk.Layer(
        "GeoJsonLayer", data=BASEMAP_URL, id=BASEMAP_LAYER, pickable=False, stroked=True,
        filled=True, get_line_color=list(BORDER), line_width_units='"pixels"', get_line_width=0.7,
        _sub_layer_props={"polygons-fill": {"getFillColor": list(LAND)}},
    )]


def build_deck(
    points: pd.DataFrame,
    arcs: pd.DataFrame,
    *,
    lang: str,
    focus_place: str | None = None,
    focus_pair: tuple[str, str] | None = None,
    highlight_pairs: Sequence[tuple[str, str]] = (),
    highlight_places: Sequence[str] = (),
    view: Mapping[str, float] | None = None,
) -> pdk.Deck:
    """The map for aggregated `points` and `arcs` (see partnerships.aggregate), labels in `lang`.

    At most MAX_ARCS arcs are drawn (the busiest; `arcs` comes sorted by count) plus the
    selected pair's, and at most MAX_LABELS places get a label, so the spec sent on every
    rerun stays small at national scale.

    `highlight_pairs` are drawn thick like the selected pair (the tour's record); with
    `highlight_pairs` or `highlight_places`, every other arc and place is dimmed. `view` replaces
    the home camera (latitude, longitude, zoom, optional transition_duration): a new view moves
    the map, an unchanged one keeps the user's pan and zoom.
    """
    pts = point_rows(points, lang)
    drawn = arcs.head(MAX_ARCS)
    if focus_pair is not None and len(arcs) > MAX_ARCS:
        chosen = arcs.iloc[MAX_ARCS:]
        chosen = chosen[(chosen["src"] == focus_pair[0]) & (chosen["dst"] == focus_pair[1])]
        drawn = pd.concat([drawn, chosen])
    arc = arc_rows(drawn, lang)
    if highlight_pairs or highlight_places:
        _dim_others(pts, arc, set(highlight_pairs), {*highlight_places, *(p for pair in highlight_pairs for p in pair)})
    tag = _digest(list(pts["id"]), arc[["src", "dst", "type"]].values.tolist(), focus_place, focus_pair,
                  sorted(highlight_pairs), sorted(highlight_places))
    layers = _basemap()
    wanted = {*highlight_pairs, *([focus_pair] if focus_pair is not None else [])}
    if wanted:
        pair = arc[[(s, d) in wanted for s, d in zip(arc["src"], arc["dst"], strict=True)]]
        layers.append(pdk.Layer(
            "ArcLayer", data=records(pair[["s", "d", "w", "h", "tilt"]]), id=f"focus-arcs-{tag}",
            pickable=False, get_source_position="s", get_target_position="d", get_width="w + 5",
            get_height="h", get_tilt="tilt", width_units='"pixels"',
        ))
    layers.append(pdk.Layer(
        "ArcLayer", data=records(arc[["src", "dst", "type", "s", "d", "w", "h", "tilt", "c", "name", "tip"]]),
        id=f"{ARCS_LAYER}-{tag}", pickable=True, auto_highlight=True,
        get_source_position="s", get_target_position="d", get_source_color="c",
        get_target_color="c", get_width="w", get_height="h", get_tilt="tilt",
        width_units='"pixels"',
    ))
    layers.append(pdk.Layer(
        "ScatterplotLayer", data=records(pts[["id", "name", "lon", "lat", "r", "fill", "line", "tip"]]),
        id=f"{PLACES_LAYER}-{tag}", pickable=True, auto_highlight=True, stroked=True,
        get_position=["lon", "lat"], get_radius="r", radius_units='"pixels"',
        get_fill_color="fill", get_line_color="line", line_width_units='"pixels"',
        get_line_width=1.5,
    ))
    if focus_place is not None and focus_place in set(pts["id"]):
        ring = pts[pts["id"] == focus_place][["lon", "lat", "r"]]
        layers.append(pdk.Layer(
            "ScatterplotLayer", data=records(ring), id=f"focus-place-{tag}", pickable=False,
            stroked=True, filled=False, get_position=["lon", "lat"], get_radius=f"r + {RING_GAP}",
            radius_units='"pixels"', line_width_units='"pixels"', get_line_width=3,
        ))
    # No getColor on purpose: Streamlit greys out colour accessors while a selection is active.
    layers.append(pdk.Layer(
        "TextLayer", data=records(label_rows(_label_candidates(pts, focus_place), focus=focus_place)),
        id=f"labels-{tag}", pickable=False,
        get_position=["lon", "lat"], get_text="name", get_size=LABEL_SIZE, size_units='"pixels"',
        get_text_anchor="anchor", get_alignment_baseline="base", get_pixel_offset="off",
        character_set='"auto"', font_family=FONT, font_weight=600,
        font_settings={"sdf": True, "fontSize": 64, "buffer": 8},
        outline_width=0.5, outline_color=[*LABEL_HALO, 235],
    ))
    map_view = pdk.View("MapView", controller=True, repeat=True)
    return CompactDeck(
        layers=layers, views=[map_view], initial_view_state=pdk.ViewState(**{**HOME_VIEW, **(view or {})}),
        map_provider=None, tooltip=TOOLTIP,
    )
