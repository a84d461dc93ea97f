"""The Tour page's settings row and the tour's place in it, kept in the URL: the scope, the story,
the presentation look, autoplay and the step."""

from __future__ import annotations

import time

import streamlit as st

from partnerships import params
from partnerships import tour as tours
from partnerships.query import Filters
from ui.map.export_names import describe
from ui.screens import tour_builder
from ui.shell import data, i18n
from ui.shell import params as url_params
from ui.shell.page import PageContext
from ui.shell.relabel import relabel_on_switch

STEP, ORDER, SCOPE, PRESENT, PLAY, EVERY = "step", "tour", "scope", "present", "play", "every"
SWITCH = "present_switch"  # the presentation toggle's key, numbered (see `_present_switch`)
LAST = "tour_last_advance"
LANG_SEEN = "tour_settings_lang"  # (ui.shell.relabel)
SHOWN = "tour_settings_shown"  # the scope and story the settings row last showed
SETTINGS_KEY = "tour_settings"
EVERY_MIN, EVERY_MAX = 3, 60  # seconds per step in autoplay
MAX_STEP = 1_000_000
SCOPES = ("all", "filtered")


def scope_filters(ctx: PageContext) -> Filters:
    """The records the tour runs through: all published ones, or those passing the sidebar filters
    (a tour of one's own: the records picked, whatever the filters)."""
    own = st.session_state.get(ORDER) == tour_builder.OWN
    return Filters() if st.session_state[SCOPE] == "all" or own else ctx.filters


def picking_filters(ctx: PageContext) -> Filters:
    """The records a tour of one's own is picked from: the scope the settings row shows."""
    return Filters() if st.session_state[SCOPE] == "all" else ctx.filters


def asked(chosen: tours.Tour | None, so_far: list[str] | None = None) -> dict:
    """The database question for a tour: a story told by filters, a saved list of ids, or time order.
    With `so_far` (the steps up to this one), a saved list asks only for those: a tour in its own
    order draws the steps told so far, not the ones to come."""
    if chosen is None:
        return {}
    if chosen.filters:
        return {"story": chosen.filters}
    return {"records": tuple(so_far) if so_far is not None else chosen.records}


_PARSERS = {
    STEP: lambda raw: params.integer(raw, lo=1, hi=MAX_STEP),
    EVERY: lambda raw: params.integer(raw, lo=EVERY_MIN, hi=EVERY_MAX),
    PRESENT: params.flag,
    PLAY: params.flag,
    SCOPE: lambda raw: params.choice(raw, SCOPES),
    ORDER: params.identifier,
}


def _seed_from_url(keys_defaults: dict[str, object]) -> None:
    """Give each control without state its value from the URL (first run of the page)."""
    for key, default in keys_defaults.items():
        if key in st.session_state:
            st.session_state[key] = st.session_state[key]  # claimed again after a page switch
            continue
        value = url_params.read(key, _PARSERS[key])
        st.session_state[key] = default if value is None else value


def write_url(defaults: dict[str, object]) -> None:
    for key, default in defaults.items():
        value = st.session_state.get(key, default)
        text = ("1" if value else "0") if isinstance(value, bool) else str(value)
        if value == default:
            st.query_params.pop(key, None)
        elif st.query_params.get(key) != text:
            st.query_params[key] = text


def from_the_map(filters: Filters, saved: tours.ToursResult) -> tuple[str, str]:
    """The scope and story a tour starts with: what the map shows. With filters set (a country
    chosen on the map: '?country=JP'), those records, as the saved story told by the same filters
    when there is one ('Korea and Japan'); with none, every record oldest first."""
    asked = filters.to_params()
    if not asked:
        return "all", tours.TIME_ORDER
    story = next((k for k, v in saved.tours.items()
                  if v.filters and Filters.from_params(dict(v.filters)).to_params() == asked), None)
    return ("all", story) if story else ("filtered", tours.TIME_ORDER)


def story_name(saved: tours.ToursResult, ctx: PageContext) -> str:
    """The name of the tour being shown ('Korea and Japan', 'Oldest first'; the map's filters, when
    the tour shows them: 'Viet Nam · Oldest first')."""
    lang = ctx.lang
    if (chosen := st.session_state.get(ORDER, tours.TIME_ORDER)) in saved.tours:
        return _story_label(saved, chosen, lang)
    order = i18n.t("tour_order_time", lang)
    filtered = st.session_state.get(SCOPE) == "filtered"
    shown = describe(ctx.filters, lang, ctx.place_label, labels=False) if filtered else ""
    return f"{shown} · {order}" if shown else order


