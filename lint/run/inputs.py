"""Finding and decoding the files to lint: directories recurse, ``-`` is stdin, bad input is named."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, NamedTuple

from lint.errors import FactlintError
from lint.files import NotRegularFile, read_regular_file
from lint.i18n import _

EXTENSIONS = (".md", ".markdown", ".txt")


class Target(NamedTuple):
    display: str  # the path as the user will see it in reports
    path: Path | None  # None for stdin


def collect(args: list[str]) -> Iterator[Target | FactlintError]:
    """Files to lint, in a stable order; unreadable entries come back as errors, not exceptions."""
    for arg in args:
        if arg == "-":
            yield Target("-", None)
            continue
        path = Path(arg)
        if path.is_dir():
            yield from _walk(path, arg)
        elif path.exists():
            yield Target(arg, path)
        else:
            yield FactlintError(_("no such file or directory"), arg)


def _walk(root: Path, display_root: str) -> Iterator[Target | FactlintError]:
    """The drafts below ``root``, sorted by the path shown. In a git work tree, what git
    ignores is left out (``git ls-files``: a ``node_modules/`` or ``build/`` the repository
    ignores is not read at all); elsewhere every directory is walked. Names starting with a
    dot are skipped either way."""
    from lint.run.gitfiles import not_ignored

    listed = not_ignored(root)
    if listed is None:
        yield from _walk_all(root, display_root)
        return
    entries: list[tuple[str, Path]] = []
    for rel in listed:
        parts = rel.rstrip("/").split("/")
        if any(part.startswith(".") for part in parts):
            continue
        full = root.joinpath(*parts)
        display = _display(display_root, os.path.join(*parts))
        if rel.endswith("/"):  # a repository of its own inside this one: git lists it, not its files
            entries.extend((t.display, t.path) for t in _walk(full, display) if isinstance(t, Target) and t.path)
        elif parts[-1].lower().endswith(EXTENSIONS) and os.path.lexists(full):  # (a tracked file may be deleted)
            entries.append((display, full))
    for display, full in sorted(entries):
        yield Target(display, full)


def _walk_all(root: Path, display_root: str) -> Iterator[Target | FactlintError]:
    errors: list[OSError] = []
    entries: list[tuple[str, Path]] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=errors.append):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        directory = Path(dirpath)
        # where the directory is below the root, worked out once for all its files
        below = directory.relative_to(root).parts
        for name in sorted(filenames):
            if name.lower().endswith(EXTENSIONS) and not name.startswith("."):
                entries.append((_display(display_root, os.path.join(*below, name)), directory / name))
    for err in errors:
        yield FactlintError(f"cannot read directory: {err.strerror}", str(err.filename))
    for display, full in sorted(entries):
        yield Target(display, full)


def _display(display_root: str, rel: str) -> str:
    """A file found below a directory argument, as reports name it: the argument joined with
    the path below it; for ``.``, just the path below it."""
    return os.path.join(display_root, rel) if display_root not in (".", "./") else rel


def decode(data: bytes, where: str) -> str:
    """Text of a draft: UTF-8 (BOM optional) or UTF-16 with a BOM. Binary data is refused."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise FactlintError(_("invalid UTF-16 at byte {byte}").format(byte=exc.start), where) from None
    if b"\x00" in data[:8192]:
        raise FactlintError(_("binary file, not text; skipped"), where)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        message = _("not valid UTF-8 (byte {byte} on line {line}); save the file as UTF-8")
        raise FactlintError(message.format(byte=exc.start, line=line), where) from None


DEFAULT_MAX_BYTES = 10 * 1024 * 1024


def read_target(target: Target, stdin: bytes | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The decoded text of a draft. A file over ``max_bytes`` is refused before it is read:
    a pre-commit hook should not spend minutes (or gigabytes) on an accidental data dump.
    Only regular files are read (a FIFO would hang the run, /dev/zero never ends), and never
    more than ``max_bytes`` of one, whatever its size said. ``stdin`` is what was read of
    standard input, at most one byte over the limit (``read_stdin``)."""
    if target.path is None:
        data = stdin or b""
        _check_size(len(data), max_bytes, target.display)
    else:
        data = read_file(target.path, target.display, max_bytes)
    return decode(data, target.display)


def read_file(path: Path, where: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of the regular file at ``path``; anything else is a FactlintError for ``where``."""
    try:
        _check_size(path.stat().st_size, max_bytes, where)
        data = read_regular_file(path, max_bytes + 1)
    except PermissionError:
        raise FactlintError(_("permission denied"), where) from None
    except IsADirectoryError:
        raise FactlintError(_("is a directory"), where) from None
    except FileNotFoundError:
        raise FactlintError(_("no such file (a broken link?)"), where) from None
    except NotRegularFile:
        raise FactlintError(_("not a regular file (a FIFO, socket or device); skipped"), where) from None
    except OSError as exc:
        raise FactlintError(_("cannot read: {reason}").format(reason=exc.strerror), where) from None
    _check_size(len(data), max_bytes, where)
    return data


def read_stdin(stream: BinaryIO, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Standard input, up to one byte past ``max_bytes``: enough for ``read_target`` to refuse
    it, without holding all of an endless stream."""
    return stream.read(max_bytes + 1)


def _check_size(size: int, max_bytes: int, where: str) -> None:
    if size > max_bytes:
        limit = f"{max_bytes / 1_048_576:g}"
        # one byte over is all that was read of it (read_stdin, read_target): its size is unknown
        if size > max_bytes + 1:
            message = _("file is {size} MB, over the {limit} MB limit; raise it with --max-file-size")
        else:
            message = _("file is over the {limit} MB limit; raise it with --max-file-size")
        raise FactlintError(message.format(size=f"{size / 1_048_576:.1f}", limit=limit), where)
