"""Why a review action wrote nothing, and the reasons the history keeps for reverts and merges,
told in Korean for the Korean page (partnerships.review writes them in English); a wording this
table does not know stays as written (a person's own reason, for one)."""

from __future__ import annotations

from partnerships.phrasebook import compile_phrases, translate

_ACTIONS = {"publish": "게시", "reject": "반려", "edit": "수정", "retract": "철회", "revert": "되돌리기",
            "merge": "병합", "unmerge": "병합 취소"}
_STATUSES = {"proposed": "제안", "published": "게시", "reviewed": "검토 완료", "rejected": "반려",
             "retracted": "철회"}
_PHRASES = compile_phrases((
    (r"a record needs at least one Korean place: choose one before saving",
     "기록에는 국내 지명이 적어도 하나 있어야 합니다. 저장하기 전에 고르세요"),
    (r"a record needs at least one partner place: choose one before saving",
     "기록에는 상대 지명이 적어도 하나 있어야 합니다. 저장하기 전에 고르세요"),
    *((f"a reason is needed to {en} a record", f"{ko}하려면 사유가 필요합니다") for en, ko in _ACTIONS.items()),
    *((rf"record (\S+) is {s_en}; cannot {a_en} it", rf"기록 \1은(는) {s_ko} 상태라서 {a_ko}할 수 없습니다")
      for s_en, s_ko in _STATUSES.items() for a_en, a_ko in _ACTIONS.items()),
    (r"these fields cannot be edited: ", "수정할 수 없는 항목: "),
    (r"the waiting records of this source changed meanwhile: (\d+) were shown, (\d+) are waiting now; nothing was "
     r"rejected, look again",
     r"그사이 이 출처의 검토 대기 기록이 바뀌었습니다: 화면에는 \1건, 지금은 \2건이 대기 중입니다. 아무것도 반려하지 "
     r"않았으니 다시 확인해 주세요"),
    (r"change (\d+) was followed by later changes to this record \(([^)]*)\); revert those first, newest first",
     r"변경 #\1 뒤에 이 기록의 다른 변경(\2)이 있습니다. 그 변경들을 최근 것부터 먼저 되돌리세요"),
    # reasons the history keeps: a revert's and a merge's
    (r"^revert change (\d+): ", r"변경 #\1 되돌림: "),
    (r"^filled in the source's missing details$", "출처의 빠진 정보를 채움"),
    (r"^merged with (\S+)$", r"\1와(과) 병합"),
    (r"^merged into (\S+)$", r"\1에 병합됨"),
    (r"(\S+) and (\S+) do not report the same agreement", r"\1와(과) \2는 같은 협약을 다루지 않습니다"),
))


def in_korean(reason: str) -> str:
    """The reason in Korean, phrase by phrase."""
    return translate(reason, _PHRASES)


FILLED_BLANKS = "filled in the source's missing details"  # an edit that only fills a source's blanks


def fills_blanks(changed: dict, before: dict) -> bool:
    """Whether an edit only fills in parts of the source that were empty (a publisher, a date):
    nothing a reviewer needs to justify."""
    source = changed.get("source")
    return set(changed) == {"source"} and isinstance(source, dict) and bool(source) \
        and all(not str((before.get("source") or {}).get(f) or "").strip() for f in source)
