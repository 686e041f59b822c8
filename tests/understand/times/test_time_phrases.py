"""Dates, ranges, times and lateness inside a sentence, relative to the injected now, without dateparser."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.understand.times.time_phrases import course_week, find_phrases, return_relation
from bot.understand.words.normalize import plain, respell
from tests.conftest import at, local
from tests.understand.conftest import reply

MONDAY = at("2024-02-12 10:00")  # Monday of week 5
D = dt.date.fromisoformat


def phrases(text, now=MONDAY, course=None, past=False):
    return find_phrases(respell(plain(text)), now, course, past=past)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("what's due today", "2024-02-12", "2024-02-12"),
        ("oh tmrw", "2024-02-13", "2024-02-13"),
        ("the day after tomorrow", "2024-02-14", "2024-02-14"),
        ("on friday", "2024-02-16", "2024-02-16"),
        ("next friday", "2024-02-23", "2024-02-23"),  # said on a Monday: next week's
        ("next monday", "2024-02-19", "2024-02-19"),
        ("last wednesday", "2024-02-07", "2024-02-07"),
        ("feb 14", "2024-02-14", "2024-02-14"),
        ("February 14th", "2024-02-14", "2024-02-14"),
        ("the 21st", "2024-02-21", "2024-02-21"),
        ("14th of march", "2024-03-14", "2024-03-14"),
        ("3/29", "2024-03-29", "2024-03-29"),
        ("2024-04-24", "2024-04-24", "2024-04-24"),
        ("wednesday feb 28", "2024-02-28", "2024-02-28"),
        ("this week", "2024-02-12", "2024-02-18"),
        ("next week", "2024-02-19", "2024-02-25"),
        ("last week", "2024-02-05", "2024-02-11"),
        ("week 3", "2024-01-29", "2024-02-04"),
        ("the third week of the semester", "2024-01-29", "2024-02-04"),
        ("in april", "2024-04-01", "2024-04-30"),
        ("this month", "2024-02-01", "2024-02-29"),
        ("by the end of the month", "2024-02-01", "2024-02-29"),  # "the" month after "end of": this one
        ("before the end of the week", "2024-02-12", "2024-02-18"),
        ("over the weekend", "2024-02-17", "2024-02-18"),
        ("in the next 10 days", "2024-02-12", "2024-02-22"),
        ("within two weeks", "2024-02-12", "2024-02-26"),
        ("between feb 19 and feb 23", "2024-02-19", "2024-02-23"),
        ("the week of march 25", "2024-03-25", "2024-03-31"),
    ],
)
def test_days_and_ranges(course, text, first, last):
    """Each phrase becomes the days a student means, relative to the clock."""
    found = [p for p in phrases(text, course=course) if p.kind in ("day", "range")]
    assert len(found) == 1, found
    assert (found[0].first, found[0].last) == (D(first), D(last))


def test_the_month_alone_names_no_month(course):
    """ "the month" or "the week" with no "rest of" or "end of" before it is no stretch of days."""
    assert not [p for p in phrases("is it due in the month of the exam", course=course) if p.kind == "range"]
    assert not [p for p in phrases("the week we get back", course=course) if p.kind == "range"]


def test_bare_weekday_in_a_past_tense_question_is_the_last_one(course):
    """'what did we do on friday' (asked Monday) is last Friday, not the coming one."""
    (found,) = phrases("what did we do on friday", course=course, past=True)
    assert found.first == D("2024-02-09")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("is there lab on thursday next week", "2024-02-22"),
        ("is there a wednesday quiz next week", "2024-02-21"),  # a few words of one thing between them
        ("next week on tuesday", "2024-02-20"),
        ("friday of week 3", "2024-02-02"),
        ("is there class friday and next week", "2024-02-16"),  # two things asked: the coming friday
        ("what's on wednesday this week", "2024-02-14"),
    ],
)
def test_a_weekday_beside_a_week_is_that_weeks(course, text, day):
    """A weekday typed alone beside a week ('friday next week') is that weekday of the week, not the coming one."""
    found = [p for p in phrases(text, course=course) if p.kind in ("day", "moment")]
    assert [p.first for p in found] == [D(day)]


@pytest.mark.parametrize(
    ("text", "moment"),
    [
        ("thursday 2am", "2024-02-15 02:00"),
        ("2am thursday", "2024-02-15 02:00"),
        ("march 14 at 11pm", "2024-03-14 23:00"),
        ("tomorrow at noon", "2024-02-13 12:00"),
        ("feb 22 1:30pm", "2024-02-22 13:30"),
    ],
)
def test_moments(course, text, moment):
    """A day and a time of day together are one moment, in course time."""
    (found,) = phrases(text, course=course)
    assert found.kind == "moment"
    assert course.at(found.first, found.time) == at(moment)


def test_lateness(course):
    """'2 hours late' is a lateness, not a range of days."""
    (found,) = phrases("submitting hw3 2 hours late", course=course)
    assert found.kind == "lateness"
    assert found.late == dt.timedelta(hours=2)


@pytest.mark.parametrize(
    ("text", "late"),
    [("handing in hw3 a whole week late", dt.timedelta(weeks=1)), ("hw3 two full days late", dt.timedelta(days=2))],
)
def test_lateness_with_its_unit_stressed(course, text, late):
    """'a whole week late' is a week's lateness, as 'a week late' is."""
    (found,) = phrases(text, course=course)
    assert (found.kind, found.late) == ("lateness", late)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("tomorrow 25:00", "not a time of day"),
        ("friday 13pm", "not a time of day"),
        ("at 9:75", "not a time of day"),
        ("feb 30", "February has no day 30"),
        ("2024-13-01", "no month 13"),
        ("9999-12-31", "far outside"),
        ("jan 1 0001", "far outside"),
        ("31/12/9999", "far outside"),
        ("week 45", "no week 45"),
    ],
)
def test_impossible_values_are_errors_that_say_why(course, text, why):
    """An impossible or far-away date is an error phrase with a message, never a guess."""
    errors = [p for p in phrases(text, course=course) if p.kind == "error"]
    assert errors, phrases(text, course=course)
    assert why in errors[0].message


