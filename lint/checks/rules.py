"""Rules: YAML that binds a check kind to facts, with severity, message and examples."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from lint.checks.base import Example, Replacement, Rule
from lint.checks.options import load_options
from lint.checks.registry import KINDS
from lint.errors import FactlintError
from lint.findings import SEVERITIES
from lint.i18n import Texts, _
from lint.schema import Checker
from lint.yamlio import Node, load_yaml_file

_LANG_CODE = re.compile(r"[a-z]{2,3}")  # a language pack's code: examples for drafts in it
_RULE_KEYS = {"id", "kind", "severity", "facts", "message", "description", "options", "examples"}


def rule_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.glob("*.y*ml") if p.suffix in (".yaml", ".yml"))


def load_rules(directories: list[Path], known_facts: set[str]) -> list[Rule]:
    """Every rule in the directories, validated; errors name file, line and key."""
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for directory in directories:
        if not directory.is_dir():
            raise FactlintError(_("rules directory does not exist"), str(directory))
        for path in rule_files(directory):
            for rule in _load_file(path, known_facts):
                if rule.id in seen:
                    raise FactlintError(
                        _("duplicate rule id '{id}' (first in {where})").format(id=rule.id, where=seen[rule.id]),
                        f"{rule.path}:{rule.line}",
                    )
                seen[rule.id] = f"{rule.path}:{rule.line}"
                rules.append(rule)
    return rules


def _load_file(path: Path, known_facts: set[str]) -> list[Rule]:
    c = Checker(str(path))
    data = load_yaml_file(path)
    top = c.mapping(data, _("a rule file"))
    c.keys(top, {"rules"}, {"rules"}, _("rule file"))
    items = top["rules"]
    if not isinstance(items, list):
        raise c.fail(top, _("'rules' must be a list"), "rules")
    return [_rule(c, item, top, known_facts) for item in items]


def _rule(c: Checker, item: Any, top: Node, known_facts: set[str]) -> Rule:
    node = c.mapping(item, _("a rule"), top, "rules")
    rid = node.get("id", "?")
    what = _("rule '{id}'").format(id=rid)
    c.keys(node, _RULE_KEYS, {"id", "kind"}, what)
    rid = c.string(node, "id", what)
    kind = c.string(node, "kind", what)
    if kind not in KINDS:
        raise c.fail(
            node,
            _("no such kind '{kind}' in {what} (kinds: {kinds})").format(
                kind=kind, what=what, kinds=", ".join(sorted(KINDS))
            ),
            "kind",
        )
    severity = c.choice(node, "severity", what, SEVERITIES, KINDS[kind].default_severity)
    facts: tuple[str, ...] | None = None
    if "facts" in node and node["facts"] != "all":
        facts = c.strings(node, "facts", what)
        for fact in facts:
            if fact not in known_facts:
                raise c.fail(node, _("unknown fact '{fact}' in {what}").format(fact=fact, what=what), "facts")
    message: str | None = None
    messages: Texts = ()
    if node.get("message") is not None:
        message, messages = c.texts(node, "message", what)
        if messages:  # each language's, at its own line
            for lang, text in messages:
                _check_template(c, node["message"], text, KINDS[kind].fields, what, lang)
        else:
            _check_template(c, node, message, KINDS[kind].fields, what)
    description, descriptions = c.texts(node, "description", what) if "description" in node else ("", ())
    options = load_options(KINDS[kind].options, c, node.get("options"), node, what, {"replace": _replacements})
    return Rule(
        id=rid,
        kind=kind,
        severity=severity,
        facts=facts,
        message=message,
        description=description,
        options=options,
        examples=_examples(c, node, kind, what),
        path=c.path,
        line=node.line,
        descriptions=descriptions,
        messages=messages,
    )


def _replacements(c: Checker, where: Node, items: Any, what: str) -> tuple[Replacement, ...]:
    """Compile a rule's own patterns once, at load time; a bad one names its line."""
    if not isinstance(items, list):
        raise c.fail(where, _("'replace' in {what} must be a list of {{pattern, with}}").format(what=what), "replace")
    out = []
    for item in items:
        entry = c.mapping(item, _("an entry of 'replace' in {what}").format(what=what), where, "replace")
        c.keys(entry, {"pattern", "with"}, {"pattern", "with"}, _("'replace' entry of {what}").format(what=what))
        text = c.string(entry, "pattern", what)
        import regex  # only rules that carry patterns pay for importing it

        try:
            pattern = regex.compile(text, regex.VERSION1)
        except regex.error as exc:
            raise c.fail(
                entry,
                _("bad pattern {pattern} in {what}: {error}").format(pattern=repr(text), what=what, error=exc),
                "pattern",
            ) from None
        replacement = str(entry["with"])
        _check_replacement(c, entry, text, replacement, what)
        out.append(Replacement(pattern, replacement, entry.line))
    return tuple(out)


