"""The moderation service: an OpenAI-compatible HTTP API in front of any guard.

    app = create_app(load_guard("fake"), Settings(api_keys=["sk-local"]))
    uvicorn.run(app)                       # or: expguard serve --guard default

Endpoints: ``POST /v1/moderations`` (OpenAI's schema), ``POST /v1/guard`` (prompt/response
verdicts), ``GET /v1/models``, ``GET /health``, ``GET /metrics`` (Prometheus). Errors have
OpenAI's shape ``{"error": {"message", "type", "param", "code"}}``. A verdict the guard could not
produce is a 503, never ``flagged: false``. Request text is never logged unless ``log_text``.
See docs/serving.md.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import time
import uuid
from collections.abc import Sequence
from contextlib import asynccontextmanager
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)
from pydantic import BaseModel, ConfigDict, Field, StrictStr, field_validator, model_validator
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import DataError
from ..schema import Conversation, Status
from ..taxonomy import DOMAINS
from .batcher import BatcherClosed, MicroBatcher
from .openai_compat import expguard_categories, moderation_result
from .settings import Settings

log = logging.getLogger("expguard.serve")

ENDPOINTS = ("/v1/moderations", "/v1/guard", "/v1/models", "/health", "/metrics")


# --- errors ----------------------------------------------------------------------------------
class ApiError(Exception):
    """An error answered with OpenAI's error body."""

    def __init__(self, status: int, message: str, type_: str = "invalid_request_error",
                 param: str | None = None, code: str | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.type, self.param, self.code = status, message, type_, param, code


def error_body(message: str, type_: str, param: str | None = None, code: str | None = None
               ) -> dict[str, Any]:
    return {"error": {"message": message, "type": type_, "param": param, "code": code}}


def error_response(e: ApiError, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(error_body(e.message, e.type, e.param, e.code), status_code=e.status,
                        headers=headers)


# --- request / response schemas ----------------------------------------------------------------
class TextInput(BaseModel):
    """OpenAI's multi-modal text part; image parts are not supported."""

    model_config = ConfigDict(extra="ignore")
    type: Literal["text"]
    text: StrictStr


class ModerationRequest(BaseModel):
    model_config = ConfigDict(extra="ignore")
    input: StrictStr | Annotated[list[StrictStr | TextInput], Field(min_length=1)]
    model: StrictStr | None = Field(None, description="Accepted and ignored: the server runs one guard.")

    @field_validator("input", mode="before")
    @classmethod
    def _shape(cls, v: Any) -> Any:
        """One clear message instead of pydantic's per-union-member errors."""
        if isinstance(v, str):
            return v
        if not isinstance(v, list) or not v:
            raise ValueError("'input' must be a string or a non-empty list of strings")
        for i, x in enumerate(v):
            if isinstance(x, str):
                continue
            if isinstance(x, dict) and x.get("type") == "image_url":
                raise ValueError(f"input[{i}] is an image; this guard judges text only")
            if not (isinstance(x, dict) and x.get("type") == "text" and isinstance(x.get("text"), str)):
                raise ValueError(f"input[{i}] must be a string (or {{\"type\": \"text\", \"text\": ...}})")
        return v


class ModerationResult(BaseModel):
    flagged: bool
    categories: dict[str, bool]
    category_scores: dict[str, float]
    category_applied_input_types: dict[str, list[str]]
    unsafe_score: float | None = Field(None, description="P(unsafe) of the input, when the guard gives it.")
    expguard_categories: dict[str, float] | None = Field(
        None, description="ExpGuard's 13 categories (taxonomy keys) → probability, when available.")
    domain: str | None = None


class ModerationResponse(BaseModel):
    id: str
    model: str
    results: list[ModerationResult]


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="ignore")
    role: Literal["user", "assistant"]
    content: StrictStr


Prob = Annotated[float, Field(ge=0.0, le=1.0, allow_inf_nan=False)]


class GuardRequest(BaseModel):
    """Either ``prompt`` (and optional ``response``) or ``messages``."""

    model_config = ConfigDict(extra="forbid")
    prompt: StrictStr | None = None
    response: StrictStr | None = None
    messages: Annotated[list[ChatMessage], Field(min_length=1)] | None = None
    domain: StrictStr | None = Field(None, description=f"A domain hint: one of {', '.join(DOMAINS)}.")
    threshold: Prob | None = None
    response_threshold: Prob | None = None
    model: StrictStr | None = None

    @model_validator(mode="after")
    def _one_conversation(self) -> GuardRequest:
        if (self.prompt is None) == (self.messages is None):
            raise ValueError("give either 'prompt' (with an optional 'response') or 'messages'")
        if self.messages is not None and self.response is not None:
            raise ValueError("'response' goes with 'prompt'; put it in 'messages' instead")
        if self.domain is not None and self.domain not in DOMAINS:
            raise ValueError(f"'domain' must be one of {', '.join(DOMAINS)}")
        return self


class Assessment(BaseModel):
    harmful: bool
    unsafe_score: float | None = Field(None, description="P(unsafe), when the guard gives it.")
    threshold: float | None = Field(None, description="The cut applied to unsafe_score; null when "
                                    "the guard's own label was used.")
    status: str = "ok"


class RefusalAssessment(BaseModel):
    refused: bool | None = Field(None, description="True = the response refuses the request; null "
                                 "when the guard could not read it (see status).")
    refusal_score: float | None = Field(None, description="P(refusal), when the guard gives it.")
    status: str = "ok"


class GuardResponse(BaseModel):
    id: str
    model: str
    flagged: bool
    prompt: Assessment
    response: Assessment | None = None
    refusal: RefusalAssessment | None = Field(None, description="Whether the response refuses; "
                                              "only from guards that judge refusal (null otherwise).")
    categories: dict[str, float] | None = None
    domain: str | None = None


# --- metrics -----------------------------------------------------------------------------------
class Metrics:
    """One registry per app (several apps can live in one process, e.g. in tests)."""

    def __init__(self, batcher: MicroBatcher) -> None:
        self.registry = r = CollectorRegistry()
        self.requests = Counter("expguard_requests", "HTTP requests.", ["endpoint", "status"],
                                registry=r)
        self.latency = Histogram("expguard_request_duration_seconds", "Request latency.",
                                 ["endpoint"], registry=r,
                                 buckets=(.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30))
        self.batch_size = Histogram("expguard_batch_size", "Items per guard call.", registry=r,
                                    buckets=(1, 2, 4, 8, 16, 32, 64, 128, 256, 512))
        self.batch_latency = Histogram("expguard_batch_duration_seconds", "Guard call time.",
                                       registry=r, buckets=(.001, .005, .01, .05, .1, .5, 1, 5, 30))
        self.items = Counter("expguard_items", "Inputs judged.", ["endpoint"], registry=r)
        self.flagged = Counter("expguard_flagged", "Inputs flagged unsafe.", ["endpoint"], registry=r)
        self.errors = Counter("expguard_errors", "Failed requests by kind.", ["kind"], registry=r)
        queue = Gauge("expguard_queue_items", "Items waiting for the guard.", registry=r)
        queue.set_function(batcher.pending)

    def on_batch(self, n: int, seconds: float) -> None:
        self.batch_size.observe(n)
        self.batch_latency.observe(seconds)


class _MetricsMiddleware:
    """Counts every response (401/413/422 included) by endpoint and status; times it."""

    def __init__(self, app: Any, metrics: Metrics) -> None:
        self.app, self.metrics = app, metrics

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        t0, status = time.perf_counter(), [500]

        async def send_status(message: Any) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_status)
        finally:
            path = scope.get("path", "")
            endpoint = path if path in ENDPOINTS else "other"
            self.metrics.requests.labels(endpoint, str(status[0])).inc()
            self.metrics.latency.labels(endpoint).observe(time.perf_counter() - t0)


