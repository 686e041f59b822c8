"""The schedule answered (bot.understand.answering.handle_schedule): a day's Yes/No agrees with its list, breaks and
days off the data names, what is left of a kind of meeting, the unit a topic is in, recordings."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from tests.understand.conftest import course_in, first_line, reply

D = dt.date.fromisoformat


def test_is_there_class_agrees_with_its_list(geo):
    _, said = reply(geo, "is there class tomorrow", "2025-05-08 10:00")
    assert first_line(said).startswith("Yes")
    assert "Colloquium" in said
    assert "Nothing is on" not in said


def test_a_meeting_on_an_exam_day_held_instead_is_a_no_naming_the_exam(geo):
    _, said = reply(geo, "is there a plenum on may 12", "2025-05-08 10:00")
    assert first_line(said).startswith("No")
    assert "Map test" in said
    assert "H 0110" in said  # the exam's rooms, not the meeting's usual one


def test_a_day_off_named_in_the_data_is_that_day_not_the_coming_weekday(geo):
    _, said = reply(geo, "is there class on whit monday", "2025-03-26 10:00")
    assert first_line(said).startswith("No")
    assert "Mon Jun 9" in said


def test_a_break_runs_across_the_holidays_inside_it(geo):
    _, said = reply(geo, "when is the easter break", "2025-03-26 10:00")
    assert "Mon Apr 14" in said
    assert "Fri Apr 25" in said


def test_right_before_a_break_is_the_last_class_day_before_it(course):
    _, said = reply(course, "what did we cover right before spring break", "2024-03-04 10:00")
    assert "Fri Mar 1" in said
    assert "Spring Break (No Classes)" not in said


def test_the_last_day_of_class_is_the_last_class_meeting_not_the_final_or_the_terms_end(geo):
    _, said = reply(geo, "when is the last day of class", "2025-03-26 10:00")
    assert "Mon Jun 16" in said
    assert "Klausur" in said  # its topic: "Review for the Klausur"
    assert "Jun 27" not in said


def test_a_kind_asked_for_a_week_is_the_schedule(geo):
    _, said = reply(geo, "is there a lab next week", "2025-03-26 10:00")
    assert first_line(said).startswith("Yes")
    assert "Thu Apr 3" in said
    assert "Practical sheet 4" not in said


@pytest.mark.parametrize(
    ("question", "unit"),
    [
        ("what unit is generalized additive models in", "Resampling, regularization and non-linear methods"),
        ("which module is cross validation part of", "Resampling, regularization and non-linear methods"),
    ],
)
def test_the_unit_a_topic_is_in(stat, question, unit):
    result, said = reply(stat, question, "2024-10-01 10:00")
    assert result.parts[0].intent == "topic"
    assert f"Unit: “{unit}”" in said


def test_recordings_over_the_term_and_attendance(course, stat):
    """Recordings counted from the schedule's resources; none listed is unknown, not No."""
    result, said = reply(course, "are lectures recorded or do i have to show up", "2024-02-12T10:00")
    assert [p.intent for p in result.parts] == ["topic", "policy"]
    assert "recording for 23 of the 24 lectures" in said
    assert "not mandatory" in said
    result, said = reply(stat, "are lectures recorded", "2024-10-01 10:00")
    assert result.answer.kind == "unknown"


@pytest.mark.parametrize(
    ("course_name", "question", "now"),
    [
        ("geo", "were office hours held over easter", "2025-05-20 10:00"),
        ("geo", "did we have office hours during the easter break", "2025-05-20 10:00"),
        ("second_course", "were office hours held over thanksgiving", "2024-12-10 10:00"),
        ("second_course", "was there lecture over thanksgiving", "2024-12-10 10:00"),
        ("hist", "were seminars held during reading week", "2024-11-20 10:00"),
    ],
)
def test_was_there_a_meeting_over_a_break_is_no(request, course_name, question, now):
    _, said = reply(request.getfixturevalue(course_name), question, now)
    assert first_line(said).startswith("No")


