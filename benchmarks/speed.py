"""Speed of the whole pipeline: cold CLI runs and throughput on a replicated corpus.

    python benchmarks/speed.py [--corpus examples] [--runs 5] [--articles 1000] [--config FILE]

Prints (1) the median wall time of `lagebild brief CORPUS --format json` in a new
process, with the tag cache warm and, once, cold; (2) where the time of one
in-process run goes (imports, stages); (3) articles per second for the whole
pipeline on the corpus replicated to --articles documents (each replica is a
separate input with its own id; replicas are found as copies of the first).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def cli_seconds(corpus: Path, env: dict[str, str], config: Path | None) -> float:
    options = ["--config", str(config)] if config else []
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "lagebild", "brief", str(corpus), "--format", "json", *options],
        check=True,
        stdout=subprocess.DEVNULL,
        env=env,
    )
    return time.perf_counter() - started


_BREAKDOWN = """
import sys, time
from pathlib import Path
started = time.perf_counter()
import lagebild
from lagebild.render.json import render_json
imports = time.perf_counter() - started
config = lagebild.Config.load(Path(sys.argv[2]) if len(sys.argv) > 2 else None)
report = lagebild.brief([sys.argv[1]], config)
started = time.perf_counter()
render_json(report)
parts = {"import": imports, **report.timings, "render": time.perf_counter() - started}
print(" ".join(f"{name}={seconds:.2f}s" for name, seconds in parts.items()))
"""


def in_process_breakdown(corpus: Path, env: dict[str, str], config: Path | None) -> str:
    command = [sys.executable, "-c", _BREAKDOWN, str(corpus), *([str(config)] if config else [])]
    result = subprocess.run(command, capture_output=True, env=env, check=True)
    return result.stdout.decode().strip()


def throughput(
    corpus: Path, articles: int, config: Path | None
) -> tuple[float, dict[str, float], dict[str, int]]:
    import lagebild
    from lagebild.read import read_inputs
    from lagebild.records import Document

    documents = [d for d in read_inputs([corpus]) if isinstance(d, Document)]
    replicated = [
        Document(f"{d.id}-{n}", f"{d.origin}#{n}", d.content, d.kind)
        for n in range(articles // len(documents) + 1)
        for d in documents
    ][:articles]
    started = time.perf_counter()
    report = lagebild.run(replicated, lagebild.Config.load(config))
    seconds = time.perf_counter() - started
    statuses: dict[str, int] = {}
    for outcome in report.outcomes:
        statuses[outcome.status] = statuses.get(outcome.status, 0) + 1
    return seconds, report.timings, statuses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("examples"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--config", type=Path, help="a lagebild TOML file, e.g. to set dense")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as cache:
        env = dict(os.environ, LAGEBILD_CACHE_DIR=cache)
        cold = cli_seconds(args.corpus, env, args.config)
        warm = [cli_seconds(args.corpus, env, args.config) for _ in range(args.runs)]
        print(f"cli cold cache (first run on a machine): {cold:.2f} s")
        print(
            f"cli warm cache, median of {args.runs}: {statistics.median(warm):.2f} s "
            f"(min {min(warm):.2f}, max {max(warm):.2f})"
        )
        print(f"one run in a new process: {in_process_breakdown(args.corpus, env, args.config)}")
        os.environ["LAGEBILD_CACHE_DIR"] = cache
        seconds, timings, statuses = throughput(args.corpus, args.articles, args.config)
    stages = " ".join(f"{k}={v:.1f}s" for k, v in timings.items())
    print(
        f"throughput: {args.articles} articles in {seconds:.1f} s = "
        f"{args.articles / seconds:.1f} articles/s ({stages}; {statuses})"
    )


if __name__ == "__main__":
    main()
