"""What a course computes once when it loads (days off, office-hour changes by person, weekdays held): the same as
reading the rows each time, and a changed course (a reload is a new value) never sees the old one's."""

from __future__ import annotations

import dataclasses
import datetime as dt

from bot.course.model import NO_CLASS_KINDS


def test_indexes_match_the_rows(course, second_course):
    for served in (course, second_course):
        assert served.days_off == {d.date: d.title for d in served.schedule if d.kind in NO_CLASS_KINDS}
        for person in served.people:
            own = tuple(c for c in served.oh_changes if c.person in ("*", person.id))
            assert served.oh_changes_by_person[person.id] == own
            assert served.oh_weekdays[person.id] == {s.weekday for s in person.office_hours}
        assert served.oh_extra_people == {c.person for c in served.oh_changes if c.kind == "extra"}


def test_a_changed_course_computes_its_own(course):
    assert course.days_off  # computed on the original
    extra = dataclasses.replace(course.schedule[0], date=dt.date(2024, 4, 1), kind="holiday", title="A new holiday")
    changed = dataclasses.replace(course, schedule=(*course.schedule, extra))
    assert changed.days_off[dt.date(2024, 4, 1)] == "A new holiday"
    assert dt.date(2024, 4, 1) not in course.days_off
