"""A course's own words for the search, from its data alone: its numbers, its lecture under another name, its
one-word names for meetings, exams and numbered work, its platforms' short names and its forum."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bot.course.loader import load_course
from bot.qa.course_words import course_phrases
from bot.qa.indexing import parts_of
from bot.qa.terms import terms_of

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def geo():
    return load_course(ROOT / "tests/fixtures/courses/geo-2210-s25")


@pytest.fixture(scope="module")
def stat():
    return load_course(ROOT / "data/stat-187-f24")


def _concepts(course, text):
    return terms_of(text, course_phrases(course)).concepts


def test_the_courses_own_number_says_this_course(course, stat):
    assert _concepts(stat, "is stat 187 curved") == _concepts(stat, "is it curved")
    assert _concepts(course, "can i take 10-605 pass/fail") == _concepts(course, "can i take it pass/fail")


def test_another_listing_of_the_course_is_named_by_its_number_and_its_short_form(course):
    assert "10405" in _concepts(course, "can 10-405 students do the project")
    assert "10405" in _concepts(course, "im in 405, can i do the project")
    assert "10" not in _concepts(course, "can 10-405 students do the project")  # not a word shared with 10-605


def test_a_course_without_a_lecture_calls_its_meeting_for_everyone_the_lecture(geo, course):
    assert _concepts(geo, "are the lectures recorded") == _concepts(geo, "are the plenary sessions recorded")
    assert parts_of(geo)["plenary"] == "plenary"
    # A course with a lecture keeps it.
    assert "lectur" in _concepts(course, "are the lectures recorded")


def test_a_kind_of_meeting_is_named_by_its_head_noun_and_its_id(geo):
    parts = parts_of(geo)
    assert parts["practical"] == "practical"
    assert "field" not in parts  # "Field practical": a field trip is not a practical
    assert "session" not in parts  # "Plenary session": lab sessions are not plenaries


def test_one_word_names_of_meetings_exams_and_work_read_as_them(geo, stat):
    assert _concepts(geo, "is the vorlesung recorded") == _concepts(geo, "is the plenary recorded")
    assert "exam" in _concepts(geo, "when is the kartentest")
    assert _concepts(geo, "where is blatt 3") == _concepts(geo, "where is sheet 3")
    # A word of the name itself says less than the name: "proposal" stays itself.
    assert "project" not in _concepts(stat, "how long is the proposal")


def test_a_platform_is_named_by_its_initials_and_the_forum_by_its_name(stat, geo):
    assert "prairielearn" in _concepts(stat, "does PL keep my best try")
    assert "forum" in _concepts(geo, "can i post my code on zulip")
    assert "forum" in _concepts(geo, "can i paste it in the chat")


def test_a_days_class_is_the_lecture(course):
    assert "lectur" in _concepts(course, "i missed tuesday's class, can i watch it")
    assert "lectur" not in _concepts(course, "i joined the class late")


def test_a_days_class_is_the_one_kind_of_meeting_held_that_day(stat):
    """STAT 187 holds only discussion sections on Wednesdays, lectures and sections on Thursdays."""
    assert _concepts(stat, "i missed wednesday's class") == _concepts(stat, "i missed the discussion section")
    assert _concepts(stat, "i missed thursday's class") == _concepts(stat, "i missed lecture")


@pytest.fixture(scope="module")
def hist():
    return load_course(ROOT / "tests/fixtures/courses/hist-210-a24")


def test_a_course_titled_a_module_by_its_staff_calls_itself_one(hist, course):
    """'Module Convenor': the module is the course ('my spring modules' are no Python modules); elsewhere a module
    is still a library."""
    assert _concepts(hist, "How do I contact the Module Convenor?")[:2] == ("contact", "convenor")
    assert "library" not in _concepts(hist, "do late tokens carry over to my spring modules")
    assert "library" in _concepts(course, "No module named pandas")


def test_a_late_pool_is_named_by_its_head_noun(hist, course):
    """'a token' is a late token where the pool is late tokens; 'days' alone never names a pool of slip days."""
    assert {"late", "lateday"} <= set(_concepts(hist, "can i use a token on the proposal?"))
    assert "lateday" not in _concepts(course, "how many days do we have")


def _homework_titled(course, name):
    """The course with its homework titled "<name> 1", "<name> 2", ... (as a course doing it on a platform names it)."""
    pieces = tuple(
        replace(a, title=f"{name} {n}") if a.kind == "homework" else a for n, a in enumerate(course.assignments, 1)
    )
    return replace(course, assignments=pieces)


def test_homework_named_after_its_platform_is_homework(stat, hist):
    """ "PrairieLearn 3" on a course doing its homework there: "my homework" meets an entry on PrairieLearn; an essay
    (no platform) names only its own kind of work."""
    on_platform = _homework_titled(stat, "PrairieLearn")
    assert "homework" in _concepts(on_platform, "Can I see the PrairieLearn solutions after the due date?")
    assert "homework" not in _concepts(stat, "Can I see the PrairieLearn solutions after the due date?")
    assert "homework" not in _concepts(hist, "Can I write both essays on the same topic?")


def test_a_courses_short_name_with_a_number_is_about_what_it_names(stat):
    """ "ww8" where the course says "ww" for WeBWorK is about WeBWorK, as "WeBWorK 8" is; letters the course does not
    name stay a word of their own ("r3", a room)."""
    webwork = replace(stat, synonyms={**stat.synonyms, "ww": "WeBWorK"})
    assert {"ww8", "webwork"} <= set(_concepts(webwork, "problem 12 on ww8 is bugged"))
    assert "webwork" not in _concepts(stat, "problem 12 on ww8 is bugged")
    assert _concepts(webwork, "can i move from r1 to r3") == _concepts(stat, "can i move from r1 to r3")


def test_a_kind_of_meeting_named_by_the_word_for_a_meeting_is_its_own_name(geo):
    """ "Studio session" (id "studio"): "a studio session" and "the studio" are one thing, "session" adds nothing."""
    kinds = tuple(
        replace(k, name="Studio session", plural="Studio sessions", aliases=("studio",)) if i == 0 else k
        for i, k in enumerate(geo.meeting_kinds)
    )
    studio = replace(geo, meeting_kinds=kinds)
    first = replace(kinds[0], id="studio")
    studio = replace(studio, meeting_kinds=(first, *kinds[1:]))
    assert _concepts(studio, "Do I have to tell my tutor when I miss a studio session?") == _concepts(
        studio, "do i have to tell my tutor when i miss studio"
    )


def test_the_courses_own_name_says_this_course(stat):
    """ "Applied Statistical Learning", and what the course says for it, read as its number does: as nothing."""
    named = replace(stat, synonyms={**stat.synonyms, "asl": "Applied Statistical Learning"})
    assert _concepts(named, "is there a curve in applied statistical learning") == _concepts(named, "is there a curve")
    assert _concepts(named, "is there a curve in asl") == _concepts(named, "is there a curve")
    one_word = replace(stat, name="Statistics")
    assert _concepts(one_word, "is there a curve in statistics") != _concepts(one_word, "is there a curve")


def test_an_alias_is_not_named_by_a_word_it_only_qualifies_with(geo):
    """ "data help" for a data clinic names the clinic by "help" (no term of its own), never by "data": every dataset
    is not the clinic."""
    first, *rest = geo.meeting_kinds
    kinds = (replace(first, aliases=(*first.aliases, "data help")), *rest)
    assert "dataset" not in parts_of(replace(geo, meeting_kinds=kinds))


def test_a_group_of_work_under_the_courses_own_name_is_its_kind(stat):
    """Pieces of project grouped as "group investigation" (a survey among them): "the group project" is the group
    investigation; homework grouped as "data exercises" is homework."""
    pieces = tuple(
        replace(a, group="group investigation") if a.kind == "project" else replace(a, group="data exercises")
        for a in stat.assignments
    )
    survey = replace(stat.assignments[0], id="peer", kind="survey", group="group investigation")
    grouped = replace(stat, assignments=(*pieces, survey))
    assert "project" in _concepts(grouped, "Can we pick the topic of the group investigation?")
    assert "homework" in _concepts(grouped, "are the data exercises graded")
    assert "project" not in _concepts(stat, "Can we pick the topic of the group investigation?")


def test_every_name_of_a_numbered_piece_reads_as_its_short_name(stat):
    """ "exercise 5", "data exercise 5" and "de 5" are the piece "DE5" is, a numbered thing of the course's own."""
    piece = replace(
        stat.assignments[0],
        title="Data Exercise 5: Mapping",
        short="DE5",
        aliases=("data exercise 5", "de 5", "exercise 5", "the map exercise"),
    )
    course = replace(stat, assignments=(piece, *stat.assignments[1:]))
    phrases = course_phrases(course)
    for name in ("exercise 5", "data exercise 5", "de 5", "DE5"):
        terms = terms_of(f"what goes in the log for {name}", phrases)
        assert "de5" in terms.concepts, name
        assert "de5" in terms.identifiers, name
    assert "de5" not in _concepts(course, "what goes in the log for exercise 4")
    # A short name the search numbers already ("PS1", "HW3") is left as it is read.
    assert ("problem set 1", "ps1 problem set") not in course_phrases(stat)


def test_a_member_of_staff_by_name_is_one_of_their_role(stat):
    """ "can i ask priya raman" is about a GSI, as the role's head noun; an alias that is the role's own name is not."""
    person = stat.people[0]
    role = person.role_title.split()[-1].lower()
    assert role in _concepts(stat, f"can i ask {person.name} about my grade")
    assert person.name.split()[-1].lower() not in _concepts(stat, f"can i ask {person.name} about my grade")
    seminar = replace(stat, people=(replace(person, role_title="Seminar Tutor", aliases=("seminar tutor",)),))
    assert "seminar" not in _concepts(seminar, f"can i ask {person.name} about my grade")
    assert "tutor" in _concepts(seminar, f"can i ask {person.name} about my grade")