class _BodyLimitMiddleware:
    """413 for a body over ``limit`` bytes, before anything parses it: from Content-Length when
    given, else (chunked) by counting while reading, without reading past the limit."""

    def __init__(self, app: Any, limit: int, metrics: Metrics) -> None:
        self.app, self.limit, self.metrics = app, limit, metrics

    async def _reject(self, send: Any, status: int, message: str, code: str) -> None:
        self.metrics.errors.labels(code).inc()
        resp = JSONResponse(error_body(message, "invalid_request_error", None, code),
                            status_code=status, headers={"connection": "close"})
        await send({"type": "http.response.start", "status": resp.status_code,
                    "headers": resp.raw_headers})
        await send({"type": "http.response.body", "body": resp.body})

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        too_big = f"request body exceeds {self.limit} bytes"
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None:
            try:
                declared = int(length)
            except ValueError:
                await self._reject(send, 400, "invalid Content-Length header", "invalid_request")
                return
            if declared > self.limit:
                await self._reject(send, 413, too_big, "request_too_large")
                return
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body = message.get("body", b"")
            size += len(body)
            if size > self.limit:
                await self._reject(send, 413, too_big, "request_too_large")
                return
            chunks.append(body)
            if not message.get("more_body", False):
                break
        buffered = [{"type": "http.request", "body": b"".join(chunks), "more_body": False}]

        async def replay() -> Any:
            return buffered.pop() if buffered else await receive()

        await self.app(scope, replay, send)


