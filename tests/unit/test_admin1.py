"""First-level boundaries: the shapefile reader, the simplification, and the file served from static/."""

from __future__ import annotations

import json
import struct

import pytest

from geo.admin1 import boundaries, read_polylines, simplify
from geo.basemap import ADMIN1_FILE, ADMIN1_URL


def _shapefile(path, lines):
    """A minimal ESRI shapefile of polylines (one part each), as the format describes it."""
    records = b""
    for n, line in enumerate(lines, 1):
        xs, ys = [p[0] for p in line], [p[1] for p in line]
        body = struct.pack("<i4d2i", 3, min(xs), min(ys), max(xs), max(ys), 1, len(line)) + struct.pack("<i", 0)
        body += b"".join(struct.pack("<2d", *p) for p in line)
        records += struct.pack(">2i", n, len(body) // 2) + body
    header = struct.pack(">7i", 9994, 0, 0, 0, 0, 0, (100 + len(records)) // 2) + struct.pack("<2i", 1000, 3)
    header += struct.pack("<8d", 0, 0, 0, 0, 0, 0, 0, 0)
    path.write_bytes(header + records)


def test_polylines_are_read_simplified_and_rounded(tmp_path):
    wiggly = [(127.0 + i * 0.01, 37.0 + (0.001 if i % 2 else 0.0)) for i in range(101)]  # nearly straight
    corner = [(126.0, 35.0), (126.5, 35.0), (126.5, 35.5)]
    _shapefile(tmp_path / "x.shp", [wiggly, corner])
    lines = read_polylines(tmp_path / "x.shp")
    assert lines == [wiggly, corner]
    assert simplify(wiggly, 0.01) == [wiggly[0], wiggly[-1]]
    assert simplify(corner, 0.01) == corner  # a real corner stays
    out = boundaries(lines, tolerance=0.01, digits=2)["features"][0]["geometry"]
    assert out == {"type": "MultiLineString", "coordinates": [[[127.0, 37.0], [128.0, 37.0]],
                                                               [[126.0, 35.0], [126.5, 35.0], [126.5, 35.5]]]}


def test_not_a_shapefile_is_refused(tmp_path):
    (tmp_path / "x.shp").write_bytes(b"not a shapefile" * 10)
    with pytest.raises(ValueError):
        read_polylines(tmp_path / "x.shp")


def test_the_served_file_has_korean_province_lines():
    assert f"app/static/{ADMIN1_FILE.name}" == ADMIN1_URL
    data = json.loads(ADMIN1_FILE.read_text(encoding="utf-8"))
    lines = data["features"][0]["geometry"]["coordinates"]
    in_korea = [ln for ln in lines if all(125.5 < x < 130 and 34 < y < 38.6 for x, y in ln)]
    assert len(lines) > 1000 and len(in_korea) >= 10  # Korea's provinces among the world's
    assert ADMIN1_FILE.stat().st_size < 2_000_000
