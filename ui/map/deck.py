"""Build the map: a pydeck `Deck` from the aggregated points and arcs, drawn with no online service.

Layers, bottom to top: the sea, the country basemap (static GeoJSON served by Streamlit), names of
populated places once zoomed in (`ui.map.city_labels`), outlines of the
selected arcs, arcs coloured by agreement type, places (Korean side dark, partners white), a ring
around the selected place, and labels. The camera frames the places drawn (`fit_view`): it moves
when the filters change what is drawn, and Streamlit keeps the user's pan and zoom otherwise
(a click on a place, a change of language).

Layer ids carry a digest of the data they draw: when the data changes, a stale map selection
(which refers to row positions) is dropped instead of pointing at another row.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Collection, Mapping, Sequence
from urllib.parse import quote

import numpy as np
import pandas as pd
import pydeck as pdk
from pydeck.bindings.json_tools import default_serialize

from geo.basemap import ADMIN1_URL, ADMIN1_ZOOM, BASEMAP_URL, DETAIL_URL, DETAIL_ZOOM
from geo.mercator import frame_view, project, unproject, within_world, world_zoom
from ui.map import city_labels, zoom_layers
from ui.map.map_labels import map_frame, place_labels, short_label, spread_sized
from ui.map.palette import (
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
from ui.shell.i18n import name_column, t, type_label

# The camera when nothing is drawn (else `fit_view` frames what is): Europe to East Asia.
# Longitudes are wrapped around WRAP_LON, so arcs to the Americas cross the Pacific (eastwards)
# rather than Eurasia; the basemap repeats to match.
HOME_VIEW = {"latitude": 30.0, "longitude": 95.0, "zoom": 1.05, "min_zoom": -1.0, "max_zoom": 10.0,
             "pitch": 0, "bearing": 0}
WRAP_LON = 140.0
LABEL_SIZE = 13
RING_GAP = 5  # pixels between a selected place's circle and its ring
BASEMAP_LAYER = "basemap"
DETAIL_LAYER = "detail"
ADMIN1_LAYER = "admin1"
OCEAN_LAYER = "ocean"
# The whole Web Mercator world, a little wider than 360 degrees so repeated copies meet.
_WORLD = {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, "geometry": {
    "type": "Polygon",
    "coordinates": [[[-180.5, -85.06], [180.5, -85.06], [180.5, 85.06], [-180.5, 85.06], [-180.5, -85.06]]],
}}]}
PLACES_LAYER = "places"
SPREAD_LAYER = "spread"  # Korean places pulled apart where they crowd, with leader lines
DOT_RADIUS = 2.5  # a spread place's own spot: a dot where its leader line starts
ATLAS_WIDTH = 256  # pixels: the spread places' icon atlas packs its sprites in rows this wide
LEADER: tuple[int, int, int] = (120, 132, 146)
ARCS_LAYER = "arcs"
MAP_HEIGHT = 500  # with the title above and the legend below, fits a 1280x720 screen
FIT_WIDTH = 640  # map width (pixels) the framing assumes: the map column on a 1280-pixel screen
PHONE_FIT_WIDTH = 350  # ... and on a phone
PHONE_MAP_HEIGHT = 340
COMPACT_WIDTH = 500  # a map narrower than this (a phone's) draws smaller circles
COMPACT_SCALE = 0.7  # ... its circles' radii, so Korea's ring takes less of the map
FIT_PADDING = 0.3  # share of the map left around what is drawn (labels sit beside the circles)
MAX_ARCS = 1500  # arcs drawn at most: the busiest ones (national data has tens of thousands)
SMOOTH_ARCS = 300  # up to this many arcs, each is drawn with deck.gl's full 50 segments
DIM_ARC_ALPHA = 45  # arcs and places outside a highlight (the tour's record) fade to this alpha
DIM_PLACE_ALPHA = 90
FAINT_ARC_ALPHA = 22  # framed on Korea, arcs leave the screen: hairlines this faint, so hundreds make no solid fan
MAX_LABELS = 60  # places tried for a label, by number of records (about 20 fit at the home view)
TOOLTIP = {
    "html": "<b>{name}</b><br/>{tip}",
    "style": {"backgroundColor": "#14365d", "color": "#ffffff", "fontSize": "13px",
              "padding": "6px 8px", "borderRadius": "4px"},
}
FONT = '"Noto Sans CJK KR, Noto Sans KR, Apple SD Gothic Neo, Malgun Gothic, sans-serif"'


def wrap_lon(lon: float | np.ndarray, center: float = WRAP_LON) -> float | np.ndarray:
    """Longitude (or an array of them) moved into [center - 180, center + 180), so arcs take the
    short way."""
    return (lon - center + 180.0) % 360.0 + center - 180.0


def drawn_bounds(points: pd.DataFrame) -> dict[str, float] | None:
    """West, east, south, north of `points` (lon, lat) as the map draws them (longitudes wrapped
    as `point_rows` wraps them), both sides included; None when there are none."""
    if not len(points):
        return None
    lon = wrap_lon(points["lon"].to_numpy(dtype=float))
    lat = points["lat"].to_numpy(dtype=float)
    return {"west": float(lon.min()), "east": float(lon.max()), "south": float(lat.min()), "north": float(lat.max())}


def fit_view(points: pd.DataFrame, *, width: float = FIT_WIDTH, height: float = MAP_HEIGHT,
             nudge: int = 0) -> dict[str, float]:
    """The camera that frames every place in `points` (lon, lat columns) on a map `width` x `height`
    pixels; the home view when there is nothing to frame.

    Longitudes are wrapped as the map draws them, so partners across the Pacific put the Pacific in
    the middle. The zoom, and the least zoom the user may reach (`min_zoom`), keep the world at
    least as wide as the map: no place is drawn twice side by side. `nudge` (a counter: the "fit"
    button) moves the camera by a hair on odd values: Streamlit keeps the user's pan and zoom while
    the view is unchanged, so an unchanged frame would not bring the map back.
    """
    least = world_zoom(width, height)
    if points.empty:
        view = {"latitude": HOME_VIEW["latitude"], "longitude": HOME_VIEW["longitude"],
                "zoom": max(HOME_VIEW["zoom"], least)}
    else:
        lon = wrap_lon(points["lon"].to_numpy(dtype=float)).tolist()
        lat = points["lat"].to_numpy(dtype=float).tolist()
        view = frame_view(list(zip(lon, lat, strict=True)), width=width, height=height,
                          padding=FIT_PADDING, max_zoom=5.0, min_zoom=least)
    view["latitude"] = within_world(view["latitude"], view["zoom"], height)
    view["min_zoom"] = least
    if nudge % 2:
        view = {k: v + 1e-4 for k, v in view.items()}
    return view


def point_radius(count: int, top: int = 1) -> float:
    """Circle radius in pixels for a place with `count` records, `top` being the most any place has.

    Small data keeps absolute sizes (5 to 16 px); when the busiest place would pass 16 px, every
    circle shrinks by the same factor (area still grows with the count), so national data is not
    a carpet of equal full-size circles.
    """
    extra = 2.6 * math.sqrt(count) * min(1.0, 12.0 / (2.6 * math.sqrt(max(top, count, 1))))
    return round(min(16.0, max(3.5 if top > 21 else 5.0, 4.0 + extra)), 1)


def arc_width(count: int, top: int = 1) -> float:
    """Arc width in pixels for `count` records, `top` being the most any drawn arc has.

    1.5 to 8 px; as with `point_radius`, widths are scaled down together once the busiest arc
    would pass 8 px.
    """
    extra = 1.2 * count * min(1.0, 6.5 / (1.2 * max(top, count, 1)))
    return round(min(8.0, 1.5 + extra), 1)


def arc_segments(n_arcs: int) -> int:
    """Segments per arc: smooth curves for a few arcs, fewer vertices for thousands (each arc's
    vertices are computed on every frame; software WebGL, as on machines without a GPU, is
    vertex-bound there)."""
    return 50 if n_arcs <= SMOOTH_ARCS else 16


def _digest(*parts: object) -> str:
    raw = json.dumps(parts, sort_keys=True, default=str).encode()
    return hashlib.blake2s(raw, digest_size=4).hexdigest()


def layer_kind(layer_id: str) -> str:
    """`places`, `arcs`, ... for a layer id built here (ids end in a data digest)."""
    return layer_id.rsplit("-", 1)[0]


def _counted(counts: Sequence[int], lang: str) -> list[str]:
    """"3 agreements" for each count (each distinct count formatted once)."""
    text = {n: t("n_agreements", lang, n=n) for n in set(counts)}
    return [text[n] for n in counts]


def point_rows(points: pd.DataFrame, lang: str) -> pd.DataFrame:
    """What the places layer draws: one row per place, only the columns used."""
    korean = (points["side"] == "korean").to_numpy(dtype=bool)
    counts = points["count"].to_numpy(dtype=np.int64).tolist()
    top = max(counts, default=1)
    radius = {n: point_radius(n, top) for n in set(counts)}
    out = pd.DataFrame({
        "id": _text(points["place_id"]),
        "name": _text(points[name_column(lang)]),
        "lon": wrap_lon(points["lon"].to_numpy(dtype=float)).round(4),
        "lat": points["lat"].to_numpy(dtype=float).round(4),
        "r": [radius[n] for n in counts],
        "count": counts,
        "tip": _text(_counted(counts, lang)),
    })
    korean_fill, partner_fill = list(KOREAN_FILL), list(PARTNER_FILL)
    korean_line, partner_line = list(KOREAN_LINE), list(PARTNER_LINE)
    out["fill"] = pd.Series([korean_fill if k else partner_fill for k in korean.tolist()], dtype=object)
    out["line"] = pd.Series([korean_line if k else partner_line for k in korean.tolist()], dtype=object)
    return out


def _text(values: Sequence | pd.Series) -> pd.Series:
    """Strings as a plain object column: pandas would otherwise convert them to Arrow strings,
    which costs more than the rest of a layer's rows to build and to write out."""
    if isinstance(values, pd.Series):
        values = values.to_numpy(dtype=object)
    return pd.Series(values, dtype=object)


