"""The fact index gives what the checks would work out from the fact base themselves."""

from __future__ import annotations

from lint.facts.factbase import bounds_compatible
from lint.facts.index import cite, evidence_ref
from lint.reading.numbers import Figure
from lint.reading.people import norm_title
from lint.run.project import Project

BOUNDS = ("exact", "lower", "upper", "approx", "some other bound")


def test_every_record_is_cited_as_written_afresh(project: Project) -> None:
    index, story = project.fact_index, project.story
    for entry in project.factbase.facts.values():
        for record in entry.records:
            assert index.cites[record] == cite(story, record)
            assert index.evidence[record] == evidence_ref(story, record)
            as_of = record.as_of_date
            assert index.as_of_span(record) == (as_of.earliest(), as_of.latest())
            assert index.lineage(story, record.source) == story.lineage(record.source)


def test_matching_is_the_accepted_records_with_the_value_and_a_compatible_bound(project: Project) -> None:
    index = project.fact_index
    for fid, entry in project.factbase.facts.items():
        indexed = index.facts[fid]
        assert indexed.accepted.records == entry.accepted
        assert indexed.accepted.cites == "; ".join(dict.fromkeys(cite(project.story, r) for r in entry.accepted))
        assert indexed.accepted.displays == " | ".join(r.display for r in entry.accepted)
        if entry.type != "figure":
            continue
        assert indexed.least == min((r.number for r in entry.accepted), default=None)
        values = {r.number for r in entry.records} | {0.0, 1.5, -1.0}
        for value in values:
            for bound in BOUNDS:
                expected = tuple(r for r in entry.accepted if r.number == value and bounds_compatible(bound, r.bound))
                found = index.matching(indexed, Figure(0, 0, 0, value, bound, "", ""))
                assert found.records == expected
                assert found.evidence == tuple(index.evidence[r] for r in expected)


def test_date_facts_carry_their_dates(project: Project) -> None:
    for fid, entry in project.factbase.facts.items():
        if entry.type == "date":
            assert project.fact_index.facts[fid].dates == tuple(r.date_value for r in entry.accepted)


def test_titles_and_their_holders(project: Project) -> None:
    index = project.fact_index
    for pid, person in project.factbase.people.items():
        assert index.people[pid].titles == {norm_title(t.title) for t in person.titles}
        for t in person.titles:
            assert pid in index.title_holders[norm_title(t.title)]
