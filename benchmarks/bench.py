#!/usr/bin/env python3
"""Benchmark factlint against proselint on the same generated corpus, in one run.

Usage: python benchmarks/bench.py [--files 2000] [--big-mb 6] [--runs 3] [--repeat 5] [--out DIR] [--json FILE]

Reports words per second (factlint with every shipped rule on, and with --jobs N; proselint
on the same files), single-file cold start against `python -c "import click, yaml, regex"`
(a new process as every run after the first finds it, with factlint's cache of compiled
patterns and loaded projects filled; the first run, cache empty, is reported beside it),
and peak memory on one large file; then the ratios and whether they meet the targets.
Machines are noisy: only the ratios, measured in the same run, mean anything. Throughput is
measured --runs times, factlint and proselint in turn, and the median run's ratio reported
with every run's, since a machine's speed can change by a third from one minute to the next.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
BIN = Path(sys.executable).parent

MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]
WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
SOURCES = [
    "Menurut Badan Intelijen Nasional Korea Selatan,",
    "Menurut penilaian Korea Selatan, AS, dan Ukraina,",
    "Kyrylo Budanov mengatakan",
    "Menurut Shoigu,",
    "Laporan intelijen Barat menyebutkan",
    "",
]
NOUNS = [
    "tentara Korea Utara",
    "pasukan",
    "pekerja Korea Utara",
    "sapper",
    "pekerja konstruksi militer",
    "peluru artileri",
]
QUALIFIERS = ["", "sekitar ", "lebih dari ", "hampir ", "kurang dari "]


def seed_sentences() -> list[str]:
    sentences = []
    for path in sorted(SEEDS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            for part in line.replace("? ", ". ").split(". "):
                if len(part.split()) >= 6:
                    sentences.append(part.strip().rstrip(".") + ".")
    return sentences


def figure(rng: random.Random) -> str:
    value = rng.choice([600, 1000, 1500, 5000, 6000, 10000, 11000, 12000, 15000, 25000])
    return f"{rng.choice(QUALIFIERS)}{value:,}".replace(",", ".")


def made_sentence(rng: random.Random) -> str:
    year = rng.choice([2023, 2024, 2025])
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    weekday = rng.choice(WEEKDAYS)
    date = rng.choice(
        [
            f"pada {weekday} ({day}/{month}/{year})",
            f"pada {day} {MONTHS[month - 1]} {year}",
            f"pada {MONTHS[month - 1]} {year}",
            "tahun lalu",
            "",
        ]
    )
    source = rng.choice(SOURCES)
    return (
        f"{source} {figure(rng)} {rng.choice(NOUNS)} telah dikerahkan ke Rusia {date}.".replace("  ", " ")
        .strip()
        .capitalize()
    )


def draft(rng: random.Random, sentences: list[str], size: int) -> str:
    parts = [
        f"---\ntitle: Draf {rng.randint(1, 10**6)}\ndate: 2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}\nlang: id\n---\n"
    ]
    length = 0
    while length < size:
        paragraph = " ".join(
            made_sentence(rng) if rng.random() < 0.4 else rng.choice(sentences) for _ in range(rng.randint(2, 4))
        )
        parts.append(paragraph + "\n")
        length += len(paragraph) + 1
    return "\n".join(parts)


def make_corpus(out: Path, files: int, big_mb: float) -> tuple[Path, Path, int, int]:
    rng = random.Random(20251121)
    sentences = seed_sentences()
    many = out / "many"
    many.mkdir(parents=True)
    words = 0
    for i in range(files):
        text = draft(rng, sentences, 3000)
        words += len(text.split())
        (many / f"draft_{i:05d}.md").write_text(text, encoding="utf-8")
    big = out / "big" / "big.md"
    big.parent.mkdir()
    text = draft(rng, sentences, int(big_mb * 1024 * 1024))
    big.write_text(text, encoding="utf-8")
    return many, big, words, len(text.split())


# factlint keeps compiled patterns and loaded projects in a cache directory; the benchmark
# gives it one of its own (set in main), so the first run really starts empty.
ENV = dict(os.environ)


def timed(cmd: list[str]) -> tuple[float, int, int]:
    """Wall seconds, peak RSS in MB of that process, exit code."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENV)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}): {err[-500:]}")
    return elapsed, usage.ru_maxrss // 1024, proc.returncode


def interleaved(cmds: list[list[str]], repeat: int) -> list[list[float]]:
    """Wall times of each command, run in turn ``repeat`` times: a slow spell on the machine
    then falls on all of them alike instead of on whichever ran during it."""
    times: list[list[float]] = [[] for _ in cmds]
    for _ in range(repeat):
        for cmd, seen in zip(cmds, times, strict=True):
            seen.append(timed(cmd)[0])
    return times


