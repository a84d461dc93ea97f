"""The Place record shared by the gazetteer and its sources."""

from __future__ import annotations

from dataclasses import dataclass

KINDS: tuple[str, ...] = ("city", "province", "region", "venue", "country", "county", "district")
# province: a Korean province; region: a foreign first-level division (data/divisions.csv);
# county, district: a county (Korean 군, US county, Chinese 县) or a city district (Korean 자치구,
# Chinese 区), placed at its office or centre


@dataclass(frozen=True)
class Place:
    """A point on the map with English and Korean names."""

    id: str
    name_en: str
    name_ko: str
    country: str  # ISO 3166 alpha-2, upper case
    lat: float
    lon: float
    kind: str  # one of KINDS
    region: str  # English world region (geo.regions)
    geonames_id: int | None

    def name_in(self, lang: str) -> str:
        """The Korean name for `lang` "ko", else the English one."""
        return self.name_ko if lang == "ko" else self.name_en
