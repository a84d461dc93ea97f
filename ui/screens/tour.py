"""The Tour page's pieces: tour choice and position (kept in the URL), the stage, the record card."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st

from geo.files import json_files
from geo.mercator import frame_view, within_world, world_zoom
from partnerships import store
from partnerships import tour as tours
from partnerships.tables.rows import parse_row_line
from ui.map import deck, framing, kept_deck
from ui.map.cards import source_handle, web_host
from ui.map.palette import css, type_colour
from ui.screens import tour_builder
from ui.screens.presentation import card_style, for_the_room, keyboard_steps, presentation_style
from ui.screens.tour_settings import (
    EVERY,
    ORDER,
    PLAY,
    PRESENT,
    STEP,
    advance_if_due,
    asked,
    controls,
    enter_presentation,
    go,
    leave_presentation,
    move,
    picking_filters,
    scope_filters,
    story_name,
    write_url,
)
from ui.shell import auth, data, i18n, theme
from ui.shell import params as url_params
from ui.shell.markup import html_escape, md_escape
from ui.shell.page import PageContext

MAP_KEY = "tour_map"
PAST_END = "tour_step_past_end"  # the last step, when a link asked for one past it
STAGE_KEY = "tour_stage"  # the map and the card: the card first on a phone (ui.screens.presentation)
STEPS_KEY = "tour_steps"  # the row of step buttons: kept in one row on a phone (ui.screens.presentation)
PHONE_FRAMED = 260  # the height a phone's map is framed for: 38% of a 667-844 px screen, a little under
PRESENT_MAP_HEIGHT = 500  # the map element's own height in presentation look (the style makes it the screen's)
PRESENT_FRAMED = 0.75  # presenting, the camera frames for a map this many times as high as it is wide:
# under the screen's height on 16:9 and 4:3 (574 of 680 px at 1280x720, 934 of 1064 at 1920x1080)
GLIDE_MS = 1500
MAP_WIDTH = 560  # the map's width until the browser reports it (the map column on a 1280-pixel screen)


@st.cache_data(show_spinner=False)
def _saved(folder: str, known: frozenset[str], stamp: tuple) -> tours.ToursResult:
    del stamp  # cache key only
    return tours.load_tours(Path(folder), known_ids=set(known))


def saved_tours() -> tours.ToursResult:
    """The saved tours in data/tours/, read again when a file changes (their record ids checked
    against the published records in the database)."""
    folder = store.data_dir() / "tours"
    files, others = json_files(folder)
    stamp = (*((p.name, p.stat().st_mtime_ns) for p in files), *others)
    return _saved(str(folder), frozenset(data.known_ids(tours.named_ids(folder))), stamp)


def card_html(row: pd.Series, lang: str, place_label) -> str:
    """The large card for one record (all data escaped)."""
    ko = lang == "ko"
    korean = ", ".join(place_label(p) for p in row["korean_places"])
    partners = ", ".join(place_label(p) for p in row["partner_places"])
    route = (f"{html_escape(korean)} → {html_escape(partners)}" if partners
             else f"{html_escape(korean)} · {html_escape(i18n.t('tour_domestic', lang))}")
    quote = row["evidence"][0] if len(row["evidence"]) else ""
    publisher = i18n.publisher_label(row["publisher"], lang)
    host = web_host(row["url"])
    source = " · ".join(html_escape(x) for x in (publisher, row["published"], host or source_handle(row, lang)) if x)
    summary = row["summary_ko"] if ko else row["summary_en"]
    evidence = (f'<div class="label quote">{html_escape(i18n.t("tour_quote", lang))}</div>'
                f"<blockquote>“{html_escape(quote)}”</blockquote>")
    body = (f'<div class="label">{html_escape(i18n.t("tour_agreed", lang))}</div>'
            f"<p>{html_escape(summary)}</p>{evidence}")
    if parse_row_line(quote) is not None:  # a table's row: its source in one line, not the row
        # Title, date and route say the tie; a summary would say it again. On a slide the source is
        # the table's name and the site it cites; its file, row and the compiler's notes (in English)
        # are the record panel's. The site is the record's own link's: a cell's words may name
        # another, and an unmapped column's address is no source of the record.
        body = ""
        source = " · ".join(html_escape(x) for x in (publisher, host or source_handle(row, lang)) if x)
    accent = css(type_colour(row["type"]))
    return (
        f'<div class="tour-card" style="--tour-accent:{accent}">'
        f'<div class="kind">{html_escape(i18n.type_label(row["type"], lang))}</div>'
        f'<h2>{html_escape(row["title_ko"] if ko else row["title_en"])}</h2>'
        f'<div class="when">{html_escape(row["date"])}</div>'
        f'<div class="route">{route}</div>'
        f'{body}<div class="src">{source}</div></div>'
    )


def present_height(width: int) -> int:
    """The map height the camera frames for in presentation look, from the map's `width`: never
    more than the style gives it on a 16:9 or 4:3 screen, so the step's places stay in sight."""
    return max(deck.PHONE_MAP_HEIGHT, round(width * PRESENT_FRAMED))


