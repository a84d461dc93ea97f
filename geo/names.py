"""Name handling: ASCII folding, slugs, Hangul keys, particle stripping, Korean display names."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Iterator

# Letters NFKD does not decompose into ASCII (GeoNames writes them this way in its ascii names).
_FOLD_EXTRA = str.maketrans({
    "Đ": "D", "đ": "d", "Ð": "D", "ð": "d", "Ø": "O", "ø": "o", "Ł": "L", "ł": "l",
    "ß": "ss", "Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe", "Þ": "Th", "þ": "th",
    "ı": "i", "ħ": "h", "Ħ": "H", "Ə": "A", "ə": "a", "ʻ": "'", "‘": "'", "’": "'", "–": "-",
})
_NON_SLUG = re.compile(r"[^a-z0-9]+")
_SPACES = re.compile(r"\s+")
_HANGUL_SYLLABLE = re.compile(r"[\uac00-\ud7a3]")
_ONLY_HANGUL = re.compile(r"^[\uac00-\ud7a3][\uac00-\ud7a3A-Za-z .·-]*$")
# Latin script with accents, apostrophes, dots and hyphens; anything else is another script.
_LATIN_NAME = re.compile(r"^[A-Za-z0-9\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f ʻ'’‘().,&/-]+$")

# Administrative suffixes on Korean place names, longest first.
ADMIN_SUFFIXES: tuple[str, ...] = (
    "특별자치시", "특별자치도", "특별시", "광역시", "직할시", "자치공동체", "자치주", "자치구", "특례시",
    "시청", "시", "군", "구", "읍",
)
# Postpositions (josa) that follow a place name in running text, longest first.
PARTICLES: tuple[str, ...] = tuple(sorted({
    "에서는", "에서도", "에서의", "으로는", "으로의", "에게는", "까지는", "와의", "과의",
    "에서", "에게", "으로", "와는", "과는", "와도", "과도", "에는", "에도", "부터", "까지", "처럼",
    "보다", "이나", "이랑", "하고", "께서", "이며", "이고", "이다", "에의", "로의", "로는",
    "는", "은", "이", "가", "을", "를", "와", "과", "의", "에", "로", "도", "만", "나", "랑",
}, key=len, reverse=True))
_EN_SUFFIXES: tuple[str, ...] = (" metropolitan city", " special city", " city", "-si", " si")

# Korean loanword orthography writes Thai and Vietnamese unaspirated stops with tense
# consonants (호찌민, 푸껫, 콘깬), so for these countries a spelling with them is preferred.
_TENSE_SPELLING_COUNTRIES = frozenset({"VN", "TH"})
_TENSE_INITIALS = frozenset({1, 4, 8, 10, 13})  # ㄲ ㄸ ㅃ ㅆ ㅉ

_RR_INITIAL = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch",
               "k", "t", "p", "h")
_RR_VOWEL = ("a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u",
             "wo", "we", "wi", "yu", "", "ui", "i")  # ㅡ left out: in loanwords it is epenthetic
_RR_FINAL = ("", "k", "k", "k", "n", "n", "n", "t", "l", "l", "l", "l", "l", "l", "l", "l", "m",
             "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t")

# Loose phonetic classes for fuzzy Hangul matching: plain/tense/aspirated merged, ㅐ=ㅔ, ㅡ dropped.
_LOOSE_INITIAL = tuple("ㄱㄱㄴㄷㄷㄹㅁㅂㅂㅅㅅ") + ("",) + tuple("ㅈㅈㅈㄱㄷㅂㅎ")
_LOOSE_VOWEL = ("ㅏ", "ㅔ", "ㅑ", "ㅔ", "ㅓ", "ㅔ", "ㅕ", "ㅔ", "ㅗ", "ㅘ", "ㅔ", "ㅔ", "ㅛ", "ㅜ",
                "ㅝ", "ㅔ", "ㅟ", "ㅠ", "", "ㅢ", "ㅣ")
_LOOSE_FINAL = ("", "ㄱ", "ㄱ", "ㄱ", "ㄴ", "ㄴ", "ㄴ", "ㄷ", "ㄹ", "ㄹ", "ㄹ", "ㄹ", "ㄹ", "ㄹ", "ㄹ",
                "ㄹ", "ㅁ", "ㅂ", "ㅂ", "ㅅ", "ㅅ", "ㆁ", "ㅈ", "ㅈ", "ㄱ", "ㄷ", "ㅂ", "ㅎ")


def fold_ascii(text: str) -> str:
    """Strip accents and map special letters to ASCII (``Hồ Chí Minh`` -> ``Ho Chi Minh``)."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text.translate(_FOLD_EXTRA))
    return text.encode("ascii", "ignore").decode("ascii")