@pytest.mark.parametrize("text", ["my overall is 57 am i passing", "i got 74 am i getting a c"])
def test_a_number_before_am_i_is_not_a_clock(course, text):
    """'57 am i passing': a mark, then the verb; no time is read and no error is shown."""
    assert phrases(text, course=course) == []


def test_a_bad_hour_before_am_is_still_an_error(course):
    """'at 57 am' with no pronoun after it is a clock typed wrong, and the error says so."""
    (found,) = phrases("can i submit at 57 am", course=course)
    assert found.kind == "error"
    assert "not a time of day" in found.message


def test_month_day_without_a_year_is_the_terms(course):
    """'Feb 14' asked years later still means the course's Feb 14."""
    (found,) = phrases("feb 14", now=at("2026-11-24 09:00"), course=course)
    assert found.first == D("2024-02-14")


def test_course_weeks_start_on_the_monday_of_the_first_class(course):
    """Week 1 holds the first scheduled day (Wed Jan 17, 2024)."""
    assert course_week(course, 1) == (D("2024-01-15"), D("2024-01-21"))


def test_words_that_look_like_dates_are_not(course):
    """'may I', '10-605', 'pass/fail' and 'hw 4' are not dates."""
    for text in ("may i use chatgpt", "difference between 10-405 and 10-605", "is pass/fail allowed", "hw 4 part b"):
        assert phrases(text, course=course) == [], text


@pytest.mark.parametrize(
    "text", ["i got 40/50 on it", "would have got 17/20", "we'd have 8/10", "scored like 9/10", "42/50"]
)
def test_a_mark_out_of_a_maximum_is_not_a_date(course, text):
    """ "got 40/50", "would have got 8/10": a mark after a word for scoring, or two numbers that are no month, is
    no date (and no error about a month 40)."""
    assert phrases(text, course=course) == [], text


@pytest.mark.parametrize(
    ("text", "day", "time", "window"),
    [
        ("till friday night", "2024-02-16", "23:59", ("18:00", "23:59")),
        ("who has oh wednesday afternoon", "2024-02-14", "17:00", ("12:00", "17:00")),
        ("tomorrow morning", "2024-02-13", "12:00", ("06:00", "12:00")),
    ],
)
def test_a_part_of_a_day_is_a_window_taken_at_its_end(course, text, day, time, window):
    """'friday night' is a moment (the latest it can mean, shown in the answer) within a window of the day."""
    (phrase,) = phrases(text, course=course)
    assert (phrase.kind, phrase.first, phrase.time) == ("moment", D(day), dt.time.fromisoformat(time))
    assert phrase.window == tuple(dt.time.fromisoformat(t) for t in window)


