"""Country names that Kiwi reads as numerals: '오만' is Oman, or 50,000."""

from __future__ import annotations


def country_read_as_number(tokens, i: int, lookup) -> bool:
    """A country whose name is also a numeral, read as one ('오만 에너지광물부와': Oman, not 50,000),
    where no counter follows ('오만 명', '오만 원')."""
    t = tokens[i]
    if t.tag != "NR":
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is not None and (nxt.tag in ("NNB", "SN", "NR") or nxt.start == t.end):
        return False
    place = lookup(t.form)
    return place is not None and place.kind == "country"
