"""The ``expguard`` command line: thin shells over the public API."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from ..errors import ExpguardError

app = typer.Typer(name="expguard", no_args_is_help=True, add_completion=False,
                  help="LLM content moderation for finance, healthcare and law.")
list_app = typer.Typer(no_args_is_help=True, help="List built-in guards and engines.")
app.add_typer(list_app, name="list")

# options shared by every command that builds a guard
ModeOpt = Annotated[str, typer.Option(help="score (label-token probabilities) or generate.")]
ThresholdOpt = Annotated[float, typer.Option(help="P(unsafe) at or above which a message is unsafe.")]
ResponseThresholdOpt = Annotated[Optional[float], typer.Option(
    min=0.0, max=1.0, help="Cut for the response verdict only (default: --threshold); e.g. 0.6 for the "
    "default guard where correct medication-dose answers are common (docs/default-guard.md).")]
EngineOpt = Annotated[Optional[str], typer.Option(help="hf, openai_http, vllm or fake.")]
DeviceOpt = Annotated[str, typer.Option(help="hf engine: auto, cpu, cuda, cuda:1 ...")]
DtypeOpt = Annotated[str, typer.Option(help="hf/vllm engine: auto, bf16, fp16, fp32.")]
BatchOpt = Annotated[int, typer.Option(min=1, help="Engine batch size.")]
RevisionOpt = Annotated[Optional[str], typer.Option(help="Model revision (hub branch/tag/commit).")]
BaseUrlOpt = Annotated[Optional[str], typer.Option(
    help="openai_http: server URL, e.g. http://127.0.0.1:8000/v1")]
ModelPathOpt = Annotated[Optional[str], typer.Option(
    help="Local weights for a named guard (e.g. --model llama-guard-3-8b --model-path ./lg3); "
         "for an adapter guard, the base model.")]
AdapterPathOpt = Annotated[Optional[str], typer.Option(
    help="Adapter guards (aegis-*): local adapter directory.")]
ModelOpt = Annotated[Optional[str], typer.Option(
    "--model", "-m", envvar="EXPGUARD_MODEL",
    help="Guard name (see 'expguard list guards'), local model directory or hub id.")]


def _err(message: str, code: int = 1) -> typer.Exit:
    from rich.console import Console

    Console(stderr=True, soft_wrap=True).print(f"[bold red]error:[/] {message}", highlight=False)
    return typer.Exit(code)


def _verdict_row(v: Any, id_: Any = None, keep_raw: bool = False) -> dict[str, Any]:
    d = v.to_dict()
    if not keep_raw:
        d.pop("raw_output")
    return ({"id": id_} if id_ is not None else {}) | d


@app.command()
def classify(
    text: Annotated[Optional[str], typer.Argument(help="A user prompt to classify.")] = None,
    model: ModelOpt = None,
    response: Annotated[Optional[str], typer.Option("--response", "-r",
                        help="The assistant's response to TEXT, to judge it as well.")] = None,
    input: Annotated[Optional[Path], typer.Option("--input", "-i", help=(
        "JSONL (or JSON list) of conversations: {\"prompt\", \"response\"} or {\"messages\"}, "
        "optional \"id\"."))] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o",
                      help="Write one JSON verdict per input line here (default: stdout).")] = None,
    mode: ModeOpt = "score",
    threshold: ThresholdOpt = 0.5,
    response_threshold: ResponseThresholdOpt = None,
    engine: EngineOpt = None,
    device: DeviceOpt = "auto",
    dtype: DtypeOpt = "auto",
    batch_size: BatchOpt = 8,
    revision: RevisionOpt = None,
    base_url: BaseUrlOpt = None,
    model_path: ModelPathOpt = None,
    adapter_path: AdapterPathOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """Classify one prompt (and optional response), or a whole file of conversations."""
    if (text is None) == (input is None):
        raise _err("give either a TEXT to classify or --input FILE (not both, not neither)", 2)
    if input is not None and response is not None:
        raise _err("--response goes with TEXT; put responses in the --input file instead", 2)
    model = model or "default"   # the embedded CPU guard (offline)
    try:
        guard = _make_guard(model, engine, mode, threshold, device, dtype, batch_size, revision, base_url,
                            model_path, adapter_path, response_threshold)
        if input is None:
            _classify_one(guard, text, response, as_json)
        else:
            _classify_file(guard, input, output, keep_raw=(mode == "generate"))
    except ExpguardError as e:
        raise _err(str(e)) from None


def _make_guard(model: str, engine: str | None, mode: str, threshold: float, device: str, dtype: str,
                batch_size: int, revision: str | None, base_url: str | None,
                model_path: str | None = None, adapter_path: str | None = None,
                response_threshold: float | None = None) -> Any:
    from ..guard.guards import GUARDS, load_guard

    paths = {k: v for k, v in (("model_path", model_path), ("adapter_path", adapter_path)) if v}
    if paths and model not in GUARDS:
        raise _err("--model-path / --adapter-path go with a guard name (see 'expguard list guards')", 2)
    if model_path and GUARDS.get(model).engine == "native":
        model, paths = model_path, {}

    spec = GUARDS.get(model) if model in GUARDS else None
    if (spec is not None and spec.engine == "native") or (spec is None and engine in (None, "native")
                                                         and _is_native_artifact(model)):
        if mode != "score":
            raise _err(f"guard {model!r} is a classifier (no text generation); --mode does not apply", 2)
        return load_guard(model, threshold=threshold if threshold != 0.5 else None,
                          response_threshold=response_threshold, batch_size=max(batch_size, 32))
    if spec is not None and spec.engine == "api":  # API baselines: no engine, template or mode
        if mode != "score":
            raise _err(f"guard {model!r} calls an API; --mode does not apply", 2)
        api_kwargs: dict[str, Any] = {"on_error": "mark", "threshold": threshold if threshold != 0.5 else None,
                                      "response_threshold": response_threshold}
        if base_url:
            api_kwargs["base_url"] = base_url
        return load_guard(model, **api_kwargs)
    kwargs: dict[str, Any] = {"batch_size": batch_size}
    eng = engine or ("fake" if model == "fake" else None)
    if eng in (None, "hf"):
        kwargs |= {"device": device, "dtype": dtype, "revision": revision}
    elif eng == "vllm":
        kwargs |= {"dtype": dtype, "revision": revision}
    elif eng == "openai_http":
        if not base_url:
            raise _err("--engine openai_http needs --base-url", 2)
        kwargs |= {"base_url": base_url, "on_error": "mark"}
    return load_guard(model, engine=eng, mode=mode, threshold=threshold, response_threshold=response_threshold,
                      **kwargs, **paths)


def _is_native_artifact(path: str) -> bool:
    from ..guard.guards import _is_mini_artifact

    return _is_mini_artifact(path)


def _classify_one(guard: Any, text: str, response: str | None, as_json: bool) -> None:
    from rich.console import Console
    from rich.table import Table

    v = guard.classify([{"prompt": text, "response": response}])[0]
    mode = getattr(guard, "mode", "score")
    if as_json:
        typer.echo(json.dumps(_verdict_row(v, keep_raw=mode == "generate"), ensure_ascii=False))
        return
    table = Table(title=f"expguard · {guard.name} · {mode} mode")
    for col in ("message", "verdict", "P(unsafe)", "status"):
        table.add_column(col)
    rows = [("prompt", v.prompt_harmful, v.prompt_unsafe_prob, v.prompt_status)]
    if v.response_status is not None:
        rows.append(("response", v.response_harmful, v.response_unsafe_prob, v.response_status))
    for name, harmful, prob, status in rows:
        label = "[red]unsafe[/]" if harmful else ("[green]safe[/]" if harmful is False else "—")
        table.add_row(name, label, "—" if prob is None else f"{prob:.3f}", str(status))
    console = Console()
    console.print(table)
    if v.domain or (v.prompt_harmful and v.categories) or v.refusal_status is not None:
        from ..taxonomy import category

        extra = [f"domain: {v.domain}"] if v.domain else []
        if v.prompt_harmful and v.categories:
            code = max(v.categories, key=v.categories.__getitem__)
            extra.append(f"likely category: {code} {category(code).name}")
        if v.refusal_status is not None:
            word = {True: "refuses", False: "complies", None: f"not read ({v.refusal_status})"}
            fp = v.response_refusal_prob
            extra.append(f"response {word[v.response_refusal]}"
                         + ("" if fp is None else f" (P(refusal) {fp:.3f})"))
        console.print(" · ".join(extra))


def _classify_file(guard: Any, input: Path, output: Path | None, keep_raw: bool) -> None:
    from itertools import tee

    from rich.console import Console
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                               TimeElapsedColumn, TimeRemainingColumn)

    from ..data.readers import count_records, read_conversations

    total = count_records(input)
    records = read_conversations(input)
    ids_it, convs_it = tee(records)
    counts = {"items": 0, "prompt_unsafe": 0, "response_unsafe": 0, "refusals": 0, "refusal_judged": 0,
              "not_ok": 0, "engine_error": 0}
    stderr = Console(stderr=True)
    out = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        with Progress(TextColumn("classifying"), BarColumn(), MofNCompleteColumn(),
                      TimeElapsedColumn(), TimeRemainingColumn(), console=stderr,
                      disable=output is None and not stderr.is_terminal) as bar:
            task = bar.add_task("classify", total=total)
            verdicts = guard.classify_iter((c for _, c in convs_it),
                                           progress=lambda n: bar.advance(task, n))
            for (id_, _), v in zip(ids_it, verdicts):
                out.write(json.dumps(_verdict_row(v, id_, keep_raw), ensure_ascii=False) + "\n")
                counts["items"] += 1
                counts["prompt_unsafe"] += bool(v.prompt_harmful)
                counts["response_unsafe"] += bool(v.response_harmful)
                counts["refusals"] += bool(v.response_refusal)
                counts["refusal_judged"] += v.refusal_status is not None
                counts["not_ok"] += v.parse_status != "ok"
                counts["engine_error"] += v.parse_status == "engine_error"
    finally:
        if output:
            out.close()
    stderr.print(f"{counts['items']} conversations: {counts['prompt_unsafe']} unsafe prompts, "
                 f"{counts['response_unsafe']} unsafe responses, "
                 + (f"{counts['refusals']} refusals, " if counts["refusal_judged"] else "")
                 + f"{counts['not_ok']} not read "
                 f"({counts['engine_error']} engine errors)" + (f" → {output}" if output else ""))
    if counts["engine_error"]:
        raise typer.Exit(3)


@app.command()
def render(
    input: Annotated[Optional[Path], typer.Option("--input", "-i",
                     help="File with the conversation (default: stdin).")] = None,
    template: Annotated[str, typer.Option(help="Built-in template name.")] = "expguard",
) -> None:
    """Print exactly the prompt text a guard sees for a conversation (no added newline).

    The conversation is JSON: a list of {"role", "content"} messages, or an object with
    "messages" or with "prompt"/"response".
    """
    from ..guard.template import ChatTemplate

    raw = input.read_text(encoding="utf-8") if input else sys.stdin.read()
    where = str(input) if input else "<stdin>"
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as e:
        raise _err(f"{where}:{e.lineno}: invalid JSON ({e.msg})") from None
    try:
        text = ChatTemplate.builtin(template).render(obj)
    except ExpguardError as e:
        raise _err(f"{where}: {e}") from None
    sys.stdout.write(text)
    sys.stdout.flush()


@app.command("eval")
def eval_(
    guard: Annotated[Optional[str], typer.Option("--guard", "-g", envvar="EXPGUARD_MODEL",
                     help="Guard name, local model directory or hub id.")] = None,
    suite: Annotated[str, typer.Option(help=(
        "Suite name (paper-prompt, paper-response, domain, all), a suite YAML file, or a "
        "comma-separated mix of suites and benchmark names."))] = "all",
    data_dir: Annotated[Optional[Path], typer.Option(envvar="EXPGUARD_DATA_DIR", help=(
        "Folder with local benchmark files (e.g. ../shared/benchmarks); others load from the hub."))] = None,
    output_dir: Annotated[Optional[Path], typer.Option(help="Run directory (default runs/<timestamp>); "
                          "an existing one is resumed.")] = None,
    limit: Annotated[Optional[int], typer.Option(min=1, help="Evaluate only the first N items per benchmark.")] = None,
    offline: Annotated[bool, typer.Option(help="Never try the hub; benchmarks without local files are reported missing.")] = False,
    cache: Annotated[Optional[Path], typer.Option(help="Verdict cache (SQLite) to reuse across runs.")] = None,
    plots: Annotated[bool, typer.Option(help="Write PNG plots.")] = True,
    mode: ModeOpt = "score",
    threshold: ThresholdOpt = 0.5,
    response_threshold: ResponseThresholdOpt = None,
    engine: EngineOpt = None,
    device: DeviceOpt = "auto",
    dtype: DtypeOpt = "auto",
    batch_size: BatchOpt = 8,
    revision: RevisionOpt = None,
    base_url: BaseUrlOpt = None,
    model_path: ModelPathOpt = None,
    adapter_path: AdapterPathOpt = None,
) -> None:
    """Run a guard over benchmarks; write metrics JSON, a markdown report, per-item predictions
    and plots to a run directory. Missing benchmarks are reported, not fatal."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from ..evaluate import evaluate
    from ..suites import resolve

    if guard is None:
        raise _err("give --guard (a guard name, model directory or hub id)", 2)
    stderr = Console(stderr=True)
    try:
        names = resolve(suite)
        g = _make_guard(guard, engine, mode, threshold, device, dtype, batch_size, revision, base_url,
                        model_path, adapter_path, response_threshold)
        with Progress(TextColumn("{task.description:<28}"), BarColumn(), MofNCompleteColumn(),
                      TimeRemainingColumn(), console=stderr) as bar:
            tasks: dict[str, Any] = {}

            def progress(name: str, done: int, total: int) -> None:
                if name not in tasks:
                    tasks[name] = bar.add_task(name, total=total)
                bar.update(tasks[name], completed=done)

            result = evaluate(g, names, data_dir=data_dir, output_dir=output_dir, cache=cache,
                              allow_hub=not offline, limit=limit, progress=progress,
                              log=lambda m: bar.console.print(m, highlight=False), plots=plots)
    except ExpguardError as e:
        raise _err(str(e)) from None
    _print_report(result.output_dir)


