"""The matching stage: which facts a draft's claims are about and which records they agree with."""

from __future__ import annotations

from lint.facts.matching import Matches, match
from lint.reading.document import PartialDate, parse_document
from lint.run.project import Project


def matches(project: Project, text: str, date: str = "2025-07-01") -> Matches:
    doc = parse_document(text, "d.md", PartialDate.parse(date), "id")
    return match(project.reader.analyse(doc), project.fact_index, project.story)


def test_a_figure_is_matched_to_the_facts_it_counts_and_the_records_it_agrees_with(project: Project) -> None:
    (figure,) = matches(project, "Menurut NIS, sekitar 600 tentara Korea Utara tewas.").figures
    assert figure.facts == ("troops-killed",)
    (fact,) = figure.matched
    assert fact.fact == "troops-killed" and fact.indexed.entry.id == "troops-killed"
    assert [r.value for r in fact.agreeing.records] == ["600"]


def test_a_figure_no_record_has_agrees_with_none_but_is_still_about_the_fact(project: Project) -> None:
    (figure,) = matches(project, "Menurut NIS, 25.000 tentara Korea Utara dikerahkan ke Rusia.").figures
    assert figure.facts == ("troops-deployed",)
    assert figure.matched[0].agreeing.records == ()
    assert len(figure.matched[0].indexed.accepted.records) >= 4
    assert figure.matched[0].verdict.kind == "unverified"  # NIS's own records are from months before


def test_what_a_figure_counts_and_whose_it_is_decide_its_facts(project: Project) -> None:
    ukrainian, builders = matches(
        project, "Sekitar 3.000 tentara Ukraina tewas. Korea Utara mengirim 5.000 pekerja konstruksi militer."
    ).figures
    assert ukrainian.facts == () and ukrainian.matched == ()
    assert builders.facts == ("builders-pledged",)


def test_a_range_agrees_with_every_record_inside_it(project: Project) -> None:
    (figure,) = matches(project, "Menurut NIS, antara 10.000 hingga 12.000 tentara Korea Utara dikerahkan.").figures
    assert {r.value for r in figure.matched[0].agreeing.records} >= {"10000", "11000"}


def test_a_dated_claim_is_matched_to_its_fact(project: Project) -> None:
    found = matches(project, "Perjanjian pertahanan itu ditandatangani pada Juni 2023.")
    (dated,) = found.dates
    assert dated.claim.fact == "treaty-signed" and dated.indexed is not None
    assert dated.indexed.entry.canonical == "2024-06"
