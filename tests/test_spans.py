"""Spans: the overlap test agrees with the obvious one on random spans."""

from __future__ import annotations

import random

from lint.reading.spans import Spans


def test_overlaps_agrees_with_brute_force() -> None:
    rng = random.Random(7)
    for _ in range(200):
        spans = [(s, s + rng.randint(0, 8)) for s in (rng.randint(0, 100) for _ in range(rng.randint(0, 15)))]
        index = Spans()
        for s, e in spans:
            index.add(s, e)
        for _ in range(40):
            a = rng.randint(0, 110)
            b = a + rng.randint(1, 10)
            assert index.overlaps(a, b) == any(a < e and s < b for s, e in spans), (spans, a, b)


def test_empty_and_touching_spans() -> None:
    index = Spans([(0, 5), (5, 10)])
    assert index.overlaps(4, 5) and index.overlaps(5, 6) and not index.overlaps(10, 12)
    assert not Spans().overlaps(0, 1)
