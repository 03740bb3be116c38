"""Errors a user can cause. Each carries one clear sentence for a dialog or stderr."""


class FactcheckError(Exception):
    """Base class: ``str(error)`` is the one-line message shown to the user."""


class ImportFailed(FactcheckError):
    """A file could not be read as an article (binary, empty, unknown type...)."""


class FetchFailed(ImportFailed):
    """A web page could not be fetched (offline, HTTP error, TLS error, not HTML, too large)."""


class NotFound(FactcheckError):
    """An article, sentence or source the user named does not exist."""


class StoreError(FactcheckError):
    """The database cannot be used (locked, corrupt, from a newer version)."""


class DatabaseTooNew(StoreError):
    """The file was written by a newer version of factcheck-review."""


class InvalidValue(FactcheckError):
    """A value the user gave is out of range (a rating, a grade, a date)."""
