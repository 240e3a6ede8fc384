"""``--format sarif``: valid SARIF 2.1.0 (the official schema, vendored in tests/data), one
result per finding, rule metadata for every rule that fired, evidence carried along."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import hypothesis.strategies as st
import jsonschema
import pytest
from click.testing import CliRunner
from hypothesis import given, settings

from lint.cli.main import main
from lint.findings import Finding
from lint.reading.document import PartialDate
from lint.reports import Report, renderer, sarif
from lint.reports.base import FileError, UnusedSuppression
from lint.reports.sarif import artifact_uri
from lint.run.engine import lint_text
from lint.run.project import Project
from tests.conftest import SEEDS, SHARED_EXAMPLES
from tests.strategies import finding_lists

SCHEMA_FILE = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
SCHEMA_SHA256 = "ad389db5a66fad5c131178b0e1f18600ac625616cd5ea20a00ee8ee246dc7069"
DRAFTS = SHARED_EXAMPLES / "drafts"
SHARED_DRAFTS = sorted(DRAFTS.glob("*.md")) if DRAFTS.is_dir() else []
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


@pytest.fixture(scope="module")
def sarif_validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    # Formats are checked too (uri, uri-reference), through rfc3986-validator.
    assert "uri-reference" in jsonschema.Draft202012Validator.FORMAT_CHECKER.checkers
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def cli(fmt: str, *args: str) -> dict[str, Any]:
    result = CliRunner().invoke(main, ["lint", "--format", fmt, *args])
    assert result.exit_code in (0, 1, 2), result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def schema_errors(validator: jsonschema.Draft202012Validator, log: dict[str, Any]) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(log)]


def check_against_json_report(log: dict[str, Any], report: dict[str, Any]) -> None:
    """The SARIF log says what the JSON report says: same findings, same places, same evidence."""
    assert log["version"] == "2.1.0" and log["$schema"].endswith("sarif-schema-2.1.0.json")
    assert len(log["runs"]) == 1
    run = log["runs"][0]
    results, rules = run["results"], run["tool"]["driver"]["rules"]
    findings = report["findings"]
    assert len(results) == len(findings)
    assert [r["id"] for r in rules] == list(dict.fromkeys(f["rule"] for f in findings))
    for result, f in zip(results, findings, strict=True):
        assert result["ruleId"] == f["rule"] == rules[result["ruleIndex"]]["id"]
        assert result["level"] == LEVELS[f["severity"]]
        assert result["message"]["text"] == f["message"]
        (location,) = result["locations"]
        physical = location["physicalLocation"]
        assert physical["artifactLocation"]["uri"] == artifact_uri(f["path"])
        assert physical["region"] == {
            "startLine": f["line"],
            "startColumn": f["column"],
            "endLine": f["end_line"],
            "endColumn": f["end_column"],
            "snippet": {"text": f["text"]},
        }
        assert result["properties"]["kind"] == f["kind"]
        assert result["properties"]["evidence"] == f["evidence"]
        related = result.get("relatedLocations", [])
        assert [
            (r["physicalLocation"]["artifactLocation"]["uri"], r["physicalLocation"]["region"]["startLine"])
            for r in related
        ] == [(e["seed"], e["line"]) for e in f["evidence"]]
        assert all(
            r["physicalLocation"]["region"]["snippet"]["text"] == e["quote"]
            for r, e in zip(related, f["evidence"], strict=True)
        )
        assert ("fixes" in result) == (f["suggestion"] is not None)
    for rule in rules:
        fired = [f for f in findings if f["rule"] == rule["id"]]
        assert rule["defaultConfiguration"]["level"] == LEVELS[fired[0]["severity"]]
        assert rule["properties"]["kind"] == fired[0]["kind"]
        assert rule["name"] and rule["shortDescription"]["text"]


def test_vendored_schema_is_the_upstream_file() -> None:
    assert hashlib.sha256(SCHEMA_FILE.read_bytes()).hexdigest() == SCHEMA_SHA256


@pytest.mark.skipif(not SHARED_DRAFTS, reason="../shared/examples/drafts is not present")
@pytest.mark.parametrize("draft", SHARED_DRAFTS, ids=lambda p: p.name)
def test_shared_examples_give_valid_sarif(sarif_validator: jsonschema.Draft202012Validator, draft: Path) -> None:
    log = cli("sarif", str(draft))
    assert schema_errors(sarif_validator, log) == []
    check_against_json_report(log, cli("json", str(draft)))


def test_seeds_give_valid_sarif_with_rules_and_evidence(sarif_validator: jsonschema.Draft202012Validator) -> None:
    log = cli("sarif", str(SEEDS))
    assert schema_errors(sarif_validator, log) == []
    report = cli("json", str(SEEDS))
    assert report["findings"]
    check_against_json_report(log, report)
    run = log["runs"][0]
    contradiction = next(r for r in run["results"] if r["ruleId"] == "figure-contradicts-facts")
    assert contradiction["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uriBaseId"] == "STORY"
    rule = run["tool"]["driver"]["rules"][contradiction["ruleIndex"]]
    assert rule["shortDescription"]["text"].startswith("A figure that disagrees with a single-valued fact")
    spelling = next(r for r in run["results"] if r["ruleId"] == "name-spelling")
    (change,) = spelling["fixes"][0]["artifactChanges"]
    assert change["replacements"][0]["insertedContent"]["text"] == "Kim Jong Un"


def test_all_drafts_at_once(sarif_validator: jsonschema.Draft202012Validator) -> None:
    if not SHARED_DRAFTS:
        pytest.skip("../shared/examples/drafts is not present")
    log = cli("sarif", str(DRAFTS), str(SEEDS))
    assert schema_errors(sarif_validator, log) == []
    check_against_json_report(log, cli("json", str(DRAFTS), str(SEEDS)))


def test_no_findings_and_input_errors(sarif_validator: jsonschema.Draft202012Validator, tmp_path: Path) -> None:
    clean = tmp_path / "clean draft.md"
    clean.write_text("---\ndate: 2025-07-01\n---\nCuaca hari ini cerah.\n", encoding="utf-8")
    log = cli("sarif", str(clean), str(tmp_path / "missing.md"))
    assert schema_errors(sarif_validator, log) == []
    run = log["runs"][0]
    assert run["results"] == [] and run["tool"]["driver"]["rules"] == []
    (invocation,) = run["invocations"]
    assert invocation["executionSuccessful"] is False
    (note,) = invocation["toolExecutionNotifications"]
    assert note["level"] == "error" and note["message"]["text"] == "no such file or directory"


def test_formatter_without_rule_metadata(sarif_validator: jsonschema.Draft202012Validator, project: Project) -> None:
    """Used as a library with a bare Report, the formatter still describes each rule."""
    findings = lint_text(
        "Perjanjian pertahanan Rusia dan Korea Utara ditandatangani pada Juni 2023.",
        project,
        "drafts/juni 2023.md",
        PartialDate(2025, 7, 1),
    )
    log = json.loads("".join(renderer("sarif")(Report(findings=findings, files=1))))
    assert schema_errors(sarif_validator, log) == []
    (rule,) = log["runs"][0]["tool"]["driver"]["rules"]
    assert rule["id"] == "figure-contradicts-facts" and rule["properties"]["kind"] == "contradiction"
    (result,) = log["runs"][0]["results"]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "drafts/juni%202023.md"
    assert result["locations"][0]["physicalLocation"]["region"]["snippet"]["text"] == "Juni 2023"


@pytest.mark.parametrize(
    "path, uri",
    [
        ("drafts/e01.md", "drafts/e01.md"),
        ("../shared/e01.md", "../shared/e01.md"),
        ("-", "-"),
        ("a draft:1.md", "a%20draft%3A1.md"),
        ("berita/é.md", "berita/%C3%A9.md"),
        ("drafts\\e01.md", "drafts/e01.md"),
        ("/srv/news/e01.md", "file:///srv/news/e01.md"),
        ("C:\\news\\e01.md", "file:///C:/news/e01.md"),
        ("berita/caf\udce9.md", "berita/caf%E9.md"),  # a Latin-1 name on disk: its bytes
        ("/srv/caf\udce9.md", "file:///srv/caf%E9.md"),
    ],
)
def test_artifact_uri(path: str, uri: str) -> None:
    assert artifact_uri(path) == uri


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="file names that are not UTF-8")
def test_a_file_name_that_is_not_utf8_in_every_format(
    sarif_validator: jsonschema.Draft202012Validator, tmp_path: Path
) -> None:
    """SARIF ended in a traceback; with a strict UTF-8 output every format did."""
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    name = os.fsencode(drafts) + b"/caf\xe9.md"
    with open(name, "wb") as handle:
        handle.write(b"Kim Jong-Un menyatakan dukungan bagi Rusia.\n")
    outputs = {}
    for fmt in ("text", "json", "sarif", "github"):
        run = subprocess.run(
            [sys.executable, "-m", "lint", "lint", "--format", fmt, "drafts"],
            capture_output=True,
            cwd=tmp_path,
            env={**os.environ, "PYTHONIOENCODING": "utf-8:strict"},
            timeout=60,
            check=False,
        )
        assert run.returncode == 0 and b"Traceback" not in run.stderr, run.stderr
        outputs[fmt] = run.stdout
    log = json.loads(outputs["sarif"].decode("utf-8"))  # valid UTF-8, valid SARIF
    assert schema_errors(sarif_validator, log) == []
    assert log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == (
        "drafts/caf%E9.md"
    )
    report = json.loads(outputs["json"].decode("utf-8"))
    assert os.fsencode(report["findings"][0]["path"]) == b"drafts/caf\xe9.md"  # the name, byte for byte
    assert outputs["text"].startswith(b"drafts/caf\xe9.md:1:1: warning spelling")


@settings(max_examples=200, deadline=None)
@given(finding_lists(), st.lists(st.tuples(st.text(), st.text()), max_size=2), st.booleans())
def test_streamed_log_is_the_whole_log(
    project: Project, findings: list[Finding], errors: list[tuple[str, str]], with_rules: bool
) -> None:
    report = Report(findings=findings, files=len(findings))
    report.errors = [FileError(path, message) for path, message in errors]
    report.unused = [UnusedSuppression("draft.md", 3, 1, "spelling")]
    if with_rules:
        report.rules = list(project.rules)
    expected = json.dumps(sarif.sarif_log(report), ensure_ascii=False, indent=2) + "\n"
    assert "".join(sarif.render_chunks(report)) == expected
    assert sarif.render(report) == expected
