"""ONNX Runtime inference for the default guard (the ``onnx`` extra).

The merged network (``load_net``: base encoder with the LoRA deltas folded in, plus the heads) is
exported once to ONNX with dynamic batch and sequence axes; its outputs are the probabilities the
torch path computes (sigmoid of the ``prompt``/``response`` logits, softmax rows of ``category``
and ``domain``). The file is cached per artefact and reused by every later load:

    $EXPGUARD_CACHE/onnx/<key>-fp32.onnx   (default cache root: $XDG_CACHE_HOME/expguard or
    $EXPGUARD_CACHE/onnx/<key>-int8.onnx    ~/.cache/expguard)

(an artefact with a response adapter also gets ``<key>-response-fp32.onnx`` / ``-int8.onnx``:
its response network, which scores the pairs, with a fifth output ``refusal`` when the adapter has
a refusal head)

``<key>`` is sha256[:16] over the artefact (``.safetensors`` and ``.json``), the base encoder's
identity and ``EXPORT_VERSION``, so a new artefact or base gets a new file. Files are written to a
temporary name and renamed into place (atomic: concurrent loads never see half a file).

fp32 gives the torch fp32 verdicts (max |ΔP| ~1e-6). int8 is ``quantize_dynamic`` with per-channel
int8 weights: faster, but like torch's int8 it moves a few verdicts, so it stays opt-in.
onnxruntime's transformer optimizer (fused Attention / EmbedLayerNorm) was tried and was not
measurably faster than the plain export under ``ORT_ENABLE_ALL`` on CPU, so it is not used.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import sys
import uuid
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import MissingDependencyError

EXPORT_VERSION = "1"
INPUTS = ("input_ids", "token_type_ids", "attention_mask")
OUTPUTS = ("prompt", "response", "category", "domain")


def _ort() -> Any:
    try:
        import onnxruntime
    except ImportError as e:
        raise MissingDependencyError("the default guard's ONNX backend", "onnx", "onnxruntime") from e
    return onnxruntime


def cache_dir() -> Path:
    """``$EXPGUARD_CACHE/onnx``, else ``$XDG_CACHE_HOME/expguard/onnx``, else ``~/.cache/expguard/onnx``."""
    root = os.environ.get("EXPGUARD_CACHE")
    if not root:
        root = str(Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "expguard")
    return Path(root) / "onnx"


def _base_identity(base: str) -> str:
    from .model import BASE_ENCODER

    if base == BASE_ENCODER:
        from importlib.metadata import PackageNotFoundError, version

        try:
            return f"{base}=={version(base)}"
        except PackageNotFoundError:
            return base
    p = Path(base)
    if p.is_dir():   # a local base: its files' names, sizes and times
        return base + "".join(f"|{f.name}:{f.stat().st_size}:{f.stat().st_mtime_ns}"
                              for f in sorted(p.iterdir()) if f.is_file())
    return base


def artifact_key(artifact: Path, base: str) -> str:
    """sha256[:16] of the artefact files, the base encoder's identity and ``EXPORT_VERSION``."""
    h = hashlib.sha256()
    for f in (artifact.with_suffix(".safetensors"), artifact.with_suffix(".json")):
        h.update(f.read_bytes())
    h.update(_base_identity(base).encode())
    h.update(f"export/{EXPORT_VERSION}".encode())
    return h.hexdigest()[:16]