def test_good_morning_is_a_greeting_not_a_time(course):
    assert phrases("good morning!", course=course) == []


@pytest.mark.parametrize(
    ("text", "day", "other"),
    [
        ("next wednesday", "2024-02-21", "2024-02-14"),  # said on a Monday: next week's, or this week's
        ("next monday", "2024-02-19", None),
        ("this wednesday", "2024-02-14", None),
        ("wednesday", "2024-02-14", None),
    ],
)
def test_next_weekday_said_earlier_in_the_week_is_next_weeks(course, text, day, other):
    """'next wednesday' said on a Monday means the Wednesday of next week; the nearer one is kept as the other
    reading for answers that can show both."""
    (phrase,) = phrases(text, course=course)
    assert phrase.first == D(day)
    assert phrase.other == (D(other) if other else None)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("is ps5 due on halloween", "2024-10-31"),
        ("before christmas eve", "2024-12-24"),
        ("new year's day", "2024-01-01"),
    ],
)
def test_holidays_on_fixed_dates(course, text, day):
    """Holidays that fall on the same date every year are days; a course's own breaks come from its schedule."""
    found = [p for p in phrases(text, course=course) if p.kind == "day"]
    assert [p.first for p in found] == [D(day)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("is there lab on black friday", "2024-11-29"),  # the day after the fourth Thursday of November
        ("oh on cyber monday?", "2024-12-02"),
        ("do we have class good friday", "2024-03-29"),  # Easter 2024 is Mar 31
        ("is holy thursday a holiday", "2024-03-28"),
        ("lecture on easter monday", "2024-04-01"),
        ("ash wednesday", "2024-02-14"),
        ("is mlk day off", "2024-01-15"),  # the third Monday of January
        ("martin luther king jr day", "2024-01-15"),
        ("presidents day", "2024-02-19"),
        ("memorial day", "2024-05-27"),  # the last Monday of May
    ],
)
def test_holidays_whose_date_moves_are_their_day_not_the_next_weekday(course, text, day):
    """A named day whose date moves with the year ("black friday", "good friday") is that day, never the next plain
    weekday its name holds."""
    found = [p for p in phrases(text, course=course) if p.kind == "day"]
    assert [p.first for p in found] == [D(day)]


def test_a_bare_easter_is_left_to_the_courses_break():
    """A bare "easter" is not read as Easter Sunday: courses call their Easter break that."""
    assert [p for p in phrases("what's due over easter", course=None) if p.kind == "day"] == []


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("nov 4-8", "2024-11-04", "2024-11-08"),
        ("between march 11 and 15", "2024-03-11", "2024-03-15"),
        ("from mar 1 thru mar 31", "2024-03-01", "2024-03-31"),
        ("apr 1 to 12", "2024-04-01", "2024-04-12"),
        ("from april 2 until april 9", "2024-04-02", "2024-04-09"),
        # the day before the month, as much of the world writes it
        ("lectures 14 to 17 april what topics", "2024-04-14", "2024-04-17"),
        ("what's on 4-8 march", "2024-03-04", "2024-03-08"),
        ("from the 3rd to the 7th of march", "2024-03-03", "2024-03-07"),
        ("between 11 and 15 march", "2024-03-11", "2024-03-15"),
        # the first or last weeks of the term: 10-605's classes run from Wed Jan 17 to Mon Apr 22, whole weeks from
        # the first (or back from the last), not "the last 2 weeks" before today
        ("what do we cover in the last two weeks of class", "2024-04-15", "2024-04-28"),
        ("the final 3 weeks of the semester", "2024-04-08", "2024-04-28"),
        ("the first 2 weeks of the term", "2024-01-15", "2024-01-28"),
    ],
)
def test_an_explicit_range_is_its_own_days_not_a_length_from_now(course, text, first, last):
    """A range typed with both ends selects those days, whatever the clock: never "the next N days"."""
    found = [p for p in phrases(text, course=course) if p.kind == "range"]
    assert len(found) == 1, found
    assert (found[0].first, found[0].last) == (D(first), D(last))
    assert found[0].grain == "between"


