"""Interface strings of sign-in, review and history, in English and Korean (merged into ui.i18n.STRINGS)."""

from __future__ import annotations

STAFF_STRINGS: dict[str, tuple[str, str]] = {
    # sign-in
    "au_staff": ("Staff sign-in", "직원 로그인"),
    "au_name": ("Account name", "계정 이름"),
    "au_password": ("Password", "비밀번호"),
    "au_sign_in": ("Sign in", "로그인"),
    "au_sign_in_with": ("Sign in with {provider}", "{provider}(으)로 로그인"),
    "au_sign_out": ("Sign out", "로그아웃"),
    "au_signed_in": ("Signed in as **{name}** ({role})", "**{name}** 님으로 로그인됨 ({role})"),
    "au_refused": ("Wrong name or password.", "이름 또는 비밀번호가 틀렸습니다."),
    "au_too_many": ("Too many failed sign-ins for this name. Try again in {minutes} min.",
                    "이 이름으로 로그인 실패가 너무 많습니다. {minutes}분 뒤에 다시 시도하세요."),
    "au_no_role": ("{name} has no staff account here; you can read the public atlas.",
                   "{name} 님은 이곳의 직원 계정이 없습니다. 공개 아틀라스는 볼 수 있습니다."),
    "au_store_down": ("The database cannot be reached now: {detail}",
                      "지금 데이터베이스에 연결할 수 없습니다: {detail}"),
    "au_need_editor": ("Sign in as an editor or reviewer (in the sidebar) to add articles.",
                       "기사를 추가하려면 사이드바에서 편집자 또는 검토자로 로그인하세요."),
    "au_need_reviewer": ("Sign in as a reviewer (in the sidebar) to review records.",
                         "기록을 검토하려면 사이드바에서 검토자로 로그인하세요."),
    "au_not_allowed": ("Your account may not do this ({action}).", "이 계정으로는 할 수 없는 작업입니다 ({action})."),
    "role_viewer": ("viewer", "열람자"),
    "role_editor": ("editor", "편집자"),
    "role_reviewer": ("reviewer", "검토자"),
    # statuses
    "st_published": ("published", "게시됨"),
    "st_rejected": ("rejected", "반려됨"),
    "st_retracted": ("retracted", "철회됨"),
    # review page
    "page_review": ("Review", "검토"),
    "rv_caption": ("Proposed records from every article, oldest first. Publish, edit then publish, or reject with "
                   "a reason. Only published records reach the public pages.",
                   "모든 기사에서 제안된 기록(오래된 순). 게시하거나, 고친 뒤 게시하거나, 사유를 적어 반려하세요. "
                   "게시된 기록만 공개 페이지에 나옵니다."),
    "rv_empty": ("Nothing waits for review.", "검토할 기록이 없습니다."),
    "rv_count": ("{n} proposed record(s)", "제안된 기록 {n}건"),
    "rv_select": ("Select", "선택"),
    "rv_bulk": ("Publish the {n} selected", "선택한 {n}건 게시"),
    "rv_publish": ("Publish", "게시"),
    "rv_edit_publish": ("Save edits and publish", "수정 후 게시"),
    "rv_reject": ("Reject", "반려"),
    "rv_reason": ("Reason (required to reject, edit or retract)", "사유 (반려·수정·철회 시 필수)"),
    "rv_need_reason": ("Write a reason first.", "먼저 사유를 적으세요."),
    "rv_done": ("{action}: {rid}", "{action}: {rid}"),
    "rv_changed": ("Someone changed this record while you were looking at it. Both versions are below; "
                   "your edits are kept in the form. Check them and save again.",
                   "보고 있는 동안 다른 사람이 이 기록을 바꿨습니다. 두 버전이 아래에 있고, 입력한 내용은 양식에 "
                   "남아 있습니다. 확인한 뒤 다시 저장하세요."),
    "rv_theirs": ("Stored now (version {v})", "현재 저장된 버전 ({v})"),
    "rv_yours": ("Yours", "내가 입력한 내용"),
    "rv_from": ("From {file} · {publisher} · {published}", "출처: {file} · {publisher} · {published}"),
    "rv_merge_title": ("Reported by several articles", "여러 기사에 보도된 같은 협약"),
    "rv_merge_help": ("Same parties, same type, dates within {days} days: merge them into one published record "
                      "with both sources. A merge can be undone.",
                      "당사자·유형이 같고 날짜 차이가 {days}일 이내입니다. 두 출처를 가진 하나의 게시 기록으로 "
                      "합칠 수 있고, 되돌릴 수 있습니다."),
    "rv_merge": ("Merge {a} ← {b}", "병합 {a} ← {b}"),
    "rv_unmerge": ("Undo merge {n}", "병합 {n} 되돌리기"),
    "rv_merges_done": ("Merges ({n})", "병합 ({n}건)"),
    "rv_error": ("Not saved: {detail}", "저장하지 않았습니다: {detail}"),
    # published records: edit, retract, history
    "hi_title": ("History", "변경 이력"),
    "hi_recent": ("Latest changes", "최근 변경"),
    "hi_none": ("No change recorded since it was loaded from the record files.",
                "기록 파일에서 불러온 뒤 변경된 내용이 없습니다."),
    "hi_revert": ("Revert change #{n}", "#{n} 변경 되돌리기"),
    "hi_edit": ("Edit or retract", "수정 또는 철회"),
    "hi_save": ("Save edit", "수정 저장"),
    "hi_retract": ("Retract", "철회"),
    "hi_retracted": ("This record was retracted: {reason}", "이 기록은 철회되었습니다: {reason}"),
    # Add article: drafts for review (these replace the earlier texts of the same keys)
    "aa_caption": ("Paste a Korean news article or press release, or upload it as a file. Check the partnerships "
                   "read from it, write their titles and summaries, and save them as proposals: a reviewer "
                   "publishes them.",
                   "한국어 기사나 보도자료를 붙여 넣거나 파일로 올리세요. 읽어 낸 협력 기록을 확인하고 제목과 "
                   "요약을 직접 쓴 뒤 제안으로 저장하세요. 검토자가 게시합니다."),
    "aa_save": ("Propose {n} record(s) for review", "기록 {n}건 검토 요청"),
    "aa_saved": ("Saved {n} proposed record(s) from the article {seed}. A reviewer publishes them from the Review "
                 "page; until then they are not public.",
                 "기사 {seed}에서 제안 기록 {n}건을 저장했습니다. 검토자가 검토 페이지에서 게시하기 전까지는 "
                 "공개되지 않습니다."),
    "aa_source_head": ("The article", "기사 정보"),
    "aa_publisher": ("Publisher (required)", "발행처 (필수)"),
    "aa_published": ("Publication date, YYYY-MM-DD (required)", "발행일, YYYY-MM-DD (필수)"),
    "aa_need_publisher": ("Write the publisher of the article.", "기사의 발행처를 쓰세요."),
    "aa_need_published": ("Write the article's publication date as YYYY-MM-DD.",
                          "기사의 발행일을 YYYY-MM-DD 형식으로 쓰세요."),
    "aa_need_text": ("Record {i}: write both titles and both summaries (the suggestions in grey are not saved).",
                     "기록 {i}: 제목 두 개와 요약 두 개를 직접 쓰세요 (회색 제안 문구는 저장되지 않습니다)."),
    "aa_use_suggestion": ("Use the suggested titles", "제안된 제목 사용"),
}
