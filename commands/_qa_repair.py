"""Posting a question when part of the forum's setup was deleted in Discord: a deleted webhook is replaced on the
spot, deleted tags are left off (and staff told which), and a deleted channel is named to the student and staff
instead of Discord's error."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Awaitable, Callable

from bot.core.answer import Answer
from bot.core.errors import UserError
from bot.discord_app.forum_host import ForumHost, ForumPartGone, PostedThread
from bot.discord_app.invocation import Invocation
from bot.qa.forum_breakage import not_posted, staff_notice, without_deleted_tags
from bot.store.qa_forums import ForumConfig

log = logging.getLogger(__name__)

Attempt = Callable[[ForumConfig], Awaitable[PostedThread]]


async def post_repairing(
    inv: Invocation, config: ForumConfig, forum: ForumHost, attempt: Attempt
) -> tuple[PostedThread, ForumConfig, list[str]]:
    """attempt(config), repaired and tried once more when the forum's webhook or a tag was deleted: the post, the
    setup it went out with, and the names of tags left off. A question that cannot be posted is refused with what
    broke, and staff are told."""
    dropped: list[str] = []
    try:
        try:
            return await attempt(config), config, dropped
        except ForumPartGone as gone:
            if gone.part == "webhook":
                config = await _new_webhook(inv, config, forum)
            elif gone.part == "tags":
                dropped, kept = without_deleted_tags(config.tags, gone.missing)
                config = dataclasses.replace(config, tags=kept)
                inv.store.qa_forums.save(config, by=0, now=inv.now)
            else:
                raise
            return await attempt(config), config, dropped
    except ForumPartGone as gone:
        told = await tell_staff(inv, config, staff_notice(gone.part))
        raise UserError(not_posted(gone.part, staff_told=told)) from gone


async def _new_webhook(inv: Invocation, config: ForumConfig, forum: ForumHost) -> ForumConfig:
    made = await forum.webhook(config.forum_id)
    config = dataclasses.replace(config, webhook_id=made[0], webhook_token=made[1])
    inv.store.qa_forums.save(config, by=0, now=inv.now)
    log.warning("event=forum_webhook_replaced guild=%s", inv.server_id)
    return config


async def tell_staff(inv: Invocation, config: ForumConfig, notice: Answer) -> bool:
    """A note in the staff channel when there is one; always a log line. Whether the note was posted."""
    log.warning("event=forum_needs_setup guild=%s", inv.server_id)
    if not config.staff_channel_id or inv.forum is None:
        return False
    try:
        await inv.forum.send(config.staff_channel_id, notice)
    except UserError as err:
        log.warning("event=staff_not_told guild=%s why=%s", inv.server_id, err.message)
        return False
    return True
