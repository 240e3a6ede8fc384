"""The factlint command on whole files: targets, formats, exit codes, input errors and a stale fact base."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from lint.cli.main import main
from tests.conftest import ROOT, SEEDS

FRONT = "---\ntitle: Uji\ndate: {date}\nlang: id\n---\n\n"
GOOD = FRONT.format(date="2025-07-01") + (
    "Menurut penilaian Korea Selatan, AS, dan Ukraina, sekitar 15.000 tentara Korea Utara telah dikerahkan ke Rusia.\n"
)
# line 7: the treaty date is wrong (error)
BAD = FRONT.format(date="2025-07-01") + "Perjanjian pertahanan Rusia dan Korea Utara diteken pada Juni 2023.\n"
# line 9: a figure with no source (warning)
WARN = (
    FRONT.format(date="2025-07-01") + "Laporan awal.\n\nSekitar 11.000 tentara Korea Utara kini bertempur di Kursk.\n"
)
# line 7: a superseded figure presented as current (info) in an August 2025 draft
INFO = FRONT.format(date="2025-08-01") + "Menurut NIS, sekitar 1.500 tentara Korea Utara telah dikirim ke Rusia.\n"

EVIDENCE_KEYS = {"seed", "line", "quote", "source", "date", "outlet", "published", "url"}
FINDING_KEYS = {
    "path",
    "line",
    "column",
    "end_line",
    "end_column",
    "rule",
    "kind",
    "severity",
    "message",
    "text",
    "fact",
    "expected",
    "evidence",
    "suggestion",
}


def run(*args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=stdin)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def drafts(tmp_path: Path) -> Path:
    root = tmp_path / "drafts"
    write(root / "good.md", GOOD)
    write(root / "bad.md", BAD)
    write(root / "warn.markdown", WARN)
    write(root / "info.md", INFO)
    write(root / "sub" / "notes.txt", "Wladimir Putin tiba di Pyongyang.\n")
    # not drafts: other extensions and hidden entries are skipped when recursing
    write(root / "sub" / "readme.rst", BAD)
    write(root / "sub" / "page.html", BAD)
    write(root / ".hidden" / "old.md", BAD)
    write(root / ".draft.md", BAD)
    return root


def report(result: Result) -> dict[str, Any]:
    data = json.loads(result.stdout)
    assert isinstance(data, dict)
    return data


# --- targets ---------------------------------------------------------------------------


def test_text_format_line_shows_position_severity_kind_rule_and_span(drafts: Path) -> None:
    path = str(drafts / "bad.md")
    result = run("lint", path)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert re.fullmatch(
        re.escape(path)
        + r":7:58: error contradiction \[figure-contradicts-facts\] Juni 2023 \(= 2023-06\) contradicts .*",
        lines[0],
    )
    assert lines[1] == "    Perjanjian pertahanan Rusia dan Korea Utara diteken pada Juni 2023."
    assert lines[2] == "    " + " " * 57 + "^" * len("Juni 2023")
    assert lines[-1] == "1 file checked: 1 error"


def test_text_format_shows_the_right_line_after_unusual_line_separators(tmp_path: Path) -> None:
    # U+2028 and form feeds do not end a line for factlint's positions, so the shown line must not either
    draft = tmp_path / "d.md"
    draft.write_text(
        "Catatan\u2028redaksi.\x0c\n\nInvasi Rusia ke Ukraina dimulai pada Februari 2023.\n", encoding="utf-8"
    )
    lines = run("lint", "--date", "2025-07-01", str(draft)).stdout.splitlines()
    assert lines[0].startswith(f"{draft}:3:38: error contradiction")
    assert lines[1] == "    Invasi Rusia ke Ukraina dimulai pada Februari 2023."
    assert lines[2] == "    " + " " * 37 + "^" * len("Februari 2023")


def test_text_format_shows_a_long_line_only_around_each_span(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A 100 KB line under each of 200 findings was 20 MB of text; a paragraph printed whole
    wrapped on the terminal, and the caret stood under the wrong words."""
    draft = tmp_path / "one-line.md"
    draft.write_text("x" * 100_000 + " Kim Jong-Un berkata." * 200 + "\n", encoding="utf-8")
    monkeypatch.setenv("COLUMNS", "80")
    result = run("lint", str(draft))
    lines = result.stdout.splitlines()
    assert len(result.stdout) < 200 * 500
    assert lines[0].startswith(f"{draft}:1:100002: warning spelling")
    # the span in a window as wide as the terminal, cut at spaces, with a caret under the span
    assert lines[1] == "    …" + "x" * 31 + " Kim Jong-Un" + " berkata. Kim Jong-Un berkata." + " …"
    assert lines[2] == "    " + " " * 33 + "^" * len("Kim Jong-Un")
    assert all(len(line) <= 80 for line in lines[1:3])
    short = tmp_path / "short.md"
    short.write_text("x" * 100 + " Kim Jong-Un berkata.\n", encoding="utf-8")
    assert run("lint", str(short)).stdout.splitlines()[1].startswith("    …")
    monkeypatch.setenv("COLUMNS", "200")  # a wide terminal shows the whole line
    assert run("lint", str(short)).stdout.splitlines()[1] == "    " + "x" * 100 + " Kim Jong-Un berkata."


