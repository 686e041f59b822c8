"""Errors a student can fix: their message is shown to them as it is (ephemerally in Discord)."""

from __future__ import annotations


class UserError(Exception):
    """Bad input or a request the bot cannot serve; the message is written for the student."""

    def __init__(self, message: str, *, suggestions: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.suggestions = suggestions


class NotAllowed(UserError):
    """The user may not run this (staff-only command, someone else's private data)."""
