"""A tour of one's own: the records picked on the Tour page, in the order picked, kept in the link
(`?steps=<id>,<id>,…`), so that a presenter builds a tour for a meeting, shares it and
downloads exactly its records, without files on the server or a sign-in."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from geo.names import fold_ascii, has_hangul
from partnerships import export, params
from partnerships import tour as tours
from partnerships.query import Filters
from ui.shell import data, i18n, share
from ui.shell import params as url_params
from ui.shell.filters import MATCH

OWN = "own"  # the order's name in the link (`tour=own`)
STEPS = "steps"  # the link parameter holding the picked record ids, in order
PICK_KEY = "tour_own_pick"  # ... and the page's language: a picker of its own per language (pick_key)
KEPT_KEY = "tour_own_kept"  # the picked ids, kept for the session
SHOWN_KEY = "tour_own_shown"  # runs in a row that drew the picker (the presentation look does not)
SHOWN_SETTLED = 2  # ... from when a change of it is a person's (never hidden counts as settled)
OFFERED_KEY = "tour_own_offered"  # the record ids the picker offered
MAX_STEPS = 40  # a tour for a meeting; a longer one is a filter's story
MAX_OPTIONS = 2000  # records offered to pick from (the newest of the scope): the picker stays quick


LINK_STEPS = 10 * MAX_STEPS  # ids a link may hold: those past MAX_STEPS are told as left out, not the link refused


def _parse(raw: str) -> tuple[str, ...]:
    return params.items(raw, max_items=LINK_STEPS)


def own_ids() -> tuple[tuple[str, ...], int]:
    """(the picked record ids the link holds, published ones only, in their order; how many it
    holds that are not published or not found). A rerun whose address lost them (the presentation
    look switched on and off) keeps the session's and puts them back in the address."""
    asked = url_params.read(STEPS, _parse)
    if asked is None and (asked := tuple(st.session_state.get(KEPT_KEY) or ())):
        st.query_params[STEPS] = ",".join(asked)
    st.session_state[KEPT_KEY] = asked or ()
    known = data.known_ids(asked or ())
    asked = asked or ()
    shown = tuple(i for i in asked if i in known)
    return shown[:MAX_STEPS], len(asked) - len(shown[:MAX_STEPS])


def with_own(saved: tours.ToursResult, lang: str) -> tours.ToursResult:
    """The saved tours, plus the one the link's picked records make (first in the list)."""
    ids, left_out = own_ids()
    if left_out:
        st.caption(i18n.t("tour_own_left_out", lang, n=left_out, most=MAX_STEPS))
    if not ids:
        return saved
    title = i18n.t("tour_own_title", lang, n=len(ids))
    own = tours.Tour(OWN, title, title, ids)
    return tours.ToursResult({OWN: own, **{k: v for k, v in saved.tours.items() if k != OWN}}, saved.problems)


def pick_key(lang: str) -> str:
    """The picker's key in `lang`: the browser keeps a picker's values as the labels it showed, so
    the other language's picker is another widget, not this one with labels it cannot read back."""
    return f"{PICK_KEY}_{lang}"


def _picked(key: str, order_key: str, step_key: str) -> None:
    """A person's change of the picks. The browser also reports the picker after reruns that did
    not draw it (the presentation look hides it), right after it is drawn again (empty, as it
    mounts: a person's first change then is one or more picks), or drew it in another language
    (its values then that language's labels): those leave the tour as it is."""
    offered = st.session_state.get(OFFERED_KEY) or set()
    ids = list(st.session_state.get(key) or [])[:MAX_STEPS]
    settling = st.session_state.get(SHOWN_KEY, SHOWN_SETTLED) < SHOWN_SETTLED
    if (settling and not ids) or any(i not in offered for i in ids) \
            or ids == list(st.session_state.get(KEPT_KEY) or ()):
        return
    if ids:
        st.query_params[STEPS] = ",".join(ids)
        st.session_state[order_key] = OWN
    else:
        st.query_params.pop(STEPS, None)
        st.session_state[KEPT_KEY] = ()
        st.session_state[order_key] = tours.TIME_ORDER
    st.session_state[step_key] = 1


