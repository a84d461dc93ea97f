"""Exceptions raised by the geo package."""

from __future__ import annotations


class GeoError(Exception):
    """Base class for every error raised by :mod:`geo`."""


class UnknownPlace(GeoError, LookupError):
    """A place id that the gazetteer does not know."""


class GeocoderUnavailable(GeoError):
    """The online geocoding service could not be reached or answered with an error."""


class GeocoderBadAnswer(GeocoderUnavailable):
    """The geocoding service answered with something that cannot be used (never cached)."""
