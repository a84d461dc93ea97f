"""The look of the Tour page: a large record card, and a presentation mode for the back of a room."""

from __future__ import annotations

import streamlit as st

from ui.map import city_labels
from ui.map.deck import LABEL_SIZE, layer_kind
from ui.shell.layout import map_height_css

_MAP = '[data-testid="stElementContainer"]:has([data-testid="stDeckGlJsonChart"])'
_CARD_CSS = (
    "<style>"
    ".tour-card{border-left:6px solid var(--tour-accent);padding:.4rem 0 .4rem 1rem}"
    ".st-key-tour_enter{display:none}"  # F5 presses it (keyboard_steps)
    # on a phone the step buttons stay in one row above the map (Streamlit stacks columns there)
    "@media (max-width:640px){.st-key-tour_steps [data-testid=stHorizontalBlock]{flex-wrap:nowrap;gap:.3rem}"
    ".st-key-tour_steps [data-testid=stColumn]{min-width:0!important;width:auto!important;flex:1 1 0!important}"
    ".st-key-tour_steps [data-testid=stColumn]:nth-child(3){flex:2 1 0!important}"
    ".st-key-tour_steps [data-testid=stColumn]:nth-child(1),.st-key-tour_steps [data-testid=stColumn]:nth-child(5)"
    "{flex:.7 1 0!important}.st-key-tour_steps button{padding:0 .2rem;min-height:2.2rem}"
    ".st-key-tour_steps .tour-position{font-size:.8rem;white-space:normal;line-height:1.2}"
    # ... the step's map, low enough that its card starts on the first screen too (the card came
    # first and its map more than a screen down), and the settings after both (they filled it)
    "}" + "@media (max-width:640px){" + map_height_css(f".st-key-tour_stage {_MAP}", "max(260px,38vh)")
    + ".st-key-tour_settings,[data-testid=stLayoutWrapper]:has(>.st-key-tour_settings){order:1}}"
    # the story's name and the step, on one line (the name cut short before the step wraps)
    ".tour-position{text-align:center;font-weight:600;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}"
    ".tour-card .kind{font-size:.95rem;font-weight:700;letter-spacing:.02em;color:var(--tour-accent)}"
    ".tour-card h2{font-size:1.9rem;line-height:1.25;margin:.2rem 0 .4rem 0;padding:0}"
    # Korean wraps between words, not inside one ('스마트시 / 티' in a narrow card)
    ".tour-card h2,.tour-card .route,.tour-card p{word-break:keep-all;overflow-wrap:anywhere}"
    ".tour-card .when{font-size:1.05rem;opacity:.8;margin-bottom:.6rem}"
    ".tour-card .route{font-size:1.25rem;font-weight:600;margin-bottom:.8rem}"
    ".tour-card .label{font-size:.8rem;text-transform:uppercase;opacity:.65;margin-top:.6rem}"
    ".tour-card p{font-size:1.1rem;line-height:1.5;margin:.2rem 0}"
    ".tour-card blockquote{font-size:1.05rem;line-height:1.55;margin:.3rem 0;padding-left:.8rem;"
    "border-left:3px solid rgba(128,128,128,.45);font-style:italic}"
    ".tour-card .src{font-size:.85rem;opacity:.7;margin-top:.6rem}"
    "</style>"
)

MAP_CLEARANCE = 146  # pixels of the screen's height above the map (126) and below it (its padding) in presentation look

