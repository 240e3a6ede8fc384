"""``GET /facts/{id}/timeline``: each fact's records in the order they were said, made once."""

from __future__ import annotations

import json

from lint.facts.timeline import fact_timeline, timeline_dict
from lint.run.project import Project


def timeline_bodies(project: Project) -> dict[str, str]:
    """The JSON body of every fact's timeline, by fact id: the fact base does not change while
    the service runs, so each is written once, when the service starts."""
    return {
        fid: json.dumps(timeline_dict(fact_timeline(project.story, project.factbase, fid)), ensure_ascii=False)
        for fid in sorted(project.factbase.facts)
    }