def _print_report(run_dir: Path) -> None:
    from rich.console import Console
    from rich.markdown import Markdown

    Console().print(Markdown((run_dir / "report.md").read_text(encoding="utf-8")))
    Console(stderr=True).print(f"run directory: {run_dir}", highlight=False)


@app.command()
def report(
    run_dir: Annotated[Path, typer.Argument(help="A run directory written by 'expguard eval'.")],
    plots: Annotated[bool, typer.Option(help="Write PNG plots.")] = True,
) -> None:
    """Recompute metrics, the markdown report and plots from a run directory, offline."""
    from ..report import write_report

    if not (run_dir / "run.json").exists():
        raise _err(f"{run_dir} is not a run directory (no run.json)")
    try:
        write_report(run_dir, plots=plots)
    except ExpguardError as e:
        raise _err(str(e)) from None
    _print_report(run_dir)


@app.command()
def train(
    config: Annotated[Path, typer.Option("--config", "-c", help="Recipe YAML (see recipes/).")],
    output_dir: Annotated[Optional[Path], typer.Option(help="Overrides training.output_dir.")] = None,
    max_steps: Annotated[Optional[int], typer.Option(help="Stop after N optimizer steps.")] = None,
    resume: Annotated[bool, typer.Option(help="Resume from the last checkpoint in the output dir.")] = True,
) -> None:
    """Fine-tune a guard on ExpGuardMix-format data (trl SFT). Multi-GPU / multi-node:
    accelerate launch --config_file recipes/accelerate/<setup>.yaml -m expguard train --config ..."""
    from ..mini.train import is_mini_recipe

    if is_mini_recipe(config):   # the embedded default guard (encoder + LoRA + heads)
        from ..mini.train import load_mini_recipe, train_mini

        try:
            out = train_mini(load_mini_recipe(config), output_dir=output_dir, max_steps=max_steps)
        except ExpguardError as e:
            raise _err(str(e)) from None
        typer.echo(str(out))
        return
    from ..train.config import load_recipe
    from ..train.sft import train as run

    try:
        recipe = load_recipe(config)
        out = run(recipe, output_dir=output_dir, resume=resume,
                  **({"max_steps": max_steps} if max_steps else {}))
    except ExpguardError as e:
        raise _err(str(e)) from None
    typer.echo(str(out))