def test_two_numbers_joined_by_and_before_a_month_are_no_range(course):
    """ "hw 2 and 3 march": the work's number and a day, not the 2nd to the 3rd."""
    assert [p.kind for p in phrases("is hw 2 and 3 march", course=course)] == ["day"]


def test_a_day_and_a_clock_time_are_not_a_range_of_days(course):
    found = phrases("due mar 8 - 5pm", course=course)
    assert not [p for p in found if p.kind == "range"]
    assert not [p for p in phrases("mar 4 and mar 8", course=course) if p.kind == "range"]


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("1am saturday", True),
        ("on monday", True),
        ("saturday at 1am", True),
        ("this saturday at 1am", False),
        ("next monday", False),
        ("wednesday feb 28", False),
    ],
)
def test_a_weekday_typed_alone_is_bare(course, text, bare):
    """Only a weekday typed alone (with or without a time) may be read from a deadline rather than from now."""
    (found,) = phrases(text, course=course)
    assert found.bare is bare


def test_hours_are_elapsed_time_across_the_dst_change(geo):
    # 23:30 CET + 36 h is 12:30 CEST on Mon Mar 31 (the clock skipped an hour): Sheet 2 at 12:00 is inside.
    _, said = reply(geo, "what's due in 36 hours", "2025-03-29 23:30")
    assert "Sheet 2" in said
    _, said = reply(geo, "what's due in the next 35 hours", "2025-03-29 23:30")
    assert "Nothing is due" in said


def test_between_now_and_a_day_runs_from_today(course):
    now = local(course, "2024-03-20 10:00")
    for question, last in [
        ("what's due between now and the end of april", "2024-04-30"),
        ("whats due between now and april 10", "2024-04-10"),
        ("what's due from today until friday", "2024-03-22"),
        # "the rest of" a stretch that has begun: from today to its end
        ("whats due for the rest of march", "2024-03-31"),
        ("what lectures are left the rest of this month", "2024-03-31"),
        # "the month", "the week" after "rest of" are this month's, this week's rest
        ("what are we covering for the rest of the month", "2024-03-31"),
        ("whats due the rest of the week", "2024-03-24"),
    ]:
        (phrase,) = [p for p in find_phrases(question, now, course) if p.kind in ("day", "range")]
        assert (phrase.kind, phrase.first, phrase.last) == ("range", D("2024-03-20"), D(last))


def test_a_weekday_with_the_nth_finds_the_month_it_falls_in(geo):
    now = local(geo, "2025-03-26 10:00")
    (phrase, _) = find_phrases("if i leave wednesday the 2nd and come back monday", now, geo)
    assert phrase.first == D("2025-04-02")


@pytest.mark.parametrize(
    ("text", "day", "clock"),
    [
        ("saturday evening around 6", "2024-02-17", "18:00"),
        ("saturday around 6 in the evening", "2024-02-17", "18:00"),
        ("friday morning at 10", "2024-02-16", "10:00"),
        ("friday night 11ish", "2024-02-16", "23:00"),
        ("thursday afternoon at 3:30", "2024-02-15", "15:30"),
    ],
)
def test_a_bare_hour_beside_a_part_of_the_day_is_in_it(course, text, day, clock):
    found = phrases(text, course=course)
    assert [(p.kind, str(p.first), p.time.strftime("%H:%M")) for p in found] == [("moment", day, clock)]


def test_an_hour_the_part_of_the_day_cannot_hold_is_left_alone(course):
    """ "friday morning at 9" fits; "friday morning at 8pm"-style numbers outside the window do not move it."""
    found = phrases("friday evening 2 hours late", course=course)
    assert [p.kind for p in found] == ["moment", "lateness"]
    assert found[0].window is not None  # no hour was read into the evening


def test_a_weekday_with_its_date_joins_its_time(course):
    found = phrases("i'll have it done by friday the 16th around noon", course=course)
    assert [(p.kind, str(p.first), p.time.strftime("%H:%M")) for p in found] == [("moment", "2024-02-16", "12:00")]


