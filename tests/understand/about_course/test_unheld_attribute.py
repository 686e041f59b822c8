"""An attribute asked of a known thing (its topic, when it opens, a backup date, the exam inspection): unknown when
neither the card nor the work's own notes hold it, the card unchanged when they do."""

from __future__ import annotations

import pytest

from bot.core.answer import Answer, text
from bot.understand.about_course.unheld_attribute import (
    BACKUP_DATE,
    DRESS_CODE,
    EQUIPMENT,
    EVENT,
    EXAM_FORMAT,
    EXAMINER,
    INSPECTION,
    MEALS,
    OPENING,
    PASSWORD,
    POSTING,
    RESPONSIBLE,
    SOFTWARE,
    STAY,
    THING_OF_A_ROW,
    TOPIC,
    TRAVEL,
    TURN_ORDER,
    asked_unheld,
    unheld_attribute,
)
from tests.understand.conftest import course_in

WHERE = "ask on the forum"
CHEM = "tests/fixtures/courses/chem-1310-s26"  # quizzes whose notes say when they open


@pytest.mark.parametrize(
    ("question", "intent", "attribute"),
    [
        ("what topic is the repair assignment gonna be on", "assignment_due", TOPIC),
        ("whats the topic for essay one", "assignment_due", TOPIC),
        ("what time do the lecture quizzes open each week", "meeting_cadence", OPENING),
        ("when does the reading quiz unlock", "assignment_due", OPENING),
        ("is there a rain date for the field trip", "no_class", BACKUP_DATE),
        ("what if the excursion gets cancelled bc of the weather", "schedule_day", BACKUP_DATE),
        ("when is the exam inspection", "exam", INSPECTION),
        ("what fea software are we supposed to use for the project", "policy", SOFTWARE),
        ("which program do we need to install for the labs", "course_itself", SOFTWARE),
        ("who examines us in the oral", "staff", EXAMINER),
        ("what laptop do i need for this class", "policy", EQUIPMENT),
        ("which kind of computer should we bring to the lab", "meetings", EQUIPMENT),
        ("whos on the jury for the final presentation", "exam", EXAMINER),
        ("whats the zoom password for the online section", "office_hours", PASSWORD),
        ("is there a passcode for the lecture stream", "course_fact", PASSWORD),
        ("whats the dress code for the gala", "topic", DRESS_CODE),
        ("what should we wear to the site visit", "schedule_day", DRESS_CODE),
        ("what time does the train to the museum leave", "topic", TRAVEL),
        ("when does the bus for the field trip depart", "schedule_day", TRAVEL),
        ("will the slides be posted before or after lecture", "next_class", POSTING),
        ("do the solutions get posted, before or after the due date", "release", POSTING),
        ("who is the ta in charge of the deep learning unit", "staff", RESPONSIBLE),
        ("what gpu does the cluster give us", "topic", THING_OF_A_ROW),
        ("how much ram does the aws instance have", "topic", THING_OF_A_ROW),
        ("where will we stay during the excursion", "policy", STAY),
        ("which hostel is the field trip in", "topic", STAY),
        ("what do we eat on the excursion", "policy", MEALS),
        ("are meals included on the trip", "policy", MEALS),
        ("when is the project report presentation", "assignment_due", EVENT),
        ("where are the ps3 demos", "assignment_due", EVENT),
        ("how is the final structured, how many sections", "exam", EXAM_FORMAT),
        ("whats the format of the midterm", "exam", EXAM_FORMAT),
        ("how many questions are on quiz 2", "exam", EXAM_FORMAT),
        ("what order are people called in at the viva", "topic", TURN_ORDER),
        ("like what time is my slot within the session", "topic", TURN_ORDER),
        ("when is my turn at the poster session", "schedule_day", TURN_ORDER),
    ],
)
def test_the_attribute_a_question_asks(question, intent, attribute):
    assert asked_unheld(question, intent) is attribute


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("when is hw3 due", "assignment_due"),
        ("what is hw3 about", "assignment_due"),
        ("what time does the lab open", "meeting_cadence"),  # a meeting's own time, which its card gives
        ("what topic is on the schedule friday", "topic"),  # the topic card answers topics itself
        ("when is the exam inspection", "office_hours"),  # the inspection is asked of an exam's card only
        ("is the excursion cancelled", "no_class"),
        ("i forgot my gradescope password, can i submit late", "late_whatif"),  # told, not asked
        ("my flight home leaves april 2, could i write the exam early", "exam_situation"),  # told, not asked
        ("who is in charge of the course", "staff"),  # the course itself: its instructors
        ("which ta is in charge of grading", "policy"),  # judged on a staff list only
        ("what day does the pca lecture fall on", "topic"),  # a row's own day
        ("how many lectures does the unit have", "topic"),  # the rows themselves
        ("how many questions can i ask in office hours", "office_hours"),  # the format is asked of an exam only
        ("when is the presentation for my group", "topic"),  # the session's own day, which its row gives
        ("which comes first, hw2 or the quiz", "topic"),  # an order of two dated things, not turns in a session
    ],
)
def test_questions_asking_no_unheld_attribute(question, intent):
    assert asked_unheld(question, intent) is None


