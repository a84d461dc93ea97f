"""Every agreement type's arc colour stands out from the sea in both themes."""

import pytest

from ui.map.palette import DARK, LIGHT, TYPE_COLOURS


def luminance(rgb) -> float:
    def channel(v: int) -> float:
        v /= 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = map(channel, rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("type_id", sorted(TYPE_COLOURS))
def test_arcs_stand_out_from_the_dark_sea(type_id):
    # The overseas-office indigo had 1.5:1 on the dark sea and disappeared.
    assert contrast(TYPE_COLOURS[type_id], DARK.ocean) >= 2.0


@pytest.mark.parametrize("type_id", sorted(TYPE_COLOURS))
def test_arcs_stand_out_from_the_light_land(type_id):
    assert contrast(TYPE_COLOURS[type_id], LIGHT.land) >= 1.9
