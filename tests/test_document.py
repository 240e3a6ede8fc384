"""Reading a file: front matter, exact 1-based positions, sentences, headlines, wrapped lines."""

from __future__ import annotations

import dataclasses
import datetime as dt

import hypothesis.strategies as st
import pytest
from hypothesis import given, settings

from lint.errors import FactlintError
from lint.reading.document import Document, PartialDate, _plain_front_matter, parse_document
from lint.reading.language import Lexicon
from lint.yamlio import load_yaml_text

DEFAULT = PartialDate(2020, 1, 1)


def sentences(text: str, lexicon: Lexicon) -> list[str]:
    return [s.text for s in parse_document(text, "d.md", DEFAULT).sentences(lexicon)]


# --- front matter -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "lang", "title"),
    [
        (
            "---\ntitle: Pasukan di Kursk\ndate: 2025-03-10\nlang: id\n---\nIsi.\n",
            "2025-03-10",
            "id",
            "Pasukan di Kursk",
        ),
        ("---\ndate: '2025-03-10'\n---\nIsi.\n", "2025-03-10", "id", None),
        ('---\ndate: "2025-3-9"\n---\nIsi.\n', "2025-03-09", "id", None),
        ("---\ndate: 2025-07-01T10:30:00\n---\nIsi.\n", "2025-07-01", "id", None),
        ("---\ndate: 2025-03\n---\nIsi.\n", "2025-03", "id", None),
        ("---\ndate: 2025\n---\nIsi.\n", "2025", "id", None),
        ('---\ndate: "10 Maret 2025"\n---\nIsi.\n', "2025-03-10", "id", None),
        ("---\ndate: Selasa, 22 Oktober 2024 14:18\n---\nIsi.\n", "2024-10-22", "id", None),
        ("---\ndate: 22 Okt 2024\n---\nIsi.\n", "2024-10-22", "id", None),
        ("---\ndate: Oktober 2024\n---\nIsi.\n", "2024-10", "id", None),
        # Indonesian writes day before month.
        ("---\ndate: 10/03/2025\n---\nIsi.\n", "2025-03-10", "id", None),
        ("---\ntitle: Draf\nlang: en\n---\nIsi.\n", "2020-01-01", "en", "Draf"),
        ("---\ntitle: Draf\ndate:\n---\nIsi.\n", "2020-01-01", "id", "Draf"),
        ("---\ntitle: Draf\ndate: 2025-06-19\n...\nIsi.\n", "2025-06-19", "id", "Draf"),
        ("---\r\ntitle: Draf\r\ndate: 2025-06-19\r\n---\r\nIsi.\r\n", "2025-06-19", "id", "Draf"),
        ("Tanpa front matter.\n", "2020-01-01", "id", None),
    ],
)
def test_front_matter_date_lang_and_title(text: str, date: str, lang: str, title: str | None) -> None:
    doc = parse_document(text, "d.md", DEFAULT)
    assert doc.date is not None and doc.date.iso() == date
    assert doc.lang == lang
    assert doc.meta.get("title") == title


@pytest.mark.parametrize(
    ("text", "where", "words"),
    [
        ("---\ntitle: [tidak ditutup\ndate: 2025-01-01\n---\nIsi.\n", "draft.md:3", "invalid YAML"),
        ("---\ntitle: a\n  b: c\n---\nIsi.\n", "draft.md:3", "invalid YAML"),
        ("---\ntitle: a\ntitle: b\n---\nIsi.\n", "draft.md:3", "duplicate key 'title'"),
        ("---\n- a\n- b\n---\nIsi.\n", "draft.md:2", "must be a YAML mapping"),
        ("---\ntitle: a\ndate: kapan-kapan\n---\nIsi.\n", "draft.md:3", "cannot read date 'kapan-kapan'"),
        ("---\ntitle: a\nlang: id\ndate: 12345\n---\nIsi.\n", "draft.md:4", "cannot read date"),
        ("---\ntitle: a\ndate: 2025-02-30\n---\nIsi.\n", "draft.md:3", "not a date"),
        ("---\ntitle: a\ndate: '2025-13-01'\n---\nIsi.\n", "draft.md:3", "not a date"),
        ("---\ntitle: a\ndate: [2025]\n---\nIsi.\n", "draft.md:3", "'date' must be a date"),
        ("---\ndate: kemarin\n---\nIsi.\n", "draft.md:2", "cannot read date 'kemarin'"),
        ("---\r\ntitle: a\r\ndate: bukan tanggal\r\n---\r\nIsi.\r\n", "draft.md:3", "cannot read date"),
        ("---\ntitle: a\ndate: 2025-07-01\nIsi tanpa penutup.\n", "draft.md:1", "not closed"),
    ],
)
def test_malformed_front_matter_names_file_and_line(text: str, where: str, words: str) -> None:
    with pytest.raises(FactlintError) as caught:
        parse_document(text, "draft.md", DEFAULT)
    assert caught.value.where == where
    assert words in caught.value.message
    assert str(caught.value).startswith(f"{where}: ")


