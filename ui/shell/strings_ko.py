"""Every interface text in Korean: key -> text (`{name}` fields are filled by ui.shell.i18n.t).

The same keys as ui/shell/strings_en.py, in the same order, so the two files read side by side.
"""

from __future__ import annotations

KO: dict[str, str] = {
    # Every page, the Map page (app.py) and the sidebar
    "app_title": "파트너십 아틀라스",
    "app_caption": "한국 기사와 보도자료로 살펴보는 한국 도시들의 국제 협력.",
    "language": "Language · 언어",
    "filters": "필터",
    "filter_sector": "분야",
    "filter_years": "연도",
    "filter_type": "협약 유형",
    "filter_kr": "국내 도시",
    "filter_region": "상대 지역",
    "filter_country": "상대 국가",
    "filter_q": "검색",
    "filter_q_placeholder": "제목, 요약, 기관 또는 지명",
    "filter_any": "전체",
    "filter_clear": "필터 초기화",
    "param_years_outside": "링크의 연도에는 협약이 없어(기록은 {first}–{last}년) 모든 연도를 보여 줍니다.",
    "param_past_the_end": "링크의 `{param}` 값이 끝을 넘어 마지막 {last}번째를 보여 줍니다.",
    "param_years_swapped": "링크의 연도 `from`과 `to`가 거꾸로 되어 있어 서로 바꿨습니다.",
    "param_ignored": "링크의 `{param}` 값은 사용할 수 없어 무시했습니다.",
    "param_repeated": "링크에 `{param}` 값이 여러 번 있어 마지막 값을 썼습니다.",
    "filter_one_year": "모든 기록이 {year}년입니다.",
    "filter_and_undated": "및 날짜 미상",
    "filter_undated": "날짜 없는 교류 포함(전체 {n}건)",
    "filter_undated_only": "날짜 없는 교류만",
    "filter_sector_help": (
        "기록의 분야입니다. 일반 교류: 출처가 분야를 밝히지 않은 교류로, 전국 자료 표의 대부분(자치단체가 밝힌 "
        "자매·우호도시)이 여기에 속합니다."
    ),
    "filter_undated_help": (
        "출처에 체결일이 없어 어느 연도 범위에도 속하지 않습니다. 선택하면 연도와 관계없이 표시하고, 해제하면 "
        "제외합니다."
    ),
    "undated_short": "날짜 미상",
    "filter_level": "자치단체 유형",
    "filter_confidence": "출처 신뢰도",
    "filter_confidence_help": (
        "출처 표가 교류마다 매긴 신뢰도입니다(전국 교류 현황 표). 기사에서 읽은 협력에는 이 등급이 없습니다."
    ),
    "filter_confidence_note": "등급이 매겨진 표의 교류만 보입니다. 기사에서 읽은 협력은 빠집니다.",
    "record_confidence": "원자료 신뢰도: {level}",
    "timeline_undated": "날짜가 없는 {n}건은 막대에 포함되지 않습니다.",
    "metric_agreements": "협력 건수",
    "metric_undated_among": "그중 날짜 없음 {n}건",
    "metric_years_none": "날짜 없음",
    "metric_partners": "상대 도시·지역",
    "metric_countries": "국가",
    "metric_years": "기간",
    "no_match": "조건에 맞는 협력이 없습니다. 사이드바에서 필터를 줄여 보세요.",
    "no_data": "표시할 기록이 아직 없습니다. data/records/에 검토된 기록을 추가하세요.",
    "problems": (
        "기록 {n}건을 읽지 못해 지도에서 제외했습니다. data/records/에서 고쳐 주세요 (`python -m partnerships "
        "validate`로 확인):"
    ),
    "db_down": (
        "지금은 데이터베이스에 연결할 수 없어 {when} 기준의 기록을 보여 줍니다. 다시 연결될 때까지 저장할 수 없습니다."
    ),
    "db_down_now": "지금은 데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도하세요.",
    "agreements_page": "페이지",
    "agreements_rows": "{n}건 중 {first}–{last}번째 (최신순, 열 이름을 누르면 이 쪽 안에서 정렬)",
    "db_none": "데이터베이스에 연결할 수 없고 아직 불러온 기록이 없습니다. 잠시 후 다시 시도하세요.",
    "problem_file": "파일",
    "problem_record": "기록",
    "problem_field": "항목",
    "map_alt": "한국 도시와 해외 협력 도시를 잇는 지도.",
    "legend_types": "협약 유형 (선 색)",
    "legend_places": "지역",
    "legend_korean": "국내 도시",
    "legend_partner": "해외 협력 상대",
    "legend_size": "원 크기와 선 굵기는 협력 건수를 나타냅니다.",
    "place_select": "지역",
    "place_placeholder": "지도의 원을 누르거나 이름을 입력하세요",
    "place_several": "지도에서 {name}에 맞는 지역이 {n}곳입니다. 목록에서 고르세요",
    "place_not_found": "지도에 {name}(이)라는 지역이 없습니다",
    "panel_hint": "지도의 원이나 선을 누르거나 위에서 지역을 고르면 협력 내용과 출처를 볼 수 있습니다.",
    "n_agreements": "협력 {n}건",
    "pair_title": "{a} → {b}",
    "record_date": "날짜",
    "record_inferred": "추정",
    "record_in_english": "(영문)",
    "record_why_date": "날짜 추정 근거",
    "record_type": "유형",
    "record_sectors": "분야",
    "record_partners": "지역",
    "record_evidence": "기사 근거 문장",
    "record_row_evidence": "근거: 표 {file}의 {row}행",
    "record_row_field": "열",
    "record_row_value": "값",
    "tour_row_source": "표 {file} {row}행",
    "record_source": "출처",
    "record_also_source": "함께 보도한 출처",
    "record_also_evidence": "그 보도의 근거 문장",
    "record_published": "게재",
    "record_file": "파일",
    "record_proposed": "검토 전 제안 기록",
    "text_alt": "지도 내용 (텍스트)",
    "text_places": "협력 건수 순 지역",
    "text_pairs": "연결",
    "text_none": "표시할 항목이 없습니다.",
    "side_korean": "국내 도시",
    "side_partner": "해외 상대",
    # Add article page (pages/5_Add_article.py, ui/screens/article_review.py, ui/screens/place_picker.py)
    "add_article_title": "기사 추가",
    "add_article_tab_paste": "텍스트 붙여 넣기",
    "add_article_tab_upload": "파일 올리기",
    "add_article_paste_label": "기사 본문",
    "add_article_paste_placeholder": "기사 전체를 붙여 넣으세요. 날짜 줄이 있으면 함께 넣어 주세요.",
    "add_article_upload_label": "기사 파일",
    "add_article_upload_help": ".txt, .md, .html 파일, 최대 {mb}MB; UTF-8 또는 CP949/EUC-KR.",
    "add_article_read": "기사 읽기",
    "add_article_reading": "기사를 읽는 중…",
    "add_article_no_file": "먼저 파일을 고르세요.",
    "add_article_online": "온라인 지오코딩 (OpenStreetMap Nominatim)",
    "add_article_online_help": (
        "켜면 내장 지명 사전에 없는 지명을 OpenStreetMap에서 찾습니다. 끄면 아무것도 외부로 보내지 않습니다."
    ),
    "add_article_err_empty": "기사가 비어 있습니다. 본문을 붙여 넣거나 파일을 올리세요.",
    "add_article_err_binary": "텍스트 파일이 아닙니다(바이너리로 보입니다). 기사를 .txt, .md, .html로 올려 주세요.",
    "add_article_err_too_large": (
        "기사가 {size}MB로 제한({limit}MB)을 넘습니다. 기사 본문이나 해당 페이지만 올려 주세요."
    ),
    "add_article_err_too_long": (
        "기사 본문이 {size}KB로 제한({limit}KB)을 넘습니다(긴 기획 기사가 약 30KB). 기사를 하나씩 붙여 넣거나 올려 "
        "주세요."
    ),
    "add_article_err_too_slow": (
        "본문이 너무 길거나 협약 관련 단어가 지나치게 많아 제시간에 읽지 못했습니다. 기사별로 나누어 하나씩 추가해 "
        "주세요."
    ),
    "add_article_err_too_many": (
        "이 글에서 찾은 협약이 기사 한 건에 담길 만한 수보다 많습니다(기사 한 건에서 최대 {limit}건까지 제안). 여러 "
        "기사를 함께 붙여 넣은 것으로 보입니다. 기사별로 나누어 하나씩 추가해 주세요."
    ),
    "add_article_err_not_korean": (
        "한국어 기사로 보이지 않습니다(한글이 너무 적음). 한국어 기사와 보도자료만 읽을 수 있습니다."
    ),
    "add_article_err_file_type": "{name}: {allowed} 파일만 읽을 수 있습니다.",
    "add_article_err_unreadable": "기사를 읽지 못했습니다: {detail}",
    "add_article_err_duplicate": (
        "이미 아틀라스에 있는 기사입니다. 기록이 검토를 기다리거나 게시 또는 철회되어 있습니다({file}로 저장됨). 다시 "
        "추가하지 않았습니다. 기록이 모두 반려된 기사는 다시 추가할 수 있습니다."
    ),
    "add_article_err_exists": "data/records/{file}이(가) 이미 있어 저장하지 않았습니다.",
    "add_article_err_invalid": "저장하지 않았습니다. 먼저 고칠 문제가 {n}건 있습니다.",
    "add_article_err_write": "저장에 실패해 아무것도 바꾸지 않았습니다: {detail}",
    "add_article_err_places": "data/places.csv를 읽을 수 없습니다: {detail}",
    "add_article_none": "이 기사에서 협력 기록을 찾지 못해 저장할 것이 없습니다 ({reason}).",
    "add_article_dropped": "제안하지 않은 항목과 그 이유: {items}",
    "add_article_article": "기사",
    "add_article_article_help": "강조: 각 기록이 인용한 문장과 유형·날짜·지명의 근거가 된 낱말.",
    "add_article_mark_evidence": "인용 문장",
    "add_article_mark_type": "협약 낱말",
    "add_article_mark_date": "날짜",
    "add_article_mark_places": "지명",
    "add_article_records": "제안된 기록 ({n}건)",
    "add_article_records_help": "강조된 기사와 대조해 각 기록을 확인하세요. 잘못된 기록은 “유지”를 해제하세요.",
    "add_article_record": "기록 {i}",
    "add_article_confidence": "신뢰도 {value}",
    "add_article_keep": "유지",
    "add_article_dropped_record": "저장하지 않습니다.",
    "add_article_type": "협약 유형",
    "add_article_sectors": "분야",
    "add_article_date": "날짜 (YYYY, YYYY-MM, YYYY-MM-DD)",
    "add_article_year": "{year}년",
    "add_article_no_date": "날짜 없음: 저장할 때 발행일의 연도를 쓰고, 그렇게 적어 둡니다.",
    "add_article_bad_date": "날짜 형식이 아닙니다. 2024, 2024-03, 2024-03-13처럼 쓰세요.",
    "add_article_stated": "기사에 날짜 전체가 나옴",
    "add_article_stated_help": "기사에 연도까지 날짜가 모두 나오면 표시하고, 아니면 날짜를 어떻게 정했는지 적습니다.",
    "add_article_inferred": "추정한 근거",
    "add_article_korean_places": "국내 지역",
    "add_article_partner_places": "해외 상대 지역",
    "add_article_venue": "장소",
    "add_article_no_venue": "—",
    "add_article_title_en": "제목 (영어)",
    "add_article_title_ko": "제목 (한국어)",
    "add_article_summary_en": "요약 (영어)",
    "add_article_summary_ko": "요약 (한국어)",
    "add_article_evidence": "근거 문장",
    "add_article_find": "추가할 지명 찾기",
    "add_article_find_placeholder": "한국어나 영어 이름 (예: 오덴세, Odense)",
    "add_article_matches": "지명 사전의 지역",
    "add_article_closest": "지명 사전에 없습니다. 가장 가까운 이름",
    "add_article_add_venue": "장소로",
    "add_article_add_place": "지역 추가",
    "add_article_unknown_place": "“{name}”은(는) 지명 사전에 없고 비슷한 이름도 없습니다.",
    "add_article_online_hint": "사이드바에서 “온라인 지오코딩”을 켜면 OpenStreetMap에서 찾을 수 있습니다.",
    "add_article_lookup": "“{name}” 온라인에서 찾기",
    "add_article_found_online": (
        "온라인에서 찾음: {address}. {id}(으)로 추가했으며 저장할 때 아틀라스의 장소 목록에 들어갑니다."
    ),
    "add_article_not_found_online": "OpenStreetMap에 “{name}”이라는 곳이 없습니다.",
    "add_article_bad_answer": (
        "지오코딩 서비스의 답을 쓸 수 없어 지역을 추가하지 않았습니다: {detail}. 지명 사전의 지역을 고르거나 이름을 "
        "확인하세요."
    ),
    "add_article_unreachable": (
        "지오코딩 서비스에 연결할 수 없습니다(네트워크 확인). 지명 사전의 지역을 고르거나 나중에 다시 시도하세요. "
        "({detail})"
    ),
    "add_article_division": "주·성·현",
    "add_article_new_place": "새 지역",
    "add_article_nothing_kept": "유지할 기록이 없습니다. 저장하려면 하나 이상 “유지”를 선택하세요.",
    "add_article_saved_places": "새로 추가한 지역: {ids}",
    "add_article_discard": "처음부터",
    # Staff pages: Agreements (pages/3_Agreements.py), Timeline (pages/4_Timeline.py),
    # Sources (pages/6_Sources.py); ui/shell/page.py, ui/screens/table.py, ui/screens/timeline.py, ui/screens/sources.py
    "page_agreements": "협력 목록",
    "page_timeline": "연도별 추이",
    "page_sources": "출처 기사",
    "agreements_caption": (
        "필터에 맞는 모든 협력과 그 항목 전부입니다. 열 제목을 누르면 정렬되고, 표 위의 돋보기로 표 안을 검색할 수 "
        "있습니다."
    ),
    "agreements_order": "최신순 (열 이름을 누르면 다시 정렬)",
    "agreements_count": "전체 {total}건 중 {n}건",
    "column_title_en": "제목 (영문)",
    "column_title_ko": "제목 (국문)",
    "column_date": "날짜",
    "column_year": "연도",
    "column_date_basis": "날짜 근거",
    "column_type": "유형",
    "column_sectors": "분야",
    "column_korean": "국내 도시",
    "column_partners": "상대 도시·지역",
    "column_countries": "상대 국가",
    "column_regions": "상대 지역",
    "column_venue": "장소",
    "column_parties": "참여 기관",
    "column_summary_en": "요약 (영문)",
    "column_summary_ko": "요약 (국문)",
    "column_map": "지도",
    "column_source": "출처",
    "column_publisher": "발행처",
    "column_published": "게재일",
    "column_url": "원문 주소",
    "column_evidence": "근거 문장",
    "column_status": "상태",
    "column_file": "기사 파일",
    "column_id": "기록 ID",
    "link_map": "지도에서 보기",
    "link_source": "기사 보기",
    "status_reviewed": "검토 완료",
    "status_proposed": "검토 전",
    "download_heading": "이 협력 {n}건 내려받기",
    "download_csv": "CSV",
    "download_csv_help": "쉼표로 구분한 UTF-8 파일 (엑셀에서 한글이 깨지지 않도록 BOM 포함).",
    "download_xlsx": "엑셀",
    "download_xlsx_help": "협력 한 건이 한 행인 엑셀 통합 문서.",
    "download_geojson": "GeoJSON",
    "download_geojson_help": "국내 도시에서 상대 도시로 잇는 선 (GIS 도구용).",
    "timeline_caption": "연도별 협력 건수입니다. 막대 위를 끌어 연도를 고르면 모든 페이지의 연도 필터가 됩니다.",
    "timeline_by": "구분 기준",
    "timeline_by_type": "협약 유형",
    "timeline_by_sector": "분야",
    "timeline_year": "연도",
    "timeline_count": "협력 건수",
    "timeline_sector_note": "여러 분야에 걸친 협력은 분야마다 한 번씩 셉니다.",
    "timeline_span": "연도 필터: {a}–{b}",
    "timeline_all_years": "모든 연도 보기",
    "timeline_alt": "연도별 협력 건수 막대그래프 ({by}별 누적).",
    "timeline_table": "표로 보기",
    "sources_caption": "각 기사 원문과, 기록의 근거가 된 문장을 강조해 보여 줍니다.",
    "sources_article": "기사",
    "sources_publisher": "발행처",
    "sources_published": "게재일",
    "sources_url": "주소",
    "sources_more_urls": "외 {n}개",
    "sources_all_urls": "이 출처의 웹 주소 {n}개 모두",
    "sources_no_url": "기록된 웹 주소 없음",
    "sources_file": "파일",
    "sources_unknown": "기록 없음",
    "sources_records": "이 기사에서 뽑은 기록",
    "sources_no_records": "이 기사에서 뽑은 기록이 아직 없습니다. 기사 추가 페이지에서 추가하세요.",
    "sources_article_map": "이 기사의 협력을 지도에서 보기",
    "sources_on_map": "지도에서 보기",
    "sources_missing": "seeds/에 {name} 기사가 없습니다. 목록에서 고르세요.",
    "sources_one_record": "이 출처에서 나온 기록 {n}건 가운데 링크가 가리킨 1건입니다.",
    "sources_show_all": "{n}건 모두 보기",
    "sources_record_missing": "이 출처에 게시된 기록 {rid}이(가) 없어 모든 기록을 보여 줍니다.",
    "sources_none": "seeds/에 기사가 아직 없습니다.",
    "sources_unreadable": "{name} 기사를 UTF-8 텍스트로 읽을 수 없습니다. seeds/에 UTF-8로 다시 저장하세요.",
    "sources_filtered": "필터에 맞는 협력이 있는 기사: 전체 {total}건 중 {n}건.",
    "sources_page": "기사 목록 쪽 ({pages}쪽 중)",
    "sources_n_records": "기록 {n}건",
    "sources_legend": (
        "강조된 문장은 근거로 인용된 문장이며 협약 유형별로 색이 다릅니다. 마우스를 올리면 해당 기록이 보입니다."
    ),
    # Tour page (pages/2_Tour.py; ui/screens/tour.py, ui/screens/presentation.py)
    "page_map": "지도",
    "page_tour": "둘러보기",
    "tour_scope": "범위",
    "tour_scope_all": "모든 기록",
    "tour_scope_filtered": "현재 필터",
    "tour_order": "순서",
    "tour_own_title": "나만의 둘러보기 ({n}건)",
    "tour_own_left_out": (
        "링크의 단계 중 빠진 것(공개되지 않았거나 없는 기록, 또는 한 투어에 담기는 {most}건을 넘는 것): {n}건"
    ),
    "tour_build": "나만의 둘러보기 만들기",
    "tour_build_link": "이 둘러보기 링크",
    "tour_build_pick": "둘러볼 순서대로 고른 협력",
    "tour_build_help": (
        "보여줄 순서대로 협력을 최대 {n}건 고르세요. 고르는 즉시 둘러보기가 그 순서로 바뀌고, 이 화면의 링크에 그대로 "
        "담기며, 아래 단추로 고른 협력만 내려받을 수 있습니다."
    ),
    "tour_build_none": "협력 고르기",
    "tour_order_time": "시간순",
    "tour_prev": "◀ 이전",
    "tour_next": "다음 ▶",
    "map_fit": "⤢ 전체 보기",
    "map_fit_help": "지도에 그려진 것이 모두 보이게 다시 맞춥니다",
    "tour_first": "처음으로 (Home)",
    "tour_last": "마지막으로 (End)",
    "tour_play": "자동 재생",
    "tour_every": "단계당 초",
    "tour_present": "발표 화면",
    "tour_present_help": (
        "사이드바와 조작 버튼을 모두 숨기고 글자를 키워 멀리서도 읽히게 합니다. → ← PageDown PageUp Space Home End "
        "키(발표용 리모컨)로 넘기고, F5로 시작하고 Esc로 끝냅니다."
    ),
    "tour_step": "{n}건 중 {i}번째",
    "tour_empty": "둘러볼 기록이 없습니다. 필터를 줄이거나 \"모든 기록\"을 고르세요.",
    "tour_agreed": "주요 내용",
    "tour_quote": "출처 인용",
    "tour_domestic": "국내 사업 (해외 상대 없음)",
    "tour_skipped": "건너뛴 단계(공개되지 않은 기록): {n}개",
    "tour_problems": "저장된 둘러보기 중 일부를 다 읽지 못해 다음은 빠졌습니다:",
    "tour_map_alt": "현재 기록의 지역에 맞춘 지도. 해당 협력의 호가 굵게 표시됩니다.",
    # Map page: take-away files (ui/map/takeaway.py), year play (ui/map/timeplay.py);
    # every page: theme (ui/shell/theme.py).
    "takeaway_html": "인터랙티브 지도 (HTML)",
    "takeaway_html_help": (
        "인터넷이나 서버 없이 브라우저에서 바로 열리는 파일입니다. 여기처럼 이동·확대하고 마우스를 올려 볼 수 "
        "있습니다."
    ),
    "takeaway_png": "발표용 이미지 (PNG)",
    "takeaway_png_help": "현재 화면을 제목과 범례가 있는 1600×900 이미지로 저장합니다.",
    "takeaway_no_font": "서버에 한글 글꼴(Noto Sans CJK)이 없어 이미지의 한글이 네모로 보일 수 있습니다.",
    "year_play_play": "연도별 재생",
    "year_play_pause": "일시 정지",
    "year_play_help": "연도 필터의 끝 연도가 1초마다 한 해씩 늘어나며 협력이 차례로 나타납니다.",
    "year_play_year": "{year}년까지",
    "theme_dark": "어두운 테마",
    "arcs_capped": "지도에는 연결 {total:,}개 중 협력이 많은 {shown:,}개만 그립니다. 필터를 좁히면 나머지도 보입니다.",
    # Staff: sign-in (ui/shell/auth.py)
    "auth_staff": "직원 로그인",
    "auth_name": "계정 이름",
    "auth_password": "비밀번호",
    "auth_sign_in": "로그인",
    "auth_sign_in_with": "{provider}(으)로 로그인",
    "auth_sign_out": "로그아웃",
    "auth_signed_in": "**{name}** 님으로 로그인됨 ({role})",
    "auth_signed_out_elsewhere": "이 브라우저의 다른 탭이나 창에서 로그아웃되었습니다.",
    "auth_session_ended": (
        "로그아웃되었습니다. 계정이 바뀌었거나(새 비밀번호, 계정 삭제) 몇 시간 동안 사용하지 않았습니다. 다시 "
        "로그인하세요."
    ),
    "auth_refused": "이름 또는 비밀번호가 틀렸습니다.",
    "auth_too_many": "이 이름으로 로그인 실패가 너무 많습니다. {minutes}분 뒤에 다시 시도하세요.",
    "auth_no_role": "{name} 님은 이곳의 직원 계정이 없습니다. 공개 아틀라스는 볼 수 있습니다.",
    "auth_store_down": "지금 데이터베이스에 연결할 수 없습니다: {detail}",
    "auth_need_editor": "기사를 추가하려면 사이드바에서 편집자 또는 검토자로 로그인하세요.",
    "auth_need_reviewer": "기록을 검토하려면 사이드바에서 검토자로 로그인하세요.",
    "auth_not_allowed": "이 계정으로는 할 수 없는 작업입니다 ({action}).",
    "role_viewer": "열람자",
    "role_editor": "편집자",
    "role_reviewer": "검토자",
    # statuses
    "own_proposals": "내가 제안한 기록 ({n}건)",
    "own_proposals_none": "아직 제안한 기록이 없습니다.",
    "own_proposals_title": "제목",
    "own_proposals_status": "상태",
    "own_proposals_reason": "검토자 사유",
    "status_removed": "삭제됨",
    "status_published": "게시됨",
    "status_rejected": "반려됨",
    "status_merged": "병합됨 (게시된 기록의 두 번째 출처)",
    "status_retracted": "철회됨",
    # review page
    "page_review": "검토",
    "review_caption": (
        "모든 기사에서 제안된 기록(오래된 순). 게시하거나, 고친 뒤 게시하거나, 사유를 적어 반려하세요. 게시된 기록만 "
        "공개 페이지에 나옵니다."
    ),
    "review_empty": "검토할 기록이 없습니다.",
    "review_count": "제안된 기록 {n}건",
    "review_page": "쪽 (전체 {pages}쪽)",
    "review_showing": "{n}건 중 {first}–{last}번째 (오래된 순)",
    "review_reject_source": "한 출처의 기록 모두 반려",
    "review_reject_source_pick": "출처 (검토 대기 건수)",
    "review_reject_source_go": "{n}건 모두 반려",
    "review_rejected_n": "{file}의 기록 {n}건",
    "review_select": "선택",
    "review_pick_all": "이 쪽의 {n}건 모두 선택",
    "review_pick_none": "선택 해제",
    "review_bulk_held": (
        "게시하지 않음: 출처의 발행처와 발행일을 먼저 채워야 하는 기록입니다(각 카드에서 입력): {titles}"
    ),
    "review_bulk": "선택한 {n}건 게시",
    "review_publish": "게시",
    "review_edits_hint": (
        "이 기록을 수정했습니다. ‘수정 후 게시’로 게시하고 사유를 적으세요(출처의 빈칸만 채웠다면 사유는 필요 "
        "없습니다)."
    ),
    "review_edit_publish": "수정 후 게시",
    "review_reject": "반려",
    "review_reason": "사유 (반려·수정·철회·되돌리기 시 필수)",
    "review_need_reason": "먼저 사유를 적으세요.",
    "review_done": "완료 — {action}: {rid}",
    "review_changed": (
        "보고 있는 동안 다른 사람이 이 기록을 바꿨습니다. 두 버전이 아래에 있고, 입력한 내용은 양식에 남아 있습니다. "
        "확인한 뒤 다시 저장하세요."
    ),
    "review_theirs": "현재 저장된 버전 ({v})",
    "review_yours": "내가 입력한 내용",
    "review_address": "주소: **{host}** · {url}",
    "review_source_missing": (
        "이 제안의 출처에 발행처나 발행일이 없습니다. 공개 카드에 출처가 제대로 표시되도록 게시 전에 아래에서 채워 "
        "주세요."
    ),
    "review_from": "출처: {file} · {publisher} · {published}",
    "review_merge_title": "두 번 이상 보도·기재된 같은 협약",
    "review_date_basis": "날짜 {basis}",
    "review_merge_more": "합치기 제안 {n}건 중 {shown}건을 보여 줍니다. 이들을 합치거나 검토하면 다음 제안이 나옵니다.",
    "review_merge_help": (
        "당사자·유형이 같고 날짜 차이가 {days}일 이내(또는 연도·월과 그 안의 날짜)이며, 서로 다른 기사나 표에서 "
        "왔습니다. 두 출처를 가진 하나의 게시 기록으로 합치며, 어느 한쪽에 날짜가 일까지 있으면 그 날짜를 씁니다. "
        "되돌릴 수 있습니다."
    ),
    "review_merge": "둘째를 첫째에 병합",
    "review_unmerge": "병합 {n} 되돌리기",
    "review_merge_gone": (
        "그 병합 제안은 없어졌습니다. 그사이 다른 검토자가 두 기록 중 하나를 병합·게시·반려했습니다. 바뀐 것은 없으며, "
        "아래 목록은 지금 상태입니다."
    ),
    "review_unmerge_gone": "그 병합은 그사이 다른 검토자가 이미 되돌렸습니다. 바뀐 것은 없습니다.",
    "review_merges_done": "병합 ({n}건)",
    "review_error": "저장하지 않았습니다: {detail}",
    # published records: edit, retract, history
    "audit_create": "추가",
    "audit_edit": "수정",
    "audit_publish": "게시",
    "audit_reject": "반려",
    "audit_retract": "철회",
    "audit_revert": "되돌림",
    "audit_merge": "병합",
    "audit_unmerge": "병합 해제",
    "audit_remove": "삭제",
    "audit_move": "다른 파일로 옮김",
    "history_who_national": "전국 자료 표 (data/national/ties.csv)",
    "history_who_load": "파일 불러오기",
    "audit_load": "불러옴",
    "audit_save_preset": "열 설정 저장",
    "share_title": "이 화면 링크",
    "share_help": "같은 필터·선택·언어로 이 화면을 엽니다. 상자의 복사 버튼으로 복사하세요.",
    "national_column_korean_gov_ko": "지방자치단체",
    "national_column_korean_gov_en": "지방자치단체 (영문)",
    "national_column_korean_level": "지자체 단위",
    "national_column_partner_name_en": "상대 지역 (영문)",
    "national_column_partner_name_ko": "상대 지역",
    "national_column_partner_admin_en": "상대 지역의 상위 행정구역 (영문)",
    "national_column_partner_country_iso2": "상대 국가 (코드)",
    "national_column_tie_type": "교류 형태",
    "national_column_date": "체결일",
    "national_column_source_url": "출처 페이지",
    "national_column_confidence": "신뢰도",
    "national_column_note": "비고 (영문)",
    "national_publisher": "지방자치단체 국제교류 현황 (전국 자료 표)",
    "batch_records_proposed": "제안된 기록 (검토 전에 확인하세요)",
    "batch_stored_as": "저장 이름",
    "batch_title": "제목",
    "batch_type": "형태",
    "batch_date": "날짜",
    "batch_partner": "상대",
    "batch_fail_empty": "비어 있음: 읽을 본문이 없음",
    "batch_fail_binary_at": "텍스트가 아닌 파일 ({at}번째 바이트에 NUL): 기사를 텍스트나 HTML로 주세요",
    "batch_fail_binary": "텍스트가 아닌 파일: 기사를 텍스트나 HTML로 주세요",
    "batch_fail_broken_utf8": "UTF-8 글자가 깨진 파일 (처음 깨진 곳 {at}번째 바이트): UTF-8로 다시 저장해 주세요",
    "batch_fail_too_large": "너무 큼: {size} MB (기사 한 건의 한도 {limit} MB)",
    "batch_fail_too_long": "본문이 너무 김: {kb} KB (본문 한도 {limit} KB)",
    "batch_fail_too_slow": "읽는 시간 초과: 기사가 너무 길거나 협력 문구가 너무 많음",
    "batch_fail_too_many": "한 글에 협약이 너무 많음: 기사별로 나누어 주세요",
    "batch_fail_not_article": "기사 파일이 아님 ({kinds}만 읽음)",
    "batch_fail_nested_zip": "zip 안의 zip은 열지 않음",
    "batch_fail_zip_bomb": "거부됨: 압축률 {ratio}:1 (압축 폭탄으로 보임)",
    "batch_fail_nul_name": "거부됨: 이름에 NUL 문자가 있음",
    "batch_fail_absolute": "거부됨: 절대 경로",
    "batch_fail_climbs": "거부됨: 압축 파일 밖을 가리키는 경로(..)",
    "batch_fail_refused": "거부됨: {why}",
    "batch_fail_bad_zip": "읽을 수 없는 zip 파일",
    "batch_fail_unpack": "압축을 풀 수 없음: 손상되었거나 암호가 걸린 파일",
    "batch_fail_zip_members": "압축 파일 안에 파일 {n}개: 최대 {max}개까지 읽음",
    "batch_fail_zip_total": "압축 파일 하나에서 {mb} MB 초과",
    "batch_dup_stored": "같은 기사가 이미 저장되어 있음",
    "batch_dup_as": "{other}와(과) 같은 기사",
    "batch_dup_meanwhile": "같은 기사를 다른 가져오기가 그사이 저장함",
    "batch_why_none_proposed": "협력 문구는 있으나 제안된 기록 없음: {parts}",
    "batch_why_history": "지난 일로 서술된 것 {n}건",
    "batch_why_domestic": "해외 상대가 없는 것 {n}건",
    "batch_why_no_korean": "한국 측 지역이 없는 것 {n}건",
    "batch_why_unknown": "지명 사전에 없는 상대 {n}건",
    "batch_why_no_partner": "상대 지역이 없는 것 {n}건",
    "batch_why_plans_only": "협력 문구는 있으나 계획·방문·제안·협의로만 서술됨 (체결·개최·개소 보도 없음)",
    "batch_why_no_wording": "기사에 협력 문구(업무협약, 의향서, 자매결연, 로드쇼 등)가 없음",
    "batch_articles_read": "읽은 기사",
    "batch_records": "제안된 기록",
    "history_title": "변경 이력",
    "history_recent": "최근 변경",
    "history_none": "기록 파일에서 불러온 뒤 변경된 내용이 없습니다.",
    "history_revert": "#{n} 변경 되돌리기",
    "history_revert_changed": (
        "이 목록이 표시된 뒤 {rid} 기록이 바뀌어 되돌리지 않았습니다. 맨 위의 최신 변경을 확인한 뒤 필요하면 다시 "
        "되돌리세요."
    ),
    "history_edit": "수정 또는 철회",
    "history_save": "수정 저장",
    "history_retract": "철회",
    "history_retracted": "이 기록은 철회되었습니다: {reason}",
    # Add article: saving drafts for review
    "add_article_caption": (
        "한국어 기사나 보도자료를 붙여 넣거나 파일로 올리세요. 읽어 낸 협력 기록을 확인하고 제목과 요약을 직접 쓴 뒤 "
        "제안으로 저장하세요. 검토자가 게시합니다."
    ),
    "add_article_save": "기록 {n}건 검토 요청",
    "add_article_saved": (
        "기사 {seed}에서 제안 기록 {n}건을 저장했습니다. 검토자가 검토 페이지에서 게시하기 전까지는 공개되지 않습니다."
    ),
    "add_article_source_head": "기사 정보",
    "add_article_url": "웹 주소(선택)",
    "add_article_need_url": "웹 주소는 http:// 또는 https://로 시작하고 빈칸이 없어야 합니다",
    "add_article_publisher": "발행처 (필수)",
    "add_article_published": "발행일, YYYY-MM-DD (필수)",
    "add_article_publisher_optional": "발행처",
    "add_article_published_optional": "발행일, YYYY-MM-DD",
    "add_article_need_publisher": "기사의 발행처를 쓰세요.",
    "add_article_need_published": "기사의 발행일을 YYYY-MM-DD 형식으로 쓰세요(1945년부터 오늘까지).",
    "add_article_redate_dropped": (
        "{date} 기준으로 다시 읽으니 처음 제안된 기록 중 {n}건이 빠졌습니다: {titles}. 날짜를 알고 보면 이 기사의 새 "
        "소식이 아니라 이전의 교류나 계획으로 읽힙니다."
    ),
    "add_article_redate": "{date} 기준으로 다시 읽기",
    "add_article_redate_help": (
        "아래 기록은 이 발행일 없이 읽었습니다. 다시 읽으면 '지난 14일', '전날' 같은 날짜와 연도가 없는 기록을 {date} "
        "기준으로 정합니다. 아래 기록에 고친 내용은 처음부터 다시 시작합니다."
    ),
    "add_article_place_partner": (
        "상대({name})가 지명 사전에 없어 자동으로는 제안하지 않은 기록입니다. 아래에서 상대 지명을 찾거나(온라인 "
        "찾기를 켜면 온라인으로도) 이 기록을 빼세요."
    ),
    "add_article_need_places": "기록 {i}: 국내 지명과 상대 지명을 고르세요",
    "add_article_need_text": "기록 {i}: 제목 두 개와 요약 두 개를 직접 쓰세요 (회색 제안 문구는 저장되지 않습니다).",
    "add_article_use_suggestion": "제안된 제목·요약 사용",
    # Add article: several files (ui/screens/batch_upload.py) and spreadsheets (ui/screens/table_import.py)
    "batch_tab": "여러 파일",
    "batch_tab_table": "표(스프레드시트)",
    "batch_label": "기사 파일 (.txt, .md, .html, .htm 또는 .zip)",
    "batch_help": "기사마다 읽은 기록은 '제안됨' 상태로 검토 대기열에 들어갑니다. 이미 저장된 기사는 건너뜁니다.",
    "batch_published": "날짜가 없는 파일의 게재일",
    "batch_from_name": "파일 이름에서 날짜 읽기",
    "batch_read": "모두 읽기",
    "batch_none": "먼저 파일을 하나 이상 고르세요.",
    "batch_progress": "{total}개 중 {done}개: {name}",
    "batch_summary": "요약",
    "batch_what": "항목",
    "batch_count": "수",
    "batch_file": "파일",
    "batch_out_of_time": (
        "읽지 않음: 이번 업로드의 읽기 시간({minutes}분)이 먼저 끝났습니다. 이 파일은 저장되지 않았으니 다시 추가하면 "
        "읽습니다."
    ),
    "batch_no_date": (
        "저장하지 않음: 페이지에서 발행일을 찾지 못해 기록에 연도가 없습니다. 날짜 없는 파일의 발행일을 입력한 뒤 다시 "
        "읽으세요."
    ),
    "batch_reason": "이유",
    "batch_failures": "실패",
    "batch_duplicates": "건너뛴 중복",
    "batch_row_files": "파일",
    "batch_row_articles": "읽은 기사",
    "batch_row_proposed": "제안된 기록",
    "batch_row_duplicates": "건너뛴 중복",
    "batch_row_empty": "협력 내용이 없는 기사",
    "batch_row_failures": "실패",
    "import_label": "교류 현황 표 (.xlsx, .xls, .csv)",
    "import_help": (
        "2MB(약 2만 행)까지 올릴 수 있습니다. 더 큰 표는 서버에서 `python -m partnerships import-table FILE`로 "
        "가져오세요(20MB, 10만 행까지)."
    ),
    "import_sheet": "시트",
    "import_undated": "날짜가 없는 행은 날짜 미상 기록으로 가져오기 (선택하지 않으면 가져오지 않은 행으로 표시)",
    "import_preset": "저장된 열 지정",
    "import_guess": "(머리글로 추정)",
    "import_found": "머리글: {header}, 자료 {n}행. 어느 열에 무엇이 있는지 확인하세요:",
    "import_none_col": "— 없음 —",
    "import_publisher": "자료 출처 (기록의 출처로 표시됩니다. 예: ‘천안시 국제교류팀’)",
    "import_kept": "지난 가져오기 뒤 앱에서도 고친 기록의 행 {n}개가 바뀌었습니다. 앱에서 고친 내용을 유지합니다.",
    "import_hidden_columns": "통합 문서에서 숨긴 열은 가져오지 않았습니다: {columns}.",
    "import_above": (
        "머리글 행 위의 행에 자료가 있어 가져오지 않았습니다: {rows}행. 머리글 아래로 옮긴 뒤 다시 가져오세요."
    ),
    "import_hidden": "통합 문서에서 숨긴 행 {n}개(필터 또는 직접 숨김)는 가져오지 않았습니다: {rows}행.",
    "import_held": "이미 검토된 기록의 행 {n}개가 바뀌었습니다. 검토자가 지도에서 고쳐 주세요.",
    "import_fixed_korean": "모든 행의 우리 측 자치단체 (해당 열이 없을 때)",
    "import_needs_reviewer": (
        "가져오지 않았습니다. 이 표의 행이 이미 게시되어 있어 새 판을 가져오려면 검토자 권한이 필요합니다. 검토자에게 "
        "부탁하거나 파일 이름을 바꿔 새 제안으로 가져오세요."
    ),
    "import_missing": "아직 지정되지 않음: {fields}",
    "import_preview": "읽은 앞부분",
    "import_looking_up": "온라인에서 장소를 찾는 중 ({n}/{cap}, 최대): {name}",
    "import_rows": "검토 대기열로 가져오기",
    "import_save_as": "이 열 지정을 저장할 이름",
    "import_save": "열 지정 저장",
    "import_saved": "열 지정 {name}을(를) 저장했습니다.",
    "import_row": "행",
    "import_suggest": "가까운 지명",
    "import_errors": "가져오지 못한 행",
    "import_unkept_links": (
        "{rows}행의 출처 링크는 저장하지 않았습니다: 너무 길거나, 웹 페이지 주소가 아니거나(data:, file:, 상대 경로), "
        "글자 방향을 바꾸는 문자가 있습니다. 셀의 글은 각 행의 인용에 남아 있습니다."
    ),
    "import_unread_sectors": (
        "알아보지 못한 분야: 이 행들은 유형의 기본 분야로 들어갔습니다(검토자가 바꿀 수 있습니다)."
    ),
    "import_rows_list": "{rows}행",
    "import_row_list": "{rows}행",
    "import_row_rows": "읽은 행",
    "import_row_added": "추가된 기록",
    "import_row_updated": "갱신된 기록",
    "import_row_unchanged": "변경 없음 (이미 가져옴)",
    "import_row_merges": "이미 게시됨 (병합 제안)",
    "import_row_waiting": "이미 검토 대기 중 (다른 표에서)",
    "import_waiting": (
        "{n}개 행은 다시 추가하지 않았습니다. 같은 교류가 이미 {sheets}에서 검토를 기다리고 있습니다(이름이나 인코딩만 "
        "다른 같은 표, 또는 그 내용을 되풀이한 목록)."
    ),
    "import_row_errors": "오류 행",
    "import_fix_places": "지명 사전에 없는 곳: 맞는 곳을 고른 뒤 다시 가져오세요 (열 지정과 함께 저장됩니다)",
    "import_bad_file": "이 파일을 읽을 수 없습니다: {detail}",
    "map_korea": "⊕ 한국 확대",
    "map_world": "⊖ 세계 보기",
    "map_korea_help": "한국을 확대해 시·군·구를 모두 그립니다 (세계 지도에서는 광역시·도별로 묶습니다)",
    "focus_select": "강조해서 보기",
    "focus_placeholder": "상대 국가 또는 한국 지자체",
    "focus_help": "해당 연결선을 위에 그리고 나머지는 흐리게 합니다. 링크에 남습니다",
    "area_members": "지자체 {n}곳: {names}",
    "country_years_left_out": "한국과 {country}: 연도별 {n}건, 날짜 없는 {undated}건은 뺌",
    "country_years": "한국과 {country}: 연도별 {n}건, 날짜 없는 {undated}건",
    "metric_year": "연도",
    "arcs_by_country": (
        "세계 지도에서는 연결선을 상대 국가별로, 한국을 시·도별로 묶습니다 (굵기: 건수). 한국을 확대하면 시·군·구가 "
        "보이고, ⊕ 한국이나 국가 필터로 도시별 연결선을 봅니다"
    ),
    "place_find": "지역 찾기",
    "takeaway_open": "이 지도 내려받기",
}
