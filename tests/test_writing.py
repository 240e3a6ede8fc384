"""Files factlint writes (a fact base, fixed drafts, its caches) get the permissions a user
expects: a new file as open() would make it, a replaced one keeps its own, a cache file is
private."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from lint.writing import ChangedSinceRead, rewrite_in_place, write_atomically, write_bytes_atomically

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def test_a_new_file_follows_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_atomically(tmp_path / "factbase.json", "{}\n")
        os.umask(0o002)
        write_atomically(tmp_path / "shared.json", "{}\n")
    finally:
        os.umask(old)
    assert _mode(tmp_path / "factbase.json") == 0o644
    assert _mode(tmp_path / "shared.json") == 0o664
    assert (tmp_path / "factbase.json").read_text(encoding="utf-8") == "{}\n"


def test_a_replaced_file_keeps_its_permissions(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text("lama\n", encoding="utf-8")
    draft.chmod(0o640)
    write_atomically(draft, "baru\n")
    assert _mode(draft) == 0o640 and draft.read_text(encoding="utf-8") == "baru\n"


def test_a_private_file_is_the_owners_alone_even_over_a_shared_one(tmp_path: Path) -> None:
    cache = tmp_path / "projects.pickle"
    cache.write_bytes(b"old")
    cache.chmod(0o666)
    write_bytes_atomically(cache, b"new", private=True)
    assert _mode(cache) == 0o600 and cache.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["projects.pickle"]  # no temporary file left


def test_a_rewrite_that_fails_half_way_puts_the_file_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "draft.md"
    path.write_bytes(b"before " * 100)
    real = os.pwrite
    calls = []

    def pwrite(fd: int, data: bytes, offset: int) -> int:
        calls.append(offset)
        if len(calls) == 2:  # the first half went out; the disk fails on the rest
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        return real(fd, bytes(data)[:300] if len(calls) == 1 else data, offset)

    monkeypatch.setattr(os, "pwrite", pwrite)
    with pytest.raises(OSError, match="Input/output error"):
        rewrite_in_place(path, b"before " * 100, b"after! " * 120)
    assert path.read_bytes() == b"before " * 100


def test_a_rewrite_refuses_a_file_that_changed(tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_bytes(b"edited")
    with pytest.raises(ChangedSinceRead):
        rewrite_in_place(path, b"read", b"fixed")
    assert path.read_bytes() == b"edited"
