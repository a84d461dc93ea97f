"""Place labels that do not overlap at the starting view.

deck.gl's collision filter draws nothing under software WebGL, so labels are placed here: in
order of importance, each label tries spots around its circle (right and left first) and is kept
at the first spot that lies inside the map, keeps a little room to every kept label and touches no
other circle. Places whose label finds no room stay on the map (with their tooltip) and appear
once the user zooms or selects them; a label is never cut by the map's edge.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from geo.mercator import TILE, project

GAP = 4.0
LINE = 16.0
ROOM = (6.0, 2.0)  # pixels kept free between two labels, across and up-down (crowded labels read as one)
EDGE = 3.0  # pixels a label keeps from the map's edge


@dataclass(frozen=True)
class Label:
    """A label spot: anchor, baseline and pixel offset, as the TextLayer takes them."""

    anchor: str
    baseline: str
    dx: float
    dy: float


def text_width(text: str, size: float) -> float:
    """Approximate rendered width in pixels (Hangul and CJK are about twice as wide)."""
    return sum(0.96 if ord(c) >= 0x1100 else 0.58 for c in text) * size


def short_label(name: str) -> str:
    """A Korean province's name as maps and the press shorten it (경기도 -> 경기, 충청북도 -> 충북,
    전북특별자치도 -> 전북; Gyeonggi Province -> Gyeonggi, North Chungcheong Province -> N. Chungcheong,
    Gangwon State -> Gangwon); other names as they are. For labels on a small map only: the
    tooltip keeps the full name."""
    if name.endswith("특별자치도") and len(name) > 5:
        return name[:-5]
    if name.endswith("도") and len(name) == 4 and name[1] in "청라상":
        return name[0] + name[2]
    if name.endswith("도") and len(name) == 3:
        return name[:2]
    for suffix in (" Special Self-Governing Province", " Province", " State"):
        if name.endswith(suffix) and len(name) > len(suffix):
            name = name[: -len(suffix)]
            break
    for word, short in (("North ", "N. "), ("South ", "S. ")):
        if name.startswith(word):
            return short + name[len(word):]
    return name


def _spots(r: float, w: float, size: float) -> list[tuple[Label, tuple[float, float, float, float]]]:
    """Candidate labels around a circle of radius r, with their boxes relative to its centre."""
    h = max(LINE, size * 1.25)
    d = r + GAP
    e = round(r * 0.7 + GAP / 2, 1)  # diagonal offset
    return [
        (Label("start", "center", d, 0.0), (d, -h / 2, d + w, h / 2)),
        (Label("end", "center", -d, 0.0), (-d - w, -h / 2, -d, h / 2)),
        (Label("start", "bottom", e, -e), (e, -e - h, e + w, -e)),
        (Label("start", "top", e, e), (e, e, e + w, e + h)),
        (Label("end", "bottom", -e, -e), (-e - w, -e - h, -e, -e)),
        (Label("end", "top", -e, e), (-e - w, e, -e, e + h)),
        (Label("middle", "bottom", 0.0, -d), (-w / 2, -d - h, w / 2, -d)),
        (Label("middle", "top", 0.0, d), (-w / 2, d, w / 2, d + h)),
    ]


def _overlaps(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _padded(box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    return box[0] - ROOM[0], box[1] - ROOM[1], box[2] + ROOM[0], box[3] + ROOM[1]


def _inside(box: tuple[float, ...], frame: tuple[float, ...] | None) -> bool:
    return frame is None or (box[0] >= frame[0] + EDGE and box[1] >= frame[1] + EDGE
                             and box[2] <= frame[2] - EDGE and box[3] <= frame[3] - EDGE)


def map_frame(view: dict[str, float], width: float, height: float) -> tuple[float, float, float, float]:
    """The pixel box (at the view's zoom, as `project` gives) that a `width` x `height` map centred
    on `view` (longitude, latitude, zoom) shows."""
    cx, cy = project(view["longitude"], view["latitude"], view["zoom"])
    return cx - width / 2, cy - height / 2, cx + width / 2, cy + height / 2


def _nearest_copy(x: float, frame: tuple[float, ...] | None, zoom: float) -> float:
    """`x` moved by whole world widths to the copy of the world nearest the frame's centre (the map
    repeats the world side by side)."""
    if frame is None:
        return x
    world = TILE * 2.0**zoom
    return x + round(((frame[0] + frame[2]) / 2 - x) / world) * world


def place_labels(
    rows: list[tuple[float, float, float, str]], *, zoom: float, size: float = 13.0,
    rings: dict[int, float] | None = None, frame: tuple[float, float, float, float] | None = None,
    outward: dict[int, tuple[float, float]] | None = None, pushed: dict[int, tuple[float, float]] | None = None,
    pushable: dict[int, tuple[float, float]] | None = None,
) -> list[Label | None]:
    """For (lon, lat, radius, text) rows in priority order, where each label goes, or None.

    `rings` maps a row index to the radius of a ring drawn around that circle (the selection).
    `frame` is the pixel box the map shows (`map_frame`): a label is placed only inside it.
    `outward` maps a row index to the direction its circle was moved in (`spread`): its label is
    tried on that side first, away from the crowd it left. With `pushed` (a dict to fill), such a
    circle (or one of `pushable`, index to the direction away from its crowd) whose label finds no
    room is moved further out, a step at a time, until circle and label fit; `pushed` gets the
    extra pixel offset (a leader line reaches back to its place).
    """
    rings = rings or {}
    outward = outward or {}
    centres = [(_nearest_copy(x, frame, zoom), y) for lon, lat, _, _ in rows for x, y in [project(lon, lat, zoom)]]
    circles = [
        (x - q, y - q, x + q, y + q)
        for i, ((x, y), (_, _, r, _)) in enumerate(zip(centres, rows, strict=True))
        for q in [max(r, rings.get(i, 0.0))]
    ]
    kept: list[tuple[float, float, float, float]] = []
    out: list[Label | None] = []
    away = {**outward, **(pushable or {})}  # (radial from the crowd first: a ring slot may lie across it)
    for i, ((x, y), (_, _, r, text)) in enumerate(zip(centres, rows, strict=True)):
        choice = None
        spots = _spots(max(r, rings.get(i, 0.0)), text_width(text, size), size)
        if i in outward:  # the side it was moved to first
            ox, oy = outward[i]
            spots.sort(key=lambda s: -(ox * (s[1][0] + s[1][2]) + oy * (s[1][1] + s[1][3])))
        for label, (x0, y0, x1, y1) in spots:
            box = (x + x0, y + y0, x + x1, y + y1)
            if not _inside(box, frame) or any(_overlaps(_padded(box), k) for k in kept):
                continue
            if any(_overlaps(box, c) for j, c in enumerate(circles) if j != i):
                continue
            choice = label
            kept.append(box)
            break
        if choice is None and pushed is not None and i in away:  # moved out before later labels take the room
            strangers = [centres[j] for j in range(len(rows)) if j not in away]
            found = _pushed_out(i, (x, y), rows[i], away[i], circles, kept, frame, size, strangers)
            if found is not None:
                choice, pushed[i] = found
        out.append(choice)
    return out


PUSH_STEP = LINE + 2.0  # pixels a crowded ring place is moved out by, per try
MAX_PUSH = 4
PUSH_TURNS = (0.0, 40.0, -40.0, 80.0, -80.0)  # degrees from straight out of the crowd


def _pushed_out(i: int, centre: tuple[float, float], row: tuple, direction: tuple[float, float], circles: list,
                kept: list, frame: tuple | None, size: float,
                strangers: list[tuple[float, float]] = ()) -> tuple[Label, tuple[float, float]] | None:
    """(label, extra offset) for ring place `i` moved out along `direction` until its circle and a
    label beside it touch no label and no other circle (`circles` and `kept` updated), or None. It
    never lands nearer to one of `strangers` (the places of others, partners abroad) than to its own
    spot: a Korean city drawn among Chinese ones would read as one of them."""
    norm = math.hypot(*direction)
    if norm == 0:
        return None
    r, text = row[2], row[3]
    others = [c for j, c in enumerate(circles) if j != i]
    # straight out from the crowd first, then turned to either side: the nearest spot that fits
    turns = [(math.cos(a) * direction[0] - math.sin(a) * direction[1],
              math.sin(a) * direction[0] + math.cos(a) * direction[1]) for a in map(math.radians, PUSH_TURNS)]
    for k, (ux, uy) in ((k, (dx / norm, dy / norm)) for k in range(1, MAX_PUSH + 1) for dx, dy in turns):
        x, y = centre[0] + ux * k * PUSH_STEP, centre[1] + uy * k * PUSH_STEP
        if any(math.hypot(x - a, y - b) < k * PUSH_STEP + r for a, b in strangers):
            continue
        disc = (x - r, y - r, x + r, y + r)
        if not _inside(disc, frame) or any(_overlaps(disc, b) for b in [*others, *kept]):
            continue
        spots = sorted(_spots(r, text_width(text, size), size),
                       key=lambda s: -(ux * (s[1][0] + s[1][2]) + uy * (s[1][1] + s[1][3])))
        for label, (x0, y0, x1, y1) in spots:
            box = (x + x0, y + y0, x + x1, y + y1)
            if _inside(box, frame) and not any(_overlaps(_padded(box), b) for b in kept) \
                    and not any(_overlaps(box, c) for c in others):
                circles[i] = disc
                kept += [box, disc]
                return label, (ux * k * PUSH_STEP, uy * k * PUSH_STEP)
    return None


def _ring(radii: list[float], gap: float) -> tuple[float, list[float]]:
    """The smallest ring on which circles of `radii`, in this order, sit side by side `gap` apart
    (each neighbour's share of the ring as wide as the two need, so small circles take less room
    than large ones), and each circle's angle on it from the first's."""
    n = len(radii)
    pairs = [radii[k] + radii[(k + 1) % n] + gap for k in range(n)]

    def turn(r: float) -> float:
        return sum(2 * math.asin(min(1.0, p / (2 * r))) for p in pairs)

    low, high = max(pairs) / 2, max(pairs) * n  # the sum of angles falls as the ring grows
    for _ in range(50):
        mid = (low + high) / 2
        low, high = (mid, high) if turn(mid) > 2 * math.pi else (low, mid)
    radius = max(high, max(radii) + gap)
    slots, at = [], 0.0
    for k in range(n):
        slots.append(at)
        at += 2 * math.asin(min(1.0, pairs[k] / (2 * radius)))
    spare = (2 * math.pi - at) / n  # a ring held wider by its largest circle: the room shared out
    return radius, [a + k * spare for k, a in enumerate(slots)]


MAX_GROUP = 17  # a crowd of more places is left as it is (a ring of 200 would span the screen); 17: Korea's
# metropolitan governments and provinces, what the national map draws at world zoom


MAX_RING = 54.0  # pixels: a ring wider than this (Korea's 17 at world zoom) shrinks its circles to fit,
# so that the ring still reads as Korea (unshrunk, it put Seoul over Siberia on a 650 px wide map)
MIN_RING_RADIUS = 3.5  # ... but no circle shrinks below this: it stays clickable


def spread(rows: list[tuple[float, float, float]], *, zoom: float, gap: float = 4.0,
           max_group: int = MAX_GROUP) -> list[tuple[float, float]]:
    """Pixel offsets that pull apart circles crowding one another at `zoom` (`spread_sized`'s,
    with the circles at their own sizes)."""
    return [(dx, dy) for dx, dy, _ in spread_sized(rows, zoom=zoom, gap=gap, max_group=max_group, max_ring=None)]


def _fitted(radii: list[float], gap: float, max_ring: float | None) -> tuple[list[float], float, list[float]]:
    """`radii` scaled down together (none below MIN_RING_RADIUS) until their ring is at most
    `max_ring` pixels wide, or as small as that floor allows; with the ring's radius and slots."""
    radius, slots = _ring(radii, gap)
    if max_ring is None or radius <= max_ring:
        return radii, radius, slots
    low, high = 0.0, 1.0  # the largest scale whose ring fits
    for _ in range(20):
        mid = (low + high) / 2
        low, high = (mid, high) if _ring([max(MIN_RING_RADIUS, r * mid) for r in radii], gap)[0] <= max_ring \
            else (low, mid)
    scaled = [round(max(MIN_RING_RADIUS, min(r, r * low)), 1) for r in radii]
    return scaled, *_ring(scaled, gap)


