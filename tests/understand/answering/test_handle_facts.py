"""Facts, staff and sections answered (bot.understand.answering.handle_facts): meeting links and times by the course's
own kinds, a role nobody holds in a section."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.course.model import Claim, Policy
from tests.understand.conftest import course_in, first_line, reply


def test_the_link_of_a_meeting_held_online_is_given(geo):
    _, said = reply(geo, "whats the link for the colloquium", "2025-03-26 10:00")
    assert "https://meet.example/geo2210-kolloq" in said


def test_lecture_names_the_main_meeting_of_a_course_without_lectures(geo):
    _, said = reply(geo, "when is lecture", "2025-03-26 10:00")
    assert "H 0104" in said


def test_a_role_nobody_holds_in_a_section_is_said_not_to_be_named(geo, second_course):
    result, said = reply(geo, "who is the student assistant for group nord", "2025-03-26 10:00")
    assert result.answer.kind == "unknown"
    assert "names no Student Assistant for Practical group Nord" in said
    result, said = reply(geo, "who is the field tutor for nord", "2025-03-26 10:00")
    assert result.answer.kind == "info"
    assert "Tomasz Wierzbicki" in said
    result, _ = reply(second_course, "who is the ta for 1c", "2024-10-01 10:00")
    assert result.answer.kind == "info"


def test_the_last_meeting_of_a_section_is_said(stat):
    """Its last meeting (the section's card carries it as "Last this term")."""
    result, shown = reply(stat, "when's the last 1H section of the term", "2024-11-20T17:15")
    assert [p["slots"]["section"] for p in result.as_json()["parts"]] == ["1H"]
    assert "Fri Dec 6" in shown
    assert "1H" in shown


@pytest.mark.parametrize(
    ("which", "question", "now", "last"),
    [
        ("hist", "when's the last tutorial for group T2", "2024-10-23 13:00", "Thu Nov 14"),
        ("hist", "last tutorial for grp t3?", "2024-10-23 13:00", "Fri Nov 15"),
        ("geo", "when is the last practical for gruppe süd", "2025-05-08 09:30", "Thu Jun 12"),
        ("second_course", "when's the last 1H section of the term", "2024-11-04 10:00", "Fri Dec 6"),
    ],
)
def test_the_last_meeting_of_a_section_on_every_course(request, which, question, now, last):
    result, said = reply(request.getfixturevalue(which), question, now)
    assert result.parts[0].intent == "section"
    assert f"Last this term: {last}" in said


@pytest.mark.parametrize(
    ("which", "question", "now", "last"),
    [
        ("hist", "when is the final t2 tutorial of term", "2024-10-23 13:00", "Thu Nov 14"),
        ("geo", "final practical for group süd?", "2025-05-07 10:00", "Thu Jun 12"),
    ],
)
def test_final_before_a_sections_meeting_is_its_last_not_the_final_exam(request, which, question, now, last):
    result, said = reply(request.getfixturevalue(which), question, now)
    assert result.parts[0].intent == "section"
    assert f"Last this term: {last}" in said


def test_the_final_exam_is_still_the_final_exam(hist):
    result, _ = reply(hist, "when is the final exam", "2024-10-23 13:00")
    assert result.parts[0].intent == "exam"


def test_a_sections_own_name_is_the_section_not_the_work_named_after_it(geo):
    for question in ("who leads the nord group", "nord prac time + room", "when is the nord practical"):
        result, said = reply(geo, question, "2025-05-08 09:30")
        assert result.parts[0].intent in ("section", "course_fact"), question
        assert "log-nord" not in str(result.parts[0].slots)
        assert "Tomasz Wierzbicki" in said
        assert "EB 222" in said
    result, _ = reply(geo, "is the nord log due friday", "2025-05-08 09:30")  # work due: the field log
    assert result.parts[0].slots.get("assignments") == ("log-nord",)


def test_a_role_in_a_section_stays_with_the_staff(geo):
    result, _ = reply(geo, "who is the student assistant for group nord", "2025-03-20 10:00")
    assert result.answer.kind == "unknown"


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("when is the colloquium and is it online", "Yes"),
        ("when's the kolloquium, is it in person", "No"),
        ("when is the plenary and is it online", "No"),
    ],
)
def test_a_meetings_time_and_mode_asked_together(geo, question, first):
    _, said = reply(geo, question, "2025-05-08 09:30")
    assert first_line(said).startswith(first)
    assert "Fridays" in said or "Mondays" in said


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("who teaches the wednesday sections", "Marco Bellini"),
        ("how many gsis are there", "Diego Alvarez"),
    ],
)
def test_who_runs_meetings_and_how_many_hold_a_role(second_course, question, said):
    """Who runs a day's meetings, who holds a role."""
    _, shown = reply(second_course, question, "2024-10-14 10:00")
    assert said in shown, shown


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("is ameet or geoff teaching", "Geoff Gordon"),
    ],
)
def test_two_people_asked_at_once_about_teaching(course, question, said):
    """Two people named at once."""
    _, shown = reply(course, question, "2024-02-19 10:00")
    assert said in shown, shown


