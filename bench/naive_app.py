"""The baseline the benchmark compares the atlas with: the plainest Streamlit + pydeck map.

It loads the same records through the same store, keeps them with `st.cache_data`, filters with
pandas and hands the filtered table straight to pydeck: one ArcLayer arc per record (its first
Korean place to its first partner), every column sent to the browser. Same basemap (served from
static/, a link to the repository's), same widget keys and labels for the filters the benchmark
changes (`filter_type`, `filter_years`), so both apps are driven identically.

    ATLAS_DATA_DIR=bench/out/2000/data ATLAS_SEEDS_DIR=bench/out/2000/seeds \
        streamlit run bench/naive_app.py
"""

import pandas as pd
import pydeck as pdk
import streamlit as st

from geo.basemap import BASEMAP_URL
from geo.gazetteer import default_gazetteer
from partnerships import store
from partnerships.model import TYPES

st.set_page_config(layout="wide", page_title="Partnership Atlas (baseline)")


@st.cache_data(show_spinner="Loading records...")
def load(data_dir: str) -> pd.DataFrame:
    """One row per record that has a partner, with both ends' names and coordinates."""
    gaz = default_gazetteer()
    rows = []
    for r in store.load(gazetteer=gaz).records:
        if not r.partner_places:
            continue
        a, b = gaz.get(r.korean_places[0]), gaz.get(r.partner_places[0])
        rows.append({
            "id": r.id, "title_en": r.title_en, "title_ko": r.title_ko, "type": r.type, "year": r.year,
            "date": r.date, "src_name": a.name_en, "dst_name": b.name_en,
            "src_lon": a.lon, "src_lat": a.lat, "dst_lon": b.lon, "dst_lat": b.lat,
        })
    return pd.DataFrame(rows)


df = load(str(store.data_dir()))
st.title("Partnership Atlas (baseline)")
types = st.sidebar.multiselect("Agreement type", list(TYPES), key="filter_type", format_func=lambda x: TYPES[x][0])
lo, hi = int(df["year"].min()), int(df["year"].max())
years = st.sidebar.slider("Years", lo, hi, (lo, hi), key="filter_years")
view = df[df["year"].between(*years)]
if types:
    view = view[view["type"].isin(types)]
st.write(f"{len(view)} records")

basemap = pdk.Layer("GeoJsonLayer", data=BASEMAP_URL, id="basemap", filled=True, stroked=True,
                    get_fill_color=[233, 228, 214], get_line_color=[170, 170, 170], line_width_min_pixels=1)
arcs = pdk.Layer(
    "ArcLayer", data=view, id="arcs", pickable=True, get_width=2,
    get_source_position=["src_lon", "src_lat"], get_target_position=["dst_lon", "dst_lat"],
    get_source_color=[20, 60, 140], get_target_color=[220, 60, 60],
)
st.pydeck_chart(
    pdk.Deck(layers=[basemap, arcs], map_provider=None,
             initial_view_state=pdk.ViewState(latitude=28, longitude=135, zoom=1.25),
             tooltip={"text": "{title_en}\n{src_name} - {dst_name} ({year})"}),
    height=620,
)
