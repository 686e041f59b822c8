"""What the bot decides after a restart, without Discord: which quoted answers to look at, what became of each, and
which thread each unrecorded post was given (review 3 finding 13)."""

from __future__ import annotations

from bot.discord_app.forum_host import SeenMessage, StartedThread
from bot.qa.restart_recovery import Found, answer_change, quoted_answers, threads_of_unrecorded, unrecorded
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
