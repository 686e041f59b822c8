"""The console's forum as a restart sees it: its own session's threads listed, and no channel taken as fully listed
(threads of earlier sessions are unknown to it, so none is ever judged deleted)."""

from __future__ import annotations

from bot.console.forum import CONSOLE_FORUM, ConsoleForum
from bot.core.answer import Answer, text


async def test_the_sessions_threads_are_listed_and_no_channel_is_complete():
    forum = ConsoleForum(lambda a: a.title, lambda line: None, set())
    posted = await forum.post(CONSOLE_FORUM, (1, "t"), "A question", Answer(title="Q", lines=(text("x"),)), (), "me")
    await forum.update_thread(posted.thread_id, archived=True)
    listing = await forum.thread_listing({CONSOLE_FORUM, 4001})
    assert dict(listing.threads) == {posted.thread_id: None}
    assert listing.complete == frozenset()
    assert await forum.started_threads([CONSOLE_FORUM], None, {posted.thread_id}) == []
