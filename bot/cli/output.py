"""Where every `coursebot` subcommand writes: standard output and error, safe when the reader goes away.

`coursebot plan | head -3` closes the pipe after three lines. The command then stops quietly with exit code 0 (the
reader got what it asked for, and `set -o pipefail` scripts see no failure): no BrokenPipeError, no traceback, no
"Exception ignored" at exit. Python ignores SIGPIPE (the network code needs that), so this is done here, once, for
every subcommand: `pipe_safe_output()` wraps sys.stdout and sys.stderr for the length of a command.

Standard output is also where text others wrote reaches the operator's terminal (a student's forum title in
`coursebot qa list`, the console's answers): its text is written through `terminal_safe`, so an escape sequence
in it is shown (`\x1b[2J`), never obeyed. Standard error is left alone: discord.py colours its log lines there.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from typing import Any

from bot.core.plain_text import terminal_safe


class ReaderGone(BrokenPipeError):
    """Standard output's reader closed the pipe; the command stops at its next write (as with SIGPIPE)."""


def _silence(stream: Any) -> None:
    """Point the stream's file descriptor at /dev/null, so what is still buffered is dropped at exit, not raised."""
    try:
        fd = stream.fileno()
    except (AttributeError, OSError, ValueError):  # an in-memory stream (tests): nothing to redirect
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fd)
    finally:
        os.close(devnull)


class _Guarded:
    """One stream (text or bytes) whose writes notice a closed pipe. Everything else is the stream's own."""

    def __init__(self, stream: Any, state: _PipeState) -> None:
        self._stream, self._state = stream, state

    def write(self, data: Any) -> int:
        if self._reader_left():
            return len(data)
        try:
            return self._stream.write(data)
        except BrokenPipeError:
            self._state.leave()
            self._reader_left()
            return len(data)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        if self._reader_left():
            return
        try:
            self._stream.flush()
        except BrokenPipeError:
            self._state.leave()
            self._reader_left()

    def _reader_left(self) -> bool:
        """True when the reader has gone and writes are dropped; ReaderGone instead where the command must stop."""
        if self._state.gone and self._state.stop_when_gone:
            raise ReaderGone("the reader of standard output has gone")
        return self._state.gone

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


class _PipeState:
    """Whether a stream's reader has gone (shared by the text stream and its bytes buffer)."""

    def __init__(self, stream: Any, *, stop_when_gone: bool) -> None:
        self.stream, self.stop_when_gone, self.gone = stream, stop_when_gone, False

    def leave(self) -> None:
        self.gone = True
        _silence(self.stream)


class PipeSafeStream(_Guarded):
    """A text stream (sys.stdout, sys.stderr) and its `.buffer`, for writers of text and of bytes alike.

    stop_when_gone: after the reader leaves, every write raises ReaderGone (standard output: the command stops);
    otherwise writes are dropped silently (standard error: a message nobody can read is not a new failure)."""

    def __init__(self, stream: Any, *, stop_when_gone: bool, escape_controls: bool = False) -> None:
        super().__init__(stream, _PipeState(stream, stop_when_gone=stop_when_gone))
        self._escape_controls = escape_controls

    def write(self, data: Any) -> int:
        """Write text; with escape_controls, its control characters (but tab and newline) shown as escapes."""
        if self._escape_controls and isinstance(data, str):
            super().write(terminal_safe(data))
            return len(data)
        return super().write(data)

    @property
    def reader_gone(self) -> bool:
        return self._state.gone

    @property
    def buffer(self) -> _Guarded:
        return _Guarded(self._stream.buffer, self._state)


@contextlib.contextmanager
def pipe_safe_output() -> Iterator[PipeSafeStream]:
    """sys.stdout and sys.stderr, pipe-safe inside the block (restored after it); yields the guarded stdout."""
    out = PipeSafeStream(sys.stdout, stop_when_gone=True, escape_controls=True)
    err = PipeSafeStream(sys.stderr, stop_when_gone=False)
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err  # type: ignore[assignment]
    try:
        yield out
    finally:
        sys.stdout, sys.stderr = saved
