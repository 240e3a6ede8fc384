"""Dates at the precision they are written, resolved against the document's date."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from lint.cli.main import main
from lint.findings import Finding
from lint.reading.dates import DateMention, find_dates
from lint.reading.document import PartialDate
from lint.reading.language import Lexicon
from tests.conftest import reader_for

DOC = PartialDate(2025, 7, 1)


def dates(text: str, lexicon: Lexicon, doc: PartialDate | None = DOC) -> list[DateMention]:
    return find_dates(reader_for(lexicon), text, 0, len(text), doc)


def only(text: str, lexicon: Lexicon, doc: PartialDate | None = DOC) -> DateMention:
    found = dates(text, lexicon, doc)
    assert len(found) == 1, [d.text for d in found]
    return found[0]


def iso(mention: DateMention) -> str | None:
    return mention.date.iso() if mention.date else None


@pytest.mark.parametrize(
    ("text", "written", "date", "relative"),
    [
        # numeric, with the year
        ("Laporan itu terbit pada 27/2/2025.", "27/2/2025", "2025-02-27", False),
        ("Laporan itu terbit pada 7/3/2025 sore.", "7/3/2025", "2025-03-07", False),
        ("Laporan itu terbit pada Jumat (27/6/25).", "Jumat (27/6/25)", "2025-06-27", False),
        # numeric with a weekday in brackets and no year: the year is the document's
        ("KCNA mengonfirmasi hal itu pada Rabu (18/6).", "Rabu (18/6)", "2025-06-18", True),
        ("Delegasi bertolak ke Moskow pada Senin (30/7), kata laporan itu.", "Senin (30/7)", "2025-07-30", True),
        ("Delegasi tiba pada Sabtu ( 5/7 ).", "Sabtu ( 5/7 )", "2025-07-05", True),
        # numeric with dashes (the year in full) and ISO
        ("Laporan itu terbit pada 27-2-2025.", "27-2-2025", "2025-02-27", False),
        ("Laporan itu terbit pada 27-02-2025 sore.", "27-02-2025", "2025-02-27", False),
        ("Laporan itu terbit pada 2025-02-27.", "2025-02-27", "2025-02-27", False),
        ("Laporan itu terbit pada Kamis (27-2-2025).", "Kamis (27-2-2025)", "2025-02-27", False),
        # a part of the day between the weekday and the date; the weekday after the date
        ("KCNA mengonfirmasi hal itu pada Rabu malam (18/6).", "Rabu malam (18/6)", "2025-06-18", True),
        ("Perjanjian diteken pada Selasa pagi, 22 Oktober 2024.", "Selasa pagi, 22 Oktober 2024", "2024-10-22", False),
        ("Shoigu tiba Selasa dini hari (17/6/2025).", "Selasa dini hari (17/6/2025)", "2025-06-17", False),
        ("Perjanjian diteken pada 22 Oktober 2024 (Selasa).", "22 Oktober 2024 (Selasa)", "2024-10-22", False),
        ("Perjanjian diteken pada 22/10/2024 ( Selasa ) di Moskow.", "22/10/2024 ( Selasa )", "2024-10-22", False),
        # a day and month name in brackets after the weekday; a weekday makes a bare d/m a date
        ("KCNA mengonfirmasinya pada Kamis (19 Juni).", "Kamis (19 Juni)", "2025-06-19", True),
        ("KCNA mengonfirmasinya pada Kamis, 19/6 siang.", "Kamis, 19/6", "2025-06-19", True),
        # day, month name, year
        ("Perjanjian diteken pada 22 Oktober 2024.", "22 Oktober 2024", "2024-10-22", False),
        ("Perjanjian diteken pada Selasa, 22 Oktober 2024.", "Selasa, 22 Oktober 2024", "2024-10-22", False),
        ("Perjanjian diteken pada Selasa 22 Oktober 2024.", "Selasa 22 Oktober 2024", "2024-10-22", False),
        ("Perjanjian diteken pada tanggal 5 Mei 2025.", "tanggal 5 Mei 2025", "2025-05-05", False),
        ("Perjanjian diteken pada 22 Okt 2024.", "22 Okt 2024", "2024-10-22", False),
        ("Perjanjian diteken pada 5 Sept. 2024 di Pyongyang.", "5 Sept. 2024", "2024-09-05", False),
        ("Perjanjian diteken pada 3 Agt 2024.", "3 Agt 2024", "2024-08-03", False),
        ("Perjanjian diteken pada 1 Nopember 2024.", "1 Nopember 2024", "2024-11-01", False),
        ("Perjanjian diteken pada 29 Februari 2024.", "29 Februari 2024", "2024-02-29", False),
        # day and month: the document's year; a closing stop is not part of the date
        ("Pasukan tiba pada 2 Juni.", "2 Juni", "2025-06-02", True),
        ("Pasukan tiba pada Rabu, 18 Juni.", "Rabu, 18 Juni", "2025-06-18", True),
        # month precision
        ("Perjanjian diteken pada Juni 2024.", "Juni 2024", "2024-06", False),
        ("Perjanjian diteken pada bulan Mei 2025.", "bulan Mei 2025", "2025-05", False),
        ("Perjanjian diteken pada Mei tahun 2025.", "Mei tahun 2025", "2025-05", False),
        ("Invasi dimulai pada Februari 2022.", "Februari 2022", "2022-02", False),
        # year precision
        ("Perjanjian diteken pada 2024.", "2024", "2024", False),
        ("Perjanjian diteken pada tahun 2024.", "tahun 2024", "2024", False),
        ("Pakta pertahanan Korea Utara-Rusia tahun 2024 berlaku.", "tahun 2024", "2024", False),
    ],
)
def test_absolute_dates(text: str, written: str, date: str, relative: bool, lexicon: Lexicon) -> None:
    mention = only(text, lexicon)
    assert (mention.text, iso(mention), mention.relative) == (written, date, relative)
    assert text[mention.start : mention.end] == written
    assert mention.problem is None and mention.since is False


@pytest.mark.parametrize(
    ("text", "doc", "written", "date"),
    [
        ("Hal itu terjadi tahun lalu.", PartialDate(2025, 2, 27), "tahun lalu", "2024"),
        ("Hal itu terjadi pada tahun yang lalu.", PartialDate(2025, 2, 27), "tahun yang lalu", "2024"),
        ("Hal itu terjadi dua tahun lalu.", PartialDate(2025, 3, 10), "dua tahun lalu", "2023"),
        ("Hal itu terjadi 10 tahun silam.", PartialDate(2025, 3, 10), "10 tahun silam", "2015"),
        ("Hal itu terjadi bulan lalu.", PartialDate(2025, 7, 1), "bulan lalu", "2025-06"),
        ("Hal itu terjadi bulan lalu.", PartialDate(2025, 1, 15), "bulan lalu", "2024-12"),
        ("Hal itu terjadi 3 bulan lalu.", PartialDate(2025, 7, 1), "3 bulan lalu", "2025-04"),
        ("Hal itu terjadi lima bulan lalu.", PartialDate(2025, 2, 1), "lima bulan lalu", "2024-09"),
        ("Hal itu terjadi dua hari lalu.", PartialDate(2025, 3, 1), "dua hari lalu", "2025-02-27"),
        ("Hal itu terjadi 2 hari yang lalu.", PartialDate(2025, 7, 1), "2 hari yang lalu", "2025-06-29"),
        ("Hal itu terjadi pekan lalu.", PartialDate(2025, 7, 10), "pekan lalu", "2025-07"),
        ("Hal itu terjadi kemarin.", PartialDate(2025, 7, 1), "kemarin", "2025-06-30"),
        ("Hal itu terjadi kemarin.", PartialDate(2025, 1, 1), "kemarin", "2024-12-31"),
        ("Hal itu terjadi hari ini.", PartialDate(2025, 7, 1), "hari ini", "2025-07-01"),
        ("Jadwal Bioskop Hari Ini", PartialDate(2025, 4, 30), "Hari Ini", "2025-04-30"),
        ("Hal itu terjadi tahun ini.", PartialDate(2025, 7, 1), "tahun ini", "2025"),
        ("Hal itu terjadi bulan ini.", PartialDate(2025, 7, 1), "bulan ini", "2025-07"),
        # a month "lalu": the most recent such month before the document's
        ("Hal itu terjadi November lalu.", PartialDate(2025, 7, 1), "November lalu", "2024-11"),
        ("Hal itu terjadi November lalu.", PartialDate(2025, 12, 5), "November lalu", "2025-11"),
        ("Hal itu terjadi November lalu.", PartialDate(2025, 11, 20), "November lalu", "2024-11"),
        ("Hal itu terjadi pada April lalu.", PartialDate(2025, 6, 19), "April lalu", "2025-04"),
        ("Hal itu terjadi Desember silam.", PartialDate(2025, 1, 10), "Desember silam", "2024-12"),
        ("Hal itu terjadi Maret kemarin.", PartialDate(2025, 7, 1), "Maret kemarin", "2025-03"),
        ("Hal itu terjadi bulan Januari lalu.", PartialDate(2025, 7, 1), "bulan Januari lalu", "2025-01"),
        ("Pengarahan digelar pada 30 April lalu.", PartialDate(2025, 6, 19), "30 April lalu", "2025-04-30"),
        ("Pengarahan digelar pada 30 Agustus lalu.", PartialDate(2025, 6, 19), "30 Agustus lalu", "2024-08-30"),
        ("Pengarahan digelar pada 10 Juni lalu.", PartialDate(2025, 6, 19), "10 Juni lalu", "2025-06-10"),
        ("Pengarahan digelar pada 25 Juni lalu.", PartialDate(2025, 6, 19), "25 Juni lalu", "2024-06-25"),
        # a weekday "lalu": the latest such day before the document's (2025-06-19 is a Thursday)
        ("Pengarahan digelar Selasa lalu.", PartialDate(2025, 6, 19), "Selasa lalu", "2025-06-17"),
        ("Pengarahan digelar pada Kamis lalu.", PartialDate(2025, 6, 19), "Kamis lalu", "2025-06-12"),
        ("Pengarahan digelar Jumat silam.", PartialDate(2025, 6, 19), "Jumat silam", "2025-06-13"),
        ("Pengarahan digelar pada jumat lalu.", PartialDate(2025, 3, 3), "jumat lalu", "2025-02-28"),
        ("Pengarahan digelar dua Rabu lalu.", PartialDate(2025, 6, 19), "dua Rabu lalu", "2025-06-11"),
        # "kemarin" after a unit or a weekday is "last"; one unit in one word ("setahun")
        ("Hal itu terjadi tahun kemarin.", PartialDate(2025, 8, 1), "tahun kemarin", "2024"),
        ("KCNA pada Rabu kemarin mengonfirmasinya.", PartialDate(2025, 6, 20), "Rabu kemarin", "2025-06-18"),
        ("Hal itu terjadi setahun lalu.", PartialDate(2026, 8, 1), "setahun lalu", "2025"),
        ("Hal itu terjadi sebulan yang lalu.", PartialDate(2025, 7, 1), "sebulan yang lalu", "2025-06"),
        ("Hal itu terjadi seminggu lalu.", PartialDate(2025, 7, 10), "seminggu lalu", "2025-07"),
        # "Minggu lalu" is last week far more often than last Sunday
        ("Minggu lalu, NIS menggelar pengarahan.", PartialDate(2025, 6, 19), "Minggu lalu", "2025-06"),
    ],
)
def test_relative_dates_resolve_against_the_document_date(
    text: str, doc: PartialDate, written: str, date: str, lexicon: Lexicon
) -> None:
    mention = only(text, lexicon, doc)
    assert (mention.text, iso(mention), mention.relative) == (written, date, True)


@pytest.mark.parametrize(
    ("text", "doc"),
    [
        ("Hal itu terjadi tahun lalu.", None),
        ("Hal itu terjadi kemarin.", PartialDate(2025, 7)),
        ("Hal itu terjadi bulan lalu.", PartialDate(2025)),
        ("Hal itu terjadi November lalu.", None),
        ("Delegasi tiba pada Senin (30/7).", None),
    ],
)
def test_relative_dates_without_a_precise_enough_document_date_stay_unresolved(
    text: str, doc: PartialDate | None, lexicon: Lexicon
) -> None:
    mention = only(text, lexicon, doc)
    assert mention.date is None and mention.problem is None


@pytest.mark.parametrize(
    ("text", "written", "date", "part"),
    [
        ("Pasukan ditarik pada pertengahan Januari 2025.", "pertengahan Januari 2025", "2025-01", "mid"),
        ("Pasukan ditarik pada awal Maret 2025.", "awal Maret 2025", "2025-03", "early"),
        ("Pasukan ditarik pada akhir Desember 2024.", "akhir Desember 2024", "2024-12", "late"),
        ("Pasukan ditarik pada penghujung bulan Desember 2024.", "penghujung bulan Desember 2024", "2024-12", "late"),
        ("Pasukan ditarik pada akhir 2024.", "akhir 2024", "2024", "late"),
        ("Pasukan ditarik pada akhir tahun 2024.", "akhir tahun 2024", "2024", "late"),
        ("Pasukan ditarik pada pertengahan Maret lalu.", "pertengahan Maret lalu", "2025-03", "mid"),
    ],
)
def test_parts_of_a_month_or_year_keep_the_precision_and_note_the_part(
    text: str, written: str, date: str, part: str, lexicon: Lexicon
) -> None:
    mention = only(text, lexicon)
    assert (mention.text, iso(mention), mention.part) == (written, date, part)


@pytest.mark.parametrize(
    ("text", "written", "problem"),
    [
        ("Serangan terjadi pada 30/2/2025.", "30/2/2025", "month 2 of 2025 has 28 days, not 30"),
        ("Serangan terjadi pada 29/2/2025.", "29/2/2025", "month 2 of 2025 has 28 days, not 29"),
        ("Serangan terjadi pada 31 April 2025.", "31 April 2025", "month 4 of 2025 has 30 days, not 31"),
        ("Serangan terjadi pada Senin, 31 Juni 2025.", "Senin, 31 Juni 2025", "month 6 of 2025 has 30 days, not 31"),
        ("Serangan terjadi pada 15/13/2025.", "15/13/2025", "15/13/2025 is not a date"),
        ("Serangan terjadi pada Kamis (31/9).", "Kamis (31/9)", "month 9 of 2025 has 30 days, not 31"),
        ("Serangan terjadi pada 31-06-2025.", "31-06-2025", "month 6 of 2025 has 30 days, not 31"),
        ("Serangan terjadi pada 2025-02-30.", "2025-02-30", "month 2 of 2025 has 28 days, not 30"),
    ],
)
def test_impossible_dates_have_no_date_and_say_why(text: str, written: str, problem: str, lexicon: Lexicon) -> None:
    mention = only(text, lexicon)
    assert (mention.text, mention.date, mention.problem) == (written, None, problem)


@pytest.mark.parametrize(
    ("text", "weekday", "weekday_text", "date"),
    [
        ("Laporan terbit Kamis (27/2/2025).", 3, "Kamis", "2025-02-27"),
        ("Laporan terbit Senin (27/2/2025).", 0, "Senin", "2025-02-27"),  # wrong weekday, kept as written
        ("Laporan terbit Selasa, 22 Oktober 2024.", 1, "Selasa", "2024-10-22"),
        ("Laporan terbit Jum'at, 4 Juli 2025.", 4, "Jum'at", "2025-07-04"),
        ("Laporan terbit Jum’at, 4 Juli 2025.", 4, "Jum’at", "2025-07-04"),
        ("Laporan terbit Minggu 21 Desember 2025.", 6, "Minggu", "2025-12-21"),
        ("Laporan terbit Rabu (18/6).", 2, "Rabu", "2025-06-18"),
        ("Laporan terbit 22 Oktober 2024.", None, "", "2024-10-22"),
        ("Laporan terbit 22 Oktober 2024 (Selasa).", 1, "Selasa", "2024-10-22"),
        ("Laporan terbit Rabu sore (18/6).", 2, "Rabu", "2025-06-18"),
    ],
)
def test_weekday_is_kept_beside_the_date(
    text: str, weekday: int | None, weekday_text: str, date: str, lexicon: Lexicon
) -> None:
    mention = only(text, lexicon)
    assert (mention.weekday, mention.weekday_text, iso(mention)) == (weekday, weekday_text, date)


@pytest.mark.parametrize(
    ("text", "written", "since"),
    [
        ("Pasukan berada di sana sejak Januari 2025.", "Januari 2025", True),
        ("Pasukan ditarik sejak pertengahan Januari 2025.", "pertengahan Januari 2025", True),
        ("Tentara dikerahkan sejak tahun lalu.", "tahun lalu", True),
        ("Hubungan menguat sejak 2022.", "2022", True),
        ("Aturan berlaku mulai 1 Mei 2025.", "1 Mei 2025", True),
        ("Pasukan berlatih semenjak awal Januari 2025.", "awal Januari 2025", True),
        ("Pasukan berada di sana sejak tanggal 5 Mei 2025.", "tanggal 5 Mei 2025", True),
        ("Pasukan tiba pada Januari 2025.", "Januari 2025", False),
        ("Sejak invasi Rusia ke Ukraina pada Februari 2022, hubungan menguat.", "Februari 2022", False),
    ],
)
def test_since_marks_a_starting_point(text: str, written: str, since: bool, lexicon: Lexicon) -> None:
    mention = only(text, lexicon)
    assert (mention.text, mention.since) == (written, since)


@pytest.mark.parametrize(
    "text",
    [
        "Skornya 18/6 untuk tuan rumah.",  # a bare d/m with no weekday is no date
        "Laporan terbit hari Kamis.",
        "Sebanyak 10.000 tentara dikerahkan.",
        "Ukraina meminta F-16 dan MiG-29 saat COVID-19.",
        "Hal itu melanggar Resolusi 1718.",
        "Dokumen itu bernomor 2.024.",
        "Pasukan tiba pukul 09.15 WIB.",
        "Ia menerima 1.500 dolar.",
        "Bulan depan pasukan tiba.",
        # a vague or fractional count of units ago names no date to check
        "Rusia menginvasi Ukraina beberapa tahun lalu.",
        "Rusia menginvasi Ukraina tiga setengah tahun lalu.",
        "Rusia menginvasi Ukraina 3,5 tahun lalu.",
        "Pertemuan itu berlangsung 16-17 pekan ini.",  # a range of days with no month
        "Ukraina menembakkan rudal R-360 dan Su-27-2025.",
    ],
)
def test_not_dates(text: str, lexicon: Lexicon) -> None:
    assert dates(text, lexicon) == []


def test_several_dates_come_back_in_order_without_overlap(lexicon: Lexicon) -> None:
    text = "Sejak 2022, lalu pada Kamis (27/2/2025) dan 22 Oktober 2024, juga Juni 2023 serta tahun lalu."
    found = dates(text, lexicon)
    assert [(d.text, iso(d)) for d in found] == [
        ("2022", "2022"),
        ("Kamis (27/2/2025)", "2025-02-27"),
        ("22 Oktober 2024", "2024-10-22"),
        ("Juni 2023", "2023-06"),
        ("tahun lalu", "2024"),
    ]
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


def test_dates_are_found_only_inside_the_span(lexicon: Lexicon) -> None:
    text = "Pada 22 Oktober 2024. Lalu pada Juni 2023."
    cut = text.index("Lalu")
    assert [d.text for d in find_dates(reader_for(lexicon), text, 0, cut, DOC)] == ["22 Oktober 2024"]
    assert [d.text for d in find_dates(reader_for(lexicon), text, cut, len(text), DOC)] == ["Juni 2023"]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Rusia dan Korea Utara bersekutu.\n\nJuni 2023 menjadi saat pakta itu diteken.", "Juni 2023"),
        ("Paragraf pertama.\n30/2/2025 adalah tanggal yang salah.", "30/2/2025"),
        ("Paragraf pertama.\r\n17 Juni 2024 menjadi hari penting.", "17 Juni 2024"),
        ("Paragraf pertama.\n\n2024 adalah tahun perjanjian itu.", "2024"),
        ("Paragraf pertama.\n\ndua tahun lalu Rusia menyerbu.", "dua tahun lalu"),
        ("Paragraf pertama.\n\nSenin (17/6/2025) Shoigu tiba.", "Senin (17/6/2025)"),
    ],
)
def test_a_date_that_starts_a_line_keeps_its_start(text: str, written: str, lexicon: Lexicon) -> None:
    """A date at the start of a line starts there, not on the line break before it (where it
    would fall outside every sentence and go unread)."""
    mention = only(text, lexicon)
    assert mention.text == written
    assert mention.start == text.index(written)


def test_a_date_that_starts_a_paragraph_is_checked(lint: Callable[..., list[Finding]]) -> None:
    text = "Rusia dan Korea Utara bersekutu.\n\nJuni 2023 menjadi saat perjanjian pertahanan ditandatangani."
    assert [(f.kind, f.text) for f in lint(text)] == [("contradiction", "Juni 2023")]


@pytest.mark.parametrize(
    ("text", "doc", "date"),
    [
        # no year written: the nearest such day to the draft's date, a past one when it is far
        ("Laporan itu dirilis pada Selasa (31/12).", PartialDate(2025, 1, 3), "2024-12-31"),
        ("Laporan itu dirilis pada 31 Desember.", PartialDate(2025, 1, 3), "2024-12-31"),
        ("Pertemuan digelar Senin (5/1).", PartialDate(2025, 12, 28), "2026-01-05"),
        ("Pertemuan digelar pada 25 Agustus.", PartialDate(2025, 7, 1), "2025-08-25"),
        ("KCNA mengonfirmasinya pada Rabu (18/6).", PartialDate(2026, 1, 10), "2025-06-18"),
        # a weekday beside it picks the year it fits, of the draft's and the nearest
        ("Jadwal itu dirilis pada Rabu (18/6).", PartialDate(2025, 1, 5), "2025-06-18"),
    ],
)
def test_a_day_and_month_without_a_year_take_the_nearest_year(
    text: str, doc: PartialDate, date: str, lexicon: Lexicon
) -> None:
    (mention,) = find_dates(reader_for(lexicon), text, 0, len(text), doc)
    assert iso(mention) == date


# --- at the ends of the calendar (year 1, year 9999) -------------------------------------

EDGE_DATES = ["0001-01-01", "0001-01-07", "0001-02", "0001", "9999-12-31", "9999-12", "9999", "9999-09-15"]
EDGE_PHRASES = [
    "kemarin",
    "Selasa lalu",
    "Senin (1/1)",
    "Selasa (31/12)",
    "Desember lalu",
    "bulan lalu",
    "2 tahun lalu",
    "19 Juni tahun lalu",
    "99999 bulan lalu",
    "999999999999 hari lalu",
    "31/12/0000",
    "1 Januari 0000",
    "Senin (31/12/9999)",
    "pada Juni 0000",
]


@pytest.mark.parametrize("doc_date", EDGE_DATES)
def test_dates_near_the_ends_of_the_calendar_are_read_or_left_unresolved(
    doc_date: str, lint: Callable[..., list[Finding]]
) -> None:
    """Each used to end the run with OverflowError or ValueError ('date value out of range')."""
    for phrase in EDGE_PHRASES:
        for sentence in (
            f"Perjanjian pertahanan Rusia dan Korea Utara ditandatangani {phrase}.",
            f"Menurut Budanov, sekitar 10.000 tentara dikirim {phrase}.",
        ):
            lint(f"---\ndate: {doc_date}\n---\n{sentence}\n")


def test_a_relative_date_before_year_1_is_unresolved(lexicon: Lexicon) -> None:
    assert only("Ia tiba kemarin.", lexicon, PartialDate(1, 1, 1)).date is None
    assert only("Ia tiba dua tahun lalu.", lexicon, PartialDate(1, 5, 1)).date is None
    assert iso(only("Ia tiba kemarin.", lexicon, PartialDate(1, 1, 2))) == "0001-01-01"
    assert only("Kamis (31/12) ia tiba.", lexicon, PartialDate(1, 1, 5)).date is None
    assert only("Pada 31/12/0000 ia tiba.", lexicon).problem == "31/12/0 is not a date"


def test_the_last_month_of_the_calendar_ends_on_its_31st() -> None:
    assert PartialDate(9999, 12).latest().isoformat() == "9999-12-31"
    assert PartialDate(2024, 2).latest().isoformat() == "2024-02-29"


def test_a_draft_dated_at_the_end_of_the_calendar_leaves_the_next_one_linted(tmp_path: Path) -> None:
    edge = tmp_path / "a.md"
    edge.write_text("---\ndate: 9999-12-31\n---\nKCNA mengonfirmasi hal itu pada Senin (1/1).\n", encoding="utf-8")
    year_zero = tmp_path / "b.md"
    year_zero.write_text('---\ndate: "0000"\n---\nCuaca cerah.\n', encoding="utf-8")
    normal = tmp_path / "c.md"
    normal.write_text("Perjanjian itu ditandatangani pada Juni 2023.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["lint", "--date", "2025-07-01", str(edge), str(year_zero), str(normal)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 2  # b.md: one line naming the bad year
    assert f"factlint: error: {year_zero}:2: front matter: '0000' is not a year" in result.stderr
    assert f"{normal}:1:" in result.stdout and "Juni 2023" in result.stdout
