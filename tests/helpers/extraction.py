"""What the reader proposes for a text, in the short form the reader's rule tests compare."""

from __future__ import annotations

from partnerships.extract import extract


def record_keys(text: str, gazetteer, published: str) -> list[tuple]:
    """(type, year, Korean places, partner places) of every candidate, sorted."""
    found = extract(text, gazetteer=gazetteer, published=published).candidates
    return sorted((c["type"], c["year"], tuple(c["korean_places"]), tuple(c["partner_places"]))
                  for c in found)


def history_told(text: str, gazetteer, published: str) -> list[tuple]:
    """(type, year) of every event the reader left out as history the news builds on."""
    found = extract(text, gazetteer=gazetteer, published=published).dropped
    return sorted((d.split(" of ")[0], int(d.split(" of ")[1][:4])) for d in found if "told as history" in d)
