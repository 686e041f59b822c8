"""Answers the engine composes: facts known or not on the page, a Yes/No in front, several answers in one."""

from __future__ import annotations

from dataclasses import replace

from bot.core.answer import Answer, Field, text
from bot.core.render_text import answer_text
from bot.understand.answering import replies
from tests.conftest import at

NOW = at("2024-02-12 10:00")


def render(course, answer):
    return answer_text(answer, course.tz, NOW)


def test_facts_the_page_gives_are_answered(course):
    """With a grading breakdown in the data, the answer is the data's, and it is a plain answer."""
    known = replace(course, grading_breakdown="Homework 50%, exams 50%.")
    answer = replies.course_fact(known, "grading")
    assert answer.kind == "info"
    assert "Homework 50%, exams 50%." in render(course, answer)


def test_facts_the_page_does_not_give_say_so_and_where_to_ask(course):
    """Without it: not on the course page, ask on the course's forum (from its data), never a guess."""
    answer = replies.course_fact(course, "grading")
    rendered = render(course, answer)
    assert answer.kind == "unknown"
    assert "not on the course page" in rendered
    assert "ask on Piazza" in rendered
    assert "What counts:" in rendered  # what the page does tell


def test_where_to_ask_follows_the_data(course):
    """The forum is the platform the data names as the forum; asking about the forum goes to staff."""
    assert replies.where_to_ask(course) == "ask on Piazza"
    assert replies.where_to_ask(course, "piazza") == "ask the Head TAs"
    assert replies.where_to_ask(replace(course, platforms=())) == "ask the Head TAs"


def test_exam_rules_are_quoted_and_what_they_leave_out_is_unknown(second_course):
    """A rule about notes answers 'can I bring a cheat sheet'; it says nothing of calculators."""
    midterm = second_course.exam("midterm")
    sheet = replies.course_fact(second_course, "exam_rules", exam=midterm, question="can i bring a cheat sheet")
    calculator = replies.course_fact(second_course, "exam_rules", exam=midterm, question="are calculators allowed")
    assert sheet.kind == "info"
    assert "handwritten notes is allowed" in render(second_course, sheet)
    assert calculator.kind == "unknown"
    assert "Anything else about what may be brought" in render(second_course, calculator)
    assert "ask on Ed" in render(second_course, calculator)


def test_rules_silent_on_aids_lead_with_the_unknown(course):
    """Rules that say nothing of what may be used ("you are required to attend") leave "can i bring a cheat sheet"
    unknown, and that comes first, then what the page does say."""
    sheet = replies.course_fact(course, "exam_rules", exam=course.exam("exam1"), question="can i bring a cheat sheet")
    said = render(course, sheet)
    assert sheet.kind == "unknown"
    assert said.index("Whether that may be brought to Exam 1 is not on the course page") < said.index("required")


def test_rules_on_aids_at_all_come_first(second_course):
    """A rule about what may be used at all ("no electronic devices") answers "can i bring my phone" by category:
    it comes first, before what it leaves unsaid."""
    midterm = replace(second_course.exam("midterm"), rules=("Closed book; no electronic devices.",))
    phone = replies.course_fact(second_course, "exam_rules", exam=midterm, question="can i bring my phone")
    said = render(second_course, phone)
    assert said.index("no electronic devices") < said.index("Anything else about what may be brought")


def test_verdict_opens_with_yes_or_no(course):
    answer = replies.verdict(Answer(title="HW3", lines=(text("due Wed"),)), False, "HW3 is due Wed Feb 21.")
    assert render(course, answer).splitlines()[2] == "No: HW3 is due Wed Feb 21."


def test_combined_keeps_every_part_once(course):
    """Two answers become one with each part's title as a section; the same answer twice is given once."""
    first = Answer(title="Homework 3", fields=(Field("Homework 3", (text("due Wed"),)),), footer="assumed")
    second = Answer(title="Releases", lines=(text("HW5 comes out Mon"),))
    combined = replies.combined([first, second, first])
    assert combined.title == "Homework 3 · Releases"
    assert [f.name for f in combined.fields] == ["Homework 3", "Releases"]
    assert combined.footer == "assumed"


def test_combined_shows_an_answer_held_within_another_once(course):
    """A part whose answer another part's answer already holds (the same card, or the card behind a Yes) is
    left out; the holding answer keeps the place of the first part, and the left-out part's footer, suggestions
    and kind still count."""
    card = Answer(title="Exam 1", fields=(Field("Exam 1", (text("Mon Feb 26"), text("In person."))),))
    unsure_card = replace(card, kind="unknown", footer="room not on the page", suggestions=("/exam",))
    with_yes = replace(card, lines=(text("Yes: Exam 1 is in person."),))
    other = Answer(title="Releases", lines=(text("HW5 comes out Mon"),))

    same = replies.combined([card, unsure_card])
    assert same.fields == card.fields
    assert same.title == "Exam 1"
    assert (same.kind, same.footer, same.suggestions) == ("info", "room not on the page", ("/exam",))

    held = replies.combined([card, other, with_yes])
    assert held.title == "Exam 1 · Releases"
    assert [f.name for f in held.fields] == ["Exam 1", "Exam 1", "Releases"]
    assert held.fields[0].lines == (text("Yes: Exam 1 is in person."),)
    assert replies.combined([with_yes, card]) == with_yes


