"""Answers as data: what a command says, before it becomes a Discord embed or console text.

A piece of text is a tuple of segments; a segment is plain text, a `Stamp` (an instant that each renderer
shows its own way: Discord as <t:UNIX:F>, the console as "Wed Feb 21, 11:59 PM EST") or a `Mention` (a user,
role or channel: Discord as <@id>, the console by name or id).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Stamp:
    """An instant in a sentence. style follows Discord: F full, f short, D date, t time, R relative."""

    at: dt.datetime
    style: str = "F"


@dataclass(frozen=True)
class Mention:
    """A user, role or channel in a sentence. kind: user | role | channel; label: its name when known."""

    kind: str
    id: int
    label: str = ""


Text = tuple  # tuple[str | Stamp | Mention, ...]


def text(*parts: str | Stamp | Mention) -> Text:
    """Build one line of answer text from strings and stamps."""
    if "" not in parts:  # most lines: nothing to drop (every answer's every line comes through here)
        return parts
    return tuple(p for p in parts if p != "")


def when(at: dt.datetime) -> Text:
    """'<full date> (<relative>)': the usual way a deadline is shown."""
    return (Stamp(at, "F"), " (", Stamp(at, "R"), ")")


@dataclass(frozen=True)
class Field:
    name: str
    lines: tuple[Text, ...]
    inline: bool = False


@dataclass(frozen=True)
class Option:
    """A follow-up the asker can pick: a button in Discord, a numbered line in the console.

    Picking it asks `question` (through the same engine as /ask), so an option is never a dead end.
    """

    label: str  # what the button says (Discord shows at most 80 characters)
    question: str  # what is asked when it is picked


@dataclass(frozen=True)
class Action:
    """A button that runs a registered action (bot.discord_app.catalog) when clicked, even after a restart: it
    carries the action's name and one short argument (a post's id), nothing else. A numbered line in the console."""

    label: str
    action: str
    arg: str = ""
    style: str = "secondary"  # primary | secondary | success | danger


@dataclass(frozen=True)
class Answer:
    """What the bot says: a title, body lines, optional fields, and whether only the asker sees it."""

    title: str
    lines: tuple[Text, ...] = ()
    fields: tuple[Field, ...] = ()
    footer: str = ""
    ephemeral: bool = False
    kind: str = "info"  # info | error | unknown | unsure
    suggestions: tuple[str, ...] = ()  # commands that can help; shown after the body
    options: tuple[Option, ...] = ()  # follow-ups to pick from (e.g. "did you mean ...?")
    actions: tuple[Action, ...] = ()  # buttons that run an action (e.g. "Post my question")

    @property
    def body(self) -> tuple[Text, ...]:
        """The lines every renderer shows: the answer's own, then the suggested commands."""
        if not self.suggestions:
            return self.lines
        return (*self.lines, text("These commands can help: " + ", ".join(self.suggestions)))

    def with_lines(self, *extra: Text) -> Answer:
        return replace(self, lines=self.lines + extra)


def error_answer(message: str, suggestions: tuple[str, ...] = ()) -> Answer:
    return Answer(title="Sorry", lines=(text(message),), ephemeral=True, kind="error", suggestions=suggestions)
