"""Any question and any option text, on either bundled course, gives an answer or a clear message, never a crash."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.answers.deadlines import deadline_detail, upcoming_deadlines
from bot.answers.exams import exam_answer
from bot.answers.late_windows import late_answer
from bot.answers.meetings import meetings_answer, section_answer
from bot.answers.schedule import next_class
from bot.core.answer import Answer
from bot.core.errors import UserError
from bot.understand.engine import answer_question

_FIRST = dt.datetime(2024, 6, 1)  # noqa: DTZ001 (hypothesis attaches the zone)
_LAST = dt.datetime(2025, 3, 1)  # noqa: DTZ001
WORDS = st.sampled_from(
    [
        "when",
        "where",
        "is",
        "lecture",
        "section",
        "1C",
        "1c",
        "next",
        "discussion",
        "midterm",
        "final",
        "room",
        "late",
        "ps5",
        "hw3",
        "late days",
        "who",
        "runs",
        "GSI",
        "my",
        "conflict",
        "regrade",
        "extension",
        "due",
        "office",
        "hours",
        "dis",
        "exam",
        "today",
        "tomorrow",
        "?",
        "10-605",
    ]
)
QUESTIONS = st.one_of(st.text(max_size=120), st.lists(WORDS, max_size=10).map(" ".join))
FAST = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FAST
@given(question=QUESTIONS, moment=st.datetimes(min_value=_FIRST, max_value=_LAST))
def test_any_question_on_the_second_course(second_course, question, moment):
    """Free text about the second course always gets an Answer."""
    now = moment.replace(tzinfo=second_course.tz)
    answer = answer_question(second_course, question, now)
    assert isinstance(answer, Answer)
    assert answer.title


@FAST
@given(typed=st.one_of(st.text(max_size=20), WORDS), moment=st.datetimes(min_value=_FIRST, max_value=_LAST))
def test_any_option_text_is_an_answer_or_a_user_error(any_course, typed, moment):
    """Slash-command options on either course: an Answer, or a UserError with a message."""
    now = moment.replace(tzinfo=any_course.tz)
    calls = (
        lambda: upcoming_deadlines(any_course, now, None, typed or None),
        lambda: deadline_detail(any_course, typed, now),
        lambda: late_answer(any_course, typed, now),
        lambda: exam_answer(any_course, now, typed or None),
        lambda: meetings_answer(any_course, now, typed or None),
        lambda: section_answer(any_course, now, typed),
        lambda: next_class(any_course, now, None, typed or None),
    )
    for call in calls:
        try:
            result = call()
        except UserError as err:
            result = err
        assert isinstance(result, Answer) or result.message