def medians_interleaved(cmds: list[list[str]], repeat: int) -> list[float]:
    """Median wall time of each command, run in turn ``repeat`` times."""
    return [statistics.median(seen) for seen in interleaved(cmds, repeat)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=2000)
    ap.add_argument("--big-mb", type=float, default=6.0)
    ap.add_argument("--repeat", type=int, default=5, help="runs per cold-start measurement")
    ap.add_argument("--runs", type=int, default=3, help="runs per throughput measurement (each tool in turn)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--out", type=Path, help="keep the corpus here (default: a temporary directory)")
    ap.add_argument("--json", type=Path, help="also write the figures as JSON to this file")
    args = ap.parse_args()

    factlint = [str(BIN / "factlint")]
    proselint = shutil.which("proselint", path=str(BIN)) or shutil.which("proselint")
    if proselint is None:
        sys.exit("proselint is not installed: pip install -e '.[bench]'")
    # An installed package runs from bytecode; an editable checkout may not have any yet
    # (PYTHONDONTWRITEBYTECODE), which would charge factlint's start-up for compiling itself.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "lint")], check=True)
    work = args.out or Path(tempfile.mkdtemp(prefix="factlint-bench-"))
    try:
        many, big, words, big_words = make_corpus(work, args.files, args.big_mb)
        print(
            f"corpus: {args.files} files, {words:,} words; big file {big.stat().st_size / 1e6:.1f} MB, {big_words:,} words",
            flush=True,
        )
        single = next(iter(sorted(many.iterdir())))
        ENV["FACTLINT_CACHE_DIR"] = str(work / "cache")
        ENV.pop("FACTLINT_NO_CACHE", None)
        fl_first, _, _ = timed([*factlint, "lint", str(single)])  # nothing cached yet

        # Each run times the three in turn; a run's ratio compares times taken minutes apart
        # at most, and the median run's ratio is reported.
        fl_times, fl_jobs_times, pl_times = interleaved(
            [
                [*factlint, "lint", "--format", "json", str(many)],
                [*factlint, "lint", "--format", "json", "--jobs", str(args.jobs), str(many)],
                [proselint, "-o", "json", "check", str(many)],
            ],
            args.runs,
        )
        fl_time, fl_jobs_time, pl_time = (statistics.median(t) for t in (fl_times, fl_jobs_times, pl_times))
        ratios = sorted(p / f for f, p in zip(fl_times, pl_times, strict=True))
        jobs_ratios = sorted(f / j for f, j in zip(fl_times, fl_jobs_times, strict=True))
        base_start, fl_start, pl_start = medians_interleaved(
            [
                [sys.executable, "-c", "import click, yaml, regex"],
                [*factlint, "lint", str(single)],
                [proselint, "check", str(single)],
            ],
            args.repeat,
        )
        big_time, big_rss, _ = timed([*factlint, "lint", "--format", "json", str(big)])

        figures = {
            "files": args.files,
            "words": words,
            "factlint_words_per_second": words / fl_time,
            "factlint_jobs": args.jobs,
            "factlint_jobs_words_per_second": words / fl_jobs_time,
            "proselint_words_per_second": words / pl_time,
            "throughput_ratio": statistics.median(ratios),
            "throughput_ratios": ratios,
            "jobs_speedup": statistics.median(jobs_ratios),
            "python_import_click_yaml_regex_seconds": base_start,
            "factlint_first_run_seconds": fl_first,
            "factlint_cold_start_seconds": fl_start,
            "proselint_cold_start_seconds": pl_start,
            "cold_start_ratio": fl_start / base_start,
            "big_file_mb": big.stat().st_size / 1e6,
            "big_file_seconds": big_time,
            "big_file_peak_rss_mb": big_rss,
        }
        rows = [
            ("factlint, 1 process", f"{figures['factlint_words_per_second']:,.0f} words/s", f"{fl_time:.2f} s"),
            (
                f"factlint, --jobs {args.jobs}",
                f"{figures['factlint_jobs_words_per_second']:,.0f} words/s",
                f"{fl_jobs_time:.2f} s",
            ),
            ("proselint", f"{figures['proselint_words_per_second']:,.0f} words/s", f"{pl_time:.2f} s"),
            ("cold start: python -c 'import click, yaml, regex'", f"{base_start:.3f} s", ""),
            ("first run: factlint lint one draft, empty cache", f"{fl_first:.3f} s", ""),
            ("cold start: factlint lint one draft", f"{fl_start:.3f} s", ""),
            ("cold start: proselint check one draft", f"{pl_start:.3f} s", ""),
            (f"factlint on {figures['big_file_mb']:.1f} MB file", f"peak {big_rss} MB", f"{big_time:.2f} s"),
        ]
        for name, a, b in rows:
            print(f"  {name:<52} {a:>18} {b:>10}")
        checks = [
            ("throughput >= 10x proselint", figures["throughput_ratio"], figures["throughput_ratio"] >= 10),
            (
                "cold start <= 1.5x import click, yaml, regex",
                figures["cold_start_ratio"],
                figures["cold_start_ratio"] <= 1.5,
            ),
            ("peak memory on the big file < 150 MB", big_rss, big_rss < 150),
            (
                f"--jobs {args.jobs} speed-up (ideal {args.jobs}x)",
                figures["jobs_speedup"],
                figures["jobs_speedup"] >= 0.8 * args.jobs,
            ),
        ]
        print(f"ratios (throughput: the median of {args.runs} runs):")
        for name, value, ok in checks:
            print(f"  {name:<52} {value:>10.2f}  {'met' if ok else 'NOT met'}")
        print(f"  throughput ratio of each run: {', '.join(f'{r:.2f}' for r in ratios)}")
        if args.json:
            args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    finally:
        if args.out is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
