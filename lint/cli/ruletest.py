"""``factlint rules test``: every rule's own examples, flagged or passing as they say."""

from __future__ import annotations

from dataclasses import dataclass

from lint.checks.base import Example, Rule
from lint.errors import FactlintError
from lint.findings import Finding
from lint.i18n import _
from lint.reading.document import PartialDate
from lint.run.engine import lint_text
from lint.run.project import Project

MIN_EXAMPLES = 2


@dataclass(frozen=True)
class ExampleFailure:
    rule: Rule
    example: Example
    problem: str

    def __str__(self) -> str:
        snippet = " ".join(self.example.text.split())
        if len(snippet) > 100:
            snippet = snippet[:97] + "..."
        said = _("rule '{rule}': {problem}: \"{example}\"").format(
            rule=self.rule.id, problem=self.problem, example=snippet
        )
        return f"{self.rule.path}:{self.example.line}: {said}"


def test_rules(project: Project, rule_ids: list[str] | None = None) -> tuple[int, list[ExampleFailure]]:
    """Run the examples; returns (examples run, failures)."""
    failures: list[ExampleFailure] = []
    run = 0
    for rule in project.rules:
        if rule_ids and rule.id not in rule_ids:
            continue
        flags = [e for e in rule.examples if e.expect]
        passes = [e for e in rule.examples if not e.expect]
        for label, group in (("flag", flags), ("pass", passes)):
            if len(group) < MIN_EXAMPLES:
                missing = Example("", None, None, rule.line)
                problem = _("needs at least {least} '{label}' examples, has {count}")
                failures.append(
                    ExampleFailure(rule, missing, problem.format(least=MIN_EXAMPLES, label=label, count=len(group)))
                )
        for example in rule.examples:
            run += 1
            date = PartialDate.parse(example.date) if example.date else None
            found = [f for f in _lint_example(rule, example, project, date) if f.rule == rule.id]
            if example.expect and not any(f.kind == example.expect for f in found):
                problem = _("expected a '{kind}' finding, got none").format(kind=example.expect)
                failures.append(ExampleFailure(rule, example, problem))
            elif not example.expect and found:
                problem = _("expected no finding, got {kind}: {message}")
                failures.append(
                    ExampleFailure(rule, example, problem.format(kind=found[0].kind, message=found[0].message))
                )
    return run, failures


def _lint_example(rule: Rule, example: Example, project: Project, date: PartialDate | None) -> list[Finding]:
    """The example's findings; a language with no pack is the rule file's error, at the example."""
    try:
        return lint_text(example.text, project, f"<example of {rule.id}>", date, example.lang)
    except FactlintError as exc:
        raise FactlintError(exc.message, f"{rule.path}:{example.line}") from None
