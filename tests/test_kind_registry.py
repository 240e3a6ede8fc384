"""One registry of check kinds: what the schema, the docs, --fix and explain say is made from it,
and each kind's options are typed and checked when a rule is loaded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from lint.checks import generated
from lint.checks.base import Kind
from lint.checks.registry import ABOUT_FACTS, FIXABLE, KIND_NAMES, KINDS
from lint.cli import main
from lint.run.fixes import FIXABLE as FIX_KINDS

ROOT = Path(__file__).resolve().parent.parent


def test_the_schema_and_the_docs_are_what_the_registry_makes() -> None:
    schema = generated.SCHEMA.read_text(encoding="utf-8")
    docs = generated.DOCS.read_text(encoding="utf-8")
    assert generated.schema_text(schema) == schema, "run: python -m lint.checks.generated"
    assert generated.docs_text(docs) == docs, "run: python -m lint.checks.generated"
    assert json.loads(schema)["$defs"]["kind"]["enum"] == list(KIND_NAMES)


def test_a_kind_added_to_the_registry_reaches_the_schema_and_the_docs(monkeypatch: pytest.MonkeyPatch) -> None:
    extra = KINDS["outdated"]._replace(name="made-up", summary="something new")
    monkeypatch.setattr(generated, "KINDS", {**KINDS, "made-up": extra})
    schema = json.loads(generated.schema_text(generated.SCHEMA.read_text(encoding="utf-8")))
    assert schema["$defs"]["kind"]["enum"][-1] == "made-up"
    by_kind = schema["properties"]["summary"]["properties"]["by_kind"]
    assert by_kind["required"][-1] == "made-up" and "made-up" in by_kind["properties"]
    assert "| `made-up` | info | something new |" in generated.docs_text(generated.DOCS.read_text(encoding="utf-8"))


def test_fix_and_explain_take_their_kinds_from_the_registry() -> None:
    assert FIX_KINDS is FIXABLE == {name for name, kind in KINDS.items() if kind.fixable} == {"spelling"}
    assert "date-mismatch" not in ABOUT_FACTS and "contradiction" in ABOUT_FACTS
    assert all(isinstance(kind, Kind) and kind.name == name for name, kind in KINDS.items())


def _rules_check(tmp_path: Path, options: str) -> tuple[int, str, Path]:
    rules = tmp_path / "rules"
    rules.mkdir(exist_ok=True)
    path = rules / "mine.yaml"
    path.write_text(
        f"rules:\n  - id: my-contradiction\n    kind: contradiction\n    facts: all\n    options:\n      {options}\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["rules", "check", "--rules", str(rules)])
    return result.exit_code, result.output, path


@pytest.mark.parametrize(
    ("option", "message"),
    [
        ("min_ratio: banyak", "option 'min_ratio' in rule 'my-contradiction' must be a number, not 'banyak'"),
        ("min_ratio: 7", "option 'min_ratio' in rule 'my-contradiction' must be between 0 and 1, not 7"),
        ("titles: ya", "option 'titles' in rule 'my-contradiction' must be true or false, not 'ya'"),
        (
            "headlines: true",
            "unknown option 'headlines' in rule 'my-contradiction' (its kind's options: max_ratio, min_ratio, titles)",
        ),
    ],
)
def test_an_option_of_the_wrong_type_names_its_file_line_and_key(tmp_path: Path, option: str, message: str) -> None:
    code, output, path = _rules_check(tmp_path, option)
    assert code == 2
    assert f"{path}:6: {message}" in output


def test_a_rule_s_options_are_its_kind_s_typed_options(tmp_path: Path) -> None:
    code, output, _ = _rules_check(tmp_path, "min_ratio: 0.5")
    assert code == 0, output