def test_text_format_keeps_the_caret_under_wide_characters(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A terminal gives a CJK character two columns and a combining accent none."""
    draft = tmp_path / "wide.md"
    draft.write_text("金正恩 (Kim Jong-Un) berkata, cafe\u0301.\n", encoding="utf-8")
    monkeypatch.setenv("COLUMNS", "80")
    lines = run("lint", str(draft)).stdout.splitlines()
    assert lines[1] == "    金正恩 (Kim Jong-Un) berkata, cafe\u0301."
    assert lines[2] == "    " + " " * (6 + 2) + "^" * len("Kim Jong-Un")


def test_text_format_never_passes_a_drafts_control_characters_to_the_terminal(tmp_path: Path) -> None:
    draft = tmp_path / "escapes.md"
    draft.write_text("Kim Jong-Un\x1b]0;owned\x07 berkata \x1b[2J\x9b31m.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["lint", str(draft)], color=True)  # as on a terminal
    assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]", result.stdout)
    lines = result.stdout.splitlines()
    assert lines[1] == "    Kim Jong-Un\u241b]0;owned\u2407 berkata \u241b[2J\ufffd31m."
    assert lines[2] == "    " + "^" * len("Kim Jong-Un")


def test_a_directory_recurses_into_md_markdown_and_txt_only(drafts: Path) -> None:
    result = run("lint", "--format", "json", str(drafts))
    data = report(result)
    paths = sorted({f["path"] for f in data["findings"]})
    assert paths == sorted(str(drafts / name) for name in ("bad.md", "info.md", "sub/notes.txt", "warn.markdown"))
    assert data["summary"]["files"] == 5
    assert result.exit_code == 1


def test_files_and_directories_mixed_keep_the_order_given(drafts: Path) -> None:
    result = run("lint", "--format", "json", str(drafts / "warn.markdown"), str(drafts / "sub"), str(drafts / "bad.md"))
    data = report(result)
    order = [(f["path"], f["line"], f["kind"]) for f in data["findings"]]
    assert order == [
        (str(drafts / "warn.markdown"), 9, "unattributed"),
        (str(drafts / "sub" / "notes.txt"), 1, "spelling"),
        (str(drafts / "bad.md"), 7, "contradiction"),
    ]


def test_stdin_is_linted_as_dash() -> None:
    result = run("lint", "--date", "2025-07-01", "-", stdin="Invasi Rusia ke Ukraina dimulai pada Februari 2023.\n")
    assert result.exit_code == 1
    assert result.stdout.startswith("-:1:38: error contradiction [figure-contradicts-facts] Februari 2023")
    assert "1 file checked: 1 error" in result.stdout


def test_stdin_alongside_files(drafts: Path) -> None:
    result = run("lint", "--format", "json", str(drafts / "good.md"), "-", stdin=BAD)
    data = report(result)
    assert [(f["path"], f["line"]) for f in data["findings"]] == [("-", 7)]
    assert data["summary"]["files"] == 2


# --- the draft's date ------------------------------------------------------------------


def test_date_option_overrides_front_matter(tmp_path: Path) -> None:
    draft = write(
        tmp_path / "d.md", FRONT.format(date="2024-11-01") + "Menurut NIS, sekitar 1.500 tentara Korea Utara dikirim.\n"
    )
    assert run("lint", "--fail-on", "info", str(draft)).exit_code == 0
    result = run("lint", "--fail-on", "info", "--date", "2025-08-01", str(draft))
    assert result.exit_code == 1
    assert "info outdated [figure-outdated]" in result.stdout
    assert "as of 2025-08-01 the fact base has newer figures" in result.stdout


def test_date_option_changes_how_relative_dates_read(tmp_path: Path) -> None:
    draft = write(
        tmp_path / "d.md", FRONT.format(date="2025-07-01") + "Kedua negara meneken pakta pertahanan tahun lalu.\n"
    )
    assert run("lint", str(draft)).exit_code == 0
    result = run("lint", "--date", "2026-02-01", str(draft))
    assert result.exit_code == 1
    assert "tahun lalu (= 2025 as of the draft's date 2026-02-01)" in result.stdout


def test_bad_date_option_is_a_usage_error(drafts: Path) -> None:
    result = run("lint", "--date", "2025-13-01", str(drafts / "good.md"))
    assert result.exit_code == 2
    assert "is not a date" in result.stderr


# --- JSON report -----------------------------------------------------------------------


def test_json_report_schema(drafts: Path) -> None:
    result = run("lint", "--format", "json", str(drafts / "bad.md"), str(drafts / "sub"))
    data = report(result)
    assert data["schema_version"] == 4
    assert data["tool"]["name"] == "factlint"
    assert re.fullmatch(r"\d+\.\d+\.\d+.*", data["tool"]["version"])
    findings = data["findings"]
    assert isinstance(findings, list) and len(findings) == 2
    for f in findings:
        assert set(f) == FINDING_KEYS
        for key in ("line", "column", "end_line", "end_column"):
            assert isinstance(f[key], int) and f[key] >= 1
        for e in f["evidence"]:
            assert set(e) == EVIDENCE_KEYS
    treaty, spelling = findings
    assert (treaty["kind"], treaty["severity"], treaty["rule"]) == (
        "contradiction",
        "error",
        "figure-contradicts-facts",
    )
    assert (treaty["line"], treaty["column"], treaty["end_line"], treaty["end_column"]) == (7, 58, 7, 67)
    assert treaty["text"] == "Juni 2023" and treaty["fact"] == "treaty-signed" and treaty["expected"] == "2024-06"
    assert treaty["evidence"][0] == {
        "seed": "000_89031a1fd86b0abb.txt",
        "line": 7,
        "quote": treaty["evidence"][0]["quote"],
        "source": None,
        "date": "2025-02-27",
        "outlet": "unknown (reports an AFP story)",
        "published": "2025-02-27",
        "url": None,
    }
    assert "perjanjian pertahanan bersama pada tahun lalu" in treaty["evidence"][0]["quote"]
    assert treaty["suggestion"] is None
    assert (spelling["kind"], spelling["text"], spelling["suggestion"]) == (
        "spelling",
        "Wladimir Putin",
        "Vladimir Putin",
    )
    summary = data["summary"]
    assert summary["files"] == 2 and summary["findings"] == 2
    assert summary["by_kind"] == {
        "contradiction": 1,
        "misattribution": 0,
        "unverified": 0,
        "unattributed": 0,
        "inconsistent": 0,
        "date-mismatch": 0,
        "spelling": 1,
        "outdated": 0,
        "undated": 0,
    }
    assert summary["by_severity"] == {"error": 1, "warning": 1, "info": 0}
    assert summary["errors"] == [] and summary["unused_suppressions"] == []


def test_json_text_is_the_files_text_at_the_span(drafts: Path) -> None:
    data = report(run("lint", "--format", "json", str(drafts)))
    for f in data["findings"]:
        line = Path(f["path"]).read_text(encoding="utf-8").splitlines()[f["line"] - 1]
        assert line[f["column"] - 1 : f["end_column"] - 1] == f["text"]


# --- exit codes ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "fail_on", "code"),
    [
        ("good.md", "info", 0),
        ("bad.md", "error", 1),
        ("warn.markdown", "error", 0),
        ("warn.markdown", "warning", 1),
        ("info.md", "warning", 0),
        ("info.md", "info", 1),
    ],
)
def test_fail_on_threshold(drafts: Path, name: str, fail_on: str, code: int) -> None:
    assert run("lint", "--fail-on", fail_on, str(drafts / name)).exit_code == code


def test_default_threshold_is_error(drafts: Path) -> None:
    assert run("lint", str(drafts / "warn.markdown"), str(drafts / "info.md")).exit_code == 0
    assert run("lint", str(drafts / "warn.markdown"), str(drafts / "bad.md")).exit_code == 1


def test_input_errors_exit_2_and_the_other_files_are_still_linted(drafts: Path) -> None:
    (drafts / "latin1.md").write_bytes("Kim Jong-Un tiba di Moskow pada Senin.\nCaf\xe9\n".encode("latin-1"))
    (drafts / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    missing = str(drafts / "missing.md")
    result = run(
        "lint",
        "--format",
        "json",
        str(drafts / "latin1.md"),
        str(drafts / "image.txt"),
        missing,
        str(drafts / "bad.md"),
    )
    assert result.exit_code == 2
    data = report(result)
    assert [(f["path"], f["line"]) for f in data["findings"]] == [(str(drafts / "bad.md"), 7)]
    errors = data["summary"]["errors"]
    assert [e["path"] for e in errors] == [str(drafts / "latin1.md"), str(drafts / "image.txt"), missing]
    stderr = result.stderr.splitlines()
    assert stderr == [
        f"factlint: error: {drafts / 'latin1.md'}: not valid UTF-8 (byte 42 on line 2); save the file as UTF-8",
        f"factlint: error: {drafts / 'image.txt'}: binary file, not text; skipped",
        f"factlint: error: {missing}: no such file or directory",
    ]
    assert "Traceback" not in result.output


def test_usage_errors_exit_2(drafts: Path) -> None:
    assert run("lint").exit_code == 2
    assert run("lint", "--format", "xml", str(drafts / "good.md")).exit_code == 2
    assert run("lint", "--fail-on", "never", str(drafts / "good.md")).exit_code == 2


# --- the fact base ---------------------------------------------------------------------


def test_facts_shows_every_troop_figure_with_source_date_and_quote() -> None:
    result = run("facts", "troops-deployed")
    assert result.exit_code == 0
    out = result.stdout
    expected = [
        (
            "sekitar 1.500 tentara",
            "South Korea's National Intelligence Service (NIS)",
            "2024-10-22",
            "Medcom (medcom.id), 2024-10-22 (001_4b7a29aaf83a8626.txt:15)",
        ),
        (
            "lebih dari 10.000 tentara Korea Utara",
            "South Korea's National Intelligence Service (NIS) via AFP",
            "2025-02-27",
            "unknown (reports an AFP story), 2025-02-27 (000_89031a1fd86b0abb.txt:2)",
        ),
        (
            "sekitar 15.000 tentara Korea Utara",
            "Joint assessment of South Korea, the US and Ukraine",
            "2025-06-19",
            "TVRINews, 2025-06-19 (002_5255e69b3c7b895d.txt:14)",
        ),
        (
            "sekitar 11.000 tentara Korea Utara",
            "Western intelligence",
            "2025-07",
            "tvOnenews.com, 2025-07 (003_a3e0b40061c9393a.txt:12)",
        ),
    ]
    lines = out.splitlines()
    for display, source, as_of, where in expected:
        record = next(i for i, line in enumerate(lines) if line.strip().startswith(f"- {display} ") and source in line)
        assert f"| {source} | as of {as_of}" in lines[record]
        quote = lines[record + 1].strip()
        assert quote.startswith(f'{where}: "') and display.split()[-1] in quote
    # four records, each followed by its quoted evidence, cited by outlet and date, and nothing
    # else (Budanov's 11.000 training in eastern Russia counts troops there now: troops-present)
    assert len([line for line in lines if re.match(r'\s+.+\(\S+\.txt:\d+\): "', line)]) == 4


def test_stale_fact_base_warns_and_lints_with_a_fresh_build(tmp_path: Path) -> None:
    story = tmp_path / "seeds"
    shutil.copytree(SEEDS, story)
    seed = story / "002_5255e69b3c7b895d.txt"
    text = seed.read_text(encoding="utf-8")
    assert "sekitar 600 tentara Korea Utara tewas" in text
    seed.write_text(
        text.replace("sekitar 600 tentara Korea Utara tewas", "sekitar 700 tentara Korea Utara tewas"), encoding="utf-8"
    )
    committed = (story / "factbase.json").read_bytes()
    draft = write(
        tmp_path / "d.md", FRONT.format(date="2025-05-01") + "Menurut NIS, sekitar 700 tentara Korea Utara tewas.\n"
    )

    result = run("lint", "--story", str(story), str(draft))
    assert result.exit_code == 0, result.output
    assert "1 file checked: no findings" in result.stdout
    (warning,) = result.stderr.splitlines()
    assert warning.startswith("factlint: warning: ")
    assert "out of date" in warning and "002_5255e69b3c7b895d.txt" in warning
    # the stale file is left as it was; the shipped story still disagrees with the draft
    assert (story / "factbase.json").read_bytes() == committed
    shipped = run("lint", str(draft))
    assert shipped.exit_code == 1 and "sekitar 700 tentara Korea Utara contradicts" in shipped.stdout  # NIS's April 600


# --- real processes --------------------------------------------------------------------


def _subprocess(*args: str, seed: str = "0") -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.run(
        [sys.executable, "-m", "lint", *args], capture_output=True, cwd=ROOT, env=env, timeout=60, check=False
    )


def test_python_m_lint_help() -> None:
    proc = _subprocess("--help")
    assert proc.returncode == 0
    out = proc.stdout.decode()
    assert out.startswith("Usage: python -m lint [OPTIONS] COMMAND [ARGS]...")
    for command in ("lint", "facts", "build"):
        assert re.search(rf"^\s+{command}\s", out, re.M)


def test_json_report_is_byte_identical_across_processes(drafts: Path) -> None:
    args = ("lint", "--format", "json", str(drafts))
    first, second = _subprocess(*args, seed="1"), _subprocess(*args, seed="2")
    assert first.returncode == second.returncode == 1
    assert first.stdout == second.stdout
    assert first.stdout == run(*args).stdout.encode("utf-8")


def test_input_error_in_a_real_process_is_one_line_without_traceback(drafts: Path) -> None:
    proc = _subprocess("lint", str(drafts / "missing.md"), str(drafts / "good.md"))
    assert proc.returncode == 2
    assert proc.stderr.decode() == f"factlint: error: {drafts / 'missing.md'}: no such file or directory\n"
    assert proc.stdout.decode() == "1 file checked: no findings\n"


# --- docs/report.md --------------------------------------------------------------------

_DOC_FILE = re.compile(r"<!-- file: (\S+) -->\n```\w*\n(.*?)```", re.S)
_DOC_OUTPUT = re.compile(r"<!-- output: (.+?) -->\n```\w*\n(.*?)```", re.S)


def test_docs_report_example_is_what_the_cli_prints(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = (ROOT / "docs" / "report.md").read_text(encoding="utf-8")
    files = _DOC_FILE.findall(doc)
    outputs = _DOC_OUTPUT.findall(doc)
    assert [name for name, _ in files] == ["draft.md"] and len(outputs) == 2
    for name, text in files:
        write(tmp_path / name, text)
    monkeypatch.chdir(tmp_path)
    for args, printed in outputs:
        result = run(*args.split())
        assert result.exit_code == 1
        assert result.stdout == printed, args


def test_jobs_give_the_same_report_in_the_same_order(tmp_path: Path) -> None:
    drafts = tmp_path / "many"
    drafts.mkdir()
    for i in range(12):
        body = (
            "Perjanjian pertahanan Rusia dan Korea Utara ditandatangani pada Juni 2023.\n"
            if i % 3 == 0
            else "Kim Jong-Un tiba.\n"
        )
        (drafts / f"d{i:02d}.md").write_text(f"---\ndate: 2025-07-01\n---\n{body}", encoding="utf-8")
    (drafts / "d05.md").write_bytes(b"caf\xe9 tidak UTF-8\n")  # unreadable, reported in its place
    runner = CliRunner()
    one = runner.invoke(main, ["lint", "--format", "json", str(drafts), str(tmp_path / "nope.md")])
    many = runner.invoke(main, ["lint", "--format", "json", "--jobs", "2", str(drafts), str(tmp_path / "nope.md")])
    assert one.exit_code == many.exit_code == 2
    assert one.stdout == many.stdout
    assert json.loads(many.stdout)["summary"]["files"] == 11
    assert [e["path"] for e in json.loads(many.stdout)["summary"]["errors"]] == [
        str(drafts / "d05.md"),
        str(tmp_path / "nope.md"),
    ]
