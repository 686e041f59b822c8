"""The course's own words for its late rules, said under a what-if whose outcome costs marks ("how much do i lose",
"do i get any credit") and under the late rules of one piece of work ("whats the late penalty for the commentary"):
the page's amounts ("10 marks a day", "one point out of 20 per day") beside the computed result."""

from __future__ import annotations

from bot.core.kept import Kept
from bot.core.sentences import split_sentences
from bot.course.model import Assignment, Course, Policy
from bot.understand.words.normalize import holds_phrase, phrase_key

_LATE_WORDS = ("late policy", "late work", "late penalty", "lateness")


def late_policy(course: Course) -> Policy | None:
    """The policy the course keys to late work (by its keywords, or its pool's own name), if any."""
    pool = course.late.pool
    names = {*_LATE_WORDS, *((pool.name.lower(), pool.plural.lower()) if pool is not None else ())}
    return next((p for p in course.policies if names & {k.lower() for k in p.keywords}), None)


def late_policy_line(course: Course, item: Assignment | None = None) -> str:
    """ "The course page: <summary>", or empty when the course keys no policy to late work. With `item`, the late
    policy's own sentences naming that work, quoted, when it has some ("The case commentary ... loses one point (out
    of 20) per day late"): the page's amount for it, not the summary of every rule."""
    named = naming_sentences(course, item) if item is not None else ()
    if named:
        return f"The course page: “{' '.join(named)}”"
    policy = late_policy(course)
    return f"The course page: {policy.summary}" if policy is not None and policy.summary else ""


def naming_sentences(course: Course, item: Assignment) -> tuple[str, ...]:
    """The sentences of the late policy's quote that name the work (its title, short name or an alias), leaving out
    the one its own late rule already quotes; none when the course keys no policy to late work."""
    sentences = _keyed_sentences(course)
    if not sentences:
        return ()
    names = {phrase_key(n) for n in (item.title, item.short, *item.aliases) if n}
    names.discard(())
    own = course.late_for(item).quote
    return tuple(
        s for s, key in sentences if not (own and (own in s or s in own)) and any(holds_phrase(key, n) for n in names)
    )


_SENTENCES: Kept[tuple[tuple[str, tuple[str, ...]], ...]] = Kept(size=32)


def _keyed_sentences(course: Course) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The late policy's sentences, each with its words (phrase_key), cut once per course: every question on one
    piece of work's late rules looks them up."""

    def build() -> tuple[tuple[str, tuple[str, ...]], ...]:
        policy = late_policy(course)
        if policy is None or not policy.quote:
            return ()
        return tuple((s, phrase_key(s)) for s in split_sentences(policy.quote))

    return _SENTENCES.get(course, "late sentences", build)


def warm_tables(course: Course) -> None:
    """Cut the late policy's sentences now: engine.warm calls it at load, so no student's question pays for it."""
    _keyed_sentences(course)
