"""Which section a member of staff runs, asked by their name ("which section does profe ortiz teach", "what group
does camille have"): the sections the course gives them (their own list, or the meetings they run), each said in the
course's words, or that the page gives them none. The course's word for its sections comes from its own section
names and aliases ("Studio group", "Turma", "Discussion"), so a course calling them anything is understood."""

from __future__ import annotations

from bot.core.answer import Answer, text
from bot.core.kept import Kept
from bot.course.model import Course, Person
from bot.understand.question.reading import Reading
from bot.understand.words.normalize import phrase_key

# Words any course may use for its sections, besides its own.
_GENERIC = frozenset({"section", "sections", "sec", "group", "groups"})
# The words that ask which one: "which section", "what group".
NEEDS = frozenset({"which", "what", "whose"})

_WORDS: Kept[frozenset[str]] = Kept(64)


def _section_words(course: Course) -> frozenset[str]:
    """The words the course's section names and aliases share (its word for a section), and the generic ones."""

    def build() -> frozenset[str]:
        counts: dict[str, int] = {}
        for s in course.sections:
            ids = set(phrase_key(s.id))
            own = {w for n in (s.name, *s.aliases) for w in phrase_key(n)} - ids
            for w in own:
                counts[w] = counts.get(w, 0) + 1
        shared = {w for w, n in counts.items() if n > 1 and not w.isdigit()}
        return frozenset(_GENERIC | shared | {f"{w}s" for w in shared})

    return _WORDS.get(course, "words", build)


# What follows "which section" when it asks whose it is ("which section does she teach", "what group is he in"),
# not a thing of the section's ("what group project").
_THEN = frozenset({"does", "do", "did", "is", "are", "was", "will", "has", "have", "in", "for", "of", "with"})


def _names_section(after: tuple[str, ...], sections: frozenset[str]) -> bool:
    """Whether the words after a which-word are the course's word for a section (one or two words), then a verb."""
    return any(len(after) >= n and after[n - 1] in sections and (len(after) == n or after[n] in _THEN) for n in (1, 2))


def asked_person_sections(course: Course, said: str, reading: Reading) -> str | None:
    """The person whose sections are asked ("which section does ortiz teach"), or None."""
    if not course.sections:
        return None
    tokens = phrase_key(said)
    sections = _section_words(course)
    # "which section", "what studio group": the which-word right before the course's word for a section, so
    # "what are priya's office hours for section 1a" is not asking which section she runs.
    if not any(t in NEEDS and _names_section(tokens[i + 1 : i + 4], sections) for i, t in enumerate(tokens)):
        return None
    people = list(dict.fromkeys(reading.ids("person")))
    if len(people) != 1:
        return None
    return people[0]


def _their_sections(course: Course, person: Person) -> list[str]:
    ran = [m.section for m in course.meetings if m.section and person.id in m.staff]
    return list(dict.fromkeys([*person.sections, *ran]))


def person_sections_answer(course: Course, person_id: str) -> Answer:
    """The sections the person runs, in the course's words; or that the page lists none for them."""
    person = course.person(person_id)
    if person is None:
        return Answer(title="Sections", lines=(text("The course page doesn't list that person."),), kind="unknown")
    theirs = _their_sections(course, person)
    if not theirs:
        said = f"The course page doesn't list a section for {person.name} ({person.role_title})."
        return Answer(title=person.name, lines=(text(said),), kind="unknown")
    names = [next((s.name for s in course.sections if s.id == sid), course.section_label(sid)) for sid in theirs]
    listed = " and ".join(names) if len(names) <= 2 else f"{', '.join(names[:-1])} and {names[-1]}"
    email = f" ({person.email})" if person.email else ""
    return Answer(title=person.name, lines=(text(f"{person.name}, {person.role_title}{email}: {listed}."),))
