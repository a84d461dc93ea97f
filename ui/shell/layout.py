"""Page chrome shared by the pages: tighter margins so the map gets the room."""

from __future__ import annotations

import streamlit as st


def map_height_css(scope: str, height: str) -> str:
    """A CSS rule that gives the map in `scope` (a selector) the CSS `height`, over the height its
    element was drawn with (the element keeps it, so Streamlit does not redraw the map)."""
    parts = ("", ' [data-testid="stFullScreenFrame"]', ' [data-testid="stDeckGlJsonChart"]',
             ' [data-testid="stDeckGlJsonChart"]>div')
    # The element's container is a flex item sized by flex-basis, not by its height.
    return ",".join(scope + part for part in parts) + f"{{height:{height}!important;flex-basis:auto!important}}"


# The row of headline numbers (columns holding metrics, with no row of columns inside).
_NUMBERS_ROW = ('[data-testid="stHorizontalBlock"]:has(>[data-testid="stColumn"] [data-testid="stMetric"])'
                ':not(:has([data-testid="stHorizontalBlock"]))')
SHORT_SCREEN = 820  # pixels of height: up to this, the page is laid out for a short screen

_CSS = (
    "<style>"
    '[data-testid="stMainBlockContainer"]{padding:2.2rem 2.2rem 3rem 2.2rem;max-width:none}'
    # The map's corners are rounded on its canvas, not by clipping its box: a tooltip near the
    # map's edge reaches past it instead of being cut off.
    ".st-key-map canvas{border-radius:8px}"
    '[data-testid="stDeckGlJsonChart"] div:has(.deck-tooltip){overflow:visible!important}'
    # (the map's own toolbar stays hidden, as its box clipped it before)
    '.st-key-map [data-testid="stElementToolbar"]{display:none}'
    # The map's width probe (ui/map/map_width.py) and the sign-in cookie's writer take no room.
    # the shared link's text keeps clear of its copy button (ui/shell/share.py)
    '[class*="st-key-share_link"] pre{padding-right:2.8rem!important}'
    '[class*="_width_box"],[class*="_hidden_box"]{position:absolute;width:0;height:0;overflow:hidden;visibility:hidden}'
    '[data-testid="stMetricValue"]{font-size:1.85rem}'
    # Korean breaks between words, not inside them (사무국, not 사/무국): headings, the panels' record
    # titles (bold) and text, the Tour card. Only Hangul and CJK are affected; an over-long word
    # (a file name, a URL) still wraps rather than running out of its column.
    ':is([data-testid="stMain"],[data-testid="stSidebar"]) :is(h1,h2,h3,h4,h5,h6,p,li,strong,label,summary),'
    ".tour-card{word-break:keep-all;overflow-wrap:break-word}"
    # a table row's evidence in the place panel: its long values (a source's web address) wrap
    # instead of widening the table past the panel and cutting every value off
    # (a column's name breaks only after its underscores: ui.map.cards)
    '[data-testid="stExpander"] [data-testid="stTable"] :is(td,th),'
    '[data-testid="stExpander"] [data-testid="stTable"] :is(td,th) p{white-space:normal;overflow-wrap:anywhere}'
    '[data-testid="stExpander"] [data-testid="stTable"] th p{overflow-wrap:normal}'
    # Laptops and projectors (up to 1440 px wide, sidebar open): smaller heading and numbers, so
    # the title stays on one line and "2014–2024" is not cut.
    "@media (max-width:1440px){"
    '[data-testid="stMainBlockContainer"]{padding:2.2rem 1.4rem 2rem 1.4rem}'
    '[data-testid="stMain"] h1{font-size:2.1rem}'
    '[data-testid="stMetricValue"]{font-size:1.15rem}'
    '[data-testid="stMetricLabel"] p{font-size:0.8rem}'
    "}"
    # Phones: headline numbers two by two (four rows of them pushed the map off the first screen).
    "@media (max-width:640px){"
    + _NUMBERS_ROW +
    "{flex-flow:row wrap!important;row-gap:.4rem}"
    + _NUMBERS_ROW + '>[data-testid="stColumn"]'
    "{flex:1 1 40%!important;min-width:40%!important;width:auto!important}"
    "}"
    # Short screens (a 1280x720 laptop or projector): the Map page's map lower (500 px down to 420
    # at 720) and less room under the title, so the legend is read without scrolling. The browser
    # reports the map's height and the camera frames for it (ui.map.framing.framed_height).
    f"@media (max-height:{SHORT_SCREEN}px) and (min-width:641px){{"
    '[data-testid="stMain"] h1{padding-bottom:.3rem}'
    + map_height_css(".st-key-map", "clamp(360px,calc(100vh - 300px),500px)") +
    "}"
    "</style>"
)


