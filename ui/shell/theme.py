"""Light and dark themes: a sidebar toggle kept in the URL (`theme=dark`) and across pages.

The dark theme recolours the page with injected CSS (the app's configured Streamlit theme is
light) and the map's sea, land, borders and labels (ui.map.palette.DARK); arcs and places keep their
colours, which read on both.

    theme_name = theme.theme_switch(lang)               # once per page, after the language switch
    st.pydeck_chart(theme.style_deck(build_deck(...)))  # the map in the chosen colours
"""

from __future__ import annotations

import pydeck as pdk
import streamlit as st

from partnerships import params
from ui.map import city_labels
from ui.map.deck import ADMIN1_LAYER, BASEMAP_LAYER, DETAIL_LAYER, OCEAN_LAYER, layer_kind
from ui.map.palette import SCHEMES, Scheme, css
from ui.map.zoom_layers import CITY_LABELS_LAYER, RING_LABELS_LAYER
from ui.shell import params as url_params
from ui.shell.i18n import t

THEME_KEY = "theme"  # widget key and URL parameter
SAVED_THEME_KEY = "atlas_theme"  # not a widget: survives a page switch
THEMES = ("light", "dark")
DEFAULT_THEME = "light"


def current() -> str:
    """The chosen theme ("light" or "dark"), also before the switch is drawn."""
    if THEME_KEY in st.session_state:
        return "dark" if st.session_state[THEME_KEY] else "light"
    wanted = url_params.read(THEME_KEY, lambda raw: params.choice(raw, THEMES))
    wanted = wanted or st.session_state.get(SAVED_THEME_KEY, DEFAULT_THEME)
    return wanted if wanted in THEMES else DEFAULT_THEME


def scheme(name: str | None = None) -> Scheme:
    """The colours of a theme (the chosen one by default)."""
    return SCHEMES[name or current()]


def style_chart(chart, colours: Scheme | None = None, **axis):
    """An Altair chart in the theme's colours: no background of its own (the page's shows), axes
    and their text in the theme's ink (`axis`: more axis settings, such as font sizes)."""
    colours = colours or scheme()
    return (chart.configure(background="transparent")
            .configure_axis(labelColor=css(colours.muted), titleColor=css(colours.ink), domainColor=css(colours.muted),
                            tickColor=css(colours.muted), gridColor=css(colours.border), **axis)
            .configure_view(strokeWidth=0))


def style_deck(deck: pdk.Deck, name: str | None = None) -> pdk.Deck:
    """`deck` (from ui.map.deck.build_deck) with the theme's sea, land, border and label colours (in place)."""
    colours = scheme(name)
    for layer in deck.layers:
        kind = layer_kind(layer.id)
        if layer.id == OCEAN_LAYER:
            layer._sub_layer_props = {"polygons-fill": {"getFillColor": list(colours.ocean)}}
        elif layer.id == BASEMAP_LAYER:
            layer._sub_layer_props = {"polygons-fill": {"getFillColor": list(colours.land)}}
            layer.get_line_color = list(colours.border)
        elif layer.id == DETAIL_LAYER:
            layer.get_fill_color = list(colours.land)
            layer.get_line_color = list(colours.border)
        elif layer.id == ADMIN1_LAYER:
            layer.get_line_color = [*colours.border, 150]
        elif kind == RING_LABELS_LAYER or kind.startswith(CITY_LABELS_LAYER):
            # Labels drawn by zoom (ui.map.zoom_layers): the ring's and Korea's cities'.
            layer.get_text_color = [*colours.label, 255]
            layer.text_outline_color = [*colours.label_halo, 235]
        elif kind == city_labels.CITY_NAMES_LAYER:
            layer.get_text_color = [*colours.muted, 255]
            layer.text_outline_color = [*colours.land, 255]
        elif kind == "labels":
            # A sub-layer colour, not getColor: Streamlit greys out colour accessors on selection.
            layer._sub_layer_props = {"characters": {"getColor": [*colours.label, 255]}}
            layer.outline_color = [*colours.label_halo, 235]
    return deck


