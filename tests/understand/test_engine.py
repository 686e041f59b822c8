"""The answer engine: questions phrased the way students write them reach the right answer, every part of
them; unsure readings become options; what cannot be answered is said plainly."""

from __future__ import annotations

import dataclasses
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core.render_text import answer_text
from bot.understand.engine import _one_question, _pieces, answer_question, engine_for, read_question, warm
from bot.understand.question.result import Part
from tests.conftest import REPO, at, local
from tests.understand.conftest import course_in, first_line, reply, tables_built_after_warming

NOW = at("2024-02-12 10:00")  # Monday of the LSH week
UNREAD = "I couldn't tell what you meant by"


def ask(course, question, now=NOW, **kw):
    answer = answer_question(course, question, now, **kw)
    return answer, answer_text(answer, course.tz, now)


@pytest.mark.parametrize(
    ("question", "must_contain"),
    [
        ("when is hw3 due?", ["HW3 is due Wed Feb 21, 11:59 PM EST"]),
        ("When's homework 3 due", ["HW3 is due Wed Feb 21, 11:59 PM EST"]),
        ("HW 4 part b deadline", ["HW4 Part B is due Mon Mar 18, 11:59 PM EDT"]),
        ("hw4", ["HW4 Part A is due", "HW4 Part B is due"]),
        ("when is the mini project due", ["Mini-project is due Wed Apr 17, 11:59 PM EDT", "10-605"]),
        ("mini project survey deadline?", ["Mini-project survey is due Fri Mar 29"]),
        ("what's due this week", ["Due this week", "HW2: Wed Feb 14, 11:59 PM EST (in 2 days)"]),
        ("anything due tomorrow?", ["Nothing is due tomorrow", "Next up: HW2"]),
        ("what is due in the next 10 days", ["HW2", "HW3"]),
        ("any deadlines next week", ["HW3", "Wed Feb 21, 11:59 PM EST"]),
        ("when does hw5 come out", ["HW5", "Mon Mar 18"]),
        ("who has office hours right now", ["No office hours are running right now", "Jayesh Singla"]),
        ("office hours on wednesday", ["Office hours on Wed Feb 14", "Li Chen", "Siyuan Lin"]),
        ("OH tomorrow?", ["Office hours on Tue Feb 13", "Atharva Anand Joshi"]),
        ("when are Katie Zhang's office hours", ["Katie Zhang", "Tue Feb 20, 3:00 PM EST", "Remote"]),
        ("is there oh during spring break? oh on march 5", ["Office hours on Tue Mar 5", "Spring Break"]),
        ("when is LSH", ["Wed Feb 14", "LSH"]),
        ("when do we cover t-SNE?", ["Mon Jan 29", "t-SNE"]),
        ("nystrom", ["Wed Feb 7", "Nyström"]),
        ("is there class on friday", ["Schedule for Fri Feb 16", "Recitation 5"]),
        ("what's the next recitation", ["Next recitation", "Fri Feb 16"]),
        ("which days have no class", ["Wed Feb 28", "Spring Break", "Spring Carnival"]),
        ("what's on Feb 26", ["Exam 1"]),
        ("when is the midterm", ["Exam 1", "Mon Feb 26, 2024", "in class"]),
        ("I have a conflict with exam 2", ["Exam 2", "conflict form will be released on Piazza", "Wed Apr 3"]),
        ("who is the head TA?", ["Jacob Rast", "Steph"]),
        ("who teaches this course", ["Ameet Talwalkar", "Geoff Gordon"]),
        ("who is Gabriel", ["Gabriel Fonseca is a TA", "Fridays 11:00 AM"]),
        ("can I use ChatGPT on homework?", ["Generative AI", "disclose"]),
        ("what's the late policy", ["Grace days and late homework", "50%"]),
        ("how do regrades work", ["Regrade requests", "1 week"]),
        ("can I audit this class", ["Official auditing", "not permitted"]),
        ("is pass/fail allowed", ["Pass/Fail is allowed"]),
        ("what are the prereqs", ["10-601"]),
        ("difference between 10-405 and 10-605", ["mini-project"]),
        ("can I look at solutions online from past years", ["Previously used assignments"]),
        ("I found code on github that does this", ["Found code"]),
        ("is there a textbook", ["No textbooks are required"]),
        ("can I get an extension on hw3", ["Extension requests", "HW3", "Fri Feb 16, 11:59 PM EST"]),
        ("how late can I turn in hw3", ["Late submissions", "Fri Feb 23, 11:59 PM EST", "not accepted"]),
        ("how many grace days do I have left", ["/gracedays me"]),
        ("disability accommodations", ["Steph or Jacob"]),
    ],
)
def test_student_phrasings(course, question, must_contain):
    """Each phrasing is routed to an answer that contains the facts a student needs."""
    answer, rendered = ask(course, question)
    assert answer.kind == "info", rendered
    for fragment in must_contain:
        assert fragment in rendered, f"{fragment!r} missing from:\n{rendered}"


@pytest.mark.parametrize("question", ["", "   ", "banana", "what is the meaning of life", "asdf qwerty"])
def test_unanswerable_questions_say_so_and_suggest_commands(course, question):
    """When the bot cannot answer it says so and suggests the commands that can."""
    answer, rendered = ask(course, question)
    assert answer.kind == "unknown"
    assert "/due" in rendered
    assert "/oh" in rendered


def test_unknown_assignment_is_a_clear_message(course):
    """'hw9' does not exist: the answer says so and lists the real ones."""
    answer, rendered = ask(course, "when is hw9 due")
    assert answer.kind == "error"
    assert "hw9" in rendered
    assert "HW5" in rendered


