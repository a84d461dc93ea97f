"""Places of one record under review: Korean places, partners, venue, and a finder that adds a
place from the gazetteer (with closest names for a misspelling) or, when allowed, from
OpenStreetMap. Places found online wait in session state until the article is saved."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from geo.errors import GeocoderBadAnswer, GeocoderUnavailable, GeoError
from geo.gazetteer import Gazetteer
from geo.place import Place
from partnerships.new_places import lookup_online
from ui.shell.i18n import country_label, t
from ui.shell.markup import md_escape

PENDING_KEY = "aa_pending_places"  # place id -> Place found online, not yet in data/places.csv
MAX_MATCHES = 8


def pending() -> dict[str, Place]:
    """Places found online during this review."""
    return st.session_state.setdefault(PENDING_KEY, {})


def get_place(place_id: str, gaz: Gazetteer) -> Place | None:
    """A place from the pending ones or the gazetteer (None if unknown)."""
    found = pending().get(place_id)
    if found is not None:
        return found
    try:
        return gaz.get(place_id)
    except LookupError:
        return None


def labeller(gaz: Gazetteer, lang: str) -> Callable[[str | None], str]:
    """`place id -> "name (country)"` in the chosen language; new places are flagged."""

    def label(place_id: str | None) -> str:
        if not place_id:
            return t("add_article_no_venue", lang)
        place = get_place(place_id, gaz)
        if place is None:
            return place_id
        name = (place.name_ko or place.name_en) if lang == "ko" else place.name_en
        if place.kind == "country":
            return name
        new = f" · {t('add_article_new_place', lang)}" if place.id in pending() else ""
        # a division beside the city of its name ('Ōsaka' the prefecture, 'Osaka' the city): said so
        kind = f"{t('add_article_division', lang)}, " if place.kind == "region" else ""
        return f"{name} ({kind}{country_label(place.country, lang)}){new}"

    return label


def label_in(gaz: Gazetteer) -> Callable[[str | None, str], str]:
    """`(place id, lang) -> label`, as `labeller` gives it for that language."""
    return lambda place_id, lang: labeller(gaz, lang)(place_id)


@st.cache_resource(show_spinner=False, max_entries=4)
def _korean_ids(_gaz: Gazetteer, gaz_id: int) -> list[str]:
    del gaz_id  # cache key only
    places = [p for p in _gaz if p.country == "KR" and p.kind in ("city", "province")]
    return [p.id for p in sorted(places, key=lambda p: (p.kind != "city", p.name_en))]


def init_state(k: str, cand: dict) -> None:
    """Start the record's place widgets from the proposed record (once per review)."""
    st.session_state.setdefault(f"{k}kr", list(cand.get("korean_places") or []))
    st.session_state.setdefault(f"{k}partner", list(cand.get("partner_places") or []))
    st.session_state.setdefault(f"{k}venue", cand.get("venue") or "")  # "" for no venue


def _add(k: str, place_id: str, korean: bool) -> None:
    key = f"{k}kr" if korean else f"{k}partner"
    chosen = list(st.session_state.get(key) or [])
    if place_id not in chosen:
        chosen.append(place_id)
    st.session_state[key] = chosen
    st.session_state[f"{k}find"] = ""


def _add_picked(k: str, gaz: Gazetteer) -> None:
    place = get_place(st.session_state.get(f"{k}pick") or "", gaz)
    if place is not None:
        _add(k, place.id, place.country == "KR")
        st.session_state.pop(f"{k}msg", None)


def _venue_picked(k: str, gaz: Gazetteer) -> None:
    place = get_place(st.session_state.get(f"{k}pick") or "", gaz)
    if place is not None:
        st.session_state[f"{k}venue"] = place.id
        st.session_state[f"{k}find"] = ""


