"""The take-away map: standalone HTML (basemap inlined, nothing fetched) and the slide PNG."""

from __future__ import annotations

import io
import json
import re

import pandas as pd
import pytest
from PIL import Image

from geo.basemap import BASEMAP_URL
from ui.map import deck
from ui.map.export_html import map_html, strip_remote
from ui.map.export_png import SIZE, Legend, cjk_font, render_png
from ui.map.palette import DARK, LIGHT, type_colour

POINTS = pd.DataFrame({
    "place_id": ["kr-seoul", "kr-busan", "dk-odense", "th-bangkok"],
    "name_en": ["Seoul", "Busan", "Odense", "Bangkok"],
    "name_ko": ["서울", "부산", "오덴세", "방콕"],
    "side": ["korean", "korean", "partner", "partner"],
    "country": ["KR", "KR", "DK", "TH"],
    "lon": [126.98, 129.08, 10.39, 100.50],
    "lat": [37.57, 35.18, 55.40, 13.75],
    "count": [5, 2, 4, 3],
})
ARCS = pd.DataFrame({
    "src": ["kr-seoul", "kr-seoul", "kr-busan"], "dst": ["dk-odense", "th-bangkok", "th-bangkok"],
    "type": ["mou", "sister_city", "alliance"], "count": [3, 2, 1],
    "src_lon": [126.98, 126.98, 129.08], "src_lat": [37.57, 37.57, 35.18],
    "dst_lon": [10.39, 100.50, 100.50], "dst_lat": [55.40, 13.75, 13.75],
    "src_name_en": ["Seoul", "Seoul", "Busan"], "src_name_ko": ["서울", "서울", "부산"],
    "dst_name_en": ["Odense", "Bangkok", "Bangkok"], "dst_name_ko": ["오덴세", "방콕", "방콕"],
})
LEGEND = Legend("Agreement types", [("MOU", type_colour("mou")), ("Sister city", type_colour("sister_city")),
                                    ("Alliance", type_colour("alliance"))], "Places", "Korean city", "Partner")


@pytest.fixture(scope="module")
def page() -> str:
    return map_html(deck.build_deck(POINTS, ARCS, lang="ko"), title="파트너십 아틀라스 <b>", subtitle="2026",
                    legend=[("MOU", type_colour("mou"))], lang="ko")


def test_html_inlines_the_basemap(page: str) -> None:
    assert BASEMAP_URL not in page
    assert page.count('"FeatureCollection"') >= 2  # the sea and the inlined countries
    assert '"name":"Fiji"' in page and '"name":"Denmark"' in page  # countries of the basemap file


def test_html_loads_nothing_from_the_internet(page: str) -> None:
    tags = re.findall(r"<(?:script|link)\b[^>]*>", page)
    assert tags, "the embedded deck.gl script is still there"
    assert not [tag for tag in tags if re.search(r"https?:", tag)]
    outside_scripts = re.sub(r"<script\b[^>]*>.*?</script>", "", page, flags=re.DOTALL)
    assert not re.search(r"https?://", outside_scripts)
    assert "mapbox-gl.js" not in outside_scripts


def test_html_title_and_escaping(page: str) -> None:
    assert "<title>파트너십 아틀라스 &lt;b&gt;</title>" in page
    assert '<html lang="ko">' in page
    assert 'id="atlas-card"' in page and "MOU" in page


def test_html_keeps_a_name_that_closes_a_script_inside_the_data() -> None:
    hostile = "Odense</script><script>window.pwned=1</script>"
    points = POINTS.assign(name_en=POINTS["name_en"].where(POINTS["place_id"] != "dk-odense", hostile))
    page = map_html(deck.build_deck(points, ARCS, lang="en"), title="t")
    assert "<script>window.pwned=1" not in page
    data = page[page.index("const jsonInput = ") + len("const jsonInput = "):page.index(";\n    const tooltip")]
    assert "</" not in data  # nothing in the data can close the script it sits in
    assert hostile in json.dumps(json.loads(data), ensure_ascii=False)  # the name itself is unchanged


@pytest.mark.parametrize("tag", [
    '<script src="https://api.tiles.mapbox.com/mapbox-gl-js/v1.13.0/mapbox-gl.js"></script>',
    '<link rel="stylesheet" href="https://unpkg.com/maplibre-gl@5.14.0/dist/maplibre-gl.css" />',
    '<link rel="stylesheet" href=https://cdn.jsdelivr.net/npm/@deck.gl/widgets@~9.3.*/dist/stylesheet.css />',
])
def test_strip_remote_drops_remote_tags(tag: str) -> None:
    assert strip_remote(f"<head>{tag}<script>var x = 1;</script></head>") == "<head><script>var x = 1;</script></head>"


def colours_in(img: Image.Image) -> set[tuple[int, int, int]]:
    """The distinct colours of an RGB image."""
    return {colour for _, colour in img.getcolors(maxcolors=img.width * img.height)}


@pytest.mark.parametrize("scheme", [LIGHT, DARK], ids=["light", "dark"])
def test_png_draws_map_legend_and_title(scheme) -> None:
    png = render_png(POINTS, ARCS, title="Partnership Atlas", subtitle="All agreements", legend=LEGEND,
                     scheme=scheme)
    img = Image.open(io.BytesIO(png)).convert("RGB")
    assert img.size == SIZE
    colours = colours_in(img)
    for expected in (scheme.ocean, scheme.land, type_colour("mou"), type_colour("sister_city")):
        assert expected in colours, expected
    assert len(colours) > 50
    width, height = img.size
    legend = img.crop((width - 340, 92, width - 28, 400))
    assert len(colours_in(legend)) > 10  # swatches and text, not an empty panel
    assert type_colour("alliance") in colours_in(legend)
    title = img.crop((0, 0, 600, 60))
    assert len(colours_in(title)) > 5