def test_section_in_question_filters_deadlines(course):
    """'for 10-405' hides the 10-605-only mini-project items."""
    _, for_405 = ask(course, "what's due in the next 60 days for 10-405", now=at("2024-03-20 09:00"))
    _, for_605 = ask(course, "what's due in the next 60 days for 10-605", now=at("2024-03-20 09:00"))
    assert "Mini-project" not in for_405
    assert "Mini-project survey" in for_605


def test_dates_are_relative_to_the_injected_clock(course):
    """'tomorrow' means the day after the clock's now, not the machine's."""
    _, rendered = ask(course, "schedule tomorrow", now=at("2024-04-09 12:00"))
    assert "Wed Apr 10" in rendered
    assert "Jonathan Frankle" in rendered


def test_month_day_asked_outside_the_term_means_the_terms_date(course):
    """'Feb 14' asked in 2026 still means the course's Feb 14, 2024."""
    _, rendered = ask(course, "what's on Feb 14", now=at("2026-11-24 09:00"))
    assert "LSH" in rendered


def test_after_the_term_nothing_is_upcoming(course):
    """After the last deadline the bot says every deadline has passed."""
    _, rendered = ask(course, "what's due", now=at("2024-05-01 09:00"))
    assert "Every deadline of Spring 2024 has passed" in rendered


def test_unsure_readings_are_offered_as_options_that_read_back(course):
    """Two close readings: the bot says it is not sure and offers both; each option, asked, is read sure."""
    result = read_question(course, "are solutions posted after the deadline", NOW)
    assert result.outcome == "unsure"
    assert result.answer.kind == "unsure"
    assert 2 <= len(result.answer.options) <= 3
    for option, part in zip(result.answer.options, result.options, strict=True):
        again = read_question(course, option.question, NOW)
        assert again.outcome == "answered", option.question
        assert [p.intent for p in again.parts] == [part.intent]
        assert len(option.label) <= 80


def test_readings_asking_the_same_question_are_one_reading(course):
    """Two readings whose options would ask the very same question are not offered as a choice between them."""
    late = {"assignments": ("hw3",)}
    same = [Part("x", "late_whatif", late, 7.0, 0.5), Part("x", "late_rules", late, 6.5, 0.5)]
    assert _one_question(course, same)
    assert not _one_question(course, [*same, Part("x", "assignment_due", late, 2.0, 0.2)])


@pytest.mark.parametrize(
    "question",
    [
        "when is hw3 due",
        "how late can i submit hw4 part b",
        "can i get an extension on hw5",
        "when does hw5 come out",
        "when is the midterm",
        "what time is lecture",
        "which days have no class",
        "whats the late policy",
        "who is the head ta",
        "when is LSH",
        "what's on feb 26",
        "what is this course about",
    ],
)
def test_every_reading_can_be_asked_again_as_an_option(course, question):
    """The question an option asks reads back to the same answer: an option is never a dead end."""
    engine = engine_for(course)
    first = read_question(course, question, NOW)
    (part,) = first.parts
    again = read_question(course, engine.option_question(part), NOW)
    assert again.outcome == "answered"
    assert again.answer.title == first.answer.title


def test_multi_part_questions_answer_every_part(course):
    """'when is hw4 part b due and when does hw5 come out': two readings, one answer holding both."""
    result = read_question(course, "when is hw4 part b due and when does hw5 come out", NOW)
    assert [p.intent for p in result.parts] == ["assignment_due", "release"]
    rendered = answer_text(result.answer, course.tz, NOW)
    assert "HW4 Part B is due Mon Mar 18, 11:59 PM EDT" in rendered
    assert "HW5 will be released on Mon Mar 18" in rendered


def test_a_later_part_takes_what_an_earlier_part_named(course):
    """'... and how late can I turn it in': 'it' is hw3."""
    result = read_question(course, "when is hw3 due and how late can i turn it in", NOW)
    assert [p.slots.get("assignments") for p in result.parts] == [("hw3",), ("hw3",)]


def _shown_once(rendered: str, fact: str) -> None:
    lines = [line for line in rendered.splitlines() if line.strip()]
    assert len(lines) == len(set(lines)), rendered
    assert rendered.count(fact) == 1, rendered


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("whens the first exam and where is it", "Mon Feb 26, 2024"),
        ("when's the midterm, and where's it held", "Mon Feb 26, 2024"),
        ("what day is exam 2? is it in class?", "Wed Apr 24, 2024"),
        ("when is hw3 due? when exactly?", "Wed Feb 21, 11:59 PM EST"),
    ],
)
def test_parts_answered_by_the_same_card_show_it_once(course, question, fact):
    """Two parts read, one answer: a card that answers both parts is not shown twice."""
    result = read_question(course, question, NOW)
    assert len(result.parts) == 2
    _shown_once(answer_text(result.answer, course.tz, NOW), fact)


@pytest.mark.parametrize(
    ("question", "fact", "first"),
    [
        ("what day is the midterm? is it during lecture?", "Wed Oct 23, 2024", "No:"),
        ("when is the project report due? what time exactly?", "Fri Dec 6, 11:59 PM PST", "Project report:"),
    ],
)
def test_parts_answered_by_the_same_card_show_it_once_in_any_course(second_course, question, fact, first):
    """The same on the second course; a Yes or No one part asks for still opens the answer."""
    now = local(second_course, "2024-10-14 10:00")
    result = read_question(second_course, question, now)
    assert len(result.parts) == 2
    rendered = answer_text(result.answer, second_course.tz, now)
    _shown_once(rendered, fact)
    assert next(line for line in rendered.splitlines()[2:] if line.strip()).startswith(first)


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("is hw3 due this friday?", "No"),
        ("is hw2 due on wednesday", "Yes"),
        ("do 405 students have to do the mini project", "No"),
        ("is there class on friday", "Yes"),
        ("is exam 1 in person", "Yes"),
        ("is hw4 out yet", "No"),
    ],
)
def test_yes_no_questions_start_with_yes_or_no(course, question, word):
    """The first line of the answer is the plain Yes or No, then why."""
    _, rendered = ask(course, question)
    assert rendered.splitlines()[2].startswith(f"{word}:")


