"""The places the stored records name, read from the database's `places` table.

    book = place_book(conn)      # a few thousand rows, not the gazetteer's 30,000 cities
    book.get("kr-seoul").name_ko

The public pages only show places that records name, and every stored record's places are in
the `places` table (a save or a load adds them). Reading them from there spares a page process
the full gazetteer (its name index for look-ups takes ~90 MB and several seconds to build);
pages that look names up (adding an article, editing a record) still build that one.
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import Connection, select

from geo.errors import UnknownPlace
from geo.place import Place
from partnerships.db import schema as s


class PlaceBook:
    """Places by id, answering `get` and `in` as the gazetteer does (no name look-ups)."""

    skipped: tuple[str, ...] = ()

    def __init__(self, places: dict[str, Place]) -> None:
        self._places = places

    def get(self, place_id: str) -> Place:
        """The place with this id (UnknownPlace if the table lacks it)."""
        try:
            return self._places[place_id]
        except KeyError:
            raise UnknownPlace(place_id) from None

    def name_in(self, place_id: str, lang: str) -> str:
        """The place's name in `lang`; the id itself for a place the table lacks."""
        place = self._places.get(place_id)
        return place_id if place is None else place.name_in(lang)

    def __contains__(self, place_id: object) -> bool:
        return place_id in self._places

    def __iter__(self) -> Iterator[Place]:
        return iter(self._places.values())

    def __len__(self) -> int:
        return len(self._places)


def place_book(conn: Connection) -> PlaceBook:
    """Every row of the places table as a PlaceBook."""
    p = s.places.c
    rows = conn.execute(select(p.id, p.name_en, p.name_ko, p.country, p.lat, p.lon, p.kind, p.region,
                               p.geonames_id))
    return PlaceBook({row[0]: Place(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7] or "", row[8])
                      for row in rows})
