"""Make the offline basemap files: TopoJSON (world-atlas) -> GeoJSON with the antimeridian fixed.

    python -m geo.topojson countries-50m.json static/countries-50m.geojson --digits 3

TopoJSON stores shared borders once as delta-encoded "arcs"; a polygon ring lists the arcs it
follows (a negative index ~i walks arc i backwards). Rings that jump more than 180 degrees of
longitude (Russia, Fiji cross the antimeridian) get 360 added to their negative longitudes,
or the map draws stripes across the world; Antarctica (id 010) is left out: in Web Mercator it
is a band along the bottom with wedge artefacts, and no partnership lies there.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

LEFT_OUT = {"010"}  # Antarctica


def _decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    transform = topology.get("transform")
    arcs = []
    for arc in topology["arcs"]:
        if transform is None:
            arcs.append([(float(x), float(y)) for x, y, *_ in arc])
            continue
        (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
        x = y = 0
        points = []
        for dx, dy, *_ in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def _ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    ring: list[tuple[float, float]] = []
    for i in indexes:
        points = arcs[i] if i >= 0 else arcs[~i][::-1]
        ring.extend(points[1:] if ring else points)  # consecutive arcs share their end point
    return ring


def fix_antimeridian(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """A ring with a jump of more than 180 degrees of longitude moved onto one side (+360)."""
    if any(abs(a[0] - b[0]) > 180 for a, b in zip(ring, ring[1:], strict=False)):
        return [(x + 360 if x < 0 else x, y) for x, y in ring]
    return ring


def to_geojson(topology: dict, name: str, *, digits: int = 2) -> dict:
    """The object `name` of a TopoJSON topology as a GeoJSON FeatureCollection."""
    arcs = _decode_arcs(topology)

    def polygon(rings: list[list[int]]) -> list:
        return [[[round(x, digits), round(y, digits)] for x, y in fix_antimeridian(_ring(r, arcs))]
                for r in rings]

    features = []
    for geometry in topology["objects"][name]["geometries"]:
        if geometry.get("id") in LEFT_OUT or geometry["type"] not in ("Polygon", "MultiPolygon"):
            continue
        if geometry["type"] == "Polygon":
            shape = {"type": "Polygon", "coordinates": polygon(geometry["arcs"])}
        else:
            shape = {"type": "MultiPolygon", "coordinates": [polygon(p) for p in geometry["arcs"]]}
        features.append({"type": "Feature", "id": geometry.get("id"),
                         "properties": {"name": geometry.get("properties", {}).get("name", "")},
                         "geometry": shape})
    return {"type": "FeatureCollection", "features": features}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="a world-atlas TopoJSON file")
    parser.add_argument("target", type=Path, help="the GeoJSON file to write")
    parser.add_argument("--object", default="countries")
    parser.add_argument("--digits", type=int, default=2, help="decimals kept in coordinates")
    args = parser.parse_args(argv)
    data = to_geojson(json.loads(args.source.read_text(encoding="utf-8")), args.object, digits=args.digits)
    args.target.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")


if __name__ == "__main__":
    main()