@pytest.mark.parametrize("question", ["what's on Jan 1 0001", "is hw3 due 9999-12-31", "can i submit tomorrow 25:00"])
def test_impossible_dates_in_a_question_are_refused_clearly(course, question):
    """/ask "Jan 1 0001" and friends: a clear message about the date, not an apology and not a guess."""
    result = read_question(course, question, NOW)
    assert result.outcome == "refused"
    assert result.answer.kind == "error"
    assert (
        "0001" in answer_text(result.answer, course.tz, NOW)
        or "9999" in answer_text(result.answer, course.tz, NOW)
        or "25:00" in answer_text(result.answer, course.tz, NOW)
    )


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("what time is lecture", "doesn't give lecture times"),
        ("what room is the lecture in", "doesn't give lecture times or rooms"),
        ("exam weight?", "not on the course page"),
        ("whats jacob's email", "not on the course page"),
    ],
)
def test_what_the_page_does_not_say_is_said_to_be_unknown(course, question, said):
    """Class time, room, weights, emails: the answer says the page does not give them, and where to ask."""
    answer, rendered = ask(course, question)
    assert answer.kind == "unknown", question
    assert said in rendered
    assert "Piazza" in rendered


@pytest.mark.parametrize(
    ("question", "fragments"),
    [
        ("what time is lecture", ["Tuesdays and Thursdays 11:00 AM – 12:20 PM", "Halvorsen Hall 100"]),
        ("where's lecture", ["Halvorsen Hall 100"]),
        ("when does 1c meet", ["Wednesdays 12:00 PM – 12:50 PM", "Quarry Hall 79", "Marco Bellini"]),
        ("where is dis 1G", ["online: https://zoom.example/j/1871", "Diego Alvarez"]),
    ],
)
def test_meeting_times_the_page_gives_are_answered(second_course, question, fragments):
    """With weekly meetings in the data (the second course), class and section times and rooms are plain answers."""
    now = local(second_course, "2024-10-16 08:00")
    answer = answer_question(second_course, question, now)
    rendered = answer_text(answer, second_course.tz, now)
    assert answer.kind == "info", rendered
    for fragment in fragments:
        assert fragment in rendered, f"{fragment!r} missing from:\n{rendered}"


def test_the_reading_as_json(course):
    """`as_json`: every part's intent, slots (ISO dates), confidence and alternatives; JSON-serialisable."""
    result = read_question(course, "if i submit hw3 at 2am thursday what happens", at("2024-02-20 15:00"))
    data = json.loads(json.dumps(result.as_json()))
    (part,) = data["parts"]
    assert part["intent"] == "late_whatif"
    assert part["slots"] == {"assignments": ["hw3"], "moment": "2024-02-22T02:00:00-05:00"}
    assert 0.0 < part["confidence"] <= 1.0
    assert all({"intent", "score"} == set(alt) for alt in part["alternatives"])


def test_one_engine_per_course_value(course, data_copy):
    """The engine is built once per Course and kept; a reloaded course (a new value) gets its own."""
    from bot.course.loader import load_course

    assert engine_for(course) is engine_for(course)
    reloaded = load_course(data_copy)
    assert engine_for(reloaded) is not engine_for(course)


def test_warm_builds_the_engine_and_loads_dateparser(course):
    """After warm(), dateparser is imported and the engine exists: the first question pays for neither."""
    import sys

    engine = warm(course)
    assert engine is engine_for(course)
    assert "dateparser" in sys.modules


def test_a_question_too_long_is_refused(course):
    """More than 500 characters: ask one thing at a time."""
    answer, rendered = ask(course, "when is hw3 due " * 40)
    assert answer.kind == "unknown"
    assert "too long" in rendered


_WORDS = st.sampled_from(
    [
        "hw3",
        "due",
        "office",
        "hours",
        "exam",
        "LSH",
        "friday",
        "2am",
        "feb",
        "30",
        "9999",
        "week",
        "3",
        "next",
        "after",
        "spring",
        "break",
        "?",
        "and",
        "when",
        "is",
        "it",
        "katie",
        "25:00",
        "late",
        "policy",
        "10-605",
        "not",
    ]
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(_WORDS, max_size=14), noise=st.text(max_size=30))
def test_any_mix_of_course_words_and_dates_gets_an_answer(course, words, noise):
    """Whatever is typed, the engine returns an Answer (never an exception) with a reading that serialises."""
    result = read_question(course, " ".join(words) + " " + noise, NOW)
    assert result.answer.title
    json.dumps(result.as_json())


def test_the_askers_section_is_read_in_any_case_and_checked(second_course):
    """`ask --section 1c`: the data's 1C; a section the course does not have is a clear message."""
    now = local(second_course, "2024-10-16 08:00")
    mine = read_question(second_course, "who runs my section", now, section="1c")
    assert "Marco Bellini" in answer_text(mine.answer, second_course.tz, now)
    wrong = read_question(second_course, "when is my section", now, section="9Z")
    assert wrong.outcome == "refused"
    assert "Sections: 1A" in answer_text(wrong.answer, second_course.tz, now)


@pytest.mark.parametrize(
    "question",
    [
        "next discussion",
        "who runs section 1C",
        "when is lecture",
        "how many late days do i have left",
        "who are the gsis",
    ],
)
def test_second_course_readings_can_be_asked_again_as_options(second_course, question):
    """An option's question reads back to the same answer in the second course too."""
    now = local(second_course, "2024-10-16 08:00")
    first = read_question(second_course, question, now)
    (part,) = first.parts
    again = read_question(second_course, engine_for(second_course).option_question(part), now)
    assert again.outcome == "answered"
    assert again.answer.title == first.answer.title


FEB_19 = at("2024-02-19 10:00")


