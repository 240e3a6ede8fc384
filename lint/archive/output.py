"""The archive's output directory: findings (JSON Lines or Parquet), the claims index, the summary."""

from __future__ import annotations

import io
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.json as pj
import pyarrow.parquet as pq

from lint.archive.claims import FIELDS, ClaimRow
from lint.checks.registry import KIND_NAMES
from lint.errors import FactlintError
from lint.findings import SEVERITIES, EvidenceRef
from lint.i18n import _
from lint.writing import write_atomically

FINDINGS = {"jsonl": "findings.jsonl", "parquet": "findings.parquet"}
CLAIMS = "claims.parquet"
SUMMARY = "summary.json"  # written last: an output directory without one is unfinished
FACTBASE = "factbase.json"  # the fact base the findings were made with
CHANGES = "changes.jsonl"  # a recheck's findings, new and resolved, per article read again
OUTPUTS = (SUMMARY, *FINDINGS.values(), CLAIMS, FACTBASE, CHANGES)
SCHEMA_VERSION = 1

# A finding's evidence, field for field as the JSON report writes it (lint/findings.py).
_EVIDENCE = pa.struct([(name, pa.int64() if name == "line" else pa.string()) for name in EvidenceRef._fields])
# The columns of the JSON report's findings (lint/reports/json_report.py), in its order.
FINDING_SCHEMA = pa.schema(
    [
        ("path", pa.string()),
        ("line", pa.int64()),
        ("column", pa.int64()),
        ("end_line", pa.int64()),
        ("end_column", pa.int64()),
        ("rule", pa.string()),
        ("kind", pa.string()),
        ("severity", pa.string()),
        ("message", pa.string()),
        ("text", pa.string()),
        ("fact", pa.string()),
        ("expected", pa.string()),
        ("evidence", pa.list_(_EVIDENCE)),
        ("suggestion", pa.string()),
    ]
)
_INTS = frozenset({"line", "column"})
CLAIM_SCHEMA = pa.schema([(name, pa.int32() if name in _INTS else pa.string()) for name in FIELDS])
_BYTES_PER_GROUP = 32 << 20  # of findings' JSON Lines, parsed into one Parquet row group


def prepare_out(out: Path, force: bool) -> None:
    """Make ``out`` ready to write to. A directory with anything in it is refused unless
    ``force``, and then only factlint's own files in it are replaced."""
    if out.exists() and not out.is_dir():
        raise FactlintError(_("not a directory"), str(out))
    if out.is_dir() and any(out.iterdir()):
        if not force:
            raise FactlintError(
                _("output directory is not empty; choose another, or --force to replace its outputs"), str(out)
            )
        for name in OUTPUTS:  # the summary first: a run stopped now leaves no finished-looking output
            (out / name).unlink(missing_ok=True)
    out.mkdir(parents=True, exist_ok=True)


def findings_file(out: Path) -> Path:
    """The findings an earlier run wrote to ``out``, in whichever format it chose."""
    for name in FINDINGS.values():
        if (out / name).exists():
            return out / name
    raise FactlintError(_("no findings here (findings.jsonl or findings.parquet)"), str(out))


class Tally:
    """Counts of findings by kind and severity, for the summary."""

    def __init__(self, summary: dict[str, Any] | None = None) -> None:
        """Zero, or the counts of an earlier run's ``summary``."""
        self.findings = int(summary["findings"]) if summary else 0
        self.by_kind = {**dict.fromkeys(KIND_NAMES, 0), **(summary["by_kind"] if summary else {})}
        self.by_severity = {**dict.fromkeys(SEVERITIES, 0), **(summary["by_severity"] if summary else {})}

    def add(self, counts: dict[tuple[str, str], int], sign: int = 1) -> None:
        """Count (or with ``sign`` -1, uncount) findings by kind and severity."""
        for (kind, severity), n in counts.items():
            self.findings += sign * n
            self.by_kind[kind] = self.by_kind.get(kind, 0) + sign * n
            self.by_severity[severity] += sign * n


def counts_of(findings: Iterable[dict[str, Any]]) -> dict[tuple[str, str], int]:
    return dict(Counter((f["kind"], f["severity"]) for f in findings))