# Front matter of plain "key: value" lines is read without YAML; it must read the same.
FIELD_KEYS = st.sampled_from(["title", "date", "lang", "Date", "_x", "a-b", "t1", "on", "No", "NULL", "k" * 100, "1a"])
FIELD_VALUES = st.one_of(
    st.sampled_from(
        [
            *("Draf 466269", "id", "2025-11-12", "2024-02-29", "2025-02-30", "2025-1-01", "Kim Jong Un", "yes"),
            *("Off", "null", "nO", "~", "x #c", "'q'", "a  b", "a ", "", "1.5", "e1", ".inf", "Rusia—Korea", "[2025]"),
        ]
    ),
    st.text(alphabet="aZ09 -:#'.", max_size=12),
)
SEPARATORS = st.sampled_from([": ", ": ", ":  ", ":", ":\t", " : "])


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(FIELD_KEYS, SEPARATORS, FIELD_VALUES), max_size=4))
def test_plain_front_matter_reads_what_yaml_reads(fields: list[tuple[str, str, str]]) -> None:
    front_matter = "\n".join(key + separator + value for key, separator, value in fields)
    plain = _plain_front_matter(front_matter)
    if plain is None:
        return  # YAML reads it, or reports the error
    meta, date_line = plain
    loaded = load_yaml_text(front_matter, "d.md")
    assert [(k, type(v), v) for k, v in meta.items()] == [(k, type(v), v) for k, v in loaded.items()]
    if "date" in meta:
        assert date_line == loaded.line_of("date") + 1


def test_the_usual_front_matter_is_read_without_yaml() -> None:
    meta = {"title": "Draf 466269", "date": dt.date(2025, 11, 12), "lang": "id"}
    assert _plain_front_matter("title: Draf 466269\ndate: 2025-11-12\nlang: id") == (meta, 3)


def test_a_leading_rule_that_is_not_front_matter_is_body_text(lexicon: Lexicon) -> None:
    doc = parse_document("---\n\nIsi berita.\n", "d.md", DEFAULT)
    assert doc.meta == {} and doc.body_start == 0
    assert [s.text for s in doc.sentences(lexicon)] == ["---", "Isi berita."]


def test_sentences_never_include_front_matter(lexicon: Lexicon) -> None:
    doc = parse_document(
        "---\ntitle: Judul Yang Panjang Sekali\ndate: 2025-01-01\n---\nIsi satu. Isi dua.\n", "d.md", None
    )
    assert [s.text for s in doc.sentences(lexicon)] == ["Isi satu.", "Isi dua."]
    assert all(s.start >= doc.body_start for s in doc.sentences(lexicon))


# --- positions ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "needle", "line", "column"),
    [
        ("10.000 tentara.", "10.000", 1, 1),
        ("Pertama.\nKedua 10.000 tentara.", "10.000", 2, 7),
        ("Pertama.\r\nKedua 10.000 tentara.", "10.000", 2, 7),
        ("Pertama.\r\n\r\nKetiga 1.500.\r\n", "1.500", 3, 8),
        ("Pertama.\rKedua 600.", "600", 2, 7),
        ("---\ntitle: X\ndate: 2025-07-01\n---\nMenurut NIS, 10.000 tentara.", "10.000", 5, 14),
        ("---\r\ntitle: X\r\ndate: 2025-07-01\r\n---\r\n\r\nMenurut NIS, 10.000 tentara.", "10.000", 6, 14),
        # columns count characters, not bytes
        ("“Kami siap,” kata Budanov—10.000 tentara.", "10.000", 1, 27),
        ("Ĭ Ā é 600 tentara.", "600", 1, 7),
    ],
)
def test_position_is_exact_one_based_line_and_column(text: str, needle: str, line: int, column: int) -> None:
    doc = parse_document(text, "d.md", DEFAULT)
    assert doc.position(text.index(needle)) == (line, column)