def test_combined_keeps_answers_about_different_things_that_share_lines(course):
    """Two people whose answers share their generic lines are two answers: only the same heading counts."""
    email = Field("Email", (text("Their email is not on the course page."),))
    first = Answer(title="Ameet", fields=(Field("Role", (text("Professor"),)), email))
    second = Answer(title="Geoff", fields=(email,))
    assert [f.name for f in replies.combined([first, second]).fields] == ["Role", "Email", "Geoff"]
    partial = Answer(title="Exam 1", fields=(Field("Exam 1", (text("Mon Feb 26"), text("Room: Hall 100"))),))
    card = Answer(title="Exam 1", fields=(Field("Exam 1", (text("Mon Feb 26"), text("In person."))),))
    assert len(replies.combined([partial, card]).fields) == 2  # overlapping is not held within


def test_rules_answer_without_a_policy_text(course):
    """A course with regrade rules but no regrade policy text still answers from the rules."""
    answer = replies.rules_answer(course, "regrade")
    assert "within 7 days" in render(course, answer)


def test_what_an_exam_covers_is_quoted_from_its_rules(second_course):
    """A rule that says what the exam covers is the answer; an exam whose rules do not stays unknown."""
    midterm = replace(second_course.exam("midterm"), rules=("Covers lectures 1-12 (through Oct 10).", "Bring ID."))
    course = replace(second_course, exams=(midterm, second_course.exam("final")))
    one = replies.course_fact(course, "exam_content", exam=course.exam("midterm"))
    assert one.kind == "info"
    assert "Covers lectures 1-12 (through Oct 10)." in render(course, one)
    assert "Bring ID" not in render(course, one)
    both = replies.course_fact(course, "exam_content")
    assert both.kind == "unknown"  # the final's coverage is not on the page
    assert "what it covers is not on the course page" in render(course, both)
    assert "Covers lectures 1-12" in render(course, both)


def test_a_yes_or_no_asked_first_leads_a_combined_answer():
    """ "is siyuan a ta? when are their office hours": the Yes is the first line, not inside the first section."""
    from bot.core.answer import Answer, text
    from bot.understand.answering import replies

    first = replies.verdict(Answer(title="Siyuan Lin", lines=(text("Siyuan Lin is a TA."),)), True, "a TA.")
    second = Answer(title="Office hours", lines=(text("Wednesdays 2:00 PM"),))
    both = replies.combined([first, second])
    assert replies.opening_verdict(both) is True
    assert [f.name for f in both.fields] == ["Siyuan Lin", "Office hours"]
    assert both.fields[0].lines == (text("Siyuan Lin is a TA."),)
    plain = replies.combined([second, first])
    assert replies.opening_verdict(plain) is None
    assert not plain.lines


def test_the_one_part_that_asks_opens_a_combined_answer_with_its_yes_or_no():
    """A case stated, then a yes/no ("if i'm sick on exam day, is there a make-up?"): the Yes leads; without a lead
    the parts keep their order and no line is lifted."""
    case = Answer(title="Missing the exam", lines=(text("A missed exam can be made up with documentation."),))
    asks = replies.verdict(Answer(title="Make-up", lines=(text("Held within 7 days."),)), True, "it has a make-up.")
    led = replies.combined([case, asks], lead=1)
    assert led.lines == (text("**Yes**: it has a make-up."),)
    assert [f.name for f in led.fields] == ["Missing the exam", "Make-up"]
    assert led.fields[1].lines == (text("Held within 7 days."),)
    assert replies.combined([case, asks]).lines == ()


def test_an_answer_of_cards_only_opens_with_a_line_of_its_own():
    """A yes/no question answered by cards alone says first that it gives no plain Yes or No; an answer with a line
    of its own, or one that says it does not know, is left as it is."""
    card = Answer(title="Mini-project", fields=(Field("Mini-project", (text("Due Wed Apr 17."),)),))
    opened = replies.unsettled_opening(card)
    assert opened.lines[0][0].startswith("I can't give a plain Yes or No")
    assert opened.fields == card.fields
    said = replace(card, lines=(text("Yes: it is."),))
    assert replies.unsettled_opening(said) is said
    unknown = replace(card, kind="unknown")
    assert replies.unsettled_opening(unknown) is unknown


def test_parts_with_their_own_verdicts_open_with_a_line_saying_so():
    """Several parts shown as cards open with a line saying the parts follow, never an empty first line."""
    cards = Answer(title="Midterm", fields=(Field("Midterm", (text("No: it starts at 7:00 PM."),)),))
    assert replies.parts_opening(cards).lines[0][0].startswith("Each part is answered below")
    said = replace(cards, lines=(text("Yes: it is."),))
    assert replies.parts_opening(said) is said


def test_one_verdict_line_per_answer():
    """A Yes or No given over an answer that already opens with one replaces it; the earlier reason stays below."""
    card = Answer(title="Late work", lines=(text("No pool of late days."),))
    twice = replies.verdict(replies.verdict(card, True, "open until Friday."), False, "not accepted after Sunday.")
    shown = ["".join(s for s in line if isinstance(s, str)) for line in twice.lines]
    assert shown == ["**No**: not accepted after Sunday.", "Open until Friday.", "No pool of late days."]
    assert replies.opening_verdict(twice) is False
