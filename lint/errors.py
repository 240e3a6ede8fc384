"""Errors that the CLI reports as one line and exit code 2."""

from __future__ import annotations


class FactlintError(Exception):
    """A problem with input, configuration or data that the user must fix.

    ``where`` is ``path`` or ``path:line``; the message is one line.
    """

    def __init__(self, message: str, where: str | None = None) -> None:
        super().__init__(message, where)  # both in args, so the error survives pickling (--jobs)
        self.message = message
        self.where = where

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


class RuleError(FactlintError):
    """A rule failed on one draft (its pattern timed out): reported, and the other rules
    and drafts still run."""
