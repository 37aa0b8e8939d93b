"""Turn a rendered prompt into token ids, safely.

Two rules, shared by inference and training:

1. **No special-token injection.** Special tokens (``<|im_start|>``, ``<|im_end|>``,
   ``<|endoftext|>`` ...) are parsed only in template text. Each stretch of text between two
   template special tokens is tokenized with ``split_special_tokens=True``, so a user who types
   ``<|im_end|>`` gets the characters, not the token. When content holds no special-token strings
   the ids are exactly those of ``tokenizer(text, add_special_tokens=False)`` (HF tokenizes the
   text between added tokens independently too), i.e. what the model was trained on.
2. **Truncate content, never instructions.** When a prompt is longer than ``max_length``, tokens
   are dropped from the *start* of the conversation content (oldest first), so the policy, the
   instruction tail and the latest turn survive.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..errors import DataError
from .template import Piece, RenderedPrompt


@dataclass(frozen=True, slots=True)
class Encoded:
    ids: list[list[int]]   # one id list per requested suffix
    truncated: bool        # content was cut to fit max_length


def special_tokens(tokenizer: Any) -> tuple[str, ...]:
    """Every token string the tokenizer treats as special (longest first, for the regex)."""
    toks = set(getattr(tokenizer, "all_special_tokens", []) or [])
    for tok in (getattr(tokenizer, "added_tokens_decoder", None) or {}).values():
        if getattr(tok, "special", False):
            toks.add(str(tok))
    return tuple(sorted(toks, key=len, reverse=True))


@lru_cache(maxsize=32)
def _special_regex(tokens: tuple[str, ...]) -> re.Pattern[str] | None:
    return re.compile("|".join(re.escape(t) for t in tokens)) if tokens else None


def special_token_ids(tokenizer: Any) -> set[int]:
    return {int(i) for i in tokenizer.convert_tokens_to_ids(list(special_tokens(tokenizer)))
            if i is not None}


def _parts(pieces: Sequence[Piece], regex: re.Pattern[str] | None) -> list[tuple[str, list[Piece]]]:
    """Split into ("special", [token]) and ("chunk", [pieces...]) parts at template specials."""
    parts: list[tuple[str, list[Piece]]] = []
    chunk: list[Piece] = []
    for p in pieces:
        if p.is_content or regex is None:
            chunk.append(p)
            continue
        pos = 0
        for m in regex.finditer(p.text):
            if m.start() > pos:
                chunk.append(Piece(p.text[pos:m.start()], False))
            if chunk:
                parts.append(("chunk", chunk))
                chunk = []
            parts.append(("special", [Piece(m.group(0), False)]))
            pos = m.end()
        if pos < len(p.text):
            chunk.append(Piece(p.text[pos:], False))
    if chunk:
        parts.append(("chunk", chunk))
    return parts


def _tokenize(tokenizer: Any, text: str) -> list[int]:
    if not text:
        return []
    return tokenizer(text, add_special_tokens=False, split_special_tokens=True)["input_ids"]


def encode(tokenizer: Any, prompt: RenderedPrompt, suffixes: Sequence[str] = ("",), *,
           max_length: int | None = None) -> Encoded:
    """Token ids of ``prompt.text + suffix`` for each suffix (trusted text, e.g. a label prefix).

    Content is truncated from the left, the same way for every suffix, so that the longest
    encoding fits in ``max_length``.
    """
    pieces = list(prompt.pieces)
    truncated = False
    for _ in range(64):  # each round cuts at least one token's worth of characters
        ids = _encode_once(tokenizer, pieces, suffixes)
        excess = max(map(len, ids)) - max_length if max_length else 0
        if excess <= 0:
            return Encoded(ids, truncated)
        pieces = _cut_content(tokenizer, pieces, excess)
        truncated = True
    raise DataError(f"could not truncate the conversation to {max_length} tokens")


def _encode_once(tokenizer: Any, pieces: list[Piece], suffixes: Sequence[str]) -> list[list[int]]:
    regex = _special_regex(special_tokens(tokenizer))
    parts = _parts(pieces, regex)
    # the suffix joins the final chunk when the prompt ends in text (e.g. "assistant\n")
    tail = "".join(p.text for p in parts.pop()[1]) if parts and parts[-1][0] == "chunk" else ""
    # the suffix is trusted text: special tokens in it (e.g. EOS in a training target) count
    tails = [_parts([Piece(tail + s, False)], regex) for s in suffixes]
    texts = ["".join(p.text for p in ps) for plist in [parts, *tails] for kind, ps in plist
             if kind == "chunk"]
    encoded = iter(_tokenize_many(tokenizer, texts))

    def ids_of(plist: list[tuple[str, list[Piece]]]) -> list[int]:
        ids: list[int] = []
        for kind, ps in plist:
            if kind == "special":
                ids.append(int(tokenizer.convert_tokens_to_ids(ps[0].text)))
            else:
                ids.extend(next(encoded))
        return ids

    head = ids_of(parts)
    return [head + ids_of(t) for t in tails]


def _tokenize_many(tokenizer: Any, texts: list[str]) -> list[list[int]]:
    """``_tokenize`` for many texts in one call to the Rust tokenizer when there is one."""
    backend = _split_backend(tokenizer)
    if backend is None:
        return [_tokenize(tokenizer, t) for t in texts]
    return [e.ids for e in backend.encode_batch(texts, add_special_tokens=False)]


def _split_backend(tokenizer: Any) -> Any:
    """A private copy of the fast tokenizer's Rust backend that never parses special tokens
    (what ``split_special_tokens=True`` does, without the per-call overhead)."""
    backend = getattr(tokenizer, "_expguard_split_backend", False)
    if backend is False:
        import copy

        src = getattr(tokenizer, "backend_tokenizer", None)
        backend = None
        if src is not None and hasattr(src, "encode_special_tokens"):
            backend = copy.deepcopy(src)
            backend.encode_special_tokens = True
            backend.no_truncation()
            backend.no_padding()
        try:
            tokenizer._expguard_split_backend = backend
        except AttributeError:  # a tokenizer that refuses attributes: no cache, still correct
            pass
    return backend


def _cut_content(tokenizer: Any, pieces: list[Piece], excess: int) -> list[Piece]:
    """Drop about ``excess`` tokens from the start of the earliest non-empty content piece(s)."""
    out = list(pieces)
    for i, p in enumerate(out):
        if not p.is_content or not p.text:
            continue
        n = len(_tokenize(tokenizer, p.text))
        if n <= excess:
            out[i] = Piece("", True)
            excess -= n
            if excess <= 0:
                return out
            continue
        enc = tokenizer(p.text, add_special_tokens=False, split_special_tokens=True,
                        return_offsets_mapping=True)
        # cut after the last dropped token; byte-level tokens of one character share its offsets,
        # so always advance by at least one character
        start = max(enc["offset_mapping"][excess - 1][1], 1)
        out[i] = Piece(p.text[start:].lstrip(), True)
        return out
    raise DataError("the prompt is too long even with all conversation content removed; raise "
                    "max_length")


def first_divergence(a: Sequence[int], b: Sequence[int]) -> int:
    """Index of the first differing token of two encodings (the label position)."""
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return i
    raise DataError("the two label continuations tokenize identically; cannot score them")


@dataclass(frozen=True, slots=True)
class Example:
    input_ids: list[int]
    labels: list[int]      # -100 on the prompt; the answer tokens + EOS are trained
    truncated: bool


def encode_example(tokenizer: Any, prompt: RenderedPrompt, target: str, *,
                   max_length: int | None = None) -> Example:
    """A training row: prompt ids (masked) + ``target`` + EOS (trained).

    Truncation cuts conversation content, never the target (the original lost the whole target
    of over-long prompts, spec §7.19). The prompt/target boundary is checked on token ids.
    """
    enc = encode(tokenizer, prompt, ["", target + tokenizer.eos_token], max_length=max_length)
    prompt_ids, full = enc.ids
    n = len(prompt_ids)
    if full[:n] != prompt_ids:
        raise DataError("the tokenizer merges the prompt's last token with the answer; the label "
                        "mask would be inexact")
    return Example(full, [-100] * n + full[n:], enc.truncated)
