"""What the panel shows: a place or a Korean–partner pair, chosen on the map or in a selectbox.

The choice is kept in session state and in the URL (`place=kr-seoul`, `pair=kr-seoul,dk-odense`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import pandas as pd
import streamlit as st

from geo.names import fold_ascii
from partnerships import params
from ui.map.deck import ARCS_LAYER, PLACES_LAYER, SPREAD_LAYER, layer_kind
from ui.map.zoom_layers import CITIES_LAYER, RING_DOTS_LAYER, RING_LAYER
from ui.shell import params as url_params
from ui.shell.i18n import t
from ui.shell.markup import md_escape

MAP_KEY = "map"
PLACE_KEY = "place"
PAIR_KEY = "pair"
PICKER_KEY = "place_picker"  # the expander holding the place selectbox (open or not)
PICK_KEY = "place_pick"  # the selectbox; PLACE_KEY holds the place, chosen here or on the map
WRITTEN_KEY = "atlas_selection_written"  # the place and pair last put in the URL


def picked(selection: Mapping | None) -> tuple[str, str | tuple[str, str]] | None:
    """What a map selection points at: ("place", id), ("pair", (src, dst)) or None.

    A point of a layer shown only within some zooms (ui.map.zoom_layers) comes as a GeoJSON
    feature, its fields under `properties`."""
    objects = ((selection or {}).get("objects")) or {}
    for layer_id, rows in objects.items():
        if not rows:
            continue
        kind = layer_kind(layer_id)
        row = rows[0].get("properties") or rows[0] if isinstance(rows[0], dict) else {}
        if kind in (PLACES_LAYER, SPREAD_LAYER, RING_LAYER, RING_DOTS_LAYER, CITIES_LAYER):
            return ("place", row["id"]) if "id" in row else None  # a place, a Korean place moved out of a crowd
        if kind == ARCS_LAYER:
            return "pair", (rows[0]["src"], rows[0]["dst"])
    return None


def on_map_select() -> None:
    """Callback of the map: a clicked place or arc becomes the panel's subject.

    An empty selection (a click on the sea, or a selection Streamlit dropped because the
    data changed) leaves the panel as it is.
    """
    state = st.session_state.get(MAP_KEY) or {}
    hit = picked(state.get("selection"))
    if hit is None:
        return
    kind, value = hit
    st.session_state[PLACE_KEY] = value if kind == "place" else None
    st.session_state[PAIR_KEY] = value if kind == "pair" else None


def pending_pair() -> tuple[str, str] | None:
    """The pair the panel is about to show (kept, or in the URL), before the arcs are known: the
    database then returns that arc too when it is not among the busiest."""
    pair = st.session_state.get(PAIR_KEY)
    if pair is None and PAIR_KEY not in st.session_state:
        pair = url_params.peek(PAIR_KEY, params.pair)  # `current` reports an unusable value
    return tuple(pair) if pair else None


def current(points: pd.DataFrame, arcs: pd.DataFrame) -> tuple[str | None, tuple[str, str] | None]:
    """The selected place and pair, seeded from the URL and dropped if filtered away.

    A URL value this session did not write (a link from another page) replaces the kept one.
    """
    written = st.session_state.get(WRITTEN_KEY, {})
    url_place = url_params.read(PLACE_KEY, params.identifier)
    url_pair = url_params.read(PAIR_KEY, params.pair)
    url = {PLACE_KEY: url_place, PAIR_KEY: ",".join(url_pair) if url_pair else None}
    linked = {k: v for k, v in url.items() if v and v != written.get(k)}
    if PLACE_KEY not in st.session_state or linked:
        st.session_state[PLACE_KEY] = url_place
    if PAIR_KEY not in st.session_state or linked:
        st.session_state[PAIR_KEY] = url_pair
    place = st.session_state[PLACE_KEY]
    if place is not None and place not in set(points["place_id"]):
        st.session_state[PLACE_KEY] = place = None
        if PLACE_KEY in linked:
            url_params.ignored(PLACE_KEY)  # a link's place the map does not show: said, not dropped silently
    pair = st.session_state[PAIR_KEY]
    if pair is not None and not ((arcs["src"] == pair[0]) & (arcs["dst"] == pair[1])).any():
        st.session_state[PAIR_KEY] = pair = None
        if PAIR_KEY in linked:
            url_params.ignored(PAIR_KEY)
    return place, (tuple(pair) if pair else None)


def changed(place: str | None, pair: tuple[str, str] | None) -> bool:
    """A click on the map (`on_map_select`) chose something other than `place` and `pair`, what
    the page around the map shows."""
    now = st.session_state.get(PAIR_KEY)
    return st.session_state.get(PLACE_KEY) != place or (tuple(now) if now else None) != pair


def typed_places(typed: str, ids: list[str], find: Callable, label: Callable[[str], str]) -> list[str]:
    """The places on the map a typed name may mean: the gazetteer's reading of it (`find`; another
    spelling: '호치민', 'Saigon'), else those whose label holds it without accents ('Thanh Hoa');
    controls and invisible marks typed or pasted with it are left out."""
    typed = _typed(typed)
    if typed in ids or not typed:
        return [typed] if typed else []
    place = find(typed, fuzzy=False)
    if place is not None and place.id in ids:
        return [place.id]
    raw, key = typed.casefold(), fold_ascii(typed).casefold().strip()  # ('중구' has no letters to fold)
    return [pid for pid in ids if raw in label(pid).casefold() or (key and key in fold_ascii(label(pid)).casefold())]


def _typed(value: object) -> str:
    """A typed name as plain text on one line, as a link's free text is read (params.text)."""
    return params.text(str(value)[:params.MAX_TEXT])


