"""Figures: numbers as Indonesian writes them, their qualifiers, what is not a figure, and
what a figure counts (noun, event, owner, total) once read in a sentence."""

from __future__ import annotations

import pytest

from lint.facts.index import by_noun
from lint.facts.matching import facts_about
from lint.facts.story import Story
from lint.reading.claims import Analysis, FigureClaim
from lint.reading.dates import find_dates
from lint.reading.document import PartialDate, parse_document
from lint.reading.language import Lexicon
from lint.reading.numbers import Figure, find_figures, format_number, parse_number
from tests.conftest import reader_for

DOC_DATE = PartialDate(2025, 7, 1)


def about(claim: FigureClaim, story: Story) -> tuple[str, ...]:
    """The facts a claim is about, as the matching stage decides."""
    return facts_about(claim, by_noun(story))


def figures(text: str, lexicon: Lexicon) -> list[Figure]:
    """Figures as analysis sees them: dates in the text are protected."""
    protected = [(d.start, d.end) for d in find_dates(reader_for(lexicon), text, 0, len(text), DOC_DATE)]
    return find_figures(reader_for(lexicon), text, 0, len(text), protected)


def read(text: str, story: Story, lexicon: Lexicon) -> Analysis:
    return reader_for(lexicon).analyse(parse_document(text, "t.md", DOC_DATE))


def only_figure(text: str, story: Story, lexicon: Lexicon) -> FigureClaim:
    found = read(text, story, lexicon).figures
    assert len(found) == 1, [f.figure.text for f in found]
    return found[0]


# --- parse_number -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("10.000", 10_000),
        ("1.500", 1_500),
        ("600", 600),
        ("10.000.000", 10_000_000),
        ("1.250.000", 1_250_000),
        ("10 juta", 10_000_000),
        ("1,5 juta", 1_500_000),
        ("2,75 miliar", 2_750_000_000),
        ("12 ribu", 12_000),
        ("12 rb", 12_000),
        ("1,5 jt", 1_500_000),
        ("3 triliun", 3_000_000_000_000),
        ("1.2 juta", 1_200_000),  # English decimal point, accepted before a scale word
        ("10  juta", 10_000_000),
        ("enam", 6),
        ("sebelas", 11),
        ("dua belas", 12),
        ("tujuh belas", 17),
        ("tiga puluh lima", 35),
        ("sembilan puluh sembilan", 99),
        ("seratus", 100),
        ("dua ratus tiga puluh empat", 234),
        ("seribu", 1_000),
        ("enam ribu", 6_000),
        ("Enam Ribu", 6_000),
        ("sepuluh ribu", 10_000),
        ("empat belas ribu", 14_000),
        ("seratus ribu", 100_000),
        ("lima ratus ribu", 500_000),
        ("sejuta", 1_000_000),
        ("satu juta", 1_000_000),
        ("setengah juta", 500_000),
        ("separuh juta", 500_000),
        ("dua juta lima ratus ribu", 2_500_000),
    ],
)
def test_parse_number(text: str, value: float, lexicon: Lexicon) -> None:
    assert parse_number(reader_for(lexicon), text) == value


@pytest.mark.parametrize(
    "text", ["09.15", "14:18", "1.5", "10.00", "1.0000", "ribuan", "puluhan", "sejumlah", "abc", ""]
)
def test_parse_number_refuses_what_is_no_number(text: str, lexicon: Lexicon) -> None:
    assert parse_number(reader_for(lexicon), text) is None


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (10_000, "10.000"),
        (1_500, "1.500"),
        (600, "600"),
        (10_000_000, "10.000.000"),
        (1.5, "1,5"),
        (2_500.25, "2.500,25"),
    ],
)
def test_format_number_uses_indonesian_grouping(value: float, text: str) -> None:
    assert format_number(value) == text


