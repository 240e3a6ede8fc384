"""misattribution: a figure the fact base knows, credited to a source that did not give it."""

from __future__ import annotations

import pytest

from tests.checks import assert_spans_match, hits
from tests.conftest import LintFn, kinds

# facts.yaml's English names of the sources these tests credit (a message in English shows them)
ENGLISH = {
    "Badan Intelijen Nasional Korea Selatan (NIS)": "South Korea's National Intelligence Service (NIS)",
    "Penilaian Korea Selatan, AS, dan Ukraina": "Joint assessment of South Korea, the US and Ukraine",
    "Intelijen Barat": "Western intelligence",
    "Amerika Serikat": "United States",
}


@pytest.mark.parametrize(
    ("draft", "flagged", "credited", "right"),
    [
        (
            "Menurut Sergei Shoigu, sekitar 15.000 tentara Korea Utara telah dikerahkan ke Rusia.",
            "sekitar 15.000",
            "Sergei Shoigu",
            "Penilaian Korea Selatan, AS, dan Ukraina",
        ),
        (
            "Intelijen Barat menyebut sekitar 1.500 tentara Korea Utara dikirim ke Rusia.",
            "sekitar 1.500",
            "Intelijen Barat",
            "Badan Intelijen Nasional Korea Selatan (NIS)",
        ),
        (
            "Menurut Pentagon, sekitar 600 tentara Korea Utara tewas.",
            "sekitar 600",
            "Amerika Serikat",
            "Badan Intelijen Nasional Korea Selatan (NIS)",
        ),
        (
            "Menurut Shoigu, 15.000 pekerja Korea Utara telah dikirim ke Rusia.",
            "15.000",
            "Sergei Shoigu",
            "Badan Intelijen Nasional Korea Selatan (NIS)",
        ),
        (
            "Kata Putin, Korea Utara mengirim lebih dari 10 juta peluru artileri dan rudal.",
            "lebih dari 10 juta",
            "Vladimir Putin",
            "Badan Intelijen Nasional Korea Selatan (NIS)",
        ),
        # a quotation whose source follows the closing quote is attributed, here to the wrong source
        (
            '"Saat ini ada sekitar 15.000 tentara Korea Utara di Rusia," kata Sergei Shoigu.',
            "sekitar 15.000",
            "Sergei Shoigu",
            "Penilaian Korea Selatan, AS, dan Ukraina",
        ),
        # a source the story does not know, with another's figure on the very occasion of it
        (
            "Menurut Institute for the Study of War, pada April 2025 sekitar 600 tentara Korea Utara tewas.",
            "sekitar 600",
            "Institute for the Study of War",
            "Badan Intelijen Nasional Korea Selatan (NIS)",
        ),
        # one announcement, credited to someone who did not make it (whom the story does not know)
        (
            "Menteri Luar Negeri Rusia Sergei Lavrov mengatakan Korea Utara akan mengirim 1.000 sapper ke Kursk.",
            "1.000",
            "Sergei Lavrov",
            "Sergei Shoigu",
        ),
    ],
)
def test_known_figure_credited_to_the_wrong_source(
    lint: LintFn, draft: str, flagged: str, credited: str, right: str
) -> None:
    findings = lint(draft)
    assert kinds(findings) == ["misattribution"]
    assert hits(findings, "misattribution") == [(1, flagged)]
    f = findings[0]
    # the message names sources in its language (English here); ``expected`` keeps facts.yaml's first name
    said = (
        f"is credited to {ENGLISH.get(credited, credited)}, but the fact base has it from {ENGLISH.get(right, right)}"
    )
    assert said in f.message
    assert f.expected == right
    assert_spans_match(draft, findings)


def test_message_names_what_was_read_and_the_evidence_seed(lint: LintFn) -> None:
    draft = "Pembuka berita.\n\nMenurut Kyrylo Budanov, lebih dari 10.000 tentara Korea Utara dikirim ke Rusia.\n"
    (f,) = lint(draft)
    assert (f.kind, f.line, f.column, f.text) == ("misattribution", 3, 25, "lebih dari 10.000")
    assert f.message.startswith("lebih dari 10.000 tentara Korea Utara is credited to Kyrylo Budanov")
    assert (
        "(South Korea's National Intelligence Service (NIS) via AFP, as of 2025-02-27; unknown (reports an AFP story), "
        "2025-02-27)" in f.message
    )
    (e,) = f.evidence
    assert (e.seed, e.line, e.date, e.published) == ("000_89031a1fd86b0abb.txt", 2, "2025-02-27", "2025-02-27")
    assert "lebih dari 10.000 tentara Korea Utara" in e.quote
    assert f.fact == "troops-deployed"


