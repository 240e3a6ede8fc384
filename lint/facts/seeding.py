"""Adding an article to a story: staged and built aside, then written all at once or not at all.

The article is copied unchanged, its entry appended to seeds.yaml as text (the file's comments
and order stay), and the fact base rebuilt. Everything is first built in a staging copy of the
story: if the build refuses the story with the article, nothing in the story is touched.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import shutil
import tempfile
from pathlib import Path
from typing import NamedTuple

import yaml

from lint.errors import FactlintError
from lint.facts.build import build_factbase, story_inputs
from lint.facts.changes import StoryChanges, story_changes
from lint.facts.factbase import FACTBASE_FILE, FactBase, input_digests, load_factbase
from lint.facts.story import Story, load_story
from lint.i18n import _
from lint.reading.document import PartialDate
from lint.reading.language import load_lexicon
from lint.reading.reader import Reader
from lint.run.inputs import DEFAULT_MAX_BYTES, read_file
from lint.writing import create_new, write_bytes_atomically
from lint.yamlio import load_yaml_text

SEEDS_FILE = "seeds.yaml"
_NUMBERED = re.compile(r"^(\d+)_")
_URL = re.compile(r"^https?://[^\s<>\"]+$")
# factlint's own copy of the shipped story, inside an installed package: never written to
_INSTALLED = Path(__file__).resolve().parent.parent / "_data"


class NewSeed(NamedTuple):
    file: str  # its name in the story: NNN_<first 16 hex digits of the sha256 of its bytes>.txt
    data: bytes  # the article, byte for byte
    entry: str  # its seeds.yaml entry, as appended


class Addition(NamedTuple):
    """An article ready to join a story: what it changes, and the files' contents before and after."""

    story: Story  # the story as it is
    seed: NewSeed
    changes: StoryChanges
    seeds_before: bytes
    seeds_after: bytes
    factbase_before: bytes | None  # None: there was no factbase.json
    factbase_after: bytes | None  # None: the build refused the story with the article
    stale: bool  # factbase.json was not the fact base of the story as it was
    story_after: Story  # the story with the article, as built aside: its seeds.yaml names the article

    @property
    def paths(self) -> tuple[Path, Path, Path]:
        """The article's copy, seeds.yaml and factbase.json, in the order they are written."""
        root = self.story.root
        return root / self.seed.file, root / SEEDS_FILE, root / FACTBASE_FILE


def prepare(
    root: Path,
    article: Path,
    outlet: str,
    published: PartialDate,
    url: str | None = None,
    title: str | None = None,
) -> Addition:
    """Everything ``seeds add`` would do to the story at ``root``, worked out without writing to
    it. Refuses (FactlintError) an article already in the story, one that is not UTF-8 text,
    an outlet, url or title that is not one line, and factlint's own installed copy of a story."""
    root = root.resolve()
    if root == _INSTALLED or _INSTALLED in root.parents:
        raise FactlintError(
            _(
                "this is factlint's own copy of the story, inside the installed package; copy it into your "
                "repository and name it with --story or the config's 'story:'"
            ),
            str(root),
        )
    story = load_story(root)
    data = read_file(article, str(article), DEFAULT_MAX_BYTES)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        message = _("not UTF-8 text (byte {byte}); seeds are read as UTF-8").format(byte=exc.start)
        raise FactlintError(message, str(article)) from None
    if not text.strip():
        raise FactlintError(_("the article is empty"), str(article))
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    for known in story.seeds:
        if known.digest == digest:
            message = _("already in the story as {file} ({where}); nothing added")
            raise FactlintError(message.format(file=known.file, where=f"{SEEDS_FILE}:{known.line}"), str(article))
    name = _seed_name(story, data)
    seed = NewSeed(name, data, _entry(name, outlet, published, url, title))
    if (root / seed.file).exists():
        message = _("{file} is already in the story directory but not in {seeds}")
        raise FactlintError(message.format(file=seed.file, seeds=SEEDS_FILE), str(root))
    seeds_before = (root / SEEDS_FILE).read_bytes()
    seeds_after = _appended(seeds_before, seed.entry)
    _check_appended(seeds_after, seed.file, root / SEEDS_FILE)
    reader = Reader(load_lexicon(story.lang, story.lang_dirs), story)
    old, factbase_before, stale = _current(story, reader)
    with tempfile.TemporaryDirectory(prefix="factlint-story-") as staging:
        staged = _stage(story, Path(staging), seed, seeds_after)
        changes = story_changes(old, staged, Reader(load_lexicon(staged.lang, staged.lang_dirs), staged))
    after = changes.new.to_json().encode("utf-8") if changes.new is not None else None
    return Addition(story, seed, changes, seeds_before, seeds_after, factbase_before, after, stale, staged)


def _seed_name(story: Story, data: bytes) -> str:
    numbers = [int(m.group(1)) for s in story.seeds if (m := _NUMBERED.match(s.file))]
    following = max(numbers, default=len(story.seeds) - 1) + 1
    return f"{following:03d}_{hashlib.sha256(data).hexdigest()[:16]}.txt"


