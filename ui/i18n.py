"""Every interface string, in English and Korean, and the language switch.

`t(key, lang)` returns the text for a key; taxonomy labels come from `partnerships.model`.
No page holds interface text of its own.
"""

from __future__ import annotations

import streamlit as st

from geo.errors import GeoError
from geo.regions import REGION_NAMES_KO, country_name
from partnerships import params
from partnerships.korea import LEVELS
from partnerships.model import CONFIDENCE, SECTORS, TYPES
from ui import params as url_params
from ui.intake_strings import INTAKE_STRINGS
from ui.staff_strings import STAFF_STRINGS

LANGS: tuple[str, ...] = ("en", "ko")
DEFAULT_LANG = "en"
LANG_NAMES = {"en": "English", "ko": "한국어"}
LANG_KEY = "lang"
SAVED_LANG_KEY = "atlas_lang"  # not a widget: survives a page switch, which drops widget state

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
    "param_ignored": ("The link's `{param}` value could not be used and was ignored.",
                      "링크의 `{param}` 값은 사용할 수 없어 무시했습니다."),
    "f_one_year": ("All records are from {year}.", "모든 기록이 {year}년입니다."),
    "f_undated": ("Include {n} undated ties", "날짜 없는 {n}건 포함"),
    "f_undated_help": ("Their sources give no signing date, so no year range holds them. Ticked, they "
                       "stay in view whatever the years; unticked, they are left out.",
                       "출처에 체결일이 없어 어느 연도 범위에도 속하지 않습니다. 선택하면 연도와 관계없이 "
                       "표시하고, 해제하면 제외합니다."),
    "undated_short": ("undated", "날짜 미상"),
    "f_level": ("Korean government level", "자치단체 유형"),
    "f_confidence": ("Confidence of the source", "출처 신뢰도"),
    "r_confidence": ("Confidence of the source table: {level}", "원자료 신뢰도: {level}"),
    "timeline_undated": ("{n} ties have no date and are not in the bars.",
                         "날짜가 없는 {n}건은 막대에 포함되지 않습니다."),
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
    "db_down": (
        "The database cannot be reached just now: showing the records as they were at {when}. "
        "Saving is refused until it is back.",
        "지금은 데이터베이스에 연결할 수 없어 {when} 기준의 기록을 보여 줍니다. 다시 연결될 때까지 저장할 수 없습니다.",
    ),
    "db_down_now": (
        "The database cannot be reached just now. Try again in a moment.",
        "지금은 데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도하세요.",
    ),
    "ag_page": ("Page", "페이지"),
    "ag_rows": ("Rows {first}–{last} of {n}, newest first", "{n}건 중 {first}–{last}번째 (최신순)"),
    "db_none": (
        "The database cannot be reached, and no records were loaded yet. Try again in a moment.",
        "데이터베이스에 연결할 수 없고 아직 불러온 기록이 없습니다. 잠시 후 다시 시도하세요.",
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
    "place_find": ("Find a place", "지역 찾기"),
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
    "r_why_date": ("Why this date", "날짜 추정 근거"),
    "r_type": ("Type", "유형"),
    "r_sectors": ("Sectors", "분야"),
    "r_partners": ("Places", "지역"),
    "r_parties": ("Parties", "참여 기관"),
    "r_evidence": ("Evidence from the article", "기사 근거 문장"),
    "r_source": ("Source", "출처"),
    "r_also_source": ("Also reported by", "함께 보도한 출처"),
    "r_also_evidence": ("Evidence in that report", "그 보도의 근거 문장"),
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

# Add article page (pages/5_Add_article.py, ui/article_review.py, ui/place_picker.py)
STRINGS.update({
    "aa_title": ("Add an article", "기사 추가"),
    "aa_tab_paste": ("Paste text", "텍스트 붙여 넣기"),
    "aa_tab_upload": ("Upload a file", "파일 올리기"),
    "aa_paste_label": ("Article text", "기사 본문"),
    "aa_paste_placeholder": (
        "Paste the whole article here, with its date line if it has one.",
        "기사 전체를 붙여 넣으세요. 날짜 줄이 있으면 함께 넣어 주세요.",
    ),
    "aa_upload_label": ("Article file", "기사 파일"),
    "aa_upload_help": (
        ".txt, .md or .html, up to {mb} MB; UTF-8 or CP949/EUC-KR.",
        ".txt, .md, .html 파일, 최대 {mb}MB; UTF-8 또는 CP949/EUC-KR.",
    ),
    "aa_read": ("Read the article", "기사 읽기"),
    "aa_reading": ("Reading the article…", "기사를 읽는 중…"),
    "aa_no_file": ("Choose a file first.", "먼저 파일을 고르세요."),
    "aa_online": (
        "Online geocoding (OpenStreetMap Nominatim)",
        "온라인 지오코딩 (OpenStreetMap Nominatim)",
    ),
    "aa_online_help": (
        "When on, a place the built-in gazetteer does not know can be looked up on "
        "OpenStreetMap. Off, nothing leaves this computer.",
        "켜면 내장 지명 사전에 없는 지명을 OpenStreetMap에서 찾습니다. 끄면 아무것도 외부로 보내지 않습니다.",
    ),
    "aa_err_empty": (
        "The article is empty: paste or upload some text.",
        "기사가 비어 있습니다. 본문을 붙여 넣거나 파일을 올리세요.",
    ),
    "aa_err_binary": (
        "This is not a text file (it looks binary). Upload the article as .txt, .md or .html.",
        "텍스트 파일이 아닙니다(바이너리로 보입니다). 기사를 .txt, .md, .html로 올려 주세요.",
    ),
    "aa_err_too_large": (
        "The article is {size} MB; the limit is {limit} MB. Upload the article's own page or text only.",
        "기사가 {size}MB로 제한({limit}MB)을 넘습니다. 기사 본문이나 해당 페이지만 올려 주세요.",
    ),
    "aa_err_too_long": (
        "The article's text is {size} KB; the limit is {limit} KB of text (a long feature article is "
        "about 30 KB). Paste or upload one article at a time.",
        "기사 본문이 {size}KB로 제한({limit}KB)을 넘습니다(긴 기획 기사가 약 30KB). "
        "기사를 하나씩 붙여 넣거나 올려 주세요.",
    ),
    "aa_err_not_korean": (
        "This does not read as a Korean article (too little Hangul). The reader handles Korean "
        "news articles and press releases.",
        "한국어 기사로 보이지 않습니다(한글이 너무 적음). 한국어 기사와 보도자료만 읽을 수 있습니다.",
    ),
    "aa_err_file_type": (
        "{name}: only {allowed} files can be read.",
        "{name}: {allowed} 파일만 읽을 수 있습니다.",
    ),
    "aa_err_unreadable": (
        "The article could not be read: {detail}",
        "기사를 읽지 못했습니다: {detail}",
    ),
    "aa_err_duplicate": (
        "This article is already stored as seeds/{file} (records: data/records/{records}). It was not added again.",
        "이미 seeds/{file}로 저장된 기사입니다(기록: data/records/{records}). 다시 추가하지 않았습니다.",
    ),
    "aa_err_exists": (
        "data/records/{file} already exists; nothing was saved.",
        "data/records/{file}이(가) 이미 있어 저장하지 않았습니다.",
    ),
    "aa_err_invalid": (
        "Nothing was saved: {n} problem(s) to fix first.",
        "저장하지 않았습니다. 먼저 고칠 문제가 {n}건 있습니다.",
    ),
    "aa_err_write": (
        "Saving failed and nothing was changed: {detail}",
        "저장에 실패해 아무것도 바꾸지 않았습니다: {detail}",
    ),
    "aa_err_places": (
        "data/places.csv cannot be read: {detail}",
        "data/places.csv를 읽을 수 없습니다: {detail}",
    ),
    "aa_none": (
        "No partnership was found in this article, so there is nothing to save ({reason}).",
        "이 기사에서 협력 기록을 찾지 못해 저장할 것이 없습니다 ({reason}).",
    ),
    "aa_dropped": (
        "Left out (no Korean city the gazetteer knows): {items}",
        "제외됨 (지명 사전에 있는 국내 도시 없음): {items}",
    ),
    "aa_article": ("The article", "기사"),
    "aa_article_help": (
        "Highlighted: the sentences each record quotes, with the words that gave its type, date and places.",
        "강조: 각 기록이 인용한 문장과 유형·날짜·지명의 근거가 된 낱말.",
    ),
    "aa_mark_evidence": ("quoted sentence", "인용 문장"),
    "aa_mark_type": ("agreement word", "협약 낱말"),
    "aa_mark_date": ("date", "날짜"),
    "aa_mark_places": ("place", "지명"),
    "aa_records": ("Proposed records ({n})", "제안된 기록 ({n}건)"),
    "aa_records_help": (
        "Check each record against the highlighted article. Untick “keep” for a false one.",
        "강조된 기사와 대조해 각 기록을 확인하세요. 잘못된 기록은 “유지”를 해제하세요.",
    ),
    "aa_record": ("Record {i}", "기록 {i}"),
    "aa_confidence": ("confidence {value}", "신뢰도 {value}"),
    "aa_keep": ("Keep", "유지"),
    "aa_dropped_record": ("Will not be saved.", "저장하지 않습니다."),
    "aa_type": ("Agreement type", "협약 유형"),
    "aa_sectors": ("Sectors", "분야"),
    "aa_date": ("Date (YYYY, YYYY-MM or YYYY-MM-DD)", "날짜 (YYYY, YYYY-MM, YYYY-MM-DD)"),
    "aa_year": ("Year {year}", "{year}년"),
    "aa_bad_date": (
        "Not a date: write 2024, 2024-03 or 2024-03-13.",
        "날짜 형식이 아닙니다. 2024, 2024-03, 2024-03-13처럼 쓰세요.",
    ),
    "aa_stated": ("The article gives this date", "기사에 나온 날짜"),
    "aa_inferred": ("Why this date (inferred)", "추정한 근거"),
    "aa_korean_places": ("Korean places", "국내 지역"),
    "aa_partner_places": ("Partner places", "해외 상대 지역"),
    "aa_venue": ("Venue", "장소"),
    "aa_no_venue": ("—", "—"),
    "aa_title_en": ("Title (English)", "제목 (영어)"),
    "aa_title_ko": ("Title (Korean)", "제목 (한국어)"),
    "aa_summary_en": ("Summary (English)", "요약 (영어)"),
    "aa_summary_ko": ("Summary (Korean)", "요약 (한국어)"),
    "aa_evidence": ("Evidence", "근거 문장"),
    "aa_find": ("Find a place to add", "추가할 지명 찾기"),
    "aa_find_placeholder": (
        "Korean or English name, e.g. 오덴세 or Odense",
        "한국어나 영어 이름 (예: 오덴세, Odense)",
    ),
    "aa_matches": ("Places in the gazetteer", "지명 사전의 지역"),
    "aa_closest": ("Not in the gazetteer. Closest names", "지명 사전에 없습니다. 가장 가까운 이름"),
    "aa_add_place": ("Add place", "지역 추가"),
    "aa_unknown_place": (
        "“{name}” is not in the gazetteer and no name is close to it.",
        "“{name}”은(는) 지명 사전에 없고 비슷한 이름도 없습니다.",
    ),
    "aa_online_hint": (
        "Turn on “Online geocoding” in the sidebar to look it up on OpenStreetMap.",
        "사이드바에서 “온라인 지오코딩”을 켜면 OpenStreetMap에서 찾을 수 있습니다.",
    ),
    "aa_lookup": ("Look up “{name}” online", "“{name}” 온라인에서 찾기"),
    "aa_found_online": (
        "Found online: {address}. Added as {id}; it joins data/places.csv when you save.",
        "온라인에서 찾음: {address}. {id}(으)로 추가했으며 저장할 때 data/places.csv에 들어갑니다.",
    ),
    "aa_not_found_online": (
        "OpenStreetMap knows no place called “{name}”.",
        "OpenStreetMap에 “{name}”이라는 곳이 없습니다.",
    ),
    "aa_unreachable": (
        "The geocoding service cannot be reached (no network?). Pick a gazetteer place instead, "
        "or try again later. ({detail})",
        "지오코딩 서비스에 연결할 수 없습니다(네트워크 확인). 지명 사전의 지역을 고르거나 나중에 다시 "
        "시도하세요. ({detail})",
    ),
    "aa_new_place": ("new place", "새 지역"),
    "aa_nothing_kept": (
        "No record is kept: tick “keep” on at least one to save.",
        "유지할 기록이 없습니다. 저장하려면 하나 이상 “유지”를 선택하세요.",
    ),
    "aa_saved_places": (
        "New places: {ids}",
        "새로 추가한 지역: {ids}",
    ),
    "aa_open_map": ("Open the map", "지도 열기"),
    "aa_open_source": ("Read it in Sources", "출처에서 보기"),
    "aa_discard": ("Start over", "처음부터"),
})

# Staff pages: Agreements (pages/3_Agreements.py), Timeline (pages/4_Timeline.py),
# Sources (pages/6_Sources.py); ui/page.py, ui/table.py, ui/timeline.py, ui/sources.py
STRINGS.update({
    "page_agreements": ("Agreements", "협력 목록"),
    "page_timeline": ("Timeline", "연도별 추이"),
    "page_sources": ("Sources", "출처 기사"),
    "ag_caption": (
        "Every agreement that matches the filters, with all its fields. Click a column header to "
        "sort; use the magnifier above the table to search it.",
        "필터에 맞는 모든 협력과 그 항목 전부입니다. 열 제목을 누르면 정렬되고, 표 위의 돋보기로 "
        "표 안을 검색할 수 있습니다.",
    ),
    "ag_count": ("{n} of {total} agreements", "전체 {total}건 중 {n}건"),
    "c_title_en": ("Title (English)", "제목 (영문)"),
    "c_title_ko": ("Title (Korean)", "제목 (국문)"),
    "c_date": ("Date", "날짜"),
    "c_year": ("Year", "연도"),
    "c_date_basis": ("Date basis", "날짜 근거"),
    "c_type": ("Type", "유형"),
    "c_sectors": ("Sectors", "분야"),
    "c_korean": ("Korean places", "국내 도시"),
    "c_partners": ("Partner places", "상대 도시·지역"),
    "c_countries": ("Partner countries", "상대 국가"),
    "c_regions": ("Partner regions", "상대 지역"),
    "c_venue": ("Venue", "장소"),
    "c_parties": ("Parties", "참여 기관"),
    "c_summary_en": ("Summary (English)", "요약 (영문)"),
    "c_summary_ko": ("Summary (Korean)", "요약 (국문)"),
    "c_map": ("Map", "지도"),
    "c_source": ("Source", "출처"),
    "c_publisher": ("Publisher", "발행처"),
    "c_published": ("Published", "게재일"),
    "c_url": ("Original article", "원문 주소"),
    "c_evidence": ("Evidence", "근거 문장"),
    "c_status": ("Status", "상태"),
    "c_file": ("Article file", "기사 파일"),
    "c_id": ("Record id", "기록 ID"),
    "l_map": ("show on map", "지도에서 보기"),
    "l_source": ("read the article", "기사 보기"),
    "st_reviewed": ("reviewed", "검토 완료"),
    "st_proposed": ("proposed", "검토 전"),
    "basis_stated": ("stated in the article", "기사에 명시"),
    "basis_inferred": ("inferred: {reason}", "추정: {reason}"),
    "dl_heading": ("Download these {n} agreements", "이 협력 {n}건 내려받기"),
    "dl_csv": ("CSV", "CSV"),
    "dl_csv_help": (
        "Comma-separated, UTF-8 with a byte-order mark so Excel shows Hangul.",
        "쉼표로 구분한 UTF-8 파일 (엑셀에서 한글이 깨지지 않도록 BOM 포함).",
    ),
    "dl_xlsx": ("Excel", "엑셀"),
    "dl_xlsx_help": ("An Excel workbook, one row per agreement.", "협력 한 건이 한 행인 엑셀 통합 문서."),
    "dl_geojson": ("GeoJSON", "GeoJSON"),
    "dl_geojson_help": (
        "Lines from each Korean city to its partners, for GIS tools.",
        "국내 도시에서 상대 도시로 잇는 선 (GIS 도구용).",
    ),
    "tl_caption": (
        "Agreements per year. Drag across the bars to choose years: the choice becomes the year "
        "filter on every page.",
        "연도별 협력 건수입니다. 막대 위를 끌어 연도를 고르면 모든 페이지의 연도 필터가 됩니다.",
    ),
    "tl_by": ("Stack by", "구분 기준"),
    "tl_by_type": ("Agreement type", "협약 유형"),
    "tl_by_sector": ("Sector", "분야"),
    "tl_year": ("Year", "연도"),
    "tl_count": ("Agreements", "협력 건수"),
    "tl_sector_note": (
        "An agreement in several sectors counts once in each.",
        "여러 분야에 걸친 협력은 분야마다 한 번씩 셉니다.",
    ),
    "tl_span": ("Year filter: {a}–{b}", "연도 필터: {a}–{b}"),
    "tl_all_years": ("Show every year", "모든 연도 보기"),
    "tl_alt": (
        "Bar chart of agreements per year, stacked by {by}.",
        "연도별 협력 건수 막대그래프 ({by}별 누적).",
    ),
    "tl_table": ("Numbers as a table", "표로 보기"),
    "src_caption": (
        "Each article as published, with the sentences that support its records highlighted.",
        "각 기사 원문과, 기록의 근거가 된 문장을 강조해 보여 줍니다.",
    ),
    "src_article": ("Article", "기사"),
    "src_publisher": ("Publisher", "발행처"),
    "src_published": ("Published", "게재일"),
    "src_url": ("Address", "주소"),
    "src_no_url": ("no web address recorded", "기록된 웹 주소 없음"),
    "src_file": ("File", "파일"),
    "src_unknown": ("not recorded", "기록 없음"),
    "src_records": ("Records drawn from this article", "이 기사에서 뽑은 기록"),
    "src_no_records": (
        "No records have been drawn from this article yet. Add them on the Add article page.",
        "이 기사에서 뽑은 기록이 아직 없습니다. 기사 추가 페이지에서 추가하세요.",
    ),
    "src_article_map": ("Show this article's agreements on the map", "이 기사의 협력을 지도에서 보기"),
    "src_on_map": ("Show on the map", "지도에서 보기"),
    "src_missing": (
        "There is no article {name} in seeds/. Choose one from the list.",
        "seeds/에 {name} 기사가 없습니다. 목록에서 고르세요.",
    ),
    "src_none": ("No articles in seeds/ yet.", "seeds/에 기사가 아직 없습니다."),
    "src_unreadable": (
        "The article {name} cannot be read as UTF-8 text. Save it again as UTF-8 in seeds/.",
        "{name} 기사를 UTF-8 텍스트로 읽을 수 없습니다. seeds/에 UTF-8로 다시 저장하세요.",
    ),
    "src_filtered": (
        "Articles with agreements matching the filters: {n} of {total}.",
        "필터에 맞는 협력이 있는 기사: 전체 {total}건 중 {n}건.",
    ),
    "src_n_records": ("{n} record(s)", "기록 {n}건"),
    "src_text": ("Article text", "기사 원문"),
    "src_legend": (
        "Highlighted: sentences quoted as evidence, coloured by agreement type. Hover one to see "
        "its record.",
        "강조된 문장은 근거로 인용된 문장이며 협약 유형별로 색이 다릅니다. 마우스를 올리면 해당 기록이 보입니다.",
    ),
})


# Tour page (pages/2_Tour.py; ui/tour.py, ui/presentation.py)
STRINGS.update({
    "page_map": ("Map", "지도"),
    "page_tour": ("Tour", "둘러보기"),
    "tr_scope": ("Show", "범위"),
    "tr_scope_all": ("All records", "모든 기록"),
    "tr_scope_filtered": ("Current filters", "현재 필터"),
    "tr_order": ("Order", "순서"),
    "tr_order_time": ("Oldest first", "시간순"),
    "tr_prev": ("◀ Previous", "◀ 이전"),
    "tr_next": ("Next ▶", "다음 ▶"),
    "map_fit": ("⤢ Fit", "⤢ 전체 보기"),
    "map_fit_help": ("Frame everything drawn on the map again", "지도에 그려진 것이 모두 보이게 다시 맞춥니다"),
    "tr_first": ("First step (Home)", "처음으로 (Home)"),
    "tr_last": ("Last step (End)", "마지막으로 (End)"),
    "tr_play": ("Autoplay", "자동 재생"),
    "tr_every": ("Seconds per step", "단계당 초"),
    "tr_present": ("Presentation look", "발표 화면"),
    "tr_present_help": (
        "Hides the sidebar and every control and enlarges the type so it reads from the back of a "
        "room. → ← PageDown PageUp Space Home End (and clickers) step through; Esc leaves it.",
        "사이드바와 조작 버튼을 모두 숨기고 글자를 키워 멀리서도 읽히게 합니다. → ← PageDown PageUp "
        "Space Home End 키(발표용 리모컨)로 넘기고, Esc로 끝냅니다.",
    ),
    "tr_step": ("{i} of {n}", "{n}건 중 {i}번째"),
    "tr_empty": (
        "No records to tour. Clear a filter, or choose \"All records\".",
        "둘러볼 기록이 없습니다. 필터를 줄이거나 \"모든 기록\"을 고르세요.",
    ),
    "tr_agreed": ("What was agreed", "주요 내용"),
    "tr_quote": ("From the source", "출처 인용"),
    "tr_domestic": ("In Korea, no foreign partner", "국내 사업 (해외 상대 없음)"),
    "tr_problems": (
        "Some saved tours name records that do not exist; they are skipped:",
        "저장된 둘러보기 중 없는 기록을 가리키는 항목은 건너뜁니다:",
    ),
    "tr_map_alt": (
        "Map focused on the current record's places, with its arcs drawn thick.",
        "현재 기록의 지역에 맞춘 지도. 해당 협력의 호가 굵게 표시됩니다.",
    ),
})

# Map page: take-away files (ui/takeaway.py), year play (ui/timeplay.py); every page: theme (ui/theme.py).
STRINGS.update({
    "ta_open": ("Download this map", "이 지도 내려받기"),
    "ta_html": ("Interactive map (HTML)", "인터랙티브 지도 (HTML)"),
    "ta_html_help": (
        "One file that opens in any browser with no internet or server: pan, zoom and hover as here.",
        "인터넷이나 서버 없이 브라우저에서 바로 열리는 파일입니다. "
        "여기처럼 이동·확대하고 마우스를 올려 볼 수 있습니다.",
    ),
    "ta_png": ("Image for slides (PNG)", "발표용 이미지 (PNG)"),
    "ta_png_help": (
        "The current view as a 1600×900 picture with a title and a legend.",
        "현재 화면을 제목과 범례가 있는 1600×900 이미지로 저장합니다.",
    ),
    "ta_no_font": (
        "No Korean (Noto Sans CJK) font was found on the server: Korean text in the image may show as boxes.",
        "서버에 한글 글꼴(Noto Sans CJK)이 없어 이미지의 한글이 네모로 보일 수 있습니다.",
    ),
    "tp_play": ("Play years", "연도별 재생"),
    "tp_pause": ("Pause", "일시 정지"),
    "tp_help": (
        "Partnerships appear year by year: the end of the year filter moves forward once a second.",
        "연도 필터의 끝 연도가 1초마다 한 해씩 늘어나며 협력이 차례로 나타납니다.",
    ),
    "tp_year": ("Up to {year}", "{year}년까지"),
    "theme_dark": ("Dark theme", "어두운 테마"),
    "arcs_capped": (
        "The map draws the {shown:,} busiest of {total:,} connections; narrow the filters to see the others.",
        "지도에는 연결 {total:,}개 중 협력이 많은 {shown:,}개만 그립니다. 필터를 좁히면 나머지도 보입니다.",
    ),
})


STRINGS.update(STAFF_STRINGS)
STRINGS.update(INTAKE_STRINGS)


def t(key: str, lang: str, **fields: object) -> str:
    """The interface text for `key` in `lang` ("en" or "ko"), with `fields` filled in."""
    en, ko = STRINGS[key]
    text = ko if lang == "ko" else en
    return text.format(**fields) if fields else text


def type_label(type_id: str, lang: str) -> str:
    """An agreement type's name."""
    en, ko = TYPES.get(type_id, (type_id, type_id))
    return ko if lang == "ko" else en


def level_label(level: str, lang: str) -> str:
    """A Korean government level's name (partnerships.korea.LEVELS)."""
    en, ko = LEVELS.get(level, (level, level))
    return ko if lang == "ko" else en


def confidence_label(level: str, lang: str) -> str:
    """A confidence grade's name (partnerships.model.CONFIDENCE)."""
    en, ko = CONFIDENCE.get(level, (level, level))
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
    """The sidebar language switch, kept in the URL as `lang=ko` (and across pages); returns "en" or "ko"."""
    from ui.nav import sidebar_nav  # the page list sits above the switch and follows it

    nav_box = st.sidebar.container()
    if LANG_KEY not in st.session_state:
        wanted = url_params.read(LANG_KEY, lambda raw: params.choice(raw, LANGS))
        wanted = wanted or st.session_state.get(SAVED_LANG_KEY, DEFAULT_LANG)
        st.session_state[LANG_KEY] = wanted if wanted in LANGS else DEFAULT_LANG
    else:
        st.session_state[LANG_KEY] = st.session_state[LANG_KEY]  # claimed again after a page switch
    lang = st.sidebar.radio(
        STRINGS["language"][0], LANGS, key=LANG_KEY, horizontal=True,
        format_func=LANG_NAMES.__getitem__,
    )
    st.session_state[SAVED_LANG_KEY] = lang
    sidebar_nav(lang, nav_box)
    if lang == DEFAULT_LANG:
        if LANG_KEY in st.query_params:
            del st.query_params[LANG_KEY]
    elif st.query_params.get(LANG_KEY) != lang:
        st.query_params[LANG_KEY] = lang
    return lang
