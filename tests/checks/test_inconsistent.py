"""inconsistent: the draft disagrees with itself (a claim given twice, a total that does not add up)."""

from __future__ import annotations

import pytest

from tests.checks import assert_spans_match, hits
from tests.conftest import LintFn, kinds


def test_same_source_gives_two_figures_for_one_claim(lint: LintFn) -> None:
    # captured soldiers are no fact of the story, so only the draft itself can be wrong here
    draft = (
        "Menurut Kementerian Pertahanan Ukraina, dua tentara Korea Utara ditawan di Kursk.\n"
        "\n"
        "Kementerian Pertahanan Ukraina menyebut tiga tentara Korea Utara ditawan di Kursk.\n"
    )
    findings = lint(draft)
    assert kinds(findings) == ["inconsistent"]
    (f,) = findings
    assert (f.line, f.column, f.text) == (3, 41, "tiga")
    assert f.message == "tiga tentara Korea Utara disagrees with the draft itself: dua tentara Korea Utara (line 1)"
    assert f.expected == "dua"
    assert_spans_match(draft, findings)


def test_repeated_fact_figure_is_inconsistent_and_checked_against_the_facts(lint: LintFn) -> None:
    draft = "Menurut NIS, sekitar 600 tentara Korea Utara tewas.\n\nNIS kemudian menyebut sekitar 700 tentara Korea Utara tewas.\n"
    # in May, NIS's own April figure is current: 700 contradicts it too, but one finding on one
    # span is what an editor acts on, and the draft disagreeing with itself comes first; in July
    # NIS may have said more
    findings = lint(draft, date="2025-05-10")
    assert kinds(findings) == ["inconsistent"]
    assert hits(findings, "inconsistent") == [(3, "sekitar 700")]
    later = lint(draft, date="2025-07-01")
    assert sorted(kinds(later)) == ["inconsistent", "unverified"]


@pytest.mark.parametrize(
    ("draft", "flagged", "sum_shown"),
    [
        (
            "Shoigu mengatakan Korea Utara akan mengirim 1.000 sapper dan 5.000 pekerja konstruksi militer, "
            "sehingga total 7.000 personel.",
            "7.000",
            "1.000 + 5.000 = 6.000",
        ),
        (
            "Menurut militer Ukraina, 20 tentara tewas dan 30 tentara terluka, atau total 60 tentara.",
            "60",
            "20 + 30 = 50",
        ),
        (
            "Menurut militer Ukraina, 20 tentara tewas, 30 terluka, dan 10 ditangkap, sehingga jumlahnya 70 tentara.",
            "70",
            "20 + 30 + 10 = 60",
        ),
        (
            "Menurut militer Ukraina, 40 tentara tewas dan 50 tentara terluka, sehingga total menjadi 100 tentara.",
            "100",
            "40 + 50 = 90",
        ),
        (
            "Shoigu mengatakan Korea Utara mengirim 1.000 sapper dan 5.000 pekerja, jumlah keseluruhan 7.000 orang.",
            "7.000",
            "1.000 + 5.000 = 6.000",
        ),
    ],
)
def test_total_that_is_not_the_sum_of_its_parts(lint: LintFn, draft: str, flagged: str, sum_shown: str) -> None:
    findings = lint(draft)
    assert hits(findings, "inconsistent") == [(1, flagged)]
    f = next(f for f in findings if f.kind == "inconsistent")
    assert f.message.endswith(f"disagrees with the draft itself: {sum_shown}")
    assert f.expected == sum_shown.rsplit(" ", 1)[1]
    assert_spans_match(draft, findings)


@pytest.mark.parametrize(
    "draft",
    [
        # the same figure repeated by its source
        "Menurut NIS, sekitar 600 tentara Korea Utara tewas.\n\nNIS kembali menegaskan sekitar 600 tentara Korea Utara tewas.",
        # different sources may disagree: that is reporting, not inconsistency
        "Menurut militer Ukraina, 40 tentara Korea Utara ditangkap.\n\nKyrylo Budanov menyebut 45 tentara Korea Utara ditangkap.",
        # different events: killed and wounded, captured and killed
        "Menurut NIS, sekitar 600 tentara Korea Utara tewas.\n\nMenurut NIS, 300 tentara Korea Utara terluka.",
        "Menurut militer Ukraina, 30 tentara Korea Utara ditangkap.\n\nMenurut militer Ukraina, 30 tentara Korea Utara ditawan.",
        # one source's figures at different dates are history, not a contradiction in the draft
        "Menurut NIS, sekitar 1.500 tentara Korea Utara dikerahkan pada Oktober 2024.\n\n"
        "Menurut NIS, lebih dari 10.000 tentara Korea Utara dikerahkan pada Februari 2025.",
        # totals that add up
        "Shoigu mengatakan Korea Utara akan mengirim 1.000 sapper dan 5.000 pekerja konstruksi militer, dengan total 6.000 personel.",
        "Menurut militer Ukraina, 20 tentara tewas dan 30 tentara terluka, atau total 50 tentara.",
        "Menurut militer Ukraina, 40 tentara tewas dan 50 tentara terluka, sehingga totalnya menjadi 90 tentara.",
        # a figure inside a range the source gave, and ranges that overlap
        "Menurut NIS, antara 500 hingga 700 tentara Korea Utara tewas.\n\nNIS kemudian menyebut 600 tentara Korea Utara tewas.",
        "Menurut NIS, 500–700 tentara Korea Utara tewas.\n\nMenurut NIS, 600 hingga 800 tentara Korea Utara tewas.",
    ],
)
def test_consistent_drafts(lint: LintFn, draft: str) -> None:
    assert "inconsistent" not in kinds(lint(draft))


def test_a_part_given_as_a_bound_makes_no_sum(lint: LintFn) -> None:
    draft = "Menurut militer Ukraina, lebih dari 20 tentara tewas dan 30 tentara terluka, atau total 60 tentara."
    assert "inconsistent" not in kinds(lint(draft))


def test_a_figure_outside_the_range_its_source_gave_is_inconsistent(lint: LintFn) -> None:
    draft = "Menurut NIS, antara 500 hingga 700 tentara Korea Utara tewas.\n\nNIS kemudian menyebut 900 tentara Korea Utara tewas.\n"
    findings = lint(draft)
    assert hits(findings, "inconsistent") == [(3, "900")]
    assert_spans_match(draft, findings)


def test_a_range_makes_no_part_of_a_sum(lint: LintFn) -> None:
    draft = "Menurut militer Ukraina, 20 hingga 30 tentara tewas dan 30 tentara terluka, atau total 70 tentara."
    assert "inconsistent" not in kinds(lint(draft))
