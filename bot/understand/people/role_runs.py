"""Who runs a part of the course named by a staff role's title ("who runs the model shop" of a "Model shop manager",
"who is in charge of the writing center" of a "Writing center coordinator"): the people in that role, read from the
course's role titles without their word for the job, never from a policy on the same thing."""

from __future__ import annotations

from bot.core.kept import Kept
from bot.course.model import Course
from bot.understand.words.normalize import phrase_key

# The words that ask who is over something: "who runs", "who manages", "who's in charge of", "who is responsible".
_RUNS = frozenset({"runs", "run", "manages", "manage", "charge", "responsible", "oversees", "operates", "heads"})
# Words for the job itself in a role's title: "Model shop manager" is the model shop's manager.
_JOB = frozenset(
    {"manager", "managers", "staff", "head", "heads", "coordinator", "coordinators", "administrator", "officer"}
    | {"director", "supervisor", "supervisors", "lead", "leads", "of", "the", "and", "for", "technician"}
    # and the course itself: "who runs the course" is not only its "Course coordinator"
    | {"course", "courses", "class", "in", "charge", "charges"}
)
NEEDS = frozenset({"who", "whos", "whom"})

_PLACES: Kept[tuple[tuple[str, frozenset[str]], ...]] = Kept(64)


def _places(course: Course) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each role with the words its title names besides the job ("model", "shop"), when any are left."""

    def build() -> tuple[tuple[str, frozenset[str]], ...]:
        found = []
        for role in course.roles:
            words = frozenset(w for n in (role.title, role.plural) for w in phrase_key(n)) - _JOB
            if words and len(words) <= 4:
                found.append((role.id, words))
        return tuple(found)

    return _PLACES.get(course, "places", build)


def role_run_asked(course: Course, said: str) -> str | None:
    """The role that runs what the question names ("who runs the model shop"), or None."""
    words = set(phrase_key(said))
    if not words & _RUNS:
        return None
    matched = [(len(w), r) for r, w in _places(course) if w <= words]
    if not matched:
        return None
    best = max(n for n, _ in matched)
    roles = [r for n, r in matched if n == best]
    return roles[0] if len(roles) == 1 else None