# Presentation mode: no sidebar, no header chrome, no controls (keys step through), bigger type.
_PRESENT_CSS = (
    "<style>"
    '[data-testid="stSidebar"],[data-testid="stSidebarCollapsedControl"],'
    '[data-testid="stHeader"],[data-testid="stToolbar"],.st-key-tour_settings,.st-key-tour_exit,'
    # (the map's fullscreen button, shown under the pointer, covered the step line's end)
    '[data-testid="stElementToolbar"],'
    ".st-key-tour_first,.st-key-tour_prev,.st-key-tour_next,.st-key-tour_last{display:none!important}"
    '[data-testid="stMainBlockContainer"]{padding:.6rem 2rem .6rem 2rem!important}'
    '[data-testid="stMain"] h1{font-size:2rem;padding:.2rem 0 .2rem 0}'
    '[data-testid="stMainBlockContainer"] [data-testid="stVerticalBlock"]{gap:.5rem}'
    "html{font-size:20px}"
    # (a click on the slide, to be sure the window has the keys, left a focus frame round it)
    '[data-testid="stMain"]::before{box-shadow:none!important}'
    # Sized by the screen's width, then shrunk (--fit, set by _FIT_JS) until the whole card fits
    # beside the map: a long story on a 1280x720 projector shows to its source line.
    # The story and its quote give way first (--fit-body), the heading and route only after.
    ".tour-card{--present:1}"
    ".tour-card h2{font-size:calc(clamp(1.6rem,2.8vw,2.6rem) * var(--fit,1))}"
    ".tour-card .route{font-size:calc(clamp(1.2rem,1.7vw,1.6rem) * var(--fit,1))}"
    ".tour-card .when{font-size:calc(1.05rem * var(--fit,1))}.tour-card .kind{font-size:calc(.95rem * var(--fit,1))}"
    ".tour-card p,.tour-card blockquote{font-size:calc(clamp(1.1rem,1.4vw,1.35rem) * var(--fit-body,1))}"
    ".tour-card .label,.tour-card .src{font-size:calc(.85rem * var(--fit-body,1))}"
    # A story too long for the slide gives up its quote, then all but its first lines, before its
    # type shrinks past the back of a room's reach (_FIT_JS)
    ".tour-card.fit-no-quote blockquote,.tour-card.fit-no-quote .label.quote{display:none}"
    ".tour-card.fit-clamp p{display:-webkit-box;-webkit-line-clamp:4;-webkit-box-orient:vertical;overflow:hidden}"
    # The map takes the screen's height below the title and the step counter (its top is 126 px
    # down): 574 px on a 1280x720 projector, 934 px at 1920x1080 (ui.screens.tour.present_height
    # says what the camera frames for).
    # On a phone the card comes under the map: the map takes two fifths of the screen.
    + map_height_css(_MAP, f"max(320px,calc(100vh - {MAP_CLEARANCE}px))")
    + "@media (max-width:640px){" + map_height_css(_MAP, "max(260px,38vh)")
    # ... and a phone, with no keys to press, keeps the back and next buttons (the step line sits
    # between them, not over the card)
    + ".st-key-tour_prev,.st-key-tour_next{display:block!important}"
    # (the columns of the hidden |◀ and ▶| give their room to ◀ Previous and Next ▶, cut short before)
    ".st-key-tour_steps [data-testid=stColumn]:has(.st-key-tour_first),"
    ".st-key-tour_steps [data-testid=stColumn]:has(.st-key-tour_last){display:none}"
    ".st-key-tour_steps [data-testid=stColumn]:nth-child(3){flex:1 1 0!important}"
    ".st-key-tour_prev button,.st-key-tour_next button{font-size:.7rem;padding:0 .1rem}}"
    # ... and so does a tablet, with the ✕ that leaves the look (no keys, no pointer to hover with)
    "@media (pointer:coarse){.st-key-tour_prev,.st-key-tour_next,.st-key-tour_exit{display:block!important}}"
    "</style>"
)


