"""The map as one standalone HTML file: opens from disk with no server and no internet.

The deck the Map page draws is reused, with the basemap inlined as GeoJSON (the page fetches it
from Streamlit's static folder, which a file on disk cannot reach) and deck.gl embedded by
pydeck's offline mode (~4 MB). pydeck's template still links mapbox-gl.js and CDN stylesheets the
deck does not need (no map provider): those tags are dropped, so nothing is fetched and no load
fails. A title and a legend are laid over the map.
"""

from __future__ import annotations

import base64
import html
import json
import re
from collections.abc import Sequence

import pydeck as pdk

from geo.basemap import BASEMAP_FILE, load_basemap
from ui.map.deck import ADMIN1_LAYER, BASEMAP_LAYER, DETAIL_LAYER, PLACES_LAYER, Rows, layer_kind
from ui.map.palette import RGB, css

# <script src="http..."></script> and <link ... href="http..." /> (quoted or not), from pydeck's template.
_REMOTE_TAGS = re.compile(
    r"""<script[^>]*\bsrc=["']?https?://[^>]*>\s*</script>|<link[^>]*\bhref=["']?https?://[^>]*/?>""",
    re.IGNORECASE,
)


def inline_basemap(deck: pdk.Deck, basemap: dict | None = None) -> pdk.Deck:
    """`deck` with its basemap layer drawing inlined GeoJSON instead of the static URL, and without
    the zoomed-in detail and boundary layers (1.4 MB each), which a file on disk could not fetch;
    the other layers that fetch a static file (city names by zoom, served JSON) get its content
    as a `data:` URL (in place)."""
    data = load_basemap() if basemap is None else basemap
    deck.layers = [layer for layer in deck.layers if layer.id not in (DETAIL_LAYER, ADMIN1_LAYER)]
    for layer in deck.layers:
        if layer.id == BASEMAP_LAYER:
            layer.data = data
        elif isinstance(getattr(layer, "data", None), str) and layer.data.startswith(_STATIC_URL):
            path = _STATIC_DIR / layer.data.removeprefix(_STATIC_URL)
            if path.is_file():
                layer.data = _DATA_URL + base64.b64encode(path.read_bytes()).decode()
    return deck


_STATIC_URL = "app/static/"
_DATA_URL = "data:application/json;base64,"
_STATIC_DIR = BASEMAP_FILE.parent  # the app's static folder


_TOOLTIP_FIELD = re.compile(r"\{(\w+)\}")


def escape_tooltip_values(deck: pdk.Deck) -> pdk.Deck:
    """`deck` with every value its tooltip template interpolates HTML-escaped (in place).

    In the app Streamlit escapes `{field}` values; pydeck's standalone page does not, so a place
    named `<img src=x onerror=...>` would run its script on hover. Each pickable layer gets a
    copy of its rows with those text fields escaped (labels, drawn by the TextLayer, keep theirs).
    """
    tooltip = getattr(deck, "_tooltip", None)
    template = " ".join(str(tooltip.get(k, "")) for k in ("html", "text")) if isinstance(tooltip, dict) else ""
    names = set(_TOOLTIP_FIELD.findall(template))
    for layer in deck.layers:
        if not names or not getattr(layer, "pickable", False):
            continue
        data = layer.data
        if isinstance(data, Rows):
            frame = data.frame.copy()
            for name in names & set(frame.columns):
                frame[name] = [html.escape(v) if isinstance(v, str) else v for v in frame[name]]
            layer.data = Rows(frame)
        elif isinstance(data, list):
            layer.data = [{k: html.escape(v) if k in names and isinstance(v, str) else v for k, v in row.items()}
                          if isinstance(row, dict) else row for row in data]
        elif isinstance(data, str) and data.startswith(_DATA_URL):  # GeoJSON inlined (zoomed-in layers)
            body = json.loads(base64.b64decode(data.removeprefix(_DATA_URL)))
            for feature in body.get("features", []) if isinstance(body, dict) else []:
                props = feature.get("properties") if isinstance(feature, dict) else None
                for name in names & set(props or ()):
                    if isinstance(props[name], str):
                        props[name] = html.escape(props[name])
            layer.data = _DATA_URL + base64.b64encode(json.dumps(body, ensure_ascii=False).encode()).decode()
    return deck


def place_bounds(deck: pdk.Deck) -> dict[str, float] | None:
    """West, east, south, north of the places the deck draws (longitudes as drawn), or None."""
    for layer in deck.layers:
        if layer_kind(layer.id) == PLACES_LAYER and isinstance(layer.data, Rows) and len(layer.data):
            frame = layer.data.frame
            return {"west": float(frame["lon"].min()), "east": float(frame["lon"].max()),
                    "south": float(frame["lat"].min()), "north": float(frame["lat"].max())}
    return None