def _picked(ids: list[str], label: Callable[[str], str], lang: str) -> None:
    from geo.gazetteer import default_gazetteer  # (built once a process, as the search builds it)

    value = st.session_state.get(PICK_KEY)
    # (the gazetteer only for a typed name: a place chosen in the list loads nothing)
    found = typed_places(value, ids, lambda w, fuzzy: default_gazetteer().find(w, fuzzy=fuzzy), label) if value else []
    if value and len(found) != 1:
        name = md_escape(_typed(value)[:80])
        st.toast(t("place_several" if found else "place_not_found", lang, name=name, n=len(found)))
    st.session_state[PLACE_KEY] = found[0] if len(found) == 1 else None
    st.session_state[PAIR_KEY] = None


def place_selectbox(points: pd.DataFrame, lang: str, *, place_label: Callable[[str], str], gaz=None) -> None:
    """A selectbox over the places on the map (the keyboard and test route to the panel), in an
    expander: its options (every place on the map) are sent only once it is opened. Each is
    labelled in both languages; a name typed in any spelling is looked up when Enter is pressed."""
    with st.expander(t("place_find", lang), key=PICKER_KEY, on_change="rerun", icon=":material/search:") as box:
        if not box.open:
            return
        ids = list(points["place_id"])
        place = st.session_state.get(PLACE_KEY)
        st.session_state[PICK_KEY] = place if place in ids else None  # follows clicks on the map

        def both(pid: str) -> str:  # '방콕' finds Bangkok in the English page, 'Bangkok' in the Korean
            other = gaz.name_in(pid, "en" if lang == "ko" else "ko") if gaz is not None and pid in gaz else ""
            return f"{place_label(pid)} · {other}" if other and other not in place_label(pid) else place_label(pid)

        st.selectbox(
            t("place_select", lang), ids, key=PICK_KEY, format_func=both, accept_new_options=True,
            placeholder=t("place_placeholder", lang), on_change=_picked, args=(ids, both, lang),
        )


def write_params(place: str | None, pair: tuple[str, str] | None) -> None:
    """Mirror the selection in the URL."""
    values = ((PLACE_KEY, place), (PAIR_KEY, ",".join(pair) if pair else None))
    st.session_state[WRITTEN_KEY] = dict(values)
    for key, value in values:
        if value is None:
            if key in st.query_params:
                del st.query_params[key]
        elif st.query_params.get(key) != value:
            st.query_params[key] = value