def test_lecture_over_a_break_is_not_when_lecture_is_over(second_course):
    result, _ = reply(second_course, "was there lecture over thanksgiving", "2024-12-10 10:00")
    assert result.parts[0].intent == "schedule_range"
    result, _ = reply(second_course, "when is lecture over", "2024-12-10 10:00")
    assert result.parts[0].slots.get("fact") == "meeting_time"


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("what plenaries are left", "plenary"),
        ("what practicals are left", "practical"),
        ("which colloquia remain", "colloquium"),
    ],
)
def test_what_meetings_are_left_is_the_kind_from_today(geo, question, kind):
    result, _ = reply(geo, question, "2025-05-20 10:00")
    part = result.parts[0]
    assert part.intent == "schedule_range"
    assert part.slots["kind"] == kind
    assert part.slots["range"] == (D("2025-05-20"), geo.term_last)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("how many lectures are left before the final", "3 lectures before Final exam."),
        ("how many lectures are left", "3 lectures left."),
    ],
)
def test_how_many_meetings_are_left_says_the_number(stat, question, said):
    _, shown = reply(stat, question, "2024-11-20T17:15")
    assert said in shown


def test_this_weeks_seminar_is_this_weeks(hist):
    """ "this weeks seminar" (no apostrophe) is this week's, in the past tense the one already held."""
    _, shown = reply(hist, "what was this weeks seminar about, i missed it", "2024-10-23T13:00")
    assert "The Atlantic slave trade" in shown
    _, shown = reply(hist, "what was last weeks seminar about", "2024-10-23T13:00")
    assert "The sugar revolution" in shown


def test_the_next_meeting_after_a_named_day(course):
    """ "the next lecture after today" is not today's; the day after "tomorrow" is not called today."""
    _, shown = reply(course, "when is the next actual lecture after today, not a rec", "2024-03-13T14:30")
    assert "Mon Mar 18" in shown
    assert "Today" not in shown
    _, shown = reply(course, "next rec after tomorrow?", "2024-03-13T14:30")
    assert "Fri Mar 15" in shown
    assert "Today" not in shown


@pytest.mark.parametrize(
    ("which", "now", "question", "title", "fact"),
    [
        (
            "course",
            "2024-03-13T14:30",
            "when's the first recitation after the guest lecture",
            "after Wed Mar 20",
            "Recitation 9",
        ),
        ("hist", "2024-10-23T13:00", "whats the next seminar after the workshop", "after Wed Oct 23", "Mon Nov 4"),
    ],
)
def test_the_next_meeting_after_a_named_one_counts_from_it(request, which, now, question, title, fact):
    _, shown = reply(request.getfixturevalue(which), question, now)
    assert title in shown.splitlines()[0]
    assert fact in shown


@pytest.mark.parametrize(
    ("question", "said", "kind"),
    [
        ("is the lsh lecture recorded", "Yes: recording listed.", "info"),
    ],
)
def test_a_lectures_recording_is_answered_from_the_schedule(course, question, said, kind):
    """Whether a day's lecture is recorded, from its row."""
    result, shown = reply(course, question, "2024-02-19 10:00")
    assert first_line(shown).startswith(said), shown
    assert result.answer.kind == kind


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("what's covered in the last week of class", "Review for the final"),
        ("is there section on thanksgiving friday", "No: no discussion section on Fri Nov 29 (Thanksgiving break)."),
        ("is gradient boosting covered", "Yes: on Thu Oct 24."),
        ("is the oct 15 lecture in a different room", "Yes: moved to Bayview Auditorium for one day."),
        ("when's the first lecture in november", "Tue Nov 5"),
    ],
)
def test_meetings_of_the_term_are_answered_from_the_schedule(second_course, question, said):
    """The last week of the term, a weekday inside a break, 'is X covered', a meeting moved for a day, the first
    meeting in a month."""
    _, shown = reply(second_course, question, "2024-10-14 10:00")
    assert said in shown, shown


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("how many lectures are left", "Course Summary and Exam Review"),
        ("when is the last lecture before spring break", "Randomized Linear Algebra"),
    ],
)
def test_the_lectures_left_and_the_last_before_a_break(course, question, said):
    """The meetings left to the term's last, and the last lecture before a break."""
    _, shown = reply(course, question, "2024-02-19 10:00")
    assert said in shown, shown


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("is lecture in halvorsen 100 tomorrow", "No: Bayview Auditorium."),
        (
            "when is the extra midterm review",
            "Discussion section 1C, midterm review (Tue Oct 22, 5:00 PM PDT, Quarry Hall 79)",
        ),
    ],
)
def test_a_meetings_room_and_a_one_off_session(second_course, question, said):
    """A place asked about a day's lecture, and a one-off session."""
    _, shown = reply(second_course, question, "2024-10-14 10:00")
    assert first_line(shown).startswith(said), shown


