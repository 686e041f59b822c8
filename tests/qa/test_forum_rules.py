"""Topics and tags from the course data, within Discord's limits, on both bundled courses and a crowded one."""

from __future__ import annotations

import dataclasses

import pytest

from bot.core.errors import UserError
from bot.qa.forum_rules import (
    MAX_TAGS,
    STATUS_TAGS,
    TAG_NAME,
    forum_tags,
    offered_line,
    offered_ways,
    post_tags,
    questions_off,
    status_tags,
    thread_title,
    topic_of,
    topics,
    visibility_of,
)


def test_tags_fit_discord_on_any_course(any_course):
    tags = forum_tags(any_course)
    assert len(tags) <= MAX_TAGS
    assert all(1 <= len(t) <= TAG_NAME for t in tags)
    assert len({t.lower() for t in tags}) == len(tags)
    assert tags[-len(STATUS_TAGS) :] == STATUS_TAGS
    assert {"Exams", "Logistics", "Other"} <= set(tags)


def test_one_topic_per_assignment_group(course):
    """10-605's HW4 has two parts and one topic."""
    names = {t.id: t.name for t in topics(course)}
    assert names["hw4"] == "HW4"
    assert "hw4a" not in names
    assert topic_of(course, "hw4").assignments == ("hw4a", "hw4b")


def test_too_many_groups_fold_into_kinds(course):
    many = tuple(
        dataclasses.replace(course.assignments[0], id=f"lab{n}", short=f"Lab {n}", group=None) for n in range(30)
    )
    crowded = dataclasses.replace(course, assignments=many)
    assert [t.name for t in topics(crowded)][:1] == ["Homework"]
    assert len(forum_tags(crowded)) <= MAX_TAGS


def test_topics_and_visibilities_are_read_in_any_case(course):
    assert topic_of(course, "EXAMS").id == "exams"
    assert visibility_of("Hidden") == "hidden"
    with pytest.raises(UserError, match="There is no topic 'hw9'"):
        topic_of(course, "hw9")
    with pytest.raises(UserError, match="Visibility must be one of"):
        visibility_of("secret")


def test_status_tags_and_at_most_five_tags_a_post(course):
    assert status_tags("answered", True) == ("Answered", "Endorsed")
    assert status_tags("duplicate", True) == ("Duplicate",)
    assert post_tags(course, "hw3", "unanswered", False, ("A", "B", "C", "D")) == ("HW3", "Unanswered", "A", "B", "C")


def test_titles_are_one_line_of_at_most_100_characters():
    assert thread_title("a\nb   c") == "a b c"
    assert len(thread_title("x" * 300)) == 100
    assert thread_title("   ") == "Question"


def test_a_forum_too_full_for_the_course_names_the_tags_setup_would_remove():
    """The server's own tags are never dropped silently (hostile-qa finding 3): the refusal names them."""
    from bot.qa.forum_rules import tags_crowded_out

    needed = [f"T{n}" for n in range(15)]
    assert tags_crowded_out(needed, ["Week 1", "Week 2", "Week 3", "Week 4", "Week 5"]) is None
    message = tags_crowded_out(needed, [f"Week {n}" for n in range(1, 21)])
    assert "'Week 6'" in message
    assert "'Week 5'" not in message
    assert "Nothing was changed" in message
    assert "/setup qa-forum" in message


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("discord_dave", "disc\u043erd_dave"),
        ("ClydeFan", "Clyd\u0435Fan"),
        ("DISCORD", "DISC\u041eRD"),
        ("ann#1:@x", "ann1x"),
        ("everyone", "Anonymous student"),
        ("", "Anonymous student"),
        ("x" * 100, "x" * 80),
    ],
)
def test_a_members_name_as_a_webhook_may_carry_it(name, shown):
    """Discord refuses webhook names holding 'discord' or 'clyde' (Create Webhook): such a member's question would
    fail to post. The name is changed as little as possible."""
    from bot.qa.forum_rules import webhook_username

    assert webhook_username(name) == shown
    assert "discord" not in webhook_username(name).lower()


@pytest.mark.parametrize(
    ("off", "switch_off", "switch_on", "expected"),
    [
        (set(), "hidden", None, {"hidden"}),
        ({"hidden"}, None, "hidden", set()),
        ({"hidden"}, "Private to staff", None, {"hidden", "private"}),  # a label reads as its key
        ({"hidden"}, None, None, {"hidden"}),
    ],
)
def test_staff_switch_ways_of_asking_off_and_on(off, switch_off, switch_on, expected):
    """/setup qa-forum's switch_off and switch_on change only the visibility they name."""
    assert questions_off(frozenset(off), switch_off, switch_on) == frozenset(expected)


@pytest.mark.parametrize(
    ("off", "switch_off", "switch_on"),
    [
        ({"public", "anonymous", "private"}, "hidden", None),  # nothing would be left
        (set(), "hidden", "hidden"),
        (set(), "everyone", None),
    ],
)
def test_switches_that_cannot_be_meant_are_refused(off, switch_off, switch_on):
    """Switching every way of asking off, one both off and on, or an unknown one: refused, nothing changed."""
    with pytest.raises(UserError):
        questions_off(frozenset(off), switch_off, switch_on)


def test_the_setup_answer_says_what_is_offered():
    """The answer lists what /question offers and what staff switched off."""
    said = "".join(map(str, offered_line(frozenset({"hidden"}), True)))
    assert "public, with my name" in said
    assert "Switched off: anonymous to everyone" in said
    assert "Switched off" not in "".join(map(str, offered_line(frozenset(), True)))


@pytest.mark.parametrize(
    ("off", "private_set_up", "offered", "said"),
    [
        (set(), True, ("public", "anonymous", "hidden", "private"), "offers: public"),
        (set(), False, ("public", "anonymous", "hidden"), "Private to staff: needs private_channel:."),
        ({"private"}, False, ("public", "anonymous", "hidden"), "Switched off: private to staff"),
        ({"public", "anonymous", "hidden"}, False, (), "offers no way of asking now"),
    ],
)
def test_private_to_staff_is_offered_only_when_private_questions_are_set_up(off, private_set_up, offered, said):
    """hostile11 8: without a private channel, /setup qa-forum never lists private to staff among the ways offered
    (it says what it needs instead), and a refused way of asking never suggests it."""
    assert offered_ways(frozenset(off), private_set_up) == offered
    line = "".join(map(str, offered_line(frozenset(off), private_set_up)))
    assert said in line
    listed = line.split("/question offers: ")[-1].split(".")[0]
    assert ("private to staff" in listed) is ("private" in offered)