def test_line_text_drops_the_line_break_of_any_style() -> None:
    doc = parse_document("satu\r\ndua\nTiga\rempat", "d.md", DEFAULT)
    assert doc.line_count == 4
    assert [doc.line_text(n) for n in range(1, 5)] == ["satu", "dua", "Tiga", "empat"]


def test_sentence_offsets_index_the_original_text(lexicon: Lexicon) -> None:
    text = "---\r\ntitle: X\r\n---\r\nKalimat satu.  Kalimat dua.\r\n\r\n  Kalimat tiga.\r\n"
    doc: Document = parse_document(text, "d.md", DEFAULT)
    got = [(s.text, doc.position(s.start)) for s in doc.sentences(lexicon)]
    assert got == [("Kalimat satu.", (4, 1)), ("Kalimat dua.", (4, 16)), ("Kalimat tiga.", (6, 3))]
    assert all(text[s.start : s.end] == s.text for s in doc.sentences(lexicon))


# --- sentences ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dr. Budi bertemu Prof. Ani di Jl. Merdeka No. 5 kemarin. Mereka berbicara lama.",
            ["Dr. Budi bertemu Prof. Ani di Jl. Merdeka No. 5 kemarin.", "Mereka berbicara lama."],
        ),
        ("Dokumen No. 12 dibaca. Lalu disimpan.", ["Dokumen No. 12 dibaca.", "Lalu disimpan."]),
        ("Editor: R. Heryanto menulis. Dia pulang.", ["Editor: R. Heryanto menulis.", "Dia pulang."]),
        ("Menurut A.S. Hikam, perang berlanjut. Lalu reda.", ["Menurut A.S. Hikam, perang berlanjut.", "Lalu reda."]),
        ("Brigjen. Sutrisno tiba. Ia lelah.", ["Brigjen. Sutrisno tiba.", "Ia lelah."]),
        ('"Kami siap," kata Budanov. Dia pulang.', ['"Kami siap," kata Budanov.', "Dia pulang."]),
        ("“Kami siap,” kata Kyrylo Budanov. Dia pulang.", ["“Kami siap,” kata Kyrylo Budanov.", "Dia pulang."]),
        ('Ia berkata, "Kami siap." Lalu pergi.', ['Ia berkata, "Kami siap."', "Lalu pergi."]),
        ("“Masih belum jelas.” Itu katanya.", ["“Masih belum jelas.”", "Itu katanya."]),
        (
            "Sebanyak 10.000 tentara dan 1,5 juta peluru dikirim. Sisanya 2.5 juta.",
            ["Sebanyak 10.000 tentara dan 1,5 juta peluru dikirim.", "Sisanya 2.5 juta."],
        ),
        ("Jumlahnya mencapai 10.000. Angka itu naik.", ["Jumlahnya mencapai 10.000.", "Angka itu naik."]),
        ("Pasukan tiba pukul 09.15 WIB. Mereka lelah.", ["Pasukan tiba pukul 09.15 WIB.", "Mereka lelah."]),
        (
            "Pasukan tiba pada 5 Sept. 2024 di Kursk. Lalu pergi.",
            ["Pasukan tiba pada 5 Sept. 2024 di Kursk.", "Lalu pergi."],
        ),
        ("Pasukan tiba pada Senin (30/7). Lalu pergi.", ["Pasukan tiba pada Senin (30/7).", "Lalu pergi."]),
        ("Dia bertanya? Ya! Lalu pergi…", ["Dia bertanya?", "Ya!", "Lalu pergi…"]),
        ("Angka itu naik. lalu turun lagi.", ["Angka itu naik. lalu turun lagi."]),
        ("Korea Utara diduga mengirim tentaranya. (EPA)", ["Korea Utara diduga mengirim tentaranya.", "(EPA)"]),
        ("<!-- catatan. Bukan kalimat. -->Kalimat nyata. Kedua.", ["Kalimat nyata.", "Kedua."]),
    ],
)
def test_sentence_splitting(text: str, expected: list[str], lexicon: Lexicon) -> None:
    assert sentences(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what follows a stop is read past ASCII too: a capital or a digit starts a sentence
        ("Pasukan tiba. Ünal menyambut. Édouard pergi.", ["Pasukan tiba.", "Ünal menyambut.", "Édouard pergi."]),
        ("Pasukan tiba. é muncul.", ["Pasukan tiba. é muncul."]),
        ("Pasukan tiba.\xa0Ünal menyambut.", ["Pasukan tiba.", "Ünal menyambut."]),
        ("Lalu “kutipan”. Lalu ‘kutipan’.", ["Lalu “kutipan”.", "Lalu ‘kutipan’."]),
        # "?" in one paragraph, only "." in the next
        (
            "Siapa datang? Dia.\n\nLalu 10.000 tentara pergi. Mereka lelah.",
            ["Siapa datang?", "Dia.", "Lalu 10.000 tentara pergi.", "Mereka lelah."],
        ),
        ("Benar?! Ya… Tidak!” Lalu.", ["Benar?!", "Ya…", "Tidak!”", "Lalu."]),
        # an abbreviation or trailing spaces at the end of a line
        ("Ia bertemu Dr.", ["Ia bertemu Dr."]),
        ("Dia tiba.   \nLalu pergi.  ", ["Dia tiba.", "Lalu pergi."]),
    ],
)
def test_sentence_ends_past_ascii_and_at_line_ends(text: str, expected: list[str], lexicon: Lexicon) -> None:
    assert sentences(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Negara Republik. Indonesia merdeka.", ["Negara Republik. Indonesia merdeka."]),
        ("Negara Republika. Indonesia merdeka.", ["Negara Republika.", "Indonesia merdeka."]),
        ("Kata a. Kata itu.", ["Kata a. Kata itu."]),
        ("x" * 50 + ". Kata itu.", ["x" * 50 + ".", "Kata itu."]),
    ],
)
def test_an_abbreviation_longer_than_the_shipped_ones_is_read_whole(
    text: str, expected: list[str], lexicon: Lexicon
) -> None:
    custom = dataclasses.replace(lexicon, abbreviations=frozenset({"republik"}))
    assert sentences(text, custom) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hard-wrapped markdown joins into one sentence
        (
            "Kalimat ini dibungkus\nmenjadi dua baris di markdown\nsampai titik.\nBaris berikut.",
            ["Kalimat ini dibungkus\nmenjadi dua baris di markdown\nsampai titik.", "Baris berikut."],
        ),
        (
            "Menurut Badan Intelijen Nasional Korea Selatan,\nsekitar 11.000 tentara dikerahkan.",
            ["Menurut Badan Intelijen Nasional Korea Selatan,\nsekitar 11.000 tentara dikerahkan."],
        ),
        (
            "Sekretaris Dewan Keamanan Rusia, Sergei Shoigu,\nmengatakan 6.000 insinyur dikirim.",
            ["Sekretaris Dewan Keamanan Rusia, Sergei Shoigu,\nmengatakan 6.000 insinyur dikirim."],
        ),
        (
            "Pasukan Korea Utara Kembali Dikerahkan\nmeski sempat dikabarkan mundur.",
            ["Pasukan Korea Utara Kembali Dikerahkan\nmeski sempat dikabarkan mundur."],
        ),
        ("Baris pertama dibungkus\r\nlalu berlanjut.\r\n", ["Baris pertama dibungkus\r\nlalu berlanjut."]),
        # "\r\n" is one line break; "\r\r" and "\n\r" are two, so a blank line
        (
            "Satu dibungkus\r\ndua.\r\rTiga dibungkus\n\rempat.",
            ["Satu dibungkus\r\ndua.", "Tiga dibungkus", "empat."],
        ),
        ("Lalu dibungkus\rberlanjut.", ["Lalu dibungkus\rberlanjut."]),
        # a blank line, a finished sentence, a heading or a list item is a break
        ("Paragraf tanpa titik\n\nParagraf dua.", ["Paragraf tanpa titik", "Paragraf dua."]),
        ("Paragraf tanpa titik\n   \nparagraf dua.", ["Paragraf tanpa titik", "paragraf dua."]),
        ("Selesai di sini.\nbaris baru.", ["Selesai di sini.", "baris baru."]),
        ("## Judul Bagian\nisi bagian.", ["## Judul Bagian", "isi bagian."]),
        ("Daftar berikut\n- butir satu\n- butir dua", ["Daftar berikut", "- butir satu", "- butir dua"]),
        (
            "Korea Utara Kirim Ribuan Pasukan ke Rusia\nBadan Intelijen Korea Selatan mengungkap hal itu.",
            ["Korea Utara Kirim Ribuan Pasukan ke Rusia", "Badan Intelijen Korea Selatan mengungkap hal itu."],
        ),
    ],
)
def test_wrapped_lines_join_and_breaks_stay(text: str, expected: list[str], lexicon: Lexicon) -> None:
    assert sentences(text, lexicon) == expected


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("Korea Utara Kirim Ribuan Pasukan ke Rusia", True),
        ("Aliansi Menguat! Korea Utara Kirim Ribuan Pasukan ke Rusia", True),
        ("Fase Baru Perang Rusia-Ukraina", True),
        ("Reaksi dari Sekutu Barat :", False),
        ("## Pasukan di Kursk", True),
        ("# judul kecil semua", True),
        ("Korea Utara mengirim pasukan ke Rusia.", False),
        ("Korea Utara Mengirim Pasukan Ke Rusia.", False),
        ("Dia bertanya? Ya! Lalu Pergi…", False),
        ("Menurut Badan Intelijen Nasional Korea Selatan,", False),
        ("Korea Utara", False),  # too short to tell
        ("pasukan korea utara kembali dikerahkan ke medan tempur", False),
    ],
)
def test_headlines_are_short_capitalised_lines_with_no_stop(line: str, headline: bool, lexicon: Lexicon) -> None:
    doc = parse_document(f"{line}\n\nIsi berita yang biasa saja.\n", "d.md", DEFAULT)
    first, body = doc.sentences(lexicon)[0], doc.sentences(lexicon)[-1]
    assert first.headline is headline
    assert body.headline is False


