"""Closing a question as a duplicate of another: which originals are refused (with what to do instead), and the note
the closed question's thread gets."""

from __future__ import annotations

from bot.core.answer import Answer, Mention, text
from bot.store.qa_posts import Post


def duplicate_refusal(post: Post, original: Post) -> str | None:
    """Why `post` cannot be closed as a duplicate of `original`, or None when it can."""
    if original.id == post.id:
        return "A question cannot be a duplicate of itself."
    if original.status == "duplicate":
        first = original.duplicate_of
        if first == post.id:
            return f"#{post.id} is already the original of #{original.id} (closed as its duplicate): nothing to do."
        return f"#{original.id} is itself closed as a duplicate of #{first}; give #{first}."
    if original.visibility == "private" and post.visibility != "private":
        return (
            f"#{original.id} is private to staff, so classmates could not open it; answer #{post.id} in its own "
            "thread, or pick a public original."
        )
    return None


def duplicate_note(original: Post) -> Answer:
    """What the closed question's thread says: where the original is, worded by whether it has an answer."""
    where = Mention("channel", original.thread_id or 0)
    answered = original.answer_id is not None or original.status in ("answered", "resolved")
    line = (
        text("This question is answered in ", where, ".")
        if answered
        else text("This question is asked in ", where, "; follow it there for the answer.")
    )
    return Answer(title="Closed as a duplicate", lines=(line,))
