"""What is worked out once while one question is answered, shared by every reader of it, and dropped when it is
answered: the question's parts, each text's fold as the gates read it, the claims each text matches. Nothing of one
student's question is kept for the next, and a question answered twice costs the same both times.

    @one_question()                         # the engine's ask: the scope of one question
    def ask(...): ...

    parts = per_question(_PARTS, text, split)   # split once per text while the question is answered

Outside a question (a reader called alone, as the unit tests do) each value is worked out afresh."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeVar

T = TypeVar("T")

# While one question is answered: each value by (what it is, the text it is of), dropped when it is answered.
_ANSWERING: ContextVar[dict[tuple[Hashable, str], object] | None] = ContextVar("per_question", default=None)


@contextmanager
def one_question() -> Iterator[None]:
    """Answering one question: values asked for inside are worked out once; a question read inside another's answer
    (a hedge's offered question) shares its scope."""
    if _ANSWERING.get() is not None:
        yield
        return
    token = _ANSWERING.set({})
    try:
        yield
    finally:
        _ANSWERING.reset(token)


def per_question(kind: Hashable, text: str, make: Callable[[str], T]) -> T:
    """`make(text)`, worked out once per question for each `kind` of value and text (every time outside a
    question)."""
    values = _ANSWERING.get()
    if values is None:
        return make(text)
    key = (kind, text)
    found = values.get(key, _NONE)
    if found is _NONE:
        found = values[key] = make(text)
    return found  # type: ignore[return-value]


_NONE = object()
