"""Who an agreement was signed with, when not only a place: the organisation named with 와/과
before the agreement word, or the one the signers visited to sign."""

from __future__ import annotations

import re

from partnerships.extract.places import PlaceMention
from partnerships.extract.sentences import Sentence
from partnerships.extract.types import TypeMention

PLACE = "\0place"  # what counterpart_named answers for a place named as the counterpart

_ADMIN_HEADS = {"시", "도", "주", "성", "현", "군", "구", "정부", "측", "청", "당국", "시청", "도청",
                "카운티", "아이막"}
_GENERIC_PARTIES = {"기관", "도시", "곳", "기업", "단체", "지역", "국가", "나라", "회사", "대학", "업체"}
# people or a delegation signing for their place, not an organisation of its own
_PERSON_HEAD = re.compile(r"(?:시장|군수|구청장|청장|도지사|지사|주지사|교육감|교육장|대표단|방문단|사절단|일행|관계자|"
                          r"대사|총영사|"
                          r"의원|의장|장관|차관|총리|대통령|위원장|총장|회장|원장|회장단|임원단|임원진|간부|대표)$")
_NOUN_TAGS = ("NNP", "NNG", "SL", "SN", "XSN", "NNB", "SH")


def counterpart_named(s: Sentence, w: TypeMention, lo: int, spans: list[PlaceMention]) -> str:
    """The organisation named with 와/과 before the agreement word ('사이공하이테크파크와 ...
    업무협약'): its head noun, `PLACE` when the counterpart is only a place (호찌민시와), else ''."""
    tokens = [t for t in s.tokens if lo <= t.start < w.start]
    k = max((i for i, t in enumerate(tokens) if t.form in ("와", "과") and t.tag in ("JKB", "JC")),
            default=-1)
    if k <= 0:
        return _visited_body(s, w, lo, spans)
    nouns = []
    i = k - 1
    while i >= 0 and tokens[i].tag in _NOUN_TAGS and len(nouns) < 4:
        nouns.insert(0, tokens[i])
        i -= 1
    while nouns and (nouns[-1].form in _ADMIN_HEADS or nouns[-1].form == "들"):  # '관계자들과'
        nouns.pop()
    if not nouns:
        return ""
    head = nouns[-1]
    if head.form in _GENERIC_PARTIES:
        return ""  # '두 기관과 잇따라 ...': a summary of the signings told next
    if _PERSON_HEAD.search(head.form):
        return ""  # '왈비스베이시 대표단과', '동해시장과': people who signed for a place
    stem = re.sub(r"(?:시|도|주|성|현|군)$", "", head.form)
    if any(p.start <= head.start < p.end or stem in p.text or p.text in head.form for p in spans):
        return PLACE  # a place: the record's partner place says it
    return head.form


# an organisation visited to sign ('타슈켄트 의과대학을 찾아 … 업무협약을 맺었다', '…(MBZUAI)를 방문해')
_VISITED_BODY = re.compile(r"([가-힣]{2,12}(?:대학교|대학|의대|병원|의료원|연구원|연구소|공사|공단|협회|상공회의소|"
                           r"재단|기구|청|위원회)|(?<=\()[A-Z][A-Za-z0-9&]{1,12}(?=\))|(?<![A-Za-z])[A-Z][A-Za-z0-9&]{1,12})"
                           r"\)?(?:을|를)\s(?:찾아|방문해|방문하여|방문한\s?자리에서)\s")


def _visited_body(s: Sentence, w: TypeMention, lo: int, spans: list[PlaceMention]) -> str:
    """The organisation the signers visited to sign, named with no 와/과: its head noun, else ''."""
    m = next(reversed(list(_VISITED_BODY.finditer(s.text, lo - s.start, w.start - s.start))), None)
    if m is None or any(p.start - s.start <= m.start(1) < p.end - s.start and p.end - s.start >= m.end(1)
                        for p in spans):
        return ""  # (a place itself: '시청을 찾아')
    return m.group(1)
