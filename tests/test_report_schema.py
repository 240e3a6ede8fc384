"""The shipped JSON Schema describes the JSON report exactly: real reports validate, and the
schema is strict enough that a drifted report (new key, unknown kind) would not."""

from __future__ import annotations

import copy
import json
from importlib import resources
from pathlib import Path
from typing import Any

import hypothesis.strategies as st
import jsonschema
import pytest
from click.testing import CliRunner
from hypothesis import given, settings

from lint.checks.registry import KIND_NAMES as KINDS
from lint.cli.main import main
from lint.findings import SEVERITIES, Finding
from lint.reports import Report, json_report
from lint.reports.pretty import pretty
from tests.conftest import SEEDS, SHARED_EXAMPLES
from tests.strategies import finding_lists

DRAFTS = SHARED_EXAMPLES / "drafts"
SHARED_DRAFTS = sorted(DRAFTS.glob("*.md")) if DRAFTS.is_dir() else []


def load_schema() -> dict[str, Any]:
    # Read through the package, as an installed consumer would: the file ships inside lint/.
    data: dict[str, Any] = json.loads(
        resources.files("lint").joinpath("report.schema.json").read_text(encoding="utf-8")
    )
    return data


@pytest.fixture(scope="module")
def validator() -> jsonschema.protocols.Validator:
    schema = load_schema()
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def cli_report(*args: str) -> tuple[int, dict[str, Any]]:
    result = CliRunner().invoke(main, ["lint", "--format", "json", *args])
    return result.exit_code, json.loads(result.stdout)


def errors(validator: jsonschema.protocols.Validator, report: dict[str, Any]) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(report)]


def test_schema_is_draft_2020_12_for_the_current_schema_version() -> None:
    schema = load_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["properties"]["schema_version"]["const"] == json_report.SCHEMA_VERSION == 4


def test_enums_match_the_code() -> None:
    """Kinds and severities are the report's fixed vocabulary; the schema must list the same."""
    schema = load_schema()
    assert tuple(schema["$defs"]["kind"]["enum"]) == KINDS
    assert tuple(schema["$defs"]["severity"]["enum"]) == SEVERITIES
    summary = schema["properties"]["summary"]["properties"]
    assert tuple(summary["by_kind"]["required"]) == KINDS
    assert tuple(summary["by_severity"]["required"]) == SEVERITIES


@pytest.mark.skipif(not SHARED_DRAFTS, reason="../shared/examples/drafts is not present")
@pytest.mark.parametrize("draft", SHARED_DRAFTS, ids=lambda p: p.name)
def test_shared_example_reports_validate(validator: jsonschema.protocols.Validator, draft: Path) -> None:
    code, report = cli_report(str(draft))
    assert code in (0, 1)
    assert errors(validator, report) == []
    assert report["summary"]["files"] == 1


def test_seed_directory_report_validates(validator: jsonschema.protocols.Validator) -> None:
    code, report = cli_report(str(SEEDS))
    assert code == 1
    assert report["findings"], "the seeds hold known contradictions; the report must not be empty"
    assert any(f["evidence"] for f in report["findings"]), "evidence objects must be exercised too"
    assert errors(validator, report) == []


def test_input_error_report_validates(validator: jsonschema.protocols.Validator, tmp_path: Path) -> None:
    code, report = cli_report(str(tmp_path / "missing.md"))
    assert code == 2
    assert report["findings"] == [] and report["summary"]["files"] == 0
    assert report["summary"]["errors"][0]["message"] == "no such file or directory"
    assert errors(validator, report) == []


def test_unused_suppressions_validate(validator: jsonschema.protocols.Validator, tmp_path: Path) -> None:
    draft = tmp_path / "d.md"
    draft.write_text("<!-- factlint-disable-next-line spelling -->\nKim Jong Un berkunjung.\n", encoding="utf-8")
    _, report = cli_report("--report-unused-suppressions", "--date", "2025-07-01", str(draft))
    assert report["summary"]["unused_suppressions"], "the suppression above suppresses nothing"
    assert errors(validator, report) == []


@pytest.mark.parametrize(
    "mutate, where",
    [
        (lambda r: r.update(extra=1), ""),
        (lambda r: r["findings"][0].update(kind="typo"), "findings/0/kind"),
        (lambda r: r["findings"][0].update(severity="fatal"), "findings/0/severity"),
        (lambda r: r["findings"][0].pop("evidence"), "findings/0"),
        (lambda r: r["findings"][0]["evidence"][0].update(date="June 2024"), "findings/0/evidence/0/date"),
        (lambda r: r["findings"][0].update(line=0), "findings/0/line"),
        (lambda r: r["summary"]["by_kind"].update(typo=0), "summary/by_kind"),
        (lambda r: r["summary"]["by_severity"].pop("info"), "summary/by_severity"),
        (lambda r: r.update(schema_version=1), "schema_version"),
    ],
)
def test_schema_rejects_drifted_reports(validator: jsonschema.protocols.Validator, mutate: Any, where: str) -> None:
    _, report = cli_report(str(SEEDS))
    report["findings"].sort(key=lambda f: -len(f["evidence"]))  # a finding with evidence first
    broken = copy.deepcopy(report)
    mutate(broken)
    found = errors(validator, broken)
    assert found, "the schema accepted a report that no longer matches json_report.py"
    assert any(e.split(":")[0] == where for e in found), found


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(JSON_VALUES, st.sampled_from(["", "  ", "    "]))
def test_pretty_writes_what_json_dumps_writes(value: Any, pad: str) -> None:
    expected = json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + pad)
    assert pretty(value, pad) == expected


def test_streamed_report_is_the_whole_report() -> None:
    # the CLI streams the report a finding at a time; it must be the text render() makes
    runner = CliRunner()
    result = runner.invoke(main, ["lint", "--format", "json", str(SEEDS)])
    report = json.loads(result.output)
    assert report["summary"]["findings"] >= 5
    assert result.output == json.dumps(report, ensure_ascii=False, indent=2) + "\n"


@settings(max_examples=200, deadline=None)
@given(finding_lists())
def test_findings_are_written_as_json_dumps_writes_them(findings: list[Finding]) -> None:
    report = Report(findings=findings, files=len(findings))
    expected = json.dumps(json_report.report_dict(report), ensure_ascii=False, indent=2) + "\n"
    assert "".join(json_report.render_chunks(report)) == expected
    assert json_report.render(report) == expected
