"""Errors raised by the partnerships package."""


class DataError(ValueError):
    """A record, data file or article that cannot be used as it is."""
