#!/usr/bin/env python3
"""Count the machine instructions factlint and proselint spend per draft, with valgrind.

Usage: python benchmarks/instructions.py [--files 100]

Wall-clock figures on a shared machine move by a third from one minute to the next;
instruction counts (valgrind --tool=callgrind) are the same on every run, so they tell
whether a change made factlint do less work. They are not the target: a tool whose time goes
to the regex engine runs more instructions a second than one whose time goes to Python, so
the instruction ratio runs ahead of the words-per-second ratio (benchmarks/bench.py).

Each tool is counted on the first --files drafts of bench.py's corpus and on one draft alone,
in the same fresh cache; the difference, over the other drafts, is the cost of a draft with
start-up taken out. Hash randomisation is off, so counts repeat exactly. Needs valgrind.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import BIN, make_corpus


def instructions(cmd: list[str], env: dict[str, str]) -> int:
    out = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *cmd],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
        check=False,
    )
    found = re.search(rb"Collected : (\d+)", out.stderr)
    if found is None:
        sys.exit(f"valgrind gave no count for {' '.join(cmd)}: {out.stderr[-400:].decode(errors='replace')}")
    return int(found[1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=100)
    args = ap.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed (Debian: apt-get install valgrind)")
    proselint = shutil.which("proselint", path=str(BIN)) or shutil.which("proselint")
    if proselint is None:
        sys.exit("proselint is not installed: pip install -e '.[bench]'")
    work = Path(tempfile.mkdtemp(prefix="factlint-instructions-"))
    try:
        many, _, _, _ = make_corpus(work, args.files, 0.001)
        one = next(iter(sorted(many.iterdir())))
        env = {**os.environ, "PYTHONHASHSEED": "0", "FACTLINT_CACHE_DIR": str(work / "cache")}
        env.pop("FACTLINT_NO_CACHE", None)
        factlint = [str(BIN / "factlint"), "lint", "--format", "json"]
        # Fill factlint's caches (patterns, the loaded project) as a run over all the drafts
        # leaves them: a run that adds to them pays for writing them at exit.
        subprocess.run([*factlint, str(many)], stdout=subprocess.DEVNULL, env=env, check=False)
        per_draft = {}
        for name, cmd in (("factlint", factlint), ("proselint", [proselint, "-o", "json", "check"])):
            total = instructions([*cmd, str(many)], env)
            alone = instructions([*cmd, str(one)], env)
            per_draft[name] = (total - alone) / (args.files - 1)
            print(f"  {name:<10} {per_draft[name] / 1e6:8.2f} M instructions a draft", flush=True)
        print(f"  ratio      {per_draft['proselint'] / per_draft['factlint']:8.2f}x fewer for factlint")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
