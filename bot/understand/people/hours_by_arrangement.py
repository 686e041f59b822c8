"""How to meet someone who holds no regular office hours, as the course's own rules say it ("Dr Ní Bhriain does not
hold fixed consultation hours: email her to make an appointment"): the sentences of the course's policies on help
hours that name the person. Read once per course."""

from __future__ import annotations

from bot.core.kept import Kept
from bot.core.sentences import split_sentences
from bot.course.model import Course, Person
from bot.understand.words.normalize import phrase_key
from bot.understand.words.titles import course_titles

# Words saying a rule is about meeting staff, beside the course's own names for its help hours.
_MEETING_WORDS = frozenset({"office", "hours", "hour", "appointment", "appointments", "meet", "meeting", "contact"})

_SAID: Kept[dict[str, tuple[str, ...]]] = Kept(size=32)


def _said_of_people(course: Course) -> dict[str, tuple[str, ...]]:
    """Each person without regular hours -> the sentences of the help-hours rules that name them."""
    help_words = _MEETING_WORDS | {
        w for n in (course.help_hours.name, course.help_hours.plural, *course.help_hours.aliases) for w in phrase_key(n)
    }
    rules = [p for p in course.policies if help_words & set(phrase_key(" ".join((p.title, *p.keywords))))]
    found: dict[str, tuple[str, ...]] = {}
    titles = course_titles(course)
    for person in course.people:
        last = _last_of(person, titles)
        if person.office_hours or not last:
            continue
        said = [s for p in rules for s in split_sentences(p.quote or p.summary) if last in phrase_key(s)]
        if said:
            found[person.id] = tuple(dict.fromkeys(said))
    return found


def _last_of(person: Person, titles: frozenset[str]) -> str:
    """The last word of the person's name that is no title ("dr", "prof"): a sentence naming them holds it."""
    key = [w for w in phrase_key(person.name) if w not in titles]
    return key[-1] if key else ""


def meeting_said(course: Course, person: Person) -> tuple[str, ...]:
    """The page's sentences on how to meet a person who holds no regular hours; empty when it says none."""
    return _SAID.get(course, "hours by arrangement", lambda: _said_of_people(course)).get(person.id, ())
