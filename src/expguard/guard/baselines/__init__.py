"""Open LLM baseline guards (the baselines of the ExpGuard paper, spec §2), by name:
WildGuard, Llama Guard 2/3/4, ShieldGemma, Aegis 1.0, HarmBench classifiers, MD-Judge, BeaverDam
and Qwen3Guard-Gen. ``specs`` holds the registry entries and the loader, ``templates`` the prompt
formats, ``formats`` the answer parsers, ``guard`` the probe-based guard classes.

This module imports nothing eagerly, so ``guards.py`` can install the baselines at its end
without an import cycle.
"""

from __future__ import annotations

from typing import Any

__all__ = ["BASELINES", "BaselineGuard", "BaselineSpec", "ClassifierGuard", "Probe", "build", "install"]


def install(guards: Any, load_guard: Any) -> Any:
    """Register the baseline specs in ``guards``; return ``load_guard`` extended to build them."""
    from .specs import install as _install

    return _install(guards, load_guard)


def __getattr__(name: str) -> Any:
    if name in ("BASELINES", "BaselineSpec", "build", "register_baselines"):
        from . import specs

        return getattr(specs, name)
    if name in ("BaselineGuard", "ClassifierGuard", "Probe"):
        from . import guard

        return getattr(guard, name)
    raise AttributeError(name)