@pytest.mark.parametrize(
    ("question", "opening", "kind"),
    [
        # A policy's own words decide a Yes or No, or none is given.
        ("can i copy code from stack overflow", "No:", "info"),
        ("is pass fail allowed", "Yes:", "info"),
        ("do i need 10-601 before taking this", "Yes:", "info"),
        # What the page leaves out of a policy is unknown.
        ("what exactly are the conditions for collaborating with classmates", "The conditions themselves", "unknown"),
        # Late rules and what-ifs.
        ("do grace days work for the mini project", "No:", "info"),
        ("can i still turn in hw2", "No:", "info"),
        ("can i still turn in hw3", "Yes:", "info"),
        ("i have no grace days left and hw3 will be 5 hours late", "With 0 grace days left", "info"),
        # Exams: missing one, its grades, its conflict form.
        ("what happens if i miss exam 1", "What happens if you miss it is not on the course page", "unknown"),
        ("when do exam 1 grades come out", "When Exam 1 grades will be published is not on the course page", "unknown"),
        ("is there a conflict form for exam 2", "Yes:", "info"),
        # Office hours: where held (unknown when the page gives no place), in person or not.
        ("where are jayesh's office hours held", "Where they are held is not on the course page", "unknown"),
        ("is katie's OH in person", "No: they are held remotely.", "info"),
        # A greeting asks nothing; a question about the bot or a task gets no course answer.
        ("good morning!", "Ask me in plain words", "unknown"),
        ("are you chatgpt", "I can't answer that", "unknown"),
        ("can you do my hw3 for me", "I can't answer that", "unknown"),
        ("who is the president of cmu", "I can't answer that", "unknown"),
    ],
)
def test_classes_of_questions_students_ask(course, question, opening, kind):
    """Policies, late rules, exams, office hours and questions not about the course, in words no test set uses."""
    answer, shown = ask(course, question, FEB_19)
    assert shown.splitlines()[2].startswith(opening), shown
    assert answer.kind == kind


def test_the_last_meeting_is_read_both_ways_when_unsure(second_course):
    """'what's the last lecture': the term's last, and the most recent in case that was meant."""
    _, shown = ask(second_course, "what's the last lecture", local(second_course, "2024-10-14 10:00"))
    assert "Review for the final" in shown
    assert "The most recent: Thu Oct 10" in shown
    _, past = ask(second_course, "what was the last lecture", local(second_course, "2024-10-14 10:00"))
    assert "Review for the final" not in past


def test_office_hours_next_weekday_shows_both_readings(second_course):
    """'office hours next tuesday' on a Monday: next week's Tuesday, and tomorrow's in case that was meant."""
    _, shown = ask(second_course, "office hours next tuesday", local(second_course, "2024-10-14 10:00"))
    assert "Tue Oct 15" in shown
    assert "Tue Oct 22" in shown


@pytest.mark.parametrize(
    ("course_name", "now", "question", "second_intent", "fact"),
    [
        ("course", "2024-02-12 10:00", "when is hw4 part b due and where is the exam", "course_fact", "Room"),
        ("course", "2024-02-12 10:00", "hw3 deadline and who has office hours tomorrow", "office_hours", "Tue Feb 13"),
        ("second_course", "2024-10-14 10:00", "when is ps4 due, and when's the midterm", "exam", "Wed Oct 23, 2024"),
        ("second_course", "2024-10-14 10:00", "ps5 due date plus where is the final", "course_fact", "Final"),
    ],
)
def test_a_part_naming_its_own_subject_takes_no_assignment_from_the_part_before(
    request, course_name, now, question, second_intent, fact
):
    """ "when is hw4 part b due and where is the exam": the second part is about the exam, not HW4 Part B again
    (it used to take the assignment from the first part, and its answer, the same card, was then shown once)."""
    served = request.getfixturevalue(course_name)
    when = local(served, now)
    result = read_question(served, question, when)
    assert len(result.parts) == 2
    assert result.parts[1].intent == second_intent, result.parts[1]
    assert not result.parts[1].slots.get("assignments")
    assert fact in answer_text(result.answer, served.tz, when)


@pytest.mark.parametrize(
    ("course_name", "now", "question", "unread"),
    [
        ("course", "2024-02-12 10:00", "is hw3 due wednesday and is the cafeteria open late", "cafeteria"),
        ("course", "2024-02-12 10:00", "hw3 deadline and does the parking garage close at night", "parking garage"),
        ("second_course", "2024-10-14 10:00", "when is ps4 due and is the library open saturday", "library"),
        ("second_course", "2024-10-14 10:00", "is ps4 due friday and does the bookstore sell calculators", "bookstore"),
    ],
)
def test_a_part_about_something_else_borrows_no_assignment(request, course_name, now, question, unread):
    """The second part took the assignment named before it while its own words went unexplained: it is about
    something else, said as not read, never answered with the assignment's late rules."""
    served = request.getfixturevalue(course_name)
    when = local(served, now)
    rendered = answer_text(answer_question(served, question, when), served.tz, when)
    assert "I couldn't tell what you meant" in rendered, rendered
    assert unread in rendered.split("I couldn't tell")[1]
    assert "Late submissions" not in rendered


def test_a_part_that_refers_back_still_borrows(course):
    """ "... and how late can I turn it in": "it" is the assignment before it."""
    answer = answer_question(course, "when is hw3 due and how late can i turn it in", NOW)
    rendered = answer_text(answer, course.tz, NOW)
    assert "I couldn't tell" not in rendered
    assert "Fri Feb 23" in rendered, rendered  # HW3's cutoff


