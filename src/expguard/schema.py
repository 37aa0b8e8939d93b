"""The records that flow through expguard: conversations in, verdicts out.

Plain frozen dataclasses (cheap to build by the million; no torch, no pydantic at import).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Literal

from .errors import ConversationError, DataError

Role = Literal["user", "assistant"]
ROLES: tuple[str, ...] = ("user", "assistant")


@dataclass(frozen=True, slots=True)
class Message:
    role: Role
    content: str


@dataclass(frozen=True, slots=True)
class Conversation:
    """Ordered user/assistant turns: starts with the user, alternates, at least one message.

    The guard judges the *last* user message (``prompt``) and, when the conversation ends with
    the assistant, the last assistant message (``response``).
    """

    messages: tuple[Message, ...]

    def __post_init__(self) -> None:
        msgs = self.messages
        if not msgs:
            raise ConversationError("a conversation needs at least one message", field="messages")
        for i, m in enumerate(msgs):
            if not isinstance(m, Message):
                raise ConversationError(f"message {i} is {type(m).__name__}, not Message",
                                        field=f"messages[{i}]")
            if m.role not in ROLES:
                raise ConversationError(f"message {i} has role {m.role!r}; expected 'user' or "
                                        "'assistant'", field=f"messages[{i}].role")
            if not isinstance(m.content, str):
                raise ConversationError(f"message {i} content is {type(m.content).__name__}, "
                                        "not str", field=f"messages[{i}].content")
            expected = ROLES[i % 2]
            if m.role != expected:
                what = ("the first message must be the user's" if i == 0 else
                        f"roles must alternate user/assistant, but messages {i - 1} and {i} are "
                        f"both {m.role!r}")
                raise ConversationError(what, field=f"messages[{i}].role")

    @property
    def has_response(self) -> bool:
        return self.messages[-1].role == "assistant"

    @property
    def prompt(self) -> str:
        """The last user message."""
        return self.messages[-2 if self.has_response else -1].content

    @property
    def response(self) -> str | None:
        """The final assistant message, or None when the conversation ends with the user."""
        return self.messages[-1].content if self.has_response else None

    @classmethod
    def of(cls, prompt: str, response: str | None = None) -> Conversation:
        """One user turn and, if ``response`` is non-empty, one assistant turn.

        An empty response ("") means "no response", as in the original datasets.
        """
        msgs = [Message("user", prompt)]
        if response:
            msgs.append(Message("assistant", response))
        return cls(tuple(msgs))

    @classmethod
    def from_messages(cls, messages: Sequence[Mapping[str, Any]] | Sequence[Message]) -> Conversation:
        out = []
        for i, m in enumerate(messages):
            if isinstance(m, Message):
                out.append(m)
                continue
            if not isinstance(m, Mapping):
                raise ConversationError(f"message {i} is {type(m).__name__}, expected an object "
                                        "with 'role' and 'content'", field=f"messages[{i}]")
            for key in ("role", "content"):
                if key not in m:
                    raise ConversationError(f"message {i} has no {key!r}", field=f"messages[{i}].{key}")
            out.append(Message(m["role"], m["content"]))
        return cls(tuple(out))

    @classmethod
    def coerce(cls, obj: Any) -> Conversation:
        """Accept what users naturally pass.

        - a ``Conversation``; a ``Sample`` (its conversation);
        - a string (one user prompt);
        - ``{"prompt": ..., "response": ...}`` (response optional, "" or null = none);
        - ``{"messages": [{"role", "content"}, ...]}`` or a bare list of such messages.
        """
        if isinstance(obj, Conversation):
            return obj
        if isinstance(obj, Sample):
            return obj.conversation
        if isinstance(obj, str):
            return cls.of(obj)
        if isinstance(obj, Mapping):
            if "messages" in obj:
                msgs = obj["messages"]
                if not isinstance(msgs, list | tuple):
                    raise ConversationError("'messages' must be a list", field="messages")
                return cls.from_messages(msgs)
            if "prompt" in obj:
                prompt, response = obj["prompt"], obj.get("response")
                if not isinstance(prompt, str):
                    raise ConversationError(f"'prompt' must be a string, got {type(prompt).__name__}",
                                            field="prompt")
                if response is not None and not isinstance(response, str):
                    raise ConversationError("'response' must be a string or null, got "
                                            f"{type(response).__name__}", field="response")
                return cls.of(prompt, response)
            raise ConversationError("expected a 'prompt' or a 'messages' field; got keys "
                                    f"{sorted(obj)}")
        if isinstance(obj, list | tuple):
            return cls.from_messages(obj)
        raise ConversationError(f"cannot read a conversation from {type(obj).__name__}")

    def to_messages(self) -> list[dict[str, str]]:
        return [{"role": m.role, "content": m.content} for m in self.messages]


@dataclass(frozen=True, slots=True)
class Sample:
    """A labelled conversation from a dataset. Labels: True = harmful/unsafe, None = unknown."""

    conversation: Conversation
    id: str
    prompt_harmful: bool | None = None
    response_harmful: bool | None = None
    response_refusal: bool | None = None
    domain: str | None = None
    category: str | None = None
    subset: str | None = None
    meta: Mapping[str, Any] = field(default_factory=dict)


class Status(str, Enum):
    """Outcome of reading one field of a verdict. Anything but OK carries no label."""

    OK = "ok"
    MISSING = "missing"          # the model wrote no line for this field
    PARSE_ERROR = "parse_error"  # the line is there but its value is not safe/unsafe
    ENGINE_ERROR = "engine_error"  # the engine failed for this item (server error, ...)

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True)
class Verdict:
    """What a guard says about one conversation.

    ``*_harmful`` is None when the field does not apply (no response) or could not be read
    (see ``*_status``); it is never guessed. ``*_unsafe_prob`` is P(unsafe) when the engine
    yields one (scoring mode), else None.
    """

    prompt_harmful: bool | None
    response_harmful: bool | None = None
    prompt_unsafe_prob: float | None = None
    response_unsafe_prob: float | None = None
    prompt_status: Status | None = Status.OK
    response_status: Status | None = None
    raw_output: str | None = None
    error: str | None = None
    #: P(category) for S1..S13 (keys "S1".."S13") when the guard has a category head, else None
    categories: dict[str, float] | None = None
    #: the domain the guard assigns ("finance", "healthcare", "law", "general"), when it has one
    domain: str | None = None
    #: True = the response refuses the request; None when the guard does not judge refusal
    #: (``"refusal" not in guard.judges``), there is no response, or the field could not be read
    response_refusal: bool | None = None
    #: P(refusal) when the guard yields one, else None
    response_refusal_prob: float | None = None
    #: how the refusal field was read (None: not judged)
    refusal_status: Status | None = None

    @property
    def parse_status(self) -> str:
        """"ok" when every judged field was read; else the first field's problem."""
        for s in (self.prompt_status, self.response_status, self.refusal_status):
            if s is not None and s is not Status.OK:
                return s.value
        return Status.OK.value

    def to_dict(self) -> dict[str, Any]:
        ps, rs, fs = self.prompt_status, self.response_status, self.refusal_status
        return {"prompt_harmful": self.prompt_harmful, "response_harmful": self.response_harmful,
                "prompt_unsafe_prob": self.prompt_unsafe_prob,
                "response_unsafe_prob": self.response_unsafe_prob,
                "prompt_status": ps.value if ps is not None else None,
                "response_status": rs.value if rs is not None else None,
                "raw_output": self.raw_output, "error": self.error, "parse_status": self.parse_status,
                "categories": self.categories, "domain": self.domain,
                "response_refusal": self.response_refusal,
                "response_refusal_prob": self.response_refusal_prob,
                "refusal_status": fs.value if fs is not None else None}


def coerce_conversations(items: Sequence[Any], offset: int = 0) -> list[Conversation]:
    """``Conversation.coerce`` over a chunk; a bad item's error names its 1-based position
    (``offset`` + index + 1) as the line."""
    out = []
    for i, x in enumerate(items):
        try:
            out.append(Conversation.coerce(x))
        except DataError as e:
            raise DataError(e.reason, line=offset + i + 1, field=e.field) from None
    return out


def require_str(value: Any, *, field: str, file: str | None = None, line: int | None = None) -> str:
    if not isinstance(value, str):
        raise DataError(f"expected a string, got {type(value).__name__}", file=file, line=line,
                        field=field)
    return value
