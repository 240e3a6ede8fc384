"""Editors' decisions: findings dismissed with a reason, kept in the article repository.

A decision is kept in ``.factlint-decisions.yaml`` beside the config (or at the repository's
root), one entry per dismissed finding, sorted, so that two editors' decisions merge as two
hunks. It names the finding by what was flagged, not where: the rule, the fact, the flagged
text and a digest of its sentence with the spaces evened out. Edits elsewhere in the draft,
lines added above it, the sentence moved, leave the decision standing; an edit to the sentence
itself asks for a new look. A decision applies to every draft under the file: a sentence copied
into another draft keeps its decision, and the same text flagged twice in one sentence is one
decision.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import os
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import yaml

from lint.errors import FactlintError
from lint.findings import Finding
from lint.i18n import N_, _
from lint.run.config import Config
from lint.schema import Checker
from lint.writing import write_bytes_atomically
from lint.yamlio import Node, load_yaml_text

if TYPE_CHECKING:
    from lint.reading.claims import Analysis

DECISIONS_FILE = ".factlint-decisions.yaml"
# The reasons a newsroom gives most; any other is kept as written, and counted as "other".
# (The descriptions are messages, translated with _ where they are shown.)
REASONS = {
    "wrong-reading": N_("factlint read the sentence wrong"),
    "fact-base-out-of-date": N_("the draft is right and the fact base does not know it yet"),
    "accepted-style": N_("the house accepts this way of writing it"),
}
OTHER = "other"
MAX_TEXT = 500  # characters of a reason, a note or a name
MAX_DECISIONS = 10_000  # a file of more is refused: nothing a newsroom writes by hand gets near it
_KEYS = {"rule", "kind", "fact", "text", "sentence", "reason", "note", "path", "line", "date", "by"}
_REQUIRED = {"rule", "text", "sentence", "reason"}
_HEADER = (
    "# Editors' decisions on factlint's findings: each entry dismisses one finding, wherever its\n"
    "# sentence moves (rule, fact, the flagged text and a digest of its sentence; path and line say\n"
    "# where it was made). Written by 'factlint dismiss' and the review page, kept sorted; an entry\n"
    "# may be removed by hand. 'factlint decisions report' counts them per rule and reason.\n"
    "\n"
)


class DecisionKey(NamedTuple):
    """What a decision is about; a finding with the same key is dismissed."""

    rule: str
    fact: str | None
    text: str
    sentence: str  # sentence_digest of the flagged sentence


class Decision(NamedTuple):
    key: DecisionKey
    kind: str | None
    reason: str  # one of REASONS, or an editor's own words
    note: str | None
    path: str  # the draft it was made on, relative to the decisions file's directory; "-" for a pasted one
    line: int  # where the finding stood then, for a person: never matched
    date: str  # when it was made
    by: str | None
    at: int = 0  # its line in the decisions file (0: not written yet)

    @property
    def reason_code(self) -> str:
        return self.reason if self.reason in REASONS else OTHER


class Decisions(NamedTuple):
    """A decisions file as loaded: its entries in file order, and each key's first entry."""

    path: Path
    entries: tuple[Decision, ...]
    by_key: dict[DecisionKey, int]

    @property
    def root(self) -> Path:
        return self.path.parent

    def relative(self, path: Path | None) -> str:
        """``path`` as decisions name drafts: relative to the file's directory, or as given when
        it lies elsewhere; "-" for standard input."""
        if path is None:
            return "-"
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except (ValueError, RuntimeError):
            return path.as_posix()


class Dismissal(NamedTuple):
    finding: Finding
    decision: int  # index into Decisions.entries