def glide(step: int) -> int:
    """The camera's transition time for a step, in milliseconds.

    Streamlit passes on only the view keys whose value changed since the last run, and deck.gl
    drops the transition time from the view once a glide ends: a constant value would animate the
    first move only (seen in Chromium). Alternating by a millisecond makes every step glide.
    """
    return GLIDE_MS + step % 2


def step_view(positions: list[tuple[float, float]], *, width: int, height: int) -> dict[str, float]:
    """The camera for one step: the record's places framed on a map `width` x `height` pixels, the
    world at least as wide as the map (drawn once, never side by side)."""
    least = world_zoom(width, height)
    view = frame_view(positions, width=width, height=height, min_zoom=max(0.3, least))
    return {**view, "latitude": within_world(view["latitude"], view["zoom"], height), "min_zoom": least}


def stage_deck(ctx: PageContext, points: pd.DataFrame, arcs: pd.DataFrame, row: pd.Series, step: int, *,
               width: int = MAP_WIDTH, height: int = deck.MAP_HEIGHT):
    """The map for one step: every toured place for context (`points`, `arcs`: those of the
    records shown so far), this record's arcs and places highlighted and the rest dimmed, the
    camera gliding to frame them on a map `width` x `height` pixels (the world drawn once: never
    narrower than the map)."""
    pairs = [(k, p) for k in row["korean_places"] for p in row["partner_places"]]
    ids = (*row["korean_places"], *row["partner_places"])
    places = [ctx.gaz.get(pid) for pid in ids]
    view = step_view([(deck.wrap_lon(p.lon), p.lat) for p in places], width=width, height=height)
    focus = None if pairs else row["korean_places"][0]
    built = kept_deck.build_deck(points, arcs, lang=ctx.lang, focus_place=focus, highlight_pairs=pairs,
                                 highlight_places=ids, highlight_type=row["type"],
                                 view={**view, "transition_duration": glide(step)}, map_size=(width, height))
    return theme.style_deck(built)


def _draw_stage(ctx: PageContext, stage_data, row: pd.Series, step: int, *, presenting: bool) -> None:
    """The step's map beside its card."""
    map_col, card_col = st.container(key=STAGE_KEY).columns([3, 2], gap="large")
    with map_col:
        # Presenting, the style sizes the map to the screen (ui.screens.presentation); the camera
        # frames the step for a height a little under the one a 16:9 screen gives (no second
        # run to learn it: a key pressed during that run was lost).
        width = framing.map_width(MAP_KEY)
        height = present_height(width) if presenting else deck.MAP_HEIGHT
        if width < deck.COMPACT_WIDTH:  # a phone shows it 38% of the screen high (ui.screens.presentation)
            height = PHONE_FRAMED
        stage = stage_deck(ctx, stage_data.points, stage_data.arcs, row, step, width=width, height=height)
        st.pydeck_chart(for_the_room(stage) if presenting else stage, key=MAP_KEY,
                        height=PRESENT_MAP_HEIGHT if presenting else deck.MAP_HEIGHT,
                        alt=i18n.t("tour_map_alt", ctx.lang))
    with card_col:
        st.html(card_html(row, ctx.lang, ctx.place_label))


def _title(chosen: tours.Tour | None, lang: str) -> str:
    """The page's heading: the saved story's title, else the page's name."""
    return (chosen.title_ko if lang == "ko" else chosen.title_en) if chosen else i18n.t("page_tour", lang)


def _tell_problems(saved: tours.ToursResult, chosen: tours.Tour | None, lang: str) -> None:
    """Staff read what is wrong with every saved tour file; anyone else, one line on the steps
    of the open tour that were left out."""
    if auth.current().may("read_drafts"):
        st.warning(i18n.t("tour_problems", lang) + "\n\n" + "\n".join(f"- {md_escape(p)}" for p in saved.problems))
        return
    skipped = sum(1 for p in saved.problems if chosen is not None and p.file == f"{chosen.name}.json")
    if skipped:
        st.caption(i18n.t("tour_skipped", lang, n=skipped))


