"""The course's own words for its late rules, said under a what-if whose outcome costs marks ("how much do i lose",
"do i get any credit") and under the late rules of one piece of work ("whats the late penalty for the commentary"):
the page's amounts ("10 marks a day", "one point out of 20 per day") beside the computed result."""

from __future__ import annotations

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
    policy = late_policy(course)
    if policy is None or not policy.quote:
        return ()
    names = {phrase_key(n) for n in (item.title, item.short, *item.aliases) if n}
    names.discard(())
    own = course.late_for(item).quote
    return tuple(
        s
        for s in split_sentences(policy.quote)
        if not (own and (own in s or s in own)) and any(holds_phrase(phrase_key(s), n) for n in names)
    )
