"""Reports: metrics JSON (the original's keys kept), a markdown table, PNG plots.

Everything here is recomputed from a run directory's files, offline (``expguard report RUN``).
"""

from __future__ import annotations

import json
from pathlib import Path
from statistics import mean
from typing import Any

from ..metrics import (binary_metrics, bootstrap_f1, probability_metrics, subset_headline,
                       subset_metrics)
from ..results import read_predictions, safe_name, write_json

# The paper's headline averages (spec §3.4): unweighted means of these benchmarks' ``f1``.
PUBLIC_PROMPT = ("toxicchat:prompt", "openai_mod:prompt", "xstest:prompt", "harmbench:prompt",
                 "aegis2:prompt", "wildguardtest:prompt")
PUBLIC_RESPONSE = ("beavertails:response", "saferlhf:response", "harmbench:response",
                   "aegis2:response", "wildguardtest:response")


def benchmark_metrics(records: list[dict[str, Any]], subset_fields: tuple[str, ...] = ()) -> dict[str, Any]:
    gold = [bool(r["gold"]) for r in records]
    pred = [r["pred"] for r in records]
    m = binary_metrics(gold, pred)
    if not records:
        return m
    m.update(probability_metrics(gold, [r.get("prob") for r in records]))
    m["f1_ci95"] = bootstrap_f1(gold, pred)
    m["subsets"] = {}
    fields = list(subset_fields)
    if "domain" not in fields and any(r.get("domain") for r in records):
        fields.append("domain")
    for f in fields:
        groups = [r.get(f) for r in records]
        if any(g is not None for g in groups):
            per = subset_metrics(gold, pred, groups)
            m["subsets"][f] = per
            for value, sm in per.items():
                m.update(subset_headline(value, sm))
    return m


