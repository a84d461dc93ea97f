"""Vietnamese place names in Hangul as the Korean standard writes them (국립국어원 베트남어 표기
세칙): 'Cần Thơ' -> 껀터, 'Nha Trang' -> 냐짱, 'Bình Dương' -> 빈즈엉, 'Thái Nguyên' -> 타이응우옌.

The name must carry its Vietnamese letters (â, ơ, ư, đ ...): without them 'Can' could be 깐 or
껀. Tone marks do not change the spelling. Korean papers often write the tense first consonants
(ㄲ, ㄸ, ㅉ, ㅃ, ㅆ) aspirated or plain instead ('칸토'), so those spellings are offered too.
"""

from __future__ import annotations

import unicodedata

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
# first consonants (longest first) -> choseong index (ㅇ: 11); ng/ngh are written 응 before the vowel
_ONSETS = [("ngh", 11), ("ng", 11), ("nh", 2), ("ch", 13), ("gh", 0), ("gi", 12), ("kh", 15), ("ph", 17),
           ("th", 16), ("tr", 13), ("qu", 1), ("b", 7), ("c", 1), ("d", 12), ("đ", 3), ("g", 0), ("h", 18),
           ("k", 1), ("l", 5), ("m", 6), ("n", 2), ("p", 8), ("r", 5), ("s", 9), ("t", 4), ("v", 7), ("x", 10)]
_CODAS = [("ng", 21), ("nh", 4), ("ch", 1), ("c", 1), ("m", 16), ("n", 4), ("p", 17), ("t", 19)]
# vowels -> jungseong indexes, one Hangul syllable each (ㅏ0 ㅐ1 ㅑ2 ㅒ3 ㅓ4 ㅔ5 ㅕ6 ㅖ7 ㅗ8 ㅘ9 ㅙ10
# ㅛ12 ㅜ13 ㅝ14 ㅞ15 ㅟ16 ㅠ17 ㅡ18 ㅣ20)
_VOWELS = {
    "a": [0], "ă": [0], "â": [4], "e": [1], "ê": [5], "i": [20], "y": [20], "o": [8], "ô": [8], "ơ": [4],
    "u": [13], "ư": [18], "ai": [0, 20], "ay": [0, 20], "ao": [0, 8], "au": [0, 13], "âu": [4, 13],
    "ây": [4, 20], "eo": [1, 8], "êu": [5, 13], "ia": [20, 4], "iê": [20, 5], "yê": [20, 5], "iu": [20, 13],
    "oa": [8, 0], "oă": [8, 0], "oe": [8, 1], "oi": [8, 20], "ôi": [8, 20], "ơi": [4, 20], "ua": [13, 4],
    "uâ": [13, 4], "uê": [13, 5], "ui": [13, 20], "uô": [13, 8], "uy": [16], "ưa": [18, 4], "ươ": [18, 4],
    "ưi": [18, 20], "ưu": [18, 13], "uyê": [13, 7], "oai": [8, 0, 20], "uôi": [13, 8, 20],
    "ươi": [18, 4, 20], "iêu": [20, 5, 13], "yêu": [20, 5, 13], "oay": [8, 0, 20],
}
# after qu the u is a glide: qua -> 꽈, quê -> 꿰, quy -> 뀌, quâ -> 꿔
_GLIDE = {0: 9, 1: 10, 4: 14, 5: 15, 20: 16}
# after nh the vowel takes a y: nha -> 냐, nhô -> 뇨, nhu -> 뉴, nhâ -> 녀
_Y_VOWEL = {0: 2, 1: 3, 4: 6, 5: 7, 8: 12, 13: 17}
_TENSE = {1: 15, 4: 16, 13: 14, 8: 17, 10: 9}  # ㄲ ㄸ ㅉ ㅃ ㅆ -> ㅋ ㅌ ㅊ ㅍ ㅅ


def _letters(word: str) -> str:
    """The word in lower case without its tone marks (other marks kept: â ơ ư đ)."""
    kept = "".join(c for c in unicodedata.normalize("NFD", word.lower()) if c not in _TONES)
    return unicodedata.normalize("NFC", kept)


def _block(onset: int, vowel: int, coda: int = 0) -> str:
    return chr(0xAC00 + (onset * 21 + vowel) * 28 + coda)


def syllable(word: str) -> str | None:
    """One Vietnamese syllable in Hangul, or None if it does not read as one."""
    s = _letters(word)
    onset, rest = 11, s
    for letters, index in _ONSETS:
        if s.startswith(letters) and len(s) > len(letters):
            onset, rest = index, s[len(letters):]
            if letters == "gi" and rest[0] not in "aăâeêoôơuư":
                rest = "i" + rest  # 'gì', 'gin': the i is the vowel
            break
    coda = 0
    for letters, index in _CODAS:
        if rest.endswith(letters) and len(rest) > len(letters):
            coda, rest = index, rest[: -len(letters)]
            break
    vowels = list(_VOWELS.get(rest, ()))
    if not vowels:
        return None
    if onset == 11 and not s.startswith("ng") and rest in ("yê", "iê"):
        vowels = [7]  # 'Yên' -> 옌
    if s.startswith("qu") and rest == "y":
        vowels = [13, 20]  # 'Quy Nhơn' -> 꾸이년
    elif onset == 1 and s.startswith("qu") and vowels[0] in _GLIDE:
        vowels[0] = _GLIDE[vowels[0]]
    if s.startswith("nh") and vowels[0] in _Y_VOWEL:
        vowels[0] = _Y_VOWEL[vowels[0]]
    lead = "응" if s.startswith("ng") else ""
    first = 11 if lead else onset
    out = [_block(first if k == 0 else 11, v, coda if k == len(vowels) - 1 else 0) for k, v in enumerate(vowels)]
    return lead + "".join(out)


def hangul_spellings(name: str) -> set[str]:
    """Spellings of a Vietnamese name ('Cần Thơ'; 'Thành phố Cần Thơ' less its 'Thành phố'):
    the standard one and the one with aspirated first consonants; empty for a name in plain Latin
    letters ('Can Tho': 깐 or 껀?) or one that does not read as Vietnamese."""
    if name.isascii():
        return set()
    words = _letters(name).replace("-", " ").split()
    if words[:2] == ["thanh", "phô"]:  # 'Thành phố', city
        words = words[2:]
    parts = [syllable(w) for w in words]
    if not all(parts):
        return set()
    standard = "".join(p for p in parts if p)
    soft = "".join(_block(_TENSE.get((ord(c) - 0xAC00) // 588, (ord(c) - 0xAC00) // 588),
                          (ord(c) - 0xAC00) % 588 // 28, (ord(c) - 0xAC00) % 28) for c in standard)
    return {standard, soft}