def slugify(text: str) -> str:
    """Lowercase ASCII slug: runs of anything but ``[a-z0-9]`` become ``-``."""
    return _NON_SLUG.sub("-", fold_ascii(text).lower()).strip("-")


def has_hangul(text: str) -> bool:
    """True when ``text`` contains a Hangul syllable."""
    return _HANGUL_SYLLABLE.search(text) is not None


def is_hangul_name(text: str) -> bool:
    """True for a name in Hangul (spaces, ``·``, ``-``, ``.`` and Latin letters allowed)."""
    return _ONLY_HANGUL.match(text) is not None


def is_latin_name(text: str) -> bool:
    """True for a name in Latin script (accents allowed)."""
    return _LATIN_NAME.match(text) is not None


def hangul_key(text: str) -> str:
    """Index key of a Hangul name: NFC, no spaces or separators."""
    text = unicodedata.normalize("NFC", text)
    return "".join(ch for ch in text if ch not in " \t·-.")


def latin_key(text: str) -> str:
    """Index key of a Latin name: accents folded, lowercase, punctuation as single spaces."""
    if not text.isascii():
        text = fold_ascii(text)
    return _NON_SLUG.sub(" ", text.lower()).strip()


def strip_admin_suffix(key: str, *, min_stem: int = 2) -> str | None:
    """``서울특별시`` -> ``서울``; None when no suffix or the stem would be too short."""
    for suffix in ADMIN_SUFFIXES:
        if key.endswith(suffix) and len(key) - len(suffix) >= min_stem:
            return key[: -len(suffix)]
    return None


def hangul_variants(key: str) -> Iterator[str]:
    """Candidate names inside a Hangul token, least stripped first.

    ``서울시는`` yields ``서울시는``, ``서울시``, ``서울``; each particle-stripped stem is
    followed by itself without an administrative suffix (never leaving less than two
    syllables), so the longest candidate comes first.
    """
    seen: set[str] = set()
    stems = [key]
    for particle in PARTICLES:
        if key.endswith(particle) and len(key) > len(particle):
            stems.append(key[: -len(particle)])
    stems.sort(key=len, reverse=True)  # shorter particles first: the longest name wins
    for stem in stems:
        for variant in (stem, strip_admin_suffix(stem)):
            if variant and variant not in seen:
                seen.add(variant)
                yield variant


def latin_variants(key: str) -> Iterator[str]:
    """``busan metropolitan city`` yields itself, then ``busan``."""
    yield key
    for suffix in _EN_SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix) + 1:
            yield key[: -len(suffix)].strip()


def _syllables(text: str) -> Iterator[tuple[int, int, int]]:
    for ch in text:
        code = ord(ch) - 0xAC00
        if 0 <= code < 11172:
            yield code // 588, (code % 588) // 28, code % 28


def romanize(text: str) -> str:
    """Rough Revised Romanization of Hangul, used only to compare spellings."""
    return "".join(_RR_INITIAL[i] + _RR_VOWEL[v] + _RR_FINAL[f] for i, v, f in _syllables(text))


def loose_key(text: str) -> str:
    """Loose phonetic key of a Hangul name: ``가지안탭``, ``가지안텝`` and ``가지안테프`` agree."""
    return "".join(
        _LOOSE_INITIAL[i] + _LOOSE_VOWEL[v] + _LOOSE_FINAL[f] for i, v, f in _syllables(text)
    )


def _tense_count(text: str) -> int:
    return sum(1 for i, _, _ in _syllables(text) if i in _TENSE_INITIALS)


