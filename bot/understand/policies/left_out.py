"""What a policy's "not on the page" note names by one of the policy's own keywords ("extra credit" under
grading, whose note says whether there is any extra credit is not on the page): a question naming it asks about
what the page leaves out, whichever card it was read as."""

from __future__ import annotations

from bot.core.kept import Kept
from bot.course.model import Course, Policy
from bot.understand.words.normalize import holds_phrase, phrase_key


def _holds(words: tuple[str, ...], phrase: str) -> bool:
    return _holds_key(words, phrase_key(phrase))


def _holds_key(words: tuple[str, ...], key: tuple[str, ...]) -> bool:
    return bool(key) and holds_phrase(words, key)  # most questions hold not even the key's first word: one look


def left_out_keywords(policy: Policy) -> list[str]:
    """The policy's keywords of two words or more that its "not on the page" note names word for word and its own
    words (title, summary, quote) never use: "extra credit", not "extension" of a note on which situations qualify
    for an extension."""
    if not policy.missing:
        return []
    note = phrase_key(policy.missing)
    said = phrase_key(" ".join((policy.title, policy.id.replace("-", " "), policy.summary, policy.quote)))
    # a thing named in two words or more: one word ("grading") names too much to say the page lacks all of it
    named = [k for k in policy.keywords if len(phrase_key(k)) > 1]
    return [k for k in named if _holds(note, k) and not _holds(said, k)]


_LEFT_OUT: Kept[tuple[tuple[tuple[str, ...], str], ...]] = Kept(size=32)


def _left_out(course: Course) -> tuple[tuple[tuple[str, ...], str], ...]:
    """Each left-out keyword of the course's policies (as its words) with its policy's note: read once per course."""
    return tuple((phrase_key(k), p.missing) for p in course.policies for k in left_out_keywords(p))


def left_out_note(course: Course, question: str) -> str | None:
    """The note of the one policy whose left-out keyword the question names, or None."""
    left_out = _LEFT_OUT.get(course, "left out", lambda: _left_out(course))
    if not left_out:
        return None  # most courses' notes name nothing a keyword does: no question needs reading
    words = phrase_key(question)
    notes = {note for key, note in left_out if _holds_key(words, key)}
    return notes.pop() if len(notes) == 1 else None
