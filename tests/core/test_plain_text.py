"""Text from outside: control characters dropped from forms, escaped for a terminal and for a log line."""

from __future__ import annotations

import json
import logging

import pytest

from bot.core.plain_text import OneLineLogs, one_line, one_line_logs, terminal_safe, visible_length, without_controls

ESCAPES = "Q4 \x1b[2J\x1b[31mFORGED\x1b[0m\x07 allowed?"


@pytest.mark.parametrize(
    ("sent", "kept"),
    [
        (ESCAPES, "Q4 [2J[31mFORGED[0m allowed?"),
        ("body \x1b]0;pwned\x07", "body ]0;pwned"),
        ("line one\r\nline two\rthree", "line one\nline two\nthree"),
        ("tab\there\nnext", "tab\there\nnext"),
        ("nul\x00 del\x7f csi\x9b", "nul del csi"),
        ("Größe 中文 é", "Größe 中文 é"),
    ],
)
def test_without_controls_keeps_what_a_person_wrote(sent, kept):
    """ESC, BEL, NUL, DEL and C1 are dropped; line ends become newlines; tabs, newlines and letters stay."""
    assert without_controls(sent) == kept


@pytest.mark.parametrize(
    ("text", "terminal", "line"),
    [
        (ESCAPES, r"Q4 \x1b[2J\x1b[31mFORGED\x1b[0m\x07 allowed?", r"Q4 \x1b[2J\x1b[31mFORGED\x1b[0m\x07 allowed?"),
        ("a\nb\tc", "a\nb\tc", r"a\nb\tc"),
        ("x\rover", r"x\rover", r"x\rover"),
        ("csi\x9b del\x7f", r"csi\u009b del\u007f", r"csi\u009b del\u007f"),
        ("para\u2029graph", "para\u2029graph", r"para\u2029graph"),
        ("plain text", "plain text", "plain text"),
    ],
)
def test_terminal_safe_and_one_line_show_controls_as_escapes(text, terminal, line):
    """A terminal gets controls as escapes but keeps its lines; a log line escapes line breaks too."""
    assert terminal_safe(text) == terminal
    assert one_line(text) == line


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("\u202e\u200b" * 50, 0),
        ("\u3164\u3164\u3164\u3164\u3164\u2800", 0),
        ("  \u00a0\u2003 ", 0),
        ("e\u0301t\u00e9", 3),
        ("HW3 Q2", 5),
        ("中文问题", 4),
    ],
)
def test_visible_length_counts_what_draws_something(text, count):
    """Spaces, zero-width and direction characters, blank letters and combining marks do not count."""
    assert visible_length(text) == count


def test_escapes_inside_json_output_stay_valid_json():
    """DEL and C1, which json.dumps leaves raw, become \\u escapes: the command line's --json output still parses."""
    text = json.dumps({"title": "a\x7fb\x1bc"})
    assert json.loads(terminal_safe(text)) == {"title": "a\x7fb\x1bc"}


def test_one_line_logs_keep_an_event_on_one_line(caplog):
    """A value with a newline cannot add a line that looks like the bot's own; plain records are untouched."""
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "event=refused section=%s", ("x\nevent=ready",), None)
    assert OneLineLogs().filter(record) is True
    assert record.getMessage() == r"event=refused section=x\nevent=ready"
    plain = logging.LogRecord("x", logging.INFO, __file__, 1, "event=ok n=%d", (3,), None)
    OneLineLogs().filter(plain)
    assert (plain.msg, plain.args) == ("event=ok n=%d", (3,))


def test_one_line_logs_go_on_every_root_handler_once():
    """Every handler of the root logger gets the filter, and installing it twice adds it once."""
    root = logging.getLogger()
    handler = logging.StreamHandler()
    root.addHandler(handler)
    try:
        one_line_logs()
        one_line_logs()
        assert sum(isinstance(f, OneLineLogs) for f in handler.filters) == 1
    finally:
        root.removeHandler(handler)
