"""In-distribution ceiling of the default guard's encoder on one prompt benchmark: k-fold
cross-validation *on the benchmark itself*, out-of-fold predictions. An analysis, never a model:
it trains on a validation set to ask "could this encoder reach the target if it had training data
from this distribution, labelled by this policy?" — nothing it fits is saved or shipped.

    python benchmarks/encoder_ceiling.py                          # OpenAI Moderation, frozen probes (~2 min)
    python benchmarks/encoder_ceiling.py --finetune               # + full fine-tunes (~30 min on 2 cores)
    python benchmarks/encoder_ceiling.py --benchmark toxicchat:prompt

Rows (F1 at 0.5, best F1 over cuts, AUPRC; all out-of-fold, so every text is scored by a model
that never saw it):
- the shipped guard as it is (trained without the benchmark): the reference;
- logistic regression on the frozen mean-pooled output of the base all-MiniLM-L6-v2, and of the
  shipped encoder (LoRA merged);
- with ``--finetune``: the shipped network (encoder + prompt head) fine-tuned on each fold, and
  the base encoder with a new head fine-tuned on each fold.
"""

from __future__ import annotations

import argparse
import copy
import random
import time
from pathlib import Path

import numpy as np


def scores(y, prob) -> tuple[float, float, float, float]:
    """(F1 at 0.5, best F1 over cuts, that cut, AUPRC), in percent."""
    from sklearn.metrics import average_precision_score, f1_score, precision_recall_curve

    pr, rc, th = precision_recall_curve(y, prob)
    f = 2 * pr * rc / np.maximum(pr + rc, 1e-12)
    i = int(f[:-1].argmax())
    return (100 * f1_score(y, np.asarray(prob) >= 0.5), 100 * float(f[i]), float(th[i]),
            100 * average_precision_score(y, prob))


def pooled(net, rows, order, batch_size: int = 64) -> np.ndarray:
    import torch

    from expguard.mini.model import collate

    net.eval()
    out = np.zeros((len(rows), net.encoder.config.hidden_size), np.float32)
    with torch.inference_mode():
        for s in range(0, len(order), batch_size):
            idx = order[s:s + batch_size]
            out[idx] = net.pooled(collate([rows[i] for i in idx])).numpy()
    return out


def frozen_probe(x: np.ndarray, y: np.ndarray, folds) -> np.ndarray:
    """Out-of-fold P(unsafe) of a logistic regression on fixed features."""
    from sklearn.linear_model import LogisticRegression

    oof = np.zeros(len(y))
    for tr, te in folds:
        oof[te] = LogisticRegression(C=1.0, max_iter=3000).fit(x[tr], y[tr]).predict_proba(x[te])[:, 1]
    return oof