def _check_replacement(c: Checker, entry: Node, text: str, replacement: str, what: str) -> None:
    """Expand ``replacement`` once, as a match would, so that a group the pattern does not
    have (``\\1``) or a bad escape fails here and not on every draft the pattern matches.
    The pattern with an empty branch added has the same groups and always matches."""
    import regex

    probe = regex.compile(text + "\n|", regex.VERSION1).match("")
    if probe is None:  # (cannot happen: the empty branch matches)
        return
    try:
        probe.expand(replacement)
    except (regex.error, IndexError) as exc:
        raise c.fail(
            entry,
            _("bad replacement {replacement} in {what}: {error}").format(
                replacement=repr(replacement), what=what, error=exc
            ),
            "with",
        ) from None


# A field's width or precision in a message; one of two billion made a 2 GB message per finding.
MAX_WIDTH = 200
# What a message is rendered with at load time: each field's value as the checks give it
# (text, but a line number is a number), so a format that suits one fails as it would later.
SAMPLE_VALUES: dict[str, object] = {"earlier_line": 12}


def _check_template(
    c: Checker, node: Node, message: str, fields: tuple[str, ...], what: str, key: str = "message"
) -> None:
    """Every field is one of the kind's, with a modest width, and the whole message renders
    once with sample values: what would fail on every finding fails at load time instead."""
    import string

    try:
        parsed = list(string.Formatter().parse(message))
    except ValueError as exc:  # a lone "{" or "}"
        raise c.fail(node, _("bad message template in {what}: {error}").format(what=what, error=exc), key) from None
    for _literal, name, spec, _conversion in parsed:
        if name is None:
            continue
        if name not in fields:
            raise c.fail(
                node,
                _("unknown field '{{{name}}}' in message of {what} (fields: {fields})").format(
                    name=name, what=what, fields=", ".join(fields)
                ),
                key,
            )
        if spec and "{" in spec:
            raise c.fail(
                node,
                _("the format of '{{{name}}}' in message of {what} cannot hold a field").format(name=name, what=what),
                key,
            )
        if any(int(number) > MAX_WIDTH for number in re.findall(r"\d+", spec or "")):
            raise c.fail(
                node,
                _("width in '{{{name}:{spec}}}' in message of {what} is over {max}").format(
                    name=name, spec=spec, what=what, max=MAX_WIDTH
                ),
                key,
            )
    try:
        message.format_map({field: SAMPLE_VALUES.get(field, "sample") for field in fields})
    except (ValueError, TypeError, KeyError, IndexError, AttributeError) as exc:
        raise c.fail(
            node, _("message of {what} cannot be written: {error}").format(what=what, error=exc), key
        ) from None


def _examples(c: Checker, node: Node, kind: str, what: str) -> tuple[Example, ...]:
    """A rule's examples in the story's language, and under a language code ("en:") the same
    kinds of example for drafts in that language."""
    raw = node.get("examples", Node())
    ex = c.mapping(raw, _("'examples' of {what}").format(what=what), node, "examples")
    codes = {key for key in ex if isinstance(key, str) and _LANG_CODE.fullmatch(key)}
    c.keys(ex, {"flag", "pass", "date"} | codes, set(), _("'examples' of {what}").format(what=what))
    date = str(ex["date"]) if "date" in ex else None
    out = _example_list(c, ex, kind, what, date, None)
    for code in sorted(codes):
        of_code = _("'examples.{code}' of {what}").format(code=code, what=what)
        sub = c.mapping(ex[code], of_code, ex, code)
        c.keys(sub, {"flag", "pass", "date"}, set(), of_code)
        out.extend(_example_list(c, sub, kind, f"{what} ({code})", str(sub["date"]) if "date" in sub else date, code))
    return tuple(out)


def _example_list(c: Checker, ex: Node, kind: str, what: str, date: str | None, lang: str | None) -> list[Example]:
    out: list[Example] = []
    for key, expect in (("flag", kind), ("pass", None)):
        items = ex.get(key, [])
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            raise c.fail(ex, _("'examples.{key}' of {what} must be a list of strings").format(key=key, what=what), key)
        out.extend(Example(text, expect, date, ex.line_of(key), lang) for text in items)
    return out
