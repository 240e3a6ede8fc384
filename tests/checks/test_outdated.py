"""outdated: a right, attributed figure presented as current when a newer one exists as of the draft's date."""

from __future__ import annotations

import pytest

from tests.checks import assert_spans_match, hits
from tests.conftest import LintFn, kinds

NIS_1500 = "Menurut NIS, sekitar 1.500 tentara Korea Utara telah dikirim ke Rusia."


@pytest.mark.parametrize(
    ("draft", "date", "flagged", "as_of", "newer"),
    [
        (NIS_1500, "2025-08-01", "sekitar 1.500", "2024-10-22", "sekitar 15.000 tentara Korea Utara"),
        # in March 2025 the newer NIS figure is the February one, relayed by AFP
        (NIS_1500, "2025-03-15", "sekitar 1.500", "2024-10-22", "lebih dari 10.000 tentara Korea Utara"),
        (
            "Badan Intelijen Nasional Korea Selatan menyatakan lebih dari 10.000 tentara Korea Utara berada di Rusia.",
            "2025-07-01",
            "lebih dari 10.000",
            "2025-02-27",
            "sekitar 15.000 tentara Korea Utara",
        ),
        # Budanov speaks for Ukraine, which the June 2025 joint assessment includes
        (
            "Menurut Kyrylo Budanov, 11.000 tentara Korea Utara berlatih di Rusia timur.",
            "2025-07-01",
            "11.000",
            "2024-10-22",
            "sekitar 15.000 tentara Korea Utara",
        ),
    ],
)
def test_figure_presented_as_current_when_a_newer_one_exists(
    lint: LintFn, draft: str, date: str, flagged: str, as_of: str, newer: str
) -> None:
    findings = lint(draft, date=date)
    assert kinds(findings) == ["outdated"]
    assert hits(findings, "outdated") == [(1, flagged)]
    f = findings[0]
    assert f.severity == "info"
    assert f"was current as of {as_of}; as of {date} the fact base has newer figures: {newer}" in f.message
    assert f.expected == newer
    assert_spans_match(draft, findings)


def test_message_names_the_figure_and_the_newer_evidence(lint: LintFn) -> None:
    draft = "---\ndate: 2025-08-01\n---\n\nPembuka.\n\n" + NIS_1500 + "\n"
    (f,) = lint(draft, date="2025-08-01")
    assert (f.line, f.column, f.text) == (7, 14, "sekitar 1.500")
    assert f.message.startswith("sekitar 1.500 tentara Korea Utara was current as of 2024-10-22")
    assert "(Joint assessment of South Korea, the US and Ukraine, as of 2025-06-19; TVRINews, 2025-06-19)" in f.message
    assert f.fact == "troops-deployed"
    # every newer record of the same lineage, in the order they were said
    assert [(e.seed, e.line, e.date) for e in f.evidence] == [
        ("000_89031a1fd86b0abb.txt", 2, "2025-02-27"),
        ("002_5255e69b3c7b895d.txt", 14, "2025-06-19"),
    ]


@pytest.mark.parametrize(
    ("draft", "date"),
    [
        # a figure with a date of its own is history
        ("Menurut NIS, sekitar 1.500 tentara Korea Utara dikirim ke Rusia pada Oktober 2024.", "2025-08-01"),
        ("Pada Oktober 2024, NIS melaporkan sekitar 1.500 tentara Korea Utara dikirim ke Rusia.", "2025-08-01"),
        ("NIS melaporkan sekitar 1.500 tentara Korea Utara dikirim ke Rusia tahun lalu.", "2025-08-01"),
        (
            "Badan Intelijen Nasional Korea Selatan pada Februari 2025 menyebut lebih dari 10.000 tentara Korea Utara "
            "ditempatkan di Kursk.",
            "2025-08-01",
        ),
        # no newer figure yet as of the draft's date
        (NIS_1500, "2024-11-01"),
        (NIS_1500, "2025-01-10"),
        # the newest figures themselves
        (
            "Menurut penilaian Korea Selatan, AS, dan Ukraina, sekitar 15.000 tentara Korea Utara berada di Rusia.",
            "2025-08-01",
        ),
        ("Menurut intelijen Barat, sekitar 11.000 tentara Korea Utara terlibat di medan perang.", "2025-08-01"),
        ("Menurut NIS, sekitar 600 tentara Korea Utara tewas.", "2025-08-01"),
        # a newer figure from an unrelated body does not supersede Budanov's (NIS, February 2025)
        ("Menurut Kyrylo Budanov, 11.000 tentara Korea Utara berlatih di Rusia timur.", "2025-03-15"),
        # told as the past
        ("NIS semula menyebut sekitar 1.500 tentara Korea Utara berada di Rusia.", "2025-08-01"),
        ("Awalnya, NIS menyebut sekitar 1.500 tentara Korea Utara berada di Rusia.", "2025-08-01"),
        (
            "Menurut NIS, yang pernah merilis angka lain, sekitar 1.500 tentara Korea Utara berada di Rusia.",
            "2025-08-01",
        ),
        ("Saat itu, NIS memperkirakan sekitar 1.500 tentara Korea Utara berada di Rusia.", "2025-08-01"),
        # a range that holds the newest figure
        (
            "Menurut penilaian Korea Selatan, AS, dan Ukraina, antara 14.000 dan 16.000 tentara Korea Utara "
            "berada di Rusia.",
            "2025-08-01",
        ),
    ],
)
def test_not_outdated(lint: LintFn, draft: str, date: str) -> None:
    assert lint(draft, date=date) == []


def test_an_unattributed_old_figure_is_unattributed_not_outdated(lint: LintFn) -> None:
    findings = lint("Sekitar 1.500 tentara Korea Utara telah dikirim ke Rusia.", date="2025-08-01")
    assert kinds(findings) == ["unattributed"]


def test_the_drafts_date_decides(lint: LintFn) -> None:
    draft = "---\ndate: 2024-11-01\n---\n\n" + NIS_1500 + "\n"
    assert lint(draft, date="2024-11-01") == []
    assert hits(lint(draft, date="2025-08-01"), "outdated") == [(5, "sekitar 1.500")]


def test_a_range_that_holds_only_an_older_figure_is_outdated(lint: LintFn) -> None:
    draft = "Menurut Kyrylo Budanov, 11.000–12.000 tentara Korea Utara berlatih di Rusia timur."
    findings = lint(draft, date="2025-08-01")
    assert hits(findings, "outdated") == [(1, "11.000–12.000")]
    assert_spans_match(draft, findings)


@pytest.mark.parametrize(
    "draft",
    [
        # "kini" after the past word tells the figure as current again
        "NIS sebelumnya ragu, tetapi kini menyebut sekitar 1.500 tentara Korea Utara berada di Rusia.",
        # a past word after the figure tells nothing of it
        "Menurut NIS, sekitar 1.500 tentara Korea Utara berada di Rusia, lebih banyak dari sebelumnya.",
    ],
)
def test_a_past_word_that_does_not_reach_the_figure(lint: LintFn, draft: str) -> None:
    assert hits(lint(draft, date="2025-08-01"), "outdated") == [(1, "sekitar 1.500")]
