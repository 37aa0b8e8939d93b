"""Server settings: a pydantic model read from ``EXPGUARD_*`` environment variables.

Every field ``x`` is read from ``EXPGUARD_X`` (``api_keys`` from ``EXPGUARD_API_KEYS``, comma
separated). Values passed to ``Settings.from_env(**overrides)`` win over the environment.
"""

from __future__ import annotations

import ipaddress
import os
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

ENV_PREFIX = "EXPGUARD_"
LOOPBACK_NAMES = ("localhost", "localhost.localdomain", "ip6-localhost")


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and the usual names of localhost."""
    host = host.strip().strip("[]").lower()
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class Settings(BaseModel):
    """What the moderation service is allowed to do. See docs/serving.md for the table."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    guard: str = Field("default", description="Guard name, local model directory or hub id.")
    engine: str | None = Field(None, description="Engine override (hf, openai_http, vllm, fake).")
    base_url: str | None = Field(None, description="openai_http engine: server URL.")
    threshold: float | None = Field(None, ge=0.0, le=1.0, description="Guard threshold override.")
    response_threshold: float | None = Field(
        None, ge=0.0, le=1.0, description="Cut for response verdicts only (default: threshold).")
    host: str = "127.0.0.1"
    port: int = Field(8000, ge=0, le=65535)
    workers: int = Field(1, ge=1)
    api_keys: list[str] = Field(default_factory=list,
                                description="Accepted bearer keys (EXPGUARD_API_KEYS=k1,k2).")
    allow_no_auth: bool = Field(False, description="Serve without keys; honoured on loopback only.")
    max_batch_size: int = Field(32, ge=1, le=4096, description="Items per guard call.")
    max_wait_ms: float = Field(5.0, ge=0.0, le=10_000, description="Longest wait to fill a batch.")
    max_items: int = Field(64, ge=1, description="Inputs per /v1/moderations request.")
    max_messages: int = Field(100, ge=1, description="Messages per /v1/guard conversation.")
    max_body_bytes: int = Field(1_048_576, ge=1, description="Largest request body (bytes).")
    max_chars: int = Field(50_000, ge=1, description="Longest text per input or message.")
    request_timeout_s: float = Field(30.0, gt=0, description="Queue + guard time before a 504.")
    log_text: bool = Field(False, description="Allow request text in logs (off: never logged).")

    @field_validator("api_keys", mode="before")
    @classmethod
    def _split_keys(cls, v: Any) -> Any:
        if isinstance(v, str):
            v = v.split(",")
        if isinstance(v, list | tuple):
            return [k.strip() if isinstance(k, str) else k for k in v
                    if not (isinstance(k, str) and not k.strip())]
        return v

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: Any) -> Settings:
        """Settings from ``EXPGUARD_*`` variables; ``overrides`` that are not None win."""
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for name in cls.model_fields:
            raw = env.get(ENV_PREFIX + name.upper())
            if raw is not None and raw != "":
                values[name] = raw
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls.model_validate(values)

    def to_env(self) -> dict[str, str]:
        """The ``EXPGUARD_*`` variables that reproduce these settings (for worker processes)."""
        out = {}
        for name, value in self.model_dump().items():
            if value is None:
                continue
            if isinstance(value, list):
                value = ",".join(value)
            elif isinstance(value, bool):
                value = "1" if value else "0"
            out[ENV_PREFIX + name.upper()] = str(value)
        return out

    @property
    def no_auth(self) -> bool:
        """Requests need no key: explicitly allowed, no keys configured, and loopback only."""
        return self.allow_no_auth and not self.api_keys and is_loopback(self.host)

    def auth_problem(self) -> str | None:
        """Why no request could ever authenticate (None when keys or no-auth are in effect)."""
        if self.api_keys or self.no_auth:
            return None
        if self.allow_no_auth:
            return (f"EXPGUARD_ALLOW_NO_AUTH is only honoured on a loopback host, not {self.host!r}; "
                    "set EXPGUARD_API_KEYS")
        return "no API keys configured: set EXPGUARD_API_KEYS (or EXPGUARD_ALLOW_NO_AUTH=1 on loopback)"

    def guard_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for ``load_guard`` from the settings that were given."""
        kw: dict[str, Any] = {}
        if self.engine:
            kw["engine"] = self.engine
        if self.base_url:
            kw["base_url"] = self.base_url
        if self.threshold is not None:
            kw["threshold"] = self.threshold
        if self.response_threshold is not None:
            kw["response_threshold"] = self.response_threshold
        if self.engine == "openai_http":
            kw["on_error"] = "mark"  # a failed call becomes a status (→ 503), never a label
        return kw
