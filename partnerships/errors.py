"""Errors raised by the partnerships package."""


class DataError(ValueError):
    """A record, data file or article that cannot be used as it is."""


class StoreUnavailable(DataError):
    """The database cannot be reached or stays locked; nothing was written."""
