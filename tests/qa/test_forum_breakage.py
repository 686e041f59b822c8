"""What students and staff read when part of the forum's setup was deleted in Discord."""

from __future__ import annotations

import pytest

from bot.qa.forum_breakage import not_posted, staff_notice, without_deleted_tags


@pytest.mark.parametrize("part", ["forum", "private_channel", "webhook"])
def test_the_student_reads_that_nothing_was_posted_and_that_staff_know(part):
    message = not_posted(part, staff_told=True)
    assert message.startswith("Your question was not posted: ")
    assert "staff have been told" in message
    assert "40" not in message  # no Discord status codes


@pytest.mark.parametrize("part", ["forum", "private_channel", "webhook", "tags"])
def test_with_no_staff_told_the_student_is_asked_to_tell_them_not_told_they_know(part):
    """Review 3 finding 5: nothing was posted to staff (no staff channel), so the student must not read that it was."""
    message = not_posted(part, staff_told=False)
    assert message.startswith("Your question was not posted: ")
    assert "have been told" not in message
    assert "ask course staff to run /setup qa-forum" in message


def render_text(answer) -> str:
    return "\n".join("".join(str(s) for s in line) for line in answer.body)


def test_staff_read_which_tags_to_recreate_and_which_question_went_without():
    shown = render_text(staff_notice("tags", 7, ["HW1"]))
    assert "The forum's tag 'HW1' was deleted in Discord; run /setup qa-forum to recreate it." in shown
    assert "Question #7 was posted without it." in shown
    assert "tags 'HW1', 'HW2' were" in render_text(staff_notice("tags", 7, ["HW1", "HW2"]))


def test_a_deleted_tag_with_no_name_known_is_one_whole_sentence():
    """Review 3 finding 17: no pasted fragments ("The forum's tag one of the course's was deleted")."""
    shown = render_text(staff_notice("tags"))
    assert shown == "A forum tag was deleted in Discord; run /setup qa-forum to recreate it."
    assert render_text(staff_notice("tags", 3)).endswith("Question #3 was posted without one of its tags.")
    two = render_text(staff_notice("tags", 7, ["HW1", "HW2"]))
    assert two == (
        "The forum's tags 'HW1', 'HW2' were deleted in Discord; run /setup qa-forum to recreate them.\n"
        "Question #7 was posted without them."
    )


def test_the_tags_discord_no_longer_has_are_named_and_the_rest_kept():
    dropped, kept = without_deleted_tags({"HW1": 11, "HW2": 12, "Unanswered": 13}, {12, 99})
    assert dropped == ["HW2"]
    assert kept == {"HW1": 11, "Unanswered": 13}
    assert without_deleted_tags({"HW1": 11}, set()) == ([], {"HW1": 11})