# --- figures in running text --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number", "value"),
    [
        ("Korea Utara mengirim 10.000 tentara.", "10.000", 10_000),
        ("Ada 1.500 tentara di sana.", "1.500", 1_500),
        ("Korea Utara mengirim 10 juta peluru.", "10 juta", 10_000_000),
        ("Korea Utara mengirim 1,5 juta peluru artileri.", "1,5 juta", 1_500_000),
        ("Pyongyang mengirim 12 ribu tentara.", "12 ribu", 12_000),
        ("Pyongyang mengirim enam ribu tentara.", "enam ribu", 6_000),
        ("Hanya enam peti mati ditampilkan.", "enam", 6),
        ("Sebanyak dua belas tentara ditangkap.", "dua belas", 12),
        ("Tiga puluh lima prajurit tewas.", "Tiga puluh lima", 35),
        ("Rusia menerima lima ratus ribu peluru.", "lima ratus ribu", 500_000),
        ("Rusia menerima setengah juta peluru.", "setengah juta", 500_000),
        ("Sekitar 30 persen tentara terluka.", "30", 30),
        ("Sekitar 30% tentara terluka.", "30%", 30),
        ("Jumlahnya naik 30 % dari tahun sebelumnya.", "30 %", 30),
        ("Jumlahnya mencapai 10.000. Angka itu naik.", "10.000", 10_000),
        ("Rusia membayar 2,5 miliar dolar.", "2,5 miliar", 2_500_000_000),
        # a scale word written on, as quick copy does
        ("Pyongyang mengirim 12rb tentara.", "12rb", 12_000),
        ("Pyongyang mengirim 25jt peluru.", "25jt", 25_000_000),
        # "ke" before a large number is a preposition, not an ordinal
        ("Jumlahnya naik ke 25.000 tentara.", "25.000", 25_000),
    ],
)
def test_figures_in_text(text: str, number: str, value: float, lexicon: Lexicon) -> None:
    found = figures(text, lexicon)
    assert [(text[f.number_start : f.end], f.value) for f in found] == [(number, value)]


@pytest.mark.parametrize(
    ("text", "qualifier", "bound", "value"),
    [
        ("Lebih dari 10.000 tentara dikerahkan.", "Lebih dari", "lower", 10_000),
        ("Korea Utara mengirim lebih dari 10 juta peluru.", "lebih dari", "lower", 10_000_000),
        ("Tercatat lebih  dari 600 korban.", "lebih  dari", "lower", 600),
        ("Lebih 10.000 tentara dikerahkan.", "Lebih", "lower", 10_000),
        ("Jumlahnya lebih daripada 3.000 orang.", "lebih daripada", "lower", 3_000),
        ("Setidaknya 100 tentara tewas.", "Setidaknya", "lower", 100),
        ("Sedikitnya 40 tentara ditangkap.", "Sedikitnya", "lower", 40),
        ("Jumlahnya di atas 3.000 orang.", "di atas", "lower", 3_000),
        ("Sekitar 1.500 tentara tiba.", "Sekitar", "approx", 1_500),
        ("Rusia menerima sekitar 1,5 juta peluru.", "sekitar", "approx", 1_500_000),
        ("Kira-kira 300 tentara tiba.", "Kira-kira", "approx", 300),
        ("Sekira 300 tentara tiba.", "Sekira", "approx", 300),
        ("Kurang lebih 200 tentara tiba.", "Kurang lebih", "approx", 200),
        ("Hampir 12.000 tentara tiba.", "Hampir", "upper", 12_000),
        ("Rusia menerima hampir setengah juta peluru.", "hampir", "upper", 500_000),
        ("Kurang dari 500 pekerja tiba.", "Kurang dari", "upper", 500),
        ("NIS: Kurang Dari 500 Pekerja Tiba", "Kurang Dari", "upper", 500),
        ("Tak kurang dari 500 pekerja tiba.", "Tak kurang dari", "lower", 500),
        ("Paling tidak 500 pekerja tiba.", "Paling tidak", "lower", 500),
        ("Sekurang-kurangnya 500 pekerja tiba.", "Sekurang-kurangnya", "lower", 500),
        ("Jumlahnya hampir mencapai 10.000 orang.", "hampir mencapai", "upper", 10_000),
        ("Jumlahnya nyaris mencapai 10 juta peluru.", "nyaris mencapai", "upper", 10_000_000),
        ("Jumlahnya mendekati 10.000 orang.", "mendekati", "upper", 10_000),
        ("Jumlahnya belum mencapai 10.000 orang.", "belum mencapai", "upper", 10_000),
        ("Jumlahnya tidak mencapai 10.000 orang.", "tidak mencapai", "upper", 10_000),
        ("Jumlahnya tidak kurang dari 500 orang.", "tidak kurang dari", "lower", 500),
        ("Pyongyang bisa mengirim hingga 2.000 insinyur.", "hingga", "upper", 2_000),
        ("Pyongyang bisa mengirim sampai 2.000 insinyur.", "sampai", "upper", 2_000),
        ("Sebanyak 12 ribu tentara tiba.", "Sebanyak", "exact", 12_000),
        ("Jumlahnya mencapai 6.000 orang.", "mencapai", "exact", 6_000),
        ("Korea Utara mengirim 10.000 tentara.", "", "exact", 10_000),
    ],
)
def test_qualifiers_set_the_bound(text: str, qualifier: str, bound: str, value: float, lexicon: Lexicon) -> None:
    (fig,) = figures(text, lexicon)
    assert (fig.qualifier, fig.bound, fig.value) == (qualifier, bound, value)
    assert fig.text == text[fig.start : fig.end]
    assert fig.text.startswith(qualifier)
    assert fig.start == fig.number_start - (len(qualifier) + 1 if qualifier else 0)


