"""What the bot decides after a restart, without Discord: which quoted answers to look at, what became of each, and
which thread each unrecorded post was given (review 3 finding 13), and which questions to look at again (issue 13)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.discord_app.forum_host import SeenMessage, StartedThread, ThreadListing
from bot.qa.restart_recovery import (
    Found,
    answer_change,
    answers_to_recheck,
    next_checks,
    question_change,
    questions_to_recheck,
    quoted_answers,
    threads_gone,
    threads_of_unrecorded,
    threads_unproven,
    unrecorded,
    waiting_for_staff,
)
from tests.conftest import at
from tests.qa.test_stats_keys_replies import post

FORUM, PRIVATE = 500, 600


def test_only_answers_the_bot_still_quotes_are_looked_at():
    answered = post(1, status="answered", answer_id=11)
    endorsed = post(2, status="resolved", answer_id=12, endorsed=True)
    resolved_plain = post(3, status="resolved", answer_id=13)
    no_answer = post(4, status="answered")
    no_thread = post(5, status="answered", answer_id=15, thread_id=None)
    unanswered = post(6, status="unanswered", answer_id=16)
    posts = [answered, endorsed, resolved_plain, no_answer, no_thread, unanswered]
    assert [p.id for p in quoted_answers(posts)] == [1, 2]


def test_an_answer_is_deleted_edited_or_unchanged_and_unknown_is_no_proof():
    answered = post(1, status="answered", answer_id=11, answer_text="Use formula two.")
    assert answer_change(answered, SeenMessage(deleted=True)) == "deleted"
    assert answer_change(answered, SeenMessage(deleted=False, content="Use formula three.")) == "edited"
    assert answer_change(answered, SeenMessage(deleted=False, content="Use formula two.")) is None
    # Discord gave no words (no message content intent) or could not be asked: nothing is changed.
    assert answer_change(answered, SeenMessage(deleted=False, content="")) is None
    assert answer_change(answered, None) is None


def test_unrecorded_posts_are_open_ones_with_no_thread():
    posts = [post(1, thread_id=None), post(2), post(3, thread_id=None, status="deleted")]
    assert [p.id for p in unrecorded(posts)] == [1]


def test_an_unrecorded_post_is_matched_by_its_footers_number_or_given_up():
    public = post(7, thread_id=None)
    private = post(8, thread_id=None, visibility="private")
    never = post(9, thread_id=None)
    started = [
        StartedThread(701, 702, "Question #7 · asked anonymously"),
        StartedThread(801, 802, "Question #8 · private"),
        StartedThread(703, 704, "Question #7 · a second copy"),  # the first one found wins
        StartedThread(900, 901, "not one of ours"),
    ]
    found = threads_of_unrecorded([public, private, never], started, FORUM, PRIVATE)
    assert found == {
        7: Found(thread_id=701, channel_id=FORUM, starter_id=702),
        8: Found(thread_id=801, channel_id=PRIVATE, starter_id=802),
        9: None,
    }


def test_a_webhook_post_whose_footer_discord_withheld_is_matched_by_its_title_and_none_is_given_up_unsure():
    """Without the message content intent a webhook's footer arrives empty: a post is matched by its thread's title
    when one thread and one post hold it; the others are left for the next restart, never given up meanwhile."""
    unique = post(7, thread_id=None, title="Spark setup fails")
    twin_a = post(8, thread_id=None, title="hw3 question")
    twin_b = post(9, thread_id=None, title="hw3 question")
    never = post(10, thread_id=None, title="Never reached Discord")
    numbered = post(11, thread_id=None, title="Numbered")
    started = [
        StartedThread(701, 702, "", "Spark setup fails"),
        StartedThread(801, 802, "", "hw3 question"),
        StartedThread(901, 902, "Question #11 · asked anonymously", "Numbered"),
    ]
    found = threads_of_unrecorded([unique, twin_a, twin_b, never, numbered], started, FORUM, PRIVATE)
    assert found == {
        7: Found(thread_id=701, channel_id=FORUM, starter_id=702),
        11: Found(thread_id=901, channel_id=FORUM, starter_id=902),
    }
    assert threads_of_unrecorded([never], [started[2]], FORUM, PRIVATE) == {10: None}  # every footer read


LISTED, REFUSED = 9, 8  # a channel whose lists were all read, and one whose list Discord refused


def test_a_thread_missing_from_complete_lists_is_gone_and_from_a_failed_list_unproven():
    """Only a channel whose every list was read to its end proves a thread deleted by leaving it out."""
    listed = post(1)
    missing = post(2)
    missing_refused = post(3, channel_id=REFUSED)
    unknown_channel = post(4, channel_id=None)
    no_thread = post(5, thread_id=None)
    posts = [listed, missing, missing_refused, unknown_channel, no_thread]
    listing = ThreadListing({listed.thread_id: None}, frozenset({LISTED}))
    assert [p.id for p in threads_gone(posts, listing)] == [2]
    assert [p.id for p in threads_unproven(posts, listing)] == [3, 4]
    assert threads_gone(posts, ThreadListing({}, frozenset())) == []


SEEN = at("2024-02-12 10:00")


@pytest.mark.parametrize(
    ("archived_at", "seen_until", "rechecked"),
    [
        (None, SEEN, True),  # active now: anything may have happened
        (SEEN + dt.timedelta(hours=2), SEEN, True),  # archived after the bot last looked
        (SEEN - dt.timedelta(minutes=5), SEEN, True),  # within the clocks' slack
        (SEEN - dt.timedelta(days=3), SEEN, False),  # archived the whole time: Discord takes no edit or deletion
        (SEEN - dt.timedelta(days=3), None, True),  # the bot never noted when it last looked
    ],
)
def test_an_answer_is_rechecked_only_when_its_thread_could_change_while_the_bot_was_away(
    archived_at, seen_until, rechecked
):
    answered = post(1, status="answered", answer_id=11, answer_text="Yes.")
    listing = ThreadListing({answered.thread_id: archived_at}, frozenset({LISTED}))
    assert (answers_to_recheck([answered], listing, seen_until) == [answered]) is rechecked


def test_active_threads_answers_come_first_and_unlisted_ones_last_and_unquoted_ones_never():
    unlisted = post(1, status="answered", answer_id=11)
    archived = post(2, status="answered", answer_id=12)
    active = post(3, status="resolved", answer_id=13, endorsed=True)
    not_quoted = post(4, status="resolved", answer_id=14)
    listing = ThreadListing(
        {archived.thread_id: SEEN + dt.timedelta(hours=1), active.thread_id: None, not_quoted.thread_id: None},
        frozenset({LISTED}),
    )
    assert [p.id for p in answers_to_recheck([unlisted, archived, active, not_quoted], listing, SEEN)] == [3, 2, 1]


def test_posts_waiting_for_staff_come_oldest_first():
    """A reconnect checks a capped number of threads for staff replies: the longest-waiting questions first."""
    posts = [
        post(1, status="unanswered", created_at=at("2024-02-12 12:00")),
        post(2, status="unanswered", created_at=at("2024-02-10 09:00")),
        post(3, status="unanswered", created_at=at("2024-02-11 09:00")),
    ]
    listing = ThreadListing({p.thread_id: None for p in posts}, frozenset({9}))
    assert [p.id for p in waiting_for_staff(posts, listing, at("2024-02-12 13:00"))] == [2, 3, 1]


@pytest.mark.parametrize(
    ("seen", "change"),
    [
        (SeenMessage(deleted=True), "deleted"),
        (SeenMessage(deleted=False, content="Is Q2 about stable sorts?"), "edited"),
        (SeenMessage(deleted=False, content="details"), None),  # as the bot stored it
        (SeenMessage(deleted=False, content=""), None),  # no words given (no message content intent): no proof
        (None, None),  # Discord could not be asked
    ],
)
def test_a_question_is_deleted_edited_or_unchanged_and_unknown_is_no_proof(seen, change):
    """A question's first message is compared with the body the bot stored; only Discord's 404 proves it deleted."""
    asked = post(1, starter_ours=False, via="forum", body="details")
    assert question_change(asked, seen) == change


def test_questions_are_rechecked_in_threads_that_could_change_and_never_the_bots_own_starters():
    """Students' questions of kept posts, in active, recently archived or unlisted threads (active first); never a
    starter the bot posted through its webhook, a deleted or duplicate post, or a thread archived all along."""
    theirs = {"starter_ours": False, "via": "forum"}
    active = post(1, **theirs)
    archived_lately = post(2, status="answered", **theirs)
    unlisted = post(3, status="resolved", **theirs)
    archived_long_ago = post(4, **theirs)
    ours = post(5)  # /question: the bot's webhook posted the starter
    deleted = post(6, status="deleted", **theirs)
    duplicate = post(7, status="duplicate", **theirs)
    no_starter = post(8, starter_id=None, **theirs)
    listing = ThreadListing(
        {
            active.thread_id: None,
            archived_lately.thread_id: SEEN + dt.timedelta(hours=1),
            archived_long_ago.thread_id: SEEN - dt.timedelta(days=3),
            ours.thread_id: None,
            deleted.thread_id: None,
            duplicate.thread_id: None,
            no_starter.thread_id: None,
        },
        frozenset({LISTED}),
    )
    posts = [unlisted, archived_lately, active, archived_long_ago, ours, deleted, duplicate, no_starter]
    assert [p.id for p in questions_to_recheck(posts, listing, SEEN)] == [1, 2, 3]


NEXT_CHECKS = [
    # (post ids, after the id the restart before stopped at, at most) -> the ids looked at now
    ((3, 1, 2), 0, 5, [1, 2, 3]),
    ((1, 2, 3, 4, 5), 0, 2, [1, 2]),
    ((1, 2, 3, 4, 5), 2, 2, [3, 4]),
    ((1, 2, 3, 4, 5), 4, 2, [5, 1]),  # round to the start
    ((1, 2, 3), 9, 2, [1, 2]),  # the post stopped at is gone
]


@pytest.mark.parametrize(("ids", "after", "most", "expected"), NEXT_CHECKS)
def test_a_restarts_checks_are_capped_and_the_next_restart_goes_on_from_where_it_stopped(ids, after, most, expected):
    """At most `most` questions a restart, by id, starting after the one the restart before looked at last."""
    posts = [post(i, thread_id=100 + i) for i in ids]
    assert [p.id for p in next_checks(posts, after, most)] == expected
