"""``GET /facts/{id}/timeline``: each fact's records in the order they were said, made once."""

from __future__ import annotations

import json

from lint import i18n
from lint.facts.timeline import fact_timeline, timeline_dict
from lint.run.project import Project


def timeline_bodies(project: Project) -> dict[str, dict[str, str]]:
    """The JSON body of every fact's timeline, by language, then by fact id: the fact base does
    not change while the service runs, so each is written once, when the service starts, in
    every language there are messages in (what the fact is and who said it are words for
    the editor reading the page)."""
    bodies: dict[str, dict[str, str]] = {}
    speaking = i18n.active()
    try:
        for lang in i18n.available():
            i18n.use(lang)
            bodies[lang] = {
                fid: json.dumps(timeline_dict(fact_timeline(project.story, project.factbase, fid)), ensure_ascii=False)
                for fid in sorted(project.factbase.facts)
            }
    finally:
        i18n.use(speaking)
    return bodies