@pytest.mark.parametrize(
    ("text", "written", "low", "high"),
    [
        ("Sebanyak 10.000 hingga 12.000 tentara tiba.", "Sebanyak 10.000 hingga 12.000", 10_000, 12_000),
        ("Antara 10.000 hingga 12.000 tentara tiba.", "Antara 10.000 hingga 12.000", 10_000, 12_000),
        ("Korea Utara mengirim antara 10.000 dan 12.000 tentara.", "antara 10.000 dan 12.000", 10_000, 12_000),
        ("Korea Utara mengirim 10.000 sampai 12.000 tentara.", "10.000 sampai 12.000", 10_000, 12_000),
        ("Korea Utara mengirim 10.000 sampai dengan 12.000 tentara.", "10.000 sampai dengan 12.000", 10_000, 12_000),
        ("Korea Utara mengirim 10.000 s.d. 12.000 tentara.", "10.000 s.d. 12.000", 10_000, 12_000),
        ("Korea Utara mengirim 10.000–12.000 tentara.", "10.000–12.000", 10_000, 12_000),
        ("Korea Utara mengirim 10.000 – 12.000 tentara.", "10.000 – 12.000", 10_000, 12_000),
        # the scale word written once, after the last figure
        ("Korea Utara mengirim 10 hingga 12 ribu tentara.", "10 hingga 12 ribu", 10_000, 12_000),
        (
            "Jumlahnya berkisar antara sepuluh dan dua belas ribu.",
            "berkisar antara sepuluh dan dua belas ribu",
            10_000,
            12_000,
        ),
        ("Rusia menerima 1 hingga 1,5 juta peluru.", "1 hingga 1,5 juta", 1_000_000, 1_500_000),
        ("Sekitar 600 hingga 1.000 tentara tewas.", "Sekitar 600 hingga 1.000", 600, 1_000),
        # joined by a hyphen, which joins no other number to a figure ("AK-12")
        ("Korea Utara mengirim 20-25 ribu tentara.", "20-25 ribu", 20_000, 25_000),
        ("Korea Utara mengirim 20.000-25.000 tentara.", "20.000-25.000", 20_000, 25_000),
        # "dari" before a range, when nothing changed
        ("Budanov memperkirakan jumlahnya dari 10.000 hingga 12.000 tentara.", "10.000 hingga 12.000", 10_000, 12_000),
    ],
)
def test_ranges_are_one_figure(text: str, written: str, low: float, high: float, lexicon: Lexicon) -> None:
    (fig,) = figures(text, lexicon)
    assert (fig.text, fig.bound, fig.low, fig.value) == (written, "range", low, high)
    assert fig.text == text[fig.start : fig.end]
    assert fig.covers(low) and fig.covers(high) and fig.covers((low + high) / 2)
    assert not fig.covers(low - 1) and not fig.covers(high + 1)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a change from one amount to another is two amounts
        ("Jumlahnya naik dari 10.000 hingga 15.000 tentara.", [("10.000", "exact"), ("hingga 15.000", "upper")]),
        # "dan" joins a range only after "antara"
        ("Korea Utara mengirim 1.000 dan 5.000 tentara.", [("1.000", "exact"), ("5.000", "exact")]),
        ("Sebanyak 1.000 sapper hingga 5.000 pekerja tiba.", [("Sebanyak 1.000", "exact"), ("hingga 5.000", "upper")]),
        # the first figure larger: no range
        ("Korea Utara mengirim 12.000 hingga 10.000 tentara.", [("12.000", "exact"), ("hingga 10.000", "upper")]),
        ("Jumlahnya turun dari 10.000 sampai 8.000 tentara.", [("10.000", "exact"), ("sampai 8.000", "upper")]),
        # a pair that is no range, and years, are not read as figures at all
        ("Layanan itu buka 24-7 dan skor akhirnya 2-1.", []),
        ("Perang berlangsung pada 2024-2025.", []),
        # "hingga" with no figure before it is still "up to"
        ("Pyongyang bisa mengirim hingga 2.000 insinyur.", [("hingga 2.000", "upper")]),
    ],
)
def test_what_is_no_range(text: str, read: list[tuple[str, str]], lexicon: Lexicon) -> None:
    assert [(f.text, f.bound) for f in figures(text, lexicon)] == read


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Harga naik 30 persen.", "percent"),
        ("Harga naik 30%.", "percent"),
        ("Nilainya Rp 5 miliar.", "rupiah"),
        ("Nilainya Rp. 5 miliar.", "rupiah"),
        ("Nilainya US$ 2 juta.", "usd"),
        ("Nilainya $3 juta.", "usd"),
        ("Nilainya 3 juta dolar.", "usd"),
        ("Nilainya 3 juta dolar AS.", "usd"),
        ("Jaraknya 5 km dari perbatasan.", "km"),
        ("Jaraknya 50 kilometer dari perbatasan.", "km"),
        ("Korea Utara mengirim 3 juta peluru.", None),
    ],
)
def test_units(text: str, unit: str | None, lexicon: Lexicon) -> None:
    (fig,) = figures(text, lexicon)
    assert fig.unit == unit


