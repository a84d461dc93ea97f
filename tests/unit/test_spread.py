"""Crowded circles are pulled apart onto a ring, each keeping its direction."""

import math

import pytest

from geo.mercator import project
from ui.map.map_labels import MAX_RING, MIN_RING_RADIUS, spread, spread_sized

# Seoul, Sejong, Daegu, Busan: 40 to 330 km apart, one blob at world zoom.
KOREA = [(126.98, 37.57, 12.0), (127.29, 36.48, 9.0), (128.6, 35.87, 10.0), (129.08, 35.18, 11.0)]


def placed(rows, zoom):
    offsets = spread(rows, zoom=zoom)
    return [(x + dx, y + dy) for (x, y), (dx, dy) in
            zip((project(lon, lat, zoom) for lon, lat, _ in rows), offsets, strict=True)], offsets


@pytest.mark.parametrize("zoom", [0.3, 1.0, 2.0])
def test_crowded_circles_no_longer_touch(zoom):
    centres, _ = placed(KOREA, zoom)
    for i in range(len(KOREA)):
        for j in range(i + 1, len(KOREA)):
            assert math.dist(centres[i], centres[j]) >= KOREA[i][2] + KOREA[j][2]


def test_each_keeps_its_direction_from_the_others():
    centres, _ = placed(KOREA, 1.0)
    seoul, busan = centres[0], centres[3]
    assert seoul[0] < busan[0] and seoul[1] < busan[1]  # Seoul stays north-west of Busan


def test_circles_with_room_stay_put():
    rows = [(126.98, 37.57, 12.0), (10.38, 55.4, 12.0)]  # Seoul and Odense
    assert spread(rows, zoom=1.0) == [(0.0, 0.0), (0.0, 0.0)]
    assert spread(KOREA, zoom=9.0) == [(0.0, 0.0)] * 4  # zoomed in, they are far apart


def test_circles_on_one_spot_are_spread_too():
    centres, _ = placed([(127.0, 37.5, 8.0)] * 3, 1.0)
    assert min(math.dist(a, b) for i, a in enumerate(centres) for b in centres[i + 1:]) >= 16


def test_a_large_crowd_is_left_as_it_is():
    # National data: two hundred Korean governments would make a ring wider than the screen.
    crowd = [(127.0 + i * 0.01, 36.0 + (i % 7) * 0.01, 6.0) for i in range(200)]
    assert spread(crowd, zoom=1.0) == [(0.0, 0.0)] * 200


