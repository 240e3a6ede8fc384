"""Rule and fact files: every shipped rule loads and its examples pass; bad files fail with file:line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from lint.checks.rules import load_rules, rule_files
from lint.cli.main import main
from lint.cli.ruletest import test_rules as run_rule_examples
from lint.errors import FactlintError
from lint.facts.story import load_story
from lint.run.project import Project, default_rules_dir, load_project
from tests.conftest import SEEDS

RULES = default_rules_dir()


def test_every_kind_has_a_shipped_rule(project: Project) -> None:
    from lint.checks.registry import KIND_NAMES as KINDS

    assert {r.kind for r in project.rules} == set(KINDS)


def test_every_shipped_rule_has_two_examples_of_each_and_they_pass(project: Project) -> None:
    for rule in project.rules:
        assert sum(1 for e in rule.examples if e.expect) >= 2, rule.id
        assert sum(1 for e in rule.examples if not e.expect) >= 2, rule.id
    run, failures = run_rule_examples(project)
    assert run >= 4 * len(project.rules)
    assert [str(f) for f in failures] == []


def test_rules_test_command_passes() -> None:
    result = CliRunner().invoke(main, ["rules", "test"])
    assert result.exit_code == 0, result.output
    assert " 0 failed" in result.output


def test_rules_test_fails_loudly_on_a_broken_example(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(RULES, rules)
    path = rules / "consistency.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace('"Laporan itu dirilis pada Kamis (27/2/2025)."', '"Laporan itu dirilis pada Jumat (27/2/2025)."'),
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["rules", "test", "--rules", str(rules)])
    assert result.exit_code == 1
    assert "FAIL" in result.output and "rule 'weekday-and-date'" in result.output
    assert "expected no finding, got date-mismatch" in result.output
    assert "Jumat (27/2/2025)" in result.output


def _write_rule(tmp_path: Path, body: str) -> Path:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "bad.yaml").write_text(body, encoding="utf-8")
    return rules


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            "rules:\n  - id: a\n    kind: contradiction\n    sevrity: error\n",
            "bad.yaml:4: unknown key 'sevrity' in rule 'a'",
        ),
        ("rules:\n  - id: a\n    kind: contradicton\n", "bad.yaml:3: no such kind 'contradicton' in rule 'a'"),
        (
            "rules:\n  - id: a\n    kind: contradiction\n    facts: [troops]\n",
            "bad.yaml:4: unknown fact 'troops' in rule 'a'",
        ),
        ("rules:\n  - id: a\n    kind: spelling\n  - id: a\n    kind: spelling\n", "bad.yaml:4: duplicate rule id 'a'"),
        (
            "rules:\n  - id: a\n    kind: outdated\n    severity: fatal\n",
            "bad.yaml:4: 'severity' in rule 'a' must be one of error, warning, info",
        ),
        (
            "rules:\n  - id: a\n    kind: outdated\n    message: '{reed}'\n",
            "bad.yaml:4: unknown field '{reed}' in message of rule 'a'",
        ),
        (
            "rules:\n  - id: a\n    kind: unattributed\n    options: {nounz: [troops]}\n",
            "unknown option 'nounz' in rule 'a'",
        ),
        (
            "rules:\n  - id: a\n    kind: spelling\n    examples: {flag: yes}\n",
            "'examples.flag' of rule 'a' must be a list of strings",
        ),
        (
            "rules:\n  - id: a\n    kind: contradiction\n    message: '{read:d}'\n",
            "bad.yaml:4: message of rule 'a' cannot be written: Unknown format code 'd' for object of type 'str'",
        ),
        (
            "rules:\n  - id: a\n    kind: contradiction\n    message: '{read:>2000000000}'\n",
            "bad.yaml:4: width in '{read:>2000000000}' in message of rule 'a' is over 200",
        ),
        (
            "rules:\n  - id: a\n    kind: contradiction\n    message: '{read:{about}}'\n",
            "bad.yaml:4: the format of '{read}' in message of rule 'a' cannot hold a field",
        ),
        ("rules:\n  - id: a\n    kind: contradiction\n    message: 'x {read'\n", "bad.yaml:4: bad message template"),
        ("rules:\n  - id: a\n    kind: contradiction\n    message: '{read!x}'\n", "bad.yaml:4: message of rule"),
        (
            "rules:\n  - id: a\n    kind: spelling\n    options:\n      replace:\n"
            "        - {pattern: '\\bKorut\\b', with: '\\1 Utara'}\n",
            "bad.yaml:6: bad replacement '\\\\1 Utara' in rule 'a': no such group",
        ),
        (
            "rules:\n  - id: a\n    kind: spelling\n    options:\n      replace:\n"
            "        - {pattern: '(?P<n>Korut)', with: '\\g<name>'}\n",
            "bad.yaml:6: bad replacement",
        ),
        ("rules:\n  - kind: spelling\n", "missing key 'id' in rule '?'"),
        ("rules: {}\n", "'rules' must be a list"),
        ("rules:\n  - !!python/object/apply:os.system ['true']\n", "bad.yaml:2: invalid YAML"),
        ("rules: [\n", "bad.yaml:2: invalid YAML"),
        (
            "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
            + "".join(f"b{i}: [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n" for i in range(30)),
            "too many YAML aliases",
        ),
    ],
)
def test_a_bad_rule_file_fails_with_file_line_and_key(tmp_path: Path, body: str, message: str) -> None:
    rules = _write_rule(tmp_path, body)
    with pytest.raises(FactlintError) as caught:
        load_rules([rules], set(load_story(SEEDS).facts))
    assert message in str(caught.value)
    result = CliRunner().invoke(main, ["rules", "check", "--rules", str(rules)])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "Traceback" not in result.output
    assert message in result.output


@pytest.mark.parametrize(
    "rule",
    [
        "kind: contradiction\n    message: '{read:d}'",
        "kind: spelling\n    options:\n      replace:\n        - {pattern: 'Korea', with: '\\1'}",
    ],
)
def test_a_rule_that_would_fail_on_every_finding_stops_the_lint_before_any_draft(tmp_path: Path, rule: str) -> None:
    """These passed 'rules check' and then ended every lint with a traceback."""
    rules = _write_rule(tmp_path, f"rules:\n  - id: a\n    {rule}\n")
    result = CliRunner().invoke(main, ["lint", "--rules", str(rules), str(SEEDS)])
    assert isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 2 and result.output.startswith(f"factlint: error: {rules / 'bad.yaml'}:")
    assert "checked" not in result.output


def test_formats_that_suit_a_fields_value_are_accepted(tmp_path: Path) -> None:
    rules = _write_rule(
        tmp_path,
        "rules:\n  - id: a\n    kind: inconsistent\n    message: '{read:>12} vs line {earlier_line:04d}: {expected!r:.40}'\n"
        "  - id: b\n    kind: spelling\n    options:\n      replace:\n"
        "        - {pattern: '\\b(Korut)\\b', with: 'Korea Utara (bukan \\1)'}\n",
    )
    result = CliRunner().invoke(main, ["rules", "check", "--rules", str(rules)])
    assert result.exit_code == 0, result.output


def test_lint_stops_before_reading_drafts_when_a_rule_file_is_bad(tmp_path: Path) -> None:
    rules = _write_rule(tmp_path, "rules:\n  - id: a\n    kind: contradiction\n    sevrity: error\n")
    result = CliRunner().invoke(main, ["lint", "--rules", str(rules), str(SEEDS)])
    assert result.exit_code == 2
    assert "bad.yaml:4: unknown key 'sevrity' in rule 'a'" in result.output
    assert "checked" not in result.output


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "  - id: troops-killed\n",
            "  - id: troops-killed\n    colour: red\n",
            "unknown key 'colour' in fact 'troops-killed'",
        ),
        (
            "    nouns: [troops, fatalities]\n    events: [killed]\n",
            "    nouns: [troop]\n    events: [killed]\n",
            "fact 'troops-killed' uses unknown noun class 'troop'",
        ),
        (
            "  - id: troops-killed\n    about",
            "  - id: troops-deployed\n    about",
            "duplicate fact id 'troops-deployed'",
        ),
        ("    counts_as: [south-korea]\n", "    counts_as: [south-korae]\n", "counts_as unknown source 'south-korae'"),
        ("    type: date\n", "    type: when\n", "'type' in fact 'treaty-signed' must be one of figure, date"),
        (
            "    keywords:\n      - [perjanjian pertahanan,",
            "    keywords:\n      - 5\n      - [perjanjian pertahanan,",
            "'keywords' in fact 'treaty-signed' must be a list of word lists",
        ),
    ],
)
def test_a_bad_facts_file_fails_with_file_line_and_key(tmp_path: Path, old: str, new: str, message: str) -> None:
    root = tmp_path / "seeds"
    shutil.copytree(SEEDS, root)
    facts = root / "facts.yaml"
    text = facts.read_text(encoding="utf-8")
    assert old in text
    facts.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(FactlintError) as caught:
        load_project(root)
    assert message in str(caught.value)
    assert str(caught.value).startswith(f"{facts}:")


def test_rule_files_are_found_sorted() -> None:
    names = [p.name for p in rule_files(RULES)]
    assert names == sorted(names) and "figures.yaml" in names


@pytest.mark.parametrize("lang", ["../../seeds/seeds", "/etc/passwd", "id/../id", "x" * 300])
def test_a_story_language_is_a_language_code_not_a_path(tmp_path: Path, lang: str) -> None:
    """'lang: ../..' in facts.yaml read a YAML file outside factlint as a lexicon."""
    root = tmp_path / "seeds"
    shutil.copytree(SEEDS, root)
    facts = root / "facts.yaml"
    facts.write_text(facts.read_text(encoding="utf-8").replace("\nlang: id\n", f"\nlang: {lang}\n"), "utf-8")
    result = CliRunner().invoke(main, ["rules", "check", "--story", str(root)])
    assert isinstance(result.exception, SystemExit), result.exception
    assert result.output == f"factlint: error: unknown language {lang!r} (factlint reads: en, id)\n"