@pytest.mark.parametrize(
    ("draft", "date"),
    [
        # NIS is part of the South Korean state: crediting Seoul is right
        ("Menurut Korea Selatan, sekitar 600 tentara Korea Utara tewas.", "2025-07-01"),
        # a news agency passing on the right source
        ("Menurut Yonhap, NIS menyebut sekitar 600 tentara Korea Utara tewas.", "2025-07-01"),
        # the source after the figure
        (
            "Sekitar 15.000 tentara Korea Utara berada di Rusia, menurut penilaian Korea Selatan, AS, dan Ukraina.",
            "2025-07-01",
        ),
        ("Sekitar 600 tentara Korea Utara tewas, kata NIS.", "2025-07-01"),
        # the right source, with its title in apposition, and a quotation closed before the source
        (
            "Kepala intelijen militer Ukraina, Kyrylo Budanov, mengatakan 11.000 tentara Korea Utara berlatih di Rusia timur.",
            "2024-11-01",
        ),
        ('"Ada 11.000 tentara Korea Utara di Rusia timur," kata Kyrylo Budanov.', "2024-11-01"),
        # a source the story does not know, with a known figure on another occasion: it may have
        # said it too (or passed it on); the figure is in the fact base, so nothing to add
        ("Menurut Institute for the Study of War, sekitar 600 tentara Korea Utara tewas.", "2025-07-01"),
        # a joint assessment's figure credited to one of its members' bodies
        ("Menurut Kyrylo Budanov, sekitar 15.000 tentara Korea Utara telah dikerahkan ke Rusia.", "2025-07-01"),
        ("Menurut NIS, sekitar 15.000 tentara Korea Utara telah dikerahkan ke Rusia.", "2025-07-01"),
        # troops there now, for troops sent: the source gave the figure
        ("Menurut Budanov, 11.000 tentara Korea Utara telah dikirim ke Rusia.", "2024-11-01"),
        # a figure no fact is about (captured) cannot be misattributed
        ("Menurut Shoigu, 300 tentara Korea Utara ditangkap pasukan Ukraina.", "2025-07-01"),
    ],
)
def test_right_or_unjudgeable_sources(lint: LintFn, draft: str, date: str) -> None:
    assert lint(draft, date=date) == []


@pytest.mark.parametrize(
    ("draft", "date"),
    [
        # Budanov's "more than 10.000" before NIS gave it (February 2025): no evidence yet
        ("Menurut Kyrylo Budanov, lebih dari 10.000 tentara Korea Utara dikirim ke Rusia.", "2024-12-01"),
        # NIS's 600 dead before April 2025
        ("Menurut Shoigu, sekitar 600 tentara Korea Utara tewas di Kursk.", "2025-03-01"),
    ],
)
def test_a_record_dated_after_the_draft_is_no_evidence_against_it(lint: LintFn, draft: str, date: str) -> None:
    assert "misattribution" not in kinds(lint(draft, date=date))


def test_same_value_for_another_fact_is_not_a_misattribution(lint: LintFn) -> None:
    # 15.000 workers is NIS's figure, 15.000 troops is the joint assessment's: NIS on workers is right
    assert (
        lint("Badan Intelijen Nasional Korea Selatan mengungkapkan 15.000 pekerja Korea Utara dikirim ke Rusia.") == []
    )


def test_only_the_misattributed_figure_in_a_paragraph_is_flagged(lint: LintFn) -> None:
    draft = (
        "Menurut NIS, sekitar 600 tentara Korea Utara tewas.\n"
        "\n"
        "Menurut Budanov, sekitar 600 tentara Korea Utara tewas.\n"
    )
    findings = lint(draft)
    assert hits(findings, "misattribution") == [(3, "sekitar 600")]
    assert kinds(findings) == ["misattribution"]
    assert_spans_match(draft, findings)