@pytest.mark.parametrize("question", ["what topics are in the modern methods unit", "whats in the resampling unit"])
def test_a_unit_named_lists_its_days(stat, question):
    result, said = reply(stat, question, "2024-10-10 10:00")
    assert result.parts[0].intent == "topic"
    units = (
        {stat.schedule[i].unit.id for i in result.parts[0].slots["rows"]} if "rows" in result.parts[0].slots else set()
    )
    assert len(units) <= 1
    assert "Unit: “" in said


def test_days_found_by_their_units_name_say_the_unit(stat):
    _, said = reply(stat, "when do we cover regularization", "2024-09-01 10:00")
    assert "Unit: “Resampling, regularization and non-linear methods”" in said
    assert "Ridge regression" in said
    assert "The lasso" in said


def test_a_shortened_topic_word(course):
    _result, said = reply(course, "when do we do hyperparam tuning", "2024-03-01 10:00")
    assert "Wed Mar 27" in said
    assert "Hyperparameter Tuning" in said


@pytest.mark.parametrize(
    ("question", "now", "facts"),
    [
        (
            "what's the timeline from now until the final examination",
            "2024-11-01 10:00",
            ["Essay 2", "Proposal", "Mon Dec 9"],
        ),
        ("everything coming up before the exam?", "2024-11-22 09:15", ["Proposal", "Mon Dec 2", "Mon Dec 9"]),
    ],
)
def test_everything_in_a_span_has_its_deadlines_and_exams(hist, question, now, facts):
    _, said = reply(hist, question, now)
    for fact in facts:
        assert fact in said


def test_whats_going_on_over_some_days_has_what_is_due(stat):
    _, said = reply(stat, "whats going on in the class in the next 5 days", "2024-12-03 13:30")
    assert "Report" in said
    assert "Fri Dec 6" in said


def _chem_guest_note(note: str):
    chem = course_in("tests/fixtures/courses/chem-1310-s26")
    rows = tuple(
        replace(r, announcements=(*r.announcements, note)) if "batteries" in r.keywords else r for r in chem.schedule
    )
    return replace(chem, schedule=rows)


@pytest.mark.parametrize(
    ("note", "start"),
    [
        ("It will not be recorded.", "No"),
        ("It will be recorded and posted on Canvas.", "Yes"),
    ],
)
def test_whether_a_session_is_recorded_is_what_its_note_says(note, start):
    course = _chem_guest_note(note)
    question = "i usually just watch the recordings. is the guest lecture going to be up on canvas"
    _, said = reply(course, question, "2026-04-01 10:00")
    assert first_line(said).startswith(start)


def test_a_session_whose_note_says_nothing_of_recording_is_as_its_materials_say():
    chem = course_in("tests/fixtures/courses/chem-1310-s26")  # its guest lecture lists a Panopto recording
    _, said = reply(chem, "i usually watch the recordings. is the guest lecture going to be up too", "2026-04-01 10:00")
    assert first_line(said).startswith("Yes: a recording is listed")
    plain = replace(chem, schedule=tuple(replace(r, resources=()) for r in chem.schedule))
    _, said = reply(
        plain, "i usually watch the recordings. is the guest lecture going to be up too", "2026-04-01 10:00"
    )
    assert not first_line(said).startswith(("Yes", "No"))


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("is 1a discussion still on oct 23 with the midterm that night", True),
        ("is there discussion on oct 23 even though the midterm is that evening", True),
        ("is there lecture on oct 23 with the midterm that evening", False),  # lectures are tue/thu
        ("im in 1e do we have discussion on thursday", True),
    ],
)
def test_a_meeting_on_a_day_an_exam_falls_on_is_what_is_asked(stat, question, yes):
    """An exam named as falling that day ("the midterm that night") dates the meeting asked about; it is not asked."""
    result, said = reply(stat, question, "2024-10-21 10:00")
    assert result.parts[0].intent == "schedule_day"
    assert first_line(said).startswith("Yes" if yes else "No")


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("what lectures are left after the midterm", "schedule_range"),  # every one still to come after it
        ("which discussion sections remain after the midterm", "schedule_range"),
        ("whats the first lecture after the midterm", "next_class"),  # the one next after it
    ],
)
def test_meetings_left_after_an_exam_are_all_of_them(stat, question, intent):
    """ "left" / "remain" after an exam asks for every meeting after it, not the next one."""
    result, _ = reply(stat, question, "2024-10-01 10:00")
    assert result.parts[0].intent == intent


