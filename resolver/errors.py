"""Errors the CLI turns into one clear line and an exit code."""


class ResolverError(Exception):
    """Base class; `exit_code` is what the CLI exits with."""

    exit_code = 1


class BadInput(ResolverError):
    """Malformed or invalid user input (exit 2)."""

    exit_code = 2


class NotFound(ResolverError):
    """An id that does not exist (exit 2: bad input)."""

    exit_code = 2


class DatabaseUnavailable(ResolverError):
    """The database cannot be reached or opened (exit 1)."""

    exit_code = 1
