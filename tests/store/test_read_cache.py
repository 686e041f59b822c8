"""The read cache: a value is read again after any change to the database, by this connection or by another one
(another process, such as the command line, is another connection); inside an interaction other connections'
commits are looked for once, when it starts; nothing read inside a transaction is kept."""

from __future__ import annotations

import asyncio

import pytest

from bot.store.database import Store
from tests.conftest import NY, at

NOW = at("2024-03-01 09:00")


@pytest.fixture
def two(tmp_path):
    """The bot's store and a second connection to the same file (what `coursebot` commands open)."""
    bot, cli = Store(tmp_path / "bot.db", zone=NY), Store(tmp_path / "bot.db", zone=NY)
    yield bot, cli
    cli.close()
    bot.close()


class Counting:
    def __init__(self, store: Store) -> None:
        self.store, self.reads = store, 0

    def read(self) -> int:
        self.reads += 1
        return self.store.db.execute("SELECT count(*) FROM exam_forms").fetchone()[0]


def test_a_value_is_read_once_until_the_database_changes(two):
    bot, cli = two
    counting = Counting(bot)
    assert bot.cache.get("forms", counting.read) == 0
    assert bot.cache.get("forms", counting.read) == 0
    assert counting.reads == 1
    bot.published.set_exam_form(1, "exam1", "https://f/1", by=7, now=NOW)  # this connection's own write
    assert bot.cache.get("forms", counting.read) == 1
    cli.published.set_exam_form(1, "exam2", "https://f/2", by=7, now=NOW)  # another connection's commit
    assert bot.cache.get("forms", counting.read) == 2
    assert counting.reads == 3


def read_inside_a_failed_change(store: Store, counting: Counting) -> None:
    with store.immediate():
        store.published.set_exam_form(1, "exam1", "https://f/1", by=7, now=NOW)
        assert store.cache.get("forms", counting.read) == 1  # sees its own uncommitted write
        raise RuntimeError("the change failed")


def test_nothing_read_inside_a_transaction_is_kept(two):
    bot, _ = two
    counting = Counting(bot)
    with pytest.raises(RuntimeError):
        read_inside_a_failed_change(bot, counting)
    assert bot.cache.get("forms", counting.read) == 0  # rolled back: read again, not the kept 1


def test_other_commits_are_looked_for_when_an_interaction_starts(two):
    bot, cli = two
    counting = Counting(bot)
    with bot.cache.pinned():
        assert bot.cache.get("forms", counting.read) == 0
        cli.published.set_exam_form(1, "exam1", "https://f/1", by=7, now=NOW)
        assert bot.cache.get("forms", counting.read) == 0  # the interaction sees the database as it started
        bot.published.set_exam_form(1, "exam2", "https://f/2", by=7, now=NOW)
        assert bot.cache.get("forms", counting.read) == 2  # ...and its own writes at once
    with bot.cache.pinned():  # the next interaction sees everything committed before it
        cli.published.set_exam_form(1, "exam3", "https://f/3", by=7, now=NOW)
    with bot.cache.pinned():
        assert bot.cache.get("forms", counting.read) == 3
    cli.published.set_exam_form(1, "exam4", "https://f/4", by=7, now=NOW)
    assert bot.cache.get("forms", counting.read) == 4  # outside an interaction: looked for on every read


async def test_a_task_started_inside_an_interaction_does_not_keep_its_view(two):
    bot, cli = two
    counting = Counting(bot)
    started = asyncio.Event()
    go_on = asyncio.Event()
    seen = []

    async def background() -> None:  # e.g. a view's timeout, started by a command and outliving it
        started.set()
        await go_on.wait()
        seen.append(bot.cache.get("forms", counting.read))

    with bot.cache.pinned():
        bot.cache.get("forms", counting.read)
        task = asyncio.create_task(background())
        await started.wait()
    cli.published.set_exam_form(1, "exam1", "https://f/1", by=7, now=NOW)
    go_on.set()
    await task
    assert seen == [1]


def test_each_server_has_its_own_values(two):
    bot, cli = two
    cli.published.set_exam_form(1, "exam1", "https://f/1", by=7, now=NOW)
    cli.published.set_grades(2, "hw1", at("2024-03-10 10:00"), by=7, now=NOW)
    assert bot.published.exam_forms(1) == {"exam1": "https://f/1"}
    assert bot.published.exam_forms(2) == {}
    assert bot.published.grades(2) == {"hw1": at("2024-03-10 10:00")}
    assert bot.published.grades(1) == {}


def test_callers_get_their_own_copies(two):
    bot, _ = two
    bot.published.set_exam_form(1, "exam1", "https://f/1", by=7, now=NOW)
    bot.server_settings.save(1, {"staff_role": "TA"}, by=7, now=NOW, change={})
    bot.published.exam_forms(1)["exam9"] = "changed by a caller"
    bot.server_settings.get(1)["staff_role"] = "changed by a caller"
    assert bot.published.exam_forms(1) == {"exam1": "https://f/1"}
    assert bot.server_settings.get(1) == {"staff_role": "TA"}


def test_server_settings_from_another_process_are_seen(two):
    bot, cli = two
    assert bot.server_settings.get(1) is None
    cli.server_settings.save(1, {"staff_role": "TA"}, by=7, now=NOW, change={})
    assert bot.server_settings.get(1) == {"staff_role": "TA"}


def test_owed_notices_from_another_process_are_shown_once(two):
    bot, cli = two
    assert bot.notices.take(1, 5, NOW) == []
    assert bot.reminders.take_dm_closed_notice(5) is False
    cli.notices.add(1, 5, "link.approved", {"email": "a@x.edu"}, NOW)
    cli.reminders.mark_dms_closed(5, NOW)
    assert [n.kind for n in bot.notices.take(1, 5, NOW)] == ["link.approved"]
    assert bot.reminders.take_dm_closed_notice(5) is True
    assert bot.notices.take(1, 5, NOW) == []
    assert bot.reminders.take_dm_closed_notice(5) is False
    assert cli.notices.take(1, 5, NOW) == []  # shown by the bot: not again through the other connection
    assert cli.reminders.take_dm_closed_notice(5) is False


def test_a_notice_owed_in_one_server_is_not_taken_in_another(two):
    bot, cli = two
    cli.notices.add(1, 5, "link.approved", {"email": "a@x.edu"}, NOW)
    assert bot.notices.take(2, 5, NOW) == []
    assert bot.notices.take(1, 6, NOW) == []
    assert len(bot.notices.take(1, 5, NOW)) == 1
