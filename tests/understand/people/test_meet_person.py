"""Meeting a person is their help hours; a class meeting named, or no one after "meet", is not."""

from __future__ import annotations

from bot.understand.people.meet_person import meets_person
from bot.understand.words.vocabulary import STOPWORDS


def _with_hours(course):
    return next(p for p in course.people if p.office_hours)


def test_meeting_someone_with_hours(course):
    who = _with_hours(course)
    assert meets_person(course, f"when can i meet {who.name.split()[-1].lower()}", who.id, "class")
    assert meets_person(course, "can i meet with her on thursday", who.id, None)


def test_not_a_person_meeting(course):
    who = _with_hours(course)
    assert not meets_person(course, "when does his lecture meet", who.id, "lecture")  # a kind of meeting named
    assert not meets_person(course, "when do classes meet", who.id, "class")  # no one after "meet"
    assert not meets_person(course, "when can i meet him", None, "class")  # no person read
    without = next((p for p in course.people if not p.office_hours), None)
    if without is not None:
        assert not meets_person(course, f"when can i meet {without.name.lower()}", without.id, "class")


def test_honorifics_are_no_words_of_a_name():
    assert {"sir", "maam", "madam"} <= STOPWORDS
