"""The map as a still image for slides: PNG drawn with Pillow, no browser needed.

Web Mercator, longitudes wrapped around the map's centre like the live map (so arcs to the
Americas cross the Pacific), framed on the places shown. Countries from the offline basemap,
arcs as quadratic curves coloured by agreement type, places sized by their number of records,
the busiest places labelled, a legend panel on the right and a title on top.
Text uses Noto Sans CJK (Hangul) when the system has it, else Pillow's default font
(`cjk_font()` returns None then, so the page can say so).
"""

from __future__ import annotations

import io
import math
import re
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pandas as pd
from PIL import Image, ImageDraw, ImageFont

from geo.basemap import load_basemap
from geo.mercator import TILE, mercator_y
from ui.map.deck import DOT_RADIUS, LEADER, MAX_ARCS, arc_width, point_radius, spread_korean, wrap_lon
from ui.map.palette import (
    KOREAN_FILL,
    KOREAN_LINE,
    LIGHT,
    PARTNER_FILL,
    PARTNER_LINE,
    RGB,
    Scheme,
    type_colour,
)

SIZE = (1600, 900)  # 16:9, a slide
PANEL = 340  # legend panel width on the right
HEADER = 92  # title band height
MARGIN = 28
MAX_LAT = 80.0
MIN_LAT = -58.0
LABELS = 14  # places labelled, by number of records
_FONT_FILES = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-{}.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-{}.ttc",
)


@dataclass(frozen=True)
class Legend:
    """What the legend panel lists: (label, colour) per agreement type, and its headings."""

    types_title: str
    types: Sequence[tuple[str, RGB]]
    places_title: str
    korean: str
    partner: str
    note: str = ""


@cache
def cjk_font(weight: str = "Regular") -> str | None:
    """Path of a Noto Sans CJK font file (`Regular` or `Bold`), or None if none is installed."""
    for pattern in _FONT_FILES:
        path = pattern.format(weight)
        if Path(path).exists():
            return path
    try:
        out = subprocess.run(
            ["fc-match", "-f", "%{file}", f"Noto Sans CJK KR:{weight.lower()}"],
            capture_output=True, text=True, timeout=5, check=False,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return out if out and "CJK" in out and Path(out).exists() else None


def _font(size: int, weight: str = "Regular") -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    path = cjk_font(weight)
    if path is None:
        return ImageFont.load_default(size)
    return ImageFont.truetype(path, size, index=1)  # index 1 of the .ttc: the KR face


MIN_SPAN_DEG = 14.0  # the narrowest picture, in degrees of longitude


class _Frame:
    """Longitude/latitude to pixels in the map area, framed on the given points."""

    def __init__(self, lons: Sequence[float], lats: Sequence[float], box: tuple[int, int, int, int]):
        x0, y0, x1, y1 = box
        self.box = box
        if lons:
            lo_lon, hi_lon = min(lons), max(lons)
            lo_y, hi_y = mercator_y(min(lats)), mercator_y(max(lats))
        else:  # nothing to show: the live map's home view
            lo_lon, hi_lon, lo_y, hi_y = -10.0, 180.0, mercator_y(-10.0), mercator_y(65.0)
        # Pad, and keep at least a country's span so one place does not fill the image (not a
        # region's: Korea and Japan's Kansai took a tenth of a 40-degree picture).
        cx, cy = (lo_lon + hi_lon) / 2, (lo_y + hi_y) / 2
        span_x = max(math.radians(hi_lon - lo_lon) * 1.25, math.radians(MIN_SPAN_DEG))
        span_y = max((hi_y - lo_y) * 1.3, math.radians(MIN_SPAN_DEG) * 0.6)
        aspect = (x1 - x0) / (y1 - y0)
        if span_x / span_y < aspect:
            span_x = span_y * aspect
        else:
            span_y = span_x / aspect
        span_x = min(span_x, 2 * math.pi)
        span_y = min(span_y, mercator_y(MAX_LAT) - mercator_y(MIN_LAT))
        top = min(cy + span_y / 2, mercator_y(MAX_LAT))
        bottom = max(top - span_y, mercator_y(MIN_LAT))
        self.top, self.left = bottom + span_y, math.radians(cx) - span_x / 2
        self.scale = min((x1 - x0) / span_x, (y1 - y0) / span_y)
        # The deck.gl zoom with the same pixels per degree: crowding is judged as on the live map.
        self.zoom = math.log2(self.scale * 2 * math.pi / TILE)

    def xy(self, lon: float, lat: float) -> tuple[float, float]:
        x0, y0, _, _ = self.box
        return (x0 + (math.radians(lon) - self.left) * self.scale, y0 + (self.top - mercator_y(lat)) * self.scale)


def _rings(geometry: dict) -> list[list[list[float]]]:
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"][0]]
    if geometry["type"] == "MultiPolygon":
        return [poly[0] for poly in geometry["coordinates"]]
    return []


def _draw_basemap(draw: ImageDraw.ImageDraw, frame: _Frame, basemap: dict, scheme: Scheme) -> None:
    for feature in basemap["features"]:
        for ring in _rings(feature["geometry"]):
            for shift in (-360.0, 0.0, 360.0):
                pts = [frame.xy(lon + shift, lat) for lon, lat in ring]
                xs = [p[0] for p in pts]
                if max(xs) < frame.box[0] or min(xs) > frame.box[2]:
                    continue
                draw.polygon(pts, fill=scheme.land, outline=scheme.border)


def _curve(a: tuple[float, float], b: tuple[float, float], bend: float, steps: int = 32) -> list[tuple[float, float]]:
    """A quadratic Bézier from a to b, its control point `bend` × length to the left of the chord."""
    (ax, ay), (bx, by) = a, b
    mx, my = (ax + bx) / 2, (ay + by) / 2
    cx, cy = mx + (ay - by) * bend, my + (bx - ax) * bend
    out = []
    for i in range(steps + 1):
        t = i / steps
        u = 1 - t
        out.append((u * u * ax + 2 * u * t * cx + t * t * bx, u * u * ay + 2 * u * t * cy + t * t * by))
    return out


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


# line breaks, controls and direction marks: a slide's text is drawn on one line, left to right
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]+")


