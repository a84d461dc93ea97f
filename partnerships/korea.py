"""Korean local governments by level: metropolitan city, province, city, county, district.

The level of a Korean place follows from its kind (geo.place.KINDS) and, for the eight
metropolitan-level cities (특별시, 광역시, 세종특별자치시), from their ids.
"""

from __future__ import annotations

from geo.place import Place

# level id -> (English, Korean); the order is the filter's
LEVELS: dict[str, tuple[str, str]] = {
    "metropolitan": ("Metropolitan city", "특별시·광역시"),
    "province": ("Province", "도"),
    "city": ("City", "시"),
    "county": ("County", "군"),
    "district": ("District", "자치구"),
}
METROPOLITAN: frozenset[str] = frozenset({
    "kr-seoul", "kr-busan", "kr-daegu", "kr-incheon", "kr-gwangju", "kr-daejeon", "kr-ulsan", "kr-sejong"})


def level(place_id: str, kind: str) -> str | None:
    """The level of a Korean place with this id and kind (None for a venue or a country)."""
    if kind == "city":
        return "metropolitan" if place_id in METROPOLITAN else "city"
    return kind if kind in ("province", "county", "district") else None


def place_level(place: Place) -> str | None:
    """The level of a Korean place (None outside Korea)."""
    return level(place.id, place.kind) if place.country == "KR" else None