@pytest.mark.parametrize(
    ("question", "part"),
    [
        ("when is sheet 3 due and where do i go", "where do i go"),
        ("when is the quiz? also can i bring my dog", "can i bring my dog"),
        ("when is sheet 1 due and why is the sky blue", "why is the sky blue"),
    ],
)
def test_an_unread_part_that_asks_is_said(geo, question, part):
    result, said = reply(geo, question, "2025-03-26 10:00")
    assert result.outcome == "answered"
    assert f"{UNREAD} “{part}”" in said


@pytest.mark.parametrize(
    "question",
    ["thanks! when is sheet 2 due", "hi, when is sheet 2 due", "im in group nord, when is sheet 2 due"],
)
def test_greetings_thanks_and_context_are_not_unread_parts(geo, question):
    _, said = reply(geo, question, "2025-03-26 10:00")
    assert "Mon Mar 31" in said
    assert UNREAD not in said


def test_a_low_confidence_reading_says_it_is_a_guess(course, monkeypatch):
    """A reading below the guess threshold says so ("homework due dates?" is now sure: the threshold is raised)."""
    from bot.understand.answering import part_steps

    result, _ = reply(course, "homework due dates?", "2024-02-12T10:00")
    monkeypatch.setattr(part_steps, "LOW_CONFIDENCE", result.parts[0].confidence + 0.05)
    result, said = reply(course, "homework due dates?", "2024-02-12T10:00")
    assert result.parts[0].confidence < part_steps.LOW_CONFIDENCE
    assert "this is my best guess" in said
    result, said = reply(course, "when is hw3 due", "2024-02-12T10:00")
    assert "best guess" not in said


@pytest.mark.parametrize(
    ("question", "policy"),
    [
        ("can i take exam 1 early i already booked a flight home", "exams"),
        ("my cousin took 10-605 last year, can he help me on hw5", "previously-used-assignments"),
        ("can my project partner and i submit a single writeup for hw3", "collaboration"),
        ("can i attend the lectures even though im not registered", "audit"),
    ],
)
def test_context_words_do_not_push_a_decided_question_out_of_scope(course, question, policy):
    """The claim the question asks is read, whatever else it says (a flight, a cousin, an assignment)."""
    result, _ = reply(course, question, "2024-02-12T10:00")
    assert [(p.intent, p.slots.get("policy")) for p in result.parts] == [("policy", policy)]


def test_a_sure_reading_that_is_not_a_permission_keeps_its_intent(course):
    """ "do 405 students have to do the mini project" stays the assignment's own answer."""
    result, _ = reply(course, "do 405 students have to do the mini project", "2024-02-12T10:00")
    assert result.parts[0].intent == "assignment_for"


def test_and_where_is_it_is_that_days_meeting_place(stat):
    """ "what's lecture 14 about and where is it": the where of that day, with its one-day room change."""
    result, said = reply(stat, "what's lecture 14 about and where is it", "2024-10-01 10:00")
    assert [p.intent for p in result.parts] == ["topic", "course_fact"]
    assert result.parts[1].slots["fact"] == "meeting_place"
    assert "Bayview Auditorium" in said
    assert "couldn't tell" not in said


@pytest.mark.parametrize(
    ("course_name", "question"),
    [
        ("geo", "how do glaciers form"),
        ("geo", "why do glaciers retreat"),
        ("geo", "how does glacier flow work"),
        ("hist", "why did the sugar revolution happen"),
        ("course", "how do i drop a class after the deadline"),
        ("course", "whats the add drop deadline"),
        ("second_course", "how does ridge regression work"),
    ],
)
def test_general_knowledge_and_enrolment_are_out_of_scope(request, course_name, question):
    result, _ = reply(request.getfixturevalue(course_name), question, "2024-10-01 10:00")
    assert result.outcome == "out_of_scope"


@pytest.mark.parametrize(
    ("course_name", "question"),
    [("geo", "how do flex hours work"), ("course", "how do regrades work"), ("geo", "how does the excursion work")],
)
def test_how_the_course_works_is_still_answered(request, course_name, question):
    result, _ = reply(request.getfixturevalue(course_name), question, "2025-03-26 10:00")
    assert result.outcome == "answered"
    assert result.answer.kind == "info"


def test_when_and_where_is_one_question(geo):
    assert _pieces("when and where is the plenary") == ["when and where is the plenary"]
    assert len(_pieces("when is hw3 due and where do i go")) == 2
    # "is there X? when": whether there is one and when, one question (the answer gives its day)
    assert _pieces("is there a guest lecture this term? when") == ["is there a guest lecture this term and when"]
    # "... and is that the same day as hw5": the first part's work held against another, one question
    assert len(_pieces("when is hw4 part b due and is that the same day as hw5")) == 1
    assert len(_pieces("when is hw3 due and is it hard")) == 2
    clock = local(geo, "2025-03-20T10:00")
    shown = answer_text(read_question(geo, "when and where is the plenary", clock).answer, geo.tz, clock)
    assert "H 0104" in shown
    assert "Not answered" not in shown


@pytest.mark.parametrize(
    ("which", "now", "question", "said", "kind"),
    [
        ("course", "2024-02-19 10:00", "is professor talwalkar nice", "I can't answer that", "unknown"),
        ("second_course", "2024-10-14 10:00", "what's a random forest", "I can't answer that", "unknown"),
        ("course", "2024-02-19 10:00", "who's the TA with the most office hours", "I can't answer that", "unknown"),
        ("course", "2024-02-19 10:00", "when is the last day to drop the class", "I can't answer that", "unknown"),
        ("course", "2024-02-19 10:00", "can you give me the answers to exam 1", "I can't answer that", "unknown"),
        ("second_course", "2024-10-14 10:00", "can you make me a study plan", "I can't answer that", "unknown"),
    ],
)
def test_questions_not_about_the_course_are_declined(request, which, now, question, said, kind):
    """Opinions of people, definitions, rankings and tasks asked of the bot get no course answer."""
    result, shown = reply(request.getfixturevalue(which), question, now)
    assert first_line(shown).startswith(said), shown
    assert result.answer.kind == kind


