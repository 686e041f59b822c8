"""Properties: any question, any moment, any option text in: never a crash, always an answer within limits."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.answers.deadlines import upcoming_deadlines
from bot.answers.office_hours import office_hours_answer
from bot.answers.schedule import schedule_answer
from bot.core.answer import Answer, Field, text
from bot.core.errors import UserError
from bot.discord_app.render import (
    DESCRIPTION_LIMIT,
    EMBED_TOTAL_LIMIT,
    FIELD_VALUE_LIMIT,
    FIELDS_PER_EMBED,
    TITLE_LIMIT,
    embed_pages,
)
from bot.understand.engine import answer_question
from bot.understand.times.dates import parse_day, parse_office_hours_when, parse_window
from tests.conftest import NY

# hypothesis takes naive bounds and attaches the timezone itself.
_FIRST = dt.datetime(2023, 6, 1)  # noqa: DTZ001
_LAST = dt.datetime(2025, 6, 1)  # noqa: DTZ001
moments = st.datetimes(min_value=_FIRST, max_value=_LAST, timezones=st.just(NY))
words = st.sampled_from(
    [
        "hw3",
        "due",
        "office",
        "hours",
        "exam",
        "LSH",
        "friday",
        "tomorrow",
        "grace",
        "days",
        "late",
        "who",
        "is",
        "Feb",
        "14",
        "next",
        "week",
        "conflict",
        "policy",
        "10-605",
        "katie",
        "regrade",
        "extension",
        "?",
        "ta",
    ]
)
questions = st.one_of(st.text(max_size=200), st.lists(words, max_size=12).map(" ".join))
fast = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@fast
@given(question=questions, now=moments)
def test_any_question_gets_an_answer(course, question, now):
    """Any text at any moment gives an Answer (never an exception)."""
    answer = answer_question(course, question, now)
    assert isinstance(answer, Answer)
    assert answer.title


@fast
@given(phrase=st.one_of(st.none(), st.text(max_size=40), words), now=moments)
def test_option_text_is_an_answer_or_a_friendly_error(course, phrase, now):
    """Slash-command option text either answers or raises UserError, nothing else."""
    for call in (
        lambda: upcoming_deadlines(course, now, parse_window(phrase, now, course)),
        lambda: office_hours_answer(course, now, parse_office_hours_when(phrase, now, course)),
        lambda: schedule_answer(course, now, date=parse_day(phrase, now, course) if phrase else None),
    ):
        try:
            result = call()
        except UserError as err:
            result = err
        assert isinstance(result, Answer) or result.message


lines = st.lists(st.text(min_size=0, max_size=1500), max_size=40).map(lambda ls: tuple(text(x) for x in ls))


@settings(max_examples=100, deadline=None)
@given(
    title=st.text(max_size=400),
    body=lines,
    fields=st.lists(st.tuples(st.text(min_size=1, max_size=300), lines), max_size=40),
    footer=st.text(max_size=3000),
)
def test_embeds_always_fit_discords_limits(title, body, fields, footer):
    """However long an answer, every embed page is within Discord's limits."""
    answer = Answer(title=title or "t", lines=body, fields=tuple(Field(n, v) for n, v in fields), footer=footer)
    for page in embed_pages(answer):
        assert len(page.title or "") <= TITLE_LIMIT
        assert len(page.description or "") <= DESCRIPTION_LIMIT
        assert len(page.fields) <= FIELDS_PER_EMBED
        assert all(len(f.value) <= FIELD_VALUE_LIMIT and len(f.name) <= 256 for f in page.fields)
        assert len(page) <= EMBED_TOTAL_LIMIT
