"""Render a conversation into the exact prompt text a guard model reads.

Rendering follows transformers' chat-template semantics (sandboxed Jinja, ``trim_blocks``,
``lstrip_blocks``, a ``raise_exception`` global), so a template file here and the same template
saved in a tokenizer render identically. Besides the text, rendering records which characters are
conversation *content* (untrusted) and which are template (trusted): the encoder uses that to keep
user text from ever becoming special tokens, and to truncate content rather than instructions.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path

from ..errors import ConversationError, UnknownNameError
from ..schema import Conversation

_SENTINEL = re.compile("\x00(\\d+)\x00")


@dataclass(frozen=True, slots=True)
class Piece:
    text: str
    is_content: bool  # True: text from a message (untrusted); False: template text (trusted)


@dataclass(frozen=True, slots=True)
class RenderedPrompt:
    """A rendered prompt as alternating template and content pieces; ``text`` joins them."""

    conversation: Conversation
    pieces: tuple[Piece, ...]

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.pieces)


class ChatTemplate:
    """A Jinja chat template with HF semantics.

    ``strip_content`` says whether the template trims message content (ExpGuard's does); it is
    only used to map content back into the rendered text, and ``render_prompt`` checks the mapping
    against a plain render so a wrong setting fails loudly instead of mis-segmenting.
    """

    def __init__(self, source: str, *, name: str = "custom", strip_content: bool = False,
                 verify: bool = True) -> None:
        self.source, self.name, self.strip_content = source, name, strip_content
        self.verify = verify  # re-render every prompt to check the content mapping (custom templates)
        self._compiled = _environment().from_string(source)

    @classmethod
    def builtin(cls, name: str) -> ChatTemplate:
        files = {"expguard": ("expguard.jinja", True)}
        if name not in files:
            raise UnknownNameError("template", name, files)
        fname, strip = files[name]
        src = resources.files("expguard.guard.templates").joinpath(fname).read_text("utf-8")
        # built-in templates' content mapping is proven by the test-suite: no per-prompt re-render
        return cls(src, name=name, strip_content=strip, verify=False)

    @classmethod
    def from_file(cls, path: str | Path, *, strip_content: bool = False) -> ChatTemplate:
        p = Path(path)
        return cls(p.read_text("utf-8"), name=p.name, strip_content=strip_content)

    @cached_property
    def sha256(self) -> str:
        """Hash of the template source, recorded in run provenance and cache keys."""
        return hashlib.sha256(self.source.encode("utf-8")).hexdigest()

    def render(self, conversation: Conversation | object) -> str:
        """The prompt text, byte for byte what the model sees (ends with the assistant header)."""
        conv = Conversation.coerce(conversation)
        return self._render(conv.to_messages())

    def render_prompt(self, conversation: Conversation | object) -> RenderedPrompt:
        conv = Conversation.coerce(conversation)
        skeleton = self._render([{"role": m.role, "content": f"\x00{i}\x00"}
                                 for i, m in enumerate(conv.messages)])
        pieces: list[Piece] = []
        pos = 0
        for match in _SENTINEL.finditer(skeleton):
            if match.start() > pos:
                pieces.append(Piece(skeleton[pos:match.start()], False))
            content = conv.messages[int(match.group(1))].content
            pieces.append(Piece(content.strip() if self.strip_content else content, True))
            pos = match.end()
        if pos < len(skeleton):
            pieces.append(Piece(skeleton[pos:], False))
        rendered = RenderedPrompt(conv, tuple(p for p in pieces if p.text or p.is_content))
        if self.verify and rendered.text != self.render(conv):
            raise ConversationError(
                f"template {self.name!r} transforms message content in a way expguard cannot map "
                "back (set strip_content correctly, or avoid filters on content)")
        return rendered

    def _render(self, messages: list[dict[str, str]]) -> str:
        from jinja2.exceptions import TemplateError

        try:
            return self._compiled.render(messages=messages, add_generation_prompt=True)
        except TemplateError as e:
            raise ConversationError(str(e), field="messages") from None


@lru_cache(maxsize=1)
def _environment():
    from jinja2.exceptions import TemplateError
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    def raise_exception(message: str) -> None:
        raise TemplateError(message)

    env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True)
    env.globals["raise_exception"] = raise_exception
    return env


@lru_cache(maxsize=None)
def expguard_template() -> ChatTemplate:
    """The ExpGuard template (cached; templates are immutable)."""
    return ChatTemplate.builtin("expguard")
