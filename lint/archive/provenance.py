"""What an archive's findings and claims index were made with, to tell when they still hold."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from lint.facts.factbase import FactBase
from lint.reading.document import PartialDate
from lint.run.config import Config
from lint.run.project import Project

_PACKAGE = Path(__file__).resolve().parent.parent  # lint/


def factbase_digest(base: FactBase) -> str:
    """The fact base's digest, of what it holds rather than how a file lays it out."""
    return hashlib.sha256(base.to_json().encode("utf-8")).hexdigest()


def reading_digests(project: Project, config: Config, date: PartialDate | None) -> dict[str, str]:
    """Digests of everything but the fact base that decides what an article's claims and
    findings are: the story's definitions (facts.yaml less its resolutions, which only
    settle the fact base), the rules as loaded, the config's selections, the date given
    for every article, and factlint's code and lexicons. While these are unchanged, a
    fact-base change can alter only the findings of the articles that cite what changed."""
    return {
        "definitions": _digest(json.dumps(_definitions(project.story.facts_path), sort_keys=True, default=str)),
        "rules": _digest(repr(project.rules)),
        "config": _digest(
            repr(
                (
                    str(config.root),
                    config.select,
                    config.ignore,
                    sorted(config.severity.items()),
                    config.per_path_ignores,
                )
            )
        ),
        "date": date.iso() if date else "",
        "code": _code_digest(),
    }


def _definitions(path: Path) -> object:
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if isinstance(data, dict) and isinstance(data.get("facts"), list):
        data["facts"] = [
            {k: v for k, v in fact.items() if k != "resolution"} if isinstance(fact, dict) else fact
            for fact in data["facts"]
        ]
    return data


def _code_digest() -> str:
    sha = hashlib.sha256()
    files = [*_PACKAGE.rglob("*.py"), *(_PACKAGE / "lang").glob("*.yaml")]
    for file in sorted(f for f in files if "_data" not in f.relative_to(_PACKAGE).parts):
        sha.update(file.relative_to(_PACKAGE).as_posix().encode() + b"\0" + file.read_bytes() + b"\0")
    return sha.hexdigest()


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