_PUNCTUATION = ":;,.·()[]'\"!?"


def _label(row: pd.Series, lang: str) -> str:
    """Year, title and the partners' countries in the page's language (so that typing 'Vietnam'
    or '일본' in the picker finds the ties with that country); accented Latin words also without
    their accents, as people type them ('Hai Duong' finds 'Hải Dương')."""
    year = str(int(row["year"])) if int(row["year"] or 0) else "—"
    countries = ", ".join(i18n.country_label(c, lang) for c in row["partner_countries"] or ())
    label = f"{year} · {row['title']}" + (f" · {countries}" if countries else "")
    plain = [bare for w in label.split() if not w.isascii() and not has_hangul(w)
             and (bare := fold_ascii(w).strip(_PUNCTUATION))]
    return label + (f" · {' '.join(dict.fromkeys(plain))}" if plain else "")


def builder(scope: Filters, lang: str, *, order_key: str, step_key: str) -> None:
    """The picker (records of the tour's scope, in the order picked) and the tour's downloads."""
    with st.expander(i18n.t("tour_build", lang), icon=":material/playlist_add:"):
        table = data.page_of(scope, offset=0, limit=MAX_OPTIONS)
        title = table["title_ko" if lang == "ko" else "title_en"]
        labels = dict(zip(table["id"], [_label(r, lang) for _, r in table.assign(title=title).iterrows()], strict=True))
        chosen = list(own_ids()[0])
        labels.update({i: i for i in chosen if i not in labels})  # (picked outside the scope: kept, by id)
        key = pick_key(lang)
        if key not in st.session_state or list(st.session_state[key]) != chosen:
            st.session_state[key] = chosen
        st.session_state[SHOWN_KEY] = st.session_state.get(SHOWN_KEY, SHOWN_SETTLED) + 1
        st.session_state[OFFERED_KEY] = set(labels)
        st.multiselect(i18n.t("tour_build_pick", lang), list(labels), key=key, filter_mode=MATCH,  # (not fuzzy:
                       # 'Osaka' listed Sakhalin and Astana too, and Enter took the wrong one)
                       format_func=lambda i: labels.get(i, str(i)),  # (a value of another language's run)
                       max_selections=MAX_STEPS, select_all=False,  # (one by one, in the order to show them)
                       help=i18n.t("tour_build_help", lang, n=MAX_STEPS),
                       on_change=_picked, args=(key, order_key, step_key), placeholder=i18n.t("tour_build_none", lang))
        if chosen:  # the tour as a link to send (its steps are in the address), and its records
            # (the tour from its first step, whatever the map showed: not 'step=2&country=JP')
            share.link_box(st.container(), lang, name="share_link_tour", label="tour_build_link",
                           keep=(STEPS, "lang", "theme", "every"))
            _downloads(chosen, lang)


def _downloads(ids: list[str], lang: str) -> None:
    """CSV and Excel of exactly the tour's records, in its order."""
    gaz = data.gazetteer()
    records = i18n.with_publishers(data.records_of(ids), lang)
    a, b = st.columns(2)
    a.download_button(i18n.t("download_csv", lang), key="tour_own_csv", icon=":material/download:",
                      data=lambda: "".join(export.stream([records], gaz, fmt="csv", lang=lang,
                                                         labels=True)).encode("utf-8-sig"),
                      file_name=f"tour-{len(ids)}-records.csv", mime="text/csv", on_click="ignore", width="stretch")
    b.download_button(i18n.t("download_xlsx", lang), key="tour_own_xlsx", icon=":material/download:",
                      data=lambda: export.to_xlsx(records, gaz, lang=lang, labels=True),
                      file_name=f"tour-{len(ids)}-records.xlsx", on_click="ignore", width="stretch",
                      mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
