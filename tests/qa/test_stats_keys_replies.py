"""Stats (medians, shares, counts), author keys, and the rule that students' words are quoted only when endorsed."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from bot.core.render_text import answer_text
from bot.qa.author_keys import key_digest, key_matches, new_key
from bot.qa.replies import starter, stats_answer, suggestion_fields
from bot.qa.stats import forum_stats
from bot.qa.suggest import Suggestion
from bot.store.qa_posts import Post
from tests.conftest import NY, at

T0 = at("2024-02-12 10:00")


def post(number: int, **changes) -> Post:
    base = Post(
        id=number,
        guild_id=1,
        thread_id=100 + number,
        channel_id=9,
        starter_id=100 + number,
        starter_ours=True,
        title=f"Question {number}",
        body="details",
        topic="hw3",
        visibility="public",
        author_id=5,
        key_digest=None,
        via="question",
        status="unanswered",
        created_at=T0,
        updated_at=T0,
        first_staff_at=None,
        answered_at=None,
        answer_id=None,
        answer_text=None,
        answer_by_staff=False,
        endorsed=False,
        duplicate_of=None,
        resolved_at=None,
        archived=False,
        edited_at=None,
        deleted_at=None,
    )
    return dataclasses.replace(base, **changes)


def test_stats_count_median_and_share():
    posts = [
        post(1, first_staff_at=T0 + dt.timedelta(hours=1)),
        post(2, first_staff_at=T0 + dt.timedelta(hours=3)),
        post(3, via="forum"),
        post(4, status="deleted"),
    ]
    stats = forum_stats(posts, {"asked": 5, "answered_before_posting": 2})
    assert (stats.asked, stats.answered_before_posting, stats.posts, stats.answered_by_staff) == (6, 2, 3, 2)
    assert stats.median_first_staff == dt.timedelta(hours=2)
    text = answer_text(stats_answer(stats), NY, T0)
    assert "Answered by staff: 67% of 3 posts" in text
    assert "Median time to the first staff answer: 2 h" in text


def test_keys_match_only_their_post():
    key = new_key()
    digest = key_digest(7, key)
    assert key_matches(digest, 7, key)
    assert key_matches(digest, 7, f"  {key} ")
    assert not key_matches(digest, 8, key)
    assert not key_matches(digest, 7, "guess")
    assert not key_matches(None, 7, key)


def test_a_students_answer_is_linked_not_quoted():
    quoted = answer_text(starter(post(1), 5, quoted_answer="staff words"), NY, T0)
    assert "> staff words" in quoted
    linked = answer_text(starter(post(1), None, answer_link="https://discord.com/channels/1/2/3"), NY, T0)
    assert "the marked answer <https://discord.com/channels/1/2/3>" in linked
    assert "Asked by" not in linked


@pytest.mark.parametrize(
    "link",
    [
        "https://discord.com/channels/1/555",
        "https://discord.com/channels/1/555/",
        "https://discord.com/channels/1/555/777",  # a withdrawn endorsement's link names the answer's message
    ],
)
def test_an_unendorsed_post_is_offered_as_a_thread_mention_only(link):
    """The post's thread is mentioned (its channel id), never the student's words nor a message id as a channel."""
    link_only = Suggestion(9, "forum", "student's own words", "", 0.9, link=link, endorsed=False, post_id=3)
    (field,) = suggestion_fields([link_only])
    assert "student's own words" not in str(field)
    mentioned = [s.id for line in field.lines for s in line if getattr(s, "kind", None) == "channel"]
    assert mentioned == [555]


def test_a_first_messages_footer_names_its_post():
    """How a post Discord made but the bot never recorded is found again: by its first message's footer."""
    from bot.qa.replies import post_number_of_footer

    assert post_number_of_footer("Question #12 · Anonymous to classmates · Page 1/2") == 12
    assert post_number_of_footer("Question #12") is None
    assert post_number_of_footer("See Question #12 · x") is None


def test_the_bots_own_answer_as_a_suggestion_keeps_its_fields():
    """A course answer with a lead line and fields is suggested whole, as /ask shows it (hostile-qa finding 13)."""
    from bot.core.answer import Answer, Field, text
    from bot.qa.suggest import Suggestion

    own = Answer(
        title="Homework 1 · Late submissions",
        lines=(text("This course's late pool is called grace days."),),
        fields=(Field("Homework 1", (text("Due Feb 21, 11:59 PM"),)), Field("Grace days", (text("Up to 2 per HW"),))),
    )
    found = Suggestion(id="course", source="course", question="", answer="", score=1.0, course_answer=own)
    (field,) = suggestion_fields([found])
    shown = "\n".join("".join(map(str, line)) for line in field.lines)
    assert "grace days." in shown
    assert "Due Feb 21, 11:59 PM" in shown
    assert "Up to 2 per HW" in shown


def test_setup_warns_of_what_would_keep_a_private_question_unseen():
    """Discord shows a private thread only to its members and to those who can manage threads, and only if they can
    view its channel: setup says when students or staff would not see private questions."""
    from bot.qa.replies import private_access_warnings

    def said(students, staff):
        return " ".join("".join(map(str, line)) for line in private_access_warnings(2001, students, staff))

    assert said(True, True) == ""
    assert said(True, None) == ""
    assert "give it Manage Threads there" in said(True, False)


def test_the_private_channel_is_judged_by_the_students_roles_and_never_opened_to_members_with_no_role():
    """Review 3 finding 8: students who see the channel through their role get no warning; a server with no student
    role set up is told to check its students' role, never to let everyone view a staff channel."""
    from bot.qa.replies import private_access_warnings

    def said(everyone, roles=()):
        lines = private_access_warnings(2001, everyone, True, roles)
        return " ".join("".join(p if isinstance(p, str) else f"<{p.kind} {p.id}>" for p in line) for line in lines)

    assert said(False, [(3605, True)]) == ""
    assert said(True, [(3605, True), (3405, True)]) == ""
    no_role = said(False)
    assert "Members with no role cannot view" in no_role
    assert "check that your students' role can view it" in no_role
    assert "everyone" not in no_role.lower()
    one = private_access_warnings(2001, False, True, [(3605, False), (3405, True)])
    assert [m.id for m in one[0] if getattr(m, "kind", "") == "role"] == [3605]
    assert "Students with the role <role 3605> cannot view <channel 2001>" in said(False, [(3605, False)])
    assert "the roles <role 3605>, <role 3405> cannot" in said(True, [(3605, False), (3405, False)])
    assert "let that role view it" in said(False, [(3605, False)])
    assert "let those roles view it" in said(True, [(3605, False), (3405, False)])
    assert "everyone" not in said(True, [(3605, False)]).lower()