@pytest.mark.parametrize(
    ("question", "facts"),
    [
        ("when is lecture next week and where", ["Tue Nov 5", "Halvorsen Hall 100"]),
        ("profs email? and where's her office", ["evm@pcsu.example.edu", "Halvorsen Hall 512"]),
        ("how do i ask for a regrade on ps4 and is there a time limit", ["PrairieLearn", "doesn't say"]),
    ],
)
def test_each_part_is_answered_when_the_other_names_what_it_is_about(stat, question, facts):
    """ "... and where", "... where's her office", "... is there a time limit": about what the other part named."""
    _, said = reply(stat, question, "2024-11-01T15:30")
    assert all(f in said for f in facts), said
    assert "couldn't tell what you meant" not in said


def test_a_section_s_his_is_not_the_professor_s(stat):
    """ "who teaches discussion 1c and when are his office hours": never the professor's hours as his."""
    _, said = reply(stat, "who teaches discussion 1c and when are his office hours", "2024-11-01T15:30")
    assert "Office hours: Elena Vasquez-Marlowe" not in said


@pytest.mark.parametrize(
    "question",
    ["can me and my roommate turn in one writeup for ps6", "do i need to say who i worked with on ps6"],
)
def test_a_policy_question_naming_an_assignment_is_the_rule_not_its_card(stat, question):
    result, said = reply(stat, question, "2024-11-01T15:30")
    assert [p.intent for p in result.parts] == ["policy"]
    assert "PS6 is due" not in said


@pytest.mark.parametrize(
    ("which", "now", "first", "absent"),
    [
        ("stat", "2024-11-01T15:30", "Neural networks: basics", "Linear regression review"),
        ("geo", "2025-04-16T10:00", "Geodetic mass balance", "snow pits"),
    ],
)
def test_topics_left_are_the_meetings_from_today_not_the_deadlines(request, which, now, first, absent):
    """ "what topics are left this semester": the schedule from today to the term's end."""
    course = request.getfixturevalue(which)
    result, said = reply(course, "what topics are left this semester", now)
    assert [p.intent for p in result.parts] == ["schedule_range"]
    assert first in said
    assert absent not in said


def test_n_between_two_words_is_and(hist):
    """ "wots due between now n the exam": the work due before the exam."""
    _, said = reply(hist, "wots due between now n the exam", "2024-10-23T13:00")
    assert "Essay 1" in said
    assert "Proposal" in said


@pytest.mark.parametrize(
    "question",
    ["when does class start back up after thanksgiving", "when do classes resume after thanksgiving"],
)
def test_starting_back_after_a_break_is_the_first_class_after_it(stat, question):
    result, said = reply(stat, question, "2024-11-01T15:30")
    assert [p.intent for p in result.parts] == ["next_class"]
    assert "Tue Dec 3" in said


def test_a_resume_is_no_class_starting_again(stat):
    result, _ = reply(stat, "can you help me with my resume", "2024-11-01T15:30")
    assert result.outcome == "out_of_scope"


@pytest.mark.parametrize(
    "question",
    [
        "when is hw3 due and where do i go?",
        "how many grace days can i use on hw1",
        "who can i see and when",
        "i was sick, can i get an extension because my dog ate it",
        "is hw5 due friday; or tonight! also when's lecture. ok + thanks",
        "are lectures recorded or do i have to show up",
    ],
)
def test_a_question_splits_the_same_kept_or_not(question):
    """The split looks only at spaces and punctuation, and a text split before gives the same parts (a copy)."""
    import re

    from bot.understand import engine as engine_module

    pattern = engine_module._SPLIT.pattern.removeprefix(r"(?=[\s?!;.,])")
    assert pattern != engine_module._SPLIT.pattern
    assert engine_module._SPLIT.split(question) == re.compile(pattern).split(question)
    first = _pieces(question)
    first.append("changed by a caller")
    assert _pieces(question) == first[:-1]


@pytest.mark.parametrize(
    ("question", "alone"),
    [
        ("when is hw3 due?", True),
        ("when is hw3 due ?!  ", True),
        ("  office hours friday", True),
        ("hw1 deadline", True),
        ("where is the orientation", False),  # a word starting "or": the pattern decides
        ("when is hw3 due and where do i go", False),
        ("is it today or do i have until friday", False),
        ("when is hw3 due? and hw4", False),
        ("hw3, hw4", False),
        ("i missed it. can i redo it", False),
        ("i missed it because i was sick", False),
        ("when is hw3 due\tand where", False),
        ("lab 1 + lab 2", False),
        ("?? when is hw3 due", False),
    ],
)
def test_a_question_nothing_can_split_is_read_whole_as_the_split_would(question, alone):
    """A question with no mark or joining word that could split it is its one part without the split pattern: the
    very part the pattern gives; any other question goes through the pattern."""
    from bot.understand import engine as engine_module

    head = engine_module._one_piece(question)
    assert (head is not None) == alone
    if head is not None:
        assert [p.strip() for p in engine_module._SPLIT.split(question) if p.strip()] == [head.strip()]


def test_warm_builds_the_patterns_made_of_the_courses_words(course):
    """After warm(), a late what-if in the course's own units, a spending question and a question on what to bring
    build no pattern: the first student to ask one does not pay for it (issue 12: no first-use spike)."""
    from bot.understand.about_course import course_itself
    from bot.understand.late import pool_deadline, pool_stated

    warm(course)
    built = [f.cache_info().misses for f in (pool_stated._patterns, pool_deadline._spending, course_itself._asking)]
    assert all(f.cache_info().currsize for f in (pool_stated._patterns, pool_deadline._spending, course_itself._asking))
    now = at("2024-02-12 10:00")
    for question in (
        "if i submit hw4 at 3am saturday without a grace day what happens",
        "if i use 2 grace days on hw5 whats my new deadline",
        "do we need a calculator for this class",
    ):
        answer_question(course, question, now)
    assert [f.cache_info().misses for f in (pool_stated._patterns, pool_deadline._spending, course_itself._asking)] == (
        built
    )


