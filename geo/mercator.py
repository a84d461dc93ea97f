"""Web Mercator as deck.gl draws it: points to pixels and back, and the camera that frames points.

The world is TILE pixels wide at zoom 0 and twice as wide at each zoom step; y grows southwards.
Used by the live map (framing, label and spread placement), the tour and the PNG export.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

TILE = 512.0  # deck.gl's world width in pixels at zoom 0
MAX_LAT = 85.0511  # Web Mercator's edge: the world is square


def mercator_y(lat: float) -> float:
    """The Mercator ordinate of a latitude (radians; 0 at the equator, grows northwards)."""
    lat = max(min(lat, MAX_LAT), -MAX_LAT)
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def latitude(y: float) -> float:
    """The latitude of a Mercator ordinate (inverse of `mercator_y`)."""
    return math.degrees(2 * math.atan(math.exp(y)) - math.pi / 2)


def project(lon: float, lat: float, zoom: float) -> tuple[float, float]:
    """Pixel coordinates of a point at `zoom` (y grows southwards)."""
    scale = TILE * 2.0**zoom
    return (lon + 180.0) / 360.0 * scale, (1.0 - mercator_y(lat) / math.pi) / 2.0 * scale


def unproject(x: float, y: float, zoom: float) -> tuple[float, float]:
    """The (lon, lat) at pixel coordinates (x, y) at `zoom` (inverse of `project`)."""
    scale = TILE * 2.0**zoom
    return x / scale * 360.0 - 180.0, latitude(math.pi * (1.0 - 2.0 * y / scale))


def world_zoom(width: float, height: float) -> float:
    """The least zoom at which the world is at least as wide and as high as a `width` x `height`
    map (rounded up to 1/1000): zoomed out further, the world would show twice side by side, or
    leave empty space above and below."""
    return math.ceil(math.log2(max(width, height, 1.0) / TILE) * 1000) / 1000


def within_world(lat: float, zoom: float, height: float) -> float:
    """The centre latitude moved, as deck.gl moves it, so a map `height` pixels high shows no space
    above or below the world (at low zoom the world is hardly taller than the map)."""
    world = TILE * 2.0**zoom
    room = max(0.0, (world - height) / 2)  # pixels the centre may lie off the world's middle
    y_px = max(min(mercator_y(min(max(lat, -85.0), 85.0)) / (2 * math.pi) * world, room), -room)
    return round(latitude(y_px / world * 2 * math.pi), 4)


def frame_view(
    positions: Sequence[tuple[float, float]], *, width: float, height: float,
    padding: float = 0.25, max_zoom: float = 6.0, min_zoom: float = 0.8,
) -> dict[str, float]:
    """Centre and zoom that show every (lon, lat) on a `width` x `height` map with `padding` of it free.

    Longitudes must already be on one continuous range (the map wraps them around one centre).
    """
    if not positions:
        raise ValueError("nothing to frame")
    lons = [p[0] for p in positions]
    ys = [mercator_y(p[1]) for p in positions]
    lon = (min(lons) + max(lons)) / 2
    lat = latitude((min(ys) + max(ys)) / 2)
    span_x = (max(lons) - min(lons)) / 360.0  # fraction of the world's width
    span_y = (max(ys) - min(ys)) / (2 * math.pi)
    usable = 1.0 - padding
    zooms = [max_zoom]
    if span_x > 0:
        zooms.append(math.log2(width * usable / (TILE * span_x)))
    if span_y > 0:
        zooms.append(math.log2(height * usable / (TILE * span_y)))
    zoom = min(max(min(zooms), min_zoom), max_zoom)
    return {"longitude": round(lon, 4), "latitude": round(lat, 4), "zoom": round(zoom, 3)}
