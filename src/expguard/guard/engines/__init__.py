"""Engines run a guard model: ``hf`` (transformers), ``openai_http`` (any OpenAI-compatible
completions server), ``vllm`` (in-process) and ``fake`` (tests). See ``base.Engine``."""
