"""What students and staff read when part of the forum's setup was deleted in Discord."""

from __future__ import annotations

import pytest

from bot.qa.forum_breakage import not_posted, staff_notice


@pytest.mark.parametrize("part", ["forum", "private_channel", "webhook"])
def test_the_student_reads_that_nothing_was_posted_and_that_staff_know(part):
    message = not_posted(part)
    assert message.startswith("Your question was not posted: ")
    assert "staff have been told" in message
    assert "40" not in message  # no Discord status codes


def render_text(answer) -> str:
    return "\n".join("".join(str(s) for s in line) for line in answer.body)


def test_staff_read_which_tags_to_recreate_and_which_question_went_without():
    shown = render_text(staff_notice("tags", 7, ["HW1"]))
    assert "The forum's tag 'HW1' was deleted in Discord; run /setup qa-forum to recreate it." in shown
    assert "Question #7 was posted without it." in shown
    assert "tags 'HW1', 'HW2' were" in render_text(staff_notice("tags", 7, ["HW1", "HW2"]))