class FindingsWriter:
    """Findings as JSON Lines of the JSON report's dicts, or as Parquet rows of the same columns."""

    def __init__(self, path: Path, fmt: str) -> None:
        self.path = path
        self._text = path.open("wb") if fmt == "jsonl" else None
        self._parquet = pq.ParquetWriter(path, FINDING_SCHEMA) if fmt == "parquet" else None
        self._lines: list[bytes] = []
        self._size = 0

    def write(self, lines: bytes) -> None:
        """Findings as JSON Lines (written by the workers, or by an earlier run)."""
        if self._text is not None:
            self._text.write(lines)
        elif lines:
            self._lines.append(lines)
            self._size += len(lines)
            if self._size >= _BYTES_PER_GROUP:
                self._flush()

    def _flush(self) -> None:
        if self._parquet is not None and self._lines:
            data = b"".join(self._lines)
            table = pj.read_json(
                io.BytesIO(data),
                read_options=pj.ReadOptions(block_size=len(data) + 1),  # a block must hold the longest line
                parse_options=pj.ParseOptions(explicit_schema=FINDING_SCHEMA, unexpected_field_behavior="error"),
            )
            self._parquet.write_table(table.select(FINDING_SCHEMA.names))
        self._lines, self._size = [], 0

    def close(self) -> None:
        if self._text is not None:
            self._text.close()
        if self._parquet is not None:
            self._flush()
            self._parquet.close()


def read_finding_lines(path: Path) -> Iterator[tuple[str, bytes]]:
    """Each finding an earlier run wrote, as its article's path and a JSON line, in the
    order written. Carried over unchanged, a finding is never parsed whole."""
    if path.suffix == ".jsonl":
        with path.open("rb") as handle:
            for line in handle:
                yield _path_of(line), line
        return
    for batch in pq.ParquetFile(path).iter_batches():
        for finding in batch.to_pylist():
            yield finding["path"], json.dumps(finding, ensure_ascii=False).encode("utf-8") + b"\n"


_HEAD = b'{"path": '  # how every line this module writes begins (the JSON report's first key)
_DECODER = json.JSONDecoder()


def _path_of(line: bytes) -> str:
    if line.startswith(_HEAD):
        path, _end = _DECODER.raw_decode(line.decode("utf-8"), len(_HEAD))
        if isinstance(path, str):
            return path
    return str(json.loads(line)["path"])


def claims_table(rows: list[ClaimRow]) -> pa.Table:
    """Index rows as a table of the index's columns (on a worker: the client only writes it)."""
    columns: list[tuple[Any, ...]] = list(zip(*rows, strict=True)) if rows else [() for _ in FIELDS]
    return pa.Table.from_arrays(
        [pa.array(c, type=t) for c, t in zip(columns, CLAIM_SCHEMA.types, strict=True)], schema=CLAIM_SCHEMA
    )


class ClaimsWriter:
    def __init__(self, path: Path) -> None:
        self._writer = pq.ParquetWriter(path, CLAIM_SCHEMA)

    def write(self, table: pa.Table) -> None:
        if table.num_rows:
            self._writer.write_table(table)

    def close(self) -> None:
        self._writer.close()


def claim_batches(path: Path, columns: list[str] | None = None) -> Iterator[pa.RecordBatch]:
    try:
        yield from pq.ParquetFile(path).iter_batches(columns=columns)
    except (OSError, pa.ArrowException) as exc:
        raise FactlintError(_("cannot read the claims index: {reason}").format(reason=exc), str(path)) from None


def paths_citing(path: Path, facts: Iterable[str], titles: Iterable[str]) -> set[str]:
    """The articles with a row about one of ``facts`` (fact ids and ``person:<id>``), or
    naming someone with one of ``titles``."""
    facts, titles = pa.array(sorted(set(facts)), pa.string()), pa.array(sorted(set(titles)), pa.string())
    found: set[str] = set()
    for batch in claim_batches(path, ["path", "fact", "title"]):
        hit = pc.or_kleene(pc.is_in(batch["fact"], facts), pc.is_in(batch["title"], titles))
        found.update(pc.unique(batch["path"].filter(pc.fill_null(hit, False))).to_pylist())
    return found


def write_summary(out: Path, summary: dict[str, Any]) -> None:
    write_atomically(out / SUMMARY, json.dumps(summary, ensure_ascii=False, indent=1) + "\n")


def read_summary(out: Path) -> dict[str, Any]:
    path = out / SUMMARY
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FactlintError(
            _("no summary.json: not the output of a finished 'factlint archive check'"), str(out)
        ) from None
    except (OSError, ValueError) as exc:
        raise FactlintError(_("cannot read: {reason}").format(reason=exc), str(path)) from None
    if not isinstance(data, dict) or data.get("schema_version") != SCHEMA_VERSION:
        raise FactlintError(_("unknown summary schema version"), str(path))
    return data