def _line(value: str, what: str) -> str:
    value = value.strip()
    if not value or any(ord(c) < 32 or ord(c) == 127 for c in value):
        raise FactlintError(_("{what} must be one line of text").format(what=what))
    return value


def _entry(file: str, outlet: str, published: PartialDate, url: str | None, title: str | None) -> str:
    """The seeds.yaml entry, as seeds.yaml writes them: plain where YAML allows, quoted where not."""
    fields: dict[str, str] = {"file": file, "outlet": _line(outlet, "--outlet"), "published": published.iso()}
    if url is not None:
        if not _URL.match(url):
            raise FactlintError(_("--url '{url}' is not an http or https address").format(url=url))
        fields["url"] = url
    if title is not None:
        fields["title"] = _line(title, "--title")
    lines: list[str] = []
    for key, value in fields.items():
        written = yaml.safe_dump({key: value}, allow_unicode=True, width=1 << 30, sort_keys=False).rstrip("\n")
        if key == "published":  # a date, as the other entries write it (read back as text)
            written = f"{key}: {value}"
        lines.append(("- " if not lines else "  ") + written)
    return "\n".join(lines) + "\n"


def _appended(before: bytes, entry: str) -> bytes:
    text = before if before.endswith(b"\n") or not before else before + b"\n"
    return text + entry.encode("utf-8")


def _check_appended(after: bytes, file: str, path: Path) -> None:
    """seeds.yaml with the entry appended must read as the list it was, with the entry last:
    a file written another way (a flow list, a document end) is left for a person to edit."""
    try:
        data = load_yaml_text(after.decode("utf-8-sig"), str(path))
    except (FactlintError, UnicodeDecodeError):
        data = None
    last = data[-1] if isinstance(data, list) and data else None
    if not isinstance(last, dict) or last.get("file") != file:
        message = _(
            "cannot append an entry to {seeds} as it is written (not a block list of entries); "
            "add the article's entry by hand"
        )
        raise FactlintError(message.format(seeds=SEEDS_FILE), str(path))


def _current(story: Story, reader: Reader) -> tuple[FactBase, bytes | None, bool]:
    """The fact base of the story as it is, what factbase.json holds, and whether it was stale
    (then the changes are against a fresh build, not the file)."""
    path = story.root / FACTBASE_FILE
    before = path.read_bytes() if path.exists() else None
    if before is not None:
        base = load_factbase(path)
        if base.inputs == input_digests(story_inputs(story)):
            return base, before, False
    fresh = build_factbase(story, reader)[0]
    return fresh, before, True


def _stage(story: Story, staging: Path, seed: NewSeed, seeds_after: bytes) -> Story:
    """A copy of the story's inputs with the article added, in ``staging``. The fact base built
    there is the one the story will have: its inputs are named, never located."""
    shutil.copy2(story.facts_path, staging / story.facts_path.name)
    for known in story.seeds:
        target = staging / known.file
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(story.root / known.file, target)
    own_lang = story.root / "lang"
    if own_lang.is_dir():
        shutil.copytree(own_lang, staging / "lang")
    (staging / seed.file).write_bytes(seed.data)
    (staging / SEEDS_FILE).write_bytes(seeds_after)
    return load_story(staging)


class NotWritten(FactlintError):
    """The story changed while the article was being added, or a write failed: what had been
    written is undone."""


def write(addition: Addition) -> None:
    """Write the article's copy, factbase.json and seeds.yaml: each atomically, all or none. The
    story must still hold what ``prepare`` read; a write that fails undoes the ones before it."""
    if addition.factbase_after is None:
        raise FactlintError(_("the build refuses the story with this article; nothing written"))
    article, seeds, factbase = addition.paths
    _unchanged(seeds, addition.seeds_before)
    _unchanged(factbase, addition.factbase_before)
    done: list[tuple[Path, bytes | None]] = []  # each file written, with what it held before
    try:
        create_new(article, addition.seed.data)
        done.append((article, None))
        write_bytes_atomically(factbase, addition.factbase_after)
        done.append((factbase, addition.factbase_before))
        _unchanged(seeds, addition.seeds_before)
        write_bytes_atomically(seeds, addition.seeds_after)
    except BaseException as exc:
        for path, before in reversed(done):
            with contextlib.suppress(OSError):
                if before is None:
                    path.unlink()
                else:
                    write_bytes_atomically(path, before)
        if isinstance(exc, FactlintError):
            raise
        if isinstance(exc, FileExistsError):
            message = _("{file} appeared in the story meanwhile; nothing written").format(file=article.name)
            raise NotWritten(message, str(article)) from None
        if isinstance(exc, OSError):
            message = _("cannot write: {reason}; nothing written").format(reason=exc.strerror or exc)
            raise NotWritten(message, str(exc.filename or "")) from None
        raise


def _unchanged(path: Path, before: bytes | None) -> None:
    now = path.read_bytes() if path.exists() else None
    if now != before:
        message = _("{file} changed while the article was being added; nothing written").format(file=path.name)
        raise NotWritten(message, str(path))
