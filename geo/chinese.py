"""Chinese place names in Hangul, by the Korean standard for writing Chinese (외래어 표기법,
중국어): Changshu -> 창수, Suzhou -> 쑤저우, Dalian -> 다롄, Yantai -> 옌타이, Qingdao -> 칭다오.

GeoNames spells the large Chinese cities in Hangul but few of the county-level cities Korean
governments tie with; writing their pinyin the standard way finds them.  A name is split into
pinyin syllables (longest first); a name that does not split is not Chinese."""

from __future__ import annotations

import re
import unicodedata

# initial -> first consonant index (ㄱ0 ㄲ1 ㄴ2 ㄷ3 ㄸ4 ㄹ5 ㅁ6 ㅂ7 ㅃ8 ㅅ9 ㅆ10 ㅇ11 ㅈ12 ㅉ13 ㅊ14 ㅋ15
# ㅌ16 ㅍ17 ㅎ18)
_INITIAL = {"b": 7, "p": 17, "m": 6, "f": 17, "d": 3, "t": 16, "n": 2, "l": 5, "g": 0, "k": 15,
            "h": 18, "j": 12, "q": 14, "x": 9, "zh": 12, "ch": 14, "sh": 9, "r": 5, "z": 13,
            "c": 14, "s": 10, "y": 11, "w": 11, "": 11}
# final -> syllables as (vowel index, final consonant index) pairs; ㅏ0 ㅐ1 ㅑ2 ㅓ4 ㅔ5 ㅕ6 ㅖ7 ㅗ8
# ㅘ9 ㅚ11 ㅛ12 ㅜ13 ㅝ14 ㅞ15 ㅟ16 ㅠ17 ㅡ18 ㅣ20; finals ㄴ4 ㅇ21
_FINAL = {
    "a": [(0, 0)], "o": [(8, 0)], "e": [(4, 0)], "ai": [(0, 0), (20, 0)], "ei": [(5, 0), (20, 0)],
    "ao": [(0, 0), (8, 0)], "ou": [(4, 0), (13, 0)], "an": [(0, 4)], "en": [(4, 4)],
    "ang": [(0, 21)], "eng": [(4, 21)], "ong": [(13, 21)], "er": [(4, 8)],
    "i": [(20, 0)], "ia": [(2, 0)], "ie": [(7, 0)], "iao": [(2, 0), (8, 0)], "iu": [(17, 0)],
    "ian": [(7, 4)], "in": [(20, 4)], "iang": [(2, 21)], "ing": [(20, 21)], "iong": [(17, 21)],
    "u": [(13, 0)], "ua": [(9, 0)], "uo": [(14, 0)], "uai": [(9, 0), (20, 0)], "ui": [(13, 0), (20, 0)],
    "uan": [(9, 4)], "un": [(13, 4)], "uang": [(9, 21)],
    "v": [(16, 0)], "ve": [(15, 0)], "van": [(16, 0), (0, 4)], "vn": [(16, 4)],
}
_INITIALS = ("zh", "ch", "sh", *"bpmfdtnlgkhjqxrzcsyw", "")
# finals as pinyin writes them (after j, q, x and y a written u is ü: jue, xuan, yun)
_WRITTEN = sorted([f for f in _FINAL if not f.startswith("v")] + ["ue"], key=len, reverse=True)


_PLAIN_VOWEL = {2: 0, 6: 4, 7: 5, 12: 8, 17: 13}  # ㅑ ㅕ ㅖ ㅛ ㅠ -> ㅏ ㅓ ㅔ ㅗ ㅜ


def _syllable(first: int, vowel: int, final: int = 0) -> str:
    return chr(0xAC00 + (first * 21 + vowel) * 28 + final)


def _hangul(initial: str, final: str) -> str:
    first = _INITIAL[initial]
    if initial in ("j", "q", "x", "y") and final.startswith("u"):
        final = "v" + final[1:]  # ju, qu, xu, yu are jü, qü, xü, yü
    parts = list(_FINAL[final])
    if initial == "y":  # ya, ye, yi, yu: the i or ü is the y itself
        parts = {"a": [(2, 0)], "e": [(7, 0)], "i": [(20, 0)], "o": [(12, 0)], "ao": [(2, 0), (8, 0)],
                 "ou": [(17, 0)], "an": [(7, 4)], "in": [(20, 4)], "ang": [(2, 21)], "ing": [(20, 21)],
                 "ong": [(17, 21)], "v": [(16, 0)], "ve": [(15, 0)], "van": [(16, 0), (0, 4)],
                 "vn": [(16, 4)]}.get(final, parts)
    elif initial == "w":  # wa, wo, wei, wu: the u is the w itself
        parts = {"a": [(9, 0)], "o": [(14, 0)], "ai": [(9, 0), (20, 0)], "ei": [(15, 0), (20, 0)],
                 "an": [(9, 4)], "en": [(14, 4)], "ang": [(9, 21)], "eng": [(14, 21)],
                 "u": [(13, 0)]}.get(final, parts)
    elif initial in ("zh", "ch", "sh", "r", "z", "c", "s") and final == "i":
        parts = [(18, 0)]  # zhi 즈, chi 츠, shi 스, ri 르, zi 쯔, ci 츠, si 쓰
    if initial in ("j", "q") and parts[0][0] in _PLAIN_VOWEL:
        # ㅈ ㅊ write a y-vowel plain: jia 자, jie 제, jiu 주, qiao 차오 (xia stays 샤)
        parts[0] = (_PLAIN_VOWEL[parts[0][0]], parts[0][1])
    out = [_syllable(first, *parts[0])]
    out.extend(_syllable(11, *p) for p in parts[1:])
    return "".join(out)


def hangul_of_pinyin(name: str, *, distinct: bool = False) -> str | None:
    """The standard Hangul spelling of a pinyin place name (tones and spaces ignored), or None
    when the name does not split into pinyin syllables.  With `distinct`, also None when Hangul
    would lose what tells the name from another: ㄹ writes both l and r (Rongcheng, Longcheng)."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"ü|u:", "v", text)
    text = re.sub(r"\s+(?:shi|xian|qu|zhen)$", "", text)
    out = []
    for part in re.split(r"['’\s-]+", text):  # Xi'an: the apostrophe parts syllables
        syllables = _split(re.sub(r"[^a-z]", "", part))
        if syllables is None or (distinct and any(i in ("l", "r") for i, _ in syllables)):
            return None
        out.extend(_hangul(i, f) for i, f in syllables)
    return "".join(out) or None


def _split(text: str) -> list[tuple[str, str]] | None:
    """Pinyin syllables (initial, final), longest finals first; a final n or ng goes with the
    next syllable when a vowel follows it (Jinan is ji-nan)."""
    if not text:
        return []
    for initial in _INITIALS:
        if not text.startswith(initial):
            continue
        rest = text[len(initial):]
        for final in _WRITTEN:
            if not rest.startswith(final) or (final == "ue" and initial not in ("j", "q", "x", "y")):
                continue
            after = rest[len(final):]
            if final.endswith(("n", "ng", "r")) and after[:1] in ("a", "e", "i", "o", "u", "v"):
                continue
            tail = _split(after)
            if tail is not None:
                return [(initial, final), *tail]
    return None
