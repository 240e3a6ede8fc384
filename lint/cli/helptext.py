"""Help and usage errors in the messages' language.

A command's help, its options' help and its examples are factlint's own messages, marked
with ``N_`` where they are defined and translated when help is shown (``Localized``). click
writes its own words (``Usage:``, ``Options``, ``Error: No such option``) with the standard
library's ``gettext``, whose global domain factlint does not own; ``route_click`` sends them
through factlint's catalog instead, which holds those of them factlint's help and errors show.

Help and usage errors come before any config or story is read, so their language is
``--locale`` when the command line gives one, else the environment's (lint/i18n.py).
"""

from __future__ import annotations

import gettext
import importlib
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import click

from lint import i18n
from lint.i18n import N_, N_plural, _

# click's words as factlint's help and usage errors show them (click 8), so that the catalog
# holds them; a click release that words them otherwise shows them in English.
CLICK_WORDS = (
    N_("Usage:"),
    N_("Options"),
    N_("Commands"),
    N_("Show this message and exit."),
    N_("Show the version and exit."),
    N_("default: {default}"),
    N_("required"),
    N_("Error: {message}"),
    N_("Try '{command} {option}' for help."),
    N_("No such option {name!r}."),
    N_("No such command {name!r}."),
    N_("Missing argument"),
    N_("Missing option"),
    N_("Missing parameter"),
    N_("Missing command."),
    N_("Invalid value for {param_hint}: {message}"),
    N_("Invalid value: {message}"),
    N_("Option {name!r} does not take a value."),
    N_("{value!r} is not a valid {number_type}."),
    N_("{value} is not in the range {range}."),
    N_("{name} {filename!r} does not exist."),
    N_("{name} {filename!r} is a directory."),
    N_("{name} {filename!r} is a file."),
    N_("file"),
    N_("directory"),
    N_("path"),
    N_("Aborted!"),
)
CLICK_PLURALS = (
    N_plural("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)"),
    N_plural("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})"),
    N_plural("Option {name!r} requires an argument.", "Option {name!r} requires {nargs} arguments."),
    N_plural("{value!r} is not {choice}.", "{value!r} is not one of {choices}."),
)

_CLICK_MODULES = ("click.core", "click.exceptions", "click.formatting", "click.parser", "click.types")


def route_click() -> None:
    """click's modules translate with factlint's catalog: each bound the standard library's
    ``gettext``/``ngettext`` when it was imported, and only those bindings are replaced."""
    for name in _CLICK_MODULES:
        module = sys.modules.get(name)
        if module is None:
            continue
        if getattr(module, "_", None) is gettext.gettext:
            module._ = i18n._  # type: ignore[attr-defined]
        if getattr(module, "ngettext", None) is gettext.ngettext:
            module.ngettext = i18n.ngettext  # type: ignore[attr-defined]


def choose_early(args: Sequence[str]) -> None:
    """The language of help and usage errors: ``--locale`` on the command line when it names
    a language there are messages in, else the environment's, else English. The command
    settles it once its config and story are read."""
    wanted = None
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--locale" and i + 1 < len(args):
            wanted = args[i + 1]
        elif arg.startswith("--locale="):
            wanted = arg.partition("=")[2]
    try:
        i18n.use(i18n.early(wanted))
    except ValueError:  # a language there are no messages in: --locale's own check says so
        i18n.use(i18n.early(None))


@contextmanager
def translated(command: click.Command, ctx: click.Context) -> Iterator[None]:
    """``command``'s help, examples and options' help in the messages' language while its help
    is written; the English is put back after (a process may show help in several languages)."""
    saved: list[tuple[Any, str, str]] = []
    for owner in (command, *command.get_params(ctx)):
        for attr in ("help", "epilog", "short_help"):
            text = getattr(owner, attr, None)
            if isinstance(text, str) and text:
                saved.append((owner, attr, text))
                setattr(owner, attr, _(text))
    try:
        yield
    finally:
        for owner, attr, text in saved:
            setattr(owner, attr, text)


def summary(command: click.Command) -> str:
    """The first paragraph of a command's help, in the messages' language, on one line."""
    text = _(command.short_help) if command.short_help else _(command.help or "")
    return " ".join(text.split("\n\n")[0].split())


class Localized(click.Command):
    """A command whose help is in the messages' language."""

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with translated(self, ctx):
            super().format_help(ctx, formatter)


class HelpGroup(click.Group):
    """A command group whose help is in the messages' language and lists each command with the
    whole first paragraph of its help, wrapped, rather than cut after 45 characters with '...'.
    Its subcommands are ``Localized``, and so are groups made from it.

    ``lazy`` names commands by where they are defined (``"lint.cli.rules:rules_group"``): a
    module is imported only when its command runs or help lists it, so that ``factlint lint``,
    run on every commit, does not start by importing every other command."""

    command_class = Localized
    group_class = type

    def __init__(self, *args: Any, lazy: dict[str, str] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy = dict(lazy or {})

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        where = self.lazy.pop(cmd_name, None)
        if where is not None:
            module, _sep, name = where.partition(":")
            self.add_command(getattr(importlib.import_module(module), name), cmd_name)
        return super().get_command(ctx, cmd_name)

    def main(self, args: Sequence[str] | None = None, *rest: Any, **extra: Any) -> Any:
        route_click()
        choose_early(sys.argv[1:] if args is None else list(args))
        return super().main(args, *rest, **extra)

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with translated(self, ctx):
            super().format_help(ctx, formatter)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is None or command.hidden:
                continue
            rows.append((name, summary(command)))
        if rows:
            with formatter.section(_("Commands")):
                formatter.write_dl(rows)