def finetune(start, rows, y: np.ndarray, folds, *, lr: float, epochs: int, seed: int, log) -> np.ndarray:
    """Out-of-fold P(unsafe) of ``start`` (a MiniGuardNet) fine-tuned on each fold: every encoder
    weight (lr ``lr``) and the prompt head (1e-3), batch 32, linear warm-up 6% and decay, length-grouped batches."""
    import torch

    from expguard.mini.model import collate

    bce = torch.nn.functional.binary_cross_entropy_with_logits
    oof = np.zeros(len(y))
    t0 = time.perf_counter()
    for k, (tr, te) in enumerate(folds):
        torch.manual_seed(seed + k)
        net = copy.deepcopy(start)
        net.train()
        opt = torch.optim.AdamW([{"params": net.encoder.parameters(), "lr": lr},
                                 {"params": net.heads["prompt"].parameters(), "lr": 1e-3}], weight_decay=0.01)
        total = epochs * -(-len(tr) // 32)
        warm = max(1.0, 0.06 * total)
        sched = torch.optim.lr_scheduler.LambdaLR(
            opt, lambda s, warm=warm, total=total: min(1.0, (s + 1) / warm) * max(0.0, 1 - s / total))
        rng, idx = random.Random(seed + k), list(tr)
        for _ in range(epochs):
            rng.shuffle(idx)
            batches = []
            for s in range(0, len(idx), 32 * 20):
                pool = sorted(idx[s:s + 32 * 20], key=lambda i: len(rows[i][0]))
                batches += [pool[j:j + 32] for j in range(0, len(pool), 32)]
            rng.shuffle(batches)
            for b in batches:
                logit = net.heads["prompt"](net.dropout(net.pooled(collate([rows[i] for i in b]))))[:, 0]
                bce(logit, torch.tensor(y[b], dtype=torch.float32)).backward()
                torch.nn.utils.clip_grad_norm_(net.parameters(), 1.0)
                opt.step()
                sched.step()
                opt.zero_grad(set_to_none=True)
        net.eval()
        order = sorted(te, key=lambda i: len(rows[i][0]))
        with torch.inference_mode():
            for s in range(0, len(order), 64):
                b = order[s:s + 64]
                oof[b] = torch.sigmoid(net.heads["prompt"](net.pooled(collate([rows[i] for i in b])))[:, 0]).numpy()
        log(f"  fold {k + 1}/{len(folds)}: {time.perf_counter() - t0:.0f} s")
    return oof


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--benchmark", default="openai_mod:prompt", help="a prompt benchmark with both labels")
    ap.add_argument("--data-dir", type=Path, default=Path("../shared/benchmarks"))
    ap.add_argument("--artifact", default=None, help="a default-guard artefact (default: the shipped one)")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--finetune", action="store_true", help="also fine-tune (minutes per fold)")
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--lr", type=float, default=3e-5)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)

    import torch
    from sklearn.model_selection import StratifiedKFold

    from expguard.data.load import load_benchmark
    from expguard.mini.model import DEFAULT_ARTIFACT, MiniGuard, build_net, user_side

    torch.set_num_threads(args.threads)
    bench = load_benchmark(args.benchmark, args.data_dir, allow_hub=False)
    samples = bench.samples
    y = np.array([s.prompt_harmful for s in samples], dtype=bool)
    if bench.benchmark.task != "prompt" or y.all() or not y.any():
        raise SystemExit(f"{args.benchmark}: needs a prompt benchmark with harmful and unharmful items")
    texts = [user_side(s.conversation) for s in samples]
    guard = MiniGuard(args.artifact or DEFAULT_ARTIFACT, backend="torch")
    shipped, cfg = guard.net, guard.cfg        # the merged fp32 network the guard runs
    rows = guard.encoder.prompts(texts)
    order = sorted(range(len(rows)), key=lambda i: len(rows[i][0]))
    folds = list(StratifiedKFold(args.folds, shuffle=True, random_state=args.seed).split(texts, y))
    print(f"{args.benchmark}: {len(y)} items, {int(y.sum())} harmful; {args.folds}-fold CV, out-of-fold scores; "
          f"{torch.get_num_threads()} threads")

    found = [("shipped guard (blend), as it is", np.array([v.prompt_unsafe_prob for v in guard.classify(samples)]))]
    torch.manual_seed(args.seed)   # the new heads of the base network
    base = build_net(cfg)
    for name, net in (("frozen base encoder + logistic regression", base),
                      ("frozen shipped encoder + logistic regression", shipped)):
        found.append((name, frozen_probe(pooled(net, rows, order), y, folds)))
    if args.finetune:
        for name, net, lr in ((f"shipped network fine-tuned ({args.epochs} ep, lr {args.lr:g})", shipped, args.lr),
                              (f"base encoder + new head fine-tuned ({args.epochs} ep, lr {args.lr:g})", base, args.lr)):
            print(name)
            found.append((name, finetune(net, rows, y, folds, lr=lr, epochs=args.epochs, seed=args.seed, log=print)))
    print("\n| model | trained on this benchmark | F1 at 0.5 | best F1 (cut) | AUPRC |\n|---|---|---|---|---|")
    for i, (name, prob) in enumerate(found):
        f, best, cut, ap_ = scores(y, prob)
        print(f"| {name} | {'no' if i == 0 else 'yes, other folds'} | {f:.1f} | {best:.1f} ({cut:.2f}) | {ap_:.1f} |")


if __name__ == "__main__":
    main()