@pytest.mark.parametrize(
    "text",
    [
        # times
        "Pasukan tiba pukul 09.15.",
        "Pasukan tiba pukul 9 pagi.",
        "Pasukan tiba pada pukul 14 tepat.",
        "Pasukan tiba jam 3 sore.",
        "Medcom • 22 Oktober 2024 14:18",
        "Rabu, 30 April 2025 | 12:30 WIB",
        "Pasukan tiba 09.15 WIB.",
        "Pasukan tiba 10 WIB.",
        # years
        "Perjanjian itu diteken pada 2024.",
        "Perjanjian itu diteken pada tahun 2024.",
        "Invasi dimulai pada Februari 2022.",
        # identifiers and names
        "Tentara memakai AK-12 dan RPG-7.",
        "Hal itu melanggar Resolusi 1718.",
        "Hal itu melanggar resolusi Nomor 2270.",
        "Lulusan S1 dan S2 mendapat beasiswa.",
        "Pandemi COVID-19 mereda.",
        "Ukraina meminta F-16 dan MiG-29.",
        "Pertemuan G20 digelar.",
        "Aturan itu ada di Pasal 4 ayat 2.",
        "Lihat halaman 12.",
        "Pos itu ada di km 5.",
        "Ia menjadi yang ke-2 dan ke 3.",
        # vague amounts
        "Ribuan tentara dikirim.",
        "Puluhan tentara terlihat dalam video.",
        "Ratusan insinyur tiba.",
        "Sejumlah prajurit tewas.",
        "Puluhan ribu tentara, ratusan ribu peluru, dan belasan ribu pekerja.",
        "Lebih dari separuhnya diperkirakan tewas.",
        "Korea Utara akan mengirim lebih banyak pasukan.",
        # dates
        "Laporan itu terbit pada 27/2/2025.",
        "Laporan itu terbit pada Kamis (27/2/2025).",
        "Laporan itu terbit pada Rabu (18/6).",
        "Laporan itu terbit pada 22 Oktober 2024.",
        "Laporan itu terbit pada 22 Okt 2024.",
        "Laporan itu terbit pada 30 April lalu.",
        # idioms
        "Salah satu tentara tertangkap.",
        "Ia satu-satunya tentara yang selamat.",
        "Kedua belah pihak setuju.",
        "Setelah kunjungan satu hari ke Pyongyang, ia pulang.",
        "Acara itu memperingati satu tahun pakta pertahanan.",
    ],
)
def test_not_figures(text: str, lexicon: Lexicon, story: Story) -> None:
    assert figures(text, lexicon) == []
    assert read(text, story, lexicon).figures == []