@pytest.mark.parametrize(
    ("which", "now", "question", "first", "last"),
    [
        (
            "course",
            "2024-03-13T14:30",
            "i'll be gone from the 2nd to the 9th of april, what will i miss",
            "Tue Apr 2",
            "Tue Apr 9",
        ),
        ("hist", "2024-10-23T13:00", "im travelling from the 4th to the 7th, what do i miss", "Mon Nov 4", "Thu Nov 7"),
        ("stat", "2024-11-01T15:30", "away 12th-14th, what will i miss", "Tue Nov 12", "Thu Nov 14"),
        ("stat", "2024-11-01T15:30", "away from the 29th to the 3rd, what will i miss", "Fri Nov 29", "Tue Dec 3"),
    ],
)
def test_bare_day_numbers_are_the_coming_ones(request, which, now, question, first, last):
    _, shown = reply(request.getfixturevalue(which), question, now)
    assert shown.splitlines()[0] == f"Schedule, {first} – {last}"


@pytest.mark.parametrize(
    ("text", "first", "last", "label"),
    [
        ("whats on the week after next", "2024-02-26", "2024-03-03", "the week after next"),
        ("the week after next week", "2024-02-26", "2024-03-03", "the week after next"),
        ("what did we do the week before last", "2024-01-29", "2024-02-04", "the week before last"),
    ],
)
def test_two_weeks_on_and_two_weeks_back(course, text, first, last, label):
    (found,) = [p for p in phrases(text, course=course) if p.kind == "range"]
    assert (found.first, found.last, found.label) == (D(first), D(last), label)


@pytest.mark.parametrize(
    ("words", "relation"),
    [
        ("whats due the week we get back from the break", "week_after"),
        ("anything due when we come back from thanksgiving", "after"),
        ("the first week we return from reading week", "week_after"),
        ("whats due during the break", ""),
    ],
)
def test_coming_back_from_a_period_is_after_it(words, relation):
    """ "when we get back from the break" is after it; "the week we get back" is the one week after it."""
    tokens = words.split()
    start = len(tokens) - 1 if tokens[-1] != "week" else len(tokens) - 2
    assert return_relation(tokens, start) == relation


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("the first week of april", "2024-04-01", "2024-04-07"),  # April 1 2024 is a Monday
        ("first week of march", "2024-03-04", "2024-03-10"),  # March 1 is a Friday: the week after
        ("the second week of march", "2024-03-11", "2024-03-17"),
        ("the last week of february", "2024-02-26", "2024-03-03"),  # Feb 29 is a Thursday
        ("the last week in april", "2024-04-22", "2024-04-28"),  # April 30 is a Tuesday: the week before
        ("from now up to feb 20", "2024-02-12", "2024-02-20"),
        ("feb 19 up to feb 23", "2024-02-19", "2024-02-23"),
    ],
)
def test_a_week_of_a_month_and_spans_up_to_a_day(course, text, first, last):
    """ "The first week of april" is a week of April, not the term's week 1; "up to" ends a span."""
    found = [p for p in phrases(text, course=course) if p.kind in ("day", "range")]
    assert len(found) == 1, found
    assert (found[0].first, found[0].last) == (D(first), D(last))


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("whats due friday 23rd", "2024-02-23"),  # not this Friday, the 16th
        ("is anything due fri 23rd", "2024-02-23"),
        ("oh on wednesday 21st?", "2024-02-21"),
        ("friday 23rd feb", "2024-02-23"),
    ],
)
def test_a_weekday_with_its_day_of_the_month_and_no_the_is_that_day(course, text, day):
    found = [p for p in phrases(text, course=course) if p.kind == "day"]
    assert [p.first for p in found] == [D(day)]


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("what's on in the first two weeks of march", "2024-03-04", "2024-03-17"),  # Mar 1 is a Friday
        ("anything due in the last 2 weeks of april", "2024-04-15", "2024-04-28"),
    ],
)
def test_the_first_or_last_weeks_of_a_month(course, text, first, last):
    found = [p for p in phrases(text, course=course) if p.kind == "range"]
    assert [(p.first, p.last) for p in found] == [(D(first), D(last))]