def arc_rows(arcs: pd.DataFrame, lang: str) -> pd.DataFrame:
    """What the arcs layer draws: one row per (Korean place, partner, type)."""
    src, dst = name_column(lang, "src_"), name_column(lang, "dst_")
    types = arcs["type"].to_numpy(dtype=object).tolist()
    counts = arcs["count"].to_numpy(dtype=np.int64).tolist()
    ends = {}
    for end in ("src", "dst"):  # longitudes wrapped around the map's centre, 4 decimals
        lon = wrap_lon(arcs[f"{end}_lon"].to_numpy(dtype=float)).round(4).tolist()
        lat = arcs[f"{end}_lat"].to_numpy(dtype=float).round(4).tolist()
        ends[end] = pd.Series([[x, y] for x, y in zip(lon, lat, strict=True)], dtype=object)
    labels = {ty: type_label(ty, lang) for ty in set(types)}
    colours = {ty: list(type_colour(ty)) for ty in set(types)}
    top = max(counts, default=1)
    width = {n: arc_width(n, top) for n in set(counts)}
    counted = _counted(counts, lang)
    out = pd.DataFrame({
        "src": _text(arcs["src"]),
        "dst": _text(arcs["dst"]),
        "type": _text(types),
        "s": ends["src"],
        "d": ends["dst"],
        "w": [width[n] for n in counts],
        "name": _text([t("pair_title", lang, a=a, b=b) for a, b in zip(_text(arcs[src]).tolist(),
                                                                       _text(arcs[dst]).tolist(), strict=True)]),
        "tip": _text([f"{labels[ty]} · {n}" for ty, n in zip(types, counted, strict=True)]),
        "c": pd.Series([colours[ty] for ty in types], dtype=object),
    })
    # Several types between one pair: fan the arcs out to both sides so each stays visible.
    rank = out.groupby(["src", "dst"], sort=False).cumcount().to_numpy()
    out["h"] = (0.22 + 0.14 * (rank // 2)).round(2)
    out["tilt"] = np.where(rank % 2 == 0, 90, -90)
    return out


def _label_candidates(pts: pd.DataFrame, focus: str | None, lit: Collection[str] = ()) -> pd.DataFrame:
    """The MAX_LABELS places with most records (plus the selected one and the ends of the arcs
    brought forward), in their order."""
    top = pts.head(MAX_LABELS)
    wanted = {*lit, *([focus] if focus is not None else [])} - set(top["id"])
    if wanted and len(pts) > MAX_LABELS:
        top = pd.concat([pts[pts["id"].isin(wanted)], top])
    return top.reset_index(drop=True)


class Rows:
    """A layer's data: the rows of a DataFrame, written out by pandas' JSON encoder (in C) when the
    deck is serialised. Building one dict per row in Python, as pydeck does, took longer than the
    rest of a rerun at national scale."""

    __slots__ = ("frame",)

    def __init__(self, frame: pd.DataFrame):
        self.frame = frame.reset_index(drop=True)

    def __len__(self) -> int:
        return len(self.frame)

    def json(self) -> str:
        """The rows as a JSON array of objects (lists stay lists, NaN becomes null)."""
        return self.frame.to_json(orient="records", force_ascii=False)


def records(df: pd.DataFrame) -> Rows:
    """A layer's data, only the columns of `df` (see `Rows`)."""
    return Rows(df)


class CompactDeck(pdk.Deck):
    """A Deck whose JSON has no indentation and whose layer data is written by pandas (see `Rows`).

    pydeck indents by 2 and encodes every row in pure Python: at thousands of arcs that is several
    times the bytes and ten times the time.
    """

    def to_json(self) -> str:
        rows: list[Rows] = []

        def encode(obj: object) -> object:
            if isinstance(obj, Rows):
                rows.append(obj)
                return f"{_ROWS_MARK}{len(rows) - 1}"
            return default_serialize(obj)

        text = json.dumps(self, default=encode, separators=(",", ":"), ensure_ascii=False)
        for i, data in enumerate(rows):
            text = text.replace(f'"{_ROWS_MARK}{i}"', data.json(), 1)
        return text


_ROWS_MARK = "@@atlas-rows:"  # stands in for a layer's rows until they are written


def spread_korean(pts: pd.DataFrame, korean: np.ndarray, zoom: float) -> pd.DataFrame:
    """`pts` with pixel offsets `dx`, `dy` that pull apart the Korean places crowding one another at
    `zoom`, and their radii `r` made smaller where their ring would grow too wide
    (ui.map.map_labels.spread_sized); partners and Korean places with room get (0, 0).

    Built for any number of Korean places; the national layer's provinces can go through it too.
    """
    out = pts.copy()
    out["dx"], out["dy"] = 0.0, 0.0
    where = np.flatnonzero(korean)
    if len(where) > 1:
        sub = pts.iloc[where]
        offsets = spread_sized(list(zip(sub["lon"], sub["lat"], sub["r"], strict=True)), zoom=zoom)
        out.iloc[where, out.columns.get_loc("dx")] = [o[0] for o in offsets]
        out.iloc[where, out.columns.get_loc("dy")] = [o[1] for o in offsets]
        out.iloc[where, out.columns.get_loc("r")] = [o[2] for o in offsets]
    return out


def _rgba(colour: Sequence[int]) -> str:
    alpha = colour[3] / 255 if len(colour) > 3 else 1
    return f"rgba({colour[0]},{colour[1]},{colour[2]},{alpha:.2f})"


def _svg_url(width: float, height: float, body: str) -> str:
    """An SVG drawn at twice its size (sharp on high-density screens), as a data URL with no quotes."""
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{2 * width}" height="{2 * height}" '
           f'viewBox="0 0 {width} {height}">{body}</svg>')
    return "data:image/svg+xml;charset=utf-8," + quote(svg, safe="")


def spread_atlas(spots: pd.DataFrame, *, focus: str | None = None) -> tuple[pd.DataFrame, str, dict]:
    """The spread places (`spots`: id, r, dx, dy, fill, line) as IconLayer rows over one icon atlas.

    Each place gets two rows at its own spot: a leader line (a horizontal stroke turned by `angle`,
    anchored at its left end) and its circle, moved by the pixel offset `off`; both keep their size
    in pixels at every zoom. Identical sprites are drawn once; the atlas is a single small image
    (an image per place, as before, cost the browser a load and a texture upload each).
    Returns the rows (lines first, so circles are drawn over them), the atlas URL and its mapping.
    Only numbers go into the image.
    """
    sprites: dict[tuple, tuple[float, float, str]] = {}  # key -> (width, height, svg body at 0, 0)
    lines, circles = [], []
    for pid, r, dx, dy, fill, line in zip(spots["id"], spots["r"], spots["dx"], spots["dy"], spots["fill"],
                                          spots["line"], strict=True):
        length = round(2 * math.hypot(dx, dy)) / 2  # half pixels: whole pixels in the atlas
        lines.append((("l", length), -math.degrees(math.atan2(dy, dx))))
        sprites.setdefault(("l", length), (length, 4.0, f'<line x1="0" y1="2" x2="{length}" y2="2" '
                                                         f'stroke="{_rgba(LEADER)}" stroke-width="1.2"/>'))
        ring = pid == focus
        key = ("c", r, tuple(fill), tuple(line), ring)
        half = math.ceil(r + (RING_GAP + 3 if ring else 1.5))  # whole pixels: drawn unscaled
        ring_svg = (f'<circle cx="{half}" cy="{half}" r="{r + RING_GAP}" fill="none" stroke="black" '
                    f'stroke-width="3"/>' if ring else "")
        sprites.setdefault(key, (2 * half, 2 * half, f'<circle cx="{half}" cy="{half}" r="{r}" fill="{_rgba(fill)}" '
                                                     f'stroke="{_rgba(line)}" stroke-width="1.5"/>{ring_svg}'))
        circles.append((key, 2 * half))
    # Shelf packing: sprites side by side in rows at most ATLAS_WIDTH wide, a pixel apart.
    mapping: dict[str, dict] = {}
    body, x, y, shelf = [], 0.0, 0.0, 0.0
    names = {key: f"s{i}" for i, key in enumerate(sprites)}
    width = max(ATLAS_WIDTH, max((w for w, _, _ in sprites.values()), default=0) + 2)
    for key, (w, h, svg) in sprites.items():
        if x + w + 1 > width:
            x, y, shelf = 0.0, y + shelf + 1, 0.0
        body.append(f'<g transform="translate({x},{y})">{svg}</g>')
        mapping[names[key]] = {"x": 2 * x, "y": 2 * y, "width": math.ceil(2 * w), "height": math.ceil(2 * h),
                               "anchorX": 0 if key[0] == "l" else w, "anchorY": h, "mask": False}
        x, shelf = x + math.ceil(w) + 1, max(shelf, math.ceil(h))
    atlas = _svg_url(width, y + shelf, "".join(body))
    base = spots[["id", "name", "lon", "lat", "tip"]].reset_index(drop=True)
    line_rows = base.assign(icon=[names[k] for k, _ in lines], size=4.0, angle=[round(a, 1) for _, a in lines],
                            off=pd.Series([[0.0, 0.0]] * len(base), dtype=object))
    circle_rows = base.assign(icon=[names[k] for k, _ in circles], size=[s for _, s in circles], angle=0.0,
                              off=pd.Series([[float(dx), float(dy)] for dx, dy in zip(spots["dx"], spots["dy"],
                                                                                      strict=True)], dtype=object))
    return pd.concat([line_rows, circle_rows], ignore_index=True), atlas, mapping


def label_rows(pts: pd.DataFrame, *, focus: str | None = None, zoom: float = HOME_VIEW["zoom"],
               frame: tuple[float, float, float, float] | None = None, lit: Collection[str] = (),
               movable: Collection[str] = ()) -> pd.DataFrame:
    """The labels that fit at the starting view's `zoom` (the selected place's first, then those of
    `lit`, the ends of the arcs brought forward), and where; with a `frame` (the pixels the map
    shows, `map_labels.map_frame`), only labels inside it.

    Places with pixel offsets (`dx`, `dy` columns, see `spread_korean`) are labelled beside
    their moved circle.
    """
    ids = pts["id"].tolist()
    lit = set(lit)
    order = sorted(range(len(pts)), key=lambda i: (ids[i] != focus, ids[i] not in lit, i))
    shift = list(zip(pts["dx"], pts["dy"], strict=True)) if "dx" in pts else [(0.0, 0.0)] * len(pts)
    moved = [unproject(x + dx, y + dy, zoom) if (dx or dy) else (lon, lat)
             for (lon, lat), (dx, dy) in zip(zip(pts["lon"], pts["lat"], strict=True), shift, strict=True)
             for x, y in [project(lon, lat, zoom)]]
    cols = [[m[0] for m in moved], [m[1] for m in moved], pts["r"].tolist(), pts["name"].tolist()]
    rows = [(cols[0][i], cols[1][i], cols[2][i], cols[3][i]) for i in order]
    rings = {0: rows[0][2] + RING_GAP + 2} if rows and ids[order[0]] == focus else {}
    outward = {k: shift[i] for k, i in enumerate(order) if shift[i] != (0.0, 0.0)}
    pushed: dict[int, tuple[float, float]] = {}
    spots = place_labels(rows, zoom=zoom, size=LABEL_SIZE, rings=rings, frame=frame, outward=outward, pushed=pushed,
                         pushable=_away_from_crowd(order, ids, moved, set(movable), zoom))
    extra = {order[k]: p for k, p in pushed.items()}
    kept = [(i, s) for i, s in zip(order, spots, strict=True) if s is not None]
    out = pts.iloc[[i for i, _ in kept]][["id", "name", "lon", "lat"]].copy()
    out["anchor"] = [s.anchor for _, s in kept]
    out["base"] = [s.baseline for _, s in kept]
    out["off"] = [[s.dx + shift[i][0] + extra.get(i, (0, 0))[0], s.dy + shift[i][1] + extra.get(i, (0, 0))[1]]
                  for i, s in kept]
    out = out.reset_index(drop=True)
    out.attrs["pushed"] = {ids[i]: p for i, p in extra.items()}  # ring places moved out to fit their label
    return out


def _away_from_crowd(order: list[int], ids: list, moved: list[tuple[float, float]], movable: set,
                     zoom: float) -> dict[int, tuple[float, float]]:
    """Label row index (in `order`) to the pixel direction from the centre of the `movable` places to it."""
    at = {k: project(*moved[i], zoom) for k, i in enumerate(order) if ids[i] in movable}
    if len(at) < 2:
        return {}
    cx, cy = sum(x for x, _ in at.values()) / len(at), sum(y for _, y in at.values()) / len(at)
    return {k: (x - cx, y - cy) for k, (x, y) in at.items()}


def _highlighted(arc: pd.DataFrame, pairs: set[tuple[str, str]], kind: str | None) -> list[bool]:
    """Per arc row: between one of `pairs`, and of type `kind` when one is given."""
    return [(s, d) in pairs and (kind is None or ty == kind)
            for s, d, ty in zip(arc["src"], arc["dst"], arc["type"], strict=True)]


def _dim_others(pts: pd.DataFrame, arc: pd.DataFrame, lit: list[bool], places: set[str]) -> None:
    """Fade the arcs and places that are not highlighted (in place: alpha on their colours)."""
    arc["c"] = pd.Series([c if on else [*c[:3], DIM_ARC_ALPHA]
                          for on, c in zip(lit, arc["c"], strict=True)], dtype=object)
    faded = [pid not in places for pid in pts["id"]]
    for column in ("fill", "line"):
        pts[column] = pd.Series([[*c[:3], DIM_PLACE_ALPHA] if f else c
                                 for c, f in zip(pts[column], faded, strict=True)], dtype=object)


def _light(pts: pd.DataFrame, arc: pd.DataFrame, *, focus_place: str | None, pairs: Sequence[tuple[str, str]],
           places: Sequence[str], kind: str | None, faint: bool) -> tuple[list[bool], bool]:
    """Per arc row, whether it stands out, fading the others in place (see build_deck); and whether
    they are the chosen place's own arcs, brought forward as a click on a place tells its story."""
    lit = _highlighted(arc, set(pairs), kind)
    own = [focus_place in (s, d) for s, d in zip(arc["src"], arc["dst"], strict=True)]
    chosen = focus_place is not None and not (pairs or places or faint) and any(own)
    if faint or chosen:  # the chosen place's arcs stay whole
        lit = [a or b for a, b in zip(lit, own, strict=True)]
    if pairs or places:
        _dim_others(pts, arc, lit, {*places, *(p for pair in pairs for p in pair)})
    elif chosen:
        _dim_others(pts, arc, lit, {x for on, s, d in zip(lit, arc["src"], arc["dst"], strict=True) if on
                                    for x in (s, d)})
    if faint:
        arc["c"] = pd.Series([c if on else [*c[:3], FAINT_ARC_ALPHA] for on, c in zip(lit, arc["c"], strict=True)],
                             dtype=object)
        arc["w"] = [w if on else 1 for on, w in zip(lit, arc["w"], strict=True)]
    return lit, chosen


def _korean_on_top(pts: pd.DataFrame, points: pd.DataFrame) -> pd.DataFrame:
    """The places layer's rows with the Korean side last, so their circles are drawn over partners'."""
    korean = (points["side"] == "korean").to_numpy()
    return pts.iloc[np.argsort(korean, kind="stable")]


def _basemap() -> list[pdk.Layer]:
    # Sea and land colours go to the fill sub-layers directly: Streamlit recolours top-level
    # fill accessors while a map selection is active, which would grey out the basemap.
    ocean = pdk.Layer(
        "GeoJsonLayer", data=_WORLD, id=OCEAN_LAYER, pickable=False, stroked=False, filled=True,
        _sub_layer_props={"polygons-fill": {"getFillColor": list(OCEAN)}},
    )
    world = pdk.Layer(
        "GeoJsonLayer", data=BASEMAP_URL, id=BASEMAP_LAYER, pickable=False, stroked=True,
        filled=True, get_line_color=list(BORDER), line_width_units='"pixels"', get_line_width=0.7,
        _sub_layer_props={"polygons-fill": {"getFillColor": list(LAND)}},
    )
    # The 1:50m outlines once zoomed in: a TileLayer with a single world tile (min and max zoom 0)
    # is deck.gl's way to show a layer from a zoom on (visibleMinZoom); the file is fetched the
    # first time the map is zoomed that far, not at first paint.
    detail = pdk.Layer(
        "TileLayer", data=DETAIL_URL, id=DETAIL_LAYER, pickable=False, min_zoom=0, max_zoom=0,
        visible_min_zoom=DETAIL_ZOOM, stroked=True, filled=True, get_fill_color=list(LAND),
        get_line_color=list(BORDER), line_width_units='"pixels"', get_line_width=0.8,
    )
    # First-level boundaries (provinces, states) once a country fills the map, the same way.
    admin1 = pdk.Layer(
        "TileLayer", data=ADMIN1_URL, id=ADMIN1_LAYER, pickable=False, min_zoom=0, max_zoom=0,
        visible_min_zoom=ADMIN1_ZOOM, stroked=True, filled=False, get_line_color=[*BORDER[:3], 150],
        line_width_units='"pixels"', get_line_width=0.6,
    )
    return [ocean, world, detail, admin1]


# The labels' look, as TextLayer props (GeoJsonLayer takes the same with a `text_` prefix).
# No getColor on purpose: Streamlit greys out colour accessors while a selection is active.
_TEXT = {"size_units": '"pixels"', "character_set": '"auto"', "font_family": FONT, "font_weight": 600,
         "font_settings": {"sdf": True, "fontSize": 64, "buffer": 8}, "outline_width": 0.5,
         "outline_color": [*LABEL_HALO, 235]}
_GEOJSON_TEXT = {"get_text_size": LABEL_SIZE, **{f"text_{k}": v for k, v in _TEXT.items()}}
_LABEL_COLUMNS = ["name", "lon", "lat", "anchor", "base", "off"]


def _place_layers(pts: pd.DataFrame, points: pd.DataFrame, tag: str, *, lang: str, focus: str | None,
                  split: pd.DataFrame | None, zoom: float, frame: tuple | None,
                  lit: Collection[str] = ()) -> list[pdk.Layer]:
    """The places, the ring of spread Korean places, the selected place's ring and the labels.

    With `split` (Korea's cities and districts, while `points` has their provinces), the Korean
    places of `points` are drawn only below zoom_layers.SPLIT_ZOOM and `split` from it on. Korean
    provinces are labelled by their short names (the tooltip keeps the full one): at world zoom
    their long English names ran over the partners around Korea."""
    labels, pts = _labels(pts, points, focus=focus, zoom=zoom, frame=frame, lit=lit)
    moved = (pts["dx"] != 0) | (pts["dy"] != 0)
    icons = pts[moved]
    drawn_pts = _korean_on_top(pts.assign(r=np.where(moved, DOT_RADIUS, pts["r"])), points)  # a moved place keeps a dot
    ring_ids = set(points.loc[points["side"] == "korean", "place_id"]) if split is not None else set()
    on_ring = drawn_pts["id"].isin(ring_ids)
    layers = [pdk.Layer(
        "ScatterplotLayer", data=records(drawn_pts[~on_ring][["id", "name", "lon", "lat", "r", "fill", "line", "tip"]]),
        id=f"{PLACES_LAYER}-{tag}", pickable=True, auto_highlight=True, stroked=True,
        get_position=["lon", "lat"], get_radius="r", radius_units='"pixels"',
        get_fill_color="fill", get_line_color="line", line_width_units='"pixels"',
        get_line_width=1.5,
    )]
    rows, atlas, mapping = spread_atlas(icons, focus=focus) if len(icons) else (None, None, None)
    if rows is not None and split is None:
        layers.append(pdk.Layer(
            "IconLayer", data=records(rows), id=f"{SPREAD_LAYER}-{tag}", pickable=True, auto_highlight=True,
            icon_atlas=f'"{atlas}"', icon_mapping=mapping, get_icon="icon", get_size="size", size_units='"pixels"',
            get_angle="angle", get_pixel_offset="off", get_position=["lon", "lat"],
        ))
    if focus is not None and focus in set(pts[~moved]["id"]):
        ring = pts[pts["id"] == focus][["lon", "lat", "r"]]
        layers.append(pdk.Layer(
            "ScatterplotLayer", data=records(ring), id=f"focus-place-{tag}", pickable=False,
            stroked=True, filled=False, get_position=["lon", "lat"], get_radius=f"r + {RING_GAP}",
            radius_units='"pixels"', line_width_units='"pixels"', get_line_width=3,
        ))
    labelled_ring = labels["id"].isin(ring_ids)
    layers.append(pdk.Layer(
        "TextLayer", data=records(labels[~labelled_ring][_LABEL_COLUMNS]), id=f"labels-{tag}", pickable=False,
        get_position=["lon", "lat"], get_text="name", get_size=LABEL_SIZE, get_text_anchor="anchor",
        get_alignment_baseline="base", get_pixel_offset="off", **_TEXT,
    ))
    if split is not None:
        layers += zoom_layers.ring_layers(tag, drawn_pts[on_ring], rows, atlas, mapping,
                                          labels[labelled_ring][_LABEL_COLUMNS], _GEOJSON_TEXT)
        layers += _city_layers(split, tag, lang=lang, focus=focus)
    return layers


def _labels(pts: pd.DataFrame, points: pd.DataFrame, *, focus: str | None, zoom: float, frame: tuple | None,
            lit: Collection[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(the labels, `pts` with the ring places moved out to fit theirs); Korean provinces by their
    short names."""
    candidates = _label_candidates(pts, focus, lit)
    korean = set(points.loc[points["side"] == "korean", "place_id"])
    candidates = candidates.assign(name=[short_label(n) if i in korean else n
                                         for i, n in zip(candidates["id"], candidates["name"], strict=True)])
    labels = label_rows(candidates, focus=focus, zoom=zoom, frame=frame, lit=lit, movable=korean)
    pushed = labels.attrs.get("pushed", {})
    if pushed:
        pts = pts.copy()
        extra = [pushed.get(i, (0.0, 0.0)) for i in pts["id"]]
        pts["dx"] = pts["dx"] + [e[0] for e in extra]
        pts["dy"] = pts["dy"] + [e[1] for e in extra]
    return labels, pts


def _city_layers(split: pd.DataFrame, tag: str, *, lang: str, focus: str | None) -> list[pdk.Layer]:
    """Korea's cities and districts for zoomed-in views, labels placed for each zoom band."""
    cities = point_rows(split.sort_values("count", ascending=False, kind="stable"), lang)
    candidates = _label_candidates(cities, focus)
    bands = [label_rows(candidates, focus=focus, zoom=z)[_LABEL_COLUMNS] for z in zoom_layers.LABEL_BANDS]
    return zoom_layers.city_layers(tag, cities, bands, _GEOJSON_TEXT, colours=(list(KOREAN_FILL), list(KOREAN_LINE)),
                                   focus=focus)



def build_deck(
    points: pd.DataFrame,
    arcs: pd.DataFrame,
    *,
    lang: str,
    focus_place: str | None = None,
    focus_pair: tuple[str, str] | None = None,
    highlight_pairs: Sequence[tuple[str, str]] = (),
    highlight_places: Sequence[str] = (),
    highlight_type: str | None = None,
    view: Mapping[str, float] | None = None,
    map_size: tuple[float, float] | None = None,
    split: pd.DataFrame | None = None,
    faint_arcs: bool = False,
) -> pdk.Deck:
    """The map for aggregated `points` and `arcs` (see partnerships.aggregate), labels in `lang`.

    At most MAX_ARCS arcs are drawn (the busiest; `arcs` comes sorted by count) plus the
    selected pair's, and at most MAX_LABELS places get a label, so the spec sent on every
    rerun stays small at national scale.

    `highlight_pairs` are drawn thick like the selected pair (the tour's record); with
    `highlight_pairs` or `highlight_places`, every other arc and place is dimmed; with
    `highlight_type`, only that type's arcs between the pairs stand out (one record). With none of
    them, `focus_place`'s own arcs stand out and the rest fade (a click on a place). `view` replaces
    the camera that frames the places (`fit_view`; latitude, longitude, zoom, optional
    transition_duration): a new view moves the map, an unchanged one keeps the user's pan and zoom.
    `map_size` (width, height in pixels), when known, keeps labels inside the starting view.
    `split` (Korea's cities and districts, when `points` has their provinces) replaces the
    provinces once the user zooms in on Korea (ui.map.zoom_layers). With `faint_arcs` (framed on
    Korea), every arc is a faint hairline but those of `focus_place`, drawn in full.
    """
    pts = point_rows(points, lang)
    compact = map_size is not None and map_size[0] < COMPACT_WIDTH
    if compact:
        pts["r"] = (pts["r"] * COMPACT_SCALE).round(1)
    camera = {**HOME_VIEW, **fit_view(points), **(view or {})}
    pts = spread_korean(pts, (points["side"] == "korean").to_numpy(dtype=bool), camera["zoom"])
    drawn = arcs.head(MAX_ARCS)
    if focus_pair is not None and len(arcs) > MAX_ARCS:
        chosen = arcs.iloc[MAX_ARCS:]
        chosen = chosen[(chosen["src"] == focus_pair[0]) & (chosen["dst"] == focus_pair[1])]
        drawn = pd.concat([drawn, chosen])
    arc = arc_rows(drawn, lang)
    lit, chosen = _light(pts, arc, focus_place=focus_place, pairs=highlight_pairs, places=highlight_places,
                         kind=highlight_type, faint=faint_arcs)
    tag = _digest(list(pts["id"]), arc[["src", "dst", "type"]].values.tolist(), focus_place, focus_pair,
                  None if split is None else list(split["place_id"]),
                  sorted(highlight_pairs), sorted(highlight_places), highlight_type, faint_arcs)
    layers = [*_basemap(), *city_labels.layers(lang)]
    if highlight_pairs or focus_pair is not None or chosen:
        chosen_pair = _highlighted(arc, {focus_pair}, None) if focus_pair is not None else [False] * len(arc)
        pair = arc[[a or b for a, b in zip(lit, chosen_pair, strict=True)]]
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
        width_units='"pixels"', num_segments=arc_segments(len(arc)),
    ))
    ends = {x for on, s, d in zip(lit, arc["src"], arc["dst"], strict=True) if on for x in (s, d)}
    layers += _place_layers(pts, points, tag, lang=lang, focus=focus_place, split=split,
                            zoom=camera["zoom"], frame=map_frame(camera, *map_size) if map_size else None,
                            lit={*ends, *highlight_places})
    map_view = pdk.View("MapView", controller=True, repeat=True)
    return CompactDeck(
        layers=layers, views=[map_view], initial_view_state=pdk.ViewState(**camera),
        map_provider=None, tooltip=TOOLTIP,
    )