def controls(ctx: PageContext, saved: tours.ToursResult) -> tuple[list[str], dict[str, object]]:
    """The tour's settings row; returns the ordered record ids and the settings' defaults."""
    lang = ctx.lang
    scope, order = from_the_map(ctx.filters, saved)
    order = tour_builder.OWN if tour_builder.OWN in saved.tours else order  # a link with picked steps
    defaults: dict[str, object] = {SCOPE: scope, ORDER: order, PRESENT: False, PLAY: False, EVERY: 8, STEP: 1}
    _seed_from_url(defaults)
    relabel_on_switch(LANG_SEEN, {SCOPE: _scope_label, ORDER: lambda k, lg: _story_label(saved, k, lg)}, lang)
    if st.session_state[ORDER] not in (tours.TIME_ORDER, *saved.tours):
        if st.query_params.get(ORDER) == st.session_state[ORDER]:
            url_params.ignored(ORDER)  # a linked story no saved tour has: said, then time order
        st.session_state[ORDER] = tours.TIME_ORDER
    st.session_state[SHOWN] = {SCOPE: st.session_state[SCOPE], ORDER: st.session_state[ORDER]}
    names = {k: _story_label(saved, k, lang) for k in (tours.TIME_ORDER, *saved.tours)}
    # In a keyed container, so the presentation look can hide the whole row.
    a, b, c, d, e = st.container(key=SETTINGS_KEY).columns([2, 3, 3, 2, 2], vertical_alignment="bottom")
    # another story, or another scope, starts at its first step
    a.radio(i18n.t("tour_scope", lang), list(SCOPES), key=SCOPE, horizontal=True,
            format_func=lambda s: _scope_label(s, lang), on_change=_chose, args=(SCOPE, SCOPES))
    b.selectbox(i18n.t("tour_order", lang), list(names), key=ORDER, format_func=names.__getitem__,
                on_change=_chose, args=(ORDER, tuple(names)))
    _present_switch(c, lang)
    d.toggle(i18n.t("tour_play", lang), key=PLAY, on_change=_restart_clock)
    e.number_input(i18n.t("tour_every", lang), min_value=EVERY_MIN, max_value=EVERY_MAX, step=1, key=EVERY)
    chosen = saved.tours.get(st.session_state[ORDER])
    return data.tour_ids(scope_filters(ctx), **asked(chosen)), defaults


def _scope_label(scope: str, lang: str) -> str:
    return i18n.t(f"tour_scope_{scope}", lang)


def _story_label(saved: tours.ToursResult, order: str, lang: str) -> str:
    """The name the story picker shows for `order` in `lang`."""
    if (chosen := saved.tours.get(order)) is None:
        return i18n.t("tour_order_time", lang)
    if order == tour_builder.OWN:
        return i18n.t("tour_own_title", lang, n=len(chosen.records))
    return chosen.title_ko if lang == "ko" else chosen.title_en


def _chose(key: str, known: tuple[str, ...]) -> None:
    """Another story or scope starts at its first step. Not a value the browser sent back as the
    other language's label (a run it asked for before the switched page reached it: read back by
    `relabel_on_switch`), nor the value the page last showed, which the browser sends once it has
    the switched page (the cut-short run left the label as the widget's last value): no change."""
    value = st.session_state.get(key)
    if value in known and value != (st.session_state.get(SHOWN) or {}).get(key):
        go(1)


def _restart_clock() -> None:
    st.session_state[LAST] = time.time()


def move(delta: int, n: int) -> None:
    """One step on or back, stopping at the ends (a press too many on stage must not show the
    last step; autoplay alone goes round)."""
    st.session_state[STEP] = max(1, min(n, st.session_state.get(STEP, 1) + delta))
    _restart_clock()


def go(step: int) -> None:
    st.session_state[STEP] = step
    _restart_clock()


def switch_key(state=None) -> str:
    """The presentation toggle's key in this session (`state`: its session state, by default the
    running page's)."""
    state = st.session_state if state is None else state
    return f"{SWITCH}_{state.get(SWITCH, 0)}"


def _present_switch(column, lang: str) -> None:
    """The presentation toggle. Its state is not the page's: `PRESENT` is set only by its change
    and by Esc, and Esc gives the toggle a new key. A rerun the browser sent before Esc's answer
    reached it (the map reporting its width as the look changes), or any later run while the
    browser still holds it, can carry the old toggle still on. Streamlit still calls that old
    toggle's `on_change`, so `_switched` heeds only the toggle drawn now: the old one cannot turn
    the presentation back on."""
    key = switch_key()
    column.toggle(i18n.t("tour_present", lang), value=bool(st.session_state[PRESENT]), key=key,
                  on_change=_switched, args=(key,), help=i18n.t("tour_present_help", lang))


def _switched(key: str) -> None:
    if key == switch_key():  # (an old toggle's value: see `_present_switch`)
        st.session_state[PRESENT] = bool(st.session_state[key])


def enter_presentation() -> None:
    st.session_state[PRESENT] = True
    st.session_state[SWITCH] = st.session_state.get(SWITCH, 0) + 1  # the toggle drawn anew, on


def leave_presentation() -> None:
    st.session_state[PRESENT] = False
    st.session_state[SWITCH] = st.session_state.get(SWITCH, 0) + 1


def advance_if_due(n: int, every: float, *, now: float | None = None) -> bool:
    """In autoplay, move one step when `every` seconds have passed since the last move."""
    now = time.time() if now is None else now
    last = st.session_state.setdefault(LAST, now)
    if not st.session_state.get(PLAY) or n == 0 or now - last < every - 0.25:
        return False
    st.session_state[STEP] = tours.next_step(st.session_state.get(STEP, 1), n)
    st.session_state[LAST] = now
    return True


