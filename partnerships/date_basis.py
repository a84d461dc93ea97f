"""A record's date basis ('stated', 'inferred: <why>', 'undated: <why>') told in English or Korean.

The reader, the table import and the review page write the why in English; `describe` gives
it in Korean for the Korean pages and exports, phrase by phrase. A why in a wording this module
does not know stays as written (its quoted article text is Korean already).
"""
from __future__ import annotations

from partnerships.phrasebook import QUOTED, compile_phrases, translate

KINDS = {"stated": ("stated in the source", "출처에 명시"),
         "inferred": ("inferred", "추정"),
         "undated": ("undated", "날짜 없음")}

_D = r"(\d{4}-\d{2}-\d{2})"
_Q = QUOTED  # a quoted stretch of article text
# (English phrase, Korean phrase), applied in this order to the why
_PHRASES: tuple[tuple[str, str], ...] = (
    (r"no year in the text and no publication date found", "본문에 연도가 없고 발행일도 찾지 못함"),
    (r"^the year read, (\d{4}), is not one a record may have$", r"읽은 연도 \1년은 기록의 연도가 될 수 없음"),
    (r"^no date in the sentence; ", "문장에 날짜가 없어 "),
    (r"^no date in the article; published " + _D, r"기사에 날짜가 없어 발행일 \1"),
    (r"^year of the publication date " + _D + " given on saving", r"저장할 때 입력한 발행일 \1의 연도"),
    (r"^the year of the event told just before \(" + _Q + r"\)", r"바로 앞 문장에 나온 행사의 연도('\1')"),
    (r"^row (\d+) of (.+) gives no date$", r"\2 \1행에 날짜가 없음"),
    (r"^a reviewer removed the date$", "검토자가 날짜를 지움"),
    (r"^date entered by the editor$", "편집자가 입력한 날짜"),
    (r"the publication date " + _D, r"발행일 \1"),
    (r"the article's year (\d{4})", r"기사 연도 \1"),
    (r"page date " + _D + " contradicted by " + _Q, r"페이지 날짜 \1(본문 '\2'와 어긋남)"),
    (r"page date " + _D + " precedes " + _Q, r"페이지 날짜 \1(본문 '\2'보다 앞섬)"),
    (_Q + r" calls the (\d{4}) plan this year's", r"'\1'에서 \2년 계획을 올해 계획이라 함"),
    (r"publication date given with the article", "기사와 함께 입력한 발행일"),
    (r"press release date ", "보도자료 날짜 "),
    (r"release date line " + _Q + " after " + _Q, r"보도일 줄 '\1'('\2' 다음 날)"),
    (r"release date line ", "보도일 줄 "),
    (r"byline/caption date ", "바이라인·사진 설명 날짜 "),
    (r"header line ", "머리글 "),
    (r"masthead ", "제호 줄 "),
    (r"page metadata ", "페이지 메타데이터 "),
    (r"the page's <time datetime>", "페이지의 <time datetime>"),
    (r"the article names (.+?); its days fit that term only in (\d{4})",
     r"기사에 나온 \1의 임기 가운데 날짜가 맞는 해는 \2년뿐"),
    (r"the article names (.+?); its days \(([^)]*)\) are all working days in that term only in (\d{4})",
     r"기사에 나온 \1의 임기 가운데 날짜(\2)가 모두 평일인 해는 \3년뿐"),
    (r", in office (\d{4}-\d{2}) to (\d{4}-\d{2})", r", 재임 \1~\2"),
    (r", in office since (\d{4}-\d{2})", r", \1부터 재임"),
    (r" \(the file name\)$", " (파일 이름)"),
    (r" \(the date given for undated files\)$", " (날짜 없는 파일에 입력한 게재일)"),
    (r" \(the page's metadata\)$", " (페이지 메타데이터)"),
    (r"\bbyline\b", "바이라인"),
    (r"\btime stamp\b", "시각 표기"),
    (r"^" + _Q + r" relative to (.+)$", r"\2 기준 '\1'"),
    (r"^" + _Q + r" in (.+)$", r"\2 중 '\1'"),
    (r"^" + _Q + r" before (.+)$", r"\2 이전의 '\1'"),
    (r"^" + _Q + r" after (.+)$", r"\2 이후의 '\1'"),
    (r"^year of (.+)$", r"\1의 연도"),
)
_COMPILED = compile_phrases(_PHRASES)


def kind(basis: str) -> str:
    """'stated', 'inferred' or 'undated'."""
    head = basis.partition(":")[0].strip()
    return head if head in KINDS else "stated"


def reason(basis: str, lang: str = "en") -> str:
    """The why after the kind, in `lang` where its wording is known; '' for a stated date."""
    why = basis.partition(":")[2].strip() if kind(basis) != "stated" else ""
    if lang != "ko":
        return why
    return translate(why, _COMPILED)


def describe(basis: str, lang: str = "en") -> str:
    """The kind and its why in one line: 'inferred: …' / '추정: …'."""
    k = kind(basis)
    label = KINDS[k][1 if lang == "ko" else 0]
    why = reason(basis, lang)
    return f"{label}: {why}" if why else label
