"""Japanese place names in Hangul, by the Korean standard for writing Japanese (외래어 표기법,
일본어): Yufu -> 유후, Takamatsu -> 다카마쓰, Beppu -> 벳푸, Kitakyushu -> 기타큐슈.

GeoNames spells the large Japanese cities in Hangul but few of the towns Korean counties tie
with; writing their Latin names the standard way finds them.  Rules: a voiceless k, t or ch is
plain at the start of a name and aspirated inside it (다카마쓰); tsu is 쓰 (press also writes
츠, kept as a variant); a final n is ㄴ below the syllable before; a doubled consonant is ㅅ
below it (삿포로); long vowels are not written (Niigata -> 니가타)."""

from __future__ import annotations

import re
import unicodedata

_FIRST = {"": 11, "k": 15, "g": 0, "s": 9, "z": 12, "j": 12, "t": 16, "d": 3, "n": 2, "h": 18,
          "f": 18, "b": 7, "p": 17, "m": 6, "y": 11, "r": 5, "w": 11, "sh": 9, "ch": 14, "ts": 10,
          "ky": 15, "gy": 0, "ny": 2, "hy": 18, "by": 7, "py": 17, "my": 6, "ry": 5}
_PLAIN = {15: 0, 16: 3, 14: 12}  # ㅋ ㅌ ㅊ written ㄱ ㄷ ㅈ at the start of a name
_VOWEL = {"a": 0, "i": 20, "u": 13, "e": 5, "o": 8}
_Y_VOWEL = {"a": 2, "u": 17, "o": 12, "e": 7, "i": 20}
_MORA = re.compile(r"(ky|gy|ny|hy|by|py|my|ry|sh|ch|ts|[kgszjtdnhfbpmyrw]?)([aiueo])|(n)(?![aiueoy])|"
                   r"([kgsztdhbpmrfcj])(?=\4|(?<=t)ch)")


def _syllable(first: int, vowel: int, final: int = 0) -> str:
    return chr(0xAC00 + (first * 21 + vowel) * 28 + final)


_Y_ONSETS = {"y", "ky", "gy", "ny", "hy", "by", "py", "my", "ry"}


def _vowel_of(onset: str, vowel: str) -> int:
    if onset in _Y_ONSETS or (onset == "sh" and vowel != "i"):  # 유, 큐, 샤 (but 시)
        return _Y_VOWEL[vowel]
    if onset in ("s", "z", "ts") and vowel == "u":
        return 18  # 스, 즈, 쓰
    if onset == "w" and vowel == "a":
        return 9  # 와
    return _VOWEL[vowel]


def _romaji(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"-(?:shi|machi|cho|mura|gun|ken|ku)$", "", text)
    text = re.sub(r"[^a-z]", "", text)
    return re.sub(r"([aiueo])\1+|(o)u(?![aiueo])", lambda m: m.group(1) or m.group(2), text)


def hangul_of_romaji(name: str, *, tsu: str = "쓰") -> str | None:
    """The standard Hangul spelling of a romanised Japanese name, or None when it does not read
    as Japanese syllables."""
    text = _romaji(name)
    if not text:
        return None
    out: list[list[int]] = []  # [first, vowel, final] per syllable
    pos = 0
    for m in _MORA.finditer(text):
        if m.start() != pos:
            return None
        pos = m.end()
        onset, vowel, final_n, doubled = m.groups()
        if final_n or doubled:
            if not out or out[-1][2]:
                return None
            out[-1][2] = 4 if final_n else 19  # ㄴ, ㅅ
            continue
        first = _FIRST[onset]
        if not out and first in _PLAIN:
            first = _PLAIN[first]
        out.append([first, _vowel_of(onset, vowel), 0])
    if pos != len(text) or not out:
        return None
    word = "".join(_syllable(*s) for s in out)
    return word.replace("쓰", tsu) if tsu != "쓰" else word


def hangul_spellings(name: str) -> set[str]:
    """The standard spelling and the one press often uses for tsu (마쓰야마, 마츠야마)."""
    return {w for w in (hangul_of_romaji(name), hangul_of_romaji(name, tsu="츠")) if w}