def _look_up(k: str, query: str, gaz: Gazetteer) -> None:
    try:
        place = lookup_online(query, gazetteer=gaz, taken=pending())
    except GeocoderBadAnswer as exc:  # it answered, with something no place can be made of
        st.session_state[f"{k}msg"] = ("error", "add_article_bad_answer", {"detail": str(exc)})
        return
    except GeocoderUnavailable as exc:
        st.session_state[f"{k}msg"] = ("error", "add_article_unreachable", {"detail": str(exc)})
        return
    except GeoError as exc:  # an unreadable answer cache
        st.session_state[f"{k}msg"] = ("error", "add_article_unreachable", {"detail": str(exc)})
        return
    if place is None:
        st.session_state[f"{k}msg"] = ("warning", "add_article_not_found_online", {"name": query})
        return
    if place.id not in gaz:  # (an answer on a known place is that place, not a new one)
        pending()[place.id] = place
    _add(k, place.id, place.country == "KR")
    address = f"{place.name_en}, {country_label(place.country, 'en')} ({place.lat:.4f}, {place.lon:.4f})"
    st.session_state[f"{k}msg"] = ("success", "add_article_found_online", {"address": address, "id": place.id})


def _matches(query: str, gaz: Gazetteer) -> tuple[list[Place], bool]:
    """(places, exact): what the gazetteer finds for the query, else its closest names."""
    found = gaz.matches(query)
    if found:
        return found[:MAX_MATCHES], True
    return gaz.suggest(query, limit=MAX_MATCHES), False


def place_fields(k: str, lang: str, *, gaz: Gazetteer, online: bool, disabled: bool) -> dict:
    """The record's places as chosen: korean_places, partner_places, venue."""
    label = labeller(gaz, lang)
    kr_now = list(st.session_state.get(f"{k}kr") or [])
    partner_now = list(st.session_state.get(f"{k}partner") or [])
    kr_options = list(dict.fromkeys([*kr_now, *_korean_ids(gaz, id(gaz))]))
    st.multiselect(t("add_article_korean_places", lang), kr_options, key=f"{k}kr", format_func=label,
                   disabled=disabled)
    st.multiselect(t("add_article_partner_places", lang), partner_now, key=f"{k}partner", format_func=label,
                   disabled=disabled)
    venue_options = list(dict.fromkeys(["", st.session_state.get(f"{k}venue") or "", *kr_now, *partner_now]))
    st.selectbox(t("add_article_venue", lang), venue_options, key=f"{k}venue", format_func=label, disabled=disabled)
    if not disabled:
        _finder(k, lang, gaz=gaz, online=online, label=label)
    return {
        "korean_places": list(st.session_state.get(f"{k}kr") or []),
        "partner_places": list(st.session_state.get(f"{k}partner") or []),
        "venue": st.session_state.get(f"{k}venue") or None,
    }


def _finder(k: str, lang: str, *, gaz: Gazetteer, online: bool, label) -> None:
    query = st.text_input(t("add_article_find", lang), key=f"{k}find",
                          placeholder=t("add_article_find_placeholder", lang))
    query = " ".join((query or "").split())
    if query:
        places, exact = _matches(query, gaz)
        if places:
            ids = [p.id for p in places]
            if st.session_state.get(f"{k}pick") not in ids:
                st.session_state[f"{k}pick"] = ids[0]
            st.selectbox(t("add_article_matches" if exact else "add_article_closest", lang), ids, key=f"{k}pick",
                         format_func=label)
            add_col, venue_col = st.columns(2)  # (under it: a card's narrow column has room for two buttons)
            add_col.button(t("add_article_add_place", lang), key=f"{k}add", on_click=_add_picked, args=(k, gaz),
                           width="stretch")
            venue_col.button(t("add_article_add_venue", lang), key=f"{k}as_venue", on_click=_venue_picked,
                             args=(k, gaz), width="stretch")  # where it was signed, a party or not
        else:
            st.warning(t("add_article_unknown_place", lang, name=md_escape(query)))
        if not exact:
            if online:
                st.button(t("add_article_lookup", lang, name=md_escape(query)), key=f"{k}lookup", on_click=_look_up,
                          args=(k, query, gaz))
            else:
                st.caption(t("add_article_online_hint", lang))
    msg = st.session_state.get(f"{k}msg")
    if msg:
        kind, key, fields = msg  # the fields come from outside (query, answer, error): shown as text
        getattr(st, kind)(t(key, lang, **{k: md_escape(str(v)) for k, v in fields.items()}))
