"""The ExpGuard policy as data: the 13 unsafe-content categories and the expert domains.

The category names are exactly those in the ExpGuard prompt template (a test checks that the
template's category block is generated from nothing but this table).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Category:
    code: str   # "S1" ... "S13"
    name: str   # as written in the template and in ExpGuardMix's *_category columns
    key: str    # snake_case key used in JSON outputs (e.g. the moderation API)


CATEGORIES: tuple[Category, ...] = (
    Category("S1", "Violence & Incitement", "violence"),
    Category("S2", "Sexual Content & Exploitation", "sexual"),
    Category("S3", "Hate Speech & Discrimination", "hate"),
    Category("S4", "Harassment & Bullying", "harassment"),
    Category("S5", "Self-Harm & Suicide Promotion", "self_harm"),
    Category("S6", "Privacy Violation", "privacy"),
    Category("S7", "Intellectual Property Infringement", "intellectual_property"),
    Category("S8", "Illegal Weapons", "weapons"),
    Category("S9", "Controlled Substances", "controlled_substances"),
    Category("S10", "Criminal Planning", "criminal_planning"),
    Category("S11", "Fraud, Scams & Deception", "fraud"),
    Category("S12", "Unqualified Professional Advice", "unqualified_advice"),
    Category("S13", "Harmful Misinformation & Disinformation", "misinformation"),
)

#: The label ExpGuardMix uses in ``prompt_category``/``response_category`` for safe rows.
UNHARMFUL_CATEGORY = "Unharmful"

#: Expert domains of ExpGuardMix/ExpGuardTest, plus "general" for everything else.
DOMAINS: tuple[str, ...] = ("finance", "healthcare", "law", "general")
EXPERT_DOMAINS: tuple[str, ...] = DOMAINS[:3]

_BY_ANY = {k.lower(): c for c in CATEGORIES for k in (c.code, c.name, c.key)}


def category(name_or_code: str) -> Category:
    """Look a category up by code ("S11"), template name or key (case-insensitive)."""
    from .errors import UnknownNameError

    try:
        return _BY_ANY[name_or_code.strip().lower()]
    except KeyError:
        raise UnknownNameError("category", name_or_code, [c.name for c in CATEGORIES]) from None


def category_block() -> str:
    """The category list exactly as it appears in the ExpGuard prompt."""
    return "\n".join(f"{c.code}: {c.name}" for c in CATEGORIES)
