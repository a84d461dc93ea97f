"""Every interface string, in English and Korean, and the language switch.

`t(key, lang)` returns the text for a key; taxonomy labels come from `partnerships.model`.
No page holds interface text of its own.
"""

from __future__ import annotations

import streamlit as st

from geo.errors import GeoError
from geo.regions import REGION_NAMES_KO, country_name
from partnerships.model import SECTORS, TYPES

LANGS: tuple[str, ...] = ("en", "ko")
DEFAULT_LANG = "en"
LANG_NAMES = {"en": "English", "ko": "한국어"}
LANG_KEY = "lang"

# key -> (English, Korean). `{name}` fields are filled by `t(..., name=...)`.
STRINGS: dict[str, tuple[str, str]] = {
    "app_title": ("Partnership Atlas", "파트너십 아틀라스"),
    "app_caption": (
        "International partnerships of Korean cities, read from Korean news articles "
        "and press releases.",
        "한국 기사와 보도자료로 살펴보는 한국 도시들의 국제 협력.",
    ),
    "language": ("Language · 언어", "Language · 언어"),
    "filters": ("Filters", "필터"),
    "f_sector": ("Sector", "분야"),
    "f_years": ("Years", "연도"),
    "f_type": ("Agreement type", "협약 유형"),
    "f_kr": ("Korean city", "국내 도시"),
    "f_region": ("Partner region", "상대 지역"),
    "f_country": ("Partner country", "상대 국가"),
    "f_q": ("Search", "검색"),
    "f_q_placeholder": ("Title, summary, organisation or place", "제목, 요약, 기관 또는 지명"),
    "f_any": ("All", "전체"),
    "f_clear": ("Clear filters", "필터 초기화"),
    "f_one_year": ("All records are from {year}.", "모든 기록이 {year}년입니다."),
    "m_agreements": ("Agreements", "협력 건수"),
    "m_partners": ("Partner places", "상대 도시·지역"),
    "m_countries": ("Countries", "국가"),
    "m_years": ("Years", "기간"),
    "no_match": (
        "No agreements match these filters. Clear a filter in the sidebar to see more.",
        "조건에 맞는 협력이 없습니다. 사이드바에서 필터를 줄여 보세요.",
    ),
    "no_data": (
        "No records to show yet. Add curated records to data/records/.",
        "표시할 기록이 아직 없습니다. data/records/에 검토된 기록을 추가하세요.",
    ),
    "problems": (
        "{n} record(s) could not be loaded and are left off the map. "
        "Fix them in data/records/ (or run `python -m partnerships validate`):",
        "기록 {n}건을 읽지 못해 지도에서 제외했습니다. data/records/에서 고쳐 주세요 "
        "(`python -m partnerships validate`로 확인):",
    ),
    "p_file": ("file", "파일"),
    "p_record": ("record", "기록"),
    "p_field": ("field", "항목"),
    "map_alt": (
        "Map of arcs from Korean cities to their international partners.",
        "한국 도시와 해외 협력 도시를 잇는 지도.",
    ),
    "legend_types": ("Agreement type (arc colour)", "협약 유형 (선 색)"),
    "legend_places": ("Places", "지역"),
    "legend_korean": ("Korean city", "국내 도시"),
    "legend_partner": ("Partner", "해외 협력 상대"),
    "legend_size": (
        "Circle size and line width grow with the number of agreements.",
        "원 크기와 선 굵기는 협력 건수를 나타냅니다.",
    ),
    "place_select": ("Place", "지역"),
    "place_placeholder": ("Click a circle on the map, or choose", "지도의 원을 누르거나 선택하세요"),
    "panel_hint": (
        "Click a circle or a line on the map, or choose a place above, to read its agreements "
        "and their sources.",
        "지도의 원이나 선을 누르거나 위에서 지역을 고르면 협력 내용과 출처를 볼 수 있습니다.",
    ),
    "n_agreements": ("{n} agreement(s)", "협력 {n}건"),
    "pair_title": ("{a} → {b}", "{a} → {b}"),
    "close": ("Close", "닫기"),
    "r_date": ("Date", "날짜"),
    "r_inferred": ("inferred", "추정"),
    "r_type": ("Type", "유형"),
    "r_sectors": ("Sectors", "분야"),
    "r_partners": ("Places", "지역"),
    "r_parties": ("Parties", "참여 기관"),
    "r_evidence": ("Evidence from the article", "기사 근거 문장"),
    "r_source": ("Source", "출처"),
    "r_published": ("published", "게재"),
    "r_file": ("file", "파일"),
    "r_proposed": ("Proposed, not yet reviewed", "검토 전 제안 기록"),
    "text_alt": ("Map as text", "지도 내용 (텍스트)"),
    "text_places": ("Places by number of agreements", "협력 건수 순 지역"),
    "text_pairs": ("Connections", "연결"),
    "text_none": ("Nothing to list.", "표시할 항목이 없습니다."),
    "side_korean": ("Korean city", "국내 도시"),
    "side_partner": ("partner", "해외 상대"),
}


def t(key: str, lang: str, **fields: object) -> str:
    """The interface text for `key` in `lang` ("en" or "ko"), with `fields` filled in."""
    en, ko = STRINGS[key]
    text = ko if lang == "ko" else en
    return text.format(**fields) if fields else text


def type_label(type_id: str, lang: str) -> str:
    """An agreement type's name."""
    en, ko = TYPES.get(type_id, (type_id, type_id))
    return ko if lang == "ko" else en


def sector_label(sector: str, lang: str) -> str:
    """A sector's name."""
    en, ko = SECTORS.get(sector, (sector, sector))
    return ko if lang == "ko" else en


def region_label(region: str, lang: str) -> str:
    """A world region's name."""
    return REGION_NAMES_KO.get(region, region) if lang == "ko" else region


def country_label(iso2: str, lang: str) -> str:
    """A country's name from its ISO code."""
    try:
        return country_name(iso2, lang)
    except GeoError:
        return iso2


def name_column(lang: str, prefix: str = "") -> str:
    """The name column to show for `lang`, e.g. `name_ko` or `src_name_en`."""
    return f"{prefix}name_{'ko' if lang == 'ko' else 'en'}"


def language_switch() -> str:
    """The sidebar language switch, kept in the URL as `lang=ko`; returns "en" or "ko"."""
    if LANG_KEY not in st.session_state:
        wanted = st.query_params.get(LANG_KEY, DEFAULT_LANG)
        st.session_state[LANG_KEY] = wanted if wanted in LANGS else DEFAULT_LANG
    lang = st.sidebar.radio(
        STRINGS["language"][0], LANGS, key=LANG_KEY, horizontal=True,
        format_func=LANG_NAMES.__getitem__,
    )
    if lang == DEFAULT_LANG:
        if LANG_KEY in st.query_params:
            del st.query_params[LANG_KEY]
    elif st.query_params.get(LANG_KEY) != lang:
        st.query_params[LANG_KEY] = lang
    return lang
