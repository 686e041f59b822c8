"""Topics on the schedule: the rows' words are folded once per course object, and a changed course is searched in its
own words."""

from __future__ import annotations

from dataclasses import replace

from bot.answers.schedule import find_topic, topic_answer


def test_a_topic_is_found_by_its_words_in_any_case_and_spelling(course):
    rows = find_topic(course, "when do we cover LSH?")
    assert rows[0].title == "LSH"  # by its title; another day lists LSH among its readings
    assert all("lsh" in " ".join((r.title, *r.keywords, *(x.label for x in r.resources))).lower() for r in rows)
    assert find_topic(course, "lsh") == rows
    assert find_topic(course, "when is the lecture about") == []  # nothing but stop words


def test_a_changed_course_is_searched_in_its_own_words_not_the_first_ones(course):
    assert find_topic(course, "lsh")
    rows = tuple(replace(r, title=r.title.replace("LSH", "Bucketing"), keywords=()) for r in course.schedule)
    renamed = replace(course, schedule=rows)
    assert find_topic(renamed, "bucketing")
    assert not find_topic(course, "bucketing")
    assert any("Bucketing" in part for line in topic_answer(renamed, "bucketing").lines for part in line)