def pick_name_ko(
    hangul_names: Iterable[str], *, name_en: str, country: str, avoid: str = ""
) -> str | None:
    """Choose the Korean display name among a city's Hangul alternate names.

    Rule: drop administrative suffixes (시/광역시/특별시/군/읍, and a separated `` 시``),
    then prefer, in order: (1) not ``avoid`` (the Korean name of the city's country, so
    Mexico City is 멕시코시티, not 멕시코); (2) the stem most names share (서울 for 서울,
    서울시, 서울특별시 over the historical 한성); (3) for Vietnam and Thailand the spelling
    with the most tense consonants, as Korean loanword orthography prescribes (호찌민 over
    호치민, 푸껫 over 푸켓); (4) the spelling whose romanization is closest to the English
    name (이스탄불 over 비잔티움); (5) the shorter, then alphabetical.
    None when there is no Hangul name.
    """
    display: dict[str, str] = {}
    keys: list[str] = []
    for raw in hangul_names:
        raw = unicodedata.normalize("NFC", raw).strip()
        if not is_hangul_name(raw):
            continue
        raw = raw[:-2] if raw.endswith(" 시") else raw
        key = hangul_key(raw)
        if key:
            keys.append(key)
            display.setdefault(key, raw)
    if not keys:
        return None
    names = set(keys)
    support: dict[str, int] = {}
    for name in keys:
        stem = strip_admin_suffix(name)
        # A foreign name ending in 시 is only suffixed when the bare stem is listed too.
        if stem is None or (country != "KR" and stem not in names):
            stem = name
        support[stem] = support.get(stem, 0) + 1
    target = re.sub(r"[^a-z]", "", fold_ascii(name_en).lower())
    target = re.sub(r"city$", "", target) or target

    def score(stem: str) -> tuple[bool, int, int, float, int, str]:
        tense = _tense_count(stem) if country in _TENSE_SPELLING_COUNTRIES else 0
        similarity = difflib.SequenceMatcher(None, romanize(stem), target).ratio()
        return (stem == avoid, -support[stem], -tense, -similarity, len(stem), stem)

    best = next(iter(support)) if len(support) == 1 else min(support, key=score)
    return display.get(best, best)


def normalize_query(text: str) -> str:
    """NFKC, trimmed, single spaces."""
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text)).strip()


_PAREN = re.compile(r"^(?P<outer>[^()]*)\((?P<inner>[^()]*)\)(?P<rest>[^()]*)$")


def split_parenthesized(text: str) -> list[str]:
    """``이스탄불(Istanbul)`` -> [``이스탄불(Istanbul)``, ``이스탄불``, ``Istanbul``].

    A particle after the parenthesis stays on the outer part: ``콘캔(Khon Kaen)과`` gives
    ``콘캔과`` and ``Khon Kaen``.
    """
    match = _PAREN.match(text)
    if not match:
        return [text]
    outer = (match["outer"] + match["rest"]).strip()
    inner = match["inner"].strip()
    return [text] + [part for part in (outer, inner) if part]


# Revised Romanization of Korean (Ministry of Culture, 2000), with the sound changes that show in
# place names: liaison before a silent ㅇ (부안 Buan, 군위 Gunwi), nasalisation (왕십리
# Wangsimni), ㄹ after ㄴ/ㄹ (신라 Silla) and ㄹ after other finals (강릉 Gangneung).
_KR_VOWEL = _RR_VOWEL[:18] + ("eu",) + _RR_VOWEL[19:]
_KR_INITIAL = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch",
               "k", "t", "p", "h")
# final -> (sound class) : k, n, t, l, m, p, ng, or "" (none)
_KR_FINAL_CLASS = ("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "p", "l", "l", "p", "l",
                   "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t")
_LIAISON = {"k": "g", "t": "d", "p": "b", "l": "r", "n": "n", "m": "m"}


def romanize_korean(text: str) -> str:
    """Revised Romanization of a Korean name (capitalised): 당진 -> Dangjin, 강릉 -> Gangneung."""
    syl = list(_syllables(text))
    out: list[str] = []
    for k, (i, v, f) in enumerate(syl):
        initial = _KR_INITIAL[i]
        if k > 0:
            prev_final = _KR_FINAL_CLASS[syl[k - 1][2]]
            if i == 11 and prev_final in _LIAISON:  # silent ㅇ takes the final
                out[-1] = out[-1][: len(out[-1]) - len(prev_final)]
                initial = _LIAISON[prev_final]
            elif i == 5:  # ㄹ
                initial = "l" if prev_final in ("l", "n") else ("r" if not prev_final else "n")
                if prev_final == "n":
                    out[-1] = out[-1][:-1] + "l"
                elif prev_final in ("k", "p"):
                    out[-1] = out[-1][:-1] + {"k": "ng", "p": "m"}[prev_final]
            elif i in (2, 6):  # ㄴ, ㅁ nasalise a preceding stop
                nasal = {"k": "ng", "t": "n", "p": "m"}.get(prev_final)
                if nasal:
                    out[-1] = out[-1][: len(out[-1]) - len(prev_final)] + nasal
                elif prev_final == "l" and i == 2:
                    initial = "l"
        elif i == 5:
            initial = "r"
        out.append(initial + _KR_VOWEL[v] + _KR_FINAL_CLASS[f])
    word = "".join(out)
    return word[:1].upper() + word[1:]


