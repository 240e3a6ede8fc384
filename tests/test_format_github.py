"""``--format github``: one workflow command per finding, escaped as GitHub's toolkit escapes."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from lint.cli.main import main
from lint.findings import Finding
from lint.reports import Report
from lint.reports.base import seed_links
from lint.reports.github import COMMANDS, command, escape_data, escape_property, render_chunks
from tests.conftest import SEEDS
from tests.strategies import finding_lists

COMMAND = re.compile(r"^::(error|warning|notice)(?: ([^:]*))?::(.*)$")


def unescape(text: str) -> str:
    for code, char in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(code, char)
    return text


def parse(line: str) -> tuple[str, dict[str, str], str]:
    match = COMMAND.match(line)
    assert match, line
    props = dict(p.split("=", 1) for p in match[2].split(",")) if match[2] else {}
    return match[1], {k: unescape(v) for k, v in props.items()}, unescape(match[3])


def run(*args: str) -> tuple[int, list[str]]:
    result = CliRunner().invoke(main, ["lint", "--format", "github", *args])
    return result.exit_code, result.stdout.splitlines()


def test_escaping_follows_the_toolkit() -> None:
    assert escape_data("50% naik\r\nbaris: dua, tiga") == "50%25 naik%0D%0Abaris: dua, tiga"
    assert escape_property("drafts/a,b:c%.md\n") == "drafts/a%2Cb%3Ac%25.md%0A"


@given(st.text())
def test_escaping_round_trips_and_leaves_no_separator(text: str) -> None:
    prop, data = escape_property(text), escape_data(text)
    assert unescape(prop) == text and unescape(data) == text
    assert not set(":,\r\n") & set(prop)
    assert not set("\r\n") & set(data)


def test_command_with_hostile_values() -> None:
    line = command("error", "a\nb %", file="x,y:z.md", line=3, title="t: 1, 2")
    assert line == "::error file=x%2Cy%3Az.md,line=3,title=t%3A 1%2C 2::a%0Ab %25"
    assert parse(line) == ("error", {"file": "x,y:z.md", "line": "3", "title": "t: 1, 2"}, "a\nb %")


def test_one_annotation_per_finding_on_the_seeds() -> None:
    code, lines = run(str(SEEDS))
    assert code == 1
    report = json.loads(CliRunner().invoke(main, ["lint", "--format", "json", str(SEEDS)]).stdout)
    commands = [parse(line) for line in lines if line.startswith("::")]
    assert len(commands) == len(report["findings"]) == len(lines) - 1
    for (level, props, message), f in zip(commands, report["findings"], strict=True):
        assert level == {"error": "error", "warning": "warning", "info": "notice"}[f["severity"]]
        assert props == {
            "file": f["path"],
            "line": str(f["line"]),
            "col": str(f["column"]),
            "endLine": str(f["end_line"]),
            "endColumn": str(f["end_column"]),
            "title": f"factlint {f['kind']} [{f['rule']}]",
        }
        assert message == f["message"] + (f"\nsuggestion: {f['suggestion']}" if f["suggestion"] else "")
    assert lines[-1].startswith("factlint: 5 files checked: ")
    # The README's example: seed 001 puts the treaty in June 2023.
    assert commands[0][1]["file"] == f"{SEEDS}/001_4b7a29aaf83a8626.txt"
    assert commands[0][2].startswith("Juni 2023 (= 2023-06) contradicts the settled date")
    assert any(message.endswith("\nsuggestion: Kim Jong Un") for _, _, message in commands)


def test_info_is_a_notice_and_errors_name_the_file(tmp_path: Path) -> None:
    draft = tmp_path / "d.md"
    draft.write_text(
        "---\ndate: 2025-08-01\n---\n\nMenurut Badan Intelijen Nasional Korea Selatan, lebih dari 10.000 tentara "
        "Korea Utara telah dikerahkan ke Rusia.\n",
        encoding="utf-8",
    )
    code, lines = run(str(draft), str(tmp_path / "missing.md"))
    assert code == 2
    levels = [parse(line)[0] for line in lines if line.startswith("::")]
    assert levels == ["notice", "error"]
    assert parse(lines[1]) == (
        "error",
        {"file": str(tmp_path / "missing.md"), "title": "factlint input error"},
        "no such file or directory",
    )


@settings(max_examples=200, deadline=None)
@given(finding_lists())
def test_each_finding_is_the_command_for_it(findings: list[Finding]) -> None:
    lines = list(render_chunks(Report(findings=findings, files=1)))
    for f, line in zip(findings, lines, strict=False):
        message = f.message + (f"\nsuggestion: {f.suggestion}" if f.suggestion else "")
        message += "".join(f"\nsee: {link}" for link in seed_links(f))  # the articles with an address
        expected = command(
            COMMANDS[f.severity],
            message,
            file=f.path,
            line=f.line,
            col=f.column,
            endLine=f.end_line,
            endColumn=f.end_column,
            title=f"factlint {f.kind} [{f.rule}]",
        )
        assert line == expected + "\n"
    assert len(lines) == len(findings) + 1