def _card(*lines: str, title: str = "Essay 1") -> Answer:
    return Answer(title=title, lines=tuple(text(line) for line in lines))


def test_a_card_without_the_topic_becomes_unknown_naming_the_thing(hist):
    card = _card("Essay 1 is due Fri Oct 25, 12:00 PM")
    slots = {"assignments": ("essay1",)}
    out = unheld_attribute(hist, "assignment_due", slots, "what topic is essay 1 on", card, WHERE)
    assert out.kind == "unknown"
    assert out.lines[0] == text(f"The course page doesn't say the topic of Essay 1; {WHERE}. What it does say:")
    assert out.lines[1:] == card.lines


def test_the_work_notes_hold_its_topic(hist):
    card = _card("Essay 2 is due Fri Nov 22", title="Essay 2")
    slots = {"assignments": ("essay2",)}
    assert unheld_attribute(hist, "assignment_due", slots, "what topic is essay 2 on", card, WHERE) is card


def test_a_subtitle_holds_the_topic(geo):
    card = _card("Sheet 1 is due", title="Practical sheet 1: Snow pits")
    slots = {"assignments": ("sheet1",)}
    assert unheld_attribute(geo, "assignment_due", slots, "what topic is sheet 1 on", card, WHERE) is card


def test_a_topic_put_off_is_not_held(course):
    card = _card("students form groups for a mini-project whose details are released later", title="Mini-project")
    slots = {"assignments": ("miniproject",)}
    out = unheld_attribute(course, "assignment_due", slots, "which topic is the mini project on", card, WHERE)
    assert out.kind == "unknown"


def test_a_card_that_says_when_it_opens_stands(geo):
    card = _card("Reading quiz opens Tue Apr 1, 9:00 AM", title="Reading quiz")
    question = "what time does the reading quiz open"
    assert unheld_attribute(geo, "assignment_due", {"assignments": ("quiz",)}, question, card, WHERE) is card


def test_opening_of_a_kind_of_work_is_in_its_notes():
    card = _card("Lectures: Mon, Wed, Fri 9:05 AM", title="Lectures")
    question = "what time do the lecture quizzes open each week"
    assert unheld_attribute(course_in(CHEM), "course_fact", {}, question, card, WHERE) is card


def test_opening_said_with_the_plural_asked(stat):
    card = _card("Discussion sections are held every week.", title="Discussion sections")
    out = unheld_attribute(stat, "meeting_cadence", {}, "when do the worksheets open", card, WHERE)
    assert out.lines[0] == text(f"The course page doesn't say when the worksheets open; {WHERE}. What it does say:")


def test_a_backup_date_the_card_mentions_stands(geo):
    card = _card("If the excursion is called off for weather it moves to Sat Jun 7.", title="Days without class")
    question = "is there a backup date if the excursion is rained out"
    assert unheld_attribute(geo, "no_class", {}, question, card, WHERE) is card


def test_an_inspection_announced_later_is_not_held(geo):
    card = _card("You may inspect your marked exam (the date is announced on the forum).", title="Klausur")
    out = unheld_attribute(geo, "exam", {}, "when is the exam inspection", card, WHERE)
    assert out.kind == "unknown"


def test_only_a_confident_card_is_judged(geo):
    card = Answer(title="Klausur", lines=(text("not on the page"),), kind="unknown")
    assert unheld_attribute(geo, "exam", {}, "when is the exam inspection", card, WHERE) is card


def test_rows_found_only_by_the_work_name_do_not_give_its_topic(course):
    card = _card("Fri Apr 5 · Recitation 11: Homework 5 Solutions", title="“Recitation 11: Homework 5 Solutions”")
    rows = tuple(i for i, r in enumerate(course.schedule) if r.title.endswith("Homework 5 Solutions"))
    out = unheld_attribute(course, "topic", {"rows": rows}, "whats the topic for hw5", card, WHERE)
    assert out.kind == "unknown"
    assert out.lines[0] == text(f"The course page doesn't say the topic of Homework 5; {WHERE}. What it does say:")


