"""World regions (UN M49 sub-regions) and country names.

Source of the region table: United Nations Statistics Division, "Standard country or area
codes for statistical use (M49)", https://unstats.un.org/unsd/methodology/m49/ (public
domain). Latin America and Sub-Saharan Africa are split into their M49 intermediate regions
(Caribbean, Central America, South America; Eastern, Middle, Southern, Western Africa).
Codes M49 does not list are placed where they are usually counted: TW in Eastern Asia,
XK (Kosovo) in Southern Europe, AN (former Netherlands Antilles) in the Caribbean,
CS (former Serbia and Montenegro) in Southern Europe, AQ in Antarctica.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from babel import Locale

from geo.errors import GeoError

_REGION_MEMBERS: dict[str, str] = {
    "Eastern Asia": "CN HK MO KP JP MN KR TW",
    "South-eastern Asia": "BN KH ID LA MY MM PH SG TH TL VN",
    "Southern Asia": "AF BD BT IN IR MV NP PK LK",
    "Central Asia": "KZ KG TJ TM UZ",
    "Western Asia": "AM AZ BH CY GE IQ IL JO KW LB OM QA SA PS SY TR AE YE",
    "Northern Europe": "AX DK EE FO FI GG IS IE IM JE LV LT NO SJ SE GB",
    "Western Europe": "AT BE FR DE LI LU MC NL CH",
    "Southern Europe": "AL AD BA HR GI GR VA IT MT ME MK PT SM RS SI ES XK CS",
    "Eastern Europe": "BY BG CZ HU PL MD RO RU SK UA",
    "Northern America": "BM CA GL PM US",
    "Central America": "BZ CR SV GT HN MX NI PA",
    "Caribbean": (
        "AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VI AN"
    ),
    "South America": "AR BO BV BR CL CO EC FK GF GY PY PE GS SR UY VE",
    "Northern Africa": "DZ EG LY MA SD TN EH",
    "Eastern Africa": "IO BI KM DJ ER ET TF KE MG MW MU YT MZ RE RW SC SO SS UG TZ ZM ZW",
    "Middle Africa": "AO CM CF TD CG CD GQ GA ST",
    "Southern Africa": "BW SZ LS NA ZA",
    "Western Africa": "BJ BF CV CI GM GH GN GW LR ML MR NE NG SH SN SL TG",
    "Australia and New Zealand": "AU CX CC HM NZ NF",
    "Melanesia": "FJ NC PG SB VU",
    "Micronesia": "GU KI MH FM NR MP PW UM",
    "Polynesia": "AS CK PF NU PN WS TK TO TV WF",
    "Antarctica": "AQ",
}

REGIONS: tuple[str, ...] = tuple(_REGION_MEMBERS)
"""Every region name, in display order."""

REGION_NAMES_KO: dict[str, str] = {
    "Eastern Asia": "동아시아",
    "South-eastern Asia": "동남아시아",
    "Southern Asia": "남아시아",
    "Central Asia": "중앙아시아",
    "Western Asia": "서아시아",
    "Northern Europe": "북유럽",
    "Western Europe": "서유럽",
    "Southern Europe": "남유럽",
    "Eastern Europe": "동유럽",
    "Northern America": "북아메리카",
    "Central America": "중앙아메리카",
    "Caribbean": "카리브",
    "South America": "남아메리카",
    "Northern Africa": "북아프리카",
    "Eastern Africa": "동아프리카",
    "Middle Africa": "중부 아프리카",
    "Southern Africa": "남부 아프리카",
    "Western Africa": "서아프리카",
    "Australia and New Zealand": "오스트레일리아·뉴질랜드",
    "Melanesia": "멜라네시아",
    "Micronesia": "미크로네시아",
    "Polynesia": "폴리네시아",
    "Antarctica": "남극",
}

# UN M49 continents (regions) above the sub-regions; a continent selects all of its parts.
CONTINENTS: dict[str, tuple[str, ...]] = {
    "Africa": ("Northern Africa", "Eastern Africa", "Middle Africa", "Southern Africa", "Western Africa"),
    "Americas": ("Northern America", "Central America", "Caribbean", "South America"),
    "Asia": ("Eastern Asia", "South-eastern Asia", "Southern Asia", "Central Asia", "Western Asia"),
    "Europe": ("Northern Europe", "Western Europe", "Southern Europe", "Eastern Europe"),
    "Oceania": ("Australia and New Zealand", "Melanesia", "Micronesia", "Polynesia"),
}
CONTINENT_NAMES_KO: dict[str, str] = {
    "Africa": "아프리카", "Americas": "아메리카", "Asia": "아시아", "Europe": "유럽", "Oceania": "오세아니아",
}


def expand_regions(names: Iterable[str]) -> tuple[str, ...]:
    """Sub-regions meant by `names`: a continent stands for its parts, a sub-region for itself."""
    out: dict[str, None] = {}
    for name in names:
        for part in CONTINENTS.get(name, (name,)):
            out[part] = None
    return tuple(out)


_REGION_OF: dict[str, str] = {
    code: region for region, codes in _REGION_MEMBERS.items() for code in codes.split()
}


def region_of(country: str) -> str:
    """Return the English world region of an ISO 3166 alpha-2 code (any case)."""
    try:
        return _REGION_OF[country.upper()]
    except KeyError:
        raise GeoError(f"no world region for country code {country!r}") from None


def region_name(region: str, lang: str) -> str:
    """Return a region label in ``lang`` ("en" or "ko")."""
    if region in CONTINENT_NAMES_KO:
        return CONTINENT_NAMES_KO[region] if lang == "ko" else region
    if region not in REGION_NAMES_KO:
        raise GeoError(f"unknown world region {region!r}")
    return REGION_NAMES_KO[region] if lang == "ko" else region


@cache
def _territories(lang: str) -> dict[str, str]:
    return dict(Locale.parse(lang).territories)


def country_name(iso2: str, lang: str) -> str:
    """Return the CLDR name of a country in ``lang`` ("ko" or "en"), e.g. KR -> "대한민국"."""
    if lang not in ("ko", "en"):
        raise GeoError(f"unsupported language {lang!r} (use 'ko' or 'en')")
    code = iso2.upper()
    names = _territories(lang)
    if code not in _REGION_OF or code not in names:  # CLDR also names ZZ, EU, UN, ...
        raise GeoError(f"unknown country code {iso2!r}")
    return names[code]
