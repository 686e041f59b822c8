"""What the student and staff are told when part of the forum's setup was deleted in Discord: what broke, what
happened to the question, and the fix (/setup qa-forum), never Discord's own error codes."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from bot.core.answer import Answer, text

SETUP_AGAIN = "run /setup qa-forum to set it up again"
_PARTS = {
    "forum": "the course forum channel was deleted in Discord",
    "private_channel": "the channel for private questions was deleted in Discord",
    "webhook": "the forum's webhook was deleted in Discord and a new one could not be made",
}


def not_posted(part: str, staff_told: bool) -> str:
    """The student's message: their question was not posted, why, and whether staff were told (when they were not,
    the student is asked to tell them)."""
    why = _PARTS.get(part, "the course forum is not set up right")
    if staff_told:
        return f"Your question was not posted: {why}. Course staff have been told; ask again once they have fixed it."
    return f"Your question was not posted: {why}. Please ask course staff to run /setup qa-forum, then ask again."


def without_deleted_tags(tags: Mapping[str, int], missing: Collection[int]) -> tuple[list[str], dict[str, int]]:
    """The names of the forum's tags Discord no longer has, and the tags that are left."""
    dropped = [name for name, tag_id in tags.items() if tag_id in missing]
    return dropped, {name: tag_id for name, tag_id in tags.items() if tag_id not in missing}


def staff_notice(part: str, post_number: int | None = None, tag_names: Sequence[str] = ()) -> Answer:
    """The staff channel's note: what broke and how to fix it, and what became of the question that found it."""
    if part == "tags":
        lines = _tags_notice(post_number, tag_names)
    else:
        why = _PARTS.get(part, "the course forum is not set up right")
        lines = [f"A student's question was not posted: {why}; {SETUP_AGAIN}."]
    return Answer(title="The course forum needs setup", lines=tuple(text(line) for line in lines))


def _tags_notice(post_number: int | None, tag_names: Sequence[str]) -> list[str]:
    names = ", ".join(f"'{n}'" for n in tag_names)
    if not tag_names:
        lines = ["A forum tag was deleted in Discord; run /setup qa-forum to recreate it."]
        went_without = "one of its tags"
    elif len(tag_names) == 1:
        lines = [f"The forum's tag {names} was deleted in Discord; run /setup qa-forum to recreate it."]
        went_without = "it"
    else:
        lines = [f"The forum's tags {names} were deleted in Discord; run /setup qa-forum to recreate them."]
        went_without = "them"
    if post_number:
        lines.append(f"Question #{post_number} was posted without {went_without}.")
    return lines
