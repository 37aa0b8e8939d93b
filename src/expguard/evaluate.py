"""The one orchestrator: data → guard → results → metrics → report.

``evaluate`` runs a guard over benchmarks, appending per-item results to the run directory as
they are produced (so an interrupted run resumes where it stopped), then writes the report.
A benchmark whose data cannot be found is *reported* as missing; one the guard cannot judge
(e.g. refusal for a harm guard) is reported as skipped; neither stops the run.
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from .data.load import BenchmarkUnavailable, LoadedBenchmark, load_benchmark
from .errors import DataError, ExpguardError
from .results import PredictionLog, VerdictCache, provenance, safe_name, write_json
from .schema import Conversation, Sample, Verdict

ProgressFn = Callable[[str, int, int], None]  # (benchmark, done, total)


@dataclass
class RunResult:
    output_dir: Path
    metrics: dict[str, Any]
    missing: dict[str, str] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)


def task_conversation(sample: Sample, task: str) -> Conversation:
    """What the guard reads for a task: the conversation up to the last user turn for prompt
    harm; the whole conversation (ending with the assistant) for response harm/refusal."""
    conv = sample.conversation
    if task == "prompt":
        return Conversation(conv.messages[:-1]) if conv.has_response else conv
    if not conv.has_response:
        raise DataError(f"sample {sample.id!r} has no response to judge", field="response")
    return conv


def _record(sample: Sample, task: str, gold: bool, v: Verdict) -> dict[str, Any]:
    pred, prob, status = {
        "prompt": (v.prompt_harmful, v.prompt_unsafe_prob, v.prompt_status),
        "response": (v.response_harmful, v.response_unsafe_prob, v.response_status),
        "refusal": (v.response_refusal, v.response_refusal_prob, v.refusal_status)}[task]
    return {"id": sample.id, "gold": gold, "pred": pred, "prob": prob,
            "status": status.value if status is not None else None,
            "subset": sample.subset, "domain": sample.domain, "category": sample.category,
            "verdict": v.to_dict()}


def _verdict_from_dict(d: dict[str, Any]) -> Verdict:
    from .schema import Status

    st = {k: (Status(d[k]) if d.get(k) else None)
          for k in ("prompt_status", "response_status", "refusal_status")}
    return Verdict(d["prompt_harmful"], d["response_harmful"], d["prompt_unsafe_prob"],
                   d["response_unsafe_prob"], st["prompt_status"], st["response_status"],
                   d.get("raw_output"), d.get("error"), d.get("categories"), d.get("domain"),
                   d.get("response_refusal"), d.get("response_refusal_prob"), st["refusal_status"])


def evaluate(guard: Any, benchmarks: Sequence[str], *, data_dir: str | Path | None = None,
             output_dir: str | Path | None = None, cache: str | Path | None = None,
             allow_hub: bool = True, limit: int | None = None, chunk_size: int = 256,
             progress: ProgressFn | None = None, log: Callable[[str], None] = print,
             plots: bool = True) -> RunResult:
    """Run ``guard`` over ``benchmarks`` and write a run directory (see ``expguard.results``)."""
    from .report import write_report

    out = Path(output_dir or Path("runs") / datetime.now().strftime("%Y%m%d-%H%M%S"))
    # scikit-learn takes seconds to import: do it while the guard works, not after
    threading.Thread(target=_prewarm_metrics, daemon=True).start()
    describe = guard.describe()
    spec_hash = VerdictCache.spec_hash(describe)
    run_file = out / "run.json"
    if run_file.exists():
        import json

        previous = json.loads(run_file.read_text(encoding="utf-8"))
        if previous.get("spec_hash") != spec_hash:
            raise ExpguardError(f"{out} holds results of a different guard configuration; use a new "
                                "--output-dir (or delete it)")
        log(f"resuming run in {out}")
    else:
        write_json(run_file, {**provenance(describe), "spec_hash": spec_hash,
                              "benchmarks": list(benchmarks), "data_dir": str(data_dir) if data_dir else None,
                              "limit": limit})
    verdict_cache = VerdictCache(cache) if cache else None
    judges = set(getattr(guard, "judges", ("prompt", "response")))
    # benchmarks (or parts of them) the guard was trained on: never scored (no metric on training rows)
    trained_on = set(getattr(guard, "trained_on", ()))
    status: dict[str, Any] = {}
    missing: dict[str, str] = {}
    skipped: dict[str, str] = {}
    held: dict[str, list[dict[str, Any]]] = {}  # prediction records, for the report
    # one I/O thread overlaps loading the next benchmark and writing run records with guard work
    io = ThreadPoolExecutor(max_workers=1, thread_name_prefix="expguard-io")
    loads = {name: io.submit(load_benchmark, name, data_dir, allow_hub=allow_hub)
             for name in benchmarks[:1]}
    try:
        for k, name in enumerate(benchmarks):
            if k + 1 < len(benchmarks):
                nxt = benchmarks[k + 1]
                loads[nxt] = io.submit(load_benchmark, nxt, data_dir, allow_hub=allow_hub)
            try:
                lb = loads.pop(name).result()
            except BenchmarkUnavailable as e:
                missing[name] = str(e)
                status[name] = {"status": "missing", "reason": str(e)}
                log(f"missing  {name}: {e}")
                continue
            if lb.benchmark.task not in judges:
                reason = f"guard {guard.name!r} does not judge {lb.benchmark.task}"
                skipped[name] = reason
                status[name] = {"status": "skipped", "reason": reason}
                log(f"skipped  {name}: {reason}")
                continue
            if name in trained_on:
                reason = (f"guard {guard.name!r} was trained on (part of) {name}; "
                          "its held-out split is evaluated instead where one exists")
                skipped[name] = reason
                status[name] = {"status": "skipped", "reason": reason}
                log(f"skipped  {name}: {reason}")
                continue
            t0 = time.perf_counter()
            n, held[name] = _run_benchmark(guard, lb, out, limit, chunk_size, verdict_cache, spec_hash,
                                           progress, io)
            status[name] = {"status": "done", "source": lb.source, "files": lb.files,
                            "records": len(lb.samples), "evaluated": n, "task": lb.benchmark.task,
                            "seconds": round(time.perf_counter() - t0, 3)}
            write_json(out / "benchmarks.json", status)
    finally:
        io.shutdown(wait=True, cancel_futures=True)
        write_json(out / "benchmarks.json", status)
        if verdict_cache:
            verdict_cache.close()
    metrics = write_report(out, plots=plots, records=held)
    return RunResult(out, metrics, missing, skipped)


def _prewarm_metrics() -> None:
    try:
        import sklearn.metrics  # noqa: F401
    except ImportError:
        pass


def _run_benchmark(guard: Any, lb: LoadedBenchmark, out: Path, limit: int | None, chunk_size: int,
                   cache: VerdictCache | None, spec_hash: str, progress: ProgressFn | None,
                   io: ThreadPoolExecutor) -> tuple[int, list[dict[str, Any]]]:
    bench = lb.benchmark
    samples = lb.samples[:limit] if limit else lb.samples
    plog = PredictionLog(out / "predictions" / f"{safe_name(bench.name)}.jsonl")
    todo = [s for s in samples if s.id not in plog.done]
    writes: list[Future] = []
    total, done = len(samples), len(samples) - len(todo)
    if progress:
        progress(bench.name, done, total)
    for start in range(0, len(todo), chunk_size):
        chunk = todo[start:start + chunk_size]
        convs = [task_conversation(s, bench.task) for s in chunk]
        verdicts: list[Verdict | None] = [None] * len(chunk)
        keys: list[str] = []
        if cache:
            keys = [VerdictCache.key(spec_hash, c.to_messages()) for c in convs]
            hit = cache.get_many(keys)
            verdicts = [_verdict_from_dict(hit[k]) if k in hit else None for k in keys]
        need = [i for i, v in enumerate(verdicts) if v is None]
        if need:
            fresh = guard.classify([convs[i] for i in need])
            for i, v in zip(need, fresh):
                verdicts[i] = v
            if cache:  # engine errors are not cached: a later run should retry them
                cache.put_many({keys[i]: verdicts[i].to_dict() for i in need
                                if verdicts[i].parse_status != "engine_error"})
        records = [_record(s, bench.task, bench.label(s), v) for s, v in zip(chunk, verdicts)]
        writes.append(io.submit(plog.append, records))  # fsynced in order by the I/O thread
        done += len(chunk)
        if progress:
            progress(bench.name, done, total)
    for w in writes:
        w.result()  # surface write errors; records are on disk before the benchmark counts as done
    wanted = {s.id for s in samples}
    return total, [r for r in plog.records if r["id"] in wanted]