def spread_sized(rows: list[tuple[float, float, float]], *, zoom: float, gap: float = 4.0,
                 max_group: int = MAX_GROUP, max_ring: float | None = MAX_RING) -> list[tuple[float, float, float]]:
    """(dx, dy, radius) for each circle: pixel offsets that pull apart circles crowding one another
    at `zoom`, and the radius to draw it at.

    `rows` are (lon, lat, radius in pixels). Circles that overlap (closer than their radii plus
    `gap`) form a group, whose members are moved onto a ring around the group's centre, in the
    order of their directions from it (Seoul stays north-west of Busan), far enough apart not to
    touch. Others get (0, 0), and so do groups of more than `max_group` (national data: its
    provinces, fewer, are what should be spread there). The offsets are in pixels: the map draws
    each circle at its place plus its offset, with a leader line back to the place, so it stays
    clickable at every zoom. A group whose ring would be wider than `max_ring` pixels has its
    circles drawn smaller, all by one factor, so that the ring stays close to where they are.
    """
    centres = [project(lon, lat, zoom) for lon, lat, _ in rows]
    n = len(rows)
    group = list(range(n))  # union-find of overlapping circles

    def root(i: int) -> int:
        while group[i] != i:
            group[i] = group[group[i]]
            i = group[i]
        return i

    for i in range(n):
        for j in range(i + 1, n):
            if math.dist(centres[i], centres[j]) < rows[i][2] + rows[j][2] + gap:
                group[root(i)] = root(j)
    members: dict[int, list[int]] = {}
    for i in range(n):
        members.setdefault(root(i), []).append(i)
    out = [(0.0, 0.0, r) for _, _, r in rows]
    for ids in members.values():
        if not 2 <= len(ids) <= max_group:
            continue
        cx = sum(centres[i][0] for i in ids) / len(ids)
        cy = sum(centres[i][1] for i in ids) / len(ids)
        angles = {i: math.atan2(centres[i][1] - cy, centres[i][0] - cx) for i in ids}
        order = sorted(ids, key=lambda i: (angles[i], i))
        radii, radius, slots = _fitted([rows[i][2] for i in order], gap, max_ring)
        # The slots in the members' circular order, turned to sit closest to their directions:
        # the circular mean of (direction - slot).
        sx = sum(math.cos(angles[i] - slots[k]) for k, i in enumerate(order))
        sy = sum(math.sin(angles[i] - slots[k]) for k, i in enumerate(order))
        first = math.atan2(sy, sx) if math.hypot(sx, sy) > 1e-9 else -math.pi * 3 / 4
        if all(math.dist(centres[i], (cx, cy)) < 1e-9 for i in ids):
            first = -math.pi * 3 / 4  # all on one spot: start at the upper left
        for k, i in enumerate(order):
            angle = first + slots[k]
            out[i] = (round(cx + radius * math.cos(angle) - centres[i][0], 1),
                      round(cy + radius * math.sin(angle) - centres[i][1], 1), radii[k])
    return out
