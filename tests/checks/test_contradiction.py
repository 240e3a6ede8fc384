"""contradiction: figures, dates and titles that conflict with the fact base."""

from __future__ import annotations

import pytest

from tests.checks import assert_spans_match, hits
from tests.conftest import LintFn, kinds

TREATY_SEEDS = ("000_89031a1fd86b0abb.txt", "002_5255e69b3c7b895d.txt")


@pytest.mark.parametrize(
    ("draft", "date", "flagged"),
    [
        # the credited source's own record for the same measure and time says otherwise
        (
            "Menurut Badan Intelijen Nasional Korea Selatan, pada Oktober 2024 Korea Utara mengirim 3.000 tentara ke Rusia.",
            "2025-07-01",
            "3.000",
        ),
        (
            "Badan Intelijen Nasional Korea Selatan menyebut 3.000 tentara Korea Utara telah dikirim ke Rusia.",
            "2024-10-25",
            "3.000",
        ),
        (
            "Menurut NIS, Korea Utara mengirim lebih dari 12 juta peluru artileri ke Rusia.",
            "2025-07-10",
            "lebih dari 12 juta",
        ),
        # an upper bound does not match the lower-bound record "lebih dari 10.000" / "lebih dari 10 juta"
        (
            "Menurut NIS, kurang dari 10.000 tentara Korea Utara telah dikerahkan ke Rusia.",
            "2025-03-01",
            "kurang dari 10.000",
        ),
        ("Menurut NIS, kurang dari 10 juta peluru artileri dikirim ke Rusia.", "2025-07-10", "kurang dari 10 juta"),
        # a range with no record of the source's inside it, when it gave one
        (
            "Menurut NIS, antara 3.000 hingga 5.000 tentara Korea Utara dikirim ke Rusia.",
            "2024-10-25",
            "antara 3.000 hingga 5.000",
        ),
        # NIS's 15.000 workers of its April briefing, in June
        ("Menurut NIS, 12.000 pekerja Korea Utara telah dikirim ke Rusia.", "2025-06-25", "12.000"),
        # one announcement, one value: Shoigu's 1.000 sappers
        ("Menurut Shoigu, Korea Utara akan mengirim 2.000 sapper ke Kursk.", "2025-07-01", "2.000"),
    ],
)
def test_a_figure_that_its_own_source_contradicts_at_that_time(
    lint: LintFn, draft: str, date: str, flagged: str
) -> None:
    findings = lint(draft, date=date)
    assert hits(findings, "contradiction") == [(1, flagged)]
    assert_spans_match(draft, findings)


@pytest.mark.parametrize(
    ("draft", "date", "flagged"),
    [
        # a figure the fact base simply lacks: new reporting, never a contradiction
        (
            "Badan Intelijen Nasional Korea Selatan menyebut 20.000 tentara Korea Utara telah dikirim ke Rusia.",
            "2025-07-01",
            "20.000",
        ),
        ("Kyrylo Budanov mengatakan 13.000 tentara Korea Utara berlatih di Rusia timur.", "2025-07-01", "13.000"),
        ("Menurut NIS, sekitar 900 tentara Korea Utara tewas di medan perang.", "2025-07-01", "sekitar 900"),
        ("Menurut NIS, 12.000 pekerja Korea Utara telah dikirim ke Rusia.", "2025-10-01", "12.000"),
        # the source's own record is from months before: it may well have said more since
        (
            "Badan Intelijen Nasional Korea Selatan menyebut 3.000 tentara Korea Utara telah dikirim ke Rusia.",
            "2024-12-20",
            "3.000",
        ),
        (
            "Menurut NIS, antara 3.000 hingga 5.000 tentara Korea Utara dikirim ke Rusia.",
            "2025-07-01",
            "antara 3.000 hingga 5.000",
        ),
    ],
)
def test_a_sourced_figure_the_fact_base_lacks_is_unverified_not_a_contradiction(
    lint: LintFn, draft: str, date: str, flagged: str
) -> None:
    findings = lint(draft, date=date)
    assert hits(findings, "contradiction") == []
    assert hits(findings, "unverified") == [(1, flagged)]
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
    assert f.expected == "2024-06"
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
    assert f.message.startswith("Juni 2023 (= 2023-06) contradicts the settled date on Russia and North Korea sign")
    assert f.fact == "treaty-signed" and f.expected == "2024-06"
    assert {e.seed for e in f.evidence} == set(TREATY_SEEDS)
    # the rejected seed-001 record is not offered as evidence; seeds are named by outlet and date
    assert "Medcom" not in f.message
    assert "'tahun lalu' (unknown (reports an AFP story), 2025-02-27)" in f.message
    assert {e.outlet for e in f.evidence} == {"unknown (reports an AFP story)", "TVRINews"}