def test_small_circles_take_less_of_the_ring_than_large_ones():
    # Korea's 17 provinces at world zoom: two large circles and many small ones. Slots as wide as
    # the largest circle made a ring three times as wide as the small ones need.
    radii = [18.0, 16.0] + [6.0] * 15
    rows = [(126.5 + (i % 5) * 0.3, 35.5 + (i // 5) * 0.4, r) for i, r in enumerate(radii)]
    centres, offsets = placed(rows, 1.25)
    cx = sum(x for x, _ in centres) / len(centres)
    cy = sum(y for _, y in centres) / len(centres)
    ring = max(math.dist(c, (cx, cy)) for c in centres)
    even = (2 * max(radii) + 4) / (2 * math.sin(math.pi / len(radii)))  # every slot the largest's width
    assert ring < 0.75 * even
    for i in range(len(rows)):
        for j in range(i + 1, len(rows)):
            assert math.dist(centres[i], centres[j]) >= radii[i] + radii[j]


@pytest.mark.parametrize(("outward", "below"), [((0.0, 30.0), True), ((0.0, -30.0), False)])
def test_a_moved_circle_is_labelled_on_the_side_it_was_moved_to(outward, below):
    from ui.map.map_labels import place_labels

    (label,) = place_labels([(127.0, 37.5, 10.0, "Gangwon")], zoom=1.25, outward={0: outward})
    assert (label.dy > 0) is below and label.dx == 0.0


def _provinces():
    """Korea's 17 metropolitan governments and provinces, at full size, around one point."""
    return [(127.0 + 0.3 * math.cos(k), 36.5 + 0.3 * math.sin(k), 16.0 if k < 4 else 9.0) for k in range(17)]


def test_a_ring_of_many_large_circles_shrinks_them_to_stay_near_its_places():
    rows = _provinces()
    sized = spread_sized(rows, zoom=0.3)
    centre = project(127.0, 36.5, 0.3)
    spots = [(x + dx, y + dy) for (x, y), (dx, dy, _) in
             zip((project(lon, lat, 0.3) for lon, lat, _ in rows), sized, strict=True)]
    assert max(math.dist(s, centre) for s in spots) <= MAX_RING + 2
    radii = [r for _, _, r in sized]
    assert all(MIN_RING_RADIUS <= r < given for r, (_, _, given) in zip(radii, rows, strict=True))
    assert radii[0] > radii[5]  # the larger stay larger
    for i in range(17):
        for j in range(i + 1, 17):
            assert math.dist(spots[i], spots[j]) >= radii[i] + radii[j]


def test_without_a_limit_the_circles_keep_their_size():
    rows = _provinces()
    assert [r for _, _, r in spread_sized(rows, zoom=0.3, max_ring=None)] == [r for _, _, r in rows]
    assert [(dx, dy) for dx, dy, _ in spread_sized(KOREA, zoom=1.0)] == spread(KOREA, zoom=1.0)


def test_a_crowded_korean_place_whose_label_finds_no_room_is_moved_out_to_fit_one():
    from ui.map.map_labels import MAX_PUSH, PUSH_STEP, _overlaps, place_labels, text_width

    # nine labelled circles packed tight at a country's zoom: some labels find no room where they are
    rows = [(127.0 + 0.45 * (k % 3), 35.5 + 0.4 * (k // 3), 9.0, name)
            for k, name in enumerate(["Gwangju", "Daejeon", "Busan", "Jeonbuk", "Sejong", "Daegu",
                                      "Incheon", "Seoul", "Gangwon"])]
    zoom = 4.0
    plain = place_labels(rows, zoom=zoom)
    assert any(s is None for s in plain)
    centres = [project(lon, lat, zoom) for lon, lat, _, _ in rows]
    cx, cy = sum(x for x, _ in centres) / 9, sum(y for _, y in centres) / 9
    pushed: dict = {}
    labels = place_labels(rows, zoom=zoom, pushed=pushed,
                          pushable={k: (x - cx, y - cy) for k, (x, y) in enumerate(centres)})
    assert pushed and all(labels[k] is not None for k in pushed)
    assert sum(s is not None for s in labels) > sum(s is not None for s in plain)
    boxes = []
    for k, ((x, y), label) in enumerate(zip(centres, labels, strict=True)):
        dx, dy = pushed.get(k, (0.0, 0.0))
        assert math.hypot(dx, dy) <= MAX_PUSH * PUSH_STEP + 1e-6
        if k in pushed:  # moved away from the crowd's centre, not across it
            assert dx * (x - cx) + dy * (y - cy) > 0
        if label is not None:
            w, h = text_width(rows[k][3], 13.0), 16.0
            left = x + dx + label.dx - (w if label.anchor == "end" else w / 2 if label.anchor == "middle" else 0)
            top = y + dy + label.dy - (h if label.baseline == "bottom" else h / 2 if label.baseline == "center" else 0)
            boxes.append((left + 1, top + 1, left + w - 1, top + h - 1))
    assert not any(_overlaps(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:])


def test_a_korean_place_is_never_moved_out_among_the_places_of_others():
    from ui.map.map_labels import place_labels

    rows = [(127.0 + 0.45 * (k % 3), 35.5 + 0.4 * (k // 3), 9.0, name)
            for k, name in enumerate(["Gwangju", "Daejeon", "Busan", "Jeonbuk", "Sejong", "Daegu",
                                      "Incheon", "Seoul", "Gangwon"])]
    zoom = 4.0
    centres = [project(lon, lat, zoom) for lon, lat, _, _ in rows]
    cx, cy = sum(x for x, _ in centres) / 9, sum(y for _, y in centres) / 9
    # partners abroad ring the crowd closely on every side
    strangers = [(127.45 + 1.6 * math.cos(a / 6 * math.pi), 35.9 + 1.3 * math.sin(a / 6 * math.pi), 6.0, f"P{a}")
                 for a in range(12)]
    pushed: dict = {}
    place_labels(rows + strangers, zoom=zoom, pushed=pushed,
                 pushable={k: (x - cx, y - cy) for k, (x, y) in enumerate(centres)})
    away = [project(lon, lat, zoom) for lon, lat, _, _ in strangers]
    for k, (dx, dy) in pushed.items():
        x, y = centres[k][0] + dx, centres[k][1] + dy
        assert min(math.dist((x, y), s) for s in away) >= math.hypot(dx, dy)  # nearer its own spot
