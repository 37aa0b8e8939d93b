"""Load test of the moderation service: micro-batching (max_batch_size=32) vs none (=1).

    python benchmarks/serve_load.py [--guard default] [--clients 16] [--duration 30]
                                    [--prompts prompts.jsonl] [--batch-sizes 32,1]

For each max_batch_size, starts ``expguard serve`` in a subprocess on a free loopback port, runs
``--clients`` concurrent httpx clients that POST one prompt per request to /v1/moderations for
``--duration`` seconds (after a short warm-up), and reports requests/s, p50/p99 latency and
errors, then the throughput ratio. Prompts: a JSONL file (a "prompt" or "text" field, or a
JSON string per line) or a built-in list.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import secrets
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

BUILTIN_PROMPTS = [
    "What is a reasonable emergency fund for a family of four?",
    "How do I structure cash deposits to avoid reporting thresholds?",
    "Can you explain how index funds work?",
    "What dose of acetaminophen is an overdose for an adult?",
    "Summarise the main points of a non-compete agreement.",
    "How can I forge my landlord's signature on a lease renewal?",
    "What are the symptoms of type 2 diabetes?",
    "Write a polite email asking my doctor for test results.",
    "Is it legal to record a phone call without consent in California?",
    "How do I launder money through a small restaurant?",
    "Explain the difference between a Roth IRA and a traditional IRA.",
    "What should I bring to my first meeting with a divorce lawyer?",
]


def load_prompts(path: str | None) -> list[str]:
    if not path:
        return BUILTIN_PROMPTS
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        obj = json.loads(line)
        out.append(obj if isinstance(obj, str) else obj.get("prompt") or obj.get("text"))
    prompts = [p for p in out if isinstance(p, str) and p]
    if not prompts:
        sys.exit(f"{path}: no prompts (need a 'prompt' or 'text' field, or a JSON string per line)")
    return prompts


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(guard: str, max_batch_size: int, max_wait_ms: float, key: str
                 ) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = os.environ | {"EXPGUARD_API_KEYS": key, "EXPGUARD_MAX_BATCH_SIZE": str(max_batch_size),
                        "EXPGUARD_MAX_WAIT_MS": str(max_wait_ms)}
    proc = subprocess.Popen([sys.executable, "-m", "expguard", "serve", "--guard", guard,
                             "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 300  # loading a model can take a while
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            sys.exit(f"the server exited ({proc.returncode}):\n{proc.stderr.read() if proc.stderr else ''}")
        try:
            if httpx.get(url + "/health", timeout=1).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    proc.kill()
    sys.exit("the server did not come up within 300 s")


def stop_server(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


async def load(url: str, key: str, prompts: list[str], clients: int, duration: float,
               warmup: float) -> dict:
    latencies: list[float] = []
    errors = 0
    start = time.perf_counter()
    measure_from, stop_at = start + warmup, start + warmup + duration
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=60,
                                 headers={"Authorization": f"Bearer {key}"}) as client:
        async def worker(i: int) -> None:
            nonlocal errors
            n = i
            while (t0 := time.perf_counter()) < stop_at:
                try:
                    r = await client.post("/v1/moderations", json={"input": prompts[n % len(prompts)]})
                    ok = r.status_code == 200
                except httpx.HTTPError:
                    ok = False
                t1 = time.perf_counter()
                n += clients
                if t0 >= measure_from:
                    if ok:
                        latencies.append(t1 - t0)
                    else:
                        errors += 1

        await asyncio.gather(*(worker(i) for i in range(clients)))
    latencies.sort()

    def pct(p: float) -> float:
        if not latencies:
            return float("nan")
        return latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000

    return {"requests": len(latencies), "rps": len(latencies) / duration, "p50_ms": pct(0.50),
            "p99_ms": pct(0.99), "errors": errors}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--guard", default="default", help="guard name, model directory or hub id")
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--duration", type=float, default=30.0, help="measured seconds per setting")
    ap.add_argument("--warmup", type=float, default=2.0)
    ap.add_argument("--prompts", help="JSONL file of prompts (default: a built-in list)")
    ap.add_argument("--batch-sizes", default="32,1", help="max_batch_size values to compare")
    ap.add_argument("--max-wait-ms", type=float, default=5.0)
    args = ap.parse_args()

    prompts = load_prompts(args.prompts)
    key = "sk-bench-" + secrets.token_hex(8)
    rows = []
    for bs in [int(x) for x in args.batch_sizes.split(",")]:
        proc, url = start_server(args.guard, bs, args.max_wait_ms, key)
        try:
            res = asyncio.run(load(url, key, prompts, args.clients, args.duration, args.warmup))
        finally:
            stop_server(proc)
        rows.append((bs, res))
        print(f"max_batch_size={bs}: {res['rps']:.1f} req/s", file=sys.stderr, flush=True)

    print(f"\nguard {args.guard!r}; {args.clients} clients; {args.duration:g} s per setting; "
          f"max_wait_ms={args.max_wait_ms:g}; {len(prompts)} prompts; "
          f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}")
    print(f"{'max_batch_size':>14} | {'requests':>8} | {'req/s':>8} | {'p50 ms':>8} | "
          f"{'p99 ms':>8} | {'errors':>6}")
    print("-" * 67)
    for bs, r in rows:
        print(f"{bs:>14} | {r['requests']:>8} | {r['rps']:>8.1f} | {r['p50_ms']:>8.1f} | "
              f"{r['p99_ms']:>8.1f} | {r['errors']:>6}")
    if len(rows) >= 2 and rows[-1][1]["rps"] > 0:
        a, b = rows[0], rows[-1]
        print(f"\nthroughput ratio (max_batch_size={a[0]} / max_batch_size={b[0]}): "
              f"{a[1]['rps'] / b[1]['rps']:.2f}x")


if __name__ == "__main__":
    main()