def test_a_treaty_signed_in_another_month_of_the_right_year_is_a_contradiction(lint: LintFn) -> None:
    """The signing is June 2024 (the month from one seed, the year from three); the November
    ratification is another event and is not read as the signing."""
    (f,) = lint("Perjanjian pertahanan Rusia dan Korea Utara ditandatangani pada November 2024.")
    assert (f.kind, f.text, f.expected) == ("contradiction", "November 2024", "2024-06")
    assert lint("Rusia meratifikasi perjanjian pertahanan dengan Korea Utara pada November 2024.") == []
    assert lint("Perjanjian pertahanan itu ditandatangani pada Juni 2024 di Pyongyang.") == []


def test_an_event_after_the_draft_s_date_is_no_evidence_yet(lint: LintFn) -> None:
    """A draft of May 2024 cannot be judged by a treaty signed in June 2024."""
    assert lint("Kim dan Putin akan menandatangani perjanjian pertahanan pada 2025.", date="2024-05-01") == []
    assert kinds(lint("Kim dan Putin menandatangani perjanjian pertahanan pada 2025.", date="2025-07-01")) == [
        "contradiction"
    ]


def test_figure_message_names_what_was_read_and_only_the_records_that_decide(lint: LintFn) -> None:
    draft = "Badan Intelijen Nasional Korea Selatan menyebut 3.000 tentara Korea Utara telah dikirim ke Rusia."
    (f,) = lint(draft, date="2024-10-25")
    assert f.message.startswith(
        "3.000 tentara Korea Utara contradicts South Korea's National Intelligence Service (NIS)'s own figure at that "
        "time on North Korean troops sent to Russia"
    )
    assert (
        "sekitar 1.500 tentara (South Korea's National Intelligence Service (NIS), as of 2024-10-22; Medcom"
        in f.message
    )
    assert "11.000" not in f.message  # Budanov's figure is his, not NIS's: it decides nothing here
    assert f.fact == "troops-deployed"
    assert [(e.seed, e.line, e.outlet, e.published) for e in f.evidence] == [
        ("001_4b7a29aaf83a8626.txt", 15, "Medcom (medcom.id)", "2024-10-22")
    ]
    assert all(e.quote and e.source and e.date for e in f.evidence)


@pytest.mark.parametrize(
    ("draft", "title", "reason"),
    [
        # an office of facts.yaml: its holder on the draft's date
        ("Presiden Rusia Sergei Shoigu tiba di Pyongyang.", "Presiden Rusia", "it was Vladimir Putin's"),
        ("Perdana Menteri Jepang Vladimir Putin menelepon Kim.", "Perdana Menteri Jepang", "it was Shigeru Ishiba's"),
        # a title only the seeds know: its holder in the seeds
        (
            "Kepala Pusat Komunikasi Kyrylo Budanov berbicara.",
            "Kepala Pusat Komunikasi",
            "that title belongs to Ihor Solovey",
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
    draft = "---\ntitle: x\ndate: 2025-07-01\n---\n\n# Korut Kirim Dua Ribu Penjinak Ranjau ke Kursk\n\nIsi berita.\n"
    findings = lint(draft)
    assert [(f.kind, f.line, f.column, f.text) for f in findings] == [("contradiction", 6, 15, "Dua Ribu")]
    assert_spans_match(draft, findings)
    # a multi-source figure no record has, with no source: nothing to judge it by (and a headline)
    assert lint("---\ndate: 2025-07-01\n---\n\n# 25.000 Tentara Korea Utara Dikerahkan ke Rusia\n") == []


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
    # delegations, briefings and exercises recur: another date may be another one
    other = lint("Sebuah delegasi militer senior Korea Utara bertolak ke Moskow pada 5 Juli 2025.", date="2025-08-01")
    assert kinds(other) == []


def test_an_event_announced_by_someone_else_is_not_the_known_one(lint: LintFn) -> None:
    """North Korea confirmed its troops on 28 April 2025; a Russian general's announcement two
    days before is another event, not a wrong date for it."""
    draft = (
        "Kepala Staf Umum Rusia Valery Gerasimov pada Sabtu (26/4/2025) mengumumkan Kursk telah direbut "
        "kembali berkat pasukan Korea Utara."
    )
    assert "contradiction" not in kinds(lint(draft, date="2025-05-02"))
    wrong = "Korea Utara mengonfirmasi pengiriman pasukannya ke Kursk pada Minggu (27/4/2025)."
    assert kinds(lint(wrong, date="2025-05-02")) == ["contradiction"]
