"""The sectors a spreadsheet row names: the atlas's own names in either language, the reader's
sector words, and a few field words tables use; else the row type's usual sector."""

from __future__ import annotations

import re

from partnerships.extract.sectors import find_sectors
from partnerships.model import SECTORS

_SECTOR_WORDS = {"경제": "trade", "통상": "trade", "무역": "trade", "산업": "manufacturing", "환경": "energy",
                 "인적": "general", "교육": "culture_tourism", "행정": "general",
                 "농업": "trade", "의료": "healthcare", "보건": "healthcare"}

# the atlas's own sector names, lower-cased, in both languages, and its ids
_SECTOR_NAMES = {name.lower(): sector for sector, names in SECTORS.items()
                 for name in (*names, sector, sector.replace("_", " "))}

# A row that names no field: trade for a trade event, else exchange in general (a sister-city
# row says nothing about culture or tourism; calling it so made the sector filter useless).
_TABLE_DEFAULT = {"roadshow": "trade", "contract": "trade"}


def named_sectors(text: str) -> set[str]:
    """The sectors a cell names: by the atlas's own names in either language or their ids (as the
    sector filter and the exports write them: 'Culture & tourism', '문화·관광', 'smart_city'), by
    their words ('수소', 'robot'), or by a field word ('경제')."""
    chosen = set(find_sectors(text)) if text else set()
    parts = {" ".join(part.lower().split()) for part in re.split(r"[,;/|\n]", text or "")}
    chosen |= {sector for name, sector in _SECTOR_NAMES.items() if name in parts}
    return chosen | {sector for word, sector in _SECTOR_WORDS.items() if word in (text or "")}


def sectors_of(text: str, type_: str) -> list[str]:
    """The sectors a row's sector (or note) cell names, else the row type's default."""
    chosen = named_sectors(text)
    if not chosen:
        chosen.add(_TABLE_DEFAULT.get(type_, "general"))
    return [s for s in SECTORS if s in chosen]
