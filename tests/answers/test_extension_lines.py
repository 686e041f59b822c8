"""/deadline after the extension notice deadline: "(that has passed)." closes its own line, and the course's emergency
sentence follows whole on its own line, never inside the parenthesis (hostile14 11, game-1500-f26's Ex4)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from bot.answers.deadlines import deadline_detail
from bot.core.render_text import answer_text
from bot.course.windows import extension_request_deadline
from tests.understand.conftest import course_in

# a course whose page has a notice period and an emergency sentence, and others given them (the words are data)
FOLDERS = ["data/10-605-s24", "data/stat-187-f24", "tests/fixtures/courses/chem-1310-s26"]
GIVEN = "For a family emergency, write to the dean's office (no notice needed)."


@pytest.mark.parametrize("folder", FOLDERS)
def test_the_emergency_sentence_follows_the_passed_notice_deadline_on_its_own_line(folder):
    course = course_in(folder)
    if not course.extensions.emergency or not isinstance(course.extensions.notice_days, int):
        given = replace(course.extensions, emergency=course.extensions.emergency or GIVEN, notice_days=2)
        course = replace(course, extensions=given)
    emergency = course.extensions.emergency
    checked = 0
    for item in course.assignments:
        ask_by = extension_request_deadline(course, item)
        if ask_by is None or ask_by + dt.timedelta(minutes=1) >= item.due:
            continue
        now = ask_by + dt.timedelta(minutes=1)
        said = answer_text(deadline_detail(course, item.id, now), course.tz, now)
        lines = [line.strip() for line in said.splitlines()]
        at = next(i for i, line in enumerate(lines) if line.startswith("Extensions: ask"))
        assert lines[at].endswith("(that has passed)."), lines[at]
        assert lines[at + 1] == emergency.strip(), lines[at + 1]
        checked += 1
    assert checked