# On a phone (under 640 px wide): the sidebar, open over the page, closes once a page link in it is
# followed or a language chosen; and a place or pair chosen on the map scrolls its panel
# (`.st-key-atlas_panel`, under the map there) into view, once per choice. On every screen, the
# shared link's box is scrolled into view when it appears at the foot of the sidebar. Static
# script, no data.
PHONE_WIDTH = 640
_PHONE_JS = """<script>
(() => {
  if (window.atlasPhone) return;
  window.atlasPhone = true;
  const phone = () => window.innerWidth < WIDTH;
  document.addEventListener("click", (e) => {
    const link = e.target.closest && (e.target.closest('[data-testid="stSidebar"] a')
      || e.target.closest('[data-testid="stSidebar"] .st-key-lang label'));  // (or a language chosen)
    if (!link || !phone()) return;
    setTimeout(() => document.querySelector(
      '[data-testid="stSidebar"] [data-testid="stBaseButton-headerNoPadding"]')?.click(), 150);
  }, true);
  const chosen = () => {
    const q = new URLSearchParams(location.search);
    return (q.get("place") || "") + "|" + (q.get("pair") || "");
  };
  let shown = chosen();
  let pending = false;
  const follow = () => {
    pending = false;
    const now = chosen();
    const panel = document.querySelector(".st-key-atlas_panel");
    if (now === shown) {
      // A run that ends after (the map drawn again above the panel) can push the panel away
      // again: until the reader scrolls or touches the page (or for 30 s on a slow phone), each
      // finished run brings it back into view.
      const state = document.querySelector('[data-testid="stApp"]')?.dataset.testScriptState;
      if (panel && Date.now() < settleUntil && state === "notRunning" && wasRunning) {
        const top = panel.getBoundingClientRect().top;
        if (top < 0 || top > window.innerHeight / 3) panel.scrollIntoView({block: "start"});
      }
      wasRunning = state !== "notRunning";
      return;
    }
    if (now === "|" || !phone()) { shown = now; return; }
    if (!panel || !panel.querySelector("h3")) return;  // its run has not drawn it yet
    shown = now;
    settleUntil = Date.now() + 30000;
    panel.scrollIntoView({behavior: "smooth", block: "start"});
    // ... and, should the page settle with the panel pushed away and no run left to end (the map
    // drawn again while it scrolled), a check every 0.7 s brings it back, until the reader acts
    clearInterval(keeping);
    keeping = setInterval(() => {
      if (Date.now() > settleUntil) return clearInterval(keeping);
      const state = document.querySelector('[data-testid="stApp"]')?.dataset.testScriptState;
      const box = document.querySelector(".st-key-atlas_panel");
      if (state !== "notRunning" || !box) return;
      const top = box.getBoundingClientRect().top;
      if (top < 0 || top > window.innerHeight / 3) box.scrollIntoView({block: "start"});
    }, 700);
  };
  let keeping = 0;
  let settleUntil = 0, wasRunning = false;
  const release = () => { settleUntil = 0; };
  for (const kind of ["wheel", "touchstart", "keydown", "mousedown"])
    document.addEventListener(kind, release, {capture: true, passive: true});
  const linkShown = new WeakSet();  // links' boxes brought into view once (ui/shell/share.py), every screen
  const showLink = () => {
    const code = [...document.querySelectorAll('[class*="st-key-share_link"] pre')].find((c) => !linkShown.has(c));
    if (code) {
      linkShown.add(code);
      requestAnimationFrame(() => code.scrollIntoView({block: "nearest"}));
    }
  };
  new MutationObserver(() => { showLink(); if (!pending) { pending = true; setTimeout(follow, 200); } })
    .observe(document.body, {childList: true, subtree: true});
})();
</script>""".replace("WIDTH", str(PHONE_WIDTH))


def page_style() -> None:
    """Apply the shared page style and the phone's conveniences (static CSS and script, no data)."""
    st.html(_CSS + _PHONE_JS, unsafe_allow_javascript=True)