@list_app.command("benchmarks")
def list_benchmarks() -> None:
    """Registered benchmarks and suites."""
    from rich.console import Console
    from rich.table import Table

    from ..data.benchmarks import BENCHMARKS
    from ..suites import suite_names

    table = Table("name", "task", "local folder", "hub", "records/pos", "description")
    for name in BENCHMARKS.names():
        try:
            b = BENCHMARKS.get(name)
        except ImportError:
            continue
        exp = f"{b.expected[0]}/{b.expected[1]}" if b.expected else ""
        table.add_row(name, b.task, b.folder or "", b.hf.path if b.hf else "", exp, b.description)
    console = Console()
    console.print(table)
    console.print("suites: " + ", ".join(suite_names()))


@list_app.command("guards")
def list_guards() -> None:
    """Built-in guard names."""
    from rich.console import Console
    from rich.table import Table

    from ..guard.guards import GUARDS

    table = Table("name", "weights", "engine", "judges", "modes", "licence / gating", "description")
    for col in table.columns[:5]:
        col.no_wrap = True  # names and ids stay whole; licence and description wrap
    for name in GUARDS.names():
        s = GUARDS.get(name)
        api = s.engine == "api"
        weights = "(API)" if api else s.model
        if getattr(s, "base_model", None):
            weights += f" (PEFT on {s.base_model})"
        judges = ", ".join(getattr(s, "judges", ("prompt", "response")))
        default_modes = ("api",) if api else (("score", "generate") if s.engine in
                                               ("hf", "vllm", "openai_http", "fake") else ("-",))
        modes = ", ".join(getattr(s, "modes", default_modes))
        table.add_row(name, weights, "hf" if getattr(s, "classifier", False) else s.engine, judges,
                      modes, getattr(s, "licence", "") or "see the model card / API terms", s.description)
    Console().print(table)


