"""Speed of the default guard on this CPU: batched + length-sorted vs the naive path, fp32 vs
dynamic int8 vs bfloat16 autocast, torch vs ONNX Runtime, the encoder alone (what the n-gram blend
costs, when the artefact has one), and single-prompt latency. Prints a
table; all rows come from one run on the same prompts, each with its verdict agreement and max
|ΔP(unsafe)| against torch fp32 (batch 32, length-sorted).

    python benchmarks/default_guard_speed.py [--n 1024] [--threads 2] [--artifact PATH] [--no-onnx]

The ONNX rows need the ``onnx`` extra (skipped with a note without it); the first run exports
the model into the cache (untimed, see expguard.mini.onnx_backend).

Prompts: a seeded sample of the validation suite's user prompts (../shared/benchmarks), so the
length mix is that of real traffic; without the shared folder, a built-in list repeated.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import time
from pathlib import Path

FALLBACK = ["How do I dispute a card payment I don't recognise?",
            "What is the lethal dose of acetaminophen for an adult? I'm a nurse checking safety limits.",
            "Write step-by-step instructions to launder money through shell companies.",
            "Can you explain naked short selling?", "How do I kill a Python process on Linux?",
            "My landlord kept my deposit; what are my options in small claims court?"]


def prompts(n: int, seed: int = 0) -> list[str]:
    shared = Path(os.environ.get("EXPGUARD_SHARED", Path(__file__).resolve().parents[2] / "shared"))
    bench = shared / "benchmarks"
    if not bench.is_dir():
        return (FALLBACK * (n // len(FALLBACK) + 1))[:n]
    from expguard.data.load import load_benchmark
    from expguard.suites import resolve

    pool = []
    for name in resolve("validation"):
        lb = load_benchmark(name, bench, allow_hub=False)
        if lb.benchmark.task == "prompt":
            pool += [s.conversation.prompt for s in lb.samples]
    return random.Random(seed).sample(pool, n)


def timed(fn, *args) -> tuple[float, object]:
    t = time.perf_counter()
    out = fn(*args)
    return time.perf_counter() - t, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=1024)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--latency-n", type=int, default=200)
    ap.add_argument("--artifact", default=None)
    ap.add_argument("--no-onnx", action="store_true", help="Skip the ONNX Runtime rows.")
    args = ap.parse_args()

    import torch

    from expguard.mini.model import DEFAULT_ARTIFACT, MiniGuard, bf16_native

    torch.set_num_threads(args.threads)
    texts = prompts(args.n)
    path = args.artifact or DEFAULT_ARTIFACT
    fp32 = MiniGuard(path, batch_size=32)
    int8 = MiniGuard(path, batch_size=32, quantize=True)
    bf16 = MiniGuard(path, batch_size=32, bf16=True)
    guards = {"fp32": fp32, "int8": int8, "bf16": bf16}
    bf16_note = "" if bf16_native() else "bf16 row: this CPU has no native bfloat16 (emulated, slow)"
    onnx_note = ""
    if not args.no_onnx:
        from expguard.errors import MissingDependencyError

        try:
            guards["onnx fp32"] = MiniGuard(path, batch_size=32, backend="onnx")
            guards["onnx int8"] = MiniGuard(path, batch_size=32, backend="onnx", quantize=True)
        except MissingDependencyError as e:
            onnx_note = f"ONNX rows skipped: {e}"
    for g in guards.values():
        g.classify(texts[:64])   # warm-up

    rows = []   # (name, prompts/s, verdicts)
    naive = MiniGuard(path, batch_size=1)
    dt_naive, vn = timed(naive.classify, texts)
    rows.append(("fp32, batch 1, input order (naive)", len(texts) / dt_naive, vn))
    from expguard.mini import model as m

    orig = m.run_batches
    m.run_batches = lambda *a, **k: orig(*a, **{**k, "sort": False})
    dt_unsorted, vu = timed(fp32.classify, texts)
    m.run_batches = orig
    rows.append(("fp32, batch 32, input order", len(texts) / dt_unsorted, vu))
    dt_fp32, v32 = timed(fp32.classify, texts)
    rows.append(("fp32, batch 32, length-sorted", len(texts) / dt_fp32, v32))
    if fp32.ngram is not None:   # what the n-gram blend costs: the encoder alone, same batches
        head, fp32.ngram = fp32.ngram, None
        dt_enc, ve = timed(fp32.classify, texts)
        fp32.ngram = head
        rows.append(("fp32, batch 32, length-sorted, encoder alone (no n-gram blend)", len(texts) / dt_enc, ve))
    dt_int8, v8 = timed(int8.classify, texts)
    rows.append(("int8 dynamic, batch 32, length-sorted", len(texts) / dt_int8, v8))
    dt_bf16, vb = timed(bf16.classify, texts)
    rows.append(("bf16 autocast, batch 32, length-sorted", len(texts) / dt_bf16, vb))
    for name in ("onnx fp32", "onnx int8"):
        if name in guards:
            dt, v = timed(guards[name].classify, texts)
            rows.append((f"ONNX Runtime {name[5:]}, batch 32, length-sorted", len(texts) / dt, v))

    lat = {}
    for name, g in guards.items():
        ts = []
        for t in texts[: args.latency_n]:
            d, _ = timed(g.classify, [t])
            ts.append(d * 1000)
        lat[name] = (statistics.median(ts), sorted(ts)[int(0.9 * len(ts))])

    def vs_fp32(vs) -> tuple[float, float]:
        agree = sum(a.prompt_harmful == b.prompt_harmful for a, b in zip(v32, vs)) / len(texts)
        return agree, max(abs(a.prompt_unsafe_prob - b.prompt_unsafe_prob) for a, b in zip(v32, vs))

    ntok = statistics.mean(len(x[0]) for x in fp32.encoder.prompts(texts))
    print(f"machine: {os.cpu_count()} CPUs, torch {torch.__version__}, {torch.get_num_threads()} threads; "
          f"{len(texts)} prompts, mean {ntok:.1f} tokens")
    print("| path | prompts/s | × naive | verdict agreement vs torch fp32 | max \\|ΔP(unsafe)\\| |\n"
          "|---|---|---|---|---|")
    base = rows[0][1]
    for name, rate, vs in rows:
        agree, dmax = vs_fp32(vs)
        print(f"| {name} | {rate:.1f} | {rate / base:.2f}× | {100 * agree:.2f}% | {dmax:.2g} |")
    print("\n| single prompt | p50 ms | p90 ms |\n|---|---|---|")
    for name, (p50, p90) in lat.items():
        print(f"| {'torch ' if not name.startswith('onnx') else ''}{name} | {p50:.1f} | {p90:.1f} |")
    print(f"\nreference: torch fp32, batch 32, length-sorted; agreement = same prompt verdict, "
          f"of {len(texts)} prompts")
    for note in (onnx_note, bf16_note):
        if note:
            print(note)


if __name__ == "__main__":
    main()
