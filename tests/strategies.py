"""Hypothesis strategies for report tests: findings with any text in them."""

from __future__ import annotations

import hypothesis.strategies as st

from lint.checks.registry import KIND_NAMES as KINDS
from lint.findings import SEVERITIES, EvidenceRef, Finding

OPTIONAL_TEXT = st.none() | st.text()
EVIDENCE = st.builds(EvidenceRef, st.text(), st.integers(min_value=1), st.text(), OPTIONAL_TEXT, OPTIONAL_TEXT)
PATHS = st.sampled_from(["draft.md", "dir with space/ç.md", "/tmp/x y.md", "C:\\drafts\\x.md", "-"]) | st.text()
FINDINGS = st.builds(
    Finding,
    path=PATHS,
    line=st.integers(min_value=1),
    column=st.integers(min_value=1),
    end_line=st.integers(min_value=1),
    end_column=st.integers(min_value=1),
    rule=st.text(),
    kind=st.sampled_from(KINDS),
    severity=st.sampled_from(SEVERITIES),
    message=st.text(),
    text=st.text(),
    fact=OPTIONAL_TEXT,
    expected=OPTIONAL_TEXT,
    evidence=st.lists(EVIDENCE, max_size=3).map(tuple),
    suggestion=OPTIONAL_TEXT,
    offset=st.integers(min_value=0),
    end_offset=st.integers(min_value=0),
)


@st.composite
def finding_lists(draw: st.DrawFn, max_size: int = 5) -> list[Finding]:
    """Findings, some of them sharing evidence as findings on the same fact do in a real run."""
    findings = draw(st.lists(FINDINGS, max_size=max_size))
    if findings and draw(st.booleans()):
        shared = findings[0].evidence
        findings = [f._replace(evidence=shared) if draw(st.booleans()) else f for f in findings]
    return findings
