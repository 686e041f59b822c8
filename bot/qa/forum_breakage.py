"""What the student and staff are told when part of the forum's setup was deleted in Discord: what broke, what
happened to the question, and the fix (/setup qa-forum), never Discord's own error codes."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.answer import Answer, text

SETUP_AGAIN = "run /setup qa-forum to set it up again"
_PARTS = {
    "forum": "the course forum channel was deleted in Discord",
    "private_channel": "the channel for private questions was deleted in Discord",
    "webhook": "the forum's webhook was deleted in Discord and a new one could not be made",
}


def not_posted(part: str) -> str:
    """The student's message: their question was not posted, why, and that staff know."""
    why = _PARTS.get(part, "the course forum is not set up right")
    return f"Your question was not posted: {why}. Course staff have been told; ask again once they have fixed it."


def staff_notice(part: str, post_number: int | None = None, tag_names: Sequence[str] = ()) -> Answer:
    """The staff channel's note: what broke and how to fix it, and what became of the question that found it."""
    if part == "tags":
        names = ", ".join(f"'{n}'" for n in tag_names) or "one of the course's"
        tag_word = "tags" if len(tag_names) > 1 else "tag"
        lines = [
            f"The forum's {tag_word} {names} {'were' if len(tag_names) > 1 else 'was'} deleted in Discord; "
            f"run /setup qa-forum to recreate {'them' if len(tag_names) > 1 else 'it'}.",
            f"Question #{post_number} was posted without {'them' if len(tag_names) > 1 else 'it'}."
            if post_number
            else "",
        ]
    else:
        why = _PARTS.get(part, "the course forum is not set up right")
        lines = [f"A student's question was not posted: {why}; {SETUP_AGAIN}."]
    return Answer(title="The course forum needs setup", lines=tuple(text(line) for line in lines if line))