def test_warm_cuts_the_courses_wording_into_sentences_once(course):
    """After warm(), the page's wording (policies, exam rules, notes) is already cut: no question cuts it again."""
    from bot.core.sentences import split_clauses, split_sentences

    split_sentences.cache_clear()  # the cut is kept by the text: nothing another test cut counts
    split_clauses.cache_clear()
    warm(course)
    cut = (split_sentences.cache_info().misses, split_clauses.cache_info().misses)
    for said in [t for p in course.policies for t in (p.quote, p.summary)] + [r for e in course.exams for r in e.rules]:
        split_sentences(said)
        split_clauses(said)
    assert (split_sentences.cache_info().misses, split_clauses.cache_info().misses) == cut


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("how late can i hand in the lab 3 report", "late_rules"),
        ("can i get an extension on the lab 3 report", "extension"),
    ],
)
def test_a_schedule_title_inside_a_pieces_name_is_that_piece(question, intent):
    """'the lab 3 report' where a class is titled "Lab 3: ...": the report's own rules, asked as surely as elsewhere."""
    chem = course_in("tests/fixtures/courses/chem-1310-s26")
    rows = list(chem.schedule)
    i = next(k for k, r in enumerate(rows) if r.has_class and r.date.month == 2 and r.date.day >= 12)
    rows[i] = dataclasses.replace(rows[i], title="Lab 3: Calorimetry")
    course = dataclasses.replace(chem, schedule=tuple(rows))
    result, _ = reply(course, question, "2026-02-10 10:00")
    assert [(p.intent, p.confidence) for p in result.parts] == [(intent, 1.0)]
    assert result.outcome == "answered"


def test_a_claim_on_having_to_go_outranks_how_a_meeting_is_held():
    """ "do i actually have to go to lab in person": CHEM's claim that lab attendance is required, not the lab room."""
    from tests.understand.conftest import course_in

    chem = course_in("tests/fixtures/courses/chem-1310-s26")
    result, said = reply(chem, "do i actually have to go to lab in person", "2026-03-04 14:00")
    assert [p.slots.get("policy") for p in result.parts] == ["labs"]
    assert first_line(said).startswith("Yes")


def test_a_site_and_the_rule_naming_it_agree():
    """ "where can i find the lecture recordings": the recordings site's link and the rule naming that site are one
    answer, never a choice between them, nor the lecture room."""
    from tests.understand.conftest import course_in

    chem = course_in("tests/fixtures/courses/chem-1310-s26")
    result, said = reply(chem, "where can i find the lecture recordings", "2026-03-04 14:00")
    assert result.outcome == "answered"
    assert "Panopto" in said


def test_a_period_dated_by_the_exams_is_what_is_asked(hist):
    """ "are there seminars in reading week before exams": the period's meetings, the exams only date it."""
    result, said = reply(hist, "are there seminars in reading week before exams", "2024-10-01 10:00")
    assert [p.intent for p in result.parts] == ["schedule_range"]
    assert first_line(said).startswith("No"), said


@pytest.mark.parametrize(
    "question", ["where is the chemistry office", "when is the chem office open", "wheres the chem office"]
)
def test_an_office_the_staff_list_holds_is_its_hours_and_place(question):
    """An office the staff list holds by name ("chem office"), asked where or when: its own words on place and hours."""
    chem = course_in("tests/fixtures/courses/chem-1310-s26")
    office = dataclasses.replace(
        chem.people[1],
        id="rita-moss",
        name="Rita Moss",
        aliases=("chemistry office", "chem office"),
        office_hours=(),
        appointments="Chemistry office, Kessler Hall 101, weekdays 9 AM-4 PM.",
    )
    result, said = reply(dataclasses.replace(chem, people=(*chem.people, office)), question, "2026-03-04 14:00")
    assert result.outcome == "answered"
    assert "Kessler Hall 101, weekdays 9 AM-4 PM" in said


@pytest.mark.parametrize(
    "question",
    [
        "do all of us have to submit our own answers",
        "can i get an extension the day before its due",
        "can i just email my ta for a regrade",
        "who do i ask for an extension in section 101",
        "is there a make-up lab this week",
        "any breaks during the final exam",
        "do i hand in lab report 3 in class",
        "what time is homework usually due",
        # debt17a's readers (a person in, hours as the place of a request, a derived word) and a person with no hours
        "is okafor in on wednesday",
        "is dr feld around on friday",
        "can i ask for a regrade in office hours",
        "who will be the graders",
    ],
)
def test_warm_reads_this_waves_page_sentences(question, monkeypatch):
    """After warm(), a question on what every student must do, an extension's notice or grounds, another way of asking
    for a regrade, who handles a request in a section, a make-up meeting, a break inside an exam, handing work in at
    class or when work is usually due, whether someone is in or a word derived from a course word builds no per-course
    table (no first-use spike)."""
    course, built = tables_built_after_warming("tests/fixtures/courses/chem-1310-s26", monkeypatch)
    read_question(course, question, local(course, "2026-02-16T10:00"))
    assert [k for k in built if not isinstance(k, tuple)] == []  # a day's occurrences are kept per day asked


def test_a_part_saying_the_first_parts_verb_again_takes_its_subject():
    """ "... and whats the deadline to hand in": the thing handed in before, never everything due this week."""
    chem = course_in("tests/fixtures/courses/chem-1310-s26")
    result, said = reply(chem, "how do i hand in lab report 3 and whats the deadline to hand in", "2026-02-10 10:00")
    assert (result.parts[1].intent, result.parts[1].slots.get("assignments")) == ("assignment_due", ("lab3",)), said
    stat = course_in("data/stat-187-f24")
    asked = "where do i sign up for the midterm conflict sitting and what is the deadline to sign up"
    result, said = reply(stat, asked, "2024-10-14 10:00")
    assert (result.parts[1].intent, result.parts[1].slots.get("exam")) == ("exam", "midterm"), said