# Frames the places for the window the file is opened in: the pydeck page's view is fixed, so a
# wide screen showed the world three times. The zoom never lets the world be narrower or lower
# than the window. Only numbers go into it.
_FIT_JS = """<script>
(() => {
  const b = BOUNDS, w = window.innerWidth, h = window.innerHeight, tile = 512, room = 0.8;
  const merc = (lat) => Math.log(Math.tan(Math.PI / 4 + Math.max(-85, Math.min(85, lat)) * Math.PI / 360));
  const spanX = Math.max((b.east - b.west) / 360, 1e-6);
  const spanY = Math.max((merc(b.north) - merc(b.south)) / (2 * Math.PI), 1e-6);
  const least = Math.log2(Math.max(w, h) / tile);
  const fit = Math.min(5, Math.log2(w * room / (tile * spanX)), Math.log2(h * room / (tile * spanY)));
  const y = (merc(b.north) + merc(b.south)) / 2;
  Object.assign(jsonInput.initialViewState, {
    longitude: (b.west + b.east) / 2, latitude: (2 * Math.atan(Math.exp(y)) - Math.PI / 2) * 180 / Math.PI,
    zoom: Math.max(fit, least), minZoom: least,
  });
})();
</script>"""


def fit_script(bounds: dict[str, float]) -> str:
    """The script that frames `bounds` for the window (numbers only, written by json.dumps)."""
    clean = {k: round(float(bounds[k]), 4) for k in ("west", "east", "south", "north")}
    return _FIT_JS.replace("BOUNDS", json.dumps(clean))


def strip_remote(page: str) -> str:
    """`page` without the tags that load scripts or stylesheets from the internet."""
    return _REMOTE_TAGS.sub("", page)


def _overlay(title: str, subtitle: str, legend: Sequence[tuple[str, RGB]], *, ink: RGB, paper: RGB) -> str:
    rows = "".join(
        f'<div class="row"><span class="sw" style="background:{css(rgb)}"></span>{html.escape(label)}</div>'
        for label, rgb in legend
    )
    return (
        "<style>"
        # bottom left, over the southern ocean at world zoom rather than over a continent; the
        # title folds the rest away with a click
        f"#atlas-card{{position:absolute;z-index:10;bottom:16px;left:16px;max-width:360px;padding:12px 16px;"
        f"border-radius:8px;background:{css(paper, 0.92)};color:{css(ink)};"
        "font:14px/1.45 'Noto Sans CJK KR','Noto Sans KR','Apple SD Gothic Neo','Malgun Gothic',sans-serif;"
        "box-shadow:0 1px 4px rgba(0,0,0,.25)}"
        "#atlas-card h1{font-size:18px;margin:0 0 2px 0;display:inline}#atlas-card .sub{opacity:.75;margin:2px 0 8px}"
        "#atlas-card summary{cursor:pointer}"
        "#atlas-card .row{display:flex;align-items:center;gap:8px}"
        "#atlas-card .sw{display:inline-block;width:22px;height:4px;border-radius:2px}"
        "</style>"
        f'<div id="atlas-card"><details open><summary><h1>{html.escape(title)}</h1></summary>'
        f'<div class="sub">{html.escape(subtitle)}</div>{rows}</details></div>'
    )


_DATA_START, _DATA_END = "const jsonInput = ", "\n    const customLibraries"


def _script_safe(page: str) -> str:
    """The page with every '<' in the deck's JSON and tooltip written as \\u003c, so that no text
    in the data (a place's name, a label) can close the script they sit in ('</script>')."""
    start = page.find(_DATA_START)
    end = page.find(_DATA_END, start)
    if start < 0 or end < 0:
        return page
    return page[:start] + page[start:end].replace("<", "\\u003c") + page[end:]


def map_html(
    deck: pdk.Deck,
    *,
    title: str,
    subtitle: str = "",
    legend: Sequence[tuple[str, RGB]] = (),
    lang: str = "en",
    background: RGB = (196, 214, 226),
    ink: RGB = (24, 32, 40),
    paper: RGB = (255, 255, 255),
    basemap: dict | None = None,
    bounds: dict[str, float] | None = None,
) -> str:
    """A standalone interactive HTML page drawing `deck` (basemap inlined, deck.gl embedded).

    `legend` is (label, colour) pairs shown under the title; `background` is the page colour
    behind the map, `ink`/`paper` the title card's text and background. The file frames `bounds`
    (west, east, south, north as drawn; by default those of the deck's places layer) for the
    window it is opened in.
    """
    inline_basemap(deck, basemap)
    escape_tooltip_values(deck)
    bounds = bounds or place_bounds(deck)
    page = deck.to_html(as_string=True, offline=True, notebook_display=False,
                        css_background_color=css(background))
    page = _script_safe(strip_remote(page))
    page = page.replace("<html>", f'<html lang="{html.escape(lang)}">', 1)
    page = re.sub(r"<title>.*?</title>", lambda _: f"<title>{html.escape(title)}</title>", page, count=1)
    if bounds is not None:  # frame the data for the window before the deck is made
        script = fit_script(bounds).replace("<script>", "").replace("</script>", "")
        # (the page's own call is the last one: the data before it may hold the same words)
        head, call, tail = page.rpartition("const deckInstance = createDeck(")
        page = head + script + "\n    " + call + tail if call else page
    overlay = _overlay(title, subtitle, legend, ink=ink, paper=paper)
    return page.replace('<div id="deck-container">', overlay + '<div id="deck-container">', 1)
