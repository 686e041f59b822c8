"""The pipe-safe standard output and error every subcommand writes to."""

from __future__ import annotations

import io
import os
import sys

import pytest

from bot.cli.output import PipeSafeStream, ReaderGone, pipe_safe_output


class ClosedPipe(io.StringIO):
    """A text stream whose reader has gone: every write and flush fails as a pipe's does."""

    def __init__(self) -> None:
        super().__init__()
        self.buffer = self

    def write(self, data):
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self):
        raise BrokenPipeError(32, "Broken pipe")


def test_standard_output_stops_the_command_at_every_write_after_the_reader_left():
    """As SIGPIPE would: the first failed write raises ReaderGone, and so does every later one (the command stops
    at its next write, wherever a first one was caught)."""
    out = PipeSafeStream(ClosedPipe(), stop_when_gone=True)
    with pytest.raises(ReaderGone):
        out.write("first line\n")
    assert out.reader_gone
    for attempt in (lambda: out.write("more\n"), out.flush, lambda: out.buffer.write(b"bytes")):
        with pytest.raises(ReaderGone):
            attempt()


def test_bytes_written_through_buffer_are_guarded_too():
    """`calendar --out -` writes bytes: a closed pipe there is the same ReaderGone."""
    out = PipeSafeStream(ClosedPipe(), stop_when_gone=True)
    with pytest.raises(ReaderGone):
        out.buffer.write(b"BEGIN:VCALENDAR\r\n")
    assert out.reader_gone


def test_standard_error_drops_what_nobody_can_read():
    """A message on a closed stderr is dropped, never a second failure while reporting the first."""
    err = PipeSafeStream(ClosedPipe(), stop_when_gone=False)
    assert err.write("coursebot x: problem\n") == len("coursebot x: problem\n")
    err.flush()
    assert err.reader_gone


def test_an_open_stream_is_untouched():
    """Writes pass through; other attributes are the stream's own."""
    inner = io.StringIO()
    out = PipeSafeStream(inner, stop_when_gone=True)
    out.write("hello\n")
    out.writelines(["a", "b"])
    assert inner.getvalue() == "hello\nab"
    assert out.isatty() is False
    assert not out.reader_gone


def test_pipe_safe_output_installs_and_restores_both_streams():
    before = sys.stdout, sys.stderr
    with pipe_safe_output() as out:
        assert sys.stdout is out
        assert isinstance(sys.stderr, PipeSafeStream)
    assert (sys.stdout, sys.stderr) == before


def test_a_real_closed_pipe_is_pointed_at_dev_null():
    """What is still buffered for a closed pipe goes to /dev/null, so the interpreter's last flush cannot fail."""
    read, write = os.pipe()
    os.close(read)
    stream = open(write, "w", buffering=1)  # noqa: SIM115 (closed below)
    try:
        out = PipeSafeStream(stream, stop_when_gone=True)
        with pytest.raises(ReaderGone):
            out.write("x" * 100_000)
        stream.write("left in the buffer")
        stream.flush()  # the descriptor now writes to /dev/null
        assert os.path.samestat(os.fstat(write), os.stat(os.devnull))
    finally:
        stream.close()


def test_standard_output_shows_control_characters_as_escapes():
    """Text a student wrote cannot clear, recolour or retitle the operator's terminal; lines and tabs stay."""
    sink = io.StringIO()
    out = PipeSafeStream(sink, stop_when_gone=True, escape_controls=True)
    assert out.write("#1 Q4 \x1b[2J\x1b[31mFORGED\x1b[0m\x07\tok\n") == len(
        "#1 Q4 \x1b[2J\x1b[31mFORGED\x1b[0m\x07\tok\n"
    )
    print("title \x1b]0;pwned\x07", file=out)
    assert sink.getvalue() == "#1 Q4 \\x1b[2J\\x1b[31mFORGED\\x1b[0m\\x07\tok\ntitle \\x1b]0;pwned\\x07\n"
