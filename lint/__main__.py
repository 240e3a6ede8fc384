"""Entry point for ``python -m lint``."""

from __future__ import annotations

from lint.cli.main import main

if __name__ == "__main__":
    main()
