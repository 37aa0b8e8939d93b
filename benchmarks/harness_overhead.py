"""What the evaluation harness itself costs, on top of a guard that takes 1 ms per item.

    python benchmarks/harness_overhead.py [--data-dir ../shared/benchmarks] [--suite all]

Baseline: the same fake guard classifying every benchmark's conversations directly (data already
loaded). Harness: ``evaluate`` end to end (load, render, classify, append run records with fsync,
metrics with bootstrap CIs, markdown report; plots timed separately). Same machine, one run.
"""

from __future__ import annotations

import argparse
import platform
import tempfile
import time
from pathlib import Path

from expguard.data.load import BenchmarkUnavailable, load_benchmark
from expguard.evaluate import evaluate, task_conversation
from expguard.guard.engines.fake import FakeEngine
from expguard.guard.guards import Guard
from expguard.report import plot
from expguard.suites import resolve


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data-dir", default=str(Path(__file__).resolve().parents[2] / "shared" / "benchmarks"))
    ap.add_argument("--suite", default="all")
    ap.add_argument("--latency-ms", type=float, default=1.0)
    args = ap.parse_args()

    names = resolve(args.suite)
    loaded = []
    for n in names:
        try:
            loaded.append(load_benchmark(n, args.data_dir, allow_hub=False))
        except BenchmarkUnavailable:
            pass
    guard = Guard(FakeEngine(latency_s=args.latency_ms / 1000))
    skipped = [lb for lb in loaded if lb.benchmark.task not in guard.judges]  # e.g. refusal sets
    loaded = [lb for lb in loaded if lb.benchmark.task in guard.judges]
    items = sum(len(lb.samples) for lb in loaded)

    t = time.perf_counter()
    for lb in loaded:
        guard.classify([task_conversation(s, lb.benchmark.task) for s in lb.samples])
    base = time.perf_counter() - t

    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        r = evaluate(guard, names, data_dir=args.data_dir, output_dir=Path(tmp) / "run",
                     allow_hub=False, log=lambda m: None, plots=False)
        harness = time.perf_counter() - t
        t = time.perf_counter()
        plot(r.output_dir, r.metrics)
        plots = time.perf_counter() - t

    print(f"\nmachine: {platform.machine()} ({platform.python_version()}); suite {args.suite}: "
          f"{len(loaded)} benchmarks judged, {len(skipped)} skipped (task), "
          f"{len(names) - len(loaded) - len(skipped)} without local data; {items} items; "
          f"guard latency {args.latency_ms} ms/item\n")
    print("| path | seconds | items/s | vs guard alone |")
    print("|---|---|---|---|")
    print(f"| guard alone (data preloaded) | {base:.2f} | {items / base:.0f} | 1.00x |")
    print(f"| harness (load+classify+records+metrics+report) | {harness:.2f} | {items / harness:.0f} | "
          f"{harness / base:.3f}x |")
    print(f"| plots (PNG, separate) | {plots:.2f} | | |")
    print(f"\nharness overhead: {100 * (harness - base) / base:+.1f}% of guard time")


if __name__ == "__main__":
    main()