@pytest.mark.parametrize(
    ("question", "said", "kind"),
    [
        ("what does the reader do", "What they do for the course is not on the course page", "unknown"),
    ],
)
def test_a_roles_duties_the_page_does_not_give_are_unknown(second_course, question, said, kind):
    """What a role does, when the page does not say."""
    result, shown = reply(second_course, question, "2024-10-14 10:00")
    assert said in shown, shown
    assert result.answer.kind == kind


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("does section 1b meet in halvorsen hall", "Yes:"),
    ],
)
def test_a_sections_room_asked_as_yes_no(second_course, question, said):
    """A section's room asked about."""
    _, shown = reply(second_course, question, "2024-10-14 10:00")
    assert first_line(shown).startswith(said), shown


@pytest.mark.parametrize(
    ("question", "said", "kind"),
    [
        ("is section 1g on zoom", "Yes: it meets online.", "info"),
        ("is discussion 1a online", "No: it meets in person.", "info"),
    ],
)
def test_whether_a_section_meets_online(second_course, question, said, kind):
    """A section on Zoom or online, from its mode."""
    result, shown = reply(second_course, question, "2024-10-14 10:00")
    assert first_line(shown).startswith(said), shown
    assert result.answer.kind == kind


def test_an_exam_on_a_day_is_its_date_not_what_it_covers(course):
    """ "is exam 2 (still) on apr 24": Yes or No from its date; "is the apr 15 lecture on exam 2" is not a date."""
    _, said = reply(course, "is exam 2 still on apr 24", "2024-04-03 10:00")
    assert first_line(said).startswith("Yes")
    _, said = reply(course, "is exam 2 on apr 25", "2024-04-03 10:00")
    assert first_line(said).startswith("No")
    _, said = reply(course, "is the apr 15 lecture on exam 2", "2024-04-03 10:00")
    assert not first_line(said).startswith(("Yes", "No"))


def test_a_share_of_the_grade_stated(stat):
    _, said = reply(stat, "is the final worth 30 percent", "2024-11-01 10:00")
    assert first_line(said) == "Yes: Final: 30% of the grade."
    _, said = reply(stat, "is the final exam 40%", "2024-11-01 10:00")
    assert first_line(said).startswith("No")


def test_a_role_yes_no_is_not_given_for_something_of_theirs(second_course):
    """ "is the instructor's office hour cancelled" asks about their hours: the card, never "Yes: ... is an
    Instructor" (hostile3 finding 4)."""
    from bot.understand.answering.asked import Asked
    from bot.understand.answering.handle_facts import staff
    from bot.understand.answering.replies import opening_verdict
    from tests.conftest import at

    person = next(p for p in second_course.people if p.role == "instructor")
    slots = {"person": person.id, "role": "instructor"}
    asked = Asked(second_course, at("2024-10-01 10:00"), None, None, None, True, "is the instructor's hour cancelled")
    assert opening_verdict(staff(asked, slots)) is None
    plain = Asked(second_course, at("2024-10-01 10:00"), None, None, None, True, f"is {person.name} the instructor")
    assert opening_verdict(staff(plain, slots)) is True


def test_an_exam_rules_question_the_course_s_claim_decides_gets_its_yes_or_no(stat):
    """ "is the midterm open book": no exam rule speaks of books, but the course's decided claim does."""
    claim = Claim(False, ("exam open book", "open book exam"), "The midterm is closed-book.")
    rule = Policy("exam-format", "Exam format", "", "The midterm is closed-book.", claims=(claim,))
    course = replace(stat, policies=(*stat.policies, rule))
    _, said = reply(course, "is the midterm open book", "2024-10-01 10:00")
    assert said.splitlines()[2].startswith("No")
    assert "closed-book" in said.splitlines()[2]


CHEM = "tests/fixtures/courses/chem-1310-s26"


def test_must_i_go_to_a_meeting_held_in_person_is_not_answered_by_its_mode(second_course):
    """ "do i have to attend lecture in person": that it meets in person is no Yes to having to go."""
    result, said = reply(second_course, "do i have to attend lecture in person", "2024-10-14 10:00")
    assert result.answer.kind == "unknown"
    assert not first_line(said).startswith(("Yes", "No"))
    assert "whether you must attend" in said