@pytest.mark.parametrize(
    ("text", "last"),
    [
        ("everything due from now until april", "2024-04-30"),
        ("whats due till march", "2024-03-31"),
        ("anything before may", "2024-04-30"),
    ],
)
def test_until_or_before_a_month_runs_from_today(course, text, last):
    """ "before may" (ahead) is from today to the day before the month starts; "until april" through its end."""
    found = [p for p in phrases(text, course=course) if p.kind == "range"]
    assert len(found) == 1, found
    assert (found[0].first, found[0].last) == (MONDAY.date(), D(last))


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("anything due in march and april", "2024-03-01", "2024-04-30"),
        ("what is due in april or march", "2024-03-01", "2024-04-30"),
        ("schedule for march & april", "2024-03-01", "2024-04-30"),
        ("deadlines in march and in april", "2024-03-01", "2024-04-30"),
        ("anything due in february and april", "2024-02-01", "2024-02-29"),
    ],
)
def test_two_months_joined_are_both(course, text, first, last):
    """ "in march and april" is both months, either order; months apart keep the first (never the one between)."""
    found = [p for p in phrases(text, course=course) if p.kind == "range"]
    assert len(found) == 1, found
    assert (found[0].first, found[0].last) == (D(first), D(last))


def _texts() -> list[str]:
    """Every question of the bundled question sets, as the reader sees it, and the phrases of this file's tests."""
    import tomllib
    from pathlib import Path

    sets = [tomllib.loads(f.read_text()) for f in Path("tests/questions").glob("*.toml")]
    asked = [q["text"] for s in sets for q in s["question"]]
    asked += ["the 4th of july", "pi day", "2024-03-01", "3/14", "12:30", "2 hours late", "noon", "christmas eve"]
    asked += ["black friday", "cyber monday", "good friday", "holy thursday", "easter monday", "mlk day"]
    asked += ["fri 9th", "the 3rd-7th of march", "week after next", "rest of the semester", "in 3 days", "6pm"]
    asked += ["11:59 p.m.", "3 hours past the deadline", "2 days over", "monday 3 days", "the 1st to the 4th"]
    return [respell(plain(text)) for text in asked]


def test_a_pattern_skipped_for_what_it_needs_could_not_have_matched():
    from bot.understand.times.time_phrases import _GATED

    texts = _texts()
    for name, pattern, needs in _GATED:
        for text in texts:
            if needs is not None and needs.search(text) is None:
                assert pattern.search(text) is None, (name, text)
    assert all(needs is not None for _, _, needs in _GATED)  # every pattern says what it needs


@pytest.mark.parametrize(
    ("text", "first", "time"),
    [
        ("turned in 14 feb 3:50pm", "2024-02-14", dt.time(15, 50)),
        ("handed in 21 february 9am", "2024-02-21", dt.time(9, 0)),
        ("submitted 1 march 11:30pm", "2024-03-01", dt.time(23, 30)),
        ("submitted feb 14 3:50pm", "2024-02-14", dt.time(15, 50)),
    ],
)
def test_a_day_before_its_month_keeps_the_hour_after_it(course, text, first, time):
    """'14 feb 3:50pm' is that day at 3:50 PM: the 3 the hour starts with is not read as 'feb 3'."""
    moments = [p for p in phrases(text, course=course) if p.kind == "moment"]
    assert [(m.first, m.time) for m in moments] == [(D(first), time)], phrases(text, course=course)


@pytest.mark.parametrize(
    ("text", "day", "relation"),
    [
        ("before the end of march", "2024-03-31", "by"),  # up to and with its last day
        ("by the end of april", "2024-04-30", "by"),
        ("until the end of march", "2024-03-31", "until"),
        ("after the end of march", "2024-03-31", "after"),
        ("before the start of april", "2024-04-01", "before"),  # the days before its first
        ("after the beginning of april", "2024-04-01", "after"),
    ],
)
def test_the_end_or_start_of_a_month_is_its_last_or_first_day(course, text, day, relation):
    """ "before the end of may" is a day with a relation (by May 31), never the whole month with "the end" left over."""
    (found,) = phrases(f"are we doing it {text}", course=course)
    assert (found.kind, found.first, found.relation) == ("day", D(day), relation)
    assert found.label.startswith("the ")
