"""Make the first-level boundaries file: Natural Earth's admin-1 lines (a shapefile) -> small GeoJSON.

    python -m geo.admin1 ne_10m_admin_1_states_provinces_lines.shp static/admin1-lines.geojson

The shapefile's polylines are read directly (format: ESRI Shapefile Technical Description,
shape type 3), simplified (Douglas-Peucker, `--tolerance` degrees) and rounded to `--digits`
decimals, and written as one MultiLineString: the map draws them as thin lines from a zoom on.
Natural Earth is public domain (see README for where the file came from).
"""

from __future__ import annotations

import argparse
import json
import struct
from pathlib import Path

Line = list[tuple[float, float]]


def read_polylines(path: Path) -> list[Line]:
    """Every part of every polyline record in an ESRI shapefile (.shp), as (lon, lat) lists."""
    data = path.read_bytes()
    if len(data) < 100 or struct.unpack(">i", data[:4])[0] != 9994:
        raise ValueError(f"{path}: not an ESRI shapefile")
    lines: list[Line] = []
    pos = 100
    while pos + 8 <= len(data):
        length = struct.unpack(">i", data[pos + 4:pos + 8])[0] * 2
        body = data[pos + 8:pos + 8 + length]
        pos += 8 + length
        if len(body) < 44 or struct.unpack("<i", body[:4])[0] != 3:
            continue  # a null shape, or not a polyline
        n_parts, n_points = struct.unpack("<ii", body[36:44])
        parts = list(struct.unpack(f"<{n_parts}i", body[44:44 + 4 * n_parts])) + [n_points]
        start = 44 + 4 * n_parts
        xy = struct.unpack(f"<{2 * n_points}d", body[start:start + 16 * n_points])
        points = list(zip(xy[0::2], xy[1::2], strict=True))
        lines.extend(points[a:b] for a, b in zip(parts, parts[1:], strict=False) if b - a >= 2)
    return lines


def simplify(line: Line, tolerance: float) -> Line:
    """Douglas-Peucker: the fewest points that keep the line within `tolerance` degrees."""
    if len(line) < 3:
        return line
    keep = [False] * len(line)
    keep[0] = keep[-1] = True
    stack = [(0, len(line) - 1)]
    while stack:
        a, b = stack.pop()
        (ax, ay), (bx, by) = line[a], line[b]
        dx, dy = bx - ax, by - ay
        norm = (dx * dx + dy * dy) ** 0.5
        far, far_d = -1, tolerance
        for i in range(a + 1, b):
            px, py = line[i]
            d = abs(dy * (px - ax) - dx * (py - ay)) / norm if norm else ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5
            if d > far_d:
                far, far_d = i, d
        if far >= 0:
            keep[far] = True
            stack += [(a, far), (far, b)]
    return [p for p, k in zip(line, keep, strict=True) if k]


def boundaries(lines: list[Line], *, tolerance: float, digits: int) -> dict:
    """The lines simplified and rounded, as a GeoJSON FeatureCollection with one MultiLineString."""
    out = []
    for line in lines:
        points: Line = []
        for x, y in simplify(line, tolerance):
            p = (round(x, digits), round(y, digits))
            if not points or p != points[-1]:
                points.append(p)
        if len(points) >= 2:
            out.append([list(p) for p in points])
    geometry = {"type": "MultiLineString", "coordinates": out}
    return {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, "geometry": geometry}]}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shp", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--tolerance", type=float, default=0.03)
    parser.add_argument("--digits", type=int, default=2)
    args = parser.parse_args(argv)
    collection = boundaries(read_polylines(args.shp), tolerance=args.tolerance, digits=args.digits)
    args.out.write_text(json.dumps(collection, separators=(",", ":")), encoding="utf-8")
    print(f"{args.out}: {args.out.stat().st_size} bytes")


if __name__ == "__main__":
    main()
