"""A personal name read as a place: a foreign name written before a place and a title, or a
Korean official's name before the title."""

from __future__ import annotations

import re

# a personal name before its place and title ('빅토리아 우즈 타코마 시장', '커크 콜드웰(Kirk Caldwell)
# 호놀룰루 시장', '루시아누 헤젠지 비토리아시장은', '호사카 노부토(保坂展人) 세타가야구장이') is no place
_TITLE = r"(?:시장|주지사|지사|도지사|군수|구청장|구장|대통령|총리|장관|대사|총영사|위원장|회장|총장|의장|대표|부시장)"
_WRITTEN = r"\s?\((?:[A-Za-z][A-Za-z .'\-]{1,40}|[\u3040-\u30ff\u4e00-\u9fff]{2,12})\)"  # its Latin or CJK spelling
# (a Russian surname runs long: '블라디미르 미클루셰프스키 연해주지사와')
_NAME_BEFORE_TITLE = re.compile(rf"^(?:(?:\s[가-힣]{{1,8}}(?:{_WRITTEN})?|{_WRITTEN})\s([가-힣]{{2,8}})\s|"
                                rf"\s([가-힣]{{2,8}})|\s[가-힣]{{1,8}}(?:{_WRITTEN})?\s([가-힣]{{2,8}})){_TITLE}"
                                r"(?=(?:과|와|은|는|이|가|의|을|를|도|께서)?(?:[\s,.]|$))")


# a name spelt in Chinese characters that name no place (no 県, 市, 省 ...), then a title
_SPELT_THEN_TITLE = re.compile(rf"^\s?\([\u4e00-\u9fff]{{2,6}}(?<![道府縣県市省州区區町村郡国國])\)\s?{_TITLE}"
                               r"(?=(?:과|와|은|는|이|가|의|을|를|도|께서)?(?:[\s,.]|$))")
_SURNAME_BEFORE = re.compile(r"(?:^|\s)[가-힣]{1,3}\s$")


def personal_name(p, found: list, text: str, offset: int, lookup=None) -> bool:
    """Whether the foreign place `p` is a person's name: another place and a title follow it (found
    in the sentence, or, written with its title, known to `lookup`); with the title glued on, a
    place of the same country ('호사카 노부토 세타가야구장이', not '바르샤바 도심에서 경남도지사와')."""
    if p.korean or p.kind not in ("city", "region"):
        return False
    if _SPELT_THEN_TITLE.match(text[p.end - offset:]) and _SURNAME_BEFORE.search(text[:p.start - offset]):
        return True  # '모리 다카시(森隆) 지사가': a given name with its own spelling, then the title
    m = _NAME_BEFORE_TITLE.match(text[p.end - offset:])
    if not m:
        return False
    k = next(k for k in (1, 2, 3) if m.group(k))
    place_start = p.end + m.start(k)
    if any(q.start == place_start and q.id != p.id and (k == 1 or q.country == p.country) for q in found):
        return True
    other = lookup(m.group(k)) if k > 1 and lookup is not None else None
    return other is not None and other.country == p.country and other.id != p.id


# Korean surnames: a three-syllable word starting with one, right before an official's title, is
# a person ('남유진 시장이')
SURNAMES = ("김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄"
            "채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국")
_SURNAMES = set(SURNAMES)
_TITLE_NEXT = re.compile(rf"^\s{_TITLE}(?:이|은|과|와|을|는|,|\s)")


def korean_official(word: str, after: str) -> bool:
    """Whether `word`, with the text `after` it, is a Korean official's name before the title."""
    return len(word) == 3 and word[0] in _SURNAMES and _TITLE_NEXT.match(after) is not None