@pytest.mark.parametrize(
    ("question", "intent", "fact"),
    [
        ("what do the lectures after thanksgiving cover", "schedule_range", "Review for the final"),
        ("which topics come up in lecture after the midterm", "schedule_range", "Survival analysis"),
        ("what are the classes after the midterm about", "schedule_range", "Kernels"),
        ("whats the topic of the lecture after the midterm", "next_class", "Boosting"),
        ("what is covered in class after thanksgiving", "next_class", "Review for the final"),
    ],
)
def test_what_meetings_after_a_break_or_exam_cover(stat, question, intent, fact):
    """What the meetings after a break or an exam cover: every one in the plural, the first one in the singular."""
    result, said = reply(stat, question, "2024-10-01 10:00")
    assert (result.parts[0].intent, result.parts[0].confidence >= 0.6) == (intent, True)
    assert fact in said


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("is there a break in november", "Yes: Veterans Day (Mon Nov 11); Thanksgiving break (Wed Nov 27"),
        ("any days off in the next 2 weeks", "No: none in the next 2 weeks."),
        ("is there a day off in september", "Yes: Labor Day (Mon Sep 2)."),  # "a day" is not a span from now
        ("is there a holiday in december", "None of the term's class days in December is off"),  # the term ends
        ("any days off during the midterm", "No: none on Midterm."),  # an exam's day, said as a day
    ],
)
def test_days_without_class_in_a_span_asked(stat, question, first):
    """Days off asked in a month or span: those days only, Yes or No first; past the term's end, no plain No."""
    result, said = reply(stat, question, "2024-10-01 10:00")
    assert result.parts[0].intent == "no_class"
    assert first_line(said).startswith(first)


def test_a_part_of_the_day_keeps_only_its_meetings(stat, hist):
    """ "which discussion sections meet wednesday afternoon": those starting then; "any tutorials friday morning"
    when none do: No, with that day's others at their times."""
    _, said = reply(stat, "which discussion sections meet wednesday afternoon", "2024-10-01 10:00")
    assert all(s in said for s in ("1C", "1D")), said
    assert not any(s in said for s in ("1A", "1B")), said
    _, said = reply(stat, "is there a discussion section on wednesday morning", "2024-10-01 10:00")
    assert first_line(said).startswith("Yes: Discussion section 1A at 9:00 AM"), said
    assert "1D" not in said
    _, said = reply(hist, "any tutorials friday morning", "2024-10-01 10:00")
    assert first_line(said) == "No: no tutorials on Fri Oct 4 morning; that day's:", said
    assert "1:00 PM" in said


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("is there a review class before exam 2, when", "Yes: Course Summary and Exam Review (Mon Apr 22)"),
        ("is there a recitation this week, when", "No: no recitation this week"),  # spring break
    ],
)
def test_a_trailing_when_after_is_there_asks_its_day_with_the_yes(question, first):
    """ "is there X before exam 2, when": whether it is held in that span, the Yes naming its day."""
    result, said = reply(course_in("data/10-605-s24"), question, "2024-03-04 10:00")
    assert result.parts[0].intent == "schedule_range"
    assert first_line(said).startswith(first)


@pytest.mark.parametrize(
    ("course_name", "now", "question", "shown"),
    [
        ("stat", "2024-10-01 10:00", "do i have discussion next week? im in 1g", ["Fri Oct 11", "10:00 AM"]),
        (
            "stat",
            "2024-10-14 10:00",
            "im in 1c, is there discussion next week",
            ["5:00 PM", "12:00 PM", "Quarry Hall 79"],
        ),
        ("hist", "2024-10-14 10:00", "is there a tutorial next week for t1", ["Thu Oct 24", "9:00 AM"]),
    ],
)
def test_a_sections_meeting_in_a_span_asked_yes_or_no_shows_its_times(request, course_name, now, question, shown):
    """Yes, with the section's own meetings in the span (time and room), not the lectures' topics."""
    _, said = reply(request.getfixturevalue(course_name), question, now)
    assert first_line(said).startswith("Yes"), said
    for fact in shown:
        assert fact in said, (question, fact)


# Each course's folder, the clock, and its lecture hall (never the answer when lectures are ruled out).
_RULED_OUT_COURSES = {
    "chem": ("tests/fixtures/courses/chem-1310-s26", "2026-03-04 14:00", "Kessler Hall"),
    "stat": ("data/stat-187-f24", "2024-10-14 10:00", "Halvorsen Hall"),
}


