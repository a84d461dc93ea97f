"""The floor for browser timings: the same basemap and one point, no data at all.

bench/run.py opens it in the same headless Chromium as the two apps, so the table can tell the
time any pydeck map takes to appear on this machine (software WebGL) from the time the data adds.
"""

import pydeck as pdk
import streamlit as st

from geo.basemap import BASEMAP_URL

st.set_page_config(layout="wide", page_title="Map floor")
st.title("Map floor")
st.sidebar.multiselect("Agreement type", ["MOU", "Other"], key="filter_type")
basemap = pdk.Layer("GeoJsonLayer", data=BASEMAP_URL, id="basemap", filled=True, stroked=True,
                    get_fill_color=[233, 228, 214], get_line_color=[170, 170, 170], line_width_min_pixels=1)
point = pdk.Layer("ScatterplotLayer", data=[{"lon": 126.98, "lat": 37.57}], id="point",
                  get_position=["lon", "lat"], get_radius=6, radius_units='"pixels"',
                  get_fill_color=[20, 60, 140] if not st.session_state.get("filter_type") else [220, 60, 60])
st.pydeck_chart(pdk.Deck(layers=[basemap, point], map_provider=None,
                         initial_view_state=pdk.ViewState(latitude=28, longitude=135, zoom=1.25)), height=620)
