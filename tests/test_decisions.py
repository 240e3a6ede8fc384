"""Editors' decisions (lint/run/decisions.py): factlint dismiss, lint honouring them wherever the
sentence moves, stale ones reported, and factlint decisions report."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from lint.cli.main import main
from lint.errors import FactlintError
from lint.run.config import Config
from lint.run.decisions import (
    DECISIONS_FILE,
    DecisionKey,
    add_decision,
    decisions_path,
    load_decisions,
    new_decision,
    sentence_digest,
    tally,
    with_decision,
)

KILLED = "Menurut NIS, sekitar 2.000 tentara Korea Utara tewas di Rusia."
KIM = "Pemimpin Korea Utara Kim Jong-Un menyambut Sergei Shoigu."
DRAFT = f"---\ndate: 2025-09-20\n---\n\n{KILLED}\n\n{KIM}\n"


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A newsroom's repository with one draft, as the current directory."""
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.md").write_text(DRAFT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def findings(*args: str) -> list[tuple[int, str]]:
    result = run("lint", "--format", "json", *args)
    assert result.exit_code in (0, 1), result.output
    return [(f["line"], f["rule"]) for f in json.loads(result.stdout)["findings"]]


def test_the_digest_of_a_sentence_ignores_how_it_is_spaced_and_wrapped() -> None:
    assert sentence_digest(KILLED) == sentence_digest(
        "Menurut  NIS, sekitar 2.000 tentara\nKorea Utara tewas di Rusia. "
    )
    assert sentence_digest(KILLED) == sentence_digest(KILLED.replace(" ", "\u00a0"))  # NFKC: a no-break space
    assert sentence_digest(KILLED) != sentence_digest(KILLED.replace("2.000", "2.500"))
    assert len(sentence_digest(KILLED)) == 16


def test_a_dismissed_finding_is_left_out_wherever_its_sentence_moves(repo: Path) -> None:
    assert findings("drafts/a.md") == [(5, "figure-unverified"), (7, "name-spelling")]
    result = run("dismiss", "drafts/a.md:5", "figure-unverified", "--reason", "fact-base-out-of-date")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("dismissed: drafts/a.md:5:14 [figure-unverified] 'sekitar 2.000' as ")
    assert (repo / DECISIONS_FILE).is_file()  # at the repository's root
    assert findings("drafts/a.md") == [(7, "name-spelling")]
    text = run("lint", "drafts/a.md")
    assert text.stdout.endswith("1 file checked: 1 warning (1 dismissed by editors' decisions)\n")

    # paragraphs added above, the sentence rewrapped: still dismissed
    wrapped = KILLED.replace(" tentara ", "\n tentara ")
    moved = f"---\ndate: 2025-09-20\n---\n\nParagraf baru.\n\n{KIM}\n\n{wrapped}\n"
    (repo / "drafts" / "a.md").write_text(moved, encoding="utf-8")
    assert findings("drafts/a.md") == [(7, "name-spelling")]
    # the same sentence in another draft: the same decision
    (repo / "drafts" / "b.md").write_text(DRAFT, encoding="utf-8")
    assert findings("drafts/b.md") == [(7, "name-spelling")]

    # the sentence edited: the finding is back, and the decision is reported as matching nothing
    edited = DRAFT.replace("di Rusia", "di wilayah Kursk")
    (repo / "drafts" / "a.md").write_text(edited, encoding="utf-8")
    again = run("lint", "drafts/a.md")
    assert "5:14: info unverified [figure-unverified]" in again.stdout
    assert f"{DECISIONS_FILE}:" in again.stderr and "matches no finding any more" in again.stderr
    assert again.exit_code == 0  # a warning, as stale suppressions are unless asked for
    strict = run("lint", "--format", "json", "--report-unused-suppressions", "drafts/a.md")
    assert strict.exit_code == 1
    (unused,) = json.loads(strict.stdout)["summary"]["unused_suppressions"]
    assert (unused["path"], unused["rules"]) == (DECISIONS_FILE, "figure-unverified")
    # a draft the decision was not made on says nothing about it
    assert "matches no finding" not in run("lint", "drafts/b.md").stderr


def test_decisions_hold_in_worker_processes(repo: Path) -> None:
    for name in "bcdef":
        (repo / "drafts" / f"{name}.md").write_text(DRAFT, encoding="utf-8")
    assert run("dismiss", "drafts/a.md:7", "spelling", "--reason", "accepted-style").exit_code == 0
    result = run("lint", "--jobs", "2", "--format", "json", "drafts")
    assert {f["rule"] for f in json.loads(result.stdout)["findings"]} == {"figure-unverified"}