def test_must_i_go_gets_a_rule_keyed_by_attending_that_meeting():
    """CHEM 1310's iClicker rule is keyed "lecture attendance": it is what decides going to lecture."""
    from tests.understand.conftest import course_in

    _result, said = reply(course_in(CHEM), "do we really need to show up to lectures in person", "2026-03-04 14:00")
    assert "iClicker" in said


def test_is_it_in_person_still_gets_its_yes(second_course):
    _, said = reply(second_course, "is lecture in person", "2024-10-14 10:00")
    assert first_line(said).startswith("Yes")


@pytest.mark.parametrize(
    ("which", "question", "runs", "others"),
    [
        ("stat", "who is my ta? im in 1C", "Marco Bellini", ("Priya Raman", "Hana Okafor")),
        ("hist", "who would my tutor be? im in T3", "Hannah Lindqvist", ("Tomas Reyes",)),
    ],
)
def test_my_ta_after_the_section_told_is_the_one_running_it(request, which, question, runs, others):
    """The section told after the question ("who is my ta? im in 1C"): the one who runs it, not every TA."""
    _, said = reply(request.getfixturevalue(which), question, "2024-10-01 10:00")
    assert runs in said, said
    assert not any(other in said for other in others), said


def test_my_professor_is_not_narrowed_to_a_section_they_do_not_run(stat):
    """ "who is my instructor? i'm in 1C": the instructor runs no section, so the instructor, never "not named"."""
    result, said = reply(stat, "who is my instructor? i'm in 1C", "2024-10-01 10:00")
    assert "Elena Vasquez-Marlowe" in said
    assert result.answer.kind != "unknown"


def test_a_meeting_on_an_exams_day_asked_as_usual(stat):
    """ "is discussion 1C at the usual time on midterm day": that day's meeting and its changes, not the exam's card."""
    _, said = reply(stat, "is discussion 1C at the usual time on midterm day", "2024-10-01 10:00")
    assert first_line(said).startswith("Yes: no change on Wed Oct 23"), said
    assert "12:00 PM" in said


def _exam_in_exam_hall(stat):
    """STAT 187 with its final called "Exam", written in Exam Hall 1, under rules naming calculators and the hall."""
    final = replace(
        stat.exam("final"),
        title="Exam",
        aliases=("the exam", "final"),
        location="Exam Hall 1, Main Building",
        rules=("Calculators are not allowed.", "You may leave the hall at the earliest 30 minutes after the start."),
    )
    return replace(stat, exams=tuple(final if e.id == "final" else e for e in stat.exams))


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("calculators allowed in the exam?", "No"),
        ("is a calculator ok for the exam", "No"),
        ("can i take my calculator into the exam", "No"),
    ],
)
def test_an_exam_named_like_its_room_is_the_exam_not_a_place(stat, question, opening):
    """ "in the exam" is the exam when its rooms are called Exam Hall: the rule on what is asked decides."""
    _, said = reply(_exam_in_exam_hall(stat), question, "2024-11-20 10:00")
    assert first_line(said).startswith(f"{opening}:")


@pytest.mark.parametrize("question", ["are phones allowed in the exam?", "laptops ok in the exam?"])
def test_a_rule_sharing_only_the_exams_name_decides_nothing(stat, question):
    """A clause about leaving the hall says nothing of phones: no Yes or No on it."""
    _, said = reply(_exam_in_exam_hall(stat), question, "2024-11-20 10:00")
    assert not first_line(said).startswith(("Yes", "No"))


@pytest.mark.parametrize(
    ("which", "question", "now", "opening"),
    [
        ("hist", "is a textbook permitted in the final exam?", "2024-11-01 10:00", "No"),
        ("hist", "are books permitted in the exam?", "2024-11-01 10:00", "No"),
        ("geo", "is a calculater allowed in the klausur", "2025-05-01 10:00", "Yes"),
    ],
)
def test_what_may_be_brought_is_decided_by_the_rule_naming_it(request, which, question, now, opening):
    """A thing asked in other words than the rule's ("textbook" of "books") still gets the rule's Yes or No."""
    _, said = reply(request.getfixturevalue(which), question, now)
    assert first_line(said).startswith(f"{opening}:")


@pytest.mark.parametrize(
    ("course", "question", "first"),
    [
        ("stat", "is lecture online or in person", "In person: it meets in person."),
        ("hist", "is the seminar online or in person", "In person: it meets in person."),
        ("geo", "is the plenary in person or online", "In person: it meets in person."),
        ("stat", "is lecture in person", "Yes: it meets in person."),
        ("stat", "is lecture online", "No: it meets in person."),
    ],
)
def test_online_or_in_person_asked_as_a_choice_gets_the_way_first(request, course, question, first):
    """A choice between the two ways gets the way it is held, never a Yes or No that hangs on word order; a plain
    yes/no keeps its Yes or No."""
    from tests.understand.conftest import first_line, reply

    said = reply(request.getfixturevalue(course), question, "2024-10-01 10:00")[1]
    assert first_line(said) == first, said


