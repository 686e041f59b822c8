"""The reading as JSON: ISO dates, ranges as lists, internal values left out."""

from __future__ import annotations

import datetime as dt

from bot.understand.question.result import slots_json
from tests.conftest import at


def test_slots_as_json():
    slots = {
        "assignments": ("hw3",),
        "range": (dt.date(2024, 2, 12), dt.date(2024, 2, 18)),
        "moment": at("2024-02-22 02:00"),
        "time": dt.time(23, 59),
        "rows": (3, 4),
        "span": dt.timedelta(days=7),
        "section": None,
        "label": "",
    }
    assert slots_json(slots) == {
        "assignments": ["hw3"],
        "range": ["2024-02-12", "2024-02-18"],
        "moment": "2024-02-22T02:00:00-05:00",
        "time": "23:59:00",
    }


def test_every_reading_of_the_question_sets_prints_as_json():
    """`coursebot ask --json` prints the reading of any question: every slot a reader fills (its own records, sets)
    is turned into JSON, on every eighth question of every repository question file."""
    import json
    import tomllib

    from bot.core.timefmt import parse_now
    from bot.course.loader import load_course
    from bot.understand.engine import read_question
    from tests.questions.score import course_folder, question_files

    read, courses = 0, {}
    for path in question_files():
        header = tomllib.loads(path.read_text())
        if header["course"] not in courses:
            courses[header["course"]] = load_course(course_folder(header["course"]))
        course = courses[header["course"]]
        for q in header["question"][::8]:
            result = read_question(course, q["text"], parse_now(q.get("now", header["now"]), course.tz))
            json.dumps(result.as_json())
            read += 1
    assert read > 300


def test_a_readers_own_record_is_printed_field_by_field():
    from bot.answers.grade_scale import ScaleAsked

    assert slots_json({"asked": ScaleAsked("band", grade="A", exams=("final",))})["asked"]["exams"] == ["final"]