@pytest.mark.parametrize(
    ("folder", "now", "question", "must", "never"),
    [
        # a day off the page names, asked with a kind of meeting the course's rules also speak of
        ("tests/fixtures/courses/chem-1310-s26", "2026-01-10 10:00", "is there lab on mlk day", "No: no lab", "Yes"),
        (
            "tests/fixtures/courses/chem-1310-s26",
            "2026-01-10 10:00",
            "is there a lab on martin luther king day",
            "No: no lab",
            "Yes",
        ),
        ("data/stat-187-f24", "2024-08-26 10:00", "is there a section on labor day", "No:", "Yes"),
        # the day off's name is no topic of the row that names it ("Make-up ... (Easter Monday)")
        (
            "tests/fixtures/courses/geo-2210-s25",
            "2025-04-01 10:00",
            "is there a plenary session on easter monday",
            "No: no plenary session on Easter Monday",
            "“easter monday”",
        ),
        # a day by its name the page does not list: said so, never a rule's Yes
        ("tests/fixtures/courses/chem-1310-s26", "2026-02-10 10:00", "is there lab on labor day", "“labor”", "Yes"),
        ("tests/fixtures/courses/chem-1310-s26", "2026-02-10 10:00", "is there a lab on boxing day", "“boxing”", "Yes"),
    ],
)
def test_a_day_off_by_its_name_is_that_date(folder, now, question, must, never):
    """A holiday or break named by its name is a date: that day's schedule, with the day off named; a named day the
    page does not list is said to be missing, never answered with a rule about the kind of meeting."""
    _, said = reply(course_in(folder), question, now)
    assert must in said, said
    assert never not in said.splitlines()[2], said


def test_a_row_naming_a_day_off_is_no_topic_of_that_day(tmp_path):
    """ "is there a plenary session on easter monday" where a make-up row's title names Easter Monday: that day's
    schedule (No, with the holiday), never a search for the words "easter monday" on it."""
    import shutil

    from bot.course.loader import load_course

    folder = tmp_path / "geo"
    shutil.copytree(REPO / "tests" / "fixtures" / "courses" / "geo-2210-s25", folder)
    schedule = (folder / "schedule.toml").read_text()
    row = '[[day]]\ndate = 2025-05-07\nkind = "plenary"\ntitle = "Make-up plenary (Easter Monday)"\n\n'
    at_may_12 = schedule.index("[[day]]\ndate = 2025-05-12")
    (folder / "schedule.toml").write_text(schedule[:at_may_12] + row + schedule[at_may_12:])
    _, said = reply(load_course(folder), "is there a plenary session on easter monday", "2025-04-01 10:00")
    assert "No: no plenary session on Easter Monday" in said, said
    assert "“easter monday”" not in said, said


@pytest.fixture(scope="module")
def stat_with_gsi_rule():
    """STAT 187 with a section rule whose keywords name its GSIs (as a lab policy names "demonstrator")."""
    from bot.course.model import Policy

    stat = course_in("data/stat-187-f24")
    said = "Attend your own discussion section; your GSI signs your worksheet."
    rule = Policy("sections", "Discussion sections", said, said, keywords=("gsi", "worksheet", "discussion section"))
    return dataclasses.replace(stat, policies=(*stat.policies, rule))


@pytest.mark.parametrize("question", ["which gsi is in discussion 1c", "who is the gsi for section 1c"])
def test_which_role_is_in_a_section_is_its_people_not_a_rule_naming_the_role(stat_with_gsi_rule, question):
    """ "which demonstrator is in stream 2": the section's card with its staff, not the policy naming demonstrators."""
    result, said = reply(stat_with_gsi_rule, question, "2024-10-01 10:00")
    assert result.parts[0].intent in ("staff", "section"), said
    assert "Marco Bellini" in said


@pytest.mark.parametrize(
    ("folder", "question", "now", "dates"),
    [
        ("data/stat-187-f24", "dates for all the problem sets pls", "2024-10-01 10:00", ("Fri Sep 13", "Fri Oct 11")),
        ("tests/fixtures/courses/chem-1310-s26", "dates for all the lab reports", "2026-02-10 10:00", ("Mon Feb 2",)),
    ],
)
def test_the_dates_of_a_series_of_work_are_its_due_dates(folder, question, now, dates):
    """ "dates for all 3 lab reports": the series' due dates, every one of the term, not a policy nor a day whose
    title shares a word ("reports")."""
    course = course_in(folder)
    result = read_question(course, question, local(course, now))
    said = answer_text(result.answer, course.tz, local(course, now))
    assert [p.intent for p in result.parts] == ["due_soon"], said
    for date in dates:
        assert date in said, said


def test_a_topic_inside_a_series_name_is_that_series():
    """The word a day's title shares ("reports") inside the series named ("lab reports") names the series; a topic
    outside it, or one piece of work named, does not."""
    from bot.understand.engine import _dates_of_series
    from bot.understand.question.reading import Mention, Reading

    def reading(mentions):
        said = Reading(question="", text="", tokens=["dates", "for", "all", "lab", "reports"], times=[], past=False)
        said.mentions = mentions
        return said

    series = Mention("series", ("lab report",), 3, 5)
    assert _dates_of_series(reading([series, Mention("topic", ("48",), 4, 5)]))
    assert not _dates_of_series(reading([series, Mention("topic", ("48",), 0, 1)]))
    assert not _dates_of_series(reading([series, Mention("assignment", ("lr1",), 3, 5)]))
    assert not _dates_of_series(reading([Mention("topic", ("48",), 4, 5)]))