def test_png_uses_the_cjk_font() -> None:
    assert cjk_font("Regular") is not None, "fonts-noto-cjk is a documented dependency"


def test_png_spreads_crowded_korean_cities_as_the_live_map_does() -> None:
    # Seoul, Incheon and Suwon lie a few pixels apart at a world framing: the live map moves their
    # circles onto a ring with leader lines (ui.map.deck.spread_korean); the slide must do the same.
    from ui.map.export_png import HEADER, MARGIN, PANEL, _Frame
    from ui.map.palette import KOREAN_FILL

    crowded = pd.DataFrame({
        "place_id": ["kr-seoul", "kr-incheon", "kr-suwon", "dk-odense"],
        "name_en": ["Seoul", "Incheon", "Suwon", "Odense"], "name_ko": ["서울", "인천", "수원", "오덴세"],
        "side": ["korean", "korean", "korean", "partner"], "country": ["KR", "KR", "KR", "DK"],
        "lon": [126.98, 126.70, 127.01, 10.39], "lat": [37.57, 37.46, 37.26, 55.40], "count": [9, 4, 3, 4],
    })
    img = Image.open(io.BytesIO(render_png(crowded, ARCS.head(0), title="t", subtitle="", legend=LEGEND)))
    img = img.convert("RGB")
    frame = _Frame([deck.wrap_lon(x) for x in crowded["lon"]], crowded["lat"].tolist(),
                   (MARGIN, HEADER, SIZE[0] - PANEL - MARGIN, SIZE[1] - MARGIN))
    radius = [deck.point_radius(n, 9) for n in crowded["count"]]
    moved = deck.spread_korean(crowded.assign(r=radius), (crowded["side"] == "korean").to_numpy(), frame.zoom)
    korean = moved[moved["side"] == "korean"]
    assert ((korean["dx"] != 0) | (korean["dy"] != 0)).all(), "the three cities should crowd at this framing"
    for row in korean.itertuples():
        x, y = frame.xy(row.lon, row.lat)
        assert img.getpixel((round(x + row.dx), round(y + row.dy))) == KOREAN_FILL, row.place_id
    assert deck.LEADER in colours_in(img)  # the leader lines back to the places


def test_html_fetches_no_file_of_the_apps_static_folder(page: str) -> None:
    # a file on disk cannot reach the app's static folder: the city names drawn by zoom travel inside
    assert "app/static/" not in page
    assert page.count("data:application/json;base64,") >= 1


def _framed(page: str) -> dict[str, float]:
    return json.loads(re.search(r"const b = (\{.*?\}), w = window", page).group(1))


def test_the_html_map_frames_korea_drawn_by_province_as_well_as_the_partners():
    """With Korea by province (national data at world zoom), its places are drawn by their own
    layers, not the places layer; a country's map framed that country alone, arcs running off it."""
    from ui.map.takeaway import html_map

    points = POINTS.assign(place_id=["kr-seoul", "kr-busan", "vn-hanoi", "vn-ho-chi-minh-city"],
                           lon=[126.98, 129.08, 105.85, 106.70], lat=[37.57, 35.18, 21.03, 10.78])
    arcs = ARCS.assign(dst=["vn-hanoi", "vn-ho-chi-minh-city", "vn-ho-chi-minh-city"])
    cities = points[points["side"] == "korean"]
    b = _framed(html_map(points, arcs, lang="en", title="Korea and Vietnam", subtitle="", cities=cities))
    assert b["west"] <= 105.85 and b["east"] >= 129.08
    assert b["south"] <= 10.78 and b["north"] >= 37.57


def test_a_name_holding_the_pages_own_call_does_not_move_the_framing_into_the_data():
    hostile = POINTS.assign(name_en=["const deckInstance = createDeck(", *POINTS["name_en"][1:]])
    page = map_html(deck.build_deck(hostile, ARCS, lang="en"), title="t")
    call = page.rindex("const deckInstance = createDeck(")
    assert page[:call].rstrip().endswith("})();")  # the framing runs just before the page's own call
    assert page.count("const b = {") == 1


def test_a_long_png_subtitle_is_cut_in_the_middle_and_keeps_its_date() -> None:
    from PIL import ImageDraw

    from ui.map.export_png import MARGIN, _fitted

    draw = ImageDraw.Draw(Image.new("RGB", SIZE))
    width = SIZE[0] - 2 * MARGIN
    short = "12 agreements · Sector: Robotics · 2026-12-06"
    assert _fitted(draw, short, width)[1] == short
    long = "383 agreements · Partner country: " + ", ".join(["Uzbekistan"] * 40) + " · 2026-12-06"
    font, line = _fitted(draw, long, width)
    assert draw.textlength(line, font=font) <= width
    assert line.startswith("383 agreements · Partner country: Uzbekistan") and line.endswith("… · 2026-12-06")


@pytest.mark.parametrize("text", ["필터\n적용", "a\tb\u2028c", "\u202eevil\u202c", "nul\x00byte"])
def test_png_text_from_outside_is_drawn_on_one_line(text) -> None:
    points = POINTS.assign(name_en=[text] * len(POINTS))
    png = render_png(points, ARCS, title=text, subtitle=text, legend=LEGEND)
    assert Image.open(io.BytesIO(png)).size == SIZE
