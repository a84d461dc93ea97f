"""One place per Korean county: GeoNames lists a few county seats as towns ('kr-gochang'), next to
the county that data/places.csv adds ('kr-gochang-gun', 고창군). The town's id becomes a former id
of the county, so a record naming either is drawn at one place and counted once."""

from __future__ import annotations

from dataclasses import replace

from geo.place_data import Entry


def fold_county_seats(entries: list[Entry]) -> list[Entry]:
    """`entries` with each Korean town that shares its name with a county folded into the county."""
    by_id = {e.place.id: e for e in entries}
    folded: dict[str, Entry] = {}
    for entry in entries:
        place = entry.place
        if place.country != "KR" or place.kind != "county" or not place.id.endswith("-gun"):
            continue
        town = by_id.get(place.id.removesuffix("-gun"))
        if town is None or town.place.country != "KR" or town.place.kind != "city":
            continue
        folded[town.place.id] = town
        by_id[place.id] = replace(entry, population=max(entry.population, town.population),
                                  primary=entry.primary + town.primary,
                                  former_ids=(*entry.former_ids, town.place.id, *town.former_ids))
    return [by_id[e.place.id] for e in entries if e.place.id not in folded]
