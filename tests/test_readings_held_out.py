"""Constructions met in drafts written apart from the shared sets: who a figure is credited to
when the credit comes in the next sentence, in a passive, after an aside or as "the agency"; which
title goes with which of two names; what a figure counts when it is a wave, a plan, the size of
a whole army or a count seen in pictures. Each construction in several phrasings."""

from __future__ import annotations

import pytest

from lint.findings import Finding
from lint.reading.document import PartialDate
from lint.run.engine import lint_text
from lint.run.project import Project


def found(project: Project, text: str, date: str, lang: str) -> list[tuple[int, str]]:
    return sorted((f.line, f.kind) for f in _lint(project, text, date, lang))


def _lint(project: Project, text: str, date: str, lang: str) -> list[Finding]:
    return lint_text(text, project, "draft.md", PartialDate.parse(date), lang)


def _check(project: Project, text: str, date: str, lang: str, expected: list[tuple[int, str]]) -> None:
    got = found(project, text, date, lang)
    assert got == sorted(expected), [f"{f.line} {f.kind}: {f.message}" for f in _lint(project, text, date, lang)]


# --- the credit in the next sentence, which opens on the figure ---------------------------------

NEXT_SENTENCE = [
    (
        "Sekitar 600 tentara Korea Utara tewas di Kursk. Angka itu diungkap Badan Intelijen Nasional Korea Selatan.",
        "id",
        [],
    ),
    ("Sekitar 600 tentara Korea Utara tewas di Kursk. Jumlah tersebut disampaikan NIS kepada parlemen.", "id", []),
    ("Sekitar 600 tentara Korea Utara tewas di Kursk. Data itu dipaparkan NIS dalam rapat tertutup.", "id", []),
    ("Sekitar 600 tentara Korea Utara tewas di Kursk. Hal itu diungkapkan NIS, Rabu (30/4/2025).", "id", []),
    (
        "About 600 North Korean soldiers have been killed in Kursk. The figure was disclosed by South Korea's "
        "National Intelligence Service.",
        "en",
        [],
    ),
    (
        "About 600 North Korean soldiers have been killed in Kursk. The estimate was given by South Korea's "
        "National Intelligence Service in a closed-door briefing.",
        "en",
        [],
    ),
    # the next sentence speaks of the figure, but credits it to no one
    (
        "Sekitar 600 tentara Korea Utara tewas di Kursk. Informasi ini muncul setelah Ukraina merilis video.",
        "id",
        [(1, "unattributed")],
    ),
    (
        "Sekitar 600 tentara Korea Utara tewas di Kursk. Angka itu belum dapat diverifikasi.",
        "id",
        [(1, "unattributed")],
    ),
    (
        "About 600 North Korean soldiers have been killed in Kursk. The figure could not be verified.",
        "en",
        [(1, "unattributed")],
    ),
    # in another paragraph it is another matter
    (
        "Sekitar 600 tentara Korea Utara tewas di Kursk.\n\nAngka itu diungkap NIS pekan lalu.",
        "id",
        [(1, "unattributed")],
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), NEXT_SENTENCE)
def test_a_figure_credited_in_the_next_sentence(
    project: Project, text: str, lang: str, expected: list[tuple[int, str]]
) -> None:
    _check(project, text, "2025-05-01", lang, expected)


# --- passives, asides and inverted verbs ---------------------------------------------------------

SOURCES = [
    # a verb inside an agentless passive has no subject that speaks
    (
        "The first 1,500 North Korean soldiers were reported to have reached Russia's Far East.",
        "2024-11-12",
        [(1, "unattributed")],
    ),
    ("Some 600 North Korean soldiers were reported killed in Kursk.", "2025-07-01", [(1, "unattributed")]),
    ("More than 10,000 North Korean troops are said to be fighting in Kursk.", "2025-03-01", [(1, "unattributed")]),
    # ... and its agent follows a cue
    ("The toll was estimated by the National Intelligence Service at about 600 in April.", "2025-07-01", []),
    (
        "About 600 North Korean soldiers have been killed, as confirmed by South Korea's National Intelligence Service.",
        "2025-07-01",
        [],
    ),
    # "puts at", "pegs at"
    ("The force, which Western intelligence puts at about 11,000 troops, has moved to Kursk.", "2025-07-10", []),
    ("Western intelligence pegs the North Korean contingent at about 11,000 troops.", "2025-07-10", []),
    # a verb with its own subject before it, an aside between: no inverted "said X"
    (
        "Sergei Shoigu, the secretary of Russia's Security Council, said Kim had agreed to send 1,000 sappers to Kursk.",
        "2025-06-20",
        [],
    ),
    ("Sergei Shoigu said Kim had agreed to send 1,000 sappers to Kursk.", "2025-06-20", []),
    # an inverted "said X" after a clause
    (
        "North Korea has sent more than 10,000 troops to Russia, said South Korea's National Intelligence Service.",
        "2025-03-01",
        [],
    ),
    (
        "North Korea has sent more than 10,000 troops to Russia, said Kyrylo Budanov.",
        "2025-03-01",
        [(1, "misattribution")],
    ),
    # a date after an estimate's noun is when, not whose
    (
        "Menurut NIS, sekitar 2.000 tentara Korea Utara kini tewas, naik dari taksiran April lalu, yakni sekitar 600 orang.",
        "2025-09-02",
        [(1, "unverified")],
    ),
    # when, not whose: "setelah pengumuman Putin"
    (
        "Setelah pengumuman Putin, sekitar 15.000 tentara Korea Utara tiba di Kursk.",
        "2025-08-01",
        [(1, "unattributed")],
    ),
    ("Usai pengumuman Kremlin, sekitar 15.000 tentara Korea Utara tiba di Kursk.", "2025-08-01", [(1, "unattributed")]),
]