# Keys that step through the tour, as clickers send them: they press the page's own buttons, so
# a key does exactly what a click does. F5 (a clicker's "start slideshow", as in slide software)
# turns the presentation look on: no mouse needed from a shared link to the first slide. Not
# while typing in a field. Static script, no data.
# Presses that come while the app is still running the last step wait their turn: two presses
# of one button in one run would count once (Streamlit folds them into one rerun). While software
# WebGL draws a big map the page's thread stalls for seconds, and a press then now and then starts
# no run: a step key that moved nothing while the page stayed idle is pressed again.
_KEYS_JS = """<script>
(() => {
  if (window.atlasTourKeys) return;
  window.atlasTourKeys = true;
  const keys = {ArrowRight: "tour_next", PageDown: "tour_next", " ": "tour_next", ArrowDown: "tour_next",
                ArrowLeft: "tour_prev", PageUp: "tour_prev", ArrowUp: "tour_prev",
                Home: "tour_first", End: "tour_last", Escape: "tour_exit", F5: "tour_enter"};
  const queue = [];
  let last = null;  // the last press sent: {key, quiet, search, tries}; null once its run has begun
  const app = () => document.querySelector('[data-testid="stApp"]');
  const idle = () => app()?.dataset.testScriptState === "notRunning";
  const watch = () => {
    const el = app();
    if (!el) return setTimeout(watch, 200);
    new MutationObserver(() => { if (!idle()) last = null; })
      .observe(el, {attributes: true, attributeFilter: ["data-test-script-state"]});
  };
  watch();
  const button = (key) => document.querySelector(".st-key-" + key + " button");
  const RETRIED = new Set(["tour_next", "tour_prev", "tour_first", "tour_last"]);  // not the Esc toggle
  const pump = () => {
    if (last && location.search !== last.search) last = null;  // its run has moved the tour
    // A press that started no run is pressed again (twice at most), after 40 checks that each
    // found the app idle: checks run only while the page is responsive, so a page stalled by
    // drawing the map does not count as a press gone unanswered.
    if (last && idle()) last.quiet += 1;
    if (last && last.quiet > 40) {
      if (last.tries < 3 && RETRIED.has(last.key)) queue.unshift({key: last.key, at: Date.now(), tries: last.tries});
      last = null;
    }
    while (queue.length && Date.now() - queue[0].at > 60000) queue.shift();  // stale: forget it
    if (!queue.length && !last) return;
    const b = queue.length && button(queue[0].key);
    if (!last && idle() && b && b.disabled) { queue.shift(); setTimeout(pump, 50); return; }  // at an end
    // its button gone from the settled page (a second F5 once presenting): dropped, not waited for
    if (!last && idle() && !b && (queue[0].missing = (queue[0].missing || 0) + 1) > 10) {
      queue.shift(); setTimeout(pump, 50); return;
    }
    if (last || !idle() || !b) { setTimeout(pump, 50); return; }
    const press = queue.shift();
    last = {key: press.key, quiet: 0, search: location.search, tries: (press.tries || 0) + 1};
    b.click();
    setTimeout(pump, 50);
  };
  document.addEventListener("keydown", (e) => {
    const key = keys[e.key];
    if (!key || e.altKey || e.ctrlKey || e.metaKey) return;
    // Not while typing; but the tour's own settings, once a tour is chosen and their list closed,
    // keep the focus without being typed in: the step keys still step (not Space or ↑ ↓: those
    // open the list).
    const closedSetting = e.target.closest && e.target.closest(".st-key-tour_settings")
      && e.target.getAttribute("aria-expanded") !== "true" && !["ArrowUp", "ArrowDown", " "].includes(e.key);
    // ... and so does a switch just clicked (the language or the theme): its arrows would change it
    // back and forth, not the step (Space still toggles it)
    const choice = e.target.matches && e.target.matches("input[type=radio],input[type=checkbox]") && e.key !== " ";
    if (!closedSetting && !choice && e.target.closest
        && e.target.closest("input,textarea,select,[contenteditable=true],[role=slider]")) return;
    if (!document.querySelector(".st-key-tour_next, .st-key-tour_exit")) return;  // not on the Tour page
    // F5 while presenting reloads as it would; Esc while not presenting is the browser's
    if ((key === "tour_enter" || key === "tour_exit") && !button(key)) return;
    e.preventDefault();
    e.stopPropagation();
    if (queue.length < 20) queue.push({key, at: Date.now()});
    if (queue.length === 1) pump();
  }, true);
})();
</script>"""


