"""The conventions editors' tools follow (ruff, flake8): choosing rules on the command line, a
report to a file, an exit status that can be told to stay 0, --diff and --fix that say what they
did, -q, colour on a terminal, plurals, the rules listed, and help with examples."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from lint.cli.main import main

SHIPPED_RULES = Path(__file__).resolve().parent.parent / "rules"

FRONT = "---\ndate: 2025-07-01\n---\n\n"
# line 5: a contradiction (error); line 7: an unattributed figure (warning); line 9: a spelling (warning)
DRAFT = (
    FRONT
    + "Perjanjian pertahanan Rusia dan Korea Utara diteken pada Juni 2023.\n\n"
    + "Sekitar 11.000 tentara Korea Utara kini bertempur di Kursk.\n\n"
    + "Pemimpin Korea Utara Kim Jong-Un menyambut Shoigu.\n"
)


def run(*args: str, color: bool = False) -> Result:
    return CliRunner().invoke(main, list(args), color=color)


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "draft.md"
    path.write_text(DRAFT, encoding="utf-8")
    return path


def kinds(stdout: str) -> list[str]:
    return re.findall(r":\d+:\d+: \w+ ([\w-]+) \[", stdout)


def test_select_and_ignore_choose_rules_by_id_or_kind(draft: Path) -> None:
    assert kinds(run("lint", str(draft)).stdout) == ["contradiction", "unattributed", "spelling"]
    assert kinds(run("lint", "--select", "spelling,unattributed", str(draft)).stdout) == ["unattributed", "spelling"]
    assert kinds(run("lint", "--select", "name-spelling", str(draft)).stdout) == ["spelling"]
    assert kinds(run("lint", "--ignore", "spelling", "--ignore", "figure-unattributed", str(draft)).stdout) == [
        "contradiction"
    ]
    only_warnings = run("lint", "--select", "spelling", str(draft))
    assert only_warnings.exit_code == 0  # no error is left to fail on


def test_select_replaces_the_configs_and_ignore_adds_to_it(tmp_path: Path, draft: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".factlint.yaml").write_text("select: [contradiction]\nignore: [spelling]\n", encoding="utf-8")
    assert kinds(run("lint", str(draft)).stdout) == ["contradiction"]
    assert kinds(run("lint", "--select", "unattributed,contradiction", str(draft)).stdout) == [
        "contradiction",
        "unattributed",
    ]
    assert kinds(run("lint", "--select", "spelling", str(draft)).stdout) == []  # the config still ignores it


def test_an_unknown_rule_name_is_a_usage_error_naming_the_option(draft: Path) -> None:
    result = run("lint", "--select", "spelling,speling", str(draft))
    assert result.exit_code == 2
    assert result.stderr == "factlint: error: --select: no rule or kind is named 'speling'\n"
    result = run("lint", "--ignore", "nothing", str(draft))
    assert result.stderr == "factlint: error: --ignore: no rule or kind is named 'nothing'\n"


def test_output_file_takes_the_report_and_exit_zero_the_status(tmp_path: Path, draft: Path) -> None:
    out = tmp_path / "reports" / "report.json"
    result = run("lint", "--format", "json", "-o", str(out), "--exit-zero", str(draft))
    assert result.exit_code == 0
    assert result.stdout == ""
    report = json.loads(out.read_text(encoding="utf-8"))
    assert [f["kind"] for f in report["findings"]] == ["contradiction", "unattributed", "spelling"]
    assert run("lint", str(draft)).exit_code == 1
    missing = tmp_path / "nope.md"
    assert run("lint", "--exit-zero", str(missing)).exit_code == 2  # an input error is still one


def test_diff_exits_1_when_it_has_a_change_and_changes_nothing(tmp_path: Path, draft: Path) -> None:
    result = run("lint", "--diff", str(draft))
    assert result.exit_code == 1
    assert result.stdout.splitlines()[:2] == [f"--- a/{draft}", f"+++ b/{draft}"]
    assert "-Pemimpin Korea Utara Kim Jong-Un menyambut Shoigu." in result.stdout
    assert "+Pemimpin Korea Utara Kim Jong Un menyambut Shoigu." in result.stdout
    assert draft.read_text(encoding="utf-8") == DRAFT
    clean = tmp_path / "clean.md"
    clean.write_text(FRONT + "Perjanjian pertahanan Rusia dan Korea Utara diteken pada Juni 2023.\n", encoding="utf-8")
    nothing = run("lint", "--diff", str(clean))
    assert (nothing.exit_code, nothing.stdout) == (0, "")  # an error, but nothing to fix


def test_fix_reports_what_it_fixed_and_only_what_is_left(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "style.yaml").write_text(
        "rules:\n  - id: house-style\n    kind: spelling\n    options:\n"
        "      replace:\n        - {pattern: '\\bKorut\\b', with: 'Korea Utara'}\n",
        encoding="utf-8",
    )
    path = tmp_path / "d.md"
    # the fix lengthens the line: what is left after it is reported where it now stands
    path.write_text(FRONT + "Tentara Korut tiba. Kim Jong-Un menyambut Shoigu. Korut lagi.\n", encoding="utf-8")
    both = ("--rules", str(SHIPPED_RULES), "--rules", str(rules))
    result = run("lint", "--fix", *both, "--select", "house-style,name-spelling", str(path))
    assert result.exit_code == 0, result.output
    assert result.stderr == f"factlint: fixed 3 findings in {path}\n"
    assert result.stdout == "1 file checked: no findings (3 fixed)\n"
    assert path.read_text(encoding="utf-8").endswith(
        "Tentara Korea Utara tiba. Kim Jong Un menyambut Shoigu. Korea Utara lagi.\n"
    )

    path.write_text(
        FRONT + "Kapal Korut tiba. Sekitar 11.000 tentara Korea Utara kini bertempur di Kursk.\n", encoding="utf-8"
    )
    left = run("lint", "--fix", *both, str(path))
    (line,) = [line for line in left.stdout.splitlines() if "unattributed" in line]
    fixed = path.read_text(encoding="utf-8").splitlines()[4]
    assert fixed.startswith("Kapal Korea Utara tiba. Sekitar 11.000")
    assert line.startswith(f"{path}:5:{fixed.index('Sekitar') + 1}: warning unattributed")
    assert "house-style" not in left.stdout and left.stdout.endswith("1 warning (1 fixed)\n")


def test_quiet_prints_the_findings_only(draft: Path) -> None:
    loud = run("lint", str(draft)).stdout
    quiet = run("lint", "-q", str(draft)).stdout
    assert loud.endswith("1 file checked: 1 error, 2 warnings\n")
    assert quiet == loud.removesuffix("1 file checked: 1 error, 2 warnings\n")
    assert run("lint", "-q", "--format", "github", str(draft)).stdout.count("factlint:") == 0


@pytest.mark.parametrize(
    ("counts", "summary"),
    [
        ("Kim Jong-Un menyambut Shoigu.\n", "1 file checked: 1 warning"),
        ("Kim Jong-Un menyambut Shoigu. Kim Jong-Un pulang.\n", "1 file checked: 2 warnings"),
        ("Pakta diteken pada Juni 2023. Pakta itu diteken pada Juni 2023.\n", "1 file checked: 2 errors"),
        ("Cuaca cerah.\n", "1 file checked: no findings"),
    ],
)
def test_the_summary_says_plurals_right(tmp_path: Path, counts: str, summary: str) -> None:
    path = tmp_path / "d.md"
    path.write_text(FRONT + counts, encoding="utf-8")
    assert run("lint", str(path)).stdout.splitlines()[-1] == summary


def test_colour_when_asked_never_when_told_not_to(draft: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    painted = run("lint", "--color", "always", str(draft), color=True).stdout
    assert "\x1b[1;31merror\x1b[0m" in painted and "\x1b[1;33mwarning\x1b[0m" in painted
    assert "\x1b[1;31mJuni 2023\x1b[0m" in painted  # the flagged words in the excerpt
    assert "\x1b[" not in run("lint", "--color", "never", str(draft), color=True).stdout
    # auto: not a terminal here, so none; NO_COLOR is honoured even so
    assert "\x1b[" not in run("lint", str(draft), color=True).stdout
    monkeypatch.setenv("FORCE_COLOR", "1")  # a pipe whose reader shows colour (a CI log)
    assert run("lint", str(draft), color=True).stdout == painted
    report = draft.parent / "report.txt"
    run("lint", "-o", str(report), str(draft), color=True)
    assert "\x1b[" not in report.read_text(encoding="utf-8")  # never into a file, unless --color always
    monkeypatch.setenv("NO_COLOR", "1")  # wins over FORCE_COLOR
    assert "\x1b[" not in run("lint", "--color", "auto", str(draft), color=True).stdout
    # a plain copy of what is painted is the uncoloured report
    assert re.sub(r"\x1b\[[0-9;]*m", "", painted) == run("lint", str(draft)).stdout


def test_rules_list_says_what_runs_under_the_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".factlint.yaml").write_text("ignore: [outdated]\nseverity:\n  unattributed: error\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("rules", "list")
    assert result.exit_code == 0, result.output
    heads = [line.split()[:3] for line in result.stdout.splitlines() if not line.startswith(" ")]
    assert ["figure-unattributed", "unattributed", "error"] in heads
    assert heads[-1] == ["figure-outdated", "outdated", "off"]
    assert "    A figure about the story with no named or clearly identified source" in result.stdout
    data = json.loads(run("rules", "list", "--format", "json").stdout)
    assert {r["id"]: r["runs"] for r in data}["figure-outdated"] is False


def test_help_lists_whole_descriptions_and_examples() -> None:
    top = run("--help").stdout
    assert "..." not in top.split("Commands:")[1]
    assert "Examples:" in top and "factlint rules list" in top
    lint_help = run("lint", "--help").stdout
    for option in ("--select", "--ignore", "--exclude", "--output-file", "--exit-zero", "--quiet", "--color"):
        assert option in lint_help
    assert "factlint lint draft.md --diff" in lint_help
