"""A span's meetings are kept per course: asked again, the same meetings in a new list (a caller may change its list);
another course object (a reloaded or changed course) gets its own, never the meetings kept for another."""

from __future__ import annotations

import dataclasses
import datetime as dt

from bot.course.occurrences import _between, occurrences_between


def test_a_span_asked_again_gives_the_same_meetings_in_a_new_list(second_course):
    first, last = second_course.term_first, second_course.term_first + dt.timedelta(days=13)
    once = occurrences_between(second_course, first, last, include_cancelled=True)
    once.clear()  # the caller's own list
    again = occurrences_between(second_course, first, last, include_cancelled=True)
    assert again == _between(second_course, first, last, None, None, True)
    assert again
    assert again is not occurrences_between(second_course, first, last, include_cancelled=True)


def test_each_argument_is_part_of_what_is_kept(second_course):
    first, last = second_course.term_first, second_course.term_first + dt.timedelta(days=13)
    kinds = {o.kind for o in occurrences_between(second_course, first, last)}
    for kind in kinds:
        assert {o.kind for o in occurrences_between(second_course, first, last, kind=kind)} == {kind}
    assert len(occurrences_between(second_course, first, first + dt.timedelta(days=6))) < len(
        occurrences_between(second_course, first, last)
    )


def test_another_course_object_gets_its_own_meetings(second_course):
    first, last = second_course.term_first, second_course.term_first + dt.timedelta(days=13)
    assert occurrences_between(second_course, first, last)
    without = dataclasses.replace(second_course, meetings=())
    assert occurrences_between(without, first, last) == []
