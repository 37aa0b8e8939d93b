"""Conversations/s of scoring mode vs generation mode: same model, same inputs, one run.

    python benchmarks/scoring_vs_generation.py                 # trains the tiny rule model first
    python benchmarks/scoring_vs_generation.py --model DIR --n 300 --batch-size 16

Generation needs a model that answers in the ExpGuard format and stops at EOS (a random model
would babble 128 tokens and flatter scoring), so by default the tiny Qwen2 trained on the planted
rule is built first (about a minute on 2 cores). Prints a markdown table.
"""

from __future__ import annotations

import argparse
import platform
import tempfile
import time

from expguard import load_guard, tiny


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", help="ExpGuard-format model dir (default: build the tiny rule model)")
    ap.add_argument("--n", type=int, default=300, help="conversations (half with a response)")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--threads", type=int, default=0, help="torch threads (0: torch default)")
    ap.add_argument("--hidden", type=int, default=128, help="hidden size of the model built")
    ap.add_argument("--layers", type=int, default=2, help="layers of the model built")
    ap.add_argument("--epochs", type=int, default=12, help="training epochs of the model built")
    args = ap.parse_args()

    import torch
    import transformers

    transformers.logging.set_verbosity_error()
    if args.threads:
        torch.set_num_threads(args.threads)
    model_dir = args.model
    if model_dir is None:
        model_dir = tempfile.mkdtemp(prefix="expguard-bench-")
        t = time.perf_counter()
        heads = max(2, args.hidden // 64)
        tiny.build_rule_model(model_dir, epochs=args.epochs, hidden_size=args.hidden,
                              layers=args.layers, heads=heads, kv_heads=heads)
        print(f"built and trained the tiny rule model in {time.perf_counter() - t:.0f} s")
    rows = tiny.planted_rule_rows(args.n, seed=2024, response_rate=0.5)
    items = [{"prompt": r["prompt"], "response": r["response"]} for r in rows]

    results = {}
    for mode in ("generate", "score"):
        guard = load_guard(model_dir, mode=mode, device="cpu", batch_size=args.batch_size)
        guard.classify(items[: args.batch_size])  # warm-up
        t = time.perf_counter()
        verdicts = guard.classify(items)
        dt = time.perf_counter() - t
        results[mode] = (dt, verdicts)

    gen_dt, gen_v = results["generate"]
    sc_dt, sc_v = results["score"]
    agree = sum(a.prompt_harmful == b.prompt_harmful and a.response_harmful == b.response_harmful
                for a, b in zip(gen_v, sc_v)) / len(items)
    params = sum(p.numel() for p in load_guard(model_dir, device="cpu").engine.model.parameters())
    print(f"\nmachine: {platform.machine()}, {torch.get_num_threads()} torch threads, torch {torch.__version__}; "
          f"model: {model_dir} ({params / 1e6:.2f} M params); {len(items)} conversations "
          f"({sum(bool(i['response']) for i in items)} with a response), batch {args.batch_size}\n")
    print("| mode | seconds | conversations/s | vs generation |")
    print("|---|---|---|---|")
    for mode, (dt, _) in results.items():
        print(f"| {mode} | {dt:.2f} | {len(items) / dt:.1f} | {gen_dt / dt:.2f}x |")
    print(f"\nverdict agreement (prompt and response labels): {agree:.1%}")


if __name__ == "__main__":
    main()
