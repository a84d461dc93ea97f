"""Web Mercator as deck.gl draws it: pixels and back, the camera that frames places, the least zoom
that shows the world once."""

import math

import pytest

from geo.mercator import TILE, frame_view, mercator_y, project, unproject, world_zoom


def _project(lon, lat, view, width, height):
    """Screen position of (lon, lat) under a deck.gl Web Mercator view centred on the map."""
    cx, cy = project(view["longitude"], view["latitude"], view["zoom"])
    x, y = project(lon, lat, view["zoom"])
    return width / 2 + x - cx, height / 2 + y - cy


@pytest.mark.parametrize(
    "places",
    [
        [(126.98, 37.57), (10.39, 55.40)],  # 000: Seoul -> Odense
        [(128.60, 35.87), (106.63, 10.82)],  # 003-like: Daegu -> Ho Chi Minh City
        [(128.60, 35.87), (284.30, 45.42)],  # 004: Daegu -> Ottawa, wrapped east of the date line
        [(127.29, 36.48), (100.50, 13.75), (28.98, 41.01)],  # 002: Sejong -> Bangkok, Istanbul
    ],
)
def test_frame_view_keeps_every_place_on_screen_and_uses_the_room(places):
    width, height = 560, 580
    view = frame_view(places, width=width, height=height)
    xs, ys = zip(*(_project(lo, la, view, width, height) for lo, la in places), strict=True)
    assert min(xs) > 0 and max(xs) < width and min(ys) > 0 and max(ys) < height
    assert max(max(xs) - min(xs), (max(ys) - min(ys)) * width / height) > 0.5 * width  # not zoomed out needlessly


def test_frame_view_of_one_place_zooms_in_to_the_cap():
    view = frame_view([(128.6, 35.87)], width=560, height=580, max_zoom=6)
    assert view == {"longitude": 128.6, "latitude": 35.87, "zoom": 6}


def test_frame_view_needs_a_place():
    with pytest.raises(ValueError):
        frame_view([], width=100, height=100)


def test_unproject_inverts_project():
    x, y = project(126.98, 37.57, 1.3)
    assert unproject(x, y, 1.3) == pytest.approx((126.98, 37.57))
    assert mercator_y(0.0) == pytest.approx(0.0, abs=1e-12)
    assert mercator_y(89.9) == mercator_y(85.0511) == pytest.approx(math.pi, rel=1e-4)  # the square world


@pytest.mark.parametrize("width, height", [(652, 500), (1280, 500), (1780, 500), (350, 340), (300, 700)])
def test_world_zoom_makes_the_world_at_least_as_wide_and_high_as_the_map(width, height):
    zoom = world_zoom(width, height)
    world = TILE * 2**zoom
    assert world >= width and world >= height
    assert world < 1.01 * max(width, height)  # and no more than needed
    assert math.isclose(world_zoom(512, 100), 0.0)