# In presentation look, the card beside the map shrinks its type step by step until all of it fits
# the screen's height (never below FIT_FLOOR of its size); under the map (a phone) it scrolls as
# usual. Static script, no data: it reads the card's size and sets one CSS variable.
FIT_FLOOR = 0.5
BODY_FLOOR = 0.75  # the story shrinks this far before the heading does
_FIT_JS = """<script>
(() => {
  if (window.atlasTourFit) return;
  window.atlasTourFit = true;
  let pending = false;
  const fit = () => {
    pending = false;
    const card = document.querySelector(".tour-card");
    if (!card) return;
    card.style.setProperty("--fit", "1");
    card.style.setProperty("--fit-body", "1");
    card.classList.remove("fit-no-quote", "fit-clamp");
    const presenting = getComputedStyle(card).getPropertyValue("--present").trim() === "1";
    const top = card.getBoundingClientRect().top + window.scrollY;
    if (!presenting || top > window.innerHeight / 2) return;  // not presenting, or under the map
    const room = window.innerHeight - top - 8;
    for (let scale = 0.95; card.scrollHeight > room && scale >= 0.9; scale -= 0.05) {
      card.style.setProperty("--fit-body", scale.toFixed(2));  // the story a little first
    }
    for (const cut of ["fit-no-quote", "fit-clamp"]) {  // then its quote, then all but its first lines
      if (card.scrollHeight > room) card.classList.add(cut);
    }
    for (let scale = 0.85; card.scrollHeight > room && scale >= BODY; scale -= 0.05) {
      card.style.setProperty("--fit-body", scale.toFixed(2));  // the story first
    }
    for (let scale = 0.95; card.scrollHeight > room && scale >= FLOOR; scale -= 0.05) {
      card.style.setProperty("--fit", scale.toFixed(2));  // then the heading, and the story with it
      card.style.setProperty("--fit-body", (Math.min(scale, BODY)).toFixed(2));
    }
  };
  const later = () => { if (!pending) { pending = true; requestAnimationFrame(fit); } };
  new MutationObserver(later).observe(document.body, {childList: true, subtree: true, characterData: true});
  window.addEventListener("resize", later);
  later();
})();
</script>""".replace("FLOOR", str(FIT_FLOOR)).replace("BODY", str(BODY_FLOOR))


def keyboard_steps() -> None:
    """Let → ← PageDown PageUp Space Home End step through the tour, F5 start the presentation look
    and Esc leave it."""
    st.html(_KEYS_JS, unsafe_allow_javascript=True)


def card_style() -> None:
    """The record card's style (static CSS, no data)."""
    st.html(_CARD_CSS)


def presentation_style(on: bool) -> None:
    """Hide the sidebar and enlarge the type when `on`; the card's type then fits the screen."""
    if on:
        st.html(_PRESENT_CSS)
        st.html(_FIT_JS, unsafe_allow_javascript=True)


# how much larger a step's labels and lit arcs are drawn in the presentation look: read from the
# back of a room on a projector or a 1920-pixel screen, like the card beside them
ROOM_SCALE = 1.5


def for_the_room(built):
    """A step's deck (its own copy) restyled for the presentation look: place labels and the lit
    arcs larger, the basemap's own city names left out (they crowd the step's places)."""
    for layer in built.layers:
        kind = layer_kind(layer.id)
        if kind == "labels":
            layer.get_size = round(LABEL_SIZE * ROOM_SCALE)
        elif kind == "focus-arcs":
            layer.get_width = f"(w + 5) * {ROOM_SCALE}"
        elif kind == city_labels.CITY_NAMES_LAYER:
            layer.visible = False
    return built
