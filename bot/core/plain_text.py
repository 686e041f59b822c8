"""Text written by someone else (a student's form, a web request), made safe for where it goes.

A terminal obeys control characters: ESC starts a sequence that clears the screen, recolours it or retitles the
window, BEL beeps, a carriage return lets later text overwrite what came before. A log reader trusts that one line
is one event. So text from outside is cleaned once, where it comes in (`without_controls`: a form's values), and
escaped once, where it goes out (`terminal_safe`: everything the command line and the console print;
`OneLineLogs`: every log record), so whatever slipped past the first step is shown, never obeyed.
"""

from __future__ import annotations

import logging
import re
import unicodedata

# C0 controls other than tab and newline, DEL, and the C1 controls (U+0080-U+009F: U+009B is an 8-bit CSI).
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# The same with tab and newline: on a line of a log, those too would start something that is not there.
_LINE_BREAKERS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")

# Letters and symbols that draw nothing although Unicode counts them as letters (Hangul fillers, the blank
# Braille pattern): a title made of them looks empty.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
# Categories that draw nothing by themselves: spaces and separators, format characters (zero-width space,
# direction marks), controls, combining marks (they decorate the character before them), unassigned, private.
_INVISIBLE_CATEGORIES = frozenset({"Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co", "Cn", "Mn", "Me"})


def _escaped(match: re.Match[str]) -> str:
    """`\\n`, `\\x1b` for C0; `\\u009b` from DEL up: JSON leaves DEL and (unless ensure_ascii) C1 raw, and
    `\\u` is an escape JSON reads where `\\x` would break it."""
    char = match.group()
    named = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}.get(char)
    return named or (f"\\x{ord(char):02x}" if ord(char) < 0x7F else f"\\u{ord(char):04x}")


def without_controls(text: str) -> str:
    """`text` as a person meant it: line ends made `\\n` (a `\\r\\n` from some clients included), every other
    control character dropped (ESC, BEL, NUL, C1), tabs and newlines kept."""
    return _CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def terminal_safe(text: str) -> str:
    """`text` for a terminal: control characters other than tab and newline shown as escapes (`\\x1b`), so the
    terminal prints them instead of obeying them."""
    return _CONTROLS.sub(_escaped, text)


def one_line(text: str) -> str:
    """`text` on one line: every control character escaped, newlines and tabs included (`\\n`)."""
    return _LINE_BREAKERS.sub(_escaped, text)


def visible_length(text: str) -> int:
    """How many characters of `text` draw something: spaces, zero-width and direction characters, combining
    marks and blank letters are not counted."""
    return sum(
        1 for char in text if char not in _BLANK_LETTERS and unicodedata.category(char) not in _INVISIBLE_CATEGORIES
    )


class OneLineLogs(logging.Filter):
    """A handler's filter: each record's message on one line, whatever its arguments hold (a request's query, a
    student's words), so one event stays one line and nobody can write a line that looks like the bot's own. A
    traceback, which the formatter adds after the message, is left as it is."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if _LINE_BREAKERS.search(message):
            record.msg, record.args = one_line(message), None
        return True


def one_line_logs() -> None:
    """Put OneLineLogs on every handler of the root logger (once each): every record of every logger reaches them."""
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, OneLineLogs) for f in handler.filters):
            handler.addFilter(OneLineLogs())