@contextlib.contextmanager
def _atomic_target(dest: Path):
    """A temporary path beside ``dest``, renamed onto it when the block succeeds."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        yield tmp
        os.replace(tmp, dest)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def export_onnx(net: Any, dest: Path) -> Path:
    """Export the merged ``net`` to ``dest`` (fp32, opset of the torch exporter, dynamic batch and
    sequence axes; outputs: probabilities). Written atomically."""
    import torch

    try:
        import onnx  # noqa: F401
        import onnxscript  # noqa: F401
    except ImportError as e:
        raise MissingDependencyError("exporting the default guard to ONNX", "onnx",
                                     "onnx + onnxscript") from e

    refusal = "refusal" in net.heads     # a response network with a refusal head: a fifth output
    outputs = OUTPUTS + (("refusal",) if refusal else ())

    class Probabilities(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.net = net

        def forward(self, input_ids: Any, token_type_ids: Any, attention_mask: Any) -> tuple[Any, ...]:
            o = self.net({"input_ids": input_ids, "token_type_ids": token_type_ids,
                          "attention_mask": attention_mask})
            return (torch.sigmoid(o["prompt"][:, 0]), torch.sigmoid(o["response"][:, 0]),
                    torch.softmax(o["category"], -1), torch.softmax(o["domain"], -1),
                    *((torch.sigmoid(o["refusal"][:, 0]),) if refusal else ()))

    wrapper = Probabilities().eval()
    ids = torch.full((2, 8), 100, dtype=torch.long)
    example = (ids, torch.zeros_like(ids), torch.ones_like(ids))
    batch, seq = torch.export.Dim("batch", min=1, max=65536), torch.export.Dim("seq", min=1, max=512)
    quiet = logging.getLogger("torch.onnx")   # "torchvision is not installed" notices
    level = quiet.level
    quiet.setLevel(logging.ERROR)
    with _atomic_target(dest) as tmp, warnings.catch_warnings(), \
            contextlib.redirect_stdout(sys.stderr), torch.no_grad():   # keep stdout for verdicts
        warnings.simplefilter("ignore")
        try:
            torch.onnx.export(wrapper, example, str(tmp), input_names=list(INPUTS),
                              output_names=list(outputs), dynamo=True, external_data=False,
                              dynamic_shapes={n: {0: batch, 1: seq} for n in INPUTS}, verbose=False)
        finally:
            quiet.setLevel(level)
    return dest


def quantize_onnx(src: Path, dest: Path) -> Path:
    """Dynamic int8 (per-channel weights, activations quantized at run time). Written atomically."""
    _ort()
    from onnxruntime.quantization import QuantType, quantize_dynamic

    logging.disable(logging.WARNING)   # "consider pre-processing" advice from the quantizer
    try:
        with _atomic_target(dest) as tmp:
            quantize_dynamic(str(src), str(tmp), weight_type=QuantType.QInt8, per_channel=True)
    finally:
        logging.disable(logging.NOTSET)
    return dest


def _fp32_file(artifact: Path, cfg: Any, part: str = "") -> Path:
    """Where the cached fp32 export of ``artifact`` (or of its ``part``) lives."""
    return cache_dir() / f"{artifact_key(artifact, cfg.base)}{f'-{part}' if part else ''}-fp32.onnx"


def model_file(artifact: Path, cfg: Any, *, quantize: bool = False, net: Any = None, part: str = "") -> Path:
    """The cached ONNX file for ``artifact`` (exported / quantized on first use). ``net``: the
    artefact's merged fp32 torch net when the caller already has it (else ``load_net`` builds it).
    ``part="response"``: the response network of an artefact with a response adapter."""
    from .model import load_net, response_net_of

    fp32 = _fp32_file(artifact, cfg, part)
    if not fp32.is_file():
        net = net if net is not None else load_net(artifact)[0]
        export_onnx(response_net_of(net) if part == "response" else net, fp32)
    if not quantize:
        return fp32
    int8 = fp32.with_name(fp32.name.replace("-fp32.onnx", "-int8.onnx"))
    if not int8.is_file():
        quantize_onnx(fp32, int8)
    return int8


def collate_np(rows: Sequence[tuple[list[int], list[int]]]) -> dict[str, Any]:
    """``model.collate`` in numpy (int64, padded to the longest row)."""
    import numpy as np

    n = max(len(ids) for ids, _ in rows)
    ids = np.zeros((len(rows), n), dtype=np.int64)
    tt = np.zeros_like(ids)
    mask = np.zeros_like(ids)
    for i, (a, t) in enumerate(rows):
        ids[i, :len(a)] = a
        tt[i, :len(t)] = t
        mask[i, :len(a)] = 1
    return {"input_ids": ids, "token_type_ids": tt, "attention_mask": mask}


class OnnxNet:
    """An ONNX Runtime session over the exported guard; ``model.run_batches`` dispatches to
    :meth:`run_batches` so both backends share the batching and output format."""

    def __init__(self, path: str | Path, num_threads: int | None = None) -> None:
        ort = _ort()
        so = ort.SessionOptions()
        so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        so.intra_op_num_threads = num_threads or 0   # 0: onnxruntime's default (physical cores)
        so.inter_op_num_threads = 1
        # idle worker threads sleep instead of spinning: on a CPU shared with other work (a web
        # server, a training job) spinning cost 20% of throughput; EXPGUARD_ORT_SPIN=1 restores it
        if os.environ.get("EXPGUARD_ORT_SPIN", "0") != "1":
            so.add_session_config_entry("session.intra_op.allow_spinning", "0")
        so.log_severity_level = 3
        self.path = Path(path)
        self.session = ort.InferenceSession(str(path), so, providers=["CPUExecutionProvider"])

    def run_batches(self, rows: Sequence[tuple[list[int], list[int]]], batch_size: int,
                    heads: Sequence[str], sort: bool = True) -> dict[str, list[Any]]:
        order = sorted(range(len(rows)), key=lambda i: len(rows[i][0])) if sort else list(range(len(rows)))
        out: dict[str, list[Any]] = {h: [None] * len(rows) for h in heads}
        for s in range(0, len(order), batch_size):
            idx = order[s:s + batch_size]
            got = self.session.run(list(heads), collate_np([rows[i] for i in idx]))
            for h, x in zip(heads, got):
                for i, v in zip(idx, x.tolist()):
                    out[h][i] = v
        return out


def load_onnx_net(artifact: Path, cfg: Any, *, quantize: bool = False,
                  num_threads: int | None = None) -> OnnxNet:
    _ort()   # fail fast, before any export work
    # a response adapter: pairs go through their own exported network
    parts = ("", "response") if cfg.response_lora_r else ("",)
    torch_net = None
    if sum(not _fp32_file(artifact, cfg, p).is_file() for p in parts) > 1:
        from .model import load_net

        torch_net = load_net(artifact)[0]   # both exports from one merged net, built once
    net, *rest = (OnnxNet(model_file(artifact, cfg, quantize=quantize, net=torch_net, part=p), num_threads)
                  for p in parts)
    if rest:
        net.response_net = rest[0]
    return net
