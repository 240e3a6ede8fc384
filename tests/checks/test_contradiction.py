"""contradiction: figures, dates and titles that conflict with the fact base."""

from __future__ import annotations

import pytest

from tests.checks import assert_spans_match, hits
from tests.conftest import LintFn, kinds

TREATY_SEEDS = ("000_89031a1fd86b0abb.txt", "002_5255e69b3c7b895d.txt")


@pytest.mark.parametrize(
    ("draft", "flagged"),
    [
        # a troop figure no source ever gave, from a source that gave others
        (
            "Badan Intelijen Nasional Korea Selatan menyebut 20.000 tentara Korea Utara telah dikirim ke Rusia.",
            "20.000",
        ),
        ("Kyrylo Budanov mengatakan 13.000 tentara Korea Utara berlatih di Rusia timur.", "13.000"),
        # the dead, the shells, the sappers, the workers: each against its own fact
        ("Menurut NIS, sekitar 900 tentara Korea Utara tewas di medan perang.", "sekitar 900"),
        ("Menurut NIS, Korea Utara mengirim lebih dari 12 juta peluru artileri ke Rusia.", "lebih dari 12 juta"),
        ("Menurut Shoigu, Korea Utara akan mengirim 2.000 sapper ke Kursk.", "2.000"),
        ("Menurut NIS, 12.000 pekerja Korea Utara telah dikirim ke Rusia.", "12.000"),
        # an upper bound does not match the lower-bound record "lebih dari 10.000" / "lebih dari 10 juta"
        ("Menurut NIS, kurang dari 10.000 tentara Korea Utara telah dikerahkan ke Rusia.", "kurang dari 10.000"),
        ("Menurut NIS, kurang dari 10 juta peluru artileri dikirim ke Rusia.", "kurang dari 10 juta"),
        # a range with no record inside it
        ("Menurut NIS, antara 3.000 hingga 5.000 tentara Korea Utara dikirim ke Rusia.", "antara 3.000 hingga 5.000"),
    ],
)
def test_figure_that_matches_no_record(lint: LintFn, draft: str, flagged: str) -> None:
    findings = lint(draft)
    assert hits(findings, "contradiction") == [(1, flagged)]
    assert_spans_match(draft, findings)


@pytest.mark.parametrize(
    ("draft", "flagged"),
    [
        ("Perjanjian pertahanan itu diteken pada 2023.", "2023"),
        ("Invasi Rusia ke Ukraina dimulai pada Februari 2023.", "Februari 2023"),
        ("Pasukan Korea Utara ditarik dari Kursk pada Maret 2025.", "Maret 2025"),
    ],
)
def test_date_that_conflicts_with_the_settled_date(lint: LintFn, draft: str, flagged: str) -> None:
    findings = lint(draft)
    assert hits(findings, "contradiction") == [(1, flagged)]
    assert_spans_match(draft, findings)


@pytest.mark.parametrize(
    ("draft", "date", "resolved"),
    [
        # read against the draft's date: 2025 - 3 = 2022, 2026 - 1 = 2025, neither is 2024
        ("Rusia dan Korea Utara menandatangani perjanjian pertahanan tiga tahun lalu.", "2025-07-01", "2022"),
        ("Kim dan Putin menandatangani perjanjian pertahanan tahun lalu.", "2026-03-01", "2025"),
    ],
)
def test_relative_date_resolving_wrongly_against_the_drafts_date(
    lint: LintFn, draft: str, date: str, resolved: str
) -> None:
    findings = lint(draft, date=date)
    assert kinds(findings) == ["contradiction"]
    (f,) = findings
    assert f.line == 1 and f.text.endswith("tahun lalu")
    assert f"= {resolved} as of the draft's date {date}" in f.message
    assert f.expected == "2024"
    assert_spans_match(draft, findings)


