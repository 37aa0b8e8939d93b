"""Real-content tokens per second of training steps: the original's pad-to-4096 vs dynamic
padding (ours: random batches padded to their longest row; and, for reference, length-grouped
batches), same model, same rows, same batch size, one run.

    python benchmarks/padding_efficiency.py [--rows 96] [--batch-size 4] [--hidden 128 --layers 1]

Rows are real benchmark conversations (ToxicChat prompts + BeaverTails responses from
../shared/benchmarks, rendered with the ExpGuard template and answer) when the folder exists,
else the tiny planted-rule rows. The model is a tiny random Qwen2 on the CPU (pass
--hidden 896 --layers 24 --heads 14 --kv-heads 2 for a Qwen2-0.5B shape on a GPU).
"""

from __future__ import annotations

import argparse
import platform
import random
import time
from pathlib import Path

from expguard import tiny
from expguard.train.data import Row
from expguard.train.sft import build_examples

ORIGINAL_LEN = 4096


def _rows(n: int, data_dir: Path) -> list[Row]:
    try:
        from expguard.data.load import load_benchmark

        tc = load_benchmark("toxicchat:prompt", data_dir, allow_hub=False).samples
        bt = load_benchmark("beavertails:response", data_dir, allow_hub=False).samples
    except Exception:
        return [Row(r["prompt"], r["response"], r["prompt_label"], r["response_label"])
                for r in tiny.planted_rule_rows(n)]
    rng = random.Random(0)
    out = [Row(s.conversation.prompt, "", "unsafe" if s.prompt_harmful else "safe", "")
           for s in rng.sample(tc, n // 2)]
    out += [Row(s.conversation.prompt, s.conversation.response or "", "unsafe",
                "unsafe" if s.response_harmful else "safe") for s in rng.sample(bt, n - n // 2)]
    return out


def _time(model, batches, pad_id, device) -> float:
    import torch

    model.train()
    opt = torch.optim.AdamW(model.parameters(), lr=1e-4)
    start = time.perf_counter()
    for batch, width in batches:
        ids = torch.full((len(batch), width), pad_id)
        labels = torch.full((len(batch), width), -100)
        mask = torch.zeros((len(batch), width), dtype=torch.long)
        for r, e in enumerate(batch):
            n = len(e["input_ids"])
            ids[r, :n] = torch.tensor(e["input_ids"])
            labels[r, :n] = torch.tensor(e["labels"])
            mask[r, :n] = 1
        loss = model(input_ids=ids.to(device), attention_mask=mask.to(device), labels=labels.to(device)).loss
        loss.backward()
        opt.step()
        opt.zero_grad()
    if device.type == "cuda":
        torch.cuda.synchronize()
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=96)
    ap.add_argument("--batch-size", type=int, default=4)
    ap.add_argument("--hidden", type=int, default=128)
    ap.add_argument("--layers", type=int, default=1)
    ap.add_argument("--heads", type=int, default=4)
    ap.add_argument("--kv-heads", type=int, default=4)
    ap.add_argument("--data-dir", default=str(Path(__file__).resolve().parents[2] / "shared" / "benchmarks"))
    args = ap.parse_args()

    import torch
    import transformers

    transformers.logging.set_verbosity_error()
    rows = _rows(args.rows, Path(args.data_dir))
    corpus = tiny.tokenizer_corpus(tiny.planted_rule_rows(200)) + [r.prompt + " " + r.response for r in rows]
    tok = tiny.build_tokenizer(corpus)
    examples, _ = build_examples(rows, tok, ORIGINAL_LEN)
    real = sum(len(e["input_ids"]) for e in examples)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    model = tiny.build_model(tok, hidden_size=args.hidden, layers=args.layers, heads=args.heads,
                             kv_heads=args.kv_heads, max_positions=ORIGINAL_LEN).to(device)
    bs = args.batch_size
    shuffled = examples[:]
    random.Random(0).shuffle(shuffled)
    original = [(shuffled[i:i + bs], ORIGINAL_LEN) for i in range(0, len(shuffled), bs)]
    ours = [(b, max(len(e["input_ids"]) for e in b)) for b, _ in original]
    by_len = sorted(examples, key=lambda e: len(e["input_ids"]))
    grouped = [(by_len[i:i + bs], max(len(e["input_ids"]) for e in by_len[i:i + bs]))
               for i in range(0, len(by_len), bs)]
    _time(model, ours[:2], tok.pad_token_id, device)  # warm-up
    results = {}
    for name, batches in (("original pad-to-4096", original), ("ours: dynamic padding (random batches)", ours),
                          ("length-grouped dynamic padding (opt-in)", grouped)):
        padded = sum(len(b) * w for b, w in batches)
        results[name] = (_time(model, batches, tok.pad_token_id, device), padded)
    lengths = sorted(len(e["input_ids"]) for e in examples)
    print(f"\nmachine: {platform.machine()}, device {device}, torch {torch.__version__}; model: Qwen2 "
          f"hidden {args.hidden} x {args.layers} layers; {len(rows)} rows, {real} real tokens "
          f"(median {lengths[len(lengths) // 2]}, max {lengths[-1]}), batch {bs}\n")
    print("| scheme | padding fraction | seconds | real tokens/s | vs original |")
    print("|---|---|---|---|---|")
    base = real / results["original pad-to-4096"][0]
    for name, (secs, padded) in results.items():
        print(f"| {name} | {1 - real / padded:.1%} | {secs:.2f} | {real / secs:,.0f} | {real / secs / base:.1f}x |")


if __name__ == "__main__":
    main()
