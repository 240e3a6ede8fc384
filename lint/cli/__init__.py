"""The ``factlint`` command line."""

from lint.cli.main import main

__all__ = ["main"]