def _one_line(text: object) -> str:
    return _UNPRINTABLE.sub(" ", str(text)).strip()


def _text(draw: ImageDraw.ImageDraw, xy: tuple[float, float], text: str, font, fill: RGB, halo: RGB | None = None,
          anchor: str = "la") -> None:
    if halo is not None:
        draw.text(xy, text, font=font, fill=fill, anchor=anchor, stroke_width=3, stroke_fill=halo)
    else:
        draw.text(xy, text, font=font, fill=fill, anchor=anchor)


def render_png(
    points: pd.DataFrame,
    arcs: pd.DataFrame,
    *,
    title: str,
    subtitle: str,
    legend: Legend,
    name_column: str = "name_en",
    scheme: Scheme = LIGHT,
    size: tuple[int, int] = SIZE,
    basemap: dict | None = None,
) -> bytes:
    """A PNG of the map for aggregated `points` and `arcs` (partnerships.aggregate), with a title
    band, a legend panel and place names from `name_column`."""
    width, height = size
    title, subtitle = _one_line(title), _one_line(subtitle)
    img = Image.new("RGB", size, scheme.paper)
    draw = ImageDraw.Draw(img)
    box = (MARGIN, HEADER, width - PANEL - MARGIN, height - MARGIN)
    lons = [wrap_lon(x) for x in points["lon"].tolist()]
    lats = points["lat"].tolist()
    frame = _Frame(lons, lats, box)
    # The map area, clipped: draw on a layer the size of the image and paste through a mask.
    layer = Image.new("RGB", size, scheme.ocean)
    ldraw = ImageDraw.Draw(layer, "RGBA")
    _draw_basemap(ldraw, frame, load_basemap() if basemap is None else basemap, scheme)
    ends = {}
    arcs = arcs.head(MAX_ARCS)  # the busiest, as on the interactive map
    top_arc = int(arcs["count"].max()) if len(arcs) else 1
    top_place = int(points["count"].max()) if len(points) else 1
    for row in arcs.itertuples(index=False):
        a = frame.xy(wrap_lon(row.src_lon), row.src_lat)
        b = frame.xy(wrap_lon(row.dst_lon), row.dst_lat)
        key = (row.src, row.dst)
        rank = ends.get(key, 0)
        ends[key] = rank + 1
        bend = (0.22 + 0.1 * (rank // 2)) * (1 if rank % 2 == 0 else -1)
        ldraw.line(_curve(a, b, bend), fill=(*type_colour(row.type), 230),
                   width=max(2, round(arc_width(int(row.count), top_arc))), joint="curve")
    # Korean places crowding one another are pulled apart onto a ring, with leader lines, by the
    # live map's own rule (ui.map.deck.spread_korean), so the slide shows them as the map does.
    places = spread_korean(
        points.assign(lon=lons, r=[point_radius(int(n), top_place) for n in points["count"]]),
        (points["side"] == "korean").to_numpy(dtype=bool), frame.zoom,
    )
    spots = {}
    for row in places.sort_values("count", ascending=True).itertuples(index=False):  # biggest last, on top
        x, y = frame.xy(row.lon, row.lat)
        fill, line = (KOREAN_FILL, KOREAN_LINE) if row.side == "korean" else (PARTNER_FILL, PARTNER_LINE)
        if row.dx or row.dy:  # a dot at the place, a leader line to its circle
            ldraw.ellipse((x - DOT_RADIUS, y - DOT_RADIUS, x + DOT_RADIUS, y + DOT_RADIUS), fill=fill)
            ldraw.line((x, y, x + row.dx, y + row.dy), fill=LEADER, width=1)
            x, y = x + row.dx, y + row.dy
        spots[row.place_id] = (x, y)
        ldraw.ellipse((x - row.r, y - row.r, x + row.r, y + row.r), fill=fill, outline=line, width=2)
    label_font = _font(17, "Bold")
    taken: list[tuple[float, float, float, float]] = []
    for row in places.sort_values("count", ascending=False).head(LABELS).itertuples(index=False):
        x, y = spots[row.place_id]
        r = row.r
        name = _one_line(getattr(row, name_column))
        for dx, anchor in ((r + 5, "lm"), (-r - 5, "rm")):  # right of the place, else left
            bbox = ldraw.textbbox((x + dx, y), name, font=label_font, anchor=anchor, stroke_width=3)
            if not any(_overlap(bbox, other) for other in taken):
                taken.append(bbox)
                _text(ldraw, (x + dx, y), name, label_font, scheme.label, scheme.label_halo, anchor=anchor)
                break
    mask = Image.new("L", size, 0)
    ImageDraw.Draw(mask).rounded_rectangle(box, radius=10, fill=255)
    img.paste(layer, (0, 0), mask)
    _draw_header(draw, title, subtitle, scheme, width)
    _draw_legend(draw, legend, scheme, (width - PANEL, HEADER, width - MARGIN, height - MARGIN))
    out = io.BytesIO()
    img.save(out, format="PNG", optimize=False)
    return out.getvalue()


def _draw_header(draw: ImageDraw.ImageDraw, title: str, subtitle: str, scheme: Scheme, width: int) -> None:
    _text(draw, (MARGIN, 18), title, _font(34, "Bold"), scheme.ink)
    font, line = _fitted(draw, subtitle, width - 2 * MARGIN)
    _text(draw, (MARGIN, 62), line, font, scheme.muted)


def _fitted(draw: ImageDraw.ImageDraw, text: str, width: int):
    """(font, line): the subtitle in a smaller type if it needs it, else cut in the middle with '…'
    so that its end (the export's date) stays (a link of twenty countries ran off the image)."""
    for size in (17, 15):
        font = _font(size)
        if draw.textlength(text, font=font) <= width:
            return font, text
    head, sep, tail = text.rpartition(" · ")
    head, tail = (head, sep + tail) if sep else (text, "")
    while head and draw.textlength(f"{head}…{tail}", font=font) > width:
        head = head[:-1]
    return font, f"{head.rstrip()}…{tail}"


def _draw_legend(draw: ImageDraw.ImageDraw, legend: Legend, scheme: Scheme, box: tuple[int, int, int, int]) -> None:
    x0, y, x1, _ = box
    head, body = _font(19, "Bold"), _font(17)
    _text(draw, (x0, y), legend.types_title, head, scheme.ink)
    y += 36
    for label, rgb in legend.types:
        draw.rounded_rectangle((x0, y + 8, x0 + 30, y + 14), radius=3, fill=rgb)
        _text(draw, (x0 + 42, y), label, body, scheme.ink)
        y += 30
    y += 18
    _text(draw, (x0, y), legend.places_title, head, scheme.ink)
    y += 36
    for label, fill, line in ((legend.korean, KOREAN_FILL, KOREAN_LINE), (legend.partner, PARTNER_FILL, PARTNER_LINE)):
        draw.ellipse((x0 + 7, y + 3, x0 + 23, y + 19), fill=fill, outline=line, width=2)
        if fill == KOREAN_FILL:
            draw.ellipse((x0 + 6, y + 2, x0 + 24, y + 20), outline=KOREAN_FILL, width=1)
        _text(draw, (x0 + 42, y), label, body, scheme.ink)
        y += 30
    if legend.note:  # wrapped to the panel's width (a long English note ran off the image)
        font = _font(15)
        for line in _wrapped(draw, legend.note, font, x1 - x0):
            _text(draw, (x0, y + 6), line, font, scheme.muted)
            y += 22


def _wrapped(draw: ImageDraw.ImageDraw, text: str, font, width: int) -> list[str]:
    """`text` in lines no wider than `width` pixels, broken between words (Korean too: it spaces them)."""
    lines: list[str] = []
    for word in text.split():
        if lines and draw.textlength(f"{lines[-1]} {word}", font=font) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines

