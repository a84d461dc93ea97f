"""Pure helpers behind the map: longitude wrapping, sizes, label placement, colours, escaping."""

from __future__ import annotations

import itertools
import json
import math
import re

import pandas as pd
import pytest

from geo.mercator import project, unproject
from partnerships.model import TYPES
from ui.map.deck import HOME_VIEW, arc_width, build_deck, label_rows, point_radius, point_rows, spread_atlas, wrap_lon
from ui.map.legend import legend_html
from ui.map.map_labels import _spots, map_frame, place_labels, short_label, text_width
from ui.map.palette import TYPE_COLOURS
from ui.map.selection import picked
from ui.shell.markup import html_escape, md_escape


@pytest.mark.parametrize(
    ("lon", "wrapped"),
    [(127.0, 127.0), (10.4, 10.4), (-77.0, 283.0), (-3.7, -3.7), (-40.0, -40.0), (320.0, -40.0),
     (-41.0, 319.0)],
)
def test_longitudes_wrap_so_arcs_to_the_americas_cross_the_pacific(lon, wrapped):
    assert wrap_lon(lon) == pytest.approx(wrapped)


def test_sizes_grow_with_count_and_stay_bounded():
    radii = [point_radius(n) for n in range(1, 200)]
    widths = [arc_width(n) for n in range(1, 200)]
    assert radii == sorted(radii) and widths == sorted(widths)
    assert radii[0] >= 5 and radii[-1] <= 16 and widths[0] >= 1.5 and widths[-1] <= 8
    assert radii[4] > radii[0] and widths[1] > widths[0]


def test_every_agreement_type_has_its_own_colour():
    assert set(TYPE_COLOURS) == set(TYPES)
    assert len(set(TYPE_COLOURS.values())) == len(TYPE_COLOURS)


def _boxes(rows, spots, zoom, size=13.0):
    out = []
    for (lon, lat, r, text), spot in zip(rows, spots, strict=True):
        if spot is None:
            continue
        x, y = project(lon, lat, zoom)
        for label, (x0, y0, x1, y1) in _spots(r, text_width(text, size), size):
            if label == spot:
                out.append((x + x0, y + y0, x + x1, y + y1))
    return out


def test_labels_never_overlap_and_the_first_is_always_placed():
    # Korean cities of the seed articles sit within a few pixels of each other at world zoom.
    rows = [
        (126.98, 37.57, 11.0, "서울"),
        (127.29, 36.59, 10.0, "세종"),
        (128.60, 35.87, 9.0, "대구"),
        (129.04, 35.10, 7.0, "부산"),
        (10.39, 55.40, 9.0, "Odense"),
        (100.50, 13.75, 8.0, "Bangkok"),
        (106.63, 10.82, 8.0, "Ho Chi Minh City"),
    ]
    spots = place_labels(rows, zoom=HOME_VIEW["zoom"])
    assert spots[0] is not None and spots[4] is not None
    assert any(s is None or s.anchor != "start" for s in spots[:4]), "the cluster needs other spots"
    boxes = _boxes(rows, spots, HOME_VIEW["zoom"])
    for a, b in itertools.combinations(boxes, 2):
        assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3])
    assert all(s is not None for s in place_labels(rows, zoom=7.0)), "zoomed in, all fit"


def test_labels_stay_inside_the_map_and_apart():
    # The national world view: the ring's western provinces and Europe's cities sat at the map's
    # left edge, labels cut ("rcelona", "outh Chungcheong Province"); a partner at the right edge
    # showed a fragment ("Ba").
    view = {"longitude": 95.0, "latitude": 35.0, "zoom": 1.2}
    frame = map_frame(view, 652, 500)
    west, _ = unproject(frame[0] + 12, 0, view["zoom"])  # a circle 12 px inside the left edge
    east, _ = unproject(frame[2] - 8, 0, view["zoom"])
    rows = [(west, 41.4, 6.0, "Barcelona"), (east, 13.0, 6.0, "Bangkok"), (west + 360, 30.0, 6.0, "A copy")]
    spots = place_labels(rows, zoom=view["zoom"], frame=frame)
    assert spots[0] is not None and spots[0].anchor == "start", "room only on its right: moved there"
    assert spots[1] is not None and spots[1].anchor == "end", "room only on its left"
    assert spots[2] is not None and spots[2].anchor == "start", "the world's copy the map shows counts"
    assert place_labels(rows, zoom=view["zoom"])[1].anchor == "start", "no frame: right of the circle"
    for box in _boxes(rows[:2], spots[:2], view["zoom"]):
        assert frame[0] <= box[0] and box[2] <= frame[2] and frame[1] <= box[1] and box[3] <= frame[3]
    # A wide label with no room inside on either side is dropped, not cut.
    wide = place_labels([(west, 41.4, 6.0, "South Chungcheong Province " * 5)], zoom=view["zoom"], frame=frame)
    assert wide == [None]
    # Two labels one line apart would touch: the second moves to keep a few pixels between them.
    x, y = project(10.0, 50.0, 4.0)
    near = [(10.0, 50.0, 5.0, "Odense"), (*unproject(x, y + 15.0, 4.0), 5.0, "Moscow")]
    second = _boxes(near, place_labels(near, zoom=4.0), 4.0)
    assert len(second) == 2 and (second[0][1] - second[1][3] >= 2 or second[1][1] - second[0][3] >= 2
                                  or second[1][0] - second[0][2] >= 6 or second[0][0] - second[1][2] >= 6)


def test_selected_place_is_labelled_first():
    points = pd.DataFrame({
        "place_id": ["kr-seoul", "kr-sejong"], "name_en": ["Seoul", "Sejong"],
        "name_ko": ["서울", "세종"], "side": ["korean", "korean"], "country": ["KR", "KR"],
        "lon": [126.98, 127.29], "lat": [37.57, 36.59], "count": [8, 7],
    })
    pts = point_rows(points, "en")
    assert list(label_rows(pts)["name"])[:1] == ["Seoul"]
    assert list(label_rows(pts, focus="kr-sejong")["name"])[:1] == ["Sejong"]


def test_layer_ids_change_with_the_data_so_stale_selections_drop():
    points = pd.DataFrame({
        "place_id": ["kr-seoul"], "name_en": ["Seoul"], "name_ko": ["서울"], "side": ["korean"],
        "country": ["KR"], "lon": [126.98], "lat": [37.57], "count": [1],
    })
    arcs = pd.DataFrame(columns=["src", "dst", "type", "count", "src_lon", "src_lat", "dst_lon",
                                 "dst_lat", "src_name_en", "src_name_ko", "dst_name_en", "dst_name_ko"])
    one = [ly.id for ly in build_deck(points, arcs, lang="en").layers]
    same = [ly.id for ly in build_deck(points, arcs, lang="ko").layers]
    other = [ly.id for ly in build_deck(points.assign(place_id="kr-busan"), arcs, lang="en").layers]
    assert one == same
    fixed = {"ocean", "basemap", "detail", "admin1", "city-names-z4", "city-names-z6"}
    assert fixed <= set(one) and set(one) - set(other) == set(one) - fixed


@pytest.mark.parametrize(
    ("selection", "expected"),
    [
        ({"objects": {"places-1a2b3c4d": [{"id": "dk-odense"}]}}, ("place", "dk-odense")),
        ({"objects": {"arcs-1a2b3c4d": [{"src": "kr-seoul", "dst": "dk-odense", "type": "mou"}]}},
         ("pair", ("kr-seoul", "dk-odense"))),
        ({"objects": {"places-1a2b3c4d": []}}, None),
        # Zoomed in on Korea: a city of the layer shown from a zoom on comes as a GeoJSON feature.
        ({"objects": {"cities-1a2b3c4d": [{"type": "Feature", "properties": {"id": "kr-suwon", "name": "Suwon"}}]}},
         ("place", "kr-suwon")),
        ({"objects": {"ring-1a2b3c4d": [{"type": "Feature", "properties": {"id": "kr-gyeonggi-do"}}]}},
         ("place", "kr-gyeonggi-do")),
        ({"indices": {}, "objects": {}}, None),
        (None, None),
    ],
)
def test_a_map_selection_names_a_place_or_a_pair(selection, expected):
    assert picked(selection) == expected


@pytest.mark.parametrize(
    "text",
    ["<script>alert(1)</script>", "**bold** _it_ [x](javascript:alert(1))", "$x^2$ :red[hi]", "# head"],
)
def test_data_text_is_escaped_not_interpreted(text):
    escaped = md_escape(text)
    assert not re.search(r"(?<!\\)[<>*_\[\]()$:#]", escaped), escaped
    assert escaped.replace("\\", "") == text
    assert "<" not in html_escape(text) and ">" not in html_escape(text)


def test_legend_escapes_and_lists_types_in_taxonomy_order():
    html = legend_html(["roadshow", "mou"], "en")
    assert html.index("MOU") < html.index("Roadshow")
    assert "Sister city" not in html


def test_spread_places_share_one_icon_atlas_with_their_leader_lines_and_circles():
    # Three Korean places on a ring (offsets as ui.map.map_labels.spread gives them), Daegu selected.
    dark, line = [20, 54, 93, 255], [255, 255, 255, 255]
    spots = pd.DataFrame({"id": ["kr-seoul", "kr-daegu", "kr-busan"], "name": ["Seoul", "Daegu", "Busan"],
                          "lon": [127.0, 128.6, 129.1], "lat": [37.6, 35.9, 35.2], "tip": ["", "", ""],
                          "r": [9.8, 9.8, 7.7], "dx": [2.2, 17.6, -30.0], "dy": [-15.5, -1.0, 40.0],
                          "fill": [dark] * 3, "line": [line] * 3})
    rows, atlas, mapping = spread_atlas(spots, focus="kr-daegu")
    assert atlas.startswith("data:image/svg+xml") and '"' not in atlas  # one image, safe in the spec
    assert set(rows["icon"]) <= set(mapping) and len(rows) == 2 * len(spots)
    lines, circles = rows.iloc[:3], rows.iloc[3:]  # lines first: circles are drawn over them
    for (_, spot), (_, ln), (_, circle) in zip(spots.iterrows(), lines.iterrows(), circles.iterrows(), strict=True):
        assert ln["id"] == circle["id"] == spot["id"]  # a click on either selects the place
        sprite = mapping[ln["icon"]]
        length = ln["size"] * sprite["width"] / sprite["height"]  # drawn height `size`, width to scale
        angle = math.radians(ln["angle"])  # deck.gl turns icons anticlockwise; screen y points down
        end = (length * math.cos(angle), -length * math.sin(angle))
        assert end == pytest.approx((spot["dx"], spot["dy"]), abs=0.3)  # the line ends at the circle
        assert (sprite["anchorX"], sprite["anchorY"]) == (0, sprite["height"] / 2)  # ... and starts at the place
        assert circle["off"] == [spot["dx"], spot["dy"]]
        ring = mapping[circle["icon"]]
        assert circle["size"] * 2 == ring["height"] and ring["anchorX"] == ring["width"] / 2
    assert circles["size"].iat[1] > circles["size"].iat[0]  # the selection ring around Daegu
    assert mapping[circles["icon"].iat[0]] != mapping[circles["icon"].iat[1]]
    boxes = [(m["x"], m["y"], m["x"] + m["width"], m["y"] + m["height"]) for m in mapping.values()]
    assert not any(a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
                   for a, b in itertools.combinations(boxes, 2))  # sprites do not overlap in the atlas


@pytest.mark.parametrize(("name", "short"), [
    ("경기도", "경기"), ("충청북도", "충북"), ("전라남도", "전남"), ("경상남도", "경남"),
    ("전북특별자치도", "전북"), ("제주특별자치도", "제주"), ("서울", "서울"), ("홋카이도", "홋카이도"),
    ("Gyeonggi Province", "Gyeonggi"), ("North Chungcheong Province", "N. Chungcheong"),
    ("South Jeolla Province", "S. Jeolla"), ("Gangwon State", "Gangwon"), ("Seoul", "Seoul"),
])
def test_province_labels_have_short_forms(name, short):
    assert short_label(name) == short


def test_korean_provinces_are_labelled_short_and_a_phone_map_draws_smaller_circles():
    # Korea's crowded provinces on a 345-pixel map: the ring took most of the map and its long
    # Korean labels ran into each other (seen at 390 px); at 1280 px the long English names ran over
    # the partners beside Korea. Full names stay in the tooltip.
    points = pd.DataFrame({
        "place_id": ["kr-seoul", "kr-gyeonggi-do", "kr-chungcheongbuk-do", "kr-incheon", "kr-sejong"],
        "name_en": ["Seoul", "Gyeonggi Province", "North Chungcheong Province", "Incheon", "Sejong"],
        "name_ko": ["서울", "경기도", "충청북도", "인천", "세종"], "side": ["korean"] * 5, "country": ["KR"] * 5,
        "lon": [126.98, 127.2, 127.7, 126.7, 127.29], "lat": [37.57, 37.4, 36.8, 37.45, 36.59],
        "count": [30, 25, 12, 10, 8],
    })
    arcs = pd.DataFrame(columns=["src", "dst", "type", "count", "src_lon", "src_lat", "dst_lon",
                                 "dst_lat", "src_name_en", "src_name_ko", "dst_name_en", "dst_name_ko"])
    view = {"latitude": 30.0, "longitude": 127.0, "zoom": -0.55}

    def drawn(size):
        deck = build_deck(points, arcs, lang="ko", view=view, map_size=size)
        kinds = {ly.id.rsplit("-", 1)[0]: ly for ly in deck.layers}
        return kinds["places"].data.frame, kinds["labels"].data.frame, kinds["spread"].data.frame

    phone_places, phone_labels, phone_ring = drawn((345, 340))
    laptop_places, laptop_labels, laptop_ring = drawn((652, 500))
    assert phone_ring["size"].max() < laptop_ring["size"].max()  # the circles on Korea's ring
    ring_radius = [max(abs(x) + abs(y) for x, y in ring["off"]) for ring in (phone_ring, laptop_ring)]
    assert ring_radius[0] < ring_radius[1]
    assert set(phone_labels["name"]) <= {"서울", "경기", "충북", "인천", "세종"} and "경기" in set(phone_labels["name"])
    assert "경기" in set(laptop_labels["name"]) and not {"경기도", "충청북도"} & set(laptop_labels["name"])
    assert "경기도" in set(phone_places["name"])  # the tooltip's name


# Seoul and Busan with two partners, and the arcs between them the tests below draw
_FOUR_PLACES = pd.DataFrame({
    "place_id": ["kr-seoul", "kr-busan", "jp-fukuoka", "us-la"], "name_en": ["Seoul", "Busan", "Fukuoka", "LA"],
    "name_ko": ["서울", "부산", "후쿠오카", "LA"], "side": ["korean", "korean", "partner", "partner"],
    "country": ["KR", "KR", "JP", "US"], "lon": [126.98, 129.04, 130.4, -118.2], "lat": [37.57, 35.1, 33.6, 34.0],
    "count": [9, 5, 4, 10],
})


def _arcs(*rows: tuple[str, str, str, int]) -> pd.DataFrame:
    """Arcs (source, destination, type, count) between `_FOUR_PLACES`, with their ends' positions and names."""
    at = _FOUR_PLACES.set_index("place_id")
    out = pd.DataFrame(rows, columns=["src", "dst", "type", "count"])
    for end in ("src", "dst"):
        for col in ("lon", "lat", "name_en", "name_ko"):
            out[f"{end}_{col}"] = [at.loc[p, col] for p in out[end]]
    return out


def test_framed_on_korea_arcs_are_faint_hairlines_but_the_chosen_places():
    # Framed on Korea, hundreds of arcs at their full width made a solid blue fan over the peninsula.
    points = _FOUR_PLACES
    arcs = _arcs(("kr-seoul", "us-la", "sister_city", 6), ("kr-busan", "us-la", "mou", 4),
                 ("kr-busan", "jp-fukuoka", "sister_city", 4))

    def arc_frame(**kw):
        deck = build_deck(points, arcs, lang="en", highlight_places=tuple(points["place_id"]), **kw)
        return next(ly for ly in deck.layers if ly.id.startswith("arcs-")).data.frame

    plain, faint, chosen = arc_frame(), arc_frame(faint_arcs=True), arc_frame(faint_arcs=True, focus_place="kr-busan")
    assert (plain["w"] > 1).all() and all(c[3] > 22 for c in plain["c"])
    assert (faint["w"] == 1).all() and all(c[3] == 22 for c in faint["c"])
    busan = (chosen["src"] == "kr-busan").to_numpy()
    assert (chosen["w"][busan] > 1).all() and all(len(c) == 3 or c[3] == 255 for c in chosen["c"][busan])
    assert (chosen["w"][~busan] == 1).all()