# --- the app -----------------------------------------------------------------------------------
def _redact(message: str, texts: Sequence[str]) -> str:
    for t in sorted({t for t in texts if t}, key=len, reverse=True):
        message = message.replace(t, "[redacted]")
    return message[:300]


def create_app(guard: Any = None, settings: Settings | None = None) -> FastAPI:
    """The moderation service for ``guard`` (a guard object, or a name/path for ``load_guard``;
    default ``settings.guard``). ``settings`` default: ``Settings.from_env()``."""
    settings = settings or Settings.from_env()
    owns_guard = guard is None or isinstance(guard, str)
    if owns_guard:
        from ..guard.guards import load_guard

        guard = load_guard(guard or settings.guard, **settings.guard_kwargs())
    name = str(getattr(guard, "name", None) or settings.guard)
    judges = tuple(getattr(guard, "judges", ("prompt", "response")))
    created = int(time.time())
    batcher = MicroBatcher(guard, max_batch_size=settings.max_batch_size,
                           max_wait_ms=settings.max_wait_ms)
    metrics = Metrics(batcher)
    batcher.on_batch = metrics.on_batch
    keys = [k.encode() for k in settings.api_keys]
    if problem := settings.auth_problem():
        log.warning("%s; every /v1 request will get 401", problem)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> Any:
        batcher.start()
        log.info("serving guard %r (max_batch_size=%d, max_wait_ms=%g, auth=%s)", name,
                 settings.max_batch_size, settings.max_wait_ms,
                 "none (loopback)" if settings.no_auth else f"{len(keys)} key(s)")
        try:
            yield
        finally:  # uvicorn has stopped accepting and waited for open requests; drain the rest
            await batcher.close(timeout=settings.request_timeout_s)
            if owns_guard and hasattr(guard, "close"):
                guard.close()

    app = FastAPI(title="expguard moderation service", version=_version(), lifespan=lifespan,
                  docs_url=None, redoc_url=None)
    app.state.guard, app.state.settings, app.state.batcher, app.state.metrics = (
        guard, settings, batcher, metrics)
    app.add_middleware(_BodyLimitMiddleware, limit=settings.max_body_bytes, metrics=metrics)
    app.add_middleware(_MetricsMiddleware, metrics=metrics)

    # --- error handlers --------------------------------------------------------------------------
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, e: ApiError) -> JSONResponse:
        headers = {"www-authenticate": "Bearer"} if e.status == 401 else None
        return error_response(e, headers)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, e: RequestValidationError) -> JSONResponse:
        metrics.errors.labels("validation").inc()
        errors = e.errors()
        first = errors[0] if errors else {}
        loc = [str(p) for p in first.get("loc", ()) if p != "body"]
        param = ".".join(loc) or None
        msg = str(first.get("msg", "invalid request")).removeprefix("Value error, ")
        if first.get("type") == "json_invalid":
            msg, param = "the request body is not valid JSON", None
        elif not loc and first.get("type") in ("model_attributes_type", "dict_type", "missing"):
            ctype = request.headers.get("content-type", "")
            msg = ("the request body must be a JSON object" if "json" in ctype else
                   "send the body as a JSON object with 'Content-Type: application/json'")
        message = f"{param}: {msg}" if param else msg
        if len(errors) > 1:
            message += f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''})"
        return error_response(ApiError(422, message, param=param, code="invalid_value"))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, e: Exception) -> JSONResponse:  # a bug: no details out
        metrics.errors.labels("internal").inc()
        log.error("internal error on %s: %s", request.url.path, type(e).__name__)
        return error_response(ApiError(500, "internal server error", "server_error", code="internal_error"))

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, e: StarletteHTTPException) -> JSONResponse:
        if e.status_code == 400:  # FastAPI could not decode the body (e.g. not UTF-8)
            metrics.errors.labels("validation").inc()
            return error_response(ApiError(422, "the request body is not valid JSON (UTF-8 expected)",
                                           code="invalid_value"))
        code = {404: "not_found", 405: "method_not_allowed"}.get(e.status_code)
        return error_response(ApiError(e.status_code, str(e.detail), code=code),
                              dict(e.headers) if e.headers else None)

    # --- auth ------------------------------------------------------------------------------------
    async def require_key(request: Request) -> None:
        if settings.no_auth:
            return
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        given = token.strip().encode()
        ok = False
        for k in keys:
            ok |= hmac.compare_digest(given, k)
        if scheme.lower() != "bearer" or not given or not ok:
            metrics.errors.labels("auth").inc()
            why = problem or ("missing API key: send 'Authorization: Bearer <key>'" if not given
                              else "invalid API key")
            raise ApiError(401, why, code="invalid_api_key")

    Auth = [Depends(require_key)]

    # --- judging ---------------------------------------------------------------------------------
    def check_text(text: str, param: str) -> None:
        if len(text) > settings.max_chars:
            raise ApiError(422, f"{param}: text is {len(text)} characters; the limit is "
                           f"{settings.max_chars}", param=param, code="string_too_long")

    async def judge(items: list[Any], texts: list[str], endpoint: str) -> list[Any]:
        """Verdicts for items, or an ApiError: 503 guard failure, 504 timeout, 422 bad input."""
        try:
            verdicts = await asyncio.wait_for(batcher.submit(items), settings.request_timeout_s)
        except TimeoutError:
            metrics.errors.labels("timeout").inc()
            log.warning("%s: guard timed out after %.1f s", endpoint, settings.request_timeout_s)
            raise ApiError(504, f"the guard did not answer within {settings.request_timeout_s:g} s",
                           "server_error", code="timeout") from None
        except BatcherClosed:
            metrics.errors.labels("shutting_down").inc()
            raise ApiError(503, "the service is shutting down; retry", "server_error",
                           code="shutting_down") from None
        except DataError as e:
            metrics.errors.labels("guard_input").inc()
            msg = str(e) if settings.log_text else _redact(str(e), texts)
            raise ApiError(422, f"the guard cannot read this input: {msg}", code="invalid_value") from None
        except Exception as e:  # noqa: BLE001 - any guard failure is a 503, never a result
            metrics.errors.labels("guard_error").inc()
            detail = str(e) if settings.log_text else _redact(str(e), texts)
            log.error("%s: guard failed: %s: %s", endpoint, type(e).__name__, detail)
            raise ApiError(503, f"the guard failed ({type(e).__name__}); retry later", "server_error",
                           code="guard_error") from None
        for i, v in enumerate(verdicts):
            bad = _unjudged(v, items[i])
            if bad:
                metrics.errors.labels("guard_status").inc()
                log.error("%s: the guard could not judge input %d: %s", endpoint, i, bad)
                raise ApiError(503, f"the guard could not judge input {i} ({bad}); no verdict is "
                               "returned rather than a wrong one", "server_error", code="guard_error")
        metrics.items.labels(endpoint).inc(len(items))
        return verdicts

    def log_request(endpoint: str, texts: list[str], flagged: list[bool], t0: float) -> None:
        log.info("%s: %d input(s), %d flagged, %.1f ms", endpoint, len(texts), sum(flagged),
                 (time.perf_counter() - t0) * 1000)
        if settings.log_text:
            log.debug("%s texts: %r", endpoint, texts)

    # --- endpoints -------------------------------------------------------------------------------
    @app.post("/v1/moderations", response_model=ModerationResponse, dependencies=Auth)
    async def moderations(body: ModerationRequest) -> ModerationResponse:
        t0 = time.perf_counter()
        raw = [body.input] if isinstance(body.input, str) else body.input
        if len(raw) > settings.max_items:
            raise ApiError(422, f"input: {len(raw)} inputs; the limit is {settings.max_items} per "
                           "request", param="input", code="too_many_inputs")
        texts = [x if isinstance(x, str) else x.text for x in raw]
        for i, t in enumerate(texts):
            check_text(t, "input" if isinstance(body.input, str) else f"input.{i}")
        as_prompt = "prompt" in judges or "response" not in judges
        items: list[Any] = texts if as_prompt else [{"prompt": "", "response": t} for t in texts]
        verdicts = await judge(items, texts, "/v1/moderations")
        results = []
        for v in verdicts:
            flagged = v.prompt_harmful if as_prompt else v.response_harmful
            score = v.prompt_unsafe_prob if as_prompt else v.response_unsafe_prob
            results.append(ModerationResult(**moderation_result(bool(flagged), score, v.categories,
                                                                v.domain)))
        metrics.flagged.labels("/v1/moderations").inc(sum(r.flagged for r in results))
        log_request("/v1/moderations", texts, [r.flagged for r in results], t0)
        return ModerationResponse(id=f"modr-{uuid.uuid4().hex}", model=name, results=results)

    @app.post("/v1/guard", response_model=GuardResponse, response_model_exclude_none=False,
              dependencies=Auth)
    async def guard_endpoint(body: GuardRequest) -> GuardResponse:
        t0 = time.perf_counter()
        item: dict[str, Any]
        if body.messages is not None:
            if len(body.messages) > settings.max_messages:
                raise ApiError(422, f"messages: {len(body.messages)} messages; the limit is "
                               f"{settings.max_messages}", param="messages", code="too_many_inputs")
            msgs = [m.model_dump() for m in body.messages]
            texts = [m["content"] for m in msgs]
            for i, t in enumerate(texts):
                check_text(t, f"messages.{i}.content")
            item = {"messages": msgs}
        else:
            assert body.prompt is not None
            texts = [body.prompt] + ([body.response] if body.response else [])
            check_text(body.prompt, "prompt")
            if body.response:
                check_text(body.response, "response")
            item = {"prompt": body.prompt, "response": body.response}
        try:
            conv = Conversation.coerce(item)
        except DataError as e:
            raise ApiError(422, e.reason, param=(e.field or "").replace("[", ".").replace("]", "")
                           or None, code="invalid_value") from None
        if conv.has_response and "response" not in judges:
            raise ApiError(422, f"guard {name!r} does not judge responses", param="response",
                           code="unsupported")
        if body.domain is not None:
            item["domain"] = body.domain
        v = (await judge([item], texts, "/v1/guard"))[0]
        guard_t = getattr(guard, "threshold", None)
        guard_rt = getattr(guard, "response_threshold", guard_t)
        prompt = _assess(v.prompt_harmful, v.prompt_unsafe_prob, body.threshold, guard_t)
        response = None
        if conv.has_response:
            rt = body.response_threshold if body.response_threshold is not None else body.threshold
            response = _assess(v.response_harmful, v.response_unsafe_prob, rt, guard_rt)
        refusal = None
        if conv.has_response and v.refusal_status is not None:
            fp = v.response_refusal_prob
            refusal = RefusalAssessment(refused=v.response_refusal,
                                        refusal_score=None if fp is None else float(fp),
                                        status=str(v.refusal_status))
        flagged = prompt.harmful or bool(response and response.harmful)
        metrics.flagged.labels("/v1/guard").inc(int(flagged))
        log_request("/v1/guard", texts, [flagged], t0)
        return GuardResponse(id=f"guard-{uuid.uuid4().hex}", model=name, flagged=flagged,
                             prompt=prompt, response=response, refusal=refusal,
                             categories=expguard_categories(v.categories),
                             domain=v.domain if v.domain is not None else body.domain)

    @app.get("/v1/models", dependencies=Auth)
    async def models() -> dict[str, Any]:
        return {"object": "list", "data": [{"id": name, "object": "model", "created": created,
                                            "owned_by": "expguard"}]}

    @app.get("/health")
    async def health() -> JSONResponse:
        if batcher.closing:
            return JSONResponse({"status": "shutting_down", "model": name}, status_code=503)
        return JSONResponse({"status": "ok", "model": name, "queued_items": batcher.pending()})

    @app.get("/metrics")
    async def metrics_endpoint() -> Response:
        return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)

    return app