def korean_name_key(romanized: str) -> str:
    """A key on which Revised Romanization and McCune-Reischauer spellings of one Korean name
    agree (Dangjin ~ Tangjin, Gimhae ~ Kimhae, Jinju ~ Chinju, Donghae ~ Tonghae)."""
    s = re.sub(r"[^a-z]", "", fold_ascii(romanized).lower())
    for a, b in (("ch", "j"), ("eo", "o"), ("eu", "u"), ("wo", "o"), ("k", "g"), ("t", "d"),
                 ("p", "b"), ("l", "r"), ("y", "")):
        s = s.replace(a, b)
    return s


def same_korean_name(romanized: str, other: str) -> bool:
    """True when two romanizations spell the same Korean name (see `korean_name_key`)."""
    return korean_name_key(romanized) == korean_name_key(other)


_LOAN_STEPS: tuple[tuple[str, str], ...] = (
    ("tch", "j"), ("sch", "s"), ("ph", "b"), ("th", "d"), ("kh", "g"), ("gh", "g"), ("sh", "s"),
    ("ch", "j"), ("ts", "j"), ("tz", "j"), ("dj", "j"), ("zh", "j"), ("ck", "g"), ("x", "gs"),
    ("eo", "o"), ("eu", "u"), ("ae", "a"), ("oo", "u"), ("ee", "i"), ("ou", "u"),
)
_LOAN_LETTERS = str.maketrans({"p": "b", "f": "b", "v": "b", "t": "d", "k": "g", "c": "g",
                               "q": "g", "z": "j", "r": "l", "y": "i", "h": None, "w": None})


def loanword_key(text: str) -> str:
    """A coarse sound key shared by a Latin name and its Korean loanword spelling, read back
    with `romanize`: 하이퐁 and Haiphong, 스타방에르 and Stavanger, 일로일로 and Iloilo agree."""
    s = re.sub(r"[^a-z]", "", fold_ascii(text).lower())
    for a, b in _LOAN_STEPS:
        s = s.replace(a, b)
    s = s.translate(_LOAN_LETTERS)
    return re.sub(r"(.)\1+", r"\1", s)


# Suffixes Korean articles put after a transliterated foreign name: its kind, not its sound.
_FOREIGN_SUFFIX = re.compile(r"(?:카운티|제도|시|주|군|현|성|도|구)$")
_LATIN_ADMIN_WORDS = re.compile(
    r"\b(?:county|islands?|province|prefecture|state|region|oblast|city|municipality|"
    r"district|department|governorate)\b")


def strip_foreign_suffix(name: str) -> tuple[str, str]:
    """A Hangul foreign name without its administrative suffix, and the suffix:
    '마라톤카운티' -> ('마라톤', '카운티'); a stem shorter than two syllables keeps it."""
    m = _FOREIGN_SUFFIX.search(name)
    if not m or len(name) - len(m.group(0)) < 2:
        return name, ""
    return name[: m.start()], m.group(0)


def sound_key(text: str) -> str:
    """`loanword_key` with vowels reduced to a, i (e, i, y) and u (o, u): the key on which a
    romanised Hangul loanword and the Latin name it transliterates are compared by similarity
    (상조세두스캄푸스 ~ São José dos Campos, 왈비스베이 ~ Walvis Bay).  Administrative words
    of the Latin name (County, Islands, Province ...) are left out."""
    text = _LATIN_ADMIN_WORDS.sub(" ", fold_ascii(text).lower())
    s = loanword_key(text)
    s = re.sub(r"[eiy]", "i", s)
    s = re.sub(r"[ou]", "u", s)
    return re.sub(r"(.)\1+", r"\1", s)