def test_a_chosen_place_brings_its_own_arcs_forward_and_fades_the_rest():
    # A click on Busan left its arcs among the others: nothing on the map said which were its own.
    arcs = _arcs(("kr-seoul", "us-la", "sister_city", 6), ("kr-busan", "us-la", "mou", 4),
                 ("kr-busan", "jp-fukuoka", "sister_city", 4))

    def drawn(**kw):
        deck = build_deck(_FOUR_PLACES, arcs, lang="en", **kw)
        layer = {ly.id.split("-")[0] if not ly.id.startswith("focus-arcs") else "under": ly for ly in deck.layers}
        pts = next(ly for ly in deck.layers if ly.id.startswith("places-")).data.frame
        return layer["arcs"].data.frame, layer.get("under"), pts.set_index("id")

    def alpha(colour) -> int:
        return colour[3] if len(colour) > 3 else 255

    arc, under, pts = drawn(focus_place="kr-busan")
    busan = (arc["src"] == "kr-busan").to_numpy()
    assert all(alpha(c) == 255 for c in arc["c"][busan])
    assert all(alpha(c) < 100 for c in arc["c"][~busan])
    assert under is not None and len(under.data.frame) == 2  # drawn thick beneath, like a chosen pair
    assert alpha(pts.loc["kr-seoul", "fill"]) < alpha(pts.loc["us-la", "fill"])  # its partners stay bright
    plain, under, pts = drawn()
    assert under is None and all(alpha(c) > 100 for c in plain["c"])
    # a place with no arc drawn (a city shown inside its province) fades nothing
    alone, under, _ = drawn(focus_place="jp-fukuoka-nowhere")
    assert under is None and all(alpha(c) > 100 for c in alone["c"])


def test_the_ends_of_arcs_brought_forward_are_labelled_before_busier_places_beside_them():
    # Ho Chi Minh City chosen: the lit Busan had no label, and Daejeon's, busier, sat beside it.
    from ui.map.deck import label_rows

    n = 12
    pts = pd.DataFrame({"id": [f"p{k}" for k in range(n)], "name": [f"Place {k}" for k in range(n)],
                        "lon": [127.4] * n, "lat": [36.35] * n, "r": [8.0] * n})  # busiest first
    plain = list(label_rows(pts)["id"])
    assert "p11" not in plain and len(plain) < n  # a crowd: the least busy get no label
    assert "p11" in list(label_rows(pts, lit={"p11"})["id"])


def test_a_country_view_moves_out_and_labels_korean_places_that_crowd_and_draws_their_leader_lines():
    # Korea and Vietnam on a small map: Korean places crowd, and some had no label
    names = {"kr-seoul": "Seoul", "kr-incheon": "Incheon", "kr-gyeonggi-do": "Gyeonggi", "kr-daejeon": "Daejeon",
             "kr-daegu": "Daegu", "kr-busan": "Busan", "kr-ulsan": "Ulsan", "kr-gyeongsangnam-do": "Gyeongnam",
             "kr-jeju-do": "Jeju"}
    coords = {"kr-seoul": (126.98, 37.57), "kr-incheon": (126.70, 37.46), "kr-gyeonggi-do": (127.01, 37.27),
              "kr-daejeon": (127.38, 36.35), "kr-daegu": (128.60, 35.87), "kr-busan": (129.08, 35.18),
              "kr-ulsan": (129.31, 35.54), "kr-gyeongsangnam-do": (128.69, 35.24), "kr-jeju-do": (126.53, 33.50)}
    korean = pd.DataFrame({"place_id": list(names), "name_en": list(names.values()), "name_ko": list(names.values()),
                           "side": "korean", "country": "KR", "lon": [c[0] for c in coords.values()],
                           "lat": [c[1] for c in coords.values()], "count": [9, 8, 7, 6, 5, 4, 4, 3, 2]})
    partner = pd.DataFrame({"place_id": ["vn-ho-chi-minh-city", "vn-hanoi"], "name_en": ["Ho Chi Minh City", "Hanoi"],
                            "name_ko": ["호찌민", "하노이"], "side": "partner", "country": "VN", "lon": [106.63, 105.85],
                            "lat": [10.82, 21.03], "count": [12, 10]})
    points = pd.concat([korean, partner], ignore_index=True)
    arcs = pd.DataFrame(columns=["src", "dst", "type", "count", "src_lon", "src_lat", "dst_lon",
                                 "dst_lat", "src_name_en", "src_name_ko", "dst_name_en", "dst_name_ko"])
    view = {"longitude": 117.0, "latitude": 24.0, "zoom": 2.8}
    spec = json.loads(build_deck(points, arcs, lang="en", view=view, map_size=(650, 420)).to_json())
    texts = [row["name"] for layer in spec["layers"] if layer["@@type"] == "TextLayer" for row in layer["data"]]
    assert set(names.values()) <= set(texts), texts  # (Gyeongnam and Jeju had none)
    icons = [row for layer in spec["layers"] if layer["@@type"] == "IconLayer" for row in layer["data"]]
    moved = {row["id"] for row in icons if row["off"] != [0.0, 0.0]}
    assert moved and moved <= set(names)  # only Korean places move, each drawn with its leader line
    assert {row["id"] for row in icons if row["off"] == [0.0, 0.0]} >= moved