def test_a_row_that_is_the_work_topic_stands():
    chem = course_in(CHEM)
    rows = tuple(i for i, r in enumerate(chem.schedule) if r.title == "Reaction stoichiometry")
    card = _card("Fri Feb 6 · Reaction stoichiometry", title="“Reaction stoichiometry” on the schedule")
    assert unheld_attribute(chem, "topic", {"rows": rows}, "what topic is ps4 gonna be on", card, WHERE) is card


def test_software_asked_of_a_card_that_names_none_is_unknown(stat):
    card = _card("Discuss homework with classmates but write your own solutions.", title="Collaboration")
    out = unheld_attribute(stat, "policy", {}, "what software are we supposed to use for the project", card, WHERE)
    assert out.kind == "unknown"
    assert out.lines[0] == text(f"The course page doesn't say which software to use; {WHERE}. What it does say:")


def test_a_card_naming_a_course_site_answers_which_app(stat):
    """ "which app do we use for the homework": a card naming the course's own site answers it."""
    site = stat.platforms[0].name
    card = _card(f"Homework is handed in on {site}.", title="Homework")
    assert unheld_attribute(stat, "course_itself", {}, "which app do we use for the homework", card, WHERE) is card


def test_a_card_naming_the_examiners_stands(stat):
    card = _card("The oral is examined by a panel of two staff members.", title="Oral exam")
    assert unheld_attribute(stat, "exam", {}, "who examines us in the oral", card, WHERE) is card


def test_a_card_naming_laptops_answers_which_computer(stat):
    card = _card("Bring a laptop with R installed to every discussion section.", title="Discussion sections")
    assert unheld_attribute(stat, "meetings", {}, "what laptop do i need for this class", card, WHERE) is card


TRIP = "A five-day excursion to a glacier in July."


@pytest.mark.parametrize(
    ("intent", "question", "line", "said"),
    [
        ("office_hours", "whats the zoom password for office hours", "Zoom: https://zoom.example/j/1", "the password"),
        (
            "topic",
            "when does the train to kew leave",
            "Tue Oct 15 · Archive visit",
            "how you get there or when the transport leaves",
        ),
        ("staff", "which gsi is in charge of the lasso unit", "Priya Raman: Mondays 3 PM", "who is in charge of that"),
        # rows naming databricks say when it is taught, not which gpu it gives
        ("topic", "what gpu does databricks give us", "Fri Jan 19 · Intro to Databricks", "which gpu"),
        ("topic", "how much ram does the aws instance have", "Fri Feb 9 · AWS Setup", "how much ram"),
        ("policy", "where will we stay during the excursion", TRIP, "where you stay"),
        ("policy", "what do we eat on the excursion", TRIP, "what you eat"),
    ],
)
def test_a_card_without_the_attribute_says_so_first(stat, intent, question, line, said):
    out = unheld_attribute(stat, intent, {}, question, _card(line, title="Card"), WHERE)
    assert out.kind == "unknown"
    assert out.lines[0] == text(f"The course page doesn't say {said}; {WHERE}. What it does say:")


@pytest.mark.parametrize(
    ("intent", "question", "line"),
    [
        ("office_hours", "whats the zoom password for office hours", "Zoom: https://zoom.example/j/1?pwd=abc"),
        ("policy", "whats the dress code for lab", "Goggles, a lab coat and closed-toe shoes in every lab."),
        ("topic", "what time does the coach to the archive leave", "Archive visit · the coach departs at 8:30"),
        ("topic", "what gpus does the course cover", "Mon Mar 11 · GPUs and accelerators"),
        ("policy", "where will we stay during the excursion", "Five days; we sleep in the alpine hut."),
        ("policy", "what do we eat on the excursion", "Five days, with breakfast and packed lunches."),
    ],
)
def test_a_card_holding_the_attribute_stands(stat, intent, question, line):
    card = _card(line, title="Card")
    assert unheld_attribute(stat, intent, {}, question, card, WHERE) is card


def test_an_event_the_course_never_names_is_not_the_work_due_date(stat):
    """ "when is the project report presentation": the report's due date is not a presentation's."""
    card = _card("Project report: Fri Dec 6, 5:00 PM PST", title="Project report")
    asked = "when is the project report presentation"
    out = unheld_attribute(stat, "assignment_due", {}, asked, card, WHERE)
    assert out.lines[0] == text(f"The course page doesn't say when the presentation is; {WHERE}. What it does say:")
    named = unheld_attribute(stat, "assignment_due", {}, asked, card, WHERE, holds=lambda w: w == "presentation")
    assert named is card  # a course naming presentations elsewhere keeps its card