@pytest.mark.parametrize(
    "text",
    [
        "Pasukan tiba pukul 09.15.",
        "Pukul 14:18 WIB pasukan tiba.",
        "Pada 2024 pasukan tiba.",
        "Dengan AK-12 dan RPG-7.",
    ],
)
def test_times_years_and_labels_are_not_figures_even_unprotected(text: str, lexicon: Lexicon) -> None:
    assert find_figures(reader_for(lexicon), text, 0, len(text), []) == []


def test_figures_respect_the_span_and_protected_ranges(lexicon: Lexicon) -> None:
    text = "Sekitar 1.500 tentara dan 11.000 prajurit."
    assert [f.value for f in find_figures(reader_for(lexicon), text, 0, 20, [])] == [1_500]
    assert [f.value for f in find_figures(reader_for(lexicon), text, 0, len(text), [(26, 32)])] == [1_500]


def test_several_figures_keep_their_order_and_qualifiers(lexicon: Lexicon) -> None:
    text = "Korea Utara mengirim hampir 12.000 tentara, kurang dari 500 pekerja, hingga 2.000 insinyur, setidaknya 100 peti mati."
    got = [(f.text, f.value, f.bound) for f in figures(text, lexicon)]
    assert got == [
        ("hampir 12.000", 12_000, "upper"),
        ("kurang dari 500", 500, "upper"),
        ("hingga 2.000", 2_000, "upper"),
        ("setidaknya 100", 100, "lower"),
    ]