def _unjudged(v: Any, item: Any) -> str | None:
    """Why a verdict carries no usable label for the fields this item asks about (None: fine)."""
    has_response = isinstance(item, dict) and (bool(item.get("response")) or (
        "messages" in item and item["messages"][-1]["role"] == "assistant"))
    fields = [("prompt", v.prompt_status, v.prompt_harmful)]
    if has_response:
        fields.append(("response", v.response_status, v.response_harmful))
    for what, status, label in fields:
        if status is not Status.OK and status != "ok":
            return f"{what}: {status}"
        if label is None:
            return f"{what}: no label"
    return None


def _assess(label: bool | None, prob: float | None, threshold: float | None,
            guard_threshold: float | None) -> Assessment:
    prob = None if prob is None else float(prob)   # numpy scalars from some guards
    if prob is not None and threshold is not None:
        return Assessment(harmful=bool(prob >= threshold), unsafe_score=prob, threshold=threshold)
    return Assessment(harmful=bool(label), unsafe_score=prob,
                      threshold=guard_threshold if prob is not None else None)


def _version() -> str:
    from .. import __version__

    return __version__


def app_from_env() -> FastAPI:
    """Factory for ``uvicorn --factory expguard.serve.app:app_from_env`` (used for --workers > 1)."""
    return create_app(None, Settings.from_env())
