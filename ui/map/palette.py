"""The map's colours, defined once: basemap, the two sides of a partnership, agreement types.

Agreement types use the Okabe–Ito palette (colour-blind safe) for the most common types and
Paul Tol's "muted" scheme for the rest; colours stay readable on the light basemap.
Korean places and partners differ in fill (dark vs white), not only in hue.
"""

from __future__ import annotations

from dataclasses import dataclass

RGB = tuple[int, int, int]

OCEAN: RGB = (196, 214, 226)
LAND: RGB = (247, 245, 240)
BORDER: RGB = (163, 176, 188)

KOREAN_FILL: RGB = (20, 54, 93)
KOREAN_LINE: RGB = (255, 255, 255)
PARTNER_FILL: RGB = (255, 255, 255)
PARTNER_LINE: RGB = (20, 54, 93)
LABEL: RGB = (24, 32, 40)
LABEL_HALO: RGB = (255, 255, 255)

TYPE_COLOURS: dict[str, RGB] = {
    "mou": (213, 94, 0),  # Okabe–Ito vermillion
    "loi": (230, 159, 0),  # Okabe–Ito orange
    "sister_city": (0, 114, 178),  # Okabe–Ito blue
    "friendship_city": (86, 180, 233),  # Okabe–Ito sky blue
    "alliance": (0, 158, 115),  # Okabe–Ito bluish green
    "declaration": (204, 121, 167),  # Okabe–Ito reddish purple
    "roadshow": (136, 34, 85),  # Tol muted wine
    "contract": (153, 153, 51),  # Tol muted olive
    "award": (170, 68, 153),  # Tol muted purple
    "exchange": (68, 170, 153),  # Tol muted teal
    "office": (110, 86, 220),  # a lighter indigo than Tol's (51, 34, 136), which vanished on the dark sea
    "institution": (17, 119, 51),  # Tol muted green
    "program": (204, 102, 119),  # Tol muted rose
    "forum": (221, 170, 51),  # Tol bright/high-contrast yellow
    "other_tie": (119, 119, 119),  # neutral grey: a formal tie whose kind the source does not state
}
OTHER_TYPE: RGB = (120, 120, 120)


# Timeline page (pages/4_Timeline.py): sectors stacked in bars. Paul Tol's "muted" scheme plus
# four Okabe–Ito colours; neighbours in the taxonomy's order differ in lightness as well as hue.
SECTOR_COLOURS: dict[str, RGB] = {
    "robotics": (0, 114, 178),  # Okabe–Ito blue
    "smart_city": (68, 170, 153),  # Tol muted teal
    "mobility": (230, 159, 0),  # Okabe–Ito orange
    "energy": (51, 34, 136),  # Tol muted indigo
    "ai": (221, 204, 119),  # Tol muted sand
    "iot": (136, 34, 85),  # Tol muted wine
    "drones": (136, 204, 238),  # Tol muted cyan
    "startups": (204, 102, 119),  # Tol muted rose
    "water": (17, 119, 51),  # Tol muted green
    "healthcare": (213, 94, 0),  # Okabe–Ito vermillion
    "culture_tourism": (170, 68, 153),  # Tol muted purple
    "manufacturing": (153, 153, 51),  # Tol muted olive
    "trade": (204, 121, 167),  # Okabe–Ito reddish purple
    "general": (136, 136, 136),  # neutral grey: no field named
}


def sector_colour(sector: str) -> RGB:
    """The colour of a sector in charts."""
    return SECTOR_COLOURS.get(sector, OTHER_TYPE)


def type_colour(type_id: str) -> RGB:
    """The arc colour of an agreement type."""
    return TYPE_COLOURS.get(type_id, OTHER_TYPE)


def css(rgb: RGB, alpha: float = 1.0) -> str:
    """A CSS colour for an RGB triple."""
    r, g, b = rgb
    return f"rgba({r}, {g}, {b}, {alpha:g})"


# Themes (ui/shell/theme.py): the basemap and label colours of the light and the dark map, and the page
# colours of exported images. Arc and place colours stay the same in both.
@dataclass(frozen=True)
class Scheme:
    """The colours of one theme."""

    ocean: RGB
    land: RGB
    border: RGB
    label: RGB
    label_halo: RGB
    ink: RGB  # text on `paper`
    paper: RGB  # page and panel background
    muted: RGB  # secondary text


LIGHT = Scheme(ocean=OCEAN, land=LAND, border=BORDER, label=LABEL, label_halo=LABEL_HALO,
               ink=(24, 32, 40), paper=(255, 255, 255), muted=(96, 108, 120))
DARK = Scheme(ocean=(13, 22, 34), land=(44, 55, 69), border=(92, 108, 126), label=(236, 241, 246),
              label_halo=(13, 22, 34), ink=(230, 236, 242), paper=(19, 27, 38), muted=(150, 163, 178))
SCHEMES: dict[str, Scheme] = {"light": LIGHT, "dark": DARK}
