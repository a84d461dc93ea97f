"""A record's JSON form as table rows, and the other way round."""

from __future__ import annotations

import json
from typing import Any, Protocol

from geo.place import Place


class Places(Protocol):
    """What is needed of a gazetteer here."""

    def __contains__(self, place_id: object) -> bool: ...
    def get(self, place_id: str) -> Place: ...


def body(d: dict[str, Any]) -> str:
    """The record's stored JSON: compact, keys in their order, non-ASCII kept."""
    return json.dumps(d, ensure_ascii=False, separators=(",", ":"))


def search_text(d: dict[str, Any], places: Places) -> str:
    """What free-text search looks in, lower case: titles, summaries, parties, place names."""
    parts = [d.get(k) or "" for k in ("title_en", "title_ko", "summary_en", "summary_ko")]
    for p in d.get("parties") or ():
        parts += [p.get("name_en") or "", p.get("name_ko") or ""]
    for pid in dict.fromkeys([*d.get("korean_places", ()), *(d.get("partner_places") or ()),
                              *([d["venue"]] if d.get("venue") else [])]):
        if pid in places:
            place = places.get(pid)
            parts += [place.name_en, place.name_ko]
    return "\n".join(x for x in parts if x).lower()


def record_rows(d: dict[str, Any], *, records_file: str, position: int, places: Places,
                status: str | None = None, version: int = 1) -> dict[str, list[dict[str, Any]]]:
    """Rows for `records` and its child tables, keyed by table name."""
    rid = d["id"]
    out: dict[str, list[dict[str, Any]]] = {
        "records": [{
            "id": rid, "records_file": records_file, "position": position,
            "article_file": d["source"]["file"], "status": status or d.get("status", "reviewed"),
            "version": version, "type": d["type"], "year": int(d["year"]), "date": str(d["date"]),
            "venue": d.get("venue"), "search_text": search_text(d, places), "body": body(d),
        }],
        "record_places": [], "record_arcs": [], "sectors": [], "parties": [], "evidence": [],
    }
    kind, year = d["type"], int(d["year"])
    for side, ids in (("korean", d["korean_places"]), ("partner", d.get("partner_places") or []),
                      ("venue", [d["venue"]] if d.get("venue") else [])):
        for i, pid in enumerate(dict.fromkeys(ids)):
            place = places.get(pid) if pid in places else None
            out["record_places"].append({
                "record_id": rid, "side": side, "place_id": pid, "position": i,
                "country": place.country if place else None, "region": place.region if place else None,
                "type": kind, "year": year,
            })
    partners = [x for x in out["record_places"] if x["side"] == "partner"]
    out["record_arcs"] = [
        {"record_id": rid, "src": k["place_id"], "dst": p["place_id"], "type": kind, "year": year,
         "dst_country": p["country"], "dst_region": p["region"]}
        for k in out["record_places"] if k["side"] == "korean" for p in partners]
    out["sectors"] = [{"record_id": rid, "sector": s} for s in dict.fromkeys(d["sectors"])]
    out["parties"] = [{"record_id": rid, "position": i, "name_en": p.get("name_en", ""),
                       "name_ko": p.get("name_ko", "")} for i, p in enumerate(d.get("parties") or [])]
    out["evidence"] = [{"record_id": rid, "position": i, "sentence": s} for i, s in enumerate(d["evidence"])]
    return out


def place_row(place: Place, origin: str) -> dict[str, Any]:
    """A `places` row."""
    return {"id": place.id, "name_en": place.name_en, "name_ko": place.name_ko, "country": place.country,
            "region": place.region, "lat": place.lat, "lon": place.lon, "kind": place.kind,
            "origin": origin, "geonames_id": place.geonames_id}


def record_dict(body_text: str, status: str) -> dict[str, Any]:
    """A stored record's JSON form, with the status the database holds."""
    d = json.loads(body_text)
    if "status" in d or status != "reviewed":
        d["status"] = status
    return d
