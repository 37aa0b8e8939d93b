"""The moderation service (``pip install 'expguard[serve]'``): an OpenAI-compatible HTTP API in
front of any guard, with micro-batching. See docs/serving.md.

Loaded lazily: ``import expguard`` never imports fastapi; ``expguard.serve.create_app`` does.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "create_app": "expguard.serve.app",
    "app_from_env": "expguard.serve.app",
    "Settings": "expguard.serve.settings",
    "MicroBatcher": "expguard.serve.batcher",
}

__all__ = ["MicroBatcher", "Settings", "app_from_env", "create_app"]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        try:
            module = import_module(_EXPORTS[name])
        except ImportError as e:
            if e.name and e.name.split(".")[0] in ("fastapi", "starlette", "prometheus_client",
                                                   "pydantic", "uvicorn"):
                from ..errors import MissingDependencyError

                raise MissingDependencyError("the moderation service", "serve", e.name) from e
            raise
        return getattr(module, name)
    raise AttributeError(f"module 'expguard.serve' has no attribute {name!r}")
