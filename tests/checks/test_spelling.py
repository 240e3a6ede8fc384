"""spelling: a known person written other than in the canonical form."""

from __future__ import annotations

import pytest

from tests.checks import assert_spans_match, hits
from tests.conftest import LintFn, kinds


@pytest.mark.parametrize(
    ("draft", "flagged", "canonical"),
    [
        ("Kim Jong-un menerima Shoigu di Pyongyang.", "Kim Jong-un", "Kim Jong Un"),
        ("Setibanya di Pyongyang, Sergey Shoigu bertemu Kim Jong Un.", "Sergey Shoigu", "Sergei Shoigu"),
        ("Wladimir Putin tiba di Pyongyang.", "Wladimir Putin", "Vladimir Putin"),
        ("Kirill Budanov berbicara kepada wartawan.", "Kirill Budanov", "Kyrylo Budanov"),
        ("Ra Jong Yil menilai kerja sama itu berbahaya.", "Ra Jong Yil", "Ra Jong-yil"),
        # headlines are not exempt from spelling
        ("Kim Jong-Un Bertemu Putin di Pyongyang", "Kim Jong-Un", "Kim Jong Un"),
    ],
)
def test_non_canonical_spelling(lint: LintFn, draft: str, flagged: str, canonical: str) -> None:
    findings = lint(draft)
    assert kinds(findings) == ["spelling"]
    assert hits(findings, "spelling") == [(1, flagged)]
    f = findings[0]
    assert f.suggestion == canonical and f.expected == canonical
    assert f.message == f"'{flagged}' is not the canonical spelling; write '{canonical}'"
    assert f.severity == "warning"
    assert_spans_match(draft, findings)


def test_every_misspelling_in_a_sentence_with_its_column(lint: LintFn) -> None:
    draft = "Ringkasan.\n\nPresiden Kim Jong-un menyambut Sergey Shoigu di Pyongyang.\n"
    findings = lint(draft)
    assert [(f.line, f.column, f.end_column, f.text) for f in findings] == [
        (3, 10, 21, "Kim Jong-un"),
        (3, 32, 45, "Sergey Shoigu"),
    ]
    assert [f.fact for f in findings] == ["person:kim-jong-un", "person:sergei-shoigu"]
    assert_spans_match(draft, findings)


def test_evidence_is_the_seed_sentence_with_the_canonical_name(lint: LintFn) -> None:
    (f,) = lint("Sergey Shoigu tiba di Pyongyang.")
    (e,) = f.evidence
    assert e.seed == "002_5255e69b3c7b895d.txt" and e.line == 7
    assert "Sergei Shoigu" in e.quote


@pytest.mark.parametrize(
    "draft",
    [
        "Kim Jong Un menerima Sergei Shoigu di Pyongyang.",
        "Budanov berbicara kepada wartawan.",
        "Putin dan Kim bertemu di Pyongyang.",
        "Ra Jong-yil menilai kerja sama itu berbahaya.",
        "Olga Boichak dan Peter Zalmayev berbicara di Sydney.",
        "KIM JONG UN BERTEMU PUTIN",
    ],
)
def test_canonical_and_short_forms(lint: LintFn, draft: str) -> None:
    assert "spelling" not in kinds(lint(draft))
