"""Shared pytest fixtures."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def gazetteer():
    """The process-wide offline gazetteer (GeoNames + data/places.csv), built once."""
    from geo.gazetteer import default_gazetteer

    return default_gazetteer()