@pytest.mark.parametrize(
    ("draft", "date"),
    [
        ("Kim dan Putin menandatangani perjanjian pertahanan tahun lalu.", "2025-07-01"),
        ("Kim dan Putin menandatangani perjanjian pertahanan dua tahun lalu.", "2026-03-01"),
        ("Perjanjian pertahanan itu diteken pada 2024.", "2025-07-01"),
        ("Invasi Rusia ke Ukraina dimulai pada Februari 2022.", "2025-07-01"),
        ("Pasukan Korea Utara ditarik dari Kursk sejak pertengahan Januari 2025.", "2025-07-01"),
    ],
)
def test_dates_that_agree(lint: LintFn, draft: str, date: str) -> None:
    assert lint(draft, date=date) == []


def test_treaty_message_names_the_date_read_and_the_seeds(lint: LintFn) -> None:
    draft = "Menurut sejumlah laporan, Moskow dan Pyongyang meneken pakta pertahanan pada Juni 2023."
    (f,) = lint(draft)
    assert (f.kind, f.line, f.text) == ("contradiction", 1, "Juni 2023")
    assert f.message.startswith("Juni 2023 (= 2023-06) contradicts the fact base on Russia and North Korea sign")
    assert f.fact == "treaty-signed" and f.expected == "2024"
    assert {e.seed for e in f.evidence} == set(TREATY_SEEDS)
    # the rejected seed-001 record is not offered as evidence
    assert "001_4b7a29aaf83a8626.txt" not in f.message
    assert "000_89031a1fd86b0abb.txt:7" in f.message


def test_figure_message_names_what_was_read_and_every_record(lint: LintFn) -> None:
    draft = "Badan Intelijen Nasional Korea Selatan menyebut 20.000 tentara Korea Utara telah dikirim ke Rusia."
    (f,) = lint(draft)
    assert f.message.startswith(
        "20.000 tentara Korea Utara contradicts the fact base on North Korean troops sent to Russia"
    )
    assert (
        "sekitar 15.000 tentara Korea Utara (Penilaian Korea Selatan, AS, dan Ukraina, 2025-06-19; 002_5255e69b3c7b895d.txt:14)"
        in f.message
    )
    assert f.fact == "troops-deployed"
    assert [(e.seed, e.line) for e in f.evidence] == [
        ("001_4b7a29aaf83a8626.txt", 15),
        ("001_4b7a29aaf83a8626.txt", 15),
        ("000_89031a1fd86b0abb.txt", 2),
        ("002_5255e69b3c7b895d.txt", 14),
        ("003_a3e0b40061c9393a.txt", 12),
    ]
    assert all(e.quote and e.source and e.date for e in f.evidence)


@pytest.mark.parametrize(
    ("draft", "title", "reason"),
    [
        ("Presiden Rusia Sergei Shoigu tiba di Pyongyang.", "Presiden Rusia", "that title belongs to Vladimir Putin"),
        (
            "Perdana Menteri Jepang Vladimir Putin menelepon Kim.",
            "Perdana Menteri Jepang",
            "that title belongs to Shigeru Ishiba",
        ),
        (
            "Kepala intelijen militer Rusia Kyrylo Budanov berbicara kepada wartawan.",
            "Kepala intelijen militer Rusia",
            "the seeds tie this person to ukraine, not russia",
        ),
    ],
)
def test_person_given_a_title_that_is_not_theirs(lint: LintFn, draft: str, title: str, reason: str) -> None:
    findings = lint(draft)
    assert hits(findings, "contradiction") == [(1, title)]
    assert reason in findings[0].message
    assert findings[0].fact is not None and findings[0].fact.startswith("person:")
    assert_spans_match(draft, findings)


@pytest.mark.parametrize(
    "draft",
    [
        "Presiden Rusia Vladimir Putin tiba di Pyongyang.",
        "Sekretaris Dewan Keamanan Rusia Sergei Shoigu tiba di Pyongyang.",
        "Kepala intelijen militer Ukraina Kyrylo Budanov berbicara kepada wartawan.",
        "Pemimpin Korea Utara Kim Jong Un menyambut Shoigu.",
    ],
)
def test_titles_that_are_right(lint: LintFn, draft: str) -> None:
    assert lint(draft) == []