def sentence_digest(sentence: str) -> str:
    """16 hex digits of the sentence's SHA-256, after NFKC and with every run of white space one
    space: a sentence rewrapped, or retyped with other spaces, is the same sentence."""
    import hashlib  # imported when a finding is keyed: a clean draft's run needs none of it

    normal = " ".join(unicodedata.normalize("NFKC", sentence).split())
    return hashlib.sha256(normal.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def finding_key(finding: Finding, analysis: Analysis, starts: list[int] | None = None) -> DecisionKey:
    """The key of a finding in the draft it was found in: its sentence, else its line.
    (``starts``: the sentences' starts, when the caller keys many findings of one draft.)"""
    sentences = analysis.sentences
    if starts is None:
        starts = [s.start for s in sentences]
    index = bisect.bisect_right(starts, finding.offset) - 1
    if 0 <= index < len(sentences) and sentences[index].start <= finding.offset < sentences[index].end:
        sentence = sentences[index].text
    else:
        sentence = analysis.document.line_text(finding.line)
    return DecisionKey(finding.rule, finding.fact, finding.text, sentence_digest(sentence))


def apply_decisions(
    findings: list[Finding], analysis: Analysis, decisions: Decisions
) -> tuple[list[Finding], list[Dismissal]]:
    """The findings no decision dismisses, and those it does with the decision that did."""
    if not decisions.entries or not findings:
        return findings, []
    kept: list[Finding] = []
    dismissed: list[Dismissal] = []
    starts = [s.start for s in analysis.sentences]
    for finding in findings:
        hit = decisions.by_key.get(finding_key(finding, analysis, starts))
        if hit is None:
            kept.append(finding)
        else:
            dismissed.append(Dismissal(finding, hit))
    return kept, dismissed


def decisions_path(config: Config) -> Path:
    """Where the decisions for drafts under ``config`` are kept: beside its config file, or (with
    no config file) at the root of the repository the drafts are in, else in their directory."""
    if config.source:
        return config.root / DECISIONS_FILE
    root = config.root.resolve()
    for directory in (root, *root.parents):
        if os.path.lexists(directory / ".git"):
            return directory / DECISIONS_FILE
    return root / DECISIONS_FILE


# --- reading ---------------------------------------------------------------------------------


def load_decisions(path: Path) -> Decisions:
    """The decisions in ``path``: none when it does not exist. A malformed entry is an error
    naming the file and line, before any draft is read."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Decisions(path, (), {})
    except OSError as exc:
        raise FactlintError(_("cannot read: {reason}").format(reason=exc.strerror or exc), str(path)) from None
    return parse_decisions(raw, path)


def parse_decisions(raw: bytes, path: Path) -> Decisions:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FactlintError(_("not UTF-8 (byte {byte})").format(byte=exc.start), str(path)) from None
    data = load_yaml_text(text, str(path))
    if data is None:
        return Decisions(path, (), {})
    if not isinstance(data, list):
        raise FactlintError(_("must be a list of decisions"), str(path))
    if len(data) > MAX_DECISIONS:
        raise FactlintError(_("more than {count} decisions").format(count=MAX_DECISIONS), str(path))
    c = Checker(str(path))
    entries = tuple(_decision(c, item) for item in data)
    by_key: dict[DecisionKey, int] = {}
    for index, entry in enumerate(entries):
        by_key.setdefault(entry.key, index)
    return Decisions(path, entries, by_key)


def _decision(c: Checker, item: Any) -> Decision:
    what = _("a decision")
    node = c.mapping(item, what)
    c.keys(node, _KEYS, _REQUIRED, what)
    for key in ("rule", "text", "sentence", "reason"):
        c.string(node, key, what)
    for key in ("kind", "fact", "note", "path", "by", "date"):
        if node.get(key) is not None and not isinstance(node[key], str | dt.date):
            raise c.fail(node, _("'{key}' of a decision must be text").format(key=key), key)
    line = node.get("line", 0)
    if not isinstance(line, int) or isinstance(line, bool) or line < 0:
        raise c.fail(node, _("'line' of a decision must be a line number"), "line")
    return Decision(
        DecisionKey(str(node["rule"]), _text(node, "fact"), str(node["text"]), str(node["sentence"])),
        _text(node, "kind"),
        str(node["reason"]),
        _text(node, "note"),
        _text(node, "path") or "-",
        line,
        _text(node, "date") or "",
        _text(node, "by"),
        node.line,
    )


def _text(node: Node, key: str) -> str | None:
    value = node.get(key)
    return None if value is None else str(value)


# --- writing ---------------------------------------------------------------------------------


def new_decision(
    key: DecisionKey,
    kind: str | None,
    reason: str,
    note: str | None,
    path: str,
    line: int,
    by: str | None = None,
    today: dt.date | None = None,
) -> Decision:
    """A decision to add, its words checked: one line each, of at most MAX_TEXT characters."""
    reason = one_line(reason, _("the reason"))
    note = one_line(note, _("the note")) if note else None
    by = one_line(by, _("who decided")) if by else None
    return Decision(key, kind, reason, note, path, line, (today or dt.date.today()).isoformat(), by)


def one_line(value: str, what: str) -> str:
    """``value`` stripped, when it is one line of at most MAX_TEXT characters; ``what`` names it
    in the error, in the run's language."""
    value = value.strip()
    if not value or len(value) > MAX_TEXT or any(unicodedata.category(ch) in ("Cc", "Zl", "Zp") for ch in value):
        raise FactlintError(
            _("{what} must be one line of at most {count} characters").format(what=what, count=MAX_TEXT)
        )
    return value


def _sort_key(d: Decision) -> tuple[str, str, str, str, str]:
    return (d.path, d.key.rule, d.key.sentence, d.key.text, d.key.fact or "")


def entry_text(d: Decision) -> str:
    """An entry as the file holds it: one key a line, quoted where YAML needs it."""
    fields: dict[str, Any] = {"rule": d.key.rule, "kind": d.kind, "fact": d.key.fact, "text": d.key.text}
    fields |= {"sentence": d.key.sentence, "reason": d.reason, "note": d.note, "path": d.path, "line": d.line}
    fields |= {"date": d.date, "by": d.by}
    lines: list[str] = []
    for name, value in fields.items():
        if value is None:
            continue
        dumped = yaml.safe_dump({name: value}, allow_unicode=True, width=1 << 30, sort_keys=False).rstrip("\n")
        lines.append(("- " if not lines else "  ") + dumped)
    return "\n".join(lines) + "\n"


def with_decision(raw: bytes | None, path: Path, decision: Decision) -> tuple[bytes, Decision | None]:
    """The file's new content with ``decision`` inserted in order, the rest of it unchanged; and
    the decision already there with the same key, if any (then the content is ``raw``)."""
    current = parse_decisions(raw, path) if raw is not None else Decisions(path, (), {})
    known = current.by_key.get(decision.key)
    if known is not None:
        return raw or b"", current.entries[known]
    if len(current.entries) >= MAX_DECISIONS:
        raise FactlintError(
            _("already holds {count} decisions; no more are taken").format(count=MAX_DECISIONS), str(path)
        )
    text = raw.decode("utf-8-sig") if raw is not None else _HEADER
    if text and not text.endswith("\n"):
        text += "\n"
    lines = text.splitlines(keepends=True)
    after = next((e for e in current.entries if _sort_key(e) > _sort_key(decision)), None)
    if after is None:
        cut = len(lines)
    else:
        cut = after.at - 1  # the entry's first key; its "-" may stand on a line of its own above
        while cut > 0 and not lines[cut].startswith("-"):
            cut -= 1
        while cut > 0 and lines[cut - 1].startswith("#"):  # a comment right above an entry is its own
            cut -= 1
    new = "".join(lines[:cut]) + entry_text(decision) + "".join(lines[cut:])
    parse_decisions(new.encode("utf-8"), path)  # what is written must read back
    return new.encode("utf-8"), None


@contextlib.contextmanager
def _locked(directory: Path) -> Iterator[None]:
    """Hold the directory's lock while the file is read and rewritten, so that two editors
    dismissing at once both keep their decision. (Where there is no flock, nothing is held.)"""
    try:
        import fcntl
    except ImportError:  # Windows
        yield
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def add_decision(path: Path, decision: Decision) -> tuple[Decision, bool]:
    """Record ``decision`` in the file at ``path`` (made if need be), atomically. The decision
    as recorded, and whether it is new (False: the finding was already dismissed)."""
    try:
        with _locked(path.parent):
            try:
                raw: bytes | None = path.read_bytes()
            except FileNotFoundError:
                raw = None
            new, known = with_decision(raw, path, decision)
            if known is not None:
                return known, False
            write_bytes_atomically(path, new)
    except OSError as exc:
        raise FactlintError(_("cannot write: {reason}").format(reason=exc.strerror or exc), str(path)) from None
    written = parse_decisions(new, path)
    return written.entries[written.by_key[decision.key]], True


# --- what a run did with them ----------------------------------------------------------------


class Stale(NamedTuple):
    decisions: Decisions
    decision: Decision


class DecisionUse:
    """Which decisions a run used, and which drafts it read under each decisions file: a
    decision made on a draft that was read, and that dismissed nothing, no longer matches."""

    __slots__ = ("files", "read", "used")

    def __init__(self) -> None:
        self.files: dict[Path, Decisions] = {}
        self.used: dict[Path, set[int]] = {}
        self.read: dict[Path, set[str]] = {}

    def saw(self, decisions: Decisions, draft: Path | None, dismissed: Iterable[Dismissal]) -> None:
        self.files.setdefault(decisions.path, decisions)
        self.read.setdefault(decisions.path, set()).add(decisions.relative(draft))
        self.used.setdefault(decisions.path, set()).update(d.decision for d in dismissed)

    def stale(self) -> list[Stale]:
        out: list[Stale] = []
        for path, decisions in self.files.items():
            used, read = self.used.get(path, set()), self.read.get(path, set())
            out.extend(
                Stale(decisions, d)
                for i, d in enumerate(decisions.entries)
                if i not in used and d.path in read and d.path != "-"
            )
        return out


# --- finding the finding an editor means --------------------------------------------------------


def locate(findings: list[Finding], where: str, line: int, column: int | None, rule: str) -> Finding:
    """The one finding of ``rule`` (a rule id or a kind) at ``line`` (and ``column``) of a draft,
    as an editor names it: ``draft.md:12 figure-unverified``. None, or more than one without a
    column, is a FactlintError that lists what is there."""
    here = [f for f in findings if f.line == line]
    named = [f for f in here if rule in (f.rule, f.kind) and (column is None or f.column == column)]
    if len(named) == 1:
        return named[0]
    if not named:
        there = "; ".join(f"{f.line}:{f.column} {f.kind} [{f.rule}] '{f.text}'" for f in here)
        place = f"{where}:{line}" + (f":{column}" if column is not None else "")
        if there:
            message = _("no finding of '{rule}' at {place} (there: {there})").format(
                rule=rule, place=place, there=there
            )
        else:
            message = _("no finding of '{rule}' at {place} (nothing is reported on that line)")
            message = message.format(rule=rule, place=place)
        raise FactlintError(message)
    at = ", ".join(f"{where}:{f.line}:{f.column}" for f in named)
    message = _("{count} findings of '{rule}' on {place}; name one with its column: {at}")
    raise FactlintError(message.format(count=len(named), rule=rule, place=f"{where}:{line}", at=at))


# --- what the decisions say about the rules -----------------------------------------------------


class RuleTally(NamedTuple):
    rule: str
    kind: str | None
    dismissed: int
    reasons: dict[str, int]  # by REASONS code, and OTHER
    other: dict[str, int]  # the editors' own words, by how often they were given
    reported: int | None  # findings a run reported (None: no drafts were linted)

    @property
    def share(self) -> float | None:
        """How many of the rule's findings editors dismissed: the newsroom's own measure of how
        often it is wrong (or right but unwanted)."""
        if self.reported is None or self.reported + self.dismissed == 0:
            return None
        return self.dismissed / (self.reported + self.dismissed)


def tally(dismissals: Iterable[Decision], reported: dict[str, tuple[str, int]] | None = None) -> list[RuleTally]:
    """Per rule, how often it was dismissed and why; with ``reported`` (rule -> its kind and the
    findings a run reported), also how often its findings were kept."""
    counts: dict[str, list[Decision]] = {}
    for d in dismissals:
        counts.setdefault(d.key.rule, []).append(d)
    rules = sorted(counts.keys() | (reported or {}).keys())
    out = []
    for rule in rules:
        made = counts.get(rule, [])
        reasons = {code: 0 for code in (*REASONS, OTHER)}
        other: dict[str, int] = {}
        for d in made:
            reasons[d.reason_code] += 1
            if d.reason_code == OTHER:
                other[d.reason] = other.get(d.reason, 0) + 1
        kind = next((d.kind for d in made if d.kind), None) or (reported or {}).get(rule, (None, 0))[0]
        shown = reported.get(rule, (None, 0))[1] if reported is not None else None
        out.append(RuleTally(rule, kind, len(made), reasons, other, shown))
    return sorted(out, key=lambda t: (-t.dismissed, t.rule))
