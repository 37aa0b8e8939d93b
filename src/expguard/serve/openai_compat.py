"""OpenAI moderation categories from ExpGuard's 13 (pure functions; no fastapi).

A verdict's ``categories`` (P(category), keys "S1".."S13") map onto OpenAI's keys as below; an
OpenAI key fed by several of ours takes the highest. OpenAI keys that no ExpGuard category
covers are always present with score 0 and ``false``, so OpenAI clients parse the result.
ExpGuard categories without an OpenAI counterpart (S6 privacy, S7 intellectual property, S12
unqualified professional advice, S13 misinformation) are reported in ``expguard_categories``.

A category is ``true`` when the input is flagged and its score is at least ``CATEGORY_THRESHOLD``.
"""

from __future__ import annotations

from typing import Any

from ..taxonomy import CATEGORIES

CATEGORY_THRESHOLD = 0.5

OPENAI_CATEGORIES: tuple[str, ...] = (
    "harassment", "harassment/threatening", "hate", "hate/threatening", "illicit",
    "illicit/violent", "self-harm", "self-harm/intent", "self-harm/instructions", "sexual",
    "sexual/minors", "violence", "violence/graphic")

#: OpenAI key → the ExpGuard codes it is computed from (max of their probabilities)
OPENAI_FROM_EXPGUARD: dict[str, tuple[str, ...]] = {
    "harassment": ("S4",),                       # Harassment & Bullying
    "hate": ("S3",),                             # Hate Speech & Discrimination
    "illicit": ("S8", "S9", "S10", "S11"),       # weapons, drugs, criminal planning, fraud
    "illicit/violent": ("S8",),                  # Illegal Weapons (OpenAI: weapon procurement)
    "self-harm": ("S5",),                        # Self-Harm & Suicide Promotion
    "sexual": ("S2",),                           # Sexual Content & Exploitation
    "violence": ("S1",),                         # Violence & Incitement
}
UNMAPPED: tuple[str, ...] = tuple(k for k in OPENAI_CATEGORIES if k not in OPENAI_FROM_EXPGUARD)



def expguard_categories(categories: dict[str, float] | None) -> dict[str, float] | None:
    """Our 13 keys ("violence", "fraud", "unqualified_advice", ...) → probability."""
    if categories is None:
        return None
    return {c.key: float(categories.get(c.code, 0.0)) for c in CATEGORIES}


def openai_scores(categories: dict[str, float] | None) -> dict[str, float]:
    """All 13 OpenAI keys → score (0.0 where unmapped or the guard gives no categories)."""
    cats = categories or {}
    return {k: max((float(cats.get(code, 0.0)) for code in OPENAI_FROM_EXPGUARD.get(k, ())),
                   default=0.0) for k in OPENAI_CATEGORIES}


def moderation_result(flagged: bool, unsafe_score: float | None,
                      categories: dict[str, float] | None, domain: str | None) -> dict[str, Any]:
    """One entry of the OpenAI ``results`` list, plus expguard's documented extra fields."""
    scores = openai_scores(categories)
    return {
        "flagged": bool(flagged),
        "categories": {k: bool(flagged and s >= CATEGORY_THRESHOLD) for k, s in scores.items()},
        "category_scores": scores,
        "category_applied_input_types": {k: ["text"] for k in OPENAI_CATEGORIES},
        "unsafe_score": None if unsafe_score is None else float(unsafe_score),
        "expguard_categories": expguard_categories(categories),
        "domain": domain,
    }
