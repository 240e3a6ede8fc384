"""date-mismatch: a weekday that does not fall on its date, or a date that does not exist."""

from __future__ import annotations

import pytest

from tests.checks import assert_spans_match, hits
from tests.conftest import LintFn, kinds


@pytest.mark.parametrize(
    ("draft", "date", "flagged", "problem"),
    [
        (
            "Pertemuan digelar Selasa, 16 Juni 2025, di Pyongyang.",
            "2025-06-20",
            "Selasa",
            "2025-06-16 is a Senin, not a Selasa",
        ),
        (
            "Pertemuan digelar pada Sabtu 15 Juni 2025 di Pyongyang.",
            "2025-06-20",
            "Sabtu",
            "2025-06-15 is a Minggu, not a Sabtu",
        ),
        ("Laporan itu terbit pada SENIN (18/6/2025).", "2025-06-20", "SENIN", "2025-06-18 is a RABU, not a SENIN"),
        # no year written: the year comes from the draft's date
        (
            "Jadwal itu dirilis pada Rabu (18/6).",
            "2024-06-01",
            "Rabu",
            "2024-06-18 is a Selasa, not a Rabu (year 2024 taken from the draft's date)",
        ),
        # a part of the day between them; the weekday after the date, in brackets; dashes
        (
            "Shoigu tiba pada Rabu malam (17/6).",
            "2025-06-20",
            "Rabu",
            "2025-06-17 is a Selasa, not a Rabu (year 2025 taken from the draft's date)",
        ),
        ("Shoigu tiba pada 17 Juni 2025 (Rabu).", "2025-06-20", "Rabu", "2025-06-17 is a Selasa, not a Rabu"),
        ("Shoigu tiba pada Rabu, 17-6-2025.", "2025-06-20", "Rabu", "2025-06-17 is a Selasa, not a Rabu"),
        # a wrong weekday in the attribution of a quotation
        (
            '"Ada 11.000 tentara Korea Utara di Rusia timur," kata Budanov kepada wartawan, Senin (22/10/2024).',
            "2024-11-01",
            "Senin",
            "2024-10-22 is a Selasa, not a Senin",
        ),
    ],
)
def test_weekday_that_does_not_fall_on_its_date(
    lint: LintFn, draft: str, date: str, flagged: str, problem: str
) -> None:
    findings = lint(draft, date=date)
    assert kinds(findings) == ["date-mismatch"]
    assert hits(findings, "date-mismatch") == [(1, flagged)]
    assert findings[0].message.endswith(f": {problem}")
    assert findings[0].severity == "error"
    assert_spans_match(draft, findings)


@pytest.mark.parametrize(
    ("draft", "flagged", "problem"),
    [
        ("Laporan itu terbit pada 31/4/2025.", "31/4/2025", "month 4 of 2025 has 30 days, not 31"),
        ("Laporan itu terbit pada 31 April 2025.", "31 April 2025", "month 4 of 2025 has 30 days, not 31"),
        ("Laporan itu terbit pada 29 Februari 2025.", "29 Februari 2025", "month 2 of 2025 has 28 days, not 29"),
    ],
)
def test_date_that_does_not_exist(lint: LintFn, draft: str, flagged: str, problem: str) -> None:
    findings = lint(draft, date="2025-06-20")
    assert hits(findings, "date-mismatch") == [(1, flagged)]
    assert findings[0].message == f"{flagged}: {problem}"
    assert_spans_match(draft, findings)


def test_message_names_the_date_read_and_the_right_weekday(lint: LintFn) -> None:
    draft = "---\ntitle: t\ndate: 2025-06-20\n---\n\nMenteri itu tiba pada Kamis (20/6/2025) pagi.\n"
    (f,) = lint(draft)
    assert (f.kind, f.line, f.column, f.end_column, f.text) == ("date-mismatch", 6, 23, 28, "Kamis")
    assert f.message == "Kamis (20/6/2025): 2025-06-20 is a Jumat, not a Kamis"
    assert f.expected == "Jumat"
    # the calendar is the evidence here, not a seed
    assert f.evidence == () and f.fact is None


@pytest.mark.parametrize(
    ("draft", "date"),
    [
        ("Pertemuan digelar Senin, 16 Juni 2025, di Pyongyang.", "2025-06-20"),
        ("Pertemuan digelar pada Minggu 15 Juni 2025 di Pyongyang.", "2025-06-20"),
        ("Laporan itu terbit pada RABU (18/6/2025).", "2025-06-20"),
        ("Menteri itu tiba pada Jumat (20/6) pagi.", "2025-06-20"),
        # the same "Rabu (18/6)" that is wrong in a 2024 draft is right in a 2025 one
        ("Jadwal itu dirilis pada Rabu (18/6).", "2025-01-05"),
        # leap day that exists
        ("Laporan itu terbit pada Kamis (29/2/2024).", "2025-06-20"),
        ("Laporan itu terbit pada 29 Februari 2024.", "2025-06-20"),
        # times are not dates
        ("Rapat dimulai pukul 09.15 dan selesai pukul 11.30 WIB.", "2025-06-20"),
    ],
)
def test_dates_that_exist_with_their_weekdays(lint: LintFn, draft: str, date: str) -> None:
    assert lint(draft, date=date) == []
