"""Fixed, documented train/validation splits by a hash of the text.

Where one public folder serves both training (the default guard's recipe) and evaluation, the row
goes to ``"val"`` iff ``sha256(normalised text)`` read as an integer is ``< VAL_FRACTION`` of the
hash space, else ``"train"``. Normalisation (``normalise``): Unicode NFKC, lower case, runs of
whitespace collapsed, stripped. The rule depends on nothing but the text, so it is stable across
file orders, machines and versions, and duplicates of a text always land on the same side.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import Literal

Split = Literal["train", "val"]

#: share of each split folder held out for validation
VAL_FRACTION = 0.3
_WS = re.compile(r"\s+")


def normalise(text: str) -> str:
    return _WS.sub(" ", unicodedata.normalize("NFKC", text)).strip().lower()


def text_hash(text: str) -> str:
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


def split_of(text: str, val_fraction: float = VAL_FRACTION) -> Split:
    """``"val"`` or ``"train"`` for ``text`` (see the module docstring)."""
    return "val" if int(text_hash(text)[:12], 16) < val_fraction * 16**12 else "train"