def _dark_css(c: Scheme) -> str:
    ink, paper, muted = css(c.ink), css(c.paper), css(c.muted)
    panel, field, line = css(c.land), css(c.ocean), css(c.border)
    return (
        "<style>"
        f'[data-testid="stApp"],[data-testid="stHeader"],[data-testid="stBottomBlockContainer"]'
        f"{{background:{paper};color:{ink}}}"
        f'[data-testid="stSidebar"]>div{{background:{field}}}'
        f'[data-testid="stApp"] :is(h1,h2,h3,h4,h5,h6,p,li,label,summary,span,div,th,td,a:not([href]))'
        f"{{color:{ink}}}"
        f'[data-testid="stCaptionContainer"],[data-testid="stCaptionContainer"] *{{color:{muted}!important}}'
        f'[data-testid="stApp"] a[href]{{color:rgb(120,180,240)}}'
        # Select boxes (react-aria in Streamlit 1.67), text inputs and areas: one field colour, no inner box.
        f".react-aria-ComboBox>div,[data-baseweb=\"input\"],[data-baseweb=\"base-input\"],"
        f'[data-baseweb="textarea"],textarea,[data-testid="stTextInputRootElement"],'
        f'[data-testid="stNumberInputContainer"],[data-testid="stTextAreaRootElement"]'
        f"{{background:{panel}!important;border-color:{line}!important}}"
        f"[data-testid=\"stApp\"] input,.react-aria-ComboBox input{{background:transparent!important;"
        f"color:{ink}!important}}"
        f"input::placeholder,textarea::placeholder{{color:{muted}!important;opacity:1}}"
        f".react-aria-ComboBox button,.react-aria-ComboBox svg{{color:{ink}!important}}"
        f'.react-aria-Popover,.react-aria-ListBox,[role="listbox"],[data-baseweb="popover"] ul'
        f"{{background:{panel}!important;color:{ink}!important}}"
        f'[role="option"]{{color:{ink}!important}}'
        f'[data-testid="stBaseButton-secondary"],[data-testid="stDownloadButton"] button,'
        f'[data-testid="stPopoverButton"],[data-testid="stPopover"] button,'
        f'[data-testid="stBaseButton-primary"]{{background:{panel};color:{ink};border-color:{line}}}'
        f'[data-testid="stPopoverButton"] *{{color:{ink}}}'
        f'[data-testid="stPopoverBody"]{{background:{panel};color:{ink}}}'
        f'[data-testid="stExpander"] details,[data-testid="stVerticalBlockBorderWrapper"]'
        f"{{border-color:{line};background:transparent}}"
        f'[data-testid="stExpander"] summary{{background:{paper}}}'
        f'[data-testid="stAlertContainer"]{{background:{panel}}}'
        f'[data-testid="stMetricLabel"] *,[data-testid="stMetricValue"] *{{color:{ink}}}'
        f'[data-testid="stButtonGroup"] button{{background:{panel};color:{ink};border-color:{line}}}'
        '[data-testid="stButtonGroup"] button:is([aria-checked="true"],[aria-pressed="true"],[kind*="Active"])'
        "{background:rgba(255,75,75,.28);border-color:rgb(255,75,75)}"
        # Tables draw on a canvas in the light theme's colours: inverted, with hues turned back.
        '[data-testid="stDataFrame"]{filter:invert(.88) hue-rotate(180deg)}'
        f'hr{{border-color:{line}}}'
        # Code boxes (the shared link) keep the light theme's paper otherwise: light text on it.
        f'[data-testid="stCode"] :is(pre,code){{background:{panel}!important;color:{ink}!important}}'
        f'[data-testid="stCode"] button{{background:{field}!important;color:{ink}!important}}'
        # A switch that is off keeps a visible track, and help marks are light (both were near black)
        f'[data-testid="stCheckbox"]:not([data-selected]):has(input[role="switch"]) label>div:first-of-type'
        f'{{background:{line}!important}}'
        # ... and a radio or a box that is off is a ring, not a white disc that reads as on (trial 25)
        f'[data-testid="stRadio"] label:not(:has(input:checked))>div:first-of-type>div:first-of-type'
        f'{{background:{field}!important;border:2px solid {muted}!important}}'
        f'[data-testid="stCheckbox"] label:not(:has(input:checked)):not(:has(input[role="switch"]))>div:first-of-type'
        f'{{background:{field}!important;border:1px solid {muted}!important}}'
        f'[data-testid="stTooltipIcon"] [data-testid="stIconMaterial"]{{color:{ink}!important}}'
        f'[data-testid="stTooltipIcon"] svg{{stroke:{muted}!important}}'
        f'.atlas-legend{{color:{ink}}}'
        "</style>"
    )


def theme_switch(lang: str) -> str:
    """The sidebar's dark-theme toggle, kept in the URL and across pages; applies the page colours
    and returns the theme's name."""
    st.session_state[THEME_KEY] = current() == "dark"  # claimed again after a page switch
    dark = st.sidebar.toggle(t("theme_dark", lang), key=THEME_KEY)
    name = "dark" if dark else "light"
    st.session_state[SAVED_THEME_KEY] = name
    if name == DEFAULT_THEME:
        if THEME_KEY in st.query_params:
            del st.query_params[THEME_KEY]
    elif st.query_params.get(THEME_KEY) != name:
        st.query_params[THEME_KEY] = name
    if dark:
        st.html(_dark_css(scheme("dark")))
    return name