# Consonant classes shared by a Latin name and its Korean loanword spelling: Korean writes
# c/k/g/q alike (ㅋ, ㄱ), f/v/p/b (ㅍ, ㅂ), l and r (ㄹ), t/d (ㅌ, ㄷ), th and sh as ㅅ, and
# ch/j/z/ts as ㅊ/ㅈ (written 'J' here).
_CONSONANT_DIGRAPHS = (("tch", "J"), ("sch", "s"), ("ch", "J"), ("sh", "s"), ("th", "s"),
                       ("ph", "p"), ("ck", "k"), ("ng", "n"), ("ts", "J"), ("tz", "J"),
                       ("zh", "J"), ("x", "ks"))
_CONSONANT_CLASS = str.maketrans({"g": "k", "q": "k", "c": "k", "b": "p", "f": "p", "v": "p",
                                  "r": "l", "j": "J", "z": "J", "d": "t"})


def consonant_keys(text: str) -> set[str]:
    """The consonant skeletons of a Latin name or of romanised Hangul: vowels, h, w and y
    dropped, consonants folded into the classes Korean loanwords keep apart, runs merged
    ('Saskatchewan', and 서스캐처원 read 'seoskaecheowon', are both 'skJn').  A soft c (before
    e, i, y) is an s, and a t before i + vowel too (Nova Scotia, 노바스코샤).  A Latin name
    also gives the skeleton without an r before a consonant, which English leaves unsaid and
    Korean unwritten (Alberta, 앨버타); and romanised Hangul the skeleton with 즈 read as the
    s it often writes (뉴브런즈윅, New Brunswick)."""
    s = _LATIN_ADMIN_WORDS.sub(" ", fold_ascii(text).lower())
    s = re.sub(r"([a-z])\1+", r"\1", re.sub(r"[^a-z]", "", s))
    s = re.sub(r"c(?=[eiy])", "s", s)
    s = re.sub(r"t(?=i[aeou])", "s", s)
    variants = {s, re.sub(r"(?<=[aeiou])r(?=[^aeiouy]|$)", "", s)}
    if re.search(r"j(?=[^aeiouy]|$)", s):  # 즈 (romanised 'j' with its vowel dropped): a z or s
        variants.add(re.sub(r"j(?=[^aeiouy]|$)", "s", s))
    out = set()
    for v in variants:
        for digraph, one in _CONSONANT_DIGRAPHS:
            v = v.replace(digraph, one)
        v = re.sub(r"[aeiouhwy]", "", v.translate(_CONSONANT_CLASS))
        out.add(re.sub(r"(.)\1+", r"\1", v))
    return out


def division_alias_ids(place_id: str, names_en: list[str]) -> tuple[str, ...]:
    """Other ids a foreign division is written with: its id with each English alias as the slug
    ('adm1-cl-bio-bio', alias 'Biobío' -> 'adm1-cl-biobio').  Ids of other places win
    (`Gazetteer` drops an alias that is some place's own id)."""
    m = re.fullmatch(r"(adm1-[a-z]{2}-)(.+)", place_id)
    if not m:
        return ()
    out = {f"{m.group(1)}{slug}" for name in names_en if (slug := slugify(english_stem(name)))}
    return tuple(sorted(out - {place_id}))


_DIVISION_WORD_EN = re.compile(r"\s+(?:Province|State|County|Prefecture|Region|Oblast|Krai)$")


def english_stem(name: str) -> str:
    """'Biobío Region' -> 'Biobío': the name without the kind of division after it."""
    return _DIVISION_WORD_EN.sub("", name.strip())


OVERRIDES = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)])  # direction overrides, isolates
# ... and control characters but tab and line breaks ('\x1b', '\x07'): no article text holds one
CONTROLS = {**OVERRIDES,
            **dict.fromkeys((c for c in [*range(0x20), *range(0x7F, 0xA0)] if chr(c) not in "\t\n\r"), " ")}
_LOOKALIKE_SCRIPTS = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")  # Greek and Cyrillic letters


def lookalike_latin(text: str) -> bool:
    """A Latin name with a Greek or Cyrillic letter in it ('Оdense' with a Cyrillic О): it reads as
    another place's name but is not."""
    return bool(re.search(r"[A-Za-z]", text)) and bool(_LOOKALIKE_SCRIPTS.search(text))


# Korean bodies named in Hangul that sound like a place ('코트라', KOTRA, like Godhra's '고드라'):
# never a spelling variant of one
KOREAN_BODIES = frozenset({"코트라", "대한무역투자진흥공사"})