def test_paragraphs_are_numbered_per_block(lexicon: Lexicon) -> None:
    doc = parse_document(
        "Judul Berita Hari Ini Di Sini\nSatu. Dua.\n\nTiga dibungkus\nke sini. Empat.", "d.md", DEFAULT
    )
    got = [(s.text, s.paragraph) for s in doc.sentences(lexicon)]
    assert got == [
        ("Judul Berita Hari Ini Di Sini", 0),
        ("Satu.", 1),
        ("Dua.", 1),
        ("Tiga dibungkus\nke sini.", 2),
        ("Empat.", 2),
    ]


@pytest.mark.parametrize(
    ("date", "iso", "precision"),
    [
        (PartialDate(2025, 7, 1), "2025-07-01", "day"),
        (PartialDate(2025, 7), "2025-07", "month"),
        (PartialDate(2025), "2025", "year"),
    ],
)
def test_partial_date_keeps_its_precision(date: PartialDate, iso: str, precision: str) -> None:
    assert date.iso() == iso
    assert date.precision == precision
    assert PartialDate.parse(iso) == (date if date.month else None)


@pytest.mark.parametrize(
    ("date", "earliest", "latest"),
    [
        (PartialDate(2024, 2), "2024-02-01", "2024-02-29"),
        (PartialDate(2025, 12), "2025-12-01", "2025-12-31"),
        (PartialDate(2025), "2025-01-01", "2025-12-31"),
        (PartialDate(2025, 6, 19), "2025-06-19", "2025-06-19"),
    ],
)
def test_partial_date_range(date: PartialDate, earliest: str, latest: str) -> None:
    assert (date.earliest().isoformat(), date.latest().isoformat()) == (earliest, latest)


@pytest.mark.parametrize("text", ["2025-02-30", "2025-13", "22 Oktober 2024", "2025/07/01", ""])
def test_partial_date_parse_refuses_non_iso_or_impossible(text: str) -> None:
    assert PartialDate.parse(text) is None
