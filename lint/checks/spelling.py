"""spelling: a known person written in a non-canonical form (Kim Jong-Un for Kim Jong Un),
or text matching one of the rule's own house-style patterns."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from lint.checks.base import Context, Kind, Replacement, Rule
from lint.checks.options import Options, option
from lint.errors import RuleError
from lint.findings import Finding
from lint.i18n import N_, _


@dataclass(frozen=True)
class SpellingOptions(Options):
    replace: tuple[Replacement, ...] = option((), about="house-style patterns: a list of {pattern, with}")
    timeout: float = option(1.0, low=0.001, high=60, about="seconds the rule's own patterns may take on one draft")


def check(ctx: Context, rule: Rule, kind: Kind) -> Iterator[Finding]:
    for mention in ctx.analysis.people:
        if mention.canonical:
            continue
        if rule.facts is not None and not rule.applies_to(f"person:{mention.person}"):
            continue
        person = ctx.story.people[mention.person]
        indexed = ctx.fact_index.people.get(mention.person)
        evidence = indexed.evidence if indexed else ()
        yield ctx.finding(
            rule,
            kind,
            mention.start,
            mention.end,
            {"read": mention.text, "expected": mention.meant or person.name},
            fact=f"person:{person.id}",
            expected=mention.meant or person.name,
            evidence=evidence,
            suggestion=mention.meant or person.name,
        )
    yield from _house_style(ctx, rule, kind)


def _house_style(ctx: Context, rule: Rule, kind: Kind) -> Iterator[Finding]:
    """The rule's own patterns run with a time limit: a pattern that backtracks without end
    on some draft stops only this rule on this draft, reported as the rule's error."""
    text = ctx.analysis.document.text
    body = ctx.analysis.document.body_start
    options = rule.opts(SpellingOptions)
    for item in options.replace:
        try:
            matches = list(item.pattern.finditer(text, body, timeout=options.timeout))
        except TimeoutError:
            message = _(
                "rule '{rule}': pattern {pattern} ({where}) took over {seconds} s on this draft and was stopped; simplify it"
            )
            where = f"{rule.path}:{item.line}"
            seconds = f"{options.timeout:g}"
            raise RuleError(
                message.format(rule=rule.id, pattern=repr(item.pattern.pattern), where=where, seconds=seconds), ctx.path
            ) from None
        for m in matches:
            if m[0] == item.replacement or not m[0]:
                continue
            yield ctx.finding(
                rule,
                kind,
                m.start(),
                m.end(),
                {"read": m[0], "expected": m.expand(item.replacement)},
                expected=m.expand(item.replacement),
                suggestion=m.expand(item.replacement),
            )


KIND = Kind(
    "spelling",
    check,
    "warning",
    N_("'{read}' is not the canonical spelling; write '{expected}'"),
    ("read", "expected"),
    "a known person written other than canonically, or text matching the rule's own house-style patterns (the fix is the canonical form)",
    options=SpellingOptions,
    fixable=True,
)