@pytest.mark.parametrize(
    ("course", "question", "kind"),
    [
        ("stat", "where is the make-up discussion section", "discussion section"),
        ("stat", "wheres the makeup discussion section", "discussion section"),
    ],
)
def test_a_make_up_meeting_the_page_does_not_list_is_said_so(request, course, question, kind):
    """Asked where or when a make-up meeting is, on a course listing none: the page does not list it, and the
    regular meetings follow as what the page does say, never as the make-up's room or time."""
    from tests.understand.conftest import first_line, reply

    result, said = reply(request.getfixturevalue(course), question, "2024-10-01 10:00")
    assert result.answer.kind == "unknown", said
    assert first_line(said).startswith(f"A make-up {kind} is not on the course page"), said


@pytest.mark.parametrize(
    ("folder", "question", "now", "day"),
    [
        ("tests/fixtures/courses/chem-1310-s26", "where is the make-up lab", "2026-03-09 10:00", "Fri Mar 13"),
        # GEO's extra practical on Apr 4 is a make-up by its reason ("GPS field exercise (make-up)")
        ("tests/fixtures/courses/geo-2210-s25", "where is the make-up practical", "2025-03-20 09:00", "Fri Apr 4"),
    ],
)
def test_a_make_up_the_page_lists_is_left_to_the_schedule(folder, question, now, day):
    """A course whose schedule lists a make-up meeting (CHEM's lab for section 102, GEO's extra practical) answers
    with it, not "not listed"."""
    from tests.understand.conftest import course_in, reply

    said = reply(course_in(folder), question, now)[1]
    assert "is not on the course page" not in said, said
    assert day in said, said


@pytest.mark.parametrize(
    ("folder", "question", "now", "first"),
    [
        ("data/10-605-s24", "is hw3 only for 605 students", "2024-02-12 10:00", "No: HW3 is for 10-405 and 10-605."),
        ("data/10-605-s24", "do only 405 students do hw3", "2024-02-12 10:00", "No: HW3 is for 10-405 and 10-605."),
        ("data/10-605-s24", "is hw3 for 605 students", "2024-02-12 10:00", "Yes: 10-605 students do HW3."),
        ("data/10-605-s24", "is the mini-project only for 605 students", "2024-02-12 10:00", "Yes"),
        ("tests/fixtures/courses/geo-2210-s25", "is practical sheet 3 only for group nord", "2025-04-01 10:00", "No"),
        ("tests/fixtures/courses/geo-2210-s25", "is the field log only for group nord", "2025-04-01 10:00", "Yes"),
    ],
)
def test_work_asked_for_one_section_only_is_no_where_another_does_it_too(folder, question, now, first):
    """ "is hw3 only for 605 students" of work 10-405 does too: No naming every section it is for; work for that
    section alone, or asked without "only", keeps its Yes."""
    result, said = reply(course_in(folder), question, now)
    assert result.parts[0].intent == "assignment_for", said
    assert first_line(said).startswith(first), said


@pytest.mark.parametrize("question", ["when and where is the archive visit", "what time is the archive visit"])
def test_a_kind_held_only_as_schedule_rows_with_their_time_and_room_is_known(question):
    """ "when and where is the poster session": a kind with no weekly meeting whose rows give time and room is
    answered from them, never "not on the course page"."""
    from bot.core.render_text import answer_text
    from bot.understand.answering.asked import Asked
    from bot.understand.answering.handle_facts import course_fact
    from tests.conftest import at

    hist = course_in("tests/fixtures/courses/hist-210-a24")
    asked = Asked(hist, at("2024-10-01 10:00"), None, None, None, False, question)
    fact = "meeting_place" if "where" in question else "meeting_time"
    answer = course_fact(asked, {"fact": fact, "kind": "visit"})
    said = answer_text(answer, hist.tz, at("2024-10-01 10:00"))
    assert answer.kind == "info", said
    assert "The National Archives, Kew" in said
    assert "not on the course page" not in said


def test_a_role_asked_for_one_section_alone_needs_someone_of_that_section_only(course):
    """ "is there a ta for 10-405 only": the course's TAs serve everyone, none that section alone, so No with them all;
    without "only" the TAs are there for it, a Yes."""
    _, said = reply(course, "is there a ta for 405 only", "2024-02-12 10:00")
    assert first_line(said).startswith("No: the course page names no TA for 10-405 alone")
    _, said = reply(course, "is there a ta for 405", "2024-02-12 10:00")
    assert first_line(said).startswith("Yes")
