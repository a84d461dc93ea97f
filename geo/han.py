"""Place names in Chinese characters, as some Korean papers write Chinese and Japanese places and
Korean ones ('煙台市', '福岡', '平澤市'), matched against the names GeoNames lists in them."""

from __future__ import annotations

import re
from importlib import resources

_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,8}")
_HAN_SUFFIX = re.compile(r"(?<=..)(?:市|區|区)$")  # not 縣 or 省: '山口縣' is the prefecture, not its city


# Japan's simplified forms and the traditional ones Korean papers print ('山形県' / '山形縣',
# '広島' / '廣島'): one key for both
_FOLD = str.maketrans("県広沢浜関児徳竜亀条鉄沖栄桜豊", "縣廣澤濱關兒德龍龜條鐵沖榮櫻豐")


def _traditional_to_simplified() -> dict[int, str]:
    """OpenCC's character table (Apache-2.0): a traditional character to its simplified form, so
    that Korean papers' '琿春市' meets GeoNames' '珲春市'."""
    table = resources.files("opencc").joinpath("dictionary", "TSCharacters.txt").read_text(encoding="utf-8")
    pairs = (line.split("\t") for line in table.splitlines() if "\t" in line)
    return {ord(t): s.split()[0] for t, s in pairs if len(t) == 1 and s.split()}


_SIMPLIFY = _traditional_to_simplified()


def han_key(text: str) -> str:
    """Index key of a name in Chinese characters, its 市 or 區 left out ('煙台市' and '煙台'
    alike), Japan's simplified forms read as the traditional ones and every traditional form as
    China's simplified one ('煙台' and '烟台' alike): '' for any other text."""
    text = text.strip()
    if not _HAN_NAME.fullmatch(text):
        return ""
    folded = text.translate(_FOLD).translate(_SIMPLIFY)
    return "\u6f22" + _HAN_SUFFIX.sub("", folded)  # 漢 marks the key: never a Latin or Hangul one


# countries whose places Korean papers may write in Chinese characters ('煙台市', '平澤市', '福岡')
HAN_COUNTRIES = {"CN", "TW", "HK", "MO", "JP", "KR"}


def han_alternates(alternates: list[str]) -> list[str]:
    """The names GeoNames gives in Chinese characters only ('烟台市', '煙臺'): simplified and
    traditional forms as it lists them."""
    return [a for a in alternates if _HAN_NAME.fullmatch(a)]