def headline(per_bench: dict[str, dict[str, Any]], evaluated: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, names in (("public_prompt", PUBLIC_PROMPT), ("public_response", PUBLIC_RESPONSE)):
        if not any(n in evaluated for n in names):
            continue
        have = [n for n in names if n in per_bench and per_bench[n].get("n")]
        out[f"{key}_avg_f1"] = mean(per_bench[n]["f1"] for n in have) if have else None
        out[f"{key}_benchmarks"] = have
        out[f"{key}_missing"] = [n for n in names if n not in have]
        out[f"{key}_complete"] = len(have) == len(names)
    for task in ("prompt", "response"):
        m = per_bench.get(f"expguardtest:{task}")
        if m and m.get("n"):
            out[f"expguardtest_{task}_f1"] = m["f1"]
            for dom, dm in m.get("subsets", {}).get("domain", {}).items():
                out[f"expguardtest_{task}_{dom}_f1"] = dm["f1"]
    return out


def compute(run_dir: str | Path, records: dict[str, list[dict[str, Any]]] | None = None
            ) -> dict[str, Any]:
    """Metrics of a run directory; ``records`` (benchmark -> prediction records) saves re-reading
    prediction files the caller already holds in memory."""
    from ..data.load import get_benchmark

    run_dir = Path(run_dir)
    run = json.loads((run_dir / "run.json").read_text(encoding="utf-8"))
    status_file = run_dir / "benchmarks.json"
    status = json.loads(status_file.read_text(encoding="utf-8")) if status_file.exists() else {}
    per: dict[str, dict[str, Any]] = {}
    for name, st in status.items():
        if st.get("status") != "done":
            continue
        path = run_dir / "predictions" / f"{safe_name(name)}.jsonl"
        recs = (records or {}).get(name)
        if recs is None:
            recs = read_predictions(path) if path.exists() else []
        fields = get_benchmark(name).subsets if name in _registry() else ()
        m = benchmark_metrics(recs, fields)
        m.update({"task": st.get("task"), "source": st.get("source"), "records": st.get("records"),
                  "complete": len(recs) >= (st.get("evaluated") or 0)})
        per[name] = m
    evaluated = [n for n, st in status.items() if st.get("status") == "done"]
    return {
        "run": {k: run.get(k) for k in ("created", "guard", "git_commit", "packages", "limit", "data_dir")},
        "benchmarks": per,
        "headline": headline(per, list(run.get("benchmarks", evaluated))),
        "missing": {n: st["reason"] for n, st in status.items() if st.get("status") == "missing"},
        "skipped": {n: st["reason"] for n, st in status.items() if st.get("status") == "skipped"},
    }


def _registry():
    from ..data.benchmarks import BENCHMARKS

    return BENCHMARKS


def _pct(x: Any) -> str:
    return "–" if x is None else f"{100 * x:.1f}"


def markdown(metrics: dict[str, Any]) -> str:
    g = metrics["run"].get("guard") or {}
    lines = [f"# expguard evaluation: {g.get('guard', '?')}", "",
             f"engine `{g.get('engine')}` · model `{g.get('model')}` · mode `{g.get('mode')}` · "
             f"threshold {g.get('threshold')} · template sha256 `{str(g.get('template_sha256'))[:12]}` · "
             f"commit `{str(metrics['run'].get('git_commit'))[:10]}`", ""]
    h = metrics["headline"]
    if h:
        lines += ["## Headline (paper's table)", "", "| metric | F1 | note |", "|---|---|---|"]
        for key in ("public_prompt", "public_response"):
            if f"{key}_avg_f1" in h:
                note = ("all benchmarks" if h[f"{key}_complete"] else
                        "PARTIAL: not evaluated or missing: " + ", ".join(h[f"{key}_missing"]))
                lines.append(f"| {key.replace('_', ' ').title()} Avg | {_pct(h[f'{key}_avg_f1'])} | {note} |")
        for k, v in h.items():
            if k.startswith("expguardtest_"):
                lines.append(f"| {k} | {_pct(v)} | |")
        lines.append("")
    lines += ["## Benchmarks", "",
              "F1/P/R on the harmful class; unjudged items count as wrong (paper rule). "
              "Single-class benchmarks: F1 is degenerate, read recall (all harmful) or TNR.", "",
              "| benchmark | n | pos | F1 | 95% CI | P | R | TNR | unjudged | AUPRC | FPR@95TPR | best F1 |",
              "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for name, m in metrics["benchmarks"].items():
        if not m.get("n"):
            lines.append(f"| {name} | 0 | | | | | | | | | | |")
            continue
        ci = m.get("f1_ci95")
        ci_s = f"{_pct(ci[0])}–{_pct(ci[1])}" if ci else "–"
        f1 = _pct(m["f1"]) + ("*" if m.get("single_class") else "")
        lines.append(f"| {name} | {m['n']} | {m['positives']} | {f1} | {ci_s} | {_pct(m['precision'])} | "
                     f"{_pct(m['recall'])} | {_pct(m['tnr'])} | {_pct(m['parsing_error'])} | "
                     f"{_pct(m.get('auprc'))} | {_pct(m.get('fpr_at_95tpr'))} | {_pct(m.get('best_f1'))} |")
    lines.append("")
    lines.append("\\* single-class benchmark: F1 = 2R/(1+R) or 0; compare recall/TNR instead.")
    refusal = [n for n, m in metrics["benchmarks"].items() if m.get("task") == "refusal"]
    if refusal:
        lines.append("")
        lines.append("Refusal benchmarks (" + ", ".join(refusal) + "): the positive class is *the "
                     "response refuses*; F1/P/R and AUPRC are on refusal, TNR on compliance.")
    subs = [(n, f, per) for n, m in metrics["benchmarks"].items() for f, per in m.get("subsets", {}).items()]
    if subs:
        lines += ["", "## Slices", "", "| benchmark | slice | n | pos | F1 | R | TNR |", "|---|---|---|---|---|---|---|"]
        for n, f, per in subs:
            for value, sm in per.items():
                f1 = "–" if sm.get("single_class") else _pct(sm["f1"])
                lines.append(f"| {n} | {f}={value} | {sm['n']} | {sm['positives']} | {f1} | "
                             f"{_pct(sm['recall'] if sm['positives'] else None)} | {_pct(sm['tnr'])} |")
    for key, title in (("missing", "Missing benchmarks (no data found)"), ("skipped", "Skipped benchmarks")):
        if metrics[key]:
            lines += ["", f"## {title}", ""] + [f"- `{n}`: {r}" for n, r in metrics[key].items()]
    return "\n".join(lines) + "\n"


def plot(run_dir: Path, metrics: dict[str, Any]) -> list[Path]:
    """PR curve per benchmark with probabilities; slice bars per benchmark with slices."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from sklearn.metrics import precision_recall_curve

    out_dir = run_dir / "plots"
    out_dir.mkdir(exist_ok=True)
    written = []
    for name, m in metrics["benchmarks"].items():
        if m.get("auprc") is not None:
            recs = read_predictions(run_dir / "predictions" / f"{safe_name(name)}.jsonl")
            pairs = [(r["gold"], r["prob"]) for r in recs if r.get("prob") is not None]
            prec, rec, _ = precision_recall_curve([g for g, _ in pairs], [p for _, p in pairs])
            fig, ax = plt.subplots(figsize=(4.5, 4))
            ax.plot(rec, prec, lw=1.5)
            ax.scatter([m["recall"]], [m["precision"]], color="red", zorder=3, label="threshold")
            ax.set(xlabel="recall", ylabel="precision", xlim=(0, 1), ylim=(0, 1.02),
                   title=f"{name}\nAUPRC {m['auprc']:.3f}")
            ax.legend(loc="lower left")
            fig.tight_layout()
            path = out_dir / f"pr_{safe_name(name)}.png"
            fig.savefig(path, dpi=100)
            plt.close(fig)
            written.append(path)
        for field, per in m.get("subsets", {}).items():
            labels, values, kinds = [], [], []
            for value, sm in per.items():
                (k, v), = subset_headline(value, sm).items()
                labels.append(str(value))
                values.append(0.0 if v is None else v)
                kinds.append(k.rsplit("_", 1)[1])
            fig, ax = plt.subplots(figsize=(max(4, 0.45 * len(labels) + 2), 3.6))
            colors = {"f1": "tab:blue", "recall": "tab:red", "tnr": "tab:green"}
            ax.bar(range(len(values)), values, color=[colors[k] for k in kinds])
            ax.set_xticks(range(len(labels)), labels, rotation=60, ha="right", fontsize=7)
            from matplotlib.patches import Patch

            ax.set_ylim(0, 1)
            ax.set_title(f"{name} by {field}", fontsize=9)
            ax.legend(handles=[Patch(color=colors[k], label=k.upper() if k != "recall" else "recall")
                               for k in dict.fromkeys(kinds)], fontsize=7, loc="upper right")
            fig.tight_layout()
            path = out_dir / f"slices_{safe_name(name)}_{field}.png"
            fig.savefig(path, dpi=100)
            plt.close(fig)
            written.append(path)
    return written


def write_report(run_dir: str | Path, *, plots: bool = True,
                 records: dict[str, list[dict[str, Any]]] | None = None) -> dict[str, Any]:
    run_dir = Path(run_dir)
    metrics = compute(run_dir, records)
    write_json(run_dir / "metrics.json", metrics)
    (run_dir / "report.md").write_text(markdown(metrics), encoding="utf-8")
    if plots:
        plot(run_dir, metrics)
    return metrics
