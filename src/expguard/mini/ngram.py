"""The default guard's second prompt scorer: a hashed n-gram logistic regression.

A linear model over hashed word 1-2 grams and character 3-5 grams (``sklearn``'s
``HashingVectorizer``: no vocabulary to ship, the same features on every machine), trained on the
same prompt rows as the encoder, and blended with it: ``P(unsafe) = (1 - w) * encoder + w * ngram``
(``MiniConfig.ngram_weight``). It sees the surface of the text (words, their pairs, spellings) where
the encoder sees a 128-token summary; the two make different mistakes. On the validation suite
the blend flags fewer benign domain questions at the same recall; on short, blunt requests whose
words it has not seen it lowers recall (docs/default-guard.md, *The n-gram blend*).

Stored in the artefact's safetensors as ``ngram.coef`` (fp16, ``2 * ngram_features`` values: the
word block, then the character block) and ``ngram.intercept`` (fp32). Only the prompt head is
blended; the response, category and domain heads are the encoder's.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

PREFIX = "ngram."   # the artefact's n-gram tensors; every other tensor is the encoder's
COEF, INTERCEPT = PREFIX + "coef", PREFIX + "intercept"


def _vectorizers(n_features: int) -> tuple[Any, Any]:
    from sklearn.feature_extraction.text import HashingVectorizer

    common: dict[str, Any] = {"n_features": n_features, "alternate_sign": False, "binary": True, "norm": "l2"}
    return (HashingVectorizer(analyzer="word", ngram_range=(1, 2), token_pattern=r"(?u)\b\w+\b", **common),
            HashingVectorizer(analyzer="char_wb", ngram_range=(3, 5), **common))


def features(texts: Sequence[str], n_features: int, vectorizers: tuple[Any, Any] | None = None) -> Any:
    """Sparse rows ``[word block | character block]``, each block l2-normalised, binary counts."""
    from scipy.sparse import hstack

    word, char = vectorizers or _vectorizers(n_features)
    return hstack([word.transform(texts), char.transform(texts)]).tocsr()


class NgramHead:
    """``prob(texts)``: P(unsafe) of the linear model; ``tensors()``: what the artefact stores."""

    def __init__(self, coef: Any, intercept: float, n_features: int) -> None:
        coef = np.asarray(coef, dtype=np.float32).reshape(-1)
        if coef.shape[0] != 2 * n_features:
            raise ValueError(f"n-gram coefficients: expected {2 * n_features} values "
                             f"(2 x ngram_features), got {coef.shape[0]}")
        self.coef, self.intercept, self.n_features = coef, float(intercept), n_features
        self._coef64, self._vectorizers = coef.astype(np.float64), _vectorizers(n_features)

    def logits(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros(0)
        return features(texts, self.n_features, self._vectorizers) @ self._coef64 + self.intercept

    def prob(self, texts: Sequence[str]) -> list[float]:
        return (1.0 / (1.0 + np.exp(-self.logits(texts)))).tolist()

    def tensors(self) -> dict[str, Any]:
        import torch

        return {COEF: torch.from_numpy(self.coef.astype(np.float16)),
                INTERCEPT: torch.tensor([self.intercept], dtype=torch.float32)}

    @classmethod
    def from_tensors(cls, tensors: dict[str, Any], n_features: int) -> NgramHead:
        """From numpy arrays of an artefact (``model.load_ngram`` reads them with ``safe_open``)."""
        if COEF not in tensors or INTERCEPT not in tensors:
            raise ValueError(f"the artefact has ngram_weight > 0 but no {COEF} / {INTERCEPT} tensors")
        return cls(np.asarray(tensors[COEF], dtype=np.float32),
                   float(np.asarray(tensors[INTERCEPT], dtype=np.float32).reshape(-1)[0]), n_features)

    @classmethod
    def mean(cls, heads: Sequence[NgramHead]) -> NgramHead:
        """The average of linear models with the same features (exact: logits are linear)."""
        return cls(np.mean([h.coef for h in heads], axis=0), float(np.mean([h.intercept for h in heads])),
                   heads[0].n_features)


def fit(texts: Sequence[str], labels: Sequence[bool], n_features: int, c: float) -> NgramHead:
    """L2-regularised logistic regression (lbfgs: no random numbers) on the prompt rows. The stored
    coefficients are rounded to fp16 here, so the head the trainer measures is the one it ships."""
    from sklearn.linear_model import LogisticRegression

    if len(set(labels)) < 2:
        raise ValueError("the n-gram head needs both safe and unsafe prompt rows")
    model = LogisticRegression(C=c, max_iter=2000).fit(features(texts, n_features), np.asarray(labels, bool))
    coef = model.coef_.reshape(-1).astype(np.float16).astype(np.float32)
    return NgramHead(coef, float(model.intercept_[0]), n_features)


def blend(encoder: Sequence[float], ngram: Sequence[float], weight: float) -> list[float]:
    return [(1.0 - weight) * a + weight * b for a, b in zip(encoder, ngram)]