@pytest.mark.parametrize(
    ("course", "question", "shown"),
    [
        ("chem", "im in section 102, when is my next class that isnt a lecture", "Thu Mar 5, 1:00 PM"),  # its lab
        ("chem", "whens my next class apart from the lecture, im in 102", "Sorensen Hall 310"),
        ("stat", "when is my next class besides lecture? i'm section 1c", "Quarry Hall 79"),  # its discussion
    ],
)
def test_the_next_class_leaves_out_a_kind_ruled_out(course, question, shown):
    """ "my next class (not lab)", "besides lecture", "that isn't a lecture": the next meeting of another kind."""
    folder, now, lecture_hall = _RULED_OUT_COURSES[course]
    _, said = reply(course_in(folder), question, now)
    assert shown in said
    assert lecture_hall not in said


def test_classes_starting_again_after_a_break_is_the_first_class_after_it(geo):
    """ "when do classes start again after the easter break": the first class after it, not the term's start."""
    for question in (
        "when do classes start again after the easter break",
        "when does class resume after easter break",
        "once easter break is over when's our first class back",
    ):
        _, said = reply(geo, question, "2025-03-26 10:00")
        assert first_line(said).startswith("Mon Apr 28, 2:15 PM"), said


def test_the_first_class_inside_a_break_with_none_says_so(geo):
    """ "whats the first class during easter break": there is none, said, never an empty answer."""
    _, said = reply(geo, "whats the first class during easter break", "2025-04-10 10:00")
    assert "There is no class in Easter break" in said


@pytest.mark.parametrize(
    ("question", "opens", "fact"),
    [
        ("do we cover the lasso in november", "No", "Thu Oct 3"),  # its day is outside the month named
        ("is survival analysis taught sometime in december", "No", "Thu Nov 21"),
        ("is there a lecture on survival analysis in november", "Yes", "Thu Nov 21"),
        ("do we learn about random forests at some point", "Yes", "Tue Oct 22"),  # a vague "when": whether at all
    ],
)
def test_a_topic_asked_of_a_span_is_yes_only_inside_it(stat, question, opens, fact):
    """A yes/no about a topic in a month or week named: its days decide, never a Yes for a day outside the span."""
    _, said = reply(stat, question, "2024-10-01 10:00")
    assert first_line(said).startswith(opens)
    assert fact in first_line(said)


def test_the_weekday_in_a_day_offs_own_name_is_no_day_asked():
    """ "the first class after good friday": the first after that day off (the Monday), never the Friday after it;
    "the friday after good friday" still asks that Friday."""
    from bot.course.model import ScheduleDay

    hist = course_in("tests/fixtures/courses/hist-210-a24")
    good_friday = ScheduleDay(D("2024-11-01"), "holiday", "Good Friday (university closed)")
    course = replace(hist, schedule=tuple(sorted((*hist.schedule, good_friday), key=lambda r: r.date)))
    _, said = reply(course, "when does class start back up after good friday", "2024-10-21 10:00")
    assert "Mon Nov 4" in said, said
    _, said = reply(course, "whats on the friday after good friday", "2024-10-21 10:00")
    assert "Fri Nov 8" in said, said


# Days outside the term asked of, by course and clock: each question with what is said of the term.
_OUTSIDE_TERM = {
    ("data/stat-187-f24", "2024-10-01 10:00"): {
        "is there class on christmas": "after the term ends",
        "do we have lecture on aug 20": "before the term starts",
    },
    ("tests/fixtures/courses/chem-1310-s26", "2026-03-01 10:00"): {"any class on new year's day": "before the term"},
    ("tests/fixtures/courses/hist-210-a24", "2024-10-01 10:00"): {"is there a seminar on christmas": "after the term"},
}


@pytest.mark.parametrize(
    ("at", "question"), [(at, question) for at, questions in _OUTSIDE_TERM.items() for question in questions]
)
def test_a_day_outside_the_term_is_said_to_be_outside_it(at, question) -> None:
    """A yes/no about class on a day (a holiday) outside the term: No, the day outside it, and the term's span."""
    said, said_of_term = reply(course_in(at[0]), question, at[1])[1], _OUTSIDE_TERM[at][question]
    assert (first_line(said)[:3], said_of_term in said, "the term runs from" in said) == ("No:", True, True), said


