"""unattributed: a figure about the story with no identified source in its sentence."""

from __future__ import annotations

import pytest

from tests.checks import assert_spans_match, hits
from tests.conftest import LintFn, kinds


@pytest.mark.parametrize(
    ("draft", "flagged", "why"),
    [
        (
            "Sekitar 11.000 tentara Korea Utara kini bertempur di Kursk.",
            "Sekitar 11.000",
            "no reporting cue such as 'menurut X' or 'kata X'",
        ),
        ("Korea Utara telah mengirim 1.000 sapper ke Kursk.", "1.000", "no reporting cue"),
        (
            "Lebih dari 10 juta peluru artileri telah dikirim Pyongyang ke Moskow.",
            "Lebih dari 10 juta",
            "no reporting cue",
        ),
        # agentless passives name nobody
        (
            "Diperkirakan lebih dari 10.000 tentara Korea Utara sudah berada di Rusia.",
            "lebih dari 10.000",
            "a passive such as 'dilaporkan' or 'disebut' names nobody",
        ),
        ("Disebutkan bahwa 15.000 pekerja Korea Utara telah tiba di Rusia.", "15.000", "a passive"),
        # a cue whose agent identifies nobody
        (
            "Menurut seorang pejabat, sekitar 600 tentara Korea Utara tewas.",
            "sekitar 600",
            "'seorang pejabat' does not identify a source",
        ),
        (
            "Sumber anonim mengatakan sekitar 600 tentara Korea Utara tewas.",
            "sekitar 600",
            "'Sumber anonim' does not identify a source",
        ),
        # a pronoun with nobody before it in the paragraph
        (
            "Ia mengatakan sekitar 600 tentara Korea Utara tewas.",
            "sekitar 600",
            "'Ia' points back to no source named earlier in the paragraph",
        ),
    ],
)
def test_figure_without_a_source(lint: LintFn, draft: str, flagged: str, why: str) -> None:
    findings = lint(draft)
    assert kinds(findings) == ["unattributed"]
    assert hits(findings, "unattributed") == [(1, flagged)]
    assert findings[0].severity == "warning"
    assert why in findings[0].message
    assert_spans_match(draft, findings)


def test_message_names_what_was_read(lint: LintFn) -> None:
    draft = "---\ndate: 2025-07-01\n---\n\nSekitar 11.000 tentara Korea Utara kini bertempur di Kursk.\n"
    (f,) = lint(draft)
    assert (f.line, f.column, f.end_column) == (5, 1, 15)
    assert f.message == (
        "Sekitar 11.000 tentara Korea Utara has no attribution in its sentence: "
        "no reporting cue such as 'menurut X' or 'kata X'"
    )
    assert f.fact == "troops-present"  # "kini bertempur": troops there now
    # nothing in the seeds is wrong here, so no evidence is cited
    assert f.evidence == () and f.expected is None


@pytest.mark.parametrize(
    ("draft", "date"),
    [
        # quotations attributed after they close, straight and curly quotes
        ('"Ada 11.000 tentara Korea Utara di Rusia timur," kata Kyrylo Budanov.', "2024-11-01"),
        ("\u201cAda 11.000 tentara Korea Utara di Rusia timur,\u201d ujar Budanov.", "2024-11-01"),
        ('"Mereka sedang berlatih. Ada 11.000 tentara Korea Utara di Rusia timur," kata Kyrylo Budanov.', "2024-11-01"),
        (
            '"Ada 11.000 tentara Korea Utara di Rusia timur," kata Budanov kepada wartawan, Selasa (22/10/2024).',
            "2024-11-01",
        ),
        # source after the figure, source before it, pronoun resolved within the paragraph
        ("Sekitar 600 tentara Korea Utara tewas, kata NIS.", "2025-07-01"),
        (
            "Badan Intelijen Nasional Korea Selatan pada April lalu menyatakan sekitar 600 tentara Korea Utara tewas.",
            "2025-07-01",
        ),
        (
            "Kyrylo Budanov mengatakan pasukan itu sudah tiba. Ia menyebut 11.000 tentara Korea Utara berlatih di Rusia timur.",
            "2024-11-01",
        ),
        # a pronoun cue after the quotation, the speaker named earlier in the paragraph
        (
            'Kyrylo Budanov mengatakan pasukan itu sudah tiba. "Ada 11.000 tentara Korea Utara di Rusia timur," ujarnya.',
            "2024-11-01",
        ),
        # numbers that count nothing the story knows: names, models, times
        ("Dewan Keamanan PBB mengesahkan Resolusi 1718 untuk menghukum Korea Utara.", "2025-07-01"),
        ("Tentara Korea Utara terlihat membawa senapan AK-12 di Kursk.", "2025-07-01"),
        ("Serangan dimulai pukul 09.15 waktu setempat di dekat Kursk.", "2025-07-01"),
    ],
)
def test_attributed_or_not_a_figure(lint: LintFn, draft: str, date: str) -> None:
    assert lint(draft, date=date) == []


@pytest.mark.parametrize(
    "headline",
    [
        "Sekitar 15.000 Tentara Korea Utara Kini Berada di Rusia",
        "# 15.000 tentara Korea Utara di Rusia",
        "## 600 Tentara Korea Utara Tewas",
    ],
)
def test_headlines_state_figures_without_sources(lint: LintFn, headline: str) -> None:
    draft = f"---\ndate: 2025-07-01\n---\n\n{headline}\n\nMenurut NIS, sekitar 600 tentara Korea Utara tewas.\n"
    assert "unattributed" not in kinds(lint(draft))


def test_headline_exemption_does_not_reach_the_body(lint: LintFn) -> None:
    draft = (
        "---\ndate: 2025-07-01\n---\n\n"
        "## 15.000 Tentara Korea Utara di Rusia\n"
        "\n"
        "Sekitar 15.000 tentara Korea Utara kini berada di Rusia.\n"
    )
    findings = lint(draft)
    assert hits(findings, "unattributed") == [(7, "Sekitar 15.000")]
    assert_spans_match(draft, findings)


def test_headline_with_a_wrong_figure_is_a_contradiction_not_unattributed(lint: LintFn) -> None:
    findings = lint("# Korut Kirim Dua Ribu Penjinak Ranjau ke Kursk\n\nIsi berita.\n")
    assert kinds(findings) == ["contradiction"]
    assert findings[0].line == 1
