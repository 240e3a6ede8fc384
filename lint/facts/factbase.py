"""The canonical fact base: records with evidence, as written to and read from factbase.json."""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from lint.errors import FactlintError
from lint.i18n import _
from lint.reading.document import PartialDate

SCHEMA_VERSION = 1
FACTBASE_FILE = "factbase.json"

# Bounds that cannot describe the same amount: "fewer than 10.000" is not "more than 10.000".
# ("About 10.000" for a source's "more than 10.000" is loose, but the same figure to an editor.)
_OPPOSED = {("lower", "upper"), ("upper", "lower")}


class Evidence(NamedTuple):
    seed: str
    line: int
    column: int
    quote: str


class Record(NamedTuple):
    fact: str
    value: str  # a number for figures ("10000"), an ISO partial date for dates ("2024-06")
    display: str  # as written in the seed ("lebih dari 10.000")
    bound: str  # exact | lower | upper | approx (figures); exact for dates
    source: str | None
    source_name: str | None
    via: str | None
    as_of: str  # ISO partial date the record speaks for
    dated: bool  # the seed sentence gives the record's own date
    status: str  # accepted | rejected (a single-valued fact's outlier)
    evidence: Evidence

    @property
    def number(self) -> float:
        return float(self.value)

    @property
    def as_of_date(self) -> PartialDate:
        parsed = PartialDate.parse(self.as_of) if "-" in self.as_of else PartialDate(int(self.as_of))
        assert parsed is not None
        return parsed

    @property
    def date_value(self) -> PartialDate:
        parsed = PartialDate.parse(self.value) if "-" in self.value else PartialDate(int(self.value))
        assert parsed is not None
        return parsed


class Conflict(NamedTuple):
    values: tuple[str, ...]
    resolution: str
    why: str


class FactEntry(NamedTuple):
    id: str
    about: str
    type: str
    multi_source: bool
    canonical: str | None  # single-valued facts only
    conflict: Conflict | None
    records: tuple[Record, ...]

    @property
    def accepted(self) -> tuple[Record, ...]:
        return tuple(r for r in self.records if r.status == "accepted")


class Title(NamedTuple):
    title: str
    evidence: Evidence


class PersonEntry(NamedTuple):
    id: str
    name: str
    titles: tuple[Title, ...]
    evidence: Evidence | None


class FactBase(NamedTuple):
    story: str
    inputs: dict[str, str]
    facts: dict[str, FactEntry]
    people: dict[str, PersonEntry]

    def to_json(self) -> str:
        import json  # a run with its project cached never reads or writes JSON

        data = {
            "schema_version": SCHEMA_VERSION,
            "story": self.story,
            "inputs": dict(sorted(self.inputs.items())),
            "facts": [_fact_json(self.facts[k]) for k in sorted(self.facts)],
            "people": [_person_json(self.people[k]) for k in sorted(self.people)],
        }
        return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def plain(value: Any) -> Any:
    """A record as JSON-ready dicts and lists, nested records included."""
    if isinstance(value, tuple) and hasattr(value, "_asdict"):
        return {name: plain(item) for name, item in value._asdict().items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    return value


def _fact_json(f: FactEntry) -> dict[str, Any]:
    return {
        "id": f.id,
        "about": f.about,
        "type": f.type,
        "multi_source": f.multi_source,
        "canonical": f.canonical,
        "conflict": plain(f.conflict) if f.conflict else None,
        "records": [plain(r) for r in f.records],
    }


def _person_json(p: PersonEntry) -> dict[str, Any]:
    return {
        "id": p.id,
        "name": p.name,
        "titles": [plain(t) for t in p.titles],
        "evidence": plain(p.evidence) if p.evidence else None,
    }


def load_factbase(path: Path) -> FactBase:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FactlintError(_("no fact base here; run 'factlint build'"), str(path)) from None
    except (OSError, ValueError) as exc:
        raise FactlintError(_("cannot read fact base: {reason}").format(reason=exc), str(path)) from None
    return parse_factbase(text, str(path))


def parse_factbase(text: str, where: str) -> FactBase:
    """A fact base from the text of a factbase.json (a file, or one a git revision holds)."""
    import json

    try:
        data = json.loads(text)
    except ValueError as exc:
        raise FactlintError(_("cannot read fact base: {reason}").format(reason=exc), where) from None
    if not isinstance(data, dict) or data.get("schema_version") != SCHEMA_VERSION:
        raise FactlintError(_("fact base has an unknown schema version; run 'factlint build'"), where)
    try:
        facts = {f["id"]: _fact_from(f) for f in data["facts"]}
        people = {p["id"]: _person_from(p) for p in data["people"]}
        return FactBase(data["story"], dict(data["inputs"]), facts, people)
    except (KeyError, TypeError, ValueError) as exc:
        raise FactlintError(
            _("fact base is malformed ({reason}); run 'factlint build'").format(reason=exc), where
        ) from None


def _evidence(d: dict[str, Any]) -> Evidence:
    return Evidence(d["seed"], int(d["line"]), int(d["column"]), d["quote"])


def _fact_from(d: dict[str, Any]) -> FactEntry:
    records = tuple(Record(**{**r, "evidence": _evidence(r["evidence"])}) for r in d["records"])
    conflict = (
        Conflict(tuple(d["conflict"]["values"]), d["conflict"]["resolution"], d["conflict"]["why"])
        if d["conflict"]
        else None
    )
    return FactEntry(d["id"], d["about"], d["type"], d["multi_source"], d["canonical"], conflict, records)


def _person_from(d: dict[str, Any]) -> PersonEntry:
    titles = tuple(Title(t["title"], _evidence(t["evidence"])) for t in d["titles"])
    return PersonEntry(d["id"], d["name"], titles, _evidence(d["evidence"]) if d["evidence"] else None)


def input_digests(files: dict[str, Path]) -> dict[str, str]:
    """sha256 of every file the fact base is built from, by a stable name."""
    import hashlib  # only a project being loaded afresh checks its fact base

    return {name: hashlib.sha256(path.read_bytes()).hexdigest() for name, path in files.items()}


def bounds_compatible(a: str, b: str) -> bool:
    return (a, b) not in _OPPOSED


def dates_compatible(a: PartialDate, b: PartialDate) -> bool:
    """Equal at the coarser of the two precisions: 2024 matches Juni 2024; Juni 2023 does not."""
    if a.year != b.year:
        return False
    if a.month is None or b.month is None:
        return True
    if a.month != b.month:
        return False
    return a.day is None or b.day is None or a.day == b.day