@pytest.mark.parametrize(
    ("folder", "question", "now", "first"),
    [
        (  # "tomorow" respelled before reading: a day asked of, never a piece of work the page does not list
            "tests/fixtures/courses/chem-1310-s26",
            "is there lab tomorow",
            "2026-01-18 10:00",
            "No: no lab on Mon Jan 19 (Martin Luther King Jr. Day). Labs next meet Wed Jan 21.",
        ),
        (
            "tests/fixtures/courses/chem-1310-s26",
            "is there a lab tmrrw",
            "2026-01-18 10:00",
            "No: no lab on Mon Jan 19 (Martin Luther King Jr. Day). Labs next meet Wed Jan 21.",
        ),
        (
            "data/stat-187-f24",
            "is there lecture wednsday",
            "2024-11-25 10:00",
            "No: no lecture on Wed Nov 27 (Thanksgiving break). Lecture next meets Tue Dec 3, 11:00 AM.",
        ),
    ],
)
def test_a_day_asked_with_a_misspelled_day_word_is_that_day_and_its_day_off_named(folder, question, now, first):
    """A misspelled day word is that day; a meeting not held on a day off says No with the day off's name."""
    _, said = reply(course_in(folder), question, now)
    assert first_line(said) == first


@pytest.mark.parametrize(
    ("question", "shown", "first"),
    [
        ("where are the slides for thursdays lecture", "slides <https://stat187.pcsu.example.edu/slides/11.pdf>", None),
        ("wheres the recording of todays lecture", "Ridge regression", "No recording is listed for it; ask on Ed."),
    ],
)
def test_a_material_of_a_days_meeting_is_that_days_row(stat, question, shown, first):
    """ "the slides for thursday's lecture": that day's row with its materials (their links), or that none is listed,
    never only the meeting's time and room."""
    _, said = reply(stat, question, "2024-10-01 10:00")
    assert shown in said
    if first is not None:
        assert first_line(said) == first


@pytest.mark.parametrize(
    ("folder", "question", "now", "first"),
    [
        # STAT 187 lists no reading or recording for any meeting: the page is silent on them, never a No
        ("data/stat-187-f24", "is there a reading for tuesday's lecture", "2024-10-14 10:00", "No reading is listed"),
        ("data/stat-187-f24", "is there a recording for thursdays lecture", "2024-10-14 10:00", "No recording is"),
        ("data/stat-187-f24", "are there slides for tuesday", "2024-10-14 10:00", "Yes: slides listed."),
        # 10-605 lists readings for some lectures: one listing none is a No
        ("data/10-605-s24", "is there a reading for monday's lecture", "2024-02-05 10:00", "No: no reading is listed."),
        # asked without "is there": still the material, never whether the day has class ("Yes: <its topic>")
        ("data/10-605-s24", "any readings for monday's lecture?", "2024-02-05 10:00", "No: no reading is listed."),
        ("data/10-605-s24", "do we have readings for monday's lecture", "2024-02-05 10:00", "No: no reading is"),
        ("data/10-605-s24", "do we have any readings for wednesday's lecture", "2024-02-05 10:00", "Yes: reading"),
        ("data/stat-187-f24", "any readings for tuesdays class?", "2024-10-01 10:00", "No reading is listed for it"),
    ],
)
def test_whether_a_day_has_a_material_is_no_only_where_the_course_lists_that_kind(folder, question, now, first):
    """ "is there a reading for tuesday's lecture": Yes or No from the day's row where the course lists that kind of
    material for some meeting; where it lists none at all, that none is listed for it and where to ask, no verdict."""
    _, said = reply(course_in(folder), question, now)
    assert first_line(said).startswith(first), said


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("is tuesdays lecture the clustering one", "Yes: on Tue Nov 12."),  # that day's row, not the topic's other day
        ("is thursday's lecture the clustering one", "Yes: on Thu Nov 14."),
        ("is the lecture on nov 19 the clustering one", "No: no “clustering” on Tue Nov 19."),
    ],
)
def test_a_topic_asked_of_one_day_answers_with_that_day(stat, question, first):
    """ "is monday's lecture the revision one": Yes with that day only (the topic's other days are no answer), No with
    what that day holds."""
    _, said = reply(stat, question, "2024-11-08 10:00")
    assert first_line(said) == first


@pytest.mark.parametrize(
    "question", ["is the bootstrap lecture on oct 10", "is bootstrap on thursday oct 10 like normal"]
)
def test_a_topic_asked_on_a_day_it_is_not_on_is_no_with_its_own_days(stat, question):
    """ "is lab 10 on wed nov 18 like normal" of a topic held another day: No for that day, then the day it is on
    ("like normal" asks nothing more, so the question is read whole, not hedged)."""
    _, said = reply(stat, question, "2024-10-01 10:00")
    assert first_line(said).startswith("No"), said
    assert "is on:" in said, said
    assert "Tue Sep 24" in said, said