# --- what a figure counts -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "noun", "noun_text", "event", "owner", "facts"),
    [
        (
            "Korea Utara mengirim 10.000 tentara ke Rusia.",
            "troops",
            "tentara",
            "deployed",
            "north-korea",
            ("troops-deployed",),
        ),
        (
            "Lebih dari 10.000 tentara Korea Utara telah dikerahkan.",
            "troops",
            "tentara Korea Utara",
            "deployed",
            None,
            ("troops-deployed",),
        ),
        (
            "Sekitar 11.000 pasukan Korut berada di Kursk.",
            "troops",
            "pasukan Korut",
            "present",
            None,
            ("troops-present",),
        ),
        ("Ada 1.500 tentara di sana.", "troops", "tentara", None, None, ("troops-deployed",)),
        (
            "Korea Utara mengirim 15.000 pekerja ke Rusia.",
            "workers",
            "pekerja",
            "deployed",
            "north-korea",
            ("workers-sent",),
        ),
        (
            "NIS mengungkapkan 15.000 pekerja Korea Utara telah dikirim.",
            "workers",
            "pekerja Korea Utara",
            "deployed",
            None,
            ("workers-sent",),
        ),
        (
            "Rusia mempekerjakan 15.000 buruh Korea Utara.",
            "workers",
            "buruh Korea Utara",
            None,
            None,
            ("workers-sent",),
        ),
        (
            "Sekitar 40 tentara Korea Utara ditangkap pasukan Ukraina.",
            "troops",
            "tentara Korea Utara",
            "captured",
            None,
            ("troops-captured",),
        ),
        (
            "Sebanyak 40 tentara Korea Utara ditangkap oleh Ukraina.",
            "troops",
            "tentara Korea Utara",
            "captured",
            None,
            ("troops-captured",),
        ),
        (
            "Dua tentara Korea Utara menjadi tawanan.",
            "troops",
            "tentara Korea Utara",
            "captured",
            None,
            ("troops-captured",),
        ),
        ("Sekitar 600 tentara Korea Utara tewas.", "troops", "tentara Korea Utara", "killed", None, ("troops-killed",)),
        ("Sekitar 600 tentara tewas di Kursk.", "troops", "tentara", "killed", None, ("troops-killed",)),
        ("Sebanyak 300 prajurit Korea Utara gugur.", "troops", "prajurit", "killed", "north-korea", ("troops-killed",)),
        (
            "Sedikitnya 1.000 tentara Korea Utara terluka.",
            "troops",
            "tentara Korea Utara",
            "wounded",
            None,
            ("troops-wounded",),
        ),
        ("Sebanyak 500 tentara Ukraina tewas.", "troops", "tentara", "killed", "ukraine", ()),
        ("Sebanyak 5.000 tentara Ukraina dikerahkan ke Kursk.", "troops", "tentara", "deployed", "ukraine", ()),
        ("Rusia mengirim 2.000 tentara Rusia ke Kursk.", "troops", "tentara", "deployed", "russia", ()),
        (
            "Pyongyang mengirim 1.000 sapper ke Kursk.",
            "sappers",
            "sapper",
            "deployed",
            "north-korea",
            ("sappers-pledged",),
        ),
        (
            "Pyongyang mengirim 1.000 penjinak ranjau ke Kursk.",
            "sappers",
            "penjinak ranjau",
            "deployed",
            "north-korea",
            ("sappers-pledged",),
        ),
        (
            "Pyongyang mengirim 5.000 pekerja konstruksi militer.",
            "builders",
            "pekerja konstruksi militer",
            "deployed",
            "north-korea",
            ("builders-pledged",),
        ),
        (
            "Pyongyang menyetujui pengiriman 6.000 insinyur dan personel militer.",
            "personnel",
            "insinyur dan personel militer",
            "deployed",
            None,
            ("kursk-personnel-total",),
        ),
        (
            "Korea Utara mengirimkan lebih dari 10 juta peluru artileri dan rudal.",
            "shells",
            "peluru artileri dan rudal",
            "deployed",
            "north-korea",
            ("shells-supplied",),
        ),
        (
            "Korea Utara memasok 3 juta butir amunisi.",
            "shells",
            "butir amunisi",
            "deployed",
            None,
            ("shells-supplied",),
        ),
        ("Hanya enam peti mati ditampilkan.", "coffins", "peti mati", None, None, ("coffins-shown",)),
        ("Sebanyak 10.000 orang tentara dikerahkan.", "troops", "tentara", "deployed", None, ("troops-deployed",)),
        ("Ada 18 kampus yang memberi beasiswa.", None, "", None, None, ()),
        # what counts written right before the figure
        (
            "Korea Utara mengirim pasukan sebanyak 25.000 orang ke Rusia.",
            "troops",
            "pasukan",
            "deployed",
            None,
            ("troops-deployed",),
        ),
        (
            "Pasukan yang berjumlah 25.000 orang dikirim ke Rusia.",
            "troops",
            "Pasukan",
            "deployed",
            None,
            ("troops-deployed",),
        ),
        (
            "Tentara Korea Utara yang tewas mencapai 6.000 orang.",
            "troops",
            "Tentara Korea Utara",
            "killed",
            None,
            ("troops-killed",),
        ),
        # a counted noun with a possessive ending
        (
            "Korea Utara mengirim 25.000 tentaranya.",
            "troops",
            "tentara",
            "deployed",
            "north-korea",
            ("troops-deployed",),
        ),
        # ... but not before an amount of money
        ("Rusia membayar tentara 2.000 dolar per bulan.", None, "", None, None, ()),
        ("Sekitar 30 persen tentara terluka.", None, "", "wounded", None, ()),
    ],
)
def test_what_a_figure_counts(
    text: str,
    noun: str | None,
    noun_text: str,
    event: str | None,
    owner: str | None,
    facts: tuple[str, ...],
    story: Story,
    lexicon: Lexicon,
) -> None:
    claim = only_figure(text, story, lexicon)
    assert (claim.noun, claim.noun_text, claim.event, claim.owner, about(claim, story)) == (
        noun,
        noun_text,
        event,
        owner,
        facts,
    )