def test_dismiss_names_what_is_there_when_it_cannot_tell(repo: Path) -> None:
    nothing = run("dismiss", "drafts/a.md:6", "figure-unverified", "--reason", "wrong-reading")
    assert nothing.exit_code == 2 and "nothing is reported on that line" in nothing.stderr
    other = run("dismiss", "drafts/a.md:7", "figure-unverified", "--reason", "wrong-reading")
    assert other.exit_code == 2
    assert "no finding of 'figure-unverified' at drafts/a.md:7 (there: 7:22 spelling [name-spelling]" in other.stderr
    twice = "Kim Jong-Un bertemu Shoigu, lalu Kim Jong-Un pulang."
    (repo / "drafts" / "c.md").write_text(f"---\ndate: 2025-09-20\n---\n\n{twice}\n", encoding="utf-8")
    ambiguous = run("dismiss", "drafts/c.md:5", "spelling", "--reason", "accepted-style")
    assert (
        ambiguous.exit_code == 2 and "name one with its column: drafts/c.md:5:1, drafts/c.md:5:34" in ambiguous.stderr
    )
    assert run("dismiss", "drafts/c.md:5:34", "spelling", "--reason", "accepted-style").exit_code == 0
    assert findings("drafts/c.md") == []  # the same text in the same sentence: one decision for both
    bad = run("dismiss", "drafts/a.md", "spelling", "--reason", "x")
    assert bad.exit_code == 2 and "is not PATH:LINE" in bad.output
    assert not (repo / "drafts" / DECISIONS_FILE).exists()


def test_dismissing_twice_changes_nothing(repo: Path) -> None:
    assert run("dismiss", "drafts/a.md:7", "spelling", "--reason", "accepted-style").exit_code == 0
    before = (repo / DECISIONS_FILE).read_bytes()
    again = run("dismiss", "drafts/a.md:7", "name-spelling", "--reason", "wrong-reading")
    assert again.exit_code == 0 and again.stdout.startswith("already dismissed:") and "nothing changed" in again.stdout
    assert (repo / DECISIONS_FILE).read_bytes() == before


def test_the_file_is_sorted_readable_and_keeps_what_a_person_wrote(repo: Path) -> None:
    assert run("dismiss", "drafts/a.md:7", "spelling", "--reason", "accepted-style", "--by", "Rina").exit_code == 0
    path = repo / DECISIONS_FILE
    path.write_text(path.read_text(encoding="utf-8") + "# the newsroom spells it so in quotes\n", encoding="utf-8")
    note = "angka NIS 15 September: 'dua ribu'"
    result = run("dismiss", "drafts/a.md:5", "unverified", "--reason", "laporan baru, lihat", "--note", note)
    assert result.exit_code == 0, result.output
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Editors' decisions on factlint's findings")
    assert "# the newsroom spells it so in quotes\n" in text
    decisions = load_decisions(path)
    assert [d.key.rule for d in decisions.entries] == ["figure-unverified", "name-spelling"]  # sorted by rule
    first = decisions.entries[0]
    assert (first.reason, first.note, first.path, first.line, first.kind) == (
        "laporan baru, lihat",
        note,
        "drafts/a.md",
        5,
        "unverified",
    )
    assert decisions.entries[1].by == "Rina"
    assert "- rule: figure-unverified\n  kind: unverified\n  fact: troops-killed\n  text: sekitar 2.000\n" in text


def test_the_decisions_file_is_beside_the_config(repo: Path) -> None:
    (repo / "drafts" / ".factlint.yaml").write_text("fail-on: warning\n", encoding="utf-8")
    assert run("dismiss", "drafts/a.md:7", "spelling", "--reason", "accepted-style").exit_code == 0
    assert (repo / "drafts" / DECISIONS_FILE).is_file() and not (repo / DECISIONS_FILE).exists()
    assert findings("drafts/a.md") == [(5, "figure-unverified")]
    assert decisions_path(Config(root=repo / "drafts", source="")) == repo / DECISIONS_FILE  # no config file there


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("- rule: r\n  text: t\n  sentence: s\n  reason: x\n  colour: red\n", ":5: unknown key 'colour'"),
        ("- rule: r\n  text: t\n  reason: x\n", ":1: missing key 'sentence'"),
        ("rule: r\n", "must be a list of decisions"),
        ("- rule: r\n  text: t\n  sentence: s\n  reason: x\n  line: many\n", "'line' of a decision"),
    ],
)
def test_a_malformed_decisions_file_stops_the_run_and_says_where(repo: Path, content: str, message: str) -> None:
    (repo / DECISIONS_FILE).write_text(content, encoding="utf-8")
    result = run("lint", "drafts/a.md")
    assert result.exit_code == 2 and DECISIONS_FILE in result.stderr and message in result.stderr


def test_reasons_and_notes_are_one_line(repo: Path) -> None:
    result = run("dismiss", "drafts/a.md:7", "spelling", "--reason", "two\nlines")
    assert result.exit_code == 2 and "the reason must be one line" in result.stderr
    too_long = run("dismiss", "drafts/a.md:7", "spelling", "--reason", "x" * 501)
    assert too_long.exit_code == 2


def test_two_editors_dismissing_at_once_both_keep_their_decision(tmp_path: Path) -> None:
    path = tmp_path / DECISIONS_FILE
    decisions = [
        new_decision(
            DecisionKey("rule", None, f"text {i}", sentence_digest(str(i))), None, "wrong-reading", None, "-", i
        )
        for i in range(20)
    ]
    errors: list[BaseException] = []

    def dismiss(i: int) -> None:
        try:
            add_decision(path, decisions[i])
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=dismiss, args=(i,)) for i in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(d.key.text for d in load_decisions(path).entries) == sorted(d.key.text for d in decisions)


