"""The width the map really has in the browser, so the server frames it for that width.

A script-only component sits, hidden, in the map's column: it reports the column's width in
pixels when it differs from the width the server used (first visit, a resized window, the
presentation look hiding the sidebar), which reruns the page once. A cookie keeps the width, so
the next visit from the same browser frames right from its first run. Asked to (`height=`), it
also reports the map's height, for a map whose height the page's CSS sets from the screen (the
Tour's presentation look). The script is static (no data goes into it); the sizes come back as
numbers and are bounded here.
"""

from __future__ import annotations

import re

import streamlit as st

MIN_WIDTH, MAX_WIDTH = 200, 6000
_NUMBER = re.compile(r"\d{3,4}")

_JS = """
export default function({ parentElement, data, setStateValue }) {
  const column = parentElement.closest('[data-testid="stColumn"]') || parentElement.closest('[data-testid="stMain"]');
  if (!column) return;
  let sent = data.width, sentHeight = data.height, timer = null;
  const report = () => {
    const chart = column.querySelector('[data-testid="stDeckGlJsonChart"]');
    const box = (chart || column).getBoundingClientRect();
    const width = Math.round(box.width);
    if (width < 100) return;
    document.cookie = `${data.cookie}=${width}; path=/; max-age=31536000; SameSite=Lax`;
    const height = Math.round(box.height);
    if (chart && sentHeight && height >= 100) {
      document.cookie = `${data.heightCookie}=${height}; path=/; max-age=31536000; SameSite=Lax`;
    }
    if (chart && sentHeight && height >= 100 && Math.abs(height - sentHeight) > 4) {
      sentHeight = height;
      setStateValue("height", height);
    }
    if (Math.abs(width - sent) > 4) {
      sent = width;
      setStateValue("width", width);
    }
  };
  const observer = new ResizeObserver(() => { clearTimeout(timer); timer = setTimeout(report, 250); });
  observer.observe(column);
  report();
  return () => { observer.disconnect(); clearTimeout(timer); };
}
"""

_component = st.components.v2.component("atlas_map_width", js=_JS, isolate_styles=False)


def _bounded(value: object) -> int | None:
    text = str(value) if isinstance(value, int | str) else ""
    if not _NUMBER.fullmatch(text):
        return None
    return min(max(int(text), MIN_WIDTH), MAX_WIDTH)


def _reported(key: str, name: str) -> int | None:
    state = st.session_state.get(f"{key}_width_state")
    return _bounded(getattr(state, name, None)) if state is not None else None


def reported_height(key: str) -> int | None:
    """The map's height in pixels as the browser reported it (see `measured`), else as it reported
    it on the last visit, if it did."""
    return _reported(key, "height") or _bounded(st.context.cookies.get(f"atlas_height_{key}"))


def _known(key: str) -> int | None:
    return _reported(key, "width") or _bounded(st.context.cookies.get(f"atlas_width_{key}"))


def known(key: str, default: int) -> int:
    """The width as far as the server knows now, without drawing the probe: what the browser
    reported, else what it reported on the last visit, else `default`."""
    return _known(key) or default


def told(key: str) -> bool:
    """The browser has reported the width or remembered it from a visit before, or there is no
    browser to ask (no request headers, as in a test run)."""
    return _known(key) is not None or not st.context.headers


def measured(key: str, default: int, *, height: int | None = None) -> int:
    """The width of the map in this column (call it in the map's column, before the map): what
    the browser reported, else what it reported on the last visit, else `default`.

    With `height` (the map's height the server assumes), the browser also reports the height the
    map really has when it differs (`reported_height`)."""
    cookie = f"atlas_width_{key}"
    remembered = _known(key)
    width = remembered or default
    with st.container(key=f"{key}_width_box"):
        # A guessed width goes as 0, so the browser reports its width even when the guess was right.
        result = _component(key=f"{key}_width_state", data={"width": remembered or 0, "height": height,
                                                           "cookie": cookie, "heightCookie": f"atlas_height_{key}"},
                            on_width_change=lambda: None, on_height_change=lambda: None)
    return _bounded(getattr(result, "width", None)) or width