@pytest.mark.parametrize(
    ("text", "values", "totals"),
    [
        (
            "Korea Utara mengirim 1.000 sapper dan 5.000 pekerja konstruksi militer, atau total 6.000 personel.",
            [1_000, 5_000, 6_000],
            [False, False, True],
        ),
        (
            "Korea Utara mengirim 1.000 sapper dan 5.000 pekerja konstruksi, sehingga total 8.000 personel.",
            [1_000, 5_000, 8_000],
            [False, False, True],
        ),
        (
            "Pyongyang mengirim 1.000 sapper dan 5.000 tentara pembangun, dengan total 6.000 personel.",
            [1_000, 5_000, 6_000],
            [False, False, True],
        ),
        ("Jumlah total: 6.000 personel dikirim ke Kursk.", [6_000], [True]),
        ("Secara keseluruhan 6.000 personel dikirim ke Kursk.", [6_000], [True]),
        ("Pyongyang mengirim 6.000 personel ke Kursk.", [6_000], [False]),
    ],
)
def test_totals(text: str, values: list[float], totals: list[bool], story: Story, lexicon: Lexicon) -> None:
    claims = read(text, story, lexicon).figures
    assert [c.figure.value for c in claims] == values
    assert [c.total for c in claims] == totals
    assert all("kursk-personnel-total" in about(c, story) for c in claims if c.total)


@pytest.mark.parametrize(
    ("text", "own_date"),
    [
        ("Sebanyak 1.500 tentara tiba pada Juni 2024.", "2024-06"),
        ("Pada April lalu, sekitar 600 tentara Korea Utara tewas.", "2025-04"),
        ("Laporan AFP pada Kamis (27/2/2025) menyebut 10.000 tentara dikerahkan.", "2025-02-27"),
        # a starting point is not when the figure was true
        ("Sebanyak 10.000 tentara dikerahkan sejak tahun lalu.", None),
        ("Sebanyak 10.000 tentara dikerahkan.", None),
    ],
)
def test_a_figure_is_dated_by_a_date_in_its_sentence(
    text: str, own_date: str | None, story: Story, lexicon: Lexicon
) -> None:
    claim = only_figure(text, story, lexicon)
    assert (claim.own_date.date.iso() if claim.own_date and claim.own_date.date else None) == own_date


@pytest.mark.parametrize(
    ("text", "value", "bound", "span"),
    [
        ("Sebanyak 10.000 lebih tentara Korea Utara dikirim.", 10000, "lower", "Sebanyak 10.000 lebih"),
        ("Ada 12 ribu lebih pekerja di sana.", 12000, "lower", "12 ribu lebih"),
        ("Menurut NIS, tidak sampai 10.000 tentara dikirim.", 10000, "upper", "tidak sampai 10.000"),
        ("Tak lebih dari 500 tentara tewas.", 500, "upper", "Tak lebih dari 500"),
    ],
)
def test_qualifiers_after_the_number_and_negated_ones(
    text: str, value: float, bound: str, span: str, lexicon: Lexicon
) -> None:
    [fig] = figures(text, lexicon)
    assert (fig.value, fig.bound, fig.text) == (value, bound, span)


def test_a_qualifier_after_the_number_keeps_the_counted_noun(story: Story, lexicon: Lexicon) -> None:
    claim = only_figure("Sebanyak 10.000 lebih tentara Korea Utara dikirim ke Rusia.", story, lexicon)
    assert (claim.noun, claim.event, about(claim, story)) == ("troops", "deployed", ("troops-deployed",))