@pytest.mark.parametrize(
    "draft",
    [
        # workers are not troops: 15.000 is the NIS figure for workers
        "Menurut NIS, 15.000 pekerja Korea Utara telah dikirim ke Rusia.",
        "Badan Intelijen Nasional Korea Selatan mencatat 15.000 buruh Korea Utara bekerja di pabrik-pabrik Rusia.",
        # captured is not deployed (nor killed)
        "Menurut militer Ukraina, 300 tentara Korea Utara ditangkap di Kursk.",
        "Menurut Shoigu, 300 tentara Korea Utara ditangkap pasukan Ukraina.",
        # the records themselves, in other words
        "NIS memperkirakan sekitar 600 tentara Korea Utara tewas di medan perang.",
        "Menurut NIS, Korea Utara mengirim lebih dari 10 juta peluru artileri ke Rusia.",
        "Shoigu mengatakan Korea Utara akan mengirim 1.000 sapper dan 5.000 pekerja konstruksi militer ke Kursk.",
        # numbers that are names, models or times
        "Dewan Keamanan PBB mengesahkan Resolusi 1718 untuk menghukum Korea Utara.",
        "Menurut Budanov, pasukan itu dilengkapi senapan AK-12 dan menyerang pada pukul 09.15.",
        "Jet tempur Su-27 terbang pukul 14.30 WIB, kata militer Ukraina.",
        "Pasal 4 perjanjian itu mewajibkan bantuan militer.",
        # an anniversary of the invasion is not its date
        "Invasi Rusia ke Ukraina genap berusia tiga tahun pada 24 Februari lalu.",
    ],
)
def test_no_contradiction(lint: LintFn, draft: str) -> None:
    assert "contradiction" not in kinds(lint(draft))


def test_lower_bound_written_as_setidaknya_matches_lebih_dari(lint: LintFn) -> None:
    findings = lint("Menurut NIS, setidaknya 10.000 tentara Korea Utara telah dikerahkan ke Rusia.", date="2025-03-01")
    assert findings == []


def test_headline_figures_are_still_checked_against_the_facts(lint: LintFn) -> None:
    draft = "---\ntitle: x\ndate: 2025-07-01\n---\n\n# 25.000 Tentara Korea Utara Dikerahkan ke Rusia\n\nIsi berita.\n"
    findings = lint(draft)
    assert [(f.kind, f.line, f.column, f.text) for f in findings] == [("contradiction", 6, 3, "25.000")]
    assert_spans_match(draft, findings)


def test_positions_count_front_matter_and_crlf(lint: LintFn) -> None:
    draft = (
        "---\r\ndate: 2025-07-01\r\n---\r\n\r\nPembuka.\r\n\r\nMenurut NIS, sekitar 900 tentara Korea Utara tewas.\r\n"
    )
    (f,) = lint(draft)
    assert (f.line, f.column, f.end_line, f.end_column) == (7, 14, 7, 25)
    assert f.text == "sekitar 900"
    assert_spans_match(draft, [f])


@pytest.mark.parametrize(
    "draft",
    [
        "Menurut militer Ukraina, 50 tentara Korea Utara tewas dalam satu serangan di Kursk.",
        "Sebanyak 12 tentara Korea Utara tiba di Moskow untuk pelatihan, kata Kremlin.",
        "Ukraina menangkap 2 tentara Korea Utara di Kursk.",
    ],
)
def test_a_small_partial_count_or_another_event_is_not_a_contradiction(lint: LintFn, draft: str) -> None:
    assert "contradiction" not in kinds(lint(draft))


def test_a_different_delegation_is_not_the_known_one(lint: LintFn) -> None:
    assert kinds(lint("Delegasi itu tiba di Moskow pada Jumat (20/6/2025).", date="2025-07-01")) == []
    flagged = lint("Sebuah delegasi militer senior Korea Utara bertolak ke Moskow pada 5 Juli 2025.", date="2025-08-01")
    assert kinds(flagged) == ["contradiction"]
