"""How far the default guard's int8 ONNX model (``default-int8``) moves verdicts, over the whole
validation suite: every user prompt (prompt head) and every prompt + response pair (response
head), against the fp32 ONNX model (= the torch fp32 verdicts). Also tries keeping parts of the
network in fp32 (``quantize_dynamic(nodes_to_exclude=...)``) to see whether a few sensitive
layers cause the moves, with the speed of each variant on a fixed sample, all in one run.

    python benchmarks/default_guard_int8.py [--variants all,no_ffn_out] [--artifact PATH]

Needs the ``onnx`` extra and ../shared/benchmarks (or $EXPGUARD_SHARED). Prints a table.
"""

from __future__ import annotations

import argparse
import logging
import os
import random
import tempfile
import time
from pathlib import Path

import numpy as np


LABELS = {"all": "int8 (`default-int8`)", "no_ffn_out": "int8, FFN-out MatMuls kept fp32",
          "no_first_layer": "int8, first layer kept fp32", "no_last_layer": "int8, last layer kept fp32",
          "no_attention": "int8, attention projections kept fp32"}


def layer_nodes(model) -> list[list[str]]:
    """The weight MatMuls of each encoder layer, in graph order (query, key, value, attention
    output, FFN in, FFN out); attention-score MatMuls (no weight) and the heads (Gemm) are left out.
    A layer's FFN-out MatMul is the one whose weight has the FFN width as its first dimension."""
    inits = {i.name: list(i.dims) for i in model.graph.initializer}
    layers, cur = [], []
    for n in model.graph.node:
        if n.op_type != "MatMul":
            continue
        w = [inits[x] for x in n.input if x in inits]
        if not w or len(w[0]) != 2:
            continue
        cur.append(n.name)
        if w[0][0] > w[0][1]:        # FFN out: [ffn, hidden]; closes the layer
            layers.append(cur)
            cur = []
    if cur or not layers or any(len(x) != 6 for x in layers):
        raise SystemExit(f"unexpected graph: layers {[len(x) for x in layers]}, left over {cur}")
    return layers


def validation_rows(enc, shared: Path):
    from expguard.data.load import load_benchmark
    from expguard.suites import resolve

    prompts, pp, rr = [], [], []
    for name in resolve("validation"):
        lb = load_benchmark(name, shared, allow_hub=False)
        for s in lb.samples:
            c = s.conversation
            if lb.benchmark.task == "prompt" or not c.response:
                prompts.append(c.prompt)
            else:
                pp.append(c.prompt)
                rr.append(c.response)
    return enc.prompts(prompts), enc.pairs(pp, rr)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--artifact", default=None)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--variants", default="all,no_ffn_out,no_first_layer,no_last_layer")
    ap.add_argument("--speed-n", type=int, default=512)
    args = ap.parse_args()

    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from transformers import AutoTokenizer

    from expguard.mini.model import DEFAULT_ARTIFACT, Encoder, base_path, read_artifact, run_batches
    from expguard.mini.onnx_backend import OnnxNet, model_file

    shared = Path(os.environ.get("EXPGUARD_SHARED", Path(__file__).resolve().parents[2] / "shared")) / "benchmarks"
    if not shared.is_dir():
        raise SystemExit(f"{shared} not found (set EXPGUARD_SHARED)")
    artifact, cfg, _ = read_artifact(args.artifact or DEFAULT_ARTIFACT)
    if cfg.response_lora_r:   # its pairs go through a second network, which these variants do not build
        raise SystemExit(f"{artifact}: has a response adapter (model.response_lora_r); this benchmark "
                         "quantizes one exported network and would score pairs with the prompt one")
    fp32 = model_file(artifact, cfg)
    layers = layer_nodes(onnx.load(str(fp32)))
    excl = {"all": [], "no_ffn_out": [x[5] for x in layers], "no_first_layer": layers[0],
            "no_last_layer": layers[-1], "no_attention": [n for x in layers for n in x[:4]]}
    names = args.variants.split(",")
    unknown = [n for n in names if n not in excl]
    if unknown:
        raise SystemExit(f"unknown variants {unknown}; choose from {sorted(excl)}")

    enc = Encoder(AutoTokenizer.from_pretrained(base_path(cfg.base)), cfg)
    P, R = validation_rows(enc, shared)
    sample = [P[i] for i in random.Random(0).sample(range(len(P)), min(args.speed_n, len(P)))]

    def measure(net):
        p = np.array(run_batches(net, P, 32, ("prompt",))["prompt"])
        r = np.array(run_batches(net, R, 32, ("response",))["response"])
        run_batches(net, sample[:64], 32, ("prompt",))   # warm-up
        best = min(_timed(run_batches, net, sample, 32, ("prompt",)) for _ in range(3))
        return p, r, len(sample) / best

    ref_p, ref_r, ref_rate = measure(OnnxNet(fp32, args.threads))
    print(f"machine: {os.cpu_count()} CPUs, {args.threads} threads; {len(P)} prompts and {len(R)} "
          f"prompt+response pairs (validation suite); speed: {len(sample)} prompts, batch 32, sorted, best of 3")
    print("| model | prompt verdicts kept | moved | max \\|ΔP\\| | response verdicts kept | moved | "
          "max \\|ΔP\\| | prompts/s | × fp32 |\n|---|---|---|---|---|---|---|---|---|")
    print(f"| fp32 (reference) | 100.00% | 0 | 0 | 100.00% | 0 | 0 | {ref_rate:.1f} | 1.00× |")
    logging.disable(logging.WARNING)
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            f = Path(tmp) / f"{name}.onnx"
            quantize_dynamic(str(fp32), str(f), weight_type=QuantType.QInt8, per_channel=True,
                             nodes_to_exclude=excl[name])
            p, r, rate = measure(OnnxNet(f, args.threads))
            mp, mr = int(((p >= .5) != (ref_p >= .5)).sum()), int(((r >= .5) != (ref_r >= .5)).sum())
            label = LABELS[name]
            print(f"| {label} | {100 * (1 - mp / len(P)):.2f}% | {mp} | {np.abs(p - ref_p).max():.2f} | "
                  f"{100 * (1 - mr / len(R)):.2f}% | {mr} | {np.abs(r - ref_r).max():.2f} | {rate:.1f} | "
                  f"{rate / ref_rate:.2f}× |", flush=True)


def _timed(fn, *args) -> float:
    t = time.perf_counter()
    fn(*args)
    return time.perf_counter() - t


if __name__ == "__main__":
    main()
