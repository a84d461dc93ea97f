"""Why a sheet's row was not imported, told in English or Korean.

The importer writes each reason in English (partnerships.tables.rows, .places, .importer);
`describe` gives it in Korean for the Korean page, phrase by phrase. A reason in a wording this
module does not know stays as written; quoted cells are the sheet's own text either way.
"""

from __future__ import annotations

from partnerships.phrasebook import QUOTED, compile_phrases, translate

_Q = QUOTED  # a quoted cell
_PHRASES: tuple[tuple[str, str], ...] = (
    (r"^Korean government: ", "국내 자치단체: "),
    (r"^partner: ", "상대: "),
    (r"^date: ", "날짜: "),
    (r"no (?:state, province or county|place) named " + _Q + r" in ([A-Z]{2}) in the gazetteer",
     r"지명 사전에 \2의 '\1'(이)라는 곳이 없음"),
    (r"no (?:state, province or county|place) named " + _Q + r" in the gazetteer",
     r"지명 사전에 '\1'(이)라는 곳이 없음"),
    (_Q + r" is not a Korean place in the gazetteer", r"'\1'은(는) 지명 사전에 있는 국내 지명이 아님"),
    (_Q + r": year (\d+) is out of range \((\d+) to (\d+)\)", r"'\1': \2년은 받을 수 있는 범위(\3~\4년) 밖임"),
    (_Q + r": (\S+) is not a calendar date", r"'\1': \2은(는) 달력에 없는 날짜임"),
    (_Q + r" is not a date \(expected [^)]*\)",
     r"'\1'은(는) 날짜로 읽을 수 없음 (예: 2014.10.23, 2014년 10월, '14, 1994-10-18)"),
    (_Q + r" is not a date", r"'\1'은(는) 날짜로 읽을 수 없음"),
    (_Q + r": month (\d+) does not exist", r"'\1': \2월은 없는 달임"),
    (_Q + r" is neither a year nor an Excel date number", r"'\1'은(는) 연도도 엑셀 날짜 숫자도 아님"),
    (r"no date: a record needs at least the year", "날짜 없음: 기록에는 적어도 연도가 있어야 함"),
    (r"the row holds more text than a record keeps \((\d+) characters in all\), and its longest cell, " + _Q
     + r", has (\d+): shorten it",
     r"행의 글이 기록에 담을 수 있는 양(모두 \1자)보다 김: 가장 긴 칸 '\2'이(가) \3자이니 줄여 주세요"),
    (r"no Korean government given", "칸이 비어 있음"),
    (r"no partner name$", "상대 이름이 없음"),
    (r"no partner name in this row", "이 행에 상대 이름이 없음"),
    (r"no type in this row", "이 행에 유형이 없음"),
    (r"type " + _Q + r" is not one the atlas knows", r"'\1'은(는) 아틀라스가 아는 협약 유형이 아님"),
    (r"country " + _Q + r" is not one the gazetteer knows", r"'\1'은(는) 지명 사전이 아는 국가가 아님"),
    (r"the same tie as row (\d+)", r"\1행과 같은 교류"),
    (r"more than (\d+) agreements of the same parties and type", r"같은 상대·유형의 협약이 \1건을 넘음"),
    (r"confidence " + _Q + r" is not one of [a-z, ]+",
     r"신뢰도 '\1'은(는) 높음·보통·낮음(high, medium, low) 중 하나가 아님"),
    (r"not looked up online: this import already asked for (\d+) places, the most one import asks",
     r"온라인에서 찾지 않음: 이번 가져오기에서 이미 \1곳을 물었음(한 번에 묻는 최대)"),
    (r"the online look-up found " + _Q + r" in ([A-Z]{2}), not in ([A-Z]{2})",
     r"온라인에서 찾은 '\1'은(는) \3이 아니라 \2에 있음"),
    (r"the online look-up failed: ", "온라인 찾기 실패: "),
    (r"^source: source\.url: " + _Q + r" is not an http\(s\) URL",
     r"출처 URL: '\1'은(는) 웹 주소(http:// 또는 https://)가 아님"),
)
_COMPILED = compile_phrases(_PHRASES)


def describe(reason: str, lang: str) -> str:
    """`reason` as the page in `lang` shows it ("en" as written; "ko" phrase by phrase)."""
    if lang != "ko":
        return reason
    return "; ".join(translate(part, _COMPILED) for part in str(reason).split("; "))