@list_app.command("engines")
def list_engines() -> None:
    """Engine names."""
    from ..registry import ENGINES

    for name in ENGINES.names():
        typer.echo(name)


@app.command("tiny-model")
def tiny_model(
    output_dir: Annotated[Path, typer.Argument(help="Directory to write the model to.")],
    rows: Annotated[int, typer.Option(help="Synthetic training rows.")] = 400,
    epochs: Annotated[int, typer.Option(help="Training epochs (0: random weights).")] = 12,
    seed: Annotated[int, typer.Option()] = 0,
) -> None:
    """Build a tiny Qwen2-architecture ExpGuard-format model locally (for demos and tests).

    It learns a planted rule: a message is unsafe iff it contains the word 'zorblat'.
    """
    from .. import tiny

    try:
        tiny.build_rule_model(output_dir, n_rows=rows, epochs=epochs, seed=seed)
    except ExpguardError as e:
        raise _err(str(e)) from None
    typer.echo(str(output_dir))


@app.command()
def serve(
    guard: Annotated[Optional[str], typer.Option("--guard", "-g", help=(
        "Guard name, local model directory or hub id (env EXPGUARD_GUARD; default: default).")
    )] = None,
    host: Annotated[Optional[str], typer.Option(
        help="Bind address (env EXPGUARD_HOST; default 127.0.0.1).")] = None,
    port: Annotated[Optional[int], typer.Option(help="Port (env EXPGUARD_PORT; default 8000).")] = None,
    max_batch_size: Annotated[Optional[int], typer.Option(
        min=1, help="Most items per guard call (env EXPGUARD_MAX_BATCH_SIZE; default 32).")] = None,
    max_wait_ms: Annotated[Optional[float], typer.Option(
        min=0, help="Longest wait to fill a batch (env EXPGUARD_MAX_WAIT_MS; default 5).")] = None,
    workers: Annotated[Optional[int], typer.Option(
        min=1, help="uvicorn worker processes, each with its own guard (default 1).")] = None,
    engine: EngineOpt = None,
    base_url: BaseUrlOpt = None,
    threshold: Annotated[Optional[float], typer.Option(
        min=0.0, max=1.0, help="Guard threshold override (env EXPGUARD_THRESHOLD).")] = None,
    response_threshold: Annotated[Optional[float], typer.Option(
        min=0.0, max=1.0, help="Cut for response verdicts only (env EXPGUARD_RESPONSE_THRESHOLD; "
        "default: the threshold); e.g. 0.6 for the default guard, docs/default-guard.md.")] = None,
    log_level: Annotated[str, typer.Option(help="uvicorn log level.")] = "info",
) -> None:
    """Serve a guard over HTTP: OpenAI-compatible POST /v1/moderations, POST /v1/guard, /health,
    /metrics. API keys come from EXPGUARD_API_KEYS (comma separated); see docs/serving.md."""
    import os

    try:
        import uvicorn

        from ..serve.app import create_app
        from ..serve.settings import Settings
    except ImportError as e:
        raise _err(f"the moderation service needs the 'serve' extra ({e.name}): "
                   "pip install 'expguard[serve]'") from None
    from pydantic import ValidationError

    try:
        settings = Settings.from_env(guard=guard, host=host, port=port, max_batch_size=max_batch_size,
                                     max_wait_ms=max_wait_ms, workers=workers, engine=engine,
                                     base_url=base_url, threshold=threshold,
                                     response_threshold=response_threshold)
    except ValidationError as e:
        raise _err(f"bad setting: {e}", 2) from None
    if problem := settings.auth_problem():
        raise _err(problem, 2)
    common: dict[str, Any] = {"host": settings.host, "port": settings.port, "log_level": log_level,
                              "timeout_graceful_shutdown": int(settings.request_timeout_s) + 1}
    if settings.workers > 1:  # each worker process builds its app (and guard) from the environment
        os.environ.update(settings.to_env())
        uvicorn.run("expguard.serve.app:app_from_env", factory=True, workers=settings.workers, **common)
        return
    try:
        application = create_app(None, settings)
    except ExpguardError as e:
        raise _err(str(e)) from None
    uvicorn.run(application, **common)


def main() -> None:
    app()


if __name__ == "__main__":
    main()

