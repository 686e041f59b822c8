"""What late arrival and early leaving share: the exam meant, and its rules quoted or "not on the course page"."""

from __future__ import annotations

from bot.understand.answering.asked import Asked
from bot.understand.exams.exam_room_rules import rules_or_unknown
from tests.conftest import at


def test_the_exams_rules_come_first_else_the_page_does_not_say(second_course):
    exam = second_course.exams[0]
    asked = Asked(second_course, at("2024-10-01 10:00"), None, None, None, False, "can i come in late")
    quoted = rules_or_unknown(asked, exam, ["No entry after 30 minutes."], f"come in late to {exam.title}", "enter")
    assert "“No entry after 30 minutes.”" in str(quoted.lines[0][0])
    unknown = rules_or_unknown(asked, exam, [], f"come in late to {exam.title}", "enter")
    assert unknown.kind == "unknown"
    assert f"Whether you may come in late to {exam.title} is not on the course page" in str(unknown.lines[0][0])


def test_a_stated_moment_opens_with_the_rules_verdict(second_course):
    """ "if im 45 minutes late": the rule's window decides, Yes or No before the rule's own words."""
    exam = second_course.exams[0]
    asked = Asked(second_course, at("2024-10-01 10:00"), None, None, None, True, "if im 45 minutes late can i get in")
    decided = rules_or_unknown(asked, exam, ["No entry after 30 minutes."], f"come in late to {exam.title}", "enter")
    assert str(decided.lines[0][0]).startswith("**No**")
    assert "“No entry after 30 minutes.”" in str(decided.lines[1][0])
