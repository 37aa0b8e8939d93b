"""Lazy name → object registries.

Entries are "module:attr" strings, imported only when asked for, so ``import expguard`` never
pulls in torch, vllm or httpx. Third-party packages add entries through the entry-point group
``expguard.<kind>`` (e.g. ``expguard.engines``).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from importlib.metadata import entry_points
from typing import Any

from .errors import UnknownNameError


class Registry:
    def __init__(self, kind: str, entries: dict[str, str]) -> None:
        self.kind = kind
        self._entries = dict(entries)
        self._plugins_loaded = False

    def register(self, name: str, target: str | Any) -> None:
        self._entries[name] = target

    def _load_plugins(self) -> None:
        if not self._plugins_loaded:
            self._plugins_loaded = True
            for ep in entry_points(group=f"expguard.{self.kind}s"):
                self._entries.setdefault(ep.name, ep.value)

    def names(self) -> list[str]:
        self._load_plugins()
        return sorted(self._entries)

    def __contains__(self, name: str) -> bool:
        self._load_plugins()
        return name in self._entries

    def __iter__(self) -> Iterator[str]:
        return iter(self.names())

    def get(self, name: str) -> Any:
        self._load_plugins()
        try:
            target = self._entries[name]
        except KeyError:
            raise UnknownNameError(self.kind, name, self._entries) from None
        if isinstance(target, str):
            module, _, attr = target.partition(":")
            obj: Any = importlib.import_module(module)
            for part in attr.split("."):
                obj = getattr(obj, part)
            target = self._entries[name] = obj
        return target


ENGINES = Registry("engine", {
    "hf": "expguard.guard.engines.hf:HFEngine",
    "openai_http": "expguard.guard.engines.openai_http:OpenAIHTTPEngine",
    "vllm": "expguard.guard.engines.vllm:VLLMEngine",
    "fake": "expguard.guard.engines.fake:FakeEngine",
})