def _position(step: int, n: int, chosen: tours.Tour | None, saved: tours.ToursResult, ctx: PageContext) -> str:
    """'3 of 9', and the order's name when no saved story (whose title is the heading) is shown."""
    position = i18n.t("tour_step", ctx.lang, i=step, n=n)
    return position if chosen else f"{position} · {story_name(saved, ctx)}"


def _clamp_step(n: int) -> None:
    """The step within the tour's `n`; a linked step past the end ('?step=999999') is said, until the
    reader steps away."""
    if (st.session_state.get(STEP) or 0) > n and st.query_params.get(STEP) == str(st.session_state[STEP]):
        st.session_state[PAST_END] = n
    st.session_state[STEP] = tours.clamp_step(st.session_state.get(STEP), n)
    if st.session_state.get(PAST_END) == st.session_state[STEP]:
        url_params.past_the_end(STEP, n)
    else:
        st.session_state.pop(PAST_END, None)


def show(ctx: PageContext) -> None:
    """The whole Tour page, headed by `_title` (on a slide, the largest text names the story)."""
    card_style()
    head, note = st.empty(), st.empty()
    saved = tour_builder.with_own(saved_tours(), ctx.lang)
    ids, defaults = controls(ctx, saved)
    presenting = bool(st.session_state[PRESENT])
    presentation_style(presenting)
    keyboard_steps()
    if presenting:  # hidden; Escape presses it
        st.button("✕", key="tour_exit", on_click=leave_presentation)
    else:  # hidden; F5 presses it
        st.button("▶", key="tour_enter", on_click=enter_presentation)
    chosen = saved.tours.get(st.session_state[ORDER])
    head.title(md_escape(_title(chosen, ctx.lang)), anchor=False)
    if saved.problems and not presenting:  # (a slide shows the story, not the files' faults)
        with note.container():
            _tell_problems(saved, chosen, ctx.lang)
    # a story told by filters runs oldest first too: no later tie drawn before its step
    in_time_order = st.session_state[ORDER] == tours.TIME_ORDER or bool(chosen and chosen.filters)
    every = float(st.session_state[EVERY])

    @st.fragment(run_every=every if st.session_state[PLAY] and ids else None)
    def stage() -> None:
        n = len(ids)
        if n == 0:
            st.info(i18n.t("tour_empty", ctx.lang))
            return
        advance_if_due(n, every)
        _clamp_step(n)
        write_url(defaults)
        step = st.session_state[STEP]
        stage_data = data.tour_stage(scope_filters(ctx), ids[step - 1], cumulative=in_time_order,
                                     limit=deck.MAX_ARCS, **asked(chosen, ids[:step]))
        if stage_data is None or stage_data.row.empty:
            st.info(i18n.t("tour_empty", ctx.lang))
            return
        row = stage_data.row.iloc[0]
        first_col, prev_col, pos_col, next_col, last_col = st.container(key=STEPS_KEY).columns(
            [1, 3, 4, 3, 1], vertical_alignment="center")
        first_col.button("|◀", on_click=go, args=(1,), width="stretch", key="tour_first",
                         help=i18n.t("tour_first", ctx.lang))
        last_col.button("▶|", on_click=go, args=(n,), width="stretch", key="tour_last",
                        help=i18n.t("tour_last", ctx.lang))
        prev_col.button(i18n.t("tour_prev", ctx.lang), on_click=move, args=(-1, n), width="stretch",
                        key="tour_prev", disabled=step <= 1)
        pos_col.markdown(f"<div class='tour-position'>{html_escape(_position(step, n, chosen, saved, ctx))}</div>",
                         unsafe_allow_html=True)
        next_col.button(i18n.t("tour_next", ctx.lang), on_click=move, args=(1, n), width="stretch",
                        key="tour_next", disabled=step >= n)
        _draw_stage(ctx, stage_data, row, step, presenting=presenting)

    stage()
    if presenting:  # (the picker is not drawn: its count of runs drawn starts again)
        st.session_state[tour_builder.SHOWN_KEY] = 0
    else:  # below the stage: the tour first, then the making of one's own
        tour_builder.builder(picking_filters(ctx), ctx.lang, order_key=ORDER, step_key=STEP)