@pytest.mark.parametrize(("text", "date", "expected"), SOURCES)
def test_who_gives_a_figure(project: Project, text: str, date: str, expected: list[tuple[int, str]]) -> None:
    lang = "id" if any(w in text for w in ("tentara", "Menurut", "Setelah", "Usai")) else "en"
    _check(project, text, date, lang, expected)


BODY_NAMED_BEFORE = (
    "Sekitar 600 tentara Korea Utara tewas. Angka itu diungkap Badan Intelijen Nasional Korea Selatan.\n\n"
    "Melalui kantor berita KCNA, Pyongyang pada Senin (28/4) mengakui pengiriman pasukannya.\n\n"
    "Jumlah tentara Korut yang tewas di Kursk diperkirakan sekitar 800 orang, menurut badan intelijen itu.\n"
)


def test_a_body_pointed_back_at_by_its_kind_is_the_one_of_that_kind(project: Project) -> None:
    findings = _lint(project, BODY_NAMED_BEFORE, "2025-05-01", "id")
    # NIS gave 600, and now "the intelligence agency" gives 800: the draft disagrees with itself
    assert [(f.line, f.kind) for f in findings if f.kind in ("inconsistent", "misattribution")] == [(5, "inconsistent")]


# --- which name a title goes with ----------------------------------------------------------------

TITLES = [
    ("Kim attended a parade with Chinese President Xi Jinping and Putin.", "2025-09-03", "en", []),
    ("Kim menghadiri parade bersama Presiden China Xi Jinping dan Putin.", "2025-09-03", "id", []),
    ("Presiden Rusia Vladimir Putin dan Xi Jinping tiba di Beijing.", "2025-09-03", "id", []),
    ("Menteri Pertahanan Rusia Sergei Shoigu dan Kim bertemu.", "2025-09-03", "id", [(1, "contradiction")]),
]


@pytest.mark.parametrize(("text", "date", "lang", "expected"), TITLES)
def test_a_title_before_two_names_is_the_first_ones(
    project: Project, text: str, date: str, lang: str, expected: list[tuple[int, str]]
) -> None:
    _check(project, text, date, lang, expected)


# --- what a figure counts ------------------------------------------------------------------------

COUNTS = [
    # builders, however the noun phrase is built
    ("Menurut Shoigu, Korea Utara akan mengirim 5.000 tentara pembangun militer ke Kursk.", "2025-06-20", "id", []),
    ("Menurut Shoigu, Korea Utara akan mengirim 5.000 tentara pembangun ke Kursk.", "2025-06-20", "id", []),
    ("Menurut Shoigu, Korea Utara akan mengirim 5.000 pembangun militer ke Kursk.", "2025-06-20", "id", []),
    # the size of a whole army: no measure of the story's
    (
        "Budanov warned that the experience will spread through North Korea's army of some 1.2 million troops.",
        "2025-07-02",
        "en",
        [],
    ),
    (
        "Tentara Rakyat Korea, menurut buku putih Korea Selatan, berkekuatan sekitar 1,28 juta personel aktif.",
        "2025-11-20",
        "id",
        [],
    ),
    # ... but a figure that says it was sent is one, however large
    ("Menurut Budanov, 1,2 juta tentara Korea Utara telah dikirim ke Rusia.", "2025-07-02", "id", [(1, "unverified")]),
]


@pytest.mark.parametrize(("text", "date", "lang", "expected"), COUNTS)
def test_what_a_figure_counts(
    project: Project, text: str, date: str, lang: str, expected: list[tuple[int, str]]
) -> None:
    _check(project, text, date, lang, expected)


# --- a draft's figures against each other --------------------------------------------------------

