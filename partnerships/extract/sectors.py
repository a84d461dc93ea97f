"""Sectors from Korean keywords (generic vocabulary of each sector, no article-specific names)."""

from __future__ import annotations

import re

_KEYWORDS: dict[str, str] = {
    "robotics": r"로봇|로보틱스",
    "smart_city": r"스마트\s?(?:시티|도시)|스마트도시|도시\s?문제|디지털\s?트윈",
    "mobility": r"모빌리티|자율\s?주행|자율차|전기\s?차|전기자동차|수소차|교통|UAM|도심항공",
    "energy": r"에너지|수소(?!차)|태양광|풍력|원전|원자력|탄소\s?중립|배터리|이차전지",
    "ai": r"인공지능|(?<![A-Za-z])AI(?![A-Za-z])|빅데이터",
    "iot": r"사물\s?인터넷|(?<![A-Za-z])IoT(?![A-Za-z])",
    "drones": r"드론",
    "startups": r"스타트업|창업|액셀러레이팅|액셀러레이터|벤처",
    "water": r"물\s?관리|수자원|상하수도|정수|물\s?산업|물\s?특화|해수\s?담수",
    "healthcare": r"헬스\s?케어|의료|바이오|보건|제약|건강",
    "culture_tourism": r"문화|관광|예술|전시|박물관|축제|공연|한류|청소년|체육|스포츠",
    "manufacturing": r"제조|기계\s?부품|부품\s?소재|소재|조선|뿌리\s?산업|반도체|자동차\s?부품",
    "trade": r"수출|무역|통상|판로|바이어|해외\s?진출|교역|항만|물류|해운|항로",
}
_COMPILED = {s: re.compile(p) for s, p in _KEYWORDS.items()}
# When the wording says nothing about the field, exchange-type agreements are cultural.
DEFAULT_BY_TYPE = {"sister_city": "culture_tourism", "friendship_city": "culture_tourism",
                   "exchange": "culture_tourism", "roadshow": "trade", "contract": "trade"}


def find_sectors(text: str) -> dict[str, int]:
    """Sector -> number of keyword hits in the text."""
    hits: dict[str, int] = {}
    for sector, pattern in _COMPILED.items():
        n = len(pattern.findall(text))
        if n:
            hits[sector] = n
    return hits


def sector_spans(text: str, *, offset: int = 0) -> list[tuple[str, int, int]]:
    """(sector, start, end) for each keyword hit, earliest first."""
    return list(_sector_spans(text, offset))


def sector_spans_in(sentence) -> list[tuple[str, int, int]]:
    """`sector_spans` of a sentence, found once and kept with the sentence."""
    return list(sentence.memo("sectors", lambda: _sector_spans(sentence.text, sentence.start)))


def _sector_spans(text: str, offset: int) -> tuple[tuple[str, int, int], ...]:
    spans = [(s, offset + m.start(), offset + m.end())
             for s, p in _COMPILED.items() for m in p.finditer(text)]
    return tuple(sorted(spans, key=lambda t: t[1]))
