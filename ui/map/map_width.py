"""The width the map really has in the browser, so the server frames it for that width.

A script-only component sits, hidden, in the map's column: it reports the column's width in
pixels when it differs from the width the server used (first visit, a resized window, the
presentation look hiding the sidebar), which reruns the page once. A cookie keeps the width, so
the next visit from the same browser frames right from its first run. The script is static (no
data goes into it); the width comes back as a number and is bounded here.
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
  let sent = data.width, timer = null;
  const report = () => {
    const chart = column.querySelector('[data-testid="stDeckGlJsonChart"]');
    const width = Math.round((chart || column).getBoundingClientRect().width);
    if (width < 100) return;
    document.cookie = `${data.cookie}=${width}; path=/; max-age=31536000; SameSite=Lax`;
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


def _known(key: str) -> int | None:
    state = st.session_state.get(f"{key}_width_state")
    reported = _bounded(getattr(state, "width", None)) if state is not None else None
    return reported or _bounded(st.context.cookies.get(f"atlas_width_{key}"))


def known(key: str, default: int) -> int:
    """The width as far as the server knows now, without drawing the probe: what the browser
    reported, else what it reported on the last visit, else `default`."""
    return _known(key) or default


def told(key: str) -> bool:
    """The browser has reported the width or remembered it from a visit before, or there is no
    browser to ask (no request headers, as in a test run)."""
    return _known(key) is not None or not st.context.headers


def measured(key: str, default: int) -> int:
    """The width of the map in this column (call it in the map's column, before the map): what
    the browser reported, else what it reported on the last visit, else `default`."""
    cookie = f"atlas_width_{key}"
    remembered = _known(key)
    width = remembered or default
    with st.container(key=f"{key}_width_box"):
        # A guessed width goes as 0, so the browser reports its width even when the guess was right.
        result = _component(key=f"{key}_width_state", data={"width": remembered or 0, "cookie": cookie},
                            on_width_change=lambda: None)
    return _bounded(getattr(result, "width", None)) or width