ITSELF = [
    # a bound in the headline and the count in the body: one count
    (
        "Lebih dari 1.000 Tentara Korut Tewas atau Terluka\n\nMenurut JCS, sekitar 1.100 tentara Korea Utara tewas atau terluka.",
        [],
    ),
    # more beside a count, one wave of it, or a plan: no other count of the same whole
    (
        "Menurut NIS, Korea Utara mengirim 1.500 tentara tambahan ke Rusia.\n\n"
        "Menurut NIS, Korea Utara sejauh ini mengirim sekitar 3.000 tentara ke Rusia.",
        [(3, "unverified")],
    ),
    (
        "Menurut NIS, Korea Utara sejauh ini mengirim sekitar 3.000 tentara ke Rusia.\n\n"
        "Gelombang pertama, sekitar 1.500 tentara, menurut NIS diangkut kapal Rusia.",
        [(1, "unverified")],
    ),
    (
        "Menurut NIS, Korea Utara sejauh ini mengirim sekitar 3.000 tentara ke Rusia.\n\n"
        "Menurut NIS, Korea Utara akan mengirim sekitar 10.000 tentara hingga Desember.",
        [(1, "unverified")],
    ),
    # but "more than 10.000" after "25.000" from the same source is another count
    (
        "Menurut NIS, 25.000 tentara Korea Utara telah dikerahkan ke Rusia.\n\n"
        "Menurut NIS, lebih dari 10.000 tentara Korea Utara telah dikerahkan ke Rusia.",
        [(1, "unverified"), (3, "inconsistent"), (3, "outdated")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ITSELF)
def test_a_drafts_figures_against_each_other(project: Project, text: str, expected: list[tuple[int, str]]) -> None:
    date = "2024-12-20" if "3.000" in text else "2025-07-01"  # NIS's 3.000: months after its 1.500
    _check(project, text, date, "id", expected)


def test_a_headlines_figure_the_body_gives_again_is_noted_once(project: Project) -> None:
    text = "Intelijen Korsel: 2.000 Tentara Korut Tewas Bela Rusia\n\nMenurut NIS, sekitar 2.000 tentara Korea Utara tewas di Kursk.\n"
    assert found(project, text, "2025-09-03", "id") == [(3, "unverified")]


# --- a count seen in pictures told of before -----------------------------------------------------

PICTURES = [
    (
        "Televisi pemerintah Korea Utara menayangkan rekaman upacara pemakaman. Dalam rekaman itu, hanya enam peti mati yang terlihat.",
        "id",
        [],
    ),
    (
        "Televisi pemerintah Korea Utara menayangkan rekaman upacara. Hanya enam peti mati yang tampak dalam tayangan tersebut.",
        "id",
        [],
    ),
    (
        "North Korean state television aired footage of the ceremony. Six coffins could be seen in the footage.",
        "en",
        [],
    ),
    # no pictures told of: whose footage?
    ("Dalam tayangan itu, hanya enam peti mati yang ditampilkan.", "id", [(1, "unattributed")]),
    # the pictures source what was seen in them, not what the sentence goes on to say
    (
        "State television aired footage of the ceremony. The footage showed six coffins, even though reports say "
        "more than 6,000 North Korean soldiers have died.",
        "en",
        [(1, "unattributed")],
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), PICTURES)
def test_a_count_seen_in_pictures_told_of_before(
    project: Project, text: str, lang: str, expected: list[tuple[int, str]]
) -> None:
    _check(project, text, "2025-07-10", lang, expected)


def test_a_body_pointed_back_at_paragraphs_after_it_was_named(project: Project) -> None:
    text = (
        "NIS memperkirakan sekitar 15.000 tentara Korut telah dikerahkan ke Rusia.\n\n"
        "Gelombang pertama dilaporkan tiba pada akhir 2024.\n\n"
        "Di luar pasukan tempur, lembaga itu menyebut kurang lebih 15.000 pekerja Korea Utara dikirim ke Rusia.\n"
    )
    assert [k for k in found(project, text, "2025-06-25", "id") if k[1] == "unattributed"] == []


REVISIONS_AND_FINDINGS = [
    # a source's revision of its own figure is new reporting, not a clash with its older record
    (
        "Menurut NIS, badan itu merevisi perkiraannya: kini sekitar 3.000 tentara Korea Utara telah dikirim ke Rusia.",
        "id",
        [(1, "unverified")],
    ),
    (
        "NIS revised its estimate, saying about 3,000 North Korean troops have now been sent to Russia.",
        "en",
        [(1, "unverified")],
    ),
    # ... which a plain second figure days later is
    ("Menurut NIS, sekitar 3.000 tentara Korea Utara telah dikirim ke Rusia.", "id", [(1, "contradiction")]),
    # what a source detected it gives
    ("NIS mendeteksi sekitar 3.000 tentara Korea Utara telah dikirim ke Rusia.", "id", [(1, "contradiction")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), REVISIONS_AND_FINDINGS)
def test_a_sources_revision_and_what_it_found(
    project: Project, text: str, lang: str, expected: list[tuple[int, str]]
) -> None:
    _check(project, text, "2024-10-25", lang, expected)


def test_a_short_line_with_no_stop_is_a_subheading(project: Project) -> None:
    text = (
        "Menurut NIS, sekitar 600 tentara Korea Utara tewas di Kursk.\n\n"
        "Enam peti mati\n\n"
        "Menurut KCNA, upacara digelar di Pyongyang.\n"
    )
    assert found(project, text, "2025-07-10", "id") == []
