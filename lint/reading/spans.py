"""Sets of character spans with logarithmic overlap tests (documents can be megabytes long)."""

from __future__ import annotations

import bisect


class Spans:
    """Non-overlapping [start, end) spans kept sorted; overlapping additions are merged."""

    def __init__(self, spans: list[tuple[int, int]] | None = None) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for s, e in sorted(spans or []):
            self.add(s, e)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._starts, end) - 1  # last span starting before `end`
        return i >= 0 and self._ends[i] > start

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self._starts, start)
        if i > 0 and self._ends[i - 1] >= start:  # merge with the span before
            i -= 1
            start = self._starts[i]
            end = max(end, self._ends[i])
        j = i
        while j < len(self._starts) and self._starts[j] <= end:  # and with those it reaches
            end = max(end, self._ends[j])
            j += 1
        self._starts[i:j] = [start]
        self._ends[i:j] = [end]