def test_a_full_decisions_file_takes_no_more(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import lint.run.decisions

    monkeypatch.setattr(lint.run.decisions, "MAX_DECISIONS", 2)
    path = tmp_path / DECISIONS_FILE
    for i in range(2):
        add_decision(path, new_decision(DecisionKey("r", None, str(i), "s"), None, "wrong-reading", None, "-", 1))
    with pytest.raises(FactlintError, match="no more are taken"):
        with_decision(path.read_bytes(), path, new_decision(DecisionKey("r", None, "x", "s"), None, "x", None, "-", 1))


def test_decisions_report_per_rule_and_reason(repo: Path) -> None:
    (repo / "drafts" / "b.md").write_text(DRAFT.replace("2.000", "3.000"), encoding="utf-8")
    for args in (
        ("drafts/a.md:5", "unverified", "--reason", "fact-base-out-of-date"),
        ("drafts/b.md:5", "unverified", "--reason", "angka dari Yonhap"),
        ("drafts/a.md:7", "spelling", "--reason", "accepted-style"),
    ):
        assert run("dismiss", *args).exit_code == 0
    (repo / "drafts" / "c.md").write_text(DRAFT.replace("2.000", "4.000"), encoding="utf-8")

    plain = run("decisions", "report")
    assert plain.exit_code == 0, plain.output
    lines = plain.stdout.splitlines()
    assert lines[0].endswith(f"{DECISIONS_FILE}: 3 findings dismissed")
    assert lines[2].split() == ["figure-unverified", "unverified", "2", "0", "1", "0", "1"]
    assert lines[3].split() == ["name-spelling", "spelling", "1", "0", "0", "1", "0"]
    assert "  figure-unverified: 'angka dari Yonhap' (1)" in lines

    linted = json.loads(run("decisions", "report", "--format", "json", "drafts").stdout)
    assert linted["linted"] is True and linted["from"] == "3 drafts"
    rows = {r["rule"]: r for r in linted["rules"]}
    # b.md's own spelling finding and c.md's two are still reported: dismissed 2 of 3, and 1 of 3
    assert (rows["figure-unverified"]["dismissed"], rows["figure-unverified"]["reported"]) == (2, 1)
    assert rows["figure-unverified"]["dismissed_share"] == pytest.approx(2 / 3)
    assert rows["figure-unverified"]["reasons"] == {
        "wrong-reading": 0,
        "fact-base-out-of-date": 1,
        "accepted-style": 0,
        "other": 1,
    }
    assert rows["figure-unverified"]["other_reasons"] == {"angka dari Yonhap": 1}
    assert (rows["name-spelling"]["dismissed"], rows["name-spelling"]["reported"]) == (
        3,
        0,
    )  # one decision, three drafts
    text = run("decisions", "report", "drafts").stdout
    assert "share" in text.splitlines()[1] and "67%" in text


def test_tally_of_nothing() -> None:
    assert tally([]) == []
    assert run("decisions", "report", "--file", "/nonexistent/decisions.yaml").stdout.endswith(
        ": 0 findings dismissed\n"
    )


def test_an_undated_drafts_findings_are_dismissed_as_lint_dated_them(repo: Path) -> None:
    """dismiss reads the draft as lint does, dated by the config's date-from: the undated
    finding, and one that depends on the date assumed, are found and dismissed."""
    (repo / ".factlint.yaml").write_text("date-from: [mtime]\n", encoding="utf-8")
    draft = repo / "drafts" / "tanpa-tanggal.md"
    draft.write_text(f"{KILLED}\n", encoding="utf-8")
    september = dt.datetime(2025, 9, 20, 12, tzinfo=dt.UTC).timestamp()
    os.utime(draft, (september, september))
    lint_text = run("lint", "drafts/tanpa-tanggal.md").stdout
    assert "1:1: warning undated [draft-undated]" in lint_text
    assert "it was read as of 2025-09-20, when the file was last changed" in lint_text
    result = run("dismiss", "drafts/tanpa-tanggal.md:1:1", "draft-undated", "--reason", "accepted-style")
    assert result.exit_code == 0, result.output
    assert findings("drafts/tanpa-tanggal.md") == [(1, "figure-unverified")]


def test_fix_leaves_dismissed_findings_out_of_what_is_left(repo: Path) -> None:
    assert run("dismiss", "drafts/a.md:5", "figure-unverified", "--reason", "fact-base-out-of-date").exit_code == 0
    fixed = run("lint", "--fix", "drafts/a.md")
    assert fixed.exit_code == 0, fixed.output
    assert fixed.stdout == "1 file checked: no findings (1 fixed; 1 dismissed by editors' decisions)\n"
    assert "Kim Jong Un" in (repo / "drafts" / "a.md").read_text(encoding="utf-8")
